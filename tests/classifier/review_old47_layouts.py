"""Notice layouts for review old47 (review_old47.py): whole notices of mail systems of roughly 1995-2006 that the
earlier reviews had not laid out, each written after the system's own source or its vendor's documentation of the
time (named in each builder's docstring): MMDF's returned mail (lib/mmdf/rtn_proc.c: "Failed mail", the final
time-out and the "Waiting mail" warning), Exchange 4.0/5.x's IMC/IMS non-delivery report as Microsoft's Knowledge
Base articles of 1997-2002 quote it, the Windows 2000 SMTP service's report (KB Q295734), DBMail 1.x's own bounce
(bounce.c) and Postfix 2.0-2.2's report (before 2.3's enhanced status codes: "The Postfix program", Status 5.0.0).
No multipart/report for the oldest: plain text, the original cited inline after the system's own marker. All
HAND-MADE."""

from __future__ import annotations

import textwrap

from tests.classifier.review_notices25_layouts import SELLER

LEAD = "lead@partner.example"
OTHER = "other@partner.example"
MARK = "X-Hand-Made: yes ({}, review old47)\n"


def original(name: str, to: str, *, date: str = "Wed, 11 Mar 1998 08:21:00 -0500") -> str:
    """The returned original's headers and two lines of body, as a mailer of the era wrote them."""
    return (f"Received: from desk.example.com by mail.example.com (8.9.3/8.9.3) id IAA01234; {date}\n"
            f"From: Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\nDate: {date}\n"
            f"Message-ID: <old47-{name}@mail.example.com>\nX-Mailer: Microsoft Outlook Express 5.00.2615.200\n\n"
            "Hello, a quick question about your order.\nBest regards\n")


# ---- MMDF ---------------------------------------------------------------------------------------------------------
def _mmdf_head(subject: str, date: str) -> str:
    # rtn_mlinit(): From "<locfullname> <sitesignature> <mmdf@locfullname>" (sitesignature is a tailor setting).
    return ("Return-Path: <>\nReceived: from mail.example.net by mail.example.net id aa01234; 14 Mar 98 8:22 EST\n"
            f"Date: {date}\nFrom: mail.example.net Mail System <mmdf@mail.example.net>\n"
            f"Sender: mmdf@mail.example.net\nTo: {SELLER}\nSubject: {subject}\n" + MARK.format("MMDF rtn_proc.c"))


def _mmdf_addr(address: str, queue: str) -> str:
    """rtn_pnam(): "local (host: host) (queue: channel)"."""
    return f"{address} (host: {address.split('@')[1]}) (queue: {queue})"


def _mmdf_cite(name: str, to: str) -> str:
    """rtn_cite(): "Your message begins as follows:", the headers and the first two body lines, then "..."."""
    return "\n    Your message begins as follows:\n\n" + original(name, to) + "...\n"


def mmdf_failed(name: str, address: str, reason: str, *, queue: str = "smtp") -> bytes:
    """MMDF's rtn_error() (NishiOwO/mmdf lib/mmdf/rtn_proc.c): Subject "Failed mail  (msg.<id>)", "    Your message
    could not be delivered to\\n'<addr (host: h) (queue: q)>' for the following\\nreason:  '<reason>'", then the
    cited message. No MIME."""
    head = _mmdf_head(f"Failed mail  (msg.a{name[:5]})", "Sat, 14 Mar 98 8:22:05 EST")
    body = (f"    Your message could not be delivered to\n'{_mmdf_addr(address, queue)}' for the following\n"
            f"reason:  '{reason}'\n\n" + _mmdf_cite(name, address))
    return (head + "\n" + body).encode()


MMDF_TAIL = ("\n    Problems usually are due to service interruptions at the receiving\n"
             "machine.  Less often, they are caused by the communication system.\n")


def mmdf_timeout(name: str, addresses: list[str], *, days: int = 3, hours: int = 72) -> bytes:
    """MMDF's rtn_time() (rtn_proc.c rtn_intro(DOFAIL)): "    After N days (H hours), your message could not be\\nfully
    delivered.", "    It failed to be received by the following address(es):", each address tab-indented, the
    apology about service interruptions, the cited message."""
    head = _mmdf_head(f"Failed mail  (msg.a{name[:5]})", "Tue, 17 Mar 98 8:22:05 EST")
    listed = "".join(f"\t{_mmdf_addr(a, 'smtp')}\n" for a in addresses)
    body = (f"    After {days} days ({hours} hours), your message could not be\nfully delivered.\n\n    It failed to be "
            f"received by the following address(es):\n\n{listed}" + MMDF_TAIL + _mmdf_cite(name, addresses[0]))
    return (head + "\n" + body).encode()


def mmdf_waiting(name: str, addresses: list[str], *, more: int = 2) -> bytes:
    """MMDF's rtn_warn() (rtn_proc.c rtn_intro(DOWARN)): Subject "Waiting mail  (msg.<id>)", "    After 1 day (26
    hours), your message has not yet been\\nfully delivered.  Attempts to deliver the message will continue\\nfor N
    more days.  No further action is required by you.", "    Delivery attempts are still pending for the following
    address(es):"."""
    head = _mmdf_head(f"Waiting mail  (msg.a{name[:5]})", "Sun, 15 Mar 98 10:22:05 EST")
    listed = "".join(f"\t{_mmdf_addr(a, 'smtp')}\n" for a in addresses)
    body = ("    After 1 day (26 hours), your message has not yet been\nfully delivered.  Attempts to deliver the "
            f"message will continue\nfor {more} more days.  No further action is required by you.\n\n    Delivery "
            f"attempts are still pending for the following address(es):\n\n{listed}" + MMDF_TAIL
            + _mmdf_cite(name, addresses[0]))
    return (head + "\n" + body).encode()


# ---- Exchange 4.0 / 5.x Internet Mail Connector / Service ---------------------------------------------------------
IMS_PREAMBLE = ("This message is in MIME format. Since your mail reader does not understand\n"
                "this format, some or all of this message may not be legible.\n\n")


def ims(name: str, entries: list[tuple[str, str]], *, cc_mail: bool = False) -> bytes:
    """Exchange 4.0/5.0/5.5's NDR as the Knowledge Base quotes it (Q193924, Q196920, Q166866, Q176455: "Your message
    did not reach some or all of the intended recipients.", Subject and Sent lines, "The following recipient(s) could
    not be reached:", each recipient "'addr' on <date>" with the reason line(s) under it, the "MSEXCH:IMC:..." or
    "MSEXCH:IMS:..." diagnostic) sent out through the IMS as MIME (its "This message is in MIME format" preamble,
    the original attached as message/rfc822). `cc_mail`: the variant of Q183588 ("Your message was not delivered to
    all recipients.", "The message was not delivered to the following recipient(s):"). `entries`: (address, lines)."""
    head = (f"From: System Administrator <postmaster@corp.example>\nTo: {SELLER}\nSubject: Undeliverable: Quick "
            "question\nDate: Wed, 11 Mar 1998 08:22:40 -0500\nMessage-ID: <01BD4D0B.1F2C3A40@corp.example>\n"
            "MIME-Version: 1.0\nX-Mailer: Internet Mail Service (5.5.2448.0)\n" + MARK.format("Exchange 5.x NDR"))
    if cc_mail:
        top, listed = "Your message was not delivered to all recipients.", "The message was not delivered to the following recipient(s):"
    else:
        top, listed = ("Your message did not reach some or all of the intended recipients.",
                       "The following recipient(s) could not be reached:")
    rcpts = "".join(f"     '{a}' on 3/11/98 8:22 AM\n" + "".join(f"          {x}\n" for x in lines.split("\n")) + "\n"
                    for a, lines in entries)
    text = f"{top}\n\n      Subject:\tQuick question\n      Sent:\t3/11/98 8:21 AM\n\n{listed}\n\n{rcpts}"
    bound = "----_=_NextPart_000_01BD4D0B.1F2C3A40"
    return (head + f'Content-Type: multipart/mixed;\n\tboundary="{bound}"\n\n' + IMS_PREAMBLE
            + f'--{bound}\nContent-Type: text/plain;\n\tcharset="iso-8859-1"\n\n{text}\n'
            + f"--{bound}\nContent-Type: message/rfc822\n\n" + original(name, entries[0][0]) + f"\n--{bound}--\n"
            ).encode()


# ---- Windows 2000 SMTP service (IIS 5.0) --------------------------------------------------------------------------
def iis_smtp(name: str, address: str, *, status: str = "5.0.0", diagnostic: str = "") -> bytes:
    """The Windows 2000 SMTP service's report (KB Q295734: "This is an automatically generated Delivery Status
    Notification.", "Delivery to the following recipients failed.", the address indented), its text part in the
    legacy charset unicode-1-1-utf-7 it wrote, its delivery-status part (X-DSNContext header of the service)."""
    bound = "9B095B5ADSN=_01C1A2B3C4D5E6F700000001relay.example"
    diag = f"Diagnostic-Code: smtp;{diagnostic}\n" if diagnostic else ""
    head = (f"From: postmaster@relay.example.com\nTo: {SELLER}\nDate: Mon, 4 Feb 2002 09:12:44 -0500\n"
            "MIME-Version: 1.0\nX-DSNContext: 7ce717b1 - 1194 - 00000002 - 00000000\n"
            "Message-ID: <mF2Wc7DwX00000001@relay.example.com>\nSubject: Delivery Status Notification (Failure)\n"
            + MARK.format("Windows 2000 SMTP service DSN")
            + f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bound}"\n\n')
    text = ("This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipients "
            f"failed.\n\n       {address}\n\n\n\n")
    dsn = ("Reporting-MTA: dns;relay.example.com\nReceived-From-MTA: dns;desk\nArrival-Date: Mon, 4 Feb 2002 "
           f"09:12:40 -0500\n\nFinal-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\n{diag}")
    return (head + "This is a MIME-formatted message.  \nPortions of this message may be unreadable without a "
            f"MIME-capable mail program.\n\n--{bound}\nContent-Type: text/plain; charset=unicode-1-1-utf-7\n\n{text}"
            f"--{bound}\nContent-Type: message/delivery-status\n\n{dsn}\n--{bound}\nContent-Type: message/rfc822\n\n"
            + original(name, address, date="Mon, 4 Feb 2002 09:12:30 -0500") + f"\n--{bound}--\n").encode()


# ---- DBMail 1.x ---------------------------------------------------------------------------------------------------
def dbmail(name: str, address: str, error: str) -> bytes:
    """DBMail 1.x's bounce (dbmail/dbmail bounce.c, IC&S 2000-2001): From the DBMAIL_FROM_ADDRESS setting, Subject
    "DBMAIL: delivery failure", "This is the DBMAIL-SMTP program.", "I'm sorry to inform you that your message,
    addressed to <addr>,\\ncould not be delivered due to the following error.", the error between "***", the
    original's header between "--- header of your message ---" and "--- end of header ---". No MIME."""
    head = (f"Return-Path: <>\nDate: Tue, 9 Oct 2001 14:02:11 +0200\nFrom: DBMAIL-MAILER@mail.example.nl\n"
            f"To: {SELLER}\nSubject: DBMAIL: delivery failure\n" + MARK.format("DBMail 1.x bounce.c"))
    orig = original(name, address, date="Tue, 9 Oct 2001 14:01:50 +0200").split("\n\n")[0] + "\n"
    body = ("This is the DBMAIL-SMTP program.\n\nI'm sorry to inform you that your message, addressed to "
            f"{address},\ncould not be delivered due to the following error.\n\n*** {error} ***\n\nIf you think this "
            "message is incorrect please contact postmaster@mail.example.nl.\n\nHeader of your message follows...\n"
            f"\n\n--- header of your message ---\n{orig}--- end of header ---\n\n\n")
    return (head + "\n" + body).encode()


# ---- Postfix 2.0-2.2 ----------------------------------------------------------------------------------------------
POSTFIX2_INTRO = ("This is the Postfix program at host mail.example.net.\n\n"
                  "I'm sorry to have to inform you that your message could not\n"
                  "be delivered to one or more recipients. It's attached below.\n\n"
                  "For further assistance, please send mail to <postmaster>\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n\t\t\tThe Postfix program\n\n")
POSTFIX2_DELAY = ("This is the Postfix program at host mail.example.net.\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for 4.0 hours.\n"
                  "It will be retried until it is 5.0 days old.\n\n"
                  "For further assistance, please send mail to <postmaster>\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the attached returned message.\n\n\t\t\tThe Postfix program\n\n")


def postfix2(name: str, entries: list[tuple[str, str]], *, delayed: bool = False, intro: str = POSTFIX2_INTRO
             ) -> bytes:
    """Postfix 2.0-2.2's report (bounce_notify_util.c before 2.3: "This is the Postfix program at host ...", "The
    Postfix program"; its multipart/report's DSN part with "Status: 5.0.0" (4.0.0 delayed) for every recipient,
    enhanced codes arriving only with 2.3, and "Diagnostic-Code: X-Postfix; <text>"). `entries`: (address, text)."""
    subject = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    bound = f"0671327B98{name[:3]}.1109804449/mail.example.net"
    head = (f"Return-Path: <>\nDate: Thu, 3 Mar 2005 00:00:49 +0100 (CET)\nFrom: MAILER-DAEMON@mail.example.net "
            f"(Mail Delivery System)\nSubject: {subject}\nTo: {SELLER}\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bound}"\n'
            f"Message-Id: <20050302230049.{name[:6]}@mail.example.net>\n" + MARK.format("Postfix 2.x bounce"))
    def wrap(text: str) -> str:  # Postfix's line_wrap(): 76 columns, continuation indented by 4
        return textwrap.fill(text, 76, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False)

    lines = "".join(wrap(f"<{a}>: {t}") + "\n" for a, t in entries)
    action, status = ("delayed", "4.0.0") if delayed else ("failed", "5.0.0")
    dsn = ("Reporting-MTA: dns; mail.example.net\nX-Postfix-Queue-ID: 0671327B98\nX-Postfix-Sender: rfc822; "
           f"{SELLER}\nArrival-Date: Wed, 2 Mar 2005 19:58:01 +0100 (CET)\n\n"
           + "\n".join(f"Final-Recipient: rfc822; {a}\nAction: {action}\nStatus: {status}\n"
                       + wrap(f"Diagnostic-Code: X-Postfix; {t}") + "\n" for a, t in entries))
    return (head + f"\nThis is a MIME-encapsulated message.\n\n--{bound}\nContent-Description: Notification\n"
            f"Content-Type: text/plain\n\n{intro}{lines}\n--{bound}\nContent-Description: Delivery report\n"
            f"Content-Type: message/delivery-status\n\n{dsn}\n--{bound}\nContent-Description: Undelivered Message\n"
            "Content-Type: message/rfc822\n\n" + original(name, entries[0][0], date="Wed, 2 Mar 2005 19:58:00 +0100")
            + f"\n--{bound}--\n").encode()


# ---- Exim 4.0-4.6x ------------------------------------------------------------------------------------------------
EXIM4_HEAD = ("Return-path: <>\nEnvelope-to: {seller}\nReceived: from mail by mail.example.org with local (Exim 4.50)\n"
              "\tid 1Glsgv-0002wv-00\n\tfor {seller}; Tue, 21 Nov 2006 15:01:33 +0100\n"
              "X-Failed-Recipients: {failed}\nFrom: Mail Delivery System <Mailer-Daemon@mail.example.org>\n"
              "To: {seller}\nSubject: Mail delivery failed: returning message to sender\n"
              "Message-Id: <E1Glsgv-0002wv-00@mail.example.org>\nDate: Tue, 21 Nov 2006 15:01:33 +0100\n")


def exim4_old(name: str, entries: list[tuple[str, str]]) -> bytes:
    """Exim 4.x's bounce before its MIME reports (deliver.c's default bounce text, 2002-2006: no multipart, the
    X-Failed-Recipients header, "The following address(es) failed:", each address then its error indented by four,
    a remote's refusal as its transport wrote it then, "SMTP error from remote mailer after <command>:" / "host h
    [ip]: <reply>" (src/transports/smtp.c of 4.x), "------ This is a copy of the message, including all the headers.
    ------"). `entries`: (address, error lines)."""
    head = EXIM4_HEAD.format(seller=SELLER, failed=", ".join(a for a, _ in entries)) + MARK.format("Exim 4.x bounce")
    listed = "".join(f"  {a}\n" + "".join(f"    {x}\n" for x in text.split("\n")) for a, text in entries)
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
            "be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n{listed}\n------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <seller@example.com>\n" + original(name, entries[0][0], date="Tue, 21 Nov 2006 15:01:30 +0100"))
    return (head + "\n" + body).encode()


def exim4_warning(name: str, address: str, reason: str) -> bytes:
    """Exim 4.x's delay warning (deliver.c's default warn_message text: Subject "Warning: message <id> delayed 24
    hours", "has not yet been delivered to one or more of its\\nrecipients after more than 24 hours on the queue",
    "The address to which the message has not yet been delivered is:", "Delay reason:", "No action is required on
    your part. Delivery attempts will continue ...")."""
    head = (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mail.example.org>\nTo: {SELLER}\n"
            "Subject: Warning: message 1Glsgv-0002wv-00 delayed 24 hours\nMessage-Id: <E1GmBcd-0007xy-00@mail."
            "example.org>\nDate: Wed, 22 Nov 2006 15:05:02 +0100\n" + MARK.format("Exim 4.x delay warning"))
    body = ("This message was created automatically by mail delivery software.\nA message that you sent has not yet "
            "been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example."
            "org.\n\nThe message identifier is:     1Glsgv-0002wv-00\nThe subject of the message is: Quick question\n"
            "The date of the message is:    Tue, 21 Nov 2006 15:01:30 +0100\n\nThe address to which the message has "
            f"not yet been delivered is:\n\n  {address}\n" + "".join(f"    {x}\n" for x in reason.split("\n"))
            + "\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this warning "
            "may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software "
            "will give up,\nand when that happens, the message will be returned to you.\n")
    return (head + "\n" + body).encode()


def quoted_printable(raw: bytes) -> bytes:
    """The same notice with its first text/plain part sent quoted-printable (as an IMS or a gateway of the era
    re-encoded it: long lines softly broken at 76 columns, "=20" before line ends)."""
    import quopri
    head, sep, rest = raw.partition(b'charset="iso-8859-1"\n\n')
    text, bound, tail = rest.partition(b"\n------_=_NextPart")
    encoded = quopri.encodestring(text.replace(b"\n", b" \n"))
    return head + b'charset="iso-8859-1"\nContent-Transfer-Encoding: quoted-printable\n\n' + encoded + bound + tail


def mmdf_failed_whole(name: str, address: str, reason: str) -> bytes:
    """MMDF's rtn_error() when the message is returned whole (rtn_all(): "    Your message follows:")."""
    raw = mmdf_failed(name, address, reason)
    return raw.replace(b"    Your message begins as follows:", b"    Your message follows:").replace(b"...\n", b"")
