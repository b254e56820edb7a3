"""An entry's own note and the statuses around it (the hundred-and-seventy-second review): where a list entry's
parenthesis says it went through, where a note's parenthesis closes on a line of its own naming another address, and
where a tracked status ("Transferred: lead") is followed by the same name's failure. Read by formats/recipients."""

from __future__ import annotations

import re

from classifier.formats.intros import note_closed, passed_inline
from classifier.formats.outcome_words import says_failed, went_through

_NOTE = re.compile(r"^\s*<?[^\s<>()@]+@[^\s<>()]+>?\s*\(([^()]{1,200})\)\s*$")


def noted_delivered(lines: list[str], i: int) -> bool:
    """Is line i an address whose own note says it went through ("lead@p.example (delivered to mailbox)"), its
    parenthesis read whole where a width broke it (intros.note_closed)? Review 172: under "could not be delivered to all
    of its recipients" the delivered lead was read failed beside kim's "(failed: 550 5.1.1 user unknown)"."""
    m = _NOTE.match(note_closed(lines, i)) if "(" in lines[i] else None
    return m is not None and went_through(m.group(1))


def closes_note(lines: list[str], i: int) -> bool:
    """Is line i the end of a note opened above it that a width broke ("Recipient: lead@example.org" / "<tab>(delivered,
    forwarded to" / "<tab>lead.home@other.example)")? The address there is the note's words, no recipient (review 172:
    the forwarding address read as a failed one)."""
    if lines[i].count(")") <= lines[i].count("("):
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if not lines[k].strip():
            return False
        if lines[k].count("(") > lines[k].count(")"):
            return note_closed(lines, k, bare=True) != lines[k]
    return False


def failed_later(lines: list[str], i: int, name: str) -> bool:
    """Does a later line of the status list say the same name failed ("Transferred: lead" / "Undeliverable: lead (User
    not found in post office)")? Review 172: "Transferred" is handed on to a server outside the report's scope
    (Microsoft Learn, MessageTrackingDeliveryStatusType), no outcome: its later failure is (lead read delivered)."""
    # (its own status line, the name right after a label: a footer's "If delivery to lead failed later, ..." is none)
    own = rf"(?i)^\s*[^\s:][^:]{{0,40}}:\s*{re.escape(name)}(?![\w.@-])"
    # (Speed only: an ASCII line matches an ASCII name only as its ASCII case variant, so a line without the name is
    # not matched, nor is a pattern made where no line has it; Unicode case folding, "ſ" for "s", "K" for "k", is not
    # lower(): a line or name that is not ASCII is always matched.)
    low = name.lower() if name.isascii() else None
    return any((low is None or not x.isascii() or low in x.lower()) and re.match(own, x) and passed_inline(x) is None
               and says_failed(x) for x in lines[i + 1:i + 20])
