"""Facebook (facebook.com's inbound mail servers). Each refusal carries one of Facebook's response
codes, three letters, a dash, P (permanent) or T (temporary) and a digit ("POL-P3", "RCP-T4"),
glossed on facebook.com/postmaster/response_codes; the code names the failure more exactly than
the status (a 5.7.1 around "RCP-P2 The attempted recipient's preferences prevent messages from
being delivered" is the recipient's own filter, not a security refusal). Codes and glosses as
Sisimai 5's rhost/for-facebook.go lists them (sisimai/go-sisimai, read as an outside opinion);
the reasons are this project's taxonomy's reading of each gloss (tests/classifier/
review_notices40_more.py quotes them). Found by the recipient's domain or Facebook's hosts only:
the codes' shape is too plain to name Facebook in another server's text."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "facebook"
HOSTS = (".facebook.com",)
DOMAINS = ("facebook.com",)
MARKERS = ()
_CODE = re.compile(r"\b((?:pol|msg|int|rcp|dns|con)-[pt]\d)\b")

CODES: dict[str, R] = {
    "pol-p1": R.BLOCKED,  # Your mail server's IP Address is listed on the Spamhaus PBL
    "pol-p2": R.BLOCKED,  # Facebook will no longer accept mail from your mail server's IP Address
    "pol-p3": R.BLOCKED, "pol-p4": R.BLOCKED,  # ... not accepting messages from your mail server (4-8, 24-48 hours)
    "pol-t1": R.BLOCKED, "pol-t2": R.BLOCKED, "pol-t3": R.BLOCKED,  # ... but they may be retried later
    "pol-p5": R.VIRUSDETECTED,  # The message contains a virus
    "pol-p6": R.SPAMDETECTED,  # The message contains a url that has been blocked by Facebook
    # Sisimai lists POL-P7 twice, authfailure and spamdetected; its first gloss: "does not comply
    # with Facebook's Domain Authentication requirements".
    "pol-p7": R.AUTHFAILURE,
    "msg-p1": R.MESGTOOBIG, "int-p2": R.MESGTOOBIG,  # exceeds Facebook's maximum allowed size
    "msg-p2": R.CONTENTERROR,  # an attachment type that Facebook does not accept
    "msg-p3": R.NOTCOMPLIANTRFC,  # multiple instances of a header field that can only be present once
    "msg-t1": R.TOOMANYCONN,  # The number of recipients on the message exceeds Facebook's allowed maximum
    "rcp-p1": R.USERUNKNOWN, "int-p1": R.USERUNKNOWN, "int-p3": R.USERUNKNOWN, "int-p4": R.USERUNKNOWN,
    "rcp-p2": R.FILTERED,  # The attempted recipient's preferences prevent messages from being delivered
    "rcp-p3": R.FILTERED,  # The attempted recipient's privacy settings blocked the delivery
    "rcp-t1": R.SYSTEMERROR,  # not currently available due to an internal system issue
    "rcp-t4": R.SUSPEND,  # currently deactivated; the user may or may not reactivate it
    "dns-p1": R.REJECTED, "dns-p2": R.REJECTED, "dns-t1": R.REJECTED,  # our MAIL FROM domain: missing, no MX
    "dns-p3": R.REQUIREPTR, "dns-t2": R.REQUIREPTR,  # our server's reverse DNS: none, or not resolving
    "con-t1": R.TOOMANYCONN, "con-t2": R.TOOMANYCONN, "con-t3": R.TOOMANYCONN, "con-t4": R.TOOMANYCONN,
}


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    m = _CODE.search(text)
    return CODES.get(m.group(1)) if m else None


RULES: tuple[Rule, ...] = ()
