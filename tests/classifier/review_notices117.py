"""The hundred-and-seventeenth review: the strict xfails that are FALSE HARDS or FALSE SOFTS, mended where the team
decided how (the lead's calls on reviews 107-115's open rows), each mend with controls on the other side.

1. Our relay's copy of "Sender address <ours> unknown Recipient: <lead>" under 5.1.7/5.1.8 (RFC 3463: bad SENDER's
   mailbox syntax / system address) is ours, soft: the status outranks the recipient's noun that follows
   (sender_words.NEXT_NOUNS, review 115's r115-sender-label-after). Controls: the same words under 5.1.1, and the
   prospect's address said unknown, stay hard.
2. "Originator address <ours>, unknown user" reads ours, soft (the team's call on review 112's row). Controls: the
   prospect's own address said unknown beside our originator address stays hard.
3. "5.7.1 Access denied: sender <ours> not allowed" is the sender's scope, soft (review 112). Controls: the
   recipient's own choice stays the recipient's; a missing user beside it stays hard.
4. "Account expired on 1 March and was deleted the next day" (a date between the state and the deletion) is gone,
   userunknown, hard (review 114). Controls: a deletion still scheduled or conditional stays soft (suspend).
5. A labelled recipient's parenthesis broken over UNINDENTED lines is read whole like the folded one (review 107's
   r107-host-c-kim-returned-unfolded: the failed one read delivered, a false soft). Controls: the DELIVERED lead's
   parenthesis broken the same way, or followed by another entry or a note, must keep the lead delivered.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; test_review_notices117.py runs them. Our
sender: sender@example.com (relay copy) / seller@example.com (Gmail and Exchange Online copies); the prospect
lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX, OUR_SIDE, OURS, ours_in

R = "recipient"
UNK = ("userunknown",)
SUSP = ("suspend",)
SOFT_R = (False, (), R)


def ours(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Review 112's `ours_in` (our relay's copy and Gmail's and Exchange Online's, our address each one's From)."""
    return ours_in("r117", prefix, source, entries)


both = both_layouts("r117", MX, LEAD)

# ---- 1. A sender-address status outranks the recipient's noun after the absence ------------------------------------
STATUS = ("team decision (review 117) on review 115's r115-sender-label-after, hand-made after Postfix's "
          "reject_unknown_sender_domain / reject_unverified_sender ('Sender address rejected', "
          "postfix.org/postconf.5.html) and an admin's access(5) 'REJECT optional text' (postfix.org/access.5.html): "
          "RFC 3463 X.1.7 'Bad sender's mailbox address syntax' / X.1.8 'Bad sender's system address' name OUR "
          "address as the bad one; a recipient's noun after it is the reply's next field; taxonomy section 7: ours")
STATUS_ROWS = [
    ("518-label-angle", f"553 5.1.8 Sender address <{OURS}> unknown Recipient: <{LEAD}>", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("517-invalid-label", f"553 5.1.7 Sender address <{OURS}> invalid Recipient: {LEAD}", "5.1.7", "RCPT",
     *OUR_SIDE),
    ("518-return-path-unknown-recipient-lead", f"553 5.1.8 Return-path <{OURS}> unknown recipient {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("518-unknown-recipient-nothing-after", f"553 5.1.8 Sender address <{OURS}> unknown recipient", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("518-mail-from-unknown-empfaenger", f"553 5.1.8 MAIL FROM <{OURS}> unknown Empfänger: {LEAD}", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("518-sender-not-found-receiver", f"553 5.1.8 Sender <{OURS}> not found Receiver: {LEAD}", "5.1.8", "RCPT",
     *OUR_SIDE),
]
STATUS_CTL = ("control of 1 (the lead's): the same words under RFC 3463 5.1.1 'Bad destination mailbox address', or "
              "the PROSPECT's address said unknown (Postfix's 'Recipient address rejected: User unknown in local "
              "recipient table', postfix.org/LOCAL_RECIPIENT_README.html); taxonomy userunknown, hard")
STATUS_CTL_ROWS = [
    ("c-511-same-words", f"550 5.1.1 Sender address <{OURS}> unknown Recipient: {LEAD}", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-511-sender-ok-recipient-unknown", f"550 5.1.1 Sender address <{OURS}> OK, Recipient: {LEAD} unknown",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-518-lead-address-unknown", f"553 5.1.8 <{LEAD}>: Recipient address rejected: User unknown in local "
     "recipient table", "5.1.8", "RCPT", *HARD_UNK),
    ("c-518-sender-ok-recipient-lead-unknown", f"553 5.1.8 Sender <{OURS}> OK; recipient {LEAD} unknown", "5.1.8",
     "RCPT", *HARD_UNK),
]

# ---- 2. The originator's address said unknown ------------------------------------------------------------------
ORIGINATOR = ("team decision (review 117) on review 112's r112-next-originator-unknown-user, hand-made after an "
              "admin's access(5) 'REJECT optional text' (postfix.org/access.5.html) naming OUR address as the "
              "originator (RFC 5321 section 4.1.1.2: the reverse-path is the originator's mailbox) with an absence "
              "after it: ours (taxonomy section 7), soft")
ORIGINATOR_ROWS = [
    ("518-originator-unknown-user", f"553 5.1.8 Originator address {OURS}, unknown user", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("511-originator-unknown-user-angle", f"550 5.1.1 Originator address <{OURS}>, unknown user", "5.1.1", "RCPT",
     *OUR_SIDE),
]
ORIGINATOR_CTL = ("control of 2: the prospect's own address said unknown beside our originator address (RFC 3463 "
                  "5.1.1 bad destination mailbox; taxonomy userunknown, hard)")
ORIGINATOR_CTL_ROWS = [
    ("c-lead-unknown-user-originator-noted", f"550 5.1.1 <{LEAD}>: unknown user (originator address {OURS})",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-originator-ok-user-lead-unknown", f"550 5.1.1 Originator address {OURS} OK; user {LEAD} unknown", "5.1.1",
     "RCPT", *HARD_UNK),
]

# ---- 3. Our sender not allowed: the sender's scope -----------------------------------------------------------------
POLICY = ("team decision (review 117) on review 112's r112-policy-access-denied-sender-not-allowed, hand-made after "
          "Postfix's check_sender_access REJECT ('Access denied', its default text, postfix.org/access.5.html) with "
          "an admin's text naming OUR address as not allowed (RFC 3463 5.7.1 delivery not authorized): a policy on "
          "us, taxonomy section 7: the sender's scope, soft")
POLICY_ROWS = [
    ("sender-is-not-permitted", f"550 5.7.1 Access denied: sender <{OURS}> is not permitted", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("sender-not-authorized", f"550 5.7.1 Sender <{OURS}> not authorized", "5.7.1", "RCPT", *OUR_SIDE),
    ("sender-address-not-allowed", f"550 5.7.1 Access denied: sender address {OURS} not allowed", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("sender-not-allowed-to-send", f"554 5.7.1 Access denied - sender <{OURS}> not allowed to send here", "5.7.1",
     "RCPT", *OUR_SIDE),
]
POLICY_CTL = ("control of 3: the RECIPIENT's own choice of senders (its block list or filter rules, taxonomy "
              "'filtered': the recipient blocks the sender), the recipient's scope; and a missing user beside our "
              "sender named (Postfix's 'User unknown in local recipient table', postfix.org/LOCAL_RECIPIENT_"
              "README.html; taxonomy userunknown, hard)")
POLICY_CTL_ROWS = [
    ("c-not-allowed-by-recipient", f"550 5.7.1 Sender <{OURS}> not allowed by recipient", "5.7.1", "RCPT",
     *SOFT_R),
    ("c-not-allowed-by-users-filter-rules", f"550 5.7.1 Access denied: sender <{OURS}> not allowed by the user's "
     "filter rules", "5.7.1", "RCPT", *SOFT_R),
    ("c-user-unknown-beside", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient "
     f"table; sender <{OURS}> not allowed", "5.1.1", "RCPT", *HARD_UNK),
]

# ---- 4. A state, its date, then deleted ------------------------------------------------------------------------------
GONE = ("team decision (review 117) on review 114's r114-gone-expired-deleted rows, hand-made after Postfix access(5) "
        "'REJECT optional text' (postfix.org/access.5.html, an admin's words); taxonomy: the mailbox deleted is "
        "userunknown (hard), a deletion still scheduled or conditional is suspend (soft)")
GONES = [
    ("expired-on-date-was-deleted", "550 5.1.1 Account expired on 1 March and was deleted", "5.1.1", "RCPT", True,
     UNK, R),
    ("expired-on-month-day-deleted-next-day", "550 5.1.1 Account expired on March 1 and was deleted the next day",
     "5.1.1", "RCPT", True, UNK, R),
    ("disabled-on-iso-deleted-following-day", "550 5.1.1 Mailbox disabled on 2026-03-01 and deleted the following "
     "day", "5.1.1", "RCPT", True, UNK, R),
    ("closed-on-date-year-has-been-deleted", "550 5.1.1 Account closed on 1 March 2026 and has been deleted", "5.1.1",
     "RCPT", True, UNK, R),
    ("expired-on-dotted-comma-deleted", "550 5.1.1 Account expired on 01.03.2026, deleted the next day", "5.1.1",
     "RCPT", True, UNK, R),
    ("bare-expired-on-date-deleted", "550 Account expired on 1 March and was deleted the next day", "5.0.0", "RCPT",
     True, UNK, R),
    # Controls: scheduled or conditional, or another noun deleted: the account still there.
    ("c-will-be-deleted-on", "550 5.2.1 Account expired on 1 March and will be deleted on 1 April", "5.2.1", "RCPT",
     False, SUSP, R),
    ("c-will-be-deleted-next-day", "550 5.2.1 Account expired on 1 March and will be deleted the next day", "5.2.1",
     "RCPT", False, SUSP, R),
    ("c-deleted-in-two-weeks-unless", "550 5.2.1 Account disabled on 1 March and deleted in two weeks unless "
     "reactivated", "5.2.1", "RCPT", False, SUSP, R),
    ("c-is-deleted-on", "550 5.2.1 Account expired on 1 March and is deleted on 1 April", "5.2.1", "RCPT", False,
     SUSP, R),
    ("c-scheduled-to-be-deleted", "550 5.2.1 Account expired on 1 March and scheduled to be deleted the next day",
     "5.2.1", "RCPT", False, SUSP, R),
    ("c-deleted-next-day-unless-renewed", "550 5.2.1 Account expired on 1 March and deleted the next day unless "
     "renewed", "5.2.1", "RCPT", False, SUSP, R),
    ("c-messages-were-deleted", "550 5.2.1 Account expired on 1 March; the messages were deleted", "5.2.1", "RCPT",
     False, SUSP, R),
    ("c-to-be-deleted-on", "550 5.2.1 Account expired on 1 March, to be deleted on 1 April", "5.2.1", "RCPT", False,
     SUSP, R),
]

# ---- 5. A labelled line's parenthesis broken over unindented lines ------------------------------------------------
MIXED = ("team decision (review 117) on review 107's r107-host-c-kim-returned-unfolded, hand-made following review "
         "90/107's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: a report may list delivered and "
         "failed recipients; labelled lines 'Recipient: name (outcome)'), the outcome broken by a writer's width "
         "with no indentation; outcome words as Postfix's bounce(5) templates and Exchange's NDR say them")


def _kim(name: str, paren: str) -> tuple:
    return (f"r117-kim-{name}", MIXED + " (the failed one's parenthesis read whole: must be failed)",
            mixed_report("117", f"k{name}", "Recipient: lead (delivered)", f"Recipient: kim ({paren}\n{WHY}"),
            hard(KIM))


def _lead(name: str, line: str) -> tuple:
    return (f"r117-lead-{name}", MIXED + " (the DELIVERED lead's line broken the same way: must stay delivered)",
            mixed_report("117", f"l{name}", f"Recipient: lead ({line}"), hard(KIM))


MIXED_ROWS = [
    _kim("then-returned-on-third-line", "delivered to\nmx.partner.example,\nthen returned: user unknown)"),
    _kim("accepted-later-bounced", "accepted by\nmx.partner.example, later\nbounced: mailbox unknown)"),
    _kim("two-lines", "delivered to mx.partner.example,\nthen returned: user unknown)"),
    # Controls: the delivered lead's parenthesis broken unindented, or left open before another entry or a note.
    _lead("delivered-after-one-retry", "delivered to\nmx.partner.example, after\none retry)"),
    _lead("delivered-queued-as", "delivered to\nmx.partner.example,\nqueued as 4F2A1)"),
    _lead("delivered-250-ok", "delivered to\nmx.partner.example\n250 2.0.0 Ok: queued as 4F2A1)"),
    _lead("open-before-kim", "delivered to\nmx.partner.example,"),
    _lead("note-other-recipients-failed", "delivered to\nmx.partner.example\nNote: other recipients failed (see "
          "below))"),
    _lead("forwarded-to-archive", "delivered to\nmx.partner.example, then\nforwarded to the archive)"),
]

# ---- Round two: attacks on review 117's own mends, and the either/or "inactivated" (written before they ran) ------
STATUS2 = STATUS + " (round two: attacks on the 5.1.7/5.1.8 rule)"
STATUS2_ROWS = [
    ("518-plural-one-address", f"553 5.1.8 Sender address <{OURS}> unknown recipients: {LEAD}", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("418-label-after-delayed", f"450 4.1.8 Sender address <{OURS}> unknown Recipient: {LEAD}", "4.1.8", "RCPT",
     *OUR_SIDE),
]
STATUS2_CTL = STATUS_CTL + " (round two: the sender said checked, then the prospect's address unknown)"
STATUS2_CTL_ROWS = [
    ("c-518-sender-verified-recipient-lead-unknown", f"553 5.1.8 Sender <{OURS}> verified recipient {LEAD} unknown",
     "5.1.8", "RCPT", *HARD_UNK),
]
POLICY2 = POLICY + " (round two)"
POLICY2_ROWS = [
    ("sender-not-allowed-by-policy-of-domain", f"550 5.7.1 Access denied: sender <{OURS}> not allowed by policy of "
     "partner.example", "5.7.1", "RCPT", *OUR_SIDE),
]
POLICY2_CTL = POLICY_CTL + " (round two: the recipient's mailbox choosing its senders, or the recipient's noun)"
POLICY2_CTL_ROWS = [
    ("c-mailbox-accepts-contacts-only", f"550 5.7.1 Sender not allowed: the mailbox {LEAD} accepts mail from its "
     "contacts only", "5.7.1", "RCPT", *SOFT_R),
    ("c-recipient-not-allowed-to-receive", f"550 5.7.1 Recipient <{LEAD}> not allowed to receive mail from sender "
     f"<{OURS}>", "5.7.1", "RCPT", *SOFT_R),
]
GONES2 = [
    ("closed-on-iso-and-then-deleted", "550 5.1.1 Account closed on 2026-03-01 and then deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("deactivated-on-ordinal-year-was-deleted", "550 Account deactivated on March 1st, 2026 and was deleted",
     "5.0.0", "RCPT", True, UNK, R),
    ("suspended-on-short-month-then-deleted", "550 5.1.1 Mailbox suspended on 3 Jan, then deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("c-deleted-messages-older", "550 5.2.1 Account expired on 1 March and deleted messages older than 30 days",
     "5.2.1", "RCPT", False, SUSP, R),
    ("c-then-deleted-if-not-renewed", "550 5.2.1 Account suspended on 1 March, then deleted if not renewed", "5.2.1",
     "RCPT", False, SUSP, R),
    ("c-will-have-been-deleted", "550 5.2.1 Account expired on 1 March and will have been deleted by 1 April",
     "5.2.1", "RCPT", False, SUSP, R),
]
MIXED2_ROWS = [
    _kim("r2-then-returned-no-such-user", "delivered to\nmx.partner.example, then\nreturned: no such user)"),
    _lead("r2-after-a-failed-first-attempt", "delivered to\nmx.partner.example\nafter a failed first attempt)"),
    _lead("r2-closed-then-kim-note", "delivered to\nmx.partner.example)\nkim's copy bounced (see below)"),
]
EITHER = ("the team's standing call (either/or under 5.1.1 reads suspend, mailbox_states.EITHER_OR / EITHER_STATE) on "
          "review 27's bmh-mailbox-not-found-or-inactivated (PHPMailer-BMH rule 0136's sample, '550 Mailbox ( x ) not "
          "found or inactivated', voku/PHPMailer-BMH phpmailer-bmh_rules.php): the server names two causes, one of "
          "them a state (taxonomy suspend, soft); controls: a mailbox only not found, or deleted after its state, hard")
EITHERS = [
    ("not-found-or-inactivated-511", "550 5.1.1 Mailbox not found or inactivated", "5.1.1", "RCPT", False, SUSP, R),
    ("user-unknown-or-inactivated", "550 User unknown or inactivated", "5.0.0", "RCPT", False, SUSP, R),
    ("c-mailbox-not-found", "550 5.1.1 Mailbox not found", "5.1.1", "RCPT", True, UNK, R),
    ("c-inactivated-accounts-purged", f"550 5.1.1 <{LEAD}>: mailbox not found (inactivated accounts are purged after "
     "90 days)", "5.1.1", "RCPT", True, UNK, R),
    ("c-inactivated-and-then-deleted", "550 5.1.1 The account was inactivated and then deleted", "5.1.1", "RCPT",
     True, UNK, R),
]

ROWS: list[tuple] = (ours("status", STATUS, STATUS_ROWS) + ours("statusctl", STATUS_CTL, STATUS_CTL_ROWS)
                     + ours("orig", ORIGINATOR, ORIGINATOR_ROWS) + ours("origctl", ORIGINATOR_CTL, ORIGINATOR_CTL_ROWS)
                     + ours("policy", POLICY, POLICY_ROWS) + ours("policyctl", POLICY_CTL, POLICY_CTL_ROWS)
                     + both("gone", GONE, GONES) + MIXED_ROWS
                     + ours("status2", STATUS2, STATUS2_ROWS) + ours("status2ctl", STATUS2_CTL, STATUS2_CTL_ROWS)
                     + ours("policy2", POLICY2, POLICY2_ROWS) + ours("policy2ctl", POLICY2_CTL, POLICY2_CTL_ROWS)
                     + both("gone2", GONE + " (round two)", GONES2) + MIXED2_ROWS + both("either", EITHER, EITHERS))
