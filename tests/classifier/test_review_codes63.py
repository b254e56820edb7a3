"""Review codes63's notices (tests/classifier/review_codes63.py, review_codes63_more.py, review_codes63_second.py):
a first-run measurement of the classifier where the enhanced status code and the server's words disagree, or only a
code speaks (issue 13's first family): absence words under 5.7.1 / 5.7.0 / 5.0.0 / 5.5.0 / 5.2.0 / 5.4.1 (Postfix
access maps, sendmail's virtusertable, Yandex, Barracuda, Mimecast, IronPort, Yahoo, EOP's DBEB, Exchange's 5.7.1
"permission or security issue" lead), content-free texts and Status-only DSNs under 5.1.1 / 5.1.10 / 5.1.2 / 5.2.1 /
5.2.2 / 5.7.1 / 5.0.0 / 4.1.1, and controls aimed at false hards (Google's and Exchange's 5.7.1 policy texts naming
the user or recipient, Exchange Online's 5.7.703, Yahoo's 5.7.9, our sender unknown under 5.1.1, 5.1.x spam verdicts,
4.x.x "user unknown" and greylisting), with hard controls from Gmail, Exchange Online and Proofpoint.

First run (expectations committed first: 68294a76; the classifier run once, nothing mended): rows right as written
58/61; exact recipient set 61/61; read hard 36 (2 of them delay notices), soft 25; FALSE HARDS 3 (the review's measure: a
delay notice is never hard); false softs 0. Every absence under a policy, other, protocol or mailbox code read
userunknown, hard; every content-free 5.1.1 / 5.1.10 / 5.1.2 hard, every 5.2.1 / 5.7.1 / 5.0.0 soft (5.0.0: onhold
or undefined); our sender's 5.1.1 refusals rejected, scope sender; the 5.1.x spam verdicts spamdetected. The three
false hards are the project's standing calls, not this review's to flip: Postfix's access(5) REJECT "554 5.7.1 <r>:
Recipient address rejected: Access denied" (review 24's call: the corpus labels the reply userunknown; blocks36 and
notices101 keep the same strict xfail), and "450 4.1.1 ... User unknown in local recipient table" / qpsmtpd's "450
4.1.0 No such user" after the queue gave up (severity.is_hard_bounce: absence words given up are hard whatever the
class, "corpus and review 17"); their delay notices read as written (not final). Readings beside the expectation:
the greylisting row given up reads blocked, scope sender (soft as written; greylisting is everyone's deferral).

Second batch (review_codes63_second.py, 10 rows written after the first run, expectations committed first:
25e050f3): 5.7.1 policy refusals holding the generic table's no-such-user phrases ("recipient rejected", "no valid
recipients", "recipient address rejected.", "mailbox unavailable", "couldn't be found", "recipient is not local")
and two 5.7.1 hard controls. First run 9/10, FALSE HARDS 1: "Rejected by the recipient's rule: your address
couldn't be found in the recipient's allow list" read userunknown (the sender noun "your address" loses to the
recipient's noun after it; opening the reply, "Your address couldn't be found in the recipient's allow list", it
reads rejected). Left as a strict xfail. All: 67/71 as written; 4 strict xfails; nothing mended. Mended at the
merge (review lead44, `reasons._is_userunknown`: our address not found in the recipient's allow list is their
choice): 68/71, 3 strict xfails."""

from __future__ import annotations

from tests.classifier import review_codes63, review_codes63_more, review_codes63_second
from tests.classifier.review_check import review_tests

ROWS = review_codes63.ROWS + review_codes63_more.ROWS + review_codes63_second.ROWS

_GIVEN_UP = (
    "userunknown, HARD; the row wants soft (a 4.x.x 'user unknown' is temporary). classifier/severity.is_hard_bounce "
    "reads words that the recipient does not exist as hard once the queue gave up, whatever the class ('450 4.1.1 ... "
    "User unknown' after the queue lifetime: corpus and review 17, a standing call); the delay notice of the same "
    "reply reads as written. A false hard by the issue's wording, the project's rule by its corpus; left for the lead")

JUDGEMENT: dict[str, str] = {
    "c63-pf-access-571-access-denied": (
        "Postfix access(5) REJECT '554 5.7.1 <r>: Recipient address rejected: Access denied' read userunknown, HARD "
        "(classifier/phrases.py's userunknown phrase 'recipient address rejected: access denied', review 24's "
        "standing call: the corpus labels the same reply userunknown; EOP's DBEB says it of a missing recipient under "
        "5.4.1). The row wants soft: a 5.7.1 policy refusal. blocks36's b36-trapr-recipient-access and notices101's "
        "r101-dbeb-dc-postfix-571 hold the same strict xfail; left for the lead"),
    "c63-pf-411-user-unknown-given-up": "Postfix '450 4.1.1 ... User unknown in local recipient table' given up: " + _GIVEN_UP,
    "c63-pf-qpsmtpd-410-no-such-user-given-up": "qpsmtpd's '450 4.1.0 No such user' given up: " + _GIVEN_UP,
}

test_review_codes63, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 71)
