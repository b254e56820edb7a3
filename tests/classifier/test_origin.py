"""classifier/origin.py: the From address read without `parseaddr` where the header is simple
must be exactly what `parseaddr` reads, and any other header still goes through it."""

from __future__ import annotations

import random
from email.utils import parseaddr

import pytest

from classifier.origin import _SIMPLE_ADDRESS, address_of

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
