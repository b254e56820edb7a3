"""Review holds58's notices (tests/classifier/review_holds58.py): a measurement of the classifier on notices that
say a message was held, quarantined, moderated or refused by a security / policy layer (Mimecast, Proofpoint,
Microsoft 365 group restrictions 5.7.133-136 and 5.7.124, transport rules, 5.7.350, Google Workspace 552-5.7.0 and
policy refusals, Google Groups, Barracuda, Sophos XGEMAIL, Cisco HAT, Trend Micro DDEI, Symantec.cloud, Mailman
holds and refusals, TLS-required, size and banned attachments) and on eight hard failures such layers report. One
table-driven test; the misreadings are strict xfails whose reasons state the miss.

First run (expectations committed first: 4c3ebaf8; the classifier run once, nothing mended): rows right as written
55/60; exact recipient set 49/50 bounce rows; reason 45/50 deliveries; hard/soft 48/50; scope 49/50; false hards 0;
false softs 1; the 10 non-bounces (Mimecast hold, Proofpoint Essentials outbound quarantine, PPS / Defender /
Barracuda / Sophos / Cisco quarantine digests, three Mailman holds) all read as no bounce. The misses: Symantec.cloud's
own notice quoting a status-less '550 User unknown' read filtered, soft (the false soft); '554 Denied (Mode: normal)'
and Exim's 'a TLS session is required, but the server did not offer TLS support' read onhold (soft, reason only);
amavisd-new's 'BANNED contents from you' notice read blocked (soft; scope sender); Mailman's 'rejected by the list
moderator' notice read as no bounce (the expected soft failure of the list address missed).

Mended after (3 rows more, MEND_ROWS: the first failing without the mend, two delay-warning controls reading the
same before and after): Exim's own hosts_require_tls texts 'a TLS session is required, but ...' read securityerror
(exim_wordings.py), which also mends hd58-exim-tls-required. A mend of the false soft (Symantec.cloud's reporter
reading a bare '550 User unknown' as userunknown) was made and taken back: review notices29's row
'ml-user-unknown-no-stage' pins that reading soft by the team's call, and the mend broke it. After: 59/63 rows as
written; the four left are the strict xfails below."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_holds58 import ROWS

JUDGEMENT: dict[str, str] = {
    "hd58-ml-symc-user-unknown": (
        "filtered, soft; expected userunknown, hard: Symantec.cloud's notice quotes the recipient server's '550 User "
        "unknown' (Broadcom KB 162445 files it under 'the recipient address isn't one registered on the recipient "
        "server'), but this hand-made notice carries neither MessageLabs's X-Msg-Ref header nor its DSN part "
        "(sisimai Lhost/MessageLabs.pm needs both), so no reporter reads it; a status-less 'user unknown' at an "
        "unnamed stage is filtered by the generic rule, as sisimai's Reason/Filtered.pm reads any command but "
        "RCPT / MAIL, and review notices29's 'ml-user-unknown-no-stage' pins the same words soft in MessageLabs's "
        "own DSN by the team's call (a mend here broke it, so none is made). A false soft: the dead address is "
        "mailed again (a soft count escalates it)"),
    "hd58-gmail-symc-denied-mode": (
        "onhold, expected a refusal reason: Symantec.cloud's '554 Denied (Mode: normal)' (KB 162445: 'the recipient "
        "server finds something suspicious in the message content') has no word any table knows; soft either way"),
    "hd58-plain-amavis-banned": (
        "blocked (scope sender), expected a content reason: amavisd-new's 'BANNED contents from you' notice refuses "
        "the attachment's type ('violating our access policy'), not our host; soft either way, the contact is safe"),
    "hd58-plain-mm-rejected-by-moderator": (
        "no bounce, expected a soft failure of the list address: Mailman's refuse.txt ('has been rejected by the "
        "list moderator') is a person's decision in a plain notice with no failed address in a DSN field; reading "
        "no bounce touches no contact (a list address is rarely one), so only a soft count is lost"),
}

test_review_holds58, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 63)
