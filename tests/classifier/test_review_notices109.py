"""The hundred-and-ninth review's notices (tests/classifier/review_notices109.py): an adversarial audit of reviews
106's and 108's mends (said_address's our address / domain / 'Ihre Adresse' said missing; lexicon_more's 'user email
address is marked as invalid'; severity's syntax error at MAIL FROM). One table-driven test; the judgement calls are
strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices109 import ROWS

_FREE = (
    "NOT mended: our sender on a free-mail domain remote.provider_of does not know (seznam.cz here; libero.it, wp.pl, "
    "naver.com, proton.me alike), the prospect's forward target at that provider said missing: said_address takes "
    "any address at our domain for ours (review 106's sender-callout mend), its free-mail exception only knows the "
    "providers with a remote/ module. Telling a company's domain from a free-mail one needs a list of free-mail "
    "domains the project does not keep (a data decision for the lead); the forward target named alone is rare")
_STAGE = (
    "NOT mended: 'Bad recipient address syntax' filed under MAIL FROM (a misattributed stage) reads rejected, "
    "sender: sender_stage takes every MAIL FROM reply for a refusal of the sender before any recipient is named "
    "(older than review 108's scope rule, which this review narrowed for syntaxerror only); reading the words "
    "against the stage named is a broader change to sender_stage, left to the lead")
JUDGEMENT: dict[str, str] = {"r109-free-forward-target-at-our-free-mail": _FREE,
                             "r109-free-forward-target-at-our-free-mail-gmail": _FREE,
                             "r109-free-forward-target-at-our-free-mail-exo": _FREE,
                             "r109-stage-recipient-address-syntax-513": _STAGE}

test_review_notices109, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
