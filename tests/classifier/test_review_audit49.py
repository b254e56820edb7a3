"""Audit 49's rows (tests/classifier/review_audit49.py: relayed replies; review_audit49_notices.py: whole notices): an
adversarial audit of audit 48's mends (sender_words' Scandinavian domain and '-konto' nouns, ndr_sentences' 'Från-',
'Vaši', 'adresiniz', deleted_nordic's sender nouns and 'fejlede / feilet', bare_deleted's 'tenant / customer',
retired_address's causes, absent_things' whole-word stems, nested.passed_on's names and public domains). One
table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit49 import ROWS as REPLIES
from tests.classifier.review_audit49_mends import ROWS as MENDS
from tests.classifier.review_audit49_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {
    "a49-k-c-de-mx-eintrag-partner-dkim-domain": (
        "a lost bounce (never a false hard) that is not absent_things': main reads it the same (rejected, scope "
        "sender, before audit 49's mends): the DKIM word inside the recipient domain's own name (partner-dkim.example) "
        "is read as OUR authentication failing by the cause words (lexicon / cause_words' 'dkim', a dozen modules); a "
        "domain so named is rare, and a narrow mend belongs there, left for the lead"),
}

test_review_audit49, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
