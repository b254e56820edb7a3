"""Symantec.cloud / MessageLabs (`X-Msg-Ref: server-N.tower-N.messagelabs.com!...`, from
MAILER-DAEMON@messagelabs.com)."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "messagelabs"

WORDING = (
    ("no such user", R.USERUNKNOWN),
    # Its relays refuse to relay for an unauthenticated client: a security requirement of the
    # sending side, not a relaying policy of the recipient's domain.
    ("please turn on smtp authentication in your mail client", R.SECURITYERROR),
)


def wrote(mail: Mail) -> bool:
    return "messagelabs.com" in mail.header("x-msg-ref") and "messagelabs.com" in mail.from_


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
