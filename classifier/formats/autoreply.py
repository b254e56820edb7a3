"""RFC 3834 auto-replies and out-of-office notices: not bounces.

Recognised by the headers auto-responders set, or by an out-of-office subject in one of
several languages. Runs after every bounce format, so a bounce (which may also say
`Auto-Submitted: auto-replied`) is never mistaken for an auto-reply.
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.hints import AUTO_REPLY_SUBJECT, DAEMON_FROM, REPLY_PREFIX
from classifier.parse import ADDRESS, Mail

NAME = "autoreply"
HINTS = ()


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if DAEMON_FROM.search(mail.from_) or mail.content_type == "multipart/report" \
            or mail.msg.get("x-failed-recipients"):
        # A delivery report (a mail system's sender, a report, an MTA's failed-recipients field)
        # that no bounce format read, or one known by its headers alone (classify_headers): never
        # an auto-reply of the mail system, though Postfix and Exim write "Auto-Submitted:
        # auto-replied" on every bounce (bounce_notify_util.c, deliver.c). Not the Subject: an
        # auto-reply's quotes the original's, which may hold any word.
        return None
    submitted = mail.header("auto-submitted").lower()
    flagged = (
        submitted.startswith("auto-replied")
        or bool(mail.msg.get("x-autoreply") or mail.msg.get("x-autorespond"))
        # Every Precedence field: a Google Group puts its own "Precedence: list" above the
        # auto-responder's when it passes the reply on to its members.
        or any(str(v).strip().lower() == "auto_reply" for v in (mail.msg.get_all("precedence") or ())[:5])
        # Not X-Auto-Response-Suppress: MS-OXCMAIL 2.1.3.2.20 makes it the sender's request that
        # no auto-reply answer this message ("All", or "DR, NDR, RN, NRN, OOF, AutoReply"), which
        # newsletters, ticket systems and people's clients put on mail of every kind.
    )
    if not flagged and (not AUTO_REPLY_SUBJECT.search(mail.subject) or REPLY_PREFIX.match(mail.subject)):
        return None  # by its subject alone, a person's "Fwd: Automatic reply: ..." would be one
    # The auto-reply comes from the person we wrote to.
    m = ADDRESS.search(mail.header("from"))
    address = m.group(0) if m else ""
    if not address:
        return None
    return (Fact(address=address, reason="vacation"),)
