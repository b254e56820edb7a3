"""East Asian mail systems' own words for a mailbox's state or a refused relay that the generic tables did not hold
(review 36, tests/classifier/review_providers36_more.py cites each): Coremail's (the engine of NetEase's 163/126 and
of many Chinese campuses and firms) and a Korean portal's, as their support pages list the bounce texts. `PHRASES` is
merged into `classifier.phrases` beside the other tables (lowercase substrings of the whitespace-collapsed
diagnostic)."""

from __future__ import annotations

from collections.abc import Mapping

from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    # Coremail's "User hangup" (icoremail.vip support, its bounce hints beside "User suspended"): the account put on
    # hold, 挂起, by its owner or administrator; it exists and may be resumed (read onhold before).
    R.SUSPEND: ("user hangup",),
    # "554 Relay operation rejected" (a Korean portal's reply among the relaying refusals a tistory bounce list groups
    # with "Relay denied" and "Unable to relay"): the receiver will not relay for that domain (read onhold before).
    R.NORELAYING: ("relay operation rejected",),
}
