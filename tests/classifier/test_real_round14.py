"""The fourteenth round's mend (classifier/reasons.py, reason_for: the generic 5.7.0/5.7.1 in reply to the end of DATA,
in words no table knows, is a filter, not securityerror), read on HAND-MADE relay reports beside the real
notices (real_cases_round14.py: Postfix header/body_checks texts, spamass-milter's "Command rejected"). The
controls: the same words at RCPT keep 5.7.x's default; a temporary 4.7.x after DATA is not a refusal of the
message for good; words that name a cause (DMARC, spam, a missing user) keep their own reason; nothing turns hard."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _read(text: str, status: str, command: str) -> tuple:
    (d,) = classify(relayed(text, status=status, command=command)).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent


@pytest.mark.parametrize("text, status", [
    ("550 5.7.1 Message refused by local content rules", "5.7.1"),
    ("550 5.7.0 Headers not acceptable here", "5.7.0"),
    ("554 5.7.1 Command rejected", "5.7.1"),
])
def test_a_permanent_policy_refusal_after_data_is_a_filter(text, status):
    assert _read(text, status, "DATA") == (LEAD, "filtered", False, True)


@pytest.mark.parametrize("text, status", [
    ("550 5.7.1 Message refused by local content rules", "5.7.1"),
    ("554 5.7.1 Command rejected", "5.7.1"),
])
def test_the_same_words_at_rcpt_keep_the_codes_default(text, status):
    # At RCPT nothing of the message has been seen: no filter of it speaks there.
    assert _read(text, status, "RCPT") == (LEAD, "securityerror", False, True)


@pytest.mark.parametrize("text, status", [
    ("550 5.7.30 REQUIRETLS support required", "5.7.30"),  # a specific code (RFC 8689): its own meaning
    ("554 5.7.0 Transaction failed", "5.7.0"),  # RFC 5321's generic words name nothing
])
def test_a_specific_code_or_rfc5321s_bare_words_keep_the_default(text, status):
    assert _read(text, status, "DATA") == (LEAD, "securityerror", False, True)


def test_a_temporary_refusal_after_data_is_not_a_filter():
    # Postfix's words for a milter's tempfail: for now, and not the message's fault (unchanged reading).
    reading = _read("451 4.7.1 Service unavailable - try again later", "4.7.1", "DATA")
    assert reading[1] != "filtered" and reading[2:] == (False, False)


@pytest.mark.parametrize("text, status, reason", [
    ("550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", "5.7.1",
     "authfailure"),
    ("550 5.7.1 Message rejected as spam", "5.7.1", "spamdetected"),
    # Sender ID's check (RFC 4407), said after DATA: an authentication failure (phrases.py, with this rule).
    ("550 5.7.1 Can't determine Purported Responsible Address", "5.7.1", "authfailure"),
])
def test_words_that_name_a_cause_keep_their_reason(text, status, reason):
    assert _read(text, status, "DATA")[1] == reason


def test_a_missing_user_said_at_rcpt_stays_hard():
    # The mixed-recipient notices beside these: the unknown address refused at RCPT keeps its hard reading.
    text = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in relay recipient table"
    assert _read(text, "5.1.1", "RCPT") == (LEAD, "userunknown", True, True)
