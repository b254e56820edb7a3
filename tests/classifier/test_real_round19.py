"""The nineteenth round's mends, on HAND-MADE notices beside the real ones (real_cases_round19.py).

classifier/smtp_server_wordings.py holds nodemailer's smtp-server's own "Too many connected clients" greeting
(toomanyconn; its "Bad recipient address syntax" at RCPT was read already, once the stage is known: userunknown);
classifier/slimta_wordings.py python-slimta's queue giving up (" (Too many retries)": expired, and final although the
reply is a 4xx; formats/prose.py takes the words as its action);
classifier/schleuder_wordings.py Schleuder's own refusals, read from a delivery program's output by
reasons._x_unix; formats/dsn.lines_about finds a recipient's paragraph where Postfix quotes its local part. The
controls keep the other readings: a cause that lasts beside slimta's words, a reply it did not give up on, the
same words without Schleuder's sign-off, a pipe that really failed, a sender's address syntax refused.
Classification is pure (no clock read), so no clock is pinned here."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed


def _one(raw: bytes) -> tuple:
    (d,) = classify(raw).deliveries
    return d.address, d.reason.value, d.hard_bounce, d.permanent, d.scope.value


def _slimta(reply: str, address: str = LEAD) -> bytes:
    """slimta.bounce.Bounce's default notice (HAND-MADE after slimta/bounce/__init__.py default_header_template):
    no Final-Recipient, Action or Status; the recipients under "Delivery failed for:", the reply below."""
    return (
        "From: MAILER-DAEMON\nTo: seller@example.com\nSubject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\nX-Hand-Made: yes (slimta.bounce default templates)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status;\n    boundary="boundary_=0a"\n'
        "Content-Transfer-Encoding: 7bit\n\nThis is a multi-part message in MIME format.\n\n"
        "--boundary_=0a\nContent-Type: text/plain\n\n"
        f"Delivery failed for:\n- {address}\n\nDestination host responded:\n{reply}\n\n"
        "--boundary_=0a\nContent-Type: message/delivery-status\n\n"
        "Received-From-MTA: dns; crm.example.com (192.0.2.10)\nRemote-MTA: dns; 192.0.2.7\n"
        f"Diagnostic-Code: smtp; {reply}\n\n"
        "--boundary_=0a\nContent-Type: message/rfc822\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <hand-made-slimta@example.com>\n\n"
        "Hello\n\n--boundary_=0a--\n"
    ).encode()


def _piped(output: str, address: str = "team@lists.example.org") -> bytes:
    """Postfix pipe(8)'s bounce of a delivery program that exited 1 (HAND-MADE after the real round-19 notices:
    "Command died with status 1", Status 5.3.0, Diagnostic-Code x-unix)."""
    said = f'Command died with status 1: "/usr/bin/schleuder". Command output: {output}'
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, pipe(8) output)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.example.com.\n\n"
        f"<{address}>: {said}\n\n--B0\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: failed\nStatus: 5.3.0\n"
        f"Diagnostic-Code: x-unix; {output}\n\n--B0\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <hand-made-pipe@example.com>\n\n--B0--\n"
    ).encode()


def _quoted_local_part(command: str) -> bytes:
    """Postfix's notice for a local part RFC 5321 makes it quote (HAND-MADE after smtp-server-recipient-address-
    syntax): its text names "lead..smith"@, Final-Recipient too, Original-Recipient as the sender wrote it."""
    verb = {"RCPT": "RCPT TO", "DATA": "end of DATA"}[command]
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.example.com.\n\n"
        '<"lead..smith"@example.org>: host mx.example.org[192.0.2.7] said: 550 No such\n'
        f"    user here (in reply to {verb} command)\n\n"
        "--B0\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
        'Final-Recipient: rfc822; "lead..smith"@example.org\nOriginal-Recipient: rfc822;lead..smith@example.org\n'
        "Action: failed\nStatus: 5.0.0\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 No such user here\n\n"
        '--B0\nContent-Type: text/rfc822-headers\n\nFrom: seller@example.com\nTo: "lead..smith"@example.org\n'
        "Subject: Hello\nMessage-ID: <hand-made-quoted@example.com>\n\n--B0--\n"
    ).encode()


# --- smtp-server ---

def test_smtp_servers_bad_recipient_syntax_is_an_address_never_taken():
    assert _one(relayed("501 Error: Bad recipient address syntax", status="5.0.0")) == (
        LEAD, "userunknown", True, True, "recipient")


def test_smtp_servers_bad_sender_syntax_stays_our_side():
    # Control: the same server's MAIL FROM refusal (handler_MAIL, "Bad sender address syntax") is no missing user.
    _, reason, hard, _, scope = _one(relayed("501 Error: Bad sender address syntax", status="5.0.0", command="MAIL"))
    assert (reason != "userunknown", hard, scope) == (True, False, "sender")


def test_smtp_servers_connected_clients_limit_is_a_connection_limit():
    raw = relayed("421 mx.example.org Too many connected clients, try again in a moment", status="4.0.0",
                  command="CONN")
    assert _one(raw)[1:4] == ("toomanyconn", False, False)


def test_a_greeting_that_names_our_host_stays_blocked():
    # Control: a greeting refusal of our host keeps its reading beside the new connection wording.
    raw = relayed("554 mx.example.org Client host [192.0.2.10] blocked using zen.example.net", status="5.0.0",
                  command="CONN")
    assert _one(raw)[1] == "blocked"


# --- Postfix's quoted local part ---

@pytest.mark.parametrize("command, reason", [("RCPT", "userunknown"), ("DATA", "filtered")])
def test_a_quoted_local_parts_paragraph_keeps_its_stage(command, reason):
    # The stage is read from the paragraph Postfix writes for "lead..smith"@: at RCPT a missing user, after DATA
    # a filter's words (the standing reading of "no such user" there).
    (d,) = classify(_quoted_local_part(command)).deliveries
    assert (d.address, d.smtp_command, d.reason.value) == ("lead..smith@example.org", command, reason)


# --- slimta's own bounces ---

@pytest.mark.parametrize("reply", ["451 4.3.0 Connection failed (Too many retries)",
                                   "421 4.4.2 Connection timed out (Too many retries)"])
def test_slimtas_too_many_retries_is_an_expiry_for_good(reply):
    assert _one(_slimta(reply))[1:4] == ("expired", False, True)


@pytest.mark.parametrize("reply, reason, permanent", [
    # The same queue's words beside a cause that lasts: the cause decides, and the bounce is still final.
    ("452 4.2.2 <lead@example.org>: Mailbox full (Too many retries)", "mailboxfull", True),
    # A permanent refusal bounced at once: slimta appends nothing.
    ("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown", "userunknown", True),
    # Without the queue's words a 4xx says nothing of giving up: not final.
    ("451 4.3.0 Connection failed", None, False),
])
def test_slimtas_other_replies_keep_their_readings(reply, reason, permanent):
    _, got, _, final, _ = _one(_slimta(reply))
    assert (got if reason else None, final) == (reason, permanent)
    assert got != "expired" or "(Too many retries)" in reply


# --- Schleuder through a pipe ---

_SIGNOFF = "  Kind regards, Your Schleuder system."


@pytest.mark.parametrize("text, reason, hard", [
    ("Error: No list found with this address: 'nolist@lists.example.org'.", "userunknown", True),
    ("Error: Only subscribed addresses may send messages to this address.", "filtered", False),
    ("Error: Only admins may send messages to this address.", "filtered", False),
    ("Error: Messages to this address must be encrypted conforming to OpenPGP.", "securityerror", False),
    ("Error: Messages to this address must be OpenPGP-signed.", "securityerror", False),
    ("Error: Your message was too big. Allowed are up to 10KB.", "mesgtoobig", False),
])
def test_schleuders_own_refusals_are_read_by_their_words(text, reason, hard):
    assert _one(_piped(text + _SIGNOFF))[1:4] == (reason, hard, True)


@pytest.mark.parametrize("output", [
    # Schleuder's words without its sign-off are no Schleuder's verdict: a program's output, as before.
    "Error: Only subscribed addresses may send messages to this address.",
    # Its fatal error (errors.fatalerror) names no cause: the program failed.
    "A fatal error happened. Administrators have been notified. Please try again later." + _SIGNOFF,
    "sh: 1: /usr/local/bin/ticket-import: not found",
])
def test_other_program_output_stays_a_failed_program(output):
    assert _one(_piped(output))[1] == "mailererror"
