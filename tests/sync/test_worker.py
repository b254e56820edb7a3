"""Worker tests: the real classifier, the real local CRM (SQLite), the real state store
(SQLite and PostgreSQL), and a list-backed mailbox. CRM failures are injected by wrapping
the local CRM (a stand-in for a remote CRM misbehaving), never by patching our code."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import pytest

from connectors.local import LocalCrm
from sync.errors import CursorExpired, QuotaExhausted, Retryable
from sync.planner import Plan
from sync.policy import Policy
from sync.records import Action, MailBatch, RawMessage
from sync.store import LedgerEntry
from sync.worker import Mailbox, backfill, reclassify, retry_failed, run_once, watch_once
from tests.sync.helpers import NOW, CrmStandIn, ListSource, contacts, dsn, plain_mail, steps


def run(source, crm, store, clock, policy=Policy(), **kw):
    return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1", **kw)


# --------------------------------------------------------------------------- end to end


def test_hard_bounce_end_to_end_then_a_second_run_does_nothing(crm, store, clock):
    source = ListSource([dsn("ana@example.com"), dsn("nobody@example.com"), plain_mail("cy@example.com")])
    report = run(source, crm, store, clock)
    assert (report.messages_scanned, report.bounces_hard, report.not_bounces, report.unmatched) == (3, 2, 1, 1)
    assert (report.contacts_marked, report.unenrolled, report.waiting, report.failed) == (1, 1, 0, 0)
    assert report.exit_status() == 0
    ana = contacts(crm)["ana@example.com"]
    assert (ana["status"], ana["hard"], ana["bounced_address"]) == ("bounced", True, "ana@example.com")
    assert ana["sequences"] == []
    assert steps(crm, "bo@example.com") == {"Outbound": 1}
    history = len(crm.history("ana@example.com"))

    again = run(source, crm, store, clock)
    assert (again.messages_scanned, again.contacts_marked, again.unenrolled) == (0, 0, 0)
    assert len(crm.history("ana@example.com")) == history
    assert store.outbox_counts() == {"waiting": 0, "leased": 0, "done": 2, "failed": 0}
    assert store.status(clock())["last_run"]["exit_status"] == 0


def test_same_address_bouncing_in_two_mailboxes_is_acted_on_once(crm, store, clock):
    a, b = ListSource([dsn("ana@example.com")]), ListSource([dsn("ana@example.com", msgid="o2@x")])
    report = run_once(mailboxes=[Mailbox(name="a", source=a), Mailbox(name="b", source=b)],
                      crm=crm, store=store, policy=Policy(), clock=clock)
    assert (report.bounces_hard, report.contacts_marked, report.unenrolled) == (2, 1, 1)


def test_crash_after_some_applies_then_rerun_finishes_without_doubles(crm, store, clock, backend):
    class Killed(BaseException):
        """Stands for SIGKILL between 'written to the CRM' and 'marked done'."""

    class CrashingCrm(CrmStandIn):
        def __init__(self, after: int) -> None:
            super().__init__(crm)
            self.left = after

        def apply(self, actions: Sequence[Action]):
            for action in actions:
                if self.left == 0:
                    raise Killed
                self.left -= 1
                crm.apply([action])
            raise Killed

    source = ListSource([dsn("ana@example.com"), dsn("bo@example.com"), dsn("cy@example.com")])
    with pytest.raises(Killed):
        run(source, CrashingCrm(after=4), store, clock)  # MarkBounced+Unenroll x2 reached the CRM
    assert store.outbox_counts()["leased"] == 6
    clock.advance(seconds=Policy().lease_seconds + 1)  # PostgreSQL: leases expire; SQLite: lock frees
    report = run(source, crm, store, clock)
    assert report.messages_scanned == 0  # the page was committed before the crash
    assert store.outbox_counts() == {"waiting": 0, "leased": 0, "done": 6, "failed": 0}
    for email in ("ana@example.com", "bo@example.com", "cy@example.com"):
        c = contacts(crm)[email]
        assert (c["status"], c["sequences"]) == ("bounced", []), email
    # what the first (killed) attempt removed is still known: editing restores it at step 1
    crm.edit_email("ana@example.com", "ana@new.example.com")
    clock.advance(minutes=1)
    watched = watch_once(crm=crm, store=store, policy=Policy(), clock=clock)
    assert watched.reenrolled == 1
    assert steps(crm, "ana@new.example.com") == {"Outbound": 1, "Nurture": 1}


def test_kill_before_the_page_commits_repeats_the_page_harmlessly(crm, store, clock):
    class DiesOnLookup:
        name = crm.name

        def find_contacts(self, emails):
            raise KeyboardInterrupt

    source = ListSource([dsn("ana@example.com")])
    with pytest.raises(KeyboardInterrupt):
        run(source, DiesOnLookup(), store, clock)
    assert store.cursor("rep") is None and store.seen_messages("rep", ["m0"]) == set()
    report = run(source, crm, store, clock)
    assert (report.messages_scanned, report.contacts_marked) == (1, 1)


def test_unclassifiable_messages_are_recorded_and_skipped(crm, store, clock):
    source = ListSource([dsn("ana@example.com")])
    source.messages.insert(0, None)  # a source handing over something that is not mail
    report = run(source, crm, store, clock)
    assert (report.unclassifiable, report.contacts_marked) == (1, 1)
    assert store.status(clock())["unclassifiable"] == 1
    assert [e.message_id for e in store.unclassifiable()] == ["m0"]


def test_reclassify_acts_on_messages_an_older_classifier_could_not_read(crm, store, clock):
    store.record_page(crm=crm.name, now=NOW, plan=Plan(), entries=[LedgerEntry(
        mailbox="rep", message_id="old-1", status="unclassifiable", classification=None,
        error="unparseable message", raw=dsn("bo@example.com"), received_at=NOW)])
    report = reclassify(store=store, crm=crm, clock=clock,
                        mailboxes=[Mailbox(name="rep", source=ListSource([dsn("bo@example.com")]))])
    assert (report.unclassifiable, report.contacts_marked, report.unenrolled) == (0, 1, 1)
    assert contacts(crm)["bo@example.com"]["status"] == "bounced"
    assert store.unclassifiable() == []


def test_quota_exhausted_leaves_work_waiting_for_the_next_run(crm, store, clock):
    class QuotaCrm(CrmStandIn):
        def apply(self, actions):
            raise QuotaExhausted("daily API quota spent", retry_after=3600)

    source = ListSource([dsn("ana@example.com")])
    report = run(source, QuotaCrm(crm), store, clock)
    assert report.exit_status() == 1 and report.work_left and report.waiting == 2
    assert any("quota" in n for n in report.notes)
    assert contacts(crm)["ana@example.com"]["status"] is None
    report = run(source, crm, store, clock)
    assert (report.exit_status(), report.contacts_marked, report.waiting) == (0, 1, 0)


def test_lookup_retryable_keeps_the_cursor_and_the_page(crm, store, clock):
    class Flaky(CrmStandIn):
        def find_contacts(self, emails):
            raise Retryable("503 from the CRM")

        def apply(self, actions):
            return []

    source = ListSource([dsn("ana@example.com")])
    report = run(source, Flaky(crm), store, clock)
    assert report.exit_status() == 1 and store.cursor("rep") is None
    assert run(source, crm, store, clock).contacts_marked == 1


def test_failed_actions_are_retried_on_request(crm, store, clock):
    class Refusing(CrmStandIn):
        def apply(self, actions):
            from sync.records import ApplyResult, Outcome
            return [ApplyResult(key=a.key, outcome=Outcome.FAILED, error="field missing") for a in actions]

    report = run(ListSource([dsn("ana@example.com")]), Refusing(crm), store, clock)
    assert (report.failed, report.exit_status()) == (2, 1)
    fixed = retry_failed(crm=crm, store=store, clock=clock)
    assert (fixed.contacts_marked, fixed.unenrolled, fixed.exit_status()) == (1, 1, 0)


def test_dry_run_changes_nothing(crm, store, clock):
    source = ListSource([dsn("ana@example.com")])
    before = contacts(crm)
    report = run(source, crm, store, clock, dry_run=True)
    assert [type(a).__name__ for a in report.planned] == ["MarkBounced", "Unenroll"]
    assert any("MarkBounced" in line for line in report.summary_lines())
    assert contacts(crm) == before
    assert store.cursor("rep") is None and store.seen_messages("rep", ["m0"]) == set()
    assert store.outbox_counts()["waiting"] == 0 and store.last_reports() == []
    assert report.to_dict()["planned"][0]["address"] == "ana@example.com"


# --------------------------------------------------------------------------- soft, sender


def test_soft_bounces_escalate_over_runs_and_reset_on_a_reply(crm, store, clock):
    source = ListSource(received_at=clock)
    full = lambda n: dsn("bo@example.com", status="4.2.2", msgid=f"o{n}@x",
                         diag="452 4.2.2 Mailbox full, try again later")
    source.add(full(1))
    run(source, crm, store, clock)
    assert contacts(crm)["bo@example.com"]["status"] == "soft_bounced"
    clock.advance(days=1)
    source.add(plain_mail("bo@example.com"))  # a sign of life: the count starts again
    source.add(full(2))
    run(source, crm, store, clock)
    clock.advance(days=1)
    source.add(full(3))
    r = run(source, crm, store, clock)
    assert r.unenrolled == 0 and contacts(crm)["bo@example.com"]["status"] == "soft_bounced"
    clock.advance(days=1)
    source.add(full(4))
    r = run(source, crm, store, clock)
    assert r.unenrolled == 1
    bo = contacts(crm)["bo@example.com"]
    assert (bo["status"], bo["sequences"]) == ("bounced", [])


def test_sender_alert_exits_3_and_pauses_by_policy(crm, store, clock):
    blocked = dsn("cy@example.com", status="5.7.26",
                  diag="550 5.7.26 This mail is unauthenticated, which poses a security risk to "
                       "the sender and Gmail users, and has been blocked. The sender must "
                       "authenticate with at least one of SPF or DKIM")
    source = ListSource([blocked])
    report = run(source, crm, store, clock, policy=Policy(pause_mailbox_on_sender_alert=True))
    assert report.bounces_sender == 1, report.to_dict()
    assert report.exit_status() == 3 and report.alerts[0].paused
    assert contacts(crm)["cy@example.com"]["status"] is None
    assert store.mailbox_paused("rep")
    source.add(dsn("ana@example.com"))
    fetches = source.fetches
    later = run(source, crm, store, clock)
    assert source.fetches == fetches and any("paused" in n for n in later.notes)
    store.set_paused("rep", None)
    assert run(source, crm, store, clock).contacts_marked == 1


# --------------------------------------------------------------------------- cursors


def test_expired_cursor_falls_back_to_a_bounded_scan(crm, store, clock):
    class ExpiringSource(ListSource):
        ACCEPTS_SINCE = True  # declares sync.ports.ReadsSince: a scan may start at a date

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.since_seen: list[datetime] = []

        def fetch(self, cursor, *, limit, since=None):
            if cursor == "expired":
                raise CursorExpired("history id too old")
            if since is not None:
                self.since_seen.append(since)
            return super().fetch(cursor, limit=limit)

    source = ExpiringSource([dsn("ana@example.com")])
    store.save_cursor("rep", "expired", now=clock())
    report = run(source, crm, store, clock, policy=Policy(lookback_days=10))
    assert source.since_seen == [clock() - timedelta(days=10)]
    assert any("cursor expired" in n for n in report.notes)
    assert report.contacts_marked == 1 and store.cursor("rep") == "1"


def test_pages_are_committed_one_by_one(crm, store, clock):
    source = ListSource([dsn(f"x{i}@example.com") for i in range(5)] + [dsn("ana@example.com")])
    report = run(source, crm, store, clock, batch_limit=2)
    assert report.messages_scanned == 6 and source.fetches == 3 and store.cursor("rep") == "6"
    assert report.unmatched == 5 and report.contacts_marked == 1


def test_backfill_reads_old_mail_without_moving_the_cursor(crm, store, clock):
    source = ListSource([dsn("ana@example.com"), dsn("bo@example.com")])
    store.save_cursor("rep", "2", now=clock())  # incremental reading is already past them
    seen: list[int] = []
    report = backfill(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock, since=NOW - timedelta(days=30), progress=seen.append)
    assert (report.contacts_marked, sum(seen), store.cursor("rep")) == (2, 2, "2")


def test_mailbox_source_contract_of_received_at(crm, store, clock):
    """Messages without received_at are dated by the run's clock, not dropped."""
    class Undated(ListSource):
        def fetch(self, cursor, *, limit):
            b = super().fetch(cursor, limit=limit)
            return MailBatch(messages=tuple(RawMessage(id=m.id, raw=m.raw) for m in b.messages),
                             cursor=b.cursor, more=b.more)

    assert run(Undated([dsn("ana@example.com")]), crm, store, clock).contacts_marked == 1


# --------------------------------------------------------------------------- real local sources


def test_maildir_source_with_sent_folder_verification(crm, store, clock, tmp_path):
    from connectors.maildir import MaildirSource

    spool = tmp_path / "mail"
    for sub in ("new", "cur", "tmp", ".Sent/new", ".Sent/cur", ".Sent/tmp"):
        (spool / sub).mkdir(parents=True, exist_ok=True)
    (spool / ".Sent/cur/1.sent:2,S").write_bytes(
        b"From: rep@acme.example\r\nTo: ana@example.com\r\nMessage-ID: <orig-1@acme.example>\r\n\r\nHi\r\n")
    (spool / "new/1.dsn").write_bytes(dsn("ana@example.com", msgid="orig-1@acme.example"))
    (spool / "new/2.dsn").write_bytes(dsn("bo@example.com", msgid="forged@elsewhere.example"))
    source = MaildirSource({"address": "rep@acme.example", "path": "mail", "sent_folder": "Sent",
                            "settle_seconds": 0}, base_dir=tmp_path)
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock)
    assert (report.messages_scanned, report.contacts_marked, report.unverified) == (2, 1, 1)
    assert contacts(crm)["bo@example.com"]["status"] is None  # backscatter is only recorded
    again = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                     policy=Policy(), clock=clock)
    assert again.contacts_marked == 0 and again.unverified == 0


# --------------------------------------------------------------------------- several workers


def test_a_mailbox_read_by_another_worker_is_left_to_it(crm, store, clock, backend):
    store.claim("mailbox:rep", owner="other-host:42", now=clock(), seconds=300)
    source = ListSource([dsn("ana@example.com")])
    report = run(source, crm, store, clock)
    if backend == "sqlite":  # one run at a time: a lease left behind is a dead run's, freed
        assert report.contacts_marked == 1
        return
    assert source.fetches == 0 and any("another worker" in n for n in report.notes)
    clock.advance(seconds=301)  # the other worker died: its lease lapses
    assert run(source, crm, store, clock).contacts_marked == 1


@pytest.mark.postgres
def test_two_workers_at_once_on_postgresql_do_everything_once(tmp_path, clock):
    import threading

    from tests.sync.conftest import backend_url
    from sync.store import open_store

    n = 60
    csv = tmp_path / "many.csv"
    csv.write_text("email,owner,sequences\n" + "".join(
        f"p{i}@example.com,rep@acme.example,Outbound:2\n" for i in range(n)))
    setup = LocalCrm({"path": "crm.sqlite3"}, base_dir=tmp_path)
    setup.setup(dry_run=False)
    setup.import_contacts_csv(csv)
    sources = {name: ListSource([dsn(f"p{i}@example.com", msgid=f"{name}{i}@x")
                                 for i in range(n) if i % 2 == k])
               for k, name in enumerate(("a", "b"))}
    errors: list[BaseException] = []
    with backend_url("postgresql") as url:
        open_store(url, base_dir=tmp_path).close()  # migrate once up front

        def worker(wid: str) -> None:
            store = open_store(url, base_dir=tmp_path)
            crm = LocalCrm({"path": "crm.sqlite3"}, base_dir=tmp_path)
            try:
                run_once(mailboxes=[Mailbox(name=k, source=s) for k, s in sources.items()],
                         crm=crm, store=store, policy=Policy(), clock=clock, worker_id=wid,
                         batch_limit=5)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
            finally:
                crm.close()
                store.close()

        threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        store = open_store(url, base_dir=tmp_path)
        try:
            # a mailbox left by one worker mid-way is finished by the next run
            run_once(mailboxes=[Mailbox(name=k, source=s) for k, s in sources.items()],
                     crm=setup, store=store, policy=Policy(), clock=clock, worker_id="w3")
            assert store.outbox_counts() == {"waiting": 0, "leased": 0, "done": 2 * n, "failed": 0}
        finally:
            store.close()
    marks = [e["key"] for i in range(n) for e in setup.history(f"p{i}@example.com")
             if e["kind"] == "mark_bounced"]
    assert all(c["status"] == "bounced" and c["sequences"] == [] for c in setup.list_contacts())
    assert len(marks) == len(set(marks)) == n, "each MarkBounced reached the CRM once"
    setup.close()
