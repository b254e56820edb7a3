"""Review lead42's notices (tests/classifier/review_lead42.py): in sendmail's MIME-less notice, the address under the
"transient non-fatal errors" heading takes its own transcript exchange ("452 4.2.2 ... Mailbox full"), never the
fatal address's "550 5.1.1 User unknown" above it, also where its address is held in the other's ("oyelaran@x" in
"m.oyelaran@x", "sales@x" in "presales@x") and where a 40-column width folded the headings. Found by the whole
invariance grid over review multi57's rows (its row re-wrapped read the deferred address hard: a false hard).
Before the mends (classifier/text.names, a boundary-aware "names this address", used by formats.exchange_for and
transcript_command; prose taking a recipient's own exchange where its explanation names another recipient; the
sendmail headings read without their "had"): every deferred address carried status 5.1.1 (the two controls too),
read soft only because the heading said delayed; the four folded rows read no delay. After: all read as written."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.review_check import review_tests
from tests.classifier.review_lead42 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_lead42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 9)


@pytest.mark.parametrize(("name", "raw", "expected"), [(r[0], r[2], r[3]) for r in ROWS if r[0].startswith("l42-sm")],
                         ids=[r[0] for r in ROWS if r[0].startswith("l42-sm")])
def test_each_address_keeps_its_own_status(name: str, raw: bytes, expected: list[tuple]):
    statuses = {d.address: d.status for d in classify(raw).deliveries}
    assert statuses == {e[0]: ("4.2.2" if e[4] else "5.1.1") for e in expected}


def test_a_reply_ending_with_another_listed_address_stays_its_own():
    """Review 183's row (a strict xfail there for lead, read as a second recipient off the postal address below):
    kim's "551 5.1.6 User not local; please try" / "<lead@partner.example>" is kim's own reply, hasmoved, hard. Review
    vintage57's shared-block rule (formats/explanations.lines_of_others) took it for lead's reply broken after its code,
    and kim read the postal address' "500 Main Street" (found by comparing every review row's reading at the session's
    start and end)."""
    from tests.classifier.review_notices183 import ROWS as R183
    raw = next(r[-2] for r in R183 if r[0] == "r183-b2-rr-forward-path-then-postal-address-lines")
    kim = next(d for d in classify(raw).deliveries if d.address == "kim@partner.example")
    assert (kim.reason.value, kim.hard_bounce) == ("hasmoved", True)
