"""The hundred-and-eighty-second review's notices (tests/classifier/review_notices182.py): an adversarial audit of
review 179's mends (cause_clauses' condition words and exceptions, absent_things' ties, past_absences' suppositions,
subordinate order and adverbs, outcome_words' receipts and 'never succeeded'). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices182 import ROWS

JUDGEMENT: dict[str, str] = {
    "r182-word-sv-nar-past-passive-togs-emot-saknades": (
        "onhold, as on main before and after review 179 (no condition involved once review 182's narrative 'togs' is "
        "read): lexicon knows no Swedish 'saknades / saknas' (was missing) as an absence at all ('550 Mottagarens "
        "brevlåda saknades' alone reads onhold); lexicon.py is at its 450 lines: left for a review of Scandinavian "
        "absence verbs ('saknas', Danish 'mangler')"),
    "r182-cond-c-nl-zowel-als-bestaat-niet": (
        "onhold, as on main before review 179: the control's verb is the PLURAL 'bestaan niet meer', which lexicon "
        "does not read ('550 Het adres en de mailbox van de ontvanger bestaan niet meer' reads onhold with no 'zowel'); "
        "the singular 'Zowel het adres als de mailbox ... bestaat niet meer' reads hard: review 179's 'zowel' rule "
        "holds; the Dutch plural is lexicon's (450 lines): left for a review of plural absences"),
}

test_review_notices182, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
