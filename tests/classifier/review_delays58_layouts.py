"""Review delays58's whole-notice layouts (HAND-MADE, full message bytes) for the generators holdout 50's and 51's
builders do not cover in their delay shapes: an RFC 3464 report with any number of per-recipient blocks (Postfix's,
Sendmail's, Exchange's, Courier's and Stalwart's delay / failure / success reports), and plain-text notices (Exim's
warning to several addresses, qmail's and OpenSMTPD's texts, Zoho's). Each builder cites the layout it follows; rows
cite per row in review_delays58.py. Our side: seller@example.com (Google Workspace) or rep@example.net (Microsoft 365)."""

from __future__ import annotations

import re

from tests.classifier.review_holdout50_layouts import DATE, REP, SELLER

SUBJ = "Quick question about your Q4 logistics"
BODY = "Hi,\n\nDo you have 15 minutes this week to talk about your carrier contracts?\n\nBest,\nSam\n"

SENDMAIL_WARN_SRC = ("sendmail savemail.c errbody() ('THIS IS A WARNING MESSAGE ONLY', '----- The following addresses "
                     "had transient non-fatal errors -----') and queue.c/deliver.c ('Warning: could not send message "
                     "for past %s', 'Warning: message still undelivered after %s', 'Will keep trying until message "
                     "is %s old'), Action: delayed")
STALWART_SRC = ("Stalwart crates/smtp/src/queue/dsn.rs (subjects 'Warning: Delay in message delivery', 'Failed to "
                "deliver message', 'Warning: Temporary and permanent failures during message delivery', 'Successfully "
                "delivered message'; lines '<a> (connection to 'h' failed: ...)', '<a> (host 'h' rejected command ...)'"
                "; Status 4.0.0 / 5.0.0 for errors without a reply)")
OPENSMTPD_SRC = ("OpenSMTPD usr.sbin/smtpd/bounce.c (NOTICE_INTRO, notice_warning 'A message is delayed for more than "
                 "%s', notice_warning2 'only a temporary failure report', notice_error) and queue.c 'Envelope "
                 "expired' (as Sisimai Lhost/OpenSMTPD.pm quotes them)")
COURIER_SRC = ("Courier courierdsn(8) (www.courier-mta.org/courierdsn.html; subject 'WARNING: delayed mail.', "
               "banner 'DELAYS IN DELIVERING YOUR MESSAGE', From 'Courier mail server at', Message-ID <courier.HEX...>,"
               " as Sisimai Lhost/Courier.pm keys on them)")
EXCH_DELAY_SRC = ("Exchange 2010/2013/2016 delay DSN 'Delivery is delayed to these recipients or groups:' / 'This "
                  "message hasn't been delivered yet. Delivery will continue to be attempted.' (cryer.co.uk 'Delivery "
                  "is delayed to these recipients or groups'); Exchange TransportServer.DelayNotificationTimeout "
                  "(learn.microsoft.com, default 4 hours)")
EXCH_RELAY_SRC = ("Exchange 'Relayed:' DSN ('Delivery to these recipients or groups is complete, but no delivery "
                  "notification was sent by the destination server'), Action: relayed (RFC 3464 2.3.3)")
ZOHO_SRC = ("Zoho Mail's own failure notice (Exim-like text, X-ZohoMail header, 'Host not reachable' for a "
            "destination it gave up on: Sisimai Lhost/Zoho.pm, reason expired)")


def _orig_headers(sender: str, to: str, rid: str) -> str:
    return f"From: Sam Seller <{sender}>\nTo: {to}\nSubject: {SUBJ}\nDate: {DATE}\nMessage-ID: <{rid}@example.com>\n"


def rcpt(address: str, action: str, status: str, diag: str | None = None, remote: str | None = None,
         retry: bool | None = None) -> str:
    """One per-recipient block of an RFC 3464 report; Will-Retry-Until on delayed blocks unless told otherwise."""
    out = f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n"
    out += f"Remote-MTA: dns; {remote}\n" if remote else ""
    out += f"Diagnostic-Code: smtp; {diag}\n" if diag else ""
    if retry if retry is not None else action == "delayed":
        out += "Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 +0000\n"
    return out


def report(rid: str, *, frm: str, subject: str, text: str, blocks: list[str], host: str, to_orig: str = "",
           sender: str = SELLER, extra: str = "", auto: str = "auto-replied") -> bytes:
    """An RFC 6522 multipart/report: the human text, message/delivery-status, the original's headers (To: the
    report's recipients unless told)."""
    b = f"=_{rid}_{len(blocks)}"
    to_orig = to_orig or ", ".join(re.findall(r"Final-Recipient: rfc822; (\S+)", "".join(blocks)))
    return (
        f"Return-Path: <>\nFrom: {frm}\nTo: <{sender}>\nDate: {DATE}\nSubject: {subject}\n"
        f"Message-ID: <{rid}.dsn@{host}>\nAuto-Submitted: {auto}\n{extra}MIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
        f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset=us-ascii\n\n{text}\n"
        f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\nArrival-Date: {DATE}\n\n"
        + "\n".join(blocks) + f"\n--{b}\nContent-Type: text/rfc822-headers\n\n"
        + _orig_headers(sender, to_orig, rid) + f"\n--{b}--\n"
    ).encode()


def plain(rid: str, *, frm: str, subject: str, body: str, to_orig: str, sender: str = SELLER, extra: str = "",
          copy_intro: str = "------ This is a copy of the message, including all the headers. ------") -> bytes:
    """A plain-text notice (Exim, qmail, OpenSMTPD, Zoho) with the returned message after `copy_intro`."""
    host = frm.rsplit("@", 1)[-1].rstrip(">")
    return (f"Return-Path: <>\nFrom: {frm}\nTo: {sender}\nDate: {DATE}\nSubject: {subject}\n"
            f"Message-ID: <{rid}.notice@{host}>\n{extra}\n{body}\n{copy_intro}\n\n"
            f"Return-path: <{sender}>\n" + _orig_headers(sender, to_orig, rid) + f"\n{BODY}").encode()


def postfix_text(host: str, lines: list[str], *, delay: bool) -> str:
    """Postfix bounce(8)'s built-in templates (bounce(5)): the failure or the delay-warning preamble."""
    if delay:
        intro = ("####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is "
                 "5 day(s) old.\n")
    else:
        intro = ("I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
                 "recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n")
    return f"This is the mail system at host {host}.\n\n{intro}\n                   The mail system\n\n" + \
        "\n\n".join(lines) + "\n"


def sendmail_text(*, fatal: list[str], transient: list[str], transcript: str, warn_hours: int = 4) -> str:
    """Sendmail's errbody(): the warning banner when only transient errors, the address sections, the transcript."""
    out = ""
    if not fatal:
        out += ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n")
    out += "The original message was received at Tue, 14 Oct 2025 05:10:02 GMT\nfrom relay.example.com [198.51.100.7]\n\n"
    if fatal:
        out += "   ----- The following addresses had permanent fatal errors -----\n" + "\n".join(fatal) + "\n\n"
    if transient:
        out += "   ----- The following addresses had transient non-fatal errors -----\n" + "\n".join(transient) + "\n\n"
    return out + f"   ----- Transcript of session follows -----\n{transcript}\n"


def exch_delay_text(addresses: list[str], *, hours_left: str = "1 days, 19 hours and 53 minutes",
                    server: str = "EXCH02.corp.example.net", last_error: str = "") -> str:
    """Exchange 2013/2016's delay DSN: the user part, then the administrators' part with the last error."""
    who = "\n".join(f"{a} ({a})" for a in addresses)
    admin = (f"\n\nDiagnostic information for administrators:\n\nGenerating server: {server}\n\n"
             + "\n".join(addresses) + f"\n{last_error}\n") if last_error else ""
    return (f"Delivery is delayed to these recipients or groups:\n\n{who}\n\nSubject: {SUBJ}\n\nThis message hasn't "
            "been delivered yet. Delivery will continue to be attempted.\n\nThe server will keep trying to deliver "
            f"this message for the next {hours_left}. You'll be notified if the message can't be delivered by that "
            f"time.{admin}")


def stalwart(rid: str, *, kind: str, delayed: list[str] = (), failed: list[str] = (), delivered: list[str] = (),
             blocks: list[str], host: str = "mail.example.com") -> bytes:
    """Stalwart's DSN (crates/smtp/src/queue/dsn.rs): subject and headings by what the report holds."""
    subject, lead = {
        "delay": ("Warning: Delay in message delivery",
                  "There was a temporary problem delivering your message to the following recipients:"),
        "fail": ("Failed to deliver message", "Your message could not be delivered to the following recipients:"),
        "ok": ("Successfully delivered message", "Your message has been successfully delivered to the following "
               "recipients:"),
        "mixed": ("Warning: Temporary and permanent failures during message delivery",
                  "Your message could not be delivered to some recipients:"),
    }[kind]
    text = lead + "\n\n"
    if kind == "mixed":
        text += ("    ----- There was a temporary problem delivering to these addresses -----\n" + "".join(delayed)
                 + "\n    ----- Delivery to the following addresses failed -----\n" + "".join(failed))
    else:
        text += "".join(delayed or failed or delivered)
    return report(rid, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", subject=subject, text=text,
                  blocks=blocks, host=host, auto="auto-generated")


OPENSMTPD_INTRO = "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n"


def opensmtpd_warning(rid: str, lines: list[str], *, after: str = "4 hours", kept: str = "4 days",
                      host: str = "mail.example.org") -> bytes:
    body = (OPENSMTPD_INTRO + f"    A message is delayed for more than {after} for the following\n    list of "
            "recipients:\n\n" + "\n".join(lines) + "\n\n    Please note that this is only a temporary failure report.\n"
            f"    The message is kept in the queue for up to {kept}.\n    You DO NOT NEED to re-send the message to "
            "these recipients.\n")
    return plain(rid, frm=f"Mailer Daemon <MAILER-DAEMON@{host}>", subject="Delivery status notification: warning",
                 body=body, to_orig=", ".join(x.split(":")[0] for x in lines),
                 copy_intro="    Below is a copy of the original message:")


def opensmtpd_error(rid: str, lines: list[str], *, host: str = "mail.example.org") -> bytes:
    body = (OPENSMTPD_INTRO + "    An error has occurred while attempting to deliver a message for\n    the following "
            "list of recipients:\n\n" + "\n".join(lines) + "\n")
    return plain(rid, frm=f"Mailer Daemon <MAILER-DAEMON@{host}>", subject="Delivery status notification: error",
                 body=body, to_orig=", ".join(x.split(":")[0] for x in lines),
                 copy_intro="    Below is a copy of the original message:")


def exim_warn_many(rid: str, entries: list[tuple[str, str]], *, host: str = "mx1.example-hosting.net") -> bytes:
    """Exim's default warn_message for several addresses ('The addresses to which the message has not yet been
    delivered are:'), each with its 'Delay reason:'."""
    listing = "\n".join(f"  {a}\n    Delay reason: {why}" for a, why in entries)
    body = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet "
            f"been delivered to one or more of its\nrecipients after more than 24 hours on the queue on {host}.\n\n"
            f"The message identifier is:     1v8Xyz-{rid}-2Q\nThe subject of the message is: {SUBJ}\n"
            f"The date of the message is:    {DATE}\n\nThe addresses to which the message has not yet been "
            f"delivered are:\n\n{listing}\n\nNo action is required on your part. Delivery attempts will continue "
            "for\nsome time, and this warning may be repeated at intervals if the message\nremains undelivered. "
            "Eventually the mail delivery software will give up,\nand when that happens, the message will be "
            "returned to you.\n")
    return plain(rid, frm=f"Mail Delivery System <Mailer-Daemon@{host}>", to_orig=", ".join(a for a, _ in entries),
                 body=body,
                 subject=f"Warning: message 1v8Xyz-{rid}-2Q delayed 24 hours", extra="Auto-Submitted: auto-replied\n")


def qmail_many(rid: str, entries: list[tuple[str, str]], *, host: str = "mail.example-isp.net") -> bytes:
    """qmail-send's bounce with one paragraph per failed address (qmail-send.c)."""
    listing = "\n\n".join(f"<{a}>:\n{why}" for a, why in entries)
    body = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"{listing}\n")
    return plain(rid, frm=f"MAILER-DAEMON@{host}", subject="failure notice", body=body,
                 to_orig=", ".join(a for a, _ in entries), copy_intro="--- Below this line is a copy of the message.")


def courier(rid: str, *, banner: str, prose: str, entries: list[str], blocks: list[str],
            host: str = "mail.example-coop.org") -> bytes:
    """Courier's DSN (courierdsn): the banner between rules, the per-address transcript, the RFC 3464 part."""
    rule = "                   " + "-" * 57
    text = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.1.\n\n"
            f"The original message was received on {DATE}\nfrom relay.example.com (198.51.100.7)\n\n{rule}\n"
            f"{banner:^95}".rstrip() + f"\n{rule}\n\n{prose}\n\n" + "\n\n".join(entries) + "\n")
    subject = "WARNING: delayed mail." if "DELAY" in banner else "NOTICE: mail delivery status."
    return report(f"courier.{rid}", frm=f"Courier mail server at {host} <@>", subject=subject, text=text,
                  blocks=blocks, host=host)


__all__ = ["REP", "SELLER"]
