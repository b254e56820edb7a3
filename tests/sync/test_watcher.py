"""The watcher stage (sync/watcher.py) through the worker: an edited or resent contact is
cleared and re-enrolled (at step one), a known-bad address refused, the flag policy leaves
sequences to a person. The real local CRM and state store; the pinned clock."""

from __future__ import annotations

from sync.policy import Policy
from sync.worker import Mailbox, run_once, watch_once
from tests.sync.helpers import ListSource, contacts, dsn, steps


def run(source, crm, store, clock, policy=Policy(), **kw):
    return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1", **kw)


# --------------------------------------------------------------------------- watcher


def test_edit_resend_and_refusal_through_the_watcher(crm, store, clock):
    source = ListSource([dsn("ana@example.com"), dsn("bo@example.com"), dsn("bad@example.com")])
    run(source, crm, store, clock)
    crm.edit_email("ana@example.com", "ana@fixed.example.com")
    crm.edit_email("bo@example.com", "bad@example.com")  # known to hard-bounce (unmatched before)
    crm.request_resend("cy@example.com")  # never bounced: nothing to do
    clock.advance(minutes=5)
    report = run(source, crm, store, clock)
    assert (report.reenrolled, report.cleared, report.refused) == (1, 1, 1)
    now = contacts(crm)
    assert now["ana@fixed.example.com"]["status"] is None
    assert steps(crm, "ana@fixed.example.com") == {"Outbound": 1, "Nurture": 1}
    assert now["bad@example.com"]["status"] == "refused"
    assert now["bad@example.com"]["sequences"] == []
    again = watch_once(crm=crm, store=store, policy=Policy(), clock=clock)
    assert (again.reenrolled, again.cleared, again.flagged) == (0, 0, 0)

    # edited back to the address that bounced: still nothing to re-enroll
    crm.edit_email("bad@example.com", "bo@example.com")
    clock.advance(minutes=5)
    assert watch_once(crm=crm, store=store, policy=Policy(), clock=clock).reenrolled == 0
    assert contacts(crm)["bo@example.com"]["status"] == "refused"
    # a good address at last: cleared and re-enrolled from the recorded sequences
    crm.edit_email("bo@example.com", "bo@fixed.example.com")
    clock.advance(minutes=5)
    assert watch_once(crm=crm, store=store, policy=Policy(), clock=clock).reenrolled == 1
    assert steps(crm, "bo@fixed.example.com") == {"Outbound": 1}

    # it bounces; a CRM user asks to resend to the same address: cleared, re-enrolled, and
    # the address's bounce knowledge forgiven for this contact so a new bounce counts again
    source.add(dsn("bo@fixed.example.com", msgid="o9@x"))
    assert run(source, crm, store, clock).unenrolled == 1
    crm.request_resend("bo@fixed.example.com")
    clock.advance(minutes=5)
    r = watch_once(crm=crm, store=store, policy=Policy(), clock=clock)
    assert (r.cleared, r.reenrolled) == (1, 1)
    assert contacts(crm)["bo@fixed.example.com"]["status"] is None
    assert steps(crm, "bo@fixed.example.com") == {"Outbound": 1}
    source.add(dsn("bo@fixed.example.com", msgid="o10@x"))
    assert run(source, crm, store, clock).contacts_marked == 1


def test_flag_policy_leaves_sequences_to_a_person(crm, store, clock):
    run(ListSource([dsn("ana@example.com")]), crm, store, clock)
    crm.edit_email("ana@example.com", "ana@fixed.example.com")
    clock.advance(minutes=5)
    r = watch_once(crm=crm, store=store, policy=Policy(reenroll="flag"), clock=clock)
    assert (r.flagged, r.reenrolled) == (1, 0)
    assert contacts(crm)["ana@fixed.example.com"]["sequences"] == []
