"""Work as a count: the Python and builtin calls one `classify(raw)` makes (tests/stress/test_bad_input.py,
benchmarks/growth.py). The same on every machine and under any load, so how the work grows with a message's parts
can be asserted where its time cannot (no timed assertions: CONTRIBUTING.md)."""

from __future__ import annotations

import sys

from classifier import classify


def python_calls(raw: bytes) -> int:
    """Calls of one `classify(raw)`, after a first call has warmed any per-text memo."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        count += event in ("call", "c_call")

    classify(raw)
    sys.setprofile(profile)
    try:
        classify(raw)
    finally:
        sys.setprofile(None)
    return count
