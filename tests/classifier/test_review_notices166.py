"""The hundred-and-sixty-sixth review's notices (tests/classifier/review_notices166.py): an adversarial audit of review
162's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices166 import ROWS

_DELETED = ("the hard reading is lexicon's of 'the account was deleted' (a deletion), which no 'When ...' governs for it: "
            "main reads '550 5.7.1 Message refused by policy. When the account is deleted contact the postmaster' "
            "userunknown, hard, in the PRESENT too, while 'If the account was deleted ...' reads policyviolation; older "
            "than review 162's _TOLD (which this review narrowed: cause_clauses now reads the row's 'does not exist' "
            "conditioned, only_conditioned True), and the deletion's own condition words are another module's "
            "(departures / deletion_dates); a false hard left for a review of deletions under 'when'")
# (Reviews 170 and 173: the imperfect's rows, "no existía" / "n'existait pas", read hard since classifier/past_absences.py:
# ordinary rows now.)
JUDGEMENT: dict[str, str] = {
    "r166-told-cond-en-when-was-deleted-or-does-not-exist": _DELETED,
}

test_review_notices166, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 79)
