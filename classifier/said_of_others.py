"""Words that say a user does not exist but not of the recipient: said of ANOTHER party that the reply names (our
domain's postmaster, a list's owner or moderator answering "no such user"), or only quoted to be denied ("this is
not 'no such user'"). Asked by `classifier.reasons` where a missing user's words decide without a "no such user"
status: at RCPT, and with no stage named, where they overrule a policy-class status (Yandex's "5.7.1 No such user!");
there, words about someone else made a live prospect read gone (review 95's qmail rows quoted by Gmail and Exchange
Online; review 92's Winmail help line). Under a 5.1.1 status the status speaks whatever these words say."""

from __future__ import annotations

import re

from classifier.records import REASONS
from classifier.wording import wording_of

# A role mailbox (RFC 2142's postmaster, hostmaster, webmaster, abuse) of OUR domain or a list's owner or moderator, as
# the one that bounces, answers, returns or rejects: its clause is what that party's server said of IT. A role only
# named ("Postmaster: no such user", "postmaster notified", "contact the postmaster") is no such party: the verb must
# follow it. Not "administrator" or "admin" alone: a recipient's own local part may be one. A role that is not ours
# ("Postmaster replied: no such user <r>", "The postmaster of partner.example rejected: ...") is the recipient's
# domain SPEAKING of the recipient, and an owner that is no list's ("the domain / mailbox owner rejects ...") the
# recipient's side too: their words stand (review 102: a dead recipient read soft when any role or owner spoke).
_ROLE = r"(?:postmaster|hostmaster|webmaster|abuse)(?:'s)?(?: (?:address|mailbox|account))?"
_ANOTHER_PARTYS_CLAUSE = re.compile(
    rf"(?:\b(?:your|our|the sender's|sender's)(?: (?:domain|site)'s)? {_ROLE}"
    rf"|\b{_ROLE} (?:of|for|at) (?:your|our) (?:domain|site)"
    r"|\blist[ -]?(?:owner|moderator|administrator|admin)(?:'s)?(?: (?:address|mailbox|account))?|\bmoderator"
    r"|\b(?:owner|moderator) (?:of|for) (?:the|this|your|its) list)"
    r"(?: <[^<>\s]{1,300}>)?(?: address)? "
    r"(?:bounce[sd]?|answer(?:s|ed)|repl(?:ies|ied)|return(?:s|ed)|reject(?:s|ed)(?: mail)?)\b"
    r"(?:[^.;!?|]|\.(?=\S))*")
# Words every match of it holds (a role's "...master", "abuse", an "owner", a "moderator", a list's "admin...").
_PARTIES = ("master", "abuse", "owner", "moderator", "admin")
# A wording quoted only to be denied: "this is not 'user unknown'", "this isn't \"no such user\"", "note: not '...'".
_DENIED_QUOTE = re.compile(r"(?:\bnot|n't) (?:a |an |the )?['\"‘“][^'\"‘’“”|]{1,80}['\"’”]")
DENIED_QUOTE = _DENIED_QUOTE  # ...which denied_mentions sets aside for every reason (review 107)


# A DNS block list's verdict on OUR host, IP, HELO or sender (Postfix's reject_rbl_client / reject_rhsbl_* reply
# "... blocked using <list>; <the list's TXT>", Exim's "... is in a black list at <list>\n<TXT>", cPanel's "is in an
# RBL: <TXT>"): what follows is the list operator's own text about why WE are listed ("listed for mail to unknown users",
# a lookup URL "...?reason=user+unknown"), said of our sending, never of the recipient (review relay63: false hards).
# It runs to the end of the reply or of its folded copy (" | ", reasons.reason_for); the verdict itself is kept.
_LISTS_OWN_TEXT = re.compile(r"(\bblocked using [\w.+-]+|\bis in an? (?:black ?list|block ?list|dnsbl|rbl) at [\w.+-]+"
                             r"|\bis (?:black|block)listed at [\w.+-]+|\bis in an rbl\b)[^|]*")


def _may_list(text: str) -> bool:
    """Can `_LISTS_OWN_TEXT` match? (speed only: every match holds one of these; " at " stands in most replies)"""
    return "blocked using" in text or "list" in text or "rbl" in text or "bl at" in text


def set_aside(text: str) -> str:
    """Lowercase `text` without the words said of another party or quoted only to be denied (itself if none)."""
    if "not" in text or "n't" in text:
        text = _DENIED_QUOTE.sub(" ", text)
    if _may_list(text):  # (speed only)
        text = _LISTS_OWN_TEXT.sub(r"\1 ", text)
    if not any(word in text for word in _PARTIES):
        return text  # speed only: every clause names one of them (most replies none)
    return _ANOTHER_PARTYS_CLAUSE.sub(" ", text)


def only_denied(text: str) -> bool:
    """Are lowercase `text`'s missing-user words (the phrase tables') only in a quote that it denies ("blocked using
    <list>; this isn't 'no such user'") or in a block list's own text after its verdict on our host (relay63)? Then
    they name no missing user, not even for a filter's reading."""
    rest = _DENIED_QUOTE.sub(" ", text) if "not" in text or "n't" in text else text
    if _may_list(rest):  # (speed only, as in set_aside)
        rest = _LISTS_OWN_TEXT.sub(r"\1 ", rest)
    return rest != text and not wording_of(rest).uses(REASONS.USERUNKNOWN)
