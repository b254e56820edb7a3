"""Notice layouts for the forty-fifth review (review_notices45*.py): the two shapes the earlier
builders lack. Everything else is an earlier review's builder (notices.relayed for our Postfix
relay's RFC 3464 report, review 35's Exim and Sendmail remote-refusal builders, review 37's delay
notices, review 43's Gmail plain notice, Exchange Online's own NDR).

- `own_dsn`: an MTA's RFC 3464 report of a failure of its own (no Remote-MTA, the MTA's own
  "[internal]" text as the Diagnostic-Code), as Momentum / SparkPost's bounce_logger writes those
  texts (SparkPost/momentum-documentation, Appendix F "Message Responses"); the human part is
  hand-made (Momentum's own DSN wording is not in the stored documentation).
- `postal_bounce`: Postal's own bounce of a message its route could not pass on
  (postalserver/postal app/models/bounce_message.rb: From "Mail Delivery Service <route>",
  Subject "Mail Delivery Failed (<subject>)", the fixed text with "Rcpt To: <address>", the
  original attached as "Original Message.eml"; no reason at all).

All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD

SELLER = "seller@example.com"


def own_dsn(name: str, diagnostic: str, status: str, *, action: str = "failed", address: str = LEAD,
            host: str = "mta01.esp.example") -> bytes:
    """An RFC 3464 report of the reporting MTA's own failure: no Remote-MTA."""
    return (
        f"From: Mail Delivery System <MAILER-DAEMON@{host}>\nTo: {SELLER}\n"
        f"Subject: {'Delivery Status Notification (Delay)' if action == 'delayed' else 'Undeliverable: Hello'}\n"
        f"Message-ID: <r45-{name}@{host}>\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (RFC 3464 report of an MTA's own failure, review 45)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="m45"\n\n'
        "--m45\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"Your message to {address} could not be delivered.\n\n{diagnostic}\n\n"
        "--m45\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diagnostic}\n\n"
        "--m45\nContent-Type: text/rfc822-headers\n\n"
        f"From: {SELLER}\nTo: {address}\nSubject: Hello\nMessage-ID: <r45-orig-{name}@example.com>\n\n"
        "--m45--\n").encode()


def postal_bounce(name: str, address: str = LEAD, route: str = "inbound@partner.example") -> bytes:
    """Postal's BounceMessage#raw_message (a Mail gem message: text part, the original attached)."""
    body = (f"This is the mail delivery service responsible for delivering mail to {route}.\n\n"
            "The message you've sent cannot be delivered. Your original message is attached to this message.\n\n"
            "For further assistance please contact postmaster@partner.example. Please include the details below "
            "to help us identify the issue.\n\n"
            f"Message Token: abc123@srv456\nOrginal Message ID: <r45-orig-{name}@example.com>\n"
            f"Mail from: {SELLER}\nRcpt To: {address}\n")
    original = (f"From: {SELLER}\nTo: {address}\nSubject: Hello\nMessage-ID: <r45-orig-{name}@example.com>\n\n"
                "Hello, a quick question about your plans.\n")
    return (
        f"Date: Thu, 03 Dec 2026 10:00:00 +0000\nFrom: Mail Delivery Service <{route}>\nTo: {SELLER}\n"
        f"Message-ID: <r45-{name}@rp.postal.example>\nSubject: Mail Delivery Failed (Hello)\nMime-Version: 1.0\n"
        "X-Hand-Made: yes (Postal app/models/bounce_message.rb, review 45)\n"
        'Content-Type: multipart/mixed; boundary="--==_mimepart_r45"\n\n'
        "----==_mimepart_r45\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n"
        f"{body}\n"
        "----==_mimepart_r45\nContent-Type: message/rfc822; filename=\"Original Message.eml\"\n"
        "Content-Transfer-Encoding: 7bit\nContent-Disposition: attachment; filename=\"Original Message.eml\"\n\n"
        f"{original}\n----==_mimepart_r45--\n").encode()
