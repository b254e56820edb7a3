"""The hundred-and-eighty-eighth review's notices (tests/classifier/review_notices188.py): an adversarial audit of
session 31's newest mends (failure_said's counts of bounces, tries given up and exception lists; hints._GAP). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices188 import ROWS

JUDGEMENT: dict[str, str] = {
    # Not of the audited mends (it read so before a6ff07e): review 181's mend 3 (hints._reply_names_other).
    "r188-oof-en-co-line-end-pasted": (
        "kim's away text quoting the seller's mail ('You wrote:') into which he pasted an NDR, '550 5.1.1 "
        "<orders@...>': under 'Automatic reply:' with Auto-Submitted, an angled address other than the sender's after "
        "a reply code reads a bounce for orders@ (review 181's mend 3, which review 184's relayed NDRs under an "
        "auto-reply's Subject need); telling a quote's intro ('You wrote:', 'wrote:') from a router's relayed notice "
        "is a rule of hints' gate for every away text, not this row's. No acknowledgement's words: hints._GAP (its "
        "'Co.' at the line's end) plays no part"),
    # a6ff07e's EXCEPTED reads "other than" before an address as an exception list's head.
    "r188-ok-footer-other-than-address": (
        "a success-only report whose relay footer says 'Replies to this notice reach no address other than "
        "help@relay.example.' reads a bounce (lead and kim onhold, soft): failure_said.EXCEPTED takes 'other than' "
        "before an address as the head of a list the delivery left out, as 'delivered to all recipients other than "
        "kim@...' must be read; the words alone do not tell a footer's sentence from that one (the address is not "
        "the notice's, nor below a list intro) and the cost is soft (onhold, no unenrolment of a hard bounce)"),
}

test_review_notices188, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 83)
