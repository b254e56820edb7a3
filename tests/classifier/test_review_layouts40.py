"""Review layouts40's whole notices (tests/classifier/review_layouts40.py): Exchange 4.0/5.5 NDRs, Sieve rejection
MDNs, labelled recipient lines, malformed Final-Recipient fields, auto-reply headers, away replies, challenges and
encoded Message-IDs, written from their generators' sources and documents. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from classifier import classify
from tests.classifier.review_check import review_tests
from tests.classifier.review_layouts40_more import CONTROL_ROWS, MESSAGE_IDS, ROWS

JUDGEMENT = {
    "l40-cyrus-reject-alias": (
        "The recipient's Sieve script refuses 'unsolicited sales mail': expected filtered (the owner's own choice of "
        "senders), read spamdetected (the script judging our mail unsolicited, i.e. spam). Both soft, both the "
        "recipient's scope: the planner does the same with either, and a rule that read a script's spam words as "
        "filtered would set aside the table's spam wording for one layout. Left as it reads."),
}

test_review_layouts40, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS + CONTROL_ROWS, JUDGEMENT, 60)


def test_returned_message_ids_read():
    raw = {r[0]: r[2] for r in ROWS}
    got = {name: (classify(raw[name]).original.message_id or "").strip("<>") for name in MESSAGE_IDS}
    assert got == MESSAGE_IDS
