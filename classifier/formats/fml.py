"""fml (https://www.fml.org/), a Japanese mailing-list manager: its refusals and loop alerts.

Not an SMTP bounce but a notice from the list to the poster, marked by `X-MLServer: fml`, with
the cause in the Subject ("You addr are not member (list ML)", "Loop Alert: ...") and the list
address named in the first lines of the body. The sender was refused, not the address:
"not a member" and spam refusals are `rejected`, loops and internal errors `systemerror`.
"""

from __future__ import annotations

import re

from classifier.formats import Fact, clean
from classifier.parse import ADDRESS, Mail

NAME = "fml"
HINTS = ()

# (wording in Subject or body, reason); fml's own message titles, and the body sentences Sisimai 5's
# via-fml.go reads ("You are not a member of this mailing list <list>.", "reject spammers:") where the
# subject is another (the forty-third review).
_TITLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\bare not member|not member article from|reject mail |spam mail from a spammer is rejected|"
                r"not a member of this mailing list|reject spammers:"),
     "rejected"),
    (re.compile(r"(?i)fml system error message|loop alert: |loop back warning: |warning: unix from loop"),
     "systemerror"),
    (re.compile(r"(?i)security (?:alert|error)"), "securityerror"),
)


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if "fml" not in mail.header("x-mlserver").lower():
        return None
    haystack = " ".join(f"{mail.subject}\n{mail.notice[:2000]}".split())  # a sentence re-wrapped is the same
    reason = next((r for rx, r in _TITLES if rx.search(haystack)), None)
    if reason is None:
        return None  # an ordinary list message (digest, help reply), not a refusal
    own = {a.lower() for a in ADDRESS.findall(mail.header("to"))}
    for line in mail.notice.split("\n")[:20]:
        for address in ADDRESS.findall(line):
            if address.lower() not in own:
                return (Fact(address=address, reason=reason, diagnostic=clean(line)[:300]),)
    return None
