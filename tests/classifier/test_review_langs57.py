"""Review langs57 (tests/classifier/review_langs57.py, _more, _stageless, _mends; frames in review_langs57_frames.py): a
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
'l57-after-*' (added after the run) show the same Chinese lines read as written once the elision is a ': '.

Supplementary measurement (review_langs57_stageless.py, expectations committed at 85fc97b1 before the run): because
the first run's frames nearly all named the RCPT stage, the same sourced replies (13 'no such user', 2 soft) inside
Gmail's DSN in the sender's language, which names no stage (our sales teams send from Google Workspace, so every
remote refusal reaches them in that frame). First run: 5/15 rows; recipients 15/15; reason 5/15; hard/soft 5/15; false
hards 0; false softs 10: every code-less English 'no such user' reply (163's 'User not found: x', 'RC:NE' / 'RC:LD',
'Local User [x] not found', Coremail's 'unavailable mail user', 263's and umail's, 'No such user here', 'Invalid
mailbox', 'Unknown User') read filtered by the unknown-stage rule; mail.ru's, the qmail 5.1.1 and '550 ERROR Mailbox
doesn't exist' read hard. Mended (review_langs57_mends.py, controls there): NetEase's 'User not found' and 263's 'user
not exist' where their hosts answered (classifier/remote/netease.py, the new classifier/remote/net263.py): 7/15, false
softs 8, each a judgement call below (the generic rule, a design question for the lead, not a narrow mend)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_langs57 import ROWS as FIRST
from tests.classifier.review_langs57_mends import ROWS as MENDS
from tests.classifier.review_langs57_more import ROWS as MORE
from tests.classifier.review_langs57_stageless import ROWS as STAGELESS

ROWS = FIRST + MORE + STAGELESS + MENDS

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
    # The unknown-stage rule (reasons._is_userunknown, sisimai's UserUnknown / Filtered): an English 'no such user'
    # reply without a 5.1.x status from a stage the notice does not name reads filtered, soft. Gmail's DSN never names
    # the stage, so for a Google Workspace sender every code-less reply of this kind is a false soft by the sources.
    # Not mended: no source says which stage these hosts answer at, the hosts are no provider the classifier can
    # recognise (a customer's own server on Coremail, umail, an 'RC:' gateway), and turning the rule itself is a design
    # change for the lead (docomo's '550 Unknown user' after DATA is the case it exists for; langs54's call).
    "l57-s-zh-rcne-does-not-exist": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 RC:NE The email account does not exist.' (dbmailserver's address-not-exist list) in Gmail's DSN, no stage named"),
    "l57-s-zh-rcld-does-no-exists": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 RC:LD ... does no exists.' (the same list) in Gmail's DSN, no stage named"),
    "l57-s-zh-local-user-not-found": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 Local User [x] not found.' (the same list) in Gmail's DSN, no stage named"),
    "l57-s-zh-coremail-unavailable-mail-user": (
        "a false soft by the sources, left (the unknown-stage rule above): Coremail's '550 #2175041 unavailable mail user' from a customer's own Coremail host (not recognisable as a provider) in Gmail's DSN, no stage named"),
    "l57-s-zh-umail-no-such-user-here": (
        "a false soft by the sources, left (the unknown-stage rule above): umail's '550 no such user here (umail mta)' in Gmail's DSN, no stage named"),
    "l57-s-ru-no-such-user-here": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 No such user here' (Yandex's help glosses it as a non-existing address) in Gmail's DSN, no stage named"),
    "l57-s-ru-invalid-mailbox": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 Invalid mailbox' (the same Yandex gloss) in Gmail's DSN, no stage named"),
    "l57-s-pt-unknown-user": (
        "a false soft by the sources, left (the unknown-stage rule above): '550 Unknown User' (netbit.com.br's gloss) in Gmail's DSN, no stage named"),
}

test_review_langs57, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 92)
