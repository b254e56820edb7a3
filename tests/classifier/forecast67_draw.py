"""Forecast 67's draw: (language, reason, layout) by random.Random(67), uniform on each axis, so that the sample of
NON-ENGLISH notices is stratified by nobody's choice. Run `python tests/classifier/forecast67_draw.py` to print it.

Languages: de fr es it pt nl pl sv ru ja zh. Reasons (the families a sales team meets): userunknown, mailboxfull,
hostunknown, suspend (disabled / inactive), mesgtoobig, rejected/blocked, expired/onhold. Layouts: a plain DSN whose
reason sits only in its Diagnostic-Code; a prose notice only (no DSN part); a multipart/report whose human part, in the
language, carries the reason (the DSN has a Status and no Diagnostic-Code); an Exchange / Outlook NDR; a Postfix-style
bounce with a localized preface (as Yandex writes its Russian one above Postfix's English text).

A draw is kept only where a SOURCE gives the wording: a server's or provider's own localized text, or the reply a
provider of that language publishes on its help pages as what its senders meet (review_forecast67.WORDINGS, one per
(language, reason), each citing where it was found with the search tool). Frames that carry no reason (a preface, the
labels of a plain DSN) may be our translation and say so; an Exchange NDR's explanation names the reason in its own
words, so that layout is kept only in the languages where a source showed Exchange's own text (de, es, fr). Skipped
draws keep their index (SKIPPED, with why) and the draw goes on, so the table stays reproducible. Draws 0-99 are
the first batch (review_forecast67), 100-199 the second (review_forecast67_b), each committed before its own run; the
wordings found between them serve the second only (SOURCED2)."""

from __future__ import annotations

import random

LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "sv", "ru", "ja", "zh"]
REASONS = ["userunknown", "mailboxfull", "hostunknown", "suspend", "mesgtoobig", "rejected/blocked", "expired/onhold"]
LAYOUTS = ["plain DSN", "prose only", "multipart/report localized", "Exchange NDR", "Postfix localized preface"]
EXCHANGE_LANGS = ("de", "es", "fr")

# (language, reason) pairs for which a source gave a wording; layouts a wording is restricted to (None: any). Kept
# beside the draw so that the skips are computed, not hand-listed; review_forecast67.WORDINGS holds the words.
SOURCED: dict[tuple[str, str], tuple[str, ...] | None] = {
    ("de", "userunknown"): None, ("de", "mailboxfull"): None, ("de", "suspend"): None, ("de", "mesgtoobig"): None,
    ("de", "rejected/blocked"): None, ("de", "hostunknown"): None,
    ("fr", "userunknown"): None, ("fr", "hostunknown"): None, ("fr", "mailboxfull"): None, ("fr", "mesgtoobig"): None,
    ("fr", "rejected/blocked"): None,
    ("es", "userunknown"): None, ("es", "mailboxfull"): None,
    ("it", "userunknown"): None, ("it", "mailboxfull"): None, ("it", "expired/onhold"): None,
    ("it", "hostunknown"): None,
    ("pt", "userunknown"): None, ("pt", "hostunknown"): None, ("pt", "mailboxfull"): None, ("pt", "mesgtoobig"): None,
    ("nl", "userunknown"): None, ("nl", "hostunknown"): None, ("nl", "expired/onhold"): None,
    ("nl", "mailboxfull"): None, ("nl", "rejected/blocked"): None,
    ("pl", "userunknown"): None, ("pl", "mailboxfull"): None, ("pl", "rejected/blocked"): None, ("pl", "suspend"): None,
    ("sv", "userunknown"): None, ("sv", "mailboxfull"): None, ("sv", "suspend"): None, ("sv", "expired/onhold"): None,
    ("ru", "userunknown"): None, ("ru", "suspend"): None, ("ru", "mailboxfull"): None,
    ("ru", "hostunknown"): ("Postfix localized preface",), ("ru", "expired/onhold"): ("Postfix localized preface",),
    ("ja", "userunknown"): None, ("ja", "rejected/blocked"): None, ("ja", "hostunknown"): None,
    ("ja", "mailboxfull"): None, ("ja", "mesgtoobig"): None,
    ("zh", "userunknown"): None, ("zh", "mailboxfull"): None, ("zh", "mesgtoobig"): None, ("zh", "suspend"): None,
    ("zh", "rejected/blocked"): None, ("zh", "expired/onhold"): None,
    ("zh", "hostunknown"): ("prose only", "multipart/report localized", "Postfix localized preface"),
}
# Exchange's own localized explanation seen for these reasons only (es: the unknown recipient and the full box).
EXCHANGE_REASONS = {"es": ("userunknown", "mailboxfull")}
# The second batch (draws 100-199, written and committed after the first batch's run, before its own): the sources
# found after the first batch serve it only, so that the first stays as it was run. A German provider's own expiry
# (IONOS), Aruba's own spam refusal, Exchange's Portuguese NDR for a remote server's refusal.
BATCH2 = 100
SOURCED2: dict[tuple[str, str], tuple[str, ...] | None] = {("de", "expired/onhold"): None, ("it", "rejected/blocked"): None}
EXCHANGE_LANGS2 = ("pt",)
# Wordings that are another MTA's OWN text (not a remote reply an Exchange server would quote): no Exchange NDR.
OWN_TEXT = {("de", "hostunknown"), ("fr", "hostunknown"), ("it", "expired/onhold"), ("it", "hostunknown"),
            ("pt", "hostunknown"), ("nl", "hostunknown"), ("nl", "expired/onhold"), ("sv", "expired/onhold"),
            ("ru", "hostunknown"), ("ru", "expired/onhold"), ("ja", "hostunknown"), ("ja", "mesgtoobig"),
            ("zh", "hostunknown"), ("zh", "expired/onhold"), ("de", "expired/onhold")}


def skip_cause(lang: str, reason: str, layout: str, i: int = 0) -> str | None:
    """Why draw `i` is skipped (None: kept)."""
    sourced = {**SOURCED, **SOURCED2} if i >= BATCH2 else SOURCED
    if (lang, reason) not in sourced:
        return f"no sourced {lang} wording for {reason}"
    only = sourced[(lang, reason)]
    if only is not None and layout not in only:
        return f"the {lang} {reason} wording needs a human part in the language; none in a {layout}"
    if layout != "Exchange NDR":
        return None
    if lang not in EXCHANGE_LANGS + (EXCHANGE_LANGS2 if i >= BATCH2 else ()):
        return f"no sourced Exchange NDR text in {lang}"
    if reason not in EXCHANGE_REASONS.get(lang, REASONS):
        return f"no sourced Exchange {lang} explanation for {reason}"
    if i >= BATCH2 and (lang, reason) in OWN_TEXT:
        return f"the {lang} {reason} wording is another MTA's own text, which no Exchange NDR quotes"
    return None


def draws(total: int = 100, seed: int = 67) -> list[tuple[int, str, str, str, str | None]]:
    """Every draw (index, language, reason, layout, skip cause) in order."""
    rng = random.Random(seed)
    out = []
    for i in range(total):
        lang, reason, layout = rng.choice(LANGS), rng.choice(REASONS), rng.choice(LAYOUTS)
        out.append((i, lang, reason, layout, skip_cause(lang, reason, layout, i)))
    return out


def draw(total: int = 100, seed: int = 67, start: int = 0) -> list[tuple[int, str, str, str]]:
    """The kept draws from `start` on."""
    return [(i, lang, reason, layout) for i, lang, reason, layout, cause in draws(total, seed)
            if cause is None and i >= start]


SKIPPED = {i: cause for i, _l, _r, _y, cause in draws(200) if cause}


if __name__ == "__main__":
    for row in draws(200):
        print(*row, sep=" | ")
