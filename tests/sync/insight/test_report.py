"""`bounce-sync report`'s figures (sync/insight/report.py) from the real state store, the
clock pinned: the bounce rate is a share of the mail sent, each bounce counted in the period
its original was sent (never over 100%), and the report says what is left out of it."""

from __future__ import annotations

from datetime import timedelta

from sync.insight import page, report
from sync.planner import Plan
from sync.records import ContactRef, SentMessage
from tests.sync.helpers import NOW
from tests.sync.store.builders import entry, fact

DAY = timedelta(days=1)


def _record(store, *facts) -> None:
    mids = sorted({f.message_id for f in facts})
    store.record_page(crm="local", entries=[entry(m) for m in mids], plan=Plan(history=facts),
                      now=NOW, mailbox="rep", cursor=None, save_cursor=False)


def _sent(n: int, at, *to: str) -> SentMessage:
    return SentMessage(message_id=f"<orig{n}@acme.example>", recipients=frozenset(to), sent_at=at)


def _bounce(n: int, *, sent: SentMessage | None, arrived, address: str | None = None, hard=True):
    address = address or f"p{n}@x.example"
    return fact(f"m{n}-{address}", hard=hard, outcome="marked" if hard else "soft", address=address,
                contact=ContactRef(id=f"c-{address}"), at=arrived, sent=sent)


def _build(store, *, days: int, sent: list[int] | None, buckets=None) -> report.Report:
    since = NOW - days * DAY
    rows = store.bounces_since(since)
    if buckets is None:
        buckets = report.buckets(since=report.chart_start(rows, since=since, now=NOW), now=NOW)
    return report.build(rows=rows, removed={}, alerts=[], sent={"rep": sent}, buckets=buckets,
                        mailboxes=["rep"], since=since, now=NOW, days=days)


def test_a_week_whose_bounces_come_back_for_mail_sent_the_week_before(store):
    """10 messages sent in the week before last, 5 of them bouncing last week; 2 sent last
    week, none bounced. Counted by arrival, last week would be 5 bounces for 2 sent (250%)."""
    week_before = NOW - 8 * DAY
    _record(store, *(_bounce(n, sent=_sent(n, week_before, f"p{n}@x.example"),
                             arrived=NOW - 6 * DAY) for n in range(5)))
    since = NOW - 21 * DAY
    buckets = report.buckets(since=since, now=NOW)
    assert [b.start for b in buckets] == [since, NOW - 14 * DAY, NOW - 7 * DAY]  # weeks
    r = _build(store, days=21, sent=[0, 0, 10, 2], buckets=buckets)
    assert r.series_kind == "rate"
    assert r.series["rep"] == (None, 50.0, 0.0)  # nothing sent in the first week: no point
    [box] = r.mailboxes
    assert (box.hard, box.sent, box.bounced, box.rate) == (5, 12, 5, 5 / 12)
    assert "Bounce rate: rep, 41.7%: 5 of the 12 messages it sent in this window bounced" in (
        " ".join(r.summary))
    html = page.render(r)
    assert "Bounce rate per mailbox, by week sent" in html
    assert "the share that bounced, hard or soft, whenever the bounce came back" in html


def test_a_message_bouncing_for_three_recipients_is_one_bounced_message(store):
    to = ("a@x.example", "b@x.example", "c@x.example")
    original = _sent(1, NOW - 2 * DAY, *to)
    _record(store, *(_bounce(1, sent=original, arrived=NOW - DAY, address=a) for a in to))
    r = _build(store, days=7, sent=[0] + [0] * 5 + [1, 0])
    [box] = r.mailboxes
    assert (box.hard, box.sent, box.bounced, box.rate) == (3, 1, 1, 1.0)
    assert max(v for v in r.series["rep"] if v is not None) == 100.0


def test_a_sent_count_below_the_messages_that_bounced_is_raised_to_them(store):
    """The sent folder counts by file time, the originals carry their Date header: near a
    period's edge they may disagree. Every bounced original was sent: it is counted."""
    _record(store, *(_bounce(n, sent=_sent(n, NOW - 2 * DAY, f"p{n}@x.example"),
                             arrived=NOW - DAY) for n in range(2)))
    r = _build(store, days=7, sent=[0, 0, 0, 0, 0, 0, 1, 0])
    assert (r.mailboxes[0].sent, r.mailboxes[0].rate) == (2, 1.0)
    assert all(v is None or 0 <= v <= 100 for v in r.series["rep"])


def test_bounces_without_a_known_send_time_stay_out_of_the_rate_and_are_named(store):
    _record(store, _bounce(1, sent=_sent(1, NOW - 3 * DAY, "p1@x.example"), arrived=NOW - 2 * DAY),
            _bounce(2, sent=None, arrived=NOW - 2 * DAY),
            _bounce(3, sent=None, arrived=NOW - DAY, hard=False))
    r = _build(store, days=7, sent=[0] + [1] * 7)
    [box] = r.mailboxes
    assert (box.hard, box.soft, box.bounced, box.unknown_send, box.sent) == (2, 1, 1, 2, 7)
    assert "2 bounces answered mail not found in the sent mail" in " ".join(r.summary)
    assert "Not in it: 2 bounces to mail not found in the sent mail." in page.render(r)


def test_the_time_axis_of_a_long_window_starts_at_its_first_bounce(store):
    sent = _sent(1, NOW - 20 * DAY, "p1@x.example")
    _record(store, _bounce(1, sent=sent, arrived=NOW - 19 * DAY))
    since = NOW - 3650 * DAY
    start = report.chart_start(store.bounces_since(since), since=since, now=NOW)
    assert start == (NOW - 20 * DAY).replace(hour=0)  # the day the original was sent
    assert {b.end - b.start for b in report.buckets(since=start, now=NOW)[:-1]} == {7 * DAY}
    quiet = report.chart_start([], since=since, now=NOW)
    assert quiet == since
    recent = NOW - 2 * DAY
    _record(store, _bounce(2, sent=_sent(2, recent, "p2@x.example"), arrived=recent))
    assert report.chart_start(store.bounces_since(NOW - 7 * DAY), since=NOW - 7 * DAY,
                              now=NOW) == NOW - 7 * DAY  # never before the window


def test_without_sent_counts_the_chart_shows_counts_and_says_why(store):
    _record(store, _bounce(1, sent=None, arrived=NOW - DAY))
    r = _build(store, days=7, sent=None)
    assert r.series_kind == "count" and r.mailboxes[0].rate is None
    assert "sent counts are unknown" in " ".join(r.summary)
    assert "Bounces per mailbox, by day they came back" in page.render(r)


def test_an_empty_window_says_so_in_words():
    since = NOW - 30 * DAY
    buckets = report.buckets(since=report.chart_start([], since=since, now=NOW), now=NOW)
    r = report.build(rows=[], removed={}, alerts=[], sent={"rep": [0] * (len(buckets) + 1)},
                     buckets=buckets, mailboxes=["rep"], since=since, now=NOW, days=30)
    assert r.summary[:2] == ("In the last 30 days, no bounce came back to the mailbox rep.",
                             "The mailboxes' sent mail shows nothing sent in this window, so "
                             "there is no bounce rate.")
    assert "rate nothing sent" in "\n".join(report.lines(r))
    html = page.render(r)
    assert "nothing sent in this window" in html and "rep (no mail)" in html
    assert html.count("nothing in this window") == 3  # reasons, domains, sequences
