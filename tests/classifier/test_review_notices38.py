"""The thirty-eighth review's whole notices (tests/classifier/review_notices38.py and
review_notices38_more.py: Sympa's own DSNs in Catalan, Hungarian, Brazilian Portuguese, Norwegian,
Traditional Chinese and, part localised, Czech, Romanian and Arabic; gromox's Traditional Chinese
local bounces; Microsoft's localised NDR help in Hungarian, Czech, Croatian and Hebrew; Catalan
glosses; Roundcube's read receipts in nineteen languages, as guards):
recipients, reason, hard/soft, whose fault, and delay or not, each with and without its status
part. One table-driven test over all rows, failures collected."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices38 import ROWS as _SYMPA
from tests.classifier.review_notices38_more import ROWS as _MORE
from tests.classifier.review_notices38_receipts import ROWS as _RECEIPTS

ROWS = _SYMPA + _MORE + _RECEIPTS

_WORDS_ONLY = (
    "Sympa's words alone name the list address only inside their sentence (\"La llista 'x' no existeix.\", "
    "\"Listen 'x' eksisterer ikke.\", \"郵件列表“x“不存在。\"): formats/prose.py takes a failed recipient only "
    "from the shapes a notice uses for one (a list after an intro, \"delivery to x failed\", a lone address "
    "line, the returned headers), so the words-only notice names no recipient. Sympa itself always sends these "
    "words with its status part and the returned headers (the -dsn rows, which read as expected); a new "
    "'list <addr> does not exist' shape for a notice no server sends is not worth its risk of taking a quoted "
    "sender for a recipient")
_SIZE_ONLY = (
    "Sympa's size refusal alone names the list address only inside \"Impossible to distribute your message for "
    "list 'x' for the following reason:\" (translated): no failed-recipient shape of formats/prose.py, so no "
    "recipient; Sympa's own DSN of it (the -dsn row) reads as expected")
JUDGEMENT: dict[str, str] = {
    **{name: _WORDS_ONLY for name in (
        'ca-sympa-list-does-not-exist-words-utf-8',
        'ca-sympa-list-does-not-exist-words-iso-8859-1',
        'hu-sympa-list-does-not-exist-words-utf-8',
        'hu-sympa-list-does-not-exist-words-iso-8859-2',
        'pt_BR-sympa-list-does-not-exist-words-utf-8',
        'pt_BR-sympa-list-does-not-exist-words-iso-8859-1',
        'nb-sympa-list-does-not-exist-words-utf-8',
        'nb-sympa-list-does-not-exist-words-iso-8859-1',
        'zh_TW-sympa-list-does-not-exist-words-utf-8',
        'zh_TW-sympa-list-does-not-exist-words-big5',
    )},
    **{name: _SIZE_ONLY for name in (
        'ca-sympa-too-large-words-utf-8',
        'ca-sympa-too-large-words-iso-8859-1',
        'pt_BR-sympa-too-large-words-utf-8',
        'pt_BR-sympa-too-large-words-iso-8859-1',
    )},
}


def test_review_notices38():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 110)
