"""The fifty-third review's whole notices (tests/classifier/review_notices53.py and review_notices53_more.py: an
adversarial false-hard / false-soft / wrong-recipient audit of the rules added in 0e80a1f..b057108, each with its
positive control and counter-examples): recipients, hard/soft, whose fault, delay. One table-driven test over all
rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices53 import ROWS as TABLE
from tests.classifier.review_notices53_more import ROWS as SINGLE

ROWS = TABLE + SINGLE
# row name -> why the expectation is a judgement call the classifier does not follow.
JUDGEMENT: dict[str, str] = {
    "r53-nodata-soft-444": (
        "Postfix keeps 4.4.4 for a NO_DATA (or 'Host not found') text only when a soft DNS error came first: another of "
        "the domain's MX hosts failed to resolve for now (smtp_addr.c: 'A soft error dominates past and future hard "
        "errors'). So the domain and its MX records exist, which reads networkerror to this reviewer. But the notice is "
        "final (Action: failed after the queue lifetime), the taxonomy (section 4) says decide on Action and the "
        "diagnostic, not the class, and 'Host not found' under 4.4.4 read hostunknown (hard) before review 51 too; "
        "telling the two NO_DATA cases apart needs the status class beside a wording rule: left to the lead"),
    "r53-nodata-recipient-rcpt-450-exim": (
        "A remote Postfix's '450 4.1.2 ... unverified address: <NO_DATA text>' (its probe deferred) that Exim gave up "
        "on after its retry time: the 450 says for now, but the classifier reads a DNS not-found text given up after "
        "4xx as hard, as the corpus's given-up '450 4.1.1 User unknown' (severity.is_hard_bounce's 5.0.0 exception). "
        "Our relay's own report of the same reply (the -pf row) is a delay and passes"),
    "r53-no-such-user-your-account-vague-dsn": (
        "Not this review's rule: '550 No such user here' at an unnamed stage under 5.0.0 reads filtered with or "
        "without the 'your account' words (reasons._is_userunknown: sisimai's rule, content filters answer 'user "
        "unknown' after DATA). A false soft kept by design; the same reply at RCPT (the -pf and -exim rows) is hard"),
}


test_review_notices53, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
