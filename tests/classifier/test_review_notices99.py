"""The ninety-ninth review's notices (tests/classifier/review_notices99.py): the open false softs of reviews 93, 94
and 96 mended, each mend attacked beside its controls. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices99 import ROWS

# Review 106 mended r99-greetctl-c-de-greeting-empfaenger-ihre-adresse (classifier/said_address.py: German
# 'existiert Ihre Adresse nicht', the polite 'Ihre' inside a sentence, is the reader's address). Review formats63
# mended r99-bcc-c-chain-bcc (formats/named.by_name: a labelled line naming another login alone, 'Recipient: kim',
# blocks the lone-To guess; its false hard on lead gone).
JUDGEMENT: dict[str, str] = {
    "r99-greet-en-hello-sender-mailbox": (
        "A greeting to the sender before 'the mailbox does not exist' (no recipient's noun: mailbox, user, address "
        "are also the sender's own) still reads the sender's (a false soft): review 99 sets a greeting aside only "
        "before the recipient's own noun (sender_words.RECIPIENT_ROLE), so 'Dear sender, the mailbox of your "
        "account ...' keeps the sender's reading"),
}

test_review_notices99, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 40)
