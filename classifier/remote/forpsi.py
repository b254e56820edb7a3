"""Forpsi (INTERNET CZ's hosting in Czechia, Slovakia and Poland, konto.pl): its outgoing server
smtp.forpsi.com refusing its own customer's mail, "550 5.1.0 <id> policy violation, see
https://support.forpsi.com/kb/a4081" (or .../kb/a4075), as its support page explains it
(support.konto.pl kb a2765, 'Błąd "policy violation" - e-maile w kolejce z adresu IP'): more than
100 mails in the last hour from the sender's public IP, over half of them undeliverable, so SMTP
access for that IP is blocked for 60 minutes. The block is of our sending IP, whatever the
recipient: its 5.1.0 (an address status) would otherwise read as a bad address at RCPT or a
refused sender at MAIL FROM."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "forpsi"
HOSTS = (".forpsi.com",)
DOMAINS = ()  # a host of its customers' own domains
MARKERS = ("support.forpsi.com/kb/",)  # its support link, which every such refusal carries

RULES = (
    Rule(reason=R.BLOCKED, wording="policy violation, see https://support.forpsi.com/kb/", sender=True),
)
