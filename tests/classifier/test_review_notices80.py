"""The eightieth review's notices (tests/classifier/review_notices80.py): the scope/reason xfail triage's two
mends (a recipient's own receiving rate is the recipient's; our sender refused in words naming our side is
the sender's, classifier/severity.py) and their controls. One table-driven test; the judgement calls are
strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices80 import ROWS

JUDGEMENT: dict[str, str] = {
    "exo-5.2.121-sender-limit-exo": (
        "Exchange's 5.2.121 is OUR sender's hourly limit of messages to one recipient (the words say so), yet in "
        "Exchange Online's own NDR (no Remote-MTA) it reads filtered, scope recipient: remote/microsoft.py's "
        "5.2.121 -> speeding rule applies only where Microsoft answered. Soft either way; reason and scope both "
        "differ, outside this review's two families: left for a follow-up"),
    **{f"refuses-your-mail-from-ip-address-{lay}": (
        "a control that found a miss older than this review (the same reading before it): 'Recipient refuses to accept "
        "your mail from IP address <ip>' refuses our host, but wordings.IP_REFUSED knows 'from your ip' and 'your IP "
        "address has been blocked', not 'from IP address <ip>', so the 5.7.1 keeps securityerror, the recipient's "
        "scope (soft). Widening IP_REFUSED reaches the spam and block rules of every server: left for a follow-up")
       for lay in ("postfix", "gmail")},
}

test_review_notices80, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
