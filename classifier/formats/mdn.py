"""Message disposition notifications (RFC 8098) that report a rejection: Sieve `reject`.

A Sieve script's `reject` action (RFC 5429) answers with an MDN, not a DSN: Dovecot's
Pigeonhole sends `multipart/report; report-type=disposition-notification` whose
`message/disposition-notification` part says `Disposition: automatic-action/
MDN-sent-automatically; deleted` and whose text says "Your message to <addr> was
automatically rejected:" followed by the script's reason. Cyrus timsieved and Exim's Sieve
filter write the same shape. GNU Mailutils (its `sieve` and `mda`) writes the same fields in a
`message/delivery-status` part of a `multipart/mixed` message ("Reporting-UA: sieve; GNU
Mailutils", "Action: deleted", "Disposition: automatic-action/MDN-sent-automatically;deleted")
under "Message was refused by recipient's mail filtering program. Reason given was as
follows:". The mail reached the recipient's server and the recipient's own
filter refused it, so an unrecognised reason is `filtered`; a reason that says more (a full
mailbox, an address that does not exist) decides. Any other disposition (displayed, processed,
dispatched; deleted, denied or failed without a filter's words) is a receipt: not a bounce.
"""

from __future__ import annotations

import re

from classifier import lexicon, reasons, recipient_blocklists, retired_address
from classifier.fields import status_fields
from classifier.formats import Fact, clean, find_reply, find_status, named
from classifier.origin import recipient_text
from classifier.parse import ADDRESS, Mail, content_type
from classifier.records import Reason

NAME = "mdn"
HINTS = ()

_REFUSED = ("rejected", "error")
# "deleted" is also what a person's mail program reports for a message thrown away unread
# (Outlook's "Not read: ... was deleted without being read"), and "denied" and "failed" what it
# reports when the person will not say, or the receipt could not be made (RFC 3798 3.2.6.2; KDE
# KMime kmime_mdn.cpp: "has been acted upon. The sender does not wish to disclose more details",
# "Generation of a Message Disposition Notification ... failed"): receipts, not refusals. A Sieve
# reject says so in its text or names its filter in Reporting-UA.
_UNSAID = ("deleted", "denied", "failed")
_FILTER_UA = ("sieve", "pigeonhole", "dovecot", "cyrus", "lmtp", "delivery agent")
# Pigeonhole: "Your message to <a> was automatically rejected:"; Cyrus: "Your message was
# automatically rejected by Sieve, a mail filtering language."
_INTRO = re.compile(r"(?i)(?:automatically rejected|rejected by sieve|was rejected by the recipient|"
                    r"refused by recipient's mail filtering program)[^\n]{0,80}")
# What comes before the script's own words: Cyrus "The following reason was given:", GNU
# Mailutils (sieve/actions.c) "Reason given was as follows:".
_GIVEN = re.compile(r"(?i)reason was given:|reason given was as follows:")
# The owner's script saying the address it guards is retired ("This address is no longer in use. Please write to
# <new> instead.", "I no longer use this address"): the mailbox's owner answers for the address itself, so the address
# is bad for good; hasmoved where a new address is given, else userunknown (review layouts40). Only the address or
# mailbox itself as the clause's subject: "Mail from this address is no longer accepted" refuses OUR address (the
# sender's, filtered), and "this address is no longer monitored" still receives.
_RETIRED = re.compile(r"(?i)(?:^|[.!:;]\s+|\n)(?:(?:this|my) (?:e-?mail )?(?:address|mailbox|account) (?:is|has been) "
                      r"no longer (?:in use|used|active|valid)|i (?:do )?no longer use this (?:e-?mail )?address)\b"
                      # ...not kept for other uses ("no longer used for sales enquiries": audit 41b, a false hard), nor
                      # for a time or a condition ("no longer active during the holiday closure", "no longer in use
                      # until the new year", "no longer valid without a ticket number": audit 42, false hards).
                      r"(?! to\b)" + retired_address.KEPT)


_MDN_TYPES = ("message/disposition-notification", "message/global-disposition-notification")


def _fields(mail: Mail) -> dict[str, str]:
    """The disposition fields: an MDN part's, or a delivery-status part's that carries a
    Disposition (GNU Mailutils)."""
    for part in mail.parts_of(*_MDN_TYPES, "message/delivery-status", "message/global-delivery-status"):
        out: dict[str, str] = {}
        for block in status_fields(part):  # as sent, or RFC 6533's UTF-8 form, decoded
            for k, v in block:
                out.setdefault(k, v)
        if out and (content_type(part) in _MDN_TYPES or "disposition" in out):
            return out
    return {}


def _recipient(mail: Mail, field: str) -> str | None:
    """The recipient's address, or the original's recipient of the login name Pigeonhole
    writes for a system user (`rfc822; kim`) or of the internal name Cyrus writes
    (`rfc822; strict@internal`: a dotless domain, no address the sender wrote to)."""
    m = ADDRESS.search(field)
    if m is None:
        return named.by_local_part(mail, field)
    local, _, domain = m.group(0).rpartition("@")
    return (named.by_local_part(mail, local) or m.group(0)) if "." not in domain else m.group(0)


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if not mail.content_type.startswith("multipart/"):
        return None
    fields = _fields(mail)
    if not fields:
        return None
    name = "final-recipient" if fields.get("final-recipient") else "original-recipient"
    address = _recipient(mail, recipient_text(name, fields.get(name) or ""))
    if address is None:
        return None
    disposition = fields.get("disposition", "").lower().rpartition(";")[2]
    notice = mail.notice
    intro = _INTRO.search(notice)
    refused = any(w in disposition for w in _REFUSED) or (any(w in disposition for w in _UNSAID) and (
        intro is not None or any(w in fields.get("reporting-ua", "").lower() for w in _FILTER_UA)))
    if not refused:
        return (Fact(address=address, action="delivered", reason="delivered"),)
    why = notice[intro.end():] if intro else notice
    given = _GIVEN.search(why)
    if given is not None:
        why = why[given.end():]
    diagnostic = clean(" ".join(line for line in why.strip().split("\n")[:6] if line.strip()))
    status, reply = find_status(diagnostic), find_reply(diagnostic)
    reason = reasons.reason_for(status=status, reply_code=reply, diagnostic=diagnostic,
                                action="failed", command=None)
    if lexicon.no_such_recipient(diagnostic.lower()):
        reason = Reason.USERUNKNOWN  # the script answers for a mailbox that is gone
    elif _RETIRED.search(diagnostic):
        moved = any(m.group(0).lower() != address.lower() for m in ADDRESS.finditer(diagnostic))
        reason = Reason.HASMOVED if moved else Reason.USERUNKNOWN
    elif reason in (Reason.ONHOLD, Reason.UNDEFINED):
        reason = Reason.FILTERED  # the recipient's own filter refused it for a reason no table knows
    elif reason is Reason.BLOCKED and recipient_blocklists.names_no_host(diagnostic.lower()):
        reason = Reason.FILTERED  # "Sender is on my block list": the script's own list, not our host (review blocks36)
    return (Fact(address=address, action="failed", status=status, reply_code=reply,
                 diagnostic=diagnostic, reason=reason.value),)
