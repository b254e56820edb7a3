"""Notice layouts for review novel38 (review_novel38.py) that the earlier builders lack, each written after the
generator or standard its docstring names. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25_layouts import SELLER, original

MARK = "X-Hand-Made: yes ({}, review novel38)\n"


def prose_notice(name: str, address: str, reason: str, *, host: str = "mail.partner-hosting.example") -> bytes:
    """A plain-text notice with no report part and no status (a site's own bounce template, as a hosting panel or an
    older MTA writes one: "Your message to <x> could not be delivered. Reason: ..."; RFC 3461 section 6 leaves a
    non-DSN notice's form to the MTA), the original appended."""
    return (f"From: Postmaster <postmaster@{host}>\nTo: {SELLER}\nSubject: Delivery failure: Quick question\n"
            f"Date: Thu, 3 Dec 2026 10:04:00 +0000\nMessage-ID: <n38-{name}@{host}>\nAuto-Submitted: auto-replied\n"
            + MARK.format("a site's own plain notice") + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: 8bit\n\n"
            f"Hello,\n\nYour message to <{address}> could not be delivered.\n\nReason: {reason}\n\n"
            "This notice was generated automatically; please do not reply to it.\n\n"
            f"------ Original message ------\n{original('n38-' + name, address)}").encode()


def auto_reply(name: str, who: str, subject: str, body: str) -> bytes:
    """An RFC 3834 automatic response from the prospect's own mailbox (Auto-Submitted: auto-replied, In-Reply-To our
    message, "Automatic reply:" as Outlook's out-of-office writes its Subject)."""
    return (f"From: {who}\nTo: Seller <{SELLER}>\nSubject: {subject}\nDate: Thu, 3 Dec 2026 10:01:00 +0100\n"
            f"Message-ID: <auto-{name}@partner.example>\nIn-Reply-To: <review25-{name}@example.com>\n"
            "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n" + MARK.format("RFC 3834 auto-reply")
            + f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n").encode()


def newsletter(name: str, subject: str, body: str) -> bytes:
    """An ordinary bulk newsletter that lands in the sales mailbox (RFC 2369 List-Unsubscribe, RFC 8058
    List-Unsubscribe-Post, Precedence: bulk): no notice of any mail system, whatever its subject says."""
    return (f"From: Deliverability Weekly <news@esp-digest.example>\nTo: {SELLER}\nSubject: {subject}\n"
            f"Date: Thu, 3 Dec 2026 07:00:00 +0000\nMessage-ID: <nl-{name}@esp-digest.example>\nPrecedence: bulk\n"
            "List-Unsubscribe: <https://esp-digest.example/u/n38>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n"
            + MARK.format("a newsletter") + f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
            ).encode()
