"""The hundred-and-seventy-ninth review's notices (tests/classifier/review_notices179.py): an adversarial audit of
review 177's mends (cause_clauses' condition words, absent_things.subject_before, past_absences' words between and
VERB_LAST, outcome_words' receipts and retries). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices179 import ROWS

JUDGEMENT: dict[str, str] = {
    "r179-mend-c-sv-informeras-om-att-adress-inte-fanns": (
        "read OUR sender's (rejected, sender scope), soft: lexicon's sender check takes 'Avsändaren ... fanns inte' as "
        "the sender said missing though 'mottagarens adress' is the subject; main reads the main-clause order the same "
        "('Avsändaren informeras: mottagarens adress fanns inte' -> rejected, sender), and this order read onhold before "
        "review 179's subordinate-order words; a Swedish genitive recipient between the sender word and the absence is "
        "lexicon's sender check (at 450 lines): left for a review of Scandinavian sender words"),
}

test_review_notices179, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
