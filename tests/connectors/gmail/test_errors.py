"""Gmail errors: Retry-After honoured, failed batch parts requeued (a deleted message
skipped), 5xx and timeouts retried, tokens refreshed, a revoked grant an AuthError naming
the setting, the daily quota QuotaExhausted."""

from __future__ import annotations

import time

import pytest

from sync.errors import AuthError, QuotaExhausted, Retryable
from tests.connectors.gmail.harness import ADDRESS, make_source
from tests.contracts.mail import bounce, drain


pytestmark = pytest.mark.timeout(60)


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
