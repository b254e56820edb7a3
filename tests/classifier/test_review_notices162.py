"""The hundred-and-sixty-second review's notices (tests/classifier/review_notices162.py): an adversarial audit of review
160's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices162 import ROWS

_SI = ("ASCII Spanish 'si' for 'sí' ('El dominio si existe pero el buzon ... no existe'): the same letters open a "
       "condition ('si existe algún problema', 'si el dominio existe pero el buzón no existe, ...'); without the accent "
       "the words do not tell which, so the condition's reading (onhold, soft) is kept: the cautious side")
_STAGELESS = ("an English absence under a bare 5.0.0 in a layout that names no SMTP stage (Gmail's, Exchange Online's "
              "quoted reply) reads filtered by the project's stage rule (reasons._is_userunknown: sisimai's 'a refusal "
              "whose stage the bounce does not name falls to filtered'); a plain '550 The recipient address does not "
              "exist' reads the same there, so not the condition words' doing (the relayed row, stage RCPT, reads "
              "userunknown, hard)")
_NONE = ("a heading-only success report ('Delivered to:' / lead, then a 'Failed: none' field) reads a bounce on the "
         "delivered lead (onhold, soft) in EVERY language, English too, and without the field at all (intros."
         "only_delivered asks for a delivery sentence and no failure word; a sentence above does not help while "
         "'Failed: none' stands): older than review 160 and not its failed words; "
         "soft, so no false hard; left for a review of heading-only success reports")
JUDGEMENT: dict[str, str] = {
    "r162-stated-es-si-existe-ascii": _SI,
    "r162-stated-es-si-existe-ascii-gmail": _SI,
    "r162-stated-es-si-existe-ascii-exo": _SI,
    "r162-stated-en-should-this-notice-means-gmail": _STAGELESS,
    "r162-stated-en-should-this-notice-means-exo": _STAGELESS,
    "r162-stated-en-when-temporal-gmail": _STAGELESS,
    "r162-stated-en-when-temporal-exo": _STAGELESS,
    "r162-mixed-de-none-fehlgeschlagen": _NONE,
    "r162-mixed-fr-none-echoues": _NONE,
    "r162-mixed-es-none-fallidos": _NONE,
    "r162-mixed-c-en-none-failed": _NONE,
}

test_review_notices162, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
