"""Whole-notice layouts for review recipients45 (review_recipients45.py, review_recipients45_more.py): the FAILED-
RECIPIENT SET a notice names, each builder after its generator's own source or document (named in its docstring),
written so a notice can carry several recipients (failed, delayed, delivered), display names, alias expansions, and
a returned original whose headers and body name many other addresses (Cc, a quoted reply, a signature, our own
sender). All HAND-MADE. The MIME helpers are review layouts42's (review_layouts42_layouts.py)."""

from __future__ import annotations

from tests.classifier.review_layouts42_layouts import message, multipart, plain_part, text_part

SELLER = "seller@example.com"
LEAD = "lead@partner.example"
KIM = "kim@partner.example"
LEE = "lee@other-partner.example"
# The returned original's body: a quoted reply, a colleague and a CFO named in the text, our own addresses in the
# signature and a list-unsubscribe address: none of them was a recipient of the mail that bounced.
BODY = ("Hi Lena,\n\nfollowing up on our call. I've copied Jane (jane.doe@partner.example) for the numbers.\n"
        "If you prefer, reply to sales@example.com or write to my colleague max.mustermann@example.com.\n\n"
        "On Tue, 1 Dec 2026 at 10:12, Lena Lead <lead@partner.example> wrote:\n"
        "> Please also include procurement@partner.example and old.lead@partner-old.example.\n"
        "> Our CFO is cfo@partner.example.\n\n--\nSam Seller | Example Corp\nseller@example.com | +1 555 0100\n"
        "Unsubscribe: unsub+lead=partner.example@example.com\n")
DATE = "Mon, 7 Dec 2026 09:00:00 +0000"


def original(name: str, to: str, *, cc: str = "", body: str = BODY, headers_only: bool = False,
             extra: str = "") -> str:
    """Our seller's mail to `to` (and `cc`), with `body` unless `headers_only`; `extra` more header lines."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    head = (f"Return-Path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\nTo: {to}\n{cc_line}Reply-To: Sales "
            f"<sales@example.com>\nSubject: Quick question\nMessage-ID: <r45-{name}@example.com>\nDate: {DATE}\n"
            f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")
    return head if headers_only else head + "\n" + body


def _returned(name: str, to: str, cc: str, body: str, headers_only: bool) -> tuple[str, bytes]:
    if headers_only:
        return plain_part("text/rfc822-headers", original(name, to, cc=cc, headers_only=True))
    return plain_part("message/rfc822", original(name, to, cc=cc, body=body))


def report(name: str, head: str, text: str, fields: str | None, *, to: str, cc: str = "", body: str = BODY,
           headers_only: bool = False, mark: str, status_type: str = "message/delivery-status") -> bytes:
    """A multipart/report (RFC 3462) of the text, the status fields (none: multipart/mixed) and the original."""
    parts = [text_part(text)]
    if fields is not None:
        parts.append((f"Content-Type: {status_type}\n", fields.encode("utf-8")))
    parts.append(_returned(name, to, cc, body, headers_only))
    kind = "multipart/report; report-type=delivery-status" if fields is not None else "multipart/mixed"
    return message(head, multipart(kind, f"r45-{name}", parts), mark=mark)


def flat(head: str, text: str, *, mark: str) -> bytes:
    """A single text/plain notice (the original, when returned, is part of `text`)."""
    return message(head, text_part(text), mark=mark)


def fields(host: str, blocks: list[str]) -> str:
    return f"Reporting-MTA: dns; {host}\nArrival-Date: {DATE}\n\n" + "\n".join(blocks)


def rcpt(final: str, action: str, status: str, diag: str | None = None, *, orig: str | None = None,
         remote: str | None = "mx.partner.example", extra: str = "") -> str:
    """One RFC 3464 per-recipient block."""
    lines = [f"Original-Recipient: {orig}"] if orig else []
    lines += [f"Final-Recipient: {final}", f"Action: {action}", f"Status: {status}"]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    if diag:
        lines.append(f"Diagnostic-Code: smtp; {diag}")
    return "\n".join(lines) + "\n" + extra


def head(sender: str, subject: str, name: str, extra: str = "") -> str:
    return f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <r45n-{name}@notice.example>\n{extra}"


# ---- Postfix: bounce_template.c's default failure text, bounce_notify_util.c's per-recipient lines ---------------
PF_INTRO = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete "
            "your own text from the attached returned message.\n\n                   The mail system\n\n")


def postfix(name: str, lines: str, blocks: list[str], *, to: str, cc: str = "", body: str = BODY,
            headers_only: bool = False) -> bytes:
    """Postfix bounce(8)'s failure notice (src/bounce/bounce_template.c, bounce_notify_util.c: '<%s>: %s' or
    '<%s> (expanded from <%s>): %s' per recipient, X-Postfix-Sender, the returned message or its headers)."""
    fld = (f"Reporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: 4R{name}\nX-Postfix-Sender: rfc822; {SELLER}\n"
           f"Arrival-Date: {DATE}\n\n" + "\n".join(blocks))
    return report(name, head("MAILER-DAEMON@mail.example.com (Mail Delivery System)", "Undelivered Mail Returned "
                             "to Sender", name, "Auto-Submitted: auto-replied\n"), PF_INTRO + lines, fld, to=to,
                  cc=cc, body=body, headers_only=headers_only, mark="Postfix bounce(8)")


# ---- Exim: src/src/deliver.c's bounce ---------------------------------------------------------------------------
def exim(name: str, entries: str, failed: list[str], *, to: str, cc: str = "", dsn: list[str] | None = None,
         body: str = BODY, headers_only: bool = False, host: str = "mail.example.net") -> bytes:
    """Exim's bounce (src/src/deliver.c: X-Failed-Recipients, 'This message was created automatically by mail
    delivery software.', 'A message that you sent could not be delivered to one or more of its\\nrecipients. This is
    a permanent error. The following address(es) failed:', each address by print_address_information ('  %s',
    '\\n    (generated from %s)', 'pipe to %s\\n    generated by %s'), then the DSN part when `dsn`, and '------ This
    is a copy of the message, including all the headers. ------' or '... the message's headers. ------')."""
    hdr = head(f"Mail Delivery System <Mailer-Daemon@{host}>", "Mail delivery failed: returning message to sender",
               name, "X-Failed-Recipients: " + ",\n  ".join(failed) + "\nAuto-Submitted: auto-replied\n")
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n{entries}\n")
    if dsn is None:
        copy = ("------ This is a copy of the message's headers. ------\n\n" if headers_only else
                "------ This is a copy of the message, including all the headers. ------\n\n")
        return flat(hdr, text + copy + original(name, to, cc=cc, body=body, headers_only=headers_only),
                    mark="Exim deliver.c bounce")
    return report(name, hdr, text, f"Reporting-MTA: dns; {host}\n\n" + "\n".join(dsn), to=to, cc=cc, body=body,
                  headers_only=headers_only, mark="Exim deliver.c bounce with DSN")


# ---- Sendmail: sendmail/savemail.c errbody ----------------------------------------------------------------------
def sendmail(name: str, sections: str, transcript: str, blocks: list[str], *, to: str, cc: str = "",
             body: str = BODY, headers_only: bool = True, subject: str = "Returned mail: see transcript for details",
             host: str = "mail.example.org") -> bytes:
    """Sendmail's DSN (sendmail/savemail.c errbody: 'The original message was received at %s\\nfrom %s', the
    sections '   ----- The following addresses had permanent fatal errors -----', '... had transient non-fatal
    errors -----', '... had successful delivery notifications -----' ('%s  (%s)', '    (reason: %s)', '    (expanded
    from: %s)'), '   ----- Transcript of session follows -----', then Final-Recipient / X-Actual-Recipient blocks)."""
    text = (f"The original message was received at {DATE}\nfrom client.example.com [192.0.2.10]\n\n{sections}\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n")
    return report(name, head(f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", subject, name,
                             "Auto-Submitted: auto-generated (failure)\n"), text, fields(host, blocks), to=to, cc=cc,
                  body=body, headers_only=headers_only, mark="Sendmail savemail.c errbody")


# ---- qmail: qmail-send.c's bounce; Haraka's outbound.bounce_message copies its words ------------------------------
QMAIL = ("Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message to the "
         "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n")


def qmail(name: str, paragraphs: str, *, to: str, cc: str = "", body: str = BODY, host: str = "mx.partner.example"
          ) -> bytes:
    """qmail-send.c's bounce ('<%s>:' then the report per address, '--- Below this line is a copy of the
    message.')."""
    return flat(head(f"MAILER-DAEMON@{host}", "failure notice", name), QMAIL.format(host=host) + paragraphs +
                "--- Below this line is a copy of the message.\n\n" + original(name, to, cc=cc, body=body),
                mark="qmail-send.c bounce")


def haraka(name: str, recipients: str, reason: str, *, to: str, cc: str = "", host: str = "out.example.com") -> bytes:
    """Haraka's bounce (haraka/Haraka config/outbound.bounce_message: 'Hi. This is the Haraka Mailer program at
    {me}.', 'Intended Recipients: {recipients}', 'Failure Reason: {reason}', '--- Below this line is a copy of the
    message.')."""
    text = (f"Hi. This is the Haraka Mailer program at {host}.\nI'm afraid I wasn't able to deliver your message to "
            "the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"Intended Recipients: {recipients}\nFailure Reason: {reason}\n\n--- Below this line is a copy of the "
            "message.\n\n" + original(name, to, cc=cc))
    return flat(head(f"MAILER-DAEMON@{host}", "failure notice", name, f"Received: (Haraka 4711 invoked for bounce); "
                     f"{DATE}\n"), text, mark="Haraka outbound.bounce_message")


# ---- Courier: courier/module.dsn (courier-mta.org/courierdsn.html) -------------------------------------------------
def courier(name: str, sections: str, blocks: list[str], *, to: str, cc: str = "", host: str = "mail.partner.example"
            ) -> bytes:
    """Courier's DSN (Subject 'NOTICE: mail delivery status.', 'This is a delivery status notification from %s,
    running the Courier mail server', the 'UNDELIVERABLE MAIL' / 'DELAYED MAIL' banners, '<addr>:' with the indented
    SMTP dialogue)."""
    text = (f"This is a delivery status notification from {host},\nrunning the Courier mail server, version 1.1.\n\n"
            f"The original message was received on {DATE}\nfrom client.example.com [192.0.2.10]\n\n{sections}")
    return report(name, head(f"Courier mail server at {host} <@>", "NOTICE: mail delivery status.", name), text,
                  fields(host, blocks), to=to, cc=cc, headers_only=True, mark="Courier DSN")


def courier_banner(title: str) -> str:
    rule = "                        ---------------------------------\n"
    return f"{rule}\n                           {title}\n\n{rule}\n"


# ---- OpenSMTPD: smtpd/bounce.c -------------------------------------------------------------------------------------
def opensmtpd(name: str, lines: str, *, to: str, cc: str = "", delayed: bool = False,
              host: str = "mail.example.net") -> bytes:
    """OpenSMTPD's bounce (OpenSMTPD/OpenSMTPD smtpd/bounce.c v1.56: Subject 'Delivery status notification: %s'
    ('error' or 'warning'), NOTICE_INTRO '    Hi!' / '    This is the MAILER-DAEMON, please DO NOT REPLY to this
    e-mail.', notice_error '    An error has occurred while attempting to deliver a message for\\n    the following
    list of recipients:' or notice_warning '    A message is delayed for more than %s for the following\\n    list
    of recipients:' (then notice_warning2), one '%s@%s: %s' line per envelope, '    Below is a copy of the original
    message:')."""
    intro = ("    A message is delayed for more than 4 hours for the following\n    list of recipients:\n\n" if delayed
             else "    An error has occurred while attempting to deliver a message for\n    the following list of "
             "recipients:\n\n")
    after = ("    Please note that this is only a temporary failure report.\n    The message is kept in the queue for "
             "up to 4 days.\n    You DO NOT NEED to re-send the message to these recipients.\n\n" if delayed else "")
    subject = "Delivery status notification: " + ("warning" if delayed else "error")
    return flat(head(f"Mailer Daemon <MAILER-DAEMON@{host}>", subject, name),
                "    Hi!\n\n    This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n" + intro + lines +
                "\n" + after + "    Below is a copy of the original message:\n\n" + original(name, to, cc=cc),
                mark="OpenSMTPD bounce.c")


# ---- Gmail's own DSN (shared/api/gmail.md section 9; support.google.com/mail/answer/6596) -------------------------
def gmail(name: str, text: str, blocks: list[str], *, to: str, cc: str = "", failed: str = "",
          subject: str = "Delivery Status Notification (Failure)") -> bytes:
    """Gmail's DSN: From mailer-daemon@googlemail.com, X-Failed-Recipients (not on a delay), the '** Address not
    found **' / '** Message not delivered **' / '** Delivery incomplete **' text, Reporting-MTA googlemail.com."""
    xfr = f"X-Failed-Recipients: {failed}\n" if failed else ""
    return report(name, head("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject, name,
                             f"{xfr}Auto-Submitted: auto-replied\n"), text, fields("googlemail.com", blocks), to=to,
                  cc=cc, mark="Gmail DSN")


# ---- Yahoo / AOL (Yahoo Help SLN3444's bounce text) ----------------------------------------------------------------
def yahoo(name: str, paragraphs: str, *, to: str, cc: str = "", host: str = "yahoo.com") -> bytes:
    """Yahoo's (and AOL's, on Yahoo's servers) bounce: 'Sorry, we were unable to deliver your message to the following
    address.', '<addr>:' and the reply, '--- Below this line is a copy of the message.'."""
    text = ("Sorry, we were unable to deliver your message to the following address.\n\n" + paragraphs +
            "--- Below this line is a copy of the message.\n\n" + original(name, to, cc=cc))
    return flat(head(f"MAILER-DAEMON@{host}", "Failure Notice", name), text, mark="Yahoo bounce")


# ---- Domino, MDaemon, Exchange 2010 ------------------------------------------------------------------------------
def domino(name: str, entries: list[tuple[str, str]], blocks: list[str], *, to: str, cc: str = "") -> bytes:
    """HCL/IBM Domino's DSN text (Domino admin help 'Delivery failure reports': 'Your message\\n\\n  Subject: %s\\n\\n
    was not delivered to:\\n\\n  %s\\n\\nbecause:\\n\\n  %s', one paragraph per recipient; Subject 'DELIVERY
    FAILURE: ...')."""
    text = "".join(f"Your message\n\n  Subject: Quick question\n\nwas not delivered to:\n\n  {a}\n\nbecause:\n\n"
                   f"  {why}\n\n" for a, why in entries)
    return report(name, head("Postmaster@partner.example", "DELIVERY FAILURE: User lead (lead@partner.example) not "
                             "listed in Domino Directory" if len(entries) == 1 else "DELIVERY FAILURE", name),
                  text, fields("mail01.partner.example", blocks), to=to, cc=cc, headers_only=True,
                  mark="Domino DSN")


def mdaemon(name: str, failed: str, transcript: str, *, to: str, cc: str = "") -> bytes:
    """MDaemon's permanent-failure DSN text (MDaemon help, Queues > DSN Options; review 46's layout): 'The attached
    message had PERMANENT fatal delivery errors.', 'YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS',
    'Failed address: %s', the session transcript (MAIL From with OUR sender), the original attached."""
    text = ("The attached message had PERMANENT fatal delivery errors.\n\nAfter one or more unsuccessful delivery "
            "attempts the attached message has been removed from the MDaemon mail queue on this server.  The number "
            "and frequency of delivery attempts are determined by local configuration.\n\nYOUR MESSAGE WAS NOT "
            f"DELIVERED TO ONE OR MORE RECIPIENTS\n\n{failed}\n--- Session Transcript ---\n{transcript}"
            "--- End Transcript ---\n")
    return report(name, head("MDaemon@mail.example.com", "Permanent Delivery Failure", name,
                             f"X-MDaemon-Deliver-To: {SELLER}\nX-MDDSN-Message: Yes\n"), text, None, to=to, cc=cc,
                  mark="MDaemon DSN")


def exchange2010(name: str, listing: str, diag: str, *, to: str, cc: str = "", delayed: bool = False) -> bytes:
    """Exchange 2010's text NDR (Microsoft Learn 'DSNs and NDRs in Exchange': 'Delivery has failed to these
    recipients or groups:' / 'Delivery is delayed to these recipients or groups:', then 'Diagnostic information for
    administrators:', 'Generating server:', each '%s\\n#%s ##', 'Original message headers:')."""
    intro = ("Delivery is delayed to these recipients or groups:" if delayed else
             "Delivery has failed to these recipients or groups:")
    subject = "Delivery delayed: Quick question" if delayed else "Undeliverable: Quick question"
    text = (f"{intro}\n\n{listing}\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating server: "
            f"EXCH01.partner.example\n\n{diag}\n\nOriginal message headers:\n\n"
            + original(name, to, cc=cc, headers_only=True,
                       extra=f"Received: from mail.example.com (192.0.2.10) by EXCH01.partner.example\n for <{LEAD}>; "
                             f"{DATE}\n"))
    return flat(head("Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>",
                     subject, name, "X-MS-Exchange-Message-Is-Ndr:\n"), text, mark="Exchange 2010 NDR")
