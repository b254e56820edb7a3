"""Review audit67b's rows under the invariance grid (notes/grid.py audit67b:): one changed reading, a strict xfail (a
reading that comes back is news), of a control naming no failed address (the gateway's 'This mailbox is closed. Please
resend your message to <kim>. The old mailbox will be deleted later.', the original to lead and kim): unbroken it reads
no recipient; broken by wrap_40_tab inside the request's sentence, kim reads suspend ('This mailbox is closed' read as
kim's own), SOFT, no false hard; the same at main 37f8b1e4, before this audit's mends (audit67's _KIM_SOFT pins)."""

from __future__ import annotations

KNOWN_AUDIT67B: dict[tuple[str, str], str] = {
    ("wrap_40_tab", "audit67b:a67bm-ni-ctl-gw-closed-resend-to-kim-deleted-later"): (
        "the gateway's quoted closure text broken by a width inside the request's sentence: kim is read as the closed "
        "box's address, suspend, soft (unbroken: no recipient; the same at main before audit67b's mends, as audit67's "
        "three pinned gateway rows)"),
}
