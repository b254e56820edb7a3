"""A recipient address made whole from the returned message's recipients: cut at a line end by
a gateway, or left in RFC 3461 xtext in a Final-Recipient.

Some relays hard-wrap a plain-text notice at 72 or 76 columns even where no blank falls: a long
address ("lena.lead.head.of.procurement.emea@purchasing.subsidiary.partner-gr" + newline +
"oup.example>:") is then cut, and the part before the break still looks like an address (a
domain without its last labels). Read as it stands it names a mailbox nobody wrote to: a wrong
address read hard, the costliest miss (review layouts42, l42-wrap-gateway-hard-wrap-in-address).

The mend is narrow: a recipient that is no address of the returned message's To/Cc/Bcc, written
in the notice right before a line break, whose next line (its indent aside) continues it into
exactly one of those addresses. Nothing is invented: only an address the sender wrote can come
of it, and only where the notice's own characters spell it across the break.

A quoted local part that needs no quotes ('"lena.lead"@', as some MTAs print what they were given) is made the
address the sender wrote where that one is exactly it unquoted (review formats57).

Sendmail 8.8's savemail.c wrote Final-Recipient through xtextify ("lead+2Bcrm@"), and some
gateways copy the ORCPT's xtext there; the classifier decodes xtext only in Original-Recipient
(origin.recipient_text), since a modern plus tag may look like xtext ("lead+2024@"). Here a
recipient with "+XX" runs is decoded only when it is no address the sender wrote and its decoded
form is exactly one (test_review_notices50's judgement calls, review layouts42's
l42-rc-orcpt-xtext-in-final): a tag the sender wrote stays as written, since it is in To.
"""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.formats.named import original_recipients
from classifier.lowercase_once import lower_once
from classifier.parse import Mail


def completed(mail: Mail, facts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """`facts` with each cut recipient address replaced by the whole one it was cut from."""
    if not any(f.address for f in facts):
        return facts
    text = mail.notice
    if not _may_be_cut_or_xtext(facts, text):
        return facts  # (most notices: the original's recipients then go unread here, 3.5% of the instructions)
    sent = {a.lower() for _, a in original_recipients(mail)}
    if sent and all(f.address.lower() in sent for f in facts):
        return facts
    out = []
    for fact in facts:
        whole = None
        if fact.address and not sent:
            whole = _bracketed(text, fact.address)
        elif fact.address and fact.address.lower() not in sent:
            whole = _whole(text, fact.address, sent) or _headed(text, fact.address, sent) or \
                _decoded(fact.address, sent) or _unquoted(fact.address, sent)
        out.append(fact.with_(address=whole) if whole else fact)
    return tuple(out)


_XTEXT = re.compile(r"\+([0-9A-Fa-f]{2})")


def _decoded(address: str, sent: set[str]) -> str | None:
    """`address` with its xtext hexchars decoded, if that is one the sender wrote."""
    local, at, domain = address.rpartition("@")
    if not at or "+" not in local:
        return None
    plain = _XTEXT.sub(lambda m: chr(int(m.group(1), 16)), local) + "@" + domain
    return plain if plain != address and plain.lower() in sent else None


def _unquoted(address: str, sent: set[str]) -> str | None:
    """`address` without the quotes of its local part, if that is one the sender wrote: '"lena.lead"@x' is lena.lead@x
    (RFC 5322 3.4.1: a quoted-string that can be a dot-atom is the same local part), an MTA's quoting of what we sent
    unquoted (review formats57: the contact lost). Quotes the sender wrote stay (review notices50), as do quotes no
    address we sent drops ('"lena lead"@x')."""
    local, at, domain = address.rpartition("@")
    if not (at and len(local) > 2 and local[0] == local[-1] == '"'):
        return None
    plain = f"{local[1:-1]}@{domain}"
    return plain if plain.lower() in sent else None


def _may_be_cut_or_xtext(facts: tuple[Fact, ...], text: str) -> bool:
    """Does a recipient hold an xtext "+XX" run or a quoted local part, or stand in the notice right before or after
    a line break?"""
    if any(f.address and ("+" in f.address and _XTEXT.search(f.address) or f.address[:1] == '"') for f in facts):
        return True
    low = lower_once(text)
    return any(f.address and _at_line_edge(low, f.address.lower()) for f in facts)


def _at_line_edge(low: str, address: str) -> bool:
    """Does lowercase `low` hold lowercase `address` right before a line break (up to two blanks between: a head cut
    off its rest, `_whole`, `_bracketed`) or right after one (up to eight blanks or ">" between: a tail, `_headed`)?"""
    i = low.find(address)
    while i >= 0:
        j = i + len(address)
        for _ in range(2):
            if low[j:j + 1] in (" ", "\t") and j < len(low):
                j += 1
        if low.startswith("\n", j) or low.startswith("\r\n", j):
            return True
        k = i
        while k > 0 and i - k < 8 and low[k - 1] in " \t>":
            k -= 1
        if k > 0 and low[k - 1] == "\n":
            return True
        i = low.find(address, i + 1)
    return False


# A character that would carry the address on past the recipient's end.
_GOES_ON = re.compile(r"[a-z0-9.\-_]")


def _whole(text: str, address: str, sent: set[str]) -> str | None:
    low = address.lower()
    longer = [a for a in sent if a.startswith(low) and len(a) > len(low)]
    if not longer:
        return None
    found = set()
    for m in re.finditer(re.escape(address) + r"[ \t]{0,2}\r?\n[ \t>]{0,8}", text, re.IGNORECASE):
        rest = text[m.end():m.end() + 256].lower()
        found.update(a for a in longer if rest.startswith(a[len(low):]) and not _GOES_ON.match(rest, len(a) - len(low)))
    return next(iter(found)) if len(found) == 1 else None


def _headed(text: str, address: str, sent: set[str]) -> str | None:
    """A cut inside the local part ('<lena.lead.head.of.procurement.e' + newline + 'mea@purchasing...>'): the
    line after the break is an address of its own, the tail of one we sent to, that nobody was sent (audit
    43b). Made whole when the notice writes that one's head right before the break, at no address's middle."""
    low = address.lower()
    found = set()
    for whole in (a for a in sent if a.endswith(low) and len(a) > len(low)):
        head = whole[:len(whole) - len(low)]
        pattern = r"(?<![a-z0-9.\-_+])" + re.escape(head) + r"[ \t]{0,2}\r?\n[ \t>]{0,8}" + re.escape(low)
        if re.search(pattern, text, re.IGNORECASE):
            found.add(whole)
    return next(iter(found)) if len(found) == 1 else None


# '<' + the recipient as read + a line break + the rest + '>': qmail-send's '<%s>:' (and Postfix's '<%s>: ...')
# cut by a relay inside the brackets.
# (Audit 45: a relay re-wrapping at 50 columns flush, the review grid's wrap_50_flush, cut '<' + 49 characters: read as
# written, a wrong address. A line ending at the address before column 48 is still no cut: audit 44's w2 at 37.)
_WRAP_COLUMN = 48
_REST = re.compile(r"[ \t]{0,2}\r?\n[ \t]{0,8}([a-z0-9.\-_]{1,200})>", re.IGNORECASE)


def _bracketed(text: str, address: str) -> str | None:
    """For a notice whose original names no recipient (To 'undisclosed-recipients:;', no returned headers): the
    address the notice's own angle brackets hold across a line break, when they hold exactly one (audit 43b).
    Only here: where the original names recipients, a cut is completed from them or left as written (review
    layouts42: nothing invented beside what the sender wrote)."""
    found = set()
    for m in re.finditer("<" + re.escape(address), text, re.IGNORECASE):
        rest = _REST.match(text, m.end())
        # A relay's wrap falls at a column (RFC 5322 2.1.1's 78, gateways' 70-76): a short line ending at the
        # address ('Your message to <x' + newline + 'mx2.host> failed', audit 44) is no cut, its next line no tail.
        if rest and m.end() - (text.rfind("\n", 0, m.start()) + 1) >= _WRAP_COLUMN:
            whole = (address + rest.group(1)).lower()
            domain = whole.rpartition("@")[2]
            if "." in domain and not domain.endswith((".", "-")) and ".." not in domain:
                found.add(whole)
    return next(iter(found)) if len(found) == 1 else None
