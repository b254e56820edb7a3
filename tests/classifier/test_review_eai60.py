"""Review eai60's notices (tests/classifier/review_eai60.py, review_eai60_more.py): a measurement of whether the
classifier reads the failed recipient's address exactly in hard address forms (EAI / SMTPUTF8 and RFC 6533, A- and
U-labels, subaddresses, quoted local parts, capitals, folded and encoded headers, expanded aliases, percent-hack and
source routes, addresses in prose). One table-driven test; ORIGINS: where an alias or a subaddress was expanded, the
address we sent to that the failed one must map back to (DESIGN.md "Trust").

First run: not yet run (expectations committed first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests, wrong_origins
from tests.classifier.review_eai60 import JUERGEN, ROWS

JUDGEMENT: dict[str, str] = {}

# Failed address -> the address we sent to, as the notice says (Original-Recipient, Exim's '(generated from ...)',
# Postfix's '(expanded from <...>)').
ORIGINS = {
    "ea60-chasquid-alias-expanded-unknown": {"k.lang@oldhost.example": "sales@partner-logistics.example"},
    "ea60-pf-virtual-alias-expanded": {"k.lang@partner-logistics.example": "sales@partner-logistics.example"},
    "ea60-pf-alias-forward-offsite-full": {"j.ortiz.home@bigmail.example": "jose@partner-logistics.example"},
    "ea60-pf-alias-two-finals": {"a.weber@partner-logistics.example": "team@partner-logistics.example",
                                 "b.kraus@partner-logistics.example": "team@partner-logistics.example"},
    "ea60-exim-generated-from-alias": {"k.lang@oldhost.example": "sales@partner-logistics.example"},
    "ea60-pf-tag-dropped-in-final": {"anna@partner-logistics.example": "anna+vendors@partner-logistics.example"},
    "ea60-chasquid-smtputf8-refused-alias": {JUERGEN: "vertrieb@partner-logistics.example"},
}

test_review_eai60, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 55)


def test_failed_addresses_map_to_what_we_sent():
    assert not wrong_origins(ROWS, ORIGINS)
