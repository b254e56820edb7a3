"""Audit 42's notices (tests/classifier/review_audit42.py): an adversarial audit of the rules merged in session 39
(audits 40, 41a, 41b, reviews novel40 and layouts40, the lead's mends), each in other contexts. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit42 import ROWS

JUDGEMENT: dict[str, str] = {
    "a42-k-unlike-mailbox-that-is-deleted": (
        "'550 5.0.0 Unlike a mailbox that is deleted this one is only disabled': read onhold, soft (expected suspend, "
        "soft). Not the contrast's clause end (' is' ends it inside the relative clause, as feared): the contrast is "
        "set aside rightly, no deletion is read (no false hard), and 'Unlike a mailbox that is deleted' alone reads "
        "onhold. The state is said of 'this one', no mailbox noun, and '550 5.0.0 This one is only disabled' alone "
        "reads onhold too, while '... this mailbox is only disabled' reads suspend: the expectation leaned on a "
        "pronoun mailbox_states does not take as the box. Soft either way (no unenrolment); a pronoun for the box is "
        "for a review of mailbox_states' nouns; left"),
    "a42-b-other-named-address-retired": (
        "'550 5.7.1 The address old.sales@partner.example is no longer in use; lead@partner.example now handles sales, "
        "please resend' (we wrote to lead@): read userunknown, hard (expected not hard): a false hard on the row's "
        "own terms, left. retired_address reads the address named after 'The address' as the recipient's, as audit "
        "41b's control 'The address lead@partner.example is no longer used' needs; a pattern cannot tell the "
        "recipient from another address at its domain. Not this rule's alone: '550 5.7.1 The mailbox "
        "old.sales@partner.example does not exist; lead@partner.example now handles sales' reads userunknown, hard, "
        "on main too (the oldest absence tables), so the mend is the engine's, comparing an address said gone with "
        "the recipient for every absence wording (said_address knows our addresses, not the prospect's "
        "colleagues'); a reply naming another mailbox than the RCPT's is rare (an alias's answer). Beside it: 'The "
        "address <lead@partner.example> is no longer valid' reads securityerror, soft (rule_wordings' 'no longer "
        "valid' wants the address alone), the opposite choice; both for the lead"),
}

test_review_audit42, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 60)
