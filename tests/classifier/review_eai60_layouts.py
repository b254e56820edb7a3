"""Review eai60's notice builders and source citations (review_eai60.py's rows use them).

The rows probe WHICH ADDRESS a notice names as failed when the address itself is written in a hard form, so the
builders let every place an address stands be set apart: the DSN's Final-Recipient and Original-Recipient (with
their address type: rfc822, utf-8, x400), X-Failed-Recipients as raw header text (folded, encoded), the human text,
and the returned original's To header. The frames follow review_holdout50_layouts.py's generators (Postfix bounce(8),
Exim deliver.c, Sendmail, Gmail, Exchange Online), the DSN parts RFC 3464 / RFC 6533."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER

# Where the words and frames come from.
RFC3464 = "RFC 3464 §2.3.1 (Original-Recipient: the address the sender gave, ORCPT) and §2.3.2 (Final-Recipient)"
RFC3461 = "RFC 3461 §4.2 (ORCPT's xtext: '+' written '+2B', any byte '+XX') and §5.2.1"
RFC6533 = ("RFC 6533 §3 (address type 'utf-8': utf-8-addr-xtext / utf-8-addr-unitext, a non-ASCII character written "
           "'\\x{HEXPOINT}' in a message/delivery-status) and §6 (message/global-delivery-status, UTF-8 as it stands)")
RFC6531 = ("RFC 6531 §3.7.4.1 ('553 5.6.7 ... Non-ASCII addresses not permitted for that sender/recipient': the "
           "SMTPUTF8 capability missing, no statement about the mailbox)")
RFC6533_69 = ("RFC 6533 §7 (IANA: enhanced status codes X.6.8-X.6.10); X.6.9 ('UTF-8 header message cannot be transferred "
              "to one or more recipients so the message must be rejected') and X.6.8/X.6.10")
RFC5321_ROUTE = ("RFC 5321 §4.1.1.3 and Appendix C (a source route '@a,@b:user@c' is to be ignored; the mailbox is "
                 "user@c)")
RFC5321_QUOTED = "RFC 5321 §4.1.2 (Quoted-string local part: \"john doe\"@domain is one mailbox)"
RFC2047 = "RFC 2047 §5 (3) (an encoded-word never appears in an addr-spec; only in a display name)"
RFC5890 = "RFC 5890 §2.3.2.1 (a U-label and its xn-- A-label are one domain name)"
PF_SRC = ("Postfix src/bounce/bounce_notify_util.c (the '<addr> (expanded from <alias>): ...' line; message/global-"
          "delivery-status and 'utf-8;' address types for an SMTPUTF8 message) + bounce(5) template")
PF_U8 = ("Postfix src/smtp/smtp_proto.c ('SMTPUTF8 is required, but was not offered by host %s', dsn 5.6.7; "
         "SMTPUTF8_README)")
PF_SMTPD_U8 = "Postfix src/smtpd/smtpd.c ('553 5.6.7 Must declare SMTPUTF8 to send unicode address')"
PF_PERCENT = ("Postfix postconf(5) allow_percent_hack / smtpd.c permit_auth_destination ('554 5.7.1 <user%domain@"
              "host>: Relay access denied' when the percent route leaves the host's domains)")
EXIM_SRC = ("Exim src/src/deliver.c (bounce text, X-Failed-Recipients, 'The following address(es) failed:', "
            "'(generated from alias)' under a redirected address)")
EXIM_U8 = "Exim src/src/transports/smtp.c (ERRNO_UTF8_FWD: 'utf8 support required but not offered for forwarding')"
SENDMAIL_SRC = ("sendmail savemail.c/deliver.c ('----- The following addresses had permanent fatal errors -----', "
                "'(expanded from: <alias>)', X-Actual-Recipient)")
CHASQUID = ("chasquid internal/queue/dsn.go (message/global-delivery-status, 'Original-Recipient: utf-8; ...' and "
            "'Final-Recipient: utf-8; ...' per recipient, 'Delivery of your message to the following recipient(s) "
            "failed permanently:')")
GMAIL_SRC = ("Gmail's own DSN (review_holdout50_layouts.gmail); Google 'Gmail SMTP errors and codes' "
             "(support.google.com/a/answer/3726730: '553 5.1.2 We weren't able to find the recipient domain ... "
             "periods, or other punctuation after the recipient's email address', '553 5.1.3 The recipient address "
             "<address> is not a valid RFC 5321 address')")
EXO_SRC = ("Exchange Online NDR (review_holdout50_layouts.exo); learn.microsoft.com 'Email non-delivery reports and SMTP "
           "errors in Exchange Online' (5.1.1 / 5.1.10 RESOLVER.ADR.RecipientNotFound)")
EXO_PLUS = ("learn.microsoft.com 'Plus addressing in Exchange Online' (user+tag@domain delivered to user@domain's "
            "mailbox once plus addressing is on)")
QMAIL_SRC = ("qmail-send.c bounce; qmail-local.c ('Sorry, no mailbox here by that name. (#5.1.1)'); dot-qmail(5): "
             "'-' extensions (user-ext@)")
GOSMTP = ("a Go SMTP server's RCPT check (server.go handleRcpt: '553 5.6.7 Address contains non-ASCII characters but "
          "SMTPUTF8 not supported'), found by the code search")

PF_INTRO = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
            "send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
            "text from the attached returned message.\n\n                   The mail system\n\n")
SM_INTRO = ("The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\nfrom relay.example.com [198.51.100.7]"
            "\n\n   ----- The following addresses had permanent fatal errors -----\n")
EXIM_INTRO = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
              "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
              "failed:\n\n")
_BODY = "Hi,\n\nDo you have 15 minutes this week to talk about your carrier contracts?\n\nBest,\nSam\n"


def original(to: str, rid: str, *, frm: str = SELLER, cc: str = "") -> str:
    """The returned sales e-mail; `to` is the To header's value exactly as written (folded, encoded, UTF-8)."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"From: Sam Seller <{frm}>\nTo: {to}\n{cc_line}Subject: Quick question about your Q4 logistics\n"
            f"Date: Tue, 14 Oct 2025 09:10:02 +0000\nMessage-ID: <{rid}@example.com>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=UTF-8\n\n{_BODY}")


def rcpt(final: str | None, status: str, diag: str | None, *, orig: str | None = None, action: str = "failed",
         remote: str | None = "mx.partner.example", extra: str = "") -> str:
    """One per-recipient block; `final` / `orig` are whole field values ('rfc822; a@b', 'utf-8; ...')."""
    out = f"Final-Recipient: {final}\n" if final else ""
    out += f"Original-Recipient: {orig}\n" if orig else ""
    out += f"Action: {action}\nStatus: {status}\n"
    out += f"Remote-MTA: dns; {remote}\n" if remote else ""
    out += f"Diagnostic-Code: smtp; {diag}\n" if diag else ""
    return out + extra


def report(rid: str, *, frm: str, subject: str, text: str, blocks: list[str], orig: str, glob: bool = False,
           headers_only: bool = False, reporting: str = "mail.example.com", extra: str = "",
           per_message: str = "") -> bytes:
    """A multipart/report: the human text, the status part (message/global-delivery-status when `glob`, RFC 6533
    §6), the returned original (message/global when `glob`, or its headers only)."""
    status_type = "message/global-delivery-status" if glob else "message/delivery-status"
    if headers_only:
        orig_type, orig = ("message/global-headers" if glob else "text/rfc822-headers"), orig.split("\n\n")[0] + "\n"
    else:
        orig_type = "message/global" if glob else "message/rfc822"
    cte = "Content-Transfer-Encoding: 8bit\n"
    return (
        f"Return-Path: <>\nFrom: {frm}\nTo: {SELLER}\nDate: {DATE}\nSubject: {subject}\n{extra}"
        f"Message-ID: <{rid}.dsn@{reporting}>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"e60{rid}\"\n\n"
        f"This is a MIME-encapsulated message.\n\n--e60{rid}\nContent-Description: Notification\n"
        f"Content-Type: text/plain; charset=utf-8\n{cte}\n{text}\n"
        f"--e60{rid}\nContent-Description: Delivery report\nContent-Type: {status_type}\n{cte}\n"
        f"Reporting-MTA: dns; {reporting}\n{per_message}Arrival-Date: {DATE}\n\n" + "\n".join(blocks) + "\n"
        f"--e60{rid}\nContent-Description: Undelivered Message\nContent-Type: {orig_type}\n{cte}\n{orig}\n"
        f"--e60{rid}--\n").encode()


def pf(rid: str, lines: str, blocks: list[str], to: str, *, glob: bool = False) -> bytes:
    """Postfix's bounce(8) failure notice: `lines` are its '<addr>: why' paragraphs."""
    return report(rid, frm="MAILER-DAEMON@mail.example.com (Mail Delivery System)",
                  subject="Undelivered Mail Returned to Sender", text=PF_INTRO + lines, blocks=blocks,
                  orig=original(to, rid), glob=glob, per_message=f"X-Postfix-Queue-ID: 4C1B3{rid}\n"
                  f"X-Postfix-Sender: rfc822; {SELLER}\n")


def said(a: str, reply: str, *, mx: str = "mx.partner.example", expanded: str = "", cmd: str = "RCPT TO") -> str:
    """Postfix's '<a> (expanded from <alias>): host mx[ip] said: reply (in reply to RCPT TO command)' paragraph."""
    exp = f" (expanded from\n    <{expanded}>)" if expanded else ""
    return f"<{a}>{exp}: host {mx}[203.0.113.25] said: {reply} (in\n    reply to {cmd} command)\n\n"


def exim_plain(rid: str, xfailed: str, entries: str, to: str, *, host: str = "mx1.example-hosting.net") -> bytes:
    """Exim's plain bounce; `xfailed` is X-Failed-Recipients' raw value (folding kept), `entries` the indented
    address paragraphs under the intro."""
    return (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            f"X-Failed-Recipients: {xfailed}\nSubject: Mail delivery failed: returning message to sender\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <E1v8Xz{rid}@{host}>\nDate: {DATE}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{EXIM_INTRO}{entries}\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{SELLER}>\n" + original(to, rid)).encode()


def exim_entry(a: str, reply: str, *, rcpt_to: str | None = None, generated: str = "",
               mx: str = "mx.partner.example") -> str:
    gen = f"    (generated from {generated})\n" if generated else ""
    return (f"  {a}\n{gen}    host {mx} [203.0.113.30]\n    SMTP error from remote mail server after RCPT TO:"
            f"<{rcpt_to or a}>:\n    {reply}\n\n")


def sendmail_notice(rid: str, a: str, reply: str, blocks: list[str], to: str, *, expanded: str = "") -> bytes:
    exp = f"    (expanded from: <{expanded}>)\n" if expanded else ""
    text = (SM_INTRO + f"<{a}>\n    (reason: {reply})\n{exp}\n   ----- Transcript of session follows -----\n"
            f"... while talking to mx.partner.example.:\n>>> RCPT To:<{a}>\n<<< {reply}\n")
    return report(rid, frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.org>",
                  subject="Returned mail: see transcript for details", text=text, blocks=blocks,
                  orig=original(to, rid), reporting="smtp.example.org")


def plain_notice(rid: str, frm: str, subject: str, body: str, to: str) -> bytes:
    """A gateway's or a small server's plain-text notice with the original attached as text below a marker."""
    return (f"From: {frm}\nTo: {SELLER}\nDate: {DATE}\nSubject: {subject}\nMessage-ID: <{rid}.n@gw.partner.example>\n"
            "Auto-Submitted: auto-generated\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{body}\n\n--- Original message follows ---\n\n"
            + original(to, rid)).encode()
