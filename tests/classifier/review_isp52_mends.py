"""Review isp52's mend rows and controls (HAND-MADE, written and committed before the mend ran on them): EarthLink's
own error codes (postmaster-earthlink.vadesecure.com/inbound_error_codes: 'The SMTP response you received contains
a unique code starting with ELNK_', the numbers of Vade's table: _101 / _111 the sending IP on Vade's / Spamhaus's
list, _102 on a Validity blocklist, _105 / _108 reverse DNS, _110 too many connections); the controls keep their
readings: the same words without a code or at another provider, a code the page does not list, EarthLink's missing
and full mailboxes."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ex_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC
from tests.classifier.review_isp52 import BLOCK, ELNK, FULL, S, hard, later, soft

ELNK_MX = "mx01.earthlink-vadesecure.net"
PAGE = "postmaster-earthlink.vadesecure.com/inbound_error_codes"

ROWS = [
    ("i52-k-exim-earthlink-elnk-101", f"{EXIM_SRC}; {PAGE} (_101 '550 5.7.1 Connection refused': the sending IP on "
     "the Vade Threat Network list)",
     ex_remote("k1", "bakerbros@earthlink.net", "550 5.7.1 Connection refused ELNK_101", ELNK_MX, command="MAIL FROM"),
     soft("bakerbros@earthlink.net", BLOCK, S)),
    ("i52-k-postfix-earthlink-elnk-102-validity", f"{POSTFIX_SRC}; {PAGE} (_102 '550 5.7.1 Sender blocked error': "
     "a Validity blocklist)", pf_remote("k2", "annsquilts@earthlink.net", "550 5.7.1 Sender blocked error ELNK_102",
                                        "5.7.1", ELNK_MX, command="MAIL FROM"),
     soft("annsquilts@earthlink.net", BLOCK, S)),
    ("i52-k-postfix-earthlink-elnk-105-rdns", f"{POSTFIX_SRC}; {PAGE} (_105 'Please check your reverse DNS "
     "configuration')", pf_remote("k3", "d.hollis@earthlink.net", "550 5.7.1 Connection refused ELNK_105", "5.7.1",
                                  ELNK_MX, command="MAIL FROM"), soft("d.hollis@earthlink.net", ("requireptr",), S)),
    ("i52-k-postfix-delayed-earthlink-elnk-110", f"{POSTFIX_SRC} (delay warning); {PAGE} (_110 '421 4.2.1 "
     "Connection deferred': the concurrent connections limit)",
     pf_remote("k4", "ridgeway.farm@earthlink.net", "421 4.2.1 Connection deferred ELNK_110", "4.2.1", ELNK_MX,
               action="delayed", command="MAIL FROM"), later("ridgeway.farm@earthlink.net")),
    # controls
    ("i52-k-postfix-sender-blocked-error-no-code", f"{POSTFIX_SRC}; control: the same words at another provider, no "
     "code (the generic reading stays)",
     pf_remote("k5", "owner@lakeside-marina.com", "550 5.7.1 Sender blocked error", "5.7.1", "mx.lakeside-marina.com",
               command="MAIL FROM"), soft("owner@lakeside-marina.com", (), S)),
    ("i52-k-postfix-earthlink-unlisted-code-unknown", f"{POSTFIX_SRC}; {ELNK}; control: a code the page does not "
     "list beside a missing user (the words decide: hard)",
     pf_remote("k6", "gone.fishing@earthlink.net", "550 5.1.1 <gone.fishing@earthlink.net>: Recipient address "
               "rejected: User unknown ELNK_401", "5.1.1", ELNK_MX), hard("gone.fishing@earthlink.net")),
    ("i52-k-gmail-earthlink-mailbox-full", f"{GMAIL_SRC}; control: EarthLink's full mailbox without a code "
     "(pobox.com/bounce-common.mhtml '552 <user>... Mailbox is full')",
     g_remote("k7", "mary.ellis@earthlink.net", "552 5.2.2 <mary.ellis@earthlink.net>... Mailbox is full", "5.2.2",
              ELNK_MX), soft("mary.ellis@earthlink.net", FULL)),
]
