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


_CJK_PLACE_REASON = (
    "NOT mended (judged, reason only, the hard reading right): the recipient's SERVER or DOMAIN itself said missing "
    "after our sender said fine ('发件人正常，收件人服务器不存在') under 5.1.2 now reads "
    "hard (the first was ours on main, review 145's server exception: mended here by the locative rule), but as "
    "userunknown, not hostunknown: the CJK absence rule gives userunknown and the words override the 5.1.2 default; "
    "mapping CJK server / domain nouns to hostunknown belongs in lexicon.py (full at 450 lines)")
_CJK_NO_MAILBOX = (
    "NOT mended (judged, older: misread on main too, a false hard): '发件人地址在收件人服务器上没有对应的邮箱' (our sender "
    "address has no matching mailbox on the recipient's server: sender verification) reads the recipient unknown: "
    "'没有对应的邮箱' is not among lexicon._ABSENT's words for our sender's reach (lexicon.py full), while a CJK "
    "mailbox-absence rule reads it for the recipient; invented wording (no server source writes it)")
JUDGEMENT: dict[str, str] = {
    # The Korean domain row ('받는 사람 도메인이 존재하지 않습니다') reads hostunknown since review 151's
    # cause_clauses.domain_gone: an ordinary row now.
    **{n: _CJK_PLACE_REASON for n in _each("r147-own-zh-sender-ok-recipient-server-missing")},
    **{n: _CJK_NO_MAILBOX for n in _each("r147-own-zh-sender-no-mailbox-on-recipient-server")},
    **{n: _NO_STEP_UNDER_511 for base in ("r147-sref-sender-and-domain-rejected",
                                          "r147-sref-nl-afzender-en-domein-geweigerd",
                                          "r147-sref-es-remitente-que-usa-rechazado") for n in _each(base)},
    **{n: _NOT_VERIFIED for n in _each("r147-ctl-c-ours-not-verified-now-rejected")},
}

test_review_notices147, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 90)
