"""Cloudflare Email Routing (route1/2/3.mx.cloudflare.net), which forwards a domain's mail to
each user's own mailbox. Its two refusals as Sisimai 5's rhost/for-cloudflare.go reads them
(citing developers.cloudflare.com/email-routing/postmaster/): the sending IP "found on one or
more DNSBLs", and an "Upstream error", the forwarding destination's failure, a delivery
problem for now (a 4.x delay is otherwise read as an expiry)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "cloudflare"
HOSTS = (".mx.cloudflare.net",)
DOMAINS = ()
MARKERS = ()

RULES = (
    Rule(reason=R.BLOCKED, wording="found on one or more dnsbls", sender=True),
    Rule(reason=R.SYSTEMERROR, wording="upstream error"),
)
