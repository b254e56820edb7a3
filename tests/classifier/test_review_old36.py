"""Review old36's notices (tests/classifier/review_old36.py): older MTAs' and groupware's own notices, written from
their sources and vendors' documents. One table-driven test; the judgement calls are strict xfails."""

from __future__ import annotations

from tests.classifier.review_check import review_tests
from tests.classifier.review_old36 import ROWS

JUDGEMENT: dict[str, str] = {
    "o36-qr-no-mx": "qmail-remote's perm_nomx (#5.4.4): a domain with neither MX nor A reads notaccept (accepts no "
                    "mail), the row expected RFC 3463's 5.4.4 default hostunknown; both hard, the CRM's action the "
                    "same",
    "o36-qs-too-long-connect": "qmail gave up after its queue lifetime on 'Sorry, I wasn't able to establish an SMTP "
                               "connection. (#4.4.1)': reasons.py keeps the named network cause (networkerror) over "
                               "expired by design; both soft",
    "o36-notes-hop-count": "Domino's 'Maximum hop count exceeded' reads networkerror (phrases.py's 'hop count "
                           "exceeded', RFC 3463 X.4.6 is a routing status), the row expected systemerror (a loop); "
                           "both soft",
    "o36-pf1-refused-final": "Postfix 1.x's bare 'connect to host[addr]: Connection refused' (no status) reads "
                             "onhold, not networkerror or expired: soft either way, the reason only (as review_notices' "
                             "KNOWN 'exim-text-connection-refused'); a phrase for it made Postfix's later 4.4.1 finals "
                             "networkerror where the project reads them expired, so it was withdrawn",
    "o36-x2k-dns": "Exchange 2003's 5.4.0 sentence 'The destination server for this recipient could not be found in "
                   "DNS' reads userunknown (its 'recipient ... could not be found'), the row expected hostunknown; "
                   "both hard",
}

test_review_old36, test_judgement_calls, test_rows_cite_sources = review_tests(ROWS, JUDGEMENT, 68)
