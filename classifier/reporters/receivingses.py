"""Amazon SES receiving (`X-SES-Outgoing`): a receipt rule's bounce action answers with one of a
few template sentences. "Mailbox does not exist" is the rule owner's choice of refusal text,
not a directory lookup, so SES reads it as a filter."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "receivingses"

WORDING = (
    ("mailbox does not exist", R.FILTERED),
    ("message too large", R.MESGTOOBIG),
    ("mailbox full", R.MAILBOXFULL),
    ("message content rejected", R.CONTENTERROR),
)


def wrote(mail: Mail) -> bool:
    return "x-ses-outgoing" in mail.names and "This message could not be delivered." in mail.text[:3000]


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
