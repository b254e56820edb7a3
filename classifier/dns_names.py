"""The host a DNS failure names, and whether a name is the recipient's own: read once, here.

Two readers: the classifier's rules of our side (ours.py: a relay under our own domain, qmail's smtproutes relay)
and the planner's batch rule (sync/planner/relay.py: one host that does not resolve named for prospects of several
domains is our relay or smarthost). The planner must not load the classifier's rules (about 1.5 s of patterns,
classifier/__init__.py), so this module needs nothing but `re`.

A single notice cannot tell our smarthost's name not resolving from a prospect's MX host not resolving: Sendmail's
"550 5.1.2 <prospect>... Host unknown (Name server: smtp.sendgrid.net: host not found)" says both in the same words
(review dns63, its Sendmail smart-host row). That is why the name is only extracted here and judged by the planner.
"""

from __future__ import annotations

import re

# MTAs' DNS errors name the host they looked up: Postfix's "name=%s" (dns_strerror in its smtp client: "Host or
# domain name not found. Name service error for name=%s type=%s: Host not found"), sendmail's "(Name server: %s: host
# not found)" (deliver.c, domain.c), qmail-remote's "couldn't find any host named %s" (the smtproutes relay where one
# is set). A host under our domain there is our relayhost or our own MX, not a prospect's (ours.py; review 59:
# sendmail's SMART_HOST, qmail's smtproutes). Read on lowercased text. Exim's "all relevant MX records point to
# non-existent hosts" names none.
LOOKED_UP = re.compile(r"(?:name=|name server: |any host named )([a-z0-9-]+(?:\.[a-z0-9-]+)+)")


def named_host(diagnostic: str | None) -> str | None:
    """The one host a DNS failure's words name (LOOKED_UP), lowercased, without a final dot; None when the words
    name none, several different ones (which of them failed is not said), or a name DNS cannot hold."""
    if not diagnostic:
        return None
    found = set(LOOKED_UP.findall(" ".join(diagnostic[:2000].lower().split())))
    host = found.pop() if len(found) == 1 else None
    return host if host is not None and _holdable(host) else None


def _holdable(host: str) -> bool:
    """Could DNS hold this name (RFC 1035: labels of 63 octets, a name of 253 written out) and is
    it a name, not an IPv4 address (an address is not looked up)? The host goes into an alert's
    reason, its tag and the store (sync/planner/relay.py): a forged length must not."""
    labels = host.split(".")
    return len(host) <= 253 and all(len(label) <= 63 for label in labels) and not labels[-1].isdigit()


def related(name: str, domain: str) -> bool:
    """Is `name` the domain, a host or domain under it, or a domain it is under? Either way a
    name of the one names the other's organisation too."""
    return bool(domain) and (name == domain or name.endswith("." + domain) or domain.endswith("." + name))


def other_form(domain: str) -> str:
    """The recipient's domain in its other IDNA form (xn-- <-> Unicode), or "": a reply may name
    the domain in the form the address does not use."""
    try:
        if domain.isascii():
            return domain.encode().decode("idna") if "xn--" in domain else ""
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


# The second levels country registries hand names out under (RFC 1591: Nominet's "co.uk", auDA's "com.au", JPRS's
# "co.jp", "org.uk", "ac.uk"...): a parent that is one of them relates nothing, as a parent of one label relates nothing
# ("acme-relay.co.uk", a smarthost, beside every prospect under co.uk: audit67; one such prospect in a batch held the
# whole batch as the prospects' own, every bounce hard).
# Audit67b: also the functional "biz" and "info" (NASK's "biz.pl", "info.pl"; "biz.tr", "info.tr"...).
_REGISTRY_SECOND = frozenset(("ac", "biz", "co", "com", "edu", "gen", "go", "gob", "gov", "info", "ltd", "me", "mil", "ne",
                              "net", "nhs", "nom", "or", "org", "plc", "sch"))
# One registry's own levels, kept to its country: JPRS's "Guide to JP Domain Name" also registers names under AD.JP
# (JPNIC members), ED.JP (schools), GR.JP (groups) and LG.JP (local government) (review 67); "ad.nl" is a newspaper's.
_COUNTRY_SECOND = {"jp": frozenset(("ad", "ed", "gr", "lg"))}


def _registry_level(name: str) -> bool:
    """Is `name` a country registry's second level ("co.uk", "com.au"), under which unrelated organisations register?"""
    first, _, country = name.partition(".")
    return len(country) == 2 and country.isalpha() and (
        first in _REGISTRY_SECOND or first in _COUNTRY_SECOND.get(country, ()))


def of_recipient(host: str, address: str) -> bool:
    """Is `host` a name of the recipient's own organisation: its domain, under it or above it (`related`, either IDNA
    form), or beside it under one parent ("mx.corp.example" for a recipient at "eu.corp.example": the company's
    shared MX host). Such a host not resolving is the prospect's, whoever else it is named for. A parent of one label
    ("net" for "mx.example.net") relates nothing: every domain of that top level would."""
    domain = address.lower().rpartition("@")[2].strip("[]").rstrip(".")
    if not domain:
        return True  # no domain to tell it from: never taken for ours
    parent = host.partition(".")[2]
    sibling = "." in parent and not _registry_level(parent)
    return any(related(host, d) or (sibling and (d == parent or d.endswith("." + parent)))
               for d in (domain, other_form(domain)) if d)
