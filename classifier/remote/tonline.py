"""T-Online / Telekom Mail (mx00-03.t-online.de): its greetings refusing a sending host.

postmaster.t-online.de (4.1 "Voraussetzungen für einen reibungslosen Zugang", 4.6/4.7: hosts of
unknown or bad reputation and hosts without an imprint are refused at the connection) names each
block's contact at rx.t-online.de; hosting providers' help pages quote the greetings: "554
IP=<ip> - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to
clarify.) (BL)", "554 IP=<ip> - None/bad reputation. Ask your postmaster for help or to contact
tobr@rx.t-online.de for reset. (NOWL)" (bllmnn.de, timmehosting.de), "554 Dialup/transient IP not
allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)" (help.creoline.com).
The (BL) and (DIAL) words name no block, so quoted without the stage (Gmail's DSN, an Exchange
NDR) they read as nothing: the contact address says whose the refusal is."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "tonline"
HOSTS = (".t-online.de",)
DOMAINS = ("t-online.de", "magenta.de")
MARKERS = ("rx.t-online.de",)

RULES = (
    Rule(reason=R.BADREPUTATION, wording="none/bad reputation", sender=True),
    # Every other greeting that sends the operator to an rx.t-online.de contact: our host barred.
    Rule(reason=R.BLOCKED, wording="@rx.t-online.de", sender=True),
)
