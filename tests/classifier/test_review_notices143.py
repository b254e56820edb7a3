"""The hundred-and-forty-third review's notices (tests/classifier/review_notices143.py): what the whole review-invariance
grid found, in writers' own layouts: a delivered list then the failed one's wrapped Postfix paragraph, and a Message-ID
label's value folded onto the next line. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices143 import ROWS

JUDGEMENT: dict[str, str] = {
    "r143-intro-wrapped-kim-flush-line": (
        "NOT mended (judged, as review 139's r139-head-kim-flush-failed-line, of which it is the wrapped-intro copy): "
        "kim is now the one failed recipient (the delivered lead no longer is), but 'failed: user unknown' with no reply "
        "code nor stage reads filtered, soft: a refusal whose stage the notice does not name falls to filtered "
        "(sisimai's rule, review 133's no-stage call)"),
}

test_review_notices143, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 20)
