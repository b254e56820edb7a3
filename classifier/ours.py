"""Refusals that name only our side: the sending address or its domain, never the prospect's.

A receiving server that refuses the sender often names the sender's address or domain and no
recipient: sendmail's access db ("550 5.7.1 <seller@ours.example>... Access denied"), Baruwa ("550
The domain ours.example is banned"), PowerMTA's bad-domain wording in chasquid's one MAIL+RCPT reply
("550 5.7.1 Domain ours.example is obsolete"), RFC 7505's null MX of the sender's domain, or our own
relayhost that does not resolve ("Name service error for name=smtp.ours.example"). Read by their
words alone these blame the recipient (a missing domain, a disabled mailbox), which is a false hard
for every prospect of the send. The bounce itself says who sent the mail: the returned original's
From and the notice's own To (a delivery report goes back to the envelope sender).

Only readings that blame the recipient's mailbox or domain are turned round, and only where the
reply names us and nothing of the recipient's: a reply naming the prospect's address or domain, or
any other address, keeps its reading. Where we mail our own domain, a domain names both sides and
only our exact address counts."""

from __future__ import annotations

import re
from collections.abc import Callable

from classifier import severity
from classifier.parse import ADDRESS, Mail
from classifier.records import Reason

# What a refusal of the sender's address or domain is read as: the words only blame the recipient.
RECIPIENT_STATES = frozenset({
    Reason.USERUNKNOWN, Reason.HOSTUNKNOWN, Reason.NOTACCEPT, Reason.MAILBOXFULL, Reason.SUSPEND,
    Reason.HASMOVED, Reason.FILTERED, Reason.ONHOLD, Reason.UNDEFINED,
})

# A domain name standing alone (not inside an address, a longer host name or a URL's path).
_DOMAIN = re.compile(r"(?<![\w.@/-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})(?![\w@-]|\.\w)")
# A reply is a line or a few; a longer "diagnostic" is a pasted notice or header block, where our
# address stands for other reasons (its From line, MailMarshal's "Original Sender:").
_REPLY_AT_MOST = 600
# Fields that name us as the message's sender, not as what was refused: a header block pasted into
# the diagnostic, an MTA's "Original Sender:" line, a transcript's "MAIL FROM:<...>".
_LABELLED = re.compile(
    r"(?:\b(?:from|sender|return-path|reply-to|to|cc|envelope-from|original[ -]sender|x-[a-z-]+)[ \t]*:"
    r"|\bmail from\b:?)[ \t]*(?:\"[^\"\n]{0,80}\"[ \t]*|[^<>\s,;\"]{1,80}[ \t]*)?<?[^\s<>,;]*>?")
_OF_A_RECIPIENT = re.compile(r"\b(?:recipient|mailbox|user|destination)")
# Postfix's DNS errors name the host they looked up (dns_strerror in its smtp client): a host
# under our domain there is our relayhost or our own MX, not a prospect's.
_LOOKED_UP = re.compile(r"name=([a-z0-9.-]+)")


def own_addresses(mail: Mail, original_from: str | None) -> frozenset[str]:
    """The sending side's addresses, lowercased: the original's From and the notice's To."""
    found = set()
    for value in (original_from or "", mail.header("to")):
        found.update(a.lower() for a in ADDRESS.findall(value[:2000]))
    return frozenset(found)


def names_only_us(diagnostic: str, recipient: str, own: Callable[[], frozenset[str]]) -> bool:
    """Does the reply name our address or domain, and nothing of the recipient's? `own` gives our
    addresses (own_addresses), asked only when the reply does not name the recipient."""
    low = diagnostic.lower()
    recipient = recipient.lower()
    if not low or len(low) > _REPLY_AT_MOST or (recipient and recipient in low):
        return False
    low = _LABELLED.sub(" ", low)
    if _OF_A_RECIPIENT.search(low) or severity.says_no_such_recipient(low):
        # "Mailbox full, mail from <us> not accepted now" (qmail), "Original Sender: <us> ... 550
        # 5.1.1 User unknown": the words speak of a recipient's mailbox, whoever else they name.
        return False
    rdomain = recipient.rpartition("@")[2]
    ours = frozenset(a for a in own() if a != recipient)
    if not ours:
        return False
    named = {a.lower() for a in ADDRESS.findall(low)}
    if named:
        # Every address it names is ours (our From, our envelope sender): none is the prospect's.
        return named <= ours
    domains = {a.rpartition("@")[2] for a in ours} - {rdomain}
    if not domains:
        return False
    standing, looked_up = set(_DOMAIN.findall(low)), set(_LOOKED_UP.findall(low))
    if any(t == rdomain or t.endswith("." + rdomain) for t in standing | looked_up):
        return False  # the recipient's domain or one of its hosts is named too: the words may be theirs
    return bool(standing & domains) or any(t.endswith("." + d) for t in looked_up for d in domains)
