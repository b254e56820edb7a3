"""RFC 3834 auto-replies and out-of-office notices: not bounces.

Recognised by the headers auto-responders set, or by an out-of-office subject in one of
several languages. Runs after every bounce format, so a bounce (which may also say
`Auto-Submitted: auto-replied`) is never mistaken for an auto-reply.
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.hints import AUTO_REPLY_SUBJECT, DAEMON_FROM, REPLY_PREFIX, auto_reply_marked
from classifier.parse import ADDRESS, Mail

NAME = "autoreply"
HINTS = ()


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if DAEMON_FROM.search(mail.from_) or mail.content_type == "multipart/report" \
            or "x-failed-recipients" in mail.names and mail.msg.get("x-failed-recipients"):
        # A delivery report (a mail system's sender, a report, an MTA's failed-recipients field)
        # that no bounce format read, or one known by its headers alone (classify_headers): never
        # an auto-reply of the mail system, though Postfix and Exim write "Auto-Submitted:
        # auto-replied" on every bounce (bounce_notify_util.c, deliver.c). Not the Subject: an
        # auto-reply's quotes the original's, which may hold any word.
        return None
    flagged = auto_reply_marked(mail)
    if not flagged and (not AUTO_REPLY_SUBJECT.search(mail.subject) or REPLY_PREFIX.match(mail.subject)):
        return None  # by its subject alone, a person's "Fwd: Automatic reply: ..." would be one
    # The auto-reply comes from the person we wrote to.
    m = ADDRESS.search(mail.header("from"))
    address = m.group(0) if m else ""
    if not address:
        return None
    return (Fact(address=address, reason="vacation"),)
