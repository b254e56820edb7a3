"""Review audit67's notices (tests/classifier/review_audit67.py): an adversarial audit of session 46's classifier mends
(exceeded_limits, mailbox_states' Swedish quota, names_instead's request, allow_lists._recipient_missing,
exchange_admin's '#SMTP#' line, dns_names). One table-driven test; a misreading left is a strict xfail whose reason
states the miss.

First run: (to be filled in after the first run; expectations committed first)."""

from __future__ import annotations

from classifier.dns_names import of_recipient
from tests.classifier import review_audit67
from tests.classifier.review_check import review_tests

ROWS = review_audit67.ROWS + review_audit67.MEND_ROWS

_GW_NONE = (
    "no recipient (is_bounce False), not lead hard: the gateway's notice names no failed address at all, only the "
    "reply's 'resend your message to <kim>', and the original went to lead and kim; which of them failed could only be "
    "guessed by elimination, which the project does not do (review 85: a notice that names nobody cannot tell which "
    "recipient failed). At main (and at 98606e18) named.by_name took kim, the original's To the notice names, as the "
    "failed recipient: userunknown, hard, a FALSE HARD on the address the reply gives to write to; mended "
    "(prose._last_resort drops it), the dead lead stays unread. Left")
JUDGEMENT: dict[str, str] = {
    "a67-ni-gw-please-comma-resend-to-kim-not-read": _GW_NONE,
    "a67-ni-gw-kindly-resend-to-kim-no-longer-read": _GW_NONE,
    "a67-ni-ctl-gw-please-resend-to-kim-correct": _GW_NONE,
    "a67-ni-qmail-please-resend-upper-to-kim": (
        "suspend, soft, not hard: 'THIS MAILBOX IS CLOSED' under 5.1.1 reads the project's closed-state word "
        "(mailbox_states: closed is suspended, the same call as audit66b's a66b-ni-gw-please-forward-future-mail-to-"
        "colleague), in capitals as in lowercase; the mend's request held in capitals (kim not read; at 98606e18 kim "
        "was read suspend beside lead onhold). Whether 'closed' beside 5.1.1 is gone is the taxonomy's call"),
    "a67-allow-pf-sender-not-found-trusted-senders": (
        "securityerror, soft, scope recipient, not sender (the same at 98606e18): 'Sender not found in trusted senders "
        "list' beside the note on the recipient's allow list reads a security refusal of the recipient's side; soft "
        "either way, our sender's address is no fault of the prospect's. The list name 'trusted senders' is not among "
        "allow_lists._SENDERS_LIST's, yet no false hard follows (the 5.7.1 and the note decide). Left"),
}

test_review_audit67, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 27)


# dns_names.of_recipient (the planner's relay rule, sync/planner/relay.py): a host beside the recipient's domain under
# one parent is the recipient's own ("mx.corp.example" for "eu.corp.example"). A parent that is a registry's second
# level (RFC 1591 country domains' "co.uk", "com.au", "co.jp": Nominet, auDA, JPRS register names under them) relates
# nothing, as a parent of one label relates nothing: a smarthost "acme-relay.co.uk" not resolving is no name of a
# prospect at "foods.co.uk", and one such prospect in the batch must not mark the whole batch the prospects' own
# (sync/planner/relay.py: "never ours when any bounce ... names it as its own recipient's host": every bounce hard).
SUFFIX_CASES = [
    ("acme-relay.co.uk", "buyer@foods.co.uk", False),
    ("mailgate.com.au", "ops@harbour-freight.com.au", False),
    ("smtp-relay.co.jp", "info@kobe-seiko.co.jp", False),
    # controls: the company's own sibling and parent hosts stay its own
    ("mx.corp.example", "lead@eu.corp.example", True),
    ("mail.foods.co.uk", "buyer@foods.co.uk", True),
    ("mx1.foods.co.uk", "buyer@sales.foods.co.uk", True),
    ("smtp.sendgrid.net", "lead@partner.example", False),
]


def test_of_recipient_registry_parents() -> None:
    wrong = [(host, address) for host, address, own in SUFFIX_CASES if of_recipient(host, address) is not own]
    assert not wrong, wrong
