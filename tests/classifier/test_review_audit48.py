"""Audit 48's rows (tests/classifier/review_audit48.py: relayed replies; review_audit48_notices.py: whole notices): an
adversarial audit of audit 47's mends (absent_things' DNS record, sender_words' and ndr_sentences' Scandinavian 'din',
deleted_nordic's sender nouns and whole quotes, bare_deleted's lists and 'client', retired_address's causes and years,
route_words' 'unknown' words, nested.passed_on). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit48 import ROWS as REPLIES
from tests.classifier.review_audit48_mends import ROWS as MENDS
from tests.classifier.review_audit48_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {
    "a48-w-fwd-it-returns-our-bounce-to-by-name": (
        "a lost bounce (never a false hard), not passed_on's: a forward whose From is the prospect's postmaster@ with "
        "an Outlook '-----Original Message-----' block is read as no forward at all (nested.inner_report finds no "
        "notice), with the To's address given too (probed after the first run); audit 48's mend of passed_on (a "
        "display-name To the outer To / Cc gives an address is theirs) reads the same notice forwarded by a colleague, "
        "a48-k-fwd-colleague-returns-our-bounce-to-by-name; the postmaster's forward is left for the lead"),
}

test_review_audit48, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
