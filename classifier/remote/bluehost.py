"""Bluehost (and the hosts sharing its mail platform). Wording from Bluehost Help "What Does My
Email Bounce Mean?" (bluehost.com/help/article/what-does-my-email-bounce-mean): its incoming
servers' refusals, tagged "GL/GL" (greylisting) and "GL/BL" (the recipient's own blacklist)."""

import re

from classifier.generic_refusal import beside_a_cause
from classifier.records import Reason as R
from classifier.remote import Rule
from classifier.wording import wording_of

NAME = "bluehost"
HOSTS = (".bluehost.com",)
DOMAINS = ()
MARKERS = ("recipient rejected gl/bl",)

RULES = (
    # "SMTP 550 ("toemail" recipient rejected GL/BL)": "The sender has been blacklisted by the
    # recipient (the customer has blacklisted them)": the recipient's own filter refusing the
    # sender, not a missing mailbox (its bare "recipient rejected" is one, read generically).
    Rule(reason=R.FILTERED, wording="recipient rejected gl/bl"),
    # ...its tag set apart ("recipient rejected (GL/BL)", review 121: read generically at RCPT, a false hard).
    Rule(reason=R.FILTERED, wording="gl/bl"),
    # "SMTP 550 ("toemail" recipient rejected)": "The recipient's mailbox does not exist". Read generically only at
    # RCPT (a generic refusal, review 82); Bluehost's own, known by its host, with nothing after it (`skips`), is the
    # missing mailbox in any layout (review 119: Gmail's DSN quoting it read filtered, a false soft). A 4xx never
    # (remote._may_say).
    Rule(reason=R.USERUNKNOWN, wording="recipient rejected"),
)

# The reply ends with "recipient rejected" (a full stop at most); in either copy remote.verdict reads (" | ").
_BARE = re.compile(r"recipient rejected[.!\s]*$")
# An enhanced status that says another thing than an address (x.2 the mailbox, x.3 the system, x.4 routing, x.5 the
# protocol but 5.5.0's catch-all, x.6 content, x.7 policy) or only for now (4.x.x): generic_refusal.beside_a_status.
_OTHER_STATUS = re.compile(r"(?<![\w.-])(?:4\.\d{1,3}|5\.[2-7])\.\d{1,3}(?![\d.]*\d)")


def _bare_alone(part: str) -> bool:
    """`part` ends with the words, and nothing before them names a cause or a status of another subject (review 121:
    "550 Message looks like spam; <a> recipient rejected", "550 5.7.1 <a> recipient rejected", "550 4.2.1 <a>
    recipient rejected" read hard)."""
    if not _BARE.search(part):
        return False
    if any(m.group() != "5.5.0" for m in _OTHER_STATUS.finditer(part)):
        return False
    return not beside_a_cause(wording_of(part))


def skips(rule: Rule, text: str) -> bool:
    """Bluehost's missing-mailbox rule applies only where its "recipient rejected" stands alone (`_bare_alone`)."""
    return rule.reason is R.USERUNKNOWN and not any(_bare_alone(part) for part in text.split(" | "))
