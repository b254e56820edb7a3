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

# (The three xtext-in-Final-Recipient rows, judgement calls until review layouts42, read as written since
# classifier/whole_addresses.py decodes '+XX' only where the decoded address is one the original was sent to and
# the encoded one is not: today's plus tags, which the original's To holds as written, are left alone.)
JUDGEMENT: dict[str, str] = {
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
