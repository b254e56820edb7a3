"""Audit 50's rows (tests/classifier/review_audit50.py: relayed replies; review_audit50_notices.py: whole notices): an
adversarial audit of audit 49's mends (sender_words' domain compounds, ndr_sentences' 'från' / 'ze které' / 'Tvou' /
'hesabınızın', deleted_nordic's 'Az Ön' and quotation marks, bare_deleted's possessives, retired_address's gone causes,
absent_things' hyphened stems and underscored labels, nested.passed_on's full names and public domains). One
table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit50 import ROWS as REPLIES
from tests.classifier.review_audit50_mends import ROWS as MENDS
from tests.classifier.review_audit50_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
JUDGEMENT: dict[str, str] = {
    "a50-y-c-no-mottakerens-epostdomene": (
        "hard as it should be, the reason userunknown, not hostunknown: lexicon's _DOMAIN / _FOREIGN_DOMAIN know no "
        "Norwegian / Danish 'domene / domæne' beside 'finnes ikke / findes ikke' (main reads 'Mottakerens domene "
        "finnes ikke' so too, before audit 49); a reason-only gap in a core lexicon every reading shares, left for "
        "the lead"),
    "a50-w-fwd-returned-cjk-seller-name": (
        "a lost bounce, never a false hard: a Chinese name is one word ('王伟'), as a role's one word ('Accounts', "
        "'销售部', '영업팀') is; counting one CJK word as a person's full name reopens audit 49's role-on-both-sides "
        "false hard in those scripts (the costlier error), and telling a name from a department by its script's "
        "suffixes is no narrow mend"),
    "a50-w-fwd-returned-our-sales-team": (
        "a lost bounce, never a false hard: the prospect's colleague returning OUR bounce addressed 'Sales Team' to "
        "our 'Sales Team' is, header for header, audit 49's prospect passing on her own team mailbox's NDR to our "
        "mailbox of the same role name (a49-k-fwd-shared-accounts-payable-both-sides, a false hard); only the failed "
        "address's owner tells them apart, which the headers do not say"),
}

test_review_audit50, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)
