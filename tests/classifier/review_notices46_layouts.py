"""Notice layouts for the forty-sixth review (review_notices46*.py): the sending-side notices of
the servers earlier reviews barely read, each as its own source or documentation writes it; the
receiving-side layouts (our Postfix relay's report, Exim's bounce, Gmail's DSN, the delay
warnings) are the earlier builders'. All HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"
HOST = "mx.seller-host.example"


def _original(name: str, to: str) -> str:
    return (f"From: Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\nDate: Thu, 3 Dec 2026 09:58:00 +0000\n"
            f"Message-ID: <r46-{name}@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n")


# Haraka outbound (outbound/hmail.js bounce(), haraka-dsn): the notice it builds carries no From,
# To or Subject, an empty text part, then a report whose per-recipient block is either the remote
# server's answer (Remote-MTA, Diagnostic-Code) or Haraka's own failure written into the Status
# field ("Status: 5.1.2 (550 No Such Domain: x)", DSN.addr_bad_dest_system); the original's header
# as text/rfc822-headers. As the real notices in fixtures/real/haraka-outbound-*.eml show it.
def haraka_outbound(name: str, rows: list[tuple[str, str | None, str | None]]) -> bytes:
    """Haraka's outbound bounce. A row: (address, own failure for the Status field or None, the
    remote server's reply or None)."""
    blocks = ""
    for address, own, reply in rows:
        blocks += f"Final-Recipient: rfc822;{address}\nAction: failed\n"
        blocks += f"Status: {own}\n" if own else ""
        blocks += f"Remote-MTA: 192.0.2.25\nDiagnostic-Code: smtp;{reply} \n" if reply else ""
        blocks += "\n"
    b = f"boundary_R46-{name}"
    return ("Received: (Haraka outbound); Thu, 03 Dec 2026 10:00:00 +0000\n"
            f'Content-Type: multipart/report; report-type=delivery-status;\n    boundary="{b}"\n'
            f"References: <r46-{name}@example.com>\nMessage-Id: <R46-{name}@{HOST}>\n"
            "Date: Thu, 03 Dec 2026 10:00:00 +0000\nX-Hand-Made: yes (Haraka outbound bounce layout)\n\n"
            f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Type: text/plain; charset=us-ascii\n\n\n"
            f"--{b}\nContent-type: message/delivery-status\n\nOriginal-Envelope-Id: <r46-{name}@example.com>\n"
            f"Reporting-MTA: dns;{HOST}\nArrival-Date: Thu, 03 Dec 2026 09:58:00 +0000\n\n{blocks}"
            f"--{b}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + _original(name, ", ".join(r[0] for r in rows)) + f"\n--{b}--\n").encode()


def haraka_classic(name: str, address: str, reason: str) -> bytes:
    """Haraka's older plain bounce, config/outbound.bounce_message: "Hi. This is the Haraka Mailer
    program at {me}. ... This is a permanent error; I've given up. ... Intended Recipients: ...
    Failure Reason: ...", the original after it."""
    return (f"Received: (Haraka 4242 invoked for bounce); Thu, 03 Dec 2026 10:00:00 +0000\n"
            f"Date: Thu, 03 Dec 2026 10:00:00 +0000\nFrom: MAILER-DAEMON@{HOST}\nTo: {SELLER}\n"
            f"Subject: failure notice\nMessage-Id: <r46-{name}-bounce@{HOST}>\n"
            "X-Hand-Made: yes (Haraka config/outbound.bounce_message)\n\n"
            f"Hi. This is the Haraka Mailer program at {HOST}.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"Intended Recipients: {address}\nFailure Reason: {reason}\n\n" + _original(name, address)
            + "\nHello\n").encode()


# chasquid (internal/queue/dsn.go): "Mail delivery failed: returning message to sender" from
# postmaster-dsn@, X-Failed-Recipients, "Delivery of your message to the following recipient(s)
# failed permanently:", one '- "a" (EMAIL) failed permanently with error:' block each, a
# message/global-delivery-status report (utf-8 recipients, Status 5.0.0), the original whole; as
# chasquid 1.11 writes it (fixtures/real/chasquid-*.eml).
def chasquid(name: str, rows: list[tuple[str, str]]) -> bytes:
    """chasquid's DSN. A row: (address, the error as its courier words it, e.g. "MAIL+RCPT 550 ...")."""
    listed = "".join(f"  - {a}\n" for a, _ in rows)
    details = "".join(f'- "{a}" (EMAIL) failed permanently with error:\n    {e}\n' for a, e in rows)
    report = "".join(f"Original-Recipient: utf-8; {a}\nFinal-Recipient: utf-8; {a}\nAction: failed\n"
                     f"Status: 5.0.0\nDiagnostic-Code: smtp; {e}\n\n" for a, e in rows)
    to = ", ".join(a for a, _ in rows)
    return (f"From: Mail Delivery System <postmaster-dsn@{HOST}>\nTo: <{SELLER}>\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            f"Message-ID: <chasquid-dsn-r46{name}@{HOST}>\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n"
            f"In-Reply-To: <r46-{name}@example.com>\nReferences: <r46-{name}@example.com>\n"
            f"X-Failed-Recipients: {to}, \nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
            "X-Hand-Made: yes (chasquid internal/queue/dsn.go layout)\n"
            'Content-Type: multipart/report; report-type=delivery-status;\n    boundary="cq46"\n\n\n'
            '--cq46\nContent-Type: text/plain; charset="utf-8"\nContent-Disposition: inline\n'
            "Content-Description: Notification\nContent-Transfer-Encoding: 8bit\n\n"
            f"Delivery of your message to the following recipient(s) failed permanently:\n\n{listed}\n\n"
            f"Technical details:\n{details}\n\n"
            "--cq46\nContent-Type: message/global-delivery-status\nContent-Description: Delivery Report\n"
            f"Content-Transfer-Encoding: 8bit\n\nReporting-MTA: dns; {HOST}\n\n{report}\n"
            "--cq46\nContent-Type: message/rfc822\nContent-Description: Undelivered Message\n"
            "Content-Transfer-Encoding: 8bit\n\n" + _original(name, to) + "\nHello\n\n\n--cq46--\n").encode()


# MDaemon's permanent-failure DSN text ("The attached message had PERMANENT fatal delivery errors.
# ... removed from the MDaemon mail queue on this server ... YOUR MESSAGE WAS NOT DELIVERED TO ONE
# OR MORE RECIPIENTS / Failed address: ...") and its session transcript (MDaemon 14.5 help,
# Queues > DSN Options: "Don't include session transcripts in DSN messages", off by default).
def mdaemon(name: str, address: str, reply: str, command: str = "RCPT") -> bytes:
    """MDaemon's own DSN; `reply` the remote answer its transcript records after `command`."""
    sent = {"RCPT": f"RCPT To:<{address}>", "MAIL": f"MAIL From:<{SELLER}> SIZE=1514",
            "DATA": "DATA\n Thu 2026-12-03 09:59:58.360: <-- 354 Enter mail, end with <CRLF>.<CRLF>\n"
                    " Thu 2026-12-03 09:59:58.371: --> <message text, 1514 bytes>"}
    return (f"From: MDaemon@{HOST}\nTo: {SELLER}\nSubject: Permanent Delivery Failure\n"
            f"Date: Thu, 03 Dec 2026 10:00:00 +0000\nMessage-ID: <MDAEMON-F2026120310.AA0000046.{name}@{HOST}>\n"
            "X-MDaemon-Deliver-To: seller@example.com\nX-Hand-Made: yes (MDaemon DSN text)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="md46"\n\n--md46\nContent-Type: text/plain\n\n'
            "The attached message had PERMANENT fatal delivery errors.\n\n"
            "After one or more unsuccessful delivery attempts the attached message has been removed from the "
            "MDaemon mail queue on this server.  The number and frequency of delivery attempts are determined by "
            "local configuration.\n\nYOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS\n\n"
            f"Failed address: {address}\n\n--- Session Transcript ---\n"
            " Thu 2026-12-03 09:59:58.101: Attempting SMTP connection to [mx.partner.example : 25]\n"
            " Thu 2026-12-03 09:59:58.140: Connection established (192.0.2.25:25)\n"
            " Thu 2026-12-03 09:59:58.201: <-- 220 mx.partner.example ESMTP\n"
            f" Thu 2026-12-03 09:59:58.330: --> {sent[command]}\n"
            f" Thu 2026-12-03 09:59:58.402: <-- {reply}\n--- End Transcript ---\n\n"
            "--md46\nContent-Type: message/rfc822\n\n" + _original(name, address) + "\nHello\n\n--md46--\n").encode()


# CommuniGate Pro's own notice ("Failed to deliver to '<a>'", then the module that failed:
# "LOCAL module(account x) reports:" or "SMTP module(domain y) reports:" and its text); weak: the
# shape as this repository's fixtures fmt-communigate*.eml record it.
def communigate(name: str, address: str, module: str, text: str) -> bytes:
    return ("From: MAILER-DAEMON@cgp.seller-host.example\nTo: seller@example.com\n"
            f"Date: Thu, 03 Dec 2026 10:00:00 +0000\nSubject: Undeliverable mail: Failed to deliver to '<{address}>'\n"
            f"Message-ID: <cgp-r46-{name}@cgp.seller-host.example>\nX-Mailer: CommuniGate Pro SMTP 6.3\n"
            "X-Hand-Made: yes (CommuniGate Pro notice)\nMIME-Version: 1.0\nContent-Type: text/plain\n\n"
            f"Failed to deliver to '<{address}>'\n{module} reports:\n {text}\n\n" + _original(name, address)
            + "\nHello\n").encode()

