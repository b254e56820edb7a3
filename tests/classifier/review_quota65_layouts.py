"""Review quota65's whole-notice layouts (HAND-MADE, full message bytes) that earlier builders do not draw: Seznam's own
bilingual Czech / English notice, and sendmail's DSN for a LOCAL delivery whose transcript holds the delivery agent's
own line (procmail's quota message) before sendmail's "Can't create output". Rows cite per row in review_quota65.py /
review_quota65_more.py; our side is seller@example.com as in holdout 50."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER, _orig
from tests.classifier.review_holds58_layouts import plain

SEZNAM_SRC = ("Seznam's own notice as its help page 'Uživatel neexistuje' quotes it (napoveda.seznam.cz: 'Vaše zpráva "
              "pro <...> ze dne ... nemohla být doručena. Zpráva je přiložena.' / 'You message for <...> from ... "
              "could not be delivered. It's attached below.' / 'Důvod / Reason:' / '<status> szn; <text>' / the "
              "Czech and English class lines)")
PROCMAIL_SRC = ("sendmail's DSN for a local procmail delivery as a Japanese user's blog quotes one (digitallife2015."
                "blogspot.com 2021/07 'Can't create output': '(reason: Can't create output)', transcript 'procmail: "
                "Quota exceeded while writing \"/mb/...\"', '550 5.0.0 <...>... Can't create output')")


def seznam_own(rid: str, a: str, *, status: str, text: str, klass_cs: str, klass_en: str) -> bytes:
    """Seznam's own bilingual notice to its sender (plain text, the original attached)."""
    body = (f"Vaše zpráva pro <{a}> ze dne 14.10.2025 nemohla být doručena.\nZpráva je přiložena.\n\n"
            f"You message for <{a}> from 2025/10/14 could not be delivered.\nIt's attached below.\n\n"
            f"Důvod / Reason:\n---------------\n\n{status} szn; {text}\n\n{klass_cs}\n{klass_en}\n")
    return plain(rid, "Mail Delivery System <MAILER-DAEMON@email.seznam.cz>", "Delivery Status Notification (Failure)",
                 body, orig_to=a, extra="Auto-Submitted: auto-replied\n")


def sendmail_local(rid: str, a: str, *, agent_line: str, reply: str, reason: str, status: str,
                   host: str = "mail.example-isp.ne.jp") -> bytes:
    """Sendmail's DSN for a local mailer's failure: the fatal-errors header, the transcript (the agent's own line, then
    sendmail's reply), the RFC 3464 part (no Remote-MTA: the mailbox is on this host), the message."""
    sender = SELLER
    return (
        f"Return-Path: <MAILER-DAEMON>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{sender}>\n"
        f"Date: {DATE}\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n"
        f"Message-Id: <202510140912.{rid}@{host}>\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"65Q{rid}.1760433164/{host}\"\n\n"
        f"This is a MIME-encapsulated message\n\n--65Q{rid}.1760433164/{host}\n\n"
        "The original message was received at Tue, 14 Oct 2025 18:10:02 +0900\n"
        f"from mail-sor-f41.google.com [209.85.220.41]\n\n"
        f"   ----- The following addresses had permanent fatal errors -----\n<{a}>\n    (reason: {reason})\n\n"
        f"   ----- Transcript of session follows -----\n{agent_line}\n{reply}\n\n"
        f"--65Q{rid}.1760433164/{host}\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; mail-sor-f41.google.com\nArrival-Date: {DATE}\n\n"
        f"Final-Recipient: RFC822; {a}\nAction: failed\nStatus: {status}\nLast-Attempt-Date: {DATE}\n\n"
        f"--65Q{rid}.1760433164/{host}\nContent-Type: message/rfc822\n\n" + _orig(sender, a, f"{rid}@example.com")
        + f"\n--65Q{rid}.1760433164/{host}--\n"
    ).encode()
