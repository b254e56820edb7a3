"""Notice layouts for the fiftieth review (review_notices50.py: the failed recipients, exactly).
A bare RFC 3464 report whose per-recipient blocks the row writes field by field (the address
forms under review), OpenSMTPD's bounce, an Exchange NDR whose text names recipients by display
name, and a plain-text notice with its own lead sentence. The Postfix, Exim, Sendmail and qmail
layouts are review 14's (review_notices14_layouts.py). All HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"
NEUTRAL = ("I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n")


def headers(name: str, to: str, cc: str = "", subject: str = "Quick question") -> str:
    """The returned original's headers."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"From: Seller <{SELLER}>\nTo: {to}\n{cc_line}Subject: {subject}\n"
            f"Message-ID: <review50-{name}@example.com>\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n")


def block(final: str, action: str = "failed", status: str = "5.1.1", *, orig: str | None = None,
          diag: str | None = "smtp; 550 5.1.1 User unknown", extra: str = "", remote: str | None = "mx.example.org",
          final_field: str = "Final-Recipient") -> str:
    """One per-recipient block of RFC 3464 §2.3 (`final` and `orig` are the whole field values,
    address type included: the forms under review)."""
    return ((f"Original-Recipient: {orig}\n" if orig else "") + f"{final_field}: {final}\nAction: {action}\n"
            f"Status: {status}\n" + (f"Remote-MTA: dns; {remote}\n" if remote else "")
            + (f"Diagnostic-Code: {diag}\n" if diag else "") + extra)


def report(name: str, blocks: list[str], *, text: str = NEUTRAL, to: str = "lead@example.org", cc: str = "",
           subject: str = "Undelivered Mail Returned to Sender", host: str = "mail.example.com",
           sender: str = "MAILER-DAEMON@mail.example.com (Mail Delivery System)", xfr: str | None = None,
           kind: str = "message/delivery-status", top: str = "", orig_subject: str = "Quick question",
           per_message: str = "") -> bytes:
    """A multipart/report (RFC 3462) with a text part, a delivery-status part of the given blocks
    after the per-message fields (RFC 3464 §2.2), and the original's headers."""
    xfr_line = f"X-Failed-Recipients: {xfr}\n" if xfr is not None else ""
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\n{xfr_line}{top}Auto-Submitted: auto-replied\n"
            f"Message-Id: <r50-{name}@{host}>\nX-Hand-Made: yes (RFC 3464 report, review 50)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="R50"\n\n'
            f"--R50\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--R50\nContent-Type: {kind}\n\nReporting-MTA: dns; {host}\n{per_message}"
            "Arrival-Date: Thu, 3 Dec 2026 10:00:00 +0000\n\n" + "\n".join(blocks) + "\n"
            "--R50\nContent-Type: text/rfc822-headers\n\n" + headers(name, to, cc, orig_subject) + "\n--R50--\n").encode()


def opensmtpd(name: str, lines: list[str], *, to: str, warning: bool = False) -> bytes:
    """OpenSMTPD's bounce (usr.sbin/smtpd/bounce.c: NOTICE_INTRO, notice_error or notice_warning,
    one '%s: %s' line per recipient, '    Below is a copy of the original message:'; Subject
    'Delivery status notification: %s')."""
    lead = ("    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\n"
            if warning else
            "    An error has occurred while attempting to deliver a message for\n"
            "    the following list of recipients:\n\n")
    tail = ("    Please note that this is only a temporary failure report.\n"
            "    The message is kept in the queue for up to 4 days.\n"
            "    You DO NOT NEED to re-send the message to these recipients.\n\n") if warning else ""
    return ("From: Mailer Daemon <MAILER-DAEMON@mta.example.com>\nTo: seller@example.com\n"
            f"Subject: Delivery status notification: {'delayed' if warning else 'failed'}\n"
            f"Message-Id: <r50-{name}@mta.example.com>\nX-Hand-Made: yes (OpenSMTPD bounce.c, review 50)\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n" + lead
            + "".join(f"{line}\n" for line in lines) + "\n" + tail
            + "    Below is a copy of the original message:\n\n" + headers(name, to) + "\nHello.\n").encode()


def exchange(name: str, names: list[str], blocks: list[str] | None, *, to: str, cc: str = "",
             subject: str = "Undeliverable: Quick question", orig_subject: str = "Quick question") -> bytes:
    """Exchange's NDR (Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange
    Online', the 2010-2013 layout 'Delivery has failed to these recipients or groups:'): each
    recipient as its display name, the address only in the DSN part (`blocks`) or, with no DSN
    part, only in the returned original's To/Cc."""
    listed = "".join(f"{n}\nThe email address you entered couldn't be found. Please check the recipient's email "
                     "address and try to resend the message. If the problem continues, please contact your "
                     "helpdesk.\n\n" for n in names)
    text = ("Delivery has failed to these recipients or groups:\n\n" + listed
            + "Diagnostic information for administrators:\n\nGenerating server: EX01.corp.example.com\n")
    head = ("From: Microsoft Exchange <postmaster@corp.example.com>\nTo: seller@example.com\n"
            f"Subject: {subject}\nMessage-ID: <r50-{name}@EX01.corp.example.com>\nX-MS-Exchange-Message-Is-Ndr: \n"
            "Auto-Submitted: auto-replied\nX-Hand-Made: yes (Exchange NDR, review 50)\nMIME-Version: 1.0\n")
    orig = headers(name, to, cc, orig_subject)
    if blocks is None:
        return (head + 'Content-Type: multipart/mixed; boundary="E50"\n\n'
                f"--E50\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
                f"--E50\nContent-Type: message/rfc822\n\n{orig}\nHello.\n--E50--\n").encode()
    return (head + 'Content-Type: multipart/report; report-type=delivery-status; boundary="E50"\n\n'
            f"--E50\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
            "--E50\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EX01.corp.example.com\n\n"
            + "\n".join(blocks) + f"\n--E50\nContent-Type: text/rfc822-headers\n\n{orig}\n--E50--\n").encode()


def plain(name: str, subject: str, body: str, *, to: str, sender: str = "MAILER-DAEMON@mail.example.com",
          xfr: str | None = None) -> bytes:
    """A one-part notice: the server's own words in `body`, then the returned original."""
    xfr_line = f"X-Failed-Recipients: {xfr}\n" if xfr is not None else ""
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\n{xfr_line}Auto-Submitted: auto-replied\n"
            f"Message-Id: <r50-{name}@mail.example.com>\nX-Hand-Made: yes (review 50)\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body
            + "\n------ This is a copy of the message's headers. ------\n\n" + headers(name, to)).encode()


def exchange2003(name: str, entries: list[tuple[str, str, str]], *, to: str, cc: str = "") -> bytes:
    """Exchange Server 2003's NDR (Microsoft KB 284204 'Delivery status notifications in Exchange
    Server and in Small Business Server'): 'Your message did not reach some or all of the intended
    recipients.', the original's Subject and Sent, 'The following recipient(s) cannot be reached:',
    each recipient by display name '%s on %s', its text and '<%s #%s>'; the address only in the
    returned original (`entries`: display name, text, status)."""
    listed = "".join(f"      {n} on 12/3/2026 10:00 AM\n            {t}\n            <EX01.corp.example.com #{s}>\n\n"
                     for n, t, s in entries)
    return ("From: System Administrator <postmaster@corp.example.com>\nTo: seller@example.com\n"
            f"Subject: Undeliverable: Quick question\nMessage-ID: <r50-{name}@EX01.corp.example.com>\n"
            "X-Hand-Made: yes (Exchange 2003 NDR, review 50)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="E03"\n\n'
            "--E03\nContent-Type: text/plain; charset=us-ascii\n\n"
            "Your message did not reach some or all of the intended recipients.\n\n"
            "      Subject:\tQuick question\n      Sent:\t12/3/2026 10:00 AM\n\n"
            f"The following recipient(s) cannot be reached:\n\n{listed}"
            f"--E03\nContent-Type: message/rfc822\n\n{headers(name, to, cc)}\nHello.\n--E03--\n").encode()


def sendmail_warning(name: str, paddr: str, reason: str, *, to: str) -> bytes:
    """Sendmail's delay warning (savemail.c errbody with the 'Warning: could not send message for
    past %s' subject of conf.c's Timeout.queuewarn; '----- The following addresses had transient
    non-fatal errors -----'; the DSN part's 'Action: delayed')."""
    return (f"From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.org>\nTo: <{SELLER}>\n"
            "Subject: Warning: could not send message for past 4 hours\nAuto-Submitted: auto-generated (warning-timeout)\n"
            f"Message-Id: <r50-{name}@mail.example.org>\nX-Hand-Made: yes (Sendmail warning, review 50)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="SW50"\n\n'
            "--SW50\n\n    **********************************************\n"
            "    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
            "    **********************************************\n\n"
            "The original message was received at Thu, 3 Dec 2026 10:00:00 +0000\nfrom localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had transient non-fatal errors -----\n{paddr}\n    (reason: {reason})\n\n"
            "   ----- Transcript of session follows -----\n"
            f"{paddr}... Deferred: {reason}\nWarning: message still undelivered after 4 hours\n"
            "Will keep trying until message is 5 days old\n\n"
            "--SW50\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\n"
            f"Final-Recipient: RFC822; {paddr.strip('<>')}\nAction: delayed\nStatus: 4.4.1\n"
            f"Will-Retry-Until: Mon, 7 Dec 2026 10:00:00 +0000\n\n--SW50\nContent-Type: text/rfc822-headers\n\n"
            f"{headers(name, to)}\n--SW50--\n").encode()
