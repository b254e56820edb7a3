"""The hundred-and-thirty-seventh review's notices (tests/classifier/review_notices137.py): the mail providers of
China, Japan, Korea and Russia and their languages (NetEase's codes, a Chinese server's glossed replies, the Korean
portals, Yandex, Mail.ru, 21cn; whole notices in GB2312/GBK/GB18030/Big5, ISO-2022-JP/Shift_JIS, EUC-KR, KOI8-R,
UTF-8; controls). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices137 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices137, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
