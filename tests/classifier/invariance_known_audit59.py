"""Changed readings the whole invariance grid found over review audit59's own rows (its 59 measured rows: 1,719
transformed readings, 5 changed; with its 7 mend rows, 66 rows: 1,983, the same 5) and left: each soft either way or no
bounce either way, none a false hard. Merged into test_review_invariance.KNOWN (strict xfails: a reading that comes
back is news)."""

from __future__ import annotations

# Stalwart's text kept without its report part, re-wrapped after "connection to 'host'", loses the host's closing quote
# where explanations.explanation strips the address line's rest ("... 'host" / "failed: I/O error"): rule_wordings'
# failed connect no longer matches and the store's "I/O error" reads systemerror for networkerror (soft either way; not
# mended: that strip serves every prose notice). Exchange's relay text re-wrapped names the Cc delivered (no bounce
# either way).
KNOWN_AUDIT59: dict[tuple[str, str], str] = {
    **{(t, f"audit59_more:{r}"): "soft either way: Stalwart's failed connect re-wrapped, networkerror -> systemerror"
       for t, r in (("wrap_60", "au59-stalwart-text-connect-beside-unknown"),
                    ("wrap_66_folded", "au59-stalwart-text-connect-beside-unknown"),
                    ("wrap_66_folded", "au59-stalwart-delay-text-only"))},
    **{(t, "audit59_more:au59-cc-name-relayed"): "no bounce either way: the relay text re-wrapped names the Cc delivered"
       for t in ("wrap_50_flush", "wrap_40_tab")},
}
