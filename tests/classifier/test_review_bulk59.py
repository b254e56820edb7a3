"""Review bulk59's notices (tests/classifier/review_bulk59.py, review_bulk59_more.py): a measurement of the classifier
on refusals under the 2024-2026 bulk-sender requirements and the authentication rules (Google's table as updated in
2026, Yahoo, Outlook.com's 5.7.515 high-volume rule and block lists, Exchange Online's own sending refusals, iCloud,
Comcast, Orange, GMX / web.de), whose fault is the sender's (soft, the sender's scope: 49 rows, 19 of them delay
notices), beside 15 recipient-side controls under the same providers' codes (no such user or domain, a full or
inactive inbox, a recipient receiving too fast, a policy whose side the words leave open). One table-driven test;
the misreadings are strict xfails whose reasons state the miss.

First run (expectations committed first: 3dc6bab4; the classifier run once, nothing mended): rows right as written
57/64; exact recipient set 64/64; reason 60/64; hard/soft 64/64; scope 59/64; false hards 0; false softs 0 (every
sender-side refusal read soft, among them Google's 550 5.7.27 SPF refusal, whose status is also RFC 7505's null-MX
notaccept, and its new 5.7.40 'no DMARC record'; every control's hard or soft as written). The misses: Microsoft's
announced 5.7.515 'does not meet the required authentication level' (the tables knew only "doesn't meet") read
rejected through Exim and Postfix and securityerror with the RECIPIENT's scope in Gmail's DSN (3 rows); Google
Workspace's own relay refusal 'The sending email account has been temporarily suspended due to abuse' read suspend
with the recipient's scope; Yahoo's '554 5.7.9 Message not accepted for policy reasons' read policyviolation with the
recipient's scope (2 rows); Orange's '421 ... Service refuse ... OFR004_105' delay read undefined with the
recipient's scope.

Mended after (5 rows more, review_bulk59_mends.py: one failing without the mends, four controls reading the same
before and after): soft_wordings.AUTHFAILURE takes "does not meet the required authentication level" (the three
5.7.515 rows now read authfailure, the sender's); severity._OUR_SIDE_REFUSED takes "the sending (e-mail) account"
(Google's relay refusal now the sender's scope; its committed row still expects a refusal reason where the text
yields suspend: a judgement call below). Readings elsewhere: notices71 'sending-account-deleted' now the sender's
scope (was the recipient's), notices123 'r123-ourgone-sending-account-address-expired-on' securityerror (was
rejected), the sender's as before; snapshot 0 differ. After: 65/69 rows as written; the four left are the strict
xfails below."""

from __future__ import annotations

from tests.classifier import review_bulk59, review_bulk59_mends, review_bulk59_more
from tests.classifier.review_check import review_tests

ROWS = review_bulk59.ROWS + review_bulk59_more.ROWS + review_bulk59_mends.MEND_ROWS

_YAHOO_579 = (
    "policyviolation with the recipient's scope, expected the sender's: Yahoo's '554 5.7.9 Message not accepted for "
    "policy reasons' is, by its Sender Hub page and help SLN7253, a failed DMARC / DKIM check of our sending domain "
    "(and RFC 4954's X.7.9 is the client's authentication too weak), but the words name no side, and the project's "
    "own fixture yahoo-policy-5.7.9.eml pins the recipient's scope (test_fixtures.py) while reviews notices31/40/49 "
    "leave it open: a scope for this status is the team's call, not this review's. Soft either way; the cost is a "
    "soft count on a prospect for our authentication's fault")

JUDGEMENT: dict[str, str] = {
    "bk59-gmail-own-relay-suspended-abuse": (
        "suspend, expected a refusal reason (securityerror, policyviolation, blocked, rejected, spamdetected): Google "
        "Workspace's '550 5.7.0 Email relay denied ... The sending email account has been temporarily suspended due "
        "to abuse' is our own relay refusing us. First read with the recipient's scope too; mended (severity."
        "_OUR_SIDE_REFUSED: 'the sending account' is ours), it now reads suspend with the sender's scope, which "
        "taxonomy section 7 allows ('keep whatever reason the text yields'): the row's narrower reasons, written "
        "before the run, are kept as written; soft either way, no contact touched now"),
    "bk59-gmail-yahoo-5-7-9-policy-reasons": _YAHOO_579,
    "bk59-pf-yahoo-5-7-9-policy-reasons": _YAHOO_579,
    "bk59-pf-delay-orange-ofr004-105": (
        "undefined with the recipient's scope, expected the sender's (any reason): Orange's '421 ... ME Service "
        "refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_105 [105]' answered our MAIL "
        "FROM and names neither side; reading every refusal at MAIL FROM as ours is wider than this slice (review "
        "108's rule is for syntax errors only). A delay notice: no contact is touched"),
}

test_review_bulk59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 69)
