"""The hundred-and-forty-fifth review's notices (tests/classifier/review_notices145.py): an adversarial audit of
review 142's mends (sender_words.READER_ACCOUNT, reader_account_aside, OPENING_YOURS' account nouns, lexicon._ABSENT's
'has no mailbox', rule_wordings BADREPUTATION) and review 140's (departures._OWNER_BEFORE, severity's 'for all
recipients' and CJK recipient nouns, lexicon_more._SENDER_BOX_OFF's Russian). One table-driven test; the judgement
calls are strict xfails. Review lead43: '550 5.7.1 <ours> has no mailbox by that name' under Gmail's and Exchange
Online's quoted layouts (filtered by the stage rule) now reads our sender's (engine._whose asks said_address.ours_named
over filtered readings too): its two strict xfails (a wrong scope) read as written."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices145 import ROWS

_NO_STAGE = (
    "NOT mended (judged, as reviews 133, 136, 137 and 142's _NO_STAGE): the real '550 RC:NE The email account does "
    "not exist.' under the bare 5.0.0 of the Gmail and Exchange Online quoted layouts, which name no SMTP command, "
    "reads filtered: a refusal whose stage the bounce does not name falls to filtered (sisimai's rule); our relay's "
    "copy, which names RCPT, reads hard")


JUDGEMENT: dict[str, str] = {
    **{n: _NO_STAGE for n in ("r145-sentto-rc-ne-email-account-gmail", "r145-sentto-rc-ne-email-account-exo")},
}

test_review_notices145, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
