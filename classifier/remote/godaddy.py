"""GoDaddy's inbound mail servers (Workspace Email and cPanel hosting: *.secureserver.net), which
answer many small businesses' domains. Their refusals end with an error tag, "IB" and three digits
("552 5.2.0 This message has been rejected due to content judged to be spam by the internet
community IB212"), and the tag names the failure more exactly than the generic tables read the
words: "This IP has been temporarily blocked for attempting to mail too many invalid recipients.
IB112" is the sending IP blocked (read as the recipient's filter), "Reverse DNS for this IP
failed. IB108" a missing PTR (read as onhold).

Codes and texts: GoDaddy Help "What does my email bounceback mean?" (godaddy.com/help/3568, now
"Fix rejected email with a bounce error", godaddy.com/help/40685), as its table is quoted code by
code in Sisimai::Rhost::GoDaddy (libsisimai-perl 4.25, which cites that page); IB212's full reply
as support.tigertech.net/godaddy-ib212 quotes it. The reasons are this project's taxonomy's
reading of GoDaddy's own sentence for each code (Sisimai files some elsewhere: its `toomanyconn`
for the hourly limits is our `speeding`, its `expired` for IB101's "try again later" is no
reading here)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "godaddy"
HOSTS = (".secureserver.net",)
DOMAINS = ()
MARKERS = ()
# Only the published codes: a bare "ib" and three digits elsewhere (a queue id, a host name) is
# no tag of GoDaddy's. The text is lowercase (remote.verdict).
TAG = re.compile(r"(?<![\w.-])ib(007|103|104|105|106|108|110|111|112|113|212|401|501|502|504|506|508|510|607|705)"
                 r"(?![\w-]|\.\w)")

CODES: dict[str, R | None] = {
    "007": R.TOOMANYCONN,  # 421 Connection refused, too many sessions from This IP
    "103": R.BADREPUTATION,  # 554 Connection refused. This IP has a poor reputation on Cloudmark Sender Intelligence
    "104": R.BLOCKED,  # 554 Connection refused. This IP is listed on the Spamhaus Block List (SBL)
    "105": R.BLOCKED,  # ... the Exploits Block List (XBL)
    "106": R.BLOCKED,  # ... the Policy Block List (PBL)
    "108": R.REQUIREPTR,  # 421 Temporarily rejected. Reverse DNS for this IP failed
    "110": R.BLOCKED,  # 554 This IP has been temporarily blocked for attempting to send too many messages
    "111": R.BLOCKED,  # containing content judged to be spam (110: for now; 111: for the day)
    "112": R.BLOCKED,  # 554 This IP has been temporarily blocked for attempting to mail too many invalid
    "113": R.BLOCKED,  # recipients (112: for now; 113: for the day)
    "212": R.SPAMDETECTED,  # 552 This message has been rejected due to content judged to be spam
    "401": None,  # 535 Authentication not allowed on IBSMTP Servers: the sender's rule below
    "501": R.REJECTED,  # 550 <sender> Blank From: addresses are not allowed
    "502": R.REJECTED,  # 550 <sender> IP addresses are not allowed as a From: Address
    "504": R.SPEEDING,  # 550 This IP has sent too many messages this hour
    "506": R.REJECTED,  # 550 <domain> From: Domain is invalid
    "508": R.AUTHFAILURE,  # 550 <sender> Invalid SPF record
    "510": R.SPEEDING,  # 550 This message has exceeded the max number of messages per session
    "607": R.SPEEDING,  # 550 This IP has sent too many to too many recipients this hour
    "705": R.VIRUSDETECTED,  # 552 Virus infected message rejected
}

RULES = (
    # Our side tried SMTP AUTH on GoDaddy's inbound servers: a security requirement the sending
    # setup did not meet (taxonomy §7: failing authentication is the sender's), not the mailbox's.
    Rule(reason=R.SECURITYERROR, wording="authentication not allowed on ibsmtp servers", sender=True),
)

