"""Review 181's layouts (tests/classifier/review_notices181.py, review_notices181_more.py): the builders of its
hand-made messages (a one-part message, an RFC 3464 report with returned headers, our original and our own
out-of-office as a bounce returns them) and the MTAs' own failure texts with their sources."""

from __future__ import annotations

import email.header
import zlib

from tests.classifier.review_notices50_sources import hard

__all__ = ["hard"]  # the rows' expectation helper, with the layouts

SELLER = "seller@ourco.example"
KIM = "kim@partner.example"
LEAD = "lead@partner.example"
SUBJ = "Quote for Q3"
HOST = "mx.partner.example"
NO: list[tuple] = []  # no bounce: an auto-reply, an acknowledgement, a challenge


def _subject(text: str) -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return email.header.Header(text, "utf-8", maxlinelen=76, header_name="Subject").encode()


def _ident(name: str) -> str:
    return f"<r181-{zlib.crc32(name.encode()):08x}@{HOST}>"


def original(subject: str = SUBJ, to: str = KIM, extra: str = "") -> str:
    """Our message's header block, as a bounce returns it."""
    return (f"From: Sam Seller <{SELLER}>\nTo: <{to}>\nSubject: {_subject(subject)}\n"
            f"Date: Thu, 03 Dec 2026 09:14:58 +0000\nMessage-ID: <q3-{zlib.crc32(subject.encode()):08x}@ourco.example>\n"
            f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


# Our own out-of-office answering kim (Exchange's Automatic Replies: MS-OXCMAIL 2.2.3.2.1, Auto-Submitted and
# X-Auto-Response-Suppress on an OOF), the message an NDR returns in part B.
OOF_ORIGINAL = original("Automatic reply: Re: Samples", extra="Auto-Submitted: auto-generated\n"
                        "X-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: seller@ourco.example\n"
                        "In-Reply-To: <abc-123@partner.example>\n")


def msg(name: str, from_: str, subject: str, body: str, extra: str = "", *, to: str = SELLER,
        ctype: str = "text/plain; charset=utf-8") -> bytes:
    """A one-part message: the header block as written, then `body`."""
    return (f"From: {from_}\nTo: {to}\nSubject: {_subject(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n"
            f"Message-ID: {_ident(name)}\n{extra}MIME-Version: 1.0\nContent-Type: {ctype}\n"
            "Content-Transfer-Encoding: 8bit\n\n" + body + "\n").encode()


def report(name: str, from_: str, subject: str, text: str, fields: str, extra: str = "", *,
           returned: str | None = None) -> bytes:
    """An RFC 3464 / RFC 6522 report: the text, the delivery-status fields, the returned headers."""
    b = f"r181-{zlib.crc32(name.encode()):08x}"
    return (f"From: {from_}\nTo: {SELLER}\nSubject: {_subject(subject)}\nDate: Fri, 04 Dec 2026 10:15:02 +0100\n"
            f"Message-ID: {_ident(name)}\n{extra}MIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
            f"--{b}\nContent-Type: text/plain; charset=utf-8\n\n{text}\n"
            f"--{b}\nContent-Type: message/delivery-status\n\n{fields}\n"
            f"--{b}\nContent-Type: text/rfc822-headers\n\n{returned if returned is not None else original()}\n"
            f"--{b}--\n").encode()


def row(name: str, source: str, raw: bytes, expected: list) -> tuple:
    return (f"r181-{name}", "hand-made (review 181) after " + source, raw, expected)


# ---- the MTAs' own words -------------------------------------------------------------------------------------------
PF_SRC = ("vdukhovni/postfix src/bounce/bounce_templates.c (the failure template: 'I'm sorry to have to inform you that "
          "your message could not / be delivered to one or more recipients'), bounce_notify_util.c (Auto-Submitted: "
          "auto-replied on every bounce), smtpd_check.c ('Recipient address rejected: User unknown in virtual mailbox "
          "table')")
PF_TEXT = ("This is the mail system at host mail.partner.example.\n\nI'm sorry to have to inform you that your message "
           "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
           "send mail to postmaster.\n\n                   The mail system\n\n")
REPLY = f"550 5.1.1 <{KIM}>: Recipient address rejected: User unknown in virtual mailbox table"
PF_FIELDS = (f"Reporting-MTA: dns; mail.partner.example\n\nFinal-Recipient: rfc822; {KIM}\nOriginal-Recipient: "
             f"rfc822;{KIM}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; {HOST}\nDiagnostic-Code: smtp; {REPLY}\n")
PF_FROM = "MAILER-DAEMON@mail.partner.example (Mail Delivery System)"

SM_SRC = ("freebsd-src contrib/sendmail/src/savemail.c (errbody: '   ----- The following addresses had permanent fatal "
          "errors -----', '   ----- Transcript of session follows -----'; returntosender writes 'Auto-Submitted: "
          "auto-generated (failure)' and 'Subject: Returned mail: see transcript for details')")
SM_TEXT = ("The original message was received at Thu, 3 Dec 2026 09:14:58 GMT\nfrom relay.ourco.example [198.51.100.7]"
           f"\n\n   ----- The following addresses had permanent fatal errors -----\n<{KIM}>\n    (reason: 550 5.1.1 "
           f"<{KIM}>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to {HOST}.:\n"
           f">>> RCPT To:<{KIM}>\n<<< 550 5.1.1 <{KIM}>... User unknown\n550 5.1.1 <{KIM}>... User unknown\n")
SM_FIELDS = (f"Reporting-MTA: dns; relay.partner.example\nArrival-Date: Thu, 3 Dec 2026 09:14:58 GMT\n\n"
             f"Final-Recipient: RFC822; {KIM}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: DNS; {HOST}\n"
             f"Diagnostic-Code: SMTP; 550 5.1.1 <{KIM}>... User unknown\nLast-Attempt-Date: Thu, 3 Dec 2026 09:15:01 GMT\n")
SM_FROM = "Mail Delivery Subsystem <MAILER-DAEMON@relay.partner.example>"

EXIM_SRC = ("Exim src/deliver.c (the bounce: 'This message was created automatically by mail delivery software.', 'A "
            "message that you sent could not be delivered to one or more of its / recipients. This is a permanent "
            "error. The following address(es) failed:', 'SMTP error from remote mail server after RCPT TO:', "
            "'------ This is a copy of the message, including all the headers. ------'; its header fields "
            "X-Failed-Recipients and Auto-Submitted: auto-replied; Subject 'Mail delivery failed: returning message to "
            "sender')")


def exim_text(returned: str = "") -> str:
    return ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
            "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
            f"failed:\n\n  {KIM}\n    host {HOST} [192.0.2.25]\n    SMTP error from remote mail server after RCPT "
            f"TO:<{KIM}>:\n    {REPLY}\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            + (returned or original()) + "\nHello Kim, here is the quote.\n")


EXIM_FROM = "Mail Delivery System <Mailer-Daemon@mail.partner.example>"

QMAIL_SRC = ("netqmail qmail-send.c (bounce text 'Hi. This is the qmail-send program at ...', 'I'm afraid I wasn't able "
             "to deliver your message to the following addresses.', 'This is a permanent error; I've given up. Sorry it "
             "didn't work out.', '--- Below this line is a copy of the message.'; Subject 'failure notice'), "
             "qmail-local.c ('Sorry, no mailbox here by that name. (#5.1.1)')")


def qmail_text(returned: str = "") -> str:
    return (f"Hi. This is the qmail-send program at {HOST}.\nI'm afraid I wasn't able to deliver your message to the "
            "following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{KIM}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the "
            "message.\n\nReturn-Path: <seller@ourco.example>\n" + (returned or original()) + "\nHello Kim.\n")


QMAIL_FROM = f"MAILER-DAEMON@{HOST}"

EXO_SRC = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (the NDR's 'Your "
           "message to ... couldn't be delivered.', '... wasn't found at ...', 'Remote Server returned '550 5.1.10 "
           "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup''), sent from the organization's "
           "Microsoft Outlook system mailbox (MicrosoftExchange...@)")
EXO_TEXT = (f"Your message to {KIM} couldn't be delivered.\n\nkim wasn't found at partner.example.\n\nSam Seller    "
            "Office 365    kim\nAction Required                Recipient\n\nUnknown To address\n\nDiagnostic "
            f"information for administrators:\n\nGenerating server: AM0PR01MB1234.eurprd01.prod.outlook.com\n\n{KIM}\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
            "lookup'\n")
EXO_FIELDS = (f"Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.outlook.com\n\nFinal-recipient: RFC822; {KIM}\n"
              "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
              "Recipient not found by SMTP address lookup\n")
EXO_FROM = "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.example>"

EX03_SRC = ("Exchange 2003's plain-text NDR (Microsoft KB 284204 'Delivery status notifications in Exchange Server': 'Your "
            "message did not reach some or all of the intended recipients.', 'The following recipient(s) could not be "
            "reached:', 'The e-mail account does not exist at the organization this message was sent to.', '<host "
            "#5.1.1>'), From System Administrator <postmaster@>")


def ex03_text(subject: str = SUBJ) -> str:
    return ("Your message did not reach some or all of the intended recipients.\n\n      Subject:\t" + subject
            + "\n      Sent:\t03/12/2026 09:14\n\nThe following recipient(s) could not be reached:\n\n      "
            f"{KIM} on 03/12/2026 09:15\n            The e-mail account does not exist at the organization this "
            "message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct "
            f"address.\n            <{HOST} #5.1.1>\n")


EX03_FROM = "System Administrator <postmaster@partner.example>"
