"""Local mail sources: the mail contract for a Maildir and a folder of .eml files, plus what only
local files can do to a reader (moves mid-read, concurrent delivery, a ctime that moved),
sent-mail verification and flat memory. Messages are delivered with the stdlib `mailbox` writers, as a
delivery agent would (harness.py); the mbox source is in test_mbox.py."""

from __future__ import annotations

import mailbox
import os
import threading
from email.message import EmailMessage
from pathlib import Path

import pytest

from classifier import classify

from connectors.maildir.spool import Spool
from connectors.base import MailSource
from connectors.maildir import MaildirSource
from sync.errors import ConfigError, CursorExpired, Permanent
from tests.connectors.maildir.harness import (
    EmlHarness, MaildirHarness, MboxHarness, peak_while_draining,
)
from tests.contracts.mail import MailContract, bounce, bounce_quoting, drain, message_ids, sent

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


class TestMaildirContract(MailContract):
    @pytest.fixture
    def harness(self, tmp_path):
        return MaildirHarness(tmp_path)


class TestEmlFolderContract(MailContract):
    @pytest.fixture
    def harness(self, tmp_path):
        return EmlHarness(tmp_path)


# --------------------------------------------------------------------------- protocol, settings


def test_sources_are_mail_sources(tmp_path):
    assert isinstance(MaildirHarness(tmp_path).source, MailSource)
    assert isinstance(MboxHarness(tmp_path).source, MailSource)


@pytest.mark.parametrize("settings, key", [
    ({"path": "m"}, "address"),
    ({"address": "rep@x.example"}, "path"),
    ({"address": "rep@x.example", "path": "m", "folders": "INBOX"}, "folders"),
    ({"address": "rep@x.example", "path": "m", "settle_seconds": -1}, "settle_seconds"),
    ({"address": "rep@x.example", "path": "m", "sent": "Sent"}, "sent"),
])
def test_bad_settings_name_the_key(tmp_path, settings, key):
    with pytest.raises(ConfigError) as err:
        MaildirSource(settings, base_dir=tmp_path)
    assert err.value.key == key


def test_a_missing_path_fails_check_and_fetch_clearly(tmp_path):
    source = MaildirSource({"address": "rep@x.example", "path": "nowhere"}, base_dir=tmp_path)
    [item, _] = source.check()
    assert not item.ok and "does not exist" in item.detail
    with pytest.raises(Permanent, match="does not exist"):
        source.fetch(None, limit=10)


# --------------------------------------------------------------------------- Maildir specifics


def test_reads_new_and_cur_of_every_folder_but_not_tmp_or_dotfiles(tmp_path):
    h = MaildirHarness(tmp_path)
    h.deliver(bounce(1))
    archive = h.box.add_folder("Archive")
    key = archive.add(bounce(2))
    archive.get_message(key)  # nothing moves by reading
    msg = mailboxMessage(bounce(3), subdir="cur", flags="S")
    h.box.add(msg)
    (Path(h.box._path) / "tmp" / "123.partial").write_bytes(bounce(4))
    (Path(h.box._path) / "new" / ".hidden").write_bytes(bounce(5))
    seen, _ = drain(h.source, None)
    assert sorted(message_ids(tuple(seen))) == [f"<bounce-{n}@mx.google.com>" for n in (1, 2, 3)]
    [mailbox_item, _] = h.source.check()
    assert mailbox_item.ok and "3 message" in mailbox_item.detail and "Archive" in mailbox_item.detail


def mailboxMessage(raw: bytes, *, subdir: str, flags: str) -> mailbox.MaildirMessage:
    msg = mailbox.MaildirMessage(raw)
    msg.set_subdir(subdir)
    msg.set_flags(flags)
    return msg


def test_folders_setting_and_unknown_folder(tmp_path):
    h = MaildirHarness(tmp_path)
    h.deliver(bounce(1))
    h.box.add_folder("Bounces").add(bounce(2))
    only = MaildirSource({"address": "rep@x.example", "path": "mail", "folders": ["Bounces"]},
                         base_dir=tmp_path)
    seen, _ = drain(only, None)
    assert message_ids(tuple(seen)) == ["<bounce-2@mx.google.com>"]
    wrong = MaildirSource({"address": "rep@x.example", "path": "mail", "folders": ["Nope"]},
                          base_dir=tmp_path)
    with pytest.raises(Permanent, match="no folder 'Nope'"):
        wrong.fetch(None, limit=5)
    assert not wrong.check()[0].ok


def test_a_message_moved_to_cur_between_listing_and_reading_is_not_lost(tmp_path, monkeypatch):
    h = MaildirHarness(tmp_path)
    for n in range(20):
        h.deliver(bounce(n))
    real_scan = Spool.scan

    def scan_then_mail_client_reads_everything(self, *args):
        yield from real_scan(self, *args)
        # The listing is done; before the reads, a mail client marks every message seen.
        for folder in self.dirs:
            if folder.name == "new":
                for name in os.listdir(folder):
                    os.rename(folder / name, folder.parent / "cur" / f"{name}:2,S")

    monkeypatch.setattr(Spool, "scan", scan_then_mail_client_reads_everything)
    batch = h.source.fetch(None, limit=100)
    assert sorted(message_ids(batch.messages)) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(20))
    assert batch.notes == ()
    assert not os.listdir(Path(h.box._path) / "new")


@pytest.mark.real_clock  # settling compares file ctimes with the clock
def test_concurrent_delivery_and_moves_lose_nothing(tmp_path):
    h = MaildirHarness(tmp_path)
    total = 300
    done = threading.Event()

    def mail_system():
        cur = Path(h.box._path) / "cur"
        new = Path(h.box._path) / "new"
        for n in range(total):
            h.deliver(bounce(n))
            if n % 3 == 0:  # a client moves some of what arrived to cur/
                for name in os.listdir(new)[:2]:
                    try:
                        os.rename(new / name, cur / f"{name}:2,S")
                    except FileNotFoundError:
                        pass
        done.set()

    writer = threading.Thread(target=mail_system)
    writer.start()
    seen: set[str] = set()
    cursor = None
    while True:
        finished = done.is_set()
        batch, cursor = drain(h.source, cursor, limit=17)
        seen.update(message_ids(tuple(batch)))
        if finished:
            break
    writer.join()
    assert seen == {f"<bounce-{n}@mx.google.com>" for n in range(total)}


def test_a_file_that_is_not_a_message_is_handed_over(tmp_path):
    h = MaildirHarness(tmp_path)
    junk = bytes(range(256)) * 10
    (Path(h.box._path) / "new" / "1763640000.junk.host").write_bytes(junk)
    (Path(h.box._path) / "new" / "1763640001.empty.host").write_bytes(b"")
    seen, _ = drain(h.source, None)
    assert sorted(m.raw for m in seen) == [b"", junk]


def test_a_30_mb_message_is_handed_over_whole(tmp_path):
    h = MaildirHarness(tmp_path)
    big = bounce(1) + b"x" * (30 * 1024 * 1024)
    h.deliver(big)
    [m] = h.source.fetch(None, limit=5).messages
    assert len(m.raw) == len(big)


def test_cursor_of_another_mailbox_or_garbage_expires(tmp_path):
    h = MaildirHarness(tmp_path)
    h.deliver(bounce(1))
    cursor = h.source.fetch(None, limit=5).cursor
    (tmp_path / "other").mkdir()
    other = MaildirSource({"address": "rep@x.example", "path": "other"}, base_dir=tmp_path)
    with pytest.raises(CursorExpired):
        other.fetch(cursor, limit=5)
    with pytest.raises(CursorExpired):
        h.source.fetch("not json", limit=5)


def test_pages_over_files_whose_ctime_moved_without_a_rename(tmp_path):
    # A restore or `touch` moves every file's ctime but not the directory's: paging must not
    # take the directory for unchanged and skip the rest of it.
    h = MaildirHarness(tmp_path, settle_seconds=0)
    for n in range(12):
        h.deliver(bounce(n))
    for name in os.listdir(Path(h.box._path) / "new"):
        os.utime(Path(h.box._path) / "new" / name)
    seen, cursor = drain(h.source, None, limit=5)
    assert sorted(message_ids(tuple(seen))) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(12))
    h.deliver(bounce(12))
    assert message_ids(tuple(drain(h.source, cursor)[0])) == ["<bounce-12@mx.google.com>"]


def test_mail_arriving_while_pages_come_from_one_scan_is_not_skipped(tmp_path):
    h = MaildirHarness(tmp_path, settle_seconds=0)
    for n in range(30):
        h.deliver(bounce(n))
    first = h.source.fetch(None, limit=5)
    h.deliver(bounce(30))  # arrives while the later pages are served from the first scan
    rest, _ = drain(h.source, first.cursor, limit=5)
    ids = message_ids(first.messages) + message_ids(tuple(rest))
    assert sorted(ids) == sorted(f"<bounce-{n}@mx.google.com>" for n in range(31))
    assert len(ids) == len(set(ids))


def test_cursor_stays_small_once_messages_settle(tmp_path):
    h = MaildirHarness(tmp_path, settle_seconds=0)
    for n in range(50):
        h.deliver(bounce(n))
    seen, cursor = drain(h.source, None, limit=7)
    assert len(seen) == 50 and len(cursor) < 300
    assert drain(h.source, cursor)[0] == []


# --------------------------------------------------------------------------- sent verification


def test_sent_messages_answers_with_recipients_and_none_without_a_sent_folder(tmp_path):
    h = MaildirHarness(tmp_path, sent_folder="Sent")
    sent_box = h.box.add_folder("Sent")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"] = "rep@sender.example", "Lead <lead@example.com>", "boss@example.com"
    msg["Bcc"], msg["Message-ID"] = "hidden@example.com", "<sent-1@sender.example>"
    msg["Date"] = "Fri, 20 Nov 2026 09:00:00 +0000"
    msg.set_content("Hi there")
    sent_box.add(msg.as_bytes())
    h.deliver(bounce_quoting(1, "<sent-1@sender.example>"))
    seen, cursor = drain(h.source, None)
    assert len(seen) == 1  # the source only reads; the worker asks about the original
    found = h.source.sent_messages(["<SENT-1@sender.example>", "someone-else@elsewhere.example",
                                    "dsn-1@mx.example.net"])
    assert list(found) == ["sent-1@sender.example"]
    assert found["sent-1@sender.example"].recipients == {"lead@example.com", "boss@example.com",
                                                         "hidden@example.com"}
    assert found["sent-1@sender.example"].sent_at.hour == 9
    # Mail sent after the index was built is seen too.
    sent_box.add(sent(3))
    assert set(h.source.sent_messages(["sent-3@sender.example"])) == {"sent-3@sender.example"}
    plain = MaildirSource({"address": "rep@x.example", "path": "mail"}, base_dir=tmp_path)
    assert plain.sent_messages(["sent-1@sender.example"]) is None


def test_sent_folder_as_an_mbox_file(tmp_path):
    h = MaildirHarness(tmp_path, sent_folder="sent.mbox")
    box = mailbox.mbox(tmp_path / "sent.mbox")
    box.add(sent(7))
    box.close()
    assert h.source.sent_messages(["sent-7@sender.example"])["sent-7@sender.example"].recipients \
        == {"lead@example.com"}
    assert any(i.name == "sent_folder" and i.ok and "1 sent" in i.detail for i in h.source.check())


def test_a_sent_message_whose_to_nests_past_the_parsers_depth_is_indexed(tmp_path):
    """The stdlib's address parser recurses once per group opened in a group: a sent message whose To: reads
    "To: To: To: ..." (a mangled header; the fuzz benchmark found it in the classifier's returned headers) raised
    RecursionError while the sent folder was indexed, and with it every bounce's trust evidence of the mailbox."""
    h = MaildirHarness(tmp_path, sent_folder="sent.mbox")
    box = mailbox.mbox(tmp_path / "sent.mbox")
    box.add(b"From: seller@sender.example\nTo: " + b"To: " * 2000 + b"lead@example.com\n"
            b"Message-ID: <sent-9@sender.example>\nSubject: Quote\n\nHello\n")
    box.close()
    assert h.source.sent_messages(["sent-9@sender.example"])["sent-9@sender.example"].recipients \
        == {"lead@example.com"}


# --------------------------------------------------------------------------- memory


def _fill_maildir(root: Path, count: int) -> None:
    new = root / "new"
    for d in ("cur", "new", "tmp"):
        (root / d).mkdir(parents=True)
    body = bounce(0) + b"padding line for a realistic size\n" * 60  # ~2.5 KB
    for n in range(count):
        (new / f"{1763640000 + n}.M{n}P1.host").write_bytes(body)


def test_memory_stays_flat_as_the_maildir_grows(tmp_path):
    peaks = {}
    for count in (500, 5000):
        _fill_maildir(tmp_path / f"m{count}", count)
        source = MaildirSource({"address": "rep@x.example", "path": f"m{count}", "settle_seconds": 0},
                               base_dir=tmp_path)
        seen, peaks[count] = peak_while_draining(source, limit=250)
        assert seen == count
    # Ten times the mail, (nearly) the same peak: nothing scales with the mailbox.
    assert peaks[5000] < 1.5 * peaks[500], peaks


# --------------------------------------------------------------------------- the demo Maildir


def test_the_example_maildir_is_readable_and_verified_against_its_sent_folder():
    source = MaildirSource({"address": "rep@acme.example", "path": "mail", "sent_folder": "Sent"},
                           base_dir=EXAMPLES)
    seen, cursor = drain(source, None, limit=5)
    assert 8 <= len(seen) <= 15 and len({m.id for m in seen}) == len(seen)
    originals = {classify(m.raw).original.message_id for m in seen} - {None}
    found = source.sent_messages(sorted(originals))
    assert len(found) == len(originals), originals - set(found)
    assert all(m.received_at and m.received_at.year == 2026 and m.received_at.month == 11 for m in seen)
    assert drain(source, cursor)[0] == []
    assert all(item.ok for item in source.check())
    # Every address the demo mail is about is a demo contact.
    import csv
    with (EXAMPLES / "contacts.csv").open() as f:
        contacts = {row["email"] for row in csv.DictReader(f)}
    failed = {line.split(":", 1)[1].strip().lower() for m in seen
              for line in m.raw.decode().splitlines() if line.startswith("X-Failed-Recipients:")}
    assert failed and failed <= contacts
