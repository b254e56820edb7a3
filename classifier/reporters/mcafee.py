"""McAfee Email (and Web Security) Appliance: `X-NAI-Header: Modified by McAfee ...`. Its
"Delivery Status" notices quote the remote reply; these sentences are its missing-mailbox forms.

The appliance stamps that header on the mail it passes on, so another server's bounce that
crossed one carries it too: the header counts beside the notice's own subject or heading."""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.help_mentions import without_help_mentions
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading

NAME = "mcafee"

_USERUNKNOWN = re.compile(
    r" user \([^ ()]{1,200}@[^ ()]{1,200}\) unknown\. |550 unknown user [^ ]{1,200}@|"
    r"550 <[^ >]{1,200}@[^ >]{1,200}>\.{1,3} user not exist|no such user"
)


def wrote(mail: Mail) -> bool:
    return "Modified by McAfee" in mail.header("x-nai-header") and (
        mail.subject.strip() == "Delivery Status"
        or "the following addresses had delivery problems" in mail.notice[:3000].lower())


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    # A help line quoting the words ("not a 'no such user' refusal") names no verdict (help_mentions; audit 35e).
    if _USERUNKNOWN.search(without_help_mentions(text)):
        return Reading(reason=R.USERUNKNOWN, reporter=NAME)
    return None
