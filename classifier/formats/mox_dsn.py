"""Mox's DSN for the recipients it refused after DATA (mjl-/mox smtpserver/server.go deliver(); review old37): no
Diagnostic-Code, and a text that writes each failure as "<Permanent|Transient> delivery failure to:\\n\\n\\t%s\\n\\n
Error:\\n\\n\\t%s" with the arguments (error message, recipient): the error stands ABOVE the address it belongs to,
under the heading that announces an address. `said_above` gives `dsn.lines_about` that error as the address's
explanation."""

from __future__ import annotations

import re

# The block ending right before the address: its heading, the error's line, "Error:", the address's tab (in any case,
# with CRLF and a relay's padding at the lines' ends).
_SWAPPED = re.compile(r"(?:permanent|transient) delivery failure to:[ \t]*\r?\n[ \t]*\r?\n\t([^\r\n]+?)[ \t]*\r?\n"
                      r"[ \t]*\r?\nerror:[ \t]*\r?\n[ \t]*\r?\n[ \t]+\Z", re.IGNORECASE)


def said_above(before: str) -> str:
    """The error Mox's DSN writes above the address that `before` (the text up to it) ends at; "" elsewhere."""
    if not before.endswith("\t") or not (m := _SWAPPED.search(before)):
        return ""  # (the cheap test first: nearly every address stands after other text)
    return m.group(1).strip()
