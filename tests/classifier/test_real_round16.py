"""The sixteenth round's mends, on HAND-MADE notices beside the real ones (real_cases_round16.py).

classifier/haraka_wordings.py holds Haraka's plugins' own refusal texts, merged into classifier.phrases: helo.checks'
as blocked (the HELO named in the words, where only the sending MTA's English prose named the stage), the access
plugin's recipient blacklist ("That recipient is not allowed", read at RCPT too: reasons._first_pass) as filtered,
the attachment plugin's as policyviolation, the headers plugin's Date checks as contenterror, the clamd plugin's
"Message is infected with" as virusdetected (no fixture: no scanner with signatures ran), and the clamd, rspamd and
spamassassin plugins' words when their scanner cannot run as systemerror. The controls: other RCPT refusals, the
sender refusal and a spam verdict keep their readings; nothing of these turns hard."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _read(text: str, status: str | None, command: str = "DATA", action: str | None = None) -> tuple:
    (d,) = classify(relayed(text, status=status, command=command, action=action)).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent


def test_harakas_recipient_blacklist_is_the_receivers_rule_not_a_missing_user():
    assert _read(f"550 {LEAD} That recipient is not allowed", "5.0.0", command="RCPT") == (LEAD, "filtered", False, True)


@pytest.mark.parametrize("text, status, reason, hard", [
    ("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in local recipient table", "5.1.1",
     "userunknown", True),
    ("554 5.7.1 <lead@example.org>: Relay access denied", "5.7.1", "norelaying", False),
])
def test_other_rcpt_refusals_keep_their_readings(text, status, reason, hard):
    assert _read(text, status, command="RCPT")[1:3] == (reason, hard)


def test_the_access_plugins_sender_refusal_stays_the_senders():
    assert _read("550 sales@example.com That sender cannot send mail here", "5.0.0", command="MAIL")[1:3] == (
        "rejected", False)


@pytest.mark.parametrize("text", [
    "550 Message contains disallowed file extension (exe)",
    "550 Message contains unacceptable content type (application/x-msdownload)",
    "550 Message contains unacceptable attachment (invoice.pdf.scr)",
    "550 Message contains encrypted archive",
])
def test_harakas_attachment_rules_are_a_content_policy(text):
    assert _read(text, "5.0.0") == (LEAD, "policyviolation", False, True)


@pytest.mark.parametrize("text", ["550 The Date header is too far in the future", "550 The Date header is too old",
                                  "550 The Date header could not be parsed"])
def test_harakas_date_checks_refuse_a_header(text):
    assert _read(text, "5.0.0") == (LEAD, "contenterror", False, True)


@pytest.mark.parametrize("text", ["450 Error connecting to virus scanner", "450 Rspamd scan error",
                                  "450 Rspamd scan timeout", "450 spamd connect timeout", "450 spamd scan error"])
def test_a_scanner_that_cannot_run_is_the_receivers_system_for_now(text):
    assert _read(text, "4.0.0", action="delayed") == (LEAD, "systemerror", False, False)


@pytest.mark.parametrize("text, reason", [
    ("550 Message is infected with Eicar-Test-Signature", "virusdetected"),
    ("550 Mail matches a known spam signature", "spamdetected"),
])
def test_what_a_scanner_found_keeps_its_reading(text, reason):
    assert _read(text, "5.0.0")[1:3] == (reason, False)


@pytest.mark.parametrize("text", ["550 HELO host name invalid",
                                  "550 HELO host must be a FQDN or address literal (RFC 5321 2.3.5)",
                                  "550 That HELO not allowed here",
                                  "550 HELO IP literal not in the same /24 as your IP address"])
def test_harakas_helo_checks_say_the_helo_host_was_refused_without_a_stage(text):
    # helo.checks answers HELO/EHLO; with no "(in reply to ...)" and no "refused to talk to me" (a relay that passed
    # on only the reply, or the prose in another language) the words alone name the HELO host: blocked, ours.
    (d,) = classify(relayed(text, status="5.0.0", command=None)).deliveries
    assert (d.reason.value, d.hard_bounce, d.scope.value) == ("blocked", False, "sender")
