"""A worker paused past its lease and resumed (issue 10, finding 4): the real `bounce-sync
run` on a PostgreSQL state, SIGSTOPped while it applies outbox rows with batches still to
send; once its lease has expired a second worker takes the rows over and finishes them, and
users fix the address of 5 of those contacts (edits racing the paused worker's in-flight
actions). Then SIGCONT: the paused worker must send nothing more, so no bounce-status write
reaches the CRM after it wakes and the 5 fixed contacts are not bounced again.

    from tests.stress.harness.pause import pause_past_lease
    r = pause_past_lease(folder, contacts=400, lease=5)
    r.after_wake_marks == 0 and r.refixed == 0

HubSpot's vendor limit makes the apply slow enough to be caught mid-round: every other batch
update is refused with 429 and a Retry-After (many_workers._throttle_updates).
"""

from __future__ import annotations

import json
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.e2e.harness import E2E
from tests.stress.harness.many_workers import (
    P, PG_URL, _drop, _held_by, _schema_url, _throttle_updates,
)

UPDATE = "/objects/contacts/batch/update"


@dataclass
class PauseReport:
    contacts: int
    lease: int
    paused_holding: int = 0  # outbox rows the worker held when paused
    paused_seconds: float = 0.0
    sent_before_pause: int = 0  # its batch updates answered before the pause
    fixed: list[str] = field(default_factory=list)  # contacts users fixed while it was paused
    after_wake_marks: int = 0  # bounce-status writes the CRM accepted after SIGCONT
    after_wake_requests: int = 0  # requests of any kind after SIGCONT (reads, the watcher)
    refixed: int = 0  # fixed contacts that ended bounced again
    woken_exit: int | None = None
    woken_notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and self.after_wake_marks == 0 and self.refixed == 0

    def lines(self) -> list[str]:
        out = [f"paused worker: SIGSTOP while applying, holding {self.paused_holding} outbox rows "
               f"after {self.sent_before_pause} batch update(s); paused {self.paused_seconds:.1f}s "
               f"(lease {self.lease}s); another worker finished its rows; users fixed "
               f"{len(self.fixed)} of them; SIGCONT",
               f"  after waking: bounce-status writes {self.after_wake_marks}, requests of any kind "
               f"{self.after_wake_requests}, fixed contacts bounced again {self.refixed}; "
               f"its exit {self.woken_exit}"]
        out += ["  note: " + n for n in self.woken_notes[-3:]]
        out += ["  PROBLEM " + p for p in self.problems]
        return out


def _marks(requests) -> int:
    return sum(1 for r in requests if r.applied and r.path.endswith(UPDATE)
               for item in (r.json() or {}).get("inputs") or ()
               if (item.get("properties") or {}).get(P + "status") == "bounced")


def pause_past_lease(folder: Path | None = None, *, contacts: int = 400, lease: int = 5,
                     url: str = PG_URL) -> PauseReport:
    folder = Path(folder or tempfile.mkdtemp(prefix="pause-"))
    schema, state_url = _schema_url(url)
    report = PauseReport(contacts=contacts, lease=lease)
    try:
        with E2E(folder, "hubspot", mailboxes=["rep@seller.example"],
                 policy={"lease_seconds": lease}) as e2e:
            text = e2e.config.read_text()
            e2e.config.write_text(text.replace('url = "sqlite:///bounce-sync.sqlite3"',
                                               f'url = "{state_url}"', 1))
            e2e.run()  # schema and cursor
            refs = e2e.add_contacts(contacts)
            for ref in refs:
                e2e.mailers["rep@seller.example"].bounce(ref.email, "hard")
            e2e.crm.settle()
            hub = e2e.crm.fake
            _throttle_updates(hub, 1.0)
            argv, env = e2e.command("run")
            start = len(hub.log)
            a = subprocess.Popen(argv, cwd=folder, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
            rows: list = []
            deadline = time.monotonic() + 240
            while time.monotonic() < deadline and a.poll() is None:
                sent = sum(1 for r in hub.log[start:] if r.applied and r.path.endswith(UPDATE))
                if sent >= 1:
                    a.send_signal(signal.SIGSTOP)
                    rows = _held_by(state_url, a.pid)[1]
                    if rows:
                        report.sent_before_pause = sent
                        break
                    a.send_signal(signal.SIGCONT)
                time.sleep(0.01)
            if not rows:
                a.kill()
                a.communicate()
                report.problems.append("the worker finished before it could be paused mid-apply")
                return report
            paused = time.monotonic()
            report.paused_holding = len(rows)
            time.sleep(lease + 1)  # its leases expire; cron starts another worker
            b = e2e.invoke("run", timeout=300)
            if b.returncode not in (0, 1, 3):
                report.problems.append(f"second worker exit {b.returncode}: {b.stderr[-1500:]}")
            held = sorted({c for _, c in rows})
            for cid in held[-5:]:  # users fix addresses the paused worker still meant to mark
                e2e.crm.edit_email(cid, f"fixed.{cid}@prospects.example")
                report.fixed.append(cid)
            mark = len(hub.log)
            report.paused_seconds = time.monotonic() - paused
            a.send_signal(signal.SIGCONT)
            out, err = a.communicate(timeout=300)
            after = hub.log[mark:]
            report.after_wake_marks = _marks(after)
            report.after_wake_requests = len(after)
            report.woken_exit = a.returncode
            lines = [line for line in out.splitlines() if line.strip()]
            if lines:
                report.woken_notes = json.loads(lines[-1]).get("notes", [])
            for _ in range(3):  # cron goes on: the fixed contacts are cleared and re-enrolled
                e2e.crm.settle()
                e2e.invoke("run", timeout=300)
            by_id = {r.id: r for r in refs}
            report.refixed = sum(1 for cid in report.fixed
                                 if e2e.state(by_id[cid]).status == "bounced")
    finally:
        _drop(url, schema)
    return report
