"""Where a plain-text bounce stops speaking and the copy of the returned message begins.

Text after that point is the sender's own mail and must never be read as part of the notice.
"""

from __future__ import annotations

import re

# Lines that start the copy of the returned message inside a plain-text bounce. Text after
# them is the sender's own mail and must not be read as part of the notice.
ORIGINAL_MARKERS = (
    "--- below this line is a copy of the message",
    "------ this is a copy of the message",
    "------ this is a copy of your message",
    "----- original message -----",
    "-----original message-----",
    "------ original message ------",
    "--- original message follows",
    "----- original message follows",
    "------ original message follows",
    "--------- original message ---------",
    "----- unsent message below -----",
    "----- message truncated -----",
    "--- the header of the original message is following",
    "original message headers:",
    "------- returned message --------",
    "----- returned message follows",
    "content-type: message/rfc822",
    "------ failed message headers",
    "------ a copy of the original message follows",
    "-- the header and top 20 lines of the message follows --",
    "the original message headers are included as attachment",
    "----- the header of original message follows",
    "|------------------------- message text follows",
    "------ original message header",
    "------ the original message",
    "----- the original message",
    "------- failed message headers",
    "----- headers of the original message",
    # DragonFly Mail Agent, V5 Sendmail, Verizon/MMS gateways, FML: the quoted original follows.
    "message headers follow",
    "----- unsent message follows",
    "\noriginal message:",
    "original mail as follows",
    "------ original message -------",
    "--- original message ---",
)


def _marker_pattern(marker: str) -> str:
    # MTAs vary the dashes around the same sentence ("----- This is a copy..." from old
    # Exim, "------ This is a copy..." from newer): any run of two or more will do.
    core = marker.lstrip("-| ")
    lead = r"(?:^|\n)[ \t]{0,4}\|?-{2,}\s{0,3}" if core != marker else ""
    return lead + re.escape(core)


_ORIGINAL = re.compile("|".join(_marker_pattern(m) for m in ORIGINAL_MARKERS))
# Each marker's fixed core, found with str.find (a C loop) before any regular expression
# runs: one alternation of ~40 markers with optional leads costs a regex attempt at every
# offset of every notice, and profiling showed it was a sixth of classify's time.
_CORES = tuple(sorted({m.lstrip("-| ") for m in ORIGINAL_MARKERS}))
_SECTION_CACHE: dict[int, tuple[str, int]] = {}


def original_section(text: str) -> int:
    """Offset where the copy of the original message starts in `text` (len if absent)."""
    cached = _SECTION_CACHE.get(id(text))
    if cached is not None and cached[0] is text:
        return cached[1]
    low = text.lower()
    first = min((i for i in (low.find(core) for core in _CORES) if i >= 0), default=-1)
    if first < 0:
        cut = len(text)
    else:
        # The earliest match starts at most a lead's length (newline, indent, "|", dashes)
        # before the earliest core; search from a little before it.
        start = max(0, low.rfind("\n", 0, max(0, first - 200)))
        m = _ORIGINAL.search(low, start)
        cut = m.start() if m else len(text)
    if len(_SECTION_CACHE) > 8:
        _SECTION_CACHE.clear()
    _SECTION_CACHE[id(text)] = (text, cut)
    return cut


def notice_lines(text: str) -> list[str]:
    """The notification part of a plain-text bounce, split into lines."""
    return text[: original_section(text)].split("\n")
