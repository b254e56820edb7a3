"""Changed readings of review audit62's mend rows under tab_indents (strict xfails: a reading that comes back is
news). Audit 62's reply_rests._opens_entry knows the next entry of an Exim list by its indents (two spaces before
the address, four before its text); tab_indents writes both as one tab, the steps are gone, and the entry under
'New address:' reads as the new address again, as every form of these rows read at main 49b0044c before the mend
(k.lund lost: a lost hard, no false hard). Checked over the 33 rows x every transform: these 3, nothing else."""

from __future__ import annotations

_WHY = ("tab_indents writes Exim's two- and four-space indents as one tab each: the next entry k.lund under the "
        "note ending 'New address:' reads as the new address, dropped, as before audit 62's mend ({}); no false hard")

KNOWN_AUDIT62: dict[tuple[str, str], str] = {
    ("tab_indents", "audit62:au62-exim-new-address-then-unrouteable"): _WHY.format("k.lund hostunknown, hard, lost"),
    ("tab_indents", "audit62:au62-exim-new-address-then-fail-no-such-user"): _WHY.format(
        "k.lund filtered, soft, lost; the row itself a strict xfail"),
    ("tab_indents", "audit62:au62-exim-new-address-then-fail-address-retired"): _WHY.format(
        "k.lund userunknown, hard, lost; its 'no longer in use' read for a.berg: userunknown for hasmoved, hard "
        "either way"),
}
