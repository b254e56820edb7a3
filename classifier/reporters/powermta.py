"""PowerMTA ("Delivery report" notices): each recipient's DSN fields carry
`X-PowerMTA-BounceCategory`, PowerMTA's own classification of the failure."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading

NAME = "powermta"

CATEGORIES = {
    "bad-domain": R.HOSTUNKNOWN,
    "bad-mailbox": R.USERUNKNOWN,
    "inactive-mailbox": R.SUSPEND,
    "message-expired": R.EXPIRED,
    "no-answer-from-host": R.NETWORKERROR,
    "policy-related": R.POLICYVIOLATION,
    "quota-issues": R.MAILBOXFULL,
    "routing-errors": R.SYSTEMERROR,
    "spam-related": R.SPAMDETECTED,
}


def wrote(mail: Mail) -> bool:
    return "Delivery report" in mail.subject and any(
        k == "x-powermta-bouncecategory" for block in mail.dsn_blocks for k, _ in block)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    address = fact.address.lower()
    for block in mail.dsn_blocks:
        fields = dict(block)
        recipient = (fields.get("final-recipient") or fields.get("original-recipient") or "").lower()
        category = fields.get("x-powermta-bouncecategory", "").strip().lower()
        if category and address in recipient and category in CATEGORIES:
            return Reading(reason=CATEGORIES[category], reporter=NAME)
    return None
