"""MailChannels, the filtering service in front of many hosts' mailboxes (Inbound Filtering, its
mx*.mailchannels.net) and the smart host many hosts relay their customers' mail through (Outbound
Filtering, smtp.mailchannels.net). Wording from its own pages: 'Inbound SMTP errors'
(docs.mailchannels.com/inbound/smtp-errors), 'Outbound SMTP errors' (docs.mailchannels.com/
outbound/smtp-errors) and 'Sending policies' (docs.mailchannels.com/email-api/sending-policies)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "mailchannels"
HOSTS = (".mailchannels.net",)
DOMAINS = ()
MARKERS = ("mailchannels.net",)  # its hosts named in a relay's own words ("host mx1.mailchannels.net [...]")

RULES = (
    # Inbound: "550 [S10] Blocked": "the connecting IP address has been blocked by MailChannels".
    Rule(reason=R.BLOCKED, wording="[s10] blocked", sender=True),
    # Inbound: "550 5.7.1 Email has been rejected due to the domain's SPF policy" (the sending
    # domain's own SPF record refuses our host).
    Rule(reason=R.AUTHFAILURE, wording="domain's spf policy", sender=True),
    # Inbound: "550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an
    # attachment type that is not allowed": the recipient's content policy, not a security error.
    Rule(reason=R.POLICYVIOLATION, wording="attachment type that is not allowed"),
    # Outbound: "[RBL]": the sending IP or domain on a global blocklist; "[BFD] Sender prohibited
    # by SPF"; "This sender is not authorized to send from <domain>" (Domain Lockdown); "[BR] ...
    # an excessively high number of invalid recipients originating from your account": the
    # sending account is blocked for its list, the recipient named is not judged.
    Rule(reason=R.BLOCKED, wording="[rbl] sender blocked", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="prohibited by spf", sender=True),
    Rule(reason=R.REJECTED, wording="not authorized to send from", sender=True),
    Rule(reason=R.BLOCKED, wording="invalid recipients originating from your account", sender=True),
)
