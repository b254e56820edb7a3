"""The hundred-and-fifty-fourth review: the FALSE HARDS this session's reviews (134-151) left as strict xfails.

A false hard unenrolls a live prospect: the costliest error. Step one listed every strict xfail of reviews 134-151
whose row expects soft / ours / no bounce but reads hard (reviews 134, 139, 140, 142, 145, 147). Step two: the
family taken on here is the SENDER VERIFICATION one (reviews 134's "Verification probe sent to the sender failed: no
such user" and "Failed to return to sender: no such user", 140's "Returned to sender, but the return was refused:
mailbox unknown"): the receiving server probed OUR return address (a callout, RFC 5321 3.5 / 4.1.1.3's RCPT against
the reverse-path's host) and the probe's "no such user" is said of OUR address, not of the prospect; RFC 3463 gives
X.1.7 / X.1.8 to the sender's address, and taxonomy.md reads a refusal of our own address as ours (soft, the
sender's scope). The CONTROLS: the prospect's own absence in the same layouts (Postfix's reject_unverified_recipient
with its probe's "User unknown", Exim's recipient verify, the plain "no such user" beside our sender said fine) stays
hard. A second family (review 145's "<ours> has no mailbox by that name"): OUR own address the subject of the
absence, the prospect's nowhere in the reply.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on it. All HAND-MADE after the cited servers' sources and
vendors' documentation; test_review_notices154.py runs them. Layouts: our relay's copy and Gmail's and Exchange
Online's (review_notices25.both_layouts; ours_layouts where our own address is named, each layout's own From)."""

from __future__ import annotations

from tests.classifier.review_notices25 import OUR_RELAYED, both_layouts, ours_layouts

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@partner.example"
OUR = OUR_RELAYED
PROBE = "mx.example.com[198.51.100.4]"
UNK = ("userunknown",)
HARD_UNK = (True, UNK, R)
OUR_SIDE = (False, (), S)

both = both_layouts("r154", MX, LEAD)


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Rows naming OUR address (each layout's own From)."""
    return ours_layouts("r154", MX, LEAD, prefix, source, entries)


# ---- A. Postfix reject_unverified_sender: our address probed, the probe's own "User unknown" -----------------------
POSTFIX = ("Postfix smtpd_check.c reject_unverified_address: '<%s>: %s rejected: undeliverable address: %s' with "
           "reply_class 'Sender address' and the sender's DSN (SND_DSN, X.1.7), the reason being the verify probe's "
           "own 'host ... said: ...' (ADDRESS_VERIFICATION_README: the probe is a RCPT TO our address at our MX); "
           "hand-made: the probe's 'User unknown' is said of OUR address (ours, soft, the sender's scope); the same "
           "with 'Recipient address' (reject_unverified_recipient, X.1.1) is the prospect's absence (hard)")
POSTFIX_ROWS = [
    ("sender-undeliverable-probe-user-unknown",
     f"550 5.1.7 <{OUR}>: Sender address rejected: undeliverable address: host {PROBE} said: 550 5.1.1 <{OUR}>: "
     "Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)",
     "5.1.7", "RCPT", *OUR_SIDE),
    ("sender-undeliverable-probe-unknown-user-virtual",
     f"550 5.1.7 <{OUR}>: Sender address rejected: undeliverable address: host {PROBE} said: 550 5.1.1 "
     "<{OUR}>: Recipient address rejected: User unknown in virtual mailbox table".replace("{OUR}", OUR),
     "5.1.7", "RCPT", *OUR_SIDE),
    ("sender-undeliverable-unknown-user-no-address",
     "550 5.1.7 Sender address rejected: undeliverable address: unknown user", "5.1.7", "RCPT", *OUR_SIDE),
    ("c-recipient-undeliverable-probe-user-unknown",
     f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host mx2.partner.example"
     f"[198.51.100.5] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-recipient-user-unknown-local-table",
     f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table", "5.1.1", "RCPT",
     *HARD_UNK),
]

# ---- B. Exim's sender verify callout ("Verification failed for <ours> ... Sender verify failed") -------------------
EXIM = ("Exim's verify = sender/callout (acl.c / verify.c: '550-Verification failed for <%s>', the callout's "
        "'Called: / Sent: / Response:' lines, then 'Sender verify failed'; the Exim specification's 'Callout "
        "verification', and the 'Sender verify failed' replies quoted in Mailgun's and cPanel's help pages); "
        "hand-made, flattened as a DSN's Diagnostic-Code: our address failed its probe (ours, soft, the sender's); "
        "Exim's RECIPIENT verify ('Recipient verify failed', the prospect's address) stays hard")
EXIM_ROWS = [
    ("exim-callout-user-unknown",
     f"550-Verification failed for <{OUR}> 550-Called: 198.51.100.4 550-Sent: RCPT TO:<{OUR}> 550-Response: 550 "
     "5.1.1 User unknown 550 Sender verify failed", "5.0.0", "RCPT", *OUR_SIDE),
    ("exim-unrouteable-sender",
     f"550-Verification failed for <{OUR}> 550-Unrouteable address 550 Sender verify failed", "5.0.0", "RCPT",
     *OUR_SIDE),
    ("exim-bare-sender-verify-failed-no-such-user",
     "550 Sender verify failed: no such user", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-exim-recipient-verify-user-unknown",
     f"550-Verification failed for <{LEAD}> 550-Response: 550 5.1.1 User unknown 550 Recipient verify failed",
     "5.1.1", "RCPT", *HARD_UNK),
]

# ---- C. Other sender-verification wordings (milters, appliances, vendors' help) -----------------------------------
OTHER = ("sender-verification refusals as vendors' help pages quote them (Mailgun's 'Sender address rejected: User "
         "unknown in virtual mailbox table', 'sender callout verification failed'; milter-sender's and "
         "appliances' 'Sender address verification failed'); RFC 3463 X.1.7 (bad sender's mailbox address syntax) "
         "/ X.1.8 (bad sender's system address); hand-made: the failed verification is of OUR address (ours, soft); "
         "CONTROLS: the prospect's absence beside our sender said verified or fine stays hard")
OTHER_ROWS = [
    ("sender-address-verification-failed-no-such-user",
     "550 5.1.7 Sender address verification failed: no such user", "5.1.7", "RCPT", *OUR_SIDE),
    ("sender-callout-verification-failed-mailbox-unknown",
     "550 5.1.0 Sender address rejected: sender callout verification failed: mailbox unknown", "5.1.0", "RCPT",
     *OUR_SIDE),
    ("callout-to-sender-said-user-unknown",
     "550 5.7.1 Callout to the sender's server failed: user unknown", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-no-such-user-sender-verified",
     "550 5.1.1 No such user here (sender verification passed)", "5.1.1", "RCPT", *HARD_UNK),
    ("c-sender-ok-recipient-unknown",
     f"550 5.1.1 Sender verified OK; recipient <{LEAD}> unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("c-user-unknown-after-verify-word",
     "550 5.1.1 Verification failed: user unknown", "5.1.1", "RCPT", *HARD_UNK),
]

# ---- D. OUR address itself the subject of the absence (review 145's _OURS_NO_MAILBOX) -----------------------------
SUBJECT = ("Sendmail's '<addr>... User unknown' (the address, then what is wrong with it: sendmail/parseaddr.c, "
           "usrerr's '%s... User unknown'), qmail's and qpsmtpd's 'no mailbox (here) by that name', Postfix's "
           "'<addr>: Recipient address rejected: User unknown' (smtpd_check.c) as a sender probe quotes them; "
           "hand-made: the address the reply opens with and says missing is OUR own (the original's From), the "
           "prospect's nowhere: our address gone, ours (soft, the sender's scope); CONTROLS: the prospect's address "
           "in the same place, and our address only in a role (sender, from) beside the absence, stay hard")
SUBJECT_OURS = [
    ("sendmail-ours-user-unknown", f"550 5.1.1 <{OUR}>... User unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("ours-no-mailbox-here-by-that-name", f"550 5.1.1 <{OUR}> has no mailbox here by that name", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("ours-colon-no-such-user", f"550 5.1.1 <{OUR}>: no such user here", "5.1.1", "RCPT", *OUR_SIDE),
    ("ours-no-mailbox-by-that-name-571", f"550 5.7.1 <{OUR}> has no mailbox by that name", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("c-user-unknown-sender-role", f"550 5.1.1 User unknown (sender <{OUR}>)", "5.1.1", "RCPT", *HARD_UNK),
    ("c-from-ours-recipient-no-mailbox", f"550 5.1.1 From <{OUR}>: recipient has no mailbox by that name", "5.1.1",
     "RCPT", *HARD_UNK),
]
SUBJECT_LEAD = [
    ("c-sendmail-lead-user-unknown", f"550 5.1.1 <{LEAD}>... User unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("c-lead-no-mailbox-by-that-name", f"550 5.1.1 <{LEAD}> has no mailbox by that name", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-lead-colon-no-such-user", f"550 5.1.1 <{LEAD}>: no such user here", "5.1.1", "RCPT", *HARD_UNK),
]

# ---- E. Reverse errors: the look-alikes of both mends that stay the prospect's ------------------------------------
REVERSE = ("controls on review 154's mends (sender_verification.FAILED, said_address._OPENING_ADDRESS): the "
           "RECIPIENT's verification failing (Exim's 'Recipient verify failed', acl.c; Exchange's recipient "
           "filtering), a bare 'Returned to sender' (the message's way back: sender_words.RETURNED_TO, review 132), "
           "our address only a label before a recipient's noun (review 112's '<ours>: unknown recipient') or only "
           "in a role after the prospect's own Sendmail-style '<lead>... User unknown' (sendmail/parseaddr.c); "
           "hand-made: the prospect's absence, hard")
REVERSE_OURS = [
    ("c-ours-label-unknown-recipient", f"550 5.1.1 <{OUR}>: unknown recipient", "5.1.1", "RCPT", *HARD_UNK),
    ("c-lead-opening-ours-role", f"550 5.1.1 <{LEAD}>... User unknown (from <{OUR}>)", "5.1.1", "RCPT", *HARD_UNK),
]
REVERSE_BARE = [
    ("c-recipient-verification-failed", "550 5.1.1 Recipient verification failed: no such user", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-verification-of-recipient-failed", "550 5.1.1 Verification of the recipient address failed: mailbox "
     "unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("c-returned-to-sender-user-unknown", "550 5.1.1 Returned to sender: user unknown", "5.1.1", "RCPT", *HARD_UNK),
]

ROWS: list[tuple] = (ours("pfx", POSTFIX, POSTFIX_ROWS) + ours("exim", EXIM, EXIM_ROWS)
                     + both("other", OTHER, OTHER_ROWS)
                     + ours("subj", SUBJECT, SUBJECT_OURS) + both("subj", SUBJECT, SUBJECT_LEAD)
                     + ours("rev", REVERSE, REVERSE_OURS) + both("rev", REVERSE, REVERSE_BARE))
