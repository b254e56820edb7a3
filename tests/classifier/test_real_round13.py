"""The thirteenth round's mend (classifier/hints.py AUTO_REPLY_SUBJECT: "away from my mail"), read on
HAND-MADE messages beside the real vacation 3.3.3 replies (real_cases_round13.py): vacation(1)'s reply,
which carries no Auto-Submitted and no In-Reply-To, is an auto-reply for its From. The controls: a
person's answer to such a reply ("Re: away from my mail") stays ordinary mail, and a bounce whose returned
message had that subject keeps its hard reading."""

from __future__ import annotations

import pytest

from classifier import classify
from tests.classifier.notices import LEAD, relayed

# The words of the ~/.vacation.msg vacation 3.3.3's set-up writes (strings of /usr/bin/vacation).
_AWAY = ('I will not be reading my mail for a while.\nYour mail concerning "Quote for May"\n'
         "will be read when I return.\n")


def _mail(subject: str, body: str, return_path: str = "<kim@example.org>") -> bytes:
    return (f"Return-Path: {return_path}\nFrom: kim@example.org\nTo: seller@example.com\n"
            f"Subject: {subject}\nMessage-Id: <r1@example.org>\nX-Hand-Made: yes (vacation 3.3.3 layout)\n\n"
            f"{body}").encode()


@pytest.mark.parametrize("return_path", ["<kim@example.org>", "<>"])  # vacation -z sends with <>
def test_vacation_program_reply_is_an_auto_reply(return_path):
    result = classify(_mail("away from my mail", _AWAY, return_path))
    assert result.is_bounce is False
    assert [(d.address, d.reason.value) for d in result.deliveries] == [("kim@example.org", "vacation")]


def test_a_persons_answer_to_it_stays_ordinary_mail():
    result = classify(_mail("Re: away from my mail", "Enjoy your holidays!\n\n> " + _AWAY.replace("\n", "\n> ")))
    assert (result.is_bounce, tuple(result.deliveries)) == (False, ())


def test_a_bounce_of_a_message_with_that_subject_stays_hard():
    raw = relayed(f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table",
                  status="5.1.1")
    assert b"Subject: Hello\n" in raw  # the returned message's own Subject (replies.postfix_report)
    raw = raw.replace(b"Subject: Hello\n", b"Subject: away from my mail\n")
    (d,) = classify(raw).deliveries
    assert (d.address, d.reason.value, d.hard_bounce) == (LEAD, "userunknown", True)
