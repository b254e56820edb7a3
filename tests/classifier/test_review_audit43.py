"""Audit 43's notices (tests/classifier/review_audit43.py): a short adversarial audit of the rules merged on
2026-12-07 (audit 42's mends, review novel42's wordings, the lead's re-reads), each in other contexts. One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit43 import ROWS

JUDGEMENT: dict[str, str] = {
    "a43-s-tp-user-unknown-our-ip-blackholed": (
        "'550 5.1.1 User unknown; your IP address 198.51.100.7 is blackholed by bl.example.org': read blocked, soft, "
        "scope sender (expected userunknown, hard): a false soft, left. Before review novel42 it read userunknown (Bongo's "
        "'is blackholed by' was unknown), but the engine's choice is older and deliberate: '... is listed in "
        "zen.spamhaus.org' and '... is blacklisted by bl.example.org' after the same 'User unknown' read blocked, "
        "sender, on main too (a block said beside an absence wins, as the reply may be a listed client's stock answer). "
        "Two verdicts in one reply; soft is the cautious side (no unenrolment), and the account alert the scope raises "
        "is right for the listing. For a review of mixed verdicts, not Bongo's phrase"),
    "a43-m-staff-member-address": (
        "'550 5.7.1 Former staff member address no longer in use': read hasmoved, hard (expected userunknown, hard). "
        "Hard as expected (the prospect is unenrolled either way); retired_address's 'member' exclusion (audit 42, a "
        "list member's address) holds here, and departures reads 'Former staff member' as a leaver (hasmoved), which "
        "the words support as well as the expectation does ('Former staff address no longer in use' reads userunknown). "
        "Reason only; left"),
    "a43-m-domain-unregistered-see-link": (
        "'550 5.0.0 The recipient domain partner.example is not registered; details in the link below': read "
        "userunknown, hard (expected hostunknown, hard). Not audit 42's _NOT_OUR_NAME (the row reads the same without "
        "'details in the link below'): unprovisioned's 'recipient ... is not registered' takes it as an unregistered "
        "user before route_words' domain family. Hard as expected, both reasons always hard (taxonomy section 4); the "
        "reason's precedence is for unprovisioned's next review; left"),
}

test_review_audit43, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
