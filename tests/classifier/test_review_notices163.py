"""The hundred-and-sixty-third review's notices (tests/classifier/review_notices163.py): an adversarial audit of review
161's success sentences and the grid's three newest mends. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices163 import ROWS

_518 = ("the status 5.1.8 (RFC 3463: bad sender's system address) against words naming the recipient's address ('Die "
        "Empfängeradresse ist ungültig'): our relay's copy reads the words (hard), Gmail's and Exchange Online's quoting "
        "copies let the status name our sender (soft, our side; so before this review's mends too). A conflict a server "
        "would hardly write; the soft side loses no live prospect; left")
# Review 169: the Dutch twin ('Afzender gecontroleerd, ontvanger onbekend', once three strict xfails: lexicon._SENDER's
# window crossed the recipient's noun) now reads hard: sender_words.ACROSS stops at a European recipient noun opening a
# new clause. Ordinary rows.
JUDGEMENT: dict[str, str] = {
    "r163-success-then-bare-failed-no-blank": (
        "kim listed bare under 'successfully delivered to the following recipients:', its 550 reply only on the indented "
        "line below: the heading says every address listed was delivered, and the candidates' search reads no list "
        "entry under a success intro unless the entry's own line says its failure (review 94's '<kim>: 550 ...', "
        "r163-success-then-failed-entry-no-blank, reads right). A contradictory layout; left (kim lost, a false soft)"),
    "r163-status-de-empfaengeradresse-518-gmail": _518,
    "r163-status-de-empfaengeradresse-518-exo": _518,
}

test_review_notices163, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 116)
