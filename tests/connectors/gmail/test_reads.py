"""Gmail reads: what a run costs (one history.list when idle, one get per new bounce in
batches, headers only for other mail, nothing for sent mail), the full sync and its bound,
the cursor (pending ids, rechecks for the search index's lag, expiry)."""

from __future__ import annotations

import json
import math

import pytest

from connectors.gmail import GmailSource
from sync.errors import CursorExpired
from sync.secret import Secret
from tests.connectors.gmail.harness import ADDRESS, api_calls, make_source, ordinary, sent
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import FakeGmail


pytestmark = pytest.mark.timeout(60)


# ----------------------------------------------------------------------------- budget


def test_idle_run_costs_exactly_one_history_list(fake, source):
    fake.add_message(ADDRESS, bounce(1))
    _, cursor = drain(source, None)
    mark = len(fake.log)
    batch = source.fetch(cursor, limit=50)
    assert batch.messages == () and not batch.more
    assert api_calls(fake, mark) == {"history.list": 1}
    assert fake.count(path="/token") == 1  # one refresh for the whole life of the source


def test_new_bounces_cost_one_get_each_in_batches_of_at_most_50(fake, source):
    _, cursor = drain(source, None)
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(120)]
    for n in range(30):
        fake.add_message(ADDRESS, ordinary(n))
    mark, parts_before = len(fake.log), fake.parts_served
    seen, _ = drain(source, cursor, limit=500)
    assert sorted(m.id for m in seen if not m.headers_only) == sorted(ids)
    assert len([m for m in seen if m.headers_only]) == 30  # the replies: signs of life
    calls = api_calls(fake, mark)
    # The bounce search, one listing that places the 30 non-bounces in time (all recent), and
    # one search that tells inbound mail from the mailbox's own; raw batches for the bounces,
    # one metadata batch for the replies.
    assert calls == {"history.list": 1, "messages.list": 3, "batch": math.ceil(120 / 50) + 1}
    assert fake.parts_served - parts_before == 150  # one messages.get per message
    batches = [r for r in fake.log[mark:] if r.path == "/batch/gmail/v1"]
    assert all(r.body.count(b"Content-ID") <= 50 for r in batches)
    bodies = b"".join(r.body for r in batches)
    assert bodies.count(b"format=raw") == 120 and bodies.count(b"format=metadata") == 30


def test_non_bounce_mail_is_read_as_headers_only_and_sent_mail_not_at_all(fake, source):
    fake.add_message(ADDRESS, ordinary(0))
    fake.add_sent(ADDRESS, sent(0))
    bounce_id = fake.add_message(ADDRESS, bounce(0))
    seen, cursor = drain(source, None)
    assert [m.id for m in seen] == [bounce_id]
    fake.add_message(ADDRESS, ordinary(1))
    fake.add_sent(ADDRESS, sent(1))
    new_bounce = fake.add_message(ADDRESS, bounce(1))
    parts, mark = fake.parts_served, len(fake.log)
    seen, _ = drain(source, cursor)
    assert [m.id for m in seen if not m.headers_only] == [new_bounce]
    [reply] = [m for m in seen if m.headers_only]  # the sent message costs no download
    assert reply.raw.startswith(b"From: Lead 1 <lead1@example.com>") and b"Sounds good" not in reply.raw
    assert fake.parts_served - parts == 2
    bodies = b"".join(r.body for r in fake.log[mark:] if r.path.startswith("/batch"))
    assert bodies.count(b"format=raw") == 1 and bodies.count(b"format=metadata") == 1
    assert b"metadataHeaders=From" in bodies and b"metadataHeaders=Auto-Submitted" in bodies
    gets = [r for r in fake.log if "/messages/" in r.path and r.method == "GET"]
    assert gets == []  # no single messages.get at all: everything went through the batch


@pytest.mark.parametrize("count", [1, 120])
def test_sent_mail_in_history_without_labels_costs_nothing_per_message(fake, source, count):
    """History records carry only id and threadId (the fake omits labelIds, as Gmail does):
    sent mail is screened by the bounce query and the inbound search, at the same cost for 1
    message or 120, and never downloaded (not even its headers)."""
    _, cursor = drain(source, None)
    for n in range(count):
        fake.add_sent(ADDRESS, sent(n))
    mark, parts = len(fake.log), fake.parts_served
    assert drain(source, cursor)[0] == []
    # the bounce search, one listing of recent mail, the inbound search; no download at all
    assert api_calls(fake, mark) == {"history.list": 1, "messages.list": 3}
    assert fake.parts_served == parts


def test_requests_per_operation_vs_floor(fake, tmp_path, capsys):
    src = make_source(fake, tmp_path)
    _, cursor = drain(src, None)
    lines = []
    for n in (1, 50, 51, 250):
        for k in range(n):
            fake.add_message(ADDRESS, bounce(10_000 * n + k))
        mark = len(fake.log)
        seen, cursor = drain(src, cursor, limit=500)
        assert len(seen) == n
        calls = api_calls(fake, mark)
        floor = math.ceil(n / 50)
        assert calls["batch"] == floor
        lines.append(f"N={n}: history.list={calls['history.list']} messages.list={calls['messages.list']} "
                     f"batches={calls['batch']} (floor ceil(N/50)={floor}) total={sum(calls.values())}")
    with capsys.disabled():
        print("\n[gmail] requests per incremental fetch:\n  " + "\n  ".join(lines))


def test_full_sync_pages_and_since_bound(fake, source):
    old = fake.add_message(ADDRESS, bounce(1), internal_date=1_600_000_000_000)
    new = fake.add_message(ADDRESS, bounce(2))
    seen, _ = drain(source, None)
    assert {m.id for m in seen} == {old, new}
    from datetime import datetime, timezone
    batch = source.fetch(None, limit=50, since=datetime(2021, 1, 1, tzinfo=timezone.utc))
    assert [m.id for m in batch.messages] == [new] and batch.full_sync
    assert batch.messages[0].received_at is not None and batch.messages[0].received_at.tzinfo


def test_mail_arriving_during_full_sync_is_not_missed(fake, source):
    for n in range(4):
        fake.add_message(ADDRESS, bounce(n))
    first = source.fetch(None, limit=2)
    assert first.more and len(first.messages) == 2
    late = fake.add_message(ADDRESS, bounce(99))  # after the scan started
    seen, cursor = drain(source, first.cursor, limit=2)
    seen2, _ = drain(source, cursor)
    assert late in {m.id for m in seen + seen2}


def test_pending_bounces_carry_over_when_limit_is_small(fake, source):
    _, cursor = drain(source, None)
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(5)]
    mark = len(fake.log)
    first = source.fetch(cursor, limit=2)
    assert len(first.messages) == 2 and first.more
    rest, _ = drain(source, first.cursor, limit=2)
    assert sorted(m.id for m in list(first.messages) + rest) == sorted(ids)
    assert api_calls(fake, mark)["history.list"] == 1  # pending ids ride in the cursor


# ----------------------------------------------------------------------------- errors


def test_history_404_raises_cursor_expired(fake, source):
    _, cursor = drain(source, None)
    fake.add_message(ADDRESS, ordinary(1))
    fake.expire_history_before(fake.history_id(ADDRESS))
    with pytest.raises(CursorExpired):
        source.fetch(cursor, limit=50)


def test_unreadable_cursor_is_cursor_expired(source):
    with pytest.raises(CursorExpired):
        source.fetch("not-json", limit=5)


def test_history_404_names_the_mailbox_and_keeps_google_s_error_as_cause(fake, source):
    from googleapiclient.errors import HttpError

    _, cursor = drain(source, None)
    fake.add_message(ADDRESS, ordinary(1))
    fake.expire_history_before(fake.history_id(ADDRESS))
    with pytest.raises(CursorExpired, match=f"history for {ADDRESS} no longer reaches back") as info:
        source.fetch(cursor, limit=50)
    assert isinstance(info.value.__cause__, HttpError) and info.value.__cause__.status_code == 404


def test_non_bounce_mail_costs_one_recheck_in_the_next_run_only(fake, tmp_path):
    now = [1_800_000_000.0]
    src = GmailSource({**_settings(fake), "search_lag_seconds": 60}, base_dir=tmp_path, clock=lambda: now[0])
    _, cursor = drain(src, None)
    fake.add_message(ADDRESS, ordinary(1), internal_date=int(now[0] * 1000))
    mark = len(fake.log)
    cursor = src.fetch(cursor, limit=50).cursor  # sees it, search says no: re-asked later
    # the bounce search, and the listing that places it after the bound (no get)
    assert api_calls(fake, mark) == {"history.list": 1, "messages.list": 2}
    now[0] += 300  # the next cron run
    mark = len(fake.log)
    batch = src.fetch(cursor, limit=50)
    cursor = batch.cursor
    # the recheck, then (given up as a bounce) the inbound search and its headers, batched
    assert api_calls(fake, mark) == {"history.list": 1, "messages.list": 2, "batch": 1}
    assert [m.headers_only for m in batch.messages] == [True]
    mark = len(fake.log)
    src.fetch(cursor, limit=50)
    assert api_calls(fake, mark) == {"history.list": 1}  # idle again


def _settings(fake: FakeGmail) -> dict:
    info = fake.authorized_user(ADDRESS)
    return {"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"), "api_endpoint": fake.url,
            "quota_units_per_minute": 600_000}
