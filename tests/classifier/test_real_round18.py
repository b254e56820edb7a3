"""The eighteenth round's mends, on HAND-MADE notices beside the real ones (real_cases_round18.py).

classifier/twisted_wordings.py holds Twisted mail's own reply texts, merged into classifier.phrases: SMTPBadRcpt's
default "Cannot receive for specified address" (every twisted.mail domain's answer for a user it does not have) as
userunknown, and SMTP._messageHandled's "Could not send e-mail" (a message receiver that failed to store what it took)
as systemerror. The controls: Twisted's sender refusal and its "Internal server error" keep their readings, and a
cause named in the same reply still wins."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _read(text: str, status: str | None, command: str = "DATA", action: str | None = None) -> tuple:
    (d,) = classify(relayed(text, status=status, command=command, action=action)).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent


def test_twisteds_bad_recipient_default_is_a_user_it_does_not_have():
    assert _read("550 Cannot receive for specified address", "5.0.0", command="RCPT") == (
        LEAD, "userunknown", True, True)


@pytest.mark.parametrize("text", ["550 Could not send e-mail",
                                  "550 Could not send e-mail (1 failures out of 2 recipients)"])
def test_twisteds_failed_store_after_data_is_its_own_system(text):
    assert _read(text, "5.0.0") == (LEAD, "systemerror", False, True)


@pytest.mark.parametrize("text, status, command, reason", [
    ("550 Cannot receive from specified address <sales@example.com>: Sender not acceptable", "5.0.0", "MAIL",
     "rejected"),
    ("550 Cannot receive from specified address <sales@example.com>: Unauthenticated senders not allowed", "5.0.0",
     "MAIL", "securityerror"),
    ("550 Internal server error", "5.0.0", "DATA", "systemerror"),
    ("550 5.2.2 Could not send e-mail: mailbox full", "5.2.2", "DATA", "mailboxfull"),
])
def test_twisteds_other_replies_and_named_causes_keep_their_readings(text, status, command, reason):
    assert _read(text, status, command=command)[1] == reason
