"""One page of mail through the real worker (sync/mail_page.py): a message's date as the
planner decides it from what the message and its source claim (issue 9, finding 7), text
from mail sanitised before it reaches the CRM or a person (finding 8), and headers-only
messages (Gmail's signs of life, finding 4). Real classifier, local CRM and state store; the
mailboxes are a real Maildir folder, a list-backed source, or the real Gmail source against
the fake Gmail. The clock is pinned (tests/sync/helpers.py `Clock`)."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from connectors.maildir import MaildirSource
from sync.policy import Policy
from sync.records import MailBatch, RawMessage
from sync.worker import Mailbox, run_once
from tests.sync.helpers import contacts, dsn, plain_mail

# These tests are about dates, text and headers, not trust: their Maildir has no sent folder,
# so bounces are applied by policy (unknown_origin = "apply") instead of being recorded only.
SOFT = Policy(soft_bounce_threshold=3, soft_bounce_window_days=30, unknown_origin="apply")


def run(source, crm, store, clock, policy=SOFT):
    return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                    policy=policy, clock=clock, worker_id="w1")


def undated(raw: bytes) -> bytes:
    """The message without its Date header: only the source's arrival dates it."""
    return b"\r\n".join(line for line in raw.split(b"\r\n") if not line.startswith(b"Date:"))


def dated(raw: bytes, at: datetime) -> bytes:
    return undated(raw).replace(b"\r\n", f"\r\nDate: {at.strftime('%a, %d %b %Y %H:%M:%S +0000')}\r\n".encode(), 1)


def soft(n: int) -> bytes:
    return dsn("bo@example.com", status="4.2.2", msgid=f"o{n}@x",
               diag="452 4.2.2 Mailbox full, try again later")


class Folder:
    """A Maildir folder whose files' times a test sets: names without a delivery stamp, so the
    file time is the source's only arrival claim (connectors/maildir/spool.received_at)."""

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "mail"
        for sub in ("new", "cur", "tmp"):
            (self.path / sub).mkdir(parents=True)
        self.source = MaildirSource({"address": "rep@acme.example", "path": "mail", "settle_seconds": 0},
                                    base_dir=tmp_path)
        self.n = 0

    def deliver(self, raw: bytes, at: datetime) -> None:
        self.n += 1
        f = self.path / "new" / f"msg{self.n:03d}"
        f.write_bytes(raw)
        os.utime(f, (at.timestamp(), at.timestamp()))


# --------------------------------------------------------------------------- dates


def test_a_reply_dated_2099_does_not_stop_later_soft_bounces_from_counting(crm, store, clock, tmp_path):
    box = Folder(tmp_path)
    box.deliver(undated(plain_mail("bo@example.com")), datetime(2099, 1, 1, tzinfo=timezone.utc))
    run(box.source, crm, store, clock)  # the reply: a sign of life, dated now (not 2099)
    for n in range(3):
        clock.advance(days=1)
        box.deliver(undated(soft(n)), clock())
        report = run(box.source, crm, store, clock)
    assert report.unenrolled == 1  # the third soft bounce after the reply escalates
    assert contacts(crm)["bo@example.com"]["status"] == "bounced"


def test_a_bounce_dated_1971_is_dated_by_its_headers_or_when_it_was_read(crm, store, clock, tmp_path):
    box = Folder(tmp_path)
    said = clock() - timedelta(hours=2)
    box.deliver(dated(dsn("ana@example.com"), said), datetime(1971, 1, 1, tzinfo=timezone.utc))
    box.deliver(undated(dsn("cy@example.com")), datetime(1971, 1, 1, tzinfo=timezone.utc))
    run(box.source, crm, store, clock)
    found = contacts(crm)
    assert found["ana@example.com"]["bounced_at"].startswith(said.isoformat()[:19])  # its Date header
    assert found["cy@example.com"]["bounced_at"].startswith(clock().isoformat()[:19])  # nothing else: now


def test_a_file_time_that_agrees_with_the_clock_is_kept(crm, store, clock, tmp_path):
    """Positive control: an ordinary arrival time is the date, whatever the headers say."""
    box = Folder(tmp_path)
    arrived = clock() - timedelta(minutes=30)
    box.deliver(dated(dsn("ana@example.com"), clock() - timedelta(days=3)), arrived)
    run(box.source, crm, store, clock)
    assert contacts(crm)["ana@example.com"]["bounced_at"].startswith(arrived.isoformat()[:19])


# --------------------------------------------------------------------------- sanitising


NASTY = ("550 5.1.1 \x1b[2J\x1b]0;pwned\x07 user\x00 unknown\x0bX-Forged:\x0c line \u202eevil\u202c "
         "\x9b31m <b>bold</b>")


def test_control_characters_escapes_and_bidi_from_a_diagnostic_reach_no_field(crm, store, clock, tmp_path):
    import sqlite3

    from sync.sanitize import clean

    box = Folder(tmp_path)
    box.deliver(dsn("ana@example.com", diag=NASTY.replace("{", "{{")), clock())
    run(box.source, crm, store, clock)
    with sqlite3.connect(tmp_path / "crm.sqlite3") as db:
        row = db.execute("SELECT * FROM contacts WHERE email = 'ana@example.com'").fetchone()
    text = "".join(str(v) for v in row)
    for bad in ("\x1b", "\x07", "\x00", "\r", "\n", "\u202e", "\u202c", "\x9b"):
        assert bad not in text
    assert clean(NASTY) == "550 5.1.1 user unknown X-Forged: line evil <b>bold</b>"
    assert clean(NASTY) in row  # the diagnostic, markup kept as plain text


# --------------------------------------------------------------------------- headers only


class HeadersOnly:
    """A source that hands over headers-only messages (as Gmail's metadata reads do)."""

    name = "heads"
    address = "rep@acme.example"

    def __init__(self, *messages: bytes, at: datetime) -> None:
        self.messages, self.at = list(messages), at

    def fetch(self, cursor, *, limit):
        start = int(cursor or 0)
        page = self.messages[start:start + limit]
        return MailBatch(messages=tuple(RawMessage(id=f"h{start + i}", raw=raw, received_at=self.at,
                                                   headers_only=True) for i, raw in enumerate(page)),
                         cursor=str(start + len(page)))

    def check(self):
        return []


def test_a_headers_only_message_is_never_classified_as_a_whole_bounce(crm, store, clock):
    # Headers that look like a bounce's, and no body: not a bounce, nobody marked.
    heads = (b"From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender"
             b"\r\n\r\n")
    report = run(HeadersOnly(heads, at=clock()), crm, store, clock)
    assert report.not_bounces == 1 and report.contacts_marked == 0


class Mixed:
    """Whole messages and headers-only ones, each arriving when it is read (the clock)."""

    name = "mixed"
    address = "rep@acme.example"

    def __init__(self, clock) -> None:
        self.clock, self.messages = clock, []

    def fetch(self, cursor, *, limit):
        start = int(cursor or 0)
        page = self.messages[start:start + limit]
        return MailBatch(messages=tuple(RawMessage(id=f"x{start + i}", raw=raw, received_at=self.clock(),
                                                   headers_only=heads) for i, (raw, heads) in enumerate(page)),
                         cursor=str(start + len(page)))

    def check(self):
        return []


def test_headers_only_replies_reset_soft_counts_and_auto_replies_count_as_life(crm, store, clock):
    source = Mixed(clock)

    def step(raw: bytes, heads: bool = False) -> None:
        clock.advance(days=1)
        source.messages.append((raw, heads))
        run(source, crm, store, clock)

    step(soft(1))
    step(b"From: Bo <bo@example.com>\r\nSubject: Re: Hello\r\n\r\n", heads=True)  # a person
    step(soft(2))
    step(soft(3))
    assert contacts(crm)["bo@example.com"]["status"] == "soft_bounced"  # 2 since the reply
    step(b"From: Bo <bo@example.com>\r\nAuto-Submitted: auto-replied\r\nSubject: Away\r\n\r\n", heads=True)
    step(soft(4))
    step(soft(5))
    assert contacts(crm)["bo@example.com"]["status"] == "soft_bounced"
    step(soft(6))
    assert contacts(crm)["bo@example.com"]["status"] == "bounced"  # control: 3 in a row escalate
    [kinds] = store._q("SELECT count(*) FROM ledger WHERE classification LIKE ?", ("%autoreply%",))
    assert kinds[0] == 1  # the auto-reply was told from the person's reply by its headers


def test_gmail_replies_reach_the_worker_as_signs_of_life(crm, store, clock, tmp_path):
    """Finding 4: with Gmail, three soft bounces around a reply no longer escalate; the reply
    costs one metadata part (From and the auto-reply headers), never its body."""
    from connectors.gmail import GmailSource
    from sync.secret import Secret
    from tests.connectors.gmail.harness import ADDRESS
    from tests.fakes.gmail import FakeGmail

    def ms() -> int:
        return int(clock().timestamp() * 1000)

    def sent_to(n: int) -> bytes:
        return (f"From: Rep <{ADDRESS}>\r\nTo: bo@example.com\r\nSubject: Hello\r\n"
                f"Message-ID: <o{n}@x>\r\n\r\nHello\r\n").encode()

    with FakeGmail(quota_units_per_minute=600_000) as fake:
        info = fake.authorized_user(ADDRESS)
        source = GmailSource({"address": ADDRESS, "credentials": Secret(json.dumps(info), "env:X"),
                              "api_endpoint": fake.url, "search_lag_seconds": 0,
                              "quota_units_per_minute": 600_000}, base_dir=tmp_path,
                             clock=lambda: clock().timestamp())
        for n in range(1, 4):
            fake.add_message(ADDRESS, sent_to(n), labels=("SENT",), internal_date=ms() - 1000)
        run(source, crm, store, clock)  # the full sync
        for raw, heads in ((soft(1), False), (plain_mail("bo@example.com"), True), (soft(2), False),
                           (soft(3), False)):
            clock.advance(days=1)
            fake.add_message(ADDRESS, raw, internal_date=ms())
            mark = len(fake.log)
            run(source, crm, store, clock)
            bodies = b"".join(r.body for r in fake.log[mark:] if r.path.startswith("/batch"))
            # the sign-of-life parts ask for the auto-reply headers (the trust lookup of a
            # bounce's sent original asks for To/Cc/Bcc, also format=metadata: not counted)
            assert bodies.count(b"metadataHeaders=Auto-Submitted") == (1 if heads else 0)
        assert contacts(crm)["bo@example.com"]["status"] == "soft_bounced"
