"""Holdout 51's mend rows: variants the mends must read as the first run's rows, and controls whose reading the mends
must NOT change (each checked against main's reading when written). Expectations as in review_holdout51.py."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, OURIP, ex_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, QMAIL_SRC, qmail
from tests.classifier.review_holdout51 import CPANEL_VERIFY, PLESK
from tests.classifier.review_holdout51_layouts import GW_SRC, groupwise

CPANEL_SENDER = ("cPanel's Exim sender callout refusal ('550-Verification failed for <s>', '550-The mail server could not "
                 "deliver mail to <s>.  The account or domain may not exist, they may be blacklisted, or missing the "
                 "proper dns entries.', '550 Sender verify failed')")

ROWS = [
    # cPanel's recipient-verify sentence (exim_wordings): in Postfix's layout too; not our sender's callout refused
    # (its "could not deliver mail to <us>" names our address), nor Exim's callout that could not be made.
    ("h51m-cpanel-verify-postfix", f"variant: {POSTFIX_SRC}; {CPANEL_VERIFY}",
     pf_remote("m1", "orders@fenwick-joinery.co.uk", "550-\"The recipient cannot be verified.  Please check all "
               "recipients of this\n 550 message to verify they are valid.\"", "5.0.0", "mail.fenwick-joinery.co.uk"),
     hard("orders@fenwick-joinery.co.uk")),
    ("h51m-cpanel-sender-verify", f"control: {EXIM_SRC}; {CPANEL_SENDER} (our sender refused, not the recipient)",
     ex_remote("m2", "info@fenwick-joinery.co.uk", "550-Verification failed for <seller@example.com>\n    550-The mail "
               "server could not deliver mail to seller@example.com.  The account or domain may not exist, they may "
               "be blacklisted, or missing the proper dns entries.\n    550 Sender verify failed",
               "mail.fenwick-joinery.co.uk"), soft("info@fenwick-joinery.co.uk", (), ANY)),
    ("h51m-exim-callout-defer", f"control: {POSTFIX_SRC} (delay warning); Exim verify.c 'Could not complete recipient "
     "verify callout'", pf_remote("m3", "sales@fenwick-joinery.co.uk", "451 Could not complete recipient verify callout",
                                  "4.0.0", "mail.fenwick-joinery.co.uk", action="delayed"),
     later("sales@fenwick-joinery.co.uk")),
    # bouncesaying's sentence whole (lexicon_more.QMAIL_LOCAL_VERDICT): as a remote reply too; not "... from your
    # organisation" (a filter on us, review 67).
    ("h51m-qmail-remote-no-longer", f"control (hard on main already): {QMAIL_SRC}; {PLESK} (a remote Plesk host's reply)",
     qmail("m4", "info@carrick-print.ie", detail="203.0.113.9 does not like recipient.\nRemote host said: 550 This "
           "address no longer accepts mail.\nGiving up on 203.0.113.9."),
     [("info@carrick-print.ie", True, ("userunknown", "hasmoved"), "recipient", False)]),
    ("h51m-qmail-no-longer-from-org", f"control: {QMAIL_SRC}; Postfix access(5) text as review 67 wrote it",
     qmail("m5", "buyer@carrick-print.ie", detail="203.0.113.9 does not like recipient.\nRemote host said: 554 5.7.1 "
           "<buyer@carrick-print.ie>: Recipient address rejected: This address no longer accepts mail from your "
           "organisation\nGiving up on 203.0.113.9."), soft("buyer@carrick-print.ie", (), ANY)),
    # GWIA's bare status (older_servers._GWIA_STATUS): only as the list line's whole status; a remote reply in its
    # brackets keeps its own reading.
    ("h51m-gw-remote-spam", f"control: {GW_SRC} (a remote reply as the status)",
     groupwise("m6", "clerk@example-county.gov", why=f"554 5.7.1 Message rejected as spam from {OURIP}"),
     soft("clerk@example-county.gov", (), ANY)),
    ("h51m-gw-user-not-found-county", f"variant: {GW_SRC}",
     groupwise("m7", "treasurer@example-county.gov", why="user not found"), hard("treasurer@example-county.gov")),
]
