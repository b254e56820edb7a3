"""The fortieth review's one new layout: the DragonFly Mail Agent's (dma's) own notice, as
corecode/dma mail.c writes it ("This is the DragonFly Mail Agent v0.13 at host.", "There was an
error delivering your mail to <x>.", the error, "Message headers follow.") and as the project's
real dma notices show it (tests/classifier/fixtures/real/dma-*.eml). HAND-MADE."""

from __future__ import annotations

SELLER = "seller@example.com"


def dma(name: str, to: str, error: str, *, host: str = "mail.example.com") -> bytes:
    """dma's bounce of our message to `to`, `error` the lines it writes after the address."""
    return (f"Return-path: <>\nReceived: from MAILER-DAEMON\n\tid 17c0c1\n\tby {host} (DragonFly Mail Agent v0.13);\n"
            f"\tThu, 03 Dec 2026 09:00:05 +0000\nFrom: MAILER-DAEMON <>\nTo: {SELLER}\nSubject: Mail delivery failed\n"
            f"Message-Id: <17c0c1.{name}@{host}>\nDate: Thu, 03 Dec 2026 09:00:05 +0000\n"
            "X-Hand-Made: yes (review 40, dma mail.c layout)\n\n"
            f"This is the DragonFly Mail Agent v0.13 at {host}.\n\n"
            f"There was an error delivering your mail to <{to}>.\n\n{error}\n\nMessage headers follow.\n\n"
            f"Received: from seller (uid 1000)\n\t(envelope-from {SELLER})\n\tid 17c0b3\n\tby {host} "
            "(DragonFly Mail Agent v0.13);\n\tThu, 03 Dec 2026 09:00:00 +0000\n"
            f"From: Seller <{SELLER}>\nTo: {to}\nSubject: Quick question\nDate: Thu, 03 Dec 2026 09:00:00 +0000\n"
            f"Message-ID: <review40-{name}@example.com>\n").encode()
