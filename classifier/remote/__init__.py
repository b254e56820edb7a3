"""Per-provider overrides (sisimai's Rhost): wording of one receiving provider that means
something the generic tables would misread. Consulted before the generic reason phrases.

A provider is recognised by the remote MTA's host name, the recipient's domain, or a marker
its rejection texts always carry (its postmaster URL, its own error-code tags). Each provider
module holds `NAME`, `HOSTS` (host/domain suffixes), `MARKERS` (optionally a `TAG` regex for the
provider's error-code tags and `reason_of(text, status, command)` reading them) and `RULES`, a table of
`Rule(reason, wording, status=..., sender=...)`, read top to bottom: the first rule whose status
(when given) and wording both match decides. `sender=True` marks a refusal aimed at the
sending account or infrastructure rather than the recipient (taxonomy §7).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from classifier.records import Reason


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    reason: Reason
    wording: str = ""  # lowercase substring of the diagnostic; empty: the status alone decides
    status: str | None = None  # exact RFC 3463 code, or a prefix ending in "." ("4.7.")
    sender: bool = False

    def applies(self, text: str, status: str | None) -> bool:
        if self.status is not None:
            if not status:
                return False
            if self.status.endswith("."):
                if not status.startswith(self.status):
                    return False
            elif status != self.status:
                return False
        elif not self.wording:
            return False
        return not self.wording or self.wording in text


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    reason: Reason
    provider: str
    sender: bool = False


def _providers() -> tuple[ModuleType, ...]:
    from classifier.remote import (apple, cable, docomo, gmx, mailru, microsoft, mimecast, orange, proofpoint,
                                   yahoo, zoho)

    return (microsoft, yahoo, apple, gmx, mailru, orange, docomo, zoho, mimecast, proofpoint, cable)


_PROVIDERS: tuple[ModuleType, ...] = ()


def _host_matches(host: str, suffixes: tuple[str, ...]) -> bool:
    return any(host == s.lstrip(".") or host.endswith(s if s.startswith(".") else "." + s)
               for s in suffixes)


def provider_of(*, remote_mta: str | None, address: str, text: str) -> ModuleType | None:
    """The provider whose servers wrote this rejection, if we know its wording."""
    global _PROVIDERS
    if not _PROVIDERS:
        _PROVIDERS = _providers()
    host = (remote_mta or "").lower().strip().strip("[]()").split(" ", 1)[0].rstrip(".")
    domain = address.rpartition("@")[2].lower()
    for module in _PROVIDERS:
        if host and _host_matches(host, module.HOSTS):
            return module
    for module in _PROVIDERS:
        if any(m in text for m in module.MARKERS):
            return module
        tag = getattr(module, "TAG", None)  # the provider's own error-code tag in its replies
        if tag is not None and tag.search(text):
            return module
    for module in _PROVIDERS:
        if domain and _host_matches(domain, module.DOMAINS):
            return module
    return None


def verdict(*, remote_mta: str | None, address: str, diagnostic: str, status: str | None,
            command: str | None = None) -> Verdict | None:
    """A provider's own meaning of this rejection, or None to let the generic rules decide."""
    if not diagnostic:
        return None
    text = " ".join(diagnostic.lower().split())[:2000]
    module = provider_of(remote_mta=remote_mta, address=address, text=text)
    if module is None:
        return None
    by_code = getattr(module, "reason_of", None)  # a provider whose error codes name the reason
    if by_code is not None:
        reason = by_code(text, status, command)
        if reason is not None:
            return Verdict(reason=reason, provider=module.NAME)
    for rule in module.RULES:
        if rule.applies(text, status):
            return Verdict(reason=rule.reason, provider=module.NAME, sender=rule.sender)
    return None
