"""Review novel40's notices (tests/classifier/review_novel40.py): new, plausible wordings no rule quoted, of the
families that are not "no such user" (mailbox states and quota, relay, size, blocklists and spam, missing domains,
loops, the status subject's fallback), to measure how the classifier generalises, and the controls of its mends. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel40 import ROWS as WRITTEN_FIRST
from tests.classifier.review_novel40_mends import ROWS as MEND_ROWS

ROWS = WRITTEN_FIRST + MEND_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_novel40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 184)


def test_a_relay_word_beside_a_user_said_unknown_keeps_the_missing_user():
    # The lead's re-read of route_words (2026-12-07): "the user is unknown" (with "is") was no missing user to
    # soft_wordings' guard, so route_words' relay family read norelaying, soft, beside it. Control: the relay refusal
    # alone stays norelaying.
    from classifier import classify
    from tests.classifier.notices import relayed

    def one(text: str, status: str) -> tuple:
        (d,) = classify(relayed(text, status=status, command="RCPT")).deliveries
        return d.reason.value, d.hard_bounce

    assert one("550 5.1.1 The recipient domain is not served by this MX and the user is unknown", "5.1.1") == (
        "userunknown", True)
    assert one("550 5.7.1 The recipient domain is not served by this MX", "5.7.1") == ("norelaying", False)
