"""RunReport: exit status rules, JSON safety, summaries."""

from __future__ import annotations

import json
from datetime import timedelta

from sync.records import BounceStatus, ContactRef, Enrollment, Flag, MarkBounced, Unenroll
from sync.report import Alert, RunReport
from tests.sync.helpers import NOW


def test_exit_status():
    assert RunReport(started_at=NOW).exit_status() == 0
    assert RunReport(started_at=NOW, waiting=3).exit_status() == 1
    assert RunReport(started_at=NOW, failed=1).exit_status() == 1
    assert RunReport(started_at=NOW, work_left=True).exit_status() == 1
    alert = Alert(mailbox="rep", kind="sender", reason="blocked", message="blocked", at=NOW)
    assert RunReport(started_at=NOW, waiting=3, alerts=[alert]).exit_status() == 3


def test_to_dict_is_json_safe_and_summary_says_what_was_planned():
    ref = ContactRef(id="7")
    report = RunReport(started_at=NOW, finished_at=NOW + timedelta(seconds=2), dry_run=True,
                       planned=[
                           MarkBounced(key="k", contact=ref, status=BounceStatus.BOUNCED,
                                       address="a@example.com", hard=True, reason="userunknown",
                                       reason_label="Mailbox does not exist", diagnostic="550",
                                       bounced_at=NOW),
                           Unenroll(key="u", contact=ref, enrollments=(Enrollment(sequence_id="s1"),)),
                           Flag(key="f", contact=ref, status=BounceStatus.REFUSED, note="known bad")],
                       alerts=[Alert(mailbox="rep", kind="bounce_rate", reason="bounce_rate",
                                     message="12% bounced", at=NOW)],
                       notes=["cursor expired"])
    d = json.loads(json.dumps(report.to_dict()))
    assert d["exit_status"] == 3 and d["planned"][0]["status"] == "bounced"
    assert d["planned"][1]["enrollments"][0]["sequence_id"] == "s1"
    lines = report.summary_lines()
    assert lines[0] == "bounce-sync run (dry run): 2.0s"
    assert any("MarkBounced contact 7 a@example.com" in line for line in lines)
    assert any(line.startswith("ALERT rep: 12% bounced") for line in lines)
    assert Alert.from_dict(d["alerts"][0]).message == "12% bounced"


def test_merge_adds_counts_and_keeps_latest_waiting():
    a = RunReport(started_at=NOW, contacts_marked=1, waiting=5)
    a.merge(RunReport(started_at=NOW, contacts_marked=2, waiting=1, work_left=True, notes=["x"]))
    assert (a.contacts_marked, a.waiting, a.work_left, a.notes) == (3, 1, True, ["x"])
