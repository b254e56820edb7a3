"""The sixty-sixth review's notices (tests/classifier/review_notices66.py): an adversarial audit of review
63's rules (reply_lines, the long reply's final line, soft_wordings' Dovecot and Zimbra words, ours.py's
role words). One table-driven test over all rows, failures collected; the judgement calls as strict
xfails, one each; and a 1 MB continued reply read whole (its time is no assertion here: the house
rule keeps timings in benchmarks)."""

from __future__ import annotations

from classifier import classify, reply_lines
from tests.classifier.notices import relayed
from tests.classifier.review_check import review_tests
from tests.classifier.review_notices66 import ROWS

JUDGEMENT: dict[str, str] = {}  # its two calls (a domain missing after 'message de/Nachricht von <us>') mended


test_review_notices66, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 44)


def test_a_megabyte_continued_reply_is_read_whole():
    """A 1 MB reply of "550-" lines (classify caps a message at parse.MAX_BYTES, 1,000,000 octets, so its
    last line is cut off and the reading is soft), and reply_lines' two scans over the whole text: the
    final line found past 14,000 continued lines, every quoted 4.2.2 taken out (one linear scan each, no
    nested repeats: review 63's promise)."""
    lines = [f"550-Line {n:05d} of the site policy text, see https://example.org/policy#{n}" for n in range(14000)]
    text = " ".join([*lines, "550 5.1.1 No such user here"])
    result = classify(relayed(text, status="5.0.0"))
    assert reply_lines.final_line(text.lower(), 2000) == " 550 5.1.1 no such user here"
    quoting = " ".join(f"550-4.2.2 {line}" for line in lines).lower()
    assert "4.2.2" not in reply_lines.without_quoted_temporary(quoting, "5.0.0")
    assert not result.deliveries[0].hard_bounce
