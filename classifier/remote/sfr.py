"""SFR Grand Public (France: sfr.fr, neuf.fr, numericable.fr and the other domains of its one
inbound platform, smtp-in.sfr.fr). Its refusals carry a tag SFR_IN_xyy ("SFR Grand Public code for
inbound connection"): the first digit is internal, the last two name the cause, each a two-hour
block of the sending IP: 01 too many spam messages, 02 a virus or malware, 03 SMTP protocol errors,
04 too many unknown users, 05 a volume limit exceeded ("450 4.7.1 SFR_IN_101 Service refused due to
bad behavior - Too many spam messages"). Weak: from a deliverability vendor's pages
(bentonow.com/smtp-errors/sfr, its sfr-in-101 and sfr-in-104 pages; postmastery.com 'All about
ISP: SFR and SMTP error codes SFR_IN_XXX'); SFR's own postmaster page is not stored. The reasons
are this project's reading of those meanings (tests/classifier/review_notices28.py). Every code
speaks of the sending IP: "Too many unknown users" is our list's failures counted against our IP,
not this address (it read as a missing user, a false hard on a live sfr.fr address)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "sfr"
HOSTS = (".sfr.fr", ".sfr.net")
DOMAINS = ("sfr.fr", "neuf.fr", "club-internet.fr", "cegetel.net", "numericable.fr", "noos.fr", "9online.fr",
           "9business.fr", "sfr.net", "numericable.com")
MARKERS = ()
# "SFR_IN_104" (lowercase text, remote.verdict): the group is the cause's two digits.
TAG = re.compile(r"\bsfr_in_\d(\d\d)\b")

CODES: dict[str, R | None] = {
    "01": R.BLOCKED,  # too many spam messages from the IP
    "02": R.BLOCKED,  # a virus or malware sent from the IP
    "03": R.BLOCKED,  # too many SMTP protocol errors from the IP
    "04": R.BLOCKED,  # too many unknown users addressed from the IP (our list, not this address)
    "05": R.SPEEDING,  # the IP's volume limit exceeded
}


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    """The reason SFR's tag names; a code the table does not hold is a block of the IP too."""
    m = TAG.search(text)
    return CODES.get(m.group(1), R.BLOCKED) if m else None


RULES: tuple[Rule, ...] = ()
