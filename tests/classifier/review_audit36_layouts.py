"""Notice layouts for audit 36 (review_audit36.py) that the earlier builders lack, each written after the generator
its docstring names. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, _mime

MARK = "X-Hand-Made: yes ({}, audit 36)\n"


def postfix_expanded(name: str, alias: str, target: str, reply: str, status: str,
                     host: str = "mx.partner.example", remote: str = "mx.old-host.example") -> bytes:
    """Postfix bounce(8) at the prospect's own host of a virtual-alias or .forward expansion (bounce_notify_util.c:
    "<%s> (expanded from <%s>): host %s said: %s"; the DSN's Original-Recipient the alias, Final-Recipient the
    address the alias expanded to, RFC 3464 sections 2.3.1-2.3.2)."""
    head = (f"From: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\nSubject: Undelivered Mail Returned to "
            "Sender\nAuto-Submitted: auto-replied\n" + MARK.format("Postfix bounce(8), an expanded alias"))
    text = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients.\n\n<{target}> (expanded from <{alias}>): host\n"
            f"    {remote}[198.51.100.7] said: {reply} (in reply to RCPT TO command)\n")
    dsn = (f"Reporting-MTA: dns; {host}\n\nOriginal-Recipient: rfc822;{alias}\nFinal-Recipient: rfc822; {target}\n"
           f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {reply}\n")
    return _mime(head, name, text, alias, dsn)


def forwarder_dsn(name: str, address: str, diagnostic: str, status: str, host: str = "mx.partner.example") -> bytes:
    """A forwarding host's own RFC 3464 report for the address we mailed (Final-Recipient the prospect, no
    Original-Recipient, no Remote-MTA): the inner hop's refusal quoted in its Diagnostic-Code as sendmail's and
    Exim's redirect routers pass it on ("forwarding to ... failed")."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: {SELLER}\nSubject: Returned mail: see "
            "transcript for details\nAuto-Submitted: auto-replied\n" + MARK.format("a forwarder's own DSN"))
    text = (f"The original message was received from [192.0.2.25]\n\n   ----- The following addresses had permanent "
            f"fatal errors -----\n<{address}>\n    (reason: {diagnostic})\n")
    dsn = (f"Reporting-MTA: dns; {host}\n\nFinal-Recipient: RFC822; {address}\nAction: failed\nStatus: {status}\n"
           f"Diagnostic-Code: SMTP; {diagnostic}\n")
    return _mime(head, name, text, address, dsn)
