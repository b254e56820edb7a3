"""BT (btinternet.com and BT's other consumer and business mail domains). Wording from BT Business
help a_id 15074 "My emails are being rejected - I'm getting messages with the error code 550"."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "bt"
HOSTS = (".btinternet.com",)
DOMAINS = ("btinternet.com", "btopenworld.com", "talk21.com", "btconnect.com")
MARKERS = ()

RULES = (
    # "550 Message rejected due to sender IP reputation ([86.xx.xx.xx])": "your email is being
    # rejected as spam by the BT network" for the sending IP's standing: our host, not the mailbox.
    Rule(reason=R.BADREPUTATION, wording="rejected due to sender ip reputation", sender=True),
)
