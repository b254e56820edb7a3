"""Issue 9, findings 1 and 2: forged bounces and forged sender notices, through the real
worker, classifier, planner, state store and local CRM. Each attack sits beside a positive
control: a genuine bounce still acts, a genuine Gmail sending-limit notice still pages and
pauses. The sent mail is the mailbox's own (tests/sync/helpers.py ListSource with `sent`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.policy import Policy
from sync.records import SentMessage
from sync.worker import Mailbox, run_once
from tests.sync.helpers import ListSource, dsn, local_crm
from tests.sync.trust_mail import FORGED_HOPS, dsn_many, gmail_limit, undeliverable_text

SENT_TO_PAT = SentMessage(message_id="real-1@acme.example", recipients=frozenset({"pat@real.example"}))
SENT_TO_TWO = SentMessage(message_id="real-2@acme.example",
                          recipients=frozenset({"ana@example.com", "bo@example.com"}))
CROWD = [f"lead{n}@crowd.example" for n in range(1000)]


@pytest.fixture
def crm(tmp_path: Path, clock):
    rows = ["email,owner,sequences", "pat@real.example,rep@acme.example,Outbound:2",
            "ana@example.com,rep@acme.example,Outbound:2", "bo@example.com,rep@acme.example,Outbound:1",
            "cy@example.com,rep@acme.example,Outbound:4",
            *(f"{a},rep@acme.example,Outbound:1" for a in CROWD)]
    c = local_crm(tmp_path, "\n".join(rows) + "\n", clock=clock.crm_time)
    yield c
    c.close()


def run(source, crm, store, clock, policy=Policy(), mailbox="rep"):
    return run_once(mailboxes=[Mailbox(name=mailbox, source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1")


def changed(crm) -> dict[str, str]:
    """Contacts our worker touched: a bounce status, or out of their sequences."""
    return {c["email"]: c["status"] for c in crm.list_contacts() if c["status"] or not c["sequences"]}


def source(*raws: bytes, sent=(SENT_TO_PAT, SENT_TO_TWO), name="list") -> ListSource:
    s = ListSource(list(raws), sent_by_mailbox=False, sent=list(sent))
    s.name = name
    return s


# --------------------------------------------------------------------------- finding 1


def test_a_forged_dsn_naming_1000_contacts_with_one_real_message_id_changes_none(crm, store, clock):
    forged = dsn_many(CROWD, original_id="real-1@acme.example", original_to="pat@real.example")
    genuine = dsn_many(["ana@example.com"], original_id="real-2@acme.example", own_id="dsn-2@mx.example.net")
    report = run(source(forged, genuine), crm, store, clock)
    assert changed(crm) == {"ana@example.com": "bounced"}  # only the genuine control acted
    assert report.unverified == 1000 and report.contacts_marked == 1
    known = {k["address"] for k in store.known_hard_all()}
    assert known == {"ana@example.com"}  # forged hard bounces never enter the known-bad memory


def test_a_lookalike_mailer_daemon_domain_is_not_trusted(crm, store, clock):
    forged = dsn_many(["bo@example.com"], original_id="fake-9@acme.example",
                      sender="MAILER-DAEMON@googlemail.com.evil.example")
    report = run(source(forged), crm, store, clock)
    assert changed(crm) == {} and report.unverified == 1


def test_a_forgery_whose_own_message_id_is_a_sent_one_is_a_pointer_not_evidence(crm, store, clock):
    forged = dsn_many(["ana@example.com"], original_id=None, own_id="real-2@acme.example")
    forged_refs = dsn_many(["bo@example.com"], original_id=None, own_id="dsn-3@evil.example",
                           extra_headers="In-Reply-To: <real-2@acme.example>\n"
                                         "References: <real-2@acme.example>\n")
    report = run(source(forged, forged_refs), crm, store, clock)
    assert changed(crm) == {} and report.unverified == 2


def test_a_dsn_for_one_prospect_quoting_mail_sent_to_others_does_not_touch_it(crm, store, clock):
    forged = dsn_many(["cy@example.com"], original_id="real-2@acme.example")  # sent to ana and bo
    genuine = dsn_many(["bo@example.com"], original_id="real-2@acme.example", own_id="dsn-4@mx.example.net")
    report = run(source(forged, genuine), crm, store, clock)
    assert changed(crm) == {"bo@example.com": "bounced"}
    assert report.unverified == 1


def test_a_forwarded_address_maps_to_the_one_recipient_we_sent_to(crm, store, clock):
    """The original went to pat alone; the DSN names where pat's mail was forwarded: the
    mail we sent to pat failed, so pat is the contact acted on (never the named address)."""
    bounce = dsn_many(["pat.forward@elsewhere.example"], original_id="real-1@acme.example")
    run(source(bounce), crm, store, clock)
    assert changed(crm) == {"pat@real.example": "bounced"}


def test_without_a_sent_folder_a_plain_undeliverable_from_anyone_is_recorded_not_applied(
        crm, store, clock):
    cannot_tell = ListSource([undeliverable_text("ana@example.com"), dsn("bo@example.com")],
                             sent_by_mailbox=None)
    report = run(cannot_tell, crm, store, clock)
    assert changed(crm) == {} and report.unverified == 2
    assert {b["outcome"] for b in store.address_bounces("ana@example.com")} == {"unverified"}
    # Control: a source that can look up its sent mail acts on the genuine DSN.
    assert run(source(dsn("bo@example.com", msgid="real-2@acme.example")), crm, store,
               clock, mailbox="rep2").contacts_marked == 1


def test_the_policy_can_still_choose_to_apply_what_cannot_be_verified(crm, store, clock):
    cannot_tell = ListSource([dsn("bo@example.com")], sent_by_mailbox=None)
    run(cannot_tell, crm, store, clock, Policy(unknown_origin="apply"))
    assert changed(crm) == {"bo@example.com": "bounced"}


# --------------------------------------------------------------------------- finding 2


def _paused(store) -> bool:
    return store.mailbox_paused("rep") is not None or store.mailbox_paused("rep2") is not None


def test_a_forged_gmail_sending_limit_notice_neither_pages_nor_pauses(crm, store, clock):
    sent = SentMessage(message_id="s1@acme.example", recipients=frozenset({"prospect@example.org"}))
    policy = Policy(pause_mailbox_on_sender_alert=True)
    attacks = [
        gmail_limit(original_id="s1@acme.example", hops=FORGED_HOPS),  # external hop
        gmail_limit(original_id="nope@acme.example", own_id="l2@mail.gmail.com"),  # not our mail
        gmail_limit(original_id="s1@acme.example", own_id="l3@mail.gmail.com", hops="",
                    sender="mailer-daemon@googlemail.com.evil.example"),  # lookalike domain
    ]
    report = run(source(*attacks, sent=[sent], name="gmail"), crm, store, clock, policy)
    assert report.alerts == [] and not _paused(store)
    assert report.unverified == 3 and report.exit_status() == 0
    # Control: the genuine notice, generated inside Google for mail we sent, pages and pauses.
    genuine = source(gmail_limit(original_id="s1@acme.example", own_id="l4@mail.gmail.com"),
                     sent=[sent], name="gmail")
    report = run(genuine, crm, store, clock, policy, mailbox="rep2")
    assert [a.reason for a in report.alerts] == ["speeding"] and _paused(store)


def test_another_providers_notice_must_come_from_the_mailboxs_own_postmaster(crm, store, clock):
    sent = SentMessage(message_id="s1@acme.example", recipients=frozenset({"prospect@example.org"}))
    own = gmail_limit(original_id="s1@acme.example", hops="", sender="postmaster@acme.example")
    stranger = gmail_limit(original_id="s1@acme.example", hops="", own_id="l5@x.example",
                           sender="postmaster@stranger.example")
    report = run(source(stranger, sent=[sent], name="maildir"), crm, store, clock)
    assert report.alerts == []
    report = run(source(stranger, own, sent=[sent], name="maildir"), crm, store, clock,
                 mailbox="rep2")
    assert len(report.alerts) == 1
