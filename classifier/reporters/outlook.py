"""Outlook.com / Hotmail's own DSNs (postmaster@hotmail.com, `X-Message-Delivery`,
`X-Message-Info`): fixed sentences for a missing mailbox or an unreachable domain.

Hotmail wrote those two headers, and its Received lines, on the mail it delivered into its
mailboxes too (another server's bounce read from one has them: corpus lhost-postfix-57), so
they only support the sign of its own notice: its postmaster sending a "Delivery Status
Notification"."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, received_text, words_name_another

NAME = "outlook"

WORDING = (
    ("the mail could not be delivered to the recipient because the domain is not reachable", R.HOSTUNKNOWN),
    ("requested action not taken: mailbox unavailable", R.USERUNKNOWN),
)


def wrote(mail: Mail) -> bool:
    if "Delivery Status Notification" not in mail.subject or "postmaster@" not in mail.from_:
        return False
    return "x-message-delivery" in mail.names or "x-message-info" in mail.names \
        or ".hotmail.com" in received_text(mail)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    if reason is R.USERUNKNOWN and words_name_another(text, fact.smtp_command or "RCPT"):
        # RFC 5321's canonical 550 text covers "command rejected for policy reasons" too: beside Outlook.com's
        # S3150 block-list sentence it names no missing mailbox (audit 35e); the generic rules read the words (as
        # Hotmail's RCPT answer where no command is named).
        return None
    return Reading(reason=reason, reporter=NAME) if reason else None
