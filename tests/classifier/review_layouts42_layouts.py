"""Whole-notice layouts for review layouts42 (review_layouts42.py), each after its generator's own source or document
(named in each builder's docstring): a general MIME builder that encodes each text part in its own charset and
transfer encoding (so a part's bytes are what a server in that language sends), Postfix's bounce(8) report and delay
warning (src/bounce/bounce_template.c defaults, bounce_notify_util.c), Exim's delay warning (src/src/deliver.c
warning message), Exchange 2013-2019 / Microsoft 365 HTML NDRs, Mailman 2.1 and Sympa notices to a list's owner,
RFC 3834 replies. All HAND-MADE."""

from __future__ import annotations

import base64
import quopri

SELLER = "seller@example.com"
LEAD = "lead@partner.example"
OTHER = "other@partner.example"
MARK = "X-Hand-Made: yes ({}, review layouts42)\n"
DATE = "Date: Mon, 7 Dec 2026 09:05:00 +0000\n"


def original(name: str, to: str, *, cc: str = "", body: str = "Hello, a quick question.\n",
             subject: str = "Quick question") -> str:
    """The returned original: our seller's mail to `to` (and `cc`)."""
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"From: Sam Seller <{SELLER}>\nTo: {to}\n{cc_line}Subject: {subject}\n"
            f"Message-ID: <l42-{name}@example.com>\nDate: Mon, 7 Dec 2026 09:00:00 +0000\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}")


def headers_of(name: str, to: str, *, cc: str = "") -> str:
    return original(name, to, cc=cc).split("\n\n", 1)[0] + "\n"


def encoded(text: str, charset: str = "utf-8", cte: str = "8bit") -> tuple[str, bytes]:
    """(the Content-Transfer-Encoding header value, the body bytes) of `text` in `charset` under `cte`."""
    data = text.encode(charset)
    if cte == "base64":
        return cte, base64.encodebytes(data)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(data)
    return cte, data


def text_part(text: str, *, ctype: str = "text/plain", charset: str = "utf-8", cte: str = "8bit",
              label: str | None = None, extra: str = "") -> tuple[str, bytes]:
    """A text part: `label` the charset name written in the header when it differs from Python's codec name."""
    cte, data = encoded(text, charset, cte)
    return (f"Content-Type: {ctype}; charset={label or charset}\nContent-Transfer-Encoding: {cte}\n{extra}", data)


def plain_part(ctype: str, text: str) -> tuple[str, bytes]:
    return (f"Content-Type: {ctype}\n", text.encode("utf-8"))


def multipart(kind: str, bound: str, parts: list[tuple[str, bytes]]) -> tuple[str, bytes]:
    """A multipart entity as a part (header, body) for nesting."""
    body = b"".join(f"--{bound}\n{head.rstrip(chr(10))}\n\n".encode() + data.rstrip(b"\n") + b"\n"
                    for head, data in parts) + f"--{bound}--\n".encode()
    return (f'Content-Type: {kind}; boundary="{bound}"\n', body)


def message(head: str, part: tuple[str, bytes], *, mark: str) -> bytes:
    """A whole message: `head` (its own header lines), MIME-Version, the top part's header and body."""
    return (head + DATE + MARK.format(mark) + "MIME-Version: 1.0\n").encode("utf-8") + \
        part[0].rstrip("\n").encode() + b"\n\n" + part[1]


def block(final: str | None, action: str, status: str, diag: str | None = None, *, orig: str | None = None,
          remote: str | None = "mx.partner.example", extra: str = "") -> str:
    """One RFC 3464 per-recipient block (`final` the Final-Recipient value as written, None to leave it out)."""
    lines = [f"Original-Recipient: {orig}"] if orig else []
    if final is not None:
        lines.append(f"Final-Recipient: {final}")
    lines += [f"Action: {action}", f"Status: {status}"]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    if diag:
        lines.append(f"Diagnostic-Code: smtp; {diag}")
    return "\n".join(lines) + "\n" + extra


def postfix_report(name: str, text: str, blocks: list[str], *, to: str, cc: str = "", delay: bool = False,
                   utf8: bool = False, text_charset: str = "utf-8", text_cte: str = "8bit",
                   label: str | None = None, returned: tuple[str, bytes] | None = None, extra: str = "",
                   host: str = "mail.example.com", status_cte: str = "") -> bytes:
    """Postfix bounce(8)'s report (bounce_notify_util.c; the default failure and delay templates of
    bounce_template.c: "Undelivered Mail Returned to Sender" / "Delayed Mail (still being retried)", "This is the mail
    system at host %s."; for an SMTPUTF8 message message/global-delivery-status and message/global-headers, RFC 6533),
    the text part `text` as given (a site's bounce_template_file may translate it, with its own Charset:, bounce(5)),
    per-message fields, the blocks, the returned headers (or `returned`)."""
    subject = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    head = (f"From: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\nSubject: {subject}\n"
            f"Message-Id: <l42p-{name}@{host}>\nAuto-Submitted: auto-replied\n{extra}")
    fields = (f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4R{name}Q\nX-Postfix-Sender: rfc822; {SELLER}\n"
              "Arrival-Date: Mon,  7 Dec 2026 09:00:01 +0000 (UTC)\n\n" + "\n".join(blocks))
    report = "message/global-delivery-status" if utf8 else "message/delivery-status"
    back = returned or plain_part("message/global-headers" if utf8 else "text/rfc822-headers",
                                  headers_of(name, to, cc=cc))
    parts = [text_part(text, charset=text_charset, cte=text_cte, label=label,
                       extra="Content-Description: Notification\n"),
             _status_part(report, fields, status_cte), back]
    return message(head, multipart("multipart/report; report-type=delivery-status", f"l42p-{name}", parts),
                   mark="Postfix bounce(8) report")


def _status_part(report: str, fields: str, cte: str) -> tuple[str, bytes]:
    """The status part; `cte` its transfer encoding (RFC 6533 6.2 lets message/global-delivery-status be base64 or
    quoted-printable, which RFC 3464 forbids for message/delivery-status; gateways encode that one too)."""
    head = f"Content-Description: Delivery report\nContent-Type: {report}\n"
    if not cte:
        return head, fields.encode("utf-8")
    return head + f"Content-Transfer-Encoding: {cte}\n", encoded(fields, "utf-8", cte)[1]


POSTFIX_INTRO = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
                 "message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\nIf you do so, please include this "
                 "problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n")
POSTFIX_DELAY = ("This is the mail system at host mail.example.com.\n\n"
                 "####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 "
                 "day(s) old.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please "
                 "include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
                 "                   The mail system\n\n")


def prose(name: str, subject: str, body: tuple[str, bytes], *, to: str, cc: str = "", sender: str = "",
          extra: str = "", returned: bool = True, mark: str = "a prose notice") -> bytes:
    """A notice of prose only (no status part): the text part (or an alternative/related multipart) given, the
    original attached as message/rfc822 unless `returned` is False."""
    head = (f"From: {sender or 'Mail Delivery System <MAILER-DAEMON@mail.partner.example>'}\nTo: {SELLER}\n"
            f"Subject: {subject}\nMessage-ID: <l42n-{name}@mail.partner.example>\n{extra}")
    if not returned:
        return message(head, body, mark=mark)
    return message(head, multipart("multipart/mixed", f"l42n-{name}",
                                   [body, plain_part("message/rfc822", original(name, to, cc=cc))]), mark=mark)


# ---- Exchange 2013-2019 and Microsoft 365 HTML NDRs ----------------------------------------------------------------
def exchange_html(name: str, html: str, *, address: str = LEAD, dsn: list[str] | None = None, plain: str | None = None,
                  related: bool = False, subject: str = "Undeliverable: Quick question", extra: str = "",
                  to: str = "") -> bytes:
    """Exchange Server 2013-2019 / Exchange Online's NDR (Microsoft Learn 'Email non-delivery reports and SMTP errors
    in Exchange Online'; the fields of its 'Diagnostic information for administrators' section): From the Microsoft
    Outlook postmaster, the user text as HTML (a multipart/alternative with a text/plain when `plain` is given; a
    multipart/related with the banner image when `related`), the message/delivery-status (when `dsn`), the original's
    headers as text/rfc822-headers."""
    head = (f"From: Microsoft Outlook <postmaster@partner.example>\nTo: {SELLER}\nSubject: {subject}\n"
            f"Message-ID: <l42x-{name}@PR3P190MB0001.EURP190.PROD.OUTLOOK.COM>\nX-MS-Exchange-Message-Is-Ndr:\n"
            "Content-Language: en-US\n" + extra)
    body = text_part(html, ctype="text/html")
    if plain is not None:
        body = multipart("multipart/alternative", f"l42xa-{name}", [text_part(plain), body])
    if related:
        gif = ("Content-Type: image/png; name=\"ndr-banner.png\"\nContent-Transfer-Encoding: base64\n"
               "Content-ID: <banner@outlook>\n", base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(40)))
        body = multipart('multipart/related; type="text/html"', f"l42xr-{name}", [body, gif])
    parts = [body]
    if dsn is not None:
        parts.append(("Content-Type: message/delivery-status\n",
                      ("Reporting-MTA: dns;PR3P190MB0001.EURP190.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;"
                       "AM0P190MB0002.EURP190.PROD.OUTLOOK.COM\nArrival-Date: Mon, 7 Dec 2026 09:00:02 +0000\n\n"
                       + "\n".join(dsn)).encode()))
    parts.append(plain_part("text/rfc822-headers", headers_of(name, to or address)))
    kind = "multipart/report; report-type=delivery-status" if dsn is not None else "multipart/mixed"
    return message(head, multipart(kind, f"l42x-{name}", parts), mark="Exchange / Microsoft 365 NDR")


def m365_html(headline: str, explain: str, diag: str, *, server: str = "PR3P190MB0001.EURP190.PROD.OUTLOOK.COM") -> str:
    """The HTML of Microsoft 365's current NDR: its table of the headline, the cause and the 'How to Fix It' section,
    then 'Diagnostic information for administrators' (Generating server, the recipient, 'Remote server returned')."""
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table width=\"710\" style=\"border-spacing:0\"><tr><td style=\"font-size:16pt;color:#000000\">"
            f"{headline}</td></tr><tr><td style=\"font-size:11pt\">{explain}</td></tr>"
            "<tr><td><table><tr><td style=\"background-color:#c00000;color:#ffffff\">Action Required</td>"
            "<td>Recipient</td></tr></table></td></tr>"
            "<tr><td style=\"font-weight:600\">How to Fix It</td></tr><tr><td>If the problem continues, forward this "
            "message to your email admin.</td></tr></table><br><br>"
            "<p style=\"font-weight:bold\">Diagnostic information for administrators:</p>"
            f"<p>Generating server: {server}<br><br>{diag}</p></body></html>")


def exchange2013_html(intro: str, who: str, why: str, diag: str) -> str:
    """Exchange 2013-2019's NDR HTML: "Delivery has failed to these recipients or groups:", the recipient as a mailto
    link with its display name, the reason paragraph, the diagnostic section."""
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            f"<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">{intro}</font></b></p>"
            f"<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p>{who}<br>{why}<br></p></font><br><br>"
            "<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p><b>Diagnostic information for administrators:"
            "</b></p>"
            f"<p>Generating server: MAIL01.partner.example<br><br>{diag}</p></font></body></html>")


# ---- Exim's delay warning, Sendmail's ------------------------------------------------------------------------------
def exim_warning(name: str, address: str, reason_lines: str, *, to: str = "", host: str = "mail.example.net") -> bytes:
    """Exim's delay warning (src/src/deliver.c, the default warning text when warn_message_file is unset): Subject
    "Warning: message %s delayed %s", "This message was created automatically by mail delivery software.\\nA message
    that you sent has not yet been delivered to one or more of its\\nrecipients after more than %s on the queue on
    %s.", the addresses, "No action is required on your part...", the original's headers; no DSN part."""
    head = (f"X-Failed-Recipients: {address}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {SELLER}\n"
            f"Subject: Warning: message 1tW{name}-000Abc-7Q delayed 24 hours\nMessage-Id: <E1w{name}@{host}>\n")
    text = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            f"recipients after more than 24 hours on the queue on {host}.\n\n"
            f"The message identifier is:     1tW{name}-000Abc-7Q\nThe subject of the message is: Quick question\n"
            "The date of the message is:    Mon, 07 Dec 2026 09:00:00 +0000\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            f"  {address}\n{reason_lines}\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will give up,\n"
            "and when that happens, the message will be returned to you.\n\n"
            "------ This is a copy of the message's headers. ------\n\n" + headers_of(name, to or address))
    return message(head, text_part(text, charset="us-ascii", cte="7bit"), mark="Exim deliver.c delay warning")


def sendmail_warning(name: str, address: str, transcript: str, blocks: list[str], *,
                     host: str = "mail.example.org") -> bytes:
    """Sendmail's delay warning (sendmail/savemail.c returntosender with "Warning: could not send message for past %s",
    the "**********************************************\\n**      THIS IS A WARNING MESSAGE ONLY      **" banner,
    the transcript; the DSN with Action: delayed, sendmail's own Will-Retry-Until)."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\n"
            "Subject: Warning: could not send message for past 4 hours\n"
            f"Message-Id: <20261207.sm{name}@{host}>\nAuto-Submitted: auto-generated (warning-timeout)\n")
    text = ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
            "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n"
            "The original message was received at Mon, 7 Dec 2026 05:00:00 GMT\nfrom example.com [192.0.2.10]\n\n"
            "   ----- Transcript of session follows -----\n" + transcript +
            "\nWarning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")
    fields = f"Reporting-MTA: dns; {host}\nArrival-Date: Mon, 7 Dec 2026 05:00:00 GMT\n\n" + "\n".join(blocks)
    parts = [text_part(text, charset="us-ascii", cte="7bit"),
             ("Content-Type: message/delivery-status\n", fields.encode()),
             plain_part("text/rfc822-headers", headers_of(name, address))]
    return message(head, multipart("multipart/report; report-type=delivery-status", f"l42s-{name}", parts),
                   mark="Sendmail savemail.c delay warning")


# ---- List managers' notices to the list owner ----------------------------------------------------------------------
def list_owner(name: str, subject: str, text: str, *, sender: str, attached: bytes | None = None,
               charset: str = "us-ascii") -> bytes:
    """A list manager's notice to the list's owner (our seller owns the list): the text, the bounce that triggered it
    attached as message/rfc822 when `attached`."""
    head = (f"From: {sender}\nTo: partners-owner@lists.example.com\nSubject: {subject}\n"
            f"Message-ID: <l42m-{name}@lists.example.com>\nPrecedence: bulk\nX-BeenThere: partners@lists.example.com\n")
    body = text_part(text, charset=charset, cte="7bit" if charset == "us-ascii" else "8bit")
    if attached is None:
        return message(head, body, mark="list manager's notice")
    return message(head, multipart("multipart/mixed", f"l42m-{name}", [body, ("Content-Type: message/rfc822\n",
                                                                               attached)]),
                   mark="list manager's notice")


# ---- Replies (RFC 3834) ---------------------------------------------------------------------------------------------
def reply(name: str, headers: str, subject: str, body: tuple[str, bytes], *, sender: str = f"Lena Lead <{LEAD}>",
          quoted: str | None = None) -> bytes:
    """A message the recipient's side sends back (an auto-reply, a helpdesk acknowledgement), In-Reply-To ours; our
    own mail quoted below when `quoted` is given (Outlook's "From: ... Sent: ..." block)."""
    head = (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <l42r-{name}@partner.example>\n"
            f"In-Reply-To: <l42-{name}@example.com>\n{headers}")
    if quoted is not None:
        ctype, data = body
        data += (f"\n-----Original Message-----\nFrom: Sam Seller <{SELLER}>\nSent: Monday, December 7, 2026 "
                 f"9:00 AM\nTo: {LEAD}\nSubject: Quick question\n\n{quoted}\n").encode("utf-8")
        body = (ctype, data)
    return message(head, body, mark="reply")
