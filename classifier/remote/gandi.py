"""Gandi mail (GandiMail, *.mail.gandi.net): its content filter's refusals, "Reject for policy
reason. RULEn_n", whose rule number names the cause, as its postmaster page explains them
("Troubleshooting page for GandiMail", postmaster.gandi.net). Its greylisting and DNSBL refusals
read right generically."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "gandi"
HOSTS = (".gandi.net",)
DOMAINS = ()  # a host of its customers' own domains
MARKERS = ()

RULES = (
    # RULE1_1 "A possible virus or malware has been detected".
    Rule(reason=R.VIRUSDETECTED, wording="reject for policy reason. rule1_"),
    # RULE2_1 "Message considered as phishing either by heuristic analysis or a suspicious link
    # found in it", RULE2_2 "Message considered as a potential scam by heuristic analysis".
    Rule(reason=R.SPAMDETECTED, wording="reject for policy reason. rule2_"),
    # RULE3_1 "A suspicious commercial email was detected", RULE3_2 "Gandi detected a high spam
    # probability score".
    Rule(reason=R.SPAMDETECTED, wording="reject for policy reason. rule3_"),
)
