"""Review groupware60's notices (tests/classifier/review_groupware60.py and review_groupware60_more.py): a
measurement of the classifier on the OWN notices of groupware servers and hosted mail services (Zimbra's MTA quoting
its LMTP store, Dovecot / Open-Xchange Sieve rejections, LDA and LMTP, Fastmail's Postfix and Cyrus, Stalwart,
MDaemon's warning and failure, CommuniGate Pro, SmarterMail, Yandex, mail.ru, Zoho, 1&1 / IONOS, GoDaddy, Kerio) and
their non-bounces (success report, vacation replies). One table-driven test; the misreadings are strict xfails whose
reasons state the miss.

First run: (to be recorded after the expectations' commit)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_groupware60 import ROWS as FIRST
from tests.classifier.review_groupware60_more import MORE_ROWS

ROWS = FIRST + MORE_ROWS

JUDGEMENT: dict[str, str] = {}

test_review_groupware60, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 56)
