"""Notice layouts for review old36 (review_old36.py): older MTAs' and groupware's own notices, each written after the
server's own source or its vendor's documentation (named in each builder's docstring): qmail-send's bounce (and the
texts of qmail-remote, qmail-local, vpopmail's vdelivermail and qmail-ldap's qmail-lspawn inside it), Apache James
2.1's RemoteDelivery bounce, Postfix 1.x's plain bounce and delay warning, sendmail 8.8-8.12's multipart report and
8.6's plain one, Lotus Notes R4/R5's Delivery Failure Report, GroupWise's status, Exchange 2000/2003's SMTP NDR and
Openwave/Critical Path InterMail's notice. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, original

LEAD = "lead@partner.example"
OTHER = "other@partner.example"
MARK = "X-Hand-Made: yes ({}, review old36)\n"
DATE = "Date: Thu, 3 Dec 2026 10:05:00 +0000\n"


def _plain(head: str, body: str) -> bytes:
    return (head + DATE + "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def _parts(head: str, bound: str, parts: list[tuple[str, str]], kind: str = "multipart/mixed") -> bytes:
    """A multipart notice: `parts` are (content-type line(s), body)."""
    body = "".join(f"--{bound}\n{ctype}\n\n{text}\n" for ctype, text in parts)
    return (head + DATE + f'MIME-Version: 1.0\nContent-Type: {kind}; boundary="{bound}"\n\n'
            f"This is a MIME-encapsulated message.\n\n{body}--{bound}--\n").encode()


def qmail_send(name: str, entries: list[tuple[str, str]], *, host: str = "mail.example.net") -> bytes:
    """qmail-send's bounce (qmail-send.c, netqmail 1.06: From MAILER-DAEMON@host, Subject "failure notice", "Hi. This
    is the qmail-send program at host." and its two sentences, each recipient as "<addr>:" then the delivery agent's
    text (qmail-remote's, qmail-local's or a .qmail program's such as vpopmail's vdelivermail), "--- Below this line
    is a copy of the message."). `entries`: (address, text)."""
    head = (f"Return-Path: <>\nReceived: (qmail 24490 invoked for bounce); 3 Dec 2026 10:05:00 -0000\n"
            f"From: MAILER-DAEMON@{host}\nTo: {SELLER}\nSubject: failure notice\n" + MARK.format("qmail-send bounce"))
    body = "".join(f"<{address}>:\n{text}\n\n" for address, text in entries)
    return _plain(head, f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your "
                        "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it "
                        f"didn't work out.\n\n{body}--- Below this line is a copy of the message.\n\n"
                        f"Return-Path: <{SELLER}>\n" + original(name, entries[0][0]))


def james_remote(name: str, address: str, lines: str) -> bytes:
    """Apache James 2.1's RemoteDelivery bounce (RemoteDelivery.java bounce(): "Hi. This is the James mail server at
    host." ..., the recipients one a line, then "Remote mail server told me: ...", "Unknown host: ..." or the
    exception's text, "The original message is attached."; JamesMailetContext.bounce() sends it as a reply to the
    original (MimeMessage.reply: "Re: " subject) with the original attached)."""
    head = (f"From: postmaster@james.example.org\nTo: {SELLER}\nSubject: Re: Quick question\n"
            f"In-Reply-To: <review25-{name}@example.com>\n" + MARK.format("James 2.1 RemoteDelivery bounce"))
    text = ("Hi. This is the James mail server at james.example.org.\nI'm afraid I wasn't able to deliver your message "
            "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  Below\n"
            "I include the list of recipients and the reason why I was unable to deliver\nyour message.\n\n"
            f"{address}\n{lines}\n\nThe original message is attached.\n")
    return _parts(head, f"james-{name}", [("Content-Type: text/plain; charset=us-ascii", text),
                                          ("Content-Type: message/rfc822", original(name, address))])


POSTFIX1_INTRO = ("This is the Postfix program at host mail.example.net.\n\n"
                  "I'm sorry to have to inform you that the message returned\n"
                  "below could not be delivered to one or more destinations.\n\n"
                  "For further assistance, please send mail to <postmaster>\n\n"
                  "If you do so, please include this problem report. You can\n"
                  "delete your own text from the message returned below.\n\n\t\t\tThe Postfix program\n\n")
POSTFIX1_DELAY = ("This is the Postfix program at host mail.example.net.\n\n"
                  "####################################################################\n"
                  "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                  "####################################################################\n\n"
                  "Your message could not be delivered for 4.0 hours.\n"
                  "It will be retried until it is 5.0 days old.\n\n"
                  "For further assistance, please send mail to <postmaster>\n\n\t\t\tThe Postfix program\n\n")


def postfix1(name: str, lines: str, *, delayed: bool = False, address: str = LEAD) -> bytes:
    """Postfix 1.1's bounce (bounce_notify_util.c of 1.1: From "MAILER-DAEMON (Mail Delivery System)", Subject
    "Undelivered Mail Returned to Sender" or, for the delay warning, "Delayed Mail (still being retried)"; a
    multipart/mixed of a "Notification" text with "<addr>: reason" lines and the "Undelivered Message"; no
    message/delivery-status part before Postfix 2.0)."""
    subject = "Delayed Mail (still being retried)" if delayed else "Undelivered Mail Returned to Sender"
    head = (f"From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nTo: {SELLER}\nSubject: {subject}\n"
            + MARK.format("Postfix 1.1 bounce"))
    return _parts(head, f"pf1-{name}", [
        ("Content-Description: Notification\nContent-Type: text/plain", (POSTFIX1_DELAY if delayed else
                                                                         POSTFIX1_INTRO) + lines + "\n"),
        ("Content-Description: Undelivered Message\nContent-Type: message/rfc822", original(name, address))])


def sendmail8(name: str, address: str, heading: str, transcript: str, dsn: str, *, subject: str,
              warning: bool = False) -> bytes:
    """sendmail 8.8-8.12's DSN (savemail.c errbody(): Subject "Returned mail: ...", a multipart/report whose text
    says "The original message was received at ..." then "   ----- The following addresses had permanent fatal errors
    -----" (or "transient non-fatal errors" in a warning, after the "THIS IS A WARNING MESSAGE ONLY" box),
    "   ----- Transcript of session follows -----", the transcript; then message/delivery-status and the original)."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>\nTo: {SELLER}\nSubject: {subject}\n"
            "Auto-Submitted: auto-generated (failure)\n" + MARK.format("sendmail 8.8-8.12 DSN"))
    box = ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
           "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n"
           if warning else "")
    text = (f"{box}The original message was received at Thu, 3 Dec 2026 10:00:00 +0000\nfrom host.example.com "
            f"[192.0.2.25]\n\n   ----- The following addresses had {heading} -----\n<{address}>\n\n"
            f"   ----- Transcript of session follows -----\n{transcript}\n")
    fields = (f"Reporting-MTA: dns; mail.example.net\nArrival-Date: Thu, 3 Dec 2026 10:00:00 +0000\n\n"
              f"Final-Recipient: RFC822; {address}\n{dsn}\nLast-Attempt-Date: Thu, 3 Dec 2026 10:05:00 +0000\n")
    return _parts(head, f"sm8-{name}", [("Content-Type: text/plain", text),
                                        ("Content-Type: message/delivery-status", fields),
                                        ("Content-Type: message/rfc822", original(name, address))],
                  "multipart/report; report-type=delivery-status")


def sendmail86(name: str, address: str, transcript: str, *, subject: str) -> bytes:
    """sendmail 8.6's plain notice (savemail.c of 8.6: Subject "Returned mail: ...", no MIME, "   ----- Transcript of
    session follows -----", the transcript, "   ----- Unsent message follows -----", the original)."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>\nTo: {SELLER}\nSubject: {subject}\n"
            + MARK.format("sendmail 8.6 notice"))
    return _plain(head, f"   ----- Transcript of session follows -----\n{transcript}\n\n"
                        "   ----- Unsent message follows -----\n" + original(name, address))


def notes_r5(name: str, address: str, because: str, *, document: str = "message", subject: str = "") -> bytes:
    """Lotus Notes/Domino R4-R5's Delivery Failure Report (Domino 5 administration help, "Customizing delivery failure
    reports"; IBM technote 1100477's example: "Delivery Failure Report", "Your document:" / "Your message", "was not
    delivered to:", "because:"; R4-R5 name the directory "public Name & Address Book")."""
    head = (f"From: Postmaster@notes.partner.example\nTo: {SELLER}\nSubject: DELIVERY FAILURE: {subject or because}\n"
            + MARK.format("Notes R5 delivery failure report"))
    return _plain(head, f"Delivery Failure Report\n\nYour {document}:\n\n  Quick question\n\nwas not delivered to:"
                        f"\n\n  {address}\n\nbecause:\n\n  {because}\n\nWhat should you do?\n  * Check the address "
                        "and try again.\n")


def groupwise(name: str, lines: str, address: str = LEAD) -> bytes:
    """GroupWise Internet Agent's status message (GroupWise 6.5-8 GWIA: Subject "Message status - undeliverable",
    "The message that you sent was undeliverable to the following:", each address with its status in brackets,
    "Possible causes:")."""
    head = (f"From: Mail Delivery System <MAILER-DAEMON@gw.partner.example>\nTo: {SELLER}\n"
            "Subject: Message status - undeliverable\nX-Mailer: GroupWise Internet Agent 7.0.3\n"
            + MARK.format("GroupWise GWIA status"))
    return _parts(head, f"gw-{name}", [
        ("Content-Type: text/plain", f"The message that you sent was undeliverable to the following:\n{lines}\n\n"
                                     "Possible causes:\n\tThe e-mail address was misspelled\n\tThe recipient does "
                                     "not have an account on this system\n"),
        ("Content-Type: message/rfc822", original(name, address))])


def exchange2000(name: str, text: str, code: str, *, status: str, address: str = LEAD, action: str = "failed") -> bytes:
    """Exchange 2000/2003's SMTP NDR (Microsoft KB 323484 and KB 284204: multipart/report, "Your message did not reach
    some or all of the intended recipients.", "The following recipient(s) could not be reached:", the address "on"
    the date, the user text and the "<server #x.y.z ...>" line; a message/delivery-status part with X-Display-Name)."""
    head = (f"From: System Administrator <postmaster@exch.example.co>\nTo: {SELLER}\nSubject: Undeliverable: Quick "
            "question\nContent-Class: urn:content-classes:dsn\n" + MARK.format("Exchange 2000/2003 SMTP NDR"))
    human = ("Your message did not reach some or all of the intended recipients.\n\n      Subject:\tQuick question\n"
             "      Sent:\t12/3/2026 10:00 AM\n\nThe following recipient(s) could not be reached:\n\n"
             f"      {address} on 12/3/2026 10:05 AM\n            {text}\n            {code}\n")
    fields = ("Reporting-MTA: dns;exch.example.co\nReceived-From-MTA: dns;client.example.co\nArrival-Date: Thu, 3 Dec "
              f"2026 10:00:00 +0000\n\nFinal-Recipient: rfc822;{address}\nAction: {action}\nStatus: {status}\n"
              "X-Display-Name: Lena Lead\n")
    return _parts(head, f"x2k-{name}", [("Content-Type: text/plain;\n\tcharset=\"iso-8859-1\"", human),
                                        ("Content-Type: message/delivery-status", fields),
                                        ("Content-Type: message/rfc822", original(name, address))],
                  "multipart/report; report-type=delivery-status")


def intermail(name: str, reason: str, address: str = LEAD) -> bytes:
    """Openwave (Critical Path / Software.com) InterMail's notice (its English message catalogue: Subject "Delivery
    Notification: Delivery has failed", "This report relates to a message you sent with the following header
    fields:", "This Message was undeliverable due to the following reason:", the reason paragraph, the addresses,
    "Please reply to Postmaster@... if you feel this message to be in error.")."""
    head = (f"From: Mail Delivery Subsystem <MAILER-DAEMON@im.partner.example>\nTo: {SELLER}\n"
            "Subject: Delivery Notification: Delivery has failed\nX-Mailer: InterMail vM.5.01.06.05\n"
            + MARK.format("InterMail notice"))
    return _plain(head, "This report relates to a message you sent with the following header fields:\n\n"
                        f"  Message-id: <review25-{name}@example.com>\n  Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
                        f"  From: {SELLER}\n  To: {address}\n  Subject: Quick question\n\n"
                        f"This Message was undeliverable due to the following reason:\n\n{reason}\n\n"
                        "Please reply to Postmaster@im.partner.example\nif you feel this message to be in error.\n")
