"""classifier/indexed.py answers every header question as the stdlib's compat32 Message does."""

from __future__ import annotations

import random
from email.message import Message

from classifier.indexed import IndexedMessage, _plain_params, new_message

VALUES = [
    'multipart/report; report-type=delivery-status; boundary="----=_Part_1;x"',
    "multipart/mixed;\n boundary=abc",
    'text/plain; charset="us-ascii"; format=flowed',
    "TEXT/HTML",
    "multipart/alternative; boundary=\"a\\\"b\"",  # a backslash: the stdlib's own parse
    "text/plain; name*=utf-8''caf%C3%A9",  # RFC 2231: the stdlib's own parse
    "text/plain;",
    "",
    "multipart/mixed; BOUNDARY=\"<x>\"; =; a=\"\"; b",
    "nonsense",
    "a/b/c",
    'message/rfc822; x="unbalanced; y=z',
]


def both(value: object) -> tuple[Message, IndexedMessage]:
    ref, ours = Message(), new_message()
    for m in (ref, ours):
        m["Subject"] = "x"
        if value is not None:
            m["Content-Type"] = value
    return ref, ours


def check(value: object) -> None:
    ref, ours = both(value)
    assert ours.get_content_type() == ref.get_content_type(), value
    for param in ("boundary", "report-type", "charset", "x", "", "b"):
        assert ours.get_param(param) == ref.get_param(param), (value, param)
        assert ours.get_param(param, unquote=False) == ref.get_param(param, unquote=False), (value, param)
    assert ours.get_boundary() == ref.get_boundary(), value
    assert ours.get_params() == ref.get_params(), value


def test_known_shapes():
    for value in [*VALUES, None]:
        check(value)


def test_random_parameter_lists():
    rng = random.Random(11)
    alphabet = list('ab;="\\ \t*<>/xX') + ["boundary", "report-type", "multipart/mixed"]
    for _ in range(20_000):
        check("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))


def test_plain_params_is_the_stdlib_split():
    rng = random.Random(12)
    alphabet = list('ab;=" \t/X<>') + ["boundary", "charset"]
    for _ in range(20_000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        ref = Message()
        ref["Content-Type"] = value
        assert _plain_params(value) == ref._get_params_preserve(None, "content-type"), value


def test_the_index_follows_header_changes():
    msg = new_message()
    msg["Content-Type"] = "text/plain"
    assert msg.get_content_type() == "text/plain"
    msg["Content-Type"] = "text/html"  # a second one: the first still counts
    assert msg.get_content_type() == "text/plain"
    del msg["content-type"]
    assert msg.get_content_type() == "text/plain" and msg.get("content-type") is None
    msg.set_default_type("message/rfc822")
    assert msg.get_content_type() == "message/rfc822"
    msg["Received"] = "a"
    msg["received"] = "b"
    assert msg.get_all("RECEIVED") == ["a", "b"] and msg.get_all("x") is None
    assert new_message().__dict__ == IndexedMessage().__dict__
