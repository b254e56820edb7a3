"""Bad input: mutated messages through `classifier.classify`. It must never raise; prints the
time per message (median, 99th percentile, max) overall and per mutation kind.

    .venv/bin/python benchmarks/fuzz_classify.py [--n 100000] [--seed 1] [--save DIR] [--clock wall|cpu]

Seeds are the labelled corpus (/work/shared/corpus/emails), the classifier fixtures and the
notices real servers wrote (tests/classifier/fixtures/real).
Each message gets one to three mutations drawn from: bit flips, truncation, header
duplication, charset/encoding mangling, huge lines, nested message/rfc822 bombs, CR/LF
mixes, boundary damage, NUL and 8-bit junk, splicing two messages, and a piece of the
message repeated where it stands (the run a backtracking pattern chokes on). Everything is
deterministic from --seed, so a failing iteration can be replayed (`--only ITERATION`).
A message that makes `classify` raise, or that outlives --limit seconds (a hang: it is
stopped), is written to --save (default: a temp folder) and the script exits 1.
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

from classifier import Classification, classify

CORPUS = ROOT.parent / "shared" / "corpus" / "emails"
FIXTURES = ROOT / "tests" / "classifier" / "fixtures"


def seeds() -> list[bytes]:
    files = sorted(CORPUS.glob("*.eml")) + sorted(FIXTURES.glob("*.eml")) + sorted(FIXTURES.glob("real/*.eml"))
    return [p.read_bytes() for p in files]


# --------------------------------------------------------------------------- mutations
# Each takes (rng, raw, seeds) and returns new bytes. Sizes are bounded so one message stays
# under ~3 MB: the point is hostile structure, not memory exhaustion of the fuzzer itself.


def bit_flips(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    b = bytearray(raw)
    for _ in range(rng.randint(1, 32)):
        if b:
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def byte_junk(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    b = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(b) + 1)
        junk = rng.choice([b"\x00", b"\xff\xfe", b"\x80\x81\x82", b"\xc3\x28", b"\xed\xa0\x80",
                           bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))])
        b[at:at] = junk
    return bytes(b)


def truncate(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    if not raw:
        return raw
    mode = rng.random()
    if mode < 0.1:
        return raw[: rng.randint(0, 40)]  # nearly nothing: in the middle of the first header
    if mode < 0.3:
        header_end = raw.find(b"\n\n")
        return raw[: max(header_end, 0) + rng.randint(0, 3)]  # headers only, or cut in them
    return raw[: rng.randrange(len(raw))]


def _header_lines(raw: bytes) -> tuple[list[bytes], bytes]:
    m = re.search(rb"\r?\n\r?\n", raw)
    head, body = (raw[: m.start()], raw[m.start():]) if m else (raw, b"")
    lines: list[bytes] = []
    for line in re.split(rb"(?<=\n)", head):
        if lines and line[:1] in (b" ", b"\t"):
            lines[-1] += line  # keep folded continuations with their header
        elif line:
            lines.append(line)
    return lines, body


def header_dup(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    lines, body = _header_lines(raw)
    if not lines:
        return raw
    originals = list(lines)  # duplicate original headers only, so copies never compound
    for _ in range(rng.randint(1, 6)):
        line = rng.choice(originals)[:2000]
        if not line.endswith(b"\n"):
            line += b"\n"
        copies = rng.choice([1, 2, 50, 2000])
        lines.insert(rng.randrange(len(lines) + 1), line * copies)
    if rng.random() < 0.5:  # conflicting duplicates of the structural headers
        lines.insert(0, rng.choice([b"Content-Type: text/plain; charset=utf-8\n",
                                    b"Content-Type: multipart/report; report-type=delivery-status\n",
                                    b"Content-Type: multipart/mixed\n",
                                    b"Content-Transfer-Encoding: base64\n",
                                    b"MIME-Version: 1.0\nMIME-Version: 2.0\n",
                                    b"From: <>\nFrom: MAILER-DAEMON@\n"]))
    return b"".join(lines) + body


_CHARSETS = [b"utf-8", b"utf-16", b"utf-7", b"iso-2022-jp", b"x-unknown-charset", b"",
             b"\"utf-8", b"cp1252\x00", b"utf-8'en'", b"unicode-1-1-utf-7", b"koi8-r",
             b"a" * 300, b"big5-hkscs", b"latin1;charset=utf-32"]
_ENCODINGS = [b"base64", b"quoted-printable", b"8bit", b"x-uuencode", b"7bit", b"binary",
              b"bAsE64", b"quoted-printable; foo", b""]


def charset_mangle(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    out = re.sub(rb"(?i)charset=\"?[\w.:-]*\"?", lambda _m: b"charset=" + rng.choice(_CHARSETS), raw)
    out = re.sub(rb"(?i)(content-transfer-encoding:)[^\r\n]*",
                 lambda m: m.group(1) + b" " + rng.choice(_ENCODINGS), out)
    r = rng.random()
    if r < 0.3:  # broken RFC 2047 encoded words in headers
        word = rng.choice([b"=?utf-8?B?%%%===?=", b"=?utf-8?Q?=ZZ=?=", b"=?x?q?a?=",
                           b"=?utf-8?B?" + b"QUFB" * 5000 + b"?=", b"=?=?=?=?", b"=?utf-8*en?Q?caf=E9?="])
        out = re.sub(rb"(?im)^(Subject|From|To):", lambda m: m.group(0) + b" " + word, out, count=3)
    elif r < 0.6:  # raw UTF-8 / Latin-1 / UTF-16 bytes where ASCII is expected
        junk = rng.choice(["é日本語🙂".encode(), "café".encode("latin-1"), "x".encode("utf-16"),
                           b"\xef\xbb\xbf"])
        out = re.sub(rb"(?im)^(Final-Recipient|Original-Recipient|Diagnostic-Code|Status|To):",
                     lambda m: m.group(0) + b" " + junk, out)
    elif r < 0.8:  # base64 bodies that are not base64
        out = out.replace(b"\n\n", b"\n\n" + rng.choice([b"!!!!", b"====", b"QUJD\n=", b"\xff" * 10]), 3)
    return out


def huge_lines(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    size = rng.choice([10_000] * 6 + [200_000] * 3 + [1_000_000])  # mostly moderate: 1 MB costs seconds
    kind = rng.random()
    if kind < 0.3:  # one enormous header
        line = b"X-Huge: " + b"a" * size + b"\n"
        return line + raw
    if kind < 0.5:  # a huge folded header (many continuation lines)
        return b"Subject: x\n" + b" y\n" * (size // 3) + raw
    if kind < 0.7:  # a huge diagnostic line
        return re.sub(rb"(?i)(diagnostic-code:[^\r\n]*)", lambda m: m.group(1) + b" 550" * (size // 4),
                      raw, count=1)
    at = rng.randrange(len(raw) + 1)  # a huge body line with no newline, or many tiny lines
    blob = rng.choice([b"z" * size, b"\n" * size, b"5.1.1 " * (size // 6), b"<a@b>" * (size // 5)])
    return raw[:at] + blob + raw[at:]


def rfc822_bomb(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    """message/rfc822 nested `depth` deep (optionally also wide)."""
    depth = rng.choice([5, 5, 20, 50, 200, 1000])
    msg = raw
    for i in range(depth):
        boundary = b"b%d" % i
        if rng.random() < 0.5:  # the simple form: message/rfc822 as the whole body
            msg = b"Content-Type: message/rfc822\n\n" + msg
        else:
            msg = (b"From: MAILER-DAEMON@x.example\nContent-Type: multipart/report; "
                   b"report-type=delivery-status; boundary=\"" + boundary + b"\"\n\n--" + boundary +
                   b"\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\nFinal-Recipient: rfc822; a"
                   + b"%d@x.example\n\n--" % i + boundary + b"\nContent-Type: message/rfc822\n\n" + msg +
                   b"\n--" + boundary + b"--\n")
    if rng.random() < 0.3:  # wide: many sibling parts
        parts = b"".join(b"--w\nContent-Type: message/rfc822\n\n" + raw[:2000] + b"\n" for _ in range(300))
        msg = b"Content-Type: multipart/mixed; boundary=w\n\n" + parts + b"--w--\n" + msg
    return msg


def crlf_mix(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    choice = rng.random()
    if choice < 0.25:
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r")  # old Mac
    if choice < 0.5:
        return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if choice < 0.75:
        return raw.replace(b"\n", b"\n\r")
    out = bytearray()
    for line in raw.splitlines(keepends=True):  # each line its own ending
        out += line.rstrip(b"\r\n") + rng.choice([b"\n", b"\r\n", b"\r", b"\r\r\n", b"\n\n"])
    return bytes(out)


def boundary_damage(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    m = re.search(rb"(?i)boundary=\"?([^\";\r\n]+)\"?", raw)
    if not m:
        return raw + b"\n--\n--\n"
    b = m.group(1)
    r = rng.random()
    if r < 0.25:
        return raw.replace(b"--" + b + b"--", b"")  # never closed
    if r < 0.5:
        return raw.replace(m.group(0), b"boundary=\"\"")  # empty boundary
    if r < 0.75:
        return raw.replace(b"--" + b, b"--" + b[:-1], rng.randint(1, 3))  # some delimiters off by one
    return raw.replace(b"--" + b + b"\n", b"--" + b + b"\n--" + b + b"\n" * 3)  # empty parts


# A word with the blanks or punctuation after it ("no. ", "550 ", "unknown; "), or a run of
# blanks, dots or dashes: the pieces a pattern's nested repeats can split two ways.
_PUMP_WORD = re.compile(rb"[^\s]+[ \t]*|[ \t.\-=*>]+")


def pump(rng: random.Random, raw: bytes, _: Sequence[bytes]) -> bytes:
    """One to three words of the message repeated where they stand: "Your request no. 12"
    becomes "Your request no. no. no. ... 12". Random flips and splices almost never build the
    run a regular expression backtracks over exponentially; this is that run (such a run was
    found by hand in `hints._GAP` on 2026-12-06: 24 "no. " took 27 s)."""
    words = list(_PUMP_WORD.finditer(raw))
    if not words:
        return raw
    first = rng.randrange(len(words))
    last = min(len(words), first + rng.choice([1, 1, 2, 3])) - 1
    start, end = words[first].start(), words[last].end()
    piece = raw[start:end]
    if rng.random() < 0.25:  # the same piece, one per line
        piece = piece.rstrip() + b"\n"
    return raw[:start] + piece * rng.choice([8, 16, 24, 32, 64, 256, 2_000]) + raw[end:]


def splice(rng: random.Random, raw: bytes, pool: Sequence[bytes]) -> bytes:
    other = rng.choice(pool)
    return raw[: rng.randrange(len(raw) + 1)] + other[rng.randrange(len(other) + 1):]


MUTATIONS: dict[str, Callable[[random.Random, bytes, Sequence[bytes]], bytes]] = {
    "bit_flips": bit_flips, "byte_junk": byte_junk, "truncate": truncate,
    "header_dup": header_dup, "charset_mangle": charset_mangle, "huge_lines": huge_lines,
    "rfc822_bomb": rfc822_bomb, "crlf_mix": crlf_mix, "boundary_damage": boundary_damage,
    "splice": splice, "pump": pump,
}
# Expensive mutations (megabyte messages) are drawn less often so 100k runs in minutes.
WEIGHTS = {"huge_lines": 0.15, "rfc822_bomb": 0.2}


# The mutations before `pump` joined: tests/classifier/snapshot.py draws from these alone, so that its fuzzed
# messages (and the readings stored for them) stay the same as the harness grows.
FIRST_TEN = ("bit_flips", "byte_junk", "truncate", "header_dup", "charset_mangle", "huge_lines", "rfc822_bomb",
             "crlf_mix", "boundary_damage", "splice")


def mutate(rng: random.Random, pool: Sequence[bytes],
           kinds: Sequence[str] | None = None) -> tuple[bytes, list[str]]:
    raw = rng.choice(pool)
    names = list(kinds or MUTATIONS)
    weights = [WEIGHTS.get(n, 1.0) for n in names]
    applied = rng.choices(names, weights, k=rng.choice([1, 1, 2, 3]))
    for name in applied:
        raw = MUTATIONS[name](rng, raw, pool)
        if len(raw) > 3_000_000:
            raw = raw[:3_000_000]
    return raw, applied


# --------------------------------------------------------------------------- the run


@dataclass
class FuzzResult:
    n: int = 0
    errors_reported: int = 0  # Classification.error set: bad input reported as data (fine)
    bounces: int = 0
    times: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    crashes: list[tuple[int, list[str], str]] = field(default_factory=list)  # iteration, mutations, traceback
    hangs: list[tuple[int, list[str], int]] = field(default_factory=list)  # iteration, mutations, size
    slowest: tuple[float, int, list[str], int] = (0.0, -1, [], 0)  # seconds, iteration, mutations, size


class Hung(BaseException):
    """A message outlived `limit`. A BaseException, so no `except Exception` in the classifier
    can take it for bad input and answer as if nothing happened."""


def _hang(*_: object) -> None:
    raise Hung


def fuzz(n: int, *, seed: int = 1, save: Path | None = None, pool: Sequence[bytes] | None = None,
         only: int | None = None, clock: Callable[[], float] = time.perf_counter,
         limit: float | None = None) -> FuzzResult:
    """`limit`: seconds of wall clock after which a message is stopped and counted as a hang (the
    regular-expression engine checks for signals, so a backtracking search stops too)."""
    pool = list(pool or seeds())
    result = FuzzResult()
    if limit:
        previous = signal.signal(signal.SIGALRM, _hang)
    try:
        for i in range(n):
            if only is not None and i != only:
                continue
            _one(i, seed, pool, result, save, clock, limit)
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return result


def _one(i: int, seed: int, pool: Sequence[bytes], result: FuzzResult, save: Path | None,
         clock: Callable[[], float], limit: float | None) -> None:
    rng = random.Random(seed * 1_000_003 + i)
    raw, applied = mutate(rng, pool)
    t0 = clock()
    try:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            c = classify(raw)
        finally:
            if limit:
                signal.setitimer(signal.ITIMER_REAL, 0)
        if not isinstance(c, Classification):
            raise TypeError(f"classify returned {type(c).__name__}")
    except Hung:
        dt = clock() - t0
        result.hangs.append((i, applied, len(raw)))
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"hang-{seed}-{i}.eml").write_bytes(raw)
    except Exception:  # noqa: BLE001 - that is what we are looking for
        dt = clock() - t0
        result.crashes.append((i, applied, traceback.format_exc()))
        if save is not None:
            save.mkdir(parents=True, exist_ok=True)
            (save / f"crash-{seed}-{i}.eml").write_bytes(raw)
    else:
        dt = clock() - t0
        result.errors_reported += c.error is not None
        result.bounces += c.is_bounce
    result.n += 1
    result.times.append(dt)
    for name in set(applied):
        result.by_kind.setdefault(name, []).append(dt)
    if dt > result.slowest[0]:
        result.slowest = (dt, i, applied, len(raw))


def percentile(values: Sequence[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--save", type=Path, default=None)
    ap.add_argument("--only", type=int, default=None, help="replay one iteration")
    # On a shared machine the wall clock counts the time a message waited for a core: a run
    # beside other jobs once showed a 2.9 s maximum for a message that takes 80 ms alone.
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="time each message by the wall clock or by this process's CPU time")
    # A hang, not a speed bar: a catastrophic pattern takes minutes or forever, a slow message
    # well under a second; what passes this is still in the max printed below.
    ap.add_argument("--limit", type=float, default=10.0,
                    help="seconds (wall clock) after which a message is stopped and counted as a hang")
    args = ap.parse_args()
    save = args.save or Path(tempfile.mkdtemp(prefix="fuzz-classify-"))
    pool = seeds()
    started = time.perf_counter()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    r = fuzz(args.n, seed=args.seed, save=save, pool=pool, only=args.only, clock=clock, limit=args.limit)
    wall = time.perf_counter() - started
    ms = 1000.0
    print(f"fuzz_classify: {r.n} mutated messages from {len(pool)} seeds (seed {args.seed}) "
          f"in {wall:.0f}s (per message: {args.clock} clock)")
    print(f"hangs (over {args.limit:g} s, stopped): {len(r.hangs)}")
    for i, applied, size in r.hangs[:5]:
        print(f"HANG iteration {i} ({'+'.join(applied)}, {size:,} bytes), saved under {save}")
    print(f"exceptions: {len(r.crashes)}; reported as unreadable (error set): {r.errors_reported}; "
          f"still classified as bounces: {r.bounces}")
    print(f"time per message: median {percentile(r.times, 0.5) * ms:.2f} ms, "
          f"p99 {percentile(r.times, 0.99) * ms:.1f} ms, max {max(r.times, default=0) * ms:.0f} ms "
          f"(iteration {r.slowest[1]}, {'+'.join(r.slowest[2])}, {r.slowest[3]:,} bytes)")
    print(f"{'mutation':16} {'count':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name in MUTATIONS:
        t = r.by_kind.get(name, [])
        print(f"{name:16} {len(t):7d} {percentile(t, 0.5) * ms:8.2f} {percentile(t, 0.99) * ms:8.1f} "
              f"{max(t, default=0) * ms:8.0f}")
    for i, applied, tb in r.crashes[:5]:
        print(f"\nCRASH iteration {i} ({'+'.join(applied)}), saved under {save}:\n{tb}")
    return 1 if r.crashes or r.hangs else 0


if __name__ == "__main__":
    sys.exit(main())
