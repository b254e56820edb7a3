"""Trellix Email Security - Cloud (formerly FireEye Email Threat Prevention; its MX hosts under fireeyecloud.com), the
filter in front of many companies' mail. Its refusals name its own error code, "ETP" and three digits, after words
that several codes share: 'Invalid recipient' is ETP100 through ETP103 (docs.trellix.com 'Error codes'), and only some
of them speak of the mailbox. ETP100 says the recipient's DOMAIN matches no domain the service filters (mail routed to
it for a domain it does not serve, the domain's or the service's configuration), nothing of the mailbox: read as the
words alone, a missing user and a false hard (review 36, tests/classifier/review_providers36_more.py). ETP101 (an
unknown BCC recipient) and ETP102 (the customer's own server refused the recipient) are the mailbox's; ETP103 and
ETP106 are deferrals (no code's reading: the generic rules and the 4xx decide); ETP104 a routing loop, ETP105 a
domain set up in an invalid mode."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "trellix"
HOSTS = (".fireeyecloud.com",)
DOMAINS = ()
MARKERS = ()
TAG = re.compile(r"\betp(1\d\d)\b")
CODES: dict[str, R] = {
    "100": R.NORELAYING,  # invalid domain: not a domain the service filters
    "101": R.USERUNKNOWN,  # invalid BCC recipient of a known BCC domain
    "102": R.USERUNKNOWN,  # the upstream (customer's) MTA rejected the recipient
    "104": R.SYSTEMERROR,  # routing loop with the sending MTA
    "105": R.SYSTEMERROR,  # the recipient domain's mode is invalid
}
RULES: tuple[Rule, ...] = ()
