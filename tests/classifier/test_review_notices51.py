"""The fifty-first review's whole notices (tests/classifier/review_notices51.py: relay and size
refusals in six layouts; review_notices51_dns.py: unroutable domains, temporary DNS failures and
their notices in Exchange Online's and Gmail's languages): recipients, hard/soft, whose fault,
delay. One table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices51 import ROWS as REFUSALS
from tests.classifier.review_notices51_dns import ROWS as DNS
from tests.classifier.review_notices51_edges import ROWS as EDGES

ROWS = REFUSALS + DNS + EDGES
JUDGEMENT: dict[str, str] = {
    "exim-rcpt-unrouteable": (
        "Hard either way; only the reason differs. From the words (Exim's route.c 'Unrouteable address', sisimai's "
        "hostunknown) the reviewer expected hostunknown, but a remote Exim says it at RCPT when none of its routers "
        "takes the address, and reasons.py reads it there as the mailbox (the domain's own server answered: "
        "userunknown), an earlier review's deliberate rule that real Exim hosts' verify = recipient bears out. Both "
        "hard; changing the label would move other reviews' rows for no change of outcome."),
}


test_review_notices51, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 150)
