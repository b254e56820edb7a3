"""The cost of a run: HTTP requests per stage, Gmail quota units, wall time under the vendors'
rate limits beside the bound those limits impose, the idle run, and peak memory of a backfill.

    .venv/bin/python benchmarks/run_cost.py [--n 1000] [--mailboxes 4] [--crm hubspot salesforce]
                                            [--memory 10000 100000] [--no-limits]

In-process against the fake Gmail and the fake HubSpot / Salesforce (tests/e2e/harness.py seeds
them exactly as the end-to-end tests do: a SENT original per bounce and Gmail's DSN in the same
thread, each bounced address a CRM contact enrolled in a sequence). The worker is built from the
same TOML config the CLI reads (sync.config) and driven by `sync.worker.run_once`:

  1. a first run on empty mailboxes sets the cursors (not counted);
  2. N bounces are delivered, spread over the mailboxes; `settle()` lets HubSpot's search index
     catch up (cron runs minutes apart); the run that processes them is counted per stage;
  3. an idle run (nothing new) is counted.

The fakes' limits are the vendors' defaults: HubSpot 190 requests per 10 s and search 5/s;
Gmail per-user quota units per minute (FakeGmail default, which GmailSource's moving-minute
budget also assumes, spending at most quota_fraction of it in any 60 s). The "bound" is the
least time those limits allow for the requests counted.

Peak memory: `bounce-sync backfill` in a child process over an mbox of M messages (5%
bounces) with the local CRM; ru_maxrss of that child from os.wait4. The mbox source is used
because building a 100,000-message fake Gmail takes longer than the backfill itself; the
worker, classifier and state store are the same.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sync import config as config_mod  # noqa: E402
from sync.store import open_store  # noqa: E402
from sync.worker import Mailbox, run_once  # noqa: E402
from tests.e2e.harness import E2E  # noqa: E402
from tests.fakes.gmail import UNIT_COSTS  # noqa: E402

GMAIL_BATCH = 50  # messages.get per batch request
CRM_BATCH = {"hubspot": 100, "salesforce": 200}  # records per batch read/update call
LOOKUP_BATCH = {"hubspot": 100, "salesforce": 500}  # addresses per lookup call (Salesforce query_chunk)


# --------------------------------------------------------------------------- request stages

_GMAIL_STAGES = (
    ("token", r"/token$"),
    ("history.list", r"/history$"),
    ("messages.list", r"/messages$"),
    ("batch (messages.get)", r"^/batch"),
    ("getProfile", r"/profile$"),
    ("labels", r"/labels"),
)
_HUBSPOT_STAGES = (
    ("lookup (batch/read)", "POST", r"/objects/contacts/batch/read$"),
    ("update (batch/update)", "POST", r"/objects/contacts/batch/update$"),
    ("search", "POST", r"/search$"),
    ("enrollment (v4 sequences)", None, r"/sequences"),
    ("workflows", None, r"/automation/v[34]/flows"),
    ("properties/schema", None, r"/properties"),
)
_SALESFORCE_STAGES = (
    ("login", None, r"^/services/(Soap|oauth2)"),
    ("SOQL query (lookups, watcher)", "GET", r"/query"),
    ("composite batch", None, r"/composite/batch$"),
    # the watcher's keyset query bounds SystemModstamp from above ("<=", URL-encoded)
    ("composite (watcher)", None, r"/composite$", rb"SystemModstamp(\+|%20| )*(%3C%3D|<=)"),
    ("composite (lookups)", None, r"/composite$"),
    ("update (sObject Collections)", "PATCH", r"/composite/sobjects"),
    ("cadence actions", "POST", r"/actions/"),
    ("describe", "GET", r"/describe"),
)


def stage_counts(requests, stages) -> Counter:
    counts: Counter = Counter()
    for r in requests:
        for stage in stages:
            name, method, pattern, *body = stage if len(stage) >= 3 else (stage[0], None, stage[1])
            if (method is None or r.method == method) and re.search(pattern, r.path) \
                    and (not body or re.search(body[0], r.body or b"")):
                counts[name] += 1
                break
        else:
            counts[f"other {r.method} {re.sub(r'/[0-9A-Za-z]{15,18}(?=/|$)', '/ID', r.path)}"] += 1
    return counts


# --------------------------------------------------------------------------- one CRM


def build(e2e: E2E):
    """The worker's parts from the config the CLI would read, with the harness's env."""
    _, env = e2e.command("run")
    for k, v in env.items():
        if k.startswith("E2E_"):
            os.environ[k] = v
    cfg = config_mod.load(e2e.config)
    mailboxes = [Mailbox(name=m.name, source=s, paused=m.paused)
                 for m, s in config_mod.build_sources(cfg)]
    crm = config_mod.build_crm(cfg)
    store = open_store(cfg.state_url_text(), base_dir=cfg.base_dir)
    return cfg, mailboxes, crm, store


def measure_crm(crm_name: str, n: int, n_mailboxes: int, *, limits: bool, folder: Path) -> None:
    addresses = [f"rep{i}@seller.example" for i in range(n_mailboxes)]
    e2e = E2E(folder / crm_name, crm_name, mailboxes=addresses)
    if crm_name == "hubspot" and not limits:
        e2e.crm.fake.ten_secondly_limit = 10**9
        e2e.crm.fake.search_per_second = 10**9
    with e2e:
        gmail = e2e.gmail
        if not limits:
            gmail.quota_units_per_minute = 10**9
        cfg, mailboxes, crm, store = build(e2e)
        clock = lambda: datetime.now(timezone.utc)  # noqa: E731
        run = lambda: run_once(mailboxes=mailboxes, crm=crm, store=store, policy=cfg.policy,  # noqa: E731
                               clock=clock, worker_id="bench")
        run()  # cursors on the empty mailboxes

        t0 = time.perf_counter()
        refs = e2e.add_contacts(n, sequences={"Q4 Outbound": 2})
        for i, ref in enumerate(refs):
            e2e.mailers[addresses[i % n_mailboxes]].bounce(ref.email, "hard")
        seeded = time.perf_counter() - t0
        e2e.crm.settle()

        g_mark, g_parts, c_mark = len(gmail.log), gmail.parts_served, len(e2e.crm.fake.log)
        t0 = time.perf_counter()
        report = run()
        wall = time.perf_counter() - t0
        g_counts = stage_counts(gmail.log[g_mark:], _GMAIL_STAGES)
        gets = gmail.parts_served - g_parts
        crm_stages = _HUBSPOT_STAGES if crm_name == "hubspot" else _SALESFORCE_STAGES
        c_requests = list(e2e.crm.fake.log[c_mark:])
        c_counts = stage_counts(c_requests, crm_stages)
        units = (g_counts["history.list"] * UNIT_COSTS["history.list"]
                 + g_counts["messages.list"] * UNIT_COSTS["messages.list"]
                 + g_counts["getProfile"] * UNIT_COSTS.get("getProfile", 1)
                 + gets * UNIT_COSTS["messages.get"])

        # idle
        i_g, i_c = len(gmail.log), len(e2e.crm.fake.log)
        t1 = time.perf_counter()
        idle = run()
        idle_wall = time.perf_counter() - t1
        idle_g = stage_counts(gmail.log[i_g:], _GMAIL_STAGES)
        idle_c = stage_counts(e2e.crm.fake.log[i_c:], crm_stages)

        done = sum(1 for ref in refs if e2e.state(ref).status == "bounced" and not e2e.state(ref).sequences) \
            if n <= 2000 else None

    batch = CRM_BATCH[crm_name]
    floor_g = sum(math.ceil(len(range(m, n, n_mailboxes)) / GMAIL_BATCH) for m in range(n_mailboxes))
    floor_c = math.ceil(n / batch)
    print(f"\n== {crm_name}: N={n} hard bounces over {n_mailboxes} mailboxes "
          f"({'vendor rate limits' if limits else 'no rate limits'}); seeded in {seeded:.1f}s")
    print(f"run: scanned {report.messages_scanned}, marked {report.contacts_marked}, "
          f"unenrolled {report.unenrolled}, exit {report.exit_status()}, wall {wall:.1f}s"
          + (f"; contacts bounced and out of sequences: {done}/{n}" if done is not None else ""))
    print(f"{'stage':36} {'requests':>8} {'floor':>6} {'ratio':>6}")
    for name, count in sorted(g_counts.items()):
        floor = floor_g if name.startswith("batch") else None
        print(f"gmail {name:30} {count:8d} {floor if floor else '':>6} "
              f"{(f'{count / floor:.2f}' if floor else ''):>6}")
    print(f"gmail messages.get (batch parts)     {gets:8d} {n:6d} {gets / n:6.2f}")
    for name, count in sorted(c_counts.items()):
        per_batch = name.startswith(("lookup", "update", "SOQL", "cadence", "enrollment",
                                     "composite")) and "watcher" not in name
        # HubSpot has no batch API for sequence enrollments: one GET per enrolled contact.
        floor = n if crm_name == "hubspot" and name.startswith("enrollment") else \
            math.ceil(n / LOOKUP_BATCH[crm_name]) if name.startswith("composite (lookups)") else floor_c
        print(f"{crm_name} {name:{35 - len(crm_name)}} {count:8d} {floor if per_batch else '':>6} "
              f"{(f'{count / floor:.2f}' if per_batch else ''):>6}")
    print(f"crm total {len(c_requests)} requests for {n} bounces (floor per operation ceil(N/{batch})={floor_c})")
    print(f"gmail quota units: {units} = {units / n:.1f} per bounce "
          f"({UNIT_COSTS['messages.get']} per messages.get)")
    print(f"idle run: gmail {sum(idle_g.values())} requests {dict(idle_g)} for {n_mailboxes} mailboxes, "
          f"crm {sum(idle_c.values())} {dict(idle_c)}, {idle_wall * 1000:.0f} ms, exit {idle.exit_status()}")
    if limits:
        # Rolling windows allow a burst of the whole limit, then the limit again per window:
        # R requests need at least floor((R - 1) / L) windows.
        per_box_units = units / n_mailboxes
        cap = gmail.quota_units_per_minute
        gmail_bound = n_mailboxes * math.floor(max(0, per_box_units - 1) / cap) * 60
        # GmailSource's own pacing (connectors.gmail.MinuteBudget): no 60 s of its calls spend
        # more than quota_fraction (default 0.95) of the quota, so a burst of that share,
        # then that share again per minute as the spends age out.
        budget = getattr(mailboxes[0].source, "_budget", None)
        share = budget.capacity if budget is not None else 0.95 * cap
        paced = n_mailboxes * math.floor(max(0, per_box_units - 1) / share) * 60
        if crm_name == "hubspot":
            total, searches = len(c_requests), c_counts.get("search", 0)
            crm_bound = max(math.floor(max(0, total - 1) / 190) * 10.0,
                            math.floor(max(0, searches - 1) / 5) * 1.0)
        else:
            crm_bound = 0.0  # Salesforce: a daily API allowance, no per-second limit
        bound = gmail_bound + crm_bound
        print(f"bound from the vendors' limits (stages run one after another): gmail {gmail_bound:.0f}s "
              f"({per_box_units:.0f} units per mailbox vs {cap}/min) + crm {crm_bound:.0f}s = {bound:.0f}s; "
              f"GmailSource's own pacing needs {paced:.0f}s; wall {wall:.1f}s"
              + (f" = {wall / bound:.2f}x the bound" if bound >= 1 else ""))


# --------------------------------------------------------------------------- memory

REPLY = (b"From: Pat Prospect <pat%d@prospects.example>\nTo: rep@acme.example\n"
         b"Subject: Re: Quick question\nDate: Fri, 20 Nov 2026 10:00:00 +0000\n"
         b"Message-ID: <reply-%d@prospects.example>\n\n"
         + b"Thanks for reaching out, let's talk next week about the plans.\n" * 12)


def write_mbox(path: Path, m: int) -> int:
    from tests.sync.helpers import dsn

    bounces = 0
    with path.open("wb") as f:
        for i in range(m):
            if i % 20 == 0:
                raw = dsn(f"p{i}@prospects.example", msgid=f"o{i}@acme.example").replace(b"\r\n", b"\n")
                bounces += 1
            else:
                raw = REPLY % (i, i)
            f.write(b"From MAILER-DAEMON Fri Nov 20 12:00:00 2026\n" + raw.replace(b"\nFrom ", b"\n>From ") + b"\n")
    return bounces


def measure_memory(m: int, folder: Path) -> tuple[float, float, int]:
    """(peak RSS MiB, seconds, bounces) of `bounce-sync backfill` over an m-message mbox."""
    folder.mkdir(parents=True)
    bounces = write_mbox(folder / "box.mbox", m)
    (folder / "contacts.csv").write_text("email,owner,sequences\n" + "".join(
        f"p{i}@prospects.example,rep@acme.example,Outbound:2\n" for i in range(0, m, 20)))
    (folder / "bounce-sync.toml").write_text(
        '[state]\nurl = "sqlite:///state.sqlite3"\n\n'
        '[[mailboxes]]\nname = "box"\nsource = "mbox"\naddress = "rep@acme.example"\n'
        'path = "box.mbox"\nsettle_seconds = 0\n\n'
        '[crm]\nconnector = "local"\npath = "crm.sqlite3"\nimport_csv = "contacts.csv"\n')
    binary = Path(sys.executable).with_name("bounce-sync")
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(binary), "backfill", "--since", "2000-01-01", "--config",
                             str(folder / "bounce-sync.toml"), "--log-format", "json"],
                            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    summary = json.loads(out.decode().strip().splitlines()[-1])
    if summary.get("messages_scanned") != m:
        print(f"  (warning: scanned {summary.get('messages_scanned')} of {m})")
    return usage.ru_maxrss / 1024, seconds, summary.get("contacts_marked", 0)


# --------------------------------------------------------------------------- main


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[1000])
    ap.add_argument("--mailboxes", type=int, default=4)
    ap.add_argument("--crm", nargs="+", default=["hubspot", "salesforce"], choices=["hubspot", "salesforce"],
                    help="CRMs whose HTTP requests are counted (the local CRM makes none)")
    ap.add_argument("--memory", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--no-limits", action="store_true", help="also run without rate limits")
    args = ap.parse_args()
    logging.disable(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="run-cost-") as tmp:
        for n in args.n:
            for crm in args.crm:
                measure_crm(crm, n, args.mailboxes, limits=True, folder=Path(tmp) / f"{n}-limits")
                if args.no_limits:
                    measure_crm(crm, n, args.mailboxes, limits=False, folder=Path(tmp) / f"{n}-free")
        if args.memory:
            print("\n== peak memory: `bounce-sync backfill` (mbox source, local CRM, SQLite state), child ru_maxrss")
        for m in args.memory:
            rss, secs, marked = measure_memory(m, Path(tmp) / f"mem-{m}")
            print(f"backfill of {m:>7} messages ({m // 20} bounces, {marked} marked): "
                  f"peak RSS {rss:6.1f} MiB, {secs:.0f}s")


if __name__ == "__main__":
    main()
