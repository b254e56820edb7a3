"""classifier/changed_address.py's VERBS stand in for its pattern's search (departures asks the table only where one
of them is in the text): every match, on the review rows written for the rule and against it (moves59, audit60,
audit61, lead43), holds one. A match without one would be a hasmoved never read (a lost hard)."""

from __future__ import annotations

from classifier.changed_address import CHANGED, VERBS
from classifier.text import lowered
from tests.classifier.variants import review_rows


def test_every_match_holds_one_of_its_verbs():
    rows = review_rows()
    texts = [" ".join(lowered(raw.decode("utf-8", "replace")).split()) for key, (_, raw) in rows.items()
             if key.startswith(("moves59", "audit60", "audit61", "lead43"))]
    matches = [m.group(0) for text in texts for m in CHANGED.finditer(text)]
    assert len(matches) >= 20  # the rows hold the rule's positives in all eight languages
    assert [m for m in matches if not any(v in m for v in VERBS)] == []
