"""Whole-notice helpers for review formats63 (review_formats63.py, review_formats63_more.py): a real notice's header
block given the auto-reply marks a relay, an inbox rule, a vacation responder or a ticketing system put on it (RFC 3834
5; Microsoft's X-MS-Exchange-Inbox-Rules-Loop; the Subject prefixes 'Automatic reply:', 'Auto:'); out-of-office
replies after Exchange's, Notes' and Sieve's own; groupware notices naming the recipient on a labelled line. All
HAND-MADE; the rows say whose words they use."""

from __future__ import annotations

import re

from tests.classifier.review_layouts40_layouts import DATE, SELLER, original

MARK = "X-Hand-Made: yes ({}, review formats63)\n"
HOST = "mail.partner.example"


def marked(raw: bytes, *, subject: str | None = None, extra: str = "", from_: str | None = None) -> bytes:
    """`raw` (a whole notice from a layout builder) with its OWN Subject (and From) replaced and `extra` header lines
    put at the top, as a relay, our inbox rule or a responder stamps them; the returned original is left alone."""
    head, sep, body = raw.partition(b"\n\n")
    text = head.decode("utf-8")
    if subject is not None:
        text = re.sub(r"(?m)^Subject:.*(?:\n[ \t].*)*$", lambda _m: f"Subject: {subject}", text, count=1)
    if from_ is not None:
        text = re.sub(r"(?m)^From:.*(?:\n[ \t].*)*$", lambda _m: f"From: {from_}", text, count=1)
    return (extra + text).encode("utf-8") + sep + body


def fid(name: str) -> str:
    return f"<f63-{name}@example.com>"


def reply(name: str, subject: str, text: str, *, sender: str, extra: str = "") -> bytes:
    """A single-part reply to our original (In-Reply-To / References ours): an out-of-office, a ticket's
    acknowledgement."""
    return (f"From: {sender}\nTo: Sam Seller <{SELLER}>\nSubject: {subject}\n{DATE}Message-ID: <f63a-{name}@{HOST}>\n"
            f"In-Reply-To: {fid(name)}\nReferences: {fid(name)}\n{extra}" + MARK.format("reply")
            + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + text).encode("utf-8")


def groupware(name: str, subject: str, text: str, *, to: str, cc: str = "", extra: str = "",
              from_: str = f"Mail Delivery System <postmaster@{HOST}>") -> bytes:
    """A groupware's prose notice (text/plain) with our original attached (message/rfc822) under multipart/mixed."""
    bound = f"f63g-{name}"
    head = (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\n{DATE}Message-ID: <f63g-{name}@{HOST}>\n{extra}"
            + MARK.format("groupware notice, original attached"))
    return (head + f'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="{bound}"\n\n'
            f"--{bound}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
            f"--{bound}\nContent-Type: message/rfc822\n\n{original(name, to, cc=cc, mid=fid(name))}\n"
            f"--{bound}--\n").encode("utf-8")
