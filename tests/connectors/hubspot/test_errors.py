"""HubSpot errors: the ten-secondly and daily limits (Retry-After honoured, the interval
window waited), 5xx and timeouts retried by the shared backoff, 401s and missing scopes
named without the token."""

from __future__ import annotations

import time

import pytest

from connectors.hubspot import HubSpotConnector
from sync.errors import AuthError, QuotaExhausted, Retryable
from sync.records import ContactRef, Outcome
from sync.secret import Secret
from tests.connectors.hubspot.harness import PREFIX, connector
from tests.contracts.crm import mark
from tests.fakes.hubspot import TOKEN, FakeHubSpot


# ------------------------------------------------------------------------------ errors


def test_ten_secondly_429_waits_for_retry_after(fake, hub):
    fake.faults.retry_after = 0.4
    fake.faults.fail_next("rate_limit", count=2)
    ref = ContactRef(id=fake.add_contact("slow@example.com"))
    started = time.monotonic()
    [result] = hub.apply([mark(ref, "slow@example.com")])
    assert result.outcome is Outcome.DONE
    assert time.monotonic() - started >= 0.8  # lower bound only
    assert fake.count("POST", r"/batch/update$") == 3


def test_retry_after_holds_for_the_next_call_after_giving_up(fake):
    # Found by benchmarks/faults.py: a call whose every try got 429 gave up, and the next
    # request went out 4 ms later, ignoring the Retry-After of the last answer.
    hub = connector(fake.url, max_attempts=2)
    hub.setup(dry_run=False)
    a, b = (ContactRef(id=fake.add_contact(f"{n}@example.com")) for n in "ab")
    fake.faults.retry_after = 0.4
    fake.faults.fail_next("rate_limit", count=2)
    fake.log.clear()
    [first] = hub.apply([mark(a, "a@example.com")])
    assert first.outcome is Outcome.RETRY
    [second] = hub.apply([mark(b, "b@example.com", key="b")])
    assert second.outcome is Outcome.DONE
    refused, sent = fake.log[1], fake.log[2]
    assert refused.status == 429 and sent.status == 200
    assert sent.at - refused.at >= 0.4  # lower bound only


def test_429_without_retry_after_waits_the_interval_window():
    with FakeHubSpot(window_seconds=0.3) as fake:
        fake.faults.retry_after = None
        hub = connector(fake.url)
        fake.faults.fail_next("rate_limit")
        started = time.monotonic()
        hub.check()
        assert time.monotonic() - started >= 0.3


def test_ten_secondly_limit_is_respected_from_headers():
    with FakeHubSpot(ten_secondly_limit=20, window_seconds=0.5) as fake:
        hub = connector(fake.url)
        started = time.monotonic()
        for i in range(25):
            hub.check()  # 5 requests each (token, scopes, group, properties, workflows)
        assert fake.count() == 125  # nothing refused, so nothing retried
        assert all(r.status != 429 for r in fake.log)
        assert time.monotonic() - started >= 2.0  # 100 requests, 20 per half second


def test_daily_quota_raises_and_sends_nothing_more(fake, hub):
    refs = [ContactRef(id=fake.add_contact(f"q{i}@example.com")) for i in range(150)]
    fake.log.clear()
    fake.faults.fail_next("daily_quota")
    with pytest.raises(QuotaExhausted):
        hub.apply([mark(r, f"q{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    assert fake.count() == 1


def test_5xx_and_timeouts_are_retried(fake, hub):
    fake.faults.fail_next("server_error", count=2)
    assert hub.find_contacts(["nobody@example.com"]) == []
    hub = connector(fake.url, request_timeout=0.5, search_rate_per_second=40)
    fake.faults.timeout_seconds = 1.0  # longer than the connector waits
    fake.faults.fail_next("timeout")
    ref = ContactRef(id=fake.add_contact("t@example.com"))
    [result] = hub.apply([mark(ref, "t@example.com")])
    assert result.outcome is Outcome.DONE
    assert fake.contact(ref.id)["properties"][PREFIX + "status"] == "bounced"


def test_server_errors_that_persist_surface_as_retry(fake):
    hub = connector(fake.url, max_attempts=2)
    hub.setup(dry_run=False)
    ref = ContactRef(id=fake.add_contact("down@example.com"))
    fake.faults.fail_next("server_error", count=2)
    [result] = hub.apply([mark(ref, "down@example.com")])
    assert result.outcome is Outcome.RETRY
    fake.faults.fail_next("server_error", count=2)
    with pytest.raises(Retryable):
        hub.find_contacts(["down@example.com"])


def test_retries_wait_by_the_shared_backoff_and_retry_after(fake):
    """HubSpot's retries go through connectors/http: without Retry-After the n-th wait is
    the shared formula (base 0.5 s, jittered over its upper half); a 429's Retry-After is a
    floor. Waits are recorded, not slept."""
    slept: list[float] = []
    hub = HubSpotConnector({"access_token": Secret(TOKEN, "test"), "base_url": fake.url,
                            "request_timeout": 2}, base_dir=".", sleep=slept.append)
    ref = ContactRef(id=fake.add_contact("wait@example.com"))
    hub.setup(dry_run=False)
    fake.faults.fail_next("server_error", count=3)
    [result] = hub.apply([mark(ref, "wait@example.com")])
    assert result.outcome is Outcome.DONE
    assert len(slept) == 3 and all(0.25 * 2 ** n <= w <= 0.5 * 2 ** n for n, w in enumerate(slept))
    slept.clear()
    fake.faults.retry_after = 3
    fake.faults.fail_next("rate_limit")
    [result] = hub.apply([mark(ref, "wait@example.com", key="k2")])
    assert result.outcome is Outcome.DONE
    assert slept[0] == 3  # the first wait of a 429 is its Retry-After


def test_401_names_the_setting_and_never_the_token(fake):
    bad = "pat-na1-00000000-dead-beef-0000-000000000000"
    hub = connector(fake.url, token=bad)
    with pytest.raises(AuthError) as err:
        hub.find_contacts(["a@example.com"])
    assert err.value.setting == "crm.access_token"
    assert bad not in str(err.value) and bad not in repr(err.value.__cause__.__dict__.get("body"))
    [item] = hub.check()
    assert not item.ok and "crm.access_token" in item.detail


def test_expired_token_is_an_auth_error(fake, hub):
    fake.faults.fail_next("expired_token")
    with pytest.raises(AuthError):
        hub.find_contacts(["a@example.com"])


def test_missing_scopes_are_named(fake, hub):
    fake.granted_scopes = {"crm.objects.contacts.read"}
    ref = ContactRef(id=fake.add_contact("s@example.com"))
    with pytest.raises(AuthError) as err:
        hub.apply([mark(ref, "s@example.com")])
    assert "crm.objects.contacts.write" in str(err.value)
    assert err.value.setting == "crm.access_token"
