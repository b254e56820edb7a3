"""AT&T / BellSouth (att.net, bellsouth.net and the other former SBC domains, before their mail
moved to Yahoo's servers): the refusals of its "Error Message Summary" (rbl.att.net,
att.net/general-info/bls_info/block_enduser.html). Most name the sending system, not the
recipient: "521 <ip> is blocked", "550 <ip> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net"."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "att"
HOSTS = (".att.net", ".bellsouth.net")
DOMAINS = ("att.net", "bellsouth.net", "sbcglobal.net", "pacbell.net", "swbell.net", "ameritech.net",
           "flash.net", "nvbell.net", "prodigy.net", "snet.net", "wans.net")
MARKERS = ("att.net/general-info", "abuse_rbl@abuse-att.net")

RULES = (
    Rule(reason=R.SUSPEND, wording="mailbox currently suspended"),  # the BellSouth customer's account
    # "550 5.2.1 <ADDRESS>... Addressee unknown, relay=[ip]": AT&T's reply for an address it has no mailbox for, under
    # 5.2.1 (smtp.codes/550, AT&T); the generic rules keep a 5.2.1's `filtered` for a sendmail line (sendmail_lines),
    # but at AT&T's servers the status is its no-such-user (review frames57: four false softs).
    Rule(reason=R.USERUNKNOWN, wording="addressee unknown", status="5.2.1"),
    Rule(reason=R.BLOCKED, wording="> is blocked", sender=True),  # "identified as a source of spam"
    Rule(reason=R.BLOCKED, wording="ou=rblmx", sender=True),  # "exhibited behavior associated with spammers"
    Rule(reason=R.BLOCKED, wording="blocked for abuse", sender=True),
    Rule(reason=R.BLOCKED, wording="unauthorized interface for", sender=True),  # not a valid source of e-mail
    Rule(reason=R.REJECTED, wording="requires valid sender domain", sender=True),  # the sender's DNS
    Rule(reason=R.REQUIREPTR, wording="failure in dns look-up", sender=True),  # the sending IP's reverse DNS
    # "450 busy--Please try again later": "The sending system has requested more resources than are
    # available at the moment" (its system's load, retried).
    Rule(reason=R.SYSTEMERROR, wording="busy--please try again later"),
)
