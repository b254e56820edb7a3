"""Sender-side and bounce-rate alerts through the worker: the real classifier, local CRM and
state store; mailboxes are list-backed (or the real Gmail source against the fake Gmail)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from sync.policy import Policy
from sync.worker import Mailbox, run_once
from tests.sync.helpers import ListSource, dsn

RATE = Policy(bounce_rate_threshold=0.05, bounce_rate_min_bounces=3, bounce_rate_window_days=7)


class CountingSource(ListSource):
    """A mailbox that also says how much it sent (the optional `sent_count`)."""

    def __init__(self, *a, sent: int | None, **kw) -> None:
        super().__init__(*a, **kw)
        self.sent = sent
        self.asked: list = []

    def sent_count(self, *, since):
        self.asked.append(since)
        return self.sent


def run(source, crm, store, clock, policy=RATE, name="rep"):
    return run_once(mailboxes=[Mailbox(name=name, source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1")


def hard(n: int) -> bytes:
    return dsn(f"gone{n}@example.com", msgid=f"o{n}@acme.example")


# --------------------------------------------------------------------------- percentage


def test_bounce_rate_over_the_threshold_alerts_and_exits_3(crm, store, clock):
    source = CountingSource([hard(n) for n in range(4)], sent=40)  # 4 / 40 = 10% > 5%
    report = run(source, crm, store, clock)
    assert [a.kind for a in report.alerts] == ["bounce_rate"]
    assert "3 hard bounces for 40 messages sent in 7 days" in report.alerts[0].message  # raised at the 3rd
    assert report.exit_status() == 3
    assert source.asked == [clock() - timedelta(days=7)]  # asked once, for the policy's window


def test_bounce_rate_under_the_threshold_does_not_alert(crm, store, clock):
    source = CountingSource([hard(n) for n in range(4)], sent=400)  # 1% < 5%
    report = run(source, crm, store, clock)
    assert report.alerts == [] and report.exit_status() == 0
    assert len(source.asked) == 1


def test_sent_count_is_never_asked_on_an_idle_run_or_for_soft_bounces(crm, store, clock):
    source = CountingSource([], sent=10)
    run(source, crm, store, clock)
    source.add(dsn("bo@example.com", status="4.2.2", diag="452 4.2.2 Mailbox full"))
    run(source, crm, store, clock)
    assert source.asked == []
    source.add(*(hard(n) for n in range(4)))
    assert run(source, crm, store, clock, policy=Policy(bounce_rate_min_bounces=3)).exit_status() == 3
    assert len(source.asked) == 1


def test_a_source_that_cannot_tell_falls_back_to_the_count_alert(crm, store, clock):
    source = CountingSource([hard(n) for n in range(4)], sent=None)
    assert run(source, crm, store, clock).alerts == []
    source.add(hard(9))
    report = run(source, crm, store, clock, policy=Policy(bounce_count_alert=5))
    assert [a.kind for a in report.alerts] == ["bounce_rate"] and "5 hard bounces in 7 days" in report.alerts[0].message


@pytest.mark.timeout(60)
def test_gmail_bounce_rate_through_the_worker_and_an_idle_run_costs_one_history_list(crm, store, clock, tmp_path):
    from tests.connectors.gmail.harness import ADDRESS, make_source, sent
    from tests.fakes.gmail import FakeGmail

    with FakeGmail(quota_units_per_minute=600_000) as fake:
        source = make_source(fake, tmp_path)
        for n in range(20):
            fake.add_message(ADDRESS, sent(n), labels=("SENT",))
        run(source, crm, store, clock)  # first run: the full sync
        for n in range(3):  # genuine: each quotes a message the mailbox sent to that address
            fake.add_message(ADDRESS, dsn(f"lead{n}@example.com", msgid=f"sent-{n}@sender.example"))
        report = run(source, crm, store, clock, policy=RATE)  # 3 / 20 = 15%
        assert report.bounces_hard == 3 and report.exit_status() == 3
        queries = [r.arg("q") for r in fake.log if r.path.endswith("/messages")]
        assert sum("in:sent after:" in (q or "") for q in queries) == 1
        mark = len(fake.log)
        idle = run(source, crm, store, clock, policy=RATE)
        assert idle.exit_status() == 0
        api = [r.path.rsplit("/", 1)[-1] for r in fake.log[mark:] if "/gmail/v1/" in r.path]
        assert api == ["history"]


# --------------------------------------------------------------------------- page once


BLOCKED = ("550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender "
           "and Gmail users, and has been blocked. The sender must authenticate with at least "
           "one of SPF or DKIM")


def blocked(n: int) -> bytes:
    return dsn(f"lead{n}@example.com", status="5.7.26", diag=BLOCKED, msgid=f"b{n}@acme.example")


def test_a_sender_alert_pages_once_until_new_evidence(crm, store, clock):
    source = ListSource([blocked(1)], received_at=clock)
    assert run(source, crm, store, clock).exit_status() == 3
    clock.advance(minutes=5)
    quiet = run(source, crm, store, clock)  # nothing new read: no page
    assert quiet.alerts == [] and quiet.exit_status() == 0
    [still] = store.status(clock())["mailboxes"]["rep"]["open_alerts"]  # ... but it stays open
    assert (still["kind"], still["reason"]) == ("sender", "authfailure")
    clock.advance(minutes=5)
    source.add(blocked(2))  # a new sender-side bounce is new evidence: it pages again
    again = run(source, crm, store, clock)
    assert [a.kind for a in again.alerts] == ["sender"] and again.exit_status() == 3
    assert len(store.open_alerts("rep")) == 2
    assert store.ack_alerts(now=clock(), mailboxes=["rep"]) == 2
    assert store.open_alerts() == [] and store.status(clock())["mailboxes"]["rep"]["open_alerts"] == []


def test_one_sender_alert_per_reason_per_run_across_pages(crm, store, clock):
    source = ListSource([blocked(n) for n in range(5)], received_at=clock)
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=RATE, clock=clock, batch_limit=2)
    assert source.fetches == 3 and report.bounces_sender == 5
    assert len(report.alerts) == 1 and len(store.open_alerts()) == 1


def test_an_open_bounce_rate_alert_is_not_raised_again_and_an_ack_restarts_the_count(crm, store, clock):
    source = CountingSource([hard(n) for n in range(3)], sent=20, received_at=clock)
    assert run(source, crm, store, clock).exit_status() == 3
    clock.advance(hours=1)
    source.add(hard(10))  # still 4 / 20, but the alert is open: no second page, no sent count
    later = run(source, crm, store, clock)
    assert later.alerts == [] and later.exit_status() == 0 and len(source.asked) == 1
    clock.advance(hours=1)
    assert store.ack_alerts(now=clock(), kind="bounce_rate") == 1
    clock.advance(minutes=1)
    source.add(hard(11), hard(12))  # only 2 since the ack: under the minimum of 3
    assert run(source, crm, store, clock).alerts == []
    assert source.asked[-1] == clock() - timedelta(minutes=1)  # counting starts at the ack
    clock.advance(minutes=1)
    source.add(hard(13))  # the 3rd since the ack: pages again
    report = run(source, crm, store, clock)
    assert [a.kind for a in report.alerts] == ["bounce_rate"] and "3 hard bounces" in report.alerts[0].message


def test_an_unacknowledged_bounce_rate_alert_can_page_again_once_out_of_the_window(crm, store, clock):
    source = CountingSource([hard(n) for n in range(3)], sent=20, received_at=clock)
    assert run(source, crm, store, clock).exit_status() == 3
    clock.advance(days=8)  # its evidence has left the 7-day window
    source.add(*(hard(n) for n in range(20, 23)))
    assert run(source, crm, store, clock).exit_status() == 3
