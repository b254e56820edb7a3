"""Zoho Mail (receiving, and Zoho's own refusals of a sending account)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "zoho"
HOSTS = (".zoho.com", ".zoho.eu", ".zoho.in", ".zohomail.com")
DOMAINS = ("zoho.com", "zohomail.com", "zoho.eu", "zoho.in")
MARKERS = ("zoho.com/mail/help",)

RULES = (
    Rule(reason=R.USERUNKNOWN, wording="user does not exist"),
    Rule(reason=R.USERUNKNOWN, wording="mailbox not found"),
    Rule(reason=R.MAILBOXFULL, wording="mailbox is full"),
    Rule(reason=R.SUSPEND, wording="account is inactive"),
    Rule(reason=R.SPAMDETECTED, wording="unusual sending activity", sender=True),
    Rule(reason=R.SECURITYERROR, wording="sending has been blocked", sender=True),
    Rule(reason=R.POLICYVIOLATION, wording="rejected by destination domain"),
)
