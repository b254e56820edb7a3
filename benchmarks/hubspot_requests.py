"""HubSpot connector: HTTP requests per operation vs the floor, and wall time, against the
fake HubSpot on 127.0.0.1 (real hubspot-api-client stack, no rate limits).

    .venv/bin/python benchmarks/hubspot_requests.py [N ...]     (default: 250 1000 10000)

N contacts, each enrolled in a sequence, bounce and are fixed again:
  find_contacts            ceil(N/100) batch reads + one enrollment GET per enrolled contact
                           (HubSpot has no batch API for enrollments)
  apply MarkBounced+Unenroll   ceil(N/100) batch updates (one input per contact), no reads
  bounced_changes (full)   ceil(N/200) search pages (from no cursor: no idle check first)
  bounced_changes (idle)   1 search: nothing changed since the read before
  apply ClearBounce+Reenroll   ceil(N/100) batch updates + one enrollment POST per contact
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.hubspot import HubSpotConnector  # noqa: E402
from sync.records import (  # noqa: E402
    BounceStatus, ClearBounce, MarkBounced, Reenroll, Unenroll,
)
from sync.secret import Secret  # noqa: E402
from tests.fakes.hubspot import TOKEN, FakeHubSpot  # noqa: E402


def run(n: int) -> None:
    with FakeHubSpot(search_lag=0.0, ten_secondly_limit=10**9, search_per_second=10**9,
                     daily_limit=10**9) as fake:
        # search_lag_seconds 0, as the fake's search index has no lag: with the default 300 s
        # overlap the "idle" pass would re-read every contact just written, not measure idle.
        hub = HubSpotConnector({"access_token": Secret(TOKEN, "bench"), "base_url": fake.url,
                                "search_rate_per_second": 1000, "search_lag_seconds": 0, "reenroll_user_id": "7001",
                                "reenroll_sender": "rep@seller.example"},
                               base_dir=Path("."))
        hub.setup(dry_run=False)
        emails = [f"b{i}@example.com" for i in range(n)]
        for e in emails:
            fake.add_contact(e, sequences=["Outbound"])
        now = datetime.now(timezone.utc)
        floor, pages = math.ceil(n / 100), math.ceil(n / 200)
        state: dict = {}

        def lookup() -> None:
            state["found"] = hub.find_contacts(emails)

        def bounce() -> None:
            state["bounced"] = hub.apply([a for c in state["found"] for a in (
                MarkBounced(key=f"m{c.ref.id}", contact=c.ref, status=BounceStatus.BOUNCED,
                            address=c.email, hard=True, reason="userunknown",
                            reason_label="Mailbox does not exist", diagnostic="550 5.1.1",
                            bounced_at=now),
                Unenroll(key=f"u{c.ref.id}", contact=c.ref, enrollments=c.enrollments))])

        def watch() -> None:
            cursor, more = None, True
            while more:
                batch = hub.bounced_changes(cursor, until=datetime.now(timezone.utc), limit=n + 1)
                cursor, more = batch.cursor, batch.more
            state["cursor"] = cursor

        def idle() -> None:
            batch = hub.bounced_changes(state["cursor"], until=datetime.now(timezone.utc))
            assert batch.contacts == () and not batch.more

        def fix() -> None:
            removed = {r.key[1:]: r.removed for r in state["bounced"] if r.key.startswith("u")}
            hub.apply([a for c in state["found"] for a in (
                ClearBounce(key=f"c{c.ref.id}", contact=c.ref, note="email changed"),
                Reenroll(key=f"r{c.ref.id}", contact=c.ref, enrollments=removed[c.ref.id]))])

        rows = []
        for name, op, ref in (
            ("find_contacts", lookup, f"{floor} reads + {n} GETs"),
            ("apply mark+unenroll", bounce, f"{floor}"),
            ("bounced_changes full", watch, f"{pages}"),
            ("bounced_changes idle", idle, "1"),
            ("apply clear+reenroll", fix, f"{floor} + {n} POSTs"),
        ):
            fake.log.clear()
            started = time.perf_counter()
            op()
            rows.append((name, fake.count(), ref, time.perf_counter() - started))
        for name, count, ref, secs in rows:
            print(f"N={n:>6} {name:<21} {count:>6} requests (floor {ref:>18})  {secs:6.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", nargs="*", type=int, default=[250, 1000, 10000],
                        help="contacts per measurement (default: 250 1000 10000)")
    for count in parser.parse_args().n:
        run(count)
