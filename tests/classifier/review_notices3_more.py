"""The third review's notices, continued (review_notices3.py holds the layouts of maddy,
Stalwart, Apache James, Citadel, Postal and ZMailer): Oracle/Sun Messaging Server's own DSN and
replies, FTGate, Kerio Connect, GNU Mailutils and Exchange 5.5 wordings, one server's layout
carrying another's words, and Apache James's and maddy's own SMTP refusals. Rows as in
review_notices2.py; each names its source. Expectations written before the classifier ran.
All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2 import R, UNKNOWN
from tests.classifier.review_notices3 import (
    CITADEL, EX55_X400, FTGATE, HOST, JAMES_DSN, KERIO, MADDY_DSN, MAILUTILS, MSGSERVER, SMTP_RFC, STALWART_DSN,
    citadel, james_dsn, maddy, orig_header, stalwart)


def msgserver(name: str, status: str, diag: str, address: str = LEAD) -> bytes:
    """Oracle/Sun Messaging Server's DSN (MSGSERVER: an RFC 3464 report, Subject 'Delivery
    Notification: Delivery has failed', its Boundary_(ID_...) boundary); the human part here
    says only what the DSN part says."""
    return ("From: Internet Mail Delivery <postmaster@ims.partner.example>\nTo: seller@example.com\n"
            "Subject: Delivery Notification: Delivery has failed\nDate: Thu, 03 Dec 2026 10:00:00 +0000 (GMT)\n"
            f"Message-id: <0N{name}00@ims.partner.example>\nX-Hand-Made: yes (Messaging Server NOTARY DSN)\n"
            "MIME-version: 1.0\nContent-type: multipart/report; report-type=delivery-status;\n"
            " boundary=\"Boundary_(ID_r3v13w3dXyZ)\"\n\n--Boundary_(ID_r3v13w3dXyZ)\nContent-type: text/plain; charset=us-ascii\n"
            "Content-language: en-US\n\n"
            f"Your message to {address} could not be delivered: {diag}\n\n"
            "--Boundary_(ID_r3v13w3dXyZ)\nContent-type: message/delivery-status\n\n"
            "Original-envelope-id: 0N" + name + "00@mail.example.com\nReporting-MTA: dns;ims.partner.example (tcp_intranet-daemon)\n\n"
            f"Original-recipient: rfc822;{address}\nFinal-recipient: rfc822;{address}\nAction: failed\n"
            f"Status: {status}\nDiagnostic-code: smtp;{diag}\n\n"
            "--Boundary_(ID_r3v13w3dXyZ)\nContent-type: text/rfc822-headers\n\n" + orig_header(name, address)
            + "\n--Boundary_(ID_r3v13w3dXyZ)--\n").encode()


def exchange55(name: str, address: str, because: str) -> bytes:
    """Exchange Server 5.5's NDR (EX55_X400): the recipient line ends 'on <date>' and the cause
    follows on its own line; plain text, the original's header fields after."""
    return ("From: System Administrator <postmaster@partner.example>\nTo: seller@example.com\n"
            "Subject: Undeliverable: Hello\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            f"Message-ID: <{name}@exch55.partner.example>\nX-Hand-Made: yes (Exchange 5.5 NDR text)\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
            "Your message\n\n  To:      Lead\n  Subject: Hello\n  Sent:    12/1/26 10:00 AM\n\n"
            "did not reach the following recipient(s):\n\n"
            f"{address} on 12/3/26 10:00 AM\n            {because}\n").encode()


# ---- Oracle/Sun Messaging Server: its replies relayed by us, and its own DSN --------------------
MESSAGING_SERVER = [
    ("msgserver-unknown-host-or-domain", MSGSERVER,
     relayed(f"550 5.1.2 unknown host or domain: {LEAD}", status="5.1.2", remote="ims.partner.example"),
     [(LEAD, True, HOST, R, False)]),
    ("msgserver-channel-size-limit", MSGSERVER,
     relayed("552 5.2.3 channel limit of 10240 kilobytes on message size exceeded", status="5.2.3", command="DATA",
             remote="ims.partner.example"),
     [(LEAD, False, ("mesgtoobig", "exceedlimit"), R, False)]),
    ("msgserver-not-allowed-to-use-address", MSGSERVER + " (a recipient *_ACCESS mapping refusal)",
     relayed(f"550 5.7.1 you are not allowed to use this address: {LEAD}", status="5.7.1", remote="ims.partner.example"),
     [(LEAD, False, None, None, False)]),
    ("msgserver-own-dsn-unknown-alias", MSGSERVER,
     msgserver("ms1", "5.1.1", f"550 5.1.1 unknown or illegal alias: {LEAD}"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("msgserver-own-dsn-unknown-host", MSGSERVER,
     msgserver("ms2", "5.1.2", "550 5.1.2 unknown host or domain: lead@nosuch.example", "lead@nosuch.example"),
     [("lead@nosuch.example", True, HOST, R, False)]),
    ("msgserver-own-dsn-channel-size", MSGSERVER,
     msgserver("ms3", "5.2.3", "552 5.2.3 channel limit of 10240 kilobytes on message size exceeded"),
     [(LEAD, False, ("mesgtoobig", "exceedlimit"), R, False)]),
]

# ---- FTGate, Kerio Connect, GNU Mailutils (their replies, relayed by us) -------------------------
REPLIES = [
    ("ftgate-mailbox-disabled-delay", FTGATE + " ('451 4.2.1 %s mailbox disabled (#3.13)')",
     relayed(f"451 4.2.1 {LEAD} mailbox disabled (#3.13)", status="4.2.1", remote="mail.partner.example"),
     [(LEAD, False, ("suspend",), R, True)]),
    ("ftgate-mailbox-full-delay", FTGATE + " ('451 4.2.2 %s mailbox full (#3.14)')",
     relayed(f"451 4.2.2 {LEAD} mailbox full (#3.14)", status="4.2.2", remote="mail.partner.example"),
     [(LEAD, False, ("mailboxfull",), R, True)]),
    ("ftgate-max-concurrent-delay", FTGATE + " ('451 4.5.1 [%s] Max concurrent sessions (#1.04)')",
     relayed("451 4.5.1 [192.0.2.60] Max concurrent sessions (#1.04)", status="4.5.1", command=None,
             remote="mail.partner.example"),
     [(LEAD, False, ("toomanyconn",), None, True)]),
    ("ftgate-storage-exceeded", FTGATE + " ('Allocated mailbox storage exceeded (#1.02)'); " + SMTP_RFC,
     relayed("552 Allocated mailbox storage exceeded (#1.02)", status=None, remote="mail.partner.example"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("ftgate-mailbox-disabled", FTGATE + " ('Mailbox Disabled (#1.00)', permanently)",
     relayed("550 Mailbox Disabled (#1.00)", status=None, remote="mail.partner.example"),
     [(LEAD, False, ("suspend",), R, False)]),
    ("kerio-relaying-denied", KERIO,
     relayed("550 5.7.1 Relaying is denied", status="5.7.1", remote="mail.partner.example"),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("mailutils-mailbox-quota-exceeded", MAILUTILS,
     relayed("550 lead: mailbox quota exceeded for this recipient", status=None, command="DATA",
             remote="mail.partner.example"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("mailutils-would-exceed-mailbox-size", MAILUTILS,
     relayed("550 lead: message would exceed maximum mailbox size for this recipient", status=None, command="DATA",
             remote="mail.partner.example"),
     [(LEAD, False, ("mailboxfull", "exceedlimit"), R, False)]),
    ("exchange55-recipient-name-not-recognized", EX55_X400,
     exchange55("x1", LEAD, "The recipient name is not recognized"),
     [(LEAD, True, UNKNOWN, R, False)]),
]

# ---- One server's layout carrying another's words ---------------------------------------------
CROSS = [
    ("james-dsnbounce-storage-exceeded", JAMES_DSN + "; the remote's words from " + FTGATE,
     james_dsn("j7", LEAD, "552 Allocated mailbox storage exceeded (#1.02)"),
     [(LEAD, False, ("mailboxfull",), R, False)]),
    ("maddy-relaying-denied", MADDY_DSN + "; the remote's words from " + KERIO,
     maddy("m7", [(LEAD, "5.7.1", "550 5.7.1 Relaying is denied", "mail.partner.example", "Relaying is denied")]),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("stalwart-own-dsn-channel-size", STALWART_DSN + "; the remote's words from " + MSGSERVER[:60],
     stalwart("s9", [(LEAD, "5.2.3", f"<{LEAD}> (host 'ims.partner.example' rejected command 'DATA' with code 552 "
                      "(5.2.3) 'channel limit of 10240 kilobytes on message size exceeded')",
                      "552 channel limit of 10240 kilobytes on message size exceeded", "ims.partner.example")]),
     [(LEAD, False, ("mesgtoobig", "exceedlimit"), R, False)]),
    ("citadel-gave-up-mailbox-full", CITADEL + " (give_up text); the last reply from " + FTGATE,
     citadel("c5", [(LEAD, f"451 4.2.2 {LEAD} mailbox full (#3.14)")], give_up=True),
     [(LEAD, False, ("mailboxfull", "expired"), R, False)]),
]

# ---- Apache James's and maddy's own SMTP refusals, relayed by us --------------------------------
JAMES_RCPT = ("apache/james-project protocols/smtp/.../fastfail/AbstractValidRcptHandler.java ('5.1.1 Unknown user: x' "
              "with 550) and DNSRBLHandler.java ('5.7.1 Rejected: unauthenticated e-mail from <ip> is restricted.  "
              "Contact the postmaster for details.' for a client on its blacklist zones; a deny, 554)")
MADDY_DNSBL = "foxcpp/maddy internal/check/dnsbl/dnsbl.go ('554 5.7.0 Client identity is listed in the used DNSBL')"
SMTP_REFUSALS = [
    ("james-smtp-unknown-user", JAMES_RCPT,
     relayed(f"550 5.1.1 Unknown user: {LEAD}", status="5.1.1", remote="mail.partner.example"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("james-smtp-dnsrbl-restricted", JAMES_RCPT,
     relayed("554 5.7.1 Rejected: unauthenticated e-mail from 192.0.2.60 is restricted.  Contact the postmaster for "
             "details.", status="5.7.1", remote="mail.partner.example"),
     [(LEAD, False, ("blocked",), "sender", False)]),
    ("maddy-client-listed-in-dnsbl", MADDY_DNSBL,
     relayed("554 5.7.0 Client identity is listed in the used DNSBL", status="5.7.0", command="MAIL",
             remote="mx.partner.example"),
     [(LEAD, False, ("blocked",), "sender", False)]),
]

ROWS = MESSAGING_SERVER + REPLIES + CROSS + SMTP_REFUSALS
