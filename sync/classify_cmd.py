"""`bounce-sync classify` and `bounce-sync evaluate`: the classifier from the command line.

`classify` reads message files, folders (Maildir or plain, walked recursively in sorted
order), mbox files and stdin and prints one result per message. `evaluate` measures the
classifier against a labelled folder (labels.jsonl + emails/) and lists the misses.
"""

from __future__ import annotations

import json
import mailbox
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from classifier import Classification
from sync.sanitize import for_terminal

_HEADER_LINE = re.compile(rb"^[A-Za-z0-9-]{1,76}:")
_PSEUDO_STATUS = re.compile(r"^[245]\.0\.9\d\d$")


def _classify_message(raw: bytes) -> Classification:
    from classifier import classify  # on first use: the classifier's patterns cost a second to compile

    return classify(raw)


# ---------------------------------------------------------------------------- reading input


@dataclass(frozen=True, slots=True)
class Item:
    """One input of `classify`: a message's bytes, or why there are none, under the name the
    user gave it (a file, a folder's file, an mbox's nth message, or stdin)."""

    source: str
    raw: bytes | None = None
    error: str | None = None


def _looks_like_message(raw: bytes) -> bool:
    head = raw.lstrip(b"\r\n")[:2000]
    if not head:
        return False
    first = head.split(b"\n", 1)[0]
    return bool(_HEADER_LINE.match(first)) or first.startswith(b"From ")


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(5) == b"From "


def _read_file(path: Path, shown: str) -> Iterator[Item]:
    try:
        if _is_mbox(path):
            box = mailbox.mbox(str(path), create=False)
            try:
                for n, key in enumerate(box.iterkeys(), start=1):
                    yield Item(f"{shown}#{n}", raw=box.get_bytes(key))
            finally:
                box.close()
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield Item(shown, error=f"cannot read: {exc.strerror or exc}")
        return
    if not _looks_like_message(raw):
        yield Item(shown, error="not an email message (no header lines at the start)")
        return
    yield Item(shown, raw=raw)


def read_paths(paths: tuple[str, ...]) -> Iterator[Item]:
    """The messages in `paths` (folders walked, mbox files split, "-" for stdin), each under
    its name; what is not a message comes back as an error item instead of stopping the rest."""
    for name in paths:
        if name == "-":
            raw = sys.stdin.buffer.read()
            if _looks_like_message(raw):
                yield Item("-", raw=raw)
            else:
                yield Item("-", error="not an email message (no header lines at the start)")
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for p in files:
                yield from _read_file(p, str(p))
        elif path.exists():
            yield from _read_file(path, name)
        else:
            yield Item(name, error="no such file or folder")


# ---------------------------------------------------------------------------- output


def as_json(source: str, result: Classification) -> dict[str, object]:
    """One classification as `classify --json` prints it: the fields a person checks a bounce by."""
    return {
        "source": source,
        "is_bounce": result.is_bounce,
        "reason": result.reason.value if result.reason else None,
        "format": result.format,
        "original_message_id": result.original.message_id,
        "original_from": result.original.from_,
        "original_subject": result.original.subject,
        "recipients": [
            {
                "address": d.address,
                "action": d.action,
                "status": d.status,
                "reply_code": d.reply_code,
                "reason": d.reason.value,
                "hard_bounce": d.hard_bounce,
                "permanent": d.permanent,
                "scope": d.scope.value,
                "diagnostic": d.diagnostic,
                "remote_mta": d.remote_mta,
                "smtp_command": d.smtp_command,
                "feedback_type": d.feedback_type,
            }
            for d in result.deliveries
        ],
        "error": result.error,
    }


def _table_rows(source: str, result: Classification) -> list[tuple[str, ...]]:
    if not result.deliveries:
        return [(source, "no", "-", "-", "-", "-", "-", "-")]
    rows = []
    for d in result.deliveries:
        rows.append((
            source,
            "yes" if result.is_bounce else "no",
            d.reason.value,
            "hard" if d.hard_bounce else ("soft" if d.reason.is_bounce else "-"),
            d.scope.value,
            d.status or "-",
            d.address,
            (d.diagnostic or "")[:60],
        ))
    return rows


@click.command("classify", short_help="Classify bounce messages from files, folders or stdin.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="jsonl: one JSON object per message (is_bounce, reason, format, the original's "
                   "Message-ID, and per failed recipient the address, status, reply code, reason, "
                   "hard/soft, scope and diagnostic); table: a header line, then one tab-separated "
                   "line per recipient the report names (one line for a message naming none; "
                   "diagnostic cut to 60 characters).")
@click.argument("paths", nargs=-1, required=True)
def classify(fmt: str, paths: tuple[str, ...]) -> None:
    """Classify bounce messages and print one result per message: PATHS are message files
    (.eml), folders (Maildir or plain, read recursively in sorted order), mbox files, or - for
    standard input. Nothing is written anywhere and no config file is read.

    Exit status: 0 when every input was read; 1 when one could not be read or is not an email
    message (each is named on stderr, the others are still classified)."""
    failed = 0
    header = ("SOURCE", "BOUNCE", "REASON", "KIND", "SCOPE", "STATUS", "ADDRESS", "DIAGNOSTIC")
    if fmt == "table":
        click.echo("\t".join(header))
    for item in read_paths(paths):
        if item.error is not None or item.raw is None:
            failed += 1
            click.echo(f"{item.source}: {item.error}", err=True)
            continue
        result = _classify_message(item.raw)
        if fmt == "jsonl":
            click.echo(for_terminal(json.dumps(as_json(item.source, result), ensure_ascii=False), json=True))
        else:
            for row in _table_rows(item.source, result):
                # A diagnostic is a stranger's text: no tab may shift a column, no escape reach the terminal.
                click.echo("\t".join(for_terminal(cell).replace("\t", " ") for cell in row))
    sys.exit(1 if failed else 0)


# ---------------------------------------------------------------------------- evaluate


@dataclass(slots=True)
class Ratio:
    """Hits over cases for one measure `evaluate` reports."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one case; `ok` is a hit."""
        self.total += 1
        self.hit += ok

    def __str__(self) -> str:
        pct = 100.0 * self.hit / self.total if self.total else 100.0
        return f"{pct:6.2f}%  ({self.hit}/{self.total})"


@dataclass(slots=True)
class Scores:
    """Everything `evaluate` measures over a labelled folder, and the misses it shows."""

    detection: Ratio = field(default_factory=Ratio)
    recipients: Ratio = field(default_factory=Ratio)
    reason: Ratio = field(default_factory=Ratio)
    hard: Ratio = field(default_factory=Ratio)
    status: Ratio = field(default_factory=Ratio)
    message_id: Ratio = field(default_factory=Ratio)
    non_bounce: Ratio = field(default_factory=Ratio)
    line_endings: Ratio = field(default_factory=Ratio)
    # Hard bounces alone: precision (a false hard costs a real prospect) and recall (a false
    # soft keeps mailing a dead address), over the first recipient of each labelled bounce.
    hard_precision: Ratio = field(default_factory=Ratio)
    hard_recall: Ratio = field(default_factory=Ratio)
    # (expected reason, got reason) -> count, for the confusion table.
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    misses: list[tuple[str, str, str, str]] = field(default_factory=list)

    def check(self, ratio: Ratio, ok: bool, file: str, what: str, expected: object, got: object) -> None:
        """Count one case in `ratio`, keeping a miss (file, what, expected, got) for the report."""
        ratio.add(ok)
        if not ok:
            self.misses.append((file, what, str(expected), str(got)))


def _label_status(value: str | None) -> str | None:
    value = (value or "").strip()
    if not value or _PSEUDO_STATUS.match(value):
        return None
    return value


def evaluate_folder(folder: Path) -> Scores:
    """Classify every message `folder`/labels.jsonl names and score the answers against the
    labels (detection, recipients, reason, hard/soft, status, original Message-ID)."""
    labels = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines() if line.strip()]
    scores = Scores()
    results: dict[str, Classification] = {}
    for label in labels:
        file = label["file"]
        result = _classify_message((folder / file).read_bytes())
        results[file] = result
        expected_bounce = bool(label.get("is_bounce"))
        if not expected_bounce:
            scores.check(scores.non_bounce, not result.is_bounce, file, "non-bounce", False, result.is_bounce)
        else:
            scores.check(scores.detection, result.is_bounce, file, "detected", True, result.is_bounce)
            want = sorted(a.lower() for a in label.get("recipients") or [])
            got = sorted(d.address for d in result.deliveries)
            scores.check(scores.recipients, want == got, file, "recipients", want, got)
        first = (label.get("recipients") or [None])[0]
        delivery = next((d for d in result.deliveries if first and d.address == first.lower()), None)
        if delivery is None and result.deliveries:
            delivery = result.deliveries[0]
        if label.get("reason"):
            got_reason = delivery.reason.value if delivery else None
            scores.check(scores.reason, got_reason == label["reason"], file, "reason", label["reason"], got_reason)
            key = (label["reason"], got_reason or "-")
            scores.confusion[key] = scores.confusion.get(key, 0) + 1
        if expected_bounce:
            got_hard = delivery.hard_bounce if delivery else None
            if got_hard:
                scores.hard_precision.add(bool(label.get("hardbounce")))
            if label.get("hardbounce"):
                scores.hard_recall.add(bool(got_hard))
            scores.check(scores.hard, got_hard == bool(label.get("hardbounce")), file, "hard",
                         bool(label.get("hardbounce")), got_hard)
            want_status = _label_status(label.get("status"))
            if want_status:
                got_status = delivery.status if delivery else None
                scores.check(scores.status, got_status == want_status, file, "status", want_status, got_status)
        if label.get("messageid"):
            got_id = result.original.message_id
            scores.check(scores.message_id, got_id == label["messageid"], file, "message-id",
                         label["messageid"], got_id)
    for file, result in results.items():
        name = Path(file).name
        if name.startswith(("dos__", "mac__")):
            twin = str(Path(file).with_name("bsd__" + name[5:]))
            if twin in results:
                scores.check(scores.line_endings, results[twin] == result, file, "line endings",
                             "same as LF copy", "differs")
    return scores


def confusion_lines(confusion: dict[tuple[str, str], int]) -> list[str]:
    """One line per expected reason: how many were right, then each wrong reading with its count."""
    lines = []
    for expected in sorted({e for e, _ in confusion}):
        row = {g: n for (e, g), n in confusion.items() if e == expected}
        total = sum(row.values())
        wrong = sorted(((n, g) for g, n in row.items() if g != expected), reverse=True)
        text = ", ".join(f"{g} x{n}" for n, g in wrong)
        lines.append(f"{expected:<16} {row.get(expected, 0):>4}/{total:<4} {text}".rstrip())
    return lines


@click.command("evaluate", short_help="Measure the classifier on a labelled corpus folder.")
@click.option("--misses", "max_misses", type=click.IntRange(min=0), default=50, show_default=True,
              help="How many misses to list after the scores, each as file, what was checked, "
                   "expected and got; 0 lists none.")
@click.argument("path", type=click.Path(exists=True, file_okay=False, path_type=Path))
def evaluate(path: Path, max_misses: int) -> None:
    """Measure the classifier on a labelled folder: PATH holds labels.jsonl (one JSON object
    per message: file, is_bounce, recipients, reason, hardbounce, status, messageid) and the
    message files it names. Prints the share right for detection, recipients, reason,
    hard/soft, status, the original's Message-ID, non-bounces and CRLF/CR copies, the
    precision and recall of hard bounces alone, a confusion table of reasons, then the misses.
    Reads only PATH; exit status 0 (2 when PATH has no labels.jsonl)."""
    if not (path / "labels.jsonl").is_file():
        raise click.UsageError(f"{path} has no labels.jsonl")
    s = evaluate_folder(path)
    click.echo(f"detection            {s.detection}")
    click.echo(f"recipients exact     {s.recipients}")
    click.echo(f"reason               {s.reason}")
    click.echo(f"hard/soft            {s.hard}")
    click.echo(f"status               {s.status}")
    click.echo(f"original message-id  {s.message_id}")
    click.echo(f"non-bounces          {s.non_bounce}")
    click.echo(f"CRLF/CR identical    {s.line_endings}")
    click.echo(f"hard precision       {s.hard_precision}")
    click.echo(f"hard recall          {s.hard_recall}")
    click.echo("\nreason confusion (expected: got x count; right ones counted, wrong ones listed):")
    for line in confusion_lines(s.confusion):
        click.echo(f"  {line}")
    if max_misses and s.misses:
        click.echo(f"\nmisses ({len(s.misses)}; showing {min(max_misses, len(s.misses))}):")
        for file, what, want, got in s.misses[:max_misses]:
            click.echo(f"  {file}  {what}: expected {want}  got {got}")
