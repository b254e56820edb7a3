"""The hundred-and-eighty-eighth review's notices (tests/classifier/review_notices188.py): an adversarial audit of
session 31's newest mends (failure_said's counts of bounces, tries given up and exception lists; hints._GAP). One
table-driven test; the judgement calls are strict xfails (the away text quoting a pasted NDR
below 'You wrote:' mended in review 189: relayed_failures.quote_start)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices188 import ROWS

JUDGEMENT: dict[str, str] = {
    # a6ff07e's EXCEPTED reads "other than" before an address as an exception list's head.
    "r188-ok-footer-other-than-address": (
        "a success-only report whose relay footer says 'Replies to this notice reach no address other than "
        "help@relay.example.' reads a bounce (lead and kim onhold, soft): failure_said.EXCEPTED takes 'other than' "
        "before an address as the head of a list the delivery left out, as 'delivered to all recipients other than "
        "kim@...' must be read; the words alone do not tell a footer's sentence from that one (the address is not "
        "the notice's, nor below a list intro) and the cost is soft (onhold, no unenrolment of a hard bounce)"),
}

test_review_notices188, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 83)
