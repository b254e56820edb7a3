"""Hand-made messages for what the corpus lacks. All HAND-MADE from documented wording
(shared/api/gmail.md §9, taxonomy §7), with anonymised example.* addresses:
Gmail's notices about the sender (sending limit, blocked as suspicious), localised bounces,
a DMARC reject, a delay notice, an out-of-office reply and a person's reply quoting a bounce."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import Reason, Scope, classify

FIXTURES = Path(__file__).parent / "fixtures"

# file: (is_bounce, address, reason, scope, hard, permanent, status)
CASES = {
    "gmail-sending-limit.eml": (True, "prospect@example.org", "speeding", "sender", False, True, "5.4.5"),
    "gmail-blocked-suspicious.eml": (True, "lead@example.net", "spamdetected", "sender", False, True, None),
    "dmarc-reject.eml": (True, "buyer@example.org", "authfailure", "sender", False, True, "5.7.26"),
    "german-userunknown.eml": (True, "max.muster@example.de", "userunknown", "recipient", True, True, None),
    "french-mailboxfull.eml": (True, "jeanne.dupont@example.fr", "mailboxfull", "recipient", False, False, "4.2.2"),
    "spanish-userunknown.eml": (True, "lucia@example.es", "userunknown", "recipient", True, True, "5.1.1"),
    "japanese-userunknown.eml": (True, "taro@example.jp", "userunknown", "recipient", True, True, "5.1.1"),
    # A delay is reported as a bounce with a reason but permanent=False: the worker treats it as soft.
    "delay-notice.eml": (True, "slow@example.net", "expired", "recipient", False, False, "4.4.1"),
    "out-of-office-de.eml": (False, "max.muster@example.de", "vacation", "recipient", False, False, None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture(name):
    is_bounce, address, reason, scope, hard, permanent, status = CASES[name]
    result = classify((FIXTURES / name).read_bytes())
    assert result.is_bounce is is_bounce
    d = result.deliveries[0]
    assert (d.address, d.reason, d.scope, d.hard_bounce, d.permanent, d.status) == (
        address, Reason(reason), Scope(scope), hard, permanent, status)


def test_sending_limit_keeps_the_original_message_id():
    result = classify((FIXTURES / "gmail-sending-limit.eml").read_bytes())
    assert result.original.message_id == "CAsent0001@mail.gmail.com"
    assert result.original.subject == "Quick question"


def test_reply_quoting_a_bounce_is_not_a_bounce():
    result = classify((FIXTURES / "reply-quoting-bounce.eml").read_bytes())
    assert not result.is_bounce
    assert result.deliveries == ()


@pytest.mark.parametrize("raw", [b"", b"\x00\xff\xfe", b"hello world", b"Subject: x\n\nbody",
                                 b"Content-Type: multipart/report; boundary=x\n\n--x\n"])
def test_junk_is_a_result_not_an_exception(raw):
    result = classify(raw)
    assert not result.is_bounce


def test_big_attachment_costs_little():
    head = (FIXTURES / "dmarc-reject.eml").read_bytes().replace(b"--b2--\n", b"")
    raw = head + b"--b2\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + \
        b"QUFB" * (30_000_000 // 4) + b"\n--b2--\n"
    result = classify(raw)
    assert result.is_bounce and result.deliveries[0].reason is Reason.AUTHFAILURE
