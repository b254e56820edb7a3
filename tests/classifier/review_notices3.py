"""The third independent review's whole notices: older and less common MTAs and groupware, each
notice laid out the way its server's own source writes it (maddy, Stalwart, Apache James,
Citadel, Postal, ZMailer) or carrying its server's documented reply texts (Oracle/Sun
Messaging Server, FTGate, Kerio Connect, GNU Mailutils, Exchange 5.5's X.400-era NDR). Rows as
in review_notices2.py (whose docstring says what a row holds); each row names its source. The
expectation was written from the server's words and shared/classifier/taxonomy.md BEFORE the
classifier ran. test_review_notices3.py runs them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN

HOST = ("hostunknown",)
GAVE_UP = ("expired", "networkerror", "systemerror")

# Sources (each wording below is quoted from one of these).
MADDY_DSN = "foxcpp/maddy internal/dsn/dsn.go (failedText, 'Delivery to %s failed with error: %v', RecipientInfo.WriteTo)"
MADDY_SQL = "foxcpp/maddy internal/storage/imapsql/delivery.go (userDoesNotExist: 501 5.1.1 'User does not exist')"
MADDY_MX = ("foxcpp/maddy internal/target/remote/connect.go (lookupMX: 'MX lookup error' 5.4.4; null MX: 556 5.1.10 "
            "'Domain does not accept email (null MX)'; 'No usable MXs, last err: '; REQUIRETLS 550 5.7.30)")
STALWART_DSN = ("stalwartlabs/mail-server crates/smtp/src/queue/dsn.rs (build_dsn texts, write_dsn_text per recipient, "
                "Status from the reply code when the reply has no enhanced code)")
STALWART_RCPT = ("stalwartlabs/mail-server crates/smtp/src/inbound/rcpt.rs ('550 5.1.2 Mailbox does not exist.', "
                 "'550 5.1.2 Relay not allowed.', '452 4.2.2 Greylisted, ...', '452 4.4.5 Rate limit exceeded, ...', "
                 "'455 4.5.3 Too many recipients.')")
POSTAL = "postalserver/postal lib/postal/bounce_message.rb (BounceMessage#body: 'Rcpt To: ...', no reason given)"
JAMES_DSN = ("apache/james-project server/mailet/mailets/.../DSNBounce.java (messageString, 'Failed recipient(s):', "
             "'Error message:', the whole delivery error written as the Status field)")
JAMES_BOUNCE = ("apache/james-project .../redirect/NotifyMailetsMessage.java ('Error message below:', 'Message details:', "
                "'  RCPT TO: ...') with DSNBounce.java's default messageString")
POSTFIX_LOGIN = ("Postfix src/smtpd/smtpd_check.c (reject_sender_login_mismatch: '553 <%s>: Sender address rejected: "
                 "not logged in', sent with its policy status 5.7.1)")
JAMES_DNS = ("apache/james-project RemoteDelivery (James 2.3/3.x): 'There are no DNS entries for the hostname %s.  I "
             "cannot determine where to send this message.', 'I found no MX record entries for the hostname ...', "
             "'Temporary problem looking up mail server for host: ...'")
CITADEL = ("citadel/modules/smtp/smtp_util.c smtp_do_bounce (mingodad/citadel mirror): 'The following addresses were "
           "undeliverable:' / 'Giving up on the following addresses:', each line 'address: dsn'")
ZMAILER = "rzachariassen/zmailer proto/forms/delivery, proto/forms/unresolvable, proto/forms/loopexceeded"
MSGSERVER = ("Messaging Server Technical Reference Wiki (msg.wikidoc.info) 'Error text MTA options' (error_text_unknown_host "
             "550 5.1.2 'unknown host or domain', 5.2.3 'channel limit of %d kilobytes on message size exceeded') and "
             "'access_errors MTA option' ('550 5.7.1 you are not allowed to use this address: recipient-address'); "
             "Oracle 'Sun Java System Messaging Server 6 2005Q4 Administration Guide: Controlling Delivery Status "
             "Notification Messages' (notifications are RFC 1891/3464 DSNs built from return_*.txt templates)")
FTGATE = "FTGate documentation 'Service Error Messages' (docs.ftgate.com: #3.13, #3.14, #1.04, #1.02)"
KERIO = "GFI Kerio Connect 'Outbound Email Delivery Troubleshooting' (support.kerioconnect.gfi.com: '550 5.7.1 Relaying is denied')"
MAILUTILS = ("GNU Mailutils manual 'Mailbox Quotas' (mda: 'user: mailbox quota exceeded for this recipient', 'user: "
             "message would exceed maximum mailbox size for this recipient', reply 550 unless exit-tempfail)")
EX55_X400 = ("Microsoft KB 258678 (Exchange Server 5.5 NDR: 'Your message did not reach some or all of the intended "
             "recipients.' / 'The following recipient(s) could not be reached:' / 'The recipient name is not recognized.')")
HMS = "hmailserver/hmailserver hmailserver/source/Server/SMTP/RecipientParser.cpp ('550 Unknown user')"
SMTP_RFC = "RFC 5321 section 4.2.3 (552 'Requested mail action aborted: exceeded storage allocation')"

_ORIG_HEAD = "From: Seller <seller@example.com>\nTo: {to}\nSubject: Hello\nMessage-ID: <review3-{name}@example.com>\n"


def orig_header(name: str, to: str = LEAD) -> str:
    """The returned message's header fields, as every layout here attaches them."""
    return _ORIG_HEAD.format(to=to, name=name) + "Date: Tue, 1 Dec 2026 10:00:00 +0000\n"


def maddy(name: str, rows: list[tuple[str, str, str | None, str | None, str]]) -> bytes:
    """maddy's DSN (MADDY_DSN): its failedText, one 'Delivery to X failed with error: ...' line per
    recipient, a DSN part whose Diagnostic-Code is written only for an SMTP error, then the
    failed message's header as message/rfc822-headers. A row: (address, status, diagnostic or
    None, remote or None, the error as its text line prints it)."""
    lines = "".join(f"Delivery to {a} failed with error: {err}\n" for a, _s, _d, _r, err in rows)
    blocks = "".join(f"Final-Recipient: rfc822; {a}\nAction: failed\nStatus: {s}\n"
                     + (f"Diagnostic-Code: smtp; {d}\n" if d else "") + (f"Remote-MTA: dns; {r}\n" if r else "") + "\n"
                     for a, s, d, r, _e in rows)
    to = ", ".join(r[0] for r in rows)
    return ("Date: Thu, 3 Dec 2026 10:00:00 +0000\nMessage-Id: <dsn-" + name + "@mx.seller-host.example>\n"
            'Content-Transfer-Encoding: 8bit\nContent-Type: multipart/report; report-type=delivery-status; boundary="mdy1"\n'
            "MIME-Version: 1.0\nAuto-Submitted: auto-replied\nTo: seller@example.com\n"
            "From: MAILER-DAEMON@mx.seller-host.example\nSubject: Undelivered Mail Returned to Sender\n"
            "X-Hand-Made: yes (maddy internal/dsn layout)\n\n"
            '--mdy1\nContent-Transfer-Encoding: 8bit\nContent-Type: text/plain; charset="utf-8"\n'
            "Content-Description: Notification\n\n\nThis is the mail delivery system at mx.seller-host.example.\n\n"
            "Unfortunately, your message could not be delivered to one or more\nrecipients. The usual cause of this "
            "problem is invalid\nrecipient address or maintenance at the recipient side.\n\n"
            "Contact the postmaster for further assistance, provide the Message ID (below):\n\n"
            f"Message ID: {name}-1a2b3c\nArrival: 2026-12-03 09:58:01 +0000 UTC\n"
            "Last delivery attempt: 2026-12-03 09:59:59 +0000 UTC\n\n" + lines +
            "--mdy1\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.seller-host.example\nX-Maddy-Sender: rfc822; seller@example.com\n"
            f"X-Maddy-MsgID: {name}-1a2b3c\nArrival-Date: Thu, 3 Dec 2026 09:58:01 +0000\n"
            "Last-Attempt-Date: Thu, 3 Dec 2026 09:59:59 +0000\n\n" + blocks +
            "--mdy1\nContent-Description: Undelivered message header\nContent-Transfer-Encoding: 8bit\n"
            "Content-Type: message/rfc822-headers\n\n" + orig_header(name, to) + "\n--mdy1--\n").encode()


def stalwart(name: str, rows: list[tuple[str, str, str, str | None, str | None]], delayed: bool = False) -> bytes:
    """Stalwart's DSN (STALWART_DSN): 'Your message could not be delivered to the following
    recipients:' (or the temporary-problem text when delayed), a line per recipient as
    write_dsn_text prints it, the DSN part (Action, Status, Diagnostic-Code, Remote-MTA, and
    Will-Retry-Until when delayed), then up to 1024 bytes of the message's header. A row:
    (address, status, text line, diagnostic or None, remote or None)."""
    intro, subject = (("There was a temporary problem delivering your message to the following recipients:",
                       "Warning: Delay in message delivery") if delayed else
                      ("Your message could not be delivered to the following recipients:", "Failed to deliver message"))
    action = "delayed" if delayed else "failed"
    retry = "Will-Retry-Until: Sat, 5 Dec 2026 09:58:01 +0000\r\n" if delayed else ""
    blocks = "".join(f"Final-Recipient: rfc822;{a}\r\nAction: {action}\r\nStatus: {s}\r\n"
                     + (f"Diagnostic-Code: smtp;{d}\r\n" if d else "") + (f"Remote-MTA: dns;{r}\r\n" if r else "")
                     + retry + "\r\n" for a, s, _t, d, r in rows)
    text = "".join(t + "\r\n" for _a, _s, t, _d, _r in rows)
    to = ", ".join(r[0] for r in rows)
    return ("From: \"Mail Delivery Subsystem\" <MAILER-DAEMON@mail.seller-host.example>\r\nTo: seller@example.com\r\n"
            f"Auto-Submitted: auto-generated\r\nMessage-ID: <{name}.stalwart@mail.seller-host.example>\r\n"
            f"Subject: {subject}\r\nDate: Thu, 3 Dec 2026 10:00:00 +0000\r\nX-Hand-Made: yes (Stalwart queue/dsn.rs layout)\r\n"
            'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type="delivery-status"; boundary="st1"\r\n\r\n'
            f"--st1\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n\r\n{intro}\r\n\r\n{text}\r\n"
            "--st1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;mail.seller-host.example\r\n"
            "Arrival-Date: Thu, 3 Dec 2026 09:58:01 +0000\r\n\r\n" + blocks +
            "--st1\r\nContent-Type: message/rfc822\r\n\r\n" + orig_header(name, to).replace("\n", "\r\n") + "\r\n--st1--\r\n"
            ).encode()


def _st_rcpt(address: str, host: str, code: int, esc: str, reply: str) -> str:
    return f"<{address}> (host '{host}' rejected command 'RCPT TO:<{address}>' with code {code} ({esc}) '{reply}')"


def james_dsn(name: str, address: str, error: str) -> bytes:
    """Apache James's DSNBounce (JAMES_DSN): its default messageString, 'Failed recipient(s):',
    'Error message:', and a DSN part whose Status field holds the whole delivery error, as the
    mailet writes it; the original attached."""
    diag = "smtp" if error[:3].isdigit() and error[3:4] == " " else "X-James"
    return ("From: postmaster@mail.seller-host.example\nTo: seller@example.com\nSubject: Re: Hello\n"
            f"Date: Thu, 3 Dec 2026 10:00:00 +0000\nMessage-ID: <{name}.JavaMail.james@mail.seller-host.example>\n"
            "X-Hand-Made: yes (Apache James DSNBounce layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="----=_Part_3_1"\n\n'
            "------=_Part_3_1\nContent-Type: text/plain; charset=us-ascii\n\n"
            "Hi. This is the James mail server at mail.seller-host.example.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  "
            "Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\n"
            f"Failed recipient(s):\n{address}\n\nError message:\n{error}\n\n"
            "------=_Part_3_1\nContent-Type: message/delivery-status\nContent-Description: Delivery Status Notification\n"
            "Content-Disposition: attachment; filename=status.dat\n\n"
            "Reporting-MTA: dns; mail.seller-host.example\nReceived-From-MTA: dns; 192.0.2.60\n\n"
            f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {error}\nDiagnostic-Code: {diag}; {error}\n"
            "Last-Attempt-Date: Thu, 3 Dec 2026 09:59:59 +0000 (UTC)\n\n"
            "------=_Part_3_1\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=Hello\n\n"
            + orig_header(name, address) + "\nHello\n\n------=_Part_3_1--\n").encode()


def james_bounce(name: str, address: str, error: str, more: tuple[str, ...] = ()) -> bytes:
    """Apache James's Bounce mailet notice (JAMES_BOUNCE): the message text, 'Error message
    below:', then 'Message details:' naming the recipient only as '  RCPT TO: ...' (further
    recipients each on a line of their own under it, indented to its column, and recapped in
    the original's CC block); the original attached."""
    further = "".join(f"           {a}\n" for a in more)
    cc = "  CC: \n" + "".join(f"{a} \n" for a in more) + "\n" if more else ""
    return ("From: postmaster@mail.seller-host.example\nTo: seller@example.com\nSubject: Re: Hello\n"
            f"Date: Thu, 3 Dec 2026 10:00:00 +0000\nMessage-ID: <{name}.JavaMail.james@mail.seller-host.example>\n"
            "X-Hand-Made: yes (Apache James Bounce mailet layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="----=_Part_7_2"\n\n'
            "------=_Part_7_2\nContent-Type: text/plain; charset=us-ascii\n\n"
            "Hi. This is the James mail server at mail.seller-host.example.\nI'm afraid I wasn't able to deliver your "
            "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.  "
            "Below\nI include the list of recipients and the reason why I was unable to deliver\nyour message.\n\n"
            f"Error message below:\n{error}\n\nMessage details:\n  Subject: Hello\n"
            "  Sent date: Tue Dec 01 10:00:00 UTC 2026\n  MAIL FROM: seller@example.com\n"
            f"  RCPT TO: {address}\n{further}  From: \nSeller <seller@example.com> \n\n  To: \n{address} \n\n{cc}"
            "  Size (in bytes): 412\n  Number of lines: 1\n\n"
            "------=_Part_7_2\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n"
            + orig_header(name, address) + "\nHello\n\n------=_Part_7_2--\n").encode()


def citadel(name: str, lines: list[tuple[str, str]], give_up: bool = False) -> bytes:
    """Citadel's bounce (CITADEL): multipart/mixed, its text and one 'address: dsn' line per
    address, the original as message/rfc822; Subject 'Delivery Status Notification (Failure)'."""
    head = ("A message you sent could not be delivered to some or all of its recipients\ndue to prolonged "
            "unavailability of its destination(s).\nGiving up on the following addresses:\n\n") if give_up else (
            "A message you sent could not be delivered to some or all of its recipients.\n"
            "The following addresses were undeliverable:\n\n")
    body = "".join(f"{a}: {d}\r\n" for a, d in lines)
    to = ", ".join(a for a, _d in lines)
    return ("From: Citadel <MAILER-DAEMON@bbs.seller-host.example>\nTo: seller@example.com\n"
            "Subject: Delivery Status Notification (Failure)\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <{name}@bbs.seller-host.example>\nX-Hand-Made: yes (Citadel smtp_do_bounce layout)\n"
            'Content-type: multipart/mixed; boundary="=_Citadel_Multipart_bbs_00010001"\nMIME-Version: 1.0\n'
            "X-Mailer: Citadel Server\n\nThis is a multipart message in MIME format.\n\n"
            "--=_Citadel_Multipart_bbs_00010001\nContent-type: text/plain\n\n" + head + body +
            "--=_Citadel_Multipart_bbs_00010001\nContent-type: message/rfc822\nContent-Transfer-Encoding: 7bit\n"
            "Content-Disposition: inline\n\n" + orig_header(name, to) + "\nHello\n--=_Citadel_Multipart_bbs_00010001--\n"
            ).encode()


def postal(name: str, address: str) -> bytes:
    """Postal's bounce (POSTAL): 'Mail Delivery Failed (<subject>)', its text, the details block
    naming the recipient as 'Rcpt To:', the original as an .eml attachment. No reason given."""
    return ("From: Mail Delivery Service <route@in.seller-host.example>\nTo: seller@example.com\n"
            "Subject: Mail Delivery Failed (Hello)\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <{name}-5f1d@psrp.seller-host.example>\nX-Hand-Made: yes (Postal BounceMessage)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="--==_mimepart_1"\n\n'
            "----==_mimepart_1\nContent-Type: text/plain; charset=UTF-8\n\n"
            "This is the mail delivery service responsible for delivering mail to route@in.seller-host.example.\n\n"
            "The message you've sent cannot be delivered. Your original message is attached to this message.\n\n"
            "For further assistance please contact postmaster@seller-host.example. Please include the details "
            "below to help us identify the issue.\n\n"
            f"Message Token: Ab12Cd34@Ef56\nOrginal Message ID: <review3-{name}@example.com>\n"
            f"Mail from: seller@example.com\nRcpt To: {address}\n\n"
            "----==_mimepart_1\nContent-Type: message/rfc822\nContent-Transfer-Encoding: quoted-printable\n"
            'Content-Disposition: attachment; filename="Original Message.eml"\n\n'
            + orig_header(name, address) + "\nHello\n----==_mimepart_1--\n").encode()


def zmailer(name: str, form: str, subject: str, dsn: str = "") -> bytes:
    """ZMailer's report (ZMAILER): the form's headers and text (proto/forms/*), a DSN part when
    the router writes one, the returned message."""
    part = ("--zm1\nContent-Type: message/delivery-status\n\n" + dsn + "\n") if dsn else ""
    return ("From: The Post Office <postmaster@mail.seller-host.example>\nSender: mailer-daemon@mail.seller-host.example\n"
            f"To: seller@example.com\nSubject: {subject}\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <{name}.zmailer@mail.seller-host.example>\nX-Hand-Made: yes (ZMailer proto/forms)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="zm1"\n\n'
            f"--zm1\nContent-Type: text/plain\n\n{form}\n" + part +
            "--zm1\nContent-Type: message/rfc822\n\n" + orig_header(name) + "\nHello\n--zm1--\n").encode()


_ZM_DELIVERY = ("This is a collection of reports about email delivery\nprocess concerning a message you originated.\n\n"
                "Some explanations/translations for these reports\ncan be found at:\n"
                "      http://www.zmailer.org/delivery-report-decoding.html\n")
_ZM_UNRESOLVABLE = ("A copy of your message is being returned to you because one or more of\nthe addresses you specified "
                    "could not be recognized as addresses that are\nunderstood by, or reachable from, this system.\n")
_ZM_LOOP = ("The following message was decided to exceed the sensible limit\non the number of \"Received:\" headers, which "
            "number is usually\nfairly small for any average email, but can become rather large,\nif the message loops "
            "somewhere.\n\nOur limit is 50 rounds, usually systems set it way lower, like\nat 15-17...\n")


# ---- maddy's own DSN --------------------------------------------------------------------------
MADDY = [
    ("maddy-user-does-not-exist", MADDY_DSN + "; " + MADDY_SQL + " (another maddy answered)",
     maddy("m1", [(LEAD, "5.1.1", "501 5.1.1 User does not exist", "mx.partner.example",
                   "User does not exist (imapsql)")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("maddy-mx-lookup-error", MADDY_DSN + "; " + MADDY_MX,
     maddy("m2", [("lead@nosuch.example", "5.4.4", "554 5.4.4 MX lookup error", None, "MX lookup error")]),
     [("lead@nosuch.example", True, HOST, R, False)]),
    ("maddy-null-mx", MADDY_DSN + "; " + MADDY_MX,
     maddy("m3", [("lead@parked.example", "5.1.10", "556 5.1.10 Domain does not accept email (null MX)", None,
                   "Domain does not accept email (null MX)")]),
     [("lead@parked.example", True, ("notaccept",), R, False)]),
    ("maddy-requiretls", MADDY_DSN + "; " + MADDY_MX,
     maddy("m4", [(LEAD, "5.7.30", "550 5.7.30 TLS it not available or unauthenticated but required (REQUIRETLS)",
                   None, "TLS it not available or unauthenticated but required (REQUIRETLS)")]),
     [(LEAD, False, ("securityerror",), None, False)]),
    ("maddy-no-usable-mx", MADDY_DSN + "; " + MADDY_MX + " (the last temporary error when the queue gave up)",
     maddy("m5", [(LEAD, "4.4.0", "451 4.4.0 No usable MXs, last err: dial tcp 192.0.2.9:25: connect: connection "
                   "refused", None, "No usable MXs, last err: dial tcp 192.0.2.9:25: connect: connection refused")]),
     [(LEAD, False, GAVE_UP, R, False)]),
    ("maddy-two-recipients", MADDY_DSN + "; " + MADDY_SQL + "; " + MADDY_MX,
     maddy("m6", [("anna@partner.example", "5.1.1", "501 5.1.1 User does not exist", "mx.partner.example",
                   "User does not exist (imapsql)"),
                  ("bob@parked.example", "5.1.10", "556 5.1.10 Domain does not accept email (null MX)", None,
                   "Domain does not accept email (null MX)")]),
     [("anna@partner.example", True, UNKNOWN, R, False), ("bob@parked.example", True, ("notaccept",), R, False)]),
]

# ---- Stalwart: its RCPT replies relayed by us, and its own DSN ------------------------------
STALWART = [
    ("stalwart-mailbox-does-not-exist", STALWART_RCPT + " (5.1.2 with a mailbox's words)",
     relayed("550 5.1.2 Mailbox does not exist.", status="5.1.2", remote="mail.partner.example"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("stalwart-relay-not-allowed", STALWART_RCPT,
     relayed("550 5.1.2 Relay not allowed.", status="5.1.2", remote="mail.partner.example"),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("stalwart-rate-limit-delay", STALWART_RCPT,
     relayed("452 4.4.5 Rate limit exceeded, try again later.", status="4.4.5", remote="mail.partner.example"),
     [(LEAD, False, ("speeding",), None, True)]),
    ("stalwart-own-dsn-user-does-not-exist", STALWART_DSN + "; the remote's words from " + MADDY_SQL,
     stalwart("s1", [(LEAD, "5.1.1", _st_rcpt(LEAD, "mx.partner.example", 501, "5.1.1", "User does not exist"),
                      "501 User does not exist", "mx.partner.example")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("stalwart-own-dsn-mailbox-5.1.2", STALWART_DSN + "; " + STALWART_RCPT,
     stalwart("s2", [(LEAD, "5.1.2", _st_rcpt(LEAD, "mail.partner.example", 550, "5.1.2", "Mailbox does not exist."),
                      "550 Mailbox does not exist.", "mail.partner.example")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("stalwart-own-dsn-status-from-reply-code", STALWART_DSN + " (no enhanced code: Status 5.5.0 from 550); " + HMS,
     stalwart("s3", [(LEAD, "5.5.0", _st_rcpt(LEAD, "mail.partner.example", 550, "0.0.0", "Unknown user"),
                      "550 Unknown user", "mail.partner.example")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("stalwart-own-dsn-greylisted-delay", STALWART_DSN + "; " + STALWART_RCPT + " (greylisting under 4.2.2)",
     stalwart("s4", [(LEAD, "4.2.2", _st_rcpt(LEAD, "mail.partner.example", 452, "4.2.2", "Greylisted, please try "
                                              "again in a few moments."),
                      "452 Greylisted, please try again in a few moments.", "mail.partner.example")], delayed=True),
     [(LEAD, False, ("blocked", "policyviolation", "onhold", "undefined"), None, True)]),
    ("stalwart-own-dsn-connection-refused-delay", STALWART_DSN + " (Error::ConnectionError, Rust's io error text)",
     stalwart("s5", [(LEAD, "4.0.0", f"<{LEAD}> (connection to 'mx.partner.example' failed: Connection refused (os "
                      "error 111))", None, "mx.partner.example")], delayed=True),
     [(LEAD, False, ("networkerror",), None, True)]),
    ("stalwart-own-dsn-concurrency-delay", STALWART_DSN + " (Error::ConcurrencyLimited)",
     stalwart("s6", [(LEAD, "4.0.0", f"<{LEAD}> (too many concurrent connections to remote server)", None, None)],
              delayed=True),
     [(LEAD, False, ("toomanyconn",), None, True)]),
    ("stalwart-own-dsn-rate-limited-delay", STALWART_DSN + " (Error::RateLimited: our own queue's throttle)",
     stalwart("s7", [(LEAD, "4.0.0", f"<{LEAD}> (rate limited)", None, None)], delayed=True),
     [(LEAD, False, ("speeding",), None, True)]),
    ("stalwart-own-dsn-tls-error-delay", STALWART_DSN + " (Error::TlsError with rustls's certificate error)",
     stalwart("s8", [(LEAD, "4.0.0", f"<{LEAD}> (TLS error from 'mx.partner.example': invalid peer certificate: "
                      "UnknownIssuer)", None, "mx.partner.example")], delayed=True),
     [(LEAD, False, ("securityerror", "networkerror"), None, True)]),
    ("stalwart-too-many-recipients-delay", STALWART_RCPT,
     relayed("455 4.5.3 Too many recipients.", status="4.5.3", remote="mail.partner.example"),
     [(LEAD, False, None, None, True)]),
]

# ---- Apache James: DSNBounce and Bounce mailets -----------------------------------------------
JAMES = [
    ("james-dsnbounce-user-unknown", JAMES_DSN + "; the remote's words from " + MSGSERVER[:60],
     james_dsn("j1", LEAD, f"550 5.1.1 unknown or illegal user: {LEAD}"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("james-dsnbounce-no-dns-entries", JAMES_DSN + "; " + JAMES_DNS,
     james_dsn("j2", "lead@nosuch.example", "There are no DNS entries for the hostname nosuch.example.  I cannot "
               "determine where to send this message."),
     [("lead@nosuch.example", True, HOST, R, False)]),
    ("james-dsnbounce-temporary-lookup-given-up", JAMES_DSN + "; " + JAMES_DNS + " (a temporary DNS failure at the end)",
     james_dsn("j3", LEAD, "Temporary problem looking up mail server for host: example.org.  I cannot determine "
               "where to send this message."),
     [(LEAD, False, GAVE_UP, R, False)]),
    ("james-dsnbounce-channel-size", JAMES_DSN + "; " + MSGSERVER,
     james_dsn("j4", LEAD, "552 5.2.3 channel limit of 10240 kilobytes on message size exceeded"),
     [(LEAD, False, ("mesgtoobig", "exceedlimit"), R, False)]),
    ("james-bounce-user-unknown", JAMES_BOUNCE + "; the remote's words from " + MSGSERVER[:60],
     james_bounce("j5", LEAD, f"550 5.1.1 unknown or illegal user: {LEAD}"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("james-bounce-no-mx-entries", JAMES_BOUNCE + "; " + JAMES_DNS,
     james_bounce("j6", "lead@nosuch.example", "I found no MX record entries for the hostname nosuch.example.  I "
                  "cannot determine where to send this message."),
     [("lead@nosuch.example", True, HOST, R, False)]),
    # Controls for the cause read after 'Error message below:': the same layout where the cause is
    # temporary (James gave up after its retries: soft), a 4xx reply, our own sender refused, and
    # two recipients named under one 'RCPT TO:' (NotifyMailetsMessage indents the second).
    ("james-bounce-temporary-lookup-given-up", JAMES_BOUNCE + "; " + JAMES_DNS + " (a temporary DNS failure at the end)",
     james_bounce("j7", LEAD, "Temporary problem looking up mail server for host: example.org.  I cannot determine "
                  "where to send this message."),
     [(LEAD, False, GAVE_UP, R, False)]),
    ("james-bounce-4xx-rate-given-up", JAMES_BOUNCE + "; " + STALWART_RCPT + " (the last reply before James gave up)",
     james_bounce("j8", LEAD, "452 4.4.5 Rate limit exceeded, try again in 60 seconds."),
     [(LEAD, False, ("speeding", "toomanyconn", "expired", "networkerror", "systemerror"), "", False)]),
    ("james-bounce-our-sender-refused", JAMES_BOUNCE + "; " + POSTFIX_LOGIN,
     james_bounce("j9", LEAD, "553 5.7.1 <seller@example.com>: Sender address rejected: not logged in"),
     [(LEAD, False, ("rejected",), S, False)]),
    ("james-bounce-two-recipients-no-mx", JAMES_BOUNCE + "; " + JAMES_DNS,
     james_bounce("j10", "anna@nosuch.example", "I found no MX record entries for the hostname nosuch.example.  I "
                  "cannot determine where to send this message.", more=("bob@nosuch.example",)),
     [("anna@nosuch.example", True, HOST, R, False), ("bob@nosuch.example", True, HOST, R, False)]),
]

# ---- Citadel ----------------------------------------------------------------------------------
CITADEL_ROWS = [
    ("citadel-remote-user-does-not-exist", CITADEL + "; the remote's words from " + MADDY_SQL,
     citadel("c1", [(LEAD, "501 5.1.1 User does not exist")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("citadel-remote-mailbox-5.1.2", CITADEL + "; " + STALWART_RCPT,
     citadel("c2", [(LEAD, "550 5.1.2 Mailbox does not exist.")]),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("citadel-two-addresses", CITADEL + "; " + MSGSERVER,
     citadel("c3", [("anna@partner.example", "550 5.1.1 unknown or illegal user: anna@partner.example"),
                    ("bob@nosuch.example", "550 5.1.2 unknown host or domain: bob@nosuch.example")]),
     [("anna@partner.example", True, UNKNOWN, R, False), ("bob@nosuch.example", True, HOST, R, False)]),
    ("citadel-gave-up", CITADEL + " (give_up text); the last reply from " + STALWART_RCPT[:70] + " ('451 4.4.3 "
     "Unable to verify address at this time.')",
     citadel("c4", [(LEAD, "451 4.4.3 Unable to verify address at this time.")], give_up=True),
     [(LEAD, False, GAVE_UP, R, False)]),
]

# ---- Postal, ZMailer ----------------------------------------------------------------------------
OTHERS = [
    ("postal-mail-delivery-failed", POSTAL, postal("p1", LEAD), [(LEAD, False, None, None, False)]),
    ("zmailer-delivery-report-unknown-user", ZMAILER + "; the remote's words from " + MSGSERVER[:60],
     zmailer("z1", _ZM_DELIVERY, "Returned mail: see the transcript",
             "Reporting-MTA: dns; mail.seller-host.example\nArrival-Date: Thu, 3 Dec 2026 09:58:01 +0000\n\n"
             f"Original-Recipient: rfc822;{LEAD}\nFinal-Recipient: RFC822;<{LEAD}>\nAction: failed\nStatus: 5.1.1\n"
             f"Remote-MTA: dns; mx.example.org (192.0.2.8|25|192.0.2.60|34567)\n"
             f"Diagnostic-Code: smtp; 550 5.1.1 unknown or illegal user: {LEAD}\n"
             "Last-Attempt-Date: Thu, 3 Dec 2026 09:59:59 +0000\n"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("zmailer-delivery-report-no-such-domain", ZMAILER + "; " + MSGSERVER,
     zmailer("z2", _ZM_DELIVERY, "Returned mail: see the transcript",
             "Reporting-MTA: dns; mail.seller-host.example\n\n"
             f"Final-Recipient: RFC822;<{LEAD}>\nAction: failed\nStatus: 5.1.2\n"
             f"Diagnostic-Code: smtp; 550 5.1.2 unknown host or domain: {LEAD}\n"),
     [(LEAD, True, HOST, R, False)]),
    ("zmailer-unresolvable-address", ZMAILER + " (the unresolvable form: no list, the returned message names the "
     "address)",
     zmailer("z3", _ZM_UNRESOLVABLE, "Unresolvable mail address"),
     [(LEAD, True, ("hostunknown", "userunknown"), R, False)]),
    ("zmailer-loop-exceeded", ZMAILER + " (loopexceeded form)",
     zmailer("z4", _ZM_LOOP, "Too many \"Received:\" lines, looping message ?"),
     [(LEAD, False, ("systemerror",), None, False)]),
]

ROWS = MADDY + STALWART + JAMES + CITADEL_ROWS + OTHERS
