"""The eighty-fourth review's notices (tests/classifier/review_notices84.py, _prose.py): the failed recipients, exactly,
in the address forms the standards allow and servers print, a report with one malformed block, recipients named
on a labelled line without a domain or by display name, and the addresses that are never failed. One
table-driven test; the judgement calls are strict xfails, one each."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices84 import ROWS as _DSN
from tests.classifier.review_notices84_controls import ROWS as _CONTROLS
from tests.classifier.review_notices84_prose import ROWS as _PROSE

ROWS = _DSN + _PROSE + _CONTROLS

JUDGEMENT: dict[str, str] = {
    "p84-label-two-local-parts": (
        "Two 'Recipient:' lines over ONE 'Reason:' line: since review 84 both recipients are read (each labelled "
        "local part maps to its To address), but prose ties a reason to the recipient line just above it, so the "
        "first gets none (onhold, soft) and only the second the 5.1.1. Whether one reason line speaks for both is "
        "the layout's guess; giving it to both would put a hard bounce on an address no words were tied to. A false "
        "soft, never a false hard; with a reason under each (p84-label-two-local-parts-each-reason) both read hard."),
    "c84-hyphen-wrap-two-recipients": (
        "An address a writer's width broke inside its domain after a hyphen ('kim@mail-' / 'partner.example'): since "
        "review 84 a domain never ends on a hyphen (RFC 1035 §2.3.1), so the fragment is no longer read as a "
        "recipient (before, 'kim@mail-' was: a false recipient); joining it to the next line is left undone, since "
        "prose breaks words at hyphens too ('e-' / 'mail') and the join would invent addresses. With one recipient "
        "in the original its To still gives the address (p84-wrap-after-hyphen); with two the notice names none "
        "the reader can recover: a missed recipient, never a wrong one."),
}


test_review_notices84, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
