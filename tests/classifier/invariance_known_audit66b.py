"""Review audit66b's rows under the whole invariance grid (notes/grid.py audit66b: 32 rows): three changed readings,
strict xfails (a reading that comes back is news), all of one row that is itself a judgement call
(a66b-ni-gw-please-forward-to-failed-alias): once a width breaks the gateway's quoted reply, lead keeps its 550 5.1.1 and
reads userunknown, HARD (as the row expects) instead of filtered. No false hard, no lost hard."""

from __future__ import annotations

_FORWARD = ("the gateway's quoted reply '550 5.1.1 The alias sales@... no longer exists. Please forward your enquiry to "
            "<lead> - this address does not exist either' broken by a width: lead keeps the reply's 5.1.1 and reads "
            "userunknown, hard (the row's expectation; unbroken the reply is cut at the alias's address and lead reads "
            "filtered, the strict xfail of test_review_audit66b)")

KNOWN_AUDIT66B: dict[tuple[str, str], str] = {
    (t, "audit66b:a66b-ni-gw-please-forward-to-failed-alias"): _FORWARD for t in ("wrap_72", "wrap_60", "wrap_50_flush")
}
