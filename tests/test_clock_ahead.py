"""The CI guard for "every test pins its clock" (CONTRIBUTING.md): the date-sensitive test
modules run again in a subprocess with the system clock moved 400 days ahead by faketime
(Debian's faketime; .ci/run installs it). A test that reads today's date where it should use
its pinned clock fails here, the day it is written, instead of a year later on main (issue 9,
finding 10: fixtures dated 20 Nov 2026 read against the real clock).

Only the modules where bounce dates, windows and escalations are decided run here, to keep
the guard cheap (~30 s); the whole suite under faketime is run by hand (CONTRIBUTING.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATE_SENSITIVE = ("tests/sync/test_alerts.py", "tests/sync/test_worker.py", "tests/sync/test_watcher.py",
                  "tests/sync/test_soft_order.py", "tests/sync/test_mail_page.py", "tests/sync/planner",
                  "tests/sync/insight", "tests/sync/test_pooling.py")


def under_faketime() -> bool:
    return "faketime" in os.environ.get("LD_PRELOAD", "")


@pytest.mark.timeout(600)
def test_date_sensitive_tests_pass_with_the_clock_400_days_ahead():
    if under_faketime():
        pytest.skip("already running under faketime: this whole run is the proof")
    faketime = shutil.which("faketime")
    assert faketime, "faketime is not installed (apt-get install faketime; .ci/run does it)"
    done = subprocess.run(
        [faketime, "-f", "+400d", sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "-k", "not postgresql", *DATE_SENSITIVE],
        cwd=ROOT, capture_output=True, text=True, timeout=580)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and " failed" not in done.stdout
