"""Notices as their generators write them, for tables of reply texts (test_scope.py): our
relay's report of a remote answer, our relay's own failure, Gmail's own DSN, Exchange Online's
own NDR. All HAND-MADE; each builder names the layout it follows."""

from __future__ import annotations

from tests.classifier.replies import postfix_report

LEAD = "lead@example.org"


def relayed(text: str, *, status: str | None, command: str | None = "RCPT", address: str = LEAD,
            remote: str = "mx.example.org", action: str | None = None) -> bytes:
    """Our relay's report of a remote server's answer (Postfix bounce(8) layout, HAND-MADE)."""
    return postfix_report(text, status=status, command=command, action=action, address=address, remote=remote)


def own_postfix(reason_text: str, *, status: str, address: str = LEAD, action: str = "failed",
                host: str = "mail.example.com") -> bytes:
    """Our own relay's failure with no remote answer (Postfix bounce(8): no Remote-MTA, an X-Postfix
    diagnostic; HAND-MADE after src/bounce/bounce_notify_util.c)."""
    return (
        f"From: MAILER-DAEMON@{host} (Mail Delivery System)\n"
        "To: seller@example.com\nSubject: Undelivered Mail Returned to Sender\n"
        "Auto-Submitted: auto-replied\nX-Hand-Made: yes (Postfix bounce(8) layout)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B0"\n\n'
        "--B0\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host {host}.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        f"<{address}>: {reason_text}\n\n"
        "--B0\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: X-Postfix; {reason_text}\n\n"
        "--B0\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <hand-made-scope@example.com>\n\n"
        "--B0--\n"
    ).encode()


def gmail_own(diagnostic: str, *, status: str, heading: str, body: str, address: str = LEAD,
              remote: str | None = None, action: str = "failed") -> bytes:
    """Gmail's own DSN (shared/api/gmail.md §9: mailer-daemon@googlemail.com, Reporting-MTA
    googlemail.com, a Remote-MTA only when a remote server answered; HAND-MADE)."""
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    return (
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
        "To: seller@example.com\nSubject: Delivery Status Notification (Failure)\n"
        f"Auto-Submitted: auto-replied\nX-Failed-Recipients: {address}\n"
        "X-Hand-Made: yes (Gmail DSN layout, shared/api/gmail.md section 9)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; boundary="g1"; report-type=delivery-status\n\n'
        f"--g1\nContent-Type: text/plain; charset=UTF-8\n\n** {heading} **\n\n{body}\n\n"
        "--g1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; googlemail.com\nX-Original-Message-ID: <CAscope0001@mail.gmail.com>\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp; {diagnostic}\n\n"
        "--g1\nContent-Type: message/rfc822\n\n"
        f"Message-ID: <CAscope0001@mail.gmail.com>\nFrom: Seller <seller@example.com>\nTo: {address}\n"
        "Subject: Quick question\n\nHello\n--g1--\n"
    ).encode()


def exchange_own(diagnostic: str, *, status: str, body: str, address: str = LEAD,
                 remote: str | None = None) -> bytes:
    """Exchange Online's own NDR to its sending user (HAND-MADE after the NDR anatomy in
    "Email non-delivery reports and SMTP errors in Exchange Online"): the user text, the
    diagnostic for administrators, a DSN whose Reporting-MTA is the tenant's own server; the
    headers Exchange Online writes on an NDR it generates (X-MS-Exchange-Message-Is-Ndr, its
    Message-ID at the generating server)."""
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    return (
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\n"
        "To: seller@example.com\nSubject: Undeliverable: Quick question\n"
        "Message-ID: <a1b2c3d4-ndr@BN8PR12MB1234.namprd12.prod.outlook.com>\n"
        "X-MS-Exchange-Message-Is-Ndr: \nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Exchange Online NDR layout)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="x1"\n\n'
        f"--x1\nContent-Type: text/plain; charset=us-ascii\n\n{body}\n\n"
        "Diagnostic information for administrators:\n\n"
        "Generating server: BN8PR12MB1234.namprd12.prod.outlook.com\n\n"
        f"{address}\nRemote Server returned '{diagnostic}'\n\n"
        "--x1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;BN8PR12MB1234.namprd12.prod.outlook.com\n\n"
        f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp;{diagnostic}\n\n"
        "--x1\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Quick question\n"
        "Message-ID: <hand-made-exo-scope@example.com>\n\n--x1--\n"
    ).encode()


def messagelabs_own(diagnostic: str, *, status: str, address: str = LEAD) -> bytes:
    """Symantec Email Security.cloud's (MessageLabs's) own notice of an outbound message the
    recipient's server refused (Broadcom KB 162445: "This is the mail delivery agent at
    messagelabs.com. I was unable to deliver your message to the following addresses", the
    recipient server's refusal quoted; From MAILER-DAEMON@messagelabs.com, its X-Msg-Ref;
    HAND-MADE)."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@messagelabs.com>\n"
        "X-Msg-Ref: server-8.tower-21.messagelabs.com!1700000000!1234567!1\n"
        "To: seller@example.com\nSubject: Mail Delivery Failure\n"
        "X-Hand-Made: yes (Email Security.cloud notice, Broadcom KB 162445)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="m1"\n\n'
        "--m1\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail delivery agent at messagelabs.com.\n\n"
        f"I was unable to deliver your message to the following addresses:\n\n{address}\n\n"
        f"Reason: {diagnostic}\n\n"
        "--m1\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; server-8.tower-21.messagelabs.com\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diagnostic}\n\n"
        "--m1\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Quick question\n"
        "Message-ID: <hand-made-ml-scope@example.com>\n\n--m1--\n"
    ).encode()


def relay_and_gmail(rid: str, source: str, reply: str, status: str, expected: list[tuple], *, cites: tuple[str, str],
                    command: str | None = "RCPT", action: str | None = None) -> list[tuple]:
    """Review rows of one reply in our relay's layout (relayed) and, quoted the same way, in Gmail's
    own DSN (a final one: none for a delay). `cites` names the two layouts' sources as the review read
    them; rows (name, source, raw, expected) as tests/classifier/review_check.py reads them."""
    pf, gmail = cites
    body = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            f"The response was:\n\n{reply}")
    rows = [(f"{rid}-postfix", f"{source}; {pf}", relayed(reply, status=status, command=command, action=action),
             expected)]
    if action != "delayed":
        rows.append((f"{rid}-gmail", f"{source}; {gmail}",
                     gmail_own(reply, status=status, heading="Message not delivered", body=body,
                               remote="mx.example.org"), expected))
    return rows
