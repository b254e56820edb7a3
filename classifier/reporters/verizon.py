"""Verizon Wireless gateways: vtext.com (SMS, post_master@vtext.com) and vzwpix.com (MMS,
sysadmin@...vzwpix.com). Both state a missing subscriber in one fixed sentence."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, received_text

NAME = "verizon"

WORDING = (
    ("requested action not taken: no such user here", R.USERUNKNOWN),
    ("no valid recipients for this mm", R.USERUNKNOWN),
)


def wrote(mail: Mail) -> bool:
    if ".vtext.com (" not in received_text(mail):
        return False
    return "post_master@vtext.com" in mail.from_ or ("sysadmin@" in mail.from_ and ".vzwpix.com" in mail.from_)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
