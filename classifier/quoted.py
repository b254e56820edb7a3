"""Addresses whose local part is a quoted string (RFC 5321 §4.1.2: Local-part = Dot-string /
Quoted-string, where qtextSMTP allows blanks and "@"), as MTAs print them: Exim keeps the
address as given (src/src/deliver.c deliver_split_address dequotes only its copy of the local
part) and writes it so in X-Failed-Recipients, its text and its DSN's Final-Recipient. The
plain address pattern (classifier.parse.ADDRESS) stops at a quote, so `"a@b"@example.org`
would read as `a@b`: these readers take such an address whole first. MTAs' internal names can
look so too (Courier's `".xalias/..."@host` Final-Recipient, Sendmail's X-Actual-Recipient
`"553 User address required"@host`): formats/dsn.py lets a plain address beside one win.
"""

from __future__ import annotations

import re

from classifier.parse import ADDRESS, INTL

__all__ = ["QUOTED_ADDRESS", "quoted_address", "addresses"]

QUOTED_ADDRESS = re.compile(rf'"(?:[^"\\\r\n]|\\[^\r\n]){{1,64}}"@[A-Za-z0-9{INTL}-]{{1,63}}'
                            rf"(?:\.[A-Za-z0-9{INTL}-]{{1,63}}){{0,10}}")


def quoted_address(text: str) -> str | None:
    """The address `text` is, when it is one with a quoted local part (brackets and blanks
    around it allowed); else None."""
    if '"' not in text:
        return None
    m = QUOTED_ADDRESS.fullmatch(text.strip().strip("<>").strip())
    return m.group(0) if m else None


def addresses(text: str) -> list[str]:
    """Every address of an address list (X-Failed-Recipients), a quoted local part kept whole:
    `ADDRESS.findall` where the text has no quote."""
    if '"' not in text:
        return ADDRESS.findall(text)
    found = [(m.start(), m.group(0)) for m in QUOTED_ADDRESS.finditer(text)]
    rest = QUOTED_ADDRESS.sub(lambda m: " " * len(m.group(0)), text)
    found += [(m.start(), m.group(0)) for m in ADDRESS.finditer(rest)]
    return [a for _, a in sorted(found)]
