"""The hundred-and-sixty-sixth review's notices (tests/classifier/review_notices166.py): an adversarial audit of review
162's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices166 import ROWS

_IMPERFECT = ("the absence in the imperfect ('no existía', 'n'existait pas') is none of lexicon's absence words: a bare "
              "'550 El destinatario no existía' / '550 L'adresse n'existait pas' reads onhold on main too (Italian 'non "
              "esisteva' and English 'no longer existed' read hard); the comma ends the 'Cuando / Lorsque' clause, so "
              "not review 162's condition words; soft (no false hard); lexicon.py is at its 450 lines and cause_clauses."
              "_ABSENCE would need the same forms (else a condition would not cover them: a false hard), so left for a "
              "review of past-tense absences")
_DELETED = ("the hard reading is lexicon's of 'the account was deleted' (a deletion), which no 'When ...' governs for it: "
            "main reads '550 5.7.1 Message refused by policy. When the account is deleted contact the postmaster' "
            "userunknown, hard, in the PRESENT too, while 'If the account was deleted ...' reads policyviolation; older "
            "than review 162's _TOLD (which this review narrowed: cause_clauses now reads the row's 'does not exist' "
            "conditioned, only_conditioned True), and the deletion's own condition words are another module's "
            "(departures / deletion_dates); a false hard left for a review of deletions under 'when'")
JUDGEMENT: dict[str, str] = {
    "r166-told-es-cuando-comma-no-existia": _IMPERFECT,
    "r166-told-fr-lorsque-comma-n-existait-pas": _IMPERFECT,
    "r166-told-cond-en-when-was-deleted-or-does-not-exist": _DELETED,
}

test_review_notices166, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 79)
