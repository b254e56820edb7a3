"""Bad input: mutated mail never makes the classifier raise; malformed configs, mailboxes of
non-bounces, repeated bounces, international addresses and contacts without email go
through the worker without a crash and without a duplicate effect.

The full-size fuzz run is `benchmarks/fuzz_classify.py` (100,000 messages); here the same
code runs with a small N.
"""

from __future__ import annotations

import pytest

from classifier import Classification, classify
from tests.stress.harness import fuzz_classify
from tests.stress.harness.calls import python_calls


def test_fuzz_small_never_raises(tmp_path):
    result = fuzz_classify.fuzz(400, seed=11, save=tmp_path)
    assert result.n == 400
    assert result.crashes == [], "\n".join(tb for _, _, tb in result.crashes[:3])
    assert result.bounces > 0  # mutations leave many bounces readable: the fuzz is not all noise


def test_the_fuzzer_stops_a_message_that_hangs_and_keeps_it(tmp_path, monkeypatch):
    """The harness's own watchdog (a regular-expression search checks for signals): a hang is
    stopped, counted apart from crashes and saved for replay, so one catastrophic pattern
    does not stall a 100,000-message run. A backtracking search stands in for the classifier."""
    import re

    def hangs(raw: bytes) -> Classification:
        re.search(r"(a+)+b", "a" * 64)  # exponential: never ends by itself
        raise AssertionError("not reached")

    monkeypatch.setattr(fuzz_classify, "classify", hangs)
    result = fuzz_classify.fuzz(2, seed=3, save=tmp_path, limit=0.2)
    assert [i for i, _, _ in result.hangs] == [0, 1]
    assert result.crashes == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hang-3-0.eml", "hang-3-1.eml"]


def test_every_mutation_changes_something_and_classifies():
    import random

    pool = fuzz_classify.seeds()[:20]
    for name, mutation in fuzz_classify.MUTATIONS.items():
        rng = random.Random(5)
        raw = pool[3]
        out = mutation(rng, raw, pool)
        assert out != raw or name in ("boundary_damage", "charset_mangle"), name
        assert isinstance(classify(out), Classification), name


def test_charset_name_with_a_nul_does_not_raise():
    """Found by the fuzzer: for 8-bit text `Message.get_payload()` decodes with the declared
    charset; a NUL in its name raises ValueError (not LookupError) inside the stdlib."""
    raw = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: rep@seller.example\n"
           b"Subject: Undelivered Mail Returned to Sender\n"
           b"Content-Type: text/plain; charset=\"cp1252\x00\"\n\n"
           b"caf\xe9: <gone@example.com>: host mx.example said: 550 5.1.1 user unknown\n")
    assert isinstance(classify(raw), Classification)
    dsn = (b"From: MAILER-DAEMON@mx.example\nContent-Type: multipart/report; "
           b"report-type=delivery-status; boundary=b\n\n--b\n"
           b"Content-Type: text/plain; charset=\"utf-8\x00\"\nContent-Transfer-Encoding: 8bit\n\n"
           b"D\xc3\xa9livery failed\n--b\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gone@example.com\n"
           b"Action: failed\nStatus: 5.1.1\n--b--\n")
    c = classify(dsn)
    assert c.is_bounce and c.deliveries[0].address == "gone@example.com"


def test_encoded_original_with_an_unknown_charset_does_not_raise():
    """Found by fuzzing (tests/classifier/snapshot.py): a base64-encoded message/rfc822 part
    is written back by the stdlib's generator before decoding, and the generator re-encodes
    8-bit text under the declared charset; an unknown one raised LookupError out of classify."""
    raw = (b"From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n"
           b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
           b"<gone@example.com>: host mx.example said: 550 5.1.1 user unknown\n--b\n"
           b"Content-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n"
           b"Content-Type: text/plain; charset=" + b"a" * 300 + b"\nContent-Transfer-Encoding: 8bit\n\n"
           b"caf\xc3\xa9\n--b--\n")
    c = classify(raw)
    assert c.is_bounce and c.deliveries[0].address == "gone@example.com"



@pytest.mark.parametrize("to", ["To: " * 2000 + "lead@old.example.net", "(" * 2000 + "lead@old.example.net"])
def test_a_returned_header_nested_past_the_parsers_depth_does_not_raise(to):
    """Found by the fuzz benchmark (seeds 6 and 7): the stdlib's address parser recurses once per group opened in a
    group and once per nested comment, so a returned To: pumped into "To: To: To: ..." raised RecursionError out of
    classify (formats.named reads the original's To: for a notice that names its recipient)."""
    raw = (b"From: Mail Delivery System <MAILER-DAEMON@mail.example.net>\nTo: seller@example.com\n"
           b"Subject: Mail delivery failed: returning message to sender\n\n"
           b"A message that you sent could not be delivered to one or more of its\n"
           b"recipients. This is a permanent error. The following address(es) failed:\n\n"
           b"  lead@old.example.net:\n    SMTP error from remote mailer after RCPT TO:<lead@old.example.net>:\n"
           b"    host mx.old.example.net [192.0.2.30]: 550 <lead@old.example.net>... User unknown\n\n"
           b"------ This is a copy of the message, including all the headers. ------\n\n"
           b"From: Seller <seller@example.com>\nTo: " + to.encode() + b"\nCc: " + to.encode()
           + b"\nSubject: Quote\n\nHello.\n")
    c = classify(raw)
    assert c.error is None
    assert [(d.address, d.hard_bounce) for d in c.deliveries] == [("lead@old.example.net", True)]


def test_a_megabyte_long_diagnostic_is_read_from_its_first_20000_characters():
    """A reply a megabyte long (the fuzz benchmark's huge_lines, seed 12: 0.49 s of CPU in the rules that scan it) is
    read from its first 20,000 characters, more than any real reply quoted whole; the reading is the same."""
    raw = (b"From: MAILER-DAEMON@mx.example\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n"
           b"\n--b\nContent-Type: text/plain\n\nDelivery failed\n--b\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gone@example.com\nAction: failed\n"
           b"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <gone@example.com>: user unknown "
           + b"padding " * 125_000 + b"\n--b--\n")
    [d] = classify(raw).deliveries
    assert (d.address, d.reason.value, d.hard_bounce) == ("gone@example.com", "userunknown", True)
    assert len(d.diagnostic) == 20_000 and d.diagnostic.startswith("550 5.1.1 <gone@example.com>: user unknown")

# --------------------------------------------------------------------------- malformed configs


from sync import config as config_mod  # noqa: E402
from sync.errors import ConfigError  # noqa: E402

_GOOD = ('[state]\nurl = "sqlite:///state.sqlite3"\n\n[[mailboxes]]\nname = "sales"\n'
         'source = "maildir"\naddress = "sales@example.com"\npath = "mail"\n\n'
         '[crm]\nconnector = "local"\npath = "crm.sqlite3"\n')


@pytest.mark.parametrize("data, key", [
    (_GOOD.replace("[[mailboxes]]", "[mailboxes]").encode(), "mailboxes"),  # a table, not a list
    (_GOOD.encode().replace(b"sales@", b"sales\xff@"), None),  # not UTF-8
    (_GOOD.replace('url = "sqlite', 'url = "mysql').encode(), "state.url"),  # unsupported scheme
    # A UTF-8 BOM is now accepted (tests/sync/test_config.py); a UTF-16 file (Notepad's "Unicode")
    # is still one ConfigError that names the encoding.
    (_GOOD.encode("utf-16"), "config"),
    ((_GOOD + "\n[policy]\nlease_seconds = -5\n").encode(), "policy"),
    ((_GOOD + "\n[policy]\nsoft_bounce_threshold = 1e400\n").encode(), "policy"),
    (_GOOD.replace('name = "sales"', 'name = ""').encode(), "mailboxes[0].name"),
    (b"", None),  # empty file
    (_GOOD.encode() + b"\x00", None),  # a NUL byte
])
def test_malformed_config_is_one_config_error(tmp_path, data, key):
    path = tmp_path / "bounce-sync.toml"
    path.write_bytes(data)
    with pytest.raises(ConfigError) as info:
        config_mod.load(path)
    if key is not None:
        assert info.value.key.startswith(key), (info.value.key, str(info.value))
    assert info.value.fix  # every error says how to fix it


# --------------------------------------------------------------------------- the worker on odd mail

from datetime import datetime, timezone  # noqa: E402

from connectors.local import LocalCrm  # noqa: E402
from sync.policy import Policy  # noqa: E402
from sync.store import open_store  # noqa: E402
from sync.worker import Mailbox, run_once  # noqa: E402
from tests.sync.helpers import ListSource, dsn, plain_mail  # noqa: E402


def _local(tmp_path, csv: str):
    crm = LocalCrm({"path": "crm.sqlite3"}, base_dir=tmp_path)
    crm.setup(dry_run=False)
    (tmp_path / "contacts.csv").write_text(csv, encoding="utf-8")
    crm.import_contacts_csv(tmp_path / "contacts.csv")
    return crm, open_store("sqlite:///state.sqlite3", base_dir=tmp_path)


def _run(source, crm, store):
    return run_once(mailboxes=[Mailbox(name="rep", source=source)], crm=crm, store=store,
                    policy=Policy(), clock=lambda: datetime.now(timezone.utc), worker_id="t")


def test_only_non_bounces_change_nothing_and_cost_one_fetch_next_time(tmp_path):
    crm, store = _local(tmp_path, "email,owner,sequences\nana@example.com,rep@acme.example,Outbound:2\n")
    source = ListSource([plain_mail(f"p{i}@example.com") for i in range(50)])
    before = crm.list_contacts()
    report = _run(source, crm, store)
    assert report.messages_scanned == 50 and report.contacts_marked == 0
    assert store.outbox_counts() == {"waiting": 0, "leased": 0, "done": 0, "failed": 0}
    assert crm.list_contacts() == before
    source.fetches = 0
    again = _run(source, crm, store)
    assert again.messages_scanned == 0 and source.fetches == 1


def test_one_contact_bouncing_ten_times_in_a_run_is_marked_and_unenrolled_once(tmp_path):
    crm, store = _local(tmp_path, "email,owner,sequences\nana@example.com,rep@acme.example,Outbound:2\n")
    source = ListSource([dsn("ana@example.com", msgid=f"o{i}@acme.example").replace(
        b"Message-ID: <dsn-", b"Message-ID: <dsn%d-" % i) for i in range(10)])
    report = _run(source, crm, store)
    assert (report.contacts_marked, report.unenrolled) == (1, 1)
    kinds = [row["kind"] for row in store.outbox_rows()]
    assert sorted(kinds) == ["MarkBounced", "Unenroll"]
    (ana,) = crm.list_contacts()
    assert ana["status"] == "bounced" and ana["sequences"] == []


def test_international_addresses_are_matched_not_crashed(tmp_path):
    crm, store = _local(tmp_path, "email,owner,sequences\n"
                        "josé@exämple.com,rep@acme.example,Outbound:2\n"  # RFC 6531: raw UTF-8
                        "user@xn--bcher-kva.example,rep@acme.example,Outbound:2\n"
                        "ascii@example.com,rep@acme.example,Outbound:2\n")
    source = ListSource([dsn("josé@exämple.com", msgid="o1@acme.example").replace(
                             "josé@exämple.com".encode(), "josé@exämple.com".encode("utf-8")),
                         dsn("user@xn--bcher-kva.example", msgid="o2@acme.example"),
                         dsn("ascii@example.com", msgid="o3@acme.example")])
    report = _run(source, crm, store)
    statuses = {c["email"]: c["status"] for c in crm.list_contacts()}
    assert statuses["ascii@example.com"] == "bounced"
    assert statuses["user@xn--bcher-kva.example"] == "bounced"
    assert statuses["josé@exämple.com"] == "bounced"
    assert report.contacts_marked == 3


@pytest.mark.parametrize("address, form", [("josé@example.com", "rfc822"),
                                           ("josé@exämple.com", "utf-8"),
                                           ("jose@exämple.com", "rfc822")])
def test_utf8_addresses_are_classified_whole(address, form):
    raw = dsn(address)
    if form == "utf-8":  # RFC 6533: message/global-delivery-status, utf-8 address type
        raw = raw.replace(b"rfc822; jos", b"utf-8; jos").replace(
            b"message/delivery-status", b"message/global-delivery-status")
    c = classify(raw)
    assert c.is_bounce and [d.address for d in c.deliveries] == [address]


def test_crm_contact_without_email_is_ignored_safely(tmp_path):
    import sqlite3

    crm, store = _local(tmp_path, "email,owner,sequences\nana@example.com,rep@acme.example,Outbound:2\n")
    conn = sqlite3.connect(tmp_path / "crm.sqlite3")
    conn.execute("INSERT INTO contacts (first_name, email, owner) VALUES ('No', '', 'rep@acme.example')")
    conn.execute("INSERT INTO contacts (first_name, email, owner) VALUES ('Null', NULL, 'rep@acme.example')")
    conn.commit()
    conn.close()
    source = ListSource([dsn("ana@example.com"), dsn("", msgid="o9@acme.example")])
    report = _run(source, crm, store)
    assert report.contacts_marked == 1
    marked = [c for c in crm.list_contacts() if c["status"]]
    assert [c["email"] for c in marked] == ["ana@example.com"]



def _many_named(n: int) -> bytes:
    """A notice listing n failed recipients by display name only, each in the returned original's To."""
    names = "\n".join(f"Person {i}" for i in range(n))
    to = ", ".join(f"Person {i} <u{i}@b.example>" for i in range(n))
    return ("From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: rep@seller.example\n"
            "Subject: Mail delivery failed: returning message to sender\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "Message-ID: <n1@mx.example>\n\nThis message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
            f"error. The following address(es) failed:\n\n{names}\n    550 5.1.1 User unknown\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            f"From: Rep <rep@seller.example>\nTo: {to}\nSubject: hello\nMessage-ID: <o1@seller.example>\n\nhi\n").encode()


def _many_to(n: int) -> bytes:
    """Exim naming its recipient unqualified ("  kijitora:"), the returned original's To holding n addresses."""
    to = ", ".join(["<a@b.example>"] * n + ["<kijitora@neko.example>"])
    return ("From: Mail Delivery System <Mailer-Daemon@mx.example>\nTo: rep@seller.example\n"
            "Subject: Mail delivery failed: returning message to sender\nDate: Thu, 3 Dec 2026 10:00:00 +0000\n"
            "Message-ID: <n2@mx.example>\n\nThis message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to all of its recipients. The\nfollowing address(es) "
            "failed:\n\n  kijitora:\n    SMTP error from remote mailer after RCPT TO:\n    host mx.neko.example "
            "[192.0.2.82]:\n    553 5.1.1 unknown or illegal user\n\n"
            "----- This is a copy of the message, including all the headers. ------\n\n"
            f"From: Rep <rep@seller.example>\nTo: {to}\nSubject: hello\nMessage-ID: <o2@seller.example>\n\nhi\n"
            ).encode()


def test_the_work_of_a_notice_grows_with_its_recipients_not_their_square():
    """Found by fuzzing with the 20,000-message run (2026-12-06: an 11 KB splice holding a To of 2,000 "<a@b>"
    took 1.3 s): every recipient of the returned original was compared with every other (named._shared_local),
    every line of a list with every recipient (named.listed), and every recipient's lines with every other's
    (formats.not_others): a forged notice listing 1,000 names took 7.5 s for 40 KB, one of 2,000 To addresses
    1.8 s. A count of calls, not a time: doubling the recipients may about double the work (2.1x now; 6.2x and
    3.5x before)."""
    for make in (_many_named, _many_to):
        small, large = python_calls(make(100)), python_calls(make(200))
        assert large < 2.5 * small, (make.__name__, small, large)


def test_many_recipients_read_as_few_do():
    """The same readings at any size: each listed name its own address, the reply under the last its own (Exim
    writes a recipient's reason under it); the unqualified one the To that has it."""
    for n in (3, 200):
        deliveries = classify(_many_named(n)).deliveries
        assert [d.address for d in deliveries] == [f"u{i}@b.example" for i in range(n)]
        assert [d.reason.value for d in deliveries] == ["onhold"] * (n - 1) + ["userunknown"]
    assert [(d.address, d.reason.value) for d in classify(_many_to(500)).deliveries] == \
        [(d.address, d.reason.value) for d in classify(_many_to(1)).deliveries] == [("kijitora@neko.example", "userunknown")]


def test_the_growth_benchmark_runs():
    """benchmarks/growth.py (how the work grows with a message's parts), at its smallest: it runs and prints its
    ratios (the figures are the benchmark's business, not this test's)."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "benchmarks" / "growth.py"
    out = subprocess.run([sys.executable, str(script), "--seeds", "2", "--k", "2", "--top", "3"],
                         capture_output=True, text=True, timeout=600, check=True).stdout
    assert out.startswith("growth: 2 seeds x 7 ways, k=2 and 4")
    assert out.count(" calls x") == 6
