"""The hundred-and-thirty-fifth review's notices (tests/classifier/review_notices135.py): an adversarial audit of review
133's sub-heading rule (intros.passed_lines) and review 129's said_address rules. One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices135 import ROWS

JUDGEMENT: dict[str, str] = {
    "r135-head-c-relayed-no-dsn": (
        "NOT mended (judged): a heading with words in brackets ('Relayed (no DSN from the next hop):') is no heading to "
        "intros.passed_lines, review 133's guard against a labelled entry cut after a colon ('Recipient: lead "
        "(delivered |spam:'); review 135 reads a count in brackets ('Delivered (1):') only. Reading the bracket's "
        "words needs their negation judged ('no DSN' is none of the delivery); the delivered lead reads failed, a "
        "false hard on a layout no server source writes"),
}

test_review_notices135, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
