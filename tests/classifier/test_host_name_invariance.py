"""Issue 13, metamorphic: a server's NAME is no wording. Every host name under a reserved test
domain (RFC 2606/6761: `.test`, `example.*`) in a notice gets a word that the wording tables read
as a cause, as a label of its own ("mx.partner.test" -> "mx-trojan.partner.test"), everywhere it
occurs; the reading (bounce or not, each delivery's address, reason, hard/soft and whose fault,
the original's Message-ID) must not change. Real mail names hosts freely (a prospect's company
may be trojan-battery.example); an independent review found the bare phrase "trojan" reading a
connection timeout to such a host as a virus. Addresses and Message-IDs (after an "@") and
providers' own hosts are left alone: a provider is recognised by its host, on purpose."""

from __future__ import annotations

import pytest

from tests.classifier.invariance import EVERY_BOUNCE, message, reading, renamed

WORDS = ("trojan", "virus", "spam", "unknown", "full", "quota", "blocked", "denied", "relay", "expired",
         "refused", "invalid")
# (word, key): why the reading changes (a strict expectation: it must still change).
KNOWN: dict[tuple[str, str], str] = {}


def test_the_transform_renames_hosts_and_nothing_else():
    raw = (b"Received: from mx.partner.test (mx.partner.test [192.0.2.1]) by mx.bounce-lab.test\n"
           b"To: lead@partner.test\nMessage-ID: <1.2@mx.bounce-lab.test>\n\nconnect to MX1.example.com: x; "
           b"partner.test; gmail-smtp-in.l.google.com\n")
    assert renamed(raw, "spam") == raw.replace(b"mx.partner", b"mx-spam.partner").replace(
        b"by mx.bounce", b"by mx-spam.bounce").replace(b"MX1.example", b"MX1-spam.example")
    assert sum(1 for key in EVERY_BOUNCE if renamed(message(key), "spam") != message(key)) >= 300


@pytest.mark.parametrize("word", WORDS)
def test_a_host_name_is_no_wording(word: str):
    changed, fixed = [], []
    for key in EVERY_BOUNCE:
        raw = message(key)
        other = renamed(raw, word)
        if other == raw:
            continue
        same = reading(other) == reading(raw)
        why = KNOWN.get((word, key))
        if why is None and not same:
            changed.append(f"{key}: {reading(raw)} -> {reading(other)}")
        elif why is not None and same:
            fixed.append(f"{key}: reads the same now; drop it from KNOWN ({why})")
    assert not changed and not fixed, "\n".join(changed + fixed)
