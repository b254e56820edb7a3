"""Changed readings of review lists63's rows under the width transforms (strict xfails: a reading that comes back is
news). Checked over its 73 rows x every transform (/work/notes/grid.py lists63): these 10, nothing else; no false hard.

LISTSERV's "not authorized" notice ends "please contact the list owners: DEALERS-request@...": a width that puts the
owners' address alone on its line makes formats/lone.fallback read it as the failed recipient (soft, onhold) in place
of the list address the original was sent to (soft, onhold): the soft moves to an address we never wrote to (mended by
review leftovers65: formats/lone.contact_object; its five pins gone). Mailman
2's automatic rejection without Mailman's headers (a strict xfail of its own in test_review_lists63: read as the
-owner address's soft) reads onhold for policyviolation once wrapped: soft either way."""

from __future__ import annotations

_WRAPS = ("wrap_72", "wrap_60", "wrap_50_flush", "wrap_66_folded", "wrap_40_tab")
_MM2 = ("carriers-owner@ (itself a strict xfail: the -owner address the text names) policyviolation -> onhold once "
        "wrapped: soft either way")

KNOWN_LISTS63: dict[tuple[str, str], str] = {
    **{(w, "lists63:l63-mm2-auto-reject-bounces-sender"): _MM2 for w in _WRAPS},
}
