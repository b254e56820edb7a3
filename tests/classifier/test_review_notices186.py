"""The hundred-and-eighty-sixth review's notices (tests/classifier/review_notices186.py): an adversarial audit of
reviews 182-184's mends and the lead's grid mends after them (the auto-reply/bounce gate, relayed_failures, reply_rests,
success_sentences' summary line) and review 180's known hole (a failure line in another language under kim read kim
delivered). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices186 import ROWS

JUDGEMENT: dict[str, str] = {
    "r186-ack-en-wrapped-before-has-been": (
        "orders@ (the address of the NDR the seller pasted into his request) read a hard bounce: Zendesk's 'Your "
        "request (48235) for Partner Inc.' / 'has been received ...' holds an abbreviation's period before the line "
        "break, and hints._ACKNOWLEDGED reads an acknowledgement within one sentence ([^\\n.]), so neither the period "
        "nor the break is crossed (width_joined joins no line ending on a period: a sentence's end). Telling an "
        "abbreviation's period ('Inc.', 'Ltd.', 'GmbH.') from a sentence's end is a rule of its own for every "
        "sentence reader, not this gate's; the same text without 'Inc.' reads right (row ack-c-en-request-received)"),
}

test_review_notices186, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 74)
