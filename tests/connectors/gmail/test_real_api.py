"""GmailSource against what the real Gmail API does and the fake used to paper over
(issue 11 items 3, 4 and 9; issue 9 item 7): Spam and Trash only with includeSpamTrash,
history records without labels or dates, mail imported with old dates, Google's published
unit costs and pacing that shrinks when Gmail says rateLimitExceeded."""

from __future__ import annotations

import json
import math

import pytest

from connectors.gmail import UNIT_COSTS, MinuteBudget
from sync.errors import ConfigError
from tests.connectors.gmail.harness import ADDRESS, api_calls, make_source, ordinary, sent
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import FakeGmail

pytestmark = pytest.mark.timeout(60)

YEAR_MS = 365 * 86400 * 1000


def _bounce_lists(fake: FakeGmail, since: int = 0) -> list:
    return [r for r in fake.log[since:] if r.path.endswith("/messages") and "mailer-daemon" in (r.arg("q") or "")]


# --------------------------------------------------------------- item 3: includeSpamTrash


def test_bounces_in_spam_and_trash_are_found_because_include_spam_trash_is_set(fake, source):
    spam = fake.add_message(ADDRESS, bounce(1), labels=("SPAM",))
    seen, cursor = drain(source, None)
    assert [m.id for m in seen] == [spam]  # full sync
    trash = fake.add_message(ADDRESS, bounce(2), labels=("TRASH",))
    mark = len(fake.log)
    seen, _ = drain(source, cursor)
    assert [m.id for m in seen] == [trash]  # incremental
    lists = _bounce_lists(fake)
    assert lists and all(r.arg("includeSpamTrash") == "true" for r in lists)
    assert _bounce_lists(fake, mark)


def test_the_fake_hides_spam_from_in_anywhere_without_the_parameter(fake, source):
    fake.add_message(ADDRESS, bounce(1), labels=("SPAM",))
    users = source.service.users()
    assert "messages" not in users.messages().list(userId="me", q="in:anywhere").execute()
    assert users.messages().list(userId="me", q="in:anywhere", includeSpamTrash=True).execute()["messages"]


# --------------------------------------------------- item 4: history without labelIds


def test_history_records_carry_only_id_and_thread_id_as_gmails_do(fake, source):
    start = fake.history_id(ADDRESS)
    fake.add_message(ADDRESS, bounce(1))
    fake.add_sent(ADDRESS, sent(1))
    history = source.service.users().history().list(userId="me", startHistoryId=str(start)).execute()
    added = [a["message"] for rec in history["history"] for a in rec.get("messagesAdded", [])]
    assert len(added) == 2 and all(set(m) == {"id", "threadId"} for m in added)


def test_labels_when_given_still_screen_sent_mail_for_free(fake, source):
    """A record that does carry labelIds (some do) is screened without any search."""
    _, cursor = drain(source, None)
    fake.history_with_labels = True
    fake.add_sent(ADDRESS, sent(1))
    mark = len(fake.log)
    assert drain(source, cursor)[0] == []
    assert api_calls(fake, mark) == {"history.list": 1}


# ------------------------------------------- issue 9 item 7: whatever the message's date


def test_a_bounce_imported_with_an_old_date_is_read(fake, source):
    """Mail imported or migrated into the mailbox keeps its old internalDate: history adds
    it, the after:-bounded search cannot see it; it must be read all the same."""
    _, cursor = drain(source, None)
    old = fake.add_message(ADDRESS, bounce(7), internal_date=fake.now_ms() - 2 * YEAR_MS)
    fake.add_message(ADDRESS, ordinary(7), internal_date=fake.now_ms() - 2 * YEAR_MS)  # old, not a bounce
    recent = fake.add_message(ADDRESS, bounce(8))
    mark, parts = len(fake.log), fake.parts_served
    seen, cursor = drain(source, cursor)
    assert sorted(m.id for m in seen if not m.headers_only) == sorted([old, recent])
    assert len([m for m in seen if m.headers_only]) == 1  # the old reply: its headers only
    # raw downloads: the two bounces only; the two old messages cost one minimal get each
    bodies = b"".join(r.body for r in fake.log[mark:] if r.path.startswith("/batch"))
    assert bodies.count(b"format=raw") == 2 and bodies.count(b"format=minimal") == 2
    assert bodies.count(b"format=metadata") == 1
    assert fake.parts_served - parts == 2 + 2 + 1
    assert drain(source, cursor)[0] == []  # and never twice


@pytest.mark.parametrize("hours_before", [None, 2])
def test_a_bounce_delivered_late_is_read_when_the_index_catches_up(fake, tmp_path, hours_before):
    """Not searchable at first (the search index lags history), dated when it reached
    history (None) or two hours before (delayed delivery): re-asked around its own date in
    the next run."""
    src = make_source(fake, tmp_path, search_lag_seconds=600)
    _, cursor = drain(src, None)
    dated = None if hours_before is None else fake.now_ms() - hours_before * 3600 * 1000
    late = fake.add_message(ADDRESS, bounce(9), internal_date=dated)
    fake.unindexed.add(late)
    assert drain(src, cursor)[0] == []
    cursor = src.fetch(cursor, limit=50).cursor
    fake.unindexed.discard(late)
    seen, _ = drain(src, cursor)
    assert [m.id for m in seen] == [late]


def test_an_old_cursor_with_two_field_rechecks_still_resumes(fake, source):
    _, cursor = drain(source, None)
    state = json.loads(cursor)
    mid = fake.add_message(ADDRESS, bounce(3))
    state["recheck"] = [[mid, state["t"]]]  # the previous cursor format
    seen, _ = drain(source, json.dumps(state))
    assert [m.id for m in seen] == [mid]


# ----------------------------------------------------------- item 9: units and pacing


def test_default_unit_costs_are_googles_published_figures(fake, tmp_path):
    # developers.google.com/workspace/gmail/api/reference/quota
    assert UNIT_COSTS == {"getProfile": 1, "labels.list": 1, "labels.create": 5, "history.list": 2,
                          "messages.list": 5, "messages.get": 5, "messages.batchModify": 50}
    assert make_source(fake, tmp_path).unit_costs["messages.get"] == 5
    assert make_source(fake, tmp_path, unit_costs={"messages.get": 20}).unit_costs["messages.get"] == 20
    with pytest.raises(ConfigError) as err:
        make_source(fake, tmp_path, unit_costs={"messages.got": 5})
    assert err.value.key == "unit_costs"


def test_minute_budget_halves_on_rate_limit_and_grows_back_slowly():
    now = [0.0]

    def sleep(s: float) -> None:
        now[0] += s

    budget = MinuteBudget(6000, clock=lambda: now[0], sleep=sleep)
    assert budget.capacity == 5700
    budget.throttled()
    assert budget.capacity == 2850 and budget.refusals == 1
    budget.throttled()
    assert budget.capacity == 1425
    for _ in range(10):
        budget.throttled()
    assert budget.capacity == pytest.approx(5700 * MinuteBudget.FLOOR)  # never below the floor
    now[0] += MinuteBudget.RECOVERY / 2
    assert 285 < budget.capacity < 5700  # growing back, linearly
    now[0] += MinuteBudget.RECOVERY
    assert budget.capacity == 5700
    # while shrunk, no 60 s window sees more than the share in force
    budget.throttled()
    spends = []
    for _ in range(200):
        budget.take(50)
        spends.append(now[0])
        now[0] += 0.01
    first = [t for t in spends if t < spends[0] + 60]
    assert len(first) * 50 <= 2850 + 50


def test_a_rate_limit_answer_shrinks_the_share_then_the_run_goes_on(fake, tmp_path):
    src = make_source(fake, tmp_path, quota_units_per_minute=6000)
    _, cursor = drain(src, None)
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(3)]
    fake.faults.retry_after = 0.01
    fake.faults.fail_next("rate_limit")  # the next call: 429 rateLimitExceeded
    seen, _ = drain(src, cursor)
    assert sorted(m.id for m in seen) == sorted(ids)
    assert src._budget.refusals == 1 and src._budget.capacity < 5700


def test_batch_parts_refused_for_rate_shrink_the_share_once_per_batch(fake, tmp_path):
    src = make_source(fake, tmp_path, quota_units_per_minute=6000)
    _, cursor = drain(src, None)
    ids = [fake.add_message(ADDRESS, bounce(n)) for n in range(10)]
    fake.max_concurrent_parts = 4  # parts past the 4th get 429 rateLimitExceeded
    fake.before_batch = lambda: setattr(fake, "max_concurrent_parts", None) if fake.parts_served else None
    seen, _ = drain(src, cursor)
    assert sorted(m.id for m in seen) == sorted(ids)
    assert src._budget.refusals == 1


def test_quota_units_per_new_bounce_at_the_published_figures(fake, source):
    _, cursor = drain(source, None)
    for n in range(100):
        fake.add_message(ADDRESS, bounce(n))
    mark, parts = len(fake.log), fake.parts_served
    seen, _ = drain(source, cursor, limit=500)
    calls = api_calls(fake, mark)
    units = calls["history.list"] * 2 + calls["messages.list"] * 5 + (fake.parts_served - parts) * 5
    assert len(seen) == 100 and math.isclose(units / 100, (2 + 5 + 500) / 100)


def test_the_fake_charges_the_published_figures():
    from tests.fakes.gmail import UNIT_COSTS as FAKE_COSTS

    assert all(FAKE_COSTS[k] == v for k, v in UNIT_COSTS.items())
