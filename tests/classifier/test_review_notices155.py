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
_REFUSED_316 = (
    "NOT mended (judged, the convention kept): '451 4.4.316 Connection refused' in a delay notice reads expired: the "
    "status table takes Microsoft's 4.4.316 (an Exchange Online outbound status, which its NDR gives up with as "
    "'550 5.4.316 Message expired, connection refused', r155-prov-exo-5.4.316-expired) as its expiry, as sisimai's "
    "does; taxonomy's expired is the retry period run out, which a delay is not yet. A delay either way (temporary, "
    "soft); a remote server does not answer RCPT with Exchange's own outbound code, so the row is the unlikely case")
_S77714_HOST = (
    "NOT mended (judged): Outlook.com's '451 4.7.500 Server busy. Please try again later from [ip]. (S77714)' is "
    "read blocked (sender) by remote/microsoft.py's host-keyed rule, which needs Microsoft's host as Remote-MTA "
    "(r155-eop-s77714 reads so); under another host's name it falls to the 4.7.x securityerror default. A delay "
    "either way; Outlook.com's reply from a non-Microsoft host is the unlikely case")
JUDGEMENT: dict[str, str] = {
    **{name: _LOOP for name in (
        "r155-net-exo-5.4.14-loop", "r155-net-exo-5.4.14-loop-gmail", "r155-net-exo-5.4.14-loop-exo")},
    "r155-prov-exo-4.4.316-refused": _REFUSED_316,
    "r155-eop-4.4.316-refused": _REFUSED_316,
    "r155-prov-outlook-s77714": _S77714_HOST,
}

test_review_notices155, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
