"""US cable ISPs whose replies carry their own error tags: Cox ("AUP#CXxxx", "AUP#CDRBL"),
Spectrum/Charter ("AUP#In-nnnn", "AUP#Out-nnnn") and Comcast/Xfinity ("BL000001", "RL000001"
and its untagged 421 replies), from their published error-code pages (Comcast:
postmaster.comcast.net "mail-error-codes")."""

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "cable"
HOSTS = (".cox.net", ".charter.net", ".spectrum.net", ".rr.com", ".comcast.net")
DOMAINS = ("cox.net", "charter.net", "spectrum.net", "rr.com", "twc.com", "brighthouse.com", "comcast.net")
MARKERS = ("cox.com/residential/support/email-error-codes", "spectrum.net/support/internet/understanding-email-error-codes",
           "postmaster.comcast.net")

RULES = (
    Rule(reason=R.BLOCKED, wording="aup#cdrbl", sender=True),  # IP on Cox's own DNSBL
    Rule(reason=R.BLOCKED, wording="aup#cxbl", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#rbl", sender=True),
    Rule(reason=R.REQUIREPTR, wording="aup#cxrdns", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="aup#cxsbl"),
    Rule(reason=R.USERUNKNOWN, wording="aup#cxnou"),
    # Cox's postmaster "Error Codes" page: IPBLnnnn "The sending IP is listed in the Spamhaus Zen /
    # Return Path / Invaluement ivmSIP / Cloudmark CSI DNSBL(s)"; and its residential error-code
    # page as Sisimai::Rhost::Cox quotes it: URLBLnnn "A URL within the body of the message was found
    # on blocklists", CXCNCT "a limit to the number of concurrent SMTP connections per IP address",
    # CXMXRT "exceeded the maximum number of sent email allowed", CXDNS "an issue with the connecting
    # IP address Domain Name System (DNS)", CXSNDR "a problem with the sender's domain", CXSMTP
    # "unable to verify that it came from a legitimate email sender", CXTHRT and CXMJ "Email sending
    # limited / blocked due to suspicious account activity" (the review_notices22.py rows).
    Rule(reason=R.BLOCKED, wording="aup#ipbl", sender=True),
    Rule(reason=R.SPAMDETECTED, wording="aup#urlbl"),
    Rule(reason=R.TOOMANYCONN, wording="aup#cxcnct", sender=True),
    Rule(reason=R.SPEEDING, wording="aup#cxmxrt", sender=True),
    Rule(reason=R.REQUIREPTR, wording="aup#cxdns", sender=True),
    Rule(reason=R.REJECTED, wording="aup#cxsndr", sender=True),
    Rule(reason=R.REJECTED, wording="aup#cxsmtp", sender=True),
    Rule(reason=R.SECURITYERROR, wording="aup#cxthrt", sender=True),
    Rule(reason=R.SECURITYERROR, wording="aup#cxmj", sender=True),
    # Spectrum "AUP#In-1310"/"Out-1310": too many connections or messages from the sending IP.
    Rule(reason=R.TOOMANYCONN, wording="aup#in-1310", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="aup#out-1310", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#in-1000", sender=True),
    Rule(reason=R.BLOCKED, wording="aup#out-1000", sender=True),
    # Comcast: BLxxxxxx the sending IP on a block list (its own, Spamhaus, Cloudmark, SenderScore),
    # ESxxxxxx a dynamic/residential sending IP, RLxxxxxx its rate; "421 - [Too many sessions
    # opened]" (simultaneous connections per sending IP), "421 - [Reverse DNS failure : Try again
    # later]" (the sending IP's rDNS lookup failed).
    Rule(reason=R.BLOCKED, wording="#bl0000", sender=True),
    Rule(reason=R.BLOCKED, wording="es000001", sender=True),
    Rule(reason=R.BLOCKED, wording="es000010", sender=True),
    Rule(reason=R.SPEEDING, wording="rl000001", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="too many sessions opened", sender=True),
    Rule(reason=R.REQUIREPTR, wording="reverse dns failure", sender=True),
)
