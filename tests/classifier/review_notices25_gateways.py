"""The twenty-fifth review's third part: notices of filters, gateways and unnamed MTAs that Sisimai
4.25 has a parser for (Sisimai::Lhost::X1, X2, X3, X6, mFILTER, MailMarshalSMTP, MailFoundry,
SurfControl, Activehunter, Barracuda; libsisimai-perl, read as an outside opinion: code only),
each layout written from that parser's markers and the layout its comments sketch, the reply
inside each written here, with more than one cause per layout. Expectations are the taxonomy's
reading of the words (with the team's call: English no-such-user words with no SMTP stage and no
5.1.x status are `filtered`), written before the classifier ran. All HAND-MADE; run by
test_review_notices25.py."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, original

R, S, ANY = "recipient", "sender", None
TO = "lead@partner.example"
SRC = "Sisimai::Lhost::{} (libsisimai-perl 4.25) as outside opinion: the layout after its parser's markers"


def _plain(head: str, body: str) -> bytes:
    return (head + "X-Hand-Made: yes (review 25, after a Sisimai parser's markers)\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body).encode()


def _with_copy(head: str, name: str, text: str, *, dsn: str = "", headers_only: bool = False) -> bytes:
    bound = f"r25g-{name}"
    kind = "multipart/report; report-type=delivery-status" if dsn else "multipart/mixed"
    report = f"--{bound}\nContent-Type: message/delivery-status\n\n{dsn}\n" if dsn else ""
    copy = (f"--{bound}\nContent-Type: text/rfc822-headers\n\n" + original(name, TO).split("\n\n")[0] + "\n\n"
            if headers_only else f"--{bound}\nContent-Type: message/rfc822\n\n{original(name, TO)}\n")
    return (head + f"X-Hand-Made: yes (review 25, after a Sisimai parser's markers)\nMIME-Version: 1.0\n"
            f"Content-Type: {kind}; boundary=\"{bound}\"\n\n--{bound}\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{text}\n" + report + copy + f"--{bound}--\n").encode()


def x1(name: str, error: str) -> bytes:
    head = ('From: "Mail Deliver System" <MAILER-DAEMON@mx.example.jp>\nTo: ' + SELLER +
            "\nSubject: Returned Mail: Delivery failed\n")
    body = ("The original message was received at Thu, 3 Dec 2026 19:00:00 +0900 (JST)\nfrom " + SELLER + "\n\n"
            f"---The following addresses had delivery errors---\n\n{TO} [{error}]\n\n"
            "Received: from 192.0.2.1 (mail.example.com [192.0.2.1])\n\tby mx.example.jp; Thu, 3 Dec 2026\n"
            + original(name, TO))
    return _plain(head, body)


def x2(name: str, error: str) -> bytes:
    head = f"From: MAILER-DAEMON@mail.example.net\nTo: {SELLER}\nSubject: Delivery failure\n"
    body = ("Message from example.net.\nUnable to deliver message to the following address(es).\n\n"
            f"<{TO}>:\n{error}\n\n--- Original message follows.\n\n" + original(name, TO))
    return _plain(head, body)


def x3(name: str, detail: str) -> bytes:
    head = f"From: Mail Delivery System <MAILER-DAEMON@relay.example.net>\nTo: {SELLER}\n" \
           "Subject: Delivery status notification\n"
    rule = "=" * 76
    text = (f"{rule}\n      This is an automatically generated Delivery Status Notification.\n\n"
            f"Delivery to the following recipients failed permanently:\n\n  * {TO}\n\n\n{rule}\n"
            f"                            Technical details:\n\n{detail}\n\n\n{rule}\n")
    return _with_copy(head, name, text)


def x6(name: str, reply: str) -> bytes:
    head = f"From: postmaster@relay.example.net\nTo: {SELLER}\nSubject: There was an error sending your mail\n"
    body = (f"1 error(s):\n\nSMTP Server <mx.partner.example> rejected recipient <{TO}> (Error following RCPT "
            f"command). It responded as follows: [{reply}]\n\nThe attachment contains the original mail headers.\n\n"
            + original(name, TO))
    return _plain(head, body)


def mfilter(name: str, reply: str, command: str) -> bytes:
    head = f"From: Mail Administrator <postmaster@relay.example.co.jp>\nTo: {SELLER}\nSubject: failure notice\n" \
           "X-Mailer: m-FILTER\n"
    body = ("このメールは「m-FILTER」が自動的に生成して送信しています。\nメールサーバーとの通信中、下記の理由により\n"
            f"このメールは送信できませんでした。\n\n以下のメールアドレスへの送信に失敗しました。\n{TO}\n\n\n"
            f"-------server message\n{reply}\n\n-------SMTP command\n{command}\n\n-------original message\n\n"
            + original(name, TO))
    return _plain(head, body)


def mailmarshal(name: str, reply: str) -> bytes:
    head = f'From: MailMarshal <postmaster@relay.example.com>\nTo: {SELLER}\nSubject: Undeliverable Mail: "Quick ' \
           'question"\n'
    text = (f"Your message:\n   From:    {SELLER}\n   Subject: Quick question\n\nCould not be delivered because of\n\n"
            f"{reply}\n\nThe following recipients were affected: \n    {TO}\n\n\nAdditional Information\n"
            f"======================\nOriginal Sender:    <{SELLER}>\nSender-MTA:         <192.0.2.10>\n"
            "Remote-MTA:         <192.0.2.25>\nReporting-MTA:      <relay.example.com>\n"
            "MessageName:        <B549996730000.000000000001.0003.mml>\n"
            "Last-Attempt-Date:  <19:00:05 Thu, 03 Dec 2026>\n")
    return _with_copy(head, name, text)


def mailfoundry(name: str, reply: str) -> bytes:
    head = (f"From: MAILER-DAEMON@mf.example.org\nTo: {SELLER}\nSubject: Message delivery has failed\n"
            "Received: from mail.example.com (192.0.2.1) by mf.example.org (MAILFOUNDRY) id abc123;"
            " Thu, 3 Dec 2026 10:00:00 +0000\n")
    text = (f"Unable to deliver message to: <{TO}>\nDelivery failed for the following reason:\n"
            f"Server mx22.partner.example[192.0.2.222] failed with: {reply}\n\n"
            "This has been a permanent failure.  No further delivery attempts will be made.\n")
    return _with_copy(head, name, text)


def surfcontrol(name: str, reply: str) -> bytes:
    head = (f"From: postmaster@sef.example.com\nTo: {SELLER}\nSubject: Delivery failure\n"
            "X-SEF-Processed: 0_0_0_000__2026_12_03_19_00_05\nX-Mailer: SurfControl E-mail Filter\n")
    text = ("Your message could not be sent.\nA transcript of the attempts to send the message follows.\n"
            f"The number of attempts made: 1\nAddressed To: {TO}\n\nThu 03 Dec 2026 19:00:05 +0900\n"
            f"Failed to send to identified host,\n{TO}: [192.0.2.5], {reply}\n--- Message non-deliverable.\n")
    return _with_copy(head, name, text)


def activehunter(name: str, reply: str) -> bytes:
    head = (f'From: "MAILER-DAEMON" <MAILER-DAEMON@ah.example.jp>\nTo: {SELLER}\nSubject: FAILURE NOTICE : Quick '
            "question\nX-AHMailID: 000000000001\n")
    text = ("  ----- The following addresses had permanent fatal errors -----\n\n"
            f">>> {TO} <{TO}>\n\n  ----- Transcript of session follows -----\n{reply}\n")
    return _with_copy(head, name, text)


def barracuda(name: str, status: str, diagnostic: str) -> bytes:
    head = f"From: Barracuda <postmaster@barracuda.example.com>\nTo: {SELLER}\n" \
           "Subject: **Message you sent blocked by our bulk email filter**\n"
    text = (f"Your message to: {TO}\n\nwas blocked by our Spam Firewall. The email you sent with the following "
            "subject has NOT BEEN DELIVERED:\n\nSubject: Quick question\n")
    dsn = (f"Reporting-MTA: dns; barracuda.example.com\n\nFinal-Recipient: rfc822; {TO}\nAction: failed\n"
           f"Status: {status}\nDiagnostic-Code: SMTP; {diagnostic}\n")
    return _with_copy(head, name, text, dsn=dsn, headers_only=True)


def _row(name, mta, raw, hard, reasons, scope=ANY):
    return (f"{mta.lower()}-{name}", SRC.format(mta), raw, [(TO, hard, reasons, scope, False)])


UNKNOWN_TEAM = ("filtered",)  # the team's call for English no-such-user words with no stage or 5.1.x
GATEWAY_ROWS = [
    _row("user-unknown", "X1", x1("x1a", "User unknown"), False, UNKNOWN_TEAM, R),
    _row("mailbox-full", "X1", x1("x1b", "Mailbox full"), False, ("mailboxfull",), R),
    _row("host-unknown", "X1", x1("x1c", "Host unknown"), True, ("hostunknown",), R),
    _row("qmail-said-5-1-1", "X2", x2("x2a", "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 "
                                              f"<{TO}>: Recipient address rejected: User unknown\nGiving up on "
                                              "192.0.2.25."), True, ("userunknown",), R),
    _row("no-host-named", "X2", x2("x2b", "Sorry, I couldn't find any host named partner.example. (#5.1.2)"), True,
         ("hostunknown",), R),
    _row("blocklisted", "X2", x2("x2c", "192.0.2.25 does not like recipient.\nRemote host said: 554 5.7.1 Service "
                                        "unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org\n"
                                        "Giving up on 192.0.2.25."), False, ("blocked",), S),
    _row("rcpt-no-such-user", "X3", x3("x3a", f"SMTP:RCPT host 192.0.2.8: 553 5.3.0 <{TO}>... No such user here"),
         True, ("userunknown",), R),
    _row("no-gateway", "X3", x3("x3b", f"Routing: Could not find a gateway for {TO}"), False,
         ("networkerror", "systemerror", "onhold", "undefined"), ANY),
    _row("over-quota", "X3", x3("x3c", "Diagnostic-Code: smtp; 552 5.2.2 Over quota"), False, ("mailboxfull",), R),
    _row("user-unknown-rcpt", "X6", x6("x6a", "550 5.1.1 User unknown"), True, ("userunknown",), R),
    _row("client-blocked", "X6", x6("x6b", "554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using "
                                           "zen.spamhaus.org"), False, ("blocked",), S),
    _row("unknown-user-rcpt", "mFILTER", mfilter("mfa", f"550 5.1.1 unknown user <{TO}>", "RCPT"), True,
         ("userunknown",), R),
    _row("spam-after-data", "mFILTER", mfilter("mfb", "550 5.7.1 Message rejected as spam", "DATA"), False,
         ("spamdetected",), ANY),
    _row("user-unknown-5-1-1", "MailMarshalSMTP", mailmarshal("mma", "550 5.1.1 User unknown"), True,
         ("userunknown",), R),
    _row("spamcop", "MailMarshalSMTP", mailmarshal("mmb", "554 5.7.1 Service unavailable; Client host [192.0.2.10] "
                                                          "blocked using bl.spamcop.net"), False, ("blocked",), S),
    _row("no-such-user-no-stage", "MailFoundry", mailfoundry("mfoa", f"550 <{TO}> No such user here"), False,
         UNKNOWN_TEAM, R),
    _row("no-such-user-5-1-1", "MailFoundry", mailfoundry("mfob", f"550 5.1.1 <{TO}> No such user here"), True,
         ("userunknown",), R),
    _row("quota", "MailFoundry", mailfoundry("mfoc", f"552 5.2.2 <{TO}> Mailbox quota exceeded"), False,
         ("mailboxfull",), R),
    _row("no-such-user-no-stage", "SurfControl", surfcontrol("sca", f"550 {TO}... No such user"), False,
         UNKNOWN_TEAM, R),
    _row("user-unknown-5-1-1", "SurfControl", surfcontrol("scb", f"550 5.1.1 {TO}... User unknown"), True,
         ("userunknown",), R),
    _row("spamhaus", "SurfControl", surfcontrol("scc", "554 Service unavailable; Client host [198.51.100.7] "
                                                       "blocked using zen.spamhaus.org"), False, ("blocked",), S),
    _row("chkusr", "Activehunter", activehunter("aha", "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)"),
         True, ("userunknown",), R),
    _row("over-quota", "Activehunter", activehunter("ahb", "552 sorry, the mailbox is over quota (#5.2.2)"), False,
         ("mailboxfull",), R),
    _row("bulk-filter", "Barracuda", barracuda("bca", "5.7.1", "554 5.7.1 Message blocked by our bulk email filter"),
         False, ("spamdetected", "filtered", "policyviolation"), ANY),
    _row("user-unknown-downstream", "Barracuda", barracuda("bcb", "5.1.1", f"550 5.1.1 <{TO}>... User Unknown"),
         True, ("userunknown",), R),
]


def messaging_server(name: str, reason: str, diagnostic: str | None, status: str) -> bytes:
    """Oracle Communications (Sun Java System) Messaging Server's report (Sisimai::Lhost::
    MessagingServer's markers and the layout its comments sketch: "This report relates to a message
    you sent with the following header fields:", "Your message cannot be delivered to the following
    recipients:", "Recipient address:", "Reason:", "Diagnostic code:"; then the DSN part, its
    Status followed by the reason in parentheses)."""
    head = (f"From: Internet Mail Delivery <postmaster@ms.example.jp>\nTo: {SELLER}\n"
            "Subject: Delivery Notification: Delivery has failed\n"
            "Received: from ms.example.jp (ms.example.jp) by ms.example.jp (MessagingServer) with Internet\n")
    diag = f"  Diagnostic code: smtp;{diagnostic}\n  Remote system: dns;mx.partner.example\n" if diagnostic else ""
    text = ("This report relates to a message you sent with the following header fields:\n\n"
            f"  Message-id: <review25-{name}@example.com>\n  Date: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"  From: Seller <{SELLER}>\n  To: {TO}\n  Subject: Quick question\n\n"
            "Your message cannot be delivered to the following recipients:\n\n"
            f"  Recipient address: {TO}\n  Reason: {reason}\n{diag}")
    dsn = ("Reporting-MTA: dns;ms.example.jp (tcp-daemon)\nArrival-date: Thu, 03 Dec 2026 10:00:00 +0000 (GMT)\n\n"
           f"Original-recipient: rfc822;{TO}\nFinal-recipient: rfc822;{TO}\nAction: failed\n"
           f"Status: {status} ({reason})\n" + ("Remote-MTA: dns;mx.partner.example\n"
                                               f"Diagnostic-code: smtp;{diagnostic}\n" if diagnostic else ""))
    return _with_copy(head, name, text, dsn=dsn)


# "Illegal host/domain": the MTA cannot deliver to that host (docs.oracle.com, Sun Java System Messaging
# Server 6 2005Q4 Administration Guide, "Illegal Host/Domain Errors"; PMDF's manual: transient DNS errors
# are not returned, so a returned one is final).
MS_SRC = "MessagingServer"

GATEWAY_ROWS += [
    _row("illegal-host-domain", MS_SRC, messaging_server("msa", "Illegal host/domain name found", None, "5.0.0"), True,
         ("hostunknown",), R),
    _row("rejected-address-user-unknown", MS_SRC, messaging_server(
        "msb", "Remote SMTP server has rejected address", f"550 5.1.1 <{TO}>... User Unknown", "5.1.1"), True,
        ("userunknown",), R),
    # "Remote SMTP server has rejected address" is Messaging Server's heading for any refusal at
    # RCPT; the quoted reply says why (here our IP on a blocklist).
    _row("rejected-address-blocklist", MS_SRC, messaging_server(
        "msc", "Remote SMTP server has rejected address", "554 5.7.1 Service unavailable; Client host "
        "[198.51.100.7] blocked using zen.spamhaus.org", "5.7.1"), False, ("blocked",), S),
    _row("rejected-address-full", MS_SRC, messaging_server(
        "msd", "Remote SMTP server has rejected address", f"552 5.2.2 <{TO}>... Mailbox full", "5.2.2"), False,
        ("mailboxfull",), R),
]


def gmx(name: str, entry: str) -> bytes:
    """GMX's and mail.com's own notice (Sisimai::Lhost::GMX: its X-GMX-Antispam header, Exim-like
    text with the address quoted then "SMTP error from remote server after RCPT command:", "host:"
    and the reply on lines of their own, or "Reason:" and its own words; the original's header
    after "--- The header of the original message is following. ---")."""
    head = (f"From: Mail Delivery System <mailer-daemon@gmx.net>\nTo: {SELLER}\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            "X-GMX-Antispam: 0 (Mail was not recognized as spam); Detail=V3;\nX-GMX-Antivirus: 0 (no virus found)\n")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of\nits recipients. This is a permanent "
            f"error. The following address\nfailed:\n\n{entry}\n\n"
            "--- The header of the original message is following. ---\n\n" + original(name, TO).split("\n\n")[0] + "\n")
    return _plain(head, body)


def _gmx_rcpt(reply: str) -> str:
    return f'"{TO}":\nSMTP error from remote server after RCPT command:\nhost: mx.partner.example\n{reply}'


GATEWAY_ROWS += [
    _row("user-unknown-rcpt", "GMX", gmx("gmxa", _gmx_rcpt(f"5.1.1 <{TO}>... User Unknown")), True,
         ("userunknown",), R),
    _row("retry-timeout", "GMX", gmx("gmxb", f"<{TO}>\nReason:\ndelivery retry timeout exceeded"), False,
         ("expired",), ANY),
    _row("blocklisted-rcpt", "GMX", gmx("gmxc", _gmx_rcpt("554 5.7.1 Service unavailable; Client host "
                                                           "[212.227.15.1] blocked using zen.spamhaus.org")), False,
         ("blocked",), S),
    _row("mailbox-full-rcpt", "GMX", gmx("gmxd", _gmx_rcpt(f"552 5.2.2 <{TO}>... Mailbox full")), False,
         ("mailboxfull",), R),
]
