"""Hornetsecurity (Spam and Malware Protection; its MX hosts under hornetsecurity.com and the older
antispameurope.com), the filter in front of many European companies' mail. Its refusals carry its
own enhanced status codes, whose RFC 3463 meaning they do not have: 5.5.x and 5.6.x name its
filters (5.5.4 a negative IP reputation, 5.5.5 spam, 5.6.4 a virus), 5.2.2 an explicit block of the
sender or recipient address, not a full mailbox. Codes from the reason-code table of a service built
on it (EveryCloud 'Workspace reason codes', support.everycloudtech.com 4000039509, whose 'ase-*'
names are antispameurope's), its 5.5.4 as Hornetsecurity's MX words it ("554 5.5.4 Your IP <ip>
address has a bad reputation. To unblock visit http://cloud-security.net/unblock?...", a public
Postfix report); tests/classifier/review_notices29.py quotes each."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "hornetsecurity"
HOSTS = (".hornetsecurity.com", ".antispameurope.com")
DOMAINS = ()
MARKERS = ("antispameurope.com", "cloud-security.net/unblock")

CODES: dict[str, R] = {
    "5.2.2": R.REJECTED,  # explicit blocking of sender or recipient address (its block lists)
    "5.5.2": R.MESGTOOBIG,  # message size (content filter)
    "5.5.4": R.BADREPUTATION,  # IP sender address with a negative reputation
    "5.5.5": R.SPAMDETECTED,  # email rejection due to spam
    "5.5.6": R.NETWORKERROR,  # loop detection
    "5.5.7": R.POLICYVIOLATION,  # email rejected due to content of attachment
    "5.6.1": R.SPAMDETECTED,  # signature of spam in mail header or subject
    "5.6.2": R.SPAMDETECTED,  # spam link signature detected
    "5.6.3": R.SPAMDETECTED,  # spam text signature detected
    "5.6.4": R.VIRUSDETECTED,  # virus email blocked
    "5.6.5": R.SECURITYERROR,  # TLS encryption required by customer rule
    "5.6.9": R.POLICYVIOLATION,  # rejected by custom compliance filter rule
    "4.5.5": R.SPAMDETECTED,  # early spam detection (temporarily blocked)
    "4.5.6": R.SYSTEMERROR,  # temporary failure in MTA
    "4.5.7": R.SYSTEMERROR,  # temporary failure in MTA
}
_CODE = re.compile(r"\b([45]\.[256]\.\d)\b")
# Words that say what RFC 3463's meaning of the code says: then the generic rules read them.
_PLAIN = ("full", "quota", "syntax", "storage")


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    m = _CODE.search(text)
    code = m.group(1) if m else status
    if code == "5.5.3":
        # Two refusals share it: the content filter's size limit and a bounce sent to many.
        if "size" in text:
            return R.MESGTOOBIG
        return R.POLICYVIOLATION if "multi-recipient bounce" in text else None
    if code not in CODES or any(w in text for w in _PLAIN):
        return None
    return CODES[code]


RULES: tuple[Rule, ...] = ()
