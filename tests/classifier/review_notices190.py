"""The hundred-and-ninetieth review: a small ADVERSARIAL PROBE of review 188's widened failure words (FALSE HARDS on
success-only reports). Review 188 widened formats/failure_said.FAILURE_SAID (counts of bounces, GIVEN_UP, EXCEPTED)
and summary_counts.BOUNCES, which success_sentences._NOT takes as a negation of a success sentence. Suspected: a
success sentence that says the mail went through WITHOUT failures ("entregado correctamente sin rebotes", "delivered
to all recipients without bounces", "ohne Bounces zugestellt", "remis sans rebond", "consegnato senza rimbalzi",
"zonder bounces afgeleverd") now reads negated, a bounce on delivered prospects. CONTROLS: a real failure of kim
under such a sentence, or a success sentence's "without success", must stay a failure.

Findings (20 rows, committed before they ran; main at 2107f46): 12 misread. FALSE HARDS (11): success-only reports
read a bounce (lead and kim onhold) under "sin rebotes" (2), "without bounces", "without failures", "without any
bounce", "ohne Bounces", "sans rebond", "senza rimbalzi", "zonder bounces" (review 188's BOUNCES in _NOT), Exchange's
heading "succeeded without errors." (FAILURE_SAID's "error"), and "wurde ohne Fehler an alle Empfänger zugestellt:"
(older: five words between "wurde" and "zugestellt", past _SAID's four; its row is mislabelled a control read right
before). One control misread: the Spanish mixed report named the delivered lead too ("sin rebotes" negated its
sentence). Mended all 12: failure_said.NO_FAILURE (a failure word after "without / with no / sans / senza / sin /
ohne / zonder": no failure said, in said_failed and success_sentences._WITHOUT_ERROR), success_sentences._said reads
_SAID on the text _WITHOUT_ERROR left. No xfails.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE after RFC 3461 §4.1 (NOTIFY=SUCCESS:
a report of delivery alone), Postfix bounce(5)'s success template (a site's own sentences, translated) and
Exchange's delivery reports ("Delivery to the following recipients succeeded."); the "without ..." wordings are by
hand (weak). test_review_notices190.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit import CTL, NB, SUBJECTS, row_maker, tag
from tests.classifier.review_notices163 import EXCHANGE, LEAD, SRC, WHY
from tests.classifier.review_notices167 import FAILED
from tests.classifier.review_notices50_sources import KIM, hard

ROWS: list[tuple] = []
_r = row_maker(190)
WITHOUT = SRC + "; a success sentence saying the delivery went through without failures (by hand: weak)"

# ---- A. success-only reports whose success sentence denies any failure: no bounce (FALSE HARD attacks) -------------
# (key: (language, success sentence over lead and kim)); "c-" keys were read right before review 188 (_WITHOUT_ERROR).
SENTENCES = {
    "es-sin-rebotes": ("es", "El mensaje se entregó correctamente a todos los destinatarios, sin rebotes:"),
    "es-entregado-sin-rebotes": ("es", "Su mensaje ha sido entregado correctamente sin rebotes a:"),
    "en-without-bounces": ("en", "Your message was delivered to all recipients without bounces:"),
    "en-without-failures": ("en", "Your message was delivered to all recipients without failures:"),
    "en-without-any-bounce": ("en", "Your message was successfully delivered, without any bounce, to:"),
    "c-en-without-errors": ("en", "Your message was delivered to all recipients without errors:"),
    "de-ohne-bounces": ("de", "Ihre Nachricht wurde ohne Bounces an alle Empfänger zugestellt:"),
    "c-de-ohne-fehler": ("de", "Ihre Nachricht wurde ohne Fehler an alle Empfänger zugestellt:"),
    "fr-sans-rebond": ("fr", "Le message a été remis sans rebond à tous les destinataires :"),
    "c-fr-sans-erreur": ("fr", "Le message a été remis sans erreur à tous les destinataires :"),
    "it-senza-rimbalzi": ("it", "Il messaggio è stato consegnato senza rimbalzi a tutti i destinatari:"),
    "c-it-senza-errori": ("it", "Il messaggio è stato consegnato senza errori a tutti i destinatari:"),
    "nl-zonder-bounces": ("nl", "Uw bericht is zonder bounces afgeleverd bij alle ontvangers:"),
    "c-nl-zonder-fouten": ("nl", "Uw bericht is zonder fouten afgeleverd bij alle ontvangers:"),
}
for key, (lang, sentence) in SENTENCES.items():
    ROWS.append(_r(f"ok-{key}", NB + tag(key) + f" ('{sentence}' over lead and kim: both delivered)",
                   f"{sentence}\n{LEAD}\n{KIM}", expected=[], subject=SUBJECTS[lang], source=WITHOUT))
# A2. Exchange's heading with a period (no list intro: only the whole notice's reading, intros.only_delivered, knows it).
HEADINGS = {
    "en-heading-without-errors": "Delivery to the following recipients succeeded without errors.",
    "en-heading-without-bounces": "Delivery to the following recipients succeeded without bounces.",
}
for key, heading in HEADINGS.items():
    ROWS.append(_r(f"ok-{key}", NB + f" ('{heading}' / lead and kim indented: both delivered)",
                   f"{heading}\n\n       {LEAD}\n       {KIM}\n", expected=[], subject=SUBJECTS["en"],
                   source=WITHOUT + "; " + EXCHANGE))

# ---- B. CONTROLS: kim failed, must stay a failure (hard: 550 5.1.1 user unknown) -----------------------------------
MIXED = {
    "es": "El mensaje se entregó correctamente sin rebotes a:",
    "en": "Your message was delivered without bounces to:",
    "de": "Ihre Nachricht wurde ohne Fehler zugestellt an:",
}
for lang, ok in MIXED.items():
    ROWS.append(_r(f"mixed-{lang}", CTL + f" ('{ok}' over lead, then '{FAILED[lang].strip()}' over kim with 550 "
                   "5.1.1: kim hard, lead unnamed)", f"{ok}\n{LEAD}\n\n{FAILED[lang]}{KIM}{WHY}", source=WITHOUT))
ROWS.append(_r("sin-exito", CTL + " ('El mensaje se entregó sin éxito a:' / kim / 550 5.1.1: 'without success' is a "
               "failure: kim hard)", f"El mensaje se entregó sin éxito a:\n{KIM}{WHY}", to=KIM, expected=hard(KIM),
               source=WITHOUT))
