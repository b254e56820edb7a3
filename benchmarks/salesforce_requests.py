"""HTTP requests and wall time per SalesforceConnector operation against the fake Salesforce
holding `TOTAL` contacts, for `N` bounced contacts, beside the floor ceil(N/200) (one
sObject Collections call per 200 records). Unenrolls carry the trackers the lookup saw, as
the planner emits them; "idle watch" is a watcher pass with nothing new (Contact and Lead).

    .venv/bin/python benchmarks/salesforce_requests.py [N] [TOTAL]   (defaults 1000 100000)
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sync.records import ClearBounce, Enrollment, Reenroll, Unenroll  # noqa: E402
from tests.connectors.salesforce.harness import connector_for  # noqa: E402
from tests.contracts.crm import mark  # noqa: E402
from tests.fakes.salesforce import FakeSalesforce  # noqa: E402


def main(n: int, total: int) -> None:
    with FakeSalesforce() as fake:
        start = time.perf_counter()
        fake.install_fields()
        cadence = fake.add_cadence("Outbound")
        ids = [fake.add_contact(f"c{i}@example.com", cadences=["Outbound"] if i < n else (),
                                owner="005000000000001AAA")
               for i in range(total)]
        print(f"seeded {total} contacts ({n} in a cadence) in {time.perf_counter() - start:.1f}s")
        crm = connector_for(fake, backoff_seconds=0.05)
        crm.check()
        emails = [f"c{i}@example.com" for i in range(n)]
        floor = math.ceil(n / 200)
        rows = []

        def measure(name, fn):
            before, t0 = len(fake.log), time.perf_counter()
            out = fn()
            rows.append((name, len(fake.log) - before, time.perf_counter() - t0))
            return out

        found = measure("find_contacts", lambda: crm.find_contacts(emails))
        refs = [c.ref for c in found]
        seen = {c.ref.id: c.enrollments for c in found}
        measure("apply MarkBounced", lambda: crm.apply([mark(r, e, key=f"m{i}")
                                                        for i, (r, e) in enumerate(zip(refs, emails))]))
        removed = measure("apply Unenroll", lambda: crm.apply(
            [Unenroll(key=f"u{i}", contact=r, enrollments=seen[r.id]) for i, r in enumerate(refs)]))
        until = datetime.now(timezone.utc) + timedelta(minutes=1)

        cursor = None

        def watch():
            nonlocal cursor
            more, changed = True, 0
            while more:
                batch = crm.bounced_changes(cursor, until=until)
                cursor, more, changed = batch.cursor, batch.more, changed + len(batch.contacts)
            return changed
        measure("bounced_changes (all pages)", watch)
        fake.clock_offset = timedelta(hours=1)  # the next cron run: past the watcher's lag
        measure("idle watch (nothing new)", lambda: crm.bounced_changes(
            cursor, until=datetime.now(timezone.utc) + timedelta(hours=1)))
        fake.clock_offset = timedelta(0)
        measure("apply ClearBounce", lambda: crm.apply([ClearBounce(key=f"c{i}", contact=r)
                                                        for i, r in enumerate(refs)]))
        measure("apply Reenroll", lambda: crm.apply([
            Reenroll(key=f"r{i}", contact=r, enrollments=res.removed or (Enrollment(sequence_id=cadence),))
            for i, (r, res) in enumerate(zip(refs, removed))]))
        print(f"N={n} bounced of {total}; floor ceil(N/200) = {floor}")
        print(f"{'operation':32} {'requests':>8} {'x floor':>8} {'seconds':>8}")
        for name, count, secs in rows:
            print(f"{name:32} {count:8d} {count / floor:8.2f} {secs:8.2f}")
        print(f"(a lookup call is one composite per {crm.settings.query_chunk} addresses: Contact, Lead "
              f"and their trackers; cadence actions {crm.settings.action_chunk} inputs per call; "
              f"ids {ids[0]}..)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=1000, help="bounced contacts (default 1000)")
    parser.add_argument("total", nargs="?", type=int, default=100_000,
                        help="contacts in the fake org (default 100000)")
    args = parser.parse_args()
    main(args.n, args.total)
