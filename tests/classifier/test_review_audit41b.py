"""Audit 41b's notices (tests/classifier/review_audit41b.py): an adversarial audit of the rules merged from audit 40,
review layouts40 and the lead's mends, each in other contexts. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit41b import ROWS

JUDGEMENT: dict[str, str] = {
    "a41b-b-server-delivered-spam-ip": (
        "'554 5.7.1 Rejected: your mail server delivered spam; its IP 198.51.100.7 is blocked': read spamdetected, "
        "soft, the recipient's scope (expected blocked, ours). Not _OUR_HOST's new 'your mail server delivered' "
        "exclusion: 'relayed spam', 'our filter found spam' and 'spam delivered' read the same; the spam family is "
        "read before an IP block wherever both are said (the engine's order). Soft either way (a wrong scope, no "
        "page); narrowing the exclusion to 'delivered it correctly' changed nothing and was undone; left"),
    "a41b-b-fr-ip-bloquee-contenu-pas-en-cause": (
        "'550 5.7.1 Votre adresse IP 198.51.100.7 est bloquée. Le contenu n'est pas en cause.': read securityerror, "
        "soft, the recipient's scope (expected blocked, ours). Not the new 'n'est pas en cause' exclusion: the first "
        "sentence alone reads the same; French 'adresse IP ... bloquée' is in no block table. Soft either way (a "
        "wrong scope: no sender page); a French block wording belongs with a review of the block family's languages; "
        "left"),
    "a41b-rh-virtual-alias-table": (
        "Our relayhost's probe '... undeliverable address: User unknown in virtual alias table': read userunknown, "
        "hard, the recipient's scope (expected ours, soft). ours._PASSED_ON keeps Postfix's table words ('in virtual "
        "alias / virtual mailbox / local recipient / relay recipient table') on purpose: a relayhost answering from "
        "those tables serves the recipient's domain itself (a shared host holding both domains), so its answer is "
        "the recipient host's own; audit 40's 'unknown user: \"lead\"' (local(8), no table) is the relayhost taking "
        "the domain for its own. A false hard only where our relayhost holds the prospect's domain by mistake, "
        "which a corrected table would show on the next send; the design's call, left for the lead"),
    "a41b-n-closed-remind-that-if": (
        "'The account lead was closed and removed and we wish to remind you that if ...': read onhold, soft (expected "
        "userunknown, hard). Not unasserted's reminder: the reminder has 11 words before 'that' (over its six) and "
        "'The account lead was deleted' alone reads onhold too, while 'The account was deleted' reads hard: the "
        "account's NAME between the noun and its state ('lead', also a word) hides the absence. A false soft "
        "(repeats escalate); a rule for '<noun> <name> was deleted' belongs with lexicon's name shapes; left"),
    "a41b-f-bare-block-reply-near-copy": (
        "A report whose text says 'A copy was delivered to <other@partner.example>' beside a bare block's reply: "
        "lead@ reads userunknown, hard (right), and other@ is also read, onhold, soft, from the prose line (not from "
        "unnamed_blocks: with its recovery switched off the reading is the same). The wrong address is given a SOFT "
        "reading only (no unenrolment; repeats escalate); Postfix's own text never writes such a line (the layout "
        "is invented to attack), and the prose reader's 'delivered to' lines belong to a review of success "
        "sentences in failure reports; left"),
}

test_review_audit41b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 50)
