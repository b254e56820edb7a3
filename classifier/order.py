"""Which format modules run, in what order: an explicit table; the first match wins.

Specific formats come before general ones: feedback reports, then formats that a header hint
picks out, then the standard RFC 3464 report, then generic prose, and last the auto-reply
check (a bounce may also say `Auto-Submitted: auto-replied`). Hints only move a format up;
a format still returns None at once when the message is not its kind.
"""

from __future__ import annotations

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


# The formats that have header hints: for mail that matches none (most), the order is the table's.
_HINTED = tuple(module for module in FORMAT_ORDER if module.HINTS)


def candidates(mail: Mail) -> tuple[ModuleType, ...]:
    """Formats to try for `mail`: hinted ones first, then the default order, each once."""
    haystack = f"{mail.subject}\n{mail.from_}".lower()
    hinted = ()
    for module in _HINTED:  # loops, not generators: this runs for every message
        for hint in module.HINTS:
            if hint in haystack:
                hinted += (module,)
                break
    if not hinted:
        return FORMAT_ORDER
    return hinted + tuple(module for module in FORMAT_ORDER if module not in hinted)
