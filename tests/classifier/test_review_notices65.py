"""The sixty-fifth review's notices (tests/classifier/review_notices65.py): an adversarial audit of
review 64's rules (ZoneMTA's no-data DNS error, SYSTEMERROR overruling a 5.1.1 status, kopano-dagent's,
Modoboa's and vSMTP's phrases). One table-driven test over all rows, failures collected; the
judgement calls are strict xfails, one each (none: every row was mended or read as written).

Read otherwise before the mends, 6 of 37: ZoneMTA's "resolving MX server for x:" (twice, one an
A-label domain) and mx-connect's wording of the no-data error read networkerror (3 false softs);
the no-data words after a 450 read hostunknown; kopano-dagent's "503 5.1.1 Failed to add user to
recipients", alone and quoted by address verification, read userunknown (2 false hards)."""

from __future__ import annotations

from classifier.formats import smtp_command
from tests.classifier.review_check import review_tests
from tests.classifier.review_notices65 import ROWS

JUDGEMENT: dict[str, str] = {}


test_review_notices65, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 30)


def test_mail_in_capitals_is_a_command_only_where_no_noun_follows():
    """The whole invariance grid upper-cased this review's mx-connect row: "RESOLVED FOR THE MAIL EXCHANGE
    (MX) SERVER" read as a refusal at MAIL FROM (our sender refused). The noun is no command; the command is."""
    assert smtp_command('RESOLVED FOR THE MAIL EXCHANGE (MX) SERVER OF "EXAMPLE.ORG"') is None
    assert smtp_command("550 5.7.1 REJECTED AFTER MAIL: SENDER BLOCKED") == "MAIL"
