"""Several `bounce-sync run` processes on one PostgreSQL state: they split mailboxes and outbox
rows with leases; one is killed mid-run; after its lease expires the next round finishes its
share; no CRM effect happens twice.

    .venv/bin/python benchmarks/many_workers.py [--workers 3] [--mailboxes 20] [--bounces 5]
                                                [--lease 4] [--url postgresql://postgres@127.0.0.1:5432/test]
    .venv/bin/python benchmarks/many_workers.py --full      (4 workers, 30 mailboxes, 20 bounces each)

Each run gets a fresh schema (dropped at the end). The fakes (Gmail with one user per
mailbox, HubSpot with its vendor rate limits) come from tests/e2e/harness.py. Counted from
the fakes: per contact, writes that set our bounce status and writes that asked the
workflow to unenroll, and enrollments ended; per bounce, messages.get downloads.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import E2E  # noqa: E402

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
P = "bounce_sync_"


@dataclass
class Outcome:
    workers: int
    mailboxes: int
    bounces: int
    killed: bool = False  # the victim was still running when killed
    rounds: list[list[dict]] = field(default_factory=list)  # per round, per worker: summary (or {"killed": True})
    contacts_bounced: int = 0  # contacts bounced and out of every sequence at the end
    status_writes: Counter = field(default_factory=Counter)  # contact -> writes setting status=bounced
    unenroll_writes: Counter = field(default_factory=Counter)  # contact -> unenroll requests
    enrollments_ended: int = 0
    downloads: Counter = field(default_factory=Counter)  # not per message: total messages.get parts
    gets: int = 0
    ledger_rows: int = 0
    outbox: dict = field(default_factory=dict)
    seconds: float = 0.0
    held: list = field(default_factory=list)  # [lease names, outbox rows leased] of the victim when killed

    @property
    def duplicate_effects(self) -> int:
        return sum(n - 1 for n in self.unenroll_writes.values() if n > 1)

    @property
    def repeated_marks(self) -> int:
        return sum(n - 1 for n in self.status_writes.values() if n > 1)


def _schema_url(base: str) -> tuple[str, str]:
    import psycopg

    schema = f"mw_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    return schema, f"{base}{sep}options=-csearch_path%3D{schema}"


def _drop(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _held_by(state_url: str, pid: int) -> tuple[list[str], int]:
    """Named leases and outbox rows the worker with this pid holds right now."""
    import psycopg

    with psycopg.connect(state_url, autocommit=True) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM leases WHERE owner LIKE %s",
                                            (f"%:{pid}",))]
        rows = conn.execute("SELECT count(*) FROM outbox WHERE state = 'leased' AND lease_owner LIKE %s",
                            (f"%:{pid}",)).fetchone()[0]
    return names, rows


def _round(e2e: E2E, n: int, *, kill_after_histories: int | None, folder: Path,
           state_url: str = "", held: list | None = None) -> tuple[list[dict], bool]:
    argv, env = e2e.command("run")
    procs = [subprocess.Popen(argv, cwd=folder, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    killed = False
    if kill_after_histories is not None:
        # Kill the victim while it holds a mailbox lease, after the other workers have
        # started reading: the worst moment (its page is fetched but maybe not committed).
        start = e2e.gmail.count("GET", r"/history$")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and procs[0].poll() is None:
            if e2e.gmail.count("GET", r"/history$") - start >= kill_after_histories and \
                    _held_by(state_url, procs[0].pid)[0]:
                break
            time.sleep(0.005)
        if procs[0].poll() is None:
            procs[0].send_signal(signal.SIGSTOP)  # freeze it, look at what it holds, then kill
            if held is not None:
                held.extend(_held_by(state_url, procs[0].pid))
            procs[0].send_signal(signal.SIGKILL)  # no cleanup: leases stay until they expire
            killed = True
    out = []
    for i, p in enumerate(procs):
        stdout, stderr = p.communicate(timeout=300)
        if killed and i == 0:
            out.append({"killed": True})
            continue
        lines = [line for line in stdout.splitlines() if line.strip()]
        if p.returncode not in (0, 1, 3) or not lines:  # 3: bounce-rate alert (every send bounced)
            raise RuntimeError(f"worker {i} exit {p.returncode}\n{stderr[-3000:]}")
        out.append(json.loads(lines[-1]))
    return out, killed


def run(*, workers: int = 3, mailboxes: int = 20, bounces: int = 5, lease: int = 4,
        url: str = PG_URL, folder: Path | None = None, kill: bool = True) -> Outcome:
    folder = Path(folder or tempfile.mkdtemp(prefix="many-workers-"))
    schema, state_url = _schema_url(url)
    addresses = [f"rep{i}@seller.example" for i in range(mailboxes)]
    result = Outcome(workers=workers, mailboxes=mailboxes, bounces=mailboxes * bounces)
    started = time.perf_counter()
    try:
        with E2E(folder, "hubspot", mailboxes=addresses, policy={"lease_seconds": lease}) as e2e:
            text = e2e.config.read_text()
            e2e.config.write_text(text.replace('url = "sqlite:///bounce-sync.sqlite3"',
                                               f'url = "{state_url}"', 1))
            rounds, _ = _round(e2e, 1, kill_after_histories=None, folder=folder)  # cursors, schema
            refs = e2e.add_contacts(mailboxes * bounces)
            for i, ref in enumerate(refs):
                e2e.mailers[addresses[i % mailboxes]].bounce(ref.email, "hard")
            e2e.crm.settle()
            hub = e2e.crm.fake
            mark, gets = len(hub.log), e2e.gmail.parts_served
            first, result.killed = _round(e2e, workers, folder=folder, state_url=state_url,
                                          held=result.held,
                                          kill_after_histories=mailboxes // 3 if kill else None)
            result.rounds.append(first)
            time.sleep(lease + 0.5)  # the killed worker's leases expire; cron starts the next round
            e2e.crm.settle()
            second, _ = _round(e2e, workers, kill_after_histories=None, folder=folder)
            result.rounds.append(second)
            result.gets = e2e.gmail.parts_served - gets
            for r in hub.log[mark:]:
                if r.method == "POST" and r.path.endswith("/objects/contacts/batch/update"):
                    for item in (r.json() or {}).get("inputs", []):
                        props = item.get("properties", {})
                        if props.get(P + "status") == "bounced":
                            result.status_writes[item["id"]] += 1
                        if props.get(P + "unenroll_requested_at"):
                            result.unenroll_writes[item["id"]] += 1
            for ref in refs:
                s = e2e.state(ref)
                result.contacts_bounced += s.status == "bounced" and not s.sequences
            result.enrollments_ended = sum(1 for e in hub.enrollments.values() if e["state"] == "UNENROLLED")
            import psycopg

            with psycopg.connect(state_url, autocommit=True) as conn:
                result.ledger_rows = conn.execute("SELECT count(*) FROM ledger").fetchone()[0]
                result.outbox = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    finally:
        _drop(url, schema)
    result.seconds = time.perf_counter() - started
    return result


def report(r: Outcome) -> None:
    print(f"{r.workers} workers, {r.mailboxes} mailboxes, {r.bounces} hard bounces, PostgreSQL state "
          f"(fresh schema); worker 0 {'killed mid-run' if r.killed else 'NOT killed (it finished first)'}")
    if r.held:
        print(f"worker 0 held when killed: leases {r.held[0] or 'none'}, outbox rows leased {r.held[1]}")
    for n, rnd in enumerate(r.rounds, 1):
        parts = []
        for i, s in enumerate(rnd):
            if s.get("killed"):
                parts.append(f"w{i}: killed")
            else:
                skipped = sum("another worker" in note for note in s.get("notes", []))
                parts.append(f"w{i}: scanned {s['messages_scanned']}, marked {s['contacts_marked']}, "
                             f"unenrolled {s['unenrolled']}, skipped {skipped} leased, exit {s['exit_status']}")
        print(f"round {n}: " + "; ".join(parts))
    scanned = sum(s.get("messages_scanned", 0) for rnd in r.rounds for s in rnd)
    print(f"ledger rows {r.ledger_rows} (bounces delivered {r.bounces}); scanned by finished workers {scanned}")
    print(f"contacts bounced and out of sequences: {r.contacts_bounced}/{r.bounces}; "
          f"enrollments ended {r.enrollments_ended}")
    print(f"unenroll requests: {sum(r.unenroll_writes.values())} for {len(r.unenroll_writes)} contacts "
          f"(duplicates {r.duplicate_effects}); bounce-status writes: {sum(r.status_writes.values())} "
          f"for {len(r.status_writes)} contacts (repeated {r.repeated_marks})")
    print(f"messages.get downloads {r.gets} for {r.bounces} bounces; outbox {r.outbox}; {r.seconds:.1f}s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--mailboxes", type=int, default=20)
    ap.add_argument("--bounces", type=int, default=5, help="per mailbox")
    ap.add_argument("--lease", type=int, default=4, help="lease_seconds in the test config")
    ap.add_argument("--url", default=PG_URL)
    ap.add_argument("--no-kill", action="store_true")
    ap.add_argument("--full", action="store_true", help="4 workers, 30 mailboxes, 20 bounces each")
    args = ap.parse_args()
    if args.full:
        args.workers, args.mailboxes, args.bounces = 4, 30, 20
    report(run(workers=args.workers, mailboxes=args.mailboxes, bounces=args.bounces,
               lease=args.lease, url=args.url, kill=not args.no_kill))


if __name__ == "__main__":
    main()
