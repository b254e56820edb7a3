"""The hundred-and-fifty-fifth review's notices (tests/classifier/review_notices155.py): the reason vocabulary's
least-covered reasons (mailererror, systemfull, notcompliantrfc, notaccept, exceedlimit, syntaxerror, requireptr,
norelaying, networkerror) and their neighbours, from server sources and vendor documentation. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices155 import ROWS

_LOOP = (
    "NOT mended (judged: taxonomy and the project's Sisimai convention disagree, the convention kept): Exchange "
    "Online's '554 5.4.14 Hop count exceeded - possible mail loop' reads networkerror (remote/microsoft.py's 5.4.14 "
    "rule, phrases' 'hop count exceeded' and 'mail loop' under networkerror: sisimai's status table maps 5.4.14 and its "
    "NetworkError lists hop-count and loop wordings), while taxonomy.md's systemerror row names 'mail loop'. Both soft; "
    "the row was written from taxonomy.md before the classifier ran")
JUDGEMENT: dict[str, str] = {name: _LOOP for name in (
    "r155-net-exo-5.4.14-loop", "r155-net-exo-5.4.14-loop-gmail", "r155-net-exo-5.4.14-loop-exo")}

test_review_notices155, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
