"""Classifier throughput beside the parse floor, flufl.bounce and Sisimai, in one run.

Usage: .venv/bin/python benchmarks/classify_bench.py [CORPUS_EMAILS_DIR] [--runs N] [--no-sisimai]
                                                     [--clock wall|cpu]

Every contender reads the same messages from memory, in-process, and each message is timed on
its own, so the figures are messages per second (median over the runs of n / total time) and
the 99th percentile of the time per message:

- classify: `classifier.classify(raw)`.
- parse floor: the stdlib's `email.message_from_bytes(raw)` (compat32 policy, the fastest
  the stdlib offers) and a walk over every part; what any Python classifier pays at least.
- flufl.bounce: `scan_message(email.message_from_bytes(raw))` (the `bench` extra installs it).
- Sisimai: Debian's `libsisimai-perl`, timed inside Perl by benchmarks/sisimai_bench.pl
  (Sisimai::Message + Sisimai::Data per message, as Sisimai->make does), started afresh and
  warmed up for every run (it slows down run after run in one process) and asked for one run
  between the Python contenders' runs, so that a change in machine load
  during the benchmark hits all four alike (the machine is shared: a Perl phase after the
  Python one used to swing Sisimai's figure between 0.2x and 0.4x of the parse floor).

`--clock cpu` times every contender (Sisimai too) with its process's CPU clock instead of
the wall clock: on a shared machine the time a contender waits for a core is then left out,
so the ratios move less with other jobs' load.

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
import tempfile
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


def per_message(fn: Callable[[bytes], object], messages: list[bytes], cpu: bool = False) -> list[float]:
    times = []
    clock = time.process_time if cpu else time.perf_counter
    for raw in messages:
        start = clock()
        fn(raw)
        times.append(clock() - start)
    return times


class Sisimai:
    """The Perl driver, started once, decoding every message once per `run()`."""

    def __init__(self, files: list[Path]) -> None:
        # stderr to a file: Sisimai's warnings must never fill a pipe nobody reads.
        self.errors = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(["perl", str(PERL_DRIVER), *map(str, files)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.errors, text=True)
        assert self.proc.stdout is not None
        self.version = self.proc.stdout.readline().strip()
        if not self.version.startswith("sisimai"):
            self.proc.wait()
            self.errors.seek(0)
            raise RuntimeError(f"sisimai driver failed: {self.errors.read().strip().splitlines()[-1:]}")

    def run(self, cpu: bool = False) -> list[float]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("run cpu\n" if cpu else "run\n")
        self.proc.stdin.flush()
        return [float(x) for x in self.proc.stdout.readline().split()]

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()
        self.errors.close()


def start_sisimai(files: list[Path]) -> Sisimai | None:
    """The driver, or None (with the reason on stderr) when Perl or Sisimai is missing."""
    if shutil.which("perl") is None:
        print("sisimai: not measured (no perl)", file=sys.stderr)
        return None
    try:
        return Sisimai(files)
    except RuntimeError as exc:
        print(f"sisimai: not measured ({exc})", file=sys.stderr)
        return None


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
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.eml"))
    if not files:  # a copy of the tree elsewhere finds no ../shared/corpus: say so, not a ZeroDivisionError
        sys.exit(f"classify_bench: no .eml files in {args.folder}; give the corpus folder as the first argument")
    messages = [p.read_bytes() for p in files]
    contenders: dict[str, Callable[[bytes], object]] = {"classify": classify, "parse floor (compat32)": parse_floor}
    scan = flufl_scan()
    if scan is not None:
        contenders["flufl.bounce"] = scan
    results: dict[str, list[list[float]]] = {name: [] for name in contenders}
    for fn in contenders.values():
        per_message(fn, messages)  # warm caches and imports
    cpu = args.clock == "cpu"
    sisimai = None if args.no_sisimai else start_sisimai(files)
    perl_name = f"Sisimai {sisimai.version.split()[-1]} (Perl)" if sisimai else ""
    if sisimai is not None:
        results[perl_name] = []
    for run in range(args.runs):  # interleaved so machine load hits all alike
        for name, fn in contenders.items():
            results[name].append(per_message(fn, messages, cpu))
        if sisimai is not None:
            # A fresh driver (warmed up) for every run: Sisimai 4.25 slows down run after run
            # in one process (579 msg/s on its first run, about 400 by its seventh, measured
            # 2026-12-03), which made its median depend on the number of runs.
            if run:
                sisimai.close()
                sisimai = Sisimai(files)
            results[perl_name].append(sisimai.run(cpu))
    if sisimai is not None:
        sisimai.close()
    print(f"messages: {len(messages)}  runs: {args.runs}  clock: {args.clock} "
          "(median msg/s; p99 and max over all runs)")
    rates = {}
    for name, runs in results.items():
        rate, tail, worst = summary(runs)
        rates[name] = rate
        print(f"  {name:<26} {rate:8.0f} msg/s   p99 {tail:7.2f} ms   max {worst:7.2f} ms")
    ours = rates["classify"]
    print(f"classify / parse floor:   {ours / rates['parse floor (compat32)']:5.2f}x  "
          f"(per run {paired(results, 'parse floor (compat32)')})")
    if "flufl.bounce" in rates:
        print(f"classify / flufl.bounce:  {ours / rates['flufl.bounce']:5.2f}x  (target >= 1x; "
              f"per run {paired(results, 'flufl.bounce')})")
    for name, rate in rates.items():
        if name.startswith("Sisimai"):
            print(f"classify / Sisimai:       {ours / rate:5.2f}x  (target >= 2x; per run {paired(results, name)})")


def paired(results: dict[str, list[list[float]]], peer: str) -> str:
    """classify's rate over the peer's in each run (the two timed minutes apart at most), as
    "median [lowest-highest]": the spread shows how much the shared machine moved the ratio."""
    ratios = sorted(sum(p) / sum(c) for c, p in zip(results["classify"], results[peer]))
    return f"{statistics.median(ratios):.2f}x [{ratios[0]:.2f}-{ratios[-1]:.2f}]"


if __name__ == "__main__":
    main()
