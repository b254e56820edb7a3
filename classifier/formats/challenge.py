"""Challenge-response notices ("please verify you are human"): not bounces.

Anti-spam services that hold mail from unknown senders (SpamArrest, Boxbe, Mailwasher, cPanel's
BoxTrapper, qconfirm, TMDA, ASSP...) answer with a request to confirm by a click or a reply.
The message was not refused: it waits for us. Recognised by the request's wording, and only
when the notice carries no SMTP failure (a real bounce may mention verification). Runs after
the RFC 3464 report and before the generic prose reader, which would otherwise take the
notice for a bounce. The one exception: such a filter's word that our address is on the
person's block list, a refusal of every message (`filtered`, soft).
"""

from __future__ import annotations

import re

from classifier.formats import Fact, clean, nested
from classifier.guard import Guarded
from classifier.hints import DAEMON_FROM, REPLY_PREFIX
from classifier.lowercase_once import lower_head
from classifier.parse import ADDRESS, Mail

NAME = "challenge"
HINTS = ()

_REQUEST = re.compile(
    r"(?i)(?:verify (?:that )?you are (?:a )?(?:human|real person|person)|"
    r"prove (?:that )?you are (?:a )?(?:human|real person|person)|"
    r"confirm (?:that )?you are (?:a )?(?:human|real person|person|not a (?:robot|spammer))|"
    r"challenge[ /-]response|sender verification request|verify your (?:e-?mail )?address to have|"
    r"(?:click|follow|visit) (?:on )?(?:the|this) (?:link|url)[^\n]{0,60}(?:verify|confirm|"
    r"(?:have|get) your (?:message|e-?mail) delivered|release your (?:message|e-?mail))|"
    r"(?:is|has been|will be) (?:held|pending|quarantined)[^\n]{0,60}(?:until|awaiting) "
    r"(?:you|your|the sender)[^\n]{0,30}(?:verif|confirm|reply|respond)|"
    r"add(?:ed)? (?:you )?to (?:my|the) (?:list of )?(?:approved|allowed|trusted) senders|"
    r"spam ?arrest|boxbe|boxtrapper|i (?:use|am using) [^\n]{0,40}(?:to block|against|to fight|to protect)[^\n]{0,20}spam)"
)
# A word of each `_REQUEST` alternative: notices without any skip the regex.
_REQUEST_GUARD = Guarded(_REQUEST, (
    "verify you are", "verify that you are", "verify your", "prove you are", "prove that you are", "confirm you are",
    "confirm that you are", "challenge response", "challenge/response", "challenge-response",
    "sender verification request", "the link", "this link", "the url", "this url", "is held", "been held",
    "be held", "is pending", "been pending", "be pending", "is quarantined", "been quarantined", "be quarantined",
    "senders", "arrest", "boxbe", "boxtrapper", "i use ", "i am using "))


# The only characters outside ASCII that the regex engine matches, ignoring case, to an ASCII
# letter (the dotted and dotless i, the long s, the Kelvin sign), and the only ones whose
# lowercase holds one (the dotted i, the Kelvin sign).
_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# The four themselves: a text without any is its own translation (speed only: str.translate reads each character of
# a non-ASCII text through the table, far slower than four `in` tests).
_FOLDED = tuple(chr(c) for c in _TO_ASCII)


def _request(text: str) -> bool:
    if not text.isascii():
        # The guard reads ASCII text only: other text ran the whole case-insensitive regex
        # at every offset (most of this format's cost, on Japanese and other notices). With
        # those letters folded, the lowercase holds a word of every match, as ASCII text does.
        folded = (text.translate(_TO_ASCII) if any(ch in text for ch in _FOLDED) else text).lower()
        if not any(word in folded for word in _REQUEST_GUARD.words):
            return False
    return _REQUEST_GUARD.search(text) is not None


_FAILURE = re.compile(r"\b[45]\.\d{1,3}\.\d{1,3}\b|\b5\d\d[ -][^\n]{0,80}(?:user|mailbox|recipient|address)"
                      r"|permanent(?:ly)? (?:error|failure|failed)")


# The same filters' refusal of a sender on the person's block list (cPanel BoxTrapper's
# "blacklist" template: "The user %acct% does not accept mail from your address."): the message
# was deleted, and every later one will be: the recipient's own filter refuses us (`filtered`).
# The template's own subject, "The user <acct>", not a person's "our info@ box does not accept
# mail from your address" in a reply (a live contact, no refusal of ours).
# Its words in any case and broken at any width (a gateway or client re-wraps the sentence).
_BLOCKED = re.compile(r"(?i)\bthe\s+user\s+\S+\s+does\s+not\s+accept\s+(?:e-?mail|mail|messages)\s+from\s+your\s+"
                      r"(?:e-?mail\s+)?address\b")


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if mail.content_type == "multipart/report":
        return None
    notice = mail.notice[:6000]
    # (A mail system's own notice in those words is a bounce for the prose reader to read.)
    blocked = "accept" in lower_head(mail.notice, 6000) and _BLOCKED.search(notice) is not None and not DAEMON_FROM.search(mail.from_)
    # The request's words read with the lines a client's or gateway's width broke joined again ("held pending until
    # you\n\tconfirm", review layouts40: SurgeMail's Friends request re-wrapped at 40 columns lost its reading).
    if not blocked and not _request(" ".join(notice.split())) and not _request(mail.subject):
        return None
    if _FAILURE.search(notice) or "x-failed-recipients" in mail.names and mail.msg.get("x-failed-recipients"):
        return None
    m = ADDRESS.search(_challenger(mail, notice))
    if m is None:
        return None
    if blocked:
        return (Fact(address=m.group(0), action="failed", reason="filtered",
                     diagnostic=clean(notice[:300])),)
    # An auto-reply on the recipient's behalf: never a bounce, the contact stays as it is.
    return (Fact(address=m.group(0), reason="vacation"),)


def _challenger(mail: Mail, notice: str) -> str:
    """Who asks to be confirmed: the sender, unless a person forwarded the request ("Fwd:", a
    client's forward mark and header block above the request's words): then the forwarded
    block's From. A colleague who forwards a challenge has sent no auto-reply of their own."""
    forwarded = nested.forwarded_sender(notice) if REPLY_PREFIX.match(mail.subject) else None
    if forwarded is not None and not _request(notice[:forwarded[0]]):
        return forwarded[1]
    return mail.header("from")
