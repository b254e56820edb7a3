"""Review novel42's notices (tests/classifier/review_novel42.py): refusal texts of servers no earlier review cited
(Bongo, gumdrop, LBBS, Archiveopteryx, SimpleLogin, the Advanced Filtering gateway, konto.pl) and admin-written
texts under Postfix access(5)'s 5.7.1 and in other languages, to measure how the classifier generalises to servers'
own phrasings; and the mends' rows and controls (review_novel42_mends.py). One table-driven test; the judgement
calls are strict xfails.

First run (before any mend, commit 2f78fc86): 95/123 rows read as written; hard/soft 108/120 (bounces); false hards 4
(Bongo's "501 Recipient address unknown format"; LBBS's "550 5.1.1 User unauthorized to receive external mail", in
two layouts; Postfix's default "<addr>: Recipient address rejected: Access denied" under 5.7.1); false softs 8
(SimpleLogin's "Email not exist" in four layouts and its "so such user"; Danish, Norwegian, Hungarian missing users
with the absence first)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_novel42 import ROWS as WRITTEN_FIRST
from tests.classifier.review_novel42_mends import ROWS as MEND_ROWS

ROWS = WRITTEN_FIRST + MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "n42-access-ctl-access-denied": (
        "a false hard by our expectation, left: Postfix smtpd_check.c answers '<addr>: Recipient address rejected: "
        "Access denied' for ANY access(5) REJECT without a text (a site's policy, under 5.7.1); the reference decoder "
        "and the shared corpus (an Exim notice of exactly that reply) read it userunknown, as Exchange Online's "
        "'5.4.1 Recipient address rejected: Access denied' is. Narrowing the phrase (tried: not after '<addr>: ') "
        "changed that corpus row; the lead's call"),
    "n42-bongo-recipient-unknown-format": (
        "a false hard left: Bongo's MSG501RECIPNO '501 Recipient address unknown format' (sent when it cannot parse "
        "the RCPT argument) reads 'recipient address unknown' by three paths (phrases' 'address unknown', the "
        "noun-absence pattern, lexicon's shape); a syntax complaint about the address's form is what RFC 3463 X.1.3 "
        "says and the taxonomy reads hard, and a CRM address that parses everywhere else should not meet it"),
    "n42-bongo-not-enough-disk": (
        "Bongo's '452 Not enough disk space. Please try later' is its own queue's disk (systemfull); Dovecot's "
        "same words are the recipient's quota (phrases.py's MAILBOXFULL, mail-error.h), which the table keeps: "
        "a 4xx delay either way, soft"),
    "n42-sl-e515-email-not-exist-data": (
        "SimpleLogin answers E515 at the end of DATA; 'no such user' words after DATA are read as a filter "
        "speaking (reasons._is_userunknown, sisimai's rule: carriers' content filters answer 'user unknown' "
        "there). The same words at RCPT (E502, E508) read hard. A false soft left, not worth the rule's exception"),
    "n42-sl-e510-so-such-user": (
        "SimpleLogin's E510 reads 'so such user', a typo of 'no such user' in its source; keying one server's typo "
        "is fragile (it would also match prose); a false soft left"),
}

test_review_novel42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 149)
