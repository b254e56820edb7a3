"""Review langs57 (tests/classifier/review_langs57.py, review_langs57_more.py; frames in review_langs57_frames.py): a
measurement of the classifier on bounces in the languages sales teams meet, from wordings the earlier language reviews
did not use. Figures below; the judgement calls are strict xfails.

First run: (to be filled after the run)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs57 import ROWS as FIRST
from tests.classifier.review_langs57_more import ROWS as MORE

ROWS = FIRST + MORE

JUDGEMENT: dict[str, str] = {}

test_review_langs57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 69)
