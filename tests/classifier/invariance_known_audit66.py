"""Review audit66's rows under the whole invariance grid (notes/grid.py audit66: 41 rows): three changed readings,
strict xfails (a reading that comes back is news), all of one row that is itself a judgement call
(a66-ni-exim-two-instead-address-failed-too): once a width breaks lead's reply before 'please resend to <kim>', lead
reads userunknown, HARD (as the row expects) instead of onhold. No false hard, no lost hard."""

from __future__ import annotations

_TWO = ("Exim's first entry's reply '550 5.1.1 User unknown - please resend to <kim>' broken by the width before kim's "
        "address: lead keeps its 5.1.1 and reads userunknown, hard (the row's expectation; unbroken it reads onhold, "
        "the strict xfail of test_review_audit66); kim, failing in its own entry, reads hard either way")

KNOWN_AUDIT66: dict[tuple[str, str], str] = {
    (t, "audit66:a66-ni-exim-two-instead-address-failed-too"): _TWO for t in ("wrap_60", "wrap_50_flush", "wrap_40_tab")
}
