"""The forty-sixth review's whole notices (tests/classifier/review_notices46.py and
review_notices46_more.py: the mail servers earlier reviews barely read — Haraka, chasquid,
Stalwart, maddy, CommuniGate Pro, MDaemon, Kerio Connect, IceWarp, Axigen, MailEnable, SmarterMail,
Apache James, Mailcow — as the receiving server quoted by Postfix, Exim and Gmail, as the sending
server in their own notices, with controls): recipients, hard/soft, whose fault, delay. One
table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices46 import ROWS as RECEIVING
from tests.classifier.review_notices46_more import ROWS as MORE

ROWS = RECEIVING + MORE
_UNNAMED_STAGE = (
    "Soft, not hard: sisimai's rule this classifier keeps (reasons.py _is_userunknown): an English 'no such user' "
    "wording with no 5.1.x status, at a stage the notice does not name, reads `filtered` (a content filter after "
    "DATA may say it). {} names no stage and the reply no enhanced code; the words leave no doubt here, but "
    "trusting bare English wordings at an unnamed stage is the broad change the rule exists to refuse.")
JUDGEMENT: dict[str, str] = {
    "haraka-ldap-no-mailbox-gmail": _UNNAMED_STAGE.format("Gmail's DSN quoting Haraka rcpt-ldap's reply"),
    "cgp-unknown-user-account-gmail": _UNNAMED_STAGE.format("Gmail's DSN quoting CommuniGate Pro's reply"),
    "mdaemon-unknown-user-gmail": _UNNAMED_STAGE.format("Gmail's DSN quoting MDaemon's reply"),
    "cgp-own-remote-no-mailbox": _UNNAMED_STAGE.format("CommuniGate Pro's 'SMTP module(domain x) reports:'"),
    "james-dsn-haraka-ldap": _UNNAMED_STAGE.format("Apache James's DSNBounce"),
}


test_review_notices46, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 150)
