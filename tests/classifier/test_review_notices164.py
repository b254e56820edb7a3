"""The hundred-and-sixty-fourth review's notices (tests/classifier/review_notices164.py and review_notices164_more.py):
the mail providers and gateways our review rows cite least (Fastmail, Rackspace, Mailcow, KPN, Swisscom / a Swiss
hoster, Telia, OVH, Proton Mail, Proximus). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices164 import ROWS as FIRST
from tests.classifier.review_notices164_more import ROWS as MORE

_ACCESS_DENIED = (
    "Review 24's standing call, left for the lead (test_review_notices24.py _ACCESS_DENIED; reviews 45 and 101 judged "
    "the same): Fastmail's help calls 'access denied' a block of the sender or the recipient, and Postfix's "
    "check_recipient_access REJECT without text answers '554 5.7.1 <x>: Recipient address rejected: Access denied' "
    "(smtpd_check.c), a policy refusal by its words and its 5.7.1: soft. The classifier reads it userunknown, hard, "
    "as the corpus labels the same reply from a remote Exim host (Sisimai's label); reading it soft changes that "
    "corpus row, so it is not mended here. A FALSE HARD by the words")
JUDGEMENT: dict[str, str] = {
    "r164-fm-access-denied": _ACCESS_DENIED + " (our relay's report)",
    "r164-fm-access-denied-exim": _ACCESS_DENIED + " (Exim's plain notice)",
}

ROWS = FIRST + MORE

test_review_notices164, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
