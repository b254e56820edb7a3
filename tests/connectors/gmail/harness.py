"""Shared set-up for the Gmail tests: a GmailSource wired to a FakeGmail, and message makers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from connectors.gmail import GmailSource
from sync.secret import Secret
from tests.fakes.gmail import SCOPE_MODIFY, SCOPE_READONLY, FakeGmail

ADDRESS = "rep@sender.example"


def make_source(fake: FakeGmail, base_dir: Path, *, scopes=(SCOPE_READONLY,), sleeps: list | None = None,
                **overrides: Any) -> GmailSource:
    info = fake.authorized_user(ADDRESS, scopes=scopes)
    settings = {"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:GMAIL_TEST"),
                "api_endpoint": fake.url, "backoff_seconds": 0.01, "search_lag_seconds": 0,
                "quota_units_per_minute": 600_000, "timeout": 5, **overrides}
    if SCOPE_MODIFY in scopes and "label_processed" not in settings:
        settings["label_processed"] = "bounce-processed"
    kwargs = {}
    if sleeps is not None:
        import time

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            time.sleep(seconds)

        kwargs["sleep"] = sleep
    return GmailSource(settings, base_dir=base_dir, **kwargs)


def sent(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Rep <{ADDRESS}>"
    msg["To"] = f"lead{n}@example.com"
    msg["Subject"] = f"Quick question {n}"
    msg["Message-ID"] = f"<sent-{n}@sender.example>"
    msg.set_content("Hello")
    return msg.as_bytes()


def dsn(n: int, *, quoting: str | None = None) -> bytes:
    """A non-Gmail (Postfix-style) bounce that quotes the original's Message-ID."""
    msg = EmailMessage()
    msg["From"] = "MAILER-DAEMON@mx.example.net (Mail Delivery System)"
    msg["To"] = ADDRESS
    msg["Subject"] = "Undelivered Mail Returned to Sender"
    msg["Message-ID"] = f"<dsn-{n}@mx.example.net>"
    msg.set_content(f"<lead{n}@example.com>: host said: 550 5.1.1 user unknown")
    original = EmailMessage()
    original["From"] = ADDRESS
    original["To"] = f"lead{n}@example.com"
    original["Message-ID"] = f"<{quoting or f'unknown-{n}@elsewhere.example'}>"
    original["Subject"] = "Quick question"
    original.set_content("Hello")
    msg.add_attachment(original)
    return msg.as_bytes()


def ordinary(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Lead {n} <lead{n}@example.com>"
    msg["To"] = ADDRESS
    msg["Subject"] = f"Re: Quick question {n}"
    msg["Message-ID"] = f"<reply-{n}@example.com>"
    msg.set_content("Sounds good")
    return msg.as_bytes()


@dataclass
class GmailHarness:
    fake: FakeGmail
    source: GmailSource
    delivered: list[str] = field(default_factory=list)

    def deliver(self, raw: bytes) -> str:
        mid = self.fake.add_message(ADDRESS, raw)
        self.delivered.append(mid)
        return mid


def api_calls(fake: FakeGmail, since: int = 0) -> dict[str, int]:
    """Requests by API method (token refreshes excluded), from log index `since`."""
    names = {"/history": "history.list", "/messages": "messages.list", "/profile": "getProfile",
             "/batch/gmail/v1": "batch", "/labels": "labels", "/batchModify": "batchModify"}
    counts: dict[str, int] = {}
    for r in fake.log[since:]:
        for suffix, name in names.items():
            if r.path.endswith(suffix):
                counts[name] = counts.get(name, 0) + 1
                break
    return counts
