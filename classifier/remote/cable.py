"""US cable ISPs whose replies carry their own error tags: Cox ("AUP#CXxxx", "AUP#CDRBL") and
Spectrum/Charter ("AUP#In-nnnn", "AUP#Out-nnnn"), from their published error-code pages."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "cable"
HOSTS = (".cox.net", ".charter.net", ".spectrum.net", ".rr.com")
DOMAINS = ("cox.net", "charter.net", "spectrum.net", "rr.com", "twc.com", "brighthouse.com")
MARKERS = ("cox.com/residential/support/email-error-codes", "spectrum.net/support/internet/understanding-email-error-codes")

RULES = (
    Rule(reason=R.BLOCKED, wording="aup#cdrbl", sender=True),  # IP on Cox's own DNSBL
    Rule(reason=R.BLOCKED, wording="aup#cxbl", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#rbl", sender=True),
    Rule(reason=R.REQUIREPTR, wording="aup#cxrdns", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="aup#cxsbl"),
    Rule(reason=R.USERUNKNOWN, wording="aup#cxnou"),
    # Spectrum "AUP#In-1310"/"Out-1310": too many connections or messages from the sending IP.
    Rule(reason=R.TOOMANYCONN, wording="aup#in-1310", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="aup#out-1310", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#in-1000", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#out-1000", sender=True),
)
