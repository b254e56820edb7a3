"""The hundred-and-sixty-fourth review's notices (tests/classifier/review_notices164.py): the mail providers and gateways
our review rows cite least (Fastmail, Rackspace, Mailcow, KPN, Swisscom / a Swiss hoster, Telia, OVH, Proton Mail,
Proximus). One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices164 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_notices164, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
