"""Notice layouts for the twentieth review (review_notices20.py) that the shared helpers do not
offer: Sympa's delivery status notification (sympa-community/sympa
default/mail_tt2/delivery_status_notification.tt2, filled as src/lib/Sympa.pm send_dsn() fills it)
and XMail's error notice (XMail QueueUtils.cpp QueUtBuildErrorResponse(), XMail 1.2x). All
HAND-MADE after those files."""

from __future__ import annotations

_ORIG = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: Quick question\n"
         "Message-ID: <review20-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n")


def original(name: str, to: str) -> str:
    """The returned original's headers (the Message-ID ties the notice to our sent mail)."""
    return _ORIG.format(to=to, name=name)


# ---------------------------------------------------------------- Sympa
# Subject per status, as the template's first IF chain picks it.
_SYMPA_SUBJECT = {"4.2.1": "List could not be created", "5.1.1": "List unknown", "5.1.2": "List unknown",
                  "5.2.3": "Too large message", "5.6.5": "Cannot personalize message",
                  "5.7.0": "A virus in your mail"}


def _sympa_body(status: str, listname: str, recipient: str) -> str:
    """The human part's per-status paragraph (the template's second IF chain; the last branch,
    'not a known mailing list', is what every other status gets, 5.3.0, 5.4.6 and 5.7.1 too)."""
    if status == "5.1.2":
        return f"List '{recipient}' does not exist.\n\n"
    if status == "5.2.3":
        return ("Your message could not be sent because its size (2350 kB) was over the maximum size (1024 kB) "
                "allowed on this list.\n\nNote: Because binary files have to be encoded in less-efficient ASCII "
                "format before being sent over email, the final size of an attachment is often significantly "
                "larger that the original file.\n\n")
    if status == "5.6.5":
        return "Your message cannot be personalized.  Please check template syntax.\n\n"
    if status == "5.7.0":
        return ("    ***** V I R U S    A L E R T *****\n\nOur viruschecker found a virus named Eicar-Test-Signature "
                f"in a message addressed to {recipient} and that seems to be yours (From: seller@example.com).\n\n"
                "We stopped delivery of this email.\n\nIt may be useful to check your system for viruses.\n\n"
                "Note, however, that many viruses fake sender's e-mail address, so it is possible that the virus "
                "didn't come from your computer. In that case, please disregard this message.\n\n")
    host = recipient.split("@")[1]
    return (f"The following address is not a known mailing list:\n\n\t{recipient}\n\n"
            "To find out the correct listname, ask for this server's lists directory:\n\n"
            f"\tmailto:sympa@{host}?subject=WHICH\n\nFor further information, please contact listmaster@{host}\n\n")


def sympa_dsn(name: str, recipient: str, status: str, diagnostic: str) -> bytes:
    """Sympa's DSN (send_dsn): Action 'delivered' for a 2.x status, 'failed' for any other;
    Diagnostic-Code 'X-Sympa; <the status's text from %diag_messages>'; the original's headers
    only for 5.1.1, 5.1.2, 5.2.3 and 5.7.0, the whole message otherwise."""
    host = recipient.split("@")[1]
    delivered = status.startswith("2")
    action = "delivered" if delivered else "failed"
    if delivered:
        subject = "Message was successfully delivered"
        human = f"Message was successfully delivered to following address:\n\n\t{recipient}\n\n"
    else:
        subject = _SYMPA_SUBJECT.get(status, "Delivery Status Notification: failed")
        human = (f"Impossible to distribute your message for list '{recipient}' for the following reason:\n\n"
                 + _sympa_body(status, recipient.split("@")[0], recipient))
    headers_only = status in ("5.1.1", "5.1.2", "5.2.3", "5.7.0")
    orig = original(name, recipient)
    returned = ("Content-Type: text/rfc822-headers\nContent-Disposition: inline\n\n" + orig + "\n" if headers_only
                else "Content-Type: message/rfc822\nContent-Disposition: inline\nX-Sympa-Attach: yes\n\n"
                + orig + "\nHello, a quick question about your offer.\n")
    bound = f"----------=_1733216400-12345-{name}"
    return (f"From: SYMPA <sympa@{host}>\nTo: seller@example.com\nSubject: {subject}\n"
            f"Message-Id: <sympa.1733216400.12345.{name}@{host}>\nDate: Thu, 3 Dec 2026 09:00:05 +0000\n"
            "Auto-Submitted: auto-replied\nX-Hand-Made: yes (Sympa delivery_status_notification.tt2)\n"
            "MIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; \n\tboundary="{bound}"\n\n'
            f"--{bound}\nContent-Disposition: inline\nContent-Description: Notification\n\n"
            "This is an automatic response sent by Sympa Mailing Lists Manager.\n" + human +
            f"--{bound}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\n"
            "Arrival-Date: Thu, 03 Dec 2026 09:00:04 +0000\n\n"
            f"Final-Recipient: rfc822; {recipient}\nAction: {action}\nStatus: {status}\n"
            f"Remote-MTA: dns; {host}\nDiagnostic-Code: X-Sympa; {diagnostic}\n\n"
            f"--{bound}\n" + returned + f"--{bound}--\n").encode()


# ---------------------------------------------------------------- XMail
_XMAIL_HOST = "mail.example.com"


def xmail(name: str, rcpt: str, reason: str, *, server: str | None = None, note: str | None = None) -> bytes:
    """XMail's error notice to the sender: its own header block (From '<domain> PostMaster',
    Subject 'Error sending message [<spool file>] from [<domain>]', X-MailerServer, X-MailerError),
    no MIME, no DSN part; '[<00>] XMail bounce: Rcpt=[...];Error=[...]', the '[<01>]' identification
    block with 'Server:' when a remote host answered, '[<02>]' the reason, '[<03>] Note:' on a
    temporary-error notice (QueUtNotifyTempErrDelivery), '[<05>]' the original's headers. Its
    envelope sender is the PostMaster address (QueUtTXErrorNotifySender), not the null sender."""
    spool = f"1733216400.4212.{len(name)}.{_XMAIL_HOST}"
    server_line = f"Server:    <{server}> [192.0.2.25]\r\n" if server else ""
    note_block = f"[<03>] Note:\r\n\r\n{note}\r\n\r\n\r\n" if note else ""
    text = (f"Return-Path: <postmaster@{_XMAIL_HOST}>\r\n"
            f"Received: from {_XMAIL_HOST} by seller-mail.example.com; Thu, 3 Dec 2026 10:00:01 +0000\r\n"
            "Date:   Thu, 03 Dec 2026 10:00:00 +0000\r\n"
            f"X-MessageId: <{spool}>\r\nX-SmtpMessageId: <S17A3B4C5D6E-{name}>\r\n"
            f"From: {_XMAIL_HOST} PostMaster <postmaster@{_XMAIL_HOST}>\r\nTo: seller@example.com\r\n"
            f"Subject: Error sending message [{spool}] from [{_XMAIL_HOST}]\r\n"
            "X-MailerServer: XMail 1.27\r\n"
            f"X-MailerError: Message = [{spool}] Server = [{_XMAIL_HOST}]\r\n"
            "X-Hand-Made: yes (XMail QueUtBuildErrorResponse layout)\r\n\r\n"
            f"[<00>] XMail bounce: Rcpt=[{rcpt}];Error=[{reason}]\r\n\r\n\r\n"
            f"[<01>] Error sending message [{spool}] from [{_XMAIL_HOST}].\r\n\r\n"
            f"ID:        <S17A3B4C5D6E-{name}>\r\nMail From: <seller@example.com>\r\nRcpt To:   <{rcpt}>\r\n"
            + server_line + "\r\n\r\n"
            f"[<02>] The reason of the delivery failure was:\r\n\r\n{reason}\r\n\r\n\r\n" + note_block +
            "[<05>] Here is listed the initial part of the message:\r\n\r\n"
            f"Received: from [198.51.100.7] by {_XMAIL_HOST} with [XMail 1.27 ESMTP Server]\r\n"
            f"\tid <S17A3B4C5D6E-{name}> for <{rcpt}> from <seller@example.com>;\r\n"
            "\tThu, 3 Dec 2026 09:00:00 +0000\r\n"
            + original(name, rcpt).replace("\n", "\r\n") + "\r\n")
    return text.encode()


def xmail_retry_note(attempts: int) -> str:
    """The note of XMail's temporary-error notice (SMAILSvr.cpp, the text it hands QueUtNotifyTempErrDelivery)."""
    return ("** This is a temporary error and you do not have to resend the message\r\n"
            "** The system tried to send the message at      : Thu, 03 Dec 2026 10:00:00 +0000\r\n"
            f"** The current number of delivery attempts is   : {attempts}\r\n"
            "** The system will try to resend the message at : Thu, 03 Dec 2026 10:30:00 +0000")


def xmail_2001(name: str, rcpt: str, reason: str) -> bytes:
    """XMail's notice in its 2001 releases (QueueUtils.cpp QueUtBuildErrorRespose(), XMail by Davide
    Libenzi, Copyright 1999-2001): the same header block, then 'Error sending message [...] from
    [...].', the ID / Mail From / Rcpt To block, the reason between '<Failure Reason>' and
    '</Failure Reason>', 'Below is reported the message header:' and the original's headers, each
    line behind '>> '."""
    spool = f"1007370000.3100.{len(name)}.{_XMAIL_HOST}"
    headers = "".join(f">> {line}\r\n" for line in original(name, rcpt).splitlines())
    return (f"Return-Path: <postmaster@{_XMAIL_HOST}>\r\n"
            "Date:   Mon, 03 Dec 2001 10:00:00 +0100\r\n"
            f"X-MessageId: <{spool}>\r\nX-SmtpMessageId: <S3C0B3A2F-{name}>\r\n"
            f"From:   {_XMAIL_HOST} PostMaster <postmaster@{_XMAIL_HOST}>\r\nTo:     seller@example.com\r\n"
            f"Subject: Error sending message [{spool}] from [{_XMAIL_HOST}]\r\n"
            "X-MailerServer: XMail 0.74 (Win32/Ix86)\r\n"
            f"X-MailerError: Message = [{spool}] Server = [{_XMAIL_HOST}]\r\n"
            "X-Hand-Made: yes (XMail 2001 QueUtBuildErrorRespose layout)\r\n\r\n"
            f"Error sending message [{spool}] from [{_XMAIL_HOST}].\r\n\r\n"
            f"ID:        <S3C0B3A2F-{name}>\r\nMail From: <seller@example.com>\r\nRcpt To:   <{rcpt}>\r\n\r\n"
            f"<Failure Reason>\r\n{reason}\r\n</Failure Reason>\r\n\r\n"
            "Below is reported the message header:\r\n\r\n" + headers).encode()
