"""Virgin Media Mail (virginmedia.com, ntlworld.com, blueyonder.co.uk, virgin.net). Wording from
Virgin Media's community notice "Email Spam Content Found error 550 - 554"
(community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "virgin"
HOSTS = (".virginmedia.com",)
DOMAINS = ("virginmedia.com", "ntlworld.com", "blueyonder.co.uk", "virgin.net")
MARKERS = ()

RULES = (
    # "550 - 554 5.2.0 Spam content found": Virgin Media's spam filter on the message, under a
    # mailbox-status code (5.2.0) that the generic tables read as the recipient's own filter.
    Rule(reason=R.SPAMDETECTED, wording="spam content found"),
)
