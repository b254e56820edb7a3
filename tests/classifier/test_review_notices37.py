"""The thirty-seventh review's whole notices (tests/classifier/review_notices37.py: the fallback for
wordings no table knows: every registered RFC 3463 code in both classes under a cause-less reply,
in English, six other languages or none, with agreeing, disagreeing or absent reply codes, failed
and delayed, in an RFC 3464 report, Exim's report, Postfix's, Exim's and qmail's plain notices, Postfix's
delay notice and Exim's delay warning; X.0.0 under every basic reply code; generic refusals under
specific statuses; the recipient-does-not-exist sentence in six languages): recipients,
reason, hard/soft, whose fault, and delay or not. One table-driven test over all rows, failures
collected; the judgement calls (JUDGEMENT) are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices37 import ROWS

# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "x00 521 neutral": (
        "the taxonomy lists 521 under notaccept and RFC 7504 defines it as 'host does not accept mail', so a 521 "
        "under a vague 5.0.0 with no cause reads notaccept (hard) by the letter; the classifier keeps onhold (soft) "
        "because servers also answer 521 at the greeting to a CLIENT they refuse (postscreen's '521 5.3.2', "
        "AOL's old '521 5.2.1 ... will not accept delivery'): with no words and no stage, a hard reading could "
        "unenrol a live prospect for our own IP's block. 556 (RFC 7504's domain-level code, defined for nothing "
        "else) does read notaccept"),
    **{f"generic {lay} 5.1.10 {j}": (
        "a 5.1.10 status with only a generic refusal ('Recipient rejected', RFC 5321's 'mailbox unavailable'): "
        "the taxonomy's code column says notaccept (RFC 7505 null MX); the classifier reads the words as a missing "
        "recipient because Exchange Online writes 5.1.10 for 'Recipient not found by SMTP address lookup' "
        "(reasons._is_userunknown). Both hard, the recipient's: no prospect is kept or lost by the difference")
       for lay in ("dsn", "plain") for j in (0, 1)},
}


def test_review_notices37():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_judgement_calls(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 1200)


def test_no_false_hard_in_the_grid():
    """Only the address subject's hard codes (X.1.0, X.1.1, X.1.2, X.1.3, X.1.6, X.1.10), X.4.4,
    X.7.17, X.7.18, X.3.2 / 521 / 556 and the recipient-does-not-exist sentence, all permanent and
    final, are expected hard."""
    hard = {r[0].split()[1] for r in ROWS if r[0].split()[0] in ("dsn", "exim-dsn", "postfix-plain", "exim-plain",
                                                               "qmail") and any(e[1] for e in r[-1])}
    assert hard == {"5.1.0", "5.1.1", "5.1.2", "5.1.3", "5.1.6", "5.1.10", "5.3.2", "5.4.4", "5.7.17", "5.7.18"}
