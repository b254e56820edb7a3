"""The sixty-fourth review's notices (tests/classifier/review_notices64.py): mail software no earlier
review cited (Kopano/Zarafa dagent, Go-Guerrilla, WildDuck, ZoneMTA, Mailu's front end, Modoboa's
policy daemon). One table-driven test over all rows, failures collected; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices64 import ROWS

_RATE = ("a recipient's receiving rate (WildDuck's copy of Gmail's 4.2.1 'receiving mail at a rate') reads "
         "speeding with scope sender, an account alert for a limit that is the recipient's; soft either way "
         "(reviews 39, 42 accepted any scope); the scope rule is not a wording table: left")
JUDGEMENT = {
    "wildduck-rcpt-too-fast-postfix": _RATE,
    "wildduck-rcpt-too-fast-gmail": _RATE,
}


test_review_notices64, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
