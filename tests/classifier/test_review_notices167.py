"""The hundred-and-sixty-seventh review's notices (tests/classifier/review_notices167.py): an adversarial audit of review
163's mends (success_sentences' negation words, _WITHOUT_ERROR, the Postfix success entry's paragraph; verb_final's
sender words and sender statuses). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices167 import ROWS

_FILTERED = ("kim said missing in English words alone ('mailbox does not exist', 'user unknown'), with no reply code, "
             "status or SMTP command in a plain notice: read `filtered` (soft), the project's standing call after "
             "sisimai (Sisimai::Reason::UserUnknown: a bare 'user unknown' not at RCPT is a filter's; see "
             "lexicon.said_in_another_language). The address is kept (no lost recipient); the same without the line "
             "this row attacks with, so nothing of review 163's or 167's mends; left")
_518 = ("the status 5.1.8 (RFC 3463: bad sender's system address) against words naming the recipient's address ('Absender "
        "akzeptiert. Die Empfängeradresse ist ungültig'): our relay's copy reads the words (hard), Gmail's and Exchange "
        "Online's quoting copies let the status name our sender (soft, our side), as review 163 judged for the bare "
        "'Die Empfängeradresse ist ungültig' (its r163-status-de-empfaengeradresse-518 rows). A conflict a server "
        "would hardly write; left")
JUDGEMENT: dict[str, str] = {
    "r167-woe-en-no-error-code": _FILTERED,
    "r167-below-then-rejected": _FILTERED,
    "r167-below-returned-user-unknown": _FILTERED,
    "r167-rcpt-de-akzeptiert-518-empfaengeradresse-gmail": _518,
    "r167-rcpt-de-akzeptiert-518-empfaengeradresse-exo": _518,
}

test_review_notices167, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 141)
