"""How the classifier's work grows with a message's parts: a quadratic loop hides at the sizes
real mail has and stalls the worker on a forged message that repeats one part.

    .venv/bin/python benchmarks/growth.py [--seeds 80] [--k 20]

For each seed (the corpus and the real servers' notices, shuffled with a fixed seed) and each way
of growing it (its body's lines repeated, the whole body repeated, Received headers, other
headers, addresses added to the To, every body line made wider, more addresses listed under each
address line), the message is built at k and at 2k and classified: printed are the ratio of
Python calls (deterministic: a count, not a time) and of CPU time between the two, worst first.
Linear work gives about 2x; 4x and more is a square. Found with it (2026-12-06): recipients
compared with each other in formats/named and formats.not_others (6.2x; fixed, see
tests/stress/test_bad_input.py). What remains at the top is linear in the recipients a notice
names (each one read: about a millisecond each).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifier import classify  # noqa: E402
from tests.stress.harness.calls import python_calls  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "emails"
REAL = ROOT / "tests" / "classifier" / "fixtures" / "real"


def work(raw: bytes) -> tuple[int, float]:
    """Python and builtin calls of one classify (after a warming one), and its CPU seconds."""
    calls = python_calls(raw)
    start = time.process_time()
    classify(raw)
    return calls, time.process_time() - start


def _split(raw: bytes) -> tuple[bytes, bytes]:
    i = raw.find(b"\n\n")
    return (raw[: i + 1], raw[i + 1:]) if i >= 0 else (raw, b"")


def body_lines(raw: bytes, n: int) -> bytes:
    head, body = _split(raw)
    return head + b"\n".join(line for line in body.split(b"\n") for _ in range(n))


def body_repeated(raw: bytes, n: int) -> bytes:
    head, body = _split(raw)
    return head + body * n


def received(raw: bytes, n: int) -> bytes:
    return b"".join(b"Received: from h%d.example ([192.0.2.%d]) by mx%d.example with ESMTP id X%d; "
                    b"Thu, 3 Dec 2026 10:00:00 +0000\n" % (i, i % 250, i, i) for i in range(n)) + raw


def headers(raw: bytes, n: int) -> bytes:
    return b"".join(b"X-Extra-%d: value %d\n" % (i, i) for i in range(n)) + raw


def to_many(raw: bytes, n: int) -> bytes:
    more = b"".join(b", P%d <p%d@x%d.example>" % (i, i, i) for i in range(n))
    return re.sub(rb"(?m)^(To:[^\n]*)", lambda m: m.group(1) + more, raw)


def wide(raw: bytes, n: int) -> bytes:
    head, body = _split(raw)
    return head + b"\n".join(line * n for line in body.split(b"\n"))


def addresses(raw: bytes, n: int) -> bytes:
    head, body = _split(raw)
    out = []
    for line in body.split(b"\n"):
        out.append(line)
        if b"@" in line and len(line) < 200:
            out.extend(line.replace(b"@", b"%d@" % i, 1) for i in range(n))
    return head + b"\n".join(out)


GROW: dict[str, Callable[[bytes, int], bytes]] = {
    "body_lines": body_lines, "body_repeated": body_repeated, "received": received, "headers": headers,
    "to_many": to_many, "wide": wide, "addresses": addresses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=80)
    ap.add_argument("--k", type=int, default=20)
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    files = sorted(CORPUS.glob("*.eml")) + sorted(REAL.glob("*.eml"))
    random.Random(5).shuffle(files)
    rows = []
    for path in files[: args.seeds]:
        raw = path.read_bytes().replace(b"\r\n", b"\n")
        for name, grow in GROW.items():
            small, large = grow(raw, args.k), grow(raw, 2 * args.k)
            if len(large) > 900_000:  # the classifier reads the first megabyte
                continue
            (calls_a, cpu_a), (calls_b, cpu_b) = work(small), work(large)
            rows.append((calls_b / max(calls_a, 1), cpu_b / max(cpu_a, 1e-6), cpu_b, name, path.name, len(large)))
    print(f"growth: {args.seeds} seeds x {len(GROW)} ways, k={args.k} and {2 * args.k}; linear work is about 2x")
    by_calls = sorted(rows, reverse=True)
    print(f"median calls ratio {by_calls[len(by_calls) // 2][0]:.2f}; worst by calls:")
    for r in by_calls[: args.top]:
        print(f"  calls x{r[0]:.2f} cpu x{r[1]:.2f} ({r[2] * 1000:.0f} ms at 2k) {r[3]:13} {r[4]} {r[5]:,} B")
    print("worst by CPU at 2k:")
    for r in sorted(rows, key=lambda r: -r[2])[: args.top]:
        print(f"  calls x{r[0]:.2f} cpu x{r[1]:.2f} ({r[2] * 1000:.0f} ms at 2k) {r[3]:13} {r[4]} {r[5]:,} B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
