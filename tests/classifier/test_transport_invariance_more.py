"""The same bounce, delivered and stored differently, classifies the same: the second round
of metamorphic tests (tests/classifier/transport_more.py: forwarding and redirect rules,
Resent-* fields, Google Groups and Mailman lists, scanner footers, Safe Links, mbox/IMAP
storage, re-folded and reordered headers, long lines, the original attached base64-encoded or
as an .eml file). No known exceptions: every change of reading these found was a defect.

Sample, baseline and what must not change (recipients, reasons, hard/soft, is_bounce, the
original's Message-ID) are the first round's (test_transport_invariance.py).
"""

from __future__ import annotations

import pytest

from tests.classifier import transport_more
from tests.classifier.invariance import FIRST_ROUND as SAMPLE, grid_tests, keeps_reading, reading

test_delivery_and_storage_keep_the_reading, _ = grid_tests(
    ((name, key) for name in transport_more.TRANSFORMS for key in SAMPLE), {}, keeps_reading(transport_more.TRANSFORMS))


# An auto-reply marked only by "Precedence: auto_reply" (no Auto-Submitted, no X-Autoreply):
# none is in the sample, and a group's own "Precedence: list" above it once hid the mark.
_AUTO_REPLY = b"""From: Ann Buyer <ann@partner.example>
To: sales@ourco.example
Subject: Re: our offer
Date: Tue, 3 Mar 2026 09:00:00 +0100
Message-ID: <away-1@partner.example>
Precedence: auto_reply

I am out of the office until Monday.
"""


@pytest.mark.parametrize("name", sorted(transport_more.TRANSFORMS))
def test_an_auto_reply_marked_by_precedence_alone_stays_one(name: str):
    assert reading(transport_more.TRANSFORMS[name](_AUTO_REPLY)) == \
        (False, (("ann@partner.example", "VACATION", False, "recipient"),), None)
