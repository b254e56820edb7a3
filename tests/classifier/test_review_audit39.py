"""Audit 39's notices (tests/classifier/review_audit39.py): an adversarial audit of the rules merged with review
novel38's and old37's mends and audit 38's, each in other contexts, layouts and languages. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit39 import ROWS

_UNREAD_5_7_1 = (
    "read securityerror, soft, the recipient's scope (expected our sender's scope: the words name our sending host). "
    "Since the mend (lexicon: an address followed by an IPv4 literal is a host's) it no longer reads userunknown, hard "
    "(the false hard it was at first); what is left is a bare 5.7.1 whose words name no cause any table knows, which "
    "the engine reads as securityerror in the recipient's scope everywhere (review 80's convention): no page, no "
    "unenrolment, repeats escalate. A rule for 'not recognised as an authorised relay' or 'not registered in our "
    "allowed senders list' would be keyed to these sentences; left")
JUDGEMENT: dict[str, str] = {
    "a39-u-en-server-address-not-recognised": f"'Sending server address 198.51.100.7 not recognised as an authorised "
                                              f"relay': {_UNREAD_5_7_1}",
    "a39-u-en-host-address-not-registered": f"'Host address 198.51.100.7 is not registered in our allowed senders "
                                            f"list': {_UNREAD_5_7_1}",
    "a39-u-en-forward-target-not-located": (
        "'550 5.4.6 The forwarding target configured for this address could not be located' at RCPT: read userunknown, "
        "hard (expected soft: the address exists, its alias' target is missing). The address never delivers until the "
        "prospect's admin repairs the alias, the refusal is permanent and answers our RCPT for this address; mailing "
        "it again helps no one, so the hard reading is defensible; telling 'this address' apart from 'the target "
        "configured for this address' needs a parse of the sentence's subject no table does; left"),
    "a39-d-en-prof-title-left": (
        "'550 5.0.0 Prof. Lee has left the university.': read onhold, soft (expected hasmoved). Not the title rule "
        "(leaver_names.SENTENCE_END keeps 'Prof.' inside the sentence: 'Prof. Lee has left the company.' reads "
        "hasmoved); departures' organisation nouns hold no 'university' ('Dana Lee has left the university.' reads "
        "onhold too). A gap in departures' nouns (departures.py at 446 of 450 lines), the milder harm (a soft, "
        "repeats escalate); left for a review of departures' wordings"),
}

test_review_audit39, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
