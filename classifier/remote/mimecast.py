"""Mimecast, the gateway in front of many companies' mail. Wording from Mimecast's published
"SMTP Error Codes" article."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "mimecast"
HOSTS = (".mimecast.com", ".mimecast.co.za", ".mimecast-offshore.com")
DOMAINS = ()
MARKERS = ("mimecast.com", "mcspamsignature")

RULES = (
    Rule(reason=R.USERUNKNOWN, wording="invalid recipient"),
    Rule(reason=R.USERUNKNOWN, wording="user unknown"),
    Rule(reason=R.AUTHFAILURE, wording="spf sender invalid", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="dkim sender invalid", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="dmarc sender invalid", sender=True),
    Rule(reason=R.BADREPUTATION, wording="ip reputation", sender=True),
    Rule(reason=R.BLOCKED, wording="ip temporarily blacklisted", sender=True),
    Rule(reason=R.BLOCKED, wording="sender address blocked", sender=True),
    Rule(reason=R.REJECTED, wording="envelope blocked", sender=True),
    Rule(reason=R.REJECTED, wording="blocked senders", sender=True),
    Rule(reason=R.REJECTED, wording="block policy for envelope from", sender=True),
    # Anti-spoofing, content examination and geographic restriction policies.
    Rule(reason=R.POLICYVIOLATION, wording="anti-spoofing policy"),
    Rule(reason=R.POLICYVIOLATION, wording="content examination policy"),
    Rule(reason=R.POLICYVIOLATION, wording="host network not allowed"),
    # "email rejected due to security policies": a virus signature or a spam score over the limit.
    Rule(reason=R.VIRUSDETECTED, wording="email rejected due to security policies"),
    Rule(reason=R.MESGTOOBIG, wording="maximum email size exceeded"),
    Rule(reason=R.NETWORKERROR, wording="mail loop detected"),
    Rule(reason=R.NORELAYING, wording="open relay not allowed"),
    Rule(reason=R.NOTACCEPT, wording="account inbounds disabled"),
    Rule(reason=R.SECURITYERROR, wording="this route requires", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="account service is temporarily unavailable", sender=True),
)
