"""The shared HTTP seam: one backoff formula, Retry-After honoured, tries bounded."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from connectors.http import (
    Transient, backoff, call_with_retries, chunks, iso_millis, lower_headers, retry_after_seconds,
)
from sync.errors import Permanent, Retryable


def test_backoff_doubles_up_to_the_cap_and_never_undercuts_retry_after():
    top = [backoff(n, base=1.0, jitter=lambda: 1.0) for n in range(1, 9)]
    assert top == [1, 2, 4, 8, 16, 32, 60, 60]
    assert backoff(1, base=1.0, jitter=lambda: 0.0) == 0.5
    assert backoff(1, base=1.0, retry_after=7.0, jitter=lambda: 1.0) == 7.0
    assert backoff(5, base=1.0, retry_after=0.1, jitter=lambda: 1.0) == 16


def test_retries_transient_failures_then_gives_up_as_retryable():
    slept: list[float] = []
    calls = []

    def flaky():
        calls.append(1)
        raise Transient("HTTP 503", retry_after=2.0)

    with pytest.raises(Retryable) as info:
        call_with_retries(flaky, what="x", max_attempts=3, base=0.1, sleep=slept.append)
    assert not isinstance(info.value, Transient) and "gave up" in str(info.value)
    assert len(calls) == 3 and slept and min(slept) >= 2.0


def test_other_errors_pass_through_at_once_and_a_long_retry_after_is_not_slept():
    slept: list[float] = []

    def refused():
        raise Permanent("HTTP 400")

    with pytest.raises(Permanent):
        call_with_retries(refused, what="x", max_attempts=5, base=0.1, sleep=slept.append)

    def later():
        raise Transient("429", retry_after=3600)

    with pytest.raises(Retryable):
        call_with_retries(later, what="x", max_attempts=5, base=0.1, sleep=slept.append)
    assert slept == []


def test_success_after_a_failure_returns_the_value():
    answers = iter([Transient("timeout"), "ok"])

    def call():
        item = next(answers)
        if isinstance(item, Exception):
            raise item
        return item

    assert call_with_retries(call, what="x", max_attempts=2, base=0.01, sleep=lambda s: None) == "ok"


def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2026, 11, 20, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("3") == 3.0
    assert retry_after_seconds("Fri, 20 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Fri, 20 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_helpers():
    assert [list(c) for c in chunks([1, 2, 3, 4, 5], 2)] == [[1, 2], [3, 4], [5]]
    assert lower_headers([("Retry-After", "1")]) == {"retry-after": "1"}
    assert lower_headers(None) == {}
    assert iso_millis(datetime(2026, 11, 20, 12, 0, 0, 123456, tzinfo=timezone.utc)) == "2026-11-20T12:00:00.123Z"
