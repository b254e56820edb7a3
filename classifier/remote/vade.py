"""Vade (Vade Secure), the filter in front of some providers' mailboxes. Its replies carry a code
OXSUSnnnn_nnn whose last three digits name the block more exactly than the words: one "550 5.7.1
Connection refused" is a listing on its threat network (101) or a missing reverse DNS (105), one
"421 4.2.1 Connection refused" too many connections (110, 139) or messages (140) from our IP.
Codes from its postmaster page (postmaster-oxsus.vadesecure.com)."""

from __future__ import annotations

import re

from classifier.records import Reason as R

NAME = "vade"
HOSTS = ()
DOMAINS = ()
MARKERS = ("vadesecure.com",)
TAG = re.compile(r"\boxsus\d{4}_(\d{3})\b")

CODES: dict[str, R] = {
    "101": R.BLOCKED,  # the sender's provider listed on the Vade Secure Threat Network list
    "102": R.SYSTEMERROR,  # its own backend queue is too long: try later
    "105": R.REQUIREPTR,  # no reverse DNS
    "110": R.TOOMANYCONN,  # too many connections from a single IP
    "139": R.TOOMANYCONN,  # the sending IP's connection rate limit
    "140": R.SPEEDING,  # the sending IP's message rate limit
}


RULES = ()
