"""Throughput of the sync-core pipeline: classify -> match -> plan -> outbox -> apply, on the
local CRM and a SQLite (or PostgreSQL) state store. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/sync_pipeline.py [--messages 2000] [--state-url URL]

For PostgreSQL, create a scratch schema first and name it in the URL:
    psql -h 127.0.0.1 -U postgres test -c "create schema bench_sc"
    ... --state-url "postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dbench_sc"
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.local import LocalCrm  # noqa: E402
from sync.policy import Policy  # noqa: E402
from sync.store import open_store  # noqa: E402
from sync.worker import Mailbox, run_once  # noqa: E402
from tests.sync.helpers import ListSource, dsn  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=2000)
    ap.add_argument("--state-url", default="sqlite:///state.db")
    args = ap.parse_args()
    logging.disable(logging.INFO)
    base = Path(tempfile.mkdtemp(prefix="bounce-sync-bench-"))
    n = args.messages
    (base / "contacts.csv").write_text("email,owner,sequences\n" + "".join(
        f"c{i}@example.com,rep@acme.example,Outbound:2\n" for i in range(0, n, 2)))
    crm = LocalCrm({"path": "crm.sqlite3"}, base_dir=base)
    crm.setup(dry_run=False)
    crm.import_contacts_csv(base / "contacts.csv")
    store = open_store(args.state_url, base_dir=base)
    source = ListSource([dsn(f"c{i}@example.com", msgid=f"o{i}@x") for i in range(n)])
    clock = lambda: datetime.now(timezone.utc)  # noqa: E731
    mailboxes = [Mailbox(name="bench", source=source)]

    t = time.perf_counter()
    report = run_once(mailboxes=mailboxes, crm=crm, store=store, policy=Policy(), clock=clock)
    first = time.perf_counter() - t
    t = time.perf_counter()
    idle = run_once(mailboxes=mailboxes, crm=crm, store=store, policy=Policy(), clock=clock)
    second = time.perf_counter() - t
    print(f"state: {args.state_url.split('?')[0]}")
    print(f"first run: {n} bounces ({report.contacts_marked} contacts marked, "
          f"{report.unenrolled} unenrolled, {report.unmatched} unmatched) in {first:.2f}s "
          f"= {n / first:.0f} messages/s")
    print(f"idle run: {second * 1000:.1f} ms ({idle.messages_scanned} new messages, "
          f"{source.fetches} fetches in total)")
    store.close()
    crm.close()


if __name__ == "__main__":
    main()
