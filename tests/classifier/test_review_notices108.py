"""The hundred-and-eighth review's notices (tests/classifier/review_notices108.py): the least covered servers'
own published replies (IceWarp, Kerio, Rackspace, the Czech hosts, Interia, Libero, Spambrella, Trend Micro HES,
CommuniGate Pro's and SmarterMail's own notices) and the issue-13 families met beside them. One table-driven test;
the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices108 import ROWS

_BARE_ENGLISH = (
    "cPanel Exim's '550 No Such User Here' under Postfix's catch-all 5.0.0, quoted by Gmail's or Exchange Online's "
    "notice, which names no stage: reasons._is_userunknown keeps sisimai's rule (a bare English 'user unknown' from "
    "an unknown stage may be a content filter speaking after DATA: filtered, soft) unless a translation stands "
    "beside it. Dropping the rule for a catch-all status was tried: 94 snapshot readings changed (sisimai-labelled "
    "fixtures that expect filtered), so it is left to the lead as a policy call; our relay's copy (RCPT named) "
    "reads hard")
_OLC_EXO = (
    "Outlook.com's '550 5.5.0 Requested action not taken: mailbox unavailable.' as Exchange Online's NDR quotes it "
    "with no Remote-MTA: the words alone are RFC 5321's generic refusal (generic_refusal.only_generic) and nothing "
    "names the Microsoft consumer MX that makes them a missing mailbox; soft is the cautious reading (a false hard "
    "costs more). Our relay's and Gmail's copies name eur.olc.protection.outlook.com and read hard")
JUDGEMENT: dict[str, str] = {"r108-verify-t-c-no-such-user-here-gmail": _BARE_ENGLISH,
                             "r108-verify-t-c-no-such-user-here-exo": _BARE_ENGLISH,
                             "r108-olc-t-mailbox-unavailable-550-exo": _OLC_EXO}

test_review_notices108, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 80)
