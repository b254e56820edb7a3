"""The twentieth round's mends, on HAND-MADE notices beside the real ones (real_cases_round20.py).

classifier/store_and_callout_wordings.py holds Cyrus lmtpd's long refusal for a folder whose ACL gives the poster
no post right ("You do not have permission to post a message to this mailbox", read as the recipient's choice
through soft_wordings.recipient_choice: filtered, not the securityerror of its 5.7.1), Cyrus's "Mailbox has an
invalid format", Dovecot's "Timeout while waiting for lock" and Exim's "Could not complete recipient verify callout"
(the receiver's own trouble: systemerror, where a delay read expired before). The controls keep the other readings:
the bare "Permission denied", the same words said of our IP, a delay whose words name nothing, a full mailbox named
beside the lock, an expiry read by its cause, the sender callout's form and an answered callout.
Classification is pure (no clock read), so no clock is pinned here."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed

# Cyrus lmtpengine.c's LMTP_LONG_ERROR_MSGS form, its lines joined as Postfix quotes them (real round 20).
_NO_POST = ("550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this "
            "mailbox in order to submit 550-your message, or postmaster if you believe you 550-received this message "
            "in error. 550 5.7.1 Permission denied")


def _one(raw: bytes) -> tuple:
    (d,) = classify(raw).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent, d.scope.value


# --- Cyrus's ACL refusal ---

@pytest.mark.parametrize("command", ["RCPT", "DATA"])
def test_cyrus_no_post_right_is_the_mailboxs_own_rule(command):
    # verify_user answers at RCPT; the same words after DATA (a relay that quotes them there) read alike.
    assert _one(relayed(_NO_POST, status="5.7.1", command=command)) == (LEAD, "filtered", False, True, "recipient")


def test_a_bare_permission_denied_keeps_its_status():
    # Control: without the long form (LMTP_LONG_ERROR_MSGS off) the words name no rule: 5.7.1's securityerror.
    assert _one(relayed("550 5.7.1 Permission denied", status="5.7.1"))[1] == "securityerror"


def test_the_same_words_said_of_our_ip_stay_a_block_of_our_host():
    # Control: recipient_choice never reads a refusal that names our IP as the recipient's choice.
    raw = relayed("550 5.7.1 You do not have permission to post a message to this mailbox from your IP address "
                  "192.0.2.10", status="5.7.1")
    assert _one(raw)[1:] == ("blocked", False, True, "sender")


# --- the stores' own trouble ---

@pytest.mark.parametrize("text, command", [
    ("451 4.2.0 Mailbox has an invalid format", "RCPT"),  # Cyrus IMAP_MAILBOX_BADFORMAT
    (f"451 4.2.0 <{LEAD}> Timeout while waiting for lock", "DATA"),  # Dovecot MAIL_ERRSTR_LOCK_TIMEOUT
])
def test_a_damaged_or_busy_store_is_a_system_error_for_now(text, command):
    assert _one(relayed(text, status="4.2.0", command=command, action="delayed"))[1:4] == ("systemerror", False, False)


def test_the_lock_timeouts_expiry_reads_by_its_cause():
    # The standing cause-vs-outcome judgement (real_cases_round20's xfails): the cause named, final.
    raw = relayed(f"451 4.2.0 <{LEAD}> Timeout while waiting for lock", status="4.2.0", command="DATA",
                  action="failed")
    assert _one(raw)[1:4] == ("systemerror", False, True)


@pytest.mark.parametrize("text, status, reason", [
    # Control: a delay whose words name nothing still reads as the fallback for a delay.
    (f"451 4.2.0 <{LEAD}> Please try again", "4.2.0", "expired"),
    # Control: a full mailbox named beside the lock wording is still the full mailbox.
    (f"452 4.2.2 <{LEAD}> Mailbox is full, timeout while waiting for lock", "4.2.2", "mailboxfull"),
])
def test_other_delays_keep_their_readings(text, status, reason):
    assert _one(relayed(text, status=status, command="DATA", action="delayed"))[1] == reason


# --- Exim's callouts ---

def test_an_uncompleted_recipient_callout_is_the_receivers_own_trouble():
    raw = relayed("451 Could not complete recipient verify callout", status="4.0.0", action="delayed")
    assert _one(raw)[1:] == ("systemerror", False, False, "recipient")


@pytest.mark.parametrize("text, status, want", [
    # Control: the sender form is our envelope sender not verified, the sender's side (sender_stage).
    ("451 Could not complete sender verify callout", "4.0.0", ("rejected", False, False, "sender")),
    # Control: a callout that WAS answered, with a missing user, stays the missing user.
    ("550-Callout verification failed: 550 550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown",
     "5.0.0", ("userunknown", True, True, "recipient")),
])
def test_other_callout_replies_keep_their_readings(text, status, want):
    assert _one(relayed(text, status=status, action="delayed" if status[0] == "4" else None))[1:] == want
