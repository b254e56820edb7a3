"""The shorthands the later black-box reviews write their expected rows with (one home: reviews 162-177 each wrote
them again): whose scope, the reasons, the expected (hard, reasons, scope) triples, and the partner domain's MX and
prospect most of those reviews address. An expected triple's empty reasons accept any (review_check)."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
UNK = ("userunknown",)
HARD_UNK = (True, UNK, R)  # the prospect's absence: userunknown, hard
SOFT = (False, (), ANY)  # soft, any reason, any scope
FULL = (False, ("mailboxfull",), ANY)
OURS_GONE = (False, ("rejected",), S)  # our own sender refused: soft, the sender's scope
PARTNER_MX = "mx.partner.example"
PARTNER_LEAD = "lead@partner.example"
