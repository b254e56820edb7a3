"""Changed readings the invariance sample met when review delays58's rows shifted its stride (not caused by delays58's
mend: the same reading with classifier/rule_wordings.py as on main) and left: a bounce lost, never a false hard.
Merged into test_review_invariance.KNOWN (strict xfails: a reading that comes back is news)."""

from __future__ import annotations

KNOWN58: dict[tuple[str, str], str] = {
    ("wrap_40_tab", "notices178:r178-rr-mailbox-you-tried-to-email"): (
        "review 178's 'Reason: 550 5.1.1 The mailbox you tried to e-mail' / address / 'is unknown here.' (the address on "
        "a line of its own) re-wrapped at 40 with tabs: the verdict's parts are no longer read as one sentence around "
        "the address, onhold (soft) for userunknown: a lost hard, the same on main (met by the sample's shift)"),
}
