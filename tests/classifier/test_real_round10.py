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


def test_exim_text_found_for_a_utf8_recipient():
    # Exim's text names josé@ as "jos\303\251@exhop.test" (string_printing); its
    # message/global-delivery-status in UTF-8. The text is that recipient's (formats/dsn.py _printed):
    # before, no diagnostic at all and the reading was undefined.
    result = classify((REAL / "exim-utf8-unrouteable-after-accept.eml").read_bytes())
    assert [(d.address, d.diagnostic) for d in result.deliveries] == [("josé@exhop.test", "Unrouteable address")]
