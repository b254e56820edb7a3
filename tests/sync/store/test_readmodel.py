"""The planner's read model over the bounce history; on SQLite and on the real PostgreSQL
server."""

from __future__ import annotations

from datetime import timedelta

from sync.planner import Forgive, Plan, SignOfLife
from tests.sync.helpers import NOW
from tests.sync.store.builders import REF, fact


def test_bounce_history_gives_soft_counts_known_hard_and_done(store):
    day = timedelta(days=1)
    facts = (fact("m1", at=NOW - 3 * day), SignOfLife(address="a@example.com", at=NOW - 2 * day, why="r"),
             fact("m2", at=NOW - day), fact("m3", at=NOW),
             fact("m4", hard=True, outcome="marked", address="b@example.com"),
             fact("m5", hard=True, outcome="unverified", address="c@example.com"))
    store.record_page(crm="local", entries=[], plan=Plan(history=facts), now=NOW)
    st = store.planner_state(crm="local", addresses=["a@example.com", "b@example.com", "c@example.com"],
                             contact_ids=["c1"], since=NOW - 30 * day, now=NOW, mailboxes=["rep"])
    assert st.soft_bounces == {"a@example.com": (NOW - day, NOW)}  # m1 came before the sign of life
    assert st.known_hard == {"b@example.com": "userunknown"}  # unverified bounces teach nothing
    assert st.done == {("b@example.com", "c1")}
    assert st.last_bounce["c1"].address == "b@example.com"
    assert st.hard_in_window == {"rep": 1}
    store.record_page(crm="local", entries=[], plan=Plan(history=(
        Forgive(address="b@example.com", contact=REF, at=NOW),)), now=NOW)
    st = store.planner_state(crm="local", addresses=["b@example.com"], contact_ids=[], since=NOW, now=NOW)
    assert st.done == frozenset()
