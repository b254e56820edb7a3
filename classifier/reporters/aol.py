"""AOL's outbound relay (`X-AOL-IP`, `X-Outbound-Mail-Relay-*` headers): its DSNs for mail its
users sent. Two of its fixed sentences are about the destination's DNS (sisimai's Aol table):
"Host or domain name not found" is a domain that does not exist, and, given as a final
failure, "type=MX: Malformed or unexpected name server reply" is a domain whose mail
exchanger cannot be looked up at all: it takes no mail. A delay with the same words is only
a DNS hiccup and is left to the generic rules.

Only a notice from AOL's own postmaster or mailer-daemon is AOL's: another server's bounce
that went through AOL on its way can carry the relay's header too."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "aol"

_TABLE = (
    ("host or domain name not found", R.HOSTUNKNOWN),
    ("type=mx: malformed or unexpected name server reply", R.NOTACCEPT),
)


def wrote(mail: Mail) -> bool:
    return "x-aol-ip" in mail.names and "@aol.com" in mail.from_


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if fact.action == "delayed" or (fact.status or "5")[0] == "4":
        return None
    reason = by_wording(text, _TABLE)
    return Reading(reason=reason, reporter=NAME) if reason is not None else None
