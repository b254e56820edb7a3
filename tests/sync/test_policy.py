"""The policy's own checks (sync/policy.py): a bad value fails at load, not mid-run."""

from __future__ import annotations

import pytest

from sync.policy import Policy


def test_policy_rejects_bad_values():
    with pytest.raises(ValueError, match="unverified"):
        Policy(unverified="maybe")
    with pytest.raises(ValueError, match="soft_bounce_threshold"):
        Policy(soft_bounce_threshold=0)


def test_policy_refuses_one_relay_domain_and_a_bad_relay_host():
    """sync/planner/relay.py: one domain's recipients share its MX host, so one domain tells
    nothing; a relay host is written as the MTA names it."""
    with pytest.raises(ValueError, match="relay_failure_domains"):
        Policy(relay_failure_domains=1)
    for bad in ("smtp sendgrid net", "localhost", "smtp.sendgrid.net:587"):
        with pytest.raises(ValueError, match="relay_hosts"):
            Policy(relay_hosts=(bad,))
    assert Policy(relay_failure_domains=0, relay_hosts=("smtp.sendgrid.net.",)).relay_hosts == ("smtp.sendgrid.net.",)
