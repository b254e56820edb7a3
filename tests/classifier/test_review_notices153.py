"""The hundred-and-fifty-third review's notices (tests/classifier/review_notices153.py): an adversarial audit of review
151's cause_clauses (false hards: the words said of our sender, a login, a message; false softs: help sentences with a
condition beside a real refusal) and review 147's ACROSS. One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices153 import ROWS

_SENDER_SCOPE_JA = (
    "NOT mended (judged, an older WRONG SCOPE only, on main before reviews 151 and 153 too): Japanese OUR sender's "
    "address cancelled ('差出人のメールアドレスは解約されたため') and mail FROM a nonexistent address or domain "
    "('存在しないアドレス / ドメインからのメールは受信できません') now read soft (no longer hard) but with the recipient's "
    "scope: lexicon's sender checks do not hold the Japanese past participles or the 'from' relative clause, and "
    "lexicon.py is full; not a hard-side error")
_SCOPE_ROWS = ("a-ja-sashidashinin-mail-address-kaiyaku", "a-ja-sonzai-shinai-address-kara-no-mail",
               "a-ja-sonzai-shinai-domain-kara-no-mail")
JUDGEMENT: dict[str, str] = {f"r153-ja-{n}{layout}": _SENDER_SCOPE_JA for n in _SCOPE_ROWS
                             for layout in ("", "-gmail", "-exo")}

test_review_notices153, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
