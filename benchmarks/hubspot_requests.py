"""HubSpot connector: HTTP requests per operation vs the floor ceil(N/100), and wall time,
against the fake HubSpot on 127.0.0.1 (real hubspot-api-client stack).

    .venv/bin/python benchmarks/hubspot_requests.py [N ...]     (default: 250 1000 10000)
"""

from __future__ import annotations

import math
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.hubspot import HubSpotConnector  # noqa: E402
from sync.records import BounceStatus, ContactRef, MarkBounced  # noqa: E402
from sync.secret import Secret  # noqa: E402
from tests.fakes.hubspot import TOKEN, FakeHubSpot  # noqa: E402


def run(n: int) -> None:
    with FakeHubSpot(search_lag=0.0) as fake:
        hub = HubSpotConnector({"access_token": Secret(TOKEN, "bench"), "base_url": fake.url},
                               base_dir=Path("."))
        hub.setup(dry_run=False)
        emails = [f"b{i}@example.com" for i in range(n)]
        refs = [ContactRef(id=fake.add_contact(e)) for e in emails]
        now = datetime.now(timezone.utc)
        floor = math.ceil(n / 100)
        rows = []
        for name, op in (
            ("find_contacts", lambda: hub.find_contacts(emails)),
            ("apply MarkBounced", lambda: hub.apply([MarkBounced(
                key=e, contact=r, status=BounceStatus.BOUNCED, address=e, hard=True,
                reason="userunknown", reason_label="Mailbox does not exist",
                diagnostic="550 5.1.1", bounced_at=now) for r, e in zip(refs, emails)])),
            ("bounced_changes", lambda: hub.bounced_changes(
                None, until=now + timedelta(days=1), limit=n + 1)),
        ):
            fake.log.clear()
            started = time.perf_counter()
            op()
            rows.append((name, fake.count(), time.perf_counter() - started))
        for name, count, secs in rows:
            ref = math.ceil(n / 200) if name == "bounced_changes" else floor
            print(f"N={n:>6} {name:<18} {count:>4} requests (floor {ref:>3})  {secs:6.2f} s")


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["250", "1000", "10000"]:
        run(int(arg))
