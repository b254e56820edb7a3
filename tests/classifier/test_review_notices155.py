"""The hundred-and-fifty-fifth review's notices (tests/classifier/review_notices155.py): the reason vocabulary's
least-covered reasons (mailererror, systemfull, notcompliantrfc, notaccept, exceedlimit, syntaxerror, requireptr,
norelaying, networkerror) and their neighbours, from server sources and vendor documentation. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices155 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices155, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
