"""Exim's own "Mail failure - ..." messages: what it mails back (with -oem, for batched SMTP, or when a filter fails)
about a message it refused while taking it in, before any delivery (src/moan.c, moan_send_message): no DSN, a fixed
Subject per error, a fixed paragraph ("A message that you sent ..."), then a copy of the message, whose recipients are
the failed ones. The paragraph is the witness of the cause: ERRMESS_TOOBIG's "A message that you sent was longer than
the maximum size allowed on this system. It was not delivered to any recipients." is Exim's message_size_limit:
mesgtoobig. Read from the whole notice: the generic reading keeps only the wrapped line that says nothing was
delivered, the same last line as ERRMESS_TOOMANYRECIP's. (Real round 15, tests/classifier/fixtures/real/
exim-oem-message-too-big.eml, Exim 4.96.)
"""

from __future__ import annotations

from classifier import older_servers
from classifier.formats import Fact
from classifier.lowercase_once import lower_head
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "exim_moan"

_OPENING = "a message that you sent"
# moan_send_message's line above the copy (not its Subject, "Mail failure - message too big", which a gateway may
# translate or prefix: tests/classifier/test_autoreply_invariance.py).
_COPY = "this is a copy of your message, including all the headers"
_PARAGRAPHS = ((older_servers.EXIM_TOO_BIG, R.MESGTOOBIG),)  # (the sentence's one home: older_servers)


# Words inside the copy line, each whole between two blanks there: where `_COPY` is in the joined text, each is in
# one of the text's own words, and so in the text before the join. A text without one of them (nearly every other
# notice: the other Exim bounces say "copy of the message") is let go before the split and join.
_COPY_WORDS = ("your", "message,", "including")


def wrote(mail: Mail) -> bool:
    # The whole text (`notice` ends before that copy line), its words joined again where a width broke them.
    low = lower_head(mail.text, 1500)
    for word in _COPY_WORDS:
        if word not in low:
            return False
    head = " ".join(low.split())
    return _OPENING in head[:400] and _COPY in head


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    reason = by_wording(" ".join(mail.notice[:1000].lower().split()), _PARAGRAPHS)
    return None if reason is None else Reading(reason=reason, reporter=NAME)
