"""Classifier throughput over the corpus beside the stdlib's parse-only cost, same run.

Usage: .venv/bin/python benchmarks/classify_bench.py [CORPUS_EMAILS_DIR] [--runs N]
Prints messages/second for `classify` and for `email.message_from_bytes(raw,
policy=email.policy.default)` plus walking every part, median of N runs, and the ratio.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import statistics
import time
from pathlib import Path

from classifier import classify

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "emails"


def parse_only(raw: bytes) -> int:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return sum(1 for _ in msg.walk())


def timed(fn, messages: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in messages:
        fn(raw)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    messages = [p.read_bytes() for p in sorted(args.folder.glob("*.eml"))]
    timed(classify, messages)  # warm caches and imports
    timed(parse_only, messages)
    c_runs, p_runs = [], []
    for _ in range(args.runs):  # interleaved so machine load hits both alike
        c_runs.append(timed(classify, messages))
        p_runs.append(timed(parse_only, messages))
    c, p = statistics.median(c_runs), statistics.median(p_runs)
    n = len(messages)
    print(f"messages: {n}  runs: {args.runs} (median)")
    print(f"classify:              {n / c:8.0f} msg/s  ({c * 1000:.1f} ms per pass)")
    print(f"stdlib parse + walk:   {n / p:8.0f} msg/s  ({p * 1000:.1f} ms per pass)")
    print(f"ratio classify/parse:  {c / p:8.2f}x  (target <= 1.5x)")


if __name__ == "__main__":
    main()
