"""Classifier throughput beside the parse floor, flufl.bounce and Sisimai, in one run.

Usage: .venv/bin/python benchmarks/classify_bench.py [CORPUS_EMAILS_DIR] [--runs N] [--no-sisimai]

Every contender reads the same messages from memory, in-process, and each message is timed on
its own, so the figures are messages per second (median over the runs of n / total time) and
the 99th percentile of the time per message:

- classify: `classifier.classify(raw)`.
- parse floor: the stdlib's `email.message_from_bytes(raw)` (compat32 policy, the fastest
  the stdlib offers) and a walk over every part; what any Python classifier pays at least.
- flufl.bounce: `scan_message(email.message_from_bytes(raw))` (the `bench` extra installs it).
- Sisimai: Debian's `libsisimai-perl`, timed inside Perl by benchmarks/sisimai_bench.pl
  (Sisimai::Message + Sisimai::Data per message, as Sisimai->make does), started once.

Targets (issue 13): classify >= 2x Sisimai and >= 1x flufl.bounce in messages per second.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifier import classify  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "emails"
PERL_DRIVER = Path(__file__).resolve().parent / "sisimai_bench.pl"


def parse_floor(raw: bytes) -> int:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return sum(1 for _ in msg.walk())


def flufl_scan() -> Callable[[bytes], object] | None:
    try:
        from flufl.bounce import scan_message
    except ImportError:
        return None

    def scan(raw: bytes) -> object:
        return scan_message(email.message_from_bytes(raw))

    return scan


def per_message(fn: Callable[[bytes], object], messages: list[bytes]) -> list[float]:
    times = []
    clock = time.perf_counter
    for raw in messages:
        start = clock()
        fn(raw)
        times.append(clock() - start)
    return times


def sisimai_runs(files: list[Path], runs: int) -> tuple[str, list[list[float]]] | None:
    """Per-message seconds of each run, measured inside Perl; None when Sisimai is missing."""
    if shutil.which("perl") is None:
        return None
    proc = subprocess.run(["perl", str(PERL_DRIVER), str(runs), *map(str, files)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        print(f"sisimai: not measured ({proc.stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    lines = proc.stdout.strip().split("\n")
    return lines[0], [[float(x) for x in line.split()] for line in lines[1:]]


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def summary(runs: list[list[float]]) -> tuple[float, float, float]:
    """(median msg/s over runs, p99 ms per message, max ms per message)."""
    rates = [len(r) / sum(r) for r in runs]
    pooled = [t for r in runs for t in r]
    return statistics.median(rates), p99(pooled) * 1000, max(pooled) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--no-sisimai", action="store_true")
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.eml"))
    messages = [p.read_bytes() for p in files]
    contenders: dict[str, Callable[[bytes], object]] = {"classify": classify, "parse floor (compat32)": parse_floor}
    scan = flufl_scan()
    if scan is not None:
        contenders["flufl.bounce"] = scan
    results: dict[str, list[list[float]]] = {name: [] for name in contenders}
    for fn in contenders.values():
        per_message(fn, messages)  # warm caches and imports
    for _ in range(args.runs):  # interleaved so machine load hits all alike
        for name, fn in contenders.items():
            results[name].append(per_message(fn, messages))
    sisimai = None if args.no_sisimai else sisimai_runs(files, args.runs)
    if sisimai is not None:
        version, runs = sisimai
        results[f"Sisimai {version.split()[-1]} (Perl)"] = runs
    print(f"messages: {len(messages)}  runs: {args.runs} (median msg/s; p99 and max over all runs)")
    rates = {}
    for name, runs in results.items():
        rate, tail, worst = summary(runs)
        rates[name] = rate
        print(f"  {name:<26} {rate:8.0f} msg/s   p99 {tail:7.2f} ms   max {worst:7.2f} ms")
    ours = rates["classify"]
    print(f"classify / parse floor:   {ours / rates['parse floor (compat32)']:5.2f}x")
    if "flufl.bounce" in rates:
        print(f"classify / flufl.bounce:  {ours / rates['flufl.bounce']:5.2f}x  (target >= 1x)")
    for name, rate in rates.items():
        if name.startswith("Sisimai"):
            print(f"classify / Sisimai:       {ours / rate:5.2f}x  (target >= 2x)")


if __name__ == "__main__":
    main()
