"""The metrics file: counters that add up across runs and never go backwards, the gauges of
the store's state (failed outbox, paused mailboxes, leases of dead workers), a file written
by every run whatever its exit, and every file passing `promtool check metrics`."""

from __future__ import annotations

import logging
import shutil
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sync import metrics
from sync.report import Alert, RunReport
from tests.cli import LOCAL, bounce_sync, local_demo, parse_prometheus
from tests.deploy.tools import check_metrics, needs_promtool

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)


def report(at: datetime = NOW, **figures) -> RunReport:
    r = RunReport(started_at=at - timedelta(seconds=2), finished_at=at)
    for name, value in figures.items():
        setattr(r, name, value)
    return r


def counters(path: Path) -> dict[str, float]:
    """Every counter sample of the file, by name and labels."""
    text = path.read_text()
    kinds = {line.split()[2]: line.split()[3] for line in text.splitlines() if line.startswith("# TYPE")}
    return {f"{name}{labels}": value for name, samples in parse_prometheus(text).items()
            if kinds[name] == "counter" for labels, value in samples.items()}


def gauge(path: Path, name: str, labels: str = "") -> float | None:
    return parse_prometheus(path.read_text()).get(f"bounce_sync_{name}", {}).get(labels)


@pytest.fixture(autouse=True)
def _fresh_trace():
    metrics.expect(None)
    yield
    metrics.expect(None)


# --------------------------------------------------------------------------- counters


def test_counters_add_up_across_runs_and_never_go_backwards(tmp_path):
    path = tmp_path / "textfile" / "bounce_sync.prom"
    seen: dict[str, float] = {}

    def check_monotonic() -> None:
        now = counters(path)
        for key, value in seen.items():
            assert now.get(key, -1) >= value, f"{key} went from {value} to {now.get(key)}"
        seen.update(now)

    metrics.publish(str(path), exit_status=0, now=NOW, report=report(messages_scanned=10, bounces_hard=2))
    check_monotonic()
    metrics.expect(str(path))  # a run that fails before it has a report
    metrics.publish_pending(2, now=NOW + timedelta(minutes=5))
    check_monotonic()
    dry = report(NOW + timedelta(minutes=10), messages_scanned=50, dry_run=True)
    metrics.publish(str(path), exit_status=0, now=NOW + timedelta(minutes=10), report=dry)
    check_monotonic()
    later = report(NOW + timedelta(minutes=15), messages_scanned=5, failed=1, contacts_marked=3,
                   alerts=[Alert(mailbox="sales", kind="sender", reason="blocked", message="m", at=NOW)])
    metrics.publish(str(path), exit_status=3, now=NOW + timedelta(minutes=15), report=later)
    check_monotonic()
    # A figure that is negative or missing adds nothing; it never subtracts.
    metrics.publish(str(path), exit_status=1, now=NOW + timedelta(minutes=20),
                    report={"messages_scanned": -40, "started_at": NOW.isoformat()})
    check_monotonic()

    got = counters(path)
    assert got["bounce_sync_messages_scanned_total"] == 15  # the dry run's 50 are not counted
    assert got["bounce_sync_bounces_hard_total"] == 2
    assert got["bounce_sync_contacts_marked_total"] == 3
    assert got["bounce_sync_failed_total"] == 1
    assert got['bounce_sync_alerts_total{kind="sender",mailbox="sales"}'] == 1
    assert {k: v for k, v in got.items() if k.startswith("bounce_sync_runs_total")} == {
        'bounce_sync_runs_total{exit_status="0"}': 2, 'bounce_sync_runs_total{exit_status="1"}': 1,
        'bounce_sync_runs_total{exit_status="2"}': 1, 'bounce_sync_runs_total{exit_status="3"}': 1}
    assert "bounce_sync_waiting_total" not in got  # a level, not an event: no counter
    assert gauge(path, "counters_since_timestamp_seconds") == NOW.timestamp()


def test_last_success_moves_only_when_a_run_completes_its_pass(tmp_path):
    path = tmp_path / "m.prom"
    metrics.publish(str(path), exit_status=1, now=NOW, report=report(NOW, waiting=3))
    assert gauge(path, "last_success_timestamp_seconds") == NOW.timestamp()
    metrics.expect(str(path))
    metrics.publish_pending(2, now=NOW + timedelta(hours=1))  # exit 2: a setting to fix
    assert gauge(path, "last_success_timestamp_seconds") == NOW.timestamp()
    assert gauge(path, "last_run_timestamp_seconds") == (NOW + timedelta(hours=1)).timestamp()
    assert gauge(path, "last_run_exit_status") == 2
    metrics.publish(str(path), exit_status=0, now=NOW + timedelta(hours=2),
                    report=report(NOW + timedelta(hours=2), dry_run=True))
    assert gauge(path, "last_success_timestamp_seconds") == NOW.timestamp()  # a dry run did nothing
    metrics.publish(str(path), exit_status=3, now=NOW + timedelta(hours=3), report=report(NOW + timedelta(hours=3)))
    assert gauge(path, "last_success_timestamp_seconds") == (NOW + timedelta(hours=3)).timestamp()


@pytest.mark.parametrize("damage", ["deleted", "garbled", "older version", "negative counter"])
def test_a_lost_or_unreadable_file_is_a_visible_reset(tmp_path, caplog, damage):
    path = tmp_path / "m.prom"
    metrics.publish(str(path), exit_status=0, now=NOW, report=report(messages_scanned=7))
    if damage == "deleted":
        path.unlink()
    elif damage == "garbled":
        path.write_text(path.read_text()[:-30] + "\x00garbage here\n")
    elif damage == "older version":  # what 0.1 wrote: gauges only, no counters
        path.write_text("# TYPE bounce_sync_last_run_exit_status gauge\nbounce_sync_last_run_exit_status 0\n")
    else:
        path.write_text(path.read_text().replace("bounce_sync_messages_scanned_total 7",
                                                 "bounce_sync_messages_scanned_total -7"))
    later = NOW + timedelta(days=1)
    with caplog.at_level(logging.WARNING, logger="bounce_sync.metrics"):
        metrics.publish(str(path), exit_status=0, now=later, report=report(later, messages_scanned=1))
    # A reset is never partial, and always shows: the counters' start moved.
    assert counters(path)["bounce_sync_messages_scanned_total"] == 1
    assert gauge(path, "counters_since_timestamp_seconds") == later.timestamp()
    if damage != "deleted":
        assert "start again from zero" in caplog.text


def test_concurrent_runs_never_lose_a_count(tmp_path):
    path = tmp_path / "m.prom"

    def runs() -> None:
        for _ in range(10):
            metrics.publish(str(path), exit_status=0, now=NOW, report=report(messages_scanned=1))

    threads = [threading.Thread(target=runs) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    got = counters(path)
    assert got['bounce_sync_runs_total{exit_status="0"}'] == 60
    assert got["bounce_sync_messages_scanned_total"] == 60
    assert [p.name for p in tmp_path.iterdir()] == ["m.prom"]  # no lock or temp file left


def test_counters_keep_label_values_through_the_file(tmp_path):
    path = tmp_path / "m.prom"
    odd = 'sa"l\\es\n2'
    alert = Alert(mailbox=odd, kind="sender", reason="blocked", message="m", at=NOW)
    for _ in range(2):
        metrics.publish(str(path), exit_status=3, now=NOW, report=report(alerts=[alert]))
    assert counters(path)['bounce_sync_alerts_total{kind="sender",mailbox="sa\\"l\\\\es\\n2"}'] == 2


# --------------------------------------------------------------------------- store state


def test_health_gauges_read_the_store(store, tmp_path):
    store.set_paused("sales", "sender-side bounce (policy pause_mailbox_on_sender_alert)")
    store.set_paused("support", None)
    store.claim("mailbox:sales", owner="host:1", now=NOW - timedelta(minutes=20), seconds=300)  # died
    store.claim("watcher:local", owner="host:2", now=NOW, seconds=300)  # alive
    store.claim("mailbox:support", owner="host:3", now=NOW - timedelta(hours=1), seconds=300)
    store.release("mailbox:support", owner="host:3")  # let go properly: not a dead worker's
    with store.transaction():
        for n, state in enumerate(["failed", "failed", "done", "waiting"]):
            store._q("INSERT INTO outbox (key, kind, crm, contact_id, action, state, created_at, "
                     "updated_at) VALUES (?, 'MarkBounced', 'local', ?, '{}', ?, ?, ?)",
                     (f"k{n}", str(n), state, NOW.isoformat(), NOW.isoformat()))

    run = report()
    metrics.expect(str(tmp_path / "m.prom"))
    metrics.observe(store, lambda: NOW, run)
    metrics.publish(str(tmp_path / "m.prom"), exit_status=1, now=NOW, report=run)
    path = tmp_path / "m.prom"
    assert gauge(path, "outbox_failed") == 2
    assert gauge(path, "mailbox_paused", '{mailbox="sales"}') == 1
    assert gauge(path, "mailbox_paused", '{mailbox="support"}') == 0
    assert gauge(path, "leases_expired", '{kind="mailbox"}') == 1
    assert gauge(path, "leases_expired", '{kind="watcher"}') == 0


def test_a_store_that_fails_leaves_the_health_gauges_out_not_the_file(tmp_path):
    class Broken:
        def health(self, now):
            raise OSError("disk I/O error")

    metrics.expect(str(tmp_path / "m.prom"))
    metrics.observe(Broken(), lambda: NOW, report(messages_scanned=4))
    metrics.publish_pending(1, now=NOW)
    text = (tmp_path / "m.prom").read_text()
    assert "bounce_sync_outbox_failed" not in text
    assert gauge(tmp_path / "m.prom", "run_messages_scanned") == 4  # what the run did before it failed
    assert counters(tmp_path / "m.prom")["bounce_sync_messages_scanned_total"] == 4


# --------------------------------------------------------------------------- promtool


@needs_promtool
def test_every_kind_of_file_passes_promtool(tmp_path, store):
    store.set_paused("sales", "policy")
    full = tmp_path / "full.prom"
    run = report(messages_scanned=3, waiting=2, alerts=[
        Alert(mailbox='sa"les\n', kind="sender", reason="blocked", message="m", at=NOW),
        Alert(mailbox="sales", kind="bounce_rate", reason="bounce_rate", message="m", at=NOW)])
    metrics.expect(str(full))
    metrics.observe(store, lambda: NOW, run)
    metrics.publish(str(full), exit_status=3, now=NOW, report=run)
    check_metrics(full.read_text())
    failed = tmp_path / "failed.prom"  # a run that failed before it had a report or a store
    metrics.expect(str(failed))
    metrics.publish_pending(2, now=NOW)
    check_metrics(failed.read_text())
    check_metrics(metrics.render({}, exit_status=2, now=NOW))


# --------------------------------------------------------------------------- the CLI


def test_every_run_writes_the_metrics_file_whatever_its_exit(tmp_path):
    local_demo(tmp_path)
    prom = tmp_path / "textfile" / "bounce_sync.prom"
    ok = bounce_sync(tmp_path, "run", "--metrics-file", str(prom), "--log-format", "json")
    assert ok.returncode in (0, 1), ok.stderr
    before = counters(prom)
    success = gauge(prom, "last_success_timestamp_seconds")
    assert before["bounce_sync_messages_scanned_total"] > 0 and success

    shutil.rmtree(tmp_path / "mail")  # the folder disappeared: exit 2 during the run
    gone = bounce_sync(tmp_path, "run", "--metrics-file", str(prom), "--log-format", "json")
    assert gone.returncode == 2, gone.stderr
    assert gauge(prom, "last_run_exit_status") == 2
    assert gauge(prom, "last_success_timestamp_seconds") == success
    assert gauge(prom, "outbox_failed") == 0  # the session saw the store before it ended

    (tmp_path / "bounce-sync.toml").write_text(LOCAL + "\nbogus_key = 1\n")  # fails before any store
    bad = bounce_sync(tmp_path, "run", "--metrics-file", str(prom), "--log-format", "json")
    assert bad.returncode == 2, bad.stderr
    assert gauge(prom, "last_run_exit_status") == 2
    after = counters(prom)
    assert all(after[k] >= v for k, v in before.items())
    assert after['bounce_sync_runs_total{exit_status="2"}'] == 2
    assert after["bounce_sync_messages_scanned_total"] == before["bounce_sync_messages_scanned_total"]


def test_a_metrics_file_that_cannot_be_written_is_one_error_line_not_a_crash(tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    metrics.expect(str(blocker / "m.prom"))
    with caplog.at_level(logging.ERROR, logger="bounce_sync.metrics"):
        metrics.publish_pending(2, now=NOW)  # the run's own exit status stands
    assert "could not write the metrics file" in caplog.text and "Fix:" in caplog.text
    metrics.publish_pending(2, now=NOW)  # tried once only
    assert caplog.text.count("could not write") == 1
