"""au by KDDI (au.com, ezweb.ne.jp; its MX msmx.au.com, lsean.ezweb.ne.jp). au answers "550 <addr>:
User unknown" for a missing subscriber, and "550 : User unknown", with no address in it, for mail
the subscriber's own reception filter refuses (Sisimai 5's rhost/for-kddi.go, citing au's support
page www.au.com/support/service/internet/trouble/mail/01/, read as an outside opinion; the
forty-second review). The no-address form is the recipient's filter (taxonomy: filtered, soft),
at whatever stage, never a missing user; the with-address form is left to the generic rules (its
stage decides, as for any server)."""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "kddi"
HOSTS = (".au.com", ".ezweb.ne.jp")
DOMAINS = ("au.com", "ezweb.ne.jp")
MARKERS = ()

RULES = (
    Rule(reason=R.FILTERED, wording="550 : user unknown"),
)
