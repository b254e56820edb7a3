"""Audit 38's notices (tests/classifier/review_audit38.py): an adversarial audit of the mends that landed with audit 37
and the session before it, each in other contexts, layouts and languages. One table-driven test; the judgement calls
are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_audit38 import ROWS

JUDGEMENT: dict[str, str] = {
    "a38-t-opensmtpd-other-address": (
        "Our relay's report of lead@ with the prospect's OpenSMTPD answering its RCPT '550 Invalid recipient: "
        "<dana@partner.example>': read userunknown, hard (expected soft: another address named). The reply answers "
        "lead's own RCPT TO (Postfix pairs each reply with its recipient); a receiving server names another address "
        "there only where it rewrote lead (an alias, a virtual map) to one it does not have, and mail to lead then "
        "fails for good as well: the hard reading is defensible, and the generic 'invalid recipient' phrase reads it "
        "so for any address named (sendmail_lines' other-address rule concerns its stage-less 'User unknown' only); "
        "left"),
    "a38-t-gosmtp-weather-no-user": (
        "go-smtp's '554 5.0.0 Error: transaction failed, blame it on the weather: mailbox lead does not exist' after "
        "DATA: read filtered, soft (expected userunknown: the backend's error says the mailbox is missing). After "
        "DATA a bare 'does not exist' is the generic rules' filtered (sisimai's: a content filter's pretext), and "
        "go-smtp's wrapper says only that its backend failed; a backend that checks mailboxes only at DATA is rare. "
        "The soft reading is the milder harm, and repeats escalate; left"),
}

test_review_audit38, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 70)


def test_a_help_line_naming_our_server_s_people_keeps_the_recipient_s_own_list():
    # The lead's merge review: "contact your mail server administrator" under the recipient's own block list names
    # no host of ours; the list stays the recipient's (filtered, the recipient's scope), while "your mail server is
    # blacklisted" beside "rejected by recipient" is our host blocked.
    from classifier import classify
    from tests.classifier.notices import relayed

    def one(text: str) -> tuple:
        (d,) = classify(relayed(text, status="5.7.1", command="RCPT")).deliveries
        return d.reason.value, d.scope.value

    assert one("550 5.7.1 Your message was rejected: the sender is on the recipient's block list. If you believe this "
               "is an error, contact your mail server administrator.") == ("filtered", "recipient")
    assert one("550 5.7.1 Blocked by recipient's blocked senders list; ask your email server admin for help") == (
        "filtered", "recipient")
    assert one("550 5.7.1 Rejected by recipient: your mail server is blacklisted") == ("blocked", "sender")
