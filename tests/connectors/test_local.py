"""The local SQLite CRM: the CRM contract over a temp file, plus migrations, CSV import and
the helpers the `bounce-sync contacts` command calls. The harness seeds and reads the SQLite
file with its own connection, never through the connector."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from connectors.base import CrmConnector
from connectors.crm_words import removed_summary
from connectors.local import SCHEMA_VERSION, CsvImportError, LocalCrm
from connectors.local.rows import enrollment_from_json
from sync.errors import ConfigError, Permanent
from sync.records import ContactRef, Outcome, Reenroll, Unenroll
from tests.contracts.crm import NOW, CrmContract, Fields, mark

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class SqliteHarness:
    """Seeds and inspects the SQLite file directly, as another SQLite tool would."""

    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "crm.sqlite3"
        self.connector = LocalCrm({"path": "crm.sqlite3"}, base_dir=tmp_path)

    def _db(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        return conn

    def add_contact(self, email, *, secondary=(), sequences=(), step=2, object_type="contact"):
        with self._db() as conn:
            conn.execute("BEGIN")
            cid = conn.execute(
                "INSERT INTO contacts (first_name, email, secondary_emails, owner) VALUES (?, ?, ?, ?)",
                ("Test", email, json.dumps(list(secondary)), "owner@acme.example")).lastrowid
            for name in sequences:
                conn.execute("INSERT OR IGNORE INTO sequences (name, steps) VALUES (?, 5)", (name,))
                sid = conn.execute("SELECT id FROM sequences WHERE name = ?", (name,)).fetchone()[0]
                conn.execute("INSERT INTO enrollments (contact_id, sequence_id, step, sender, user_id, "
                             "enrolled_at) VALUES (?, ?, ?, 'rep@acme.example', 'u7', '2026-11-01T00:00:00.000000Z')",
                             (cid, sid, step))
            conn.execute("COMMIT")
        return ContactRef(id=str(cid))

    def fields(self, ref: ContactRef) -> Fields:
        with self._db() as conn:
            r = conn.execute("SELECT * FROM contacts WHERE id = ?", (int(ref.id),)).fetchone()
        at = r["bounced_at"]
        return Fields(status=r["bounce_status"], reason=r["bounce_reason"],
                      bounced_address=r["bounced_address"],
                      hard=None if r["bounce_hard"] is None else bool(r["bounce_hard"]),
                      diagnostic=r["bounce_diagnostic"],
                      bounced_at=datetime.fromisoformat(at.replace("Z", "+00:00")) if at else None,
                      soft_count=r["soft_count"], note=r["bounce_note"],
                      removed_from=removed_summary(enrollment_from_json(e) for e in
                                                   json.loads(r["saved_enrollments"])) or None)

    def active_sequences(self, ref: ContactRef) -> dict[str, int]:
        with self._db() as conn:
            return {str(r[0]): r[1] for r in conn.execute(
                "SELECT sequence_id, step FROM enrollments WHERE contact_id = ? AND state = 'active'",
                (int(ref.id),))}

    def sequence_id(self, name: str) -> str:
        with self._db() as conn:
            return str(conn.execute("SELECT id FROM sequences WHERE name = ?", (name,)).fetchone()[0])

    def edit_email(self, ref: ContactRef, new_email: str) -> None:
        # A plain UPDATE, as a person with a SQLite tool would: the trigger moves modified_at.
        with self._db() as conn:
            conn.execute("UPDATE contacts SET email = ? WHERE id = ?", (new_email, int(ref.id)))

    def settle(self) -> None:
        pass  # SQLite is consistent


@pytest.fixture
def harness(tmp_path):
    h = SqliteHarness(tmp_path)
    yield h
    h.connector.close()


class TestLocalCrmContract(CrmContract):
    pass  # the local CRM declares EnrollsAtStep: the contract expects the saved step


@pytest.fixture
def crm(harness) -> LocalCrm:
    harness.connector.setup(dry_run=False)
    return harness.connector


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --------------------------------------------------------------------------- settings, schema


def test_is_a_crm_connector(crm):
    assert isinstance(crm, CrmConnector)


@pytest.mark.parametrize("settings, key", [
    ({}, "path"),
    ({"path": ""}, "path"),
    ({"path": "x.sqlite3", "import_csv": 3}, "import_csv"),
    ({"path": "x.sqlite3", "pth": "y"}, "pth"),
])
def test_bad_settings_name_the_key(tmp_path, settings, key):
    with pytest.raises(ConfigError) as err:
        LocalCrm(settings, base_dir=tmp_path)
    assert err.value.key == key


def test_dry_run_creates_no_file_and_check_says_run_setup(harness):
    items = harness.connector.setup(dry_run=True)
    assert any("would create" in i.detail for i in items)
    assert not harness.path.exists()
    [item] = harness.connector.check()
    assert not item.ok and "setup" in item.detail
    with pytest.raises(Permanent, match="setup"):
        harness.connector.find_contacts(["a@example.com"])


def test_migrates_an_empty_file_and_uses_wal(harness):
    harness.path.touch()  # an empty file is a SQLite database at version 0
    items = harness.connector.setup(dry_run=False)
    assert any("from version 0" in i.detail for i in items)
    with harness._db() as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"contacts", "contact_emails", "sequences", "enrollments", "events"} <= tables
    assert all(i.ok for i in harness.connector.check())


def test_a_newer_schema_is_refused_not_touched(harness):
    with harness._db() as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    [item] = harness.connector.setup(dry_run=False)
    assert not item.ok and "newer" in item.detail
    assert not any(i.ok for i in harness.connector.check() if i.name == "schema")


def test_not_a_database_is_a_clear_error(harness):
    harness.path.write_bytes(b"this is not sqlite" * 100)
    [item] = harness.connector.check()
    assert not item.ok and "not a SQLite database" in item.detail


# --------------------------------------------------------------------------- contract details


def test_modified_at_has_microseconds_and_moves_on_every_write(harness, crm):
    ref = harness.add_contact("t@example.com")
    stamps = []
    for action in (mark(ref, "t@example.com", key="a"), mark(ref, "t@example.com", key="b")):
        crm.apply([action])
        stamps.append(crm.find_contacts(["t@example.com"])[0].modified_at)
    harness.edit_email(ref, "t2@example.com")  # outside bounce-sync: the trigger moves it
    stamps.append(crm.find_contacts(["t2@example.com"])[0].modified_at)
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert all(s.tzinfo is not None for s in stamps)
    with harness._db() as conn:
        text = conn.execute("SELECT modified_at FROM contacts WHERE id = ?", (int(ref.id),)).fetchone()[0]
    assert len(text) == len("2026-11-20T12:00:00.123456Z")


def test_find_contacts_follows_an_edited_secondary_address(harness, crm):
    ref = harness.add_contact("p@example.com", secondary=["s1@example.com"])
    with harness._db() as conn:
        conn.execute("UPDATE contacts SET secondary_emails = ? WHERE id = ?",
                     (json.dumps(["S2@Example.com"]), int(ref.id)))
    assert crm.find_contacts(["s1@example.com"]) == []
    assert [c.ref for c in crm.find_contacts(["s2@example.com"])] == [ref]


def test_find_contacts_chunks_beyond_500(harness, crm):
    refs = [harness.add_contact(f"n{i}@example.com") for i in range(1200)]
    found = crm.find_contacts([f"N{i}@example.com" for i in range(1200)])
    assert sorted(int(c.ref.id) for c in found) == sorted(int(r.id) for r in refs)


def test_apply_is_one_transaction_per_call_and_logs_events(harness, crm):
    ref = harness.add_contact("ev@example.com", sequences=["Q4"])
    results = crm.apply([mark(ref, "ev@example.com", key="m"), Unenroll(key="u", contact=ref)])
    assert [r.outcome for r in results] == [Outcome.DONE, Outcome.DONE]
    kinds = [(e["kind"], e["key"]) for e in crm.history(ref.id)]
    assert kinds == [("mark_bounced", "m"), ("unenroll", "u")]


def test_repeated_unenroll_hands_back_what_the_first_removed(harness, crm):
    # A crash between our write and the outbox's "done" must not lose the sequences to restore.
    ref = harness.add_contact("again@example.com", sequences=["Q4"], step=4)
    [first] = crm.apply([Unenroll(key="u1", contact=ref)])
    [second] = crm.apply([Unenroll(key="u1", contact=ref)])
    assert [(e.sequence_id, e.step, e.sender) for e in second.removed] == \
        [(e.sequence_id, e.step, e.sender) for e in first.removed] == \
        [(harness.sequence_id("Q4"), 4, "rep@acme.example")]
    [other] = crm.apply([Unenroll(key="u2", contact=ref)])
    assert other.outcome is Outcome.SKIPPED and other.removed == ()


def test_reenroll_into_a_deleted_sequence_fails_with_its_name(harness, crm):
    ref = harness.add_contact("gone@example.com", sequences=["Old", "Kept"])
    [result] = crm.apply([Unenroll(key="u", contact=ref)])
    with harness._db() as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM sequences WHERE name = 'Old'")
    [re] = crm.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
    assert re.outcome is Outcome.FAILED and "Old" in re.error
    step = result.removed[0].step  # the saved step (the local CRM enrolls at a step)
    assert harness.active_sequences(ref) == {harness.sequence_id("Kept"): step}


def test_reenroll_keeps_the_original_sender(harness, crm):
    ref = harness.add_contact("snd@example.com", sequences=["Q4"])
    [result] = crm.apply([Unenroll(key="u", contact=ref)])
    crm.apply([Reenroll(key="r", contact=ref, enrollments=result.removed)])
    [c] = crm.find_contacts(["snd@example.com"])
    assert [(e.step, e.sender, e.user_id) for e in c.enrollments] == [
        (result.removed[0].step, "rep@acme.example", "u7")]


def test_a_non_numeric_id_fails_alone(harness, crm):
    ref = harness.add_contact("ok@example.com")
    results = crm.apply([mark(ContactRef(id="abc"), "x@example.com", key="bad"),
                         mark(ref, "ok@example.com", key="good")])
    assert [r.outcome for r in results] == [Outcome.FAILED, Outcome.DONE]


def test_bounced_changes_pages_without_skipping_equal_timestamps(harness, crm):
    refs = [harness.add_contact(f"b{i}@example.com") for i in range(1100)]
    crm.apply([mark(r, f"b{i}@example.com", key=f"k{i}") for i, r in enumerate(refs)])
    with harness._db() as conn:  # the worst case: everyone shares one timestamp
        conn.execute("UPDATE contacts SET modified_at = '2026-11-20T12:00:00.000000Z'")
    until = datetime.now(timezone.utc) + timedelta(days=3650)
    cursor, more, seen, pages = None, True, [], 0
    while more:
        batch = crm.bounced_changes(cursor, until=until)
        seen += [c.ref.id for c in batch.contacts]
        cursor, more, pages = batch.cursor, batch.more, pages + 1
    assert sorted(seen, key=int) == [r.id for r in refs] and pages == 3
    idle = crm.bounced_changes(cursor, until=until)
    assert idle.contacts == () and idle.cursor == cursor and not idle.more


def test_bounced_changes_stops_at_until(harness, crm):
    ref = harness.add_contact("u@example.com")
    crm.apply([mark(ref, "u@example.com")])
    assert crm.bounced_changes(None, until=NOW - timedelta(days=1)).contacts == ()
    batch = crm.bounced_changes(None, until=datetime.now(timezone.utc) + timedelta(seconds=1))
    assert [c.ref for c in batch.contacts] == [ref]


# --------------------------------------------------------------------------- CSV import


def test_csv_import_creates_contacts_sequences_and_enrollments(tmp_path, crm):
    path = write_csv(tmp_path / "c.csv",
                     "email,first_name,last_name,company,owner,secondary_emails,sequences",
                     "Ana@Example.com,Ana,Lima,Ex Ltd,rep@acme.example,ana.l@example.org;a2@example.org,Q4 Outbound:2;Webinar follow-up:1",
                     "bo@example.net,Bo,,,rep@acme.example,,",
                     ",,,,,,")  # blank rows are skipped
    assert crm.import_contacts_csv(path) == 2
    assert crm.import_contacts_csv(path) == 0  # idempotent
    [ana] = crm.find_contacts(["a2@example.org"])
    assert ana.email == "ana@example.com"
    assert {(e.sequence_name, e.step, e.sender) for e in ana.enrollments} == {
        ("Q4 Outbound", 2, "rep@acme.example"), ("Webinar follow-up", 1, "rep@acme.example")}
    listed = {c["email"]: c for c in crm.list_contacts()}
    assert listed["ana@example.com"]["name"] == "Ana Lima"
    assert listed["bo@example.net"]["sequences"] == []


@pytest.mark.parametrize("lines, message", [
    (["email,name", "a@example.com,A"], "unknown column 'name'"),
    (["first_name", "A"], "no 'email' column"),
    (["email", "a@example.com", "not-an-address"], "line 3"),
    (["email,sequences", "a@example.com,Q4:zero"], "line 2"),
    (["email", "a@example.com", "A@example.com"], "already on line 2"),
])
def test_a_bad_csv_names_the_line_and_writes_nothing(tmp_path, crm, lines, message):
    path = write_csv(tmp_path / "bad.csv", *lines)
    with pytest.raises(CsvImportError, match=message):
        crm.import_contacts_csv(path)
    assert crm.list_contacts() == []


def test_setup_imports_the_csv_once(tmp_path):
    write_csv(tmp_path / "c.csv", "email,sequences", "x@example.com,Q4:1")
    crm = LocalCrm({"path": "db.sqlite3", "import_csv": "c.csv"}, base_dir=tmp_path)
    items = crm.setup(dry_run=False)
    assert any("imported 1" in i.detail for i in items)
    write_csv(tmp_path / "c.csv", "email,sequences", "x@example.com,Q4:1", "y@example.com,")
    items = crm.setup(dry_run=False)
    assert any("skipped" in i.detail for i in items)
    assert [c["email"] for c in crm.list_contacts()] == ["x@example.com"]
    crm.close()


def test_the_example_contacts_import(tmp_path):
    crm = LocalCrm({"path": "db.sqlite3", "import_csv": str(EXAMPLES / "contacts.csv")},
                   base_dir=tmp_path)
    assert all(i.ok for i in crm.setup(dry_run=False))
    contacts = crm.list_contacts()
    assert len(contacts) >= 10
    names = {s["name"] for c in contacts for s in c["sequences"]}
    assert names == {"Q4 Outbound", "Webinar follow-up"}
    crm.close()


# --------------------------------------------------------------------------- CLI helpers


def test_helpers_edit_resend_enroll_and_list(harness, crm):
    ref = harness.add_contact("h@example.com", sequences=["Q4"])
    crm.apply([mark(ref, "h@example.com"), Unenroll(key="u", contact=ref)])
    [row] = crm.list_contacts(status="bounced")
    assert (row["email"], row["status"], row["reason"], row["sequences"]) == (
        "h@example.com", "bounced", "Mailbox does not exist", [])
    before = crm.find_contacts(["h@example.com"])[0].modified_at

    crm.edit_email("H@example.com", "new.h@example.com")
    after = crm.find_contacts(["new.h@example.com"])[0]
    assert after.modified_at > before and after.bounced_address == "h@example.com"

    crm.request_resend(ref.id)
    assert harness.fields(ref).status == "resend"
    assert crm.enroll("new.h@example.com", "Webinar follow-up", step=2) is True
    assert crm.enroll(ref.id, "Webinar follow-up") is False  # already active
    assert harness.active_sequences(ref) == {harness.sequence_id("Webinar follow-up"): 2}
    assert crm.list_contacts(status="none") == []
    assert [e["kind"] for e in crm.history(ref.id)][-3:] == ["edit_email", "request_resend", "enroll"]
    with pytest.raises(ValueError, match="no contact"):
        crm.edit_email("nobody@example.com", "x@example.com")
    with pytest.raises(ValueError, match="unknown status"):
        crm.list_contacts(status="weird")
