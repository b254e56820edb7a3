"""benchmarks/sisimai_diff.py loaded as a module (benchmarks/ is no package), for the tests of its options
(test_review_notices169, test_review_outside65), which may not import each other."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

_DIFF = Path(__file__).resolve().parents[2] / "benchmarks" / "sisimai_diff.py"


def sisimai_diff() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sisimai_diff", _DIFF)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
