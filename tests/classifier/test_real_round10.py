"""The tenth round's forwarded recipients (fixtures/real/, README "Tenth round"): a notice from the
postsrsd forwarder names the forward target as Final-Recipient and the address we wrote to as
Original-Recipient. The row is the target; the classifier's origin must still say which address
of ours it was, or the planner cannot find the contact (real_cases_round10.ROUND10_SENT_TO)."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import classify
from tests.classifier.real_cases_round10 import ROUND10_SENT_TO

REAL = Path(__file__).parent / "fixtures" / "real"


@pytest.mark.parametrize("name", sorted(ROUND10_SENT_TO))
def test_forwarded_recipient_names_the_address_we_sent_to(name):
    result = classify((REAL / name).read_bytes())
    got = {d.address: result.origin.original_recipient(d.address) for d in result.deliveries}
    assert got == ROUND10_SENT_TO[name]
