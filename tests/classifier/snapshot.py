"""Whole-result snapshot of `classify` for refactoring without behaviour change.

    .venv/bin/python tests/classifier/snapshot.py dump FILE.json [--fuzz N]
    .venv/bin/python tests/classifier/snapshot.py compare FILE.json

`dump` records the full `repr` of every `Classification` (every delivery field: address,
reason, hard, permanent, scope, status, reply code, diagnostic, remote MTA, command, and the
original's headers) for each corpus message and fixture, its CRLF and CR copies, and N
deterministic fuzz mutations (benchmarks/fuzz_classify.py, seed 7) that exercise the broken
input paths, drawn from the fixtures as they were at `dump` (their names are saved with the
results: a fixture added since then changes no fuzzed message). `compare` classifies the same messages again and lists every difference; it
exits 1 when there is one. Not a pytest test: a snapshot would freeze every wording the
tables are still learning, so it is a tool for speed work (take it before, compare after).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from classifier import classify  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "emails"
FIXTURES = ROOT / "tests" / "classifier" / "fixtures"


def fuzz_pool(names: list[str] | None = None) -> list[str]:
    """The files the fuzzed messages are made from: those named (as saved by `dump`), or
    every corpus message and top-level fixture now."""
    if names is None:
        files = sorted(CORPUS.glob("*.eml")) + sorted(FIXTURES.glob("*.eml"))
        return [f"{p.parent.name}/{p.name}" for p in files]
    return names


def messages(fuzz: int, pool: list[str]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for path in sorted(CORPUS.glob("*.eml")) + sorted(FIXTURES.glob("*.eml")):
        raw = path.read_bytes()
        key = f"{path.parent.name}/{path.name}"
        out[key] = raw
        lf = raw.replace(b"\r\n", b"\n")
        out[key + "#crlf"] = lf.replace(b"\n", b"\r\n")
        out[key + "#cr"] = lf.replace(b"\n", b"\r")
    if fuzz:
        from tests.stress.harness import fuzz_classify

        homes = {CORPUS.name: CORPUS, FIXTURES.name: FIXTURES}
        seeds = [(homes[name.split("/")[0]] / name.split("/", 1)[1]).read_bytes() for name in pool]
        for i in range(fuzz):
            raw, applied = fuzz_classify.mutate(random.Random(7_000_003 + i), seeds, fuzz_classify.FIRST_TEN)
            out[f"fuzz/{i}/{'+'.join(applied)}"] = raw
    return out


def outcome(raw: bytes) -> str:
    try:
        return repr(classify(raw))
    except Exception as exc:  # noqa: BLE001 - a bug to record, not to stop the snapshot
        return f"RAISED {type(exc).__name__}"


def results(msgs: dict[str, bytes]) -> dict[str, str]:
    return {key: outcome(raw) for key, raw in msgs.items()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["dump", "compare"])
    ap.add_argument("file", type=Path)
    ap.add_argument("--fuzz", type=int, default=2000)
    args = ap.parse_args()
    if args.command == "dump":
        pool = fuzz_pool()
        got = results(messages(args.fuzz, pool))
        args.file.write_text(json.dumps({"fuzz": args.fuzz, "pool": pool, "results": got}, indent=0, sort_keys=True))
        print(f"{len(got)} results written to {args.file}")
        return 0
    saved = json.loads(args.file.read_text())
    # A snapshot from before the pool was saved drew it from the fixtures of its day.
    got = results(messages(saved["fuzz"], fuzz_pool(saved.get("pool"))))
    diff = [k for k in saved["results"] if saved["results"][k] != got.get(k)]
    for key in diff[:20]:
        print(f"DIFF {key}\n  was {saved['results'][key]}\n  now {got.get(key)}")
    print(f"{len(saved['results'])} compared, {len(diff)} differ")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
