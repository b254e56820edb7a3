"""The hundred-and-fifth review's notices (tests/classifier/review_notices105.py): an adversarial audit of the mends
of reviews 102 and 104, each attack beside its controls. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices105 import ROWS

_NOT_ON_LIST = (
    "'User unknown. Note: your address is not on any block list': the recipient missing (hard), a help line after it "
    "saying our address is on NO list. phrases.py's plain 'block list' phrase (R.BLOCKED) reads the note as a block "
    "(relayed: blocked, sender's side), the Gmail and Exchange Online copies read filtered: a false soft, the same on "
    "main before reviews 102/104. Left: a negation guard on phrases' plain blocklist words is phrases.py's (at 450 "
    "lines) vocabulary, not this audit's mends; review 105's German Sperrliste pattern has its own negation guard")
JUDGEMENT: dict[str, str] = {f"r105-missing-c-user-unknown-not-on-list{s}": _NOT_ON_LIST
                             for s in ("", "-gmail", "-exo")}

test_review_notices105, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
