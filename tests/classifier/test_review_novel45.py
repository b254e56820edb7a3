"""Review novel45's notices (tests/classifier/review_novel45.py): refusal texts of servers no earlier review cited
(Qsmtp, Magma, E-MailRelay, Inbucket, ImprovMX, the digipost test receiver), to measure how the classifier
generalises to servers' own phrasings; and the mends' rows and controls (review_novel45_mends.py). One table-driven
test; the judgement calls are strict xfails.

First run (before any mend, commit 662abd4e): 62/72 rows read as written; hard/soft 71/72; false hards 1 (Inbucket's
"501 Bad recipient address syntax", judged below); false softs 0. Misses: the reason of Magma's virus, forward-loop
and SPF replies (onhold), Qsmtp's bare "mail denied by SPF policy" in qmail's layout (securityerror), and the scope
of words said of our side (Qsmtp's "all your mail exchangers ...", Magma's outbound quota, its 535 lock of our
account, its "user account is not authorized to send ... with the address <sender>")."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel45 import ROWS as WRITTEN_FIRST
from tests.classifier.review_novel45_mends import ROWS as MEND_ROWS

ROWS = WRITTEN_FIRST + MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "n45-inbucket-bad-recipient-syntax": (
        "a false hard by our expectation, left: Inbucket answers '501 Bad recipient address syntax' when the RCPT "
        "argument does not parse (policy.ParseEmailAddress); RFC 3463 X.1.3 'Bad destination mailbox address syntax' "
        "is userunknown in the taxonomy, and smtp_server_wordings.py chose to read nodemailer's same '501 Error: Bad "
        "recipient address syntax' hard (mta_wordings' 'bad recipient address'). An address the CRM holds that "
        "does not parse is bad everywhere; the lead's call whether a syntax complaint is soft (as novel42 argued "
        "for Bongo's 'Recipient address unknown format')"),
}

test_review_novel45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 97)
