"""Dovecot's delivery agent (dovecot-lda, LMTP) and Pigeonhole Sieve: when they refuse a
message after accepting it, they write their own sentence and the storage's reason under it.

Dovecot's `rejection_reason` setting defaults to "Your message to <%t> was automatically
rejected:%n%r" (older releases: "Your message was automatically rejected by Dovecot Mail
Delivery Agent. The following reason was given: %r"), and %r is the mail storage's error text
(lib-storage mail-error.h: "Not enough disk space", "Not enough disk quota", the quota
plugin's "Quota exceeded (mailbox for user is full)"). A relay that wraps that refusal in a
DSN of its own derives its Status from the agent's exit code (sendmail maps it to "5.1.1 User
Unknown"), so the agent's own reason is the better witness: it decides where a table reads
it, and anything it does not name is left to the DSN.
"""

from __future__ import annotations

import re

from classifier import reasons
from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading

NAME = "dovecot"

_INTRO = re.compile(r"(?i)(?:was automatically rejected(?: by dovecot mail delivery agent)?[.:]?"
                    r"(?:\s{0,8}the following reason was given:)?)")
# What the sentence leaves undecided: the DSN's own status and wording say more.
_VAGUE = frozenset({R.ONHOLD, R.UNDEFINED})


def wrote(mail: Mail) -> bool:
    return "was automatically rejected" in mail.notice[:4000]


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    notice = mail.notice[:4000]
    m = _INTRO.search(notice)
    if m is None:
        return None
    why = " ".join(line.strip() for line in notice[m.end():].strip().split("\n")[:3] if line.strip())
    if not why:
        return None
    reason = reasons.reason_for(status=None, reply_code=None, diagnostic=why, action="failed", command=None)
    return None if reason in _VAGUE else Reading(reason=reason, reporter=NAME)
