"""`sent_count(since=)`, the optional MailSource method behind the bounce-rate alert: Gmail
through the real client library against the fake Gmail API, Maildir/.eml/mbox on disk."""

from __future__ import annotations

import mailbox
import os
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from connectors.maildir import MaildirSource, MboxSource
from sync.errors import QuotaExhausted
from tests.connectors.gmail.harness import ADDRESS, make_source, sent
from tests.contracts.mail import bounce
from tests.fakes.gmail import FakeGmail

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fake():
    with FakeGmail(quota_units_per_minute=600_000) as server:
        yield server


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


# --------------------------------------------------------------------------- Gmail


def test_gmail_counts_sent_mail_after_since_in_one_list_call(fake, tmp_path):
    now = datetime.now(timezone.utc)
    for n in range(3):  # older than the window
        fake.add_message(ADDRESS, sent(n), labels=("SENT",), internal_date=_ms(now - timedelta(days=20 + n)))
    for n in range(3, 10):
        fake.add_message(ADDRESS, sent(n), labels=("SENT",), internal_date=_ms(now - timedelta(days=n - 2)))
    fake.add_message(ADDRESS, bounce(1))  # received mail is not sent mail
    source = make_source(fake, tmp_path)
    mark = len(fake.log)
    assert source.sent_count(since=now - timedelta(days=14)) == 7
    calls = [r for r in fake.log[mark:] if r.path.endswith("/messages")]
    assert len(calls) == 1 and "in:sent" in calls[0].arg("q") and "after:" in calls[0].arg("q")
    assert source.sent_count(since=now - timedelta(days=30)) == 10
    assert source.sent_count(since=now + timedelta(days=1)) == 0


def test_gmail_over_one_page_reads_the_estimate(fake, tmp_path):
    now = datetime.now(timezone.utc)
    for n in range(620):
        fake.add_message(ADDRESS, sent(n), labels=("SENT",), internal_date=_ms(now - timedelta(minutes=n + 1)))
    source = make_source(fake, tmp_path)
    mark = len(fake.log)
    count = source.sent_count(since=now - timedelta(days=1))
    # One call whatever the volume: the fake estimates like Gmail (at least the page's 500).
    assert count >= 500 and len([r for r in fake.log[mark:] if r.path.endswith("/messages")]) == 1


def test_gmail_quota_error_is_translated(fake, tmp_path):
    source = make_source(fake, tmp_path)
    fake.faults.fail_next("daily_quota")
    with pytest.raises(QuotaExhausted):
        source.sent_count(since=datetime.now(timezone.utc) - timedelta(days=7))


def test_gmail_sent_count_needs_an_aware_time(fake, tmp_path):
    with pytest.raises(ValueError):
        make_source(fake, tmp_path).sent_count(since=datetime(2026, 1, 1))


# --------------------------------------------------------------------------- Maildir / mbox


def _sent_message(n: int, date: datetime | None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "rep@sender.example"
    msg["To"] = f"lead{n}@example.com"
    msg["Subject"] = "Hello"
    msg["Message-ID"] = f"<sent-{n}@sender.example>"
    if date is not None:
        msg["Date"] = date.strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg.set_content("Hello")
    return msg.as_bytes()


def test_maildir_counts_the_sent_folder_by_file_time_without_opening_files(tmp_path, monkeypatch):
    box = mailbox.Maildir(tmp_path / "mail", create=True)
    sent_box = box.add_folder("Sent")
    now = time.time()
    for n, days_ago in enumerate((1, 2, 3, 10, 40)):
        key = sent_box.add(_sent_message(n, None))
        path = Path(sent_box._path) / "new" / key  # noqa: SLF001 - the file mailbox wrote
        os.utime(path, (now - days_ago * 86400, now - days_ago * 86400))
    box.add(bounce(1))  # the inbox is not sent mail
    source = MaildirSource({"address": "rep@sender.example", "path": "mail", "sent_folder": "Sent"},
                           base_dir=tmp_path)
    opened: list[str] = []
    real_open = Path.open

    def spy(self, *a, **kw):
        opened.append(str(self))
        return real_open(self, *a, **kw)

    monkeypatch.setattr(Path, "open", spy)
    since = datetime.fromtimestamp(now, timezone.utc) - timedelta(days=7)
    assert source.sent_count(since=since) == 3
    assert opened == []
    monkeypatch.undo()
    assert source.sent_count(since=since - timedelta(days=60)) == 5
    plain = MaildirSource({"address": "rep@sender.example", "path": "mail"}, base_dir=tmp_path)
    assert plain.sent_count(since=since) is None  # without a sent folder it cannot tell


def test_an_eml_sent_folder_counts_too(tmp_path):
    (tmp_path / "inbox").mkdir()
    out = tmp_path / "sent-export"
    out.mkdir()
    now = time.time()
    for n, days_ago in enumerate((0.5, 30)):
        f = out / f"{n}.eml"
        f.write_bytes(_sent_message(n, None))
        os.utime(f, (now - days_ago * 86400,) * 2)
    source = MaildirSource({"address": "rep@sender.example", "path": "inbox", "sent_folder": "sent-export"},
                           base_dir=tmp_path)
    assert source.sent_count(since=datetime.fromtimestamp(now, timezone.utc) - timedelta(days=7)) == 1


def test_mbox_sent_file_counts_by_date_header_or_from_line(tmp_path):
    now = datetime.now(timezone.utc).replace(microsecond=0)
    path = tmp_path / "sent.mbox"
    box = mailbox.mbox(path)
    box.add(_sent_message(1, now - timedelta(days=1)))
    box.add(_sent_message(2, now - timedelta(days=20)))
    undated = mailbox.mboxMessage(_sent_message(3, None))
    undated.set_from("rep@sender.example", time.gmtime((now - timedelta(days=2)).timestamp()))
    box.add(undated)
    box.close()
    (tmp_path / "bounces.mbox").write_bytes(b"")
    source = MboxSource({"address": "rep@sender.example", "path": "bounces.mbox",
                         "sent_folder": "sent.mbox"}, base_dir=tmp_path)
    assert source.sent_count(since=now - timedelta(days=7)) == 2
    assert source.sent_count(since=now - timedelta(days=30)) == 3
    maildir_with_mbox = MaildirSource({"address": "rep@sender.example", "path": "inbox",
                                       "sent_folder": "sent.mbox"}, base_dir=tmp_path)
    assert maildir_with_mbox.sent_count(since=now - timedelta(days=7)) == 2
    assert MboxSource({"address": "rep@sender.example", "path": "bounces.mbox"},
                      base_dir=tmp_path).sent_count(since=now) is None
