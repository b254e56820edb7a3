"""The hundred-and-thirty-third review's notices (tests/classifier/review_notices133.py): two misreadings the whole
review-invariance grid found (a "went through" sub-heading under a failed-list intro; a filter product's name on a
multi-line reply's last line). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices133 import ROWS

_NO_STAGE = (
    "NOT mended (judged, older than review 133): a generic refusal under the bare 5.0.0 in the Gmail and Exchange Online "
    "quoted layouts, which name no SMTP command, reads filtered (reasons: a refusal whose stage the bounce does not "
    "name falls to filtered, sisimai's rule); the one-line reply '550 <lead> recipient rejected. Anti-Spam Gateway 3.2' "
    "reads the same there (review 128 writes such rows in our relay's layout only). The multi-line reply's code no "
    "longer changes the reading (review 133's mend); the stage rule is not this review's")
_VERDICT_WORDS = (
    "NOT mended (judged as review 128's _VERDICT_WORDS): 'found Eicar-Test-Signature' is a verdict in invented words no "
    "cause table holds; the one-line reply (r128-cause-antivirus-engine-found-eicar) reads userunknown the same, a strict "
    "xfail there too: not the multi-line reply's doing")
JUDGEMENT: dict[str, str] = {
    "r133-line-product-last-line-basic-code-gmail": _NO_STAGE,
    "r133-line-product-last-line-basic-code-exo": _NO_STAGE,
    "r133-line-c-antivirus-verdict": _VERDICT_WORDS,
}

test_review_notices133, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
