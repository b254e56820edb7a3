"""The hundred-and-first review's notices (tests/classifier/review_notices101.py): an adversarial audit of review
100's Microsoft marker, Exchange Online's DBEB 5.4.1 / 5.7.504 'Access denied' with no Microsoft host, and their
controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices101 import ROWS

JUDGEMENT: dict[str, str] = {
    "r101-dbeb-dc-postfix-571": (
        "Postfix's access(5) REJECT, '554 5.7.1 <x>: Recipient address rejected: Access denied' (src/smtpd/"
        "smtpd_check.c check_table_result: dsn 5.7.1), a policy refusal: soft by its words and its code. In our "
        "relay's report, which names RCPT, it reads userunknown, hard: review 24's standing call left for the lead "
        "(test_review_notices24.py _ACCESS_DENIED: the corpus labels the same reply from an Exim host userunknown). "
        "Not this review's mend: the DBEB rule (classifier/remote/microsoft.py TAG) wants 5.4.1 or 5.7.504 and "
        "leaves it alone; its Gmail and Exchange Online rows read soft"),
    "r101-mention-m-exim-quotes-dbeb-line": (
        "A FALSE HARD, not of Microsoft's rules: an Exim-style 'Administrative prohibition' whose help line quotes "
        "Exchange's '550 5.4.1 Recipient address rejected: Access denied'. In our relay's report (RCPT named) the "
        "generic table's userunknown phrase 'recipient address rejected: access denied' (classifier/phrases.py, "
        "review 24's standing call, the corpus's Exim label) takes the quote anywhere in the text; it read so "
        "before review 100 too. Microsoft's TAG wants the code as the reply's own and leaves it (its Gmail and "
        "Exchange Online rows read soft). Reading only the reply's own clause is a change to the generic tables "
        "for the lead"),
}

test_review_notices101, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
