"""The hundred-and-thirty-ninth review: an ADVERSARIAL AUDIT of review 135's mends.

A. said_address.theirs_named (7100d8b, 4dc2a08) now steps aside (the reply reads OUR sender refused) only where
   `_said_missing` finds our address or domain said missing or refused in its own clause, by a short list of words.
   Review 135 warned that a refusal of our sender in words outside the list would read hard: a FALSE HARD (a live
   prospect unenrolled because our own sender was refused).
   1. FALSE HARDS: the prospect named as the recipient (its address even said invalid or unknown FOR us), and OUR
      address or domain refused in the words real servers use: Postfix smtpd_check.c ('<%s>: Sender address
      rejected: Domain not found', 'need fully-qualified address', 'Access denied', 'undeliverable address'), Exim
      ('Verification failed for <%s>' / 'Sender verify failed', its log's 'sender verify fail for <%s>'), qmail's
      'sorry, your envelope sender domain must exist', sendmail's 'Domain of sender address %s does not exist', SPF /
      DMARC refusals naming our domain, and German / French / Spanish / Dutch wordings of 'sender address refused'.
   2. CONTROLS (must stay hard): the prospect's own address said missing, ours only nearby.
B. formats/intros._passed_heading, _failed_line and outcome_words.says_failed (4dc2a08): a negation anywhere in a
   short heading makes it a failure heading; a count in brackets is allowed; a "Delivered:" list ends at an address
   line whose own reply fails or at a short flush-left line with no colon that says a failure.
   1. FALSE HARDS: headings whose negation does not negate the delivery ('Delivered - no further attempts:',
      'Delivered, not yet read:', 'Zugestellt (keine Fehler):', 'Удачно доставлено (без ошибок):'), a delivered
      entry followed by its own note ('  no DSN requested', a flush-left sentence).
   2. FALSE SOFTS: a failed address taken for delivered ('Delivered: none', a negated heading after a clause).

Rows: (name, source, raw, expected), each expectation written from the words, the status (RFC 3463) and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices139.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import ours_layouts
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS = "sender@example.com"  # (ours_layouts: each layout's own From)
MX = "mx.partner.example"
UNK = ("userunknown",)
OUR_SIDE = (False, (), S)
NOT = (False, (), ANY)
HARD_UNK = (True, UNK, R)

# ---- A. Our sender refused, the prospect named as the recipient -----------------------------------------------------
POSTFIX = ("postfix src/smtpd/smtpd_check.c (reject_unknown_sender_domain '<%s>: %s rejected: Domain not found', "
           "reject_non_fqdn_sender '<%s>: %s rejected: need fully-qualified address', check_sender_access REJECT "
           "'<%s>: %s rejected: Access denied', reject_unverified_sender '<%s>: %s rejected: undeliverable address: "
           "%s'; with smtpd_delay_reject=yes they answer RCPT TO, the recipient named by the client), our sender "
           "refused: taxonomy section 7 (scope sender, never hard)")
EXIM = ("Exim's sender verification (the ACL 'verify = sender': '550-Verification failed for <%s>' / "
        "'550-Unrouteable address' / '550 Sender verify failed'; its reject log 'F=<sender> rejected RCPT <rcpt>: "
        "Sender verify failed', 'sender verify fail for <%s>'); qmail-smtpd.c err_hmf '553 sorry, your envelope "
        "sender domain must exist (#5.7.1)'; sendmail cf/m4/proto.m4 '553 Domain of sender address ... does not "
        "exist'; our sender refused: taxonomy section 7")
AUTH = ("SPF (RFC 7208 §8.4: 'fail' -> reject with 550 5.7.1 / 5.7.23) and DMARC (RFC 7489 §6.6.3; 5.7.1 / 5.7.26 "
        "'Unauthenticated email ... is not accepted') refusals naming our domain: the sender's authentication, "
        "taxonomy section 7 (securityerror / rejected, scope sender), never the recipient's address")
LOCAL = ("German / French / Spanish / Dutch wordings of Postfix smtpd_check.c's 'Sender address rejected' (hand-made "
         "translations: 'Absenderadresse abgelehnt', 'adresse de l'expéditeur refusée', 'dirección del remitente "
         "rechazada', 'afzenderadres geweigerd', as SMTP clients' own messages word SMTPSenderRefused); our sender "
         "refused: taxonomy section 7")
A_POSTFIX = [
    ("rcpt-rejected-sender-unknown", f"550 5.7.1 <{LEAD}>: Recipient address rejected: sender <{OURS}> unknown",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("domain-not-found-rcpt-quoted", f"550 5.7.1 <{OURS}>: Sender address rejected: Domain not found (recipient "
     f"<{LEAD}>)", "5.7.1", "RCPT", *OUR_SIDE),
    ("non-fqdn-rcpt-quoted", f"504 5.5.2 <{OURS}>: Sender address rejected: need fully-qualified address; to=<{LEAD}>",
     "5.5.2", "RCPT", *OUR_SIDE),
    ("access-denied-rcpt-quoted", f"554 5.7.1 <{OURS}>: Sender address rejected: Access denied; rcpt=<{LEAD}>",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("address-lead-invalid-access-denied", f"550 5.7.1 Dear sender: address {LEAD} not valid for you: <{OURS}>: "
     "Sender address rejected: Access denied", "5.7.1", "RCPT", *OUR_SIDE),
    ("address-lead-unknown-then-fqdn", f"550 5.1.1 Dear sender: mail to address {LEAD} unknown here; <{OURS}>: "
     "need fully-qualified address", "5.1.1", "RCPT", *OUR_SIDE),
    ("lead-address-invalid-sender-domain-nf", f"550 5.7.1 Dear sender: recipient address {LEAD} invalid: sender "
     "domain example.com: Domain not found", "5.7.1", "RCPT", *OUR_SIDE),
    ("undeliverable-probe-rcpt-first", f"550 5.1.0 <{LEAD}>: Sender address rejected: undeliverable address: host "
     f"mx.example.com[192.0.2.25] said: 550 5.1.1 <{OURS}>: Recipient address rejected: User unknown in virtual "
     "mailbox table", "5.1.0", "RCPT", *OUR_SIDE),
    ("ours-not-accepted-lead-unknown", f"550 5.7.1 Dear sender: address {LEAD} unknown to you: mail from <{OURS}> "
     "not accepted", "5.7.1", "RCPT", *OUR_SIDE),
    ("envelope-sender-not-allowed", f"550 5.7.1 Dear sender: address {LEAD} invalid here, envelope sender <{OURS}> "
     "is not allowed", "5.7.1", "RCPT", *OUR_SIDE),
    ("relay-from-ours-denied", f"550 5.7.1 Dear sender: address {LEAD} unknown to relay; relay from <{OURS}> "
     "denied", "5.7.1", "RCPT", *OUR_SIDE),
]
A_EXIM = [
    ("verify-fail-for-ours", f"550 5.7.1 Dear sender: address {LEAD} not valid: sender verify fail for <{OURS}>: "
     "Unrouteable address", "5.7.1", "RCPT", *OUR_SIDE),
    ("verification-failed-multiline", f"550-Verification failed for <{OURS}> 550-Unrouteable address 550 Sender "
     f"verify failed (address {LEAD} unknown to this sender)", "5.0.0", "RCPT", *OUR_SIDE),
    ("rejected-rcpt-sender-verify", f"550 5.7.1 Dear sender: rejected RCPT <{LEAD}>: Sender verify failed", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("qmail-envelope-domain-must-exist", f"553 Dear sender: address {LEAD} invalid: sorry, your envelope sender "
     "domain must exist (#5.7.1)", "5.7.1", "RCPT", *OUR_SIDE),
    ("sendmail-domain-of-sender", f"553 5.7.1 Dear sender: address {LEAD} unknown: Domain of sender address {OURS} "
     "does not resolve", "5.7.1", "RCPT", *OUR_SIDE),
    ("envelope-sender-blacklisted", f"550 5.7.1 Dear sender: address {LEAD} invalid; your envelope sender is "
     "blacklisted", "5.7.1", "RCPT", *OUR_SIDE),
    ("ours-unrouteable", f"550 5.7.1 Dear sender: address {LEAD} invalid; sender <{OURS}> unrouteable", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("ours-unverifiable", f"550 5.7.1 Dear sender: address {LEAD} invalid; sender {OURS} could not be verified",
     "5.7.1", "RCPT", *OUR_SIDE),
]
A_AUTH = [
    ("spf-fail-our-domain", f"550 5.7.1 Dear sender: address {LEAD} not valid for this message: SPF check fail for "
     "example.com", "5.7.1", "RCPT", *OUR_SIDE),
    ("spf-not-designate", f"550 5.7.23 Dear sender: address {LEAD} invalid: example.com does not designate "
     "192.0.2.9 as permitted sender", "5.7.23", "RCPT", *OUR_SIDE),
    ("dmarc-reject-our-domain", f"550 5.7.1 Dear sender: address {LEAD} invalid: message from example.com rejected "
     "per DMARC policy", "5.7.1", "RCPT", *OUR_SIDE),
    ("dmarc-unauthenticated", f"550 5.7.26 Dear sender: address {LEAD} unknown: unauthenticated email from "
     "example.com is not accepted due to domain's DMARC policy", "5.7.26", "RCPT", *OUR_SIDE),
]
A_LOCAL = [
    ("de-absender-abgelehnt", f"550 5.7.1 Sehr geehrter Absender: Adresse {LEAD} ungültig: Absenderadresse {OURS} "
     "abgelehnt", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-absender-nicht-erlaubt", f"550 5.7.1 Sehr geehrter Absender: Adresse {LEAD} unbekannt; Absender {OURS} "
     "nicht erlaubt", "5.7.1", "RCPT", *OUR_SIDE),
    ("fr-expediteur-refusee", f"550 5.7.1 Cher expéditeur : adresse {LEAD} invalide ; adresse de l'expéditeur "
     f"{OURS} refusée", "5.7.1", "RCPT", *OUR_SIDE),
    ("es-remitente-rechazada", f"550 5.7.1 Estimado remitente: dirección {LEAD} no válida; dirección del remitente "
     f"{OURS} rechazada", "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-afzender-geweigerd", f"550 5.7.1 Beste afzender: adres {LEAD} ongeldig; afzenderadres {OURS} geweigerd",
     "5.7.1", "RCPT", *OUR_SIDE),
]
# Controls: the prospect's own address said missing, ours only nearby or ours said fine: the recipient's absence.
NEAR = ("controls: the PROSPECT's own address said unknown (RFC 3463 5.1.1 bad destination mailbox address), our "
        "address or domain only nearby, said accepted or named as whom the message came from (Postfix smtpd_check.c "
        "'<%s>: Recipient address rejected: User unknown in local recipient table'): userunknown, hard (taxonomy "
        "section 2)")
A_NEAR = [
    ("c-rcpt-unknown-ours-verified", f"550 5.1.1 Dear sender: address {LEAD} does not exist; sender <{OURS}> "
     "verified", "5.1.1", "RCPT", *HARD_UNK),
    ("c-rcpt-unknown-ours-spf-pass", f"550 5.1.1 Dear sender: address {LEAD} does not exist (SPF pass for "
     "example.com)", "5.1.1", "RCPT", *HARD_UNK),
    ("c-rcpt-unknown-ours-accepted", f"550 5.1.1 Dear sender: address {LEAD} unknown; mail from <{OURS}> accepted",
     "5.1.1", "RCPT", *HARD_UNK),
    ("c-rcpt-unknown-sent-by-ours", f"550 5.1.1 Dear sender: the address {LEAD} does not exist. Message sent by "
     f"{OURS}.", "5.1.1", "RCPT", *HARD_UNK),
    ("c-de-rcpt-unbekannt-absender-ok", f"550 5.1.1 Sehr geehrter Absender: Adresse {LEAD} existiert nicht; "
     f"Absender {OURS} geprüft", "5.1.1", "RCPT", *HARD_UNK),
    # Found while mending (written from the words, then run): our name after a colon that follows the PROSPECT's
    # missing word (review 135's _said_missing read its few words before ours across the colon).
    ("colon-lead-unknown-mail-from-ours", f"550 5.1.1 Dear sender: address {LEAD} unknown: mail from <{OURS}>",
     "5.1.1", "RCPT", *HARD_UNK),
    ("colon-lead-not-exist-sender-ours", f"550 5.1.1 Dear sender: address {LEAD} does not exist: sender {OURS}",
     "5.1.1", "RCPT", *HARD_UNK),
]

# ---- B. Sub-headings under a failed-list intro ----------------------------------------------------------------------
HEAD_SRC = ("hand-made after RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report may name delivered and failed "
            "recipients) and RFC 3464 §2.3.3 (Action: failed / delayed / delivered / relayed / expanded), in review "
            "133/135's layout of headed lists under the intro 'could not be delivered to one or more of its "
            "recipients' (Exim src/deliver.c's wording)")
WHY = "\n\tReason: 550 5.1.1 User unknown"
INTRO = "Your message could not be delivered to one or more of its recipients.\n\n"
LEE = "lee@partner.example"


def _mixed(name: str, lines: str, why: str) -> tuple:
    """The intro, then `lines`; lead and kim in the returned original's To; only kim failed."""
    return (f"r139-head-{name}", HEAD_SRC + why, notice(f"r139-{name}", INTRO + lines + "\n", to=f"{LEAD}, {KIM}"),
            hard(KIM))


def _mixed3(name: str, lines: str, why: str) -> tuple:
    """As `_mixed`, lee delivered too."""
    return (f"r139-head-{name}", HEAD_SRC + why, notice(f"r139-{name}", INTRO + lines + "\n",
                                                        to=f"{LEAD}, {LEE}, {KIM}"), hard(KIM))


FH = " (FALSE HARD attack: the delivered lead must stay delivered)"
FS = " (FALSE SOFT attack: kim under a failure heading must stay failed)"
CTL = " (control)"
HEAD_ROWS = [
    # B1. Negation words in a heading that do not negate the delivery.
    _mixed("no-action-needed", f"Delivered (no action needed):\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           FH + " ('no action needed', the reader's)"),
    _mixed("no-further-attempts", f"Delivered - no further attempts:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           FH + " ('no further attempts': done)"),
    _mixed("de-keine-fehler", f"Zugestellt (keine Fehler):\n\t{LEAD}\nNicht zugestellt:\n\t{KIM}{WHY}",
           FH + " (German 'no errors' in brackets)"),
    _mixed("not-yet-read", f"Delivered, not yet read:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           FH + " (its reading, no failure)"),
    _mixed("without-errors", f"Delivered without errors:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("ru-bez-oshibok", f"Удачно доставлено (без ошибок):\n\t{LEAD}\nНе доставлено:\n\t{KIM}{WHY}",
           FH + " (Russian 'delivered successfully (no errors)')"),
    _mixed("no-errors-dash", f"Delivered - no errors:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("fr-sans-erreur", f"Remis (pas d'erreur) :\n\t{LEAD}\nNon remis :\n\t{KIM}{WHY}",
           FH + " (French 'no error' in brackets)"),
    _mixed("no-dsn-requested-heading", f"Delivered, no DSN requested:\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("delivered-not-forwarded", f"Delivered (not forwarded):\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}",
           FH + " (delivered to the box itself, not forwarded on)"),
    # B1. A delivered entry followed by its own note.
    _mixed("entry-then-indented-note", f"Delivered:\n\t{LEAD}\n\t  no DSN requested\nFailed:\n\t{KIM}{WHY}",
           FH + " (its note indented under it)"),
    _mixed3("entry-flush-note-then-more", f"Delivered:\n{LEAD}\nNo DSN requested\n{LEE}\nFailed:\n{KIM}{WHY}",
            FH + " (a flush-left note between two delivered entries)"),
    _mixed3("entry-flush-sentence-not-bounced", f"Delivered:\n{LEAD}\nNot bounced.\n{LEE}\nFailed:\n{KIM}{WHY}",
            FH + " (a flush-left sentence saying no bounce)"),
    _mixed3("entry-flush-never-rejected", f"Delivered:\n{LEAD}\nNever rejected\n{LEE}\nFailed:\n{KIM}{WHY}", FH),
    _mixed("entry-own-reply-not-spam", f"Delivered:\n\t{LEAD} (250 2.0.0 OK, not spam)\nFailed:\n\t{KIM}{WHY}",
           FH + " (its own reply: OK)"),
    _mixed("entry-reply-no-dsn", f"Delivered:\n\t{LEAD} (no DSN: NOTIFY=NEVER)\nFailed:\n\t{KIM}{WHY}",
           FH + " (its note: no DSN asked)"),
    _mixed("entry-postfix-queued", f"Delivered:\n<{LEAD}>: delivery via {MX}[192.0.2.10]:25: 250 2.0.0 Ok: queued "
           f"as 4F9D1\n\nFailed:\n<{KIM}>: host {MX}[192.0.2.10] said: 550 5.1.1 <{KIM}>: Recipient address "
           "rejected: User unknown in local recipient table", FH + " (Postfix's bounce_notify_util.c success form "
           "'<%s>: delivery via %s: %s')"),
    # B2. A failed address taken for delivered.
    _mixed("delivered-none", f"Delivered: none\nFailed:\n\t{KIM}{WHY}", FS + " ('Delivered: none', an empty list)"),
    _mixed("after-clause-not-delivered", f"Delivered:\n\t{LEAD}\nAttempted, not delivered:\n\t{KIM}{WHY}",
           FS + " (the negation after a comma: 'not delivered')"),
    _mixed("kim-flush-failed-line", f"Delivered:\n{LEAD}\n{KIM} failed: user unknown", FS + " (kim's own line)"),
    _mixed("kim-indented-rejected", f"Delivered:\n\t{LEAD}\n\t{KIM} - rejected: 550 5.1.1 user unknown",
           FS + " (kim indented like the delivered entry, its own reply fails)"),
    _mixed("heading-undeliverable-no-colon", f"Delivered:\n\t{LEAD}\nUndeliverable\n\t{KIM}{WHY}",
           FS + " (a failure heading with no colon)"),
    _mixed("heading-rejected-count", f"Delivered (1):\n\t{LEAD}\nRejected (1):\n\t{KIM}{WHY}", FS + " (counts)"),
    # B3. Controls.
    _mixed("c-cannot-be-delivered", f"Delivered:\n\t{LEAD}\nCannot be delivered:\n\t{KIM}{WHY}", CTL),
    _mixed("c-de-konnte-nicht", f"Zugestellt:\n\t{LEAD}\nKonnte nicht zugestellt werden:\n\t{KIM}{WHY}", CTL),
    _mixed("c-delivered-then-bounced", f"Delivered:\n\t{LEAD}\nDelivered, then bounced:\n\t{KIM}{WHY}",
           CTL + " (a failure after the delivered word in a side clause)"),
    _mixed("c-not-delivered-count", f"Delivered (1):\n\t{LEAD}\nNot delivered (1):\n\t{KIM}{WHY}", CTL),
]

# Controls of review 139's mends (written after them, before they ran): the recipient's own refusal under a bare 5.7.1,
# ours only named or said fine beside it (engine._whose's ours_refused step must not take it: the recipient's scope);
# failure headings after a clause or set flush left without a colon (intros._passed_heading, _failed_line).
CTL_MEND = ("controls of review 139's mends: the recipient's own refusal (Postfix smtpd_check.c '<%s>: Recipient "
            "address rejected: Access denied', RFC 3463 5.7.1), our address or domain only named or said fine: not "
            "hard, the recipient's scope (taxonomy section 7 only where the sender is refused)")
MEND_ROWS = [
    ("c-rcpt-access-denied-ours-ok", f"550 5.7.1 <{LEAD}>: Recipient address rejected: Access denied (sender <{OURS}> "
     "ok)", "5.7.1", "RCPT", False, (), R),
    ("c-rcpt-access-denied-mail-from-ours", f"550 5.7.1 <{LEAD}>: Recipient address rejected: Access denied; mail "
     f"from <{OURS}>", "5.7.1", "RCPT", False, (), R),
    ("c-rcpt-not-permitted-ours-spf-pass", f"550 5.7.1 <{LEAD}>: Recipient address rejected: not permitted (SPF pass "
     "for example.com)", "5.7.1", "RCPT", False, (), R),
]
HEAD_MEND = [
    _mixed("c-side-failed", f"Delivered:\n\t{LEAD}\nDelivered - failed:\n\t{KIM}{WHY}", CTL + " (a failure in the "
           "side clause)"),
    _mixed("c-side-then-rejected", f"Relayed:\n\t{LEAD}\nRelayed (then rejected):\n\t{KIM}{WHY}", CTL),
    _mixed("c-side-not-delivered", f"Delivered:\n\t{LEAD}\nAccepted, not delivered:\n\t{KIM}{WHY}", CTL),
    _mixed("c-flush-failed-no-colon", f"Delivered:\n\t{LEAD}\nFailed\n\t{KIM}{WHY}", CTL + " (a failure heading "
           "set flush left with no colon)"),
    _mixed("c-flush-rejected-no-colon", f"Delivered:\n{LEAD}\nRejected\n{KIM}{WHY}", CTL),
]

# ---- Round two (written before they ran): more wordings of both attacks ----------------------------------------------
A_MORE = [
    ("sender-domain-no-mx", f"550 5.7.1 Dear sender: address {LEAD} invalid; sender domain example.com has no MX or A "
     "record", "5.7.1", "RCPT", *OUR_SIDE),
    ("your-domain-listed-dbl", f"550 5.7.1 Dear sender: address {LEAD} not valid; your domain example.com is listed "
     "at dbl.spamhaus.org", "5.7.1", "RCPT", *NOT),
    ("sender-not-a-valid-address", f"550 5.7.1 Dear sender: address {LEAD} unknown; sender address {OURS} is not a "
     "valid address", "5.7.1", "RCPT", *OUR_SIDE),
    ("ours-no-dns", f"550 5.7.1 Dear sender: address {LEAD} invalid; sender <{OURS}>: no DNS records for its domain",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("ours-callout-no-such-user", f"550 5.7.1 Dear sender: address {LEAD} unknown; callout to sender <{OURS}> "
     "answered: no such user", "5.7.1", "RCPT", *OUR_SIDE),
]
MORE_SRC = ("round two of review 139's attack on said_address: our sender's domain with no MX (RFC 5321 §5.1, "
            "Postfix reject_unknown_sender_domain's cause, 'has no MX or A record'), listed on a domain blocklist "
            "(Postfix reject_rhsbl_sender), said no valid address, its callout answered no such user (Exim's "
            "'verify = sender/callout'); the prospect named as the recipient: never hard (taxonomy section 7)")
HEAD_MORE = [
    _mixed("de-fehlgeschlagen-bracket", f"Zugestellt:\n\t{LEAD}\nZugestellt (fehlgeschlagen):\n\t{KIM}{WHY}",
           FS + " (German 'failed' in the bracket)"),
    _mixed("fr-echec-bracket", f"Remis :\n\t{LEAD}\nRemis (échec) :\n\t{KIM}{WHY}", FS + " (French 'failure')"),
    _mixed("es-fallido-bracket", f"Entregado:\n\t{LEAD}\nEntregado (fallido):\n\t{KIM}{WHY}", FS + " (Spanish)"),
    _mixed("nl-mislukt-dash", f"Afgeleverd:\n\t{LEAD}\nAfgeleverd - mislukt:\n\t{KIM}{WHY}", FS + " (Dutch)"),
    _mixed("delivered-except", f"Delivered to all recipients except:\n\t{KIM}{WHY}", FS + " ('except' names the "
           "failed ones)"),
    _mixed("flush-not-delivered-no-colon", f"Delivered:\n\t{LEAD}\nNot delivered\n\t{KIM}{WHY}",
           FS + " (a negated heading set flush left with no colon)"),
    _mixed("c-delivered-no-retry-needed", f"Delivered (no retry needed):\n\t{LEAD}\nFailed:\n\t{KIM}{WHY}", FH),
    _mixed("c-delivered-dash-no-bounce", f"Delivered - no bounce:\n\t{LEAD}\nBounced:\n\t{KIM}{WHY}", FH),
]

ROWS: list[tuple] = (ours_layouts("r139", MX, LEAD, "pf", POSTFIX, A_POSTFIX,
                                  ("rcpt-rejected-sender-unknown", "address-lead-invalid-access-denied"))
                     + ours_layouts("r139", MX, LEAD, "exim", EXIM, A_EXIM, ("verify-fail-for-ours",))
                     + ours_layouts("r139", MX, LEAD, "auth", AUTH, A_AUTH, ("spf-fail-our-domain",))
                     + ours_layouts("r139", MX, LEAD, "loc", LOCAL, A_LOCAL, ("de-absender-abgelehnt",))
                     + ours_layouts("r139", MX, LEAD, "near", NEAR, A_NEAR, ("c-rcpt-unknown-ours-verified",))
                     + ours_layouts("r139", MX, LEAD, "mend", CTL_MEND, MEND_ROWS, ())
                     + ours_layouts("r139", MX, LEAD, "more", MORE_SRC, A_MORE, ("sender-domain-no-mx",))
                     + HEAD_ROWS + HEAD_MEND + HEAD_MORE)
