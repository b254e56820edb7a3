"""Review 67 of the relay alert's stragglers (sync/relay_stragglers.py, store `marked_by`): which
addresses the alert names, through the worker, with the real classifier, the real local CRM and the
real state store (SQLite and PostgreSQL).

The alert tells a person "take each back with `bounce-sync undo ADDRESS`": an address it names must
be one whose only standing mark is a bounce naming the relay's host, else the undo it asks for
re-enrolls a dead address (a false resend, the cost DESIGN.md ranks first among the failures a
person then carries). Each test below failed at 72ebd40a (main at 37f8b1e4) except the control."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

from sync.policy import Policy
from sync.undo import undo
from sync.worker import Mailbox, run_once
from tests.classifier.review_notices14_layouts import sendmail
from tests.sync.helpers import Clock, contacts, local_crm

SENDGRID = "smtp.sendgrid.net"
PROSPECTS = ("k.lindqvist@nordhavn-tech.se", "d.fischer@ostwind-bau.de", "e.rossi@pietra-serena.it")
STRAGGLER = "m.keller@harborline-freight.com"
OWN = "ops@sendgrid.net"  # a prospect AT the relay's company: the host is its own (dns_names.of_recipient)
CSV = "email,owner,sequences\n" + "".join(f"{a},rep@acme.example,Outbound:2\n" for a in (*PROSPECTS, STRAGGLER, OWN))
UNKNOWN = f"Host unknown (Name server: {SENDGRID}: host not found)"
TAIL = "if it is your relay, take each back with `bounce-sync undo ADDRESS`"


def _notice(name: str, addresses: tuple[str, ...], *, words: str = UNKNOWN, status: str = "5.1.2",
            dated: str = "3 Dec 2026") -> bytes:
    """Sendmail's one notice (review 14's savemail.c layout) for a message to `addresses`, each
    "550 <status> <a>... <words>"; by default its SMART_HOST not resolving (review dns63's SM_DNS
    source: "Host unknown (Name server: %s: host not found)"); `dated`: the day its dates claim."""
    raw = sendmail(name, [(f"<{a}>", words, None) for a in addresses],
                   [(a, None, status, f"550 {status} {words}") for a in addresses], to=", ".join(addresses),
                   transcript="\n".join(f"550 {status} <{a}>... {words}" for a in addresses), host="mail.example.com")
    if dated != "3 Dec 2026":  # a Date the worker believes (before its clock): the bounce's `at`
        raw = raw.replace(b"Subject:", f"Date: {dated} 10:00:06 +0000\nSubject:".encode(), 1)
    return raw.replace(b"3 Dec 2026", dated.encode())


def _sent(spool: Path, name: str, addresses: tuple[str, ...], *, at: datetime | None = None) -> None:
    """The original in the mailbox's sent folder: the evidence the bounces answer our mail (`at`:
    when it was sent, its file's time)."""
    path = spool / f".Sent/cur/{name}.sent:2,S"
    path.write_bytes((f"From: seller@example.com\r\nTo: {', '.join(addresses)}\r\n"
                      f"Message-ID: <review14-{name}@example.com>\r\n\r\nHello\r\n").encode())
    if at is not None:
        os.utime(path, (at.timestamp(), at.timestamp()))


@pytest.fixture
def crm(tmp_path: Path, clock: Clock):
    c = local_crm(tmp_path, CSV, clock=clock.crm_time)
    yield c
    c.close()


@pytest.fixture
def box(tmp_path: Path, crm, store, clock):
    """The seller's Maildir (with its Sent folder) and a run of the worker over it."""
    from connectors.maildir import MaildirSource

    spool = tmp_path / "mail"
    for sub in ("new", "cur", "tmp", ".Sent/new", ".Sent/cur", ".Sent/tmp"):
        (spool / sub).mkdir(parents=True, exist_ok=True)
    source = MaildirSource({"address": "seller@example.com", "path": "mail", "sent_folder": "Sent",
                            "settle_seconds": 0}, base_dir=tmp_path)

    def run(**kw):
        clock.advance(minutes=5)
        return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                        policy=Policy(), clock=clock, worker_id="w1", **kw)
    return spool, run


def _straggler(spool: Path, *, sent_at: datetime | None = None, **kw) -> None:
    _sent(spool, "send0", (STRAGGLER,), at=sent_at)
    (spool / "new/0.dsn").write_bytes(_notice("send0", (STRAGGLER,), **kw))


def _batch(spool: Path) -> None:
    _sent(spool, "send1", PROSPECTS)
    (spool / "new/1.dsn").write_bytes(_notice("send1", PROSPECTS))


def _relay_alert(report):
    [alert] = [a for a in report.alerts if a.reason == f"relay:{SENDGRID}"]
    return alert


@pytest.mark.parametrize("order", ["userunknown_after", "userunknown_before"])
def test_an_address_a_reliable_user_unknown_marks_too_is_not_named(box, crm, store, order):
    """The straggler's address is also marked by a reliable "550 5.1.1 User unknown" (a later
    bounce, recorded `already`; or an earlier one, and the relay's bounce is then the `already`
    one). Undo clears every mark of the address: the alert must not ask for it. At 72ebd40a it
    named the address in both orders."""
    spool, run = box
    unknown = "User unknown"  # Sendmail's "550 5.1.1 <a>... User unknown" (savemail.c / parseaddr.c)
    first, second = ((_straggler, "unknown") if order == "userunknown_after" else ("unknown", _straggler))
    for step in (first, second):
        if step == "unknown":
            _sent(spool, "sendu", (STRAGGLER,))
            (spool / "new/u.dsn").write_bytes(_notice("sendu", (STRAGGLER,), words=unknown, status="5.1.1"))
        else:
            step(spool)
        run()
    assert contacts(crm)[STRAGGLER]["status"] == "bounced"
    _batch(spool)
    alert = _relay_alert(run())
    assert STRAGGLER not in alert.message and "marked before this alert" not in alert.message


def test_a_bounce_naming_its_own_recipients_host_is_not_named(box, crm, store):
    """A prospect at the relay's own company (ops@sendgrid.net, its bounce naming smtp.sendgrid.net):
    the planner's rule reads that host as the recipient's own (of_recipient), never ours; the
    alert must not call it a straggler either. At 72ebd40a it was named."""
    spool, run = box
    _sent(spool, "own", (OWN,))
    (spool / "new/own.dsn").write_bytes(_notice("own", (OWN,)))
    _straggler(spool)
    assert run().contacts_marked == 2
    _batch(spool)
    alert = _relay_alert(run())
    assert alert.message.endswith(f"marked before this alert by a bounce naming {SENDGRID}: {STRAGGLER}: {TAIL}")


def test_a_straggler_read_late_is_named(box, crm, store):
    """The straggler's notice claims a date older than the bounce-rate window (a mailbox read
    after an outage, a backfill): it was marked by this very worker minutes ago, yet `marked_by`
    compared the bounce's claimed date (`at`), not when it was recorded, and left it out."""
    spool, run = box
    # 18 days before the pinned clock (tests/sync/helpers.py NOW), sent the same morning
    _straggler(spool, dated="2 Nov 2026", sent_at=datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc))
    assert run().contacts_marked == 1
    _batch(spool)
    alert = _relay_alert(run())
    assert alert.message.endswith(f"by a bounce naming {SENDGRID}: {STRAGGLER}: {TAIL}")


def test_a_straggler_on_the_same_runs_earlier_page(box, crm, store):
    """Control (passed at 72ebd40a): one run, a page of one message each; the first page marked the
    straggler and was recorded before the second page planned."""
    spool, run = box
    _straggler(spool)
    _batch(spool)
    report = run(batch_limit=1)
    assert report.contacts_marked == 1
    assert _relay_alert(report).message.endswith(f"{STRAGGLER}: {TAIL}")


def test_a_dry_run_names_the_straggler_of_its_earlier_page(box, crm, store):
    """A dry run plans what a real run does (sync/session.py DryCarry): its alert names the
    straggler its earlier page would have marked, as the real run's does. At 72ebd40a the dry
    run's alert named nobody (the store held no mark: a dry run records nothing)."""
    spool, run = box
    _straggler(spool)
    _batch(spool)
    dry = run(batch_limit=1, dry_run=True)
    assert contacts(crm)[STRAGGLER]["status"] is None
    real = run(batch_limit=1)
    assert _relay_alert(dry).message == _relay_alert(real).message
    assert _relay_alert(real).message.endswith(f"{STRAGGLER}: {TAIL}")


def test_an_undone_straggler_is_not_named_again(box, crm, store, clock):
    """Control (passed at 72ebd40a): once undone (its marks `forgiven`), a later relay alert (the
    first acknowledged) names it no more."""
    spool, run = box
    _straggler(spool)
    run()
    _batch(spool)
    assert STRAGGLER in _relay_alert(run()).message
    undo(crm=crm, store=store, policy=Policy(), clock=clock, address=STRAGGLER, by="lead@acme.example",
         log=logging.getLogger("test"))
    store.ack_alerts(now=clock(), mailboxes=["rep"])
    _sent(spool, "send2", PROSPECTS)
    (spool / "new/2.dsn").write_bytes(_notice("send2", PROSPECTS))
    alert = _relay_alert(run())
    assert "marked before this alert" not in alert.message


# A contact refused for an address already known-bad (sync/planner/changes.py holds_known_bad: a CRM with duplicate
# contacts, HubSpot's or Salesforce's) is recorded as a bounce of its own, outcome `refused`, the known-bad reason and
# NO diagnostic, under the mailbox and message id of the bounce that taught it. The local CRM refuses a second holder
# of an address, so these rows are written through the real store's page transaction as the planner writes them.
def _record(store, clock, *records) -> None:
    from sync.planner import Plan

    store.record_page(crm="local", entries=[], plan=Plan(history=records), now=clock(), mailbox="rep")


def _bounce(contact: str, reason: str, diagnostic: str, outcome: str, *, message_id: str = "m0", at=None):
    from sync.planner import bounce_record
    from sync.records import ContactRef

    return bounce_record(address=STRAGGLER, contact=ContactRef(id=contact, object_type="contact"), mailbox="rep",
                         message_id=message_id, reason=reason, hard=True, scope="recipient", diagnostic=diagnostic,
                         at=at, outcome=outcome)


def _named(store, clock) -> str:
    from datetime import timedelta

    from sync.planner import Plan
    from sync.records import AlertKind
    from sync.relay_stragglers import name_stragglers
    from sync.report import Alert

    alert = Alert(mailbox="rep", kind=AlertKind.SENDER, reason=f"relay:{SENDGRID}", message="relay", at=clock())
    [named] = name_stragglers(Plan(alerts=(alert,)), store, since=clock() - timedelta(days=7)).alerts
    return named.message


def test_a_duplicate_refused_for_the_stragglers_address_keeps_it_named(store, clock):
    """The straggler marked contact c1; its duplicate c2 was refused for the address the straggler
    made known-bad (no diagnostic: the teaching bounce's is the relay's). `undo` clears both: the
    alert names it. (A regression of this review's first mend, which took the refusal's empty
    diagnostic for another mark.)"""
    _record(store, clock, _bounce("c1", "hostunknown", f"550 5.1.2 {UNKNOWN}", "marked", at=clock()))
    _record(store, clock, _bounce("c2", "hostunknown", "", "refused", at=clock()))
    assert _named(store, clock).endswith(f"{STRAGGLER}: {TAIL}")


def test_a_refusal_a_reliable_user_unknown_taught_keeps_it_out(store, clock):
    """Control: the address was known-bad by a reliable "User unknown" that matched no contact
    (outcome `unmatched`); its contact was refused for it, then marked `already` by the relay's
    bounce. Undo would re-enroll a dead address: not named."""
    _record(store, clock, _bounce("", "userunknown", "550 5.1.1 <m.keller@harborline-freight.com>... User unknown",
                                  "unmatched", message_id="u0", at=clock()))
    _record(store, clock, _bounce("c1", "userunknown", "", "refused", message_id="u0", at=clock()))
    _record(store, clock, _bounce("c1", "hostunknown", f"550 5.1.2 {UNKNOWN}", "already", message_id="m1", at=clock()))
    assert "marked before this alert" not in _named(store, clock)
