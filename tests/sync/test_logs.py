"""Log lines: JSON lines carry the run's fields (run_id, mailbox, contact, action, outcome) where
they are known, through `log_context`; human lines stay as they were, on one line, without
control characters; secrets are redacted in the fields too. Then a real run: every JSON
line of it names its run, page lines their mailbox, action lines their contact."""

from __future__ import annotations

import io
import json
import logging
import threading
from datetime import datetime, timezone

import pytest

from sync import logs
from sync.records import ApplyResult, BounceStatus, ContactRef, MarkBounced, Outcome
from sync.secret import Secret
from tests.cli import TOKEN, bounce_sync, local_demo


def _setup(fmt: str, *, debug: bool = False) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    return logs.setup(fmt, debug=debug, stream=stream), stream


@pytest.fixture(autouse=True)
def _remove_handler():
    yield
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not getattr(h, "_bounce_sync", False)]


def json_lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


ACTION = MarkBounced(key="mark:1", contact=ContactRef(id="0031x", object_type="contact"),
                     status=BounceStatus.BOUNCED, address="ana@example.com", hard=True,
                     reason="userunknown", reason_label="User unknown", diagnostic="550 5.1.1",
                     bounced_at=datetime(2026, 11, 20, tzinfo=timezone.utc))


def test_context_fields_reach_every_logger_nest_and_unwind():
    logger, stream = _setup("json")
    other = logging.getLogger("connectors.gmail")  # a library-side logger of ours
    with logs.log_context(run_id="r1"):
        logger.info("start")
        with logs.log_context(mailbox="sales"):
            other.warning("retrying")
            logger.info("explicit wins", extra={"mailbox": "override"})
        logger.info("after the mailbox")
    logger.info("outside the run")
    lines = json_lines(stream)
    assert [(e.get("run_id"), e.get("mailbox")) for e in lines] == [
        ("r1", None), ("r1", "sales"), ("r1", "override"), ("r1", None), (None, None)]
    assert lines[1]["logger"] == "connectors.gmail"
    assert set(lines[0]) == {"ts", "level", "logger", "msg", "run_id"}


def test_context_is_per_thread_and_rejects_unknown_fields():
    logger, stream = _setup("json")
    with logs.log_context(run_id="main"):
        worker = threading.Thread(target=logger.info, args=("from a renewal thread",))
        worker.start()
        worker.join()
    assert "run_id" not in json_lines(stream)[0]
    with pytest.raises(ValueError, match="mailbx"):
        with logs.log_context(mailbx="sales"):
            pass


def test_with_context_names_the_mailbox_for_one_call():
    logger, stream = _setup("json")

    @logs.with_context(lambda name, **_: {"mailbox": name})
    def read(name: str, *, pages: int) -> int:
        logger.info("reading %d page(s)", pages)
        return pages

    assert read("sales", pages=2) == 2
    logger.info("done")
    assert [e.get("mailbox") for e in json_lines(stream)] == ["sales", None]


def test_each_action_outcome_is_a_json_line_with_contact_action_outcome():
    logger, stream = _setup("json")
    with logs.log_context(run_id="r2"):
        logs.log_outcome(logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.DONE), "done")
        logs.log_outcome(logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.SKIPPED), "done")
        logs.log_outcome(logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.RETRY, error="429"),
                         "waiting")
        logs.log_outcome(logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.FAILED,
                                                     error="property bounce_status missing"), "failed")
    lines = json_lines(stream)
    assert [e["outcome"] for e in lines] == ["done", "skipped", "retry", "failed"]
    for entry in lines:
        assert entry["run_id"] == "r2" and entry["contact"] == "0031x"
        assert entry["action"] == "MarkBounced" and entry["event"] == "action"
        assert "ana@example.com" not in json.dumps(entry)  # the contact's id, never the address
    assert lines[3]["error"] == "property bounce_status missing" and "error" not in lines[0]


def test_human_lines_are_unchanged_one_line_and_leave_out_the_per_action_lines():
    logger, stream = _setup("human")
    with logs.log_context(run_id="r3", mailbox="sales"):
        logger.info("mailbox sales page: 3 messages")
        logs.log_outcome(logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.DONE), "done")
        logger.warning("vendor said: bad\nerror: forged line\x1b[2J\r\u202eevil")
    assert stream.getvalue().splitlines() == [
        "mailbox sales page: 3 messages",
        "warning: vendor said: bad\\nerror: forged line\\x1b[2J\\r\\u202eevil"]
    debug_logger, debug_stream = _setup("human", debug=True)
    logs.log_outcome(debug_logger, ACTION, ApplyResult(key="mark:1", outcome=Outcome.DONE), "done")
    assert debug_stream.getvalue() == "MarkBounced contact 0031x: done\n"


def test_context_values_are_redacted_like_the_message():
    logs.register_secrets([Secret(TOKEN, "env:T")])
    logger, stream = _setup("json")
    with logs.log_context(mailbox=f"x{TOKEN}"):
        logger.info("hello")
    assert TOKEN not in stream.getvalue() and logs.REDACTED in json_lines(stream)[0]["mailbox"]


def test_a_real_run_names_its_run_mailbox_and_contacts_in_json_logs(tmp_path):
    local_demo(tmp_path)
    done = bounce_sync(tmp_path, "run", "--log-format", "json")
    assert done.returncode in (0, 1), done.stderr
    summary = json.loads(done.stdout)
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    in_run = [e for e in lines if not e["msg"].startswith("setup:")]  # the local CRM's first import
    assert in_run and all(e.get("run_id") == summary["run_id"] for e in in_run)
    pages = [e for e in in_run if e["msg"].startswith("mailbox sales page")]
    assert pages and all(e["mailbox"] == "sales" for e in pages)
    actions = [e for e in in_run if e.get("event") == "action"]
    assert len(actions) == summary["contacts_marked"] + summary["unenrolled"]
    assert {e["outcome"] for e in actions} == {"done"}
    assert {e["action"] for e in actions} == {"MarkBounced", "Unenroll"}
    assert all(e["contact"] for e in actions)
    human = bounce_sync(tmp_path, "run", "--log-format", "human")  # nothing new: no action lines
    assert "run_id" not in human.stderr and '"' not in human.stderr
