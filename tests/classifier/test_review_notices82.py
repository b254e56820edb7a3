"""The eighty-second review's notices (tests/classifier/review_notices82*.py): an adversarial audit of the
oldest hard-side tables (phrases, lexicon, mta_wordings, remote/*), replies holding a hard entry's words about
something other than the recipient's mailbox or domain, beside true-hard controls. One table-driven test; the
judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices82 import ROWS

JUDGEMENT = {
    "n-access-map-reject": "Postfix access(5) REJECT's generic '554 5.7.1 <a>: Recipient address rejected: Access "
                           "denied' at RCPT: a policy refusal with no word that the mailbox is missing (soft by the "
                           "taxonomy), but the shared corpus's lhost-exim-30 expects exactly this reply hard "
                           "(userunknown) and common.md check 2 keeps the corpus exact; the Gmail and Exchange "
                           "layouts, which name no RCPT stage, already read it soft",
}


test_review_notices82, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
