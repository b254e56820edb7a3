"""Suite-wide: tests marked `real_clock` are skipped under faketime (CONTRIBUTING.md, Pin the
clock). They compare the clock with what the kernel keeps on its own (a thread's timed wait,
a file's ctime), and libfaketime 0.9.10 fakes neither `sem_clockwait` (CPython's timed lock
waits hang 400 days) nor `statx` (file times stay real while the clock moves): they read no
date, so the faketime proof has nothing to learn from them."""

from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if "faketime" not in os.environ.get("LD_PRELOAD", ""):
        return
    skip = pytest.mark.skip(reason="real_clock: libfaketime fakes neither timed thread waits nor file times")
    for item in items:
        if "real_clock" in item.keywords:
            item.add_marker(skip)
