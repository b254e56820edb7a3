"""The hundred-and-sixtieth review's notices (tests/classifier/review_notices160.py): an adversarial audit of reviews
157, 158 and 159's mends. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices160 import ROWS

_ERFOLGREICH = (
    "NOT mended (judged, review 158's _SUCCESS_SENTENCE again): the delivered heading 'Zustellung erfolgreich für:' "
    "is no passed heading to intros._passed_heading (its delivered words know no 'erfolgreich'), so the delivered "
    "lead reads failed beside kim (kim itself is read failed since the mend); 'Zugestellt an:' above the same failed "
    "heading (r160-mixed-de-zugestellt-then-fehlgeschlagen-fur) passes. A success vocabulary wider than this audit")
JUDGEMENT: dict[str, str] = {"r160-mixed-de-fehlgeschlagen-fur": _ERFOLGREICH}

test_review_notices160, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
