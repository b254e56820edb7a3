"""Gmail cost figures: HTTP requests and quota units per operation against the fake Gmail,
versus the floor ceil(bounces / 50) batches. Also times the fake with a large mailbox.
Units use Google's published per-method table (messages.get 5, the fake's UNIT_COSTS).

Operations: a full sync; an idle run; an incremental run with N new bounces and N ordinary
messages; an incremental run after an import of `--imported` old-dated messages (half of
them bounces; history adds them, a date-bounded search alone would never see them); and
`--replies` ordinary messages alone (replies, auto-replies) beside as much sent mail. Runs
are 5 minutes apart (cron): ordinary mail is given up as a bounce after the search lag, in
the next run, which reads it as a sign of life: its headers only (messages.get
format=metadata, batched), never its body. Each line splits the units into those spent on
bounces and those spent on signs of life (the metadata parts and the INBOUND search that
keeps the mailbox's own sent mail out), per inbound message. Last, a reply's evidence: the
sent lookup the worker makes for `--evidence` replies from addresses that bounced (what each
answers, by its In-Reply-To/References; one sent message each here), once per page.

    .venv/bin/python benchmarks/gmail_cost.py [--mailbox 100000] [--bounces 1000] [--imported 100] [--evidence 100]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connectors.gmail import GmailSource  # noqa: E402
from connectors.gmail.screen import INBOUND  # noqa: E402
from sync.secret import Secret  # noqa: E402
from tests.connectors.gmail.harness import ADDRESS, ordinary  # noqa: E402
from tests.contracts.mail import bounce  # noqa: E402
from tests.fakes.gmail import UNIT_COSTS, FakeGmail  # noqa: E402

PATHS = {"/history": "history.list", "/messages": "messages.list", "/profile": "getProfile",
         "/batch/gmail/v1": "batch"}


def tally(fake: FakeGmail, mark: int, parts: int) -> tuple[dict[str, int], int, int]:
    """(requests by method, all units, units spent on signs of life)."""
    counts: dict[str, int] = {}
    life = 0
    for r in fake.log[mark:]:
        name = next((n for p, n in PATHS.items() if r.path.endswith(p)), None)
        if name:
            counts[name] = counts.get(name, 0) + 1
        if name == "messages.list" and (r.arg("q") or "").startswith(INBOUND + " after:"):
            life += UNIT_COSTS["messages.list"]
        if name == "batch":
            life += UNIT_COSTS["messages.get"] * r.body.count(b"format=metadata")
    units = sum(UNIT_COSTS.get(k, 0) * v for k, v in counts.items()) + UNIT_COSTS["messages.get"] * (fake.parts_served - parts)
    return counts, units, life


def run(source: GmailSource, cursor: str | None, limit: int = 500) -> tuple[int, int, str | None]:
    """(bounces, headers-only messages, cursor) of one run's fetches."""
    n = heads = 0
    while True:
        batch = source.fetch(cursor, limit=limit)
        heads += sum(1 for m in batch.messages if m.headers_only)
        n += sum(1 for m in batch.messages if not m.headers_only)
        cursor = batch.cursor
        if not batch.more:
            return n, heads, cursor


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mailbox", type=int, default=100_000, help="messages already in the mailbox")
    ap.add_argument("--bounces", type=int, default=1000, help="new bounces for the incremental run")
    ap.add_argument("--imported", type=int, default=100, help="old-dated messages imported for one run")
    ap.add_argument("--replies", type=int, default=1000, help="ordinary inbound messages alone, for the last run")
    ap.add_argument("--evidence", type=int, default=100, help="replies from bounced addresses whose evidence is looked up")
    args = ap.parse_args()
    with FakeGmail(quota_units_per_minute=10**9) as fake, tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        b, o = bounce(0), ordinary(0)
        start_ms = int((time.time() - 90 * 86400) * 1000)  # the mailbox spans the last 90 days
        step = 60 * 86400 * 1000 // max(args.mailbox, 1)
        for i in range(args.mailbox):
            raw = b.replace(b"bounce-0@", b"bounce-%d@" % i) if i % 20 == 0 else o.replace(b"reply-0@", b"reply-%d@" % i)
            fake.add_message(ADDRESS, raw, internal_date=start_ms + i * step)
        print(f"fake: {args.mailbox} messages added in {time.perf_counter() - t0:.1f}s")
        info = fake.authorized_user(ADDRESS)
        # Cron every 5 minutes: each run's clock is 5 minutes on, so new mail the bounce query
        # did not match is given up (after the default 60 s search lag) in the next run, which
        # reads it as a sign of life. (The mail's dates stay real: 5 runs stay within the
        # hour of slack the date bounds allow.)
        cron = [0.0]
        source = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"),
                              "api_endpoint": fake.url, "quota_units_per_minute": 10**9,
                              "verify": "thread"}, base_dir=Path(tmp), clock=lambda: time.time() + cron[0])
        for label, prepare in (("full sync", None), ("idle", None), ("incremental", args.bounces),
                               ("next run", None), ("imported", args.imported), ("next run", None),
                               ("replies only", args.replies), ("next run", None)):
            cron[0] += 300
            if label == "incremental":
                for i in range(prepare):
                    fake.add_message(ADDRESS, b.replace(b"bounce-0@", b"new-%d@" % i))
                    fake.add_message(ADDRESS, o.replace(b"reply-0@", b"new-%d@" % i))
            elif label == "imported":  # dated a year before the mailbox's oldest mail
                for i in range(prepare):
                    raw = b.replace(b"bounce-0@", b"old-%d@" % i) if i % 2 == 0 else o.replace(b"reply-0@", b"old-%d@" % i)
                    fake.add_message(ADDRESS, raw, internal_date=start_ms - 365 * 86400 * 1000 + i * 60_000)
            elif label == "replies only":  # and as much of the mailbox's own sent mail: no download
                for i in range(prepare):
                    fake.add_message(ADDRESS, o.replace(b"reply-0@", b"life-%d@" % i))
                    fake.add_message(ADDRESS, o.replace(b"reply-0@", b"sent-%d@" % i), labels=("SENT",))
            mark, parts = len(fake.log), fake.parts_served
            t0 = time.perf_counter()
            got, heads, cursor = run(source, None if label == "full sync" else cursor)  # noqa: F821
            elapsed = time.perf_counter() - t0
            counts, units, life = tally(fake, mark, parts)
            floor = math.ceil(got / 50) + math.ceil(heads / 50)
            print(f"{label}: {got} bounces + {heads} signs of life, requests {sum(counts.values())} {counts}, "
                  f"batches {counts.get('batch', 0)} vs floor ceil(N/50)+ceil(L/50)={floor}, "
                  f"units {units}: bounces {units - life} ({(units - life) / max(got, 1):.1f}/bounce), "
                  f"signs of life {life} ({life / max(heads, 1):.2f}/inbound message), {elapsed:.2f}s")
        reply_evidence(fake, source, args.evidence)


def reply_evidence(fake: FakeGmail, source: GmailSource, n: int) -> None:
    """The worker's sent lookup for `n` replies from addresses that bounced, each answering
    one message the mailbox sent (sync/sent_evidence.py; a reply's headers came in the
    metadata part counted above, whatever headers it asked for)."""
    ids = [f"answered-{i}@seller.example" for i in range(n)]
    for i, mid in enumerate(ids):
        fake.add_message(ADDRESS, (f"From: <{ADDRESS}>\r\nTo: <p{i}@example.com>\r\nSubject: Hi\r\n"
                                   f"Message-ID: <{mid}>\r\n\r\nHi\r\n").encode(), labels=("SENT",))
    mark, parts = len(fake.log), fake.parts_served
    found = source.sent_messages(ids)
    counts, units, _ = tally(fake, mark, parts)
    print(f"reply evidence: {len(found or {})} of {n} replies answer a sent message, requests "
          f"{sum(counts.values())} {counts}, units {units} ({units / max(n, 1):.2f}/reply from a "
          f"bounced address; replies from other addresses cost none)")


if __name__ == "__main__":
    main()
