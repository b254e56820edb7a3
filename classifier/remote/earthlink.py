"""EarthLink (earthlink.net, mindspring.com). Wording from EarthLink's own automated reply of
blockedbyearthlink (quoted in full in the FreeBSD freebsd-doc archive, 2009-October/016377)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "earthlink"
HOSTS = (".earthlink.net",)
DOMAINS = ("earthlink.net", "mindspring.com")
MARKERS = ("blockedbyearthlink",)

RULES = (
    # "550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@...": "EarthLink may be
    # blocking your mail server because the server is/was listed in a dynamic IP range, an open
    # proxy, a compromised machine, or major source of spam": the sending server, whose "spam"
    # word made the generic tables read a content verdict on the recipient's side.
    Rule(reason=R.BLOCKED, wording="dynamic/zombied/spam ips blocked", sender=True),
)
