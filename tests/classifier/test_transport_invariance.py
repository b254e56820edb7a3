"""The same bounce, carried differently, classifies the same (metamorphic tests).

Real bounces reach our users after gateways, mailbox providers and mail clients have
re-encoded, re-labelled, tagged, folded, traced and forwarded them (tests/classifier/
transport.py has one function per such change). None of those changes who failed, why, or
how hard, so each transformed message must give the recipients, reasons, hard/soft verdicts
and original Message-ID of the message it came from. The baseline is the classifier's own
reading of the untransformed message, right or wrong: these tests find readings that hang on
how a message was carried, not wrong readings.

Sample: every third labelled corpus original and hand-made fixture, every notice captured from
a real server (fixtures/real), and the messages of the known exceptions below.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from classifier import classify
from tests.classifier import transport

HERE = Path(__file__).parent
CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "emails"

# (transform, message) pairs whose reading changes for a reason, not by a defect.
KNOWN = {
    # A person's forward attaches the notice whole; nested.py reads the attachment as the
    # bounce when it announces itself as one by its own headers or report parts. These are
    # read only by their own format's header test (SES's SNS JSON notification from
    # no-reply@sns.amazonaws.com; fml's list refusal with X-MLServer), which the forward hides:
    # it is then the person's own mail, as nested.py intends for anything not a notice.
    ("forward_attached", "corpus/bsd__lhost-amazonses-09.eml"):
        "an SNS JSON notification attached to a person's forward is not read as a notice",
    ("forward_attached", "corpus/bsd__lhost-fml-02.eml"):
        "an fml list refusal attached to a person's forward is not read as a notice",
    ("forward_attached", "corpus/bsd__lhost-fml-03.eml"):
        "an fml list refusal attached to a person's forward is not read as a notice",
}


def _sample() -> dict[str, Path]:
    corpus = sorted(p for p in CORPUS.glob("*.eml") if not p.name.startswith(("dos__", "mac__")))
    out = {f"corpus/{p.name}": p for p in corpus[::3]}
    out.update({f"fixtures/{p.name}": p for p in sorted(HERE.glob("fixtures/*.eml"))[::3]})
    out.update({f"real/{p.name}": p for p in sorted(HERE.glob("fixtures/real/*.eml"))})
    for _, key in KNOWN:
        path = CORPUS / key.split("/", 1)[1]
        if key.startswith("corpus/") and path.is_file():
            out[key] = path
    return out


SAMPLE = _sample()


@functools.cache
def _raw(key: str) -> bytes:
    return SAMPLE[key].read_bytes()


def reading(raw: bytes) -> tuple[bool, tuple[tuple[str, str, bool], ...], str | None]:
    """What must not change: bounce or not, each delivery's (address, reason, hard), and the
    original's Message-ID."""
    result = classify(raw)
    original = result.original.message_id if result.original is not None else None
    return (result.is_bounce, tuple((d.address, d.reason.name, d.hard_bounce) for d in result.deliveries), original)


@functools.cache
def _baseline(key: str) -> tuple[bool, tuple[tuple[str, str, bool], ...], str | None]:
    return reading(_raw(key))


def case(name: str, key: str, known: dict[tuple[str, str], str]) -> object:
    """One (transform, message) case; a strict xfail with its reason where `known` explains a change.
    Every invariance module builds its cases with it."""
    reason = known.get((name, key))
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(name, key, marks=marks, id=f"{name}:{key}")


def _cases() -> list[object]:
    return [case(name, key, KNOWN) for name in transport.TRANSFORMS for key in SAMPLE]


def test_sample_holds_corpus_and_real_notices():
    """The sample is what the module says (so a moved corpus cannot empty it silently)."""
    assert sum(k.startswith("real/") for k in SAMPLE) >= 100
    if CORPUS.is_dir():
        assert sum(k.startswith("corpus/") for k in SAMPLE) >= 100


@pytest.mark.parametrize(("name", "key"), _cases())
def test_transport_keeps_the_reading(name: str, key: str):
    raw = _raw(key)
    changed = transport.TRANSFORMS[name](raw)
    if changed == raw:
        pytest.skip("nothing of this transform's kind in the message")
    before, after = _baseline(key), reading(changed)
    if name == "forward_attached" and not before[0]:
        # A person's forward of what is no bounce (an auto-reply, a complaint, a delivery
        # report of success) is their own mail: it must not become a bounce.
        assert not after[0]
        return
    assert after == before
