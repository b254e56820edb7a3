"""Which format modules run, in what order: an explicit table; the first match wins.

Specific formats come before general ones: feedback reports, then formats that a header hint
picks out, then the standard RFC 3464 report, then generic prose, and last the auto-reply
check (a bounce may also say `Auto-Submitted: auto-replied`). Hints only move a format up;
a format still returns None at once when the message is not its kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

from classifier.formats import amazonses, arf, autoreply, challenge, dsn, fml, googlegroups, mdn, nested, prose
from classifier.parse import Mail

# (format, header hint substrings in Subject/From that promote it to the front)
FORMAT_ORDER: tuple[ModuleType, ...] = (
    arf,
    amazonses,
    googlegroups,
    fml,
    dsn,
    mdn,
    nested,
    challenge,
    prose,
    autoreply,
)


def candidates(mail: Mail) -> Iterator[ModuleType]:
    """Formats to try for `mail`: hinted ones first, then the default order, each once."""
    seen: set[str] = set()
    haystack = f"{mail.subject}\n{mail.from_}".lower()
    for module in FORMAT_ORDER:
        if module.HINTS and any(h in haystack for h in module.HINTS):
            seen.add(module.NAME)
            yield module
    for module in FORMAT_ORDER:
        if module.NAME not in seen:
            yield module
