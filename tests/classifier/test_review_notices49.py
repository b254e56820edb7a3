"""The forty-ninth review's whole notices (tests/classifier/review_notices49.py and review_notices49_more.py):
where blocked, badreputation, spamdetected, policyviolation, filtered, rejected and securityerror meet;
reason, whose fault and delay of each, written from the words and the taxonomy before the classifier
ran. One table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices49 import ROWS as EXPANDED
from tests.classifier.review_notices49_more import ROWS as MORE

ROWS = EXPANDED + MORE
_ACCESS_DENIED = (
    "A false hard left as the corpus reads it: Postfix's access(5) REJECT on a recipient writes '554 5.7.1 <a>: "
    "Recipient address rejected: Access denied' (check_recipient_access: a rule on that address, not proof it is "
    "bad), but the corpus's Exim notice with exactly these words (lhost-exim-30) is labelled userunknown, hard, and "
    "Exchange Online's edge writes the same words for a missing recipient (5.4.1 DBEB). Making the 5.7.1 form soft "
    "changes that corpus message's hard/soft, which the review rules forbid.")
_MIMECAST = (
    "Mimecast's codes page (as remote/mimecast.py reads it) files '554 Email rejected due to security policies' as "
    "a virus signature or a spam score over the limit: virusdetected. The words alone name only a policy "
    "(policyviolation, Sisimai 5 why-policyviolation.go). Soft either way; the vendor's gloss is kept.")
JUDGEMENT: dict[str, str] = {
    "recipient-access-denied-pf": _ACCESS_DENIED,
    "recipient-access-denied-exim": _ACCESS_DENIED,
    "mimecast-security-policies-pf": _MIMECAST,
    "mimecast-security-policies-exim": _MIMECAST,
    "gmx-policy-mail-pf": (
        "1&1/GMX's '550-Reject due to policy restrictions' answered to MAIL FROM names no cause; only the help "
        "URL's ip= parameter hints at the IP. Read rejected (the stage: our sender refused) where the expectation "
        "wrote blocked; both are the sender's side and soft, and nothing in the words tells which."),
}


test_review_notices49, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 150)
