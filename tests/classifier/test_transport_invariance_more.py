"""The same bounce, delivered and stored differently, classifies the same: the second round
of metamorphic tests (tests/classifier/transport_more.py: forwarding and redirect rules,
Resent-* fields, Google Groups and Mailman lists, mbox/IMAP storage, re-folded and reordered
headers, long lines, the original attached base64-encoded or as an .eml file).

Sample, baseline and what must not change (recipients, reasons, hard/soft, is_bounce, the
original's Message-ID) are the first round's (test_transport_invariance.py).
"""

from __future__ import annotations

import pytest

from tests.classifier import transport_more
from tests.classifier.test_transport_invariance import SAMPLE, _baseline, _raw, reading

# (transform, message) pairs whose reading changes for a known, explained reason.
KNOWN = {
    # The .eml attachment is taken for the original when its first 3,000 characters look like
    # a message's header block (parse._looks_like_headers); this loop's original opens with
    # 30 Received lines, so only Return-Path and Received are seen and its Message-ID is lost.
    ("octet_original", "real/exim-redirect-loop-too-many-received.eml"):
        "an .eml original whose first 3,000 characters are Received lines is not recognised",
}


def _cases() -> list[object]:
    cases = []
    for name in transport_more.TRANSFORMS:
        for key in SAMPLE:
            reason = KNOWN.get((name, key))
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            cases.append(pytest.param(name, key, marks=marks, id=f"{name}:{key}"))
    return cases


def test_known_exceptions_are_in_the_sample():
    """A known exception whose message left the sample would make its xfail vanish silently."""
    assert all(key in SAMPLE for _, key in KNOWN)
    assert all(name in transport_more.TRANSFORMS for name, _ in KNOWN)


@pytest.mark.parametrize(("name", "key"), _cases())
def test_delivery_and_storage_keep_the_reading(name: str, key: str):
    raw = _raw(key)
    changed = transport_more.TRANSFORMS[name](raw)
    if changed == raw:
        pytest.skip("nothing of this transform's kind in the message")
    assert reading(changed) == _baseline(key)


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
        (False, (("ann@partner.example", "VACATION", False),), None)
