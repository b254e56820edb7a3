"""The thirty-fourth review's messages (tests/classifier/review_notices34.py: out-of-office and
leaver auto-replies of a dozen responders in twenty-odd languages, ticket acknowledgements,
success DSNs, read receipts, challenge requests, list servers' notices, a person's reply quoting
a bounce, a forwarded bounce): no bounce, or the forwarded bounce's own reading. One
table-driven test over all rows, failures collected; the judgement calls as strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices34 import ROWS

_NAMES_FAILED = ("the team's judgement call (test_autoreply_invariance.WORDS_KNOWN, hints.looks_like_bounce): an "
                 "auto-submitted text that says delivery to another address failed is read as a machine's notice, "
                 "a soft bounce (onhold) of the address it names, never hard")
JUDGEMENT: dict[str, str] = {
    "ooo-names-undelivered-address": _NAMES_FAILED,
    "person-subject-undeliverable-invoice": (
        "a person's mail with a bounce Subject ('Undeliverable invoice address') that says a message 'could not be "
        "delivered to' an address is read by the prose reader as a notice (soft onhold of that alias, which the "
        "person says is gone): real notices come from non-daemon senders with such subjects (KDDI's no-reply@), "
        "so the rule stays"),
    **{f"person-{lang}-goods-subject-labelled-address": (
        "a person's mail whose own Subject uses a bounce's localised words about a parcel ('No entregado', 'Colis "
        "non remis', 'non recapitabile', 'não entregue') is taken for a notice by its Subject, and its labelled "
        "address line ('Dirección: ...') for the failed recipient (soft onhold). Asking the text for a failure's "
        "words too was tried: it loses real non-daemon notices whose text is Japanese or damaged (KDDI's "
        "'メールエラー通知', snapshot fuzz 712, 705, 1924 ...), so the Subject rule stays")
       for lang in ("es", "fr", "it", "pt")},
    "oof-mail-delivery-team": (
        "an auto-reply from a mailbox whose display name is 'Mail Delivery Team' (DAEMON_FROM's 'mail delivery', "
        "the name of Postfix's and Exim's bounces) is taken for a mail system's notice; its 'Address:' line reads "
        "as a soft onhold. Narrowing the name rule risks real bounces; a soft reading, never hard"),
    "person-rejected-mails-fixed-now": (
        "a FALSE HARD kept: a person's fresh mail (no Re:, no auto-reply mark, a bounce's Subject 'Rejected mails "
        "- fixed now') quoting the SMTP refusal of a live colleague's address to say it is FIXED reads as that "
        "address's userunknown. Only the words 'fixed now ... please resend' tell it from a notice a mail system "
        "sent from a person-like address; no header does (MUA marks such as X-Mailer: Apple Mail and Thread-Index "
        "sit on real bounces in the corpus too). A rule would need the text's meaning"),
}


def test_review_notices34():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 200)
