"""Layouts for the thirty-sixth review (review_notices36.py) that the earlier reviews' helpers lack:
Gmail's older plain-text failure notice, as the Zoho users who met it pasted it into Zoho's own
community forum (help.zoho.com/portal/en/community/topic/why-does-gmail-to-zoho-keep-bouncing-back
and .../e-mails-being-rejected-by-recipient-domain-zoho-address: "Delivery to the following
recipient failed permanently: ... Technical details of permanent failure: Google tried to deliver
your message, but it was rejected by the server for the recipient domain X by mx.zoho.com. [ip].
The error that the other server returned was: ..."), and one more pass over a reply table in the
layouts of review_notices2_gateways.exim_rcpt (our Exim relay's plain bounce) and
notices.messagelabs_own (Symantec Email Security.cloud's own notice). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import messagelabs_own, relayed
from tests.classifier.review_notices14_layouts import SELLER, original
from tests.classifier.review_notices2_gateways import exim_rcpt


def gmail_plain(name: str, address: str, mx: str, reply: str, ip: str = "198.51.100.114") -> bytes:
    """Gmail's plain-text failure notice of the early 2010s: no delivery-status part, the remote
    reply after "The error that the other server returned was:", the original after
    "----- Original message -----" (the forum posts' layout)."""
    domain = address.split("@", 1)[1]
    return ("Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            f"To: {SELLER}\nSubject: Delivery Status Notification (Failure)\n"
            f"Message-ID: <gm-plain-{name}@mail.gmail.com>\nDate: Thu, 3 Dec 2026 10:00:06 +0000\n"
            "X-Hand-Made: yes (Gmail's older plain-text notice, as Zoho's community forum posts show it)\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-8859-1\n\n"
            "Delivery to the following recipient failed permanently:\n\n"
            f"     {address}\n\n"
            "Technical details of permanent failure:\n"
            "Google tried to deliver your message, but it was rejected by the server for the recipient "
            f"domain {domain} by {mx}. [{ip}].\n\n"
            f"The error that the other server returned was:\n{reply}\n\n"
            "----- Original message -----\n\n" + original(f"gp-{name}", address)).encode()


def greeting_rows(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """The greeting (CONN) replies of such a table as our Postfix relay reports them: smtp_proto.c
    writes "host %s refused to talk to me: %s" there (review_notices22.refused_greeting's line), a
    4xx as its delay warning."""
    out = []
    for name, reply, status, command, hard, reasons, scope in entries:
        if command != "CONN":
            continue
        delay = status.startswith("4")
        raw = relayed(reply, status=status, command=None, remote=mx, address=address,
                      action="delayed" if delay else None).replace(b"] said: ", b"] refused to talk to me: ")
        out.append((f"{prefix}-{name}", source + " (our relay's report of the refused greeting)", raw,
                    [(address, hard, reasons, scope, delay)]))
    return out


def rows_more(prefix: str, source: str, mx: str, address: str, entries: list[tuple]) -> list[tuple]:
    """The final (5.x) replies of a (name, reply, status, command, hard, reasons, scope) table
    again in our Exim relay's bounce (replies at RCPT only: its sentence names the RCPT stage)
    and in Email Security.cloud's own notice (any stage but the sender's own MAIL FROM)."""
    out = []
    for name, reply, status, command, hard, reasons, scope in entries:
        if status.startswith("4") or command not in ("RCPT", "DATA", "CONN"):
            continue
        expected = [(address, hard, reasons, scope, False)]
        if command == "RCPT":
            out.append((f"{prefix}-{name}-exim", source + " (our Exim relay's bounce)",
                        exim_rcpt(f"{prefix}-{name}", mx, reply, address), expected))
        out.append((f"{prefix}-{name}-ml", source + " (as Email Security.cloud's own notice quotes it)",
                    messagelabs_own(reply, status=status, address=address), expected))
    return out
