"""The hundred-and-eightieth review's notices (tests/classifier/review_notices180.py): an adversarial audit of review
178's mends (summary count lines, refusals of nothing, our sender greeted or asked and answered, a reply far below an
address). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices180 import ROWS

# (Review 185 mended r180-greet-de-sperrliste-frage-nein: denied_mentions._ANSWERED_LIST reads a block list question
# answered no as no listing; Sisimai 4.25 read it userunknown, hard. An ordinary row now.)
# (Review 186 mended r180-below-de-fehlgeschlagen-0-von-1-angenommen and r180-below-c-de-fehlgeschlagen-0-weitere-versuche:
# formats/failure_said's German failure words, the notice no longer a success report only. Ordinary rows now.)
# (Session 31 mended r180-below-c-retry-limit-0-attempts-left, r180-b2-below-bounce-rate-50-percent and
# r180-b2-below-retries-exhausted: formats/failure_said's count of bounces and tries given up, the notice no longer a
# success report only. Ordinary rows now; review 187 holds their controls.)
JUDGEMENT: dict[str, str] = {}

test_review_notices180, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 105)
