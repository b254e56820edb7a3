"""Review vintage57's notices (tests/classifier/review_vintage57.py and review_vintage57_more.py): a measurement on
notices of older and less common mail systems (1995-2015), written from their sources. One table-driven test; the
judgement calls are strict xfails.

First run (expectations committed first: de466468; the classifier run once, nothing mended): 69 rows, 82 expected
recipients (13 notices naming several, 4 no-failures, 5 delays): rows right 54/69; exact recipient set 69/69;
reason 72/82; hard/soft 75/82; FALSE HARDS 1 (sisimai's Unknown MTA #3 'Routing: Could not find a gateway for ...'
next to another recipient's '553 5.3.0 ... No such user here': read userunknown, hard); false softs 6 (Exim 3's
'unknown local-part "..." in domain "..."' and 'unrouteable mail domain "..."', IMail's 'Invalid final delivery
userid', MailFoundry's 'failed with: 550 <...> No such user here', Unknown MTA #1's '<address> [User unknown]'
twice); the 4 no-failures read as no bounce and the 5 delays as delays. Other misses: scope sender for the four
'Relay access denied' / 'unauthorized relay' / 'Relaying denied' refusals (expected recipient), sendmail's '553
5.3.5 ... config error: mail loops back to me (MX problem?)' answering MAIL From read rejected / sender (expected
systemerror), Postfix 2.x's 'lost connection with ... while sending RCPT TO' and 'conversation with ... timed out
while sending end of data' read onhold (expected networkerror / expired)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_vintage57 import ROWS as FIRST
from tests.classifier.review_vintage57_mends import ROWS as MENDS
from tests.classifier.review_vintage57_more import ROWS as MORE

ROWS = FIRST + MORE + MENDS
_NO_STAGE = ("the project's rule (sisimai's: Reason/UserUnknown.pm counts no-user words only at RCPT or under a 5.1.1 "
             "status) reads them filtered: a content filter after DATA may say 'no such user'; sisimai's own {} sets "
             "no SMTP command either, so it reads them the same. No mend keyed to one appliance's frame")
JUDGEMENT: dict[str, str] = {
    "v57-sm8-loops-back": (
        "rejected / sender, expected systemerror / recipient, soft either way: this row's transcript put sendmail's "
        "'553 5.3.5 ... config error: mail loops back to me (MX problem?)' after '>>> MAIL From:', and a 553 there is "
        "the sender-stage rule's; sendmail's daemon gives it in answer to HELO/EHLO (O'Reilly 'sendmail' 3rd ed. "
        "section 20), so the frame is this review's weakness; no contact is harmed (soft), only a soft count lost"),
    "v57-e3-unrouteable-domain": (
        "a false soft (networkerror), kept: Exim 3's 'unrouteable mail domain \"x\"' is said when no router took the "
        "domain, a missing domain most often but also a router set that cannot route it (Exim 4 renamed it "
        "'Unrouteable address' for both); reading it hostunknown, hard, on these words alone risks a false hard, "
        "the costlier error"),
    "v57-mailfoundry-no-such-user": (
        "a false soft (filtered): MailFoundry's 'Server ... failed with: 550 <address> No such user here' names no "
        "stage; " + _NO_STAGE.format("Lhost/MailFoundry.pm")),
    "v57-x1-user-unknown": (
        "a false soft (filtered): Unknown MTA #1's '<address> [User unknown]' names no stage nor status; "
        + _NO_STAGE.format("Lhost/X1.pm")),
    "v57-x1-two": "as v57-x1-user-unknown (its first recipient); the second's '[Mailbox full]' reads mailboxfull, soft",
}

test_review_vintage57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 82)
