"""The hundred-and-twenty-sixth review: an ADVERSARIAL AUDIT of review 123's mends (commits e8700ea, 34b0e96, 7706617,
26aa8b6: classifier/deletion_dates.py, mailbox_states' "inactivated/deactivated <mailbox>", sender_stage's preposition
guard, severity._BY_RECIPIENT / _SENDER_NOT_ALLOWED, recipients' numbered labels and case-blind parenthesis join,
formats/outcome_words.py's new failure words and read-status exclusions).

1. FALSE HARDS from deletion_dates.STATE_THEN_REMOVED: a state then "removed / purged" that is no deletion of the
   mailbox ("removed from the directory sync", "removed pending payment", "purged spam", "removed your message").
2. FALSE SOFTS: past deletions whose date deletion_dates.DAY lacks (German "1.3.", an ISO time, a zone, an RFC 5322
   date, "in March"), "has since been deleted", German "am 1. März gelöscht"; "inactivated" and "deleted" in other
   orders under 5.1.1; the inactivated adjective beside words that the mailbox is gone.
3. The mixed report: the DELIVERED lead's line holding one of review 123's new failure words about something else (a
   read receipt to be returned, another message expired, another route gave up, a read status unknown said otherwise)
   must stay delivered; the FAILED one's words taken out by _FAILED_BEFORE ("returned after delivery failed",
   "dropped after 3 failed attempts") must stay failed; a next entry or note in ALL CAPS, numbered counts.
4. severity's scope: OUR outbound policy said with a recipient's word ("external recipients", "addressee limit",
   "the mailbox owner" of a send-as right) is the sender's; a group's delivery restriction (Exchange's, in German and
   French too) is the recipient side's choice.
5. sender_stage's preposition guard: our address unknown "to the" / "for" a recipient stays ours.
Rounds two and three (at the end): controls on review 126's own mends, and attacks on them.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE; test_review_notices126.py runs them. Our
sender: sender@example.com (relay copy) / seller@example.com (Gmail and Exchange Online copies); the prospect
lead@example.org (the mixed reports: lead@partner.example and kim@partner.example)."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices112 import HARD_UNK, LEAD, MX, OUR_SIDE, OURS, ours_in
from tests.classifier.review_notices123 import RELAY_ONLY, SOFT_R, SUSP, UNK, R

both = both_layouts("r126", MX, LEAD)


def relayed_only(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    return rows_relayed(f"r126-{prefix}", source, MX, LEAD, entries)


def ours(prefix: str, source: str, entries: list[tuple], quote: tuple[str, ...] | None = None) -> list[tuple]:
    return ours_in("r126", prefix, source, entries, quote)


# ---- 1. A state then "removed / purged" that is no deletion (deletion_dates.STATE_THEN_REMOVED) -----------------------
REMOVED = ("attack on review 123's deletion_dates.STATE_THEN_REMOVED (a state, then 'removed / purged' read as the "
           "mailbox deleted), hand-made after Postfix access(5) 'REJECT optional text' (postfix.org/access.5.html, an "
           "admin's own words) and Sparklight's inactive-account policy (support.sparklight.com 115010515208: "
           "deactivated, then permanently deleted): what was removed or purged is not the mailbox, or not yet, or "
           "not for good; the account still there is suspend (soft; taxonomy)")
REMOVED_SOFT = [
    ("disabled-removed-from-directory-sync", "550 5.2.1 Account disabled and removed from the directory sync",
     "5.2.1", "RCPT", False, SUSP, R),
    ("suspended-removed-from-distribution-list", "550 5.2.1 Mailbox suspended and removed from the distribution "
     "list", "5.2.1", "RCPT", False, SUSP, R),
    ("locked-removed-from-queue", "550 5.2.1 Mailbox locked and removed from the delivery queue", "5.2.1", "RCPT",
     False, SUSP, R),
    ("disabled-alias-was-removed", "550 5.2.1 Account disabled; its forwarding alias was removed", "5.2.1", "RCPT",
     False, SUSP, R),
    ("locked-purged-of-spam", "550 5.2.1 Mailbox locked and purged of spam", "5.2.1", "RCPT", False, SUSP, R),
    ("locked-and-purged-spam", "550 5.2.1 Mailbox locked and purged spam", "5.2.1", "RCPT", False, SUSP, R),
    ("suspended-purged-old-messages", "550 5.2.1 Mailbox suspended and purged old messages", "5.2.1", "RCPT", False,
     SUSP, R),
    ("suspended-removed-your-message", "550 5.2.1 Mailbox suspended and removed your message", "5.2.1", "RCPT",
     False, SUSP, R),
    ("disabled-removed-its-aliases", "550 5.2.1 Account disabled and removed its aliases", "5.2.1", "RCPT", False,
     SUSP, R),
    ("expired-removed-until-payment", "550 5.2.1 Account expired and removed until payment is received", "5.2.1",
     "RCPT", False, SUSP, R),
    ("suspended-removed-pending-review", "550 5.2.1 Account suspended and removed pending review", "5.2.1", "RCPT",
     False, SUSP, R),
    ("disabled-removed-temporarily", "550 5.2.1 Account disabled and removed temporarily", "5.2.1", "RCPT", False,
     SUSP, R),
    ("locked-removed-from-gal", "550 5.2.1 Account locked, removed from the GAL", "5.2.1", "RCPT", False, SUSP, R),
    ("suspended-removed-on-date-if-unpaid", "550 5.2.1 Account suspended and removed on 1 April if unpaid", "5.2.1",
     "RCPT", False, SUSP, R),
]
REMOVED_HARD_SRC = REMOVED + " (controls: the mailbox itself removed for good, hard)"
REMOVED_HARD = [
    ("c-closed-then-removed", "550 5.1.1 Account closed and then removed", "5.1.1", "RCPT", True, UNK, R),
    ("c-suspended-and-removed", "550 5.1.1 Mailbox suspended and removed", "5.1.1", "RCPT", True, UNK, R),
    ("c-disabled-removed-on-date", "550 5.1.1 Account disabled and removed on 2 March", "5.1.1", "RCPT", True, UNK,
     R),
    ("c-expired-permanently-purged", "550 5.1.1 Account expired and permanently purged", "5.1.1", "RCPT", True, UNK,
     R),
]

# ---- 2. Past deletions still missed: date forms, "has since been", German, other orders ----------------------------
PAST = ("attack on review 123's deletion_dates.DAY / departures._DELETED (a state's date, then 'deleted'), hand-made "
        "after Postfix access(5) 'REJECT optional text' (postfix.org/access.5.html) with dates as mail software writes "
        "them (RFC 5322 section 3.3 date-time 'Sun, 01 Mar 2026 10:00:00 +0000'; ISO 8601 '2026-03-01T10:00:00Z'; the "
        "German day '1.3.'): a deletion done is gone, userunknown (hard; taxonomy), beside a state word under 5.1.1")
PAST_ROWS = [
    ("german-day-no-year", "550 5.1.1 Account expired on 1.3. and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("iso-datetime-z", "550 5.1.1 Account closed on 2026-03-01T10:00:00Z and was deleted", "5.1.1", "RCPT", True, UNK,
     R),
    ("time-zone-cet", "550 5.1.1 Account closed on 1 March 2026 at 10:00 CET and was deleted", "5.1.1", "RCPT", True,
     UNK, R),
    ("time-offset", "550 5.1.1 Account closed on 1 March 2026 10:00 +0100 and was deleted", "5.1.1", "RCPT", True,
     UNK, R),
    ("rfc5322-date", "550 5.1.1 Account closed on Sun, 01 Mar 2026 10:00:00 +0000 and was deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("in-month-year", "550 5.1.1 Account expired in March 2026 and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("date-without-on", "550 5.1.1 Account expired 1 March and was deleted", "5.1.1", "RCPT", True, UNK, R),
    ("has-since-been-deleted", "550 5.1.1 Account closed on 1 March and has since been deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("month-day-year-comma", "550 5.1.1 Mailbox disabled on Mar 1, 2026 and subsequently deleted", "5.1.1", "RCPT",
     True, UNK, R),
    ("c-deleted-on-iso-date", "550 5.1.1 Account expired on 2026-03-01 and was deleted", "5.1.1", "RCPT", True, UNK,
     R),
]
ORDER = ("attack on review 117/123's 'inactivated' (mailbox_states._OFF and the adjective 'inactivated / deactivated "
         "<mailbox>'), after PHPMailer-BMH rule 0136's '550 Mailbox ( x ) not found or inactivated' (voku/PHPMailer-BMH "
         "phpmailer-bmh_rules.php) and Sparklight's policy (an inactive account deactivated, then permanently "
         "deleted): deletion words in another order than 'inactivated and deleted' say the mailbox is gone "
         "(userunknown, hard)")
ORDER_ROWS = [
    ("deleted-after-inactivation", "550 5.1.1 Mailbox deleted after inactivation", "5.1.1", "RCPT", True, UNK, R),
    ("deleted-paren-inactivated-since", "550 5.1.1 Account deleted (inactivated since 1 March)", "5.1.1", "RCPT",
     True, UNK, R),
    ("deleted-having-been-inactivated", "550 5.1.1 Mailbox was deleted, having been inactivated on 1 March", "5.1.1",
     "RCPT", True, UNK, R),
    ("first-inactivated-then-deleted", "550 5.1.1 Account first inactivated, then deleted", "5.1.1", "RCPT", True, UNK,
     R),
    ("inactivated-ampersand-deleted", "550 5.1.1 Account inactivated & deleted", "5.1.1", "RCPT", True, UNK, R),
    ("inactivated-comma-after-90-days-deleted", "550 5.1.1 Account inactivated and, after 90 days, deleted", "5.1.1",
     "RCPT", True, UNK, R),
    ("deactivated-account-removed", f"550 5.1.1 <{LEAD}>: deactivated account removed", "5.1.1", "RCPT", True, UNK,
     R),
    ("inactivated-mailbox-deleted", f"550 5.1.1 <{LEAD}>: inactivated mailbox deleted", "5.1.1", "RCPT", True, UNK,
     R),
    ("deactivated-account-no-such-user", f"550 5.1.1 <{LEAD}>: deactivated account, no such user", "5.1.1", "RCPT",
     True, UNK, R),
    ("not-a-deactivated-mailbox", f"550 5.1.1 Mailbox <{LEAD}> does not exist (not a deactivated mailbox)", "5.1.1",
     "RCPT", True, UNK, R),
    ("inactivated-account-purged", f"550 5.1.1 <{LEAD}>: inactivated account purged", "5.1.1", "RCPT", True, UNK, R),
    ("c-deactivated-mailbox-521", f"550 5.2.1 <{LEAD}>: deactivated mailbox", "5.2.1", "RCPT", False, SUSP, R),
]
GERMAN = ("attack on departures._DELETED's German 'Postfach/Konto wurde gelöscht' (review 71, after Postfix access(5) "
          "'REJECT optional text', an admin's own words) beside review 117/123's dates: a German day between "
          "('am 1. März', 'am 01.03.2026') says the deletion done all the same, userunknown (hard); a 550 with no "
          "enhanced code, so the words decide")
GERMAN_ROWS = [
    ("de-wurde-am-1-maerz-geloescht", "550 Das Postfach wurde am 1. März gelöscht", "5.0.0", "RCPT", True, UNK, R),
    ("de-konto-am-datum-geloescht", "550 Das Konto wurde am 01.03.2026 gelöscht", "5.0.0", "RCPT", True, UNK, R),
    ("de-abgelaufen-und-geloescht", "550 Konto abgelaufen und am 1.3. gelöscht", "5.0.0", "RCPT", True, UNK, R),
    ("de-c-wurde-geloescht", "550 Das Postfach wurde gelöscht", "5.0.0", "RCPT", True, UNK, R),
]
GERMAN_SOFT = GERMAN + " (controls: a German deletion still scheduled is the account still there, never hard)"
GERMAN_SOFT_ROWS = [
    ("de-wird-am-1-april-geloescht", "550 5.2.1 Konto gesperrt, wird am 1. April gelöscht", "5.2.1", "RCPT", False,
     SUSP, R),
    ("de-wird-geloescht-falls", "550 5.2.1 Konto gesperrt; es wird am 1.4. gelöscht, falls nicht verlängert", "5.2.1",
     "RCPT", False, SUSP, R),
]

# ---- 3. The mixed report: review 123's new failure words and their exclusions --------------------------------------
MIXED = ("attack on review 123's formats/outcome_words.py, hand-made following review 90/107's mixed delivery report "
         "layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: one report may list delivered and failed recipients; labelled lines "
         "'Recipient: name (outcome)'); RFC 8098 read receipts (MDNs) are returned to the sender after a delivery; "
         "the delivered lead must stay delivered, kim failed")


def _report(name: str, text: str, why: str = "") -> tuple:
    """Review 107's mixed report to lead and kim, its whole body `text` (kim's reason below it)."""
    lead, _, kim = text.partition("\n@\n")
    return (f"r126-mixed-{name}", MIXED + why, mixed_report("126", name, lead, f"{kim}\n{WHY}" if kim else WHY),
            hard(KIM))


LEAD_OK = " (the delivered lead's line: its failure word said of something else, must stay delivered)"
KIM_FAILED = " (the failed one's line: its failure must stay)"
MIXED_ROWS = [
    _report("lead-returned-to-senders-archive", "Recipient: lead (delivered; copy returned to sender's archive)\n@\n"
            "Recipient: kim (failed)", LEAD_OK),
    _report("lead-receipt-will-be-returned", "Recipient: lead (delivered; a read receipt will be returned to the "
            "sender)\n@\nRecipient: kim (failed)", LEAD_OK),
    _report("lead-mdn-returned-to-sender", "Recipient: lead (delivered; disposition notification returned to "
            "sender)\n@\nRecipient: kim (failed)", LEAD_OK),
    _report("lead-return-receipt-returned", "Recipient: lead (delivered; return receipt returned to sender)\n@\n"
            "Recipient: kim (failed)", LEAD_OK + " (control: 'receipt returned to sender', review 123's exclusion)"),
    _report("lead-earlier-message-expired", "Recipient: lead (delivered; an earlier message expired in the queue)\n@\n"
            "Recipient: kim (failed)", LEAD_OK),
    _report("lead-previous-delivery-expired", "Recipient: lead (delivered; the previous delivery expired)\n@\n"
            "Recipient: kim (failed)", LEAD_OK),
    _report("lead-after-first-route-gave-up", "Recipient: lead (delivered after the first route gave up)\n@\n"
            "Recipient: kim (failed)", LEAD_OK),
    _report("lead-via-backup-primary-gave-up", "Recipient: lead (delivered via backup MX; primary MX gave up)\n@\n"
            "Recipient: kim (failed)", LEAD_OK),
    _report("lead-after-mx1-had-given-up", "Recipient: lead (delivered to mx2.partner.example after mx1 had given "
            "up)\n@\nRecipient: kim (failed)", LEAD_OK),
    _report("de-lead-rueckschein-zurueckgeschickt", "Empfänger: lead (zugestellt; Lesebestätigung an den Absender "
            "zurückgeschickt)\n@\nEmpfänger: kim (nicht zugestellt)", LEAD_OK),
    _report("de-lead-lesebestaetigung-noch-unbekannt", "Empfänger: lead (zugestellt; Lesebestätigung noch "
            "unbekannt)\n@\nEmpfänger: kim (nicht zugestellt)", LEAD_OK),
    _report("de-lead-status-der-lesebestaetigung", "Empfänger: lead (zugestellt; Status der Lesebestätigung "
            "unbekannt)\n@\nEmpfänger: kim (nicht zugestellt)", LEAD_OK),
    _report("fr-lead-accuse-de-lecture-inconnu", "Destinataire : lead (remis ; accusé de lecture inconnu)\n@\n"
            "Destinataire : kim (non remis)", LEAD_OK),
    _report("fr-lead-lecture-inconnue", "Destinataire : lead (remis ; lecture : inconnue)\n@\nDestinataire : kim "
            "(non remis)", LEAD_OK),
    _report("es-lead-confirmacion-de-lectura", "Destinatario: lead (entregado; confirmación de lectura desconocida)"
            "\n@\nDestinatario: kim (no entregado)", LEAD_OK),
    _report("es-lead-c-estado-de-lectura", "Destinatario: lead (entregado; estado de lectura: desconocido)\n@\n"
            "Destinatario: kim (no entregado)", LEAD_OK + " (control: review 123's exclusion)"),
    _report("kim-returned-after-delivery-failed", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; returned "
            "after delivery failed)", KIM_FAILED),
    _report("kim-discarded-after-mx-failed", "Recipient: lead (delivered)\n@\nRecipient: kim (accepted, discarded "
            "after mx.partner.example failed)", KIM_FAILED),
    _report("kim-dropped-after-3-failed-attempts", "Recipient: lead (delivered)\n@\nRecipient: kim (accepted; dropped "
            "after 3 failed attempts)", KIM_FAILED),
    _report("kim-returned-after-5-failed-deliveries", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; "
            "returned after 5 failed deliveries)", KIM_FAILED),
    _report("kim-dropped-after-the-attempt-failed", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; dropped "
            "after the attempt failed)", KIM_FAILED),
    _report("kim-c-gave-up-after-3", "Recipient: lead (delivered)\n@\nRecipient: kim (accepted; gave up after 3 "
            "failed attempts)", KIM_FAILED + " (control)"),
    _report("de-kim-zurueckgeschickt", "Empfänger: lead (zugestellt)\n@\nEmpfänger: kim (angenommen, dann an den "
            "Absender zurückgeschickt: Benutzer unbekannt)", KIM_FAILED),
]
CASE = (" (attack on review 123's case-blind parenthesis join (recipients.went_through_here): a next entry or a note "
        "in capitals, or none, right below the lead's open parenthesis)")
CASE_ROWS = [
    _report("caps-next-entry", "Recipient: lead (delivered to\nmx.partner.example\n@\nRECIPIENT: kim (FAILED)", CASE),
    _report("caps-note-no-paren", "Recipient: lead (delivered to\nmx.partner.example\nNOTE: 1 RECIPIENT FAILED, SEE "
            "BELOW\n@\nRecipient: kim (failed)", CASE),
    _report("lower-note-no-paren", "Recipient: lead (delivered to\nmx.partner.example\nnote: 1 recipient failed, see "
            "below\n@\nRecipient: kim (failed)", CASE),
    _report("caps-failed-recipient-label", "Recipient: lead (delivered to\nmx.partner.example\n@\nFAILED RECIPIENT: "
            "kim (USER UNKNOWN)", CASE),
    _report("caps-lead-rest-closes", "RECIPIENT: LEAD (DELIVERED TO\nMX.PARTNER.EXAMPLE)\n@\nRECIPIENT: KIM (FAILED)",
            CASE + " (control: the lead's own rest in capitals closes it)"),
]
COUNT = (" (attack on review 123's numbered labels (recipients._LABEL): a number that counts, or a numbered summary, "
         "before a label)")
COUNT_ROWS = [
    ("r126-mixed-numbered-summary", MIXED + COUNT, mixed_report(
        "126", "numsum", "Summary:\n1) Recipients delivered: lead@partner.example\n2) Recipients failed: "
        "kim@partner.example (user unknown)"), hard(KIM)),
    ("r126-mixed-count-2-recipients", MIXED + COUNT, mixed_report(
        "126", "count2", "2 recipients:\nRecipient: lead (delivered)", f"Recipient: kim (failed)\n{WHY}"), hard(KIM)),
    ("r126-mixed-numbered-roman", MIXED + COUNT, mixed_report(
        "126", "roman", "i) Recipient: lead (delivered)", f"ii) Recipient: kim (failed)\n{WHY}"), hard(KIM)),
]

# ---- 4. Scope: our outbound policy said with a recipient's word; a group's delivery restriction ---------------------
OURPOL = ("attack on review 123's severity._BY_RECIPIENT (the addressee, the mailbox owner, 'to send to <addr>', "
          "'members of the group', 'recipient' unless the policy of its domain), hand-made after Postfix's "
          "check_sender_access REJECT with an admin's text (postfix.org/access.5.html) and Exchange's 'send as' refusal "
          "('You can't send a message on behalf of this user unless you have permission to do so', pastebin.com/"
          "SSBZLUDM): a limit or a policy on OUR sending, said with a recipient's word, is the sender's scope "
          "(taxonomy section 7)")
OURPOL_ROWS = [
    ("not-allowed-to-send-to-external-recipients", f"550 5.7.1 Sender <{OURS}> not allowed to send to external "
     "recipients", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-recipients-outside-organization", f"550 5.7.1 Sender <{OURS}> is not allowed to send to recipients "
     "outside the organization", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-addressee-limit-exceeded", f"550 5.7.1 Sender <{OURS}> not allowed: addressee limit exceeded",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-send-as-mailbox-owner", f"550 5.7.1 Sender <{OURS}> not allowed to send as this mailbox: no "
     "permission from the mailbox owner", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-to-send-to-lead-daily-quota", f"550 5.7.1 Sender <{OURS}> not allowed to send to <{LEAD}>: daily "
     "sending quota exceeded", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-to-send-to-lead-domain-unverified", f"550 5.7.1 Sender <{OURS}> not allowed to send to <{LEAD}>: "
     "sender domain not verified", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-our-organizations-policy", f"550 5.7.1 Sender <{OURS}> not allowed to send to <{LEAD}> by your "
     "organization's outbound policy", "5.7.1", "RCPT", *OUR_SIDE),
    ("not-allowed-relay-members-of-the-group", f"550 5.7.1 Sender <{OURS}> not allowed to relay: only members of the "
     "group Outbound-Senders may send", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-not-allowed-too-many-addressees", f"550 5.7.1 Sender <{OURS}> not allowed: too many addressees", "5.7.1",
     "RCPT", *OUR_SIDE),
]
GROUP = ("Exchange's delivery restriction of a group or mailbox, set on the RECIPIENT's side (adaxes.com "
         "IAdmExchangeMessageDeliveryRestrictions: 'AcceptMessagesOnlyFrom ... recipients who are allowed to send "
         "email messages to the user, contact or group'; learn.microsoft.com MailEnabledRecipient."
         "RejectMessagesFromDLMembers), its NDR 'the address may only accept email from certain senders' "
         "(pastebin.com/MFXQe2wV) and '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ... delivery to "
         "this address is restricted' (pastebin.com/E0GbbMMA): the recipient side's choice of senders is the "
         "recipient's scope (taxonomy 'filtered': the recipient blocks the sender), soft; here in German and French "
         "as an admin or a localised server writes it")
GROUP_ROWS = [
    ("de-absender-nicht-berechtigt-an-diese-gruppe", "550 5.7.1 Der Absender ist nicht berechtigt, an diese Gruppe zu "
     "senden", "5.7.1", "RCPT", *SOFT_R),
    ("de-absender-nicht-berechtigt-an-die-gruppe-addr", f"550 5.7.1 Absender <{OURS}> ist nicht berechtigt, an die "
     f"Gruppe <{LEAD}> zu senden", "5.7.1", "RCPT", *SOFT_R),
    ("fr-expediteur-pas-autorise-a-ce-groupe", "550 5.7.1 L'expéditeur n'est pas autorisé à envoyer à ce groupe",
     "5.7.1", "RCPT", *SOFT_R),
    ("fr-expediteur-non-autorise-groupe-addr", f"550 5.7.1 Expéditeur <{OURS}> non autorisé à envoyer au groupe "
     f"<{LEAD}>", "5.7.1", "RCPT", *SOFT_R),
    ("en-c-not-authorized-to-send-to-this-group", f"550 5.7.1 Sender <{OURS}> is not authorized to send to this "
     "group", "5.7.1", "RCPT", *SOFT_R),
    ("en-not-allowed-only-accepts-from-certain-senders", f"550 5.7.1 Sender <{OURS}> not allowed: this address only "
     "accepts email from certain senders", "5.7.1", "RCPT", *SOFT_R),
]

# ---- 5. sender_stage: our address unknown "to / for" the recipient --------------------------------------------------
STAGE = ("attack on review 123's sender_stage preposition guard (_ITS_ADJECTIVE: no field stop after 'to / for / "
         "a(n) / the / of'), hand-made after Postfix's reject_unknown_sender_domain ('Sender address rejected: Domain "
         "not found', postfix.org/postconf.5.html): RFC 3463 X.1.7 / X.1.8 name OUR address as the bad one; our "
         "address said unknown TO or FOR the recipient is still ours (taxonomy section 7, soft)")
STAGE_ROWS = [
    ("518-sender-unknown-to-the-recipient", f"553 5.1.8 Sender <{OURS}> unknown to the Recipient: <{LEAD}>", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("518-domain-not-found-for-recipient", f"553 5.1.8 <{OURS}>: Sender address rejected: Domain not found for "
     f"Recipient {LEAD}", "5.1.8", "RCPT", *OUR_SIDE),
    ("518-c-mail-from-to-unknown-recipient", f"553 5.1.8 Mail from <{OURS}> to an unknown Recipient: <{LEAD}>",
     "5.1.8", "RCPT", *HARD_UNK),
]

# ---- Round two: controls on review 126's own mends, written before they ran -----------------------------------------
REMOVED2 = REMOVED + " (round two: controls on review 126's REMOVED_ENDS and day forms)"
REMOVED2_ROWS = [
    ("c-disabled-and-removed-full-stop", "550 5.1.1 Account disabled and removed.", "5.1.1", "RCPT", True, UNK, R),
    ("c-suspended-removed-by-the-administrator", "550 5.1.1 Account suspended and removed by the administrator",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-expired-removed-comma-contact-helpdesk", "550 5.1.1 Mailbox expired and removed, contact your helpdesk",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-short-weekday-date", "550 5.1.1 Account expired on Sun, 1 Mar 2026 and was deleted", "5.1.1", "RCPT", True,
     UNK, R),
    ("suspended-removed-comma-pending-payment", "550 5.2.1 Account suspended and removed, pending payment", "5.2.1",
     "RCPT", False, SUSP, R),
    ("disabled-30-days-ago-will-be-deleted", "550 5.2.1 Account disabled 30 days ago and will be deleted", "5.2.1",
     "RCPT", False, SUSP, R),
    ("expired-in-month-will-be-deleted-in", "550 5.2.1 Account expired in March 2026 and will be deleted in April",
     "5.2.1", "RCPT", False, SUSP, R),
    ("zone-date-is-deleted-on", "550 5.2.1 Account expired on 1 March 2026 at 10:00 CET and is deleted on 1 April",
     "5.2.1", "RCPT", False, SUSP, R),
    ("deactivated-account-removal-pending", f"550 5.2.1 <{LEAD}>: deactivated account, removal pending", "5.2.1",
     "RCPT", False, SUSP, R),
]
GERMAN2 = GERMAN + " (round two)"
GERMAN2_ROWS = [
    ("de-c-deaktiviert-und-geloescht", "550 Konto deaktiviert und gelöscht", "5.0.0", "RCPT", True, UNK, R),
    ("de-ist-gesperrt-wird-am-geloescht", "550 5.2.1 Das Konto ist gesperrt und wird am 1. April gelöscht", "5.2.1",
     "RCPT", False, SUSP, R),
    ("de-am-gesperrt", "550 5.2.1 Konto am 1.3. gesperrt", "5.2.1", "RCPT", False, SUSP, R),
    ("de-adresse-am-aus-der-liste-geloescht", "550 5.7.1 Adresse wurde am 1.3. aus der Liste gelöscht", "5.7.1",
     "RCPT", False, (), ""),
]
MIXED2_ROWS = [
    _report("r2-kim-after-2-failed-then-returned", "Recipient: lead (delivered)\n@\nRecipient: kim (delivered to "
            "mx.partner.example after 2 failed attempts, then returned: user unknown)", KIM_FAILED + " (round two)"),
    _report("r2-kim-accepted-and-dropped-after-3", "Recipient: lead (delivered)\n@\nRecipient: kim (accepted and "
            "dropped after 3 failed attempts)", KIM_FAILED + " (round two)"),
    _report("r2-kim-returned-to-senders-address", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; returned "
            "to sender's address)", KIM_FAILED + " (round two)"),
    _report("r2-kim-relayed-message-expired", "Recipient: lead (delivered)\n@\nRecipient: kim (relayed; the message "
            "expired)", KIM_FAILED + " (round two)"),
    _report("r2-fr-kim-rejete-accuse-inconnu", "Destinataire : lead (remis)\n@\nDestinataire : kim (remis au relais, "
            "puis rejeté ; accusé de lecture inconnu)", KIM_FAILED + " (round two)"),
    _report("r2-de-kim-lesestatus-empfaenger-unbekannt", "Empfänger: lead (zugestellt)\n@\nEmpfänger: kim "
            "(angenommen; Lesestatus unbekannt; Empfänger unbekannt)", KIM_FAILED + " (round two)"),
    _report("r2-lead-relayed-after-one-failed-connection", "Recipient: lead (relayed to mx.partner.example after one "
            "failed connection attempt)\n@\nRecipient: kim (failed)", LEAD_OK + " (round two)"),
    _report("r2-lead-accepted-after-mx1-failed", "Recipient: lead (accepted by mx2.partner.example after "
            "mx1.partner.example failed)\n@\nRecipient: kim (failed)", LEAD_OK + " (round two)"),
    _report("r2-lettered-both", "a) Recipient: lead (delivered)\n@\nb) Recipient: kim (failed)",
            COUNT + " (round two: lettered items)"),
]
GROUP2 = GROUP + " (round two: controls on review 126's group words and _OUR_POLICY)"
GROUP2_ROWS = [
    ("recipient-only-accepts-from-certain-senders", f"550 5.7.1 Sender <{OURS}> not allowed: the recipient only "
     "accepts email from certain senders", "5.7.1", "RCPT", *SOFT_R),
    ("de-an-diese-verteilerliste", f"550 5.7.1 Der Absender <{OURS}> ist nicht berechtigt, an diese Verteilerliste zu "
     "senden", "5.7.1", "RCPT", *SOFT_R),
    ("es-remitente-no-autorizado-a-este-grupo", f"550 5.7.1 El remitente <{OURS}> no está autorizado a enviar a este "
     "grupo", "5.7.1", "RCPT", *SOFT_R),
    ("group-does-not-accept-external-senders", f"550 5.7.1 Sender <{OURS}> not allowed: this group does not accept "
     "mail from external senders", "5.7.1", "RCPT", *SOFT_R),
]
OURPOL2 = OURPOL + " (round two: our side must stay ours)"
OURPOL2_ROWS = [
    ("c-not-allowed-outbound-spam", f"550 5.7.1 Sender <{OURS}> not allowed: outbound spam detected", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("c-fr-non-autorise-a-ce-serveur", f"550 5.7.1 Accès refusé : expéditeur <{OURS}> non autorisé à envoyer à ce "
     "serveur", "5.7.1", "RCPT", *OUR_SIDE),
]

# ---- Round three: attacks on review 126's own mends, written before they ran ----------------------------------------
MIXED3_ROWS = [
    _report("r3-lead-comma-after-2-failed", "Recipient: lead (delivered, after 2 failed attempts)\n@\nRecipient: kim "
            "(failed)", LEAD_OK + " (round three: a comma between the delivered word and its earlier failures)"),
    _report("r3-lead-to-host-comma-after-failed-retry", "Recipient: lead (delivered to mx.partner.example, after one "
            "failed retry)\n@\nRecipient: kim (failed)", LEAD_OK + " (round three)"),
    _report("r3-kim-accepted-comma-after-3-failed-bounced", "Recipient: lead (delivered)\n@\nRecipient: kim "
            "(accepted, after 3 failed attempts bounced)", KIM_FAILED + " (round three)"),
]
OURPOL3 = GROUP + (" (round three: review 126's _OUR_POLICY must not take the recipient's own block of our company "
                   "or a list's own choice)")
OURPOL3_ROWS = [
    ("recipient-blocked-your-organizations-domain", f"550 5.7.1 Sender <{OURS}> not allowed: the recipient has blocked "
     "your organization's domain", "5.7.1", "RCPT", *SOFT_R),
    ("addressee-blocked-your-company", f"550 5.7.1 Sender <{OURS}> not allowed; the addressee has blocked your company",
     "5.7.1", "RCPT", *SOFT_R),
    ("c-your-organizations-policy-ours", f"550 5.7.1 Sender <{OURS}> not allowed to send to <{LEAD}> under your "
     "organization's policy", "5.7.1", "RCPT", *OUR_SIDE),
]
GERMAN3 = GERMAN + " (round three)"
GERMAN3_ROWS = [
    ("de-gesperrt-und-am-geloescht", "550 Das Konto wurde am 1. März gesperrt und am 1. April gelöscht", "5.0.0",
     "RCPT", True, UNK, R),
    ("de-c-wird-nach-gesperrt-geloescht", "550 5.2.1 Das Konto wurde gesperrt und wird am 1. April gelöscht", "5.2.1",
     "RCPT", False, SUSP, R),
]

ROWS: list[tuple] = (both("removed", REMOVED, REMOVED_SOFT) + relayed_only("removedhard", REMOVED_HARD_SRC, REMOVED_HARD)
                     + relayed_only("past", PAST, PAST_ROWS) + relayed_only("order", ORDER, ORDER_ROWS)
                     + relayed_only("de", GERMAN, GERMAN_ROWS) + relayed_only("desoft", GERMAN_SOFT, GERMAN_SOFT_ROWS)
                     + MIXED_ROWS + CASE_ROWS + COUNT_ROWS
                     + ours("ourpol", OURPOL, OURPOL_ROWS, RELAY_ONLY)
                     + ours("group", GROUP, GROUP_ROWS, ("de-absender-nicht-berechtigt-an-diese-gruppe",
                                                         "fr-expediteur-pas-autorise-a-ce-groupe"))
                     + ours("stage", STAGE, STAGE_ROWS, RELAY_ONLY)
                     + relayed_only("removed2", REMOVED2, REMOVED2_ROWS) + relayed_only("de2", GERMAN2, GERMAN2_ROWS)
                     + MIXED2_ROWS + ours("group2", GROUP2, GROUP2_ROWS, RELAY_ONLY)
                     + ours("ourpol2", OURPOL2, OURPOL2_ROWS, RELAY_ONLY)
                     + MIXED3_ROWS + ours("ourpol3", OURPOL3, OURPOL3_ROWS, RELAY_ONLY)
                     + relayed_only("de3", GERMAN3, GERMAN3_ROWS))
