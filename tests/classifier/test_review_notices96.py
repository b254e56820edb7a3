"""The ninety-sixth review's notices (tests/classifier/review_notices96.py, review_notices96_more.py): an adversarial
audit of review 93's rules. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices96 import ROWS as _PART1
from tests.classifier.review_notices96_more import ROWS as _PART2

ROWS = _PART1 + _PART2

# Review 107 mended _GREY (a greylisting said off is none: classifier/denied_mentions.py).
_STORAGE = ("The mailbox's own storage said missing ('Benutzer-Ordner', 'archivo de buzón', 'mailbox file') reads "
            "userunknown by the mailbox noun: Postfix local(8) calls a missing file a system error, but Cyrus lmtpd "
            "answers a missing INBOX (IMAP_MAILBOX_NONEXISTENT) 550 5.1.1 'Mailbox unknown', so the words do not "
            "tell storage from account; left hard")
JUDGEMENT: dict[str, str] = {
    # (Review 174: "El archivo de buzón no existe" now reads soft at RCPT, the file the absence's subject
    # (absent_things.subject_before in cause_clauses.only_conditioned): an ordinary row.)
    **{f"r96-storage-{n}": _STORAGE for n in ("de-benutzer-ordner-existiert-nicht", "en-mailbox-file-does-not-exist")},
    "r96-unlisted-es-firma": ("Spanish 'firma' (signature) is German, Polish and Czech 'company' ('Die Firma "
                              "existiert nicht mehr': the recipient's employer gone); not added to the things"),
}

test_review_notices96, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 100)
