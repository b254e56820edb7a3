"""What the full-size pipeline scripts (faults.py, kill_anywhere.py; their thin wrappers in
benchmarks/) share: their common options, which CRMs --crm names, and running one benchmark
per CRM with a RESULT line."""

from __future__ import annotations

import argparse


def pipeline_arguments(doc: str, *, contacts: int, full: str) -> argparse.ArgumentParser:
    """The options every full-size pipeline script takes (--full, --crm, --contacts, --seed),
    described by the first paragraph of its `doc`; the script adds its own."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--full", action="store_true", help=full)
    ap.add_argument("--crm", default="hubspot", help="hubspot | salesforce | local | all")
    ap.add_argument("--contacts", type=int, default=contacts)
    ap.add_argument("--seed", type=int, default=1)
    return ap


def chosen_crms(args: argparse.Namespace) -> tuple[str, ...]:
    """The CRMs --crm names ("all": the three)."""
    return ("hubspot", "salesforce", "local") if args.crm == "all" else (args.crm,)


def run_each(crms: tuple[str, ...], run) -> int:
    """Run one benchmark per CRM, print each report, and say RESULT ok/FAILED (exit 0/1)."""
    ok = True
    for crm in crms:
        report = run(crm)
        print("\n".join(report.lines()), flush=True)
        ok &= report.ok
    print("RESULT", "ok" if ok else "FAILED")
    return 0 if ok else 1
