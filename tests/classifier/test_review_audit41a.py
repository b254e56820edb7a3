"""Audit 41a's notices (tests/classifier/review_audit41a.py): an adversarial audit of review novel40's rules, each in
other contexts and languages. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit41a import ROWS

JUDGEMENT: dict[str, str] = {
    "a41a-sq-your-storage-exhausted": (
        "'552 5.2.2 Your mailbox storage allowance is exhausted; delete messages before sending' at MAIL: read "
        "mailboxfull, soft, the recipient's scope (expected our sender's scope: 'your mailbox' is the account we send "
        "from). Not the new rule's doing: '552 5.2.2 Your mailbox is full; delete messages before sending' read the same "
        "before state_words existed (the 5.2.2 status and the full-mailbox tables read the recipient's box). Soft either "
        "way, no unenrolment; a submission server's quota refusal of its own user would come from our own provider, "
        "which the sender stage does not tell apart from the prospect's MX by these words alone; left"),
    "a41a-mend-ehlo-not-appear-registered": (
        "'550 5.7.1 EHLO mail.sender.example: that domain does not appear to be registered': read securityerror, soft, "
        "the recipient's scope (expected our sender's scope). The false hard (hostunknown) is mended "
        "(route_words._NOT_OUR_NAME); what is left is a bare 5.7.1 whose words no other table reads, which the engine "
        "reads as securityerror in the recipient's scope (review 80's convention, audit 40's _BARE_5_7_1): no page, no "
        "unenrolment; left"),
}

test_review_audit41a, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
