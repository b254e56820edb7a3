"""A ReDoS scan of every regular expression the classifier compiles, by a third-party analyser
(Doyensec's `regexploit`, pip install regexploit; the `bench` extra) and by a dynamic prober of
our own, each finding then timed on a growing attack string.

Why: anyone can mail a sales mailbox, and one forged message whose text makes a pattern
backtrack exponentially (or cubically) stalls the unattended worker for every mailbox. Random
mutation (benchmarks/fuzz_classify.py) does not build the pumping strings that need; hints._GAP
was found by hand. A measurement, not a test: whether a finding reaches a pattern through
`classify(raw)` is a question for a forged message (tests/stress/test_redos.py).

    PYTHONPATH=. python benchmarks/redos_scan.py [--quick] [--only SUBSTRING]

The patterns are those reachable from the classifier's module globals (through containers,
classes, functions' defaults and closures, and our own wrapper objects: guard's Fast/Guarded/
Worded keep the pattern and the `tried` rewrite actually searched, earliest.Earliest its two
halves, folded.OtherText its own), deduplicated by (pattern, flags); and, by a hook on
re._compile, those compiled at call time while classifying the test seeds (recipient names,
boundaries: listed apart, with the line that compiles them).

Reading the output. regexploit models only unbounded repeats of overlapping character classes
(it found nothing here, and nothing in hints._GAP before its fix either: a repeat bounded by
{0,80} whose alternatives share multi-character strings is outside its model), so the prober
is the method that finds. The prober times search(): a pattern the classifier only .match()es
at a line's start, or feeds a diagnostic with its blanks collapsed and capped at 2,000
characters, is flagged for a cost it may never pay there. A flag is a lead: whether a forged
message reaches it, and how long classify() then takes, is measured apart (tests/stress/
test_redos.py holds one message per pattern fixed).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import math
import pkgutil
import re
import signal
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

try:  # Python 3.11 names the parser re._parser; regexploit imports the deprecated alias
    import re._constants as C
    import re._parser as P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C
    import sre_parse as P

# ---------------------------------------------------------------- every compile, with its site
COMPILED: dict[tuple, str] = {}  # (pattern, flags) -> "file:line function" of the first caller
_real_compile = re._compile


def _recording(pattern, flags):
    compiled = _real_compile(pattern, flags)
    if isinstance(compiled.pattern, str):
        key = (compiled.pattern, compiled.flags)
        if key not in COMPILED:
            site = ""
            for frame in reversed(traceback.extract_stack(limit=12)[:-1]):
                if "/classifier/" in frame.filename:
                    site = f"{frame.filename.split('/classifier/')[-1]}:{frame.lineno} {frame.name}"
                    break
            COMPILED[key] = site
    return compiled


re._compile = _recording  # before the classifier is imported: re.compile, re.search... all call it


def import_all() -> list:
    import classifier
    modules = [classifier]
    for info in pkgutil.walk_packages(classifier.__path__, "classifier."):
        modules.append(importlib.import_module(info.name))
    return modules


def reachable(modules) -> dict[tuple, str]:
    """Every re.Pattern reachable from the modules' globals, with the first path to it."""
    found: dict[tuple, str] = {}
    seen: set[int] = set()
    ours = {m.__name__ for m in modules}

    def visit(obj, path, depth=0):
        if id(obj) in seen or depth > 40:
            return
        seen.add(id(obj))
        if isinstance(obj, re.Pattern):
            if isinstance(obj.pattern, str):
                found.setdefault((obj.pattern, obj.flags), path)
            return
        if isinstance(obj, (str, bytes, int, float, bool, type(None))):
            return
        if isinstance(obj, dict):
            for k, v in list(obj.items()):
                visit(k, path + "{key}", depth + 1)
                visit(v, f"{path}[{k!r:.30}]", depth + 1)
        elif isinstance(obj, (tuple, list, set, frozenset)):
            for i, v in enumerate(list(obj)):
                visit(v, f"{path}[{i}]", depth + 1)
        elif isinstance(obj, type(sys)):
            return  # a module other than the one walked: visited under its own name
        elif callable(obj) and hasattr(obj, "__wrapped__"):  # functools.cache: its cached results too
            visit(obj.__wrapped__, path, depth + 1)
        elif isinstance(obj, type):
            if obj.__module__ in ours:
                for k, v in list(vars(obj).items()):
                    visit(v, f"{path}.{k}", depth + 1)
        elif hasattr(obj, "__code__"):  # a function: defaults and closure cells can hold patterns
            for v in (obj.__defaults__ or ()) + tuple((obj.__kwdefaults__ or {}).values()):
                visit(v, path + "(default)", depth + 1)
            for cell in obj.__closure__ or ():
                try:
                    visit(cell.cell_contents, path + "(closure)", depth + 1)
                except ValueError:
                    pass
        elif type(obj).__module__ in ours:  # our own objects (Fast, Guarded, Worded, Earliest, Words...)
            for cls in type(obj).__mro__:
                for name in getattr(cls, "__slots__", ()):
                    if hasattr(obj, name):
                        visit(getattr(obj, name), f"{path}.{name}", depth + 1)
            for k, v in list(getattr(obj, "__dict__", {}).items()):
                visit(v, f"{path}.{k}", depth + 1)

    for module in modules:
        for name, value in list(vars(module).items()):
            visit(value, f"{module.__name__}.{name}")
    return found


# ---------------------------------------------------------------- regexploit, taught Python 3.11
def regexploit_parser(lift=None):
    """regexploit 1.0 knows no ATOMIC_GROUP / POSSESSIVE_REPEAT (added in 3.11) and raises
    AttributeError. The conservative reading: each as its backtracking twin, (?>x) as (?:x) and
    x*+ as x*. It can only add findings (a real atomic group gives nothing back), and every
    finding is timed below, so a false one shows as linear there."""
    from regexploit.ast.sre import SreOpParser

    class Parser(SreOpParser):
        def from_ATOMIC_GROUP(self, data):
            return self.sequence_or_singleton(data)

        def from_POSSESSIVE_REPEAT(self, data):
            return self.from_MAX_REPEAT(data)

        def from_MAX_REPEAT(self, data):  # regexploit skips bounded repeats; `lift` reads x{0,80} as x*
            lo, hi, body = data
            if lift and hi is not C.MAXREPEAT and hi >= lift:
                data = (lo, C.MAXREPEAT, body)
            return super().from_MAX_REPEAT(data)

        def from_ASSERT_NOT(self, data):  # a look-behind's data is (-1, ops): regexploit reads only ahead
            return super().from_ASSERT_NOT(data) if data[0] == 1 else None

    return Parser


class _TookTooLong(Exception):
    pass


def _alarm(*_):
    raise _TookTooLong("gave up after 20 s (its branch expansion is exponential in the alternatives)")


def regexploit_findings(patterns, lift=None):
    from regexploit.redos import find
    Parser = regexploit_parser(lift)
    flagged, unparsed = {}, []
    signal.signal(signal.SIGALRM, _alarm)
    for key in patterns:
        signal.alarm(20)
        try:
            found = find(Parser().parse_sre(*key))
        except Exception as exc:  # noqa: BLE001 - counted and shown: the point is the count
            unparsed.append((key, f"{type(exc).__name__}: {exc}"[:100]))
            continue
        finally:
            signal.alarm(0)
        if found:
            flagged[key] = found
    return flagged, unparsed


# ---------------------------------------------------------------- timing an attack
def seconds(compiled, text) -> float:
    t = time.perf_counter()
    compiled.search(text)
    return time.perf_counter() - t


SIZES = tuple(range(2, 33, 2)) + (48, 72, 108, 162, 243, 364, 546, 820, 1230, 1845)


def growth(compiled, prefix, pump, suffix, sizes=SIZES, budget=0.5):
    """(copies of the pump, search() seconds), the copies growing by two at first: an exponential
    pattern cannot be interrupted inside search(), so it must be caught while still cheap."""
    times = []
    for n in sizes:
        times.append((n, seconds(compiled, prefix + pump * n + suffix)))
        if times[-1][1] > budget:
            break
    return times


def exponent(times) -> float:
    """The growth's exponent over the last three points (two alone are at the mercy of a shared machine)."""
    (n1, t1), (n2, t2) = times[max(0, len(times) - 3)], times[-1]
    return math.log(max(t2, 1e-7) / max(t1, 1e-7)) / math.log(n2 / n1)


def superlinear(times) -> bool:
    """Worse than quadratic, and slow enough to matter (search() over text that fails
    everywhere is already quadratic for a pattern like \\w+@: those are listed apart)."""
    return times[-1][1] > 0.05 and exponent(times) > 2.6


def quadratic(times) -> bool:
    return times[-1][1] > 0.05 and exponent(times) > 1.6


def shown(times) -> str:
    return ", ".join(f"{n}: {t:.3f}s" for n, t in times[-4:])


# ---------------------------------------------------------------- the dynamic prober
def example(ops, target=None, out=None) -> str:
    """A short string the ops match (the first branch, each repeat's minimum, ignoring
    assertions); with `target`, steer branches toward that node and note where it starts."""
    s = []
    for op, av in ops:
        if target is not None and op is target[0] and av is target[1] and out is not None:
            out.append(len("".join(s)))
        if op is C.LITERAL:
            s.append(chr(av))
        elif op is C.IN:
            s.append(_member(av))
        elif op in (C.NOT_LITERAL,):
            s.append("a" if av != ord("a") else "b")
        elif op is C.ANY:
            s.append("a")
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _, body = av
            s.append(example(body, target, out) * max(lo, 1 if out is not None and _holds(body, target) else lo))
        elif op is C.SUBPATTERN:
            s.append(example(av[-1], target, out))
        elif op is getattr(C, "ATOMIC_GROUP", None):
            s.append(example(av, target, out))
        elif op is C.BRANCH:
            branches = av[1]
            chosen = next((b for b in branches if _holds(b, target)), branches[0])
            s.append(example(chosen, target, out))
    return "".join(s)


def _member(items) -> str:
    negate = items and items[0][0] is C.NEGATE
    for op, av in items:
        if op is C.LITERAL and not negate:
            return chr(av)
        if op is C.RANGE and not negate:
            return chr(av[0])
        if op is C.CATEGORY and not negate:
            return {"CATEGORY_DIGIT": "0", "CATEGORY_SPACE": " "}.get(av.name, "a")
    return "a" if not any(op is C.LITERAL and av == 97 for op, av in items) else "~"


def _holds(ops, target) -> bool:
    if target is None:
        return False
    for op, av in ops:
        if op is target[0] and av is target[1]:
            return True
        if isinstance(av, (list, tuple)) and _holds_any(av, target):
            return True
    return False


def _holds_any(av, target) -> bool:
    for x in av:
        if isinstance(x, P.SubPattern) and _holds(x, target):
            return True
        if isinstance(x, list) and x and all(isinstance(y, P.SubPattern) for y in x):
            if any(_holds(y, target) for y in x):
                return True
    return False


def repeats(ops):
    """Every unbounded or long repeat in the tree (the places a pump can grow)."""
    for op, av in ops:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and (av[1] is C.MAXREPEAT or av[1] >= 20):
            yield op, av
        for x in av if isinstance(av, (list, tuple)) else ():
            if isinstance(x, P.SubPattern):
                yield from repeats(x)
            elif isinstance(x, list):
                for y in x:
                    if isinstance(y, P.SubPattern):
                        yield from repeats(y)


def _alternatives(body, state, flags) -> list:
    """The examples a repeat's body can be pumped with: one per alternative of its branch, or
    for a class, each of a letter, a digit, a blank, a full stop, a hyphen, @ and a line break
    it takes (the body compiled alone, from its parse tree)."""
    if len(body) == 1 and body[0][0] is C.SUBPATTERN:
        body = body[0][1][-1]
    if len(body) == 1 and body[0][0] is C.BRANCH:
        return [example(b) for b in body[0][1][1][:24]] + [example(body)]
    if len(body) == 1 and body[0][0] in (C.IN, C.ANY, C.NOT_LITERAL):
        alone = re._compiler.compile(P.SubPattern(state, list(body)), flags)
        return [c for c in "a0 .-@\n" if alone.fullmatch(c)] or [example(body)]
    return [example(body)]


def probe(key, flags_of=None):
    """For each repeat: prefix = an example of the pattern up to it (and that with a blank),
    pump = its body's examples (each alternative's, and each with a blank, a line break or a
    full stop after: the separators shared two ways), suffix = a character nothing expects.
    A screen at 8/16/24 and 256/1024 copies, then the whole growth for what it flags."""
    compiled = re.compile(*key)
    tree = P.parse(*key)
    worst = None
    for node in list(repeats(tree))[:12]:
        where: list[int] = []
        whole = example(tree, node, where)
        prefix = whole[: where[0]] if where else ""
        pumps = {p + sep for p in _alternatives(node[1][2], tree.state, key[1]) if p for sep in ("", " ", "\n", ". ")}
        for pre in {prefix, prefix + " "}:
            for pump in sorted(pumps):
                screen = growth(compiled, pre, pump, "\x00", sizes=(8, 16, 24, 256, 1024), budget=0.2)
                if len(screen) > 2 and not (screen[2][1] > 0.005 and screen[2][1] > 3 * screen[1][1]
                                            or quadratic(screen) or superlinear(screen)):
                    continue
                times = growth(compiled, pre, pump, "\x00")
                if (superlinear(times) or quadratic(times)) and (worst is None or times[-1][1] > worst[3][-1][1]):
                    worst = (pre, pump, "\x00", times)
                    if superlinear(times):
                        return worst  # one attack is enough: its growth is what is reported
    return worst


# ---------------------------------------------------------------- the report
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="no prober (regexploit and its timings only)")
    ap.add_argument("--only", help="only patterns containing this substring")
    args = ap.parse_args()

    modules = import_all()
    found = reachable(modules)
    at_import = dict(COMPILED)
    from classifier import classify
    from tests.stress.harness.fuzz_classify import seeds
    for raw in seeds():
        classify(raw)
    lazy = {k: v for k, v in COMPILED.items() if k not in at_import and k not in found}
    missed = {k: v for k, v in at_import.items() if k not in found}
    gc.collect()
    print(f"modules imported: {len(modules)}")
    print(f"patterns reachable from globals (deduplicated by pattern, flags): {len(found)}")
    print(f"compiled at import but held nowhere reachable (temporaries of a build): {len(missed)}")
    print(f"compiled at call time while classifying the {len(seeds())} seeds: {len(lazy)}")
    for site in sorted({v for v in lazy.values()}):
        print(f"    lazy site: {site} ({sum(1 for v in lazy.values() if v == site)} patterns)")

    scanned = dict(found)
    scanned.update(missed)
    scanned.update({k: "call time: " + v for k, v in lazy.items()})
    if args.only:
        scanned = {k: v for k, v in scanned.items() if args.only in k[0]}
    flagged = {}
    for lift, how in ((None, "as written"), (8, "bounds of 8 or more read as unbounded")):
        found_now, unparsed = regexploit_findings(scanned, lift)
        print(f"regexploit ({how}): scanned {len(scanned)}, unparsed {len(unparsed)}, flagged {len(found_now)}")
        for key, why in unparsed:
            print(f"    unparsed: {key[0][:70]!r}: {why}")
        for key, redoses in found_now.items():
            flagged.setdefault(key, redoses)

    kinds = {"SUPER-LINEAR": 0, "quadratic": 0, "linear": 0}
    for key, redoses in flagged.items():
        compiled = re.compile(*key)
        best = None
        for r in redoses[:4]:
            rc = r.repeated_character
            if r.killer and (both := rc & r.killer):
                rc, killer = both, ""
            else:
                killer = r.killer.example() if r.killer else "\x00"
            times = growth(compiled, r.example_prefix, rc.example(), killer)
            if best is None or times[-1][1] > best[3][-1][1]:
                best = (r.example_prefix, rc.example(), killer, times, r.starriness)
        kind = "SUPER-LINEAR" if superlinear(best[3]) else "quadratic" if quadratic(best[3]) else "linear"
        kinds[kind] += 1
        print(f"  regexploit [{kind}] starriness {best[4]} {scanned[key]}\n      {key[0][:150]!r}"
              f"\n      attack {best[0][:40]!r} + {best[1]!r}*n + {best[2]!r}; n copies: {shown(best[3])}")
    print(f"regexploit findings timed: {kinds}")

    if not args.quick:
        hits = 0
        for n, key in enumerate(scanned, 1):
            try:
                worst = probe(key)
            except Exception as exc:  # noqa: BLE001 - a tree shape the example builder misreads
                print(f"    prober skipped {key[0][:60]!r}: {exc}")
                continue
            if worst:
                hits += 1
                kind = "SUPER-LINEAR" if superlinear(worst[3]) else "quadratic"
                print(f"  prober [{kind}] {scanned[key]}\n      {key[0][:150]!r}\n      attack {worst[0][:40]!r}"
                      f" + {worst[1]!r}*n; n copies: {shown(worst[3])}" + ("  (also regexploit's)" if key in flagged else ""),
                      flush=True)
        print(f"flagged by the dynamic prober: {hits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
