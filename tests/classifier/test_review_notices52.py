"""The fifty-second review's whole notices (tests/classifier/review_notices52.py and
review_notices52_more.py: an adversarial false-hard / false-soft audit of the wordings reviews 45-48
added, each with its positive control and counter-examples that place the same words where they are
not about the recipient's mailbox): recipients, hard/soft, whose fault, delay. One table-driven test
over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices52 import ROWS as TABLE, WORDINGS
from tests.classifier.review_notices52_more import ROWS as SINGLE

ROWS = TABLE + SINGLE
# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "cq-domain-obsolete-ours-cq": (
        "chasquid's 'MAIL+RCPT 550 5.7.1 Domain example.com is obsolete': chasquid sends MAIL FROM and RCPT TO as one "
        "exchange and reports either refusal under one prefix, which formats/__init__.py reads as RCPT (review 46). The "
        "bare words name only example.com, our own envelope domain, so a reader calls it our domain (soft); the "
        "classifier has no notion of which domain is ours and reads PowerMTA's bad-domain wording at RCPT as the "
        "recipient's (hostunknown, hard). The same reply in MDaemon's transcript after MAIL FROM reads soft (row "
        "cq-domain-obsolete-ours-md). A false hard possible only where a chasquid relay's MX refuses our sender with "
        "these bare words; comparing named domains with the original's sender is a larger change, left to the lead"),
}


def test_review_notices52():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_every_wording():
    assert not source_problems(ROWS, JUDGEMENT, 150)
    assert len(WORDINGS) == 55
