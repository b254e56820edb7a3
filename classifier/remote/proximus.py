"""Proximus (Belgium: proximus.be, skynet.be, belgacom.net). Wording from Proximus support "Your IP
address is in our blacklist" (proximus.be/support .../your-ip-address-is-in-our-blacklist.html)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "proximus"
HOSTS = (".proximus.be", ".skynet.be")
DOMAINS = ("proximus.be", "skynet.be", "belgacom.net")
MARKERS = ()

RULES = (
    # "554 Access denied - Under investigation for spam abuse. Contact your email provider for more
    # info": the sending IP is on Proximus's blacklist ("This problem is caused by spam" sent from it).
    Rule(reason=R.BLOCKED, wording="under investigation for spam abuse", sender=True),
)
