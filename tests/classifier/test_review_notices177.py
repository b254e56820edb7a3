"""The hundred-and-seventy-seventh review's notices (tests/classifier/review_notices177.py): an adversarial audit of
review 174's mends (absent_things' thing nouns, cause_clauses' condition words, past_absences' words between and
VERB_LAST, outcome_words' refusal words and 5xx first tries). One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices177 import ROWS

JUDGEMENT: dict[str, str] = {
    "r177-nocond-de-gilt-als-nicht-existent": (
        "onhold, older than review 174 (main the same, no condition word involved): lexicon reads no 'gilt als nicht "
        "existent' (is deemed non-existent) under a bare 550; a rare phrasing in a server's reply, and lexicon.py is at "
        "its 450 lines: left for a review of German 'gilt als' statements"),
    "r177-nocond-de-da-adresse-als-ungueltig-gilt": (
        "onhold, older than review 174 (main the same): verb_final's verb-last 'ungültig ist / sei' lacks 'als ungültig "
        "gilt' (is deemed invalid) after 'da'; 'invalid' under a bare 550 is arguably userunknown (5.1.3), debatable "
        "enough to leave with the row above"),
}

test_review_notices177, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
