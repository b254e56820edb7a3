"""A failed recipient of any shape is found as well as the ones in our samples (metamorphic
tests of the address readers: parse.ADDRESS and the patterns built on it, formats/*.py).

Our users' prospects have plus tags, apostrophes, 64-character local parts, punycode and
UTF-8 domains, one-letter local parts, new gTLDs; the bounce samples mostly have kijitora@
example.jp. Each case replaces a bounce's first failed recipient everywhere the message writes
it (tests/classifier/addresses.py: every case variant, its local part alone, its domain where
that is no sender's or reporting MTA's) by an address of one shape, and requires the new
address (lower-cased) with the recipient's reason and hard/soft, the other recipients as they
were, and no trace of the old address. The baseline is the classifier's own reading of the
original: these tests find readings that hang on an address's shape, not wrong readings.

Sample: every labelled bounce of the corpus (bsd__ copies; dos__/mac__ are the same messages
with other line endings), every hand-made fixture and every notice captured from a real server,
each with half of the shapes (alternating, so each shape sees half the messages), plus the
messages of the known exceptions below.
"""

from __future__ import annotations

import base64
import functools

import pytest

from classifier import classify
from tests.classifier import addresses
from tests.classifier.addresses import SHAPES, Skip, substitute
from tests.classifier.invariance import CORPUS, EVERY_BOUNCE as SAMPLE, grid_tests, message

# (shape, message) pairs whose reading changes for a reason we keep, not by an extraction defect.
KNOWN: dict[tuple[str, str], str] = {}
# Pairs that found a defect (in the classifier's git log): in the sample whatever the alternation.
FOUND = {
    ("apostrophe", "fixtures/fmt-netscape.eml"), ("apostrophe", "fixtures/fmt-exchange55.eml"),
    ("apostrophe", "fixtures/srv-exim-fr.eml"), ("apostrophe", "fixtures/srv-labelled-fr.eml"),
    ("apostrophe", "corpus/bsd__lhost-exchange2003-05.eml"), ("apostrophe", "corpus/bsd__lhost-ezweb-01.eml"),
    ("single_letter", "fixtures/srv-sendmail-v5-local.eml"), ("subdomains", "fixtures/srv-sendmail-v5-local.eml"),
    ("long", "fixtures/russian-userunknown.eml"),
}


def _deliveries(result) -> list[tuple[str, str, bool, str]]:
    return [(d.address, d.reason.name, d.hard_bounce, d.scope.value) for d in result.deliveries]


def reading(raw: bytes) -> list[tuple[str, str, bool, str]]:
    """Each delivery's (address, reason, hard, whose fault): an address's shape changes none but
    the address (a flip of whose fault would send a prospect's bounce to the sender's alerts)."""
    return _deliveries(classify(raw))


@functools.cache
def _baseline(key: str) -> tuple[bool, tuple[tuple[str, str, bool, str], ...]]:
    result = classify(message(key))
    return result.is_bounce, tuple(_deliveries(result))


def _pairs() -> list[tuple[str, str]]:
    pairs = []
    # Only bounces with a failed recipient the classifier names by address are substituted.
    keys = [k for k in SAMPLE if _baseline(k)[0] and any("@" in d[0] for d in _baseline(k)[1])]
    for n, shape in enumerate(SHAPES):
        for m, key in enumerate(keys):
            if (m + n) % 2 and (shape, key) not in KNOWN and (shape, key) not in FOUND:
                continue
            pairs.append((shape, key))
    return pairs


def _expected(base, old: str, plan: addresses.Plan) -> list[tuple[str, str, bool, str]]:
    """The original's reading with `old` as the new address, and other recipients at the
    recipient's domain moved with it where the domain was replaced."""
    return [(plan.new.lower() if a == old else addresses.moved(plan, a), reason, hard, scope)
            for a, reason, hard, scope in base]


def test_sample_holds_corpus_and_real_notices():
    """The sample is what the module says (so a moved corpus cannot empty it silently)."""
    assert sum(k.startswith("real/") for k in SAMPLE) >= 100
    if CORPUS.is_dir():
        assert sum(k.startswith("corpus/") for k in SAMPLE) >= 150


def _broken(shape: str, key: str) -> str | None:
    is_bounce, base = _baseline(key)
    addresses_found = [d[0] for d in base if "@" in d[0]]
    if not is_bounce or not addresses_found:
        return None  # no failed recipient with an address in the original's reading
    old = addresses_found[0]
    done = substitute(message(key), old, SHAPES[shape], tuple(addresses_found))
    if isinstance(done, Skip):
        return None  # the shape cannot be carried here (done.why)
    changed, plan = done
    got, want = reading(changed), _expected(base, old, plan)
    return None if got == want else f"{want} -> {got}"


test_address_shape_keeps_the_reading, test_known_changes = grid_tests(_pairs(), KNOWN, _broken)


# ----------------------------------------------------------------- the transform itself

_NOTICE = (
    "From: MAILER-DAEMON@mx.example.net\nTo: sales@ourco.example\nSubject: Undelivered Mail\n"
    "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}\n--b--\n"
)


@pytest.mark.parametrize("cte", ["quoted-printable", "base64"])
def test_substitute_edits_encoded_parts(cte: str):
    """An address inside a base64 or quoted-printable body (here split by a soft line break)
    is replaced in the decoded text and the part re-encoded in its own encoding."""
    text = "I could not deliver to '" + "Kim.Lee@Example.JP" + "': 550 5.1.1 user unknown.\n"
    body = "I could not deliver to 'Kim.Lee@Exam=\nple.JP': 550 5.1.1 user unknown.\n" if cte != "base64" \
        else base64.encodebytes(text.encode()).decode()
    raw = _NOTICE.format(cte=cte, body=body).encode()
    done = substitute(raw, "kim.lee@example.jp", SHAPES["apostrophe"])
    assert not isinstance(done, Skip)
    changed, plan = done
    part = addresses.parse(changed).get_payload(0)
    assert part["content-transfer-encoding"] == cte
    assert part.get_payload(decode=True) == text.replace("Kim.Lee@Example.JP", "o'brien@example.ie").encode()


def test_substitute_keeps_other_recipients_and_skips_utf8_where_it_cannot_be_carried():
    raw = _NOTICE.format(cte="7bit", body="550 jdoe... User unknown\n<jdoe@a.example>\n<jdoe2@a.example>\n")
    changed, plan = substitute(raw.encode(), "jdoe@a.example", "x@example.org")
    assert b"550 x... User unknown\n<x@example.org>\n<jdoe2@example.org>" in changed
    assert isinstance(substitute(raw.encode(), "jdoe@a.example", SHAPES["smtputf8"]), Skip)


# ----------------------------------------------------------------- a long address inside a wording

_DSN = (
    "From: MAILER-DAEMON@mx.example.net\nTo: sales@ourco.example\nSubject: Undelivered Mail Returned to Sender\n"
    "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/plain\n\nDelivery failed.\n\n--b\nContent-Type: message/delivery-status\n\n"
    "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; {a}\nAction: failed\nStatus: 5.0.0\n"
    "Diagnostic-Code: smtp; 550 {d}\n\n--b--\n"
)


@pytest.mark.parametrize(("wording", "reason"), [
    ("Почтовый ящик {a} не существует", "USERUNKNOWN"),
    ("Postfach {a} ist voll", "MAILBOXFULL"),
    ("boîte {a} pleine", "MAILBOXFULL"),
])
def test_a_long_address_inside_a_wording_is_one_word(wording: str, reason: str):
    """The wording tables allow a few words between a noun and its verdict; an address of the
    longest shape (64-character local part, 4-label domain) is one of them."""
    for address in ("ab@example.com", SHAPES["long"]):
        raw = _DSN.format(a=address, d=wording.format(a=address)).encode()
        assert reading(raw) == [(address.lower(), reason, reason == "USERUNKNOWN", "recipient")]
