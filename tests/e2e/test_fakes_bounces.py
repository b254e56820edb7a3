"""End to end, once per CRM (fake HubSpot, fake Salesforce, local SQLite): the installed
`bounce-sync run` in a subprocess reads bounces from the fake Gmail and writes the CRM.
Hard bounces, mail that must change nothing, sender-side bounces, and dry runs."""

from __future__ import annotations

import pytest

from tests.e2e.harness import MAILBOX, E2E, assert_quiet

pytestmark = pytest.mark.timeout(120)

SEQ = {"Q4 Outbound": 3}


def test_hard_bounces_mark_and_unenroll_and_other_mail_changes_nothing(e2e):
    contacts = e2e.add_contacts(7, sequences=SEQ)
    plan = dict(zip(contacts, ("hard", "hard", "nodomain", "spam", "soft", "auto_reply", "none")))
    e2e.deliver((ref, kind) for ref, kind in plan.items() if kind != "none")
    e2e.mail.bounce("nobody-here@prospects.example", "hard")  # no such contact: recorded only

    result = e2e.run()

    assert result.status == 0, result.summary
    assert (result["bounces_hard"], result["bounces_soft"], result["bounces_sender"]) == (4, 2, 0)
    assert result["contacts_marked"] == 5  # three hard; two soft (status and count only)
    assert result["unenrolled"] == 3
    assert result["unmatched"] == 1
    assert (result["failed"], result["waiting"], result["unverified"]) == (0, 0, 0)
    e2e.assert_final_state(plan)
    hard = e2e.state(contacts[0])
    assert "5.1.1" in hard.diagnostic

    # The same mailbox again, nothing new: no effect twice, not a write.
    before = e2e.counts()
    again = e2e.run()
    spent = e2e.counts() - before
    assert again.status == 0 and again["messages_scanned"] == 0, again.summary
    assert_quiet(again)
    assert spent.crm_writes == 0, spent
    e2e.assert_final_state(plan)


def test_sender_side_bounce_alerts_only_and_exits_3(e2e):
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    before = e2e.counts()
    e2e.mail.bounce(ana.email, "sender")  # Gmail: "You have reached a limit for sending mail"

    result = e2e.run()

    assert result.status == 3, result.summary
    assert result["bounces_sender"] == 1 and result["contacts_marked"] == 0
    [alert] = result["alerts"]
    assert alert["kind"] == "sender" and alert["mailbox"] == "mbox0"
    e2e.assert_contact(ana, untouched=True)
    assert (e2e.counts() - before).crm_writes == 0


def test_dry_run_plans_and_writes_nothing(e2e):
    contacts = e2e.add_contacts(3, sequences=SEQ)
    e2e.deliver(zip(contacts, ("hard", "soft", "auto_reply")))
    before = e2e.counts()

    result = e2e.run("--dry-run")

    spent = e2e.counts() - before
    assert result["dry_run"] is True
    planned = sorted((a["kind"], a["contact"]["id"]) for a in result["planned"])
    assert planned == sorted([("MarkBounced", contacts[0].id), ("Unenroll", contacts[0].id),
                              ("MarkBounced", contacts[1].id)])
    assert spent.crm_writes == 0, spent
    assert e2e.gmail.count("POST", r"/(modify|batchModify|labels)$") == 0
    for ref in contacts:
        e2e.assert_contact(ref, untouched=True)
    if before.crm_snapshot is not None:
        assert e2e.counts().crm_snapshot == before.crm_snapshot


def test_two_mailboxes_each_read_and_an_idle_run_costs_one_history_call_each(tmp_path):
    second = "sdr@seller.example"
    with E2E(tmp_path, "hubspot", mailboxes=(MAILBOX, second)) as e2e:
        ana, bo = e2e.add_contacts(2, sequences=SEQ)
        e2e.deliver([(ana, "hard")], mailbox=MAILBOX)
        e2e.deliver([(bo, "nodomain")], mailbox=second)
        first = e2e.run()
        assert (first["contacts_marked"], first["unenrolled"]) == (2, 2), first.summary
        e2e.assert_final_state({ana: "hard", bo: "nodomain"})

        before = e2e.counts()
        idle = e2e.run()
        spent = e2e.counts() - before
        assert_quiet(idle)
        assert (spent.gmail_history, spent.gmail_gets, spent.crm_writes) == (2, 0, 0), spent
        # the watcher's query, and the known-bad check's lookup of the two bounced addresses
        assert spent.crm_calls <= e2e.crm.idle_calls + e2e.crm.known_bad_calls(2), spent
