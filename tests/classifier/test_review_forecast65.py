"""Review forecast65's notices (tests/classifier/review_forecast65.py): a FORECAST of the classifier's accuracy on
unseen real mail, by a stratified random sample of 50 (server, language, failure family) triples drawn by
tests/classifier/forecast65_draw.py (random.Random(65); triples with no sourced wording skipped there, with why).

The draw: 123 triples drawn to keep 50; 73 skipped (forecast65_draw.SKIPPED: no sourced wording, Mailgun / SendGrid
mail no notices, Exchange / Gmail NDR texts in pl, pt, it, sv, nl, zh, es with no source). Kept: 46 en, 3 fr, 1 sv;
10 block-list, 7 non-bounce look-alikes, 5 sender refused, 4 each rate limit / relay denied / mailbox full, 3 each
authentication / too big / no such user, 2 each system error / spam, 1 each loop / unknown domain / disabled.

First run (expectations committed first: d9e6710c; the classifier run once, nothing mended):
  rows right as written 50/50 (100%); exact recipient set 50/50 (100%; the 7 non-bounces read no bounce);
  reason 34/34 (100%) of the rows that name one (16 accept any: delays, loops, non-bounces); hard/soft 50/50
  (100%); FALSE HARDS 0 of 46 rows written soft or no bounce (0%); false softs 0 of the 4 hard rows (0%).
  Misses: none. Readings worth a look though the rows allow them: Mimecast's greylisting 451 (f65-00, f65-21)
  read 'expired' in the delay notices; Yahoo's '451 4.3.2 Internal server error' (f65-122) read 'notaccept'
  (delayed, so not hard); postgrey's 450 (f65-99) read 'blocked', scope sender.

What this forecast can and cannot say: 50/50 bounds each rate above about 94% (one-sided 95%, 1 - 0.05**(1/50)),
which meets the issue's reason (90%) and hard/soft (96%) aims only loosely and cannot establish recipients >= 98.5%.
And the sample is not of unseen wordings: a triple was kept only where a source gave its wording, and 38 of the
40 characteristic phrases used here already occur in other review modules (grep of tests/classifier/review_*.py,
real_cases*.py); only Outlook's Swedish 'Automatiskt svar:' as a whole notice and Yahoo's '4.3.2 Internal server
error' were new. The 73 skips are where the classifier is least tested (localized NDRs, ISPs with no published
texts), so the figure is an upper bound for the long tail."""

from __future__ import annotations

from tests.classifier import review_forecast65
from tests.classifier.review_check import review_tests

ROWS = review_forecast65.ROWS

JUDGEMENT: dict[str, str] = {}

test_review_forecast65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
