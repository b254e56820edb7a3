"""Pauses, run reports and the status overview; on SQLite and on the real PostgreSQL server."""

from __future__ import annotations

import json
from datetime import timedelta

from sync.planner import Plan
from sync.report import Alert, RunReport
from tests.sync.helpers import NOW
from tests.sync.store.builders import entry, fact


def test_pause_resume_reports_and_status_are_json_safe(store):
    store.set_paused("rep", "blocked by Spamhaus")
    assert store.mailbox_paused("rep") == "blocked by Spamhaus"
    store.set_paused("rep", None)
    assert store.mailbox_paused("rep") is None
    alert = Alert(mailbox="rep", kind="sender", reason="blocked", message="blocked", at=NOW)
    store.record_page(crm="local", entries=[entry("m1"), entry("m2", "unclassifiable")],
                      plan=Plan(history=(fact("m1", hard=True, outcome="marked"),), alerts=(alert,)),
                      now=NOW, mailbox="rep", cursor="7", save_cursor=True)
    report = RunReport(started_at=NOW, finished_at=NOW, messages_scanned=2)
    store.save_report(report)
    status = store.status(NOW + timedelta(hours=1))
    json.dumps(status)
    assert status["mailboxes"]["rep"]["cursor_age_seconds"] == 3600
    assert [a["reason"] for a in status["mailboxes"]["rep"]["alerts_7d"]] == ["blocked"]
    assert status["unclassifiable"] == 1
    assert status["last_run"]["messages_scanned"] == 2
