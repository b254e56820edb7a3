"""The fifty-fourth review's messages (tests/classifier/review_notices54.py: DMARC aggregate,
failure and TLS reports, calendar replies, recall requests and reports, gateways' quarantine
digests and held notices, list housekeeping, e-signature, chat and ESP notices, newsletters, and
the real refusals beside them): no bounce, or the control's reading. One table-driven test over
all rows, failures collected; the judgement calls as strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices54 import ROWS

JUDGEMENT: dict[str, str] = {
    "mailman3-probe-with-own-bounce-attached": (
        "a Mailman 3 probe attaches, as message/rfc822, the real bounce the list got about the SELLER's own "
        "address (552 5.2.2 over quota); the nested reader takes an attached bounce as the bounce itself, as it "
        "must for a colleague's or a prospect's forward (review_notices19, review_notices34_more). The reading is "
        "a soft mailboxfull of the seller's own mailbox, which is true and touches no prospect; telling a list's "
        "probe from a forward would need the list's own words ('This is a probe message'), a rule keyed to one "
        "product's text"),
}


test_review_notices54, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
