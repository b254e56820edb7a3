"""classifier/origin.py: the header facts the trust rules read, from hostile headers, never
raising. Hand-made headers after RFC 5322 (In-Reply-To, References) and RFC 8601
(Authentication-Results: the authserv-id first, then method=result pairs). The From address
read without `parseaddr` where the header is simple must be exactly what `parseaddr` reads."""

from __future__ import annotations

import random
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr

import pytest

from classifier.origin import _SIMPLE_ADDRESS, address_of, reply_origin


def headers(text: str):
    return BytesHeaderParser(policy=compat32).parsebytes(text.replace("\n", "\r\n").encode())


def test_a_reply_names_what_it_answers_in_reply_to_first_then_references_newest_first():
    o = reply_origin(headers(
        "From: Ana <Ana@Example.com>\n"
        "In-Reply-To: <S3@acme.example>\n"
        "References: <s1@acme.example>\n <s2@acme.example> <S3@acme.example>\n\n"))
    assert o.from_address == "ana@example.com"
    assert o.replied_to == ("s3@acme.example", "s2@acme.example", "s1@acme.example")


def test_a_long_thread_keeps_the_newest_references_and_at_most_five():
    refs = " ".join(f"<m{n}@acme.example>" for n in range(400))  # far over the read cap
    o = reply_origin(headers(f"From: a@example.com\nReferences: {refs}\n\n"))
    assert o.replied_to == tuple(f"m{n}@acme.example" for n in (399, 398, 397, 396, 395))


def test_authentication_results_keep_their_server_and_place():
    o = reply_origin(headers(
        "Authentication-Results: mx.google.com;\n"
        "       dkim=pass header.i=@example.com header.s=s1;\n"
        "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=example.com\n"
        "Received: from mail.example.com by mx.google.com; Sat, 21 Nov 2026 09:00:01 +0000\n"
        "Authentication-Results: mx.google.com; dmarc=pass header.from=planted.example\n"
        "From: a@example.com\n\n"))
    top = [(a.method, a.result, a.domain, a.authserv) for a in o.auth if a.header == 0]
    assert top == [("dkim", "pass", "example.com", "mx.google.com"),
                   ("dmarc", "pass", "example.com", "mx.google.com")]
    assert [(a.domain, a.header) for a in o.auth if a.header] == [("planted.example", 1)]


def test_headers_that_say_nothing_or_nonsense_give_an_empty_answer():
    o = reply_origin(headers("From: a@example.com\nIn-Reply-To: not an id\nReferences: <>\n\n"))
    assert o.replied_to == () and o.auth == ()
    assert reply_origin(None).replied_to == ()  # type: ignore[arg-type]  # never raises


SHAPES = [
    "Mail Delivery System <MAILER-DAEMON@mx.example.com>",
    "MAILER-DAEMON@example.com",
    "  postmaster@example.org\t",
    "J. Doe<j.doe+tag@example.co.uk>",
    "<bounce@example.net>",
    "mailer-daemon",
    "MAILER-DAEMON <>",
    "Mail Delivery Subsystem <MAILER-DAEMON>",
    '"Mail Delivery System" <MAILER-DAEMON@example.com>',
    "MAILER-DAEMON@example.co.jp (Mail Delivery System)",
    "<Mailer-Daemon@example.com> (Mail Delivery System)",
    "mail daemon",
    '"Doe, Jane" <jane@example.com>',  # quoted display name: parseaddr's own parse
    "jane@example.com (Jane Doe)",  # a comment
    "<a@b c>",  # parseaddr joins the domain's atoms across blanks
    "a@b@c",
    "<@relay.example:user@example.com>",  # a source route
    "a..b@example.com",
    "user@[192.0.2.1]",
    "Group: a@b.example, c@d.example;",
    "",
]


@pytest.mark.parametrize("value", SHAPES)
def test_the_fast_path_reads_what_parseaddr_reads(value):
    assert address_of(value) == (parseaddr(value)[1] or "")


def test_random_headers_read_as_parseaddr_reads_them():
    rng = random.Random(3)
    alphabet = list("ab.@<> \t\"(),:;[]\\-_+xyZ\u00e9\n!#")
    simple = 0
    for _ in range(20_000):
        base = rng.choice(SHAPES[:12])
        at = rng.randint(0, len(base))
        value = base[:at] + rng.choice(alphabet) + base[at:]
        simple += _SIMPLE_ADDRESS.fullmatch(value) is not None
        assert address_of(value) == (parseaddr(value)[1] or ""), value
    assert simple > 5_000  # the fast path is really taken
