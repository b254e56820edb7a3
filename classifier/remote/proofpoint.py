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
    # "550 5.7.0 Local Policy Violation": what Proofpoint answers a sending server on its real-time
    # blacklist (Hunter College ICIT 'Spam Interception'), read at MAIL FROM as a refused sender.
    Rule(reason=R.BLOCKED, wording="local policy violation", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="message blocked due to spam content"),
    Rule(reason=R.SPAMDETECTED, wording="message rejected as spam"),
    Rule(reason=R.VIRUSDETECTED, wording="virus"),
    Rule(reason=R.USERUNKNOWN, wording="user unknown"),
    Rule(reason=R.USERUNKNOWN, wording="no such user"),
    Rule(reason=R.REJECTED, wording="sender blocked", sender=True),
)
