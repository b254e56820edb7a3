"""Mox's DSN for the recipients it refused after DATA (mjl-/mox smtpserver/server.go deliver(); review old37): no
Diagnostic-Code, and a text that writes each failure as "<Permanent|Transient> delivery failure to:\\n\\n\\t%s\\n\\n
Error:\\n\\n\\t%s" with the arguments (error message, recipient): the error stands ABOVE the address it belongs to,
under the heading that announces an address. `said_above` gives `dsn.lines_about` that error as the address's
explanation."""

from __future__ import annotations

import re

# The block ending right before the address: its heading, the error's line, "Error:", the address's tab (in any case,
# with CRLF and a relay's padding at the lines' ends).
# A relay or a re-wrapping client may double the blank lines (the review grid's blank_lines read the second
# recipient's error as the first's): one to three blank lines between the parts.
_GAP = r"[ \t]*\r?\n(?:[ \t]*\r?\n){1,3}"
# ...and a long error wrapped onto further tab-indented lines (the grid's wrap_60), read joined.
_SWAPPED = re.compile(rf"(?:permanent|transient) delivery failure to:{_GAP}\t([^\r\n]+?(?:[ \t]*\r?\n\t[^\r\n]+?)*)"
                      rf"{_GAP}error:{_GAP}[ \t]+\Z", re.IGNORECASE)


def said_above(before: str) -> str:
    """The error Mox's DSN writes above the address that `before` (the text up to it) ends at; "" elsewhere."""
    if not before.endswith("\t") or not (m := _SWAPPED.search(before)):
        return ""  # (the cheap test first: nearly every address stands after other text)
    return " ".join(m.group(1).split())
