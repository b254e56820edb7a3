"""RFC 3834 auto-replies and out-of-office notices: not bounces.

Recognised by the headers auto-responders set, or by an out-of-office subject in one of
several languages. Runs after every bounce format, so a bounce (which may also say
`Auto-Submitted: auto-replied`) is never mistaken for an auto-reply.
"""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.hints import _REPLY_PREFIX
from classifier.parse import ADDRESS, Mail

NAME = "autoreply"
HINTS = ()

_SUBJECTS = re.compile(
    r"(?i)\b(?:auto(?:matic)?[ -]?(?:reply|response|respond|antwort)|out of (?:the )?office|"
    r"away from (?:the|my) office|on vacation|on holiday|abwesenheit|abwesend|"
    r"absence|absent|r[ée]ponse automatique|respuesta autom[aá]tica|fuera de la oficina|"
    r"risposta automatica|fuori sede|resposta autom[aá]tica|automatisch antwoord|afwezig|"
    r"autosvar|automaattinen vastaus|自動応答|自動返信|不在)"
)


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    submitted = mail.header("auto-submitted").lower()
    flagged = (
        submitted.startswith("auto-replied")
        or bool(mail.msg.get("x-autoreply") or mail.msg.get("x-autorespond"))
        # Every Precedence field: a Google Group puts its own "Precedence: list" above the
        # auto-responder's when it passes the reply on to its members.
        or any(str(v).strip().lower() == "auto_reply" for v in (mail.msg.get_all("precedence") or ())[:5])
        or "autoreply" in mail.header("x-auto-response-suppress").lower()
    )
    if not flagged and (not _SUBJECTS.search(mail.subject) or _REPLY_PREFIX.match(mail.subject)):
        return None  # by its subject alone, a person's "Fwd: Automatic reply: ..." would be one
    # The auto-reply comes from the person we wrote to.
    m = ADDRESS.search(mail.header("from"))
    address = m.group(0) if m else ""
    if not address:
        return None
    return (Fact(address=address, reason="vacation"),)
