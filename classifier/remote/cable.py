"""North American cable ISPs whose replies carry their own error tags: Cox ("AUP#CXxxx", "AUP#CDRBL"),
Spectrum/Charter ("AUP#I-nnnn", "AUP#O-nnnn", TAG) and Comcast/Xfinity ("BL000001", "RL000001"
and its untagged 421 replies), from their published error-code pages (Comcast:
postmaster.comcast.net "mail-error-codes"), and Shaw (Canada: Cloudmark's "AUP#MXRT", "AUP#CNCT")."""

import re

from classifier.records import Reason as R
from classifier.remote import Rule, without_urls

NAME = "cable"
HOSTS = (".cox.net", ".charter.net", ".spectrum.net", ".rr.com", ".comcast.net")
DOMAINS = ("cox.net", "charter.net", "spectrum.net", "rr.com", "twc.com", "brighthouse.com", "comcast.net", "shaw.ca")
MARKERS = ("cox.com/residential/support/email-error-codes", "spectrum.net/support/internet/understanding-email-error-codes",
           "postmaster.comcast.net")

# Spectrum/Charter's tag: "AUP#I-1010" on mail into Charter (the I, In or no letter), "AUP#O-"
# or "AUP#Out-" on its users' outgoing mail, four digits (the form a 554 at the greeting takes:
# "5.3.2 ... 554 dnvrco-cmimta15 esmtp ESMTP server not available AUP#I-1010", as an Email Geeks
# post quotes it on suped.com, weak). The text is lowercase (remote.verdict).
TAG = re.compile(r"\baup#(?:(?:in?|o(?:ut)?)-?)?(\d{4})\b")
# Spectrum's "Understanding email error codes" page as Sisimai::Rhost::Spectrum quotes it (and our
# earlier rules: 1310 too many connections or messages from the sending IP). Every code there
# speaks of the sender (its IP, its account, its message): a code the table does not hold is
# read as a refusal of the sender too (blocked), never by the words around it, which for a 554
# at the greeting under 5.3.2 ("server not available") read as a domain that takes no mail, a
# false hard on a live Charter address.
SPECTRUM: dict[str, R] = {
    "1000": R.BLOCKED,  # Your IP address has been blocked due to suspicious activity
    "1010": R.BLOCKED,  # blocked from sending due to suspicious activity (the sender refused)
    "1090": R.SYSTEMERROR,  # The email you're trying to send can't be processed. Try again later
    "1260": R.NETWORKERROR,  # Spectrum doesn't process IPv6 addresses
    "1310": R.TOOMANYCONN,  # too many connections or messages from the sending IP
    "1500": R.REJECTED,  # sending as a different address than the one signed in under
    "1520": R.REJECTED,  # sending as an address of a domain Spectrum does not host
    "1530": R.MESGTOOBIG,  # larger than the maximum size of 20MB
    "1540": R.SPEEDING,  # deferred for attempting to send too many in a single session
    "1550": R.TOOMANYCONN,  # too many recipients in one message
    "1560": R.BLOCKED,  # rejected for having too many invalid recipients (the sender's list)
    "1580": R.SPEEDING,  # too many recipients in a short period of time
}
# ...and the page's ranges, as Sisimai 5's rhost/for-spectrum.go lists them: 1100-1150 "an issue
# with the Domain Name System ... ensure a reverse DNS entry exists for the IP", 1160-1190 "goes
# against your domain's security policies", 1300-1340 the concurrent and total connections from
# a sender, 1350-1490 limits on messages sent, recipients and invalid recipients.
SPECTRUM_RANGES = ((1100, 1150, R.REQUIREPTR), (1160, 1190, R.POLICYVIOLATION), (1300, 1340, R.TOOMANYCONN),
                   (1350, 1490, R.SPEEDING))


def reason_of(text: str, status: str | None, command: str | None = None) -> R | None:
    """The reason Spectrum's AUP# tag names (Cox's and Comcast's tags are RULES below)."""
    m = TAG.search(text)
    if m is None:
        return None
    code = m.group(1)
    return SPECTRUM.get(code) or next((r for low, high, r in SPECTRUM_RANGES if low <= int(code) <= high), R.BLOCKED)


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
    # Cox's untagged replies, as Sisimai 5's rhost/for-cox.go glosses them from Cox's pages: a
    # client's repeated bad commands (a three-hour block of its IP), the sending IP's reverse DNS
    # failing, a client talking before the greeting, the 100-message-per-connection threshold and
    # the rate limits ("requested action aborted: try again later", a temporary block of the IP),
    # and a forbidden attachment type (.exe, .scr, .js ...). Read as these, not the status's guess
    # (a 4.x delay read as an expiry, untagged words as onhold).
    Rule(reason=R.BLOCKED, wording="cox too many bad commands from", sender=True),
    Rule(reason=R.REQUIREPTR, wording="dns check failure - try again later", sender=True),
    Rule(reason=R.REQUIREPTR, wording="rejected - no rdns", sender=True),
    Rule(reason=R.BLOCKED, wording="esmtp no data before greeting", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="message threshold exceeded", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="requested action aborted: try again later", sender=True),
    Rule(reason=R.POLICYVIOLATION, wording="attachment extension is forbidden"),
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
    # Shaw (its MX shw-central.mx.a.cloudfilter.net, Cloudmark's filter): "AUP#MXRT" rate limiting, "AUP#CNCT" too
    # many concurrent connections, as Shaw's community forum glosses them (support.shaw.ca, weak; review 119: read
    # rejected, and securityerror of the recipient). Cox's own "aup#cxmxrt" / "aup#cxcnct" are the rules above.
    Rule(reason=R.SPEEDING, wording="aup#mxrt", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="aup#cnct", sender=True),
)

# Shaw's two tags are Cloudmark's words ending a reply; inside a help URL ("https://.../email-errors#aup#mxrt", also
# without its scheme or broken by a wrap, review 128) beside a missing user they name no limit of ours (review 121:
# read speeding, a false soft).
_SHAW_TAGS = ("aup#mxrt", "aup#cnct")


def skips(rule: Rule, text: str) -> bool:
    """Shaw's tag rules apply only where the tag stands outside a URL."""
    return rule.wording in _SHAW_TAGS and rule.wording not in without_urls(text)
