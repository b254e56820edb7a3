"""Apple iCloud Mail (icloud.com, me.com, mac.com). Wording from Apple's "Mail server error
codes" support page (HT204137, [CSxx]/[HMxx] tags)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "apple"
HOSTS = (".mail.icloud.com", ".icloud.com", ".me.com", ".apple.com")
DOMAINS = ("icloud.com", "me.com", "mac.com")
MARKERS = ("support.apple.com/en-us/ht204137", "support.apple.com/en-us/102322")

RULES = (
    Rule(reason=R.USERUNKNOWN, wording="inactive email address"),
    Rule(reason=R.USERUNKNOWN, wording="user does not exist"),
    Rule(reason=R.USERUNKNOWN, wording="unknown or illegal alias"),
    Rule(reason=R.HASMOVED, wording="recipient no longer on server"),
    Rule(reason=R.MAILBOXFULL, wording="user is over quota"),
    Rule(reason=R.NORELAYING, wording="relay access denied"),
    Rule(reason=R.NOTACCEPT, wording="host/domain does not accept mail"),
    Rule(reason=R.AUTHFAILURE, wording="s dmarc policy", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="failing both spf and dkim", sender=True),
    # [CS01] "Message rejected due to local policy": iCloud's content/policy filter.
    Rule(reason=R.POLICYVIOLATION, wording="due to local policy"),
    Rule(reason=R.REJECTED, wording="sender address rejected", sender=True),
    Rule(reason=R.SPEEDING, wording="due to excessive volume", sender=True),
    Rule(reason=R.BLOCKED, wording="rejected due to having a domain present in the spamhaus", sender=True),
    Rule(reason=R.BLOCKED, wording="rejected due to listing in spamhaus", sender=True),
    Rule(reason=R.BLOCKED, wording="not accepting connections", sender=True),
    Rule(reason=R.BLOCKED, wording="support.proofpoint.com/dnsbl-lookup", sender=True),
)
