"""The commands that do not classify do not compile the classifier: its rules' patterns take about 1.5 s of a
process's start, paid only where mail is read (classifier/__init__.py imports `classify` on first use)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"], cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=120)
    return set(out.stdout.split())


def test_the_command_line_loads_without_the_classifiers_rules() -> None:
    loaded = _modules_after("import sync.cli")
    assert "classifier.records" in loaded  # the records the store and the reports read
    assert not {m for m in loaded if m == "classifier.engine" or m.startswith("classifier.formats")}


def test_classify_is_there_on_first_use() -> None:
    loaded = _modules_after("from classifier import classify\n"
                            "assert classify(b'From: a@b.example\\n\\nhello').is_bounce is False")
    assert "classifier.engine" in loaded


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    import classifier

    try:
        classifier.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("classifier.no_such_name did not raise")
