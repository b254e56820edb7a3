"""The ninety-fifth review (tests/classifier/review_notices95.py, review_notices95_more.py): an adversarial audit of
the rules review 92 and real round 14 added. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices95 import ROWS as _RULES
from tests.classifier.review_notices95_more import ROWS as _MORE

ROWS = _RULES + _MORE

_FORWARD = ("qmail-send's own failure text naming a forwarding target under qmail's '(#5.1.1)': read hard by the code; "
            "contrived (real qmail-local forwards and the target's host bounces the forwarded copy), so left")
_STAGE = ("the recipient's 'does no exists' quoted with no stage (Gmail's DSN, Exchange Online's NDR): read filtered "
          "(soft) by the team's standing call for an unnamed stage (review 92's same rows, sisimai's rule)")
_DATA_UNKNOWN = ("a missing recipient's words answered to DATA under 5.7.1 (Postfix, Exim, Sendmail naming the stage): "
                 "read filtered (soft) by sisimai's rule for 'user unknown' after DATA (reviews 15, 21, 23); so before "
                 "round 14 too (its rule is reached only by words no table knows)")
_NO_STAGE_57 = ("a generic 5.7.x refusal quoted with no stage (Gmail's DSN, Exchange Online's NDR): securityerror, the "
                "taxonomy's default for 5.7.x; round 14's filtered needs the DATA stage; soft either way")
_OUR_IP = ("'Your IP ... is not allowed to send mail here' is in no table: securityerror (or filtered after DATA) with "
           "the recipient's scope at every stage, so before round 14 too; soft either way, left to a sender-words review")
_OUR_SENDER = ("'Sender address <addr> rejected' (the address between) is not the sender table's 'sender address "
               "rejected': securityerror with the sender's scope, as at RCPT (round 14's rule now stands aside for "
               "our side's words); soft and ours, the reason left")
JUDGEMENT: dict[str, str] = {
    "r95-qs-own-forward-target": _FORWARD,
    **{f"r95-typo-typo-{row}{lay}": _STAGE for row in ("user-does-no-exists", "mailbox-does-no-exist")
       for lay in ("-gmail", "-exo")},
    **{f"r95-d-generic-{row}{lay}": _NO_STAGE_57 for row in ("header-rule", "570") for lay in ("-gmail", "-exo")},
    "r95-datk-data-mailbox-not-exist": _DATA_UNKNOWN,
    "r95-datk-data-no-such-user": _DATA_UNKNOWN,
    "r95-stage-exim-unknown": _DATA_UNKNOWN,
    "r95-stage-sendmail-unknown": _DATA_UNKNOWN,
    **{f"r95-datk-data-our-ip-not-allowed{lay}": _OUR_IP for lay in ("", "-gmail", "-exo")},
    **{f"r95-datk-data-our-sender-refused{lay}": _OUR_SENDER for lay in ("", "-gmail", "-exo")},
}

test_review_notices95, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 120)
