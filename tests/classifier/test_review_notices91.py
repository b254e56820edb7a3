"""The ninety-first review's notices (tests/classifier/review_notices91.py, review_notices91_attacks.py): mends of
earlier reviews' strict xfails, each beside controls, and attacks on the mends. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices91 import ROWS as _MENDS
from tests.classifier.review_notices91_attacks import ROWS as _ATTACKS

ROWS = _MENDS + _ATTACKS

JUDGEMENT: dict[str, str] = {
    "b91-return-to-sender-no-such-user": (
        "'Reason: 550 No such user' with no status and no SMTP stage reads filtered by the unnamed-stage rule "
        "(sisimai's: a content filter after DATA may say it; review 82's kept judgement), whatever the tag above "
        "says; the tag itself is no longer read as the sender refused. A false soft left with that rule"),
}

test_review_notices91, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
