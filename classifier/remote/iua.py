"""i.ua (Ukraine: i.ua, email.ua, ua.fm and its other free domains). Its refusals end with a link
to its error page, "http://mail.i.ua/err/N/", whose number names the failure more exactly than the
words: "Mailbox was not used for more than 3 months" (err/3) is a mailbox disabled for disuse,
read as the 5.2.1 status's filter; "Wrong value of command HELO/EHLO parameter" (err/7) our
host's HELO, read onhold. Codes and glosses: Sisimai::Rhost::IUA (libsisimai-perl 4.25), read as
an outside opinion; the reasons are this project's taxonomy's reading of each gloss
(tests/classifier/review_notices25.py quotes them)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "iua"
HOSTS = (".i.ua", ".email.ua")
DOMAINS = ("i.ua", "email.ua", "ua.fm")
MARKERS = ()
# "i.ua/err/3/" (lowercase text, remote.verdict); Sisimai reads ".i.ua/err/N".
TAG = re.compile(r"[./]i\.ua/err/(\d{1,2})\b")

CODES: dict[str, R | None] = {
    "1": R.NORELAYING,  # The use of SMTP as mail gate is forbidden
    "2": R.USERUNKNOWN,  # User is not found
    "3": R.SUSPEND,  # Mailbox was not used for more than 3 months
    "4": R.MAILBOXFULL,  # Mailbox is full
    "5": R.SPEEDING,  # Letter sending limit is exceeded (Sisimai: toomanyconn)
    "6": R.NORELAYING,  # Use SMTP of your provider to send mail
    "7": R.BLOCKED,  # Wrong value if command HELO/EHLO parameter
    "8": R.REJECTED,  # Couldn't check sender address
    "9": R.BLOCKED,  # IP-address of the sender is blacklisted
    "10": R.FILTERED,  # Not in the list Mail address management
}

RULES: tuple[Rule, ...] = ()
