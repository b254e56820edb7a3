"""The forty-fifth review's whole notices (tests/classifier/review_notices45.py: PowerMTA's default
bounce-category-patterns; review_notices45_more.py: Mautic's MonitoredEmail rules, the
bounce_email gem, Momentum's own failures, Postal): recipients, hard/soft, whose fault, delay.
One table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices45 import ROWS as PMTA
from tests.classifier.review_notices45_more import ROWS as MORE

ROWS = PMTA + MORE
_MADE_UP = ("PowerMTA's default pattern is a generalisation (/(No such|bad|invalid|unknown|illegal|unavailable) "
            "(user|mailbox|recipient|...)/, /(user|...|address|...) +(a@b +)?(not here|...)/) and this wording of it is "
            "no server's known text; 'illegal' can mean not permitted, 'not here' not hosted here (a relay refusal). "
            "Read hard without a server's source it would risk false hards; onhold (soft) is kept.")
_ACCESS_DENIED = ("Review 24's open call (test_review_notices24.py _ACCESS_DENIED), a FALSE HARD left for the lead: "
                  "Postfix's check_recipient_access REJECT, '554 5.7.1 <x>: Recipient address rejected: Access denied', "
                  "is a policy refusal by its words and 5.7.1 (PowerMTA files /denied/ as policy-related); the "
                  "classifier reads it userunknown because the corpus labels the same reply from a remote Exim host "
                  "so (Sisimai 5's label). Mautic's DsnParser calls it USER_REJECT. Not changed here.")
_INSIDE = ("Review 14's Sendmail builder reports from mail.example.org, a host of the recipient's own domain: the "
           "classifier reads a missing domain reported from inside that domain as the missing mailbox "
           "(reasons.reported_from_inside, READ_AGAIN_FROM_INSIDE). Hard either way; only the reason differs, a "
           "layout coincidence, not a misread of the words.")
JUDGEMENT: dict[str, str] = {
    "pmta-illegal-recipient-postfix": _MADE_UP,
    "pmta-illegal-recipient-exim": _MADE_UP,
    "pmta-address-not-here-postfix": _MADE_UP,
    "pmta-address-not-here-exim": _MADE_UP,
    "pmta-recipient-access-denied-postfix": _ACCESS_DENIED,
    "pmta-recipient-access-denied-sendmail": _ACCESS_DENIED,
    "pmta-domain-no-longer-in-use-sendmail": _INSIDE,
    "pmta-domain-unknown-sendmail": _INSIDE,
    "mautic-host-unknown-sendmail": _INSIDE,
}


test_review_notices45, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 180)
