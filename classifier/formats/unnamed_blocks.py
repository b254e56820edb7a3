"""A delivery-status block that lost its recipient field (RFC 3464 2.3.2 requires Final-Recipient; a broken
generator left it out, keeping Action, Status and Diagnostic-Code), read for the one recipient the notice's own text
gives that reply to (review layouts40).

Only an address the returned message was sent to (its To/Cc/Bcc), that no other block names, and on whose own lines
of the notice the block's reply stands: where two such addresses carry it, or none does, the block stays unread
(nothing invented; a wrong address marked is a live prospect unenrolled)."""

from __future__ import annotations

import re

from classifier.formats import named
from classifier.parse import Mail

_RECIPIENT_FIELDS = ("final-recipient", "original-recipient", "x-actual-recipient")


def _reply(block: dict[str, str]) -> str:
    """The block's reply as the notice would quote it: its Diagnostic-Code without the type, lower case."""
    value = block.get("diagnostic-code", "")
    kind, sep, rest = value.partition(";")
    text = rest if sep and " " not in kind.strip() else value
    return " ".join(text.split()).lower()


def _named(value: str) -> bool:
    """Does a recipient field's value name anything after its type? 'RFC822; ' with nothing after it has lost its
    address as surely as a block without the field (review formats63)."""
    kind, sep, rest = value.partition(";")
    return bool((rest if sep and " " not in kind.strip() else value).strip())


def recovered(mail: Mail, raw_blocks: list[list[tuple[str, str]]], named_addresses: list[str | None],
              lines_about) -> list[dict[str, str]]:
    """The blocks without any recipient field, or with only empty ones (but with Action, Status and a reply of some
    words), each with the Final-Recipient the notice's text gives it; `named_addresses` the other blocks' recipients,
    `lines_about` dsn's reader of an address's own lines in the notice."""
    bare = []
    for block in raw_blocks:
        fields = dict(block)
        if not any(_named(fields.get(k, "")) for k in _RECIPIENT_FIELDS) and "action" in fields \
                and "status" in fields and len(_reply(fields)) >= 8:
            bare.append(fields)
    if not bare:
        return []
    covered = {a.lower() for a in named_addresses if a}
    candidates = [a for _, a in named.original_recipients(mail) if a.lower() not in covered]
    notice = mail.notice
    low = notice.lower()
    out = []
    for fields in bare:
        reply = _reply(fields)
        fits = {a.lower(): a for a in candidates if a.lower() in low and not _expanded_from(low, a)
                and reply in " ".join(lines_about(notice, a, 6).split()).lower()}
        if len(fits) == 1:
            (address,) = fits.values()
            out.append({**fields, "final-recipient": f"rfc822; {address}"})
            candidates = [a for a in candidates if a.lower() != address.lower()]
    return out


def _expanded_from(low: str, address: str) -> bool:
    """Does lowercase `low` name `address` as the alias another failed address was expanded from (Postfix's
    "<target> (expanded from <alias>): ...")? Then the reply on its lines is the target's: the alias, the original's
    recipient, may be live (review audit63: a false hard)."""
    return re.search(r"expanded\s+from\s+<" + re.escape(address.lower()) + ">", low) is not None
