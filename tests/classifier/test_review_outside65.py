"""Outside 65's notices (tests/classifier/review_outside65.py): an outside opinion (Sisimai 4.25) on the review rows added
since review 185, and three families its disagreements led to. One table-driven test; a misreading left is a strict
xfail whose reason states it. Also benchmarks/sisimai_diff.py's --modules filter (added here).

(Figures and triage: filled in after the first run.)"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.classifier.review_check import review_tests
from tests.classifier.review_outside65 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_outside65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 36)

_DIFF = Path(__file__).resolve().parents[2] / "benchmarks" / "sisimai_diff.py"


def _sisimai_diff():
    spec = importlib.util.spec_from_file_location("sisimai_diff", _DIFF)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sisimai_diff_modules_option():
    diff = _sisimai_diff()
    assert diff.module_prefixes("relay63, review_lead4,") == ("relay63", "lead4")
    assert diff.kept("review_relay63_more", None, ("relay63",))
    assert diff.kept("review_lead44", None, ("lead4",))
    assert not diff.kept("review_lists63", None, ("relay63",))
    assert diff.kept("review_notices187", (186, 190), ("relay63",))  # either filter keeps it
    assert not diff.kept("review_notices185", (186, 190), ("relay63",))
    assert diff.kept("review_notices185", None, None) and not diff.kept("review_notices185", (186, 190))


def test_sisimai_diff_writes_only_the_modules_named(tmp_path):
    _sisimai_diff().write_review_rows(tmp_path, None, ("outside65",))
    names = sorted(p.name for p in tmp_path.glob("*.eml"))
    assert len(names) == len(ROWS)
    assert all(n.startswith("review_outside65__o65-") for n in names)
