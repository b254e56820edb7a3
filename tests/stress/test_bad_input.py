"""Bad input: mutated mail never makes the classifier raise; malformed configs, mailboxes of
non-bounces, repeated bounces, international addresses and contacts without email go
through the worker without a crash and without a duplicate effect.

The full-size fuzz run is `benchmarks/fuzz_classify.py` (100,000 messages); here the same
code runs with a small N.
"""

from __future__ import annotations

import sys
from pathlib import Path

from classifier import Classification, classify

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import fuzz_classify  # noqa: E402


def test_fuzz_small_never_raises(tmp_path):
    result = fuzz_classify.fuzz(400, seed=11, save=tmp_path)
    assert result.n == 400
    assert result.crashes == [], "\n".join(tb for _, _, tb in result.crashes[:3])
    assert result.bounces > 0  # mutations leave many bounces readable: the fuzz is not all noise


def test_every_mutation_changes_something_and_classifies():
    import random

    pool = fuzz_classify.seeds()[:20]
    for name, mutation in fuzz_classify.MUTATIONS.items():
        rng = random.Random(5)
        raw = pool[3]
        out = mutation(rng, raw, pool)
        assert out != raw or name in ("boundary_damage", "charset_mangle"), name
        assert isinstance(classify(out), Classification), name


def test_charset_name_with_a_nul_does_not_raise():
    """Found by the fuzzer: for 8-bit text `Message.get_payload()` decodes with the declared
    charset; a NUL in its name raises ValueError (not LookupError) inside the stdlib."""
    raw = (b"From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: rep@seller.example\n"
           b"Subject: Undelivered Mail Returned to Sender\n"
           b"Content-Type: text/plain; charset=\"cp1252\x00\"\n\n"
           b"caf\xe9: <gone@example.com>: host mx.example said: 550 5.1.1 user unknown\n")
    assert isinstance(classify(raw), Classification)
    dsn = (b"From: MAILER-DAEMON@mx.example\nContent-Type: multipart/report; "
           b"report-type=delivery-status; boundary=b\n\n--b\n"
           b"Content-Type: text/plain; charset=\"utf-8\x00\"\nContent-Transfer-Encoding: 8bit\n\n"
           b"D\xc3\xa9livery failed\n--b\nContent-Type: message/delivery-status\n\n"
           b"Reporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gone@example.com\n"
           b"Action: failed\nStatus: 5.1.1\n--b--\n")
    c = classify(dsn)
    assert c.is_bounce and c.deliveries[0].address == "gone@example.com"
