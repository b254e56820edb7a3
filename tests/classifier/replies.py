"""What a table of server reply texts asserts (test_server_wordings*.py): `reason_for` gives
the row's reason, and the reply is hard exactly when the taxonomy says that reason is (§4: a
missing user or domain, a moved mailbox, a domain that takes no mail, permanently); and the
report a reply arrives in, for the tables that also classify it whole."""

from __future__ import annotations

from classifier import classify, severity
from classifier.reasons import reason_for
from classifier.records import Reason as R

_HARD = (R.USERUNKNOWN, R.HOSTUNKNOWN, R.HASMOVED)


def check_reply(source: str, status: str | None, command: str | None, text: str, reason: R) -> None:
    reply = text[:3] if text[:3].isdigit() else None
    got = reason_for(status=status, reply_code=reply, diagnostic=text, action="failed", command=command)
    assert got is reason, source
    assert severity.is_hard_bounce(got, status, reply, text) is _is_hard(reason, status), source


def _is_hard(reason: R, status: str | None) -> bool:
    """Taxonomy §4: a missing user or domain, a moved mailbox; a domain that takes no mail, permanently."""
    return reason in _HARD or (reason is R.NOTACCEPT and not (status or "5").startswith("4"))


def check_in_report(source: str, status: str | None, command: str | None, text: str, reason: R,
                    action: str | None = None) -> None:
    """The row's reply quoted in a whole report (`postfix_report`; a 4.x status is a delay unless
    `action` says): its recipient, the row's reason, and hard exactly when the taxonomy says."""
    d = classify(postfix_report(text, status=status, command=command, action=action)).deliveries[0]
    assert d.address == "lead@example.org", source
    assert d.reason is reason, source
    assert d.hard_bounce is _is_hard(reason, status), source


_VERB = {"MAIL": "MAIL FROM", "RCPT": "RCPT TO", "DATA": "end of DATA"}


def postfix_report(text: str, *, status: str | None, command: str | None = None, action: str | None = None,
                   address: str = "lead@example.org", remote: str = "mx.example.org") -> bytes:
    """A minimal RFC 3464 report in Postfix's bounce(8) layout (HAND-MADE), `text` quoted as the
    remote server's answer to `command`; a 4.x status is a delay unless `action` says."""
    said = f"host {remote}[192.0.2.7] said: {text}"
    if command == "CONN":  # src/smtp/smtp_proto.c, smtp_helo(): a greeting refused is no "reply to"
        said = f"host {remote}[192.0.2.7] refused to talk to me: {text}"
    elif command in _VERB:
        said += f" (in reply to {_VERB[command]} command)"
    code = status or "5.0.0"
    action = action or ("delayed" if code.startswith("4") else "failed")
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\n"
        "To: sender@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) layout, src/bounce/bounce_notify_util.c)\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "This is the mail system at host mail.example.com.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        f"<{address}>: {said}\n\n"
        "--B0\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {address}\n"
        f"Action: {action}\nStatus: {code}\nRemote-MTA: dns; {remote}\n"
        f"Diagnostic-Code: smtp; {text}\n\n"
        "--B0\nContent-Type: text/rfc822-headers\n\n"
        f"From: sender@example.com\nTo: {address}\nSubject: Hello\n"
        "Message-ID: <hand-made-1@example.com>\n\n"
        "--B0--\n"
    ).encode()
