"""Symantec.cloud / MessageLabs (`X-Msg-Ref: server-N.tower-N.messagelabs.com!...`, from
MAILER-DAEMON@messagelabs.com)."""

from __future__ import annotations

from classifier.formats import Fact
from classifier.help_mentions import without_help_mentions
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording

NAME = "messagelabs"

WORDING = (
    ("no such user", R.USERUNKNOWN),
    # The receiving server's refusal that MessageLabs quotes: "550-Please turn on SMTP
    # Authentication in your mail client ... <its relay's name> [<ip>]:<port> is not permitted
    # to relay through this server without authentication". The client refused is
    # MessageLabs's own outbound relay, which authenticates to no recipient's server: a relay
    # refusal by the recipient's server, which Broadcom KB 162445 ("Outbound Mail returned by
    # MAILER-DAEMON@messagelabs.com") files under "The recipient server is not configured to
    # accept mail for the recipient domain". Recipient-side (severity.scope_of: its words name
    # no client of ours), as tests/classifier/scope_rows.py pins.
    ("please turn on smtp authentication in your mail client", R.SECURITYERROR),
)


def wrote(mail: Mail) -> bool:
    return "messagelabs.com" in mail.header("x-msg-ref") and "messagelabs.com" in mail.from_


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    # A help line quoting the words ("not a 'no such user' refusal") names no verdict (help_mentions; audit 35e).
    reason = by_wording(without_help_mentions(text), WORDING)
    return Reading(reason=reason, reporter=NAME) if reason else None
