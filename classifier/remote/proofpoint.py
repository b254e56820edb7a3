"""Proofpoint (pphosted.com gateways and Proofpoint Essentials)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "proofpoint"
HOSTS = (".pphosted.com", ".ppe-hosted.com", ".proofpoint.com")
DOMAINS = ()
MARKERS = ("proofpoint.com", "pphosted.com")

RULES = (
    Rule(reason=R.BLOCKED, wording="dnsbl-lookup", sender=True),
    Rule(reason=R.BLOCKED, wording="ipcheck.proofpoint.com", sender=True),
    Rule(reason=R.BLOCKED, wording="blocked - see", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="message blocked due to spam content"),
    Rule(reason=R.SPAMDETECTED, wording="message rejected as spam"),
    Rule(reason=R.VIRUSDETECTED, wording="virus"),
    Rule(reason=R.USERUNKNOWN, wording="user unknown"),
    Rule(reason=R.USERUNKNOWN, wording="no such user"),
    Rule(reason=R.REJECTED, wording="sender blocked", sender=True),
)
