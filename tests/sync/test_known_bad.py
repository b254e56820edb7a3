"""The known-bad check (sync/known_bad.py) with the real local CRM and state store: a clean
contact that gets an address known to hard-bounce, by `contacts edit`, by a CSV import or
by a creation, is refused on the next run (counted once); older hard bounces than policy
known_bad_days do not refuse; a resend forgets the address; the lookups walk a cursor."""

from __future__ import annotations

import sync.known_bad as known_bad
from sync.policy import Policy
from sync.worker import Mailbox, run_once, watch_once
from tests.sync.helpers import ListSource, dsn

def run(source, crm, store, clock, policy=Policy()):
    return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1")


def status(crm, email):
    return next(c for c in crm.list_contacts() if c["email"] == email)


def test_contacts_edit_and_csv_import_to_a_known_bad_address_are_refused_once(crm, store, clock, tmp_path):
    source = ListSource([dsn("ghost@example.com", msgid="g1@x")])
    first = run(source, crm, store, clock)
    assert first.unmatched == 1 and status(crm, "bo@example.com")["status"] is None

    crm.edit_email("bo@example.com", "ghost@example.com")  # `bounce-sync contacts edit`
    (tmp_path / "more.csv").write_text("email,owner,secondary_emails,sequences\n"
                                       "dee@example.com,rep@acme.example,ghost@example.com,Outbound:2\n")
    crm.import_contacts_csv(tmp_path / "more.csv")  # skipped: ghost is already bo's now
    clock.advance(minutes=5)
    second = run(source, crm, store, clock)
    assert (second.refused, second.flagged, second.unenrolled) == (1, 0, 1)
    bo = status(crm, "ghost@example.com")
    assert bo["status"] == "refused" and bo["sequences"] == [] and "ghost@example.com" in bo["note"]

    clock.advance(minutes=5)
    third = run(source, crm, store, clock)
    assert (third.refused, third.flagged, third.unenrolled) == (0, 0, 0)

    # A person asks to resend: the address is forgiven and no longer refused.
    crm.request_resend("ghost@example.com")
    clock.advance(minutes=5)
    r = watch_once(crm=crm, store=store, policy=Policy(), clock=clock)
    assert r.cleared == 1 and store.known_hard_entry("ghost@example.com") is None
    assert status(crm, "ghost@example.com")["sequences"] == [{"name": "Outbound", "step": 1}]


def test_an_imported_contact_holding_a_known_bad_secondary_is_refused(crm, store, clock, tmp_path):
    run(ListSource([dsn("ghost@example.com", msgid="g1@x")]), crm, store, clock)
    (tmp_path / "more.csv").write_text("email,owner,secondary_emails,sequences\n"
                                       "dee@example.com,rep@acme.example,ghost@example.com,Outbound:2\n")
    assert crm.import_contacts_csv(tmp_path / "more.csv") == 1
    clock.advance(minutes=5)
    r = run(ListSource([]), crm, store, clock)
    assert r.refused == 1 and status(crm, "dee@example.com")["status"] == "refused"


def test_a_hard_bounce_older_than_known_bad_days_no_longer_refuses(crm, store, clock):
    run(ListSource([dsn("ghost@example.com", msgid="g1@x")]), crm, store, clock)
    crm.edit_email("bo@example.com", "ghost@example.com")
    clock.advance(days=31)
    r = run(ListSource([]), crm, store, clock, policy=Policy(known_bad_days=30))
    assert r.refused == 0 and status(crm, "ghost@example.com")["status"] is None


def test_the_check_walks_a_cursor_one_lookup_per_run(crm, store, clock, monkeypatch):
    monkeypatch.setattr(known_bad, "PER_RUN", 2)
    bounces = [dsn(f"g{i}@example.com", msgid=f"g{i}@x") for i in range(5)]
    run(ListSource(bounces), crm, store, clock)
    looked: list[list[str]] = []
    real = crm.find_contacts

    def spy(emails):
        looked.append(sorted(emails))
        return real(emails)

    monkeypatch.setattr(crm, "find_contacts", spy)
    for _ in range(3):
        clock.advance(minutes=5)
        looked.clear()
        run(ListSource([]), crm, store, clock)
        assert len(looked) == 1 and len(looked[0]) == 2  # one call per run, PER_RUN addresses
    # Three runs of two cover all five (wrapping round).
    clock.advance(minutes=5)
    seen = set()
    for _ in range(3):
        looked.clear()
        run(ListSource([]), crm, store, clock)
        seen.update(looked[0])
    assert seen == {f"g{i}@example.com" for i in range(5)}
