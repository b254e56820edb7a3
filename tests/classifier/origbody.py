"""What our users' own mail puts inside a bounce: the returned original's body, as functions
`bytes -> bytes` (tests/classifier/test_original_body_invariance.py).

A bounce returns the message that failed, whole or in part. For our users that message is a
sales email: a pitch, a follow-up quoting the prospect's last reply, a signature full of
addresses and phone numbers, words like "unsubscribe", "full", "no longer", "does not exist"
and numbers like 550. None of that is the bounce's own text: who failed, why and how hard
must not change when the original's body says something else. Each transform writes one such
body into the returned original, where the bounce returns one:

- attached (message/rfc822, message/global): the first text/plain part of the returned message,
  or its single text body, gets the text appended (7bit/8bit bodies only: an encoded body is
  left alone and the message counts as "nothing of this kind");
- quoted inline (a text/plain notice that quotes the original's header block and body below
  the notice, as qmail, Exim, Courier and many appliances do): the text goes at the end of
  the part, where the quoted body ends;
- the original's Subject, replaced wherever the bounce repeats it (its own "Undeliverable:
  ..." Subject, the attached or quoted header block) by a rep's subject line that uses the
  words of notices and auto-replies ("Re: Automatic reply: Delivery failure on ...").

The texts are HAND-MADE after ordinary sales mail and replies; they name other people's
addresses on purpose (a colleague in copy, the prospect quoted in a thread).
"""

from __future__ import annotations

import re
from email.message import Message

from tests.classifier.transport import Transform, _edit, _source, notice_parts

SALES_EN = """
Hi Anna,

Following up on my note from last week. If you are not the right person, or this address no
longer exists on your side, just reply "not me" and I will remove you. I know your mailbox is
probably full of vendor pitches, so I will keep it short: we cut bounce rates by 550 basis
points for teams like yours, and our spam-free sequences never hit a blocklist.

Happy to loop in my colleague Jane Park <jane.park@bounce-lab.test>, or book a slot at
https://cal.bounce-lab.test/sam. Direct line: +1 (550) 421-5511.

Best,
Sam Sales | Account Executive | sam.sales@bounce-lab.test
Unsubscribe: mailto:unsubscribe@bounce-lab.test?subject=unsubscribe
"""

THREAD = """
Thanks Marco, I will pass this to our new head of operations.

On Tue, 3 Nov 2026 at 10:12, Marco Rossi <marco.rossi@prospect-co.example> wrote:
> Please remove me from your list. This mailbox will be deactivated at the end
> of the month and the account is suspended already; user unknown after that.
> My colleague lucia.bianchi@prospect-co.example handles vendors now.
> Mailbox full, quota exceeded, message rejected as spam by our filter, sorry.
>
> ----- Original message -----
> From: Sam Sales <sam.sales@bounce-lab.test>
> To: Marco Rossi <marco.rossi@prospect-co.example>
> Subject: Quick question about your delivery stack
>
> Hi Marco, does your team still use the old mail host?
"""

SALES_INTL = """
Hallo Herr Becker,

falls Ihr Postfach voll ist oder diese Adresse nicht mehr existiert, antworten Sie einfach
kurz. Ist der Empfänger unbekannt, melden Sie sich bei meiner Kollegin Petra Lange
<petra.lange@bounce-lab.test>.

Bonjour Madame Martin, si votre boîte aux lettres est pleine ou si l'adresse n'existe pas,
répondez « non ». Destinataire inconnu ? Écrivez à claire.dubois@bounce-lab.test.

Mit freundlichen Grüßen / Cordialement,
Sam Sales
"""

MENTIONS_BOUNCE = """
Hi again Anna,

My first email went to your old address and came back with "550 5.1.1 User unknown", so I am
trying this one. Our own mail server said: Delivery to the following recipient failed
permanently: anna.old@prospect-co.example. Sorry if this reaches you twice!

Sam
"""

# A header block quoted in a plain-text notice: a Subject line and a From or Message-ID line.
_QUOTED_SUBJECT = re.compile(r"(?im)^[ \t>]{0,4}subject:")
_QUOTED_OTHER = re.compile(r"(?im)^[ \t>]{0,4}(?:from|message-id):")
_PLAIN_CTE = ("", "7bit", "8bit", "binary")


def _cte(part: Message) -> str:
    return str(part.get("content-transfer-encoding", "")).strip().lower()


def _writable(part: Message, payload: str, text: str) -> bool:
    """Can the stdlib's generator write the body back with `text` added as 8-bit UTF-8? Not
    where the parser already decoded the body to Unicode, nor UTF-8 under another charset."""
    try:
        payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return False
    return text.isascii() or part.get_content_charset() in (None, "us-ascii", "utf-8")


def _append(part: Message, text: str) -> bool:
    """`text` after the body of a text leaf sent as plain 7/8-bit text; False where it is not."""
    payload = part.get_payload()
    if not isinstance(payload, str) or _cte(part) not in _PLAIN_CTE or not _writable(part, payload, text):
        return False
    part.set_payload(payload.rstrip("\n") + "\n" + _source(text.lstrip("\n")))  # UTF-8 as 8-bit bytes
    return True


def _text_leaf(msg: Message) -> Message | None:
    """The first text/plain leaf of a returned message (itself when it is a single text body)."""
    if not msg.is_multipart():
        return msg if msg.get_content_maintype() == "text" else None
    for part in msg.walk():
        if not part.is_multipart() and part.get_content_type() == "text/plain":
            return part
    return None


def _attached(msg: Message, text: str) -> bool:
    for part in notice_parts(msg):
        if part.get_content_type() not in ("message/rfc822", "message/global"):
            continue
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload and isinstance(payload[0], Message) else None
        leaf = _text_leaf(inner) if inner is not None else None
        if leaf is not None and _append(leaf, text):
            return True
    return False


def _quoted(msg: Message, text: str) -> bool:
    """Appended to the last plain-text notice part that quotes the original's header block."""
    if any(p.get_content_type() in ("message/rfc822", "message/global") for p in notice_parts(msg)):
        return False  # the original is attached: the attached transform covers it
    for part in reversed(list(notice_parts(msg))):
        if part.get_content_type() != "text/plain" or part.is_multipart():
            continue
        body = part.get_payload()
        if not isinstance(body, str):
            continue
        subject = _QUOTED_SUBJECT.search(body)
        if subject is not None and _QUOTED_OTHER.search(body) and _append(part, text):
            return True
    return False


def _body(text: str) -> Transform:
    def transform(raw: bytes) -> bytes:
        return _edit(raw, lambda msg: _attached(msg, text) or _quoted(msg, text))
    return transform


TRANSFORMS: dict[str, Transform] = {
    "sales_en": _body(SALES_EN),
    "thread": _body(THREAD),
    "sales_intl": _body(SALES_INTL),
    "mentions_bounce": _body(MENTIONS_BOUNCE),
}


# ----------------------------------------------------------------- the original's Subject

# A rep's subject lines, HAND-MADE, with the words of notices and auto-replies in them. A
# bounce carries the original's Subject in its own ("Undeliverable: ...", "Returned mail: ...")
# and in the quoted or attached header block.
SUBJECTS = {
    "subject_ooo": "Out of Office next week? Quick question about your Q3 plans",
    "subject_autoreply": "Re: Automatic reply: Delivery failure on your supplier invoices",
    "subject_verify": "Please verify: is this still your address? (undeliverable mail costs you)",
    "subject_bounce": "Returned mail: see how we stop Mail Delivery Failures for good",
}
_SUBJECT_LINE = re.compile(rb"(?im)^[ \t>]{0,4}subject:[ \t]*([^\r\n]{10,200})\r?$")


def _original_subject(raw: bytes) -> bytes | None:
    """The original's Subject as its bytes stand in the bounce: the last header block's Subject
    line (the original comes last), where it also appears elsewhere, plain ASCII and specific
    enough (10 characters or more) to be replaced wherever it occurs."""
    lines = _SUBJECT_LINE.findall(raw)
    if len(lines) < 2:
        return None  # only the bounce's own Subject: no original's to change
    subject = lines[-1].strip()
    if not subject.isascii() or b"=?" in subject or raw.count(subject) > 6:
        return None
    return subject


def _subject(new: str) -> Transform:
    def transform(raw: bytes) -> bytes:
        old = _original_subject(raw)
        return raw.replace(old, new.encode()) if old else raw
    return transform


TRANSFORMS.update({name: _subject(text) for name, text in SUBJECTS.items()})
