"""Gmail pacing (connectors/gmail/pacing.py): the per-user rate limit respected, the minute
budget's bursts and its moving minute, and the mailbox's share of the project quota."""

from __future__ import annotations

import math

import pytest

from connectors.gmail import MinuteBudget
from sync.errors import ConfigError
from tests.connectors.gmail.harness import ADDRESS, make_source
from tests.contracts.mail import bounce, drain
from tests.fakes.gmail import FakeGmail


pytestmark = pytest.mark.timeout(60)


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
