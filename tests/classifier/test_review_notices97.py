"""The ninety-seventh review's notices (tests/classifier/review_notices97.py, review_notices97_notices.py): an
adversarial audit of the mends review 94 made, each attack beside a control. One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices97 import ROWS as _REPLIES
from tests.classifier.review_notices97_notices import ROWS as _NOTICES

ROWS = _REPLIES + _NOTICES

_INITIAL = ("A one-letter word's full stop ('Building C. José Núñez left ...') is not told from a middle initial's "
            "('Zoë K. Núñez left'): review 94's _SENTENCE_END keeps the clause whole, so the 'e-mails from' before "
            "it reads the leaver as the sender's side (a false soft, left for the rare wording)")
JUDGEMENT: dict[str, str] = {**{f"r97-left-left-after-initial-clause{s}": _INITIAL for s in ("", "-gmail", "-exo")}}

test_review_notices97, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
