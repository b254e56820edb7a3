"""The reporting MTA's own vocabulary (sisimai's per-"Lhost" tables).

Some bounce generators say more than their wording alone shows: Exchange 2003 puts an error
code beside "Unknown Recipient", PowerMTA names a bounce category in its DSN, McAfee and
MessageLabs appliances use fixed sentences for a missing mailbox, Yahoo and Office 365
relay the remote server's RCPT reply without naming the command. A module here recognises
one such generator from the bounce's own headers (never from the recipient) and reads its
vocabulary. Consulted before the receiving provider's overrides and the generic reasons.

Each module holds `NAME`, `wrote(mail) -> bool` (cheap header checks) and
`read(mail, fact, text) -> Reading | None`; `text` is the lowercase, whitespace-collapsed
diagnostic. The first module that recognises the message answers, possibly with nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from classifier.formats import Fact
from classifier.frozen import quick_init
from classifier.lowercase_once import lower_head
from classifier.parse import Mail
from classifier.records import Reason
from classifier import sender_stage, severity

# A reading that can make the bounce hard: a mailbox or domain gone for good, or a domain taking no mail.
_HARD_READINGS = severity.GONE_FOR_GOOD | {Reason.NOTACCEPT}


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    reason: Reason | None = None  # the generator's own verdict
    command: str | None = None  # the SMTP command the failure answered, where the layout implies it
    reporter: str = ""


def by_wording(text: str, table: tuple[tuple[str, Reason], ...]) -> Reason | None:
    """The reason of the first (lowercase wording, reason) pair whose wording `text` holds."""
    for wording, reason in table:
        if wording in text:
            return reason
    return None


# What a reply's own words leave open: a generator's default for a missing mailbox may stand beside them.
_OPEN_READINGS = frozenset({Reason.USERUNKNOWN, Reason.ONHOLD, Reason.UNDEFINED})


def words_name_another(text: str, command: str | None) -> bool:
    """Do the quoted reply's own words, read by the generic rules at `command`, name a reason other than a missing
    mailbox? A generator's DEFAULT reading of a stage or of a canonical text (Gmail's "(state 14)": a refusal at RCPT;
    au's ">>> RCPT TO" transcript; RFC 5321's canonical 550 text "Requested action not taken: mailbox unavailable",
    which section 4.2.3 says also covers "no access, or command rejected for policy reasons") says where the refusal
    came, not why: "550 <x>... Relaying denied (state 14)", "554 5.7.1 Client host [ip] blocked using
    zen.spamhaus.org" at RCPT are no missing mailbox (audit 35e's false hards)."""
    from classifier import reasons  # (imports much: only when asked)

    return reasons.reason_for(status=None, reply_code=None, diagnostic=text, action="failed",
                              command=command) not in _OPEN_READINGS


def received(mail: Mail) -> list[str]:
    found = mail.memo.get("received")
    if found is None:
        found = mail.memo["received"] = [str(v) for v in (mail.msg.get_all("received") or [])[:30]]
    return found  # type: ignore[return-value]


def received_text(mail: Mail) -> str:
    """The `received` lines joined by line feeds: one `in` test asks all of them for a needle
    without a line feed (the generators' checks run on every message and ask several)."""
    found = mail.memo.get("received_text")
    if found is None:
        found = mail.memo["received_text"] = "\n".join(received(mail))
    return found  # type: ignore[return-value]


def notice_head(mail: Mail) -> str:
    """The notice's first 2,000 characters, lowercased: several generators' checks, asked of every
    message in turn, look for their fixed sentence there (lowered once, not once for each)."""
    found = mail.memo.get("notice_head")
    if found is None:
        found = mail.memo["notice_head"] = lower_head(mail.notice, 2000)
    return found  # type: ignore[return-value]


def _reporters() -> tuple[ModuleType, ...]:
    from classifier.reporters import (aol, dovecot, exchange2003, exim_moan, ezweb, gmail, gsuite, imail,
                                      interscanmss, mcafee, messagelabs, nullmailer, office365, outlook, powermta,
                                      receivingses, sympa, verizon, yahoo)

    # Google Workspace before Gmail: both write as mailer-daemon@googlemail.com.
    return (exchange2003, interscanmss, mcafee, messagelabs, powermta, receivingses, gsuite, gmail, office365, outlook,
            yahoo, verizon, aol, ezweb, dovecot, nullmailer, imail, sympa, exim_moan)


_REPORTERS: tuple[ModuleType, ...] = ()


def reporter_of(mail: Mail) -> ModuleType | None:
    """The generator that wrote `mail` (asked once per message, not once per recipient)."""
    global _REPORTERS
    if "reporter" in mail.memo:
        return mail.memo["reporter"]  # type: ignore[return-value]
    if not _REPORTERS:
        _REPORTERS = _reporters()
    found = None
    for module in _REPORTERS:
        if module.wrote(mail):
            found = module
            break
    mail.memo["reporter"] = found
    return found


def read(mail: Mail, fact: Fact) -> Reading | None:
    """What the bounce's generator itself says about this recipient's failure, if anything."""
    module = reporter_of(mail)
    if module is None:
        return None
    text = " ".join(fact.diagnostic.lower().split())[:2000]
    reading = module.read(mail, fact, text)
    if reading is not None and reading.reason in _HARD_READINGS \
            and sender_stage.applies(text, fact.smtp_command or reading.command):
        # The generator's fixed sentence of a dead address, beside a quoted refusal of the SENDER
        # (Gmail's DSN quoting "553 5.1.8 <s>: Sender address rejected: Domain not found (DNS type
        # 'mx' lookup of s's domain responded with code NXDOMAIN)"): the sender's address, not the
        # recipient's; the generic rules read it (sender_stage; the forty-fourth review).
        return Reading(command=reading.command, reporter=reading.reporter)
    return reading
