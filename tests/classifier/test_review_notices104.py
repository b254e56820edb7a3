"""The hundred-and-fourth review's notices (tests/classifier/review_notices104.py): an adversarial audit of the mends
of reviews 101 and 103, each attack beside its controls. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices104 import ROWS

# Review 107 mended _RO_BARE (the denied block list set aside, the Romanian mailbox noun read).
# Review 127 mended _ES_SERVER (3 rows: said_address.theirs_named, the prospect's own address said missing).
JUDGEMENT: dict[str, str] = {
    "r104-code-x41-forward-said": (
        "A forward chain quoting DBEB's '550 5.4.1 Recipient address rejected: Access denied' after 'next hop said:' "
        "under the relay's own 5.7.1: not EOP's refusal of the lead (soft). In our relay's report (RCPT named) the "
        "generic table's userunknown phrase takes the quote anywhere (review 24's standing call, the corpus's Exim "
        "label; review 101's r101-mention-m-exim-quotes-dbeb-line is the same). Microsoft's TAG rule wants status "
        "5.4.1 and leaves it: its Gmail and Exchange Online rows read soft"),
    "r104-mailru-mailru-user-not-found-exo": (
        "mail.ru's 'invalid mailbox. Local mailbox x is unavailable: user not found' in Exchange Online's NDR, which "
        "names no mail.ru host: the generic tables read filtered (soft; a false soft) where mailru.py reads "
        "userunknown with its host named. Not from review 101 (its mend only added the suspend clause); the same "
        "before it. Left: keying mail.ru's module to its words alone is a marker decision for the lead"),
    "r104-left-de-wochentag-datum": (
        "'hat das Unternehmen am Freitag, dem 3. März verlassen': a leaver with a date (hard), but departures' "
        "German leaver excludes a weekday between (\\w+tag: a day's leaving, 'am Freitag um 15 Uhr', review 99) "
        "before it sees the date: securityerror, soft (a false soft, the same before review 103). Left: a weekday "
        "with a date after it is rare in admin texts, and the exclusion guards false hards"),
    "r104-bcc-colleague-same-local": (
        "The partner's MAILER-DAEMON names 'lead'; the copy's To is lead@partner.example and our colleague "
        "lead@example.com is Bcc'd: the failed one is the To (hard), but formats/named refuses a local part that "
        "matches two addresses (review 103's _the_one_not_ours, and _the_one before it): nobody marked (a false "
        "soft, the same before review 103). Left: dropping ours would need the reporter's domain (our own relay "
        "reporting our colleague's failure must not mark the prospect), which named.py does not have"),
}

test_review_notices104, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
