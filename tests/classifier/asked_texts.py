"""The very arguments the classifier passes to some functions while it classifies the corpus and every
review module's rows (recorded once per test session): for sameness tests of speed-only prefilters and memos,
which must answer as the unfiltered path does on every text the classifier really asks about."""

from __future__ import annotations

import functools
import importlib
from pathlib import Path

from classifier import classify

HERE = Path(__file__).parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "emails"


def messages() -> list[bytes]:
    """Every corpus message, then every row of every review module (a module without ROWS is a helper)."""
    out = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    for path in sorted(HERE.glob("review_notices*.py")):
        rows = getattr(importlib.import_module(f"tests.classifier.{path.stem}"), "ROWS", None)
        for row in rows or ():
            raw = row[-2]
            out.append(raw if isinstance(raw, bytes) else raw.encode())
    return out


@functools.lru_cache(maxsize=None)
def asked(*targets: tuple[str, str]) -> dict[tuple[str, str], list[tuple[tuple, dict]]]:
    """(module name, function name) -> the distinct (args, kwargs) of every call made to it (through the
    module's attribute) while `messages()` are classified."""
    seen: dict[tuple[str, str], dict[str, tuple[tuple, dict]]] = {t: {} for t in targets}
    originals = {}
    for target in targets:
        module = importlib.import_module(target[0])
        original = originals[target] = getattr(module, target[1])

        def recording(*args, _original=original, _calls=seen[target], **kwargs):
            _calls.setdefault(repr((args, sorted(kwargs.items()))), (args, kwargs))
            return _original(*args, **kwargs)

        setattr(module, target[1], recording)
    try:
        for raw in messages():
            classify(raw)
    finally:
        for target, original in originals.items():
            setattr(importlib.import_module(target[0]), target[1], original)
    return {target: list(calls.values()) for target, calls in seen.items()}
