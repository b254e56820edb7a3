"""parse.Mail.names and Mail.header's answer for an absent field (speed only): `name in mail.names` is
`mail.msg.get(name) is not None` for a lowercase name, and `mail.header(name)` is `decode_header(mail.msg.get(name))`
for every name, as before `names` was asked first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from classifier.parse import Mail, decode_header

ROOT = Path(__file__).parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "emails"

# Messages whose fields differ in case, repeat, fold or hold 8-bit text; and names asked in other cases.
HAND_MADE = [
    b"From: MAILER-DAEMON@example.org\nX-Failed-Recipients: lead@partner.example\nX-AOL-IP: 192.0.2.1\n"
    b"x-gm-message-state: AO\nList-Id: <l.example>\nSubject: Undeliverable: hi\n\nbody\n",
    b"Subject: =?utf-8?q?caf=C3=A9?=\nX-Autoreply: \nX-Autorespond:\n  yes\nReceived: a\nReceived: b\n\nbody\n",
    "Subject: caf\u00e9\nX-Mailer: Internet Mail Service (5.5)\n\nbody\n".encode(),
    b"\n\nno headers at all\n",
]
NAMES = ["from", "subject", "x-failed-recipients", "x-aol-ip", "x-gm-message-state", "list-id", "list-unsubscribe",
         "x-autoreply", "x-autorespond", "x-mailer", "x-mimeole", "received", "X-Failed-Recipients", "Subject",
         "x-ms-embedded-report", "x-ymailisg", "x-ses-outgoing", "x-message-delivery", "x-message-info",
         "x-mailman-version", "\u017fubject", "x-\u00e9", "123"]


def _raws() -> list[bytes]:
    return HAND_MADE + [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]


def test_names_and_header_answer_as_the_plain_lookup() -> None:
    for raw in _raws():
        mail = Mail(raw)
        present = {k.lower() for k in mail.msg.keys()}
        for name in NAMES + sorted(present):
            if name.lower() == name:
                assert (name in mail.names) == (mail.msg.get(name) is not None), name
            plain = decode_header(mail.msg.get(name))
            assert mail.header(name) == plain, name
            assert mail.header(name) == plain, name  # (asked again: the remembered answer)


def _literal_names() -> list[str]:
    """Every field name the classifier asks `names` about in a quoted literal (`"x-name" in mail.names`)."""
    found = []
    for path in sorted((ROOT / "classifier").rglob("*.py")):
        found += re.findall(r'"([^"]+)" in (?:mail\.)?names\b', path.read_text(encoding="utf-8"))
    return found


def test_the_names_asked_are_lowercase_ascii() -> None:
    from classifier.reporters import office365

    asked = _literal_names() + list(office365._OWN_HEADERS) + list(office365._INBOUND_HEADERS)
    assert len(asked) >= 12
    for name in asked:
        assert name.isascii() and name == name.lower(), name


@pytest.mark.parametrize("raw", HAND_MADE)
def test_an_absent_field_is_empty(raw: bytes) -> None:
    mail = Mail(raw)
    assert "x-never-written" not in mail.names
    assert mail.header("x-never-written") == ""
