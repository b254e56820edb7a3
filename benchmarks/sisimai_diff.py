"""Where the classifier and Sisimai read the same messages differently: an outside opinion.

Usage: .venv/bin/python benchmarks/sisimai_diff.py DIR [DIR ...] [--all]
       .venv/bin/python benchmarks/sisimai_diff.py --review-rows [--reviews 157-165] [--modules relay63,lead4] [--all]

Runs Debian's Sisimai 4.25 (`apt-get install libsisimai-perl`; benchmarks/sisimai_read.pl) and
`classifier.classify` over every .eml in the folders and prints, per message, where they
disagree: the failed-recipient set, then each common recipient's reason and hard/soft
(`--all` also lists messages where only two soft reasons differ). Then the share of agreement.

Sisimai is not the truth: an older release that misses formats (message/global reports, Sieve
rejects) and reads some wordings otherwise. A disagreement is a place to read the message and
the server's own words, and decide; that is how IMail's own "Unknown user" was found to be a
missing mailbox (CHANGELOG). It is evidence from outside our tables, which only agree with us.
`--review-rows` runs both over the black-box reviews' hand-made notices
(tests/classifier/review_*.py, each module's ROWS), written to a temporary folder first;
`--reviews FIRST-LAST` keeps the review_notices modules of those numbers only (review_notices164 and
review_notices164_more are review 164), for an outside opinion on the newest rows (review 169). Most newer reviews are not review_notices modules
(review_relay63, review_lead44, ...): `--modules PREFIX[,PREFIX]` keeps the modules whose name after "review_" starts
with one of the prefixes (outside65); with --reviews too, a module either keeps is kept.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifier import classify  # noqa: E402
from sync.sanitize import for_terminal  # noqa: E402 - addresses come from the mail: shown escaped

DRIVER = Path(__file__).resolve().parent / "sisimai_read.pl"
Reading = dict[str, tuple[str, str]]  # address -> (reason, "hard" / "soft" / "?")


def sisimai(files: list[Path]) -> dict[str, Reading]:
    out = subprocess.run(["perl", str(DRIVER), *map(str, files)], capture_output=True, text=True, check=True)
    found: dict[str, Reading] = defaultdict(dict)
    for line in out.stdout.splitlines():
        path, address, reason, soft = line.split("\t")
        if address != "-":
            found[path][address.lower()] = (reason, {"0": "hard", "1": "soft"}.get(soft, "?"))
    return found


def ours(raw: bytes) -> Reading:
    result = classify(raw)
    if not result.is_bounce:
        return {}
    return {d.address: (d.reason.value, "hard" if d.hard_bounce else "soft") for d in result.deliveries}


def differences(mine: Reading, theirs: Reading, *, every: bool) -> list[str]:
    """What differs between two readings of one message (empty: they agree)."""
    if set(mine) != set(theirs):
        return [f"recipients: ours {sorted(mine)}, sisimai {sorted(theirs)}"]
    return [f"{a}: ours {mine[a]}, sisimai {theirs[a]}" for a in sorted(mine)
            if mine[a] != theirs[a] and (every or "hard" in (mine[a][1], theirs[a][1]))]


def review_number(stem: str) -> int | None:
    """The review a module belongs to: review_notices164_more -> 164; None for other modules."""
    found = re.fullmatch(r"review_notices(\d+)(?:_\w+)?", stem)
    return int(found.group(1)) if found else None


def in_reviews(stem: str, reviews: tuple[int, int] | None) -> bool:
    """Whether a review module is kept: every one without `reviews`, else those numbered within it."""
    if reviews is None:
        return True
    number = review_number(stem)
    return number is not None and reviews[0] <= number <= reviews[1]


def module_prefixes(text: str) -> tuple[str, ...]:
    """'relay63,review_lead4' -> ('relay63', 'lead4'): prefixes of the module name after 'review_'."""
    return tuple(p.strip().removeprefix("review_") for p in text.split(",") if p.strip())


def kept(stem: str, reviews: tuple[int, int] | None, modules: tuple[str, ...] | None = None) -> bool:
    """Whether a review module's rows are written: every one without a filter, else those either filter keeps."""
    if modules is None:
        return in_reviews(stem, reviews)
    by_name = stem.startswith("review_") and stem.removeprefix("review_").startswith(modules)
    return by_name or (reviews is not None and in_reviews(stem, reviews))


def review_range(text: str) -> tuple[int, int]:
    """'157-165' -> (157, 165); '160' -> (160, 160)."""
    first, _, last = text.partition("-")
    return int(first), int(last or first)


def write_review_rows(folder: Path, reviews: tuple[int, int] | None = None,
                      modules: tuple[str, ...] | None = None) -> None:
    """Each review module's rows (name, ..., raw bytes, expected) as <module>__<name>.eml."""
    for module_path in sorted((ROOT / "tests" / "classifier").glob("review_*.py")):
        if not kept(module_path.stem, reviews, modules):
            continue
        module = importlib.import_module(f"tests.classifier.{module_path.stem}")
        for row in getattr(module, "ROWS", ()):
            if isinstance(row[-2], bytes):
                name = re.sub(r"[^A-Za-z0-9_.-]", "_", row[0])
                (folder / f"{module_path.stem}__{name}.eml").write_bytes(row[-2])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--review-rows", action="store_true", help="also the reviews' hand-made notices")
    parser.add_argument("--reviews", type=review_range, default=None, metavar="FIRST-LAST",
                        help="with --review-rows: only review_notices modules numbered FIRST..LAST")
    parser.add_argument("--modules", type=module_prefixes, default=None, metavar="PREFIX[,PREFIX]",
                        help="with --review-rows: only modules named review_PREFIX... (with --reviews: either)")
    parser.add_argument("--all", action="store_true", help="also list soft-vs-soft reason differences")
    args = parser.parse_args()
    if shutil.which("perl") is None:
        print("perl not found; Sisimai runs in Perl (apt-get install libsisimai-perl)", file=sys.stderr)
        return 2
    if not args.folders and not args.review_rows:
        parser.error("name a folder of .eml files, or --review-rows")
    with tempfile.TemporaryDirectory(prefix="review-rows-") as rows:
        if args.review_rows:
            write_review_rows(Path(rows), args.reviews, args.modules)
            args.folders.append(Path(rows))
        return _compare(args.folders, every=args.all)


def _compare(folders: list[Path], *, every: bool) -> int:
    files = sorted(p for folder in folders for p in folder.glob("*.eml"))
    theirs = sisimai(files)
    same_set = same_hard = same_reason = common = 0
    for path in files:
        mine, other = ours(path.read_bytes()), theirs.get(str(path), {})
        same_set += set(mine) == set(other)
        for address in set(mine) & set(other):
            common += 1
            same_hard += mine[address][1] == other[address][1]
            same_reason += mine[address][0] == other[address][0]
        for line in differences(mine, other, every=every):
            print(for_terminal(f"{path.name}  {line}"))
    print(f"\n{len(files)} messages: same failed-recipient set {same_set} ({same_set / max(len(files), 1):.1%}); "
          f"of {common} recipients both read, same hard/soft {same_hard} ({same_hard / max(common, 1):.1%}), "
          f"same reason {same_reason} ({same_reason / max(common, 1):.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
