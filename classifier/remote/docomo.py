"""NTT docomo (docomo.ne.jp, mfsmax.docomo.ne.jp). Docomo answers "550 Unknown user" both for a
missing subscriber (at RCPT TO) and for mail the subscriber's receiving filter refuses because
of who sent it (after DATA); the status and the stage tell them apart."""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "docomo"
HOSTS = (".docomo.ne.jp",)
DOMAINS = ("docomo.ne.jp",)
MARKERS = ()


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    if status in ("5.1.1",):
        return R.USERUNKNOWN
    if status == "5.2.0":
        return R.FILTERED  # the subscriber's filter, reported as "mailbox status" by docomo's relay
    if "552 too much mail data" in text:
        return R.MAILBOXFULL
    if "552 too many recipients" in text:
        return R.TOOMANYCONN
    if "503 bad sequence of commands" in text or "504 command parameter not implemented" in text:
        return R.SYNTAXERROR
    if status == "5.0.0" and command == "RCPT":
        return R.USERUNKNOWN
    if status == "5.0.0" and command == "DATA":
        return R.REJECTED  # refused after the message was sent: the sender is not accepted
    return None


RULES: tuple[Rule, ...] = ()
