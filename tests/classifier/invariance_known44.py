"""Unfair cases the grid found in session 44 over the review rows kept as MEND_ROWS (until then outside the grid:
tests/classifier/variants.review_rows now reads them too)."""

from __future__ import annotations

UNFAIR44: dict[tuple[str, str], str] = {
    **{(name, "damaged60_mends:dm60-mend-exo-qp-remote-full"): (
        "the row's status part is already quoted-printable (review damaged60): encoded again, its soft breaks are read "
        "as written") for name in ("b64_status", "qp_status")},
    ("refold", "audit61_mends:au61-mend-ctl-qmail-bare-cr"): (
        "the row's lines end in bare CR (classic Mac): the transform, which splits on LF, returns an empty message"),
    **{(name, "audit61_mends:au61-mend-ctl-qmail-bare-cr"): (
        "the row's lines end in bare CR: the transform splits on LF, so it wraps the whole message as one line of text, "
        "the returned original's header block too ('Message-ID:' / its value on the next line), which no writer's "
        "width does (the same row with LF line ends keeps its reading)") for name in ("wrap_72", "wrap_50_flush")},
}
