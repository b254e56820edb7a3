"""Soft bounces through the worker when a full scan hands over the newest page first (as
Gmail's messages.list does), and in a dry run spanning several pages: the real classifier,
local CRM and state store."""

from __future__ import annotations

from datetime import timedelta

from sync.policy import Policy
from sync.records import SentMessage, MailBatch, RawMessage
from sync.worker import Mailbox, run_once
from tests.sync.helpers import contacts, dsn


class NewestFirst:
    """A mailbox whose listing is newest first, `limit` messages a page."""

    name = "newest-first"
    address = "rep@acme.example"

    def __init__(self, messages) -> None:
        self.messages = sorted(messages, key=lambda m: m.received_at, reverse=True)
        self.fetches = 0

    def fetch(self, cursor, *, limit):
        self.fetches += 1
        start = int(cursor or 0)
        page = self.messages[start:start + limit]
        end = start + len(page)
        return MailBatch(messages=tuple(page), cursor=str(end), more=end < len(self.messages))

    def check(self):
        return []

    LOOKS_UP_SENT = True  # it sent every original, to bo@example.com (genuine bounces)

    def sent_messages(self, message_ids):
        return {m: SentMessage(message_id=m, recipients=frozenset({"bo@example.com"}))
                for m in message_ids}


def full(n: int, at) -> RawMessage:
    raw = dsn("bo@example.com", status="4.2.2", msgid=f"o{n}@acme.example",
              diag=f"452 4.2.2 Mailbox full (notice {n})")
    return RawMessage(id=f"m{n}", raw=raw, received_at=at)


def test_older_soft_bounces_on_later_pages_still_escalate(crm, store, clock):
    now = clock()
    source = NewestFirst([full(n, now - timedelta(days=n)) for n in (1, 2, 3)])
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock, batch_limit=1)
    assert source.fetches == 3 and report.bounces_soft == 3
    assert report.unenrolled == 1
    bo = contacts(crm)["bo@example.com"]
    assert (bo["status"], bo["sequences"]) == ("bounced", [])


def test_written_soft_count_is_the_same_in_either_order(crm, store, clock, tmp_path):
    from connectors.local import LocalCrm
    from sync.store import open_store
    from tests.sync.helpers import CONTACTS

    now = clock()
    shown = []
    for name, ordered in (("newest", NewestFirst), ("oldest", None)):
        c = LocalCrm({"path": f"{name}.sqlite3"}, base_dir=tmp_path)
        c.setup(dry_run=False)
        (tmp_path / "c.csv").write_text(CONTACTS)
        c.import_contacts_csv(tmp_path / "c.csv")
        s = open_store(f"sqlite:///{name}-state.db", base_dir=tmp_path)
        messages = [full(n, now - timedelta(days=n)) for n in (1, 2)]
        source = NewestFirst(messages)
        if ordered is None:
            source.messages.reverse()
        run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=c, store=s,
                 policy=Policy(), clock=clock, batch_limit=1)
        bo = contacts(c)["bo@example.com"]
        [found] = c.find_contacts(["bo@example.com"])
        shown.append((bo["status"], bo["bounced_at"], bo["reason"], found.soft_count))
        s.close()
        c.close()
    assert shown[0] == shown[1]
    assert shown[0][0] == "soft_bounced" and shown[0][3] == 2
    assert shown[0][1].startswith((now - timedelta(days=1)).date().isoformat())  # the newest bounce's date


def test_a_dry_run_carries_soft_counts_from_page_to_page(crm, store, clock):
    now = clock()
    source = NewestFirst([full(n, now - timedelta(days=n)) for n in (1, 2, 3)])
    report = run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                      policy=Policy(), clock=clock, batch_limit=1, dry_run=True)
    kinds = [type(a).__name__ for a in report.planned]
    assert kinds.count("Unenroll") == 1, kinds
    marks = [a for a in report.planned if type(a).__name__ == "MarkBounced"]
    assert (marks[-1].status.value, marks[-1].soft_count) == ("bounced", 3)
    assert contacts(crm)["bo@example.com"]["status"] is None and store.outbox_counts()["waiting"] == 0
