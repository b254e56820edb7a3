"""The hundred-and-second review's notices (tests/classifier/review_notices102.py): an adversarial audit of review
98's mends, attacks beside controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices102 import ROWS

# Review 107 mended _EXPIRED (expired, then deleted: gone), _NOT_FULL (a denied quote set aside) and _QUOTED (a
# stressed word of absence read as if unquoted).
_OWNER = ("'The domain owner rejects mail for unknown users: no such user <r>' with no stage (Gmail's and Exchange "
          "Online's layouts) reads filtered: 'rejects mail' with no stage reads a filter's refusal (soft); so before "
          "review 98 too (the relay's RCPT row, which review 98 made soft, reads hard again after review 102's mend); a "
          "judgement call, soft")
_COMPACT = ("Postfix's text with the blank lines between paragraphs dropped and wrapped (a gateway compacting it): "
            "the third recipient's '<bob@x>: host' line reads as the second's wrapped reply "
            "(formats/broken.continues_reply), bob is never listed; so before review 98 (its lines_about mend plays "
            "no part); Postfix itself always writes the blank line, left: a false SOFT for bob")
JUDGEMENT: dict[str, str] = {
    **{f"r102-role-role-domain-owner-rejects{s}": _OWNER for s in ("-gmail", "-exo")},
    **{f"r102-pf-compact-three-w{w}": _COMPACT for w in (40, 60)},
}

test_review_notices102, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
