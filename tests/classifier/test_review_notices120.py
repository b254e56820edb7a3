"""The hundred-and-twentieth review's notices (tests/classifier/review_notices120.py and review_notices120_more.py): an
adversarial audit of review 118's mends (Czech/Turkish adjective-first absence, the full/inactive mailbox words, the
Polish sender/IP wordings, the Czech 4.4.7 phrase, Gmail's Japanese recipient sentences). One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices120 import ROWS

_YOURS = ("scope only, soft either way: the project reads a full mailbox addressed to 'you' as the recipient's in every "
          "language (English 'Your mailbox is full', German 'Ihr Postfach ist voll', French 'Votre boîte aux lettres est "
          "pleine' all read mailboxfull/recipient before review 118 and after); whether a notice's 'your full mailbox' is "
          "OUR sending account's is a cross-language design call for the lead, not a rule for these words alone")
_SENDER_BOX = ("scope only, soft either way: 'Nieaktywna skrzynka nadawcy' (the SENDER's inactive mailbox) reads suspend "
               "with the recipient's scope; the Polish sender's-mailbox noun phrase has no sender-scope rule, and a "
               "notice speaking of the sender's inactive box is rare (no source found)")
_CANCELLED = ("Czech 'zrušena' (cancelled, closed) is a disabled state in mailbox_states._OFF by design (as English 'account "
              "closed' / 'terminated' read suspend); mydreams.cz glosses it beside 'neexistuje' (either), so no proof of a "
              "deleted mailbox: soft (suspend; beside 'přeplněná' mailboxfull). The expectation (hard) stays as written")
_SENDER_FINE = ("pre-existing, not from review 118: lexicon._SENDER reads 'adres nadawcy ... nie istnieje' across 'jest "
                "poprawny, ale użytkownik' (the sender's address said VALID, the user missing) as the sender's absence; its "
                "'accepted|ok|passed' stop has no Polish 'poprawny', and lexicon.py is full (450 lines): for the lead")
JUDGEMENT: dict[str, str] = {
    **{f"r120-{n}-words-{cs}": _YOURS for n, cs in (
        ("cs-cs-your-box-overfull", "utf8"), ("cs-cs-your-box-overfull", "windows-1250"),
        ("pl-pl-your-box-overfull", "utf8"), ("pl-pl-your-box-overfull", "windows-1250"),
        ("it-it-your-box-capienza", "utf8"), ("it-it-your-box-capienza", "iso-8859-15"),
        ("cs-cs-you-have-full-box", "utf8"), ("cs-cs-you-have-full-box", "windows-1250"))},
    "r120-pl-pl-sender-box-inactive-words-utf8": _SENDER_BOX,
    "r120-pl-pl-sender-box-inactive-words-windows-1250": _SENDER_BOX,
    "r120-cs-cs-overfull-then-cancelled-words-utf8": _CANCELLED,
    "r120-cs-cs-overfull-then-cancelled-words-windows-1250": _CANCELLED,
    "r120-cs-cs-c-box-cancelled-words-utf8": _CANCELLED,
    "r120-cs-cs-c-box-cancelled-words-windows-1250": _CANCELLED,
    "r120-pl-pl-c-sender-fine-recipient-missing-words-utf8": _SENDER_FINE,
    "r120-pl-pl-c-sender-fine-recipient-missing-words-windows-1250": _SENDER_FINE,
}

test_review_notices120, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 187)
