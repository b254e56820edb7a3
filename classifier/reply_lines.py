"""The lines of one multi-line SMTP reply, read as one reply (RFC 5321 4.2.1: "<code>-" lines, the last
"<code> <text>"; its code the reply's code). `classifier.reasons` asks here for two things a joined
reply's words hide (review 63): a temporary reply a permanent one quotes, and the final line of a reply
longer than the characters the wording is read in; and
`formats.dsn` asks whether a Diagnostic-Code holds only a reply's first lines. Both are one linear scan: no nested repeats."""

from __future__ import annotations

import re

# A permanent reply's first line; a temporary reply (or its RFC 3463 code alone) quoted inside it,
# running to the permanent reply's next line ("550-(an earlier 452 4.2.2 over quota notice was sent
# to this address) 550 5.1.1 No such user here"). Each quote ends at the next line or at the end.
_PERMANENT = re.compile(r"5\d\d[ -]")
_QUOTED_TEMPORARY = re.compile(r"(?<![\d.])(?:4\d\d[ -])?4\.\d{1,3}\.\d{1,3}(?![\d.]).*?(?=(?<!\S)5\d\d[ -]|$)")
# A continued reply's first line, and RFC 5321 4.5.3.1.5's longest reply line (code and CRLF included).
_CONTINUED = re.compile(r"\s*([245]\d\d)-")
_LINE_AT_MOST = 512


def without_quoted_temporary(text: str, status: str | None) -> str:
    """A permanent reply's words (lowercase, whitespace collapsed) without the temporary replies it
    quotes; `text` itself (the same object) when it is no permanent reply (its own first code, the
    notice's status) or quotes none. The caller keeps the quote unless what is left names the cause:
    a relay's permanent give-up whose only cause is the quoted 4xx keeps it."""
    if (status or "")[:1] == "4" or "4." not in text or not _PERMANENT.match(text):
        return text
    rest = _QUOTED_TEMPORARY.sub(" ", text)
    return text if rest == text else rest


def final_line(text: str, read: int) -> str:
    """What `text[:read]` leaves out of a long continued reply's final line, where its cause is written
    (Exim quotes a 70-line reply whole: review 61's "exim-long"), at most one reply line: found by one
    scan: the first "<code> " after the last "<code>-" (the final line may quote a code itself: "550 5.1.1
    No such user (the store answered 550 too)", review 66). "" for no continued reply."""
    m = _CONTINUED.match(text)
    start = text.find(f" {m.group(1)} ", text.rfind(f" {m.group(1)}-") + 1) + 1 if m else 0
    if start <= 0:
        return ""
    if start < read:
        return text[read:start + _LINE_AT_MOST]
    return " " + text[start:start + _LINE_AT_MOST]


def cut_code(diagnostic: str) -> str | None:
    """The reply code of a field that holds only the first lines of a multi-line reply, else None. A
    report writer that did not fold the field leaves the reply's next lines unindented below it,
    where the field has ended (RFC 5322 2.2.3); the lost lines often hold the cause (Exim's sender
    callout: "550-Verification failed for <s>" ... "550 Sender verify failed"; review 60)."""
    m = _CONTINUED.match(diagnostic)
    # (Each match holds "<code> ": a field without it is not searched.)
    if m is None or f"{m.group(1)} " in diagnostic and re.search(rf"(?<![\w.-]){m.group(1)} ", diagnostic):
        return None
    return m.group(1)
