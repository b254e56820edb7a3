"""HubSpotConnector: the shared CRM contract over the stateful fake, then HubSpot's traps
(207s, whole-batch 400s, order, rate limits, quota, auth, search paging/lag/cap, workflow
unenroll and v4 re-enroll) and request counts against the floor ceil(N/100)."""

from __future__ import annotations

import math
import time
from datetime import datetime, timedelta, timezone

import pytest

from connectors.hubspot import HubSpotConnector
from sync.errors import AuthError, ConfigError, QuotaExhausted, Retryable
from sync.records import (
    BounceStatus, ClearBounce, ContactRef, Enrollment, Flag, Outcome, Reenroll, Unenroll,
)
from sync.secret import Secret
from tests.connectors.hubspot.harness import PREFIX, HubSpotHarness, connector
from tests.contracts.crm import CrmContract, mark
from tests.fakes.hubspot import TOKEN, FakeHubSpot

FAR = datetime.now(timezone.utc) + timedelta(days=1)


@pytest.fixture
def fake():
    # The shared contract puts one contact in two sequences at once; HubSpot allows one.
    with FakeHubSpot(one_sequence_per_contact=False, search_per_second=50) as server:
        yield server


@pytest.fixture
def hub(fake):
    """A connector that is set up, paced fast enough for tests (the fake allows 50/s)."""
    conn = connector(fake.url, search_rate_per_second=40)
    conn.setup(dry_run=False)
    return conn


class TestHubSpotContract(CrmContract):
    @pytest.fixture
    def harness(self, fake):
        return HubSpotHarness(fake, connector(fake.url, search_rate_per_second=40))


# ------------------------------------------------------------------------------ settings


def test_bad_settings_name_key_problem_and_fix():
    with pytest.raises(ConfigError) as err:
        connector("http://127.0.0.1:1", unenroll="sometimes")
    assert err.value.key == "crm.unenroll" and "workflow" in err.value.fix
    with pytest.raises(ConfigError) as err:
        HubSpotConnector({"access_token": "pat-na1-plain", "base_url": "https://x"}, base_dir=".")
    assert err.value.key == "crm.access_token" and "pat-na1-plain" not in str(err.value)
    with pytest.raises(ConfigError) as err:
        connector("http://127.0.0.1:1", search_rate_per_second=0)
    assert err.value.key == "crm.search_rate_per_second"


# ------------------------------------------------------------------------------ lookups


def test_batch_read_207_and_out_of_order_results_match_by_email(fake, hub):
    ids = {f"p{i}@example.com": fake.add_contact(f"p{i}@example.com") for i in range(60)}
    wanted = list(ids) + [f"ghost{i}@example.com" for i in range(40)]
    found = hub.find_contacts(wanted)
    assert {c.ref.id: c.email for c in found} == {v: k for k, v in ids.items()}
    reads = fake.requests("POST", r"/batch/read$")
    assert [r.status for r in reads] == [207]
    # the secondary-address fallback asked about the 40 unmatched, one `query` each
    assert fake.count("POST", r"/search$") == 40


def test_enrollments_read_only_for_enrolled_contacts(fake, hub):
    fake.add_contact("in@example.com", sequences=["Outbound"])
    for i in range(20):
        fake.add_contact(f"out{i}@example.com")
    found = hub.find_contacts(["in@example.com"] + [f"out{i}@example.com" for i in range(20)])
    assert len(found) == 21
    assert fake.count("GET", r"/enrollments/contact/") == 1


# ------------------------------------------------------------------------------ writes


def test_whole_batch_400_is_bisected_and_only_the_bad_record_fails(fake, hub):
    refs = [ContactRef(id=fake.add_contact(f"b{i}@example.com")) for i in range(40)]
    actions = [mark(r, f"b{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)]
    # An admin deleted the "refused" option from our status property in HubSpot's UI: a Flag
    # writing it now fails HubSpot's validation, and with it the whole batch (400).
    options = fake.properties[PREFIX + "status"]["options"]
    options[:] = [o for o in options if o["value"] != "refused"]
    actions[17] = Flag(key="k17", contact=refs[17], status=BounceStatus.REFUSED, note="n")
    results = {r.key: r for r in hub.apply(actions)}
    assert results["k17"].outcome is Outcome.FAILED and "VALIDATION_ERROR" in results["k17"].error
    assert all(results[f"k{i}"].outcome is Outcome.DONE for i in range(40) if i != 17)
    assert all(fake.contact(r.id)["properties"][PREFIX + "status"] == "bounced"
               for i, r in enumerate(refs) if i != 17)
    updates = fake.requests("POST", r"/batch/update$")
    assert [u.status for u in updates].count(400) >= 2
    assert len(updates) <= 2 * math.ceil(math.log2(40)) + 1


def test_duplicate_contact_in_one_apply_goes_in_separate_batches(fake, hub):
    ref = ContactRef(id=fake.add_contact("twice@example.com"))
    results = hub.apply([mark(ref, "twice@example.com", key="a"),
                         mark(ref, "twice@example.com", key="b", hard=False,
                              status=BounceStatus.SOFT, soft_count=1)])
    assert [r.outcome for r in results] == [Outcome.DONE, Outcome.DONE]
    assert fake.contact(ref.id)["properties"][PREFIX + "status"] == "soft_bounced"
    assert all(r.status == 200 for r in fake.requests("POST", r"/batch/update$"))


# ------------------------------------------------------------------------------ sequences


def test_workflow_unenroll_then_v4_reenroll_under_hubspots_one_sequence_rule():
    with FakeHubSpot(search_per_second=50) as fake:  # default: one sequence at a time
        # user 4242 sends from ae@seller.example: the settings say so, HubSpot's
        # enrollment read does not (its enrolledByEmail is the user's login)
        hub = connector(fake.url, search_rate_per_second=40,
                        reenroll_senders={"4242": "ae@seller.example"})
        hub.setup(dry_run=False)
        assert len(fake.flows) == 1
        cid = fake.add_contact("rep@example.com", sequences=["Outbound"], step=4,
                               sender="ae@seller.example", user_id="4242")
        ref = ContactRef(id=cid)
        [contact] = hub.find_contacts(["rep@example.com"])
        [e] = contact.enrollments
        assert (e.sender, e.user_id) == ("ae@seller.example", "4242")
        [result] = hub.apply([Unenroll(key="u", contact=ref, enrollments=contact.enrollments)])
        assert result.outcome is Outcome.DONE and [x.sequence_id for x in result.removed] == [
            fake.sequence("Outbound")]
        props = fake.contact(cid)["properties"]
        assert props[PREFIX + "unenroll_requested_at"] and fake.active_enrollments(cid) == []
        assert props["hs_sequences_is_enrolled"] == "false"
        assert fake.sequence("Outbound") in props[PREFIX + "saved_enrollments"]
        # a crash before the worker recorded the result: the retry still reports it
        [again] = hub.apply([Unenroll(key="u", contact=ref)])
        assert [x.sequence_id for x in again.removed] == [fake.sequence("Outbound")]

        [re] = hub.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
        assert re.outcome is Outcome.DONE, re
        [active] = fake.active_enrollments(cid)
        assert (active["step"], active["senderEmail"], active["userId"]) == (1, "ae@seller.example", "4242")
        post = fake.requests("POST", r"/sequences/enrollments$")[-1]
        assert post.arg("userId") == "4242"
        props = fake.contact(cid)["properties"]
        assert props[PREFIX + "unenroll_requested_at"] is None
        # applied again (the outbox lost the result): HubSpot refuses the second enrollment,
        # one enrollment read tells it is already back in that sequence: done, not doubled
        [again] = hub.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
        assert again.outcome is Outcome.DONE, again
        assert len(fake.active_enrollments(cid)) == 1
        assert [r.status for r in fake.requests("POST", r"/sequences/enrollments$")] == [200, 400]

        # HubSpot's rule: a contact already in another sequence cannot be enrolled
        other = Enrollment(sequence_id=fake.sequence("Nurture"), sender="ae@seller.example",
                           user_id="4242")
        [refused] = hub.apply([Reenroll(key="r2", contact=ref, enrollments=(other,))])
        assert refused.outcome is Outcome.FAILED and "already enrolled" in refused.error


def test_unenroll_none_leaves_sequences_alone(fake):
    hub = connector(fake.url, unenroll="none")
    hub.setup(dry_run=False)
    assert fake.flows == {}
    ref = ContactRef(id=fake.add_contact("keep@example.com", sequences=["Outbound"]))
    [result] = hub.apply([Unenroll(key="u", contact=ref)])
    assert result.outcome is Outcome.SKIPPED and len(fake.active_enrollments(ref.id)) == 1


def test_setup_reports_manual_steps_when_workflows_are_refused(fake):
    fake.flows_allowed = False
    hub = connector(fake.url)
    items = {i.name: i for i in hub.setup(dry_run=False)}
    assert not items["workflow"].ok and "Unenroll from sequence" in items["workflow"].detail
    assert all(i.ok for n, i in items.items() if n != "workflow")


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


# ------------------------------------------------------------------------------ watcher


def _drain(hub, cursor=None, until=FAR, limit=1000):
    seen, calls = {}, 0
    while True:
        batch = hub.bounced_changes(cursor, until=until, limit=limit)
        calls += 1
        seen.update({c.ref.id: c for c in batch.contacts})
        cursor = batch.cursor
        if not batch.more:
            return seen, cursor, calls


def test_search_pages_and_lag_overlap(fake, hub):
    from tests.fakes.hubspot import iso_ms, parse_time_ms

    def edit_late(cid, email, before_ms):
        """A user's edit that search indexes late: dated before our last read."""
        fake.edit_email(cid, email)
        fake.contacts[cid]["properties"]["lastmodifieddate"] = iso_ms(before_ms)
        fake.settle()

    refs = [ContactRef(id=fake.add_contact(f"w{i}@example.com")) for i in range(450)]
    hub.apply([mark(r, f"w{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    # nothing visible before the index catches up (fake lag 5 s)
    seen, cursor, _ = _drain(hub)
    assert seen == {} and cursor
    fake.settle()
    fake.log.clear()
    seen, cursor, calls = _drain(hub, cursor, limit=1000)
    assert len(seen) == 450 and calls == 1
    # the newest page (the count moved from 0 to 450), then 200 + 200 + 50 oldest first
    assert fake.count("POST", r"/search$") == 4
    # idle: one search, nothing handed over again, cursor kept (the old code re-read all 450)
    fake.log.clear()
    idle = hub.bounced_changes(cursor, until=FAR)
    assert idle.contacts == () and idle.cursor == cursor and fake.count() == 1
    read_at = parse_time_ms(cursor.partition("#")[0])

    # a contact that bounced long ago, edited now, but indexed late (dated before the read)
    old = fake.add_contact("old@example.com", **{PREFIX + "status": "bounced"})
    fake.contacts[old]["properties"]["lastmodifieddate"] = iso_ms(read_at - 86_400_000)
    fake.settle()
    edit_late(old, "old-fixed@example.com", read_at - 60_000)
    seen, cursor2, _ = _drain(hub, cursor)
    assert old in seen and seen[old].email == "old-fixed@example.com"
    # without the overlap it would be missed
    no_lag = connector(fake.url, search_lag_seconds=0, search_rate_per_second=40)
    seen, _, _ = _drain(no_lag, cursor)
    assert old not in seen

    # The check's blind spot: a contact already in the window, edited again, indexed late
    # and deeper than the newest page. It stays in the window and comes with the next change.
    read_at = parse_time_ms(cursor2.partition("#")[0])
    edit_late(refs[3].id, "late@example.com", read_at - 60_000)
    seen, cursor3, _ = _drain(hub, cursor2)
    assert seen == {} and cursor3 == cursor2
    fake.edit_email(refs[7].id, "now@example.com")
    fake.settle()
    seen, _, _ = _drain(hub, cursor3)
    assert seen[refs[3].id].email == "late@example.com" and seen[refs[7].id].email == "now@example.com"


def test_quiet_window_is_one_search_that_slides_forward(fake):
    hub = connector(fake.url, search_rate_per_second=40, search_lag_seconds=0.2)
    hub.setup(dry_run=False)
    refs = [ContactRef(id=fake.add_contact(f"q{i}@example.com")) for i in range(3)]
    hub.apply([mark(r, f"q{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    fake.settle()
    seen, cursor, _ = _drain(hub)
    assert len(seen) == 3
    time.sleep(0.3)  # past the lag: from now on those three are settled
    fake.log.clear()
    batch = hub.bounced_changes(cursor, until=FAR)  # a small window: its one page is the answer
    assert {c.ref.id for c in batch.contacts} == {r.id for r in refs} and fake.count() == 1
    fake.log.clear()
    later = hub.bounced_changes(batch.cursor, until=FAR)
    assert later.contacts == () and fake.count() == 1
    assert later.cursor.partition("#")[0] > batch.cursor.partition("#")[0]


def test_small_pages_continue_without_losing_or_looping(fake, hub):
    refs = [ContactRef(id=fake.add_contact(f"c{i}@example.com")) for i in range(500)]
    hub.apply([mark(r, f"c{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    fake.settle()
    seen, _, calls = _drain(hub, limit=200)
    assert len(seen) == 500 and calls >= 3


def test_search_cap_restarts_from_last_modified_date():
    with FakeHubSpot(search_per_second=1000, search_cap=10_000) as fake:
        hub = connector(fake.url, search_rate_per_second=500)
        hub.setup(dry_run=False)
        for i in range(10_350):
            fake.add_contact(f"cap{i}@example.com", **{PREFIX + "status": "bounced"})
            if i % 97 == 0:
                time.sleep(0.001)  # spread modified dates a little, as real traffic would
        seen, _, _ = _drain(hub, limit=20_000)
        assert len(seen) == 10_350
        searches = fake.requests("POST", r"/search$")
        assert all(r.status == 200 for r in searches)  # restarted before paging past the cap
        assert max(int(r.json().get("after") or 0) for r in searches) < 10_000


def test_search_cap_reached_early_is_survived():
    with FakeHubSpot(search_per_second=1000, search_cap=500) as fake:  # a stricter cap
        hub = connector(fake.url, search_rate_per_second=500)
        hub.setup(dry_run=False)
        for i in range(900):
            fake.add_contact(f"e{i}@example.com", **{PREFIX + "status": "bounced"})
            if i % 50 == 0:
                time.sleep(0.002)
        seen, _, _ = _drain(hub, limit=5000)
        assert len(seen) == 900


def test_search_is_paced_under_the_limit(fake):
    hub = connector(fake.url, search_rate_per_second=4)
    started = time.monotonic()
    hub.find_contacts([f"nobody{i}@example.com" for i in range(15)])  # 3 searches
    assert time.monotonic() - started >= 0.5  # 3 starts at 4/s span >= 0.5 s
    assert all(r.status != 429 for r in fake.log)


# ------------------------------------------------------------------------------ counts


@pytest.mark.parametrize("n", [250, 1000])
def test_requests_per_operation_vs_floor(fake, hub, n, capsys):
    refs = [ContactRef(id=fake.add_contact(f"n{i}@example.com")) for i in range(n)]
    emails = [f"n{i}@example.com" for i in range(n)]
    floor = math.ceil(n / 100)
    fake.log.clear()
    found = hub.find_contacts(emails)
    lookups = fake.count()
    fake.log.clear()
    results = hub.apply([mark(r, e, key=e) for r, e in zip(refs, emails)])
    updates = fake.count()
    assert len(found) == n and all(r.outcome is Outcome.DONE for r in results)
    with capsys.disabled():
        print(f"\nHubSpot N={n}: lookups {lookups} requests, updates {updates} requests, "
              f"floor ceil(N/100) = {floor}")
    assert lookups == floor and updates == floor


def test_bounce_costs_the_floor_and_one_enrollment_read_per_enrolled_contact(fake, hub):
    """Lookup, then MarkBounced + Unenroll for each of N enrolled contacts: ceil(N/100) batch
    reads, one enrollment read per contact (there is no batch API), and ceil(N/100) batch
    updates carrying both the mark and the unenroll trigger, nothing read again."""
    n = 250
    emails = [f"e{i}@example.com" for i in range(n)]
    for e in emails:
        fake.add_contact(e, sequences=["Outbound"])
    floor = math.ceil(n / 100)
    fake.log.clear()
    found = hub.find_contacts(emails)
    assert len(found) == n and all(len(c.enrollments) == 1 for c in found)
    assert fake.count("POST", r"/batch/read$") == floor
    assert fake.count("GET", r"/enrollments/contact/") == n
    assert fake.count() == floor + n
    fake.log.clear()
    actions = [a for c in found for a in (
        mark(c.ref, c.email, key=f"m{c.ref.id}"),
        Unenroll(key=f"u{c.ref.id}", contact=c.ref, enrollments=c.enrollments))]
    results = hub.apply(actions)
    assert [r.key for r in results] == [a.key for a in actions]
    assert all(r.outcome is Outcome.DONE for r in results)
    assert all(r.removed == a.enrollments for r, a in zip(results, actions) if isinstance(a, Unenroll))
    assert fake.count() == fake.count("POST", r"/batch/update$") == floor
    assert all(r.status == 200 for r in fake.log)
    for c in found:
        assert fake.active_enrollments(c.ref.id) == []
        assert fake.contact(c.ref.id)["properties"][PREFIX + "status"] == "bounced"

    # Fixed addresses: ClearBounce + Reenroll per contact = the same ceil(N/100) updates
    # (bounce fields cleared with the unenroll trigger) and one enrollment POST each.
    fake.log.clear()
    removed = {r.key[1:]: r.removed for r in results if r.key.startswith("u")}
    actions = [a for c in found for a in (
        ClearBounce(key=f"c{c.ref.id}", contact=c.ref, note="email changed"),
        Reenroll(key=f"r{c.ref.id}", contact=c.ref, enrollments=removed[c.ref.id]))]
    results = hub.apply(actions)
    assert all(r.outcome is Outcome.DONE for r in results), results[:2]
    assert fake.count("POST", r"/batch/update$") == floor
    assert fake.count("POST", r"/sequences/enrollments$") == n
    assert fake.count() == floor + n
    for c in found:
        props = fake.contact(c.ref.id)["properties"]
        assert props[PREFIX + "status"] is None and props[PREFIX + "unenroll_requested_at"] is None
        [active] = fake.active_enrollments(c.ref.id)
        assert active["step"] == 1


def test_a_bad_value_in_a_merged_input_fails_only_its_own_action(fake, hub):
    cid = fake.add_contact("merge@example.com", sequences=["Outbound"])
    [contact] = hub.find_contacts(["merge@example.com"])
    # an admin removed the "bounced" option: the mark is refused, the unenroll trigger is fine
    options = fake.properties[PREFIX + "status"]["options"]
    options[:] = [o for o in options if o["value"] != "bounced"]
    results = hub.apply([mark(contact.ref, "merge@example.com", key="m"),
                         Unenroll(key="u", contact=contact.ref, enrollments=contact.enrollments)])
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.DONE]
    assert "VALIDATION_ERROR" in results[0].error
    assert fake.active_enrollments(cid) == []


def test_unenroll_without_enrollments_reads_the_contact_once(fake, hub):
    """An Unenroll that carries no enrollments (the lookup saw none) reads the contact and,
    when it is enrolled after all, its enrollment: one read of each."""
    cid = fake.add_contact("late@example.com", sequences=["Outbound"])
    fake.log.clear()
    [r] = hub.apply([Unenroll(key="u", contact=ContactRef(id=cid))])
    assert r.outcome is Outcome.DONE and [e.sequence_id for e in r.removed] == [fake.sequence("Outbound")]
    assert fake.count("POST", r"/batch/read$") == 1
    assert fake.count("GET", r"/enrollments/contact/") == 1
    assert fake.count("POST", r"/batch/update$") == 1
