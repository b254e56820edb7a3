"""Outlook.com / Hotmail's own DSNs (postmaster@hotmail.com, `X-Message-Delivery`,
`X-Message-Info`): fixed sentences for a missing mailbox or an unreachable domain."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, received

NAME = "outlook"

WORDING = (
    ("the mail could not be delivered to the recipient because the domain is not reachable", R.HOSTUNKNOWN),
    ("requested action not taken: mailbox unavailable", R.USERUNKNOWN),
)


def wrote(mail: Mail) -> bool:
    score = ("Delivery Status Notification" in mail.subject) + (mail.msg.get("x-message-delivery") is not None)
    score += mail.msg.get("x-message-info") is not None
    score += any(".hotmail.com" in r for r in received(mail))
    return score >= 2


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
