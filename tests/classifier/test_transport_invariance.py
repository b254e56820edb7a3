"""The same bounce, carried differently, classifies the same (metamorphic tests).

Real bounces reach our users after gateways, mailbox providers and mail clients have
re-encoded, re-labelled, tagged, folded, traced and forwarded them (tests/classifier/
transport.py has one function per such change). None of those changes who failed, why, or
how hard, so each transformed message must give the recipients, reasons, hard/soft verdicts
and original Message-ID of the message it came from. The baseline is the classifier's own
reading of the untransformed message, right or wrong: these tests find readings that hang on
how a message was carried, not wrong readings.

Sample: every third labelled corpus original, a third of the hand-made fixtures (by the CRC-32 of
their names: invariance.py), every notice captured from
a real server (fixtures/real), and the messages of the known exceptions below.
"""

from __future__ import annotations

from tests.classifier import transport
from tests.classifier.invariance import (CORPUS, FIRST_ROUND as SAMPLE, FIRST_ROUND_PINNED, baseline, changed_reading,
                                         grid_tests, message, reading)

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


def test_sample_holds_corpus_and_real_notices():
    """The sample is what the module says (so a moved corpus cannot empty it silently), with
    every message a known exception names."""
    assert {key for _, key in KNOWN} <= set(FIRST_ROUND_PINNED)
    assert sum(k.startswith("real/") for k in SAMPLE) >= 100
    if CORPUS.is_dir():
        assert sum(k.startswith("corpus/") for k in SAMPLE) >= 100


def _broken(name: str, key: str) -> str | None:
    raw = message(key)
    changed = transport.TRANSFORMS[name](raw)
    if changed == raw:
        return None  # nothing of this transform's kind in the message
    if name == "forward_attached" and not baseline(key)[0]:
        # A person's forward of what is no bounce (an auto-reply, a complaint, a delivery
        # report of success) is their own mail: it must not become a bounce.
        return "a forwarded non-bounce reads as a bounce" if reading(changed)[0] else None
    return changed_reading(key, changed)


test_transport_keeps_the_reading, test_known_changes = grid_tests(
    ((name, key) for name in transport.TRANSFORMS for key in SAMPLE), KNOWN, _broken)