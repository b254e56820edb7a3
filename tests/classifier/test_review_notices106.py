"""The hundred-and-sixth review's notices (tests/classifier/review_notices106.py): the open false hards of reviews 99
and 103 mended (our domain or an address at it said missing; German 'existiert Ihre Adresse nicht'), each beside its
controls. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices106 import ROWS

# Not mended, left as review 103's strict xfail r103-left-de-kollege-verlassen-ich-bleibe: "Mein Kollege X hat das
# Unternehmen verlassen, ich bin weiterhin für Sie da" and the true leaver's "Mein Kollege X hat uns verlassen; bitte
# wenden Sie sich an mich" say the same thing (a colleague left, the writer who stays is the contact); no word tells
# them apart ("weiterhin" is as natural in a leaver's notice: r106-left-de-kollege-ich-bin-weiterhin-ansprechpartner),
# and a mailbox whose owner stays would not be refused (550), so the refused box is most likely the leaver's.
JUDGEMENT: dict[str, str] = {}

test_review_notices106, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
