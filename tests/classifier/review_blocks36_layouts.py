"""Notice layouts of review blocks36 (review_blocks36.py) that a server writes itself: Pigeonhole's rejection of a
message by the recipient's own Sieve script (RFC 5429 `reject`), the MDN Dovecot's LDA/LMTP sends. HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_relayed

SELLER = "seller@example.com"
LEAD = "lead@partner.example"


def relay_at(tag: str, source: str, mx: str, entries: list[tuple], address: str = LEAD) -> list[tuple]:
    """Our relay's report (Postfix bounce(8)) of each reply from `mx`, rows named "b36-<tag>-<name>"."""
    return rows_relayed(f"b36-{tag}", source, mx, address, entries)


def sieve_reject(name: str, reason: str, *, address: str = LEAD, host: str = "mail.partner.example") -> bytes:
    """Pigeonhole's rejection MDN (RFC 5429 section 2.1.1; Dovecot's default rejection_reason "Your message to <%t> was
    automatically rejected:%n%r", rejection_subject "Rejected: %s"; Reporting-UA naming the Dovecot Mail Delivery
    Agent; Disposition automatic-action/MDN-sent-automatically; deleted), the script's reason as the user wrote it."""
    return (f"From: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{SELLER}>\nSubject: Rejected: Quick question\n"
            f"Message-ID: <dovecot-b36-{name}@{host}>\nAuto-Submitted: auto-replied (rejected)\nPrecedence: bulk\n"
            "X-Hand-Made: yes (Pigeonhole rejection MDN, RFC 5429)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=disposition-notification; boundary="b36s"\n\n'
            "--b36s\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: inline\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"Your message to <{address}> was automatically rejected:\n{reason}\n\n"
            "--b36s\nContent-Type: message/disposition-notification\n\n"
            f"Reporting-UA: {host}; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; {address}\n"
            f"Original-Message-ID: <orig-b36-{name}@example.com>\n"
            "Disposition: automatic-action/MDN-sent-automatically; deleted\n\n"
            "--b36s\nContent-Type: message/rfc822\n\n"
            f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\n"
            f"Message-ID: <orig-b36-{name}@example.com>\n\nHello\n--b36s--\n").encode()
