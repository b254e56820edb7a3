"""python-slimta's own bounce wording (the nineteenth round of real servers, tests/classifier/
real_cases_round19.py). slimta's queue (slimta/queue/__init__.py, Queue._retry_later) bounces a message whose
backoff gave up after a temporary failure with the last reply and " (Too many retries)" appended ("451 4.3.0
Connection failed (Too many retries)"), and deletes it: the retries ran out, delivery was given up (taxonomy:
expired), whatever 4xx the reply carries. Its notice (slimta.bounce.Bounce) has no Action: field to say so."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

# The queue's own words, in the lowercase, whitespace-collapsed diagnostic.
GAVE_UP = "(too many retries)"

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # Read like Exim's "retry timeout exceeded": a cause named beside it that lasts (a full mailbox, a size) still
    # decides (the reason rules weigh those first); a reply that only says "try again" does not (real round 19,
    # slimta-own-bounce-connection-failed*).
    Reason.EXPIRED: (GAVE_UP,),
}


def gave_up(diagnostic: str) -> bool:
    """Does the diagnostic say slimta's queue stopped retrying (so the delivery failed for good, 4xx or not)?"""
    return GAVE_UP in " ".join(diagnostic.lower().split())
