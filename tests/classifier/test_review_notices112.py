"""The hundred-and-twelfth review's notices (tests/classifier/review_notices112.py): an adversarial audit of review
109's mends (said_address's wordings and securityerror extension; 'marked as invalid' exclusions; the recipient
named in a syntax error at MAIL FROM). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices112 import ROWS

_ORIGINATOR = (
    "NOT mended (a false soft, older than review 109): lexicon._SENDER reads 'originator address <ours>, unknown user' "
    "as our address unknown ('originator(?:'s)? address' then an absence within 60 characters); 'unknown user' "
    "right after our address is ambiguous (review 112 keeps 'address <ours>: unknown user here' ours, its control "
    "r112-nextctl-c-user-ours-unknown-user), so only 'unknown recipient/addressee' was taken as the next noun's. "
    "Telling the two apart needs the sentence's subject, not a look-ahead; left to the lead. The lead's call (review "
    "117): these words read OURS, soft, as the classifier reads them (review 117's r117-orig rows pin it); this "
    "row's hard expectation stands against that call until the lead rewrites it")
# r112-policy-access-denied-sender-not-allowed mended in review 117 (severity._SENDER_NOT_ALLOWED: the sender's scope).
JUDGEMENT: dict[str, str] = {
    **{f"r112-next-originator-unknown-user{s}": _ORIGINATOR for s in ("", "-gmail", "-exo")},
}

test_review_notices112, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
