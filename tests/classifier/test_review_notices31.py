"""The thirty-first review's whole notices (tests/classifier/review_notices31.py: Google's
"Gmail SMTP errors and codes" as it stands in 2026, the 2024 bulk-sender texts and the rest that
review 25's older copy lacked, tagged, folded and untagged; Yahoo's and AOL's sender-hub codes;
Apple iCloud's tagged policy refusals; Comcast's and AT&T's published codes; in our relay's
report, Gmail's own DSN, Exchange Online's NDR and qmail-send's bounce): recipients, reason,
hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures collected;
no judgement calls (every row reads as its provider's words say)."""

from __future__ import annotations

from tests.classifier.review_check import source_problems, unexplained
from tests.classifier.review_notices31 import ROWS

JUDGEMENT: dict[str, str] = {}


def test_review_notices31():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 200)
