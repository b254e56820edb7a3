"""The thirteenth review's notices (tests/classifier/review_notices13.py): Microsoft 365 /
Exchange Online and Exchange Server NDRs with the user text in the tenant's language (Microsoft's
own localised 5.1.10 cause in German, French, Dutch, Swedish, Italian, Polish, Norwegian and
Thai; pasted Spanish and French NDRs, weak), each as the whole NDR, its human part alone, its
user text alone and its HTML alone, and NDRs naming two recipients: recipients, reason,
hard/soft as the product reads it, and delay or not, against the expectation written from
Microsoft's words before the classifier ran. One test over all rows, failures collected; the
judgement calls (JUDGEMENT) are strict xfails, one item each."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, unexplained
from tests.classifier.review_notices13 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {}


def test_review_notices13():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources_and_cover_the_languages():
    assert len({r[0] for r in ROWS}) == len(ROWS) >= 30
    assert all(r[2] for r in ROWS)
    assert all("weak" in r[2] for r in ROWS if "pastebin" in r[2])
    langs = {r[1] for r in ROWS if any(e[2] == ("userunknown",) for e in r[4])}
    assert {"de", "fr", "nl", "sv", "it", "pl", "es"} <= langs
    # each Microsoft cause in four shapes: the whole NDR, its human part, its user text, its HTML
    for lang in {r[1] for r in ROWS if r[0].startswith("ms-5110-")}:
        assert {r[0].rsplit("-", 1)[1] for r in ROWS if r[0].startswith(f"ms-5110-{lang}-")} >= {
            "dsn", "human", "words", "html"}
