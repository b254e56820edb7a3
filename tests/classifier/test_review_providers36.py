"""Review 36's notices (tests/classifier/review_providers36.py): gateways', providers' and mail servers' own documented
replies the classifier had no module for (Cisco, Barracuda, Sophos, Trend Micro, free.fr, La Poste, Interia, Seznam,
Naver, Rackspace, Zimbra, MDaemon, IceWarp, FTGate, Coremail, Kerio, SmarterMail, Exchange Server on premises). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_providers36 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_providers36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
