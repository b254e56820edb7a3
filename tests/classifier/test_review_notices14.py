"""The fourteenth independent review's whole notices (tests/classifier/review_notices14.py:
recipients as Postfix, Exim, Sendmail, qmail, Exchange Online and Gmail print them): the failed
recipients (and their reason, hard/soft, whose fault, delay or not) of each row against the
expectation written from the MTA's source before the classifier ran, and where a receiving server
expanded an alias, the address Classification.origin maps the failed one back to. One
table-driven test over all rows, failures collected (few pytest items); the judgement calls
(JUDGEMENT) are strict xfails, one item each, so a change of reading shows up either way."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, unexplained, wrong_origins
from tests.classifier.review_notices14 import ORIGINS, ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "qm-quoted-local-part-printed-unquoted": (
        "qmail keeps a quoted local part unquoted in its queue (qmail-remote.c addrmangle quotes it only for RCPT) and "
        "qmail-send's addbounce prints '<john smith@example.org>:', which is no address; the classifier reads no "
        "recipient (and so no bounce) rather than 'smith@example.org', another contact's possible address. Reading it "
        "would mean re-quoting the words from the original's To; for a shape a CRM practically never holds, the "
        "project keeps the safe miss"),
}


def test_review_notices14():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_failed_recipient_maps_to_the_address_sent_to():
    """Postfix's Original-Recipient / "(expanded from <...>)" and Exim's "(generated from ...)"
    name the address we sent to; the trust rules map the failed address back to it
    (DESIGN.md "Trust")."""
    wrong = wrong_origins(ROWS, ORIGINS)
    assert not wrong, wrong


def test_rows_cite_sources():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 30
    assert set(JUDGEMENT) <= {r[0] for r in ROWS}
    assert set(ORIGINS) <= {r[0] for r in ROWS}
    assert all(r[1] for r in ROWS)
