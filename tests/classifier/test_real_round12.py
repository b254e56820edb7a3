"""The twelfth round's mend (classifier/hints.py _list_manager_notice), read on HAND-MADE messages
beside the real Mailman 3.3.8 notices (real_cases_round12.py): a Mailman list's own notice to a poster,
from <list>-bounces@ with X-Mailman-Version and List-Id, is no bounce. The controls: a failure notice
from a list's -bounces@ address without Mailman's header, a daemon's notice a Mailman list passes on
(its From kept), and a DSN from the list's address stay bounces, and keep their hard reading."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed

_MAILMAN = "X-Mailman-Version: 3.3.8\nList-Id: <news.example.net>\nPrecedence: bulk\n"
# The words of Mailman 3's templates list:user:notice:refuse and list:user:notice:hold.
_REFUSE = ('Your request to the news@example.net mailing list\n\n    Posting of your message titled "Hello"\n\n'
           "has been rejected by the list moderator.  The moderator gave the\nfollowing reason for rejecting "
           "your request:\n\n\"No sales offers here.\"\n\nAny questions or comments should be directed to the "
           "list administrator\nat:\n\n    news-owner@example.net\n")
_HOLD = ("Your mail to 'news@example.net' with the subject\n\n    Hello\n\nIs being held until the list "
         "moderator can review it for approval.\n\nThe message is being held because:\n\n    The message "
         "is not from a list member\n")
# A plain-text failure notice (no DSN), as a qmail-style or hand-written relay sends it.
_FAILED = (f"Hi. This is the mail delivery software at example.net.\nI'm afraid I wasn't able to deliver "
           f"your message to the following addresses.\nThis is a permanent error; I've given up.\n\n<{LEAD}>:\n"
           "550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in local recipient table\n")


def _mail(from_: str, subject: str, body: str, extra: str = "") -> bytes:
    return (f"From: {from_}\nTo: seller@example.com\nSubject: {subject}\nMessage-ID: <m1@example.net>\n"
            f"{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n{body}").encode()


@pytest.mark.parametrize("subject, body", [
    ('Request to mailing list "News" rejected', _REFUSE),
    ("Your message to news@example.net awaits moderator approval", _HOLD),
])
@pytest.mark.parametrize("from_", ["news-bounces@example.net", "news-owner@example.net"])
def test_mailman_notice_to_a_poster_is_no_bounce(from_, subject, body):
    result = classify(_mail(from_, subject, body, _MAILMAN))
    assert (result.is_bounce, tuple(result.deliveries)) == (False, ())


@pytest.mark.parametrize("from_, extra", [
    # A list's -bounces@ address without Mailman's mark (a VERP return path, another list manager).
    ("news-bounces@example.net", ""),
    # A daemon's notice passed on by a Mailman list: its From is the daemon's, kept.
    ("MAILER-DAEMON@example.net", _MAILMAN),
])
def test_failure_notices_stay_bounces(from_, extra):
    (d,) = classify(_mail(from_, "failure notice", _FAILED, extra)).deliveries
    assert (d.address, d.reason.value, d.hard_bounce) == (LEAD, "userunknown", True)


def test_a_dsn_from_a_mailman_list_address_stays_a_bounce():
    raw = relayed(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown", status="5.1.1")
    head, _, rest = raw.partition(b"\n")
    raw = b"From: news-bounces@example.net\n" + _MAILMAN.encode() + rest if head.startswith(b"From:") else \
        _MAILMAN.encode() + raw
    (d,) = classify(raw).deliveries
    assert (d.address, d.reason.value, d.hard_bounce) == (LEAD, "userunknown", True)
