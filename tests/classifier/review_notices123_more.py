"""The hundred-and-twenty-third review, rounds two and three (round one: review_notices123.py): control rows on the
review's own mends (deletion_dates' schedules and day forms, STATE_THEN_REMOVED, the inactivated adjective, sender_stage's
preposition guard, severity's recipient's choices and German/French sender refusals, recipients' case-blind parenthesis
join and numbered labels, outcome_words' new failure words), each expectation written before it ran. All HAND-MADE;
test_review_notices123.py runs them with round one."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import mixed_report
from tests.classifier.review_notices112 import HARD_UNK, LEAD, OUR_SIDE, OURS
from tests.classifier.review_notices123 import (GONE, INACT, POLICY, POLICY_OURS, PROSPECT, R, RELAY_ONLY, SOFT_R, STATUS,
                                                SUSP, UNK, _report, ours, relayed_only)

# ---- Round two: controls on review 123's own mends, written before they ran -----------------------------------------
GONE2 = GONE + " (round two: controls on review 123's deletion_dates)"
GONE2_ROWS = [
    ("c-deleted-comma-if-you-think", "550 5.1.1 Account was deleted, if you think this is wrong contact the helpdesk",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-was-deleted-30-days-later", "550 5.1.1 Account closed on 1 March and was deleted 30 days later", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-deleted-with-all-its-messages", "550 5.1.1 Mailbox expired on 1 March and was deleted with all its messages",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-dotted-iso-date", "550 5.1.1 Account disabled on 2026.03.01 and deleted", "5.1.1", "RCPT", True, UNK, R),
    ("c-month-day-year-time", "550 5.1.1 Account expired on March 1st, 2026 at 9:30 am and was deleted", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-closed-and-then-purged", "550 5.1.1 Account closed and then purged", "5.1.1", "RCPT", True, UNK, R),
    ("c-deactivated-on-comma-removed-on", "550 5.1.1 Mailbox deactivated on 1 March, removed on 2 March", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-deleted-12-days-ago", "550 5.1.1 Account expired on 1 March and was deleted 12 days ago", "5.1.1", "RCPT",
     True, UNK, R),
    ("suspended-removed-from-mailing-list", "550 5.2.1 Account suspended and removed from the mailing list", "5.2.1",
     "RCPT", False, SUSP, R),
    ("locked-purged-of-old-messages", "550 5.2.1 Mailbox locked and purged of old messages", "5.2.1", "RCPT", False,
     SUSP, R),
    ("disabled-removed-on-date-unless", "550 5.2.1 Account disabled and removed on 1 April unless renewed", "5.2.1",
     "RCPT", False, SUSP, R),
    ("suspended-will-be-removed-on", "550 5.2.1 Account suspended; it will be removed on 1 April", "5.2.1", "RCPT",
     False, SUSP, R),
    ("is-deleted-as-of-date", "550 5.2.1 Account expired on 1 March and is deleted as of 1 April", "5.2.1", "RCPT",
     False, SUSP, R),
]
INACT2 = INACT + " (round two: the adjective's plural, a policy, stays the missing user's)"
INACT2_ROWS = [
    ("c-plural-inactivated-mailboxes-purged", "550 5.1.1 User unknown; inactivated mailboxes are purged", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-not-found-inactivated-accounts-deleted", "550 5.1.1 Mailbox not found (inactivated accounts are deleted after "
     "90 days)", "5.1.1", "RCPT", True, UNK, R),
    ("deactivated-account-adjective", f"550 5.1.1 <{LEAD}>: deactivated account", "5.1.1", "RCPT", False, SUSP, R),
]
STATUS2 = STATUS + " (round two: the preposition guard must leave OUR address's absence ours)"
STATUS2_ROWS = [
    ("518-domain-of-the-sender-unknown", f"553 5.1.8 Mail from <{OURS}>: domain of the sender unknown Recipient: "
     f"<{LEAD}>", "5.1.8", "RCPT", *OUR_SIDE),
    ("518-sender-address-of-unknown", f"553 5.1.8 Sender address of <{OURS}> unknown Recipient: {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("518-sender-at-domain-unknown", f"553 5.1.8 Sender <{OURS}> at example.com unknown Recipient: {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
]
PROSPECT2 = PROSPECT + " (round two)"
PROSPECT2_ROWS = [
    ("518-delivery-to-the-unknown-recipient", f"553 5.1.8 Delivery from <{OURS}> to the unknown recipient {LEAD} "
     "refused", "5.1.8", "RCPT", *HARD_UNK),
    ("518-message-for-an-unknown-recipient", f"553 5.1.8 Sender <{OURS}>: message for an unknown Recipient: {LEAD}",
     "5.1.8", "RCPT", *HARD_UNK),
]
POLICY2 = POLICY + " (round two)"
POLICY2_ROWS = [
    ("de-vom-empfaenger-nicht-erlaubt", f"550 5.7.1 Absender <{OURS}> vom Empfänger nicht erlaubt", "5.7.1", "RCPT",
     *SOFT_R),
    ("not-allowed-to-send-to-distribution-list", f"550 5.7.1 Sender <{OURS}> not allowed to send to distribution list "
     f"<{LEAD}>", "5.7.1", "RCPT", *SOFT_R),
]
POLICY2_OURS = POLICY_OURS + " (round two: a server's or domain's policy on us, no recipient's choice)"
POLICY2_OURS_ROWS = [
    ("not-allowed-by-recipients-server-policy", f"550 5.7.1 Sender <{OURS}> not allowed by recipient's server policy",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-to-email-any-address-here", f"550 5.7.1 Sender <{OURS}> not allowed to email any address at this "
     "domain", "5.7.1", "RCPT", *OUR_SIDE),
    ("fr-non-autorise-par-la-politique", f"550 5.7.1 Expéditeur <{OURS}> non autorisé par la politique du domaine",
     "5.7.1", "RCPT", *OUR_SIDE),
]
RECAP = ("control of review 123's numbered labels (recipients._LABEL, _RECAP_TO): the original's headers restated as "
         "a numbered list name the people it was sent to, failed or not (review 85's recap rule); RFC 5322 section "
         "3.6.3 To/Cc")
MIXED2_ROWS = [
    _report("r2-kim-returned-label-closes", "Recipient: lead (delivered)\n@\nRecipient: kim (delivered to "
            "mx.partner.example, then\nReturned: user unknown)", " (round two: a capitalised word closing the "
            "failed one's parenthesis right below is its rest)"),
    _report("r2-kim-status-closes", "Recipient: lead (delivered)\n@\nRecipient: kim (delivered to mx.partner.example"
            "\nStatus: 550 5.1.1 user unknown)", " (round two: its Status closing it right below)"),
    _report("r2-lead-status-250-closes", "Recipient: lead (delivered to mx.partner.example\nStatus: 250 2.0.0 ok)\n@\n"
            "Recipient: kim (failed)", " (round two: the lead's Status closing it right below)"),
    _report("r2-numbered-dot", "1. Recipient: lead (delivered)\n@\n2. Recipient: kim (failed)",
            " (round two: numbered with a full stop)"),
    _report("r2-kim-gave-up-broken", "Recipient: lead (delivered)\n@\nRecipient: kim (accepted by\n"
            "mx.partner.example; gave up after\n3 failed attempts)", " (round two)"),
    _report("r2-lead-read-receipt-returned-to-sender", "Recipient: lead (delivered; read receipt returned to sender)"
            "\n@\nRecipient: kim (failed)", " (round two: a read receipt is no failure)"),
    _report("r2-lead-after-1-failed-connection-attempt", "Recipient: lead (delivered after 1 failed connection "
            "attempt)\n@\nRecipient: kim (failed)", " (round two)"),
    _report("r2-kim-es-rechazado", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; then rechazado: usuario "
            "desconocido)", " (round two)"),
    _report("r2-de-lead-nach-fehlgeschlagenem", "Empfänger: lead (zugestellt nach einem fehlgeschlagenen Versuch)\n@\n"
            "Empfänger: kim (nicht zugestellt)", " (round two)"),
    ("r123-mixed-r2-numbered-recap", RECAP, mixed_report(
        "123", "r2recap", "Original message:\n1) From: seller@example.com\n2) To: lead@example.org\n3) Subject: "
        "Hello\n\nRecipient: lead (delivered)"), hard(KIM)),
]

# ---- Round three: more controls on review 123's new failure words and deletion guards, written before they ran -------
MIXED3_ROWS = [
    _report("r3-de-lead-lesestatus-unbekannt", "Empfänger: lead (zugestellt; Lesestatus unbekannt)\n@\nEmpfänger: kim "
            "(nicht zugestellt)", " (round three: a read status unknown is no failure, as review 90's English)"),
    _report("r3-fr-lead-statut-de-lecture-inconnu", "Destinataire : lead (remis ; statut de lecture inconnu)\n@\n"
            "Destinataire : kim (non remis)", " (round three: a read status unknown is no failure)"),
    _report("r3-lead-after-mx1-gave-up", "Recipient: lead (delivered to mx2.partner.example after mx1 gave up)\n@\n"
            "Recipient: kim (failed)", " (round three: another host gave up BEFORE the delivery)"),
]
GONE3 = GONE + " (round three)"
GONE3_ROWS = [
    ("will-later-be-deleted", "550 5.2.1 Account expired on 1 March and will later be deleted", "5.2.1", "RCPT",
     False, SUSP, R),
    ("eventually-deleted-if-unpaid", "550 5.2.1 Account suspended on 1 March and eventually deleted if unpaid",
     "5.2.1", "RCPT", False, SUSP, R),
    ("c-permanently-deleted-on-date", "550 5.1.1 Account closed on 1 March and permanently deleted on 2 March",
     "5.1.1", "RCPT", True, UNK, R),
]
STATUS3_ROWS = [
    ("518-the-sender-address-unknown", f"553 5.1.8 The sender address <{OURS}> unknown Recipient: <{LEAD}>", "5.1.8",
     "RCPT", *OUR_SIDE),
]


ROWS: list[tuple] = (relayed_only("gone2", GONE2, GONE2_ROWS) + relayed_only("inact2", INACT2, INACT2_ROWS)
                     + ours("status2", STATUS2, STATUS2_ROWS, RELAY_ONLY)
                     + ours("prospect2", PROSPECT2, PROSPECT2_ROWS, RELAY_ONLY)
                     + ours("policy2", POLICY2, POLICY2_ROWS, RELAY_ONLY)
                     + ours("policy2ours", POLICY2_OURS, POLICY2_OURS_ROWS, RELAY_ONLY) + MIXED2_ROWS
                     + MIXED3_ROWS + relayed_only("gone3", GONE3, GONE3_ROWS)
                     + ours("status3", STATUS + " (round three)", STATUS3_ROWS, RELAY_ONLY))
