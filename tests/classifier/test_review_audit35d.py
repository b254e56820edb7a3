"""Audit 35d's notices (tests/classifier/review_audit35d.py): an adversarial audit of the hard readings the provider
modules of classifier/remote/ make (Exchange Online's and Gmail's user-unknown codes and words, Yahoo's, Mimecast's,
Proofpoint's, Apple's). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35d import ROWS

JUDGEMENT: dict[str, str] = {
    "a35d-exo-own-forward-chain": (
        "Exchange Online's NDR of a forward: the lead's mailbox forwards to lead@old-host.example, which "
        "RESOLVER.ADR.RecipientNotFound names missing; read userunknown, hard, for the lead. Audit 35b's standing "
        "call (a35-b-tw-tw-forward-chain): an inner reply quoted in a forward reads hard, defensible since the alias "
        "fails for every sender until its owner mends the forward; a mend (compare the address in the reply with "
        "the Final-Recipient) would belong in engine/said_of_others for every reason; left"),
}

test_review_audit35d, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
