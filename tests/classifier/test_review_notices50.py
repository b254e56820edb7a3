"""The fiftieth review's whole notices (tests/classifier/review_notices50.py, _mtas.py, _edges.py: the failed recipients,
exactly: RFC 3464 address types and spellings, mixed actions, alias and forward expansion, the MTAs'
own lists, display names, our sender and postmasters never read as recipients): recipients,
hard/soft, whose fault, delay, and where each failed address maps back to (ORIGINS). One
table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained, \
    wrong_origins
from tests.classifier.review_notices50 import ORIGINS, ROWS as FORMS
from tests.classifier.review_notices50_edges import ROWS as EDGES
from tests.classifier.review_notices50_mtas import ROWS as MTAS

ROWS = FORMS + MTAS + EDGES

_XTEXT_FINAL = (
    "Only Sendmail 8.8's savemail.c xtextified Final-Recipient (xtextify(r->q_user)); Sendmail 8.12 on writes "
    "q_finalrcpt from q_paddr as given, Postfix, Exim and Exchange never encode it (RFC 3464 §2.3.2's generic-address "
    "is no xtext; only ORCPT is, RFC 3461 §4.2, and the classifier decodes Original-Recipient). Decoding '+XX' in a "
    "Final-Recipient would turn today's plus tags into other addresses ('lead+2024@' would read 'lead 24@'), a miss on "
    "every modern notice to save one on a 1990s one: kept as the server wrote it.")
JUDGEMENT: dict[str, str] = {
    "d-xtext-plus-in-final-sendmail": _XTEXT_FINAL,
    "d-xtext-equals-in-final": _XTEXT_FINAL,
    "sm-xtext-final-recipient": _XTEXT_FINAL,
    "d-x400-only-one-recipient-original": (
        "The report names the failed recipient only by an X.400 O/R address and no ORCPT; the classifier takes the "
        "returned original's one To address as the recipient but with the notice's text as its reason (onhold, soft), "
        "not the x400 block's 5.1.1: tying an unreadable block to an address the report never wrote is an inference, "
        "and a hard bounce on an inferred address risks a false hard. Soft keeps it counted without marking the "
        "contact on one notice."),
}


def test_review_notices50():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_failed_addresses_map_back_to_the_address_sent_to():
    wrong = wrong_origins(ROWS, ORIGINS)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 140)
    assert set(ORIGINS) <= {r[0] for r in ROWS}
