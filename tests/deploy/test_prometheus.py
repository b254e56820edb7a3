"""deploy/prometheus: the alert rules parse (`promtool check rules`), behave as their unit
tests say (`promtool test rules`), and name only metrics that bounce-sync writes; a metrics
file from a real run passes `promtool check metrics`."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli import bounce_sync, local_demo
from tests.deploy.tools import check_metrics, needs_promtool, promtool

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy" / "prometheus" / "bounce-sync.rules.yml"
RULE_TESTS = ROOT / "deploy" / "prometheus" / "bounce-sync.rules.test.yml"


@needs_promtool
def test_rules_pass_promtool_check():
    done = promtool("check", "rules", str(RULES))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 10 rules found" in done.stdout


@needs_promtool
def test_rules_unit_tests_pass():
    done = promtool("test", "rules", str(RULE_TESTS))
    assert done.returncode == 0 and "SUCCESS" in done.stdout, done.stdout + done.stderr


@needs_promtool
def test_a_real_runs_file_passes_promtool_and_has_every_metric_the_rules_use(tmp_path):
    local_demo(tmp_path)
    prom = tmp_path / "textfile" / "bounce_sync.prom"
    done = bounce_sync(tmp_path, "run", "--metrics-file", str(prom), "--log-format", "json")
    assert done.returncode in (0, 1), done.stderr
    text = prom.read_text()
    check_metrics(text)
    written = set(re.findall(r"^# TYPE (\w+) ", text, re.M))
    used = set(re.findall(r"\bbounce_sync_\w+", RULES.read_text()))
    assert used and used <= written, f"rules use metrics no run writes: {sorted(used - written)}"
