"""GMX and WEB.DE (1&1 Mail & Media, "Nemesis" ESMTP). Wording from their postmaster pages."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "gmx"
HOSTS = (".gmx.net", ".gmx.com", ".web.de", ".mail.com", ".kundenserver.de")
DOMAINS = ("gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.com", "web.de", "mail.com")
MARKERS = ("nemesis esmtp", "postmaster.gmx.net", "postmaster.web.de", "postmaster.1und1.de")

RULES = (
    Rule(reason=R.SUSPEND, wording="mailbox disabled"),
    Rule(reason=R.USERUNKNOWN, wording="requested action not taken: mailbox unavailable"),
    Rule(reason=R.USERUNKNOWN, wording="mailbox unavailable"),
    Rule(reason=R.MAILBOXFULL, wording="quota exceeded"),
    Rule(reason=R.REQUIREPTR, wording="dns ptr", sender=True),
    Rule(reason=R.REQUIREPTR, wording="no ptr", sender=True),
    Rule(reason=R.BLOCKED, wording="ip address is block listed", sender=True),
    Rule(reason=R.BLOCKED, wording="no smtp service", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="mail rejected by nemesis"),
)
