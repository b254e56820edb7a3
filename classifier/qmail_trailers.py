"""qmail's closing sentences in a bounce's diagnostic (notqmail qmail-send.c, qmail-remote.c), taken
out before the reason rules read the words: the real cause is the sentence before them. Moved
out of `classifier.reasons` whole (its one caller, `reason_for`)."""

from __future__ import annotations

import re

_QUEUE_TOO_LONG = re.compile(r"i'm not going to try again; this message has been in the queue too long\.?")
# qmail-remote's trailer after a remote server's permanent refusal ("<ip> does not like recipient.
# / Remote host said: 550 ... / Giving up on <ip>."): the end of that one attempt, not an expired
# queue; the reply it quotes is the cause (the 37th review: "554 5.7.1 ..." read expired).
_GIVING_UP_AFTER_REPLY = re.compile(r"(?<=remote host said: )(.*?)giving up on [\w.:\[\]-]{1,80}\.?")


def without_qmail_trailers(text: str) -> tuple[str, int]:
    """qmail's closing sentences taken out, the real cause is the sentence before them; and
    whether qmail-send gave up after its queue lifetime."""
    text, gave_up = _QUEUE_TOO_LONG.subn("", text)
    if "remote host said: " in text:
        text = _GIVING_UP_AFTER_REPLY.sub(r"\1", text)
    return text, gave_up
