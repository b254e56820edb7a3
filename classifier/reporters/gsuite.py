"""Google Workspace (G Suite) relaying for a domain: DSNs from mailer-daemon@googlemail.com with
`X-Gm-Message-State`, whose "** Address not found **" text states the failure in fixed words."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "gsuite"

WORDING = (
    ("because the address couldn't be found. check for typos", R.USERUNKNOWN),
    ("null mx", R.NOTACCEPT),
    (" had no relevant answers.", R.NETWORKERROR),
    (" responded with code nxdomain", R.NETWORKERROR),
)


def wrote(mail: Mail) -> bool:
    return ("mailer-daemon@googlemail.com" in mail.from_ and "Delivery Status Notification" in mail.subject
            and "x-gm-message-state" in mail.names)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(text, WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
