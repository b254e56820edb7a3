"""The policy's own checks (sync/policy.py): a bad value fails at load, not mid-run."""

from __future__ import annotations

import pytest

from sync.policy import Policy


def test_policy_rejects_bad_values():
    with pytest.raises(ValueError, match="unverified"):
        Policy(unverified="maybe")
    with pytest.raises(ValueError, match="soft_bounce_threshold"):
        Policy(soft_bounce_threshold=0)
