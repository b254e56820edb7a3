"""Bluehost (and the hosts sharing its mail platform). Wording from Bluehost Help "What Does My
Email Bounce Mean?" (bluehost.com/help/article/what-does-my-email-bounce-mean): its incoming
servers' refusals, tagged "GL/GL" (greylisting) and "GL/BL" (the recipient's own blacklist)."""

import re

from classifier.generic_refusal import CAUSES, beside_a_cause
from classifier.records import Reason as R
from classifier.remote import Rule, without_urls
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
    # "SMTP 550 ("toemail" recipient rejected)": "The recipient's mailbox does not exist". Read generically only at
    # RCPT (a generic refusal, review 82); Bluehost's own, known by its host, with nothing after it (`skips`), is the
    # missing mailbox in any layout (review 119: Gmail's DSN quoting it read filtered, a false soft). A 4xx never
    # (remote._may_say).
    Rule(reason=R.USERUNKNOWN, wording="recipient rejected"),
)

# The reply ends with "recipient rejected" (a full stop at most); in either copy remote.verdict reads (" | ").
_BARE = re.compile(r"recipient rejected[.!\s]*$")
# An enhanced status that says another thing than an address (x.2 the mailbox, x.3 the system, x.4 routing, x.5 the
# protocol but 5.5.0's catch-all, x.6 content, x.7 policy) or only for now (4.x.x): generic_refusal.beside_a_status;
# and x.1.7 / x.1.8, the SENDER's address (RFC 3463; review 128: read as the recipient's missing mailbox).
_OTHER_STATUS = re.compile(r"(?<![\w.-])(?:4\.\d{1,3}\.\d{1,3}|5\.[2-7]\.\d{1,3}|5\.1\.[78])(?![\d.]*\d)")
# Causes before the bare ending beside generic_refusal's: the sender's authentication (SPF), a security requirement
# (TLS), the recipient's own filter, a recipient limit (review 128: "550 SPF check failed; <a> recipient rejected"
# read as the missing mailbox, a false hard).
_CAUSES = (*CAUSES, R.AUTHFAILURE, R.SECURITYERROR, R.FILTERED, R.EXCEEDLIMIT)
# Its blacklist tag anywhere, also spaced, dashed or broken by a wrap ("GL / BL", "GL-BL", "GL/ BL"), but not in a
# help URL ("...#gl/bl" beside a missing user; review 128): review 121 read "recipient rejected (GL/BL)" generically.
_GL_BL = re.compile(r"\bgl ?[/-] ?bl\b")
# ...and right after its own words, whatever the URL reading makes of them ("recipient rejected.GL/BL": without_urls
# takes "rejected.gl/bl" for a scheme-less URL; review 131, read as the missing mailbox, a false hard).
_GL_BL_ENDING = re.compile(r"\brecipient rejected[ .,:;]{0,3}gl ?[/-] ?bl\b")


def _bare_alone(part: str) -> bool:
    """`part` ends with the words, and nothing before them names a cause or a status of another subject (review 121:
    "550 Message looks like spam; <a> recipient rejected", "550 5.7.1 <a> recipient rejected", "550 4.2.1 <a>
    recipient rejected" read hard)."""
    if not _BARE.search(part):
        return False
    if any(m.group() != "5.5.0" for m in _OTHER_STATUS.finditer(part)):
        return False
    return not beside_a_cause(wording_of(part), _CAUSES)


def skips(rule: Rule, text: str) -> bool:
    """Bluehost's missing-mailbox rule applies only where its "recipient rejected" stands alone (`_bare_alone`)."""
    return rule.reason is R.USERUNKNOWN and not any(_bare_alone(part) for part in text.split(" | "))


def reason_of(text: str, status: str | None, command: str | None) -> R | None:
    """The recipient's own blacklist where the GL/BL tag stands outside a URL (`_GL_BL`); else the rules read."""
    if "bl" not in text:
        return None
    return R.FILTERED if _GL_BL_ENDING.search(text) or _GL_BL.search(without_urls(text)) else None
