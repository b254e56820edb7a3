"""Review holdout56's notices (tests/classifier/review_holdout56.py): a second measurement of the classifier on
ordinary bounces it has never seen, in a B2B sales mailbox's proportions (Gmail's own DSNs, Microsoft 365 NDRs,
Postfix, Exim, Sendmail, qmail, Exchange on-premises, and the non-bounces such a mailbox gets). One table-driven test;
the misreadings are strict xfails whose reasons state the miss.

First run (expectations committed first: 269c5f5d for the first 53 rows, 0db9dda3 for the second batch of 7; the
classifier run once on each, nothing mended): first batch 53/53 rows read as written; second batch 5/7. All 60: rows
right as written 58/60; exact recipient set 60/60; reason 60/60; hard/soft 60/60; scope 58/60; false hards 0; false
softs 0; the 8 non-bounces (Outlook / Gmail away texts, two from departed employees' addresses, a German automatic
reply, a read receipt, Postfix's and Exchange's success reports) all read as no bounce. The two misses are scopes, both
soft with the reason right: Mimecast's '550 Rejected by header based Anti-Spoofing policy' (policyviolation) and
Gmail's '550-5.7.1 [our IP] Our system has detected that this message is likely unsolicited mail' (spamdetected) read
scope recipient where the row expected sender. Nothing mended: the earlier reviews (notices40, notices2_gateways,
audit36, notices155) accept either scope for exactly these two wordings, and a content or anti-spoofing verdict is
the classifier's recipient-side rule by design (severity.scope_of: only rejected / blocked / badreputation /
requireptr / authfailure / norelaying / speeding / toomanyconn are the sender's), so a change would be broad, not
narrow; no contact is harmed (soft), only the account-level alert is missed."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_holdout56 import ROWS

JUDGEMENT: dict[str, str] = {
    "h56-exo-mimecast-antispoofing": (
        "scope recipient, expected sender: Mimecast's '550 Rejected by header based Anti-Spoofing policy' judges OUR "
        "message a spoof (its SPF / DKIM / route did not match what the recipient's Mimecast trusts: Mimecast's "
        "anti-spoofing policy docs); policyviolation and soft are right, so the contact is safe, only the account-"
        "level alert is missed; the classifier keeps policy and content verdicts on the recipient's side "
        "(severity.scope_of), and reviews notices40 / notices2_gateways accept either scope for this wording"),
    "h56-postfix-gmail-unsolicited": (
        "scope recipient, expected sender: Gmail's '550-5.7.1 [our IP] Our system has detected that this message is "
        "likely unsolicited mail ... this message has been blocked' is a verdict on our sending (Google's SMTP error "
        "reference); spamdetected and soft are right; spamdetected is not one of severity.scope_of's sender reasons "
        "by design (a recipient's filter judging content), and reviews audit36 / notices155 accept either scope here"),
}

test_review_holdout56, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
