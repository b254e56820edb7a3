"""The eighty-fifth review's notices (tests/classifier/review_notices85.py, _dsn.py): an adversarial audit of review
84's recipient rules: labelled lines naming people who did not fail, address literals that are never a recipient,
domains beside dashes and breaks, Action read as its first word, IDN keys that must keep two mailboxes apart. One
table-driven test; the judgement calls are strict xfails, one each. (c85-wrap-after-dot-two, 'kim@partner.' / 'example'
read as 'kim@partner', was one until review leftovers65's formats/named.cut_domain mapped a domain cut to its first
label onto the original's one recipient it begins: kim@partner.example.)"""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices85 import ROWS as _PROSE
from tests.classifier.review_notices85_dsn import ROWS as _DSN

ROWS = _PROSE + _DSN

JUDGEMENT: dict[str, str] = {
    "c85-ascii-dash-after": (
        "'lead@example.org--the': '--' inside a label is valid LDH (RFC 1035 §2.3.1; 'xn--' needs it), so "
        "ADDRESS reads 'org--the' as a label and the address is wrong. The wrong string matches no contact: a "
        "missed bounce, never a false recipient; cutting labels at '--' would break IDN A-labels."),
}


test_review_notices85, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
