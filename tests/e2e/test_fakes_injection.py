"""End to end, once per CRM (issue 9, finding 8): a diagnostic carrying control characters,
terminal escape sequences (CSI, OSC with BEL, DCS), NUL and bidi overrides reaches no CRM
field, no `alerts list` line and no human log line; markup stays plain text. The hostile
text is hand-made around Gmail's own wording (tests/e2e/mailer.py BOUNCES)."""

from __future__ import annotations

import dataclasses

import pytest

from sync.sanitize import clean
from tests.e2e import mailer
from tests.e2e.harness import E2E

pytestmark = pytest.mark.timeout(120)

HOSTILE = ("\x1b[2J\x1b[31m\x1b]0;pwned\x07\x1bP1;2qdcs\x1b\\ \x00\u202eevil\u202c\u2066x\u2069 "
           "\x9b1m\x07 <script>alert(1)</script>")
BAD = ("\x1b", "\x07", "\x00", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\r")


@pytest.fixture
def hostile(monkeypatch):
    """Gmail's hard-bounce and sender-limit notices with the hostile text inside the
    Diagnostic-Code (and the human-readable part), as raw bytes: an attacker writes bytes,
    not RFC 2047 encoded words (so a placeholder is swapped in after the message is built)."""
    for name in ("hard", "sender"):
        kind = mailer.BOUNCES[name]
        monkeypatch.setitem(mailer.BOUNCES, f"hostile_{name}", dataclasses.replace(
            kind, name=name, diagnostic=kind.diagnostic.replace(" ", f" {MARK} ", 1)))
    build = mailer.Mailer.dsn
    monkeypatch.setattr(mailer.Mailer, "dsn", lambda self, *a, **kw: build(self, *a, **kw).replace(
        MARK.encode(), HOSTILE.encode()))


MARK = "HOSTILEMARK"


def test_a_hostile_diagnostic_reaches_no_crm_field_alert_line_or_log_line(e2e: E2E, hostile):
    ana = e2e.add_contact("ana@prospects.example", {"Q4 Outbound": 2})
    e2e.mail.bounce(ana.email, "hostile_hard")
    e2e.mail.bounce("bo@prospects.example", "hostile_sender")

    human = e2e.invoke("run", log_format="human")

    assert human.returncode == 3, human.stderr  # the sender alert
    state = e2e.state(ana)
    assert state.status == "bounced" and state.diagnostic
    for field in dataclasses.astuple(state):
        assert not any(bad in str(field) for bad in BAD), field
    assert "<script>alert(1)</script>" in state.diagnostic  # markup stays as text, not stripped
    said = clean(mailer.BOUNCES["hostile_hard"].diagnostic.replace(MARK, HOSTILE))
    assert state.diagnostic.startswith(said[:60]) and "evil" in state.diagnostic
    listed = e2e.invoke("alerts", "list", log_format="human")
    assert listed.returncode == 0 and "1 open alert(s)" in listed.stdout
    for text in (human.stdout, human.stderr, listed.stdout, listed.stderr):
        assert not any(bad in text for bad in BAD), text
    as_json = e2e.invoke("alerts", "list")
    assert not any(bad in as_json.stdout for bad in BAD)
    assert "evil" in as_json.stdout and "pwned" not in as_json.stdout  # text kept; the OSC command dropped
