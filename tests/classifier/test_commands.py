"""`bounce-sync classify` and `evaluate` through click's CliRunner (no subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sync.classify_cmd import classify, evaluate

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parents[2].parent / "shared" / "corpus"


def run(cmd, *args, input=None):
    return CliRunner().invoke(cmd, list(args), input=input)


def test_classify_file_jsonl():
    result = run(classify, str(FIXTURES / "dmarc-reject.eml"))
    assert result.exit_code == 0, result.output
    row = json.loads(result.output)
    assert row["source"].endswith("dmarc-reject.eml")
    assert row["is_bounce"] is True and row["reason"] == "authfailure"
    rcpt = row["recipients"][0]
    assert rcpt["address"] == "buyer@example.org"
    assert rcpt["status"] == "5.7.26" and rcpt["reply_code"] == "550" and rcpt["scope"] == "sender"
    assert rcpt["remote_mta"] == "mx.example.org" and rcpt["hard_bounce"] is False
    assert set(row) >= {"original_message_id", "original_from", "original_subject"}


def test_classify_folder_sorted_and_bad_file_reported(tmp_path):
    for name in ("b.eml", "a.eml"):
        (tmp_path / name).write_bytes((FIXTURES / "delay-notice.eml").read_bytes())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.bin").write_bytes(b"\x00\x01binary")
    result = CliRunner().invoke(classify, [str(tmp_path)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(r["source"]).name for r in rows] == ["a.eml", "b.eml"]
    assert "notes.bin: not an email message" in result.stderr


def test_classify_mbox_numbers_messages(tmp_path):
    box = tmp_path / "bounces.mbox"
    parts = []
    for name in ("german-userunknown.eml", "out-of-office-de.eml"):
        parts.append(b"From MAILER-DAEMON Thu Mar  5 10:00:00 2026\n" + (FIXTURES / name).read_bytes() + b"\n")
    box.write_bytes(b"".join(parts))
    result = run(classify, str(box))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["source"] for r in rows] == [f"{box}#1", f"{box}#2"]
    assert [r["is_bounce"] for r in rows] == [True, False]


def test_classify_stdin_table():
    result = run(classify, "--format", "table", "-", input=(FIXTURES / "gmail-sending-limit.eml").read_bytes())
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].startswith("SOURCE")
    assert "speeding" in lines[1] and "sender" in lines[1] and "prospect@example.org" in lines[1]


def test_classify_missing_path_exits_1():
    result = CliRunner().invoke(classify, ["/nonexistent/x.eml"])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_evaluate_prints_figures(tmp_path):
    emails = tmp_path / "emails"
    emails.mkdir()
    (emails / "a.eml").write_bytes((FIXTURES / "dmarc-reject.eml").read_bytes())
    (emails / "b.eml").write_bytes((FIXTURES / "out-of-office-de.eml").read_bytes())
    labels = [
        {"file": "emails/a.eml", "is_bounce": True, "recipients": ["buyer@example.org"], "reason": "authfailure",
         "hardbounce": False, "status": "5.7.26", "messageid": "", "line_endings": "lf"},
        {"file": "emails/b.eml", "is_bounce": False, "recipients": [], "reason": "blocked",
         "hardbounce": False, "status": "", "messageid": "", "line_endings": "lf"},
    ]
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(x) for x in labels))
    result = run(evaluate, str(tmp_path))
    assert result.exit_code == 0, result.output
    assert "recipients exact     100.00%  (1/1)" in result.output
    assert "reason                50.00%  (1/2)" in result.output
    assert "emails/b.eml  reason: expected blocked  got vacation" in result.output
