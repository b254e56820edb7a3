"""The hundred-and-forty-fifth review's notices (tests/classifier/review_notices145.py): an adversarial audit of
review 142's mends (sender_words.READER_ACCOUNT, reader_account_aside, OPENING_YOURS' account nouns, lexicon._ABSENT's
'has no mailbox', rule_wordings BADREPUTATION) and review 140's (departures._OWNER_BEFORE, severity's 'for all
recipients' and CJK recipient nouns, lexicon_more._SENDER_BOX_OFF's Russian). One table-driven test; the judgement
calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices145 import ROWS

_OURS_NO_MAILBOX = (
    "NOT mended (judged, a wrong scope, not hard): '550 5.7.1 <ours> has no mailbox by that name' under the bare "
    "5.7.1 of the Gmail and Exchange Online quoted layouts, which name no SMTP command, reads filtered in the "
    "recipient's scope (the stage rule, as _NO_STAGE); engine._whose's our-address steps read recipient states and "
    "securityerror only. Our relay's copy (the false hard) reads ours since review 154's "
    "said_address._OPENING_ADDRESS (our address the reply opens with, said missing): an ordinary row now")
_NO_STAGE = (
    "NOT mended (judged, as reviews 133, 136, 137 and 142's _NO_STAGE): the real '550 RC:NE The email account does "
    "not exist.' under the bare 5.0.0 of the Gmail and Exchange Online quoted layouts, which name no SMTP command, "
    "reads filtered: a refusal whose stage the bounce does not name falls to filtered (sisimai's rule); our relay's "
    "copy, which names RCPT, reads hard")


def _each(name: str) -> list[str]:
    return [name, f"{name}-gmail", f"{name}-exo"]


JUDGEMENT: dict[str, str] = {
    **{n: _OURS_NO_MAILBOX for n in _each("r145-ourbox-ours-has-no-mailbox-by-that-name")[1:]},
    **{n: _NO_STAGE for n in ("r145-sentto-rc-ne-email-account-gmail", "r145-sentto-rc-ne-email-account-exo")},
}

test_review_notices145, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
