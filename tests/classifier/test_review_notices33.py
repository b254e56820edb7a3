"""The thirty-third review's whole notices (tests/classifier/review_notices33.py and
review_notices33_more.py: receivers' replies as the email service providers' and marketing
platforms' published bounce documentation quotes them, SendGrid, Mailgun, Mandrill, Iterable,
Braze, Amazon SES, Postmark and weaker sources, in our relay's report, Gmail's own DSN and
Exchange Online's NDR): recipients, reason, hard/soft, whose fault, and delay or not. One
table-driven test over all rows, failures collected; the judgement calls are strict xfails."""

from __future__ import annotations

import pytest

from tests.classifier.review_check import judged_misses, judgement_params, source_problems, unexplained
from tests.classifier.review_notices33 import ROWS

_UNNAMED_STAGE = (
    "{what} under a vague status ({status}) in a notice that names no SMTP stage (Gmail's own DSN / Exchange "
    "Online's NDR): the team's standing call (test_review_notices15.py, 21, 23) keeps sisimai's rule that an "
    "English 'no such user' from an unnamed stage may be a content or sender filter speaking (filtered, soft). "
    "The same reply in our relay's report, which names RCPT, reads userunknown, hard (its -relayed row passes); "
    "a false soft, never a false hard.")
_ACCESS_DENIED = (
    "'550 5.4.1 Recipient address rejected: Access denied.' (the customer's gloss: the recipient refuses our "
    "domain). The words name no missing mailbox, so the expectation is soft; but 5.4.1 with these words is "
    "Exchange Online's directory-based edge blocking, which Microsoft documents as a recipient missing from the "
    "directory, and the team's standing call reads 'Recipient address rejected: Access denied' at RCPT as "
    "userunknown (test_review_notices24.py _ACCESS_DENIED, review 30's DBEB rows); SparkPost's blog reclassified "
    "the Office 365 form as an invalid recipient after research (the sparkpost-o365-dbeb rows). Left hard. Since review 101 the Gmail and Exchange Online layouts, which name no "
    "stage, read it hard too: the code 5.4.1 right before these words marks EOP's reply (classifier/remote/"
    "microsoft.py TAG; Postfix's access(5) REJECT says them under 5.7.1, src/smtpd/smtpd_check.c).")
_LOOP = (
    "'554 5.4.6 Hop count exceeded - possible mail loop': the taxonomy lists a mail loop under systemerror; the "
    "wording table files 'hop count exceeded' and 'mail loop' under networkerror (phrases.py, with 5.4.6 a "
    "routing status). Soft either way; moving the phrases would change older readings for no change of action.")

JUDGEMENT: dict[str, str] = {
    **{f"sendgrid-550-mailbox-unavailable-{x}": _UNNAMED_STAGE.format(
        what="RFC 5321's '550 Requested action not taken: mailbox unavailable'", status="5.0.0") for x in ("gmail", "exo")},
    **{f"sendgrid-no-such-user-here-{x}": _UNNAMED_STAGE.format(what="'550 No Such User Here'", status="5.0.0")
       for x in ("gmail", "exo")},
    **{f"ses-seen-mailbox-unavailable-550-{x}": _UNNAMED_STAGE.format(
        what="'550 5.5.0 Requested action not taken: mailbox unavailable'", status="5.5.0, a catch-all")
       for x in ("gmail", "exo")},
    **{f"ses-seen-address-unknown-{x}": _UNNAMED_STAGE.format(what="'550 Address unknown'", status="5.0.0")
       for x in ("gmail", "exo")},
    **{f"ses-seen-invalid-recipient-{x}": _UNNAMED_STAGE.format(what="'550 Invalid Recipient'", status="5.0.0")
       for x in ("gmail", "exo")},
    **{f"ses-seen-rcpt-to-user-unknown-{x}": _UNNAMED_STAGE.format(
        what="'550 RCPT TO:<x> User unknown' (its own words name RCPT; reading a stage out of free text is "
             "review 23's open question)", status="5.0.0") for x in ("gmail", "exo")},
    **{f"ses-seen-552-mailbox-not-found-{x}": _UNNAMED_STAGE.format(
        what="'552 1 Requested mail action aborted, mailbox not found'", status="5.0.0") for x in ("gmail", "exo")},
    **{f"ses-seen-access-denied-541{x}": _ACCESS_DENIED for x in ("", "-gmail", "-exo")},
    **{f"qa-hop-count-exceeded{x}": _LOOP for x in ("", "-gmail", "-exo")},
}


def test_review_notices33():
    wrong = unexplained(ROWS, JUDGEMENT)
    assert not wrong, wrong


@pytest.mark.parametrize("name", judgement_params(JUDGEMENT))
def test_review_notices33_judgement(name):
    assert not judged_misses(ROWS, name)


def test_rows_cite_sources():
    assert not source_problems(ROWS, JUDGEMENT, 150)
