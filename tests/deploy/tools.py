"""The operators' tools the deployment files are checked with: `promtool` (Debian package
`prometheus`) and `systemd-analyze` (package `systemd`). .ci/run installs them when missing,
so CI never skips; elsewhere the tests that need one are skipped with the reason."""

from __future__ import annotations

import shutil
import subprocess

import pytest

PROMTOOL = shutil.which("promtool")
SYSTEMD_ANALYZE = shutil.which("systemd-analyze")

needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not installed (apt-get install prometheus; .ci/run does)")
needs_systemd_analyze = pytest.mark.skipif(
    SYSTEMD_ANALYZE is None, reason="systemd-analyze not installed (apt-get install systemd; .ci/run does)")


def promtool(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    assert PROMTOOL is not None
    return subprocess.run([PROMTOOL, *args], input=stdin, capture_output=True, text=True, timeout=60)


def check_metrics(text: str) -> None:
    """`promtool check metrics`: the exposition format parses and passes promtool's lint
    (names, HELP, counters ending in _total, ...); any complaint fails the test."""
    done = promtool("check", "metrics", stdin=text)
    assert done.returncode == 0 and not (done.stdout + done.stderr).strip(), done.stdout + done.stderr
