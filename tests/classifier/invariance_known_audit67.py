"""Review audit67's rows under the invariance grid (notes/grid.py audit67:): three changed readings, strict xfails (a
reading that comes back is news), all of rows that are themselves judgement calls (the gateway's notice naming no
failed address, only 'resend your message to <kim>': unbroken it reads no recipient). Broken by a width so that kim's
address is not where the request's sentence ends, kim reads suspend ('This mailbox is closed' read as kim's own): SOFT,
no false hard (at main these notices read kim userunknown, hard, unbroken and broken alike)."""

from __future__ import annotations

_KIM_SOFT = ("the gateway's quoted reply 'This mailbox is closed. Please resend / Kindly resend your message to <kim> - "
             "mail to this address is not read' broken by a width inside the request's sentence: kim is read as the "
             "closed box's address, suspend, soft (unbroken: no recipient, test_review_audit67's judgement; at main "
             "userunknown, hard)")

KNOWN_AUDIT67: dict[tuple[str, str], str] = {
    ("wrap_50_flush", "audit67:a67-ni-gw-kindly-resend-to-kim-no-longer-read"): _KIM_SOFT,
    ("wrap_40_tab", "audit67:a67-ni-gw-please-comma-resend-to-kim-not-read"): _KIM_SOFT,
    ("wrap_40_tab", "audit67:a67-ni-ctl-gw-please-resend-to-kim-correct"): _KIM_SOFT,
}
