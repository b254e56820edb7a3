"""nullmailer (nullmailer-send + nullmailer-dsn): one reply reported for every recipient.

nullmailer hands a message to its smarthost in one SMTP transaction and gives the whole
message up at the first refused RCPT; nullmailer-dsn then writes one RFC 3464 block per
recipient, each quoting that one reply (seen with nullmailer 2.2 on Debian 12:
tests/classifier/fixtures/real/nullmailer-mixed-recipients.eml, where "550 Unrouteable
address" for one unknown Cc is reported for the deliverable To as well). When such a report
names several recipients, a reply about one address ("no such user", "mailbox full") cannot
be pinned on any of them: reading it as written would hard-bounce a good prospect, so each is
`onhold`. A reply about the sender or the message (relay denied, too big, spam) concerns
them all and stands, as does any reply when only one recipient is named.
"""

from __future__ import annotations

from classifier import reasons
from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, notice_head

NAME = "nullmailer"

# nullmailer-dsn's fixed first sentence (nullmailer-dsn.cc).
_INTRO = "this is the nullmailer delivery system"
# Reasons that say something about one address or its mailbox, not the sender or the message.
_ABOUT_ONE_ADDRESS = frozenset({R.USERUNKNOWN, R.HOSTUNKNOWN, R.HASMOVED, R.NOTACCEPT, R.MAILBOXFULL,
                                R.SUSPEND, R.FILTERED})


def wrote(mail: Mail) -> bool:
    # Not only the first line: gateways put a banner above it ("CAUTION: This email
    # originated from outside of the organization ...").
    return _INTRO in notice_head(mail)


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    named = sum(1 for block in mail.dsn_blocks if any(k == "final-recipient" for k, _ in block))
    if named < 2:
        return None
    reason = reasons.reason_for(status=fact.status, reply_code=fact.reply_code, diagnostic=fact.diagnostic,
                                action=fact.action, command=fact.smtp_command)
    return Reading(reason=R.ONHOLD, reporter=NAME) if reason in _ABOUT_ONE_ADDRESS else None
