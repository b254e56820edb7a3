"""Review audit59's notices (tests/classifier/review_audit59.py, review_audit59_more.py): an adversarial measurement of
the rules session 42 added, their words put where a false hard or a wrong recipient would hurt most, beside positive
controls in layouts the mends did not see. One table-driven test; misreadings are strict xfails whose reasons state
the miss.

First run (expectations committed first: c75260e9; the classifier run once, nothing mended): rows right as written
53/54; exact recipient set 44/44 bounce rows; per recipient (60): reason 60/60, hard/soft 60/60, scope 60/60, delay
60/60; false hards 0; false softs 0; non-bounces 9/10. The one miss: Courier's relay notice ('MESSAGE DELIVERED TO A
MAIL GATEWAY', module.dsn/dsnrelayed.txt) kept as text only read as a bounce (onhold, soft): a false soft bounce, no
false hard. Session 42's hints mend (Courier's DSN sender) is what makes a text-only Courier notice bounce-shaped at
all (with hints.py as at 2f02d671 all four Courier rows read no bounce, the two failures lost too). Not mended: see
its judgement.

Second batch (review_audit59_second.py, expectations committed first: 7d10c703; run once, nothing mended): 3/5 rows
right; recipients 5/5; per recipient (6): hard/soft 4/6, 2 FALSE HARDS, neither made by a session-42 rule alone: our
own tenant's outbound rule refusing a retired shared mailbox in German ('Dieses Postfach wird nicht mehr verwendet.
Bitte senden Sie Angebote aus vertrieb@...') read userunknown, hard, for the prospect (the German words are session
42's, retired_address.NICHT_MEHR_VERWENDET; before it securityerror, soft; the English 'This address is no longer in
use. Please send offers from ...' reads hard in the same NDR without any session-42 rule); NetEase's 'User not found:
seller@example.com' (OUR sender named) at RCPT read userunknown, hard (the generic rules read any '550 User not found:
<our address>' at RCPT so, with remote/netease.py as at 2f02d671 too). The whole table after: 56/59 rows, per
recipient 66: reason 66, hard/soft 64, scope 66, delay 66; false hards 2, false softs 0; non-bounces 9/10.

Mended after (review_audit59_mends.py, written before the mend: 1a599a95): retired_address.NOT_SENT_FROM_ELSEWHERE,
no address or mailbox retired (NO_LONGER_IN_USE, NICHT_MEHR_VERWENDET) whose NEXT sentence asks our sender to send
FROM another address ("Please send offers from sales@...", "Bitte schreiben Sie künftig von vertrieb@... aus"): our
own side's outbound rule about the mailbox we sent from. The three mend rows (English in Microsoft 365's and Google
Workspace's NDRs, German 'von ... aus') and au59-b2-exo-own-rule-retired-shared-mailbox read userunknown, hard,
without it and soft with it; the four controls (a redirect of the recipient's mail TO another address in English and
German, 'from now on', 'von nun an') read userunknown, hard, before and after. The NetEase row stayed a strict xfail until review lead43's
mend (said_address._ADDRESS_AFTER: 'User not found / No such user / Unknown user <our address>' is our address said
missing, whichever layer read the words): now read our sender, soft.
After: 64/66 rows as written, the two left the strict xfails below; 65/66 since review lead43 (the Courier row left)."""

from __future__ import annotations

from tests.classifier.review_audit59 import ROWS as WORDING_ROWS
from tests.classifier.review_audit59_mends import ROWS as MEND_ROWS
from tests.classifier.review_audit59_more import ROWS as STRUCTURE_ROWS
from tests.classifier.review_audit59_second import ROWS as SECOND_ROWS
from tests.classifier.review_check import review_tests

ROWS = WORDING_ROWS + STRUCTURE_ROWS + SECOND_ROWS + MEND_ROWS

JUDGEMENT: dict[str, str] = {
    "au59-courier-relayed-text-only": (
        "a bounce (onhold, soft), expected none: Courier's relay notice kept without its report part says the message "
        "'has been transferred to an intermediate mail gateway that is not capable of generating delivery "
        "acknowledgements' and 'Unless your message is eventually returned as undeliverable, you may not receive any "
        "further delivery notices'; its only reply is the gateway's '250 OK'. Since session 42's hints mend its "
        "'Courier mail server at' sender makes it a notice, and the prose reader takes the listed address as a "
        "failure. A success sentence for it (intros.DELIVERED_SAID) was tried and does not suffice: said_failed reads "
        "'not capable' / 'may not receive' / 'undeliverable' as failure words, and loosening that test is review "
        "180-190's ground (success reports beside a real failure). Left: a soft count on a contact whose mail was "
        "passed on, rare (a relay notice needs NOTIFY=SUCCESS, which Gmail and Microsoft 365 never ask for, and "
        "losing its report part), never a hard"),
}

test_review_audit59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 66)
