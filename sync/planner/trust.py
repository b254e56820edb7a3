"""Trust: may a bounce act on a recipient, and may a sender-side notice page or pause?

Bounces are written by strangers (DESIGN.md, Trust). The sources only gather evidence (the
originals found in the mailbox's sent mail: sync.ports.LooksUpSent) and the classifier only
reads header facts (classifier/origin.py); the verdicts are made here, per recipient:

    a person applied it (`apply-unverified`)            -> trusted, by that person
    the source cannot look up sent mail                 -> policy `unknown_origin` (default record)
    no original quoted, or not in this mailbox's sent   -> policy `unverified` (default record)
    the failed address was a To/Cc/Bcc of the original  -> trusted
    it maps to one (Original-Recipient, X-Original-To,
      or a bounce naming one address for an original
      sent to exactly one recipient: forwarded)         -> trusted, acting on the address we sent to
    otherwise                                           -> policy `unverified`

The bounce's own Message-ID and its In-Reply-To/References never count: only the original's
id as the classifier extracted it (`Classification.original.message_id`).

A sender-side notice (the mailbox itself blocked or rate-limited) pages and may pause only
when it answers sent mail (as above) and comes from the mailbox's own provider: for Google
(the Gmail source, or a mailbox whose `provider = "google"`: Google Workspace read over
IMAP or Maildir), From a Google domain, every Received hop inside Google (no external IP)
and, where Authentication-Results are present, dkim=pass for google.com / googlemail.com;
for other providers, From postmaster@ / mailer-daemon@ of the mailbox's own domain and no
external hop.

A human reply clears a hard bounce (replies.py) only with evidence that its From wrote it
(`reply_verdict`); a From header alone is anyone's to write:

    the receiving server's DMARC result fails the From domain     -> not trusted (forged)
    no In-Reply-To/References, or the source cannot look up sent  -> not trusted
    In-Reply-To/References name no message this mailbox sent to
      the From address                                            -> not trusted
    they name one sent to the From address alone                  -> trusted
    they name one sent to it and others (any of them knows its
      Message-ID), and the receiving server authenticated the
      From domain (DMARC pass, or an aligned DKIM pass)           -> trusted
    otherwise                                                     -> not trusted

Only the receiving server's own results count: the topmost Authentication-Results header,
when its authserv-id is the provider's (mx.google.com; a host of the mailbox's own domain).
Lower ones were written before the message reached us, by anyone. An untrusted reply still
resets soft counts (harmless) but only flags the contact for a person.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from classifier.origin import AuthResult, Hop, Origin
from classifier.records import Classification, Delivery, Scope
from sync.planner.state import MessageSeen
from sync.policy import Policy
from sync.records import SentMessage, message_id_key

GOOGLE_DOMAINS = ("google.com", "googlemail.com", "gmail.com")
_GOOGLE_DKIM = ("google.com", "googlemail.com")
_DAEMONS = ("postmaster", "mailer-daemon")
_SET_UP = ("configure the mailbox's sent mail (Maildir/mbox/IMAP `sent_folder`; Gmail "
           "verify = \"lookup\") so bounces can be verified")


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    """Whether one recipient (or sender notice) of a bounce is acted on, on which address,
    and why: the why is kept in the ledger for `explain`."""

    trusted: bool
    address: str  # the address acted on (the one we sent to, when mapped)
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TrustNote:
    """A verdict as the plan hands it to the ledger (per message and bounced address)."""

    message_id: str
    address: str
    trusted: bool
    why: str


def original_key(c: Classification) -> str | None:
    """The original's Message-ID in message_id_key form: the only id that is evidence."""
    mid = c.original.message_id
    return message_id_key(mid) if mid else None


def _failed(c: Classification) -> list[Delivery]:
    return [d for d in c.deliveries if d.reason.is_bounce and d.scope is Scope.RECIPIENT]


def mapped_address(c: Classification, d: Delivery, sent: SentMessage) -> str | None:
    """The recipient of `sent` the failed address `d` stands for, or None (see the table)."""
    if d.address in sent.recipients:
        return d.address
    only_one = len(_failed(c)) == 1
    alias = c.origin.original_recipient(d.address, only_one=only_one)
    if alias is not None and alias in sent.recipients:
        return alias
    if only_one and len(sent.recipients) == 1:
        return next(iter(sent.recipients))  # forwarded: the one address we sent it to
    return None


def addresses_mapped(c: Classification, sent: SentMessage | None) -> frozenset[str]:
    """The addresses a bounce may act on beyond those it names (for the CRM lookup)."""
    if sent is None:
        return frozenset()
    found = (mapped_address(c, d, sent) for d in _failed(c))
    return frozenset(a for a in found if a is not None)


def _unproven(obs: MessageSeen, policy: Policy, address: str) -> Verdict | None:
    """The verdict when the original's sending cannot be shown, or None when it can."""
    if obs.trusted_by:
        return Verdict(trusted=True, address=address, why=f"applied by {obs.trusted_by}")
    if not obs.sent_lookup:
        return Verdict(trusted=policy.unknown_origin == "apply", address=address,
                       why="this mailbox's source cannot look up its sent mail (policy "
                           f"unknown_origin = {policy.unknown_origin}): {_SET_UP}")
    key = original_key(obs.classification)
    if key is None:
        return Verdict(trusted=policy.unverified == "apply", address=address,
                       why="it quotes no original Message-ID (policy unverified = "
                           f"{policy.unverified})")
    if obs.sent is None:
        return Verdict(trusted=policy.unverified == "apply", address=address,
                       why=f"the original <{key}> is not in this mailbox's sent mail (policy "
                           f"unverified = {policy.unverified})")
    return None


def recipient_verdict(obs: MessageSeen, d: Delivery, policy: Policy) -> Verdict:
    """May this recipient-side bounce act, and on which address?"""
    unproven = _unproven(obs, policy, d.address)
    if unproven is not None:
        return unproven
    assert obs.sent is not None
    target = mapped_address(obs.classification, d, obs.sent)
    if target == d.address:
        return Verdict(trusted=True, address=target,
                       why=f"the original <{obs.sent.message_id}> was sent to {target}")
    if target is not None:
        return Verdict(trusted=True, address=target,
                       why=f"the original <{obs.sent.message_id}> was sent to {target}, "
                           f"which forwarded or delivered it to {d.address}")
    return Verdict(trusted=policy.unverified == "apply", address=d.address,
                   why=f"the original <{obs.sent.message_id}> was not sent to {d.address} "
                       f"(policy unverified = {policy.unverified})")


def sender_verdict(obs: MessageSeen, policy: Policy) -> Verdict:
    """May this sender-side notice page (and, by policy, pause the mailbox)?"""
    address = obs.mailbox_address or obs.mailbox
    unproven = _unproven(obs, policy, address)
    if unproven is not None and (obs.trusted_by or not unproven.trusted):
        return unproven
    why = _not_from_provider(obs)
    if why is not None:
        return Verdict(trusted=False, address=address, why=why)
    return Verdict(trusted=True, address=address,
                   why="it answers sent mail and comes from the mailbox's own provider")


def _domain_in(host: str, domains: tuple[str, ...]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in domains)


def _internal_ip(ip: str) -> bool:
    try:
        value = ipaddress.ip_address(ip)
    except ValueError:
        return False
    return value.is_private or value.is_loopback or value.is_link_local


def _hop_inside(hop: Hop, domains: tuple[str, ...]) -> bool:
    """Did this hop stay inside the provider? The receiving server writes the sender's
    looked-up name and IP: the sender's own HELO name alone proves nothing."""
    if hop.by and not (_domain_in(hop.by, domains) or _is_ip(hop.by)):
        return False
    if not hop.helo:
        return True  # handed over inside one host ("Received: by ...")
    if hop.rdns:
        return _domain_in(hop.rdns, domains)
    if hop.ip:
        return _internal_ip(hop.ip)
    return _domain_in(hop.helo, domains) or hop.helo in ("localhost", "127.0.0.1")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]"))
        return True
    except ValueError:
        return ":" in text and all(part and len(part) <= 4 for part in text.split(":"))


def _provider(obs: MessageSeen) -> tuple[bool, tuple[str, ...], str]:
    """(is it Google, the provider's domains, the mailbox's own domain)."""
    own = (obs.mailbox_address or "").rpartition("@")[2].lower()
    google = obs.provider == "google" or own in GOOGLE_DOMAINS
    return google, GOOGLE_DOMAINS if google else ((own,) if own else ()), own


def _not_from_provider(obs: MessageSeen) -> str | None:
    """Why the notice does not come from the mailbox's own provider, or None if it does."""
    origin: Origin = obs.classification.origin
    sender = origin.from_address
    google, domains, own = _provider(obs)
    local, _, domain = sender.rpartition("@")
    if not domains or not _domain_in(domain, domains) or (not google and local not in _DAEMONS):
        who = "Google" if google else f"postmaster@ / mailer-daemon@{own or '?'}"
        return f"its From ({sender or 'none'}) is not {who}: a sender notice from elsewhere"
    outside = next((h for h in origin.hops if not _hop_inside(h, domains)), None)
    if outside is not None:
        return (f"it passed through a host outside the provider ({outside.rdns or outside.helo}"
                f"{f' [{outside.ip}]' if outside.ip else ''})")
    dkim = [a for a in origin.auth if a.method == "dkim"]
    wanted = _GOOGLE_DKIM if google else domains
    if dkim and not any(a.result == "pass" and _domain_in(a.domain, wanted) for a in dkim):
        return "its Authentication-Results show no DKIM pass for the provider"
    if not google and any(a.result == "fail" for a in origin.auth):
        return "its Authentication-Results show a failure"
    return None


# --------------------------------------------------------------------------- replies


def reply_verdict(obs: MessageSeen, address: str) -> Verdict:
    """May a human reply from `address` clear its hard bounce? (See the module's table.)"""
    origin = obs.reply_origin
    if origin is None:  # the worker gathered no evidence: the address was not known to bounce
        return Verdict(trusted=False, address=address,
                       why="its evidence was not looked up (the address was not known to have "
                           "bounced when its page was read)")
    domain = address.rpartition("@")[2]
    results = receiving_results(obs, origin)
    if any(a.method == "dmarc" and a.result == "fail" and _about(a) in ("", domain) for a in results):
        return Verdict(trusted=False, address=address,
                       why=f"the receiving server found its From forged (dmarc=fail for {domain})")
    if not origin.replied_to:
        return Verdict(trusted=False, address=address,
                       why="it names no message it answers (no In-Reply-To or References)")
    if not obs.sent_lookup:
        return Verdict(trusted=False, address=address,
                       why=f"this mailbox's source cannot look up its sent mail: {_SET_UP}")
    ours = [s for s in obs.answers if address in s.recipients]
    if not ours:
        others = ", ".join(f"<{s.message_id}>" for s in obs.answers[:3])
        return Verdict(trusted=False, address=address,
                       why=f"it answers {others}, which this mailbox did not send to {address}"
                       if others else "its In-Reply-To/References name no message this mailbox sent")
    alone = next((s for s in ours if s.recipients == frozenset({address})), None)
    if alone is not None:
        return Verdict(trusted=True, address=address,
                       why=f"it answers <{alone.message_id}>, sent to {address} alone")
    sent = ours[0]
    if _authenticated(results, domain):
        return Verdict(trusted=True, address=address,
                       why=f"it answers <{sent.message_id}>, sent to {address} and others, and the "
                           f"receiving server authenticated {domain} (DMARC or DKIM)")
    return Verdict(trusted=False, address=address,
                   why=f"it answers <{sent.message_id}>, sent to {address} and "
                       f"{len(sent.recipients) - 1} other(s) who know its Message-ID, and the "
                       f"receiving server shows no DMARC or DKIM pass for {domain}")


def receiving_results(obs: MessageSeen, origin: Origin) -> tuple[AuthResult, ...]:
    """The results of the topmost Authentication-Results header when the mailbox's provider
    wrote it (its authserv-id in the provider's domains), else none: headers below it came
    with the message, and the provider removes ones claiming its own name (RFC 8601, 5)."""
    _, domains, _ = _provider(obs)
    top = tuple(a for a in origin.auth if a.header == 0)
    if not top or not domains or not _domain_in(top[0].authserv, domains):
        return ()
    return top


def _about(a: AuthResult) -> str:
    """The domain a result is about (header.i may be a whole address)."""
    return a.domain.rpartition("@")[2]


def _authenticated(results: tuple[AuthResult, ...], domain: str) -> bool:
    """DMARC passed for the From domain, or DKIM passed for it or a parent domain (relaxed
    alignment; a signature for a bare top-level name is never aligned)."""
    for a in results:
        d = _about(a)
        if a.result != "pass" or not d:
            continue
        if a.method == "dmarc" and d == domain:
            return True
        if a.method == "dkim" and "." in d and (domain == d or domain.endswith("." + d)):
            return True
    return False
