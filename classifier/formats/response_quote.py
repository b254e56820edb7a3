"""The remote server's reply as Gmail's own notice quotes it under its fixed intro ("The response from the remote
server was:", "The response was:", shared/api/gmail.md section 9; Google's 'Fix bounced or rejected emails'), read by
formats/dsn.py only where a report block's Diagnostic-Code is lost (a size limit or a partial fetch cut the report part
after Final-Recipient or Action: review damaged60's dm60-gmail-dsn-cut-after-action, triage 61). The reply is what the
field held; Gmail's lead sentence above it ("couldn't be found, or is unable to receive mail") covers every failure and
named no cause (a missing user read filtered, a false soft; a full mailbox onhold)."""

from __future__ import annotations

import re

from classifier.parse import ADDRESS

_INTRO = re.compile(r"(?im)^[ \t]*the response (?:from the remote server )?was:[ \t]*\r?$")


def quoted_response(notice: str, address: str) -> str:
    """The reply the notice quotes under Gmail's intro for `address`, or "": only one intro in the notice, and every
    address the text names above it this recipient's (a quote that could be another recipient's is none of its)."""
    found = list(_INTRO.finditer(notice))
    if len(found) != 1:
        return ""
    above = notice[:found[0].start()]
    named = {m.group(0).lower() for m in ADDRESS.finditer(above)}
    if named != {address.lower()}:
        return ""  # the recipient unnamed above the intro, or another named there
    out = []
    for line in notice[found[0].end():].lstrip("\r\n").split("\n", 40)[:40]:
        text = line.strip()
        if not text or text.startswith("--"):
            break  # the reply's paragraph ends at a blank line or the next MIME delimiter
        out.append(text)
    return " ".join(out)
