"""Alibaba Cloud Direct Mail (邮件推送), a sending service: its own refusals of mail handed to it,
as its page of return codes explains them ("邮件推送常见退信代码及处理方法",
help.aliyun.com/document_detail/44499.html). Most are about the sending account or the message
(taxonomy §7: the sender's); two are its lists of addresses it will not mail (invalid addresses,
spam traps), a suppression list (sisimai 5.2 `suppressed`, read as `filtered`, soft)."""

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "aliyun_directmail"
HOSTS = ("smtpdm.aliyun.com",)
DOMAINS = ()  # a sending service: no recipient domain of its own
MARKERS = ()
TAG = re.compile(r"\[@(?:sm|out)\d{6}\]")  # its error tags, "[@sm060104]", "[@out060104]", from any region's host

RULES = (
    # The quota refusals ("552 Daily sending quota exceeded") read right generically (speeding).
    Rule(reason=R.SPAMDETECTED, wording="reject by content spam", sender=True),
    Rule(reason=R.MESGTOOBIG, wording="length of data content", sender=True),
    Rule(reason=R.TOOMANYCONN, wording="number of rcpts is over size", sender=True),
    Rule(reason=R.SECURITYERROR, wording="authentication failure", sender=True),
    Rule(reason=R.FILTERED, wording="invalid rcptto"),
    Rule(reason=R.FILTERED, wording="honeypot rcptto"),
)
