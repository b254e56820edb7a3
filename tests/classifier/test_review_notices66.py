"""The sixty-sixth review's notices (tests/classifier/review_notices66.py): an adversarial audit of review
63's rules (reply_lines, the long reply's final line, soft_wordings' Dovecot and Zimbra words, ours.py's
role words). One table-driven test over all rows, failures collected; the judgement calls as strict
xfails, one each; and the 1 MB continued reply read in linear time."""

from __future__ import annotations

import time

from classifier import classify, reply_lines
from tests.classifier.notices import relayed
from tests.classifier.review_check import review_tests
from tests.classifier.review_notices66 import ROWS

JUDGEMENT: dict[str, str] = {
    "pf-fr-message-de-our-domain-domaine-inexistant": (
        "hard (hostunknown): review 63 made 'message de <us>' a role as review 59 made the English 'message from "
        "<us>' one, so a domain's words beside it under a vague status read as the prospect's domain; the English "
        "('550 Message from example.com rejected: domain does not exist', 5.0.0) read hard before review 63 too. "
        "Mending it needs the status in ours.names_only_us (review 59's rows keep hard under 5.1.2, 5.1.10, 5.1.6): "
        "left for the lead, a false hard for every prospect of a send whose sender domain a server cannot resolve"),
    "pf-de-nachricht-von-us-domain-existiert-nicht": (
        "hard (hostunknown), the same call in German: our address after 'Nachricht von' is a role since review 63, "
        "and 'Domain existiert nicht' then reads as the prospect's domain under 5.0.0 (soft sender before 63)"),
}


test_review_notices66, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 39)


def test_a_megabyte_continued_reply_is_read_in_linear_time():
    """A 1 MB reply of "550-" lines (classify caps a message at parse.MAX_BYTES, 1,000,000 octets, so its
    last line is cut off and the reading is soft) and reply_lines' two scans over the whole text: both
    well under a second (no nested repeats, review 63's promise)."""
    lines = [f"550-Line {n:05d} of the site policy text, see https://example.org/policy#{n}" for n in range(14000)]
    text = " ".join([*lines, "550 5.1.1 No such user here"])
    start = time.perf_counter()
    result = classify(relayed(text, status="5.0.0"))
    low = text.lower()
    reply_lines.final_line(low, 2000)
    reply_lines.without_quoted_temporary(" ".join(f"550-4.2.2 {line}" for line in lines).lower(), "5.0.0")
    assert time.perf_counter() - start < 2.0
    assert not result.deliveries[0].hard_bounce
