"""The returned original's body says nothing about the bounce (metamorphic tests).

Our users' originals are sales emails: pitches with "unsubscribe" and "mailbox full of
pitches", follow-ups quoting a prospect who says the address will be deactivated, signatures
and threads naming colleagues' addresses, even a rep's note that an earlier email bounced, and subject
lines such as "Re: Automatic reply: Delivery failure on ..." that the bounce repeats in its
own Subject (tests/classifier/origbody.py). Written into the returned original, attached or quoted, none
of it may change who failed, why, or how hard: each transformed message must give the reading
of the message it came from (the baseline, right or wrong, as in test_transport_invariance).
"""

from __future__ import annotations

from tests.classifier import origbody
from tests.classifier.invariance import FIRST_ROUND as SAMPLE, grid_tests, keeps_reading, message

# (transform, message) pairs whose reading changes for a reason, not by a defect.
KNOWN: dict[tuple[str, str], str] = {
    # Mailman 3's rejection of a post (real servers' twelfth round) carries the original's Subject as its own:
    # the transform, replacing the original's Subject wherever it occurs, gives the notice itself an
    # out-of-office Subject ("Out of Office next week? ..."), and it reads as the list owner's auto-reply.
    # No bounce either way; the notice's own header changed, not only the original's body.
    ("subject_ooo", "real/mailman-rejected-nonmember.eml"): (
        "the notice's own Subject is the original's: rewritten, the notice reads as an auto-reply (no bounce either way)"),
}


def test_every_transform_finds_originals_to_change():
    """Guard: each transform changes many messages, attached and quoted originals both."""
    for name, transform in origbody.TRANSFORMS.items():
        changed = [k for k in SAMPLE if transform(message(k)) != message(k)]
        assert len(changed) >= 100, name


test_original_body_keeps_the_reading, test_known_changes = grid_tests(
    ((name, key) for name in origbody.TRANSFORMS for key in SAMPLE), KNOWN, keeps_reading(origbody.TRANSFORMS))