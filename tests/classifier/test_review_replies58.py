"""Review replies58's rows (tests/classifier/review_replies58.py): what else lands in a sales rep's inbox that is no
delivery failure (auto-replies in eleven languages, leave notices, helpdesk and CRM acknowledgements, unsubscribe
mail, a person quoting or forwarding a bounce), and a leaver's notice both as an auto-reply (no bounce) and as a
server's refusal for good (hasmoved, hard). One table-driven test; misreadings are strict xfails whose reasons state
the miss.

First run (expectations committed first: 38348e62, 69 rows; the classifier run once, nothing mended): rows right as
written 67/69; exact recipient sets 67/69; reason 8/8 and hard/soft 8/8 on the eight server refusals (Exim ':fail:'
en/de, Postfix access en/fr, Sendmail virtusertable, an Exchange Online mail flow rule, qmail bouncesaying, a Google
Workspace rule: each hasmoved hard, the retired address userunknown-or-hasmoved as written); non-bounces 61, false
bounces 2, both false HARDS; false softs 0. Every auto-reply (Exchange Online / 2010, Gmail, Zoho, iCloud, Domino,
GroupWise, Zimbra, Yahoo, cPanel's Exim autoresponder, Thunderbird's template reply; en de fr es it pt nl pl sv ja zh),
every leave / not-monitored / no-reply answer, helpdesk and CRM acknowledgement, unsubscribe mail and the ten leaver
AUTO-REPLIES (en, de, fr, es, nl, it, pl, sv; with and without a successor) read as no bounce, as the product means
(taxonomy section 5: vacation, a sign of life for the planner). The two misses are one family, a prospect forwarding
an NDR of HER OWN mail to an address outside her organisation: nested.py reads a person's forward of a notice as the
notice, and passed_on keeps it so where the failed address is outside the forwarder's domain; see JUDGEMENT.

Second batch (expectations committed first: d8005517, 14 rows; run once): rows right 12/14; exact recipients 14/14;
the 9 leaver / away auto-replies (an NDR's own sentence in an Exchange OOF, 'Undeliverable:' and 'Mailbox no longer
active' subjects, Domino's agent and Exchange 2010 without Auto-Submitted, ja / zh / pt, a quoted '552 mailbox full')
all no bounce; the leaver's words under a 4xx delay a delay, not hard; false hards 0; false softs 2: Postfix's
'Recipient address rejected: Il destinatario non lavora piu presso Partner' (securityerror: the table knew only
"più", but an SMTP reply is ASCII) and Exim's ':fail: Diese Adresse wird nicht mehr verwendet' (onhold: no German
"no longer used"). Both mended in classifier/departures.py with controls (review_replies58_mends.py: 5 mend rows
that fail without the mends, 10 controls that read the same either way). All together after the mends: 81/83 as
written, the two strict xfails above."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_replies58 import ROWS
from tests.classifier.review_replies58_mends import ROWS as MEND_ROWS

_OWN_FAILURE = (
    "a false hard of {a}, an address the prospect's own mail failed (the forwarded notice went to her and names no "
    "mail of ours): the same family as review nonbounce46's strict xfail nb46-mend-prospect-own-failure-outside. "
    "Not mended: letting nested.passed_on take failures outside the forwarder's domain where the notice went to the "
    "forwarder alone flips a corpus sample (a person forwarding the failure of their own mail, its original quoted: "
    "corpus detection 488 -> 487, snapshot 3 differ, tried and reverted); what sets the two apart (that "
    "sample quotes its original, these quote none) says nothing of whose mail failed, only whose mailbox we read "
    "does. The prospect herself is not marked, and the planner does not act on it: no "
    "original of this mailbox's sent mail is quoted (sync/planner/trust.py: unverified, policy record)")
JUDGEMENT: dict[str, str] = {
    "r58-human-fwd-ndr-received": _OWN_FAILURE.format(a="anna@exmple.com"),
    "r58-human-fwd-mailer-daemon": _OWN_FAILURE.format(a="orders@old-distributor.example"),
}

test_review_replies58, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 83)
test_replies58_mends, _no_calls, test_mend_rows_cite_sources = review_tests(MEND_ROWS, {}, 15)
