"""The one rule for counting bounces in what people read (sync/insight/tally.py): `status`
and `report` count the same bounces the same way, from the real state store (SQLite and
PostgreSQL), with the clock pinned."""

from __future__ import annotations

from datetime import timedelta

from sync.insight import report, tally
from sync.planner import Forgive, Plan
from sync.records import ContactRef
from tests.sync.helpers import NOW
from tests.sync.store.builders import entry, fact

DAY = timedelta(days=1)
C1, C2, C3 = ContactRef(id="c1"), ContactRef(id="c2"), ContactRef(id="c3")


def _record(store, *facts) -> None:
    mids = sorted({f.message_id for f in facts})
    store.record_page(crm="local", entries=[entry(m) for m in mids], plan=Plan(history=facts),
                      now=NOW, mailbox="rep", cursor=None, save_cursor=False)


def _seed(store) -> None:
    """Every kind of row the history holds, some several times for one bounce."""
    _record(store,
            # one hard bounce, two contacts holding the address: ONE bounce
            fact("m1", hard=True, outcome="marked", address="a@x.example", contact=C1, at=NOW - DAY),
            fact("m1", hard=True, outcome="marked", address="a@x.example", contact=C2, at=NOW - DAY),
            # a third contact refused later for that known-bad address: no new bounce
            fact("m1", hard=True, outcome="refused", address="a@x.example", contact=C3, at=NOW - DAY),
            fact("m2", outcome="soft", address="b@x.example", at=NOW - 2 * DAY),
            fact("m3", hard=True, outcome="sender", scope="sender", reason="blocked",
                 address="c@x.example", contact=None, at=NOW - 2 * DAY),
            fact("m4", hard=True, outcome="unverified", address="d@x.example", contact=None,
                 at=NOW - 3 * DAY),
            fact("m5", outcome="delayed", reason="expired", address="e@x.example", at=NOW - 3 * DAY),
            fact("m6", hard=True, outcome="unmatched", address="f@y.example", contact=None,
                 reason="hostunknown", at=NOW - 10 * DAY),
            fact("m7", hard=True, outcome="marked", address="g@x.example", at=NOW - 40 * DAY))
    # an undo afterwards (c1's mark becomes `forgiven`): the bounce still happened
    store.record_page(crm="local", entries=[], now=NOW, mailbox="rep", cursor=None, save_cursor=False,
                      plan=Plan(history=(Forgive(address="a@x.example", contact=C1, at=NOW),)))
    assert {r["outcome"] for r in store.address_bounces("a@x.example")} == {
        "forgiven", "marked", "refused"}


def test_each_bounce_counts_once_and_what_says_nothing_of_the_address_apart(store):
    _seed(store)
    figures = tally.status_figures(store.bounces_since(NOW - 30 * DAY), now=NOW)
    assert figures["bounces_7d"] == {"total": 2, "hard": 1, "soft": 1, "sender_side": 1,
                                     "unverified": 1, "delayed": 1, "unmatched": 0}
    assert figures["bounces_30d"] == {"total": 3, "hard": 2, "soft": 1, "sender_side": 1,
                                      "unverified": 1, "delayed": 1, "unmatched": 1}
    assert figures["bounces_by_reason_7d"] == {"userunknown": 1, "mailboxfull": 1}
    assert figures["bounces_by_reason_30d"] == {"userunknown": 1, "mailboxfull": 1, "hostunknown": 1}


def test_status_and_report_agree_on_the_same_history(store):
    _seed(store)
    figures = tally.status_figures(store.bounces_since(NOW - 30 * DAY), now=NOW)
    for days in tally.STATUS_WINDOWS:
        since = NOW - days * DAY
        rows = store.bounces_since(since)
        buckets = report.buckets(since=report.chart_start(rows, since=since, now=NOW), now=NOW)
        r = report.build(rows=rows, removed={}, alerts=[], sent={}, buckets=buckets,
                         mailboxes=["rep"], since=since, now=NOW, days=days)
        status = figures[f"bounces_{days}d"]
        assert (r.hard, r.soft, r.sender, r.unverified, r.unmatched) == (
            status["hard"], status["soft"], status["sender_side"], status["unverified"],
            status["unmatched"]), days
        assert {c.key: c.total for c in r.reasons} == figures[f"bounces_by_reason_{days}d"], days
        assert f"{status['total']} bounces came back" in r.summary[0]
