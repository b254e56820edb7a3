"""Notice layouts for review vintage55 (review_vintage55.py): whole notices of older and less common mail systems
(roughly 1995-2010) that the earlier reviews cite least, each builder after the system's own source or the
documents and archives that quote its template (named in each docstring; "framed" where the frame around a quoted
sentence is this review's own). Our side: seller@example.com; the original is a short sales e-mail. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_old47_layouts import LEAD, OTHER, original

SELLER = "seller@example.com"
MARK = "X-Hand-Made: yes ({}, review vintage55)\n"
__all__ = ["LEAD", "OTHER", "SELLER"]


def _multipart(head: str, bound: str, text: str, to: str, name: str, *, dsn: str = "", report: bool = True,
               headers_only: bool = False) -> bytes:
    kind = "multipart/report; report-type=delivery-status" if (dsn and report) else "multipart/mixed"
    part = f"--{bound}\nContent-Type: message/delivery-status\n\n{dsn}\n" if dsn else ""
    orig = original(name, to)
    if headers_only:
        orig = orig.split("\n\n")[0] + "\n"
    ctype = "text/rfc822-headers" if headers_only else "message/rfc822"
    return (head + f'MIME-Version: 1.0\nContent-Type: {kind};\n\tboundary="{bound}"\n\n'
            f"This is a multi-part message in MIME format.\n\n--{bound}\nContent-Type: text/plain; charset=us-ascii\n\n"
            f"{text}\n{part}--{bound}\nContent-Type: {ctype}\n\n{orig}\n--{bound}--\n").encode()


# ---- Sun ONE / iPlanet / Sun Java System / Oracle Communications Messaging Server, and PMDF before them ------------
def sun(name: str, entries: list[tuple[str, str, str, str]], *, delayed: bool = False, pmdf: bool = False) -> bytes:
    """The Messaging Server's notice (sisimai Lhost/MessagingServer.pm's comments; pastebin.com/nuTmn3Nu, Verizon's
    vms173005.mailsrvcs.net of 2008): Subject "Delivery Notification: Delivery has failed", a Boundary_(ID_...)
    multipart/report, "This report relates to a message you sent with the following header fields:", "Your message
    cannot be delivered to the following recipients:", per recipient "Recipient address:", "Reason:", "Diagnostic
    code:", "Remote system:"; its DSN's "Status: 5.x.x (<reason>)". `entries`: (address, reason, diagnostic or "",
    status). `delayed`: its delay notice (Subject "Delivery has been delayed", "Your message has been delayed and is
    still awaiting delivery to the following recipients:": weak, recalled). `pmdf`: PMDF V6's own headers."""
    bound = "Boundary_(ID_7yL3kq0Zg8nB+Hs2Ul4Tzw)"
    mta = "mail.partner-isp.example (PMDF V6.1-1 #8790)" if pmdf else "mail.partner-isp.example (tcp-daemon)"
    subject = "Delivery has been delayed" if delayed else "Delivery has failed"
    head = (f"Date: Tue, 28 Oct 2008 13:18:00 -0500 (CDT)\nFrom: Internet Mail Delivery <postmaster@mail.partner-isp."
            f"example>\nSubject: Delivery Notification: {subject}\nTo: {SELLER}\n"
            f"Message-id: <0K9I00J{name[:6].upper()}@mail.partner-isp.example>\n" + MARK.format("Messaging Server"))
    lead_in = ("Your message has been delayed and is still awaiting delivery\nto the following recipients:" if delayed
               else "Your message cannot be delivered to the following recipients:")
    blocks, dsn = "", ""
    for address, reason, diag, status in entries:
        blocks += f"  Recipient address: {address}\n  Reason: {reason}\n"
        if diag:
            blocks += f"  Diagnostic code: smtp;{diag}\n  Remote system: dns;mx.partner.example (TCP|192.0.2.25|41423|" \
                      "192.0.2.7|25) (mx.partner.example ESMTP)\n"
        blocks += "\n"
        dsn += (f"Original-recipient: rfc822;{address}\nFinal-recipient: rfc822;{address}\n"
                f"Action: {'delayed' if delayed else 'failed'}\nStatus: {status} ({reason})\n"
                + (f"Remote-MTA: dns;mx.partner.example\nDiagnostic-code: smtp;{diag}\n" if diag else "") + "\n")
    text = ("This report relates to a message you sent with the following header fields:\n\n"
            f"  Message-id: <old47-{name}@mail.example.com>\n  Date: Wed, 11 Mar 1998 08:21:00 -0500\n"
            f"  From: Seller <{SELLER}>\n  To: {entries[0][0]}\n  Subject: Quick question\n\n{lead_in}\n\n{blocks}")
    dsn = f"Reporting-MTA: dns;{mta}\nArrival-date: Tue, 28 Oct 2008 13:17:24 -0500 (CDT)\n\n" + dsn
    return _multipart(head, bound, text, entries[0][0], name, dsn=dsn)


# ---- Netscape Messaging Server 3.6/4.x and Openwave / Critical Path InterMail ----------------------------------------
NMS_TAIL = "Please reply to <Postmaster@mail.partner-isp.example>\nif you feel this message to be in error.\n"


def nms(name: str, reason: str, addresses: list[str], *, status: str = "5.0.0") -> bytes:
    """"This Message was undeliverable due to the following reason:" (Mailman 2.x Bouncers/Netscape.py: NMS 3.6 and
    4.1 notices; a 2004 linux-kernel thread quoting Verizon's 'Mail System Error - Returned Mail' with "Your message
    was not delivered because the destination computer\\nwas not found. ...", "The following recipients did not
    receive this message:", "Please reply to <Postmaster@...>\\nif you feel this message to be in error."), its
    DSN part without Final-Recipient fields as Netscape.py says NMS 3.6 wrote it."""
    bound = "--NMS-Boundary-" + name
    head = ("From: Mail Administrator <Postmaster@mail.partner-isp.example>\nReply-To: <Postmaster@mail.partner-isp."
            f"example>\nTo: {SELLER}\nSubject: Mail System Error - Returned Mail\nDate: Tue, 13 Jul 2004 22:51:10 -0500\n"
            f"Message-ID: <20040714035110.{name}@mail.partner-isp.example>\n" + MARK.format("Netscape Messaging Server"))
    listed = "".join(f"     <{a}>\n" for a in addresses)
    text = (f"This Message was undeliverable due to the following reason:\n\n{reason}\n\n"
            f"The following recipients did not receive this message:\n\n{listed}\n" + NMS_TAIL)
    dsn = ("Reporting-MTA: dns; mail.partner-isp.example\nArrival-Date: Tue, 13 Jul 2004 22:50:40 -0500\n\n"
           + "".join(f"Action: failed\nStatus: {status}\n\n" for _ in addresses))
    return _multipart(head, bound, text, addresses[0], name, dsn=dsn)


def intermail(name: str, body: str, first: str) -> bytes:
    """InterMail's (Software.com / Openwave / Critical Path) notice: the same "This Message was undeliverable due to
    the following reason:" head, then its own paragraphs as sisimai's EZweb table and a 2008 Road Runner forum quote
    give them: "Each of the following recipients was rejected by a remote mail server. The reasons given by the
    server are included to help you determine why each recipient was rejected." with "Recipient: <x>" / "Reason:
    <reply>" pairs; "The user(s) account is temporarily over quota."; "Your message was not delivered within N
    days and M hours. Remote host is not responding."; the address in angle brackets under a local paragraph."""
    bound = "--InterMail-Boundary-" + name
    head = ("From: Mail Administrator <Postmaster@mail.partner-isp.example>\nReply-To: <Postmaster@mail.partner-isp."
            f"example>\nTo: {SELLER}\nSubject: Mail System Error - Returned Mail\nDate: Wed, 16 Jan 2008 19:38:07 -0600\n"
            f"Message-ID: <20080117013807.{name}.imta07@mail.partner-isp.example>\n" + MARK.format("InterMail"))
    text = f"This Message was undeliverable due to the following reason:\n\n{body}\n\n" + NMS_TAIL
    return _multipart(head, bound, text, first, name)


# ---- MDaemon 6-10 ---------------------------------------------------------------------------------------------------
def mdaemon(name: str, address: str, transcript: list[str]) -> bytes:
    """MDaemon's DSN (its text as a 2013 notice from an MDaemon host is quoted in code-corpus comments: Subject
    "Permanent Delivery Failure", X-MDDSN-Message, "MDaemon Delivery Status Notification", "The attached message had
    PERMANENT fatal delivery errors.", "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS", "--- Session
    Transcript ---" with dated lines, "--- End Transcript ---"), the original attached."""
    rule = "-" * 74
    head = (f'Date: Wed, 11 Sep 2013 12:22:07 +0200\nFrom: "MDaemon at partner.example" <MDaemon@partner.example>\n'
            "Reply-To: noreply@partner.example\nSubject: Permanent Delivery Failure\n"
            f"To: {SELLER}\nX-MDaemon-Deliver-To: {SELLER}\nMessage-ID: <MDAEMON96362013{name}.AA2207984@partner."
            "example>\nX-Actual-From: MDaemon@partner.example\nX-MDDSN-Message: Yes\nX-Return-Path: <>\n"
            + MARK.format("MDaemon DSN"))
    lines = "".join(f" Wed 2013-09-11 12:22:0{i % 10}: {t}\n" for i, t in enumerate(transcript))
    text = (f"{rule}\nMDaemon Delivery Status Notification - http://www.altn.com/dsn/\n{rule}\n\nThe attached message "
            "had PERMANENT fatal delivery errors.\n\nAfter one or more unsuccessful delivery attempts the attached "
            "message has\nbeen removed from the MDaemon mail queue on this server.  The number and\nfrequency of "
            f"delivery attempts are determined by local configuration.\n\n{rule}\nYOUR MESSAGE WAS NOT DELIVERED TO ONE "
            f"OR MORE RECIPIENTS\n{rule}\n\n--- Session Transcript ---\n Wed 2013-09-11 12:22:04: Parsing message "
            f"<pd50004034668.msg>\n Wed 2013-09-11 12:22:04: *  From: {SELLER}\n Wed 2013-09-11 12:22:04: *  To: "
            f"{address}\n Wed 2013-09-11 12:22:04: *  Subject: Quick question\n{lines}--- End Transcript ---\n")
    return _multipart(head, "MDAEMON-F" + name, text, address, name)


# ---- XMail ----------------------------------------------------------------------------------------------------------
def xmail(name: str, address: str, reason: str, *, server: bool = True) -> bytes:
    """XMail's error response (its QueueUtils.cpp QueUtBuildErrorResponse(): From "<domain> PostMaster <...>",
    Subject "Error sending message [<spool>] from [<domain>]", X-MailerServer and X-SMTP-Mailer-Error headers, "[<00>]
    XMail bounce: Rcpt=[<rcpt>];Error=[<reason>]", "[<01>] Error sending message ...", ID / Mail From / Rcpt To /
    Server lines, "[<02>] The reason of the delivery failure was:", "[<05>] Here is listed the initial part of the
    message:"). No MIME."""
    spool = f"1199.{name}.mail.partner.example"
    srv = "Server:    <mx.partner.example> [192.0.2.7]\n" if server else ""
    head = (f"Date:   Wed, 16 Jan 2008 19:38:07 +0100\nX-MessageId: <{spool}>\nX-SmtpMessageId: <S{name}>\n"
            "From: mail.partner.example PostMaster <postmaster@mail.partner.example>\n"
            f"To: {SELLER}\nSubject: Error sending message [{spool}] from [mail.partner.example]\n"
            "X-MailerServer: XMail 1.25\nX-SMTP-Mailer-Error: Message = [" + spool + "] Server = [mail.partner.example]\n"
            + MARK.format("XMail QueueUtils.cpp"))
    body = (f"[<00>] XMail bounce: Rcpt=[{address}];Error=[{reason}]\n\n\n[<01>] Error sending message [{spool}] from "
            f"[mail.partner.example].\n\nID:        <S{name}>\nMail From: <{SELLER}>\nRcpt To:   <{address}>\n{srv}\n\n"
            f"[<02>] The reason of the delivery failure was:\n\n{reason}\n\n\n"
            "[<05>] Here is listed the initial part of the message:\n\n" + original(name, address).split("\n\n")[0] + "\n")
    return (head + "\n" + body).encode()


# ---- CommuniGate Pro 4-5 --------------------------------------------------------------------------------------------
def communigate(name: str, entries: list[tuple[str, str]]) -> bytes:
    """CommuniGate Pro's returned message (framed; its "Failed to deliver to '<addr>'" line as the bounce-address
    tables of list managers match it, each followed by the module's report, "SMTP module(domain d) reports:" / "host
    h says:" or "LOCAL module(account a) reports:"; weak: recalled), Subject "Undeliverable mail: <subject>"."""
    head = (f"Date: Mon, 05 Feb 2007 11:02:44 +0300\nFrom: MAILER-DAEMON@mail.partner-isp.example\nTo: {SELLER}\n"
            f"Subject: Undeliverable mail: Quick question\nMessage-ID: <auto-000{name}@mail.partner-isp.example>\n"
            + MARK.format("CommuniGate Pro, framed"))
    text = "".join(f"Failed to deliver to '<{a}>'\n{r}\n\n" for a, r in entries)
    return _multipart(head, "_===" + name + "====mail.partner-isp.example===_", text, entries[0][0], name)


# ---- smail 3 --------------------------------------------------------------------------------------------------------
SMAIL_RULE = "|------------------------- {} ---------------------|\n"


def smail(name: str, entries: list[tuple[str, str]]) -> bytes:
    """smail 3's returned mail (smail-3.2 src/notify.c as sisimai's rb Lhost comments quote models.c; KMail's
    createBounce() imitation; Mailman's SimpleMatch pattern 'Failed addresses follow:' ... 'Message text follows:'):
    Subject "mail failed, returning to sender", the failed addresses each with its error after " ... "."""
    head = (f"Date: Sat, 14 Mar 1998 08:22:05 +0100\nFrom: MAILER-DAEMON@mail.partner.example\nTo: {SELLER}\n"
            f"Subject: mail failed, returning to sender\nMessage-Id: <m0yDq7e-000{name}@mail.partner.example>\n"
            + MARK.format("smail 3"))
    listed = "".join(f" {a} ... {e}\n" for a, e in entries)
    body = (SMAIL_RULE.format("Failed addresses follow:") + listed
            + SMAIL_RULE.format("Message text follows: --") + original(name, entries[0][0]))
    return (head + "\n" + body).encode()


# ---- sendmail 8.9-8.13 ----------------------------------------------------------------------------------------------
SM_FATAL = "permanent fatal errors"
SM_TRANSIENT = "transient non-fatal errors"
SM_SUCCESS = "successful delivery notifications"
SM_WARNING = ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
              "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n")


# savemail.c's Auto-Submitted value for each kind of return (8.12 on).
_AUTO = {SM_FATAL: "failure", SM_TRANSIENT: "warning-timeout", SM_SUCCESS: "return-receipt"}


def sendmail8(name: str, listed: list[tuple[str, str]], transcript: str, dsn: list[tuple[str, str, str, str]], *,
              subject: str = "Returned mail: see transcript for details", heading: str = SM_FATAL,
              host: str = "mail.example.net") -> bytes:
    """sendmail 8.9-8.13's return (savemail.c errbody() of the era, freebsd-src usr.sbin/sendmail: "The original
    message was received at ...", "   ----- The following addresses had permanent fatal errors -----" (or transient
    non-fatal errors, or successful delivery notifications for a return receipt), each address and its "(reason:
    ...)" line, "   ----- Transcript of session follows -----", the multipart/report's delivery-status part, the
    original). A warning (heading SM_TRANSIENT) opens with the savemail.c "THIS IS A WARNING MESSAGE ONLY" box.
    `listed`: (address, reason line or ""); `dsn`: (address, action, status, diagnostic or "")."""
    bound = f"h4PAB{name}.1021980333/{host}"
    head = (f"Return-Path: <>\nReceived: from localhost (localhost)\n\tby {host} (8.11.6/8.11.6) id h4PAB{name};\n"
            f"\tTue, 21 May 2002 13:25:33 +0200\nDate: Tue, 21 May 2002 13:25:33 +0200\n"
            f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nMessage-Id: <200205211125.h4PAB{name}@{host}>\n"
            f"To: <{SELLER}>\nSubject: {subject}\nAuto-Submitted: auto-generated ({_AUTO[heading]})\n"
            + MARK.format("sendmail 8"))
    box = SM_WARNING if heading == SM_TRANSIENT else ""
    addrs = "".join(f"<{a}>\n" + (f"    (reason: {r})\n" if r else "") for a, r in listed)
    text = (f"{box}The original message was received at Tue, 21 May 2002 13:25:29 +0200\nfrom desk.example.com "
            f"[192.0.2.25]\n\n   ----- The following addresses had {heading} -----\n{addrs}\n"
            + (f"   ----- Transcript of session follows -----\n{transcript}\n" if transcript else ""))
    report = f"Reporting-MTA: dns; {host}\nArrival-Date: Tue, 21 May 2002 13:25:29 +0200\n\n" + "".join(
        f"Final-Recipient: RFC822; {a}\nAction: {act}\nStatus: {st}\n"
        + (f"Remote-MTA: DNS; mx.partner.example\nDiagnostic-Code: SMTP; {d}\n" if d else "")
        + "Last-Attempt-Date: Tue, 21 May 2002 13:25:33 +0200\n\n" for a, act, st, d in dsn)
    return _multipart(head, bound, text, listed[0][0], name, dsn=report)


# ---- Yahoo! Mail's own notice of the 2000s --------------------------------------------------------------------------
def yahoo_own(name: str, address: str, said: str) -> bytes:
    """Yahoo!'s returned mail of the 2000s (sisimai Lhost/Yahoo.pm and X2.pm markers: "Message from yahoo.com.",
    "Unable to deliver message to the following address(es).", "<addr>:" then the reason, "--- Original message
    follows."), Subject "Failure Notice", no MIME."""
    head = (f"Date: 12 Jun 2006 04:11:22 -0000\nFrom: MAILER-DAEMON@yahoo.com\nTo: {SELLER}\nSubject: Failure Notice\n"
            f"Message-ID: <{name}.1150085482.mta112.mail.re4.yahoo.com>\n" + MARK.format("Yahoo! notice"))
    body = (f"Message from yahoo.com.\nUnable to deliver message to the following address(es).\n\n<{address}>:\n{said}\n\n"
            "--- Original message follows.\n\n" + original(name, address))
    return (head + "\n" + body).encode()


# ---- Exchange 2000/2003 and the Windows SMTP service's DSN ----------------------------------------------------------
def exchange2003(name: str, entries: list[tuple[str, str, str]], *, status: str = "5.0.0") -> bytes:
    """Exchange 2000/2003's NDR as KB 284204 shows it ("Your message did not reach some or all of the intended
    recipients.", Subject / Sent lines, "The following recipient(s) could not be reached:", each recipient "on
    <date>", its explanation, "<server #x.x.x>" or "<server #5.0.0 smtp;reply>"), multipart/report with the DSN part
    (the SMTP service's X-DSNContext). `entries`: (address, explanation, bracketed code)."""
    bound = f"9B095B5ADSN=_01C3A2B3C4D5E6F7{name}exch01.corp.example"
    head = (f"From: postmaster@corp.example\nTo: {SELLER}\nDate: Fri, 11 Jul 2003 09:20:44 -0500\nMIME-Version: 1.0\n"
            "X-DSNContext: 335a7efd - 4480 - 00000001 - 80040546\nMessage-ID: <" + name + "I0000001@exch01.corp."
            "example>\nSubject: Delivery Status Notification (Failure)\n" + MARK.format("Exchange 2003 NDR"))
    rcpts = "".join(f"      {a} on 7/11/2003 9:20 AM\n            {e}\n            {code}\n\n" for a, e, code in entries)
    text = ("Your message did not reach some or all of the intended recipients.\n\n      Subject:\tQuick question\n"
            f"      Sent:\t7/11/2003 9:20 AM\n\nThe following recipient(s) could not be reached:\n\n{rcpts}")
    dsn = ("Reporting-MTA: dns;exch01.corp.example\nReceived-From-MTA: dns;desk\nArrival-Date: Fri, 11 Jul 2003 "
           "09:20:40 -0500\n\n" + "".join(f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {_status(code, status)}\n\n"
                                           for a, _e, code in entries))
    return _multipart(head.replace("MIME-Version: 1.0\n", ""), bound, text, entries[0][0], name, dsn=dsn)


def _status(code: str, default: str) -> str:
    """The x.x.x of '<server #x.x.x ...>'."""
    mark = code.find("#")
    return code[mark + 1:mark + 6] if mark >= 0 else default


SMTPSVC_DELAY = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
                 "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n")
SMTPSVC_RELAY = ("This is an automatically generated Delivery Status Notification.\n\nYour message has been successfully "
                 "relayed to the following recipients, but the requested delivery status notifications may not be "
                 "generated by the destination.\n\n")


def smtpsvc(name: str, address: str, lead_in: str, action: str, status: str, subject: str) -> bytes:
    """The Windows 2000/2003 SMTP service's (and so Exchange 2000/2003's) other DSNs: the delay ("THIS IS A WARNING
    MESSAGE ONLY.", "Delivery to the following recipients has been delayed.") and the relay notice ("Your message has
    been successfully relayed to the following recipients, but the requested delivery status notifications may not
    be generated by the destination."), as KB 284204 / Q295734 name them; the address indented, the DSN part."""
    bound = f"9B095B5ADSN=_01C3A2B3C4D5E6F8{name}relay.example"
    head = (f"From: postmaster@relay.example.com\nTo: {SELLER}\nDate: Fri, 11 Jul 2003 13:20:44 -0500\n"
            "X-DSNContext: 7ce717b1 - 1194 - 00000002 - 00000000\nMessage-ID: <" + name + "00000002@relay.example."
            f"com>\nSubject: {subject}\n" + MARK.format("Windows SMTP service DSN"))
    dsn = ("Reporting-MTA: dns;relay.example.com\nReceived-From-MTA: dns;desk\nArrival-Date: Fri, 11 Jul 2003 09:20:40 "
           f"-0500\n\nFinal-Recipient: rfc822;{address}\nAction: {action}\nStatus: {status}\n")
    return _multipart(head, bound, f"{lead_in}       {address}\n\n\n", address, name, dsn=dsn, headers_only=True)


# ---- GroupWise's Internet agent, IMail, MailEnable ------------------------------------------------------------------
def gwia(name: str, entries: list[tuple[str, str]]) -> bytes:
    """GroupWise 5-8's GWIA status message (Subject "Message status - undeliverable", "The message that you sent was
    undeliverable to the following:", each recipient tab-indented with its status in parentheses, "Possibly truncated
    original message follows:", as the list managers' bounce parsers quote it: sympa's 'groupwise7' branch, a
    GWIA.GATEWAY IMAP reader in the code corpus)."""
    head = (f"From: Mail Delivery System <GWIA.GATEWAY@partner.example>\nTo: {SELLER}\nDate: Thu, 18 Nov 2004 10:02:11 "
            f"-0600\nSubject: Message status - undeliverable\nMessage-Id: <s19c{name}.001@gw.partner.example>\n"
            + MARK.format("GroupWise GWIA"))
    listed = "".join(f"\t{a} ({s})\n" for a, s in entries)
    text = (f"The message that you sent was undeliverable to the following:\n{listed}\nInformation about your message:\n"
            f"\tSubject: Quick question\n\tCreation Date: 11/18/04 10:01\n\nPossibly truncated original message follows:")
    return _multipart(head, "=__PartGW" + name, text, entries[0][0], name)


def imail(name: str, line: str, address: str) -> bytes:
    """Ipswitch IMail 6-8's notice (classifier/reporters/imail.py after sisimai Lhost/IMailServer.pm: X-Mailer <IMail
    v8.22>, Subject "Undeliverable Mail", its own line then "Original message follows.")."""
    head = (f"From: postmaster@partner.example\nTo: {SELLER}\nDate: Mon, 2 Feb 2004 09:12:44 -0500\n"
            f"Subject: Undeliverable Mail\nX-Mailer: <IMail v8.22>\nMessage-Id: <{name}@partner.example>\n"
            + MARK.format("IMail"))
    return (head + f"\n{line}\n\nOriginal message follows.\n\n" + original(name, address)).encode()


def mailenable(name: str, entries: list[tuple[str, str]]) -> bytes:
    """MailEnable's notice (its text as quoted in code-corpus comments and tests: "MailEnable: Message could not be
    delivered to some recipients.", "The following recipient(s) could not be reached:", "\\tRecipient: [SMTP:addr]",
    "\\tReason: Remote SMTP Server Returned: <reply>"; the headers framed, X-MEFilter and Precedence: bulk as
    quoted)."""
    head = (f"From: POSTMASTER@partner.example\nTo: {SELLER}\nDate: Thu, 13 Jun 2013 11:55:30 +0530\nSubject: Message "
            f"Delivery Failure\nMessage-ID: <0EE6{name}.MAI@partner.example>\nX-MEFilter: 1\nPrecedence: bulk\n"
            + MARK.format("MailEnable"))
    listed = "".join(f"\tRecipient: [SMTP:{a}]\n\tReason: {r}\n\n" for a, r in entries)
    text = ("MailEnable: Message could not be delivered to some recipients.\nThe following recipient(s) could not be "
            f"reached:\n\n{listed}")
    return _multipart(head, "----=_ME" + name, text, entries[0][0], name)


# ---- mailing-list managers refusing OUR post ------------------------------------------------------------------------
LIST = "sales@lists.partner.example"


def mailman_reject(name: str, notice: str) -> bytes:
    """Mailman 2.1's rejection of a post (Mailman/Bouncer.py BounceMessage(): from the list owner, the original's
    Subject, multipart/mixed of the notice (Handlers/Moderate.py's RejectMessage text) and the original message)."""
    head = (f"From: sales-owner@lists.partner.example\nTo: {SELLER}\nSubject: Quick question\nDate: Tue, 6 Mar 2007 "
            f"10:00:02 -0500\nMessage-ID: <mailman.{name}.1173193202.1234.sales@lists.partner.example>\nPrecedence: "
            "bulk\nX-BeenThere: sales@lists.partner.example\nX-Mailman-Version: 2.1.9\n" + MARK.format("Mailman 2.1"))
    return _multipart(head, "===============03" + name, notice, LIST, name)


def mailman_held(name: str, reason: str) -> bytes:
    """Mailman 2.1's hold notice (Handlers/Hold.py, templates/en/postheld.txt: Subject "Your message to <List> awaits
    moderator approval", "Your mail to '<List>' with the subject ... Is being held until the list moderator can
    review it for approval.", "The reason it is being held:", "Either the message will get posted to the list, or
    you will receive\\nnotification of the moderator's decision.")."""
    head = (f"From: sales-bounces@lists.partner.example\nTo: {SELLER}\nSubject: Your message to Sales awaits moderator "
            f"approval\nDate: Tue, 6 Mar 2007 10:00:02 -0500\nMessage-ID: <mailman.{name}.1173193202.sales@lists."
            "partner.example>\nPrecedence: bulk\nX-Mailman-Version: 2.1.9\n" + MARK.format("Mailman 2.1 postheld")
            + "Content-Type: text/plain; charset=us-ascii\n")
    body = ("Your mail to 'Sales' with the subject\n\n    Quick question\n\nIs being held until the list moderator can "
            f"review it for approval.\n\nThe reason it is being held:\n\n    {reason}\n\nEither the message will get "
            "posted to the list, or you will receive\nnotification of the moderator's decision.  If you would like to "
            "cancel\nthis posting, please visit the following URL:\n\n    http://lists.partner.example/mailman/confirm/"
            "sales/2f8a6e5b0c\n\n")
    return (head + "\n" + body).encode()


def listserv_rejected(name: str) -> bytes:
    """LISTSERV's refusal of a non-subscriber's post (framed; Subject "Rejected posting to LIST@HOST" and the "You are
    not authorized to send mail to the LIST list from your <addr> account." paragraph as recalled from L-Soft's
    list owners' FAQ on the 'not authorized' error: weak), the rejected message after its dashed rule."""
    head = ('From: "L-Soft list server at LISTSERV.PARTNER.EXAMPLE (1.8e)" <LISTSERV@LISTSERV.PARTNER.EXAMPLE>\n'
            f"To: {SELLER}\nSubject: Rejected posting to SALES-L@LISTSERV.PARTNER.EXAMPLE\nDate: Wed, 2 Apr 2003 "
            f"09:12:44 -0500\nMessage-ID: <LISTSERV%{name}@LISTSERV.PARTNER.EXAMPLE>\n" + MARK.format("LISTSERV"))
    body = ("You are not  authorized to send  mail to the  SALES-L list from  your\nseller@EXAMPLE.COM account. You "
            "might be authorized to send to the list from\nanother of your accounts, or perhaps when using another mail "
            "program\nwhich generates slightly different addresses, but LISTSERV has no way\nto associate this other "
            "account or address with yours. If you need\nassistance or if you have any question regarding the policy "
            "of the\nSALES-L list, please contact the list owners: SALES-L-request@LISTSERV.PARTNER.EXAMPLE.\n\n"
            "------------------------ Rejected message (8 lines) --------------------------\n"
            + original(name, "SALES-L@LISTSERV.PARTNER.EXAMPLE"))
    return (head + "\n" + body).encode()


# ---- no failure at all: an old vacation program, return receipts -------------------------------------------------
def vacation1(name: str) -> bytes:
    """BSD vacation(1)'s reply, the man page's own example message file (From, "Subject: I am on vacation",
    "Delivered-By-The-Graces-Of: The Vacation program", "Precedence: bulk", "I am on vacation until July 22. If you
    have something urgent, please contact Keith Bostic ...") as sent to us."""
    return ("From: lead@partner.example (Lena Lead)\nTo: seller@example.com\nSubject: I am on vacation\n"
            "Delivered-By-The-Graces-Of: The Vacation program\nPrecedence: bulk\nDate: Mon, 20 Jul 1998 09:12:44 "
            f"-0700\nMessage-Id: <199807201612.{name}@partner.example>\n" + MARK.format("vacation(1)")
            + "\nI am on vacation until July 22.  If you have something urgent,\nplease contact Keith Bostic "
            "<bostic@partner.example>.\n\t\t\t\t--lena\n").encode()


def notes_receipt(name: str) -> bytes:
    """Lotus Notes' return receipt (Subject "Return Receipt", "Your document:" / "was received by:" / "at:"; weak:
    recalled from Notes 5-8 clients' receipts)."""
    return (f"From: Lena Lead <lead@partner.example>\nTo: {SELLER}\nSubject: Return Receipt\nDate: Thu, 11 Mar 2004 "
            f"09:12:44 -0500\nMessage-ID: <OF{name}.return@partner.example>\nX-Mailer: Lotus Notes Release 6.5 "
            "September 26, 2003\n" + MARK.format("Notes return receipt") + "Content-Type: text/plain\n\n"
            "Your document:\tQuick question\nwas received by:\tLena Lead/Partner\nat:\t03/11/2004 09:12:44 AM\n"
            ).encode()


def courier_relayed(name: str, address: str) -> bytes:
    """Courier's relay notice (courier/doc/courierdsn.html, Courier 0.10 of 1999: Subject "NOTICE: mail delivery
    status.", "You requested a delivery acknowledgement (a return receipt) for the following recipients of your
    E-mail message.  Unfortunately, your message has been transferred to a remote mail system running older
    software that ..." (the rest of the sentence framed), Action: relayed)."""
    head = (f'From: "Courier mail server at relay1.example.com" <@>\nTo: {SELLER}\nSubject: NOTICE: mail delivery '
            f"status.\nDate: Mon, 05 Jul 1999 14:55:42 -0400\nMessage-ID: <courier.3780FFAE.{name}@relay1.example.com>\n"
            + MARK.format("Courier relay notice"))
    text = ("This is a delivery status notification from relay1.example.com,\nrunning the Courier mail server, "
            "version 0.10.\n\nThe original message was received on Mon, 05 Jul 1999 14:55:26 -0400\nfrom localhost "
            "(localhost [])\n\n\n\nYou requested a delivery acknowledgement (a return receipt) for the\nfollowing "
            "recipients of your E-mail message.  Unfortunately, your message\nhas been transferred to a remote mail "
            "system running older software that\ndoes not support delivery acknowledgements.  You will not receive "
            f"one.\n\n<{address}>:\n    mx.partner.example [192.0.2.7]\n")
    dsn = ("Reporting-MTA: dns; relay1.example.com\nArrival-Date: Mon, 05 Jul 1999 14:55:26 -0400\n\n"
           f"Final-Recipient: rfc822; {address}\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns; mx.partner.example\n")
    return _multipart(head, "=_courier-" + name, text, address, name, dsn=dsn)
