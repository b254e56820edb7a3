"""Google Groups refusals: the group does not exist or the sender may not post to it.

Sent by Google's mailer-daemon as plain text (any language) with X-Failed-Recipients naming
the group. Not a broken address of a person: the sender was refused, so `rejected`.
"""

from __future__ import annotations

from classifier.formats import Fact, clean
from classifier.parse import ADDRESS, Mail

NAME = "googlegroups"
HINTS = ("mailer-daemon@googlemail.com",)


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if "google" not in mail.from_ or "groups.google.com" not in mail.notice.lower() and \
            "google groups" not in mail.notice.lower():
        return None
    failed = ADDRESS.findall(mail.header("x-failed-recipients"))
    if not failed:
        return None
    text = clean(mail.notice)[:600]
    return tuple(Fact(address=a, diagnostic=text, reason="rejected") for a in failed)
