"""The hundred-and-nineteenth review's notices (tests/classifier/review_notices119.py): the least-cited ISPs' and hosts'
own postmaster pages (Titan, Cox, AT&T, Orange, La Poste, SFR, BigPond, register.it, Shaw, Bluehost, Postmark, OVH).
One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices119 import ROWS

_NOT_BLUEHOST = ("Exchange Online's NDR quoting Bluehost's bare '550 <a> recipient rejected' with no Remote-MTA, no "
                 "command and a customer domain: nothing names Bluehost, whose page glosses it 'the mailbox does not "
                 "exist'; read generically, a refusal with no stage and no cause is a recipient-side filter "
                 "(wordings.GENERIC_REFUSALS, review 82), soft: its relayed (RCPT) and Gmail (Remote-MTA) copies read "
                 "hard")
JUDGEMENT: dict[str, str] = {
    "r119-bluehost-recipient-rejected-exo": _NOT_BLUEHOST,
    "r119-bluehost-c-recipient-rejected-full-stop-exo": _NOT_BLUEHOST,
}

test_review_notices119, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 195)
