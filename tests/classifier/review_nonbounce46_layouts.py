"""Whole-message layouts for review nonbounce46 (review_nonbounce46.py): what lands in a salesperson's mailbox that
looks like a bounce and is none (or none of the address it names), each builder after its generator's own source or
document (named in its docstring), and the real bounces that carry auto-reply marks (the controls). Our seller is
seller@example.com, the prospect lead@partner.example; our mail's Message-ID is <nb46-NAME@example.com>. All
HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"
LEAD = "lead@partner.example"
DATE = "Mon, 7 Dec 2026 09:00:00 +0000"
MARK = "X-Hand-Made: yes ({}, review nonbounce46)\n"


def our_headers(name: str, to: str = LEAD) -> str:
    """Our seller's mail as a responder or a report returns it."""
    return (f"Return-Path: <{SELLER}>\nFrom: Sam Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\n"
            f"Message-ID: <nb46-{name}@example.com>\nDate: {DATE}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n")


OUR_BODY = ("Hi Lena,\n\nfollowing up on our call: would Thursday work for a short demo?\n\n--\nSam Seller | Example "
            "Corp\nseller@example.com\n")


def whole(head: str, body: str, *, mark: str, ctype: str = "text/plain; charset=utf-8") -> bytes:
    return (head + f"Date: {DATE}\n" + MARK.format(mark) + f"MIME-Version: 1.0\nContent-Type: {ctype}\n\n"
            + body).encode("utf-8")


def reply_head(name: str, who: str, subject: str, extra: str = "", msgid: str = "") -> str:
    return (f"From: {who}\nTo: Sam Seller <{SELLER}>\nSubject: {subject}\n"
            f"Message-ID: {msgid or f'<re-{name}@partner.example>'}\nIn-Reply-To: <nb46-{name}@example.com>\n"
            f"References: <nb46-{name}@example.com>\n{extra}")


# ---- auto-responders ----------------------------------------------------------------------------------------------
def exim_autoreply(name: str, who: str, subject: str, text: str, *, extra: str = "", body: bool = True,
                   headers_only: bool = False) -> bytes:
    """Exim's autoreply transport (Exim/exim src/src/transports/autoreply.c: From/Reply-To/To/Subject as set,
    'In-Reply-To:' from the original's Message-ID, 'Auto-Submitted: auto-replied', the `headers` option, the text,
    and with return_message '------ This is a copy of the message, including all the headers. ------' then the
    original, the words of Exim's own bounce). cPanel's autoresponders and many hosts' vacation routers use it."""
    head = (f"From: {who}\nTo: {SELLER}\nSubject: {subject}\nIn-Reply-To: <nb46-{name}@example.com>\n"
            f"Auto-Submitted: auto-replied\n{extra}Message-Id: <E1vNb46-{name}@mail.partner.example>\n")
    copy = ("\n------ This is a copy of the message, including all the headers. ------\n\n"
            + our_headers(name) + ("" if headers_only else "\n" + OUR_BODY)) if body else ""
    return whole(head, text.rstrip("\n") + "\n" + copy, mark="Exim autoreply transport")


def outlook_oof(name: str, who: str, prefix: str, text: str, *, lang: str = "en-US", extra: str = "") -> bytes:
    """Exchange Online's Automatic Replies (MS-OXCMAIL 2.1.3.2.20 X-Auto-Response-Suppress: All; Auto-Submitted:
    auto-generated, Thread-Topic / Content-Language as Exchange writes them; the Subject '<prefix> Quick question' in
    the mailbox's language, autoreply_variants.OOF_PREFIXES)."""
    head = reply_head(name, who, f"{prefix} Quick question",
                      "Thread-Topic: Quick question\nThread-Index: AQHbSGVsbG8=\nX-MS-Has-Attach:\n"
                      f"X-MS-TNEF-Correlator:\nContent-Language: {lang}\nX-Auto-Response-Suppress: All\n"
                      f"Auto-Submitted: auto-generated\nX-MS-Exchange-Inbox-Rules-Loop: {who.split('<')[-1].strip('>')}\n"
                      + extra, msgid=f"<PAXPR08MB{len(name)}46{name}@PAXPR08MB.eurprd08.prod.outlook.com>")
    return whole(head, text.rstrip("\n") + "\n", mark="Exchange Online automatic reply")


def gmail_vacation(name: str, who: str, text: str, *, subject: str = "Re: Quick question", extra: str = "") -> bytes:
    """Gmail's vacation responder (Gmail API VacationSettings.responseSubject 'Optional text to prepend to the subject
    line', empty: 'Re: <subject>'; Auto-Submitted: auto-replied; In-Reply-To / References; a mail.gmail.com
    Message-ID)."""
    head = reply_head(name, who, subject, "Auto-Submitted: auto-replied\n" + extra,
                      msgid=f"<CAFz46{name}vacation@mail.gmail.com>")
    return whole(head, text.rstrip("\n") + "\n", mark="Gmail vacation responder")


def qmail_autorespond(name: str, who: str, text: str) -> bytes:
    """qmail's autorespond (sagredo-dev/autorespond README: 'flag ... 1 - append quoted original message without
    attachments <default>'; it skips mail from a mailer-daemon or with bulk precedence; its reply 'Precedence: junk'
    and the original quoted with '> ')."""
    quoted = "".join(f"> {line}\n" for line in (our_headers(name) + "\n" + OUR_BODY).splitlines())
    head = (f"From: {who}\nTo: {SELLER}\nSubject: [Auto-Reply] Quick question\nPrecedence: junk\n"
            f"Message-ID: <autorespond-{name}@partner.example>\n")
    return whole(head, text.rstrip("\n") + "\n\n" + quoted, mark="qmail autorespond")


def person(name: str, who: str, subject: str, text: str) -> bytes:
    """A person's own mail client reply (In-Reply-To our message; Outlook's quote block below the answer)."""
    head = reply_head(name, who, subject, "X-Mailer: Microsoft Outlook 16.0\nThread-Topic: Quick question\n")
    quote = (f"\n\nFrom: Sam Seller <{SELLER}>\nSent: Monday, December 7, 2026 10:00 AM\nTo: {LEAD}\n"
             f"Subject: Quick question\n\n{OUR_BODY}")
    return whole(head, text.rstrip("\n") + quote, mark="a person's reply")


# ---- notifications of services (not mail systems' notices) -----------------------------------------------------------
def service(name: str, sender: str, subject: str, text: str, *, extra: str = "", html: bool = True) -> bytes:
    """A SaaS notification as its ESP sends it: a List-Unsubscribe, a Feedback-ID or the ESP's own fields, no
    Auto-Submitted, multipart/alternative with an HTML twin (the common shape of product mail in 2024-2026)."""
    head = (f"From: {sender}\nTo: Sam Seller <{SELLER}>\nSubject: {subject}\n"
            f"Message-ID: <{name}.n46@notify.service.example>\n{extra}")
    if not html:
        return whole(head, text, mark="a service's notification")
    html_text = "<html><body>" + "".join(f"<p>{line}</p>" for line in text.splitlines() if line) + "</body></html>"
    body = (f"--ALT46\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--ALT46\nContent-Type: text/html; "
            f"charset=utf-8\n\n{html_text}\n--ALT46--\n")
    return whole(head, body, mark="a service's notification", ctype='multipart/alternative; boundary="ALT46"')


# ---- RFC 6522 reports that are no failure ---------------------------------------------------------------------------
def mdn(name: str, subject: str, text: str, disposition: str, *, who: str = f"Lena Lead <{LEAD}>",
        ua: str = "Microsoft Outlook 16.0") -> bytes:
    """A message disposition notification (RFC 8098 section 3: multipart/report; report-type=disposition-
    notification, Reporting-UA, Final-Recipient, Original-Message-ID, Disposition; Outlook's 'Read:' / 'Not read:'
    subjects)."""
    head = reply_head(name, who, subject)
    body = ("--MDN46\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n--MDN46\n"
            "Content-Type: message/disposition-notification\n\n"
            f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{LEAD}\nOriginal-Message-ID: <nb46-{name}@example.com>\n"
            f"Disposition: {disposition}\n\n--MDN46\nContent-Type: text/rfc822-headers\n\n{our_headers(name)}\n"
            "--MDN46--\n")
    return whole(head, body, mark="RFC 8098 MDN",
                 ctype='multipart/report; report-type=disposition-notification; boundary="MDN46"')


def dsn(name: str, sender: str, subject: str, text: str, blocks: str, *, extra: str = "",
        mta: str = "mail.example.com") -> bytes:
    """An RFC 3464 report (multipart/report; report-type=delivery-status) with the returned headers."""
    head = (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <dsn-{name}@{mta}>\n{extra}")
    body = ("--DSN46\nContent-Type: text/plain; charset=utf-8\n\n" + text + "\n--DSN46\n"
            f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\nArrival-Date: {DATE}\n\n{blocks}\n"
            f"--DSN46\nContent-Type: text/rfc822-headers\n\n{our_headers(name)}\n--DSN46--\n")
    return whole(head, body, mark="RFC 3464 report",
                 ctype='multipart/report; report-type=delivery-status; boundary="DSN46"')


def block(action: str, status: str, diag: str = "", address: str = LEAD, remote: str = "mx.partner.example") -> str:
    out = f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\nRemote-MTA: dns; {remote}\n"
    return out + (f"Diagnostic-Code: smtp; {diag}\n" if diag else "")


# ---- real bounces (controls) ---------------------------------------------------------------------------------------
def exim_bounce(name: str, entry: str, *, extra: str = "", subject: str = "Mail delivery failed: returning message "
                "to sender", sender: str = "Mail Delivery System <Mailer-Daemon@mail.example.net>",
                failed: str = LEAD) -> bytes:
    """Exim's bounce (Exim/exim src/src/deliver.c: X-Failed-Recipients, 'Auto-Submitted: auto-replied', 'This message
    was created automatically by mail delivery software.', the address and its error, the copy of the message);
    `extra` the auto-reply-like fields a relay or the host's configuration adds (headers_add, a list's Precedence)."""
    head = (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nX-Failed-Recipients: {failed}\n"
            f"Auto-Submitted: auto-replied\n{extra}Message-Id: <E1vNb46-bnc-{name}@mail.example.net>\n")
    text = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n{entry}\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            + our_headers(name) + "\n" + OUR_BODY)
    return whole(head, text, mark="Exim deliver.c bounce")


def person_attaching(name: str, who: str, text: str, attached: bytes) -> bytes:
    """A person's reply with a message she received attached as message/rfc822 (Outlook's 'forward as attachment' /
    dragging a mail into a reply)."""
    head = reply_head(name, who, "RE: Quick question", "X-Mailer: Microsoft Outlook 16.0\n")
    body = (f"--ATT46\nContent-Type: text/plain; charset=utf-8\n\n{text}\n--ATT46\nContent-Type: message/rfc822\n"
            "Content-Disposition: attachment\n\n" + attached.decode("utf-8") + "\n--ATT46--\n")
    return whole(head, body, mark="a person's reply with an attachment",
                 ctype='multipart/mixed; boundary="ATT46"')


def with_fields(raw: bytes, fields: str) -> bytes:
    """`raw` with header fields put first (a relay's or a host's header rule)."""
    return fields.encode() + raw
