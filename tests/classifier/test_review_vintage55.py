"""Review vintage55's notices (tests/classifier/review_vintage55.py and review_vintage55_more.py): a measurement on
ordinary bounces of older and less common mail systems, written from their sources. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_vintage55 import ROWS as FIRST
from tests.classifier.review_vintage55_mends import ROWS as MENDS
from tests.classifier.review_vintage55_more import ROWS as MORE
from tests.classifier.review_vintage55_sets import ROWS as SETS

ROWS = FIRST + MORE + MENDS + SETS
JUDGEMENT: dict[str, str] = {
    "v55-nms-mailbox-not-found": (
        "a false soft (filtered), no false hard: 'the destination mailbox was not found' with no stage named reads as "
        "the project's rule (sisimai's) has it, no-user words a content filter may speak; the sentence is a small "
        "clone's of NMS's notice (weak), so no rule is keyed to it"),
    "v55-cgp-local-unknown-account": (
        "a false soft (filtered): CommuniGate Pro's module-report frame is recalled, not sourced (weak); 'unknown user "
        "account' at no named stage reads filtered by the same rule; no mend on a framed wording"),
    "v55-smail-unknown-user": (
        "a false soft (filtered): smail's ' ... unknown user' after the address is recalled, not found in its source "
        "(weak); the bare words at no named stage read filtered; no mend on a recalled wording"),
    "v55-smail-two": "as v55-smail-unknown-user (its first recipient); the second reads mailboxfull as written",
    "v55-ezmlm-subscribers-only": (
        "the recipient set: qmail's block also yields the list owner's address that ezmlm's refusal names in its help "
        "sentence ('please forward this message to <list>-owner@...'), read soft (securityerror from the #5.7.2); the "
        "list address itself reads soft. No false hard; the echo's exact form is recalled (weak), so the qmail "
        "layout's address rule is not changed for it"),
    "v55-mailman-not-allowed": (
        "a lost soft bounce: Mailman 2.1's rejection reuses the original's Subject, comes from the list owner and says "
        "'You are not allowed to post to this mailing list' with no delivery words: read as no bounce. The planner "
        "would only have counted a soft bounce on the list address; telling this notice from a list owner's ordinary "
        "mail needs more than one wording"),
    "v55-gwia-two": (
        "a false soft (onhold) on the second recipient by this review's expectation, defensible: GWIA's own 'host not "
        "found' also follows its own misconfigured relay host (Micro Focus KB 3020709: '550 Host unknown' for a /mh "
        "switch with no host) and it defers 'MX record not found' as temporary (same KB), so the status alone does not "
        "say the recipient's domain is gone; the first recipient's '(user not found)' reads hard as written"),
}

test_review_vintage55, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
