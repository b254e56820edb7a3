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
    # "Envelope blocked - User Entry": a user's own blocked senders entry, the recipient's choice
    # (review 49); the other entries (an administrator's policy) refuse our envelope sender.
    Rule(reason=R.FILTERED, wording="envelope blocked - user entry"),
    Rule(reason=R.REJECTED, wording="envelope blocked", sender=True),
    # "Rejected by header based manually Blocked Senders": a user's own Managed Senders block list
    # (review 56), where plain "Blocked Senders" is the administrator's policy.
    Rule(reason=R.FILTERED, wording="manually blocked senders"),
    Rule(reason=R.REJECTED, wording="blocked senders", sender=True),
    Rule(reason=R.REJECTED, wording="block policy for envelope from", sender=True),
    # Anti-spoofing, content examination and geographic restriction policies.
    Rule(reason=R.POLICYVIOLATION, wording="anti-spoofing policy"),
    Rule(reason=R.POLICYVIOLATION, wording="content examination policy"),
    # A Geographical Restriction policy refuses our network (Sisimai 5 for-mimecast.go lists both
    # spellings): the sending side's, like a block of its IP.
    Rule(reason=R.POLICYVIOLATION, wording="host network not allowed", sender=True),
    Rule(reason=R.POLICYVIOLATION, wording="host network, not allowed", sender=True),
    # "email rejected due to security policies": a virus signature or a spam score over the limit.
    Rule(reason=R.VIRUSDETECTED, wording="email rejected due to security policies"),
    Rule(reason=R.MESGTOOBIG, wording="maximum email size exceeded"),
    Rule(reason=R.NETWORKERROR, wording="mail loop detected"),
    Rule(reason=R.NORELAYING, wording="open relay not allowed"),
    Rule(reason=R.NORELAYING, wording="open relay is not allowed"),
    Rule(reason=R.NOTACCEPT, wording="account inbounds disabled"),
    Rule(reason=R.SECURITYERROR, wording="this route requires", sender=True),
    # The rest of the codes page, as Sisimai 5's for-mimecast.go quotes it (the glosses in its
    # comments): a wrong login at submission, an umbrella account's certificate, the outbound
    # thread limit (the sending account's), greylisting or a poor reputation of the sending IP
    # ("internal resources are temporarily unavailable"), Mimecast's own load or an unknown fault
    # ("unable to process ..."), a transmission cut short, and a recipient domain whose MX points
    # at Mimecast's outbound hosts. Read as one of these, not the status's guess (a 4.x delay read
    # as an expiry, a 550 at MAIL FROM read as the envelope sender refused).
    Rule(reason=R.SECURITYERROR, wording="submitter failed to authenticate", sender=True),
    Rule(reason=R.SECURITYERROR, wording="incorrect authentication data", sender=True),
    Rule(reason=R.SECURITYERROR, wording="configuration is invalid for this certificate"),
    Rule(reason=R.TOOMANYCONN, wording="exceeding outbound thread limit", sender=True),
    Rule(reason=R.BLOCKED, wording="internal resources are temporarily unavailable", sender=True),
    Rule(reason=R.SYSTEMERROR, wording="unable to process"),
    Rule(reason=R.SYSTEMERROR, wording="message ended early"),
    Rule(reason=R.SYSTEMERROR, wording="recipient temporarily unavailable"),
    Rule(reason=R.NETWORKERROR, wording="incorrect hostname used for inbounds"),
    Rule(reason=R.TOOMANYCONN, wording="account service is temporarily unavailable", sender=True),
)
