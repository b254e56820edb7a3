"""The seventy-sixth review's whole notices: the bounce-rule CODE of mailing-list and newsletter
software as an outside opinion, none of it used by an earlier review (reviews 23-27 and 39-45 read
Sisimai, flufl.bounce, BounceParser, PHPMailer-BMH, the PHP BounceHandler, KumoMTA, Dada Mail,
PowerMTA, Mautic, bounce_email, Momentum, Postal). Here: CiviCRM's bounce patterns (the
civicrm_mailing_bounce_pattern rows of xml/templates/civicrm_data.tpl and its upgrade scripts: a
regex per bounce type, each type with a hold threshold: Invalid, Inactive, Spam put an address on
hold after ONE bounce, Away, Dns, Host, Loop, Quota, Relay, Syntax after three), OpenEMM's bav.rule
([hard] / [soft] sections), Sympa's RFC 1893 "equivalents" (BounceMessage.pm %equiv: a phrase ->
5.1.1 or 4.2.2), and MailWizz's author's bounce-handler rules (twisted1919/bounce-handler
rules.php: regex -> hard / soft). Only their rule code was read, never their test data or sample
mail; phpList ships no default rules (its admin writes them: phplist.org manual "Bounce
Management"), so it gives none here.

Each rule's words are completed by hand into a realistic reply (code, status and stage written
here), in our Postfix relay's report and, for final replies, Gmail's own DSN and Exchange Online's
NDR (review_notices33_more.both). Every expectation is the taxonomy's reading of the words
(/work/shared/classifier/taxonomy.md), written before the classifier ran; the tool's own call is in
the comment beside it where it differs (an outside opinion, not the truth: CiviCRM holds an
"Inactive" address after one bounce, the taxonomy keeps a disabled mailbox soft). Our relay's own
failures, qmail's and the controls are in review_notices76_more.py. All HAND-MADE;
test_review_notices76.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_relayed
from tests.classifier.review_notices33_more import both
from tests.classifier.review_notices76_more import MORE_ROWS

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"

CIVI = ("CiviCRM civicrm-core xml/templates/civicrm_data.tpl and CRM/Upgrade/Incremental/sql (4.3, 4.6.alpha6, "
        "4.7.alpha3): civicrm_mailing_bounce_pattern, type {} (hold after {}); reply code, status and stage HAND-MADE")

# ---- CiviCRM "Invalid" (on hold after one bounce: its hard) --------------------------------------
CIVI_INVALID = [
    ("recipient-not-recognized", "550 5.1.1 The recipient name is not recognized", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("bad-destination", "550 5.1.1 Bad destination mailbox address", "5.1.1", "RCPT", True, ("userunknown",), R),
    # 5.1.3: the destination address's syntax (taxonomy code column: userunknown).
    ("badly-formatted", "553 5.1.3 Badly formatted address", "5.1.3", "RCPT", True, ("userunknown",), R),
    ("malformed-local-part", f"501 5.1.3 <{LEAD}>: missing or malformed local part", "5.1.3", "RCPT", True,
     ("userunknown",), R),
    ("mailbox-name-not-allowed", "553 5.1.3 Requested action not taken: mailbox name not allowed", "5.1.3",
     "RCPT", True, ("userunknown",), R),
    ("no-such-mail-drop", f"550 5.1.1 No such mail drop defined for {LEAD}", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("not-found-in-directory", "550 5.1.1 Recipient not found in directory", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("not-present-in-directory", "550 5.1.1 User not present in directory entry", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("not-a-valid-mailbox", f"550 5.1.1 {LEAD} is not a valid mailbox", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("unregistered-address", "550 5.1.1 Unregistered address", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("unrecognized-recipient", "550 5.1.1 Unrecognized recipient", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("email-name-not-found", "550 5.1.1 The user's email name is not found", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("doesnt-have-account", "550 5.1.1 This user doesn't have a partner.example account", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("addresses-not-found", "550 5.1.1 The address could not be found", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("invalid-virtual-user", "550 5.1.1 Invalid or unknown virtual user", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    # CiviCRM: Invalid. A local delivery agent unable to open the mailbox file: the mail system, soft.
    ("cant-open-mailbox", f"550 5.2.0 Can't open mailbox for {LEAD}", "5.2.0", "DATA", False,
     ("mailererror", "systemerror", "filtered"), ANY),
    # CiviCRM: Invalid. "not allowed" names a policy, not a missing mailbox: soft.
    ("delivery-not-allowed", "550 5.7.1 Mail delivery to this user is not allowed", "5.7.1", "RCPT", False, (), ANY),
]
# Replies with no 5.1.x status: our relay's report only (the standing call reads an English "no such
# user" in Gmail's and Exchange Online's notices, which name no stage, as a possible filter).
CIVI_INVALID_BARE = [
    ("no-email-registered", f"550 No e-mail address registered for {LEAD}", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    # RFC 5321's 551 "user not local"; "not our customer": no account here.
    ("551-not-our-customer", "551 not our customer", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("not-known-at-this-site", f"550 User {LEAD} not known at this site", "5.0.0", "RCPT", True,
     ("userunknown",), R),
]

# ---- CiviCRM "Inactive" (on hold after one bounce) -------------------------------------------------
# The taxonomy: a disabled, suspended, locked or expired mailbox is suspend (soft); a person gone or
# an address changed is hasmoved (hard).
CIVI_INACTIVE = [
    ("account-expired", "550 5.2.1 Account expired", "5.2.1", "RCPT", False, ("suspend",), R),
    ("account-locked", "550 5.2.1 This account is locked", "5.2.1", "RCPT", False, ("suspend",), R),
    ("mail-receiving-disabled", "550 5.2.1 Mail receiving disabled", "5.2.1", "RCPT", False, ("suspend",), R),
    ("administratively-disabled", "550 5.2.1 Mail address is administratively disabled", "5.2.1", "RCPT", False,
     ("suspend",), R),
    ("mailbox-currently-suspended", "550 5.2.1 Mailbox currently suspended", "5.2.1", "RCPT", False,
     ("suspend",), R),
    ("inactive-on-this-domain", f"550 5.2.1 {LEAD} is inactive on this domain", "5.2.1", "RCPT", False,
     ("suspend",), R),
    ("user-banned", "550 5.2.1 User banned", "5.2.1", "RCPT", False, ("suspend", "filtered"), R),
    ("user-account-suspended", "550 5.2.1 User account suspended", "5.2.1", "RCPT", False, ("suspend",), R),
    ("address-has-changed-516", "550 5.1.6 This e-mail address has changed, please use lead@newco.example",
     "5.1.6", "RCPT", True, ("hasmoved",), R),
]
CIVI_INACTIVE_BARE = [
    ("no-longer-employed", "550 Recipient no longer employed here", "5.0.0", "RCPT", True,
     ("hasmoved", "userunknown"), R),
    ("no-longer-accepts-mail", "550 This address no longer accepts mail", "5.0.0", "RCPT", True,
     ("notaccept", "hasmoved", "userunknown"), R),
]

# ---- CiviCRM "Quota" (three bounces) -------------------------------------------------------------
CIVI_QUOTA = [
    ("exceeds-allowed-size", "552 5.2.2 Mailbox exceeds allowed size", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("no-space-left-for-user", "552 5.2.2 No space left for this user", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("quota-for-mailbox-exceeded", "552 5.2.2 Quota for the mailbox has been exceeded", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("exceeds-message-count", "552 5.2.2 Mailbox exceeds allowed message count", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("not-able-to-receive-more", f"552 {LEAD} is not able to receive more mail", "5.0.0", "RCPT", False,
     ("mailboxfull",), R),
    ("not-enough-disk-space", f"552 {LEAD} doesn't have enough disk space left", "5.0.0", "RCPT", False,
     ("mailboxfull",), R),
    # RFC 5321's 552 text; either the mailbox or the message: soft either way.
    ("exceeded-storage-allocation", "552 Requested mail action aborted: exceeded storage allocation", "5.0.0",
     "DATA", False, ("mailboxfull", "mesgtoobig"), ANY),
    ("recipient-storage-full-452", "452 4.2.2 Recipient storage full, try again later", "4.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("running-out-of-disk-452", "452 4.3.1 Server running out of disk space", "4.3.1", "RCPT", False,
     ("systemfull",), ANY),
]

# ---- CiviCRM "Host", "Loop", "Relay", "Dns" (three bounces) ---------------------------------------
CIVI_HOST = [
    # (CiviCRM's "isn't in my control/locals file" is qmail-remote's own loop notice: review_notices76_more.)
    ("local-configuration-error", "550 5.3.5 Local configuration error", "5.3.5", "RCPT", False,
     ("systemerror",), ANY),
    ("not-a-gateway", "550 5.7.1 This host is not a gateway", "5.7.1", "RCPT", False, (), ANY),
    ("too-many-connections-421", "421 4.7.0 Too many connections, try again later", "4.7.0", "CONN", False,
     ("toomanyconn", "speeding"), ANY),
    # CiviCRM: Host. A receiver asking our relay to log in: our side.
    ("authentication-required", "530 5.7.0 Authentication required", "5.7.0", "MAIL", False,
     ("securityerror",), ANY),
]
CIVI_LOOP = [
    ("mail-forwarding-loop", f"554 5.4.6 Mail forwarding loop for {LEAD}", "5.4.6", "DATA", False,
     ("systemerror", "networkerror"), ANY),
    ("too-many-recursive-forwards", "554 5.4.6 Too many recursive forwards", "5.4.6", "DATA", False,
     ("systemerror", "networkerror"), ANY),
    ("forwarded-max-times", "554 5.4.6 Message was forwarded more than the maximum allowed times", "5.4.6", "DATA",
     False, ("systemerror", "networkerror"), ANY),
    ("routing-loop-detected", "554 5.4.6 Routing loop detected", "5.4.6", "DATA", False,
     ("systemerror", "networkerror"), ANY),
]
CIVI_RELAY = [
    ("relayed-mail-not-allowed", f"550 5.7.1 Relayed mail to {LEAD} not allowed", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("we-do-not-relay", "550 5.7.1 We do not relay", "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("not-permitted-to-relay", "550 5.7.1 You are not permitted to relay through this server", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("dont-handle-mail-for", "550 5.7.1 We don't handle mail for partner.example", "5.7.1", "RCPT", False, (), ANY),
    # Our IP's missing reverse DNS (CiviCRM files it under Relay and Dns): our side, soft.
    ("sender-ip-must-resolve", "550 5.7.25 Sender IP must resolve", "5.7.25", "CONN", False,
     ("requireptr", "blocked"), S),
    ("cannot-find-hostname", "550 5.7.1 Cannot find your hostname, [192.0.2.7]", "5.7.1", "CONN", False,
     ("requireptr", "blocked"), S),
    ("no-reverse-dns-entry", "550 5.7.25 Client host 192.0.2.7 has no reverse DNS entry", "5.7.25", "CONN", False,
     ("requireptr",), S),
    ("rejected-by-next-hop", "554 5.4.0 Rejected by next-hop", "5.4.0", "DATA", False, (), ANY),
]
# CiviCRM: Dns (soft there). 5.1.2 with "unable to resolve MX": the domain, hard.
CIVI_DNS = [
    ("unable-to-resolve-mx", "550 5.1.2 Unable to resolve MX record for partner.example", "5.1.2", "RCPT", True,
     ("hostunknown",), R),
    ("no-dns-entries", "550 5.1.2 No DNS entries for partner.example", "5.1.2", "RCPT", True, ("hostunknown",), R),
]

# ---- CiviCRM "Spam" (on hold after one bounce: hard there; soft in the taxonomy) ---------------------
CIVI_SPAM = [
    ("user-configured-filter", "550 5.7.1 Message blocked by a user configured filter", "5.7.1", "DATA", False,
     ("filtered", "policyviolation", "spamdetected"), ANY),
    ("delivery-not-authorized", "550 5.7.1 Delivery not authorized, message refused", "5.7.1", "DATA", False,
     (), ANY),
    ("not-conform-email-policy", "554 5.7.1 Message does not conform to our e-mail policy", "5.7.1", "DATA",
     False, ("policyviolation", "filtered", "spamdetected", "contenterror"), ANY),
    ("excessive-spam-content", "550 5.7.1 Excessive spam content", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("looks-suspicious", "550 5.7.1 Message looks suspicious", "5.7.1", "DATA", False,
     ("spamdetected", "policyviolation", "filtered"), ANY),
    ("hostile-content", "554 5.7.1 Message contains hostile content", "5.7.1", "DATA", False,
     ("virusdetected", "spamdetected", "policyviolation", "contenterror"), ANY),
    ("attachment-blocking-filter", "554 5.7.1 Message rejected by attachment blocking filter", "5.7.1", "DATA",
     False, ("policyviolation", "contenterror", "filtered", "virusdetected"), ANY),
    ("antispam-policy", "550 5.7.1 Rejected by anti-spam policy", "5.7.1", "DATA", False,
     ("spamdetected", "policyviolation"), ANY),
]

# ---- OpenEMM bav.rule ----------------------------------------------------------------------------
EMM = ("OpenEMM (agnitas-org/openemm) backend/src/script/data/bav.rule, section [{}]; reply code, status and "
       "stage HAND-MADE")
EMM_HARD = [
    ("invalid-receiver-address", f"550 5.1.1 Invalid receiver address: {LEAD}", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("unknown-local-part", f"550 5.1.1 Unknown local part lead in <{LEAD}>", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("553-invalid-recipient-address", "553 5.1.1 Invalid recipient address", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("user-name-is-unknown", "550 5.1.1 User name is unknown", "5.1.1", "RCPT", True, ("userunknown",), R),
]
EMM_HARD_BARE = [
    ("no-such-recipient", "550 No such recipient", "5.0.0", "RCPT", True, ("userunknown",), R),
    # German: "This address is no longer available" (bav.rule [hard]).
    ("nicht-mehr-verfuegbar", "550 Diese Adresse ist nicht mehr verfuegbar.", "5.0.0", "RCPT", True,
     ("userunknown", "hasmoved"), R),
    ("receiver-not-found", "550 Receiver not found: lead", "5.0.0", "RCPT", True, ("userunknown",), R),
]
EMM_SOFT = [
    ("mailbox-voll", "552 5.2.2 Mailbox size exceeded - Mailbox voll", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    # German: "the user has exceeded the storage volume".
    ("speichervolumen", "552 Benutzer hat das Speichervolumen ueberschritten", "5.0.0", "RCPT", False,
     ("mailboxfull",), R),
    ("exceeds-allowed-size", f"552 User mailbox exceeds allowed size: {LEAD}", "5.0.0", "RCPT", False,
     ("mailboxfull",), R),
    ("disk-quota-mailbox", f"552 RCPT TO:<{LEAD}> Mailbox disk quota exceeded", "5.0.0", "RCPT", False,
     ("mailboxfull",), R),
]

# ---- Sympa's RFC 1893 equivalents (BounceMessage.pm %equiv; bounced.pl before it) ------------------
SYM = ("Sympa (sympa-community/sympa) src/lib/BounceMessage.pm %equiv: phrase -> 5.1.1 or 4.2.2; reply code, "
       "status and stage HAND-MADE")
SYMPA = [
    ("over-quota-try-later", "552 5.2.2 User is over the quota. You can try again later.", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("write-error-disk-quota", "550 5.2.2 write error to mailbox, disk quota exceeded", "5.2.2", "DATA", False,
     ("mailboxfull",), R),
]
SYMPA_BARE = [
    # French Exchange and Lotus Notes (Sympa: 5.1.1): no such recipient.
    ("nom-destinataire-non-reconnu", "550 Le nom du destinataire n'est pas reconnu", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("non-recense-carnet", "550 Utilisateur non recensé dans le carnet d'adresses public", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    # Sympa maps a bare "550" to 5.1.1 (hard); the words name no cause: soft.
    ("bare-550", "550 Requested action not taken", "5.0.0", "RCPT", False, (), ANY),
]

# ---- MailWizz's author's bounce-handler rules (twisted1919/bounce-handler rules.php) --------------
MW = ("twisted1919/bounce-handler BounceHandler/rules.php (MailWizz's author: regex -> hard/soft); reply code, "
      "status and stage HAND-MADE")
MAILWIZZ = [
    # MailWizz: HARD (/user path no exist/). A 4xx reply: temporary, a delay.
    ("450-user-path-no-exist", "450 user path no exist", "4.0.0", "RCPT", False, (), ANY),
    # MailWizz: HARD (/(account|...|mailbox|user).*disabled/). A 4.2.1 reply says temporarily.
    ("452-temporarily-disabled", f"452 4.2.1 mailbox temporarily disabled: {LEAD}", "4.2.1", "RCPT", False,
     ("suspend",), R),
    ("domain-map-lookup-failed", f"550 5.1.1 <{LEAD}>... email address lookup in domain map failed", "5.1.1",
     "RCPT", True, ("userunknown",), R),
    ("not-member-of-domain", f"550 5.1.1 User not a member of domain: <{LEAD}>", "5.1.1", "RCPT", True,
     ("userunknown",), R),
]
MAILWIZZ_BARE = [
    # MailWizz: HARD (/bounce.*administrator/). Names no cause: soft.
    ("bounced-by-administrator", "550 Message bounced by administrator", "5.0.0", "DATA", False, (), ANY),
]

ROWS = (both("civi-invalid", CIVI.format("Invalid", "1"), MX, LEAD, CIVI_INVALID)
        + rows_relayed("civi-invalid", CIVI.format("Invalid", "1"), MX, LEAD, CIVI_INVALID_BARE)
        + both("civi-inactive", CIVI.format("Inactive", "1"), MX, LEAD, CIVI_INACTIVE)
        + rows_relayed("civi-inactive", CIVI.format("Inactive", "1"), MX, LEAD, CIVI_INACTIVE_BARE)
        + both("civi-quota", CIVI.format("Quota", "3"), MX, LEAD, CIVI_QUOTA)
        + both("civi-host", CIVI.format("Host", "3"), MX, LEAD, CIVI_HOST)
        + both("civi-loop", CIVI.format("Loop", "3"), MX, LEAD, CIVI_LOOP)
        + both("civi-relay", CIVI.format("Relay / Dns", "3"), MX, LEAD, CIVI_RELAY)
        + both("civi-dns", CIVI.format("Dns", "3"), MX, LEAD, CIVI_DNS)
        + both("civi-spam", CIVI.format("Spam", "1"), MX, LEAD, CIVI_SPAM)
        + both("emm-hard", EMM.format("hard"), MX, LEAD, EMM_HARD)
        + rows_relayed("emm-hard", EMM.format("hard"), MX, LEAD, EMM_HARD_BARE)
        + both("emm-soft", EMM.format("soft"), MX, LEAD, EMM_SOFT)
        + both("sympa", SYM, MX, LEAD, SYMPA)
        + rows_relayed("sympa", SYM, MX, LEAD, SYMPA_BARE)
        + both("mailwizz", MW, MX, LEAD, MAILWIZZ)
        + rows_relayed("mailwizz", MW, MX, LEAD, MAILWIZZ_BARE)
        + MORE_ROWS)
