"""Audit 51's rows (tests/classifier/review_audit51.py: relayed replies; review_audit51_notices.py: whole notices;
review_audit51_mends.py: the mends' controls): an adversarial audit of audit 50's mends (retired_address's gone causes
of other things, ndr_sentences' Czech / Turkish look-behinds, deleted_nordic's quotation marks and Hungarian 'e-mail
fiók', bare_deleted's any possessive, nested._named_in's titled names and public domains, absent_things' other DNS
things). One table-driven test; judgement calls are strict xfails.

First run (60 rows, before any mend): 22 read as written; 25 false hards (retired_address 6, ndr_sentences 6 + the
Polish 'Państwa adres' 2, deleted_nordic 5, bare_deleted 1, absent_things 3, nested 2); 13 false softs (retired_address
3, deleted_nordic 4, absent_things 2, nested 4). The 18 mend controls, run before the mends, all read as written.
Second wave (review_audit51_more.py, 14 rows on the first mends and beside them, run before their mends): 5 right, 3
false hards (two places before 'offices', Hungarian 'Az Ön Microsoft- / Google-fiókja'), 6 false softs (the owner's
possessive before the end twice, 'her files and mailbox', 'closing permanently', 'Serverens svar:', and audit 51's own
Cc rule losing OUR bounce returned to our seller's manager). Its first Hungarian mend (departures reading any "Ön" as
ours) lost 'Az Ön levele nem kézbesíthető, mert a címzett fiókja törölve' (found by a probe, not expectation-first: the
5 'p' rows), so it was undone for deleted_nordic reading an account's compound from its first word. Third wave (6 't'
rows, before their mends): 2 right, 4 false hards (ransomware, a phishing kit, a subject in '<<…>>', Czech 'záznam DNS
MTA-STS'). After the mends: 102 of 103 as written, one judgement call."""

from __future__ import annotations

from tests.classifier.review_audit51 import ROWS as REPLIES
from tests.classifier.review_audit51_mends import ROWS as MENDS
from tests.classifier.review_audit51_more import ROWS as MORE
from tests.classifier.review_audit51_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS + MORE
JUDGEMENT: dict[str, str] = {
    "a51-d-es-registro-mx-de-su-dominio": (
        "a false hard left: Spanish 'su' is 'your' and also 'his / her / its' ('el registro MX de su dominio': the "
        "recipient's domain, its MX, in a relay's words about the recipient); sender_words reads 'su' as ours only "
        "opening the reply ('Su dominio no existe', review 142) for that reason, and 'de su dominio' inside the sentence "
        "read ours would lose 'Destinatario x: el registro MX de su dominio no existe' (a lost bounce of the recipient's "
        "dead domain); the 553 code and 5.7.1 say policy, but the classifier's hostunknown reading outranks them here"),
}

test_review_audit51, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
