"""Several `bounce-sync run` processes on one PostgreSQL state: they split mailboxes and outbox
rows with leases; workers are SIGKILLed mid-run (one while it reads a mailbox, with
--kill-applier a second while it applies outbox rows); after their leases expire the next
round finishes their share; no CRM effect happens twice, even though the HubSpot rate limit
makes one batch of CRM calls outlast the lease (the leases are renewed while work goes on).

    .venv/bin/python benchmarks/many_workers.py [--workers 3] [--mailboxes 20] [--bounces 5]
        [--lease 5] [--crm-limit N --crm-window S] [--kill-applier]
        [--url postgresql://postgres@127.0.0.1:5432/test]
    .venv/bin/python benchmarks/many_workers.py --full
        (4 workers, 30 mailboxes, 20 bounces each, 5 s lease, two kills)

Each run gets a fresh schema (dropped at the end). The fakes (Gmail with one user per
mailbox, HubSpot with its vendor rate limits: 190 calls per rolling 10 s, or --crm-limit
per --crm-window) come from tests/e2e/harness.py. Counted from the fakes: per contact,
writes that set our bounce status and writes that asked the workflow to unenroll, and
enrollments ended; per message, messages.get downloads. From the workers' logs: the longest
apply batch (against the lease) and lease renewals.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


from tests.e2e.harness import E2E
from tests.stress.harness.repeats import note_paged

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
P = "bounce_sync_"


@dataclass
class Kill:
    """One SIGKILLed worker and what it held at that moment."""

    worker: int
    stage: str  # "reading" (a mailbox lease) or "applying" (outbox rows)
    leases: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)  # outbox keys it held
    contacts: set[str] = field(default_factory=set)  # their contacts


@dataclass
class Outcome:
    workers: int
    mailboxes: int
    bounces: int
    lease: int = 5
    killed: bool = False  # the reading victim was still running when killed
    kills: list[Kill] = field(default_factory=list)
    rounds: list[list[dict]] = field(default_factory=list)  # per round, per worker: summary (or {"killed": True})
    contacts_bounced: int = 0  # contacts bounced and out of every sequence at the end
    status_writes: Counter = field(default_factory=Counter)  # contact -> writes setting status=bounced
    unenroll_writes: Counter = field(default_factory=Counter)  # contact -> unenroll requests
    enrollments_ended: int = 0
    downloads: Counter = field(default_factory=Counter)  # message path -> messages.get served
    gets: int = 0
    ledger_rows: int = 0
    outbox: dict = field(default_factory=dict)
    seconds: float = 0.0
    held: list = field(default_factory=list)  # [lease names, outbox rows leased] of the victim when killed
    longest_batch: float = 0.0  # seconds of the slowest crm.apply batch in any finished worker
    batches_over_lease: int = 0  # apply batches that took longer than the lease
    renewals: int = 0  # lease renewals during apply batches, finished workers
    taken_over: int = 0  # "lease ... lost / taken over" warnings in finished workers' logs
    alerts: int = 0  # alerts the state store holds at the end
    unpaged: list[str] = field(default_factory=list)  # of those, in no summary of a run that exited 3

    @property
    def duplicate_effects(self) -> int:
        return sum(n - 1 for n in self.unenroll_writes.values() if n > 1)

    @property
    def repeated_marks(self) -> int:
        return sum(n - 1 for n in self.status_writes.values() if n > 1)

    @property
    def repeated_downloads(self) -> int:
        return sum(n - 1 for n in self.downloads.values() if n > 1)

    def in_flight(self) -> set[str]:
        """Contacts whose outbox rows a worker held when it was SIGKILLed while applying:
        its call may have reached the CRM before it could record so; the only effects a
        lease cannot keep from repeating (at-least-once; see README)."""
        return {c for k in self.kills if k.stage == "applying" for c in k.contacts}

    def unexplained(self, counter: Counter) -> int:
        """Repeats on contacts no killed applier held: must be 0."""
        spare = self.in_flight()
        return sum(n - 1 for c, n in counter.items() if n > 1 and c not in spare)


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


def _held_by(state_url: str, pid: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Named leases and outbox rows (key, contact) the worker with this pid holds now."""
    import psycopg

    from sync.store import UTC, ts

    now = ts(datetime.now(UTC))
    with psycopg.connect(state_url, autocommit=True) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM leases WHERE owner LIKE %s AND expires >= %s", (f"%:{pid}", now))]
        rows = conn.execute("SELECT key, contact_id FROM outbox WHERE state = 'leased' "
                            "AND lease_owner LIKE %s AND lease_expires >= %s",
                            (f"%:{pid}", now)).fetchall()
    return names, [tuple(r) for r in rows]


def _kill(proc: subprocess.Popen, state_url: str, kill: Kill) -> bool:
    """Freeze it, look at what it holds, then SIGKILL (no cleanup: its leases stay until
    they expire)."""
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGSTOP)
    names, rows = _held_by(state_url, proc.pid)
    kill.leases, kill.rows = names, [k for k, _ in rows]
    kill.contacts = {c for _, c in rows}
    proc.send_signal(signal.SIGKILL)
    return True


_APPLIED = re.compile(r"applied (\d+) action\(s\) in ([\d.]+)s \(lease (\d+)s, renewed (\d+)")


def _round(e2e: E2E, n: int, *, kill_after_histories: int | None, folder: Path,
           state_url: str = "", held: list | None = None, kills: list[Kill] | None = None,
           kill_applier: bool = False, logs: list[str] | None = None) -> tuple[list[dict], bool]:
    argv, env = e2e.command("run")
    procs = [subprocess.Popen(argv, cwd=folder, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(n)]
    killed = False
    dead: set[int] = set()
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
        victim = Kill(worker=0, stage="reading")
        if _kill(procs[0], state_url, victim):
            killed = True
            dead.add(0)
            if held is not None:
                held.extend([victim.leases, len(victim.rows)])
            if kills is not None:
                kills.append(victim)
    if kill_applier and n > 1:
        # A second victim while it applies: it holds outbox rows (its CRM call under way).
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and procs[1].poll() is None:
            if _held_by(state_url, procs[1].pid)[1]:
                break
            time.sleep(0.005)
        victim = Kill(worker=1, stage="applying")
        if _kill(procs[1], state_url, victim):
            dead.add(1)
            if kills is not None:
                kills.append(victim)
    out = []
    for i, p in enumerate(procs):
        stdout, stderr = p.communicate(timeout=600)
        if i in dead:
            out.append({"killed": True})
            continue
        if logs is not None:
            logs.append(stderr)
        lines = [line for line in stdout.splitlines() if line.strip()]
        if p.returncode not in (0, 1, 3) or not lines:  # 3: bounce-rate alert (every send bounced)
            raise RuntimeError(f"worker {i} exit {p.returncode}\n{stderr[-3000:]}")
        out.append(json.loads(lines[-1]))
    return out, killed


def _throttle_updates(fake, seconds: float) -> None:
    """Every other contacts batch update is refused with 429 and `Retry-After: seconds`,
    as HubSpot does when the ten-secondly bucket is dry: each apply batch then waits that
    long inside one CRM call (the client honours Retry-After), longer than the lease."""
    import threading

    plain, lock, count = fake.dispatch, threading.Lock(), [0]

    def dispatch(request):
        if request.method == "POST" and request.path.endswith("/objects/contacts/batch/update"):
            with lock:
                count[0] += 1
                refuse = count[0] % 2 == 1
            if refuse:
                fake.faults.retry_after = seconds
                request.fault = "ten_secondly"
                return fake._limit_body("TEN_SECONDLY_ROLLING",
                                        "You have reached your ten_secondly_rolling limit.")
        return plain(request)

    fake.dispatch = dispatch


def run(*, workers: int = 3, mailboxes: int = 20, bounces: int = 5, lease: int = 5,
        url: str = PG_URL, folder: Path | None = None, kill: bool = True,
        kill_applier: bool = False, crm_limit: int | None = None,
        crm_window: float | None = None, throttle: float | None = None) -> Outcome:
    folder = Path(folder or tempfile.mkdtemp(prefix="many-workers-"))
    schema, state_url = _schema_url(url)
    addresses = [f"rep{i}@seller.example" for i in range(mailboxes)]
    result = Outcome(workers=workers, mailboxes=mailboxes, bounces=mailboxes * bounces, lease=lease)
    logs: list[str] = []
    started = time.perf_counter()
    try:
        with E2E(folder, "hubspot", mailboxes=addresses, policy={"lease_seconds": lease}) as e2e:
            if crm_limit is not None:  # a tighter vendor limit: batches outlast the lease
                e2e.crm.fake.ten_secondly_limit = crm_limit
            if crm_window is not None:
                e2e.crm.fake.window_seconds = crm_window
            if throttle is not None:
                _throttle_updates(e2e.crm.fake, throttle)
            served = e2e.gmail._answer_part  # count downloads per message (the fake's batch parts)

            def counted(outer, inner, n):
                response = served(outer, inner, n)
                # bounce downloads only (format=raw): the sent lookup's metadata reads of the
                # originals (sync/sent_evidence.py, issue 9) are not downloads of bounces
                if inner.method == "GET" and "/messages/" in inner.path and response.status == 200 \
                        and inner.arg("format", "full") == "raw":
                    result.downloads[inner.path] += 1
                return response

            e2e.gmail._answer_part = counted
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
            result.downloads.clear()
            first, result.killed = _round(e2e, workers, folder=folder, state_url=state_url,
                                          held=result.held, kills=result.kills,
                                          kill_applier=kill and kill_applier, logs=logs,
                                          kill_after_histories=mailboxes // 3 if kill else None)
            result.rounds.append(first)
            time.sleep(lease + 0.5)  # the killed worker's leases expire; cron starts the next round
            e2e.crm.settle()
            second, _ = _round(e2e, workers, kill_after_histories=None, folder=folder, logs=logs)
            result.rounds.append(second)
            result.gets = e2e.gmail.parts_served - gets
            for r in hub.log[mark:]:
                if r.status != 200:
                    continue  # refused (429 and the like): no effect on the CRM
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
                stored = {tuple(r) for r in conn.execute("SELECT mailbox, kind, message_id FROM alerts")}
            # Every alert paged: in the summary of a worker that exited 3 (the killed ones
            # said nothing; a later round pages what they recorded).
            paged: set = set()
            for s in (s for rnd in result.rounds for s in rnd if not s.get("killed")):
                note_paged(paged, s["exit_status"], s)
            result.alerts = len(stored)
            result.unpaged = sorted(f"{m} {k} {mid}" for m, k, mid in stored - paged)
    finally:
        _drop(url, schema)
    result.seconds = time.perf_counter() - started
    (folder / "worker-logs.txt").write_text("\n".join(logs))  # for a closer look
    for text in logs:
        for m in _APPLIED.finditer(text):
            took = float(m.group(2))
            result.longest_batch = max(result.longest_batch, took)
            result.batches_over_lease += took > lease
            result.renewals += int(m.group(4))
        result.taken_over += len(re.findall(r"taken over|lost: another worker", text))
    return result


def report(r: Outcome) -> None:
    print(f"{r.workers} workers, {r.mailboxes} mailboxes, {r.bounces} hard bounces, PostgreSQL state "
          f"(fresh schema), lease {r.lease}s; worker 0 "
          f"{'killed mid-run' if r.killed else 'NOT killed (it finished first)'}")
    for k in r.kills:
        print(f"SIGKILL w{k.worker} while {k.stage}: held leases {k.leases or 'none'}, "
              f"outbox rows {len(k.rows)} ({len(k.contacts)} contacts)")
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
        for i, s in enumerate(rnd):
            if s.get("exit_status") == 1:  # work left or failed rows: say why
                print(f"  w{i} exit 1: " + " | ".join(s.get("notes", [])[-3:]))
    scanned = sum(s.get("messages_scanned", 0) for rnd in r.rounds for s in rnd)
    print(f"ledger rows {r.ledger_rows} (bounces delivered {r.bounces}); scanned by finished workers {scanned}")
    print(f"contacts bounced and out of sequences: {r.contacts_bounced}/{r.bounces}; "
          f"enrollments ended {r.enrollments_ended}")
    print(f"unenroll requests: {sum(r.unenroll_writes.values())} for {len(r.unenroll_writes)} contacts "
          f"(duplicates {r.duplicate_effects}, on contacts no killed applier held "
          f"{r.unexplained(r.unenroll_writes)}); bounce-status writes: {sum(r.status_writes.values())} "
          f"for {len(r.status_writes)} contacts (repeated {r.repeated_marks}, on contacts no killed "
          f"applier held {r.unexplained(r.status_writes)})")
    print(f"messages.get downloads {r.gets} for {r.bounces} bounces ({len(r.downloads)} messages, "
          f"downloaded again {r.repeated_downloads}); outbox {r.outbox}; {r.seconds:.1f}s")
    print(f"longest apply batch {r.longest_batch:.1f}s vs lease {r.lease}s "
          f"({r.batches_over_lease} batches outlasted the lease); lease renewals during apply "
          f"{r.renewals}; leases lost to another worker: {r.taken_over}")
    print(f"alerts {r.alerts}, never paged {len(r.unpaged)}" + (f": {r.unpaged[:5]}" if r.unpaged else ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--mailboxes", type=int, default=20)
    ap.add_argument("--bounces", type=int, default=5, help="per mailbox")
    ap.add_argument("--lease", type=int, default=5, help="lease_seconds in the test config")
    ap.add_argument("--url", default=PG_URL)
    ap.add_argument("--no-kill", action="store_true")
    ap.add_argument("--kill-applier", action="store_true",
                    help="also SIGKILL a second worker while it applies outbox rows")
    ap.add_argument("--crm-limit", type=int, help="HubSpot calls per window (vendor: 190)")
    ap.add_argument("--crm-window", type=float, help="HubSpot rate-limit window, s (vendor: 10)")
    ap.add_argument("--throttle", type=float,
                    help="refuse every other batch update with 429 Retry-After: this many s")
    ap.add_argument("--pause", action="store_true",
                    help="also: a worker SIGSTOPped mid-apply past its lease, then SIGCONT")
    ap.add_argument("--full", action="store_true",
                    help="4 workers, 30 mailboxes, 20 bounces each, both kills, the pause")
    args = ap.parse_args()
    if args.full:
        args.workers, args.mailboxes, args.bounces, args.kill_applier = 4, 30, 20, True
        args.pause = True
    report(run(workers=args.workers, mailboxes=args.mailboxes, bounces=args.bounces,
               lease=args.lease, url=args.url, kill=not args.no_kill,
               kill_applier=args.kill_applier, crm_limit=args.crm_limit,
               crm_window=args.crm_window, throttle=args.throttle))
    if args.pause:
        from tests.stress.harness.pause import pause_past_lease

        print("\n".join(pause_past_lease(contacts=1000, lease=args.lease, url=args.url).lines()))


if __name__ == "__main__":
    main()
