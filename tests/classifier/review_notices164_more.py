"""The hundred-and-sixty-fourth review's third batch (review_notices164.py holds the first two, its sources and
helpers): attacks in the providers' own words. Rows: (name, source, raw, expected), each expectation written from the
words, the status and shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE;
test_review_notices164.py runs them with the rest."""

from __future__ import annotations

from tests.classifier.review_notices164 import (
    CY, CY_MX, FM, FM_MX, KPN, KPN_BL, KPN_MX, LEAD, MC, MC_MX, PX, RS, RS_MX, UNK, BLOCKED, ANY, R, S, dsn, plain,
    proton)

ROWS: list[tuple] = []

# ---- Third batch (written before it ran): attacks in the providers' own words -- an "Access denied" policy refusal
# (FALSE HARD attack), our IP said listed after the recipient's address (wrong scope attack), Exim's "Unrouteable
# address" in Proton's notice (FALSE SOFT attack), Fastmail's old "Unexpected internal error", Rackspace's other
# temporary codes, Mailcow's login mismatch on our sender. ---------------------------------------------------------
FM_OLD = ("hand-made after Fastmail's older help (fastimap.com 'Errors Sending to Other Accounts' and fastmail.com/help/"
          "send/undeliverable.html: 'host xyz[/var/run/lmtpforward/outgoing] said: 550 5.1.1 <joebloggs@fastmail.com>: "
          "Recipient address rejected: User unknown in local recipient table (in reply to end of DATA command)'; '554 "
          "5.0.0 Unexpected internal error ... misleading. It actually means the user ... doesn't exist': the words say "
          "an internal error, which is what a reader of the notice has)")
ROWS += [
    dsn("fm-access-denied", FM + " ('access denied: the sender or recipient has been blocked by the server'; "
        "Postfix check_recipient_access REJECT's default text; FALSE HARD attack)", FM_MX,
        f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1", "RCPT", False, (), ANY),
    plain("fm-access-denied", FM + " (the same, FALSE HARD attack)", FM_MX,
          f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "RCPT", False, (), ANY),
    dsn("fm-lmtp-local-table-at-data", FM_OLD, FM_MX, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown "
        "in local recipient table", "5.1.1", "DATA", True, UNK, R),
    dsn("fm-unexpected-internal-error", FM_OLD, FM_MX, "554 5.0.0 Unexpected internal error", "5.0.0", "DATA", False,
        (), ANY),
    dsn("kpn-blacklisted-after-recipient", KPN + " (our IP listed, said after the recipient's address: the sender's "
        "scope)", KPN_MX, f"550 5.7.1 <{LEAD}>: Recipient address rejected: {KPN_BL}", "5.7.1", "RCPT", False, BLOCKED,
        S),
    proton("unrouteable", "550 Unrouteable address", "5.0.0", "RCPT", True, ("userunknown", "hostunknown"), R),
    dsn("rs-recipient-server-unavailable", RS + " ('450 4.4.1 <email>: The recipient's server was temporarily "
        "unavailable to accept your message (G6)')", RS_MX, f"450 4.4.1 <{LEAD}>: The recipient's server was "
        "temporarily unavailable to accept your message (G6)", "4.4.1", "RCPT", False, (), ANY),
    dsn("rs-dmarc-lookup", RS + " ('450 4.4.0 <email> Temporary DMARC DNS lookup failure (G1E)')", RS_MX,
        f"450 4.4.0 <{LEAD}> Temporary DMARC DNS lookup failure (G1E)", "4.4.0", "RCPT", False, (), ANY),
    dsn("rs-routing-loop", RS + " ('450 4.4.6 Routing loop detected (G16)')", RS_MX, "450 4.4.6 Routing loop detected "
        "(G16)", "4.4.6", "DATA", False, (), ANY),
    dsn("c-mc-login-mismatch-ours", MC + "; Postfix reject_authenticated_sender_login_mismatch ('Sender address "
        "rejected: not owned by user %s'; control: OUR sender)", MC_MX, "553 5.7.1 <{ours}>: Sender address rejected: "
        "not owned by user sender@example.com", "5.7.1", "MAIL", False, (), S),
    plain("px-relay-access-denied-ours", PX, "relay.proximus.be", "554 Access denied - Under investigation for spam "
          "abuse. Contact your email provider for more info", "MAIL", False, (), S),
    dsn("cy-size-violation", CY, CY_MX, "550 5.7.0 Message Size Violation", "5.7.0", "DATA", False,
        ("mesgtoobig", "exceedlimit", "policyviolation"), ANY),
]
