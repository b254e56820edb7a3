"""Review audit65c's rows under the whole invariance grid (notes/grid.py audit65c leftovers65: 59 rows): four changed
readings, strict xfails (a reading that comes back is news), all of one row that is itself a judgement call
(a65c-above-qmail-forward-named-then-spam): once a width breaks the first reply, t.vik reads userunknown, HARD (as the
row expects) instead of onhold. No false hard, no lost hard."""

from __future__ import annotations

_FORWARD = ("qmail's entries run together, the first reply '550 5.1.1 forward to <t.vik@vik-home.example> failed, no "
            "such user:' broken by the width: the lead keeps the 5.1.1 and reads userunknown, hard (the row's "
            "expectation; unbroken it reads onhold, the strict xfail of test_review_audit65c); the forward target "
            "still read a second, soft recipient, or dropped at 66 folded")

KNOWN_AUDIT65C: dict[tuple[str, str], str] = {
    (t, "audit65c:a65c-above-qmail-forward-named-then-spam"): _FORWARD
    for t in ("wrap_60", "wrap_50_flush", "wrap_66_folded", "wrap_40_tab")
}
