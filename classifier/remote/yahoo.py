"""Yahoo Inc. (Yahoo Mail, AOL, and the mail of Verizon customers it hosts). Wording from
Yahoo's sender hub error-code page ([TSSxx], [PHxx], [BLxx] tags)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "yahoo"
HOSTS = (".yahoodns.net", ".yahoo.com", ".aol.com", ".yahoo.co.jp")
DOMAINS = ("yahoo.com", "ymail.com", "rocketmail.com", "aol.com", "aim.com", "yahoo.co.uk", "yahoo.fr",
           "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.ca", "yahoo.com.br", "verizon.net")
# "delivery error: dd " opens Yahoo's own qmail-style refusals ("554 delivery error: dd This user
# doesn't have a <domain> account", senders.yahooinc.com; "dd Sorry, your message to x cannot be
# delivered"), said for the domains it now hosts too (att.net, comcast.net: June 2025), where no
# Yahoo host may be named (Exchange Online's NDR) and the domain is another provider's.
MARKERS = ("postmaster.yahooinc.com", "senders.yahooinc.com", "postmaster.verizonmedia.com",
           "postmaster.yahoo.com", "help.yahoo.com", "delivery error: dd ")

RULES = (
    # AOL's block tags (postmaster.aol.com/errors: "The codes are listed in categories based on the
    # first part of the error message", RTR/HVU/RLY/DYN ... Blocks): RTR:RD "the reverse DNS of your
    # IP Address is typical of a dynamic IP", RTR:DU dynamic/residential IPs, RLY:B1 a dynamic block
    # on member complaints (554rlyb1.html), DYN:T1 a temporary one. All about the sending host.
    Rule(reason=R.REQUIREPTR, wording="rtr:rd", sender=True),
    Rule(reason=R.BLOCKED, wording="rtr:", sender=True),
    Rule(reason=R.BLOCKED, wording="rly:", sender=True),
    Rule(reason=R.BLOCKED, wording="dyn:", sender=True),
    Rule(reason=R.BLOCKED, wording="hvu:", sender=True),
    # Yahoo Help SLN3444: "553 VS99-IP1 deferred" (the SMTP connection was rejected); "451 VS1-IP /
    # VS1-MF Excessive unknown recipients - possible Open Relay" (the sending server deprioritized):
    # the unknown recipients are the sender's list, no word about this one.
    Rule(reason=R.BLOCKED, wording="vs99-ip", sender=True),
    Rule(reason=R.BLOCKED, wording="excessive unknown recipients", sender=True),
    # help.aol.co.uk "What is a MAILER-DAEMON message": "550 is not accepting mail from this sender",
    # the owner's privacy or spam settings block our address: a live mailbox's filter.
    Rule(reason=R.FILTERED, wording="is not accepting mail from this sender"),
    # AOL's older notice names its refusing members by screen name: "Your mail to the following
    # recipients could not be delivered because they are not accepting mail from <sender>:"
    # (flufl.bounce aol.py's marker line): their own settings block us, as above.
    Rule(reason=R.FILTERED, wording="they are not accepting mail"),
    Rule(reason=R.USERUNKNOWN, wording="dd this user doesn't have a "),
    # Yahoo's own notice before the "dd" tag (flufl.bounce yahoo.py's 'Message from yahoo.com.'
    # shape): "This user doesn't have a yahoo.com account (a@yahoo.com) [0]".
    Rule(reason=R.USERUNKNOWN, wording="this user doesn't have a yahoo."),
    Rule(reason=R.USERUNKNOWN, wording="mailbox not found"),
    Rule(reason=R.SUSPEND, wording=" is no longer valid."),
    Rule(reason=R.SUSPEND, wording="this mailbox is disabled"),
    Rule(reason=R.SPEEDING, wording="user is receiving mail too quickly"),
    Rule(reason=R.TOOMANYCONN, wording="max message per connection reached", sender=True),
    # 550/554 5.7.9: unauthenticated (no SPF nor DKIM), or refused by policy.
    Rule(reason=R.AUTHFAILURE, wording="requires all senders to authenticate", sender=True),
    Rule(reason=R.AUTHFAILURE, wording="sender is unauthenticated", sender=True),
    Rule(reason=R.POLICYVIOLATION, wording="not accepted for policy reasons"),
    Rule(reason=R.NOTCOMPLIANTRFC, wording="headers are not rfc compliant"),
    Rule(reason=R.BLOCKED, wording="because the ip is in spamhaus's list", sender=True),
    Rule(reason=R.BLOCKED, wording="not accepted from ip addresses on spamhaus", sender=True),
    # [TSS04] "temporarily deferred due to unexpected volume or user complaints" is left to the
    # generic tables (bad reputation). [TS03]/[TSS06]/[TSS09] "All messages from <ip> will be
    # permanently deferred": the sending IP refused for good (review 49: the words name the IP).
    Rule(reason=R.BLOCKED, wording=" will be permanently deferred", sender=True),
    # "Unresolvable RFC.5321 or RFC.5322 from domain" (sender hub): our MAIL FROM or From: domain.
    Rule(reason=R.REJECTED, wording="unresolvable rfc.532", sender=True),
    # "421 4.7.0 [GL01] Message from <ip> temporarily deferred - 4.16.50" (its older "Message from
    # (ip) temporarily deferred - 4.16.50" without the tag): the sending IP deprioritised, as its
    # TS* deferrals ("Message temporarily deferred (eg: TS* Errors)"); "Resources temporarily
    # unavailable" ("the Yahoo mail servers were busy"): its own system.
    Rule(reason=R.BLOCKED, wording="[gl01]", sender=True),
    Rule(reason=R.BLOCKED, wording="temporarily deferred - 4.16.", sender=True),
    Rule(reason=R.SYSTEMERROR, wording="resources temporarily unavailable"),
    Rule(reason=R.NORELAYING, wording="relaying denied for "),
    Rule(reason=R.SYNTAXERROR, wording="syntax error in parameters or arguments"),
)
