"""Notice layouts for review vintage57 (review_vintage57.py): whole notices of mail systems of roughly 1995-2010 in
forms the earlier reviews (old36, old37, old47, vintage55) did not lay out: Exchange 5.5's Internet Mail Service /
MTA report as Microsoft's Knowledge Base quotes it, Lotus Domino 6-8's SMTP report, Exim 3's plain return, the
Courier mail server's report (courierdsn.html), sendmail 5's return, MailFoundry's notice and three report forms
sisimai keeps as "Unknown MTA" #1, #3 and #6, vacation(1) replies and Exchange 5.5 / Outlook receipts. Each builder
names its source in its docstring ("recalled" where the frame is this review's memory of the system, not a
document). Our side: seller@example.com; the original is a short sales e-mail. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_old47_layouts import original
from tests.classifier.review_vintage55_layouts import SELLER, _multipart

MARK = "X-Hand-Made: yes ({}, review vintage57)\n"


def _plain(head: str, body: str) -> bytes:
    return (head + "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def _mixed(head: str, bound: str, text: str, to: str, name: str) -> bytes:
    return _multipart(head, bound, text, to, name, dsn="", report=False)


# ---- Exchange 4.0-5.5: the IMS / MTA non-delivery report ----------------------------------------------------------
def ex55(name: str, entries: list[tuple[str, list[str]]]) -> bytes:
    """Exchange 5.5's report to an Internet sender as KB Q251152 shows it in full (Date, "From: System Administrator
    <postmaster@...>", "Subject: Undeliverable: <subject>", "Your message" / To / Subject / Sent / "did not reach the
    following recipient(s):", each recipient "<address> on <date>" then its lines: the explanation, "The MTS-ID of
    the original message is: ...", "MSEXCH:IMS:<org>:<site>:<server> 0 (<code>) <words>"; KB Q246881, Q182558,
    Q201058 quote the same body for other causes); a multipart/mixed with the original attached.
    `entries`: (address, lines)."""
    head = ("Date: Mon, 17 Jan 2000 16:49:25 -0500\nFrom: System Administrator <postmaster@partner.example>\n"
            f"To: {SELLER}\nSubject: Undeliverable: Quick question\nX-Mailer: Internet Mail Service (5.5.2650.21)\n"
            f"Message-ID: <{name}.EXCH1@partner.example>\n" + MARK.format("Exchange 5.5 IMS"))
    blocks = "".join(f"{a} on Mon, 17 Jan 2000 16:49:22 -0500\n" + "".join(f"    {line}\n" for line in lines)
                     + "\n" for a, lines in entries)
    text = ("Your message\n\n  To:      " + ", ".join(a for a, _ in entries) + "\n  Subject: Quick question\n"
            "  Sent:    Mon, 17 Jan 2000 16:48:45 -0500\n\ndid not reach the following recipient(s):\n\n" + blocks)
    return _mixed(head, f"----_=_NextPart_000_01BF6125.{name}", text, entries[0][0], name)


def ex55_receipt(name: str, address: str, *, read: bool) -> bytes:
    """Exchange 5.5 / Outlook's delivery receipt and read receipt (KB Q149021 and Q266205 describe both; the body
    "Your message ... was delivered to the following recipient(s):" / "was read on ..." is recalled from the
    client's rendering of REPORT.IPM.Note.DR / .RN, weak)."""
    subject, said = (("Read: Quick question", "was read on 1/18/2000 9:12 AM.") if read else
                     ("Delivered: Quick question", f"was delivered to the following recipient(s):\n\n{address} on "
                                                   "1/17/2000 4:49 PM"))
    head = (f"Date: Tue, 18 Jan 2000 09:12:10 -0500\nFrom: Lena Park <{address}>\nTo: {SELLER}\nSubject: {subject}\n"
            f"X-Mailer: Internet Mail Service (5.5.2650.21)\nMessage-ID: <{name}.EXCH1@partner.example>\n"
            + MARK.format("Exchange 5.5 receipt"))
    return _plain(head, f"Your message\n\n  To:      {address}\n  Subject: Quick question\n  Sent:    Mon, 17 Jan "
                        f"2000 16:48:45 -0500\n\n{said}\n")


# ---- Lotus Domino 6-8: the SMTP delivery failure report ------------------------------------------------------------
def domino(name: str, entries: list[tuple[str, str, str]]) -> bytes:
    """Domino 6-8's report to an Internet sender (sisimai Lhost/Domino.pm's comments: "Your message", "  Subject:
    ...", "was not delivered to:", the address, "because:", the reason; each further recipient its own "was not
    delivered to:" / "because:" pair; Subject "DELIVERY FAILURE: <reason>"; IBM's Open Mic of 9 May 2012 for the
    relay failure "Error transferring to <host>; SMTP Protocol Returned a Permanent Error ..."), multipart/report
    with Domino's DSN part. `entries`: (address, reason, status)."""
    bound = f"0__=0ABBFF{name}8f9e8a93df938690918c0ABBFF"
    head = (f"From: Postmaster@partner.example\nTo: {SELLER}\nDate: Wed, 14 Mar 2007 10:02:41 +0100\nSubject: "
            f"DELIVERY FAILURE: {entries[0][1].split(':')[0][:60]}\nMessage-ID: <OF{name}.ON85257297@partner.example>\n"
            "X-MIMETrack: Serialize by Router on Notes01/Partner(Release 7.0.2|September 26, 2006) at 03/14/2007\n"
            + MARK.format("Domino 7"))
    text = "Your message\n\n  Subject: Quick question\n\n" + "".join(
        f"was not delivered to:\n\n  {a}\n\nbecause:\n\n  {why}\n\n" for a, why, _ in entries)
    dsn = ("Reporting-MTA: dns;Notes01.partner.example\nArrival-Date: Wed, 14 Mar 2007 10:02:40 +0100\n\n"
           + "".join(f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {st}\n\n" for a, _, st in entries))
    return _multipart(head, bound, text, entries[0][0], name, dsn=dsn)


# ---- Exim 3.x ------------------------------------------------------------------------------------------------------
EXIM3_FAIL = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not "
              "be delivered to all of its recipients. The\nfollowing address(es) failed:\n\n")
EXIM3_WARN = ("This message was created automatically by mail delivery software.\n\nA message that you sent has not "
              "yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on "
              "mail.example.org.\n\nThe message identifier is:     12Xj9w-0004Ql-00\nThe subject of the message is: "
              "Quick question\nThe date of the message is:    Tue, 14 Nov 2000 09:12:00 +0000\n\n")
EXIM3_NOACTION = ("\nNo action is required on your part. Delivery attempts will continue for\nsome time, and this "
                  "warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail "
                  "delivery software will give up,\nand when that happens, the message will be returned to you.\n")


def exim3(name: str, entries: list[tuple[str, str]], *, warning: bool = False) -> bytes:
    """Exim 3.x's return (deliver.c of 3.x as sisimai Lhost/Exim.pm quotes its 4.x descendant: "This message was
    created automatically by mail delivery software.", Exim 3's "could not be delivered to all of its recipients.
    The following address(es) failed:" (recalled: 4.x added "This is a permanent error"), each address indented
    with its error under it, "------ This is a copy of the message, including all the headers. ------"); plain text,
    no DSN part, no X-Failed-Recipients. `warning`: the delay warning (deliver.c's warn text, "Delay reason: ",
    "No action is required on your part."). `entries`: (address, error)."""
    subject = "Warning: message 12Xj9w-0004Ql-00 delayed 24 hours" if warning else \
        "Mail delivery failed: returning message to sender"
    head = ("Return-path: <>\nReceived: from mail by mail.example.org with local (Exim 3.36 #1 (Debian))\n\tid "
            f"12Xj9w-0004Ql-00\n\tfor {SELLER}; Wed, 15 Nov 2000 09:30:02 +0000\nFrom: Mail Delivery System "
            f"<Mailer-Daemon@mail.example.org>\nTo: {SELLER}\nSubject: {subject}\nMessage-Id: <E12Xj9w-0004Ql-00@mail"
            ".example.org>\nDate: Wed, 15 Nov 2000 09:30:02 +0000\n" + MARK.format("Exim 3"))
    if warning:
        (address, why), = entries
        body = (EXIM3_WARN + f"The address to which the message has not yet been delivered is:\n\n  {address}\n"
                f"    Delay reason: {why}\n" + EXIM3_NOACTION)
    else:
        body = EXIM3_FAIL + "".join(f"  {a}:\n    {why}\n" for a, why in entries)
    return _plain(head, body + "\n------ This is a copy of the message, including all the headers. ------\n\n"
                  + original(name, entries[0][0], date="Tue, 14 Nov 2000 09:12:00 +0000"))


# ---- The Courier mail server (0.3x-0.6x) -----------------------------------------------------------------------------
RULE = "-" * 75


def courier(name: str, entries: list[tuple[str, str]], *, delayed: bool = False) -> bytes:
    """Courier's report as its own courierdsn.html shows it (From "Courier mail server at <host>" <@>, Subject
    "NOTICE: mail delivery status." or "WARNING: delayed mail.", "This is a delivery status notification from
    <host>, running the Courier mail server, version ...", "The original message was received on ...", a rule, the
    section title "UNDELIVERABLE MAIL" / "DELAYS IN DELIVERING YOUR MESSAGE", "Your message to the following
    recipients cannot be delivered:", each "<address>:" then its host and the ">>> / <<<" dialogue or
    module.esmtp's own sentence (esmtpclient.c: "No such domain.", "This domain's DNS violates RFC 1035.", "DNS
    lookup failed."), its DSN part). `entries`: (address, lines under it)."""
    bound = f"=_courier_{name}"
    subject = "WARNING: delayed mail." if delayed else "NOTICE: mail delivery status."
    head = ('From: "Courier mail server at relay1.example.com" <@>\n' f"To: {SELLER}\nSubject: {subject}\n"
            f"Message-ID: <courier.3780FFAE.{name[:8]}@relay1.example.com>\nDate: Mon, 05 Jul 2004 14:55:42 -0400\n"
            + MARK.format("Courier"))
    title, lead_in = (("DELAYS IN DELIVERING YOUR MESSAGE", "Your message to the following recipients has not been "
                       "delivered yet.\nDelivery attempts will continue.") if delayed else
                      ("UNDELIVERABLE MAIL", "Your message to the following recipients cannot be delivered:"))
    blocks = "".join(f"<{a}>:\n" + "".join(f"    {line}\n" for line in lines.split("\n")) + "\n" for a, lines in entries)
    text = ("This is a delivery status notification from relay1.example.com,\nrunning the Courier mail server, version "
            "0.47.\n\nThe original message was received on Mon, 05 Jul 2004 14:55:26 -0400\nfrom desk.example.com "
            f"[192.0.2.44]\n\n{RULE}\n\n{title.center(75).rstrip()}\n\n{lead_in}\n\n{blocks}{RULE}\n")
    action, status = ("delayed", "4.0.0") if delayed else ("failed", "5.0.0")
    dsn = ("Reporting-MTA: dns; relay1.example.com\nArrival-Date: Mon, 05 Jul 2004 14:55:26 -0400\n\n"
           + "".join(f"Final-Recipient: rfc822; {a}\nAction: {action}\nStatus: {status}\n\n" for a, _ in entries))
    return _multipart(head, bound, text, entries[0][0], name, dsn=dsn)


# ---- sendmail 5.x ----------------------------------------------------------------------------------------------------
def sendmail5(name: str, reason: str, transcript: str, address: str) -> bytes:
    """sendmail 5.x's return (sisimai Lhost/V5sendmail.pm's savemail.c lines: Subject "Returned mail: <Reason>",
    "   ----- Transcript of session follows -----", the transcript, "   ----- Unsent message follows -----", the
    original; no DSN). SunOS 4 and old HP-UX shipped it to the late 1990s."""
    head = (f"Date: Thu, 9 Jan 1997 10:14:22 -0800\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@gw.partner.example>\n"
            f"Subject: Returned mail: {reason}\nMessage-Id: <9701091814.AA{name[:5]}@gw.partner.example>\nTo: {SELLER}\n"
            + MARK.format("sendmail 5"))
    return _plain(head, f"   ----- Transcript of session follows -----\n{transcript}\n\n   ----- Unsent message follows "
                        "-----\n" + original(name, address, date="Thu, 9 Jan 1997 10:13:02 -0800"))


# ---- MailFoundry and three forms sisimai calls "Unknown MTA" --------------------------------------------------------
def mailfoundry(name: str, address: str, reply: str) -> bytes:
    """MailFoundry's notice (sisimai Lhost/MailFoundry.pm: "Received: ... (MAILFOUNDRY) id ...", "Unable to deliver
    message to: <address>", "Delivery failed for the following reason:", "Server <host>[<ip>] failed with: <reply>",
    "This has been a permanent failure.  No further delivery attempts will be made.")."""
    head = ("Received: from localhost (127.0.0.1) by mf.partner.example (MAILFOUNDRY) id 7cLp1kQ2EdyOuH1l; Tue, 26 Jun "
            "2007 11:09:01 -0500\nFrom: MAILER-DAEMON <mailer-daemon@mf.partner.example>\nSubject: Message delivery "
            f"has failed\nTo: {SELLER}\nDate: Tue, 26 Jun 2007 11:09:01 -0500\n" + MARK.format("MailFoundry"))
    body = (f"Unable to deliver message to: <{address}>\nDelivery failed for the following reason:\nServer "
            f"mx22.partner.example[192.0.2.222] failed with: {reply}\n\nThis has been a permanent failure.  No further "
            "delivery attempts will be made.\n\n----- Original message -----\n")
    return _plain(head, body + original(name, address))


def x1_returned(name: str, entries: list[tuple[str, str]]) -> bytes:
    """sisimai's Unknown MTA #1 (Lhost/X1.pm: From '"Mail Deliver System" <...>', Subject "Returned Mail: ...", "The
    original message was received at ... from ...", "---The following addresses had delivery errors---", each
    "<address> [<reason>]")."""
    head = ('From: "Mail Deliver System" <MAILER-DAEMON@mx.partner.example>\nSubject: Returned Mail: '
            f"{entries[0][1]}\nTo: {SELLER}\nDate: Thu, 29 Apr 2010 23:34:45 +0900\n" + MARK.format("Unknown MTA #1"))
    body = ("The original message was received at Thu, 29 Apr 2010 23:34:45 +0900\nfrom seller@example.com\n\n"
            "---The following addresses had delivery errors---\n\n" + "".join(f"{a} [{r}]\n" for a, r in entries))
    return _plain(head, body + "\n" + original(name, entries[0][0]))


def x3_report(name: str, entries: list[tuple[str, str]]) -> bytes:
    """sisimai's Unknown MTA #3 (Lhost/X3.pm: From "Mail Delivery System", Subject "Delivery status notification",
    the ruled "This is an automatically generated Delivery Status Notification.", "Delivery to the following
    recipients failed permanently:", "  * <address>", "Technical details:", "SMTP:RCPT host <ip>: <reply>" or
    "Routing: <text>")."""
    rule = "=" * 76
    head = (f"From: Mail Delivery System <mailer-daemon@relay.partner.example>\nSubject: Delivery status notification"
            f"\nTo: {SELLER}\nDate: Fri, 8 Jun 2012 10:20:30 +0200\n" + MARK.format("Unknown MTA #3"))
    body = (f"{rule}\n     This is an automatically generated Delivery Status Notification.\n\nDelivery to the "
            "following recipients failed permanently:\n\n" + "".join(f"  * {a}\n" for a, _ in entries)
            + f"\n{rule}\n{'Technical details:'.center(76).rstrip()}\n\n" + "".join(f"{t}\n" for _, t in entries)
            + f"\n{rule}\n")
    return _plain(head, body + "\n" + original(name, entries[0][0]))


def x6_errors(name: str, address: str, host: str, reply: str, command: str = "RCPT") -> bytes:
    """sisimai's Unknown MTA #6 (Lhost/X6.pm: Subject "There was an error sending your mail", "1 error(s):", "SMTP
    Server <host> rejected recipient <address> (Error following <COMMAND> command). It responded as follows:
    [<reply>]")."""
    head = (f"From: postmaster@webmail.example.com\nSubject: There was an error sending your mail\nTo: {SELLER}\n"
            "Date: Mon, 11 May 2009 18:05:11 +0900\n" + MARK.format("Unknown MTA #6"))
    body = (f"The mail server detected your message as a mistake.\n\n1 error(s):\n\nSMTP Server <{host}> rejected "
            f"recipient <{address}> \n  (Error following {command} command). It responded as follows: [{reply}]\n\n")
    return _plain(head, body + original(name, address))


# ---- vacation(1) -----------------------------------------------------------------------------------------------------
def vacation(name: str, address: str, headers: str, text: str) -> bytes:
    """vacation(1)'s reply: the user's whole .vacation.msg (headers included) sent back once a week (4.3BSD and
    Domain/OS manual pages, whose examples the rows reuse), "Precedence: junk" as the BSD program adds it."""
    head = (f"Date: Mon, 14 Jul 1997 08:30:00 -0400\nFrom: {address}\nTo: {SELLER}\n{headers}Precedence: junk\n"
            f"Message-Id: <199707141230.IAA{name[:5]}@partner.example>\n" + MARK.format("vacation(1)"))
    return _plain(head, text)
