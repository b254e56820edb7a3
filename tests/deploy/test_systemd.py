"""deploy/systemd: the service and timer the README shows are these files, and
`systemd-analyze verify` accepts them without a warning.

verify insists that ExecStart's program exists, and /opt/bounce-sync/.venv/bin/bounce-sync
does not here: the test checks a copy whose ExecStart names this venv's `bounce-sync` (the
same program, installed by `pip install -e .`), everything else unchanged."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tests.deploy.tools import SYSTEMD_ANALYZE, needs_systemd_analyze

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
INSTALLED = "/opt/bounce-sync/.venv/bin/bounce-sync"


def readme_blocks() -> dict[str, str]:
    """The README's ini blocks, by the unit file their first line names."""
    text = (ROOT / "README.md").read_text()
    blocks = re.findall(r"^```ini\n(.*?)^```", text, re.M | re.S)
    return {m.group(1): block for block in blocks
            if (m := re.match(r"# /etc/systemd/system/(\S+):", block))}


def test_the_readme_shows_exactly_these_files():
    shown = readme_blocks()
    assert set(shown) == {"bounce-sync.service", "bounce-sync.timer"}
    for name, block in shown.items():
        assert block == (UNITS / name).read_text(), f"README's {name} differs from deploy/systemd/{name}"


def test_the_service_runs_the_installed_command_with_metrics_and_json_logs():
    service = (UNITS / "bounce-sync.service").read_text()
    exec_start = re.search(r"^ExecStart=(.*)$", service, re.M).group(1).split()
    assert exec_start[:2] == [INSTALLED, "run"]
    assert "--metrics-file" in exec_start and "json" in exec_start
    assert re.search(r"^SuccessExitStatus=1$", service, re.M)


@needs_systemd_analyze
def test_systemd_analyze_verify_accepts_them(tmp_path):
    venv_command = Path(sys.executable).with_name("bounce-sync")
    assert venv_command.is_file()
    service = (UNITS / "bounce-sync.service").read_text()
    assert service.count(f"ExecStart={INSTALLED} ") == 1
    (tmp_path / "bounce-sync.service").write_text(
        service.replace(f"ExecStart={INSTALLED} ", f"ExecStart={venv_command} "))
    (tmp_path / "bounce-sync.timer").write_text((UNITS / "bounce-sync.timer").read_text())
    done = subprocess.run([SYSTEMD_ANALYZE, "verify", "--man=no",
                           str(tmp_path / "bounce-sync.service"), str(tmp_path / "bounce-sync.timer")],
                          capture_output=True, text=True, timeout=60)
    # verify exits 0 on some mistakes (an unknown key, a bad Type=) and only warns: no output allowed about
    # our units. verify also loads what they pull in (network-online.target and the units other packages
    # hang on the machine's targets), whose own warnings ("/lib/systemd/system/policyd-rate-limit.service:8:
    # Standard output type syslog is obsolete", from a mail package installed beside us) are not ours to judge.
    said = ours_said(done.stdout + done.stderr, tmp_path)
    assert done.returncode == 0 and not said, "\n".join(said)


def ours_said(output: str, ours: Path) -> list[str]:
    """verify's lines, less those another unit file on this machine earned (they start with its path)."""
    lines = [line for line in output.splitlines() if line.strip()]
    return [line for line in lines
            if not ((m := re.match(r"(/\S+?):\d+: ", line)) and not m.group(1).startswith(f"{ours}/"))]


def test_only_other_units_warnings_are_left_out(tmp_path):
    """The filter above keeps every line about our units, and lines with no file at all."""
    output = (f"/lib/systemd/system/policyd-rate-limit.service:8: Standard output type syslog is obsolete\n"
              f"{tmp_path}/bounce-sync.service:12: Unknown key name 'SuccesExitStatus' in section 'Service'\n"
              "bounce-sync.timer: Failed to create bounce-sync.timer/start: Unit not found.\n")
    assert ours_said(output, tmp_path) == output.splitlines()[1:]


@needs_systemd_analyze
def test_verify_would_catch_a_broken_unit(tmp_path):
    """The check above is not vacuous: a typo in a key is reported."""
    venv_command = Path(sys.executable).with_name("bounce-sync")
    broken = (UNITS / "bounce-sync.service").read_text().replace(
        f"ExecStart={INSTALLED} ", f"ExecStart={venv_command} ").replace("SuccessExitStatus", "SuccesExitStatus")
    (tmp_path / "bounce-sync.service").write_text(broken)
    done = subprocess.run([SYSTEMD_ANALYZE, "verify", "--man=no", str(tmp_path / "bounce-sync.service")],
                          capture_output=True, text=True, timeout=60)
    assert "SuccesExitStatus" in done.stderr
