"""Notice layouts for the thirty-fifth audit (review_audit35.py) that the earlier builders lack, each written after
the generator its docstring names. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import original

SELLER = "seller@example.com"


def postfix_delay(address: str, said: str, diagnostic: str, status: str, remote: str = "mx.partner.example") -> bytes:
    """Postfix's delay warning (src/bounce/bounce_templates.c delay_template: Subject "Delayed Mail (still being
    retried)", "This is the mail system at host ...", "####### THIS IS A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR
    MESSAGE. #######", then the recipient's paragraph and a DSN with Action: delayed)."""
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Delayed Mail (still being retried)\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix delay_template, review audit35)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="D0"\n\n'
        "--D0\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.example.com.\n\n"
        "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\n"
        "It will be retried until it is 5 day(s) old.\n\n"
        f"<{address}>: {said}\n\n"
        "--D0\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: delayed\nStatus: {status}\n"
        f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diagnostic}\n"
        "Will-Retry-Until: Fri, 11 Dec 2026 10:00:00 +0000 (UTC)\n\n"
        "--D0\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <audit35-delay@example.com>\n\n"
        "--D0--\n"
    ).encode()


def exim_warning(name: str, address: str, error: str, host: str = "mail.example.net") -> bytes:
    """Exim's delay warning (src/src/deliver.c, the default warn_message: Subject "Warning: message %s delayed 24
    hours", "This message was created automatically by mail delivery software.", "A message that you sent has not
    yet been delivered to one or more of its recipients after more than 24 hours on the queue", the address with its
    host and "Delay reason: " with its error (Exim 4.9x), "No action is required on your part. Delivery attempts
    will continue for some time"); no DSN."""
    return (
        f"Auto-Submitted: auto-replied\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
        f"Subject: Warning: message 1uA35x-000{name} delayed 24 hours\nMessage-Id: <E1uA35x-{name}@{host}>\n"
        "X-Hand-Made: yes (Exim deliver.c warn_message, review audit35)\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        f"recipients after more than 24 hours on the queue on {host}.\n\n"
        f"The message identifier is:     1uA35x-000{name}\nThe subject of the message is: Quick question\n"
        "The date of the message is:    Thu, 3 Dec 2026 10:00:00 +0000\n\n"
        "The address to which the message has not yet been delivered is:\n\n"
        f"  {address}\n    Delay reason: {error}\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    ).encode()


def slimta_bounce(name: str, addresses: list[str], reply: str, remote: str = "192.0.2.25",
                  folded: bool = False) -> bytes:
    """python-slimta's own bounce (slimta/bounce.py, Bounce's default templates: "Delivery failed for:" and "- <rcpt>"
    per recipient, "Destination host responded:" and the reply, a message/delivery-status part with
    Received-From-MTA, Remote-MTA and Diagnostic-Code and no Action field, then the original), sent by the queue
    (slimta/queue/__init__.py) once its backoff gives up, the last reply with " (Too many retries)" appended."""
    rcpts = "".join(f"- {a}\n" for a in addresses)
    diag = reply.replace(" (Too many", "\n    (Too many") if folded else reply
    return (
        "Return-Path: <>\nFrom: MAILER-DAEMON@example.com\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (python-slimta slimta.bounce.Bounce, review audit35)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="S0"\n\n'
        "This is a multi-part message in MIME format.\n\n"
        f"--S0\nContent-Type: text/plain\n\nDelivery failed for:\n{rcpts}\nDestination host responded:\n{reply}\n\n"
        "--S0\nContent-Type: message/delivery-status\n\n"
        f"Received-From-MTA: dns; crm.example.com (192.0.2.10)\nRemote-MTA: dns; {remote}\n"
        f"Diagnostic-Code: smtp; {diag}\n\n"
        f"--S0\nContent-Type: message/rfc822\n\n{original(name, ', '.join(addresses))}\n--S0--\n"
    ).encode()


def postfix_pipe(address: str, output: str, status: str, code: int = 1, action: str = "failed",
                 program: str = "/usr/bin/schleuder") -> bytes:
    """Postfix's report of a pipe(8) delivery program that failed (src/global/pipe_command.c: 'Command died with
    status %d: "%s". Command output: %s', Diagnostic-Code: X-Unix; the output), as real round 19's Schleuder files."""
    said = f'Command died with status {code}: "{program}". Command output: {output}'
    return (
        "From: MAILER-DAEMON@lists.example.net (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) of pipe(8), review audit35)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="P0"\n\n'
        "--P0\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host lists.example.net.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        f"<{address}>: {said}\n\n"
        "--P0\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; lists.example.net\n\n"
        f"Final-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: {action}\n"
        f"Status: {status}\nDiagnostic-Code: X-Unix; {output}\n\n"
        "--P0\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <audit35-pipe@example.com>\n\n"
        "--P0--\n"
    ).encode()


def exim_pipe(name: str, address: str, program: str, output: str, host: str = "lists.example.net") -> bytes:
    """Exim's bounce of a pipe transport whose command failed with return_output (src/src/deliver.c: the address, "pipe
    to |%s" with "generated by", the transport's "Child process of %s transport returned %d from command:", and "The
    following text was generated during the delivery attempt:" with "------ %s ------" over the output)."""
    return (
        f"X-Failed-Recipients: {address}\nAuto-Submitted: auto-replied\n"
        f"From: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
        f"Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1uA35p-{name}@{host}>\n"
        "X-Hand-Made: yes (Exim deliver.c bounce of a pipe transport, review audit35)\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  pipe to |{program} work {address}\n    generated by {address}\n"
        f"    Child process of schleuder transport returned 1 from command:\n    {program}\n\n"
        "The following text was generated during the delivery attempt:\n\n"
        f"------ pipe to |{program} work {address}\n       generated by {address} ------\n\n{output}\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        f"Return-path: <{SELLER}>\n{original(name, address)}"
    ).encode()


def person_reply(name: str, who: str, body: str) -> bytes:
    """A person's own reply to our message (a mail client's: In-Reply-To, "Re:", the answer, then the quote)."""
    return (
        f"From: {who}\nTo: Seller <{SELLER}>\nSubject: Re: Quick question\nDate: Fri, 4 Dec 2026 09:12:00 +0100\n"
        f"Message-ID: <reply-{name}@partner.example>\nIn-Reply-To: <review14-{name}@example.com>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "X-Hand-Made: yes (a person's reply, review audit35)\n\n"
        f"{body}\n\nOn Thu, 3 Dec 2026 at 10:00, Seller <{SELLER}> wrote:\n> Hello, a quick question.\n"
    ).encode()


def postfix_success(address: str, said: str, action: str = "relayed", remote: str = "mx.partner.example") -> bytes:
    """Postfix's success notice for a DSN NOTIFY=SUCCESS request (src/bounce/bounce_templates.c success_template:
    Subject "Successful Mail Delivery Report", "Your message was successfully delivered to the destination(s)
    listed below", Action: relayed / delivered, Status 2.0.0)."""
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        "Subject: Successful Mail Delivery Report\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix success_template, review audit35)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="K0"\n\n'
        "--K0\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.example.com.\n\n"
        "Your message was successfully delivered to the destination(s)\n"
        "listed below. If the message was delivered to mailbox you will\n"
        "receive no further notifications. Otherwise you may still receive\n"
        "notifications of mail delivery errors from other systems.\n\n"
        f"<{address}>: delivery via {remote}[192.0.2.7]:25: {said}\n\n"
        "--K0\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: 2.0.0\n"
        f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {said}\n\n"
        "--K0\nContent-Type: text/rfc822-headers\n\n"
        f"From: seller@example.com\nTo: {address}\nSubject: Hello\nMessage-ID: <audit35-ok@example.com>\n\n"
        "--K0--\n"
    ).encode()
