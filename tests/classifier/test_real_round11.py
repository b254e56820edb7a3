"""The eleventh round's mends (classifier/mta_wordings.py _REAL11), read on HAND-MADE relay reports
(tests/classifier/notices.relayed) beside the real notices (real_cases_round11.py): clamsmtp's and
proxsmtp's "451 Local Error" is the receiving system for now, greylistd's "is not yet authorized to
deliver mail" is our host greylisted. Both soft; the controls: the same words beside a reply that
names a missing mailbox or a gone domain keep that reading, and the words never make anything hard."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed

GREY = ("127.0.0.1 is not yet authorized to deliver mail from <seller@example.com> to <lead@example.org>. "
        "Please try later.")


def _one(raw: bytes):
    (d,) = classify(raw).deliveries
    return d.reason.value, d.hard_bounce, d.permanent, d.scope.value


@pytest.mark.parametrize("text, status, action, want", [
    # clamsmtp / proxsmtp (strings of /usr/sbin/clamsmtpd and proxsmtpd), in reply to end of DATA.
    ("451 Local Error", "4.0.0", "delayed", ("systemerror", False, False, "recipient")),
    # RFC 5321's 451 text was known before (phrases.py); still the same reading.
    ("451 Requested action aborted: local error in processing", "4.3.0", "delayed",
     ("systemerror", False, False, "recipient")),
    # greylistd's Exim ACL text, Exim without enhanced codes (4.0.0).
    (f"451 {GREY}", "4.0.0", "delayed", ("blocked", False, False, "sender")),
])
def test_mended_wordings(text, status, action, want):
    command = "RCPT" if "authorized" in text else "DATA"
    assert _one(relayed(text, status=status, command=command, action=action)) == want


@pytest.mark.parametrize("text, status, want", [
    # Controls: a missing mailbox or domain named beside the new words stays what it is (hard).
    ("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown (local error 17)", "5.1.1",
     ("userunknown", True, True, "recipient")),
    ("550 5.1.2 Host or domain name not found; local error while routing", "5.1.2",
     ("hostunknown", True, True, "recipient")),
])
def test_controls_keep_their_reading(text, status, want):
    assert _one(relayed(text, status=status, command="RCPT", action="failed")) == want


def test_greylisting_words_never_hard_even_at_5xx():
    # A server answering the greylist text with a 5xx (a misconfigured ACL): still our host, soft.
    reason, hard, _, scope = _one(relayed(f"550 {GREY}", status="5.0.0", command="RCPT", action="failed"))
    assert (reason, hard, scope) == ("blocked", False, "sender")
    assert LEAD in GREY
