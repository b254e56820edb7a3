"""The hundred-and-seventieth review's notices (tests/classifier/review_notices170.py): an adversarial audit of review
166's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices170 import ROWS

JUDGEMENT: dict[str, str] = {
    "r170-cond-de-wenn-nicht-gefunden-wurde-wird-zurueckgesandt": (
        "a German condition opening a MAIN clause ('Wenn die Adresse nicht gefunden wurde, wird die Nachricht "
        "zurückgesandt'): lexicon reads 'nicht gefunden' userunknown, hard, under 5.7.1 and main does the same with the "
        "present 'nicht gefunden wird' and 'Falls der Empfänger unbekannt ist, ...'; cause_clauses holds no German "
        "condition word and verb_final's HEDGED governs only its own verb-final clauses; older than review 166 (whose "
        "rules are Romance and English), a false hard left for a review of German / Dutch main-clause conditions"),
    "r170-label-c-kim-first-deferred-second-rejected-550": (
        "kim's line holds two replies, the first try's '451 4.7.1 greylisted' and the second's '550 5.1.1': kim takes "
        "the FIRST status on its line (4.7.1, blocked, scope sender), on main too (review 170's _EARLIER_TRY_REFUSED only "
        "words the went-through question); the status pick per line is another module's (recipients / reply lines), "
        "a false soft left for a review of several replies on one recipient's line"),
}

test_review_notices170, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
