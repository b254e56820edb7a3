"""The sixty-eighth review's notices (tests/classifier/review_notices68.py): an audit of review 67's
leaver rule, the same words in other senses and the notices where it must not apply, and leaver
wordings it missed. One table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices68 import ROWS

JUDGEMENT: dict[str, str] = {
    "left-bare-name-exim-own": "A bare 'left <name>' (no 'has') is a false soft kept: 'left' alone is any past "
    "tense ('left the building', 'left a voicemail', 'left the queue'); review 68 keeps the tables to 'has left' and "
    "'left the company' rather than guess a name in lowercase text.",
}


test_review_notices68, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
