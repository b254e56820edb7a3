"""The mbox source: the mail contract, and what only an mbox can do to a reader (appends,
truncation, a rewrite in place, body lines starting with From, a last message still being
written), a file that is not an mbox, and flat memory."""

from __future__ import annotations

import pytest

from connectors.maildir import MboxSource
from sync.errors import CursorExpired, Permanent
from tests.connectors.maildir.harness import MboxHarness, peak_while_draining
from tests.contracts.mail import MailContract, bounce, drain, message_ids


class TestMboxContract(MailContract):
    @pytest.fixture
    def harness(self, tmp_path):
        return MboxHarness(tmp_path)


# --------------------------------------------------------------------------- mbox specifics


def test_mbox_appends_are_picked_up_and_truncation_expires_the_cursor(tmp_path):
    h = MboxHarness(tmp_path)
    for n in range(3):
        h.deliver(bounce(n))
    _, cursor = drain(h.source, None)
    h.deliver(bounce(3))
    new, cursor = drain(h.source, cursor)
    assert message_ids(tuple(new)) == ["<bounce-3@mx.google.com>"]
    assert drain(h.source, cursor)[0] == []

    data = h.path.read_bytes()
    h.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CursorExpired, match="shorter"):
        h.source.fetch(cursor, limit=5)


def test_mbox_rewritten_in_place_expires_the_cursor(tmp_path):
    h = MboxHarness(tmp_path)
    for n in range(3):
        h.deliver(bounce(n))
    _, cursor = drain(h.source, None)
    data = h.path.read_bytes()
    h.path.write_bytes(data.replace(b"lead1@", b"leadX@"))  # same size, different bytes
    with pytest.raises(CursorExpired, match="rewritten"):
        h.source.fetch(cursor, limit=5)


def test_mbox_body_from_lines_do_not_split_messages(tmp_path):
    path = tmp_path / "bounces.mbox"
    data = (b"From MAILER-DAEMON Fri Nov 20 12:00:00 2026\n"
            b"Message-ID: <a@x>\n\nline one\nFrom here on, a body line\n\n"
            b"From MAILER-DAEMON Fri Nov 20 12:01:00 2026\n"
            b"Message-ID: <b@x>\n\nsecond\n")
    path.write_bytes(data)
    source = MboxSource({"address": "rep@x.example", "path": "bounces.mbox"}, base_dir=tmp_path)
    batch = source.fetch(None, limit=10)
    assert [m.raw for m in batch.messages] == [
        b"Message-ID: <a@x>\n\nline one\nFrom here on, a body line\n", b"Message-ID: <b@x>\n\nsecond\n"]
    assert [m.id for m in batch.messages] == [
        "bounces.mbox@0", f"bounces.mbox@{data.index(b'From MAILER-DAEMON Fri Nov 20 12:01')}"]


@pytest.mark.real_clock  # "still being written" compares the file's mtime with the clock
def test_mbox_holds_back_a_last_message_still_being_written(tmp_path):
    path = tmp_path / "bounces.mbox"
    first = b"From MAILER-DAEMON Fri Nov 20 12:00:00 2026\nMessage-ID: <a@x>\n\none\n\n"
    path.write_bytes(first + b"From MAILER-DAEMON Fri Nov 20 12:01:00 2026\nMessage-ID: <b@x>\n\npart")
    source = MboxSource({"address": "rep@x.example", "path": "bounces.mbox"}, base_dir=tmp_path)
    batch = source.fetch(None, limit=10)
    assert message_ids(batch.messages) == ["<a@x>"]
    with path.open("ab") as f:
        f.write(b"ial body\n")
    batch = source.fetch(batch.cursor, limit=10)
    assert [m.raw for m in batch.messages] == [b"Message-ID: <b@x>\n\npartial body\n"]


def test_not_an_mbox_is_a_clear_error(tmp_path):
    (tmp_path / "x.mbox").write_bytes(b"Hello, this is a letter\n")
    source = MboxSource({"address": "rep@x.example", "path": "x.mbox"}, base_dir=tmp_path)
    with pytest.raises(Permanent, match="not an mbox"):
        source.fetch(None, limit=5)
    assert not source.check()[0].ok


# --------------------------------------------------------------------------- memory


def test_memory_stays_flat_as_the_mbox_grows(tmp_path):
    peaks = {}
    body = bounce(0) + b"padding line for a realistic size\n" * 60
    for count in (500, 5000):
        path = tmp_path / f"{count}.mbox"
        with path.open("wb") as f:
            for n in range(count):
                f.write(b"From MAILER-DAEMON Fri Nov 20 12:00:00 2026\n" + body + b"\n")
        source = MboxSource({"address": "rep@x.example", "path": path.name}, base_dir=tmp_path)
        seen, peaks[count] = peak_while_draining(source, limit=250)
        assert seen == count
    assert peaks[5000] < 1.5 * peaks[500], peaks
