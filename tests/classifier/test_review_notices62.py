"""The sixty-second review's notices (tests/classifier/review_notices62.py). One table-driven test over
all rows, failures collected; the judgement calls are strict xfails, one each.

The survey: `benchmarks/sisimai_diff.py --review-rows --all` (10,106 messages), the recipients Sisimai
4.25 and the classifier read with the same hard/soft but a different reason, less review 60's decided
groups: 336 rows in 94 groups of 15 or fewer. Each row's own reviewer's accepted reasons were read
beside the words: 285 rows accept ours (124 of them Sisimai's too), 35 accept any reason, 16 (review
37's generated matrix) carry no list. Decided from the server's words and
shared/classifier/taxonomy.md:

| group (ours / Sisimai 4.25)                       | rows | call |
|---------------------------------------------------|-----:|------|
| filtered / spamdetected ("Message filtered")      |   15 | both accepted (reviews 24, 27, 39, 40); the words name a filter, not spam |
| blocked / toomanyconn (Microsoft 5.7.7xx)         |   14 | ours: "traffic not accepted from this IP", tenant threshold: 4.25 reads "exceeded" as a limit |
| securityerror / blocked                           |   11 | ours: TLS, DANE, DNSSEC, connector certificate (taxonomy: 5.7.x security) |
| blocked / policyviolation, networkerror / blocked |   15 | reviewers' calls (IP listed, AUP too many invalid, no data before greeting) |
| securityerror / rejected                          |   10 | SISIMAI for 1: "553 5.1.8 <s>: Sender address rejected: Recipient address rejected: Access denied" is the sender refused; FIXED. The rest reviewers' (AuthRequired, 5.7.12) |
| securityerror / undefined (review 52)             |    4 | SISIMAI-side for 2 (4.25 gave up): "Sender address no longer valid", "Sender domain no longer in use" at RCPT are our sender refused (rejected, scope sender); FIXED. "Authenticated user not a member", "Your domain no longer in use on this relay" stay |
| onhold / systemerror                              |    7 | SISIMAI for 1: Dovecot "451 4.3.0 <x> Temporary user lookup failure" (taxonomy 4.3.x); FIXED. "554 Transaction failed": no cause, onhold stands; Dovecot INBOX missing, Zimbra "not on this server": systemerror since review 63 (the server's own trouble with a user it found) |
| toomanyconn / securityerror                       |   10 | ours: connection and session limits at 4.7.0 (taxonomy: 421 with connection wording) |
| syntaxerror / securityerror                       |   10 | ours: 5.5.6 / 5.5.4 (taxonomy: 5.5.x syntaxerror) |
| rejected / policyviolation, syntaxerror, undefined, suspend | 27 | ours: the sender or our account refused (taxonomy 7: scope sender; 5.1.7, 5.1.8) |
| securityerror / spamdetected (Gmail 5.7.29 / 4.7.29 no TLS) | 8 | ours: a TLS requirement |
| systemerror / notaccept, blocked, networkerror    |   18 | ours: 4.3.2 service unavailable, 5.4.6 qmail MX loop (taxonomy 5.3.x, 4.3.x) |
| suspend / securityerror, systemerror              |    9 | ours: disabled, locked, inactive words (taxonomy: suspend) |
| spamdetected, virusdetected / filtered, contenterror, systemerror, policyviolation | 27 | ours: the words name spam or a virus over 5.2.0, 5.5.5, 5.6.x |
| exceedlimit / mesgtoobig (5.2.3 RecipSizeLimit)   |    5 | both accepted; taxonomy 5.2.3 exceedlimit |
| hostunknown / userunknown, notaccept / hostunknown |  10 | ours: 5.1.2 domain words; null MX (taxonomy: notaccept) |
| userunknown / notaccept (5.1.10 "Recipient rejected") | 2 | both hard; left (review 37's matrix names no reason) |
| the rest: 65 groups of 1 to 7                     |  134 | reviewers' calls; each read, none found against the taxonomy |

Left: "Recipient address rejected: Access denied" with 5.7.1 at RCPT reads userunknown (hard) in our
relay's layout, the team's standing call (reviews 24, 33, 35; test_real_servers), but filtered in
Gmail's own DSN; PowerMTA's "Address no longer valid" likewise reads soft in Gmail's DSN (judgement
calls below, not changed here)."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_notices62 import ROWS

_STANDING = ("the team's standing call reads 'Recipient address rejected: Access denied' at RCPT as userunknown "
             "(reviews 24, 33, 35; test_real_servers), the Gmail layout filtered: this review's expectation "
             "(securityerror, phrases.py's other list) is not the rule; left")
_GMAIL_PMTA = ("Gmail's own DSN reads PowerMTA's bad-mailbox words soft (filtered), our relay's layout hard "
               "(review 52's call): the safe side, left")
JUDGEMENT = {
    "recipient-access-denied-control-postfix": _STANDING,
    "recipient-access-denied-control-gmail": _STANDING,
    "addr-no-longer-valid-control-gmail": _GMAIL_PMTA,
    "rcpt-addr-no-longer-valid-control-gmail": _GMAIL_PMTA,
}


test_review_notices62, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 34)
