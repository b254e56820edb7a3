"""Review old37's notices (tests/classifier/review_old37.py): Mox's replies and own DSN, Apache James 3.x's
RemoteDelivery bounce and Postfix 3.9's bare-newline refusal, written from their sources. One table-driven test; the
judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old37 import ROWS

JUDGEMENT: dict[str, str] = {}

test_review_old37, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)


def test_mox_s_too_many_failures_never_hides_a_missing_user():
    # The lead's mend on merging: Mox's connection refusal ("550 5.1.0 too many failures") is read only where no
    # missing user is said beside it; "user unknown (too many failures)" is the recipient's absence.
    from classifier import classify
    from tests.classifier.notices import LEAD, relayed

    def one(text: str, status: str, command: str) -> tuple:
        (d,) = classify(relayed(text, status=status, command=command)).deliveries
        return d.reason.value, d.hard_bounce, d.scope.value

    assert one("550 5.1.0 too many failures", "5.1.0", "MAIL") == ("blocked", False, "sender")
    assert one(f"550 5.1.1 <{LEAD}>: user unknown (too many failures)", "5.1.1", "RCPT") == (
        "userunknown", True, "recipient")
