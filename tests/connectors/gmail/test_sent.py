"""Gmail sent-mail lookups (connectors/gmail/sent.py, sync.ports.LooksUpSent): only a SENT
copy is evidence, with its recipients; lookups batched and cached per run; the verify modes."""

from __future__ import annotations

import pytest

from tests.connectors.gmail.harness import ADDRESS, api_calls, make_source, sent
from tests.contracts.mail import bounce, drain


pytestmark = pytest.mark.timeout(60)


# ----------------------------------------------------------------------------- verification


def test_a_thread_is_no_evidence_only_a_sent_copy_with_its_recipients(fake, source):
    """Gmail's threading is a pointer (anyone can quote a thread's ids): only a message with
    the SENT label counts, and its To/Cc/Bcc say whom it went to."""
    fake.add_sent(ADDRESS, sent(1))
    inbox_id = fake.add_message(ADDRESS, sent(2))  # the same headers, but not SENT: no evidence
    fake.add_message(ADDRESS, bounce(1), thread_id=inbox_id)
    drain(source, None)
    mark = len(fake.log)
    found = source.sent_messages(["<sent-1@sender.example>", "sent-2@sender.example",
                                  "dsn-9@mx.example.net"])
    assert {k: v.recipients for k, v in found.items()} == {"sent-1@sender.example": {"lead1@example.com"}}
    calls = api_calls(fake, mark)
    assert calls.get("messages.list") == 1  # one OR-ed search for all three ids
    lookups = [r for r in fake.requests(path="/messages$") if "rfc822msgid" in (r.arg("q") or "")]
    assert all("in:sent" in r.arg("q") for r in lookups)


def test_sent_lookups_are_batched_and_cached_per_run(fake, source):
    for n in range(1, 46):
        fake.add_sent(ADDRESS, sent(n))
    ids = [f"sent-{n}@sender.example" for n in range(1, 46)] + ["forged@nowhere.example"]
    mark = len(fake.log)
    found = source.sent_messages(ids)
    assert len(found) == 45
    first = api_calls(fake, mark)
    assert first.get("messages.list") == 3  # ceil(46 / 20) searches, not one per id
    mark = len(fake.log)
    assert source.sent_messages(ids[:10] + ["forged@nowhere.example"]).keys() == set(ids[:10])
    assert api_calls(fake, mark) == {}  # asked before in this run: no call at all


@pytest.mark.parametrize("mode,expected", [("thread", {"sent-7@sender.example"}), ("off", None)])
def test_verify_modes(fake, tmp_path, mode, expected):
    fake.add_sent(ADDRESS, sent(7))
    src = make_source(fake, tmp_path, verify=mode)
    found = src.sent_messages(["sent-7@sender.example"])
    assert (None if found is None else set(found)) == expected
    if expected is None:
        assert not any("rfc822msgid" in (r.arg("q") or "") for r in fake.log)
