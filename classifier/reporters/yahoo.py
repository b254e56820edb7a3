"""Yahoo! Mail's own failure notices ("Sorry, we were unable to deliver your message to the
following address.", `X-YMailISG` header). It quotes the remote reply; a reply that names
the recipient in angle brackets answered RCPT TO, though Yahoo does not say so.

Yahoo stamps `X-YMailISG` on the mail it delivers into its mailboxes too, so another server's
bounce read from a Yahoo mailbox has it: the header only counts beside Yahoo's own sentence."""

from __future__ import annotations

import re

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.reporters import Reading

NAME = "yahoo"

_BRACKETED = re.compile(r"<[^ <>]{1,64}@[^ <>]{1,200}>")


_OWN_SENTENCE = "unable to deliver your message to the following address"


def wrote(mail: Mail) -> bool:
    return "x-ymailisg" in mail.names and _OWN_SENTENCE in mail.notice[:3000].lower()


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if fact.smtp_command is None and _BRACKETED.search(text):
        return Reading(command="RCPT", reporter=NAME)
    return None
