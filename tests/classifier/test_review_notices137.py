"""The hundred-and-thirty-seventh review's notices (tests/classifier/review_notices137.py): the mail providers of
China, Japan, Korea and Russia and their languages (NetEase's codes, a Chinese server's glossed replies, the Korean
portals, Yandex, Mail.ru, 21cn; whole notices in GB2312/GBK/GB18030/Big5, ISO-2022-JP/Shift_JIS, EUC-KR, KOI8-R,
UTF-8; controls). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices137 import ROWS

_NO_STAGE = (
    "NOT mended (judged, older than review 137; review 133's _NO_STAGE): an English absence ('User not found', 'No "
    "such user', 'This user doesn't have a ... account') under the bare 5.0.0 in the Gmail and Exchange Online quoted "
    "layouts, which name no SMTP command, reads filtered (classifier/reasons._is_userunknown: without a no-such-user "
    "status the words count only as the answer to RCPT; a refusal whose stage the bounce does not name falls to "
    "filtered, sisimai's rule, since carriers' content filters answer 'user unknown' after DATA). The same replies in "
    "our relay's copy (RCPT named) read hard, as do the whole Chinese/Japanese/Korean/Russian notices (a non-English "
    "absence at an unnamed stage is read, issue 13). A false soft at worst; the stage rule is not this review's")
JUDGEMENT: dict[str, str] = {
    # (r137-ne-user-not-found-gmail / -exo read hard since review langs57's NetEase rule, classifier/remote/netease.py:
    # NetEase's own "User not found" where its host answered; the stage rule itself stands.)
    "r137-kr-yahoo-kr-no-account-gmail": _NO_STAGE,
    "r137-c21-no-such-user-gmail": _NO_STAGE,
    "r137-c21-no-such-user-exo": _NO_STAGE,
}

test_review_notices137, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
