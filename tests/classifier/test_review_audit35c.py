"""Audit 35c's notices (tests/classifier/review_audit35c.py): an adversarial audit of hard readings beyond rounds
15-18: hostunknown where the missing domain is ours, the hard readings of real rounds 9-14, and the no-such-recipient
shape in other languages said of our sender or of another thing. One table-driven test; the judgement calls are strict
xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35c import ROWS

_CHAIN = (
    "A forward's target domain gone, quoted after 'forwarding to lead@old-host.example failed:' in {}: read "
    "hostunknown, hard. The same standing call as audit 35b's a35-b-tw-tw-forward-chain (an inner reply's verdict read "
    "as the alias's): the lead's alias fails for every sender until its owner mends the forward, so the hard reading "
    "is defensible; no server source writes this reply to RCPT, so no mend is justified; left")
_STAGE = (
    "Mailman's LMTP '550 Requested action not taken: mailbox unavailable' (real round 12) as {} quotes it, Status "
    "5.0.0 and no stage named: read filtered, soft (a false soft, not hard). The standing rule audit 35b kept for "
    "Twisted's words (a35-b-tw-tw-rcpt-gmail): RFC 5321's generic text counts as no-such-user only as the answer to "
    "RCPT, and servers give it to policy refusals after DATA too (generic_refusal.py); left")
JUDGEMENT: dict[str, str] = {
    "a35c-dom-pf-forward-chain": _CHAIN.format("our relay's report"),
    "a35c-dom-pf-forward-chain-gmail": _CHAIN.format("Gmail's own DSN"),
    "a35c-dom-pf-forward-chain-exo": _CHAIN.format("Exchange Online's NDR"),
    "a35c-dom-forwarded": (
        "A person's inline forward of an old Postfix bounce ('---------- Forwarded message ---------', the block from "
        "MAILER-DAEMON): read as that notice (hostunknown, hard), the project's standing forward policy "
        "(formats/nested.forwarded_notice; audit 35b's a35b-nomb-forwarded). The expectation (no bounce) went against "
        "it. A false hard only on the forwarder's word; the trust rules (DESIGN.md 'Trust') need the original's "
        "Message-ID in our sent mail, which the forward lacks, so it is recorded unverified, not applied; left"),
    "a35c-mm-mm-control-gmail": _STAGE.format("Gmail's own DSN"),
    "a35c-mm-mm-control-exo": _STAGE.format("Exchange Online's NDR"),
    "a35c-exr-control": (
        "Exim's '550 restricted characters in address' (Debian's CHECK_RCPT_LOCAL_LOCALPARTS) in Exim's own bounce: "
        "read onhold, soft (a false soft). The same reading as real round 9's exim-remote-restricted-characters, a "
        "strict xfail there (real_cases_round9.py); no rule reads these words, and this audit is of false hards; left"),
}

test_review_audit35c, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
