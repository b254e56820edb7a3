"""The hundred-and-forty-seventh review's notices (tests/classifier/review_notices147.py): an adversarial audit of
review 144's mends (said_address._sender_refused_clause, _affirmed; intros._SIDE_FAILED, _failed_line) and review
145's (sender_words._ANOTHER_NAMED, ACROSS; rule_wordings BADREPUTATION). One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices147 import ROWS

_NO_STEP_UNDER_511 = (
    "NOT mended (judged, older than reviews 144 and 145: misread on main before them): our sender refused by its noun "
    "alone ('the sender and its domain are rejected', Dutch 'de afzender en zijn domein zijn geweigerd', Spanish 'el "
    "remitente que usted usa fue rechazado') beside 'address <lead> invalid' under a miscoded 5.1.1 reads the "
    "prospect unknown: the first reading is the lexicon's (5.1.1 + 'invalid'), and engine._whose has no step that "
    "turns a recipient state to our sender by the noun alone (said_address.ours_named needs our address or domain "
    "and never reads with the prospect named; ours_refused runs only under a bare 5.7.x). This review's "
    "said_address._own_clause reads such clauses as our sender's where theirs_named or ours_refused ask; the step "
    "under 5.1.1 is an engine-order change (lexicon.py full) left to a later review")
_NOT_VERIFIED = (
    "NOT mended (judged, older design, not hard): '<ours> not verified, now rejected' under a bare 5.7.1 keeps the "
    "recipient's scope: said_address.ours_refused reads only _UNVERIFIED's words ('unverified', 'verify failed', "
    "'could not be verified'), never a bare 'rejected' (review 117: the recipient's own choice may refuse our "
    "sender), and 'not verified' is not among them; the prospect is not unenrolled either way")


def _each(name: str) -> list[str]:
    return [name, f"{name}-gmail", f"{name}-exo"]


JUDGEMENT: dict[str, str] = {
    **{n: _NO_STEP_UNDER_511 for base in ("r147-sref-sender-and-domain-rejected",
                                          "r147-sref-nl-afzender-en-domein-geweigerd",
                                          "r147-sref-es-remitente-que-usa-rechazado") for n in _each(base)},
    **{n: _NOT_VERIFIED for n in _each("r147-ctl-c-ours-not-verified-now-rejected")},
}

test_review_notices147, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
