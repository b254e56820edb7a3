"""Bluehost (and the hosts sharing its mail platform). Wording from Bluehost Help "What Does My
Email Bounce Mean?" (bluehost.com/help/article/what-does-my-email-bounce-mean): its incoming
servers' refusals, tagged "GL/GL" (greylisting) and "GL/BL" (the recipient's own blacklist)."""

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "bluehost"
HOSTS = (".bluehost.com",)
DOMAINS = ()
MARKERS = ("recipient rejected gl/bl",)

RULES = (
    # "SMTP 550 ("toemail" recipient rejected GL/BL)": "The sender has been blacklisted by the
    # recipient (the customer has blacklisted them)": the recipient's own filter refusing the
    # sender, not a missing mailbox (its bare "recipient rejected" is one, read generically).
    Rule(reason=R.FILTERED, wording="recipient rejected gl/bl"),
    # "SMTP 550 ("toemail" recipient rejected)": "The recipient's mailbox does not exist". Read generically only at
    # RCPT (a generic refusal, review 82); Bluehost's own, known by its host, with nothing after it (`skips`), is the
    # missing mailbox in any layout (review 119: Gmail's DSN quoting it read filtered, a false soft). A 4xx never
    # (remote._may_say).
    Rule(reason=R.USERUNKNOWN, wording="recipient rejected"),
)

# The reply ends with "recipient rejected" (a full stop at most); in either copy remote.verdict reads (" | ").
_BARE = re.compile(r"recipient rejected[.!\s]*$")


def skips(rule: Rule, text: str) -> bool:
    """Bluehost's missing-mailbox rule does not apply where words follow its "recipient rejected": another cause."""
    return rule.reason is R.USERUNKNOWN and not any(_BARE.search(part) for part in text.split(" | "))
