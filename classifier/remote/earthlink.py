"""EarthLink (earthlink.net, mindspring.com). Wording from EarthLink's own automated reply of
blockedbyearthlink (quoted in full in the FreeBSD freebsd-doc archive, 2009-October/016377), and
its error codes since its inbound mail went behind Vade: "The SMTP response you received contains a
unique code starting with ELNK_" (postmaster-earthlink.vadesecure.com/inbound_error_codes), the
numbers of Vade's own table, whose words are few and alike ("550 5.7.1 Sender blocked error" for
the sending IP on a Spamhaus list read as our envelope sender refused: review isp52)."""

import re

from classifier.records import Reason as R
from classifier.remote import Rule
from classifier.remote.vade import CODES as VADE_CODES

NAME = "earthlink"
HOSTS = (".earthlink.net",)
DOMAINS = ("earthlink.net", "mindspring.com")
MARKERS = ("blockedbyearthlink",)
TAG = re.compile(r"\belnk_(\d{3})\b")
# Vade's numbers (remote/vade.py, one home), but for 102: on EarthLink's page "550 5.7.1 Sender
# blocked error", the sending address on a Validity blocklist (Vade's older page: its own queue);
# 130 "Your server is the source of unacceptable messages", the sending IP's quality. A code the
# page does not list is no reading (None): the words decide.
CODES: dict[str, R] = {**VADE_CODES, "102": R.BLOCKED, "130": R.BLOCKED}

RULES = (
    # "550 Dynamic/zombied/spam IPs blocked. Write blockedbyearthlink@...": "EarthLink may be
    # blocking your mail server because the server is/was listed in a dynamic IP range, an open
    # proxy, a compromised machine, or major source of spam": the sending server, whose "spam"
    # word made the generic tables read a content verdict on the recipient's side.
    Rule(reason=R.BLOCKED, wording="dynamic/zombied/spam ips blocked", sender=True),
)
