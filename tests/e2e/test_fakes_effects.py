"""End to end, once per CRM (fake HubSpot, fake Salesforce, local CRM), through the real
command: issue 9's effects on contacts. A bounce on a secondary address marks the contact
with that address and stays (the watcher no longer undoes it); a human reply after a hard
bounce clears it without re-enrolling, an auto-reply flags it for a person; a contact
created holding an address that hard-bounced is refused, counted once."""

from __future__ import annotations

import json

import pytest

from tests.e2e.harness import CRMS, E2E

pytestmark = pytest.mark.timeout(120)

SEQ = {"Q4 Outbound": 3}


def test_a_bounce_on_a_secondary_address_marks_the_contact_and_stays(e2e):
    ana = e2e.add_contact("ana@prospects.example", SEQ, secondary=("ana.home@prospects.example",))
    bystander = e2e.add_contact("bo@prospects.example", SEQ)
    e2e.mail.bounce("ana.home@prospects.example", "hard")
    first = e2e.run()
    assert (first["contacts_marked"], first["unenrolled"]) == (1, 1), first.summary
    e2e.assert_contact(ana, status="bounced", address="ana.home@prospects.example", sequences={})

    # The old watcher compared the primary address with the bounced one and undid the mark.
    for _ in range(2):
        again = e2e.run()
        assert (again["cleared"], again["reenrolled"]) == (0, 0), again.summary
        e2e.assert_contact(ana, status="bounced", address="ana.home@prospects.example",
                           sequences={})
    e2e.assert_contact(bystander, untouched=True)


# Gmail's default query downloads bounce-like mail only (issue 9, finding 4: reading signs
# of life cheaply from Gmail is another part of the issue); this mailbox reads every message.
EVERY_MESSAGE = {"query": "in:anywhere -in:sent -in:drafts -in:chats"}


@pytest.mark.parametrize("crm", CRMS)
def test_a_reply_after_a_hard_bounce_clears_it_and_an_auto_reply_flags_it(crm, tmp_path):
    with E2E(tmp_path / crm, crm, mailbox_settings=EVERY_MESSAGE) as e2e:
        _reply_then_auto_reply(e2e)


def _reply_then_auto_reply(e2e) -> None:
    ana = e2e.add_contact("ana@prospects.example", SEQ)
    cy = e2e.add_contact("cy@prospects.example", SEQ)
    e2e.mail.bounce(ana.email, "hard", days_ago=1)
    e2e.mail.bounce(cy.email, "hard", days_ago=1)
    first = e2e.run()
    assert first["unenrolled"] == 2, first.summary

    reply_id = e2e.mail.reply(ana.email)
    e2e.mail.auto_reply(cy.email)
    second = e2e.run()
    assert (second["cleared"], second["flagged"], second["reenrolled"]) == (1, 1, 0), second.summary
    state = e2e.assert_contact(ana, status=None, sequences={})  # a reply ends sequences
    assert reply_id in (state.note or ""), state
    e2e.assert_contact(cy, status="bounced", sequences={}, note_contains="auto-reply")

    # The address is no longer known to bounce; later runs change nothing.
    why = e2e.invoke("explain", ana.email)
    assert why.returncode == 0, why.stdout + why.stderr
    assert json.loads(why.stdout.splitlines()[-1])["known_bad"] is None, why.stdout
    third = e2e.run()
    assert (third["cleared"], third["flagged"], third["contacts_marked"]) == (0, 0, 0), third.summary


def test_a_contact_created_with_a_known_bad_address_is_refused_once(e2e):
    e2e.mail.bounce("ghost@prospects.example", "hard")  # no contact holds it yet
    first = e2e.run()
    assert first["unmatched"] == 1, first.summary

    newcomer = e2e.add_contact("ghost@prospects.example", SEQ)  # created (or imported) later
    second = e2e.run()
    assert (second["refused"], second["flagged"], second["unenrolled"]) == (1, 0, 1), second.summary
    state = e2e.assert_contact(newcomer, status="refused", sequences={},
                               note_contains="ghost@prospects.example")
    assert "hard-bounced" in state.note

    third = e2e.run()  # refused once
    assert (third["refused"], third["flagged"], third["unenrolled"]) == (0, 0, 0), third.summary
