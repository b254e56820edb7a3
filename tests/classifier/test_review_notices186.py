"""The hundred-and-eighty-sixth review's notices (tests/classifier/review_notices186.py): an adversarial audit of
reviews 182-184's mends and the lead's grid mends after them (the auto-reply/bounce gate, relayed_failures, reply_rests,
success_sentences' summary line) and review 180's known hole (a failure line in another language under kim read kim
delivered). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices186 import ROWS

# (Session 31 mended r186-ack-en-wrapped-before-has-been: hints._GAP, the period of a company form or "regarding" a
# request's title holds is no sentence's end inside an acknowledgement, "Partner Inc." / "has been received". An
# ordinary row now; review 187 holds its twins.)
JUDGEMENT: dict[str, str] = {}

test_review_notices186, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 74)
