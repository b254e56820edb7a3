"""Review langs54 (tests/classifier/review_langs54.py, review_langs54_more.py): a measurement of the classifier on
ordinary non-English notices it had never seen (de, fr, es, it, pt, nl, pl, sv, ru, ja, zh): Exchange Online's and
Gmail's notices in the sender's language, the providers' own notices (Yandex, QQ, NetEase / Coremail, docomo, DTI,
GMX, WEB.DE, T-Online, Orange, Libero / Virgilio, Interia, kei.pl, UOL), localised Postfix / Exim templates,
Dovecot's quota text and Sieve rejects, and the automatic replies, read receipts and delivery reports of the same
mailboxes. One table-driven test; the judgement calls are strict xfails.

First run: (recorded after the run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs54 import ROWS as FIRST
from tests.classifier.review_langs54_more import ROWS as MORE

ROWS = FIRST + MORE

JUDGEMENT: dict[str, str] = {}

test_review_langs54, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 87)
