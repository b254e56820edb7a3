"""Audit 42's notices (tests/classifier/review_audit42.py): an adversarial audit of the rules merged in session 39
(audits 40, 41a, 41b, reviews novel40 and layouts40, the lead's mends), each in other contexts. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit42 import ROWS

JUDGEMENT: dict[str, str] = {
    "a42-k-unlike-mailbox-that-is-deleted": (
        "'550 5.0.0 Unlike a mailbox that is deleted this one is only disabled': read onhold, soft (expected suspend, "
        "soft). Not the contrast's clause end (' is' ends it inside the relative clause, as feared): the contrast is "
        "set aside rightly, no deletion is read (no false hard), and 'Unlike a mailbox that is deleted' alone reads "
        "onhold. The state is said of 'this one', no mailbox noun, and '550 5.0.0 This one is only disabled' alone "
        "reads onhold too, while '... this mailbox is only disabled' reads suspend: the expectation leaned on a "
        "pronoun mailbox_states does not take as the box. Soft either way (no unenrolment); a pronoun for the box is "
        "for a review of mailbox_states' nouns; left"),
}

test_review_audit42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
