"""Forpsi (INTERNET CZ's hosting in Czechia, Slovakia and Poland; konto.pl, aspone.cz on the same
platform). Its replies put a session id after a 5.1.0 whatever the cause, so the words decide.

Its outgoing server smtp.forpsi.com refusing its own customer's mail (support.konto.pl kb a2765,
a2164, a2813): "550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4081" (or
a4075, or the bare "5.1.0 <id> policy violation") = the sending limits per IP or account exceeded,
or over half of 100 mails an hour from the IP undeliverable, SMTP access blocked for 60 minutes;
its Polish "550 5.1.0 Naruszenie zasad <id>, zobacz https://support.forpsi.com/kb/a4071" = the
account's mail to qq.com/yahoo.com looked like abuse, its SMTP access disabled for 60 minutes.
Blocks of our IP or account, whatever the recipient: the 5.1.0 (an address status) read as a bad
address at RCPT (a false hard) or a refused sender at MAIL FROM.

Its inbound MX mxavas.forpsi.com (support.forpsi.com kb a3302, 'Incoming emails limitation'):
"550 5.1.1 <xxx> sender is blacklisted" (newer "blocklisted") = the recipient's own blacklist
matches the sender: the prospect's filter on us, a live mailbox; "550 5.1.0 <id> blocked by SPF"
= the sender domain's SPF hardfail. Its "552 5.1.1 5.2.2 ... mailbox is full (chkuser)", "552
5.2.0 <id> spam detected" and "DMARC validation failed" read right generically."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "forpsi"
HOSTS = (".forpsi.com",)
DOMAINS = ()  # a host of its customers' own domains
MARKERS = ("support.forpsi.com/kb/",)  # its support link, which its outgoing blocks carry

RULES = (
    Rule(reason=R.BLOCKED, wording="policy violation", sender=True),
    Rule(reason=R.BLOCKED, wording="naruszenie zasad", sender=True),  # Polish: "policy violation"
    Rule(reason=R.FILTERED, wording="sender is blacklisted"),
    Rule(reason=R.FILTERED, wording="sender is blocklisted"),
    Rule(reason=R.AUTHFAILURE, wording="blocked by spf", sender=True),
)
