"""Orange / La Poste (France: orange.fr, wanadoo.fr, laposte.net). Their replies carry French and
English text plus an error tag (LPNnnn_nnn, OFRnnn_nnn, OFR_nnn, OUK_nnn) whose last three digits
are the operator's own error code; the code names the failure more exactly than the words
("Service refuse. Veuillez essayer plus tard" covers a block, a system error and more)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "orange"
HOSTS = (".orange.fr", ".wanadoo.fr", ".laposte.net", ".francetelecom.fr")
DOMAINS = ("orange.fr", "wanadoo.fr", "laposte.net")
MARKERS = ("postmaster.orange.fr", "postmaster.laposte.net")
# The error tag: "LPN007_416", "LPN105-104", "OFR006_102", "ofr_506", "OUK_513", "LPNAAA_101".
TAG = re.compile(r"\b(?:lpnaaa|lpn|ofr|ouk)(?:_|\d{3}[-_])(\d{3})\b")

# Codes from Orange's and La Poste's published postmaster tables. None: the code is known but
# says nothing more than "try later" (the reason stays undefined, as sisimai has it).
CODES: dict[str, R | None] = {
    "101": R.BLOCKED,  # sending IP on a block list (Spamhaus)
    "102": R.BLOCKED,  # source IP blocked for spam incidents
    "103": R.BLOCKED,
    "104": R.TOOMANYCONN,  # too many connections, slow down
    "105": None, "107": None, "108": None, "109": None, "201": None,
    "305": R.SECURITYERROR,  # invalid authentication code
    "401": R.AUTHFAILURE,  # SPF: not allowed to send mail
    "402": R.SECURITYERROR,  # authentication required
    "403": R.REJECTED, "405": R.REJECTED, "415": R.REJECTED,  # invalid sender
    "416": R.USERUNKNOWN,  # invalid recipient
    "417": R.MAILBOXFULL,  # recipient over quota
    "418": R.USERUNKNOWN,
    "420": R.SUSPEND,  # archived recipient
    "421": R.REJECTED,  # mail from not owned by user
    "423": None, "424": None,
    "426": R.SUSPEND,  # the recipient account is blocked
    # La Poste's "450 4.7.1 <unknown[ip]>: Client host rejected: Service refuse ... LPN027_503": the sending host
    # refused for now (bentonow.com/smtp-errors/laposte, weak; review 119: read undefined, of the recipient).
    "503": R.BLOCKED,
    "505": R.SYSTEMERROR,  # service refused, please try later (end of DATA)
    "506": R.SPAMDETECTED,  # mail rejected
    "510": R.BLOCKED,
    # OUK_513 carries the same "Mail rejete. Mail rejected." as OFR_506 (Sisimai 5's for-franceptt.go
    # quotes both; it leaves 513 unread): the message refused after DATA, not "try later".
    "513": R.SPAMDETECTED,
    "514": R.MESGTOOBIG,  # message size limit reached
    "517": R.AUTHFAILURE,  # DMARC verification failed
    "630": R.POLICYVIOLATION,  # client host rejected by policy
    "999": R.BLOCKED,
}


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    """The reason the operator's error tag names; `undefined` for a tag we cannot read."""
    m = TAG.search(text)
    if m is None:
        return None
    return CODES.get(m.group(1)) or R.UNDEFINED


RULES = (
    Rule(reason=R.AUTHFAILURE, wording="spf/dns de votre nom de domaine", sender=True),
    Rule(reason=R.SUSPEND, wording="the recipient account is blocked"),
    Rule(reason=R.SUSPEND, wording="le compte du destinataire est bloque"),
    Rule(reason=R.USERUNKNOWN, wording="adresse d au moins un destinataire invalide"),
    Rule(reason=R.MAILBOXFULL, wording="boite du destinataire pleine"),
    Rule(reason=R.SPAMDETECTED, wording="mail rejete"),
    Rule(reason=R.BLOCKED, wording="veuillez essayer plus tard", status="4.7.", sender=True),
)
