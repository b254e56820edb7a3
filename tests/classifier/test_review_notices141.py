"""The hundred-and-forty-first review's notices (tests/classifier/review_notices141.py): verb-final subordinate clauses
(German / Dutch "weil / da / dass / omdat / dat ... <verb>", Japanese / Korean / Turkish causal clauses) saying the
recipient's mailbox is missing, gone, full or disabled, with controls (our sender, negated / conditional clauses,
4.x delays, auto-replies). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices141 import ROWS

_WENN_FULL = (
    "NOT mended (judged): '552 5.3.4 Die Nachricht ist zu groß; wenn das Postfach voll ist, wird sie ebenfalls "
    "abgewiesen' reads mailboxfull: the full-mailbox words win over the coded 5.3.4 although a condition ('wenn') governs "
    "them. Soft and the recipient's either way (no false hard); a conditional guard on every mailboxfull wording is "
    "wider than this review's verb-final family")
JUDGEMENT: dict[str, str] = {
    **{f"r141-cond-c-de-wenn-postfach-voll-ist-size{s}": _WENN_FULL for s in ("", "-gmail", "-exo")},
    # r141-r3-c-en-whether-account-deleted (and -gmail, -exo) were strict xfails (_NOT_KNOWN: lexicon's "account ... is
    # not known" under "Whether"); review 151's cause_clauses.conditioned sets an English condition's absence aside, so
    # they are ordinary rows now.
}

test_review_notices141, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
