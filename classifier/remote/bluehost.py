"""Bluehost (and the hosts sharing its mail platform). Wording from Bluehost Help "What Does My
Email Bounce Mean?" (bluehost.com/help/article/what-does-my-email-bounce-mean): its incoming
servers' refusals, tagged "GL/GL" (greylisting) and "GL/BL" (the recipient's own blacklist)."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "bluehost"
HOSTS = (".bluehost.com",)
DOMAINS = ()
MARKERS = ("recipient rejected gl/bl",)

RULES = (
    # "SMTP 550 ("toemail" recipient rejected GL/BL)": "The sender has been blacklisted by the
    # recipient (the customer has blacklisted them)": the recipient's own filter refusing the
    # sender, not a missing mailbox (its bare "recipient rejected" is one, read generically).
    Rule(reason=R.FILTERED, wording="recipient rejected gl/bl"),
)
