"""A bounce whose human-readable part is in another language, or that storage or a gateway
truncated, classifies the same (metamorphic tests; variants built in langtrunc.py).

A. Exchange/Microsoft 365, Gmail, Domino and others write the human part of an RFC 3464
   report in the sender's language; the message/delivery-status part stays as it is. Where
   every failed recipient's block carries a Status and a Diagnostic-Code the report holds the
   facts, so the localised message (de fr es it pt nl pl sv ru ja zh, HAND-MADE sentences)
   must read the same recipients, reasons, hard/soft and original Message-ID. Where the
   English text carries what the report lacks (`_ENGLISH_ONLY`: the SMTP stage, a transcript,
   Dovecot's own rejection reason, nullmailer's one-reply-for-all notice), the classifier may
   legitimately read a different reason; those keep recipients and Message-ID, and read as the
   same report beside a neutral English notice does (the language itself must not matter).
B. Truncations: the returned original removed, the message cut in the middle of the original
   (no closing boundary), the original replaced by text/rfc822-headers of its first 5 fields.
   Same recipients, reasons and hard/soft; the original's Message-ID may be lost only where
   the cut removed it.

Sample: every labelled corpus bounce, hand-made fixture and real-server notice (the address-
invariance sample); all 11 languages on the 156 of the first round's sample (test_transport_
invariance.py) that take them, two languages in turn on the other 119. Figures at the time of
writing: 275 messages localised, 177 of them under `_ENGLISH_ONLY`, 18 of which read
differently from the untouched message (each as the English control reads: the difference is
the English text's); no other changed. Truncations: no_original 378 applicable, cut_original
375, headers_5 254; changed before the fix of engine.original_of (a Message-ID cut mid-value
read as a fragment): 5, 6, 3; after: 5, 2, 3, all the KNOWN below.
"""

from __future__ import annotations

import functools
import re


from tests.classifier import langtrunc
from tests.classifier.invariance import Reading, EVERY_BOUNCE as SAMPLE, FIRST_ROUND, grid_tests, message, reading
from tests.classifier.transport import notice_parts, parse

LANGS = langtrunc.LANGS

TRUNCATIONS = ("no_original", "cut_original", "headers_5")

# English text that carries a fact the delivery-status part lacks, read by the classifier:
# the SMTP stage (Postfix's '(in reply to RCPT TO command)', Exim's 'SMTP error from remote
# mail server after EHLO', a Sendmail/Courier transcript '>>> DATA' / '<<< 554 ...'), the local
# delivery agent's own reason (Dovecot's rejection_reason 'Your message to <%t> was
# automatically rejected:%n%r', relayed under a Sendmail Diagnostic-Code), and the generator
# itself where only its text names it (nullmailer's one reply reported for every recipient).
_ENGLISH_ONLY = re.compile(
    r"in\s+reply\s+to\s+(?:rcpt\s+to|mail\s+from|end\s+of\s+data|data)\b"
    r"|\bafter\s+(?:ehlo|helo|mail\s+from|rcpt\s+to|end\s+of\s+data|data)\b"
    r"|^[ \t]*(?:<<<|>>>)[ \t]|was\s+automatically\s+rejected:|this\s+is\s+the\s+nullmailer\s+delivery\s+system",
    re.I | re.M)

_ONLY_IN_ORIGINAL = ("the report names no recipient ('Delivery report unavailable'): the original's To was the only "
                     "one, and the cut removed it (the notice is then read as no bounce: left alone)")
_UNQUALIFIED = ("the report names the recipient by login name only ('Final-Recipient: RFC822; jdoe'); its domain "
                "came from the original's To, which the cut removed")
_QUOTED_HEADERS = ("Exchange quotes the original's headers in the notice text ('Original message headers:'), where "
                   "the Message-ID is read once the original is gone; the anonymised corpus copy gives the two "
                   "different ids")
_TWO_BOUNCES = ("the corpus file holds a second bounce after the first's closing boundary; without the original the "
                "last-resort body search finds that bounce's own Message-Id")
KNOWN: dict[tuple[str, str], str] = {
    ("no_original", "corpus/bsd__lhost-exchange2007-02.eml"): _QUOTED_HEADERS,
    ("headers_5", "corpus/bsd__lhost-exchange2007-02.eml"): _QUOTED_HEADERS,
    ("no_original", "corpus/bsd__lhost-exchange2007-04.eml"): _QUOTED_HEADERS,
    ("cut_original", "corpus/bsd__lhost-exchange2007-04.eml"): _QUOTED_HEADERS,
    ("headers_5", "corpus/bsd__lhost-exchange2007-04.eml"): _QUOTED_HEADERS,
    ("no_original", "corpus/bsd__rhost-cox-01.eml"): _TWO_BOUNCES,
    ("no_original", "corpus/bsd__lhost-postfix-64.eml"): _ONLY_IN_ORIGINAL,
    ("headers_5", "corpus/bsd__lhost-postfix-64.eml"): _ONLY_IN_ORIGINAL,
    ("no_original", "fixtures/srv-dsn-unqualified-final-recipient.eml"): _UNQUALIFIED,
    ("cut_original", "fixtures/srv-dsn-unqualified-final-recipient.eml"): _UNQUALIFIED,
}


@functools.cache
def baseline(key: str) -> Reading:
    return reading(message(key))


def english_only(raw: bytes) -> bool:
    """The human part (text outside the report and the original) carries `_ENGLISH_ONLY` text."""
    for part in notice_parts(parse(raw)):
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_multipart():
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and _ENGLISH_ONLY.search(data.decode("latin-1")):
                return True
    return False


@functools.cache
def _english_control(key: str) -> Reading:
    """The reading of the report beside a neutral English notice naming the recipients."""
    changed, _ = langtrunc.localised(message(key), "en")
    assert changed is not None
    return reading(changed)


@functools.cache
def variant(name: str, key: str) -> tuple[bytes | None, str | None, bool]:
    """The variant's message or None and why; whether the original's Message-ID must stay."""
    raw = message(key)
    if name in langtrunc.LANGS:
        changed, why = langtrunc.localised(raw, name)
        return changed, why, True
    if name == "no_original":
        changed, why = langtrunc.no_original(raw)
        return changed, why, False
    return getattr(langtrunc, name)(raw)


# Every language on the first round's sample (test_transport_invariance.py); on the rest of
# this sample two languages a message, in turn, to keep the run short.
_ROTATION = {key: {LANGS[(2 * i) % len(LANGS)], LANGS[(2 * i + 1) % len(LANGS)]} for i, key in enumerate(SAMPLE)}


def _pairs() -> list[tuple[str, str]]:
    """Every truncation on every message, every language on the first round's, the rotation's two on the rest; a
    variant that cannot apply (no report to translate, no original to cut) says so (`variant`): not compared."""
    return [(name, key) for name in LANGS + TRUNCATIONS for key in SAMPLE
            if name not in LANGS or key in FIRST_ROUND or name in _ROTATION[key]]


def _broken(name: str, key: str) -> str | None:
    changed, _, keeps_id = variant(name, key)
    if changed is None:
        return None
    before, after = baseline(key), reading(changed)
    if name in LANGS and english_only(message(key)):
        # The reason may come from the English text; who failed and the original may not,
        # and the language of a notice that says no more than the report must not matter.
        if (after[0], [d[0] for d in after[1]], after[2]) != (before[0], [d[0] for d in before[1]], before[2]):
            return f"who failed: {before} -> {after}"
        control = _english_control(key)
        return None if after == control else f"the English control's {control} -> {after}"
    if after[:2] != before[:2]:
        return f"{before} -> {after}"
    if (keeps_id or after[2] is not None) and after[2] != before[2]:
        return f"the original's Message-ID {before[2]} -> {after[2]}"
    return None


test_language_and_truncation_keep_the_reading, test_known_changes = grid_tests(_pairs(), KNOWN, _broken)


def test_the_variants_apply_to_most_of_the_sample():
    """So a changed sample or a broken transform cannot skip every case silently."""
    counts = {name: sum(variant(name, key)[0] is not None for key in SAMPLE) for name in ("de",) + TRUNCATIONS}
    assert counts["de"] >= 200 and counts["no_original"] >= 300 and counts["headers_5"] >= 200
    assert counts["cut_original"] >= 300


def test_the_localised_notice_names_every_recipient_and_no_english():
    text = langtrunc.notice_text("ja", ["a@x.example", "b@x.example"])
    assert "a@x.example" in text and "b@x.example" in text
    assert not re.search(r"[A-Za-z]{3,}", text.replace("a@x.example", "").replace("b@x.example", ""))


def test_a_cut_keeps_the_message_id_only_when_its_line_is_whole():
    assert langtrunc._has_message_id("From: a@x\nMessage-ID: <1@x>\nTo: b@x\n")
    assert not langtrunc._has_message_id("From: a@x\nMessage-ID: <1@x")


def test_english_only_finds_the_smtp_stage():
    raw = (b"Content-Type: text/plain\n\n<a@x.example>: host x said: 550 5.1.1 User unknown (in reply to RCPT TO"
           b" command)\n")
    assert english_only(raw)
    assert not english_only(b"Content-Type: text/plain\n\nDelivery to a@x.example failed.\n")
