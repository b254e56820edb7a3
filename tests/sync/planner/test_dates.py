"""sync/planner/dates.py: a message's date from its claims, clamped (issue 9, finding 7)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sync.planner.dates import SANE_EPOCH, DateClaims, message_date

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
HOUR = timedelta(hours=1)
FUTURE = datetime(2099, 1, 1, tzinfo=timezone.utc)
ANCIENT = datetime(1971, 1, 1, tzinfo=timezone.utc)


def test_the_arrival_is_the_date_when_it_is_believable():
    claims = DateClaims(arrival=NOW - HOUR, received=NOW - 2 * HOUR, header=NOW - 3 * HOUR)
    assert message_date(claims, now=NOW) == NOW - HOUR


def test_a_future_or_ancient_arrival_gives_way_to_the_received_header_then_the_date_header():
    assert message_date(DateClaims(arrival=FUTURE, received=NOW - HOUR), now=NOW) == NOW - HOUR
    assert message_date(DateClaims(arrival=ANCIENT, header=NOW - 2 * HOUR), now=NOW) == NOW - 2 * HOUR
    assert message_date(DateClaims(arrival=NOW + HOUR, received=FUTURE, header=NOW - HOUR), now=NOW) == NOW - HOUR


def test_no_believable_claim_is_clamped_between_the_send_time_and_now():
    assert message_date(DateClaims(arrival=FUTURE), now=NOW) == NOW
    assert message_date(DateClaims(), now=NOW) == NOW
    sent = NOW - 5 * HOUR
    assert message_date(DateClaims(arrival=ANCIENT, header=ANCIENT), now=NOW, sent_at=sent) == sent
    assert message_date(DateClaims(arrival=sent - HOUR, header=NOW - HOUR), now=NOW, sent_at=sent) == NOW - HOUR
    # without a send time, claims from before SANE_EPOCH say nothing: the message is new to us
    assert message_date(DateClaims(arrival=ANCIENT), now=NOW) == NOW


def test_old_mail_keeps_its_own_date_and_a_backfill_start_is_a_floor():
    """A first read or an import of years-old bounces must not lift them into today's window."""
    old = NOW - timedelta(days=700)
    assert message_date(DateClaims(arrival=old), now=NOW) == old
    start = NOW - timedelta(days=90)
    assert message_date(DateClaims(arrival=ANCIENT), now=NOW, floor=start) == start
    assert SANE_EPOCH.year == 2000
    # a send time "after" now is a broken clock too: ignored
    assert message_date(DateClaims(arrival=NOW - HOUR), now=NOW, sent_at=FUTURE) == NOW - HOUR
