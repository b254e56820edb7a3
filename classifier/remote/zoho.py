"""Zoho Mail (receiving, and Zoho's own refusals of a sending account)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "zoho"
# smtp.zeptomail.com: Zoho's transactional sending service (ZeptoMail "SMTP Error Codes").
HOSTS = (".zoho.com", ".zoho.eu", ".zoho.in", ".zohomail.com", ".zeptomail.com")
DOMAINS = ("zoho.com", "zohomail.com", "zoho.eu", "zoho.in")
# "... detected by Zoho Mail" names Zoho in a notice that quotes the reply without its host
# (an Exchange Online NDR).
MARKERS = ("zoho.com/mail/help", "detected by zoho mail")

RULES = (
    Rule(reason=R.USERUNKNOWN, wording="user does not exist"),
    Rule(reason=R.USERUNKNOWN, wording="mailbox not found"),
    Rule(reason=R.MAILBOXFULL, wording="mailbox is full"),
    Rule(reason=R.SUSPEND, wording="account is inactive"),
    Rule(reason=R.SPAMDETECTED, wording="unusual sending activity", sender=True),
    Rule(reason=R.SECURITYERROR, wording="sending has been blocked", sender=True),
    # (Zoho's "541 5.4.1 Mail rejected by destination domain" and "550 5.7.1 Mailbox delivery
    # restricted by policy error" are read by the generic policy phrases, which also read them
    # where an NDR quotes them without Zoho's host.)
    # ZeptoMail "SMTP Error Codes": "552 5.7.1 virus Win.Test.EICAR_HDB-1 detected by Zoho Mail":
    # the virus's name stands between the two words the generic tables look for.
    Rule(reason=R.VIRUSDETECTED, wording="detected by zoho mail"),
)
