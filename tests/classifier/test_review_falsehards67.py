"""Review falsehards67's rows (tests/classifier/review_falsehards67.py): the prose path's stage from a two-host
Sendmail transcript. One table-driven test; a misreading left is a strict xfail whose reason states the miss.

First run (expectations committed first; the classifier at main 81a2e558 run once): 5 rows; right as written 3/5;
FALSE HARDS 2 (p1, p2: prose.py's transcript_command took mx1's 451 / 450 at RCPT TO as the stage of mx2's stage-less
550 after DATA); lost hards 0; the controls p3-p5 right.
MENDED: prose.py uses later_mentions.transcript_stage (audit67b's DSN-path rule) in place of transcript_command.
After: 5/5. Snapshot 0 of 3,872 changed, row readings 0 of 32,246 changed, evaluate unchanged.
Left: audit67b's l1 (dsn.lines_about crossing a blank line into a help paragraph), a strict xfail there."""

from __future__ import annotations

from tests.classifier import review_falsehards67
from tests.classifier.review_check import review_tests

ROWS = review_falsehards67.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_falsehards67, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 5)
