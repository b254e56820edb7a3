"""Review isp52's own layouts (HAND-MADE, whole messages): the consumer ISPs' and webmail providers' OWN notices
(AOL's mailer-daemon report, Yahoo's 'Message from yahoo.com' failure notice, Outlook.com's own NDR after it had
accepted the mail, Road Runner's 'Mail System Delivery Report'), and what those providers send that is no bounce
(challenge-response requests of EarthLink spamBlocker, Boxbe and Mailblocks). The sending side's own notices
(Gmail, Microsoft 365, Postfix, Exim, Sendmail, qmail) are holdout50's, old47's and old36's builders. Each builder
names the page its words follow; our seller is seller@example.com."""

from __future__ import annotations

SELLER = "seller@example.com"
MARK = "X-Hand-Made: yes ({}, review isp52)\n"
_SUBJ = "Quick question about your order"


def original(rid: str, to: str, date: str) -> str:
    """Our sales mail as a notice returns it."""
    return (f"From: Sam Seller <{SELLER}>\nTo: {to}\nSubject: {_SUBJ}\nDate: {date}\n"
            f"Message-ID: <isp52-{rid}@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            "Hello,\n\ndo you have ten minutes this week for a short call about your order?\n\nSam\n")


def aol_own(rid: str, address: str, reply: str, translation: str, *, status: str = "5.1.1",
            date: str = "Tue, 14 Mar 2006 10:12:44 -0500 (EST)") -> bytes:
    """AOL's own mailer-daemon report (postmaster.aol.com/trouble/mailer.html 'Mailer-Daemon Errors': 'The original
    message was received at ... from ...', the AOL Postmaster's '*** ATTENTION ***' paragraph, 'The AOL address that
    was undeliverable is listed in the section labeled ... permanent fatal errors', the transcript whose '<<<' line is
    the specific reason and whose next line 'a general translation for other e-mail servers'; help.aol.com KC 73062's
    example '... while talking to air29.mail.aol.com.: >>> RCPT To:<...> <<< 550 Mailbox not found / 550 <...>...
    User unknown'); sendmail's multipart/report around it (AOL's inbound was sendmail-based then)."""
    text = (f"The original message was received at {date}\nfrom mail.example.com [198.51.100.7]\n\n"
            "*** ATTENTION ***\n\nYour e-mail is being returned to you because there was a problem with its\n"
            "delivery.  The AOL address which was undeliverable is listed in the section\nlabeled: \"----- The "
            "following addresses had permanent fatal errors -----\".\n\nThe reason your mail is being returned to you "
            "is listed in the section\nlabeled: \"----- Transcript of Session Follows -----\".\n\nThe line beginning "
            "with \"<<<\" describes the specific reason your e-mail could\nnot be delivered.  The next line contains "
            "a second error message which is a\ngeneral translation for other e-mail servers.\n\nPlease direct "
            "further questions regarding this message to your e-mail\nadministrator.\n\n--AOL Postmaster\n\n\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n<{address}>\n\n"
            f"   ----- Transcript of session follows -----\n... while talking to air-xa03.mail.aol.com.:\n"
            f">>> RCPT To:<{address}>\n<<< {reply}\n{translation}\n")
    fields = (f"Reporting-MTA: dns; omr-m07.mx.aol.com\nArrival-Date: {date}\n\nFinal-Recipient: RFC822; {address}\n"
              f"Action: failed\nStatus: {status}\nRemote-MTA: DNS; air-xa03.mail.aol.com\nDiagnostic-Code: SMTP; "
              f"{reply}\nLast-Attempt-Date: {date}\n")
    b = f"k2EFCi{rid}.omr-m07.mx.aol.com"
    return (f"Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@aol.com>\nTo: <{SELLER}>\nDate: {date}\n"
            "Subject: Returned mail: User unknown\nAuto-Submitted: auto-generated (failure)\n"
            f"Message-Id: <200603141512.{rid}@omr-m07.mx.aol.com>\n" + MARK.format("AOL mailer-daemon report")
            + f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
            f"This is a MIME-encapsulated message\n\n--{b}\n\n{text}\n--{b}\nContent-Type: message/delivery-status\n\n"
            f"{fields}\n--{b}\nContent-Type: message/rfc822\n\n" + original(rid, address, date) + f"\n--{b}--\n"
            ).encode()


def yahoo_own(rid: str, address: str, reason: str, *, date: str = "Mon, 5 Nov 2012 14:03:11 +0000") -> bytes:
    """Yahoo's own failure notice after it had accepted a message (its qmail-derived template: Subject 'Failure
    Notice', 'Sorry, we were unable to deliver your message to the following address.', the address then the
    reason with its '[#102]'-style code, '--- Below this line is a copy of the message.'; the reasons are Yahoo's
    help page 'My email is being blocked by Yahoo! Mail' (help.yahoo.com/l/in/yahoo/mail/original/abuse/
    abuse-57.html) and the rules a list host keyed to them (cybersalt.org/bounce-policy #42, #49))."""
    return (f"Return-Path: <>\nFrom: MAILER-DAEMON@yahoo.com\nTo: {SELLER}\nDate: {date}\nSubject: Failure Notice\n"
            f"Message-ID: <{rid}.failure@mta1047.mail.ne1.yahoo.com>\n" + MARK.format("Yahoo failure notice") +
            "\nSorry, we were unable to deliver your message to the following address.\n\n"
            f"<{address}>:\n{reason}\n\n--- Below this line is a copy of the message.\n\n"
            f"Received: from [198.51.100.7] by mta1047.mail.ne1.yahoo.com with NNFMP; {date}\n"
            + original(rid, address, date)).encode()


def outlook_own(rid: str, address: str, explain: str, remote: str, status: str,
                date: str = "Wed, 9 Mar 2016 16:40:02 +0000") -> bytes:
    """Outlook.com's own NDR after it had accepted the mail (postmaster@outlook.com, Exchange 2013's layout:
    'Delivery has failed to these recipients or groups:', the user text, 'Diagnostic information for
    administrators:', 'Remote Server returned ...', the original headers: learn.microsoft.com 'Non-delivery reports
    in Exchange Server'; the quota wording is Exchange's STOREDRV QuotaExceeded NDR text)."""
    srv = "BLU004-MC2F41.hotmail.com"
    text = (f"Delivery has failed to these recipients or groups:\n\n{address}\n{explain}\n\n\n\n\n\n\n"
            f"Diagnostic information for administrators:\n\nGenerating server: {srv}\n\n{address}\n"
            f"Remote Server returned '{remote}'\n\nOriginal message headers:\n\n"
            f"Received: from mail.example.com ([198.51.100.7]) by {srv} with Microsoft SMTPSVC; {date}\n"
            + original(rid, address, date).split("\n\n")[0] + "\n")
    return (f"From: postmaster@outlook.com\nTo: <{SELLER}>\nDate: {date}\nSubject: Undeliverable: {_SUBJ}\n"
            f"Message-ID: <{rid}-ndr@{srv}>\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n"
            + MARK.format("Outlook.com own NDR") + "MIME-Version: 1.0\nContent-Type: multipart/report; "
            "report-type=delivery-status; boundary=\"_olc_\"\n\n"
            f"--_olc_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
            f"--_olc_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{srv}\n\n"
            f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp;{remote}\n\n"
            "--_olc_\nContent-Type: text/rfc822-headers\n\n" + original(rid, address, date).split("\n\n")[0]
            + "\n\n--_olc_--\n").encode()


def rr_relayed(rid: str, address: str) -> bytes:
    """Road Runner's 'Mail System Delivery Report' (postmaster.rr.com/help.htm: From 'Mail Administrator
    <Postmaster@mail.rr.com>', 'As part of the delivery process, your message was relayed to a machine which does
    not handle delivery status notifications. As a result, it is not possible to determine whether the message will
    get to its final destination.'): the answer to a delivery receipt request, no failure."""
    date = "Wed, 30 Jan 2008 16:24:10 -0500"
    return (f"From: Mail Administrator <Postmaster@mail.rr.com>\nTo: {SELLER}\nDate: {date}\n"
            f"Subject: Mail System Delivery Report\nMessage-ID: <{rid}.relayed@cdptpa-omta02.mail.rr.com>\n"
            + MARK.format("Road Runner relayed report") + "\nThis report relates to your message:\n"
            f"Subject: {_SUBJ}, Message-ID: <isp52-{rid}@example.com>, To: <{address}>\n\n"
            "of Wed, 30 Jan 2008 16:24:02 -0500\n\nAs part of the delivery process, your message was relayed to a "
            "machine which\ndoes not handle delivery status notifications. As a result, it is not\npossible to "
            "determine whether the message will get to its final destination.\n\nPlease reply to "
            "<Postmaster@mail.rr.com>\nif you feel this message to be in error.\n").encode()


def challenge(rid: str, who: str, sender: str, subject: str, text: str, *, extra: str = "",
              date: str = "Thu, 8 Jun 2006 11:02:40 -0400") -> bytes:
    """A challenge-response system's request to the sender (no failure: the mail is held until the sender proves
    a person sent it); the words are cited per row."""
    return (f"From: {sender}\nTo: {SELLER}\nDate: {date}\nSubject: {subject}\n"
            f"Message-ID: <{rid}.challenge@{sender.split('@')[-1].rstrip('>')}>\nIn-Reply-To: <isp52-{rid}@example.com>\n"
            f"{extra}" + MARK.format("challenge-response request") + "MIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=us-ascii\n\n{text.format(who=who)}\n").encode()
