"""Fastmail (messagingengine.com: fastmail.com, fastmail.fm and the domains its customers host
there). Wording from Fastmail's page its refusals link to, "locked.html"
(fastmail.com/docs/locked.html?domain=messagingengine.com)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "fastmail"
HOSTS = (".messagingengine.com",)
DOMAINS = ("fastmail.com", "fastmail.fm")
MARKERS = ("mail.messagingengine.com/docs/locked.html",)

RULES = (
    # "554 user@messagingengine.com; Recipient address rejected: Account locked for abuse or
    # overuse; see http://mail.messagingengine.com/docs/locked.html": "this account has been
    # locked" (a breach of the Terms of Service, or its bandwidth quota): the recipient's account
    # is suspended, not missing (the generic tables read nothing there: onhold).
    Rule(reason=R.SUSPEND, wording="account locked for abuse or overuse"),
)
