"""The hundred-and-twenty-third review: an ADVERSARIAL AUDIT of review 117's mends (commits c679ce4 and e93fd38).

1. departures._DELETED's date between a state and "deleted" ("expired on 1 March and was deleted"): FALSE HARDS where
   the date is a schedule or a condition ("deleted on 1 April unless renewed", "is deleted by 1 April", "is deleted 30
   days later", a date range, a mailbox that deleted messages, a message deleted on a date), our own account; FALSE
   SOFTS where a past deletion's date is written in a form the rule lacks (a weekday, "2026/03/01", "01-03-2026",
   "the 1st of March", a time, a semicolon before "deleted").
2. recipients.went_through_here's unindented join: a delivered lead's open parenthesis must not take a failure word
   from the next entry (numbered or lettered lists, another language's label, a note right on the next line) nor
   from a trailing note; entries separated by blank lines; the failed one's broken parenthesis in German and French.
3. recipients._FAILED_WORDS' "after (a) failed": the delivered lead "after 2 / two / several failed attempts" must
   stay delivered; the failed one "failed after a failed attempt", "gave up after 3 failed attempts", "after failed
   delivery, returned to sender", "the message expired" must stay failed.
4. sender_stage.applies under 5.1.7/5.1.8: our address said unknown before a recipient's field in other languages,
   spacing and status layouts stays ours (soft); the PROSPECT said unknown in other orders ("Mail from <us> to unknown
   recipient <lead>", "Recipient <lead> unknown (sender <us>)") must stay hard.
5. severity.scope_of's "sender <us> not allowed": the recipient's mailbox or group the one not allowing ("... to send
   to this group", "blocked by the user", "the addressee has blocked") is the recipient's scope; our sender refused in
   German, French or "by policy of recipient domain" is the sender's.
6. mailbox_states._OFF's "inactivated": the wordings that are deletions ("inactivated and permanently / subsequently /
   later deleted", "; mailbox deleted", "and removed", "no longer exists") are hard; a state ("inactivated mailbox",
   "temporarily inactivated", "inactivated or deleted", "will be deleted") stays soft.

Rounds two and three (controls on this review's own mends) are in review_notices123_more.py.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; test_review_notices123.py runs them. Our
sender: sender@example.com (relay copy) / seller@example.com (Gmail and Exchange Online copies); the prospect
lead@example.org (the mixed reports: lead@partner.example and kim@partner.example)."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX, OUR_SIDE, OURS, ours_in

R = "recipient"
UNK = ("userunknown",)
SUSP = ("suspend",)
SOFT_R = (False, (), R)
RELAY_ONLY: tuple[str, ...] = ()  # ours_in's `quote`: our relay's copy alone


def ours(prefix: str, source: str, entries: list[tuple], quote: tuple[str, ...] | None = None) -> list[tuple]:
    """Review 112's `ours_in` (our relay's copy and Gmail's and Exchange Online's, our address each one's From)."""
    return ours_in("r123", prefix, source, entries, quote)


both = both_layouts("r123", MX, LEAD)


def relayed_only(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's copy alone (the quoted copies add nothing these rows attack)."""
    return rows_relayed(f"r123-{prefix}", source, MX, LEAD, entries)

# ---- 1. A state's date, then "deleted": schedules, conditions, other nouns ------------------------------------------
GONE = ("attack on review 117's departures._DELETED date (its r117-gone rows), hand-made after Postfix access(5) "
        "'REJECT optional text' (postfix.org/access.5.html, an admin's words) and Sparklight's inactive-account policy "
        "(support.sparklight.com 115010515208: 'pending deactivation status for 30 days, after which, the email "
        "account is deactivated and ... permanently deleted'): a deletion still scheduled or conditional is suspend "
        "(soft), a past one userunknown (hard; taxonomy)")
GONE_SOFT = [
    ("deleted-on-date-unless-renewed", "550 5.2.1 Account expired on 1 March and deleted on 1 April unless renewed",
     "5.2.1", "RCPT", False, SUSP, R),
    ("deleted-date-if-not-renewed", "550 5.2.1 Account closed on 1 March, deleted 1 April if not renewed", "5.2.1",
     "RCPT", False, SUSP, R),
    ("bare-deleted-on-date-unless", "550 5.2.1 Account deleted on 1 April unless renewed", "5.2.1", "RCPT", False,
     SUSP, R),
    ("is-deleted-by-date", "550 5.2.1 Account expired on 1 March and is deleted by 1 April", "5.2.1", "RCPT", False,
     SUSP, R),
    ("is-deleted-from-date", "550 5.2.1 Mailbox closed on 1 March and is deleted from 1 April", "5.2.1", "RCPT",
     False, SUSP, R),
    ("is-deleted-30-days-later", "550 5.2.1 Account expired on 1 March and is deleted 30 days later", "5.2.1", "RCPT",
     False, SUSP, R),
    ("semicolon-it-is-deleted-after", "550 5.2.1 Account expired on 1 March; it is deleted after 30 days", "5.2.1",
     "RCPT", False, SUSP, R),
    ("closed-on-will-be-deleted", "550 5.2.1 Account closed on 1 March and will be deleted", "5.2.1", "RCPT", False,
     SUSP, R),
    ("range-deleted-between-if", "550 5.2.1 Account disabled on 1 March and deleted between 1 and 30 April if not "
     "reactivated", "5.2.1", "RCPT", False, SUSP, R),
    ("mailbox-deleted-12-messages", "550 5.2.1 Mailbox suspended on 1 March and deleted 12 queued messages", "5.2.1",
     "RCPT", False, SUSP, R),
    ("your-message-deleted-on-date", "550 5.2.1 Account suspended on 1 March; your message was deleted on 2 March",
     "5.2.1", "RCPT", False, SUSP, R),
    ("pending-deletion-on-date", "550 5.2.1 Account suspended on 1 March, pending deletion on 1 April", "5.2.1",
     "RCPT", False, SUSP, R),
    ("deleted-at-end-of-month-unless", "550 5.2.1 Account expired on 1 March and deleted at the end of the month "
     "unless renewed", "5.2.1", "RCPT", False, SUSP, R),
    ("deactivated-deleted-after-30-days", "550 5.2.1 Account deactivated on 1 March and deleted after 30 days",
     "5.2.1", "RCPT", False, SUSP, R),
    ("deleted-on-date-in-error-restored", "550 5.2.1 Account disabled: deleted on 1 March in error, being restored",
     "5.2.1", "RCPT", False, SUSP, R),
]
GONE_PAST = GONE + " (a past deletion, its date in another form: must be hard)"
GONE_HARD = [
    ("weekday-date", "550 5.1.1 Account expired on Monday, 1 March and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("slashed-iso-date", "550 5.1.1 Account closed on 2026/03/01 and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("dashed-dmy-date", "550 5.1.1 Mailbox disabled on 01-03-2026 and deleted", "5.1.1", "RCPT", True, UNK, R),
    ("the-1st-of-march", "550 5.1.1 Account expired on the 1st of March and was deleted", "5.1.1", "RCPT", True, UNK,
     R),
    ("date-at-time", "550 5.1.1 Account closed on 1 March at 10:00 and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("was-deleted-on-date", "550 5.1.1 Account expired on 1 March and was deleted on 2 March", "5.1.1", "RCPT", True,
     UNK, R),
    ("deleted-by-the-administrator", "550 5.1.1 Account closed on 1 March and was deleted by the administrator",
     "5.1.1", "RCPT", True, UNK, R),
    ("semicolon-deleted-on-date", "550 5.1.1 Account expired on 1 March; deleted on 2 March", "5.1.1", "RCPT", True,
     UNK, R),
]
OUR_GONE = ("attack on review 117's date rule with OUR account as the subject (review 71's _DELETED look-behinds: "
            "not the sending account, our From), hand-made after Postfix access(5) 'REJECT optional text': our own "
            "account deleted is ours (taxonomy section 7), soft")
OUR_GONE_ROWS = [
    ("senders-account-expired-on-deleted", "550 5.7.1 Sender's account expired on 1 March and was deleted", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("your-account-closed-on-deleted", "550 5.7.1 Your account closed on 1 March and was deleted", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("sending-account-address-expired-on", f"550 5.7.1 The sending account <{OURS}> expired on 1 March and was "
     "deleted", "5.7.1", "RCPT", *OUR_SIDE),
]

# ---- 2. A labelled line's parenthesis over unindented lines: the next entry, a note, other languages -----------------
MIXED = ("attack on review 117's unindented join (recipients.went_through_here), hand-made following review 90/107's "
         "mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: a report may list delivered and failed "
         "recipients; labelled lines 'Recipient: name (outcome)'), the entries numbered, lettered, in other "
         "languages, separated by blank lines; outcome words as Postfix's bounce(5) templates and Exchange's NDR "
         "say them; the delivered lead must stay delivered, kim failed")


def _report(name: str, text: str, why: str = "") -> tuple:
    """Review 107's mixed report to lead and kim, its whole body `text` (kim's reason below it)."""
    lead, _, kim = text.partition("\n@\n")
    return (f"r123-mixed-{name}", MIXED + why, mixed_report("123", name, lead, f"{kim}\n{WHY}" if kim else WHY),
            hard(KIM))


MIXED_ROWS = [
    _report("numbered-next-entry", "Recipient: lead (delivered to\nmx.partner.example\n@\n2) Recipient: kim (failed)"),
    _report("numbered-both", "1) Recipient: lead (delivered to\nmx.partner.example\n@\n2) Recipient: kim (failed)"),
    _report("lettered-next-entry", "Recipient: lead (delivered to\nmx.partner.example\n@\nb) Recipient: kim (failed)"),
    _report("note-right-below", "Recipient: lead (delivered to mx.partner.example\nNote: kim's copy failed (see "
            "below)\n@\nRecipient: kim (failed)"),
    _report("uk-note-right-below", "Recipient: lead (delivered to mx.partner.example\nПримітка: kim — 550 5.1.1 (див. "
            "нижче)\n@\nRecipient: kim (failed)"),
    _report("ro-label-right-below", "Recipient: lead (delivered to mx.partner.example\nDestinatar: kim (550 5.1.1 "
            "user unknown)\n@\nRecipient: kim (failed)"),
    _report("el-note-closes", "Recipient: lead (delivered to\nmx.partner.example\nΣημείωση: 1 failed)\n@\n"
            "Recipient: kim (failed)"),
    _report("blank-line-then-entry", "Recipient: lead (delivered to\nmx.partner.example\n\n@\nRecipient: kim "
            "(failed)"),
    _report("blank-line-then-note", "Recipient: lead (delivered to\nmx.partner.example\n\nNote: 1 recipient failed "
            "(see below))\n@\nRecipient: kim (failed)"),
    _report("undelivered-heading-then-numbered", "Recipient: lead (delivered to\nmx.partner.example\nUndelivered "
            "recipients follow\n1) kim (user unknown)\n@\nRecipient: kim (failed)"),
    _report("own-paren-others-failed", "Recipient: lead (delivered to\nmx.partner.example;\nother recipients failed, "
            "see below)\n@\nRecipient: kim (failed)",
            " (the lead's own parenthesis, read whole, says OTHER recipients failed)"),
    _report("de-lead-hinweis-kim", "Empfänger: lead (zugestellt an\nmx.partner.example\nHinweis: kim nicht zugestellt "
            "(siehe unten))\n@\nEmpfänger: kim (nicht zugestellt)"),
    _report("de-kim-broken", "Empfänger: lead (zugestellt)\n@\nEmpfänger: kim (zugestellt an\nmx.partner.example, "
            "dann\nabgewiesen: Benutzer unbekannt)", " (the failed one's German parenthesis read whole)"),
    _report("fr-kim-broken", "Destinataire : lead (remis)\n@\nDestinataire : kim (remis à\nmx.partner.example, puis\n"
            "rejeté : utilisateur inconnu)", " (the failed one's French parenthesis read whole)"),
    _report("fr-lead-apres-nouvelle-tentative", "Destinataire : lead (remis à\nmx.partner.example,\naprès une nouvelle "
            "tentative)\n@\nDestinataire : kim (non remis)"),
    _report("kim-after-failed-first-then-returned", "Recipient: lead (delivered)\n@\nRecipient: kim (delivered to\n"
            "mx.partner.example, after a failed\nfirst attempt; then returned: user unknown)"),
]

# ---- 3. "After (a) failed" --------------------------------------------------------------------------------------------
AFTER = ("attack on review 117's _FAILED_WORDS look-behinds ('after (a) failed' no failure), hand-made following review "
         "90/107's mixed report layout (labelled lines 'Recipient: name (outcome)'); a retry's count before "
         "'failed' ('delivered after 2 failed attempts') is a failure before the delivery; the failed one's own "
         "failure said otherwise ('gave up', 'returned to sender', 'expired', 'failed after') stays failed")


def _lead(name: str, paren: str) -> tuple:
    return (f"r123-after-lead-{name}", AFTER + " (the delivered lead: must stay delivered)",
            mixed_report("123", f"al{name}", f"Recipient: lead ({paren}"), hard(KIM))


def _kim(name: str, paren: str) -> tuple:
    return (f"r123-after-kim-{name}", AFTER + " (the failed one: must stay failed)",
            mixed_report("123", f"ak{name}", "Recipient: lead (delivered)", f"Recipient: kim ({paren}\n{WHY}"),
            hard(KIM))


AFTER_ROWS = [
    _lead("after-2-failed-attempts", "delivered to mx.partner.example after 2 failed attempts)"),
    _lead("after-two-failed-attempts", "delivered after two failed attempts)"),
    _lead("after-an-earlier-failed-attempt", "delivered after an earlier failed attempt)"),
    _lead("after-several-failed-attempts", "delivered after several failed attempts)"),
    _lead("after-one-failed-retry", "delivered to mx.partner.example after one failed retry)"),
    _lead("broken-after-3-failed", "delivered to\nmx.partner.example after\n3 failed attempts)"),
    _kim("failed-after-a-failed-attempt", "failed after a failed attempt)"),
    _kim("failed-after-failed-retries", "failed after failed retries)"),
    _kim("gave-up-after-3-failed", "relayed to mx.partner.example; gave up after 3 failed attempts)"),
    _kim("after-failed-delivery-returned-to-sender", "accepted; after failed delivery, returned to sender)"),
    _kim("after-failed-attempts-expired", "relayed; after failed attempts the message expired)"),
    _kim("broken-then-failed-after-a-failed", "delivered to\nmx.partner.example, then\nfailed after a failed retry)"),
    _kim("c-after-a-failed-transfer-unknown", "accepted, after a failed transfer: user unknown)"),
    _kim("c-relayed-after-failed-bounced", "relayed after a failed attempt; bounced)"),
]

# ---- 4. 5.1.7 / 5.1.8: our sender's absence before a recipient's field ------------------------------------------------
STATUS = ("attack on review 117's sender_stage rule (its r117-status rows), hand-made after Postfix's "
          "reject_unknown_sender_domain ('450 4.1.8 <s>: Sender address rejected: Domain not found', "
          "postfix.org/postconf.5.html) and an admin's access(5) 'REJECT optional text' (postfix.org/access.5.html): "
          "RFC 3463 X.1.7 / X.1.8 name OUR address as the bad one; the recipient's field after it; taxonomy section 7: "
          "ours, soft")
STATUS_ROWS = [
    ("518-fr-expediteur-inconnu", f"553 5.1.8 Expéditeur <{OURS}> inconnu Destinataire : {LEAD}", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("518-es-remitente-desconocido", f"553 5.1.8 Remitente <{OURS}> desconocido Destinatario: {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("518-envelope-sender-recipients-angle", f"553 5.1.8 Envelope sender <{OURS}> unknown Recipients: <{LEAD}>",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("518-tab-between", f"553 5.1.8 Sender address <{OURS}> unknown\tRecipient: <{LEAD}>", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("518-sender-domain-not-found", f"553 5.1.8 Sender domain example.com not found Recipient: {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("518-does-not-exist-receiver", f"553 5.1.8 Sender address <{OURS}> does not exist Receiver: {LEAD}", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("418-delayed-not-found-addressee", f"450 4.1.8 Sender <{OURS}> not found Addressee: {LEAD}", "4.1.8", "RCPT",
     *OUR_SIDE),
    ("dsn-500-reply-518", f"553 5.1.8 Sender address <{OURS}> unknown Recipient: <{LEAD}>", "5.0.0", "RCPT",
     *OUR_SIDE),
]
PROSPECT = ("attack on review 117's sender_stage rule: the PROSPECT's address said unknown in other orders under a "
            "5.1.7/5.1.8 status (the words say the recipient is the one missing: Postfix's 'Recipient address "
            "rejected: User unknown in local recipient table', postfix.org/LOCAL_RECIPIENT_README.html; RFC 3463 "
            "5.1.1); taxonomy userunknown, hard. Our relay's copy only (review 117's judgement: with no stage named, "
            "Gmail's and Exchange Online's copies let the 5.1.8 status speak)")
PROSPECT_ROWS = [
    ("518-mail-from-to-unknown-recipient", f"553 5.1.8 Mail from <{OURS}> to unknown recipient <{LEAD}>", "5.1.8",
     "RCPT", *HARD_UNK),
    ("518-sender-wrote-to-an-unknown-recipient", f"553 5.1.8 Sender <{OURS}> wrote to an unknown recipient: {LEAD}",
     "5.1.8", "RCPT", *HARD_UNK),
    ("518-message-for-unknown-recipient", f"553 5.1.8 Message from sender <{OURS}> for unknown recipient {LEAD}",
     "5.1.8", "RCPT", *HARD_UNK),
    ("518-sender-valid-recipient-unknown", f"553 5.1.8 Sender <{OURS}> valid Recipient: <{LEAD}> unknown", "5.1.8",
     "RCPT", *HARD_UNK),
    ("518-recipient-first-sender-after", f"553 5.1.8 Recipient <{LEAD}> unknown (sender <{OURS}>)", "5.1.8", "RCPT",
     *HARD_UNK),
    ("518-unknown-recipient-from-sender", f"553 5.1.8 Unknown recipient <{LEAD}> from sender <{OURS}>", "5.1.8",
     "RCPT", *HARD_UNK),
    ("517-sender-syntax-ok-recipient-unknown", f"553 5.1.7 Sender <{OURS}> syntax ok, recipient {LEAD} unknown",
     "5.1.7", "RCPT", *HARD_UNK),
    ("518-sender-accepted-no-such-recipient", f"553 5.1.8 Sender <{OURS}> accepted, no such recipient {LEAD}",
     "5.1.8", "RCPT", *HARD_UNK),
]

# ---- 5. "Sender <us> not allowed": whose choice ----------------------------------------------------------------------
POLICY = ("attack on review 117's severity._SENDER_NOT_ALLOWED, hand-made after Exchange's recipient delivery "
          "restrictions (learn.microsoft.com MailEnabledRecipient.RejectMessagesFromDLMembers: 'the distribution "
          "groups whose members are not allowed to send email messages to the recipient'; adaxes.com "
          "IAdmExchangeMessageDeliveryRestrictions AcceptMessagesOnlyFrom / RejectMessagesFrom) and bell.net's '550 "
          "you are not allowed to send mail to <rcpt>' (pastebin.com/Y6mnKJ1Z): the RECIPIENT's mailbox, group or "
          "owner choosing its senders is the recipient's scope (taxonomy 'filtered': the recipient blocks the sender)")
POLICY_ROWS = [
    ("not-allowed-to-send-to-lead-mailbox-disabled", f"550 5.7.1 Sender <{OURS}> not allowed to send to <{LEAD}>: "
     "mailbox disabled", "5.7.1", "RCPT", *SOFT_R),
    ("not-allowed-lead-accepts-members-only", f"550 5.7.1 Sender <{OURS}> not allowed: {LEAD} only accepts mail from "
     "members of its group", "5.7.1", "RCPT", *SOFT_R),
    ("not-authorized-to-send-to-this-group", f"550 5.7.1 Sender <{OURS}> is not authorized to send to this group",
     "5.7.1", "RCPT", *SOFT_R),
    ("not-permitted-by-mailbox-owner", f"550 5.7.1 Sender <{OURS}> not permitted by the mailbox owner", "5.7.1",
     "RCPT", *SOFT_R),
    ("not-allowed-blocked-by-the-user", f"550 5.7.1 Sender <{OURS}> not allowed: blocked by the user", "5.7.1",
     "RCPT", *SOFT_R),
    ("not-allowed-addressee-has-blocked", f"550 5.7.1 Sender <{OURS}> not allowed; the addressee has blocked this "
     "sender", "5.7.1", "RCPT", *SOFT_R),
]
POLICY_OURS = ("control of 5 (review 117's call: a policy on OUR sender is the sender's scope), hand-made after "
               "Postfix's check_sender_access REJECT ('Access denied', postfix.org/access.5.html) with an admin's "
               "text in German, French, or naming the recipient DOMAIN's policy (not the recipient's own choice); "
               "taxonomy section 7")
POLICY_OURS_ROWS = [
    ("de-absender-nicht-erlaubt", f"550 5.7.1 Zugriff verweigert: Absender <{OURS}> nicht erlaubt", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("fr-expediteur-non-autorise", f"550 5.7.1 Accès refusé : expéditeur <{OURS}> non autorisé", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("not-allowed-by-policy-of-recipient-domain", f"550 5.7.1 Access denied: sender <{OURS}> not allowed by policy "
     "of recipient domain", "5.7.1", "RCPT", *OUR_SIDE),
    ("sender-address-not-permitted-on-server", f"550 5.7.1 Sender address <{OURS}> is not permitted on this server",
     "5.7.1", "RCPT", *OUR_SIDE),
]

# ---- 6. "Inactivated": deletions and states ------------------------------------------------------------------------
INACT = ("attack on review 117's 'inactivated' (mailbox_states._OFF; departures' 'was inactivated and then deleted'), "
         "after PHPMailer-BMH rule 0136's sample '550 Mailbox ( x ) not found or inactivated' (voku/PHPMailer-BMH "
         "phpmailer-bmh_rules.php) and Sparklight's policy (support.sparklight.com 115010515208: an inactive "
         "account deactivated, then permanently deleted): a mailbox inactivated and then deleted, removed or no "
         "longer existing is gone (userunknown, hard); inactivated alone, or a deletion still to come, or the "
         "either/or, is suspend (soft; mailbox_states.EITHER_OR, the team's call)")
INACT_GONE = [
    ("inactivated-and-permanently-deleted", "550 5.1.1 Mailbox inactivated and permanently deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("inactivated-and-subsequently-deleted", "550 5.1.1 The mailbox was inactivated and subsequently deleted",
     "5.1.1", "RCPT", True, UNK, R),
    ("inactivated-and-later-deleted", "550 5.1.1 Account inactivated and later deleted", "5.1.1", "RCPT", True, UNK,
     R),
    ("inactivated-semicolon-mailbox-deleted", "550 5.1.1 Account inactivated; mailbox deleted", "5.1.1", "RCPT", True,
     UNK, R),
    ("inactivated-and-removed", "550 5.1.1 User account inactivated and removed", "5.1.1", "RCPT", True, UNK, R),
    ("inactivated-no-longer-exists", "550 5.1.1 Account inactivated and no longer exists", "5.1.1", "RCPT", True, UNK,
     R),
    ("inactivated-on-date-deleted-on-date", "550 5.1.1 Mailbox inactivated on 1 March and deleted on 2 March",
     "5.1.1", "RCPT", True, UNK, R),
]
INACT_STATE = [
    ("inactivated-mailbox-adjective-511", f"550 5.1.1 <{LEAD}>: inactivated mailbox", "5.1.1", "RCPT", False, SUSP,
     R),
    ("temporarily-inactivated-by-admin", "550 5.2.1 Mailbox temporarily inactivated by the administrator", "5.2.1",
     "RCPT", False, SUSP, R),
    ("inactivated-will-be-deleted-in-30", "550 5.2.1 Account inactivated; it will be deleted in 30 days", "5.2.1",
     "RCPT", False, SUSP, R),
    ("inactivated-or-deleted", "550 5.2.1 Mailbox inactivated or deleted", "5.2.1", "RCPT", False, SUSP, R),
    ("has-been-inactivated-will-be-deleted-on", "550 5.2.1 The account has been inactivated and will be deleted on 1 "
     "April", "5.2.1", "RCPT", False, SUSP, R),
    ("inactivated-on-to-be-deleted-after", "550 5.2.1 Account inactivated on 1 March, to be deleted after 30 days",
     "5.2.1", "RCPT", False, SUSP, R),
    ("inactivated-511-due-to-inactivity", "550 5.1.1 Account inactivated due to inactivity", "5.1.1", "RCPT", False,
     SUSP, R),
]

ROWS: list[tuple] = (both("gone", GONE, GONE_SOFT) + relayed_only("gonepast", GONE_PAST, GONE_HARD)
                     + ours("ourgone", OUR_GONE, OUR_GONE_ROWS, RELAY_ONLY) + MIXED_ROWS + AFTER_ROWS
                     + ours("status", STATUS, STATUS_ROWS) + ours("prospect", PROSPECT, PROSPECT_ROWS, RELAY_ONLY)
                     + ours("policy", POLICY, POLICY_ROWS) + ours("policyours", POLICY_OURS, POLICY_OURS_ROWS, RELAY_ONLY)
                     + both("inact", INACT, INACT_GONE) + relayed_only("inactstate", INACT, INACT_STATE)
)
