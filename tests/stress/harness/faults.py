"""Injected faults: the real `bounce-sync run` against fakes that answer 20% of calls with the
vendors' 429s (with their headers), 5xx, timeouts and expired tokens; then exhausted daily
quotas. Every effect is applied in the end, Retry-After is honoured, a spent daily quota
stops the run cleanly (exit 1, work waiting) and the next run finishes.

    .venv/bin/python benchmarks/faults.py --full              # 600 contacts, HubSpot
    .venv/bin/python benchmarks/faults.py --full --crm all    # each CRM
    .venv/bin/python benchmarks/faults.py --contacts 60       # CI size

Faults per fake (FaultSwitch.set_rate; token endpoints exempt so a refresh can succeed):
  Gmail       429 rateLimitExceeded + Retry-After, 500 backendError, a timeout, 401 (the
              access token expired: the client refreshes it); batch parts get 429/500 too
  HubSpot     429 TEN_SECONDLY_ROLLING + Retry-After and X-HubSpot-RateLimit-*, 502, a
              timeout (no expired token: a private-app token does not expire, and a 401
              rightly stops the run with exit 2)
  Salesforce  403 REQUEST_LIMIT_EXCEEDED (no Retry-After: Salesforce sends none), 503 with
              Retry-After, a timeout, 401 INVALID_SESSION_ID (the connector logs in again)
Timeouts: the client waits 2 s (`timeout` / `request_timeout`), the fake holds 2.5 s.
Besides the random 20%, each fake answers its first requests with one fault of every kind in
turn, so each kind is seen even where pooled lookups and composites leave a CRM few calls.

Retry-After: for every answer carrying the header (Gmail and HubSpot: the 429; Salesforce: the
503), the gap to the next request that fake received in the same rate-limit bucket (the client
is one sequential process; HubSpot's search has its own per-second limit, so a search right
after a ten-secondly 429 is not counted against it) against the header's value; min and median
are printed. With `backoff_seconds` 0.05 in the harness config, a gap
near the header value is the header at work, not the backoff.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.stress.harness.pipeline import Verdict, World, effect_figures, kind_counts
from tests.stress.harness.repeats import page_problems
from tests.stress.harness.script import chosen_crms, pipeline_arguments, run_each
from tests.e2e.harness import backend

RETRY_AFTER = 1.0
CLIENT_TIMEOUT = 2
FAKE_TIMEOUT = 2.5
# The fault answered with a Retry-After header, per fake (Salesforce sends none on its
# rate-limit 403, only on 503 SERVER_UNAVAILABLE).
HEADED = {"gmail": "rate_limit", "hubspot": "rate_limit", "salesforce": "server_error"}
KINDS = {
    "gmail": ("rate_limit", "server_error", "timeout", "expired_token"),
    # applied_5xx / applied_drop: the fake APPLIES the request, then answers 5xx or closes
    # the connection (tests/fakes/base.py): the client must retry a write it cannot know
    # went through, and that retry is the only repeat it may cause.
    "hubspot": ("rate_limit", "server_error", "timeout", "applied_5xx", "applied_drop"),
    "salesforce": ("rate_limit", "server_error", "timeout", "expired_token", "applied_5xx",
                   "applied_drop"),
}
LOST = ("applied_5xx", "applied_drop")
LOST_WRITES = 4  # besides the random ones: the first CRM writes applied, their answers lost
WRITE_PATHS = ("/contacts/batch/update", "/composite/sobjects")


@dataclass
class FaultReport:
    crm: str
    rate: float
    runs: Counter = field(default_factory=Counter)  # exit statuses while faults were on
    injected: dict[str, Counter] = field(default_factory=dict)  # fake -> fault kind -> n
    requests: dict[str, int] = field(default_factory=dict)
    gaps: dict[str, list[float]] = field(default_factory=dict)  # fake -> gaps after 429s
    quota: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # fake -> (exit, waiting/left, next exit)
    verdict: Verdict | None = None
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    lost_answers: int = 0  # CRM writes applied whose answer was lost (applied_5xx/_drop)
    unexplained: int = 0  # write repeats no lost answer accounts for: must be 0

    @property
    def ok(self) -> bool:
        return not self.problems and self.verdict is not None and self.verdict.ok

    def lines(self) -> list[str]:
        out = [f"crm {self.crm}: {self.rate:.0%} of calls faulted; runs until done "
               f"{sum(self.runs.values())} (exit statuses {dict(self.runs)}), {self.seconds:.0f} s"]
        for fake, kinds in self.injected.items():
            out.append(f"  {fake}: {self.requests[fake]} requests, faults injected {dict(kinds)}")
        for fake, gaps in self.gaps.items():
            if gaps:
                out.append(f"  {fake}: Retry-After {RETRY_AFTER:g} s; next request after a {HEADED[fake]}: "
                           f"min {min(gaps):.3f} s, median {statistics.median(gaps):.3f} s, "
                           f"max {max(gaps):.3f} s over {len(gaps)}")
        for fake, (status, left, nxt) in self.quota.items():
            out.append(f"  {fake} daily quota spent: run exit {status}, work left {left}; "
                       f"next run exit {nxt}")
        if self.verdict is not None:
            out.append("  " + effect_figures(self.verdict))
            out.append(f"  CRM writes applied with the answer lost: {self.lost_answers}; write "
                       f"repeats beyond one per lost answer: {self.unexplained}")
            out += ["  PROBLEM " + p for p in self.verdict.problems[:20]]
        out += ["  PROBLEM " + p for p in self.problems[:20]]
        return out


def _fakes(world: World) -> dict[str, Any]:
    fakes = {"gmail": world.e2e.gmail}
    if hasattr(world.e2e.crm, "fake"):
        fakes[world.e2e.crm.name] = world.e2e.crm.fake
    return fakes


def run_faults(folder: Path, *, crm: str = "hubspot", contacts: int = 600, rate: float = 0.2,
               seed: int = 1, log=print) -> FaultReport:
    started = time.monotonic()
    report = FaultReport(crm=crm, rate=rate)
    be = backend(crm)
    table = be.table
    be.table = lambda: {**table(), "request_timeout": CLIENT_TIMEOUT} if crm != "local" else table()
    with World(Path(folder) / crm, crm, contacts=contacts, waves=4, seed=seed,
               first_wave_share=0.5, crm_backend=be,
               mailbox_settings={"timeout": CLIENT_TIMEOUT}) as world:
        log(f"crm {crm}: {contacts} contacts {kind_counts(world)}")
        fakes = _fakes(world)
        for name, fake in fakes.items():
            fake.faults.retry_after = RETRY_AFTER
            fake.faults.timeout_seconds = FAKE_TIMEOUT
            fake.faults.set_rate(rate, kinds=KINDS[name], seed=seed)
            for kind in KINDS[name]:  # every kind at least once, however few the calls
                fake.faults.fail_next(kind)
            # The fake renders faults as REST JSON, which Salesforce's SOAP login never
            # answers; login is exempt like the other token endpoints (see the report).
            fake.faults.exempt = re.compile(fake.faults.exempt.pattern + r"|/services/Soap/")
        if world.e2e.crm.name in KINDS:
            _lose_write_answers(world.e2e.crm.fake, LOST_WRITES)
        world.e2e.gmail.part_faults.retry_after = RETRY_AFTER
        world.e2e.gmail.part_faults.set_rate(rate / 2, kinds=("rate_limit", "server_error"), seed=seed)

        # Phase 1: two waves of mail under faults; runs as cron would until all is done.
        world.deliver_next_wave()
        world.deliver_next_wave()
        _until_done(world, report, report.runs, limit=60)
        for name, fake in fakes.items():
            report.injected[name] = Counter(r.fault for r in fake.log if r.fault)
            report.requests[name] = len(fake.log)
            report.gaps[name] = _gaps_after_429(fake, name)
            fake.faults.clear()
        world.e2e.gmail.part_faults.clear()

        # Phase 2: a spent daily quota, one fake at a time, with new mail waiting.
        for name, fake in fakes.items():
            world.deliver_next_wave()
            fake.faults.set_rate(1.0, kinds=("daily_quota",))
            world.e2e.crm.settle()
            spent = world.e2e.run()  # a minute is plenty: the quota stops it early
            fake.faults.clear()
            left = spent["waiting"] + int(bool(spent.summary.get("work_left")))
            after = Counter()
            _until_done(world, report, after, limit=5)
            report.quota[name] = (spent.status, left, min(after) if after else -1)
            if spent.status != 1 or not spent.summary.get("work_left"):
                report.problems.append(f"{name} daily quota: exit {spent.status}, "
                                       f"work_left {spent.summary.get('work_left')}: {spent.summary.get('notes')}")
            if after.get(0, 0) == 0:
                report.problems.append(f"{name} daily quota: no later run exited 0 ({dict(after)})")
        while world.waves_left:
            world.deliver_next_wave()
        _until_done(world, report, Counter(), limit=5)
        report.verdict = world.check()
        report.problems += page_problems(report.verdict)
        _repeats_explained(world, report)
        # Secrets never printed, even through retries and refreshes (E2E.run asserts it per
        # run; tests/stress/test_secrets.py scans everything else).
    report.seconds = time.monotonic() - started
    return report


def _lose_write_answers(fake: Any, n: int) -> None:
    """The first `n` CRM write requests are applied and their answers lost (5xx and a
    dropped connection in turn): random faults mostly land on reads, and the writes are
    where a repeat would show."""
    plain, left = fake.dispatch, [n]

    def dispatch(request):
        if left[0] > 0 and request.method in ("POST", "PATCH") and \
                request.path.endswith(WRITE_PATHS):
            left[0] -= 1
            fake.faults.fail_next(LOST[left[0] % 2])
        return plain(request)

    fake.dispatch = dispatch


def _repeats_explained(world: World, report: FaultReport) -> None:
    """Each write applied with its answer lost may be sent once more (the client cannot
    know it went through); any other repeat is a problem."""
    crm = world.e2e.crm
    if not hasattr(crm, "fake"):
        return
    allowed: Counter = Counter()
    lost = [r for r in list(crm.fake.log) if r.fault in LOST and r.applied]
    writes = [r for r in lost if r.method in ("PATCH", "POST") and r.path.endswith(WRITE_PATHS)]
    report.lost_answers = len(writes)
    for r in writes:
        body = r.json() or {}
        for item in body.get("inputs") or ():
            allowed[(str(item.get("id")), item.get("objectWriteTraceId"))] += 1
        for rec in body.get("records") or ():
            fields = {k: v for k, v in rec.items() if k not in ("attributes", "id")}
            allowed[(rec.get("id"), json.dumps(fields, sort_keys=True))] += 1
    from tests.stress.harness.repeats import write_counts

    counts = write_counts(crm)
    report.unexplained = sum(max(0, n - 1 - allowed[k]) for k, n in counts.items())
    if report.unexplained:
        report.problems.append(f"{report.unexplained} write repeat(s) no lost answer explains")


def _until_done(world: World, report: FaultReport, statuses: Counter, *, limit: int) -> None:
    for _ in range(limit):
        world.edit_due()
        world.e2e.crm.settle()
        # E2E.run allows a minute; a big first run through 20% faults can take longer.
        done = world.e2e.invoke("run", timeout=900)
        statuses[done.returncode] += 1
        if done.returncode not in (0, 1, 3):
            report.problems.append(f"run exited {done.returncode}: {done.stderr[-500:]}")
            continue
        if not done.stdout.strip():
            report.problems.append(f"run exited {done.returncode} without a summary: "
                                   f"{done.stderr[-1500:]}")
            continue
        summary = json.loads(done.stdout.splitlines()[-1])
        world.note_run(done.returncode, summary)
        if done.returncode == 0 and summary["waiting"] == 0 and not world.edits_left:
            return
    report.problems.append(f"no run exited 0 with nothing waiting within {limit} runs")


def _bucket(name: str, request: Any) -> str:
    """The rate limit a request counts against: HubSpot's search is limited apart from the
    ten-secondly bucket; Gmail (per user) and Salesforce have one each here."""
    return "search" if name == "hubspot" and request.path.endswith("/search") else "api"


def _gaps_after_429(fake: Any, name: str) -> list[float]:
    """Seconds from each answer carrying Retry-After to the next request the fake received
    in the same bucket."""
    log = sorted(fake.log, key=lambda r: r.at)
    gaps = []
    for i, r in enumerate(log):
        if r.fault != HEADED[name]:
            continue
        nxt = next((q for q in log[i + 1:] if _bucket(name, q) == _bucket(name, r)), None)
        if nxt is not None:
            gaps.append(nxt.at - r.at)
    return gaps


def main(argv: list[str] | None = None) -> int:
    ap = pipeline_arguments(__doc__, contacts=60, full="600 contacts (~650 bounces)")
    ap.add_argument("--rate", type=float, default=0.2)
    args = ap.parse_args(argv)
    if args.full:
        args.contacts = 600
    crms = chosen_crms(args)
    folder = Path(tempfile.mkdtemp(prefix="faults-"))
    return run_each(crms, lambda crm: run_faults(folder, crm=crm, contacts=args.contacts,
                                                  rate=args.rate, seed=args.seed))


if __name__ == "__main__":
    sys.exit(main())
