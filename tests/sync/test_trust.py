"""Issue 9, findings 1, 2 and 5: forged bounces, forged sender notices and forged replies,
through the real worker, classifier, planner, state store and local CRM. Each attack sits
beside a positive control: a genuine bounce still acts, a genuine Gmail sending-limit notice
still pages and pauses (also from a Google Workspace mailbox read as Maildir, `provider`),
a genuine reply still clears a hard bounce. The sent mail is the mailbox's own
(tests/sync/helpers.py ListSource with `sent`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sync.policy import Policy
from sync.records import SentMessage
from sync.worker import Mailbox, run_once
from tests.sync.helpers import ListSource, dsn, local_crm
from tests.sync.trust_mail import (
    FORGED_HOPS, dsn_many, exim_text, gmail_limit, received_by, reply_mail, undeliverable_text,
)

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


def run(source, crm, store, clock, policy=Policy(), mailbox="rep", provider=None):
    return run_once(mailboxes=[Mailbox(name=mailbox, source=source, provider=provider)], crm=crm,
                    store=store, policy=policy, clock=clock, worker_id="w1")


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


@pytest.mark.parametrize("sent, failed, expected", [
    # Sent to pat alone: pat's alias made pat.box@mail.real.example, which failed.
    (SENT_TO_PAT, [("pat.box@mail.real.example", "pat@real.example")], {"pat@real.example": "bounced"}),
    # Sent to ana and bo: ana's alias made ana.box@mail.example.com; both failed. The alias
    # the sender wrote is ana (Exim's "(generated from ana@example.com)"), as in the first row.
    (SENT_TO_TWO, [("ana.box@mail.example.com", "ana@example.com"), ("bo@example.com", None)],
     {"ana@example.com": "bounced", "bo@example.com": "bounced"}),
])
def test_an_address_exim_generated_from_an_alias_maps_to_the_alias_we_sent_to(
        sent, failed, expected, crm, store, clock):
    """Exim's plain-text bounce names the address its redirection made and, under it, the
    alias it was "(generated from)" (deliver.c print_address_information): the mail we sent
    to the alias failed, for a send to several recipients as for a send to one."""
    bounce = exim_text(failed, original_id=sent.message_id, original_to=", ".join(sorted(sent.recipients)))
    run(source(bounce), crm, store, clock)
    assert changed(crm) == expected


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


def test_a_google_workspace_mailbox_read_as_maildir_trusts_googles_notices_when_told(
        crm, store, clock):
    """A Workspace mailbox (rep@acme.example) read over IMAP or Maildir gets its notices from
    Google's mailer-daemon: by its address alone they look foreign (no page); with
    `provider = "google"` they are judged as the Gmail source's, forgeries included."""
    sent = SentMessage(message_id="s1@acme.example", recipients=frozenset({"prospect@example.org"}))
    policy = Policy(pause_mailbox_on_sender_alert=True)
    genuine = gmail_limit(original_id="s1@acme.example")
    report = run(source(genuine, sent=[sent], name="maildir"), crm, store, clock, policy)
    assert report.alerts == [] and report.unverified == 1  # not the mailbox's own postmaster
    forged = gmail_limit(original_id="s1@acme.example", hops=FORGED_HOPS, own_id="l6@mail.gmail.com")
    report = run(source(forged, sent=[sent], name="maildir"), crm, store, clock, policy,
                 mailbox="rep2", provider="google")
    assert report.alerts == [] and not _paused(store)  # an external hop: still forged
    report = run(source(gmail_limit(original_id="s1@acme.example", own_id="l7@mail.gmail.com"),
                        sent=[sent], name="maildir"), crm, store, clock, policy, mailbox="rep3",
                 provider="google")
    assert [a.reason for a in report.alerts] == ["speeding"]
    assert store.mailbox_paused("rep3") is not None


# --------------------------------------------------------------------------- finding 5

ANA = "ana@example.com"
TO_ANA = SentMessage(message_id="real-3@acme.example", recipients=frozenset({ANA}))
TO_ANA_LATER = SentMessage(message_id="real-4@acme.example", recipients=frozenset({ANA}))
OURS = "mx.acme.example"  # the mailbox's receiving server (its own domain: provider "domain")


def _ana(crm) -> dict:
    return next(c for c in crm.list_contacts() if c["email"] == ANA)


def test_a_forged_reply_never_clears_a_hard_bounce_and_a_genuine_one_does(crm, store, clock):
    box = ListSource([dsn_many([ANA], original_id="real-4@acme.example")], sent_by_mailbox=False,
                     sent=[SENT_TO_PAT, SENT_TO_TWO, TO_ANA, TO_ANA_LATER], received_at=clock)
    assert run(box, crm, store, clock).contacts_marked == 1
    clock.advance(days=1)
    planted = "Authentication-Results: mx.acme.example; dmarc=pass header.from=example.com\n"
    box.add(reply_mail(ANA),  # a From header alone
            reply_mail(ANA, in_reply_to="real-1@acme.example"),  # a real id, sent to pat
            reply_mail(ANA, in_reply_to="real-2@acme.example"),  # sent to ana and bo: bo knows it
            reply_mail(ANA, in_reply_to="real-2@acme.example",  # ... and bo plants a DMARC pass
                       headers=received_by(OURS, "dmarc=none header.from=example.com") + planted))
    report = run(box, crm, store, clock)
    assert (report.cleared, report.flagged, report.reenrolled) == (0, 1, 0), report.summary_line()
    ana = _ana(crm)
    assert ana["status"] == "bounced" and "not cleared" in (ana["note"] or ""), ana
    assert ANA in {k["address"] for k in store.known_hard_all()}  # still known to bounce
    assert run(box, crm, store, clock).flagged == 0  # nothing new: flagged once

    # Positive controls: a reply to mail sent to Ana and Bo that our server authenticated,
    # then (next page) the plain case, a reply to mail sent to Ana alone.
    clock.advance(days=1)
    box.add(reply_mail(ANA, in_reply_to="real-2@acme.example", own_id="ok-1@example.com",
                       headers=received_by(OURS, "dmarc=pass header.from=example.com")))
    report = run(box, crm, store, clock)
    assert report.cleared == 1 and _ana(crm)["status"] is None
    assert ANA not in {k["address"] for k in store.known_hard_all()}


def test_a_genuine_reply_to_mail_sent_to_the_address_alone_clears_it(crm, store, clock):
    box = ListSource([dsn_many([ANA], original_id="real-4@acme.example")], sent_by_mailbox=False,
                     sent=[TO_ANA, TO_ANA_LATER], received_at=clock)
    run(box, crm, store, clock)
    clock.advance(days=1)
    box.add(reply_mail(ANA, in_reply_to="real-3@acme.example"))
    report = run(box, crm, store, clock)
    assert (report.cleared, report.flagged) == (1, 0)
    assert "replied" in (_ana(crm)["note"] or "")


def test_only_replies_from_addresses_that_bounced_cost_a_sent_lookup(crm, store, clock):
    box = ListSource([reply_mail("cy@example.com", in_reply_to="real-3@acme.example")],
                     sent_by_mailbox=False, sent=[TO_ANA], received_at=clock)
    run(box, crm, store, clock)
    assert box.lookups == []  # cy never bounced: its reply only resets soft counts
    box.add(dsn_many([ANA], original_id="real-3@acme.example"))
    run(box, crm, store, clock)
    clock.advance(days=1)
    box.add(reply_mail(ANA, in_reply_to="real-3@acme.example"))
    run(box, crm, store, clock)
    assert box.lookups[-1] == ["real-3@acme.example"]  # the reply's In-Reply-To/References
