"""Changed readings the whole invariance grid found over session 43's review rows and left (strict xfails: a reading
that comes back is news). Each is soft either way or a row that is itself a strict xfail of its review; none a false
hard (the grid's false hards, a new address under "New address:" read failed, were mended: reviews lead43, audit61)."""

from __future__ import annotations

KNOWN43: dict[tuple[str, str], str] = {
    **{(t, "eai60:ea60-plain-prose-list-comma-full-stop"): (
        "a strict xfail of review eai60 (prose reads the first address of 'failed permanently for a@x, b@x.' alone); "
        "re-wrapped, each address stands on a line of its own and the 'Reason: 550 5.1.1 no such user here' below is "
        "read for the last one only: b@x hard, a@x onhold (a lost hard, the other found)")
       for t in ("wrap_60", "wrap_50_flush", "wrap_40_tab", "wrap_66_folded")},
}
