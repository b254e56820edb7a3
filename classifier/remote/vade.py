"""Vade (Vade Secure), the filter in front of some providers' mailboxes. Its replies carry a code
OXSUSnnnn_nnn whose last three digits name the block more exactly than the words: one "550 5.7.1
Connection refused" is a listing on its threat network (101) or a missing reverse DNS (105), one
"421 4.2.1 Connection refused" too many connections (110, 139) or messages (140) from our IP.
Codes from its postmaster page (postmaster-oxsus.vadesecure.com). Its newer table for OX's hosted
mailboxes (postmaster-oxseu.vadesecure.com/inbound_error_codes, the same now at
postmaster-oxsus.vadesecure.com/inbound_error_codes) gives the EU platform's OXSEU codes the same
numbers and adds 103, 108 and 111; there 102 is a Validity blocklist listing ("550 5.7.1 Connection
refused - [ip] blocked by Validity"), where the older page's 102 was its own backend queue ("421
4.2.1 Connection deferred"): the reply says which (`reason_of`)."""

from __future__ import annotations

import re

from classifier.records import Reason as R

NAME = "vade"
HOSTS = ()
DOMAINS = ()
MARKERS = ("vadesecure.com",)
TAG = re.compile(r"\boxs(?:us\d{4}|eu\d{0,4})_(\d{3})\b")

CODES: dict[str, R] = {
    "101": R.BLOCKED,  # the sender's provider listed on the Vade Secure Threat Network list
    "102": R.SYSTEMERROR,  # its own backend queue is too long: try later (the older page)
    "103": R.SYSTEMERROR,  # "421 4.2.1 Connection deferred": the server is temporarily unavailable
    "105": R.REQUIREPTR,  # no reverse DNS
    "108": R.REQUIREPTR,  # "Please check your FCrDNS configuration"
    "110": R.TOOMANYCONN,  # too many connections from a single IP
    "111": R.BLOCKED,  # the sending IP on a Spamhaus blocklist
    "139": R.TOOMANYCONN,  # the sending IP's connection rate limit
    "140": R.SPEEDING,  # the sending IP's message rate limit
}


def reason_of(text: str, status: str | None, command: str | None) -> R | None:
    """The reason the code names; the newer table's 102, a blocklist the reply names, is a block."""
    m = TAG.search(text)
    if m is None:
        return None
    if m.group(1) == "102" and "blocked by" in text:
        return R.BLOCKED
    return CODES.get(m.group(1))


RULES = ()
