"""The sixty-fourth review's notices (tests/classifier/review_notices64.py): mail software no earlier
review cited (Kopano/Zarafa dagent, Go-Guerrilla, WildDuck, ZoneMTA, Mireka, vSMTP, Mailu's front
end, Modoboa's policy daemon). One table-driven test over all rows, failures collected; the judgement
calls are strict xfails, one each.

86 rows; 11 read otherwise before the mends: 1 false soft (ZoneMTA's "550 DNS error when resolving MX
for x: DNS server returned answer with no data", a domain with no mail host: hostunknown), 4 false
hards (kopano-dagent's "503 5.1.1 Connection error: 0x80040115" in three layouts and "503 5.1.1
Internal error during delivery": its own trouble, systemerror), 3 other reasons (its "network or
permissions error to storage server" read expired in a delay; Modoboa's "Daily limit reached, retry
later" read blocked: speeding; vSMTP's "554 Command refused due to lack of security" at MAIL read as
our sender refused: securityerror), and the 2 calls below. Six expectations were the reviewer's error
and were corrected after the run, not the rule: a blocklisted sending host, a relaying refusal and a
count of our own transaction's recipients are scope sender here (taxonomy 7; the project's reading of
relaying refusals)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices64 import ROWS

# Review 80 mended the 2 calls there were (WildDuck's copy of Gmail's 4.2.1 receiving rate: the recipient's,
# classifier/severity.py _RECIPIENTS_RATE).
JUDGEMENT: dict[str, str] = {}


test_review_notices64, _, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
