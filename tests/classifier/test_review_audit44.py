"""Audit 44's rows (tests/classifier/review_audit44.py): a short adversarial audit of session 39's mends
(bare_deleted, retired_address, whole_addresses, parse's stub rule). One table-driven test; judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit44 import ROWS
from tests.classifier.review_check import review_tests

JUDGEMENT: dict[str, str] = {
    "a44-d-reason-user-deleted-in-filter": (
        "'550 5.7.1 Message rejected by content filter (rule 12). Reason: user deleted': read userunknown, hard "
        "(expected not hard): a false hard, left. 'Reason: user deleted' standing alone is how admins write a true "
        "absence (the same two words end the clause in '550 Reason: user deleted'), and only the earlier sentence "
        "says a filter rejected the message; telling the two apart needs the reply's earlier sentence to outrank a "
        "later 'Reason:' line, which no other rule does (bare_deleted reads one clause). The wording is an attack "
        "variant, no server's source writes it; the 5.7.1 status is the only cue, and 5.7.1 user-deleted replies are "
        "real (audit 43's 'tp-' rows use 5.0.0/5.1.1, but admins' access(5) texts pick any code). For a review of "
        "filter replies with a 'Reason:' line"),
}

test_review_audit44, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 25)
