"""Review langs57 (tests/classifier/review_langs57.py, review_langs57_more.py; frames in review_langs57_frames.py): a
measurement of the classifier on bounces in the languages sales teams meet, from wordings the earlier language reviews
did not use. Figures below; the judgement calls are strict xfails.

First run (before any mend, expectations committed at b6bef3bb; figures over all 70 rows as langs54 counted them):
67/70 rows read as written; recipients 68/70; reason 67/70; hard/soft 67/70; scope 68/70; false hards 0; false softs 2
(63 bounces, 7 non-bounces). Not missed: every 'no such user' reply of the Chinese hosts in Chinese Postfix / Exim
frames (163's 'User not found', 'RC:LD' / 'RC:NE', '551 recipient is not exist', 'Local User [x] not found',
Coremail's 'unavailable mail user', umail, 263), mail.ru's 'Local mailbox x is unavailable: user not found', Yandex's
glossed replies but one, the Japanese ISPs' and Microsoft's localised 5.1.10 / 5.1.6 sentences in Exchange 2013
frames in nine languages, MDaemon's German admin notice, the translated qmail bounces, every full / disabled mailbox
and spam refusal, Aruba PEC's 'unknown OR not enabled for uncertified mail' read soft, and all 7 non-bounces. Missed:
two notices whose '……' is the help page's elision copied into our frame (lost), and one English 'No such user here'
relayed by an Exchange 2013 NDR that names no stage (filtered). None mended: see the judgement calls; the rows
'l57-after-*' (added after the run) show the same Chinese lines read as written once the elision is a ': '."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs57 import ROWS as FIRST
from tests.classifier.review_langs57_more import ROWS as MORE
from tests.classifier.review_langs57_stageless import ROWS as STAGELESS

ROWS = FIRST + MORE + STAGELESS

JUDGEMENT: dict[str, str] = {
    "l57-zh-163net-not-found-in-server": (
        "lost, left: the '……' between the address and the reply is tnet.hk's elision (its other examples elide "
        "'host …… said:'), which we copied into our frame; the same line after ': ' reads userunknown, hard "
        "(l57-after-zh-163net-not-found-in-server). A rule keyed to an ellipsis would be keyed to this table"),
    "l57-zh-163-quota-hard-limit": (
        "lost, left (soft either way): the same elision as l57-zh-163net-not-found-in-server; after ': ' it reads "
        "mailboxfull (l57-after-zh-163-quota-hard-limit)"),
    "l57-ru-no-such-user-here": (
        "a false soft by our expectation, left: an English '550 No such user here' under status 5.0.0, relayed by an "
        "Exchange 2013 NDR that names no SMTP stage, reads filtered by the classifier's documented rule "
        "(reasons._is_userunknown: a user wording from an unknown stage is often a content filter speaking; sisimai's "
        "rule; the docomo call of langs54). The Russian 'address not found' sentence above it is OUR translation of "
        "Exchange's 5.1.1 text, which Exchange would not write under 5.0.0; every reply naming RCPT (Postfix's 'in "
        "reply to RCPT TO', Exim's 'after RCPT TO:') or a 5.1.x status reads hard here"),
}

test_review_langs57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 87)
