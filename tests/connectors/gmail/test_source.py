"""GmailSource against the stateful fake Gmail API, through the real client libraries."""

from __future__ import annotations

import json
import math
import time
from email import message_from_bytes

import pytest

from connectors.base import MailSource
from connectors.gmail import DEFAULT_QUERY, GmailSource, MinuteBudget
from sync.errors import AuthError, ConfigError, CursorExpired, QuotaExhausted, Retryable
from sync.secret import Secret
from tests.connectors.gmail.harness import ADDRESS, GmailHarness, dsn, make_source, ordinary, sent
from tests.contracts.mail import MailContract, bounce, drain, message_ids
from tests.fakes.gmail import SCOPE_MODIFY, SCOPE_READONLY, FakeGmail

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fake():
    with FakeGmail(quota_units_per_minute=600_000) as server:
        yield server


@pytest.fixture
def source(fake, tmp_path):
    return make_source(fake, tmp_path)


class TestGmailContract(MailContract):
    @pytest.fixture
    def harness(self, fake, tmp_path):
        return GmailHarness(fake, make_source(fake, tmp_path))


def api_calls(fake: FakeGmail, since: int = 0) -> dict[str, int]:
    """Requests by API method (token refreshes excluded), from log index `since`."""
    names = {"/history": "history.list", "/messages": "messages.list", "/profile": "getProfile",
             "/batch/gmail/v1": "batch", "/labels": "labels", "/batchModify": "batchModify"}
    counts: dict[str, int] = {}
    for r in fake.log[since:]:
        for suffix, name in names.items():
            if r.path.endswith(suffix):
                counts[name] = counts.get(name, 0) + 1
                break
    return counts


def test_is_a_mail_source(source):
    assert isinstance(source, MailSource)
    assert source.name == "gmail" and source.address == ADDRESS


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


def test_search_index_lag_is_rechecked(fake, tmp_path):
    src = make_source(fake, tmp_path, search_lag_seconds=600)
    _, cursor = drain(src, None)
    mid = fake.add_message(ADDRESS, bounce(5))
    fake.unindexed.add(mid)  # history knows it, search does not yet
    assert drain(src, cursor)[0] == []
    cursor = src.fetch(cursor, limit=50).cursor
    fake.unindexed.discard(mid)
    seen, _ = drain(src, cursor)
    assert [m.id for m in seen] == [mid]


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


def test_retry_after_is_honoured(fake, tmp_path):
    sleeps: list[float] = []
    src = make_source(fake, tmp_path, sleeps=sleeps)
    fake.add_message(ADDRESS, bounce(1))
    src.fetch(None, limit=50)  # token already fetched; the 429 lands on an API call
    fake.faults.retry_after = 0.3
    fake.faults.fail_next("rate_limit")
    start = time.monotonic()
    drain(src, None)
    assert time.monotonic() - start >= 0.3
    assert sleeps and sleeps[0] >= 0.3


def test_batch_part_failures_are_requeued(fake, source):
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(10)]
    fake.part_faults.fail_next("rate_limit", count=3)
    fake.part_faults.fail_next("server_error", count=2)
    seen, _ = drain(source, None)
    assert sorted(m.id for m in seen) == sorted(ids)
    assert fake.count(path="/batch/gmail/v1") == 2  # the 5 failed parts went again, together


def test_concurrency_overflow_parts_are_requeued(fake, source):
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(30)]
    fake.max_concurrent_parts = 20
    seen, _ = drain(source, None)
    assert sorted(m.id for m in seen) == sorted(ids)


def test_deleted_message_part_is_skipped(fake, source):
    keep = fake.add_message(ADDRESS, bounce(1))
    gone = fake.add_message(ADDRESS, bounce(2))
    _, cursor = drain(source, None)
    a = fake.add_message(ADDRESS, bounce(3))
    b = fake.add_message(ADDRESS, bounce(4))
    # deleted after history and search saw it, just before the batch get arrives
    fake.before_batch = lambda: fake.delete_message(ADDRESS, b)
    seen, _ = drain(source, cursor)
    assert [m.id for m in seen] == [a]
    assert keep and gone


@pytest.mark.parametrize("kind", ["server_error", "timeout"])
def test_5xx_and_timeouts_are_retried(fake, tmp_path, kind):
    src = make_source(fake, tmp_path, timeout=0.5)
    fake.faults.timeout_seconds = 1.0
    mid = fake.add_message(ADDRESS, bounce(1))
    src.fetch(None, limit=1)  # warm: token
    fake.faults.fail_next(kind, count=2)
    seen, _ = drain(src, None)
    assert [m.id for m in seen] == [mid]


def test_persistent_5xx_surfaces_as_retryable(fake, tmp_path):
    src = make_source(fake, tmp_path, max_attempts=3)
    src.check()
    fake.faults.fail_next("server_error", count=3)
    with pytest.raises(Retryable):
        src.fetch(None, limit=5)


def test_expired_access_token_is_refreshed(fake, source):
    fake.add_message(ADDRESS, bounce(1))
    _, cursor = drain(source, None)
    fake.expire_access_tokens()
    fake.add_message(ADDRESS, bounce(2))
    seen, _ = drain(source, cursor)
    assert len(seen) == 1
    assert fake.count(path="/token") == 2
    assert any(r.status == 401 for r in fake.log)


def test_revoked_refresh_token_is_auth_error_naming_the_setting(fake, source):
    fake.revoke_refresh_token()
    with pytest.raises(AuthError) as info:
        source.fetch(None, limit=5)
    assert info.value.setting == "mailboxes[].credentials"
    assert "invalid_grant" in str(info.value)
    for secret in fake.issued_tokens():
        assert secret not in str(info.value)


def test_daily_quota_is_quota_exhausted(fake, source):
    source.check()
    fake.faults.fail_next("daily_quota")
    with pytest.raises(QuotaExhausted):
        source.fetch(None, limit=5)


def test_per_user_rate_limit_of_the_fake_is_respected_by_pacing(tmp_path):
    # 1,200 units/min: bucket of 300, refill 15/s. 12 bounces cost 5 + 1 + 240 units.
    with FakeGmail(quota_units_per_minute=1200) as fake:
        src = make_source(fake, tmp_path, quota_units_per_minute=1200)
        for n in range(12):
            fake.add_message(ADDRESS, bounce(n))
        seen, _ = drain(src, None)
        assert len(seen) == 12
        assert not any(r.status == 429 for r in fake.log)


def test_minute_budget_bursts_to_the_quota_share_and_no_moving_minute_exceeds_it():
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    budget = MinuteBudget(6000, clock=lambda: now[0], sleep=sleep)  # fraction 0.95
    assert budget.capacity == 5700 and budget.rate == 95
    for _ in range(285):  # 285 * 20 = 5700 units: the whole share at once
        budget.take(20)
    assert slept == []
    now[0] = 30.0
    budget.take(20)  # the window is full until the first spend is a minute old
    assert math.isclose(slept[-1], 30.0) and math.isclose(now[0], 60.0)

    # Five minutes of steady demand in calls of 20 and batches of 1,000 units: no moving
    # 60 s window sees more than the share, and the run gets the share every minute.
    spends: list[tuple[float, int]] = []
    i = 0
    while now[0] < 360:
        units = 1000 if i % 7 == 0 else 20
        budget.take(units)
        spends.append((now[0], units))
        now[0] += 0.01  # the request itself
        i += 1
    times = [t for t, _ in spends]
    for start in times:
        in_window = sum(u for t, u in spends if start <= t < start + 60)
        assert in_window <= 5700
    spent = sum(u for _, u in spends)
    assert spent >= 5 * 5700 - 1000


def test_minute_budget_lets_an_oversized_call_through_alone():
    now = [0.0]

    def sleep(s: float) -> None:
        now[0] += s

    budget = MinuteBudget(600, fraction=0.5, clock=lambda: now[0], sleep=sleep)
    budget.take(100)
    budget.take(1000)  # more than the share: waits for an empty window, then goes
    assert math.isclose(now[0], 60.0)
    budget.take(10)  # and the window then holds it: the next call waits another minute
    assert math.isclose(now[0], 120.0)


def test_a_mailbox_spends_up_to_its_quota_share_without_waiting(tmp_path):
    """5,000 units of bounces in a 6,000-unit minute: fetched at once, no pacing wait, no
    429 (a 75% pace of 1,500 units then 75 units/s used to wait about 45 s here)."""
    with FakeGmail(quota_units_per_minute=6000) as fake:
        src = make_source(fake, tmp_path, quota_units_per_minute=6000)
        src.check()
        first = src.fetch(None, limit=500)
        for n in range(250):
            fake.add_message(ADDRESS, bounce(n))
        seen, _ = drain(src, first.cursor)
        assert len(seen) == 250
        assert src._budget.waited == 0
        assert not any(r.status == 429 for r in fake.log)


def test_quota_fraction_setting(fake, tmp_path):
    with pytest.raises(ConfigError) as err:
        make_source(fake, tmp_path, quota_fraction=1.5)
    assert err.value.key == "quota_fraction" and "0.95" in err.value.fix
    src = make_source(fake, tmp_path, quota_units_per_minute=1000, quota_fraction=0.5)
    assert src._budget.capacity == 500


# ----------------------------------------------------------------------------- auth flows


def test_service_account_jwt_flow(fake, tmp_path):
    key = fake.service_account(delegated_scopes=(SCOPE_READONLY,))
    path = tmp_path / "sa.json"
    path.write_text(json.dumps(key))
    mid = fake.add_message(ADDRESS, bounce(1))
    src = GmailSource({"address": ADDRESS, "credentials": "sa.json", "api_endpoint": fake.url,
                       "quota_units_per_minute": 600_000}, base_dir=tmp_path)
    seen, _ = drain(src, None)
    assert [m.id for m in seen] == [mid]
    token = fake.requests(path="/token")[0]
    assert b"jwt-bearer" in token.body


def test_service_account_without_delegation_is_auth_error(fake, tmp_path):
    key = fake.service_account(delegated_scopes=(SCOPE_READONLY,))
    src = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(key), "file:sa.json"),
                       "api_endpoint": fake.url, "label_processed": "done"}, base_dir=tmp_path)
    with pytest.raises(AuthError):
        src.fetch(None, limit=5)  # modify scope was never delegated


# ----------------------------------------------------------------------------- verification


def test_a_thread_is_no_evidence_only_a_sent_copy_with_its_recipients(fake, source):
    """Gmail's threading is a pointer (anyone can quote a thread's ids): only a message with
    the SENT label counts, and its To/Cc/Bcc say whom it went to."""
    fake.add_sent(ADDRESS, sent(1))
    inbox_id = fake.add_message(ADDRESS, sent(2))  # the same headers, but not SENT: no evidence
    fake.add_message(ADDRESS, bounce(1), thread_id=inbox_id)
    drain(source, None)
    mark = len(fake.log)
    found = source.sent_messages(["<sent-1@sender.example>", "sent-2@sender.example",
                                  "dsn-9@mx.example.net"])
    assert {k: v.recipients for k, v in found.items()} == {"sent-1@sender.example": {"lead1@example.com"}}
    calls = api_calls(fake, mark)
    assert calls.get("messages.list") == 1  # one OR-ed search for all three ids
    lookups = [r for r in fake.requests(path="/messages$") if "rfc822msgid" in (r.arg("q") or "")]
    assert all("in:sent" in r.arg("q") for r in lookups)


def test_sent_lookups_are_batched_and_cached_per_run(fake, source):
    for n in range(1, 46):
        fake.add_sent(ADDRESS, sent(n))
    ids = [f"sent-{n}@sender.example" for n in range(1, 46)] + ["forged@nowhere.example"]
    mark = len(fake.log)
    found = source.sent_messages(ids)
    assert len(found) == 45
    first = api_calls(fake, mark)
    assert first.get("messages.list") == 3  # ceil(46 / 20) searches, not one per id
    mark = len(fake.log)
    assert source.sent_messages(ids[:10] + ["forged@nowhere.example"]).keys() == set(ids[:10])
    assert api_calls(fake, mark) == {}  # asked before in this run: no call at all


@pytest.mark.parametrize("mode,expected", [("thread", {"sent-7@sender.example"}), ("off", None)])
def test_verify_modes(fake, tmp_path, mode, expected):
    fake.add_sent(ADDRESS, sent(7))
    src = make_source(fake, tmp_path, verify=mode)
    found = src.sent_messages(["sent-7@sender.example"])
    assert (None if found is None else set(found)) == expected
    if expected is None:
        assert not any("rfc822msgid" in (r.arg("q") or "") for r in fake.log)


# ----------------------------------------------------------------------------- labels, check, config


def test_label_processed_marks_fetched_bounces(fake, tmp_path):
    src = make_source(fake, tmp_path, scopes=(SCOPE_MODIFY,))
    mid = fake.add_message(ADDRESS, bounce(1))
    drain(src, None)
    box = fake.mailbox(ADDRESS)
    label = next(lid for lid, name in box.user_labels.items() if name == "bounce-processed")
    assert label in box.messages[mid].labels


def test_label_created_meanwhile_by_someone_else_is_used(fake, tmp_path, monkeypatch):
    """labels.create's 409 (the label appeared after our labels.list) is not an error."""
    from connectors.gmail.labels import ProcessedLabel

    src = make_source(fake, tmp_path, scopes=(SCOPE_MODIFY,))
    mid = fake.add_message(ADDRESS, bounce(1))
    real_find, finds = ProcessedLabel._find, []

    def find_then_another_client_creates_it(self):
        found = real_find(self)
        finds.append(found)
        if len(finds) == 1:
            fake.mailbox(ADDRESS).user_labels["Label_9"] = "bounce-processed"
        return found

    monkeypatch.setattr(ProcessedLabel, "_find", find_then_another_client_creates_it)
    drain(src, None)
    assert finds == [None, "Label_9"]
    assert "Label_9" in fake.mailbox(ADDRESS).messages[mid].labels


def test_history_404_names_the_mailbox_and_keeps_google_s_error_as_cause(fake, source):
    from googleapiclient.errors import HttpError

    _, cursor = drain(source, None)
    fake.add_message(ADDRESS, ordinary(1))
    fake.expire_history_before(fake.history_id(ADDRESS))
    with pytest.raises(CursorExpired, match=f"history for {ADDRESS} no longer reaches back") as info:
        source.fetch(cursor, limit=50)
    assert isinstance(info.value.__cause__, HttpError) and info.value.__cause__.status_code == 404


def test_check_reports_mailbox_history_and_scopes(source, fake):
    items = source.check()
    assert all(i.ok for i in items), items
    text = " ".join(i.detail for i in items)
    assert ADDRESS in text and "historyId" in text and "gmail.readonly" in text


def test_check_flags_a_different_mailbox(fake, tmp_path):
    info = fake.authorized_user("someone@else.example")
    src = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"),
                       "api_endpoint": fake.url}, base_dir=tmp_path)
    items = src.check()
    assert not all(i.ok for i in items)


@pytest.mark.parametrize("settings,key", [
    ({}, "address"),
    ({"address": ADDRESS}, "credentials"),
    ({"address": ADDRESS, "credentials": "missing.json"}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret("{not json", "env:X")}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret('{"client_id": "x"}', "env:X")}, "credentials"),
    ({"address": ADDRESS, "credentials": Secret('{"refresh_token": "r", "client_id": "c", "client_secret": "s"}',
                                                "env:X"), "batch_size": 51}, "batch_size"),
    ({"address": ADDRESS, "credentials": Secret('{"refresh_token": "r", "client_id": "c", "client_secret": "s"}',
                                                "env:X"), "verify": "maybe"}, "verify"),
])
def test_bad_settings_raise_config_error(tmp_path, settings, key):
    with pytest.raises(ConfigError) as info:
        GmailSource(settings, base_dir=tmp_path)
    assert info.value.key == key
    assert "not json" not in str(info.value)


def test_default_query_is_parsed_by_the_fake_and_excludes_sent(fake, source):
    from tests.fakes.gmail import parse_query

    parse_query(DEFAULT_QUERY)
    fake.add_sent(ADDRESS, bounce(3))  # a copy of a bounce in Sent must not be picked up
    assert drain(source, None)[0] == []


def test_bounce_in_spam_or_other_label_is_found(fake, source):
    a = fake.add_message(ADDRESS, bounce(1), labels=("SPAM",))
    b = fake.add_message(ADDRESS, dsn(2), labels=("CATEGORY_UPDATES",))
    seen, _ = drain(source, None)
    assert {m.id for m in seen} == {a, b}


def test_first_page_matches_message_ids(fake, source):
    for n in range(3):
        fake.add_message(ADDRESS, bounce(n))
    seen, _ = drain(source, None, limit=1)
    assert len(message_ids(tuple(seen))) == 3


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
