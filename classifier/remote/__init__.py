"""Per-provider overrides (sisimai's Rhost): wording of one receiving provider that means
something the generic tables would misread. Consulted before the generic reason phrases.

A provider is recognised by the remote MTA's host name, a marker its rejection texts always
carry (its postmaster URL, its own error-code tags), the reporting MTA's host when no remote one
answered (the provider's own notice about its sending user: its sender rules only), or the
recipient's domain. Each provider module holds `NAME`, `HOSTS` (host/domain suffixes), `MARKERS`
(optionally a `TAG` regex for the provider's error-code tags, with `CODES`, tag -> reason, read by
`coded_reason`, or its own `reason_of(text, status, command)` where a tag needs more), optionally `skips(rule, text)`
(a rule whose words do not apply in this reply: GMX's cause on the next reply line) and `RULES`, a table of
`Rule(reason, wording, status=..., sender=...)`, read top to bottom: the first rule whose status
(when given) and wording both match decides. `sender=True` marks a refusal aimed at the
sending account or infrastructure rather than the recipient (taxonomy §7).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from classifier.frozen import quick_init
from classifier.fields import mta_host
from classifier.generic_refusal import UNAVAILABLE, unavailable_beside_a_cause
from classifier.guard import Words, required_sets, required_words, tried
from classifier import sender_stage, severity
from classifier.records import Reason
from classifier.text import FOLD_CODES


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    reason: Reason
    wording: str = ""  # lowercase substring of the diagnostic; empty: the status alone decides
    status: str | None = None  # exact RFC 3463 code, or a prefix ending in "." ("4.7.")
    sender: bool = False
    # Said only by the provider of its own sending user: applies where the provider wrote the
    # notice (its reporting host), never where its host answered as the recipient's server.
    own: bool = False

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


# A URL in a reply, with or without its scheme ("support.shaw.ca/email-errors#aup#mxrt"), also broken by a line wrap
# after a hyphen ("https://.../email- errors#aup#cnct"): a provider's tag inside one names nothing of this refusal
# (cable.skips, bluehost.reason_of; reviews 121, 128).
_URL = re.compile(r"(?:\b(?:https?://|www\.)|(?<![\w@.-])[\w-]+(?:\.[\w-]+)+/)\S*(?:(?<=-) \S+)*")


def without_urls(text: str) -> str:
    """Lowercase `text` with its URLs blanked out."""
    return _URL.sub(" ", text) if "/" in text or "www." in text else text


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    reason: Reason
    provider: str
    sender: bool = False


def _providers() -> tuple[ModuleType, ...]:
    from classifier.remote import (aliyun, allinkl, apple, att, bluehost, bt, cable, cloudflare, docomo, earthlink,
                                   facebook, fastmail, forpsi, gandi, gmx, godaddy, google, hornetsecurity, iua,
                                   kakao, kddi, mailchannels, mailru, microsoft, mimecast, net263, netease, orange,
                                   proofpoint, proximus, sfr, tencent, tonline, trellix, vade, virgin, yahoo, yandex,
                                   zoho)

    return (microsoft, yahoo, apple, gmx, mailru, yandex, orange, docomo, zoho, mimecast, proofpoint, cable, att,
            aliyun, gandi, allinkl, bt, earthlink, proximus, virgin, bluehost, fastmail, google, mailchannels, vade,
            godaddy, netease, tencent, kakao, iua, forpsi, sfr, hornetsecurity, tonline, facebook, cloudflare, kddi,
            trellix, net263)


_PROVIDERS: tuple[ModuleType, ...] = ()
# Each bare host and domain suffix ("outlook.com") -> the index of the first provider (in
# `_providers` order) whose HOSTS / DOMAINS list it: a host's own dot-suffixes looked up there
# give the first provider that claims the host, without asking every provider's table.
_FIRST_BY_HOST: dict[str, int] = {}
_FIRST_BY_DOMAIN: dict[str, int] = {}
_SIGNS: tuple[tuple[ModuleType, tuple[str, ...], re.Pattern[str] | None], ...] = ()
# Every provider's markers as one set of words (words_needed.Words: one search, each marker looked
# for from its rarest character): most replies hold none, and one scan says so where the ordered
# loop asked some sixty `in` tests. The tags, each tried only where a word every match of it
# holds is in the text (guard.required_words). Only a filter: where it finds a sign, the ordered loop still decides
# which provider comes first in table order. (The tags inside that one alternation start with
# word boundaries and look-behinds, which made the engine try every alternative at every offset.)
_ANY_MARKER = Words(())
_TAGS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = ()
# All the tags' words as one set, asked first: a text without any (most) matches no tag.
_TAG_WORDS: Words | None = None
# The markers and the tags' words as one set, asked before either (speed only): most replies hold neither, and one
# search says so where a search of each set did (the sets apart are then asked only of the few that hold a word).
_SIGN_WORDS: Words | None = None


def _load() -> None:
    global _PROVIDERS, _SIGNS, _ANY_MARKER, _TAGS, _TAG_WORDS, _SIGN_WORDS
    providers = _providers()
    for index, module in reversed(tuple(enumerate(providers))):  # the first provider's entry is kept
        _FIRST_BY_HOST.update((s.lstrip("."), index) for s in module.HOSTS)
        _FIRST_BY_DOMAIN.update((s.lstrip("."), index) for s in module.DOMAINS)
    # The provider's own error-code tag in its replies, its alternatives grouped (guard.py).
    _SIGNS = tuple((m, m.MARKERS, tried(m.TAG) if getattr(m, "TAG", None) is not None else None)
                   for m in providers)
    # (a trie of the markers before, whose first letters the engine tried at nearly every offset: the same answer)
    _ANY_MARKER = Words(tuple(marker for m in providers for marker in m.MARKERS))
    _TAGS = tuple((_tag_words(tag), tag) for _, _, tag in _SIGNS if tag is not None)
    if all(words for words, _ in _TAGS):  # (a tag without words is searched in every text)
        _TAG_WORDS = Words(tuple(sorted({w for words, _ in _TAGS for w in words})))
        _SIGN_WORDS = Words(tuple(sorted({*_ANY_MARKER.words, *_TAG_WORDS.words})))
    _PROVIDERS = providers


def _tag_words(tag: re.Pattern[str]) -> tuple[str, ...]:
    """Words every match of `tag` holds one of: `required_sets`' strongest set where its shortest word is longer than
    `required_words`' ("ib501", "dt:" where those are "501", "dt"), the commoner words of replies that made the sign
    words' search stop at nearly every offset and let most replies on to the markers and tags (speed only)."""
    words = required_words(tag)
    sets = required_sets(tag)
    if sets and min(map(len, sets[0])) > min(map(len, words), default=0):
        return sets[0]
    return words


def _dot_suffixes(host: str) -> set[str]:
    """`host` and every part of it after a dot: a table entry ".example.com" or
    "example.com" matches the host example.com itself and any host under it."""
    out = {host}
    at = host.find(".")
    while at >= 0:
        out.add(host[at + 1:])
        at = host.find(".", at + 1)
    return out


def _first_claiming(name: str, table: dict[str, int]) -> ModuleType | None:
    """The first provider (table order) one of whose suffixes is `name` or a part of it after a dot."""
    first = len(_PROVIDERS)
    for part in _dot_suffixes(name):
        index = table.get(part, first)
        if index < first:
            first = index
    return _PROVIDERS[first] if first < len(_PROVIDERS) else None


def _a_tag_in(text: str) -> bool:
    """Does a provider's tag pattern match `text`? Each searched only where one of its words is. (Loops,
    not any() over nested generators: asked of most replies, with some forty tags and none found.)"""
    if _TAG_WORDS is not None and not _TAG_WORDS.seen_in(text):
        return False
    for words, tag in _TAGS:
        if words:
            for word in words:
                if word in text:
                    break
            else:
                continue
        if tag.search(text):
            return True
    return False


def _by_host_or_sign(remote_mta: str | None, text: str) -> ModuleType | None:
    """`provider_of`'s first two stages: the remote host, then the provider's marks in the text."""
    if not _PROVIDERS:
        _load()
    host = (remote_mta or "").lower().strip().strip("[]()").split(" ", 1)[0].rstrip(".")
    if host:
        module = _first_claiming(host, _FIRST_BY_HOST)
        if module is not None:
            return module
    if _SIGN_WORDS is not None and not _SIGN_WORDS.seen_in(text):
        return None  # no marker, nor a word that a tag's match holds
    if not _ANY_MARKER.seen_in(text) and not _a_tag_in(text):
        return None
    for module, markers, tag in _SIGNS:
        for marker in markers:
            if marker in text:
                return module
        if tag is not None and tag.search(text):
            return module
    return None


def _by_reporter_or_domain(address: str, reporter: str | None) -> ModuleType | None:
    """`provider_of`'s last two stages: the reporting host, then the recipient's domain."""
    if reporter:
        module = _first_claiming(mta_host(reporter), _FIRST_BY_HOST)
        if module is not None:
            return module
    domain = address.rpartition("@")[2].lower()
    return _first_claiming(domain, _FIRST_BY_DOMAIN) if domain else None


def provider_of(*, remote_mta: str | None, address: str, text: str, reporter: str | None = None) -> ModuleType | None:
    """The provider whose servers wrote this rejection, if we know its wording: the remote host,
    its own marks in the text, the reporting host when no remote one answered (`reporter`, a
    DSN's Reporting-MTA), then the recipient's domain."""
    return _by_host_or_sign(remote_mta, text) or _by_reporter_or_domain(address, reporter)


def verdict(*, remote_mta: str | None, address: str, diagnostic: str, status: str | None,
            command: str | None = None, reporter: str | None = None, reply_code: str | None = None) -> Verdict | None:
    """A provider's own meaning of this rejection, or None to let the generic rules decide."""
    if not diagnostic:
        return None
    text = " ".join(diagnostic.lower().split())[:2000]
    bare = FOLD_CODES.sub("", text)  # also without a multi-line reply's line codes (text.py)
    if bare != text:
        text = f"{text} | {bare}"
    # provider_of without and with the reporter, its first stages asked once for both.
    module = _by_host_or_sign(remote_mta, text)
    if module is not None:
        sending = module
    else:
        module = _by_reporter_or_domain(address, None)
        sending = _by_reporter_or_domain(address, reporter) if reporter else module
    if sending is not None and sending is not module:
        # Known by the reporting host alone, the provider speaks of its own sending user: only
        # its sender rules apply. Its recipient rules describe its own mailboxes, and the refusal
        # quoted may be any remote server's ("550 5.7.1 ... mailbox unavailable" for spam is no
        # missing Outlook or GMX user). Otherwise, as without the reporter: the recipient's domain.
        for rule in sending.RULES:
            if rule.sender and rule.applies(text, status):
                return Verdict(reason=rule.reason, provider=sending.NAME, sender=True)
    if module is None:
        return None
    for_now = "4" in ((status or "")[:1], (reply_code or "")[:1])
    # Refused at MAIL FROM, or in words that name the sender ("<s>: Sender address rejected: ...",
    # Postfix's reject_unverified_sender quoting the sender's own server, Exim's sender callout):
    # the provider's words are about the sender's mailbox, not its own (the forty-fourth review).
    # Our relay's own login refused at its smarthost ("SASL authentication failed; server smtp.mail.ru said: 535
    # ... user not found") is ours too: the provider's "user not found" is our account (review 82).
    # (Asked only where a mailbox's reading would stand, and once: sender_stage.applies is not cheap.)
    of_sender = functools.cache(lambda: sender_stage.applies(text, command) or severity.OUR_LOGIN in text)
    by_code = getattr(module, "reason_of", None)  # a provider whose error codes name the reason
    if by_code is not None or hasattr(module, "CODES"):
        reason = by_code(text, status, command) if by_code is not None else coded_reason(module, text)
        if reason is not None and _may_say(reason, for_now, of_sender):
            return Verdict(reason=reason, provider=module.NAME)
    skips = getattr(module, "skips", None)  # a provider's own test of a rule's words in this reply (review 82)
    for rule in module.RULES:  # (its own words' plain test first, the cheapest; all of these are pure)
        if rule.own or not rule.applies(text, status) or not _may_say(rule.reason, for_now, of_sender) \
                or (skips is not None and skips(rule, text)) \
                or (rule.reason is Reason.USERUNKNOWN and UNAVAILABLE in rule.wording and UNAVAILABLE in text
                    and unavailable_beside_a_cause(text)):
            continue
        return Verdict(reason=rule.reason, provider=module.NAME, sender=rule.sender)
    return None


def coded_reason(module: ModuleType, text: str) -> Reason | None:
    """The reason a provider's `CODES` give the first group of its `TAG` found in `text`, or None
    (no tag, or a code known to say nothing more, mapped to None)."""
    m = module.TAG.search(text)
    return module.CODES.get(m.group(1)) if m else None


# What a provider's rules say of one of its mailboxes. Refused at MAIL FROM, no recipient has been
# named yet: the same words are about the sender (IONOS answers a sender domain without MX or A
# records "550 Requested action not taken: mailbox unavailable / invalid DNS MX or A/AAAA
# resource record", which its "mailbox unavailable" rule read as a missing user, a false hard).
_OF_A_MAILBOX = frozenset({Reason.USERUNKNOWN, Reason.MAILBOXFULL, Reason.SUSPEND, Reason.HASMOVED,
                           Reason.HOSTUNKNOWN})
# ...and a temporary (4xx) refusal says no mailbox or domain is gone for good, whatever its words:
# IONOS puts RFC 5321's "Requested mail action not taken: mailbox unavailable" line in front of
# "450 Mail send limit exceeded." (its help, "What are the mass mailing limits") and of "450
# Reject due to policy violations", which a "mailbox unavailable" rule made a hard userunknown.


def _may_say(reason: Reason, for_now: bool, of_sender: Callable[[], bool]) -> bool:
    """Whether a provider's reading (a rule's wording or a coded reader's error code) may stand
    for this refusal: a temporary one (`for_now`: its status or its reply code is 4xx) says no
    mailbox or domain is gone for good, and one at MAIL FROM or naming the sender (`of_sender()`:
    sender_stage.applies, asked last) says nothing of a recipient's mailbox (`_OF_A_MAILBOX`). The one home
    of both rules for both readings: Orange's tag code 416 names an invalid recipient, but
    carried by a "421 ... LPN105_416" reply (or a final 5.0.0 report quoting that reply after
    its retries ran out) it cannot mean the mailbox is gone."""
    return not (for_now and reason in severity.GONE_FOR_GOOD) and not (reason in _OF_A_MAILBOX and of_sender())
