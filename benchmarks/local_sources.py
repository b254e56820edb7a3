"""Figures for the local mail sources: time and peak memory of a first full read, an idle run
and a run with a few new messages, for a Maildir and an mbox of N messages; plus the cost of
the stdlib `mailbox.mbox` table of contents for comparison.

    .venv/bin/python benchmarks/local_sources.py [N]      (default 20000)
"""

from __future__ import annotations

import argparse
import mailbox
import tempfile
import time
import tracemalloc
from pathlib import Path

from connectors.maildir import MaildirSource, MboxSource

BODY = (b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: rep@acme.example\n"
        b"Subject: Delivery Status Notification (Failure)\nMessage-ID: <b-%d@mx.google.com>\n\n"
        + b"Address not found: this line pads the message to a realistic size.\n" * 40)


def drain(source, cursor, limit=500):
    n, more = 0, True
    while more:
        batch = source.fetch(cursor, limit=limit)
        n += len(batch.messages)
        cursor, more = batch.cursor, batch.more
    return n, cursor


def measure(label, fn):
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # tracemalloc slows Python down; time again without it for the figure.
    t0 = time.perf_counter()
    fn()
    plain = time.perf_counter() - t0
    print(f"{label:<44} {plain * 1000:9.1f} ms  (traced {elapsed * 1000:8.1f} ms)  peak {peak / 1024:8.0f} KiB")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=20000, help="messages (default 20000)")
    n = parser.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        md = base / "mail"
        for d in ("cur", "new", "tmp"):
            (md / d).mkdir(parents=True)
        for i in range(n):
            (md / ("cur" if i % 2 else "new") / f"{1763640000 + i}.M{i}P1.host").write_bytes(BODY % i)
        with (base / "box.mbox").open("wb") as f:
            for i in range(n):
                f.write(b"From MAILER-DAEMON Fri Nov 20 12:00:00 2026\n" + BODY % i + b"\n")
        size_mb = (base / "box.mbox").stat().st_size / 1e6
        print(f"{n} messages ({size_mb:.1f} MB as mbox)")

        source = MaildirSource({"address": "rep@acme.example", "path": "mail", "settle_seconds": 0},
                               base_dir=base)
        count, cursor = measure("maildir: first full read (pages of 500)", lambda: drain(source, None))
        assert count == n, count
        measure("maildir: idle run", lambda: drain(source, cursor))
        for i in range(n, n + 10):
            (md / "new" / f"{1763640000 + i}.M{i}P1.host").write_bytes(BODY % i)
        measure("maildir: run with 10 new messages", lambda: drain(source, cursor))

        mbox = MboxSource({"address": "rep@acme.example", "path": "box.mbox"}, base_dir=base)
        count, cursor = measure("mbox: first full read (pages of 500)", lambda: drain(mbox, None))
        assert count == n, count
        measure("mbox: idle run", lambda: drain(mbox, cursor))
        measure("stdlib mailbox.mbox: table of contents only",
                lambda: len(mailbox.mbox(base / "box.mbox", create=False).keys()))


if __name__ == "__main__":
    main()
