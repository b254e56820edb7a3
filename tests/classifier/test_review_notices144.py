"""The hundred-and-forty-fourth review's notices (tests/classifier/review_notices144.py): an adversarial audit of review
139's mends (said_address's refusal words, _sender_refused_clause and ours_refused; engine._whose's bare 5.7.x step;
intros._passed_heading's side clause, _failed_line, _NOT_DELIVERED). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices144 import ROWS

JUDGEMENT: dict[str, str] = {
    "r144-four-bluetie-sender-refused": (
        "NOT mended (judged, older than review 139, not hard): BlueTie's bare '550 Sender Refused' under 5.0.0 reads "
        "onhold in the recipient's scope; the lexicon's sender-refused list (lexicon._SENDER_REFUSED, the module full "
        "at 450 lines) holds 'sender denied', not 'sender refused' alone, and the two words name no address of ours "
        "for said_address to find. The prospect is not unenrolled either way"),
}

test_review_notices144, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
