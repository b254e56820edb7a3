"""Audit 47's rows (tests/classifier/review_audit47.py: relayed replies; review_audit47_notices.py: whole notices): an
adversarial audit of the mends merged on 2026-12-07 (langs45, audit46, nonbounce46: absent_things.OfNoThing,
ndr_sentences, Dutch 'dit', route_words, mailbox_states, retired_address, deleted_nordic, bare_deleted, smtp_command's
bare MAIL, nested.passed_on, entry_notes). One table-driven test; judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_audit47 import ROWS as REPLIES
from tests.classifier.review_audit47_mends import ROWS as MENDS
from tests.classifier.review_audit47_notices import ROWS as NOTICES
from tests.classifier.review_check import review_tests

ROWS = REPLIES + NOTICES + MENDS
_SCOPE = ("soft either way (no false hard since this audit's mends): the reply refuses OUR sender's address or account "
          "at RCPT (Postfix's delayed sender restrictions), which the scope reads as the recipient's, securityerror; "
          "the sender scope is arguable where the stage is RCPT and no sender-only pattern knows the words")
JUDGEMENT: dict[str, str] = {
    "a47-n-tr-gonderici-eposta-bulunamadi": _SCOPE,
    "a47-n-sv-din-epostadress-kunde-inte-hittas": _SCOPE,
    "a47-o-tr-gonderici-hesabi-silinmis": _SCOPE,
    "a47-o-hu-felado-email-cime-torolve": _SCOPE,
    "a47-o-c-no-epostkontoen-din-slettet": _SCOPE,
    "a47-o-c-da-afsenderkontoen-slettet": _SCOPE,
    "a47-m-pt-caixa-postal-excede-tamanho": (
        "soft either way: 'a caixa postal ... excede o tamanho máximo' is the mailbox over its size (a quota, "
        "mailboxfull) to this audit, read onhold; the size pattern's message noun is 'e-mail' there, so mesgtoobig "
        "would be no better: a reason call, not a hard/soft one"),
    "a47-r-c-since-the-migration": (
        "'This MAILBOX is no longer in use' reads suspend (soft) by the project's design (retired_address reads an "
        "ADDRESS no longer in use, hard; a mailbox no longer in use may be one suspended); the row's 'since the "
        "migration' changes nothing; 'This address ... since the migration' reads hard"),
}

test_review_audit47, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
