"""The fifty-ninth review's notices (tests/classifier/review_notices59.py, _more): a second adversarial
audit of classifier/ours.py (a reply naming only our address or domain). One table-driven test over
all rows, failures collected; the judgement calls as strict xfails, one each, with the why."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices59 import ROWS

JUDGEMENT = {
    "pf-fr-boite-pleine-message-de": (
        "'message de <us>' is French for 'message from <us>', a role; ours.py reads the English phrase and "
        "lexicon's sender nouns only (no table of 'message from' in other languages): a full mailbox read as our "
        "sender refused. Soft either way; only the scope (a sender alert) is wrong."),
    "pf-account-closed-mail-from-our-domain": (
        "'mail from <our domain>' stays a refusal of us (review 58's merge: RFC 7505's 'Mail from <domain> not "
        "accepted'), so a closed account that names our domain after it reads as our sender refused. Soft "
        "either way; only the scope is wrong."),
}


test_review_notices59, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 35)
