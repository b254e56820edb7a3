"""Issue 13: whole delivery reports built on the servers' reply texts (see test_server_wordings.py),
where the layout gives the stage or the receiving provider, and refusals that mention a user but
are no bad address. Every message and sentence is HAND-MADE after the server source or document
named beside it (its `X-Hand-Made` header names the layout), never another project's samples."""

from __future__ import annotations

import pytest

from classifier import classify
from classifier.records import Reason as R

UU, HU = R.USERUNKNOWN, R.HOSTUNKNOWN


# Whole messages, where the layout gives the stage or the receiving provider: a Postfix DSN
# ("in reply to RCPT TO command"), an Exim notice, and DSNs without any stage.
def _postfix_dsn(address: str, status: str, diagnostic: str, *, remote: str = "mx.example.org") -> bytes:
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n"
        "To: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, src/bounce/bounce_notify_util.c)\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"\n\n'
        "--B1\nContent-Type: text/plain\n\n"
        "This is the mail system at host mail.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        f"<{address}>: host {remote}[192.0.2.7] said: {diagnostic}\n\n"
        "--B1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\n"
        f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diagnostic}\n\n"
        "--B1\nContent-Type: text/rfc822-headers\n\n"
        "From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <hand-made-words-1@example.com>\n\n"
        "--B1--\n"
    ).encode()


MESSAGES = [
    ("Exchange Online 5.4.1 (Microsoft NDR reference)", "lead@contoso.example", "5.4.1",
     "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM3NAM06FT001.eop-nam06.prod.protection."
     "outlook.com] (in reply to RCPT TO command)", "mail.protection.outlook.com", UU),
    ("Orange OFR_416 in a Postfix DSN", "lead@orange.example", "5.7.1",
     "550 5.7.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] "
     "(in reply to RCPT TO command)", "smtp-in.orange.example", UU),
    ("Yandex 5.7.1 No such user! in a Postfix DSN", "ivan@yandex.example", "5.7.1",
     "550 5.7.1 No such user! (in reply to RCPT TO command)", "mx.yandex.example", UU),
    ("Exchange localised (de) NDR text under 5.0.0", "max@firma.example", "5.0.0",
     "550 Die eingegebene E-Mail-Adresse wurde nicht gefunden.", "mx.firma.example", UU),
    ("Gmail disabled account", "old@gmail.example", "5.2.1",
     "550-5.2.1 The email account that you tried to reach is disabled. - gsmtp (in reply to RCPT TO command)",
     "gmail-smtp-in.l.google.com", R.SUSPEND),
    ("Postfix relay refusal", "buyer@partner.example", "5.7.1",
     "554 5.7.1 <buyer@partner.example>: Relay access denied (in reply to RCPT TO command)", "mx.partner.example",
     R.NORELAYING),
    ("Spamhaus refusal at RCPT", "cto@corp.example", "5.7.1",
     "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org "
     "(in reply to RCPT TO command)", "mx.corp.example", R.BLOCKED),
    ("Size refusal at MAIL FROM", "buyer@partner.example", "5.3.4",
     "552 5.3.4 Message size exceeds fixed limit (in reply to MAIL FROM command)", "mx.partner.example",
     R.MESGTOOBIG),
]


@pytest.mark.parametrize(("source", "address", "status", "diagnostic", "remote", "reason"), MESSAGES,
                         ids=[m[0] for m in MESSAGES])
def test_whole_message(source, address, status, diagnostic, remote, reason):
    result = classify(_postfix_dsn(address, status, diagnostic, remote=remote))
    assert result.is_bounce
    d = result.deliveries[0]
    assert (d.address, d.reason) == (address, reason), source
    assert d.hard_bounce is (reason in (UU, HU))
