"""Audit 35b's notices (tests/classifier/review_audit35b.py): an adversarial audit of the hard readings real rounds
15-18 added (Twisted's "Cannot receive for specified address", qmail's "no mailbox here by that name" in a program's
output, Haraka's texts, Exim's template readings, GroupWise's and InterMail's verdicts, "account deleted"). One
table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit35b import ROWS

_STAGE = (
    "Twisted's real RCPT refusal ('550 Cannot receive for specified address') as {} quotes it, a vague 5.0.0 and no "
    "stage named: read filtered, soft (a false soft, not hard). The standing sisimai rule of reasons._is_userunknown "
    "(without a no-such-user status the words count only as the answer to RCPT): '550 User unknown' in the same "
    "layout reads filtered too (probed). Twisted's words are the weaker for it: relay.DomainQueuer says the same to a "
    "relay it refuses, so reading them hard at an unknown stage would add false hards; left")
JUDGEMENT: dict[str, str] = {
    "a35-b-tw-tw-rcpt-gmail": _STAGE.format("Gmail's own DSN"),
    "a35-b-tw-tw-rcpt-exo": _STAGE.format("Exchange Online's NDR"),
    "a35-b-tw-tw-forward-chain": (
        "A forward's target refusing in Twisted's words, quoted after 'forwarding to ... failed: the next hop said': "
        "read userunknown, hard. Not twisted_wordings' doing alone: the same chain quoting '550 5.1.1 User unknown' or "
        "hMailServer's 'Recipient not in route list' reads hard too (probed), the standing reading of an inner reply. "
        "Defensible: the alias fails for every sender until its owner mends the forward; left"),
    "a35b-nomb-forwarded": (
        "A person's inline forward of an old bounce (Gmail's '---------- Forwarded message ---------', the block from "
        "MAILER-DAEMON): read as that notice (filtered, soft: the pasted paragraph lacks the 5.1.1), the project's "
        "standing forward policy (formats/nested.forwarded_notice; test_html_and_inline_forward B; review 34's "
        "prospect-forwards-their-bounce rows). The expectation (no bounce) went against it; not hard either way, and "
        "the trust rules need the original's Message-ID, which the forward lacks"),
}

test_review_audit35b, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)
