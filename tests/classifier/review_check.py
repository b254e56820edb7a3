"""The one comparison of the black-box reviews (test_review_notices*.py, test_review_langs*.py):
a whole notice's reading against the expectation its reviewer wrote from
the server's words before the classifier ran. Each expected row is (address, hard, reasons,
scope, delay); an empty `reasons` accepts any failure's reason (not delivered, a vacation reply or
feedback), an empty `scope` any scope, and an empty list of rows means the
notice is no bounce at all (a read receipt, an auto-reply, a success report)."""

from __future__ import annotations

import pytest

from classifier import classify


def misses(raw: bytes, expected: list[tuple]) -> list[str]:
    """Where the classifier's reading of `raw` differs from `expected`; empty when it agrees."""
    result = classify(raw)
    if not expected:
        return [f"a bounce: {[(d.address, d.reason.value) for d in result.deliveries]}"] if result.is_bounce else []
    got = result.deliveries
    if sorted(d.address for d in got) != sorted(e[0] for e in expected):
        return [f"recipients {[d.address for d in got]} (is_bounce {result.is_bounce})"]
    out = []
    for address, hard, reasons, scope, delay in expected:
        d = next(x for x in got if x.address == address)
        delayed = (d.action or "").lower() == "delayed"
        if (d.hard_bounce and not delayed) is not hard:
            out.append(f"{address}: hard {d.hard_bounce} (reason {d.reason.value}, action {d.action})")
        if reasons and d.reason.value not in reasons:
            out.append(f"{address}: reason {d.reason.value}")
        elif not reasons and not d.reason.is_bounce:
            # Any reason is some failure: a delivery read delivered (or a vacation reply) is none, and the planner
            # acts on none (the hole until session 30: review 180's "0 von 1 Empfängern angenommen" under kim passed).
            out.append(f"{address}: reads {d.reason.value}, no failure")
        if scope and d.scope.value != scope:
            out.append(f"{address}: scope {d.scope.value}")
        if delayed is not delay:
            out.append(f"{address}: delay {delayed}")
    return out


def disagreements(rows, known: dict[str, str]) -> tuple[dict[str, list[str]], list[str]]:
    """(rows read otherwise than expected and not known, known misses that now read as expected):
    both must be empty; a known miss that starts passing is news too, like a strict xfail."""
    wrong, fixed = {}, []
    for name, _source, raw, expected in rows:
        found = misses(raw, expected)
        if found and name not in known:
            wrong[name] = found
        elif not found and name in known:
            fixed.append(name)
    return wrong, fixed


# The later reviews keep their judgement calls as strict xfails, one item each; their rows end
# with (raw, expected) whatever fields come before (a language, a source).
def unexplained(rows, judgement: dict[str, str]) -> dict[str, list[str]]:
    """Rows read otherwise than expected that are not judgement calls: must be empty."""
    return {r[0]: found for r in rows if r[0] not in judgement and (found := misses(r[-2], r[-1]))}


def judgement_params(judgement: dict[str, str]) -> list:
    """One strict xfail per judgement call, its reason the why: a call that starts passing is news."""
    return [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=why)) for name, why in judgement.items()]


def review_tests(rows, judgement: dict[str, str], at_least: int):
    """The tests every later review module runs, for it to bind to its own names: every row read as
    written but the judgement calls; one strict xfail per call (None without calls: no parametrize
    over nothing); the table itself sound (source_problems)."""

    def rows_read_as_written():
        wrong = unexplained(rows, judgement)
        assert not wrong, wrong

    @pytest.mark.parametrize("name", judgement_params(judgement))
    def judgement_calls(name):
        assert not judged_misses(rows, name)

    def rows_cite_sources():
        assert not source_problems(rows, judgement, at_least)

    return rows_read_as_written, judgement_calls if judgement else None, rows_cite_sources


def judged_misses(rows, name: str) -> list[str]:
    """`misses` of the one row called `name`."""
    [(raw, expected)] = [(r[-2], r[-1]) for r in rows if r[0] == name]
    return misses(raw, expected)


def wrong_origins(rows, origins: dict[str, dict[str, str]]) -> dict[str, dict[str, str | None]]:
    """Rows (by name) whose failed address does not map back to the address we sent to
    (`origins`: row -> {failed address: address sent to}; the trust rules' mapping, DESIGN.md
    "Trust"): must be empty."""
    raw = {r[0]: r[-2] for r in rows}
    wrong = {}
    for name, pairs in origins.items():
        origin = classify(raw[name]).origin
        if any(origin.original_recipient(a) != o for a, o in pairs.items()):
            wrong[name] = {a: origin.original_recipient(a) for a in pairs}
    return wrong



def source_problems(rows, judgement: dict[str, str], at_least: int) -> list[str]:
    """What is wrong with a review's table itself: repeated row names, fewer rows than the review
    wrote, judgement calls that name no row, rows that cite no source (their second field)."""
    names = [r[0] for r in rows]
    out = []
    if len(set(names)) != len(names):
        out.append("row names repeat")
    if len(rows) < at_least:
        out.append(f"{len(rows)} rows, fewer than {at_least}")
    if not set(judgement) <= set(names):
        out.append(f"judgement calls without a row: {sorted(set(judgement) - set(names))}")
    out += [f"{r[0]}: no source" for r in rows if not r[1]]
    return out
