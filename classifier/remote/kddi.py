"""au by KDDI (au.com, ezweb.ne.jp; its MX msmx.au.com, lsean.ezweb.ne.jp). au answers "550 <addr>:
User unknown" for a missing subscriber, and "550 : User unknown", with no address in it, for mail
the subscriber's own reception filter refuses (Sisimai 5's rhost/for-kddi.go, citing au's support
page www.au.com/support/service/internet/trouble/mail/01/, read as an outside opinion; the
forty-second review). The no-address form is the recipient's filter (taxonomy: filtered, soft),
at whatever stage, never a missing user. The with-address form naming one of au's own subscribers is
the missing mailbox at whatever stage too (Sisimai 4.25's Rhost::KDDI and Sisimai 5 split the two by
the address alone; the fifty-fifth review): the generic rules' doubt about a "user unknown" at an
unnamed stage (a filter may be speaking) has au's own answer here, and Gmail's DSN, the way most of
our users send, names no stage. An address of another domain there is not au's subscriber (ours,
refused at MAIL FROM): left to the generic rules, and a temporary or sender-stage reply never reads
so (remote._may_say)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "kddi"
HOSTS = (".au.com", ".ezweb.ne.jp")
DOMAINS = ("au.com", "ezweb.ne.jp")
MARKERS = ()

RULES = (
    Rule(reason=R.FILTERED, wording="550 : user unknown"),
)

# "550 <x@ezweb.ne.jp>: User unknown": the address is one of au's own (its domains, their subdomains).
_SUBSCRIBER_UNKNOWN = re.compile(r"\b550 <[^<>@\s]{1,64}@(?:[a-z0-9-]{1,63}\.){0,4}(?:au\.com|ezweb\.ne\.jp)>: user unknown")


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    """au's missing subscriber, by its own reply naming the subscriber's address (whatever the stage)."""
    return R.USERUNKNOWN if "user unknown" in text and _SUBSCRIBER_UNKNOWN.search(text) else None
