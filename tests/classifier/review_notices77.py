"""The seventy-seventh review: an adversarial audit of the hard-side wordings review 76 added
(rule_wordings' "no e-mail address registered" and "user x not known at this site", lexicon_more's
French Exchange / Lotus Notes no-such-recipient, departures' German "Adresse / Postfach ist nicht mehr
verfügbar"). A false hard unenrolls a real prospect, so most rows are the same words in other senses:
said of OUR sender (at MAIL FROM, "your"/"Ihr"/"dein" mailbox, a sending or authenticated user), of a
host, client or relay, of a command or certificate, of a server's storage (a quota), in a 4xx or a
delay, in a sign-up or list notice that is no bounce, in an auto-reply, and only inside the returned
original. Then the true readings in other layouts (Exim's own, LMTP, Gmail's DSN, Exchange's NDR), and
briefly the soft-side reasons review 76 changed.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran (review_check.py). All notices HAND-MADE with
the builders of tests/classifier/notices.py and the review layouts; test_review_notices77.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own
from tests.classifier.review_notices25 import rows_relayed
from tests.classifier.review_notices34_layouts import mail
from tests.classifier.review_notices42_layouts import exim_own
from tests.classifier.review_notices47_layouts import PF_LMTP, lmtp
from tests.classifier.review_notices56_more import GENERIC, auto_reply, with_original

R, S, ANY = "recipient", "sender", ""
SELLER = "seller@example.com"
MX = "mx.example.org"
A76 = ("review 76's hard wordings (CiviCRM civicrm_mailing_bounce_pattern Invalid 'no e-?mail address "
       "registered', 'user .+? not known at this site'; OpenEMM bav.rule [hard] 'Diese Adresse ist nicht mehr "
       "verfuegbar'; Sympa BounceMessage.pm %equiv French Exchange / Lotus Notes) said of something else; "
       "reply HAND-MADE in Postfix bounce(8)'s report of a remote reply (src/smtp/smtp_proto.c 'host %s said: %s "
       "(in reply to %s command)')")
POSTMASTER = "RFC 5321 s4.2 / s3.3 (a reply to MAIL FROM is about the envelope sender) and taxonomy s7 (scope sender)"

# ---- "No e-mail address registered" ------------------------------------------------------------------
# (name, reply, status, command, hard, reasons, scope)
REGISTERED = [
    # Our sender at MAIL FROM (a receiver that checks the sender has an account with it).
    ("registered-mail-from-553", f"553 5.7.1 Sender address rejected: no e-mail address registered for {SELLER}",
     "5.7.1", "MAIL", False, (), S),
    ("registered-your-address", "550 5.7.1 Your address is not authorised: no e-mail address registered for your "
     "domain example.com", "5.7.1", "MAIL", False, (), S),
    # A directory lookup that failed for now: retried.
    ("registered-451-lookup", "451 4.3.0 Directory lookup failed: no e-mail address registered yet, try again later",
     "4.3.0", "RCPT", False, (), ANY),
]

# ---- "not known at this site" -------------------------------------------------------------------------
NOT_KNOWN = [
    # Our sending / authenticated user (the guard knows only "sender " and "from " right before "user").
    ("nkas-sending-user", f"550 5.7.1 Sending user {SELLER} not known at this site", "5.7.1", "MAIL", False, (), S),
    ("nkas-authenticated-user", f"550 5.7.1 Authenticated user {SELLER} not known at this site", "5.7.1", "MAIL",
     False, (), S),
    ("nkas-your-user", f"553 5.7.1 Your user {SELLER} not known at this site", "5.7.1", "MAIL", False, (), S),
    ("nkas-envelope-sender-user", f"550 5.1.8 Envelope sender user {SELLER} not known at this site", "5.1.8", "MAIL",
     False, ("rejected",), S),
    # A host, client or relay not known: the sending side, the connection (blocked / norelaying).
    ("nkas-host-helo", "550 5.7.1 Host mail.example.com not known at this site", "5.7.1", "EHLO", False, (), ANY),
    ("nkas-client-relay", "554 5.7.1 Client host 192.0.2.7 not known at this site, relaying denied", "5.7.1", "RCPT",
     False, ("norelaying", "blocked"), ANY),
    ("nkas-relay-not-known", "550 5.7.1 Relay not known at this site", "5.7.1", "RCPT", False,
     ("norelaying", "blocked", "securityerror"), ANY),
    # A 4xx: the directory will be asked again.
    ("nkas-450-directory", f"450 4.1.1 Recipient {LEAD} not known at this site (directory temporarily "
     "unavailable)", "4.1.1", "RCPT", False, (), ANY),
]

# ---- French ("n'est pas reconnu", "non recensé dans le carnet d'adresses public") --------------------
FRENCH = [
    ("fr-commande-non-reconnue", "500 5.5.1 La commande n'est pas reconnue", "5.5.1", "DATA", False,
     ("syntaxerror",), ANY),
    ("fr-certificat-expediteur", "554 5.7.1 Le certificat de l'expéditeur n'est pas reconnu", "5.7.1", "MAIL",
     False, (), ANY),
    ("fr-nom-expediteur", "550 5.7.1 Le nom de l'expéditeur n'est pas reconnu", "5.7.1", "MAIL", False, (), S),
    # Domino's French router, had its directory check been of our sender (the MAIL FROM stage says whose).
    ("fr-expediteur-non-recense", "550 5.7.1 Expéditeur non recensé dans le carnet d'adresses public", "5.7.1",
     "MAIL", False, (), S),
    ("fr-non-recense-450", "450 4.4.3 Utilisateur non recensé dans le carnet d'adresses public (annuaire "
     "temporairement indisponible)", "4.4.3", "RCPT", False, (), ANY),
]

# ---- German "Adresse / Postfach ist nicht mehr verfügbar" ---------------------------------------------
GERMAN = [
    # Formal "your mailbox" (Ihr; the guard knows Ihre and deine) and informal "dein": our sender at MAIL FROM.
    ("de-ihr-postfach-mail", "550 5.7.1 Ihr Postfach ist nicht mehr verfügbar", "5.7.1", "MAIL", False, (), S),
    ("de-dein-postfach-mail", "550 5.7.1 Dein Postfach ist nicht mehr verfügbar", "5.7.1", "MAIL", False, (), S),
    ("de-absender-adresse", "553 5.7.1 Die Absender-Adresse ist nicht mehr verfügbar", "5.7.1", "MAIL", False, (), S),
    ("de-ihre-mailadresse", "550 5.7.1 Ihre Mailadresse ist nicht mehr verfügbar", "5.7.1", "MAIL", False, (), S),
    ("de-absenderadresse-rcpt", "550 5.7.1 Die Absenderadresse ist nicht mehr verfügbar", "5.7.1", "RCPT", False, (),
     ANY),
    # The mailbox's storage, not the mailbox: a quota.
    ("de-speicherplatz-postfach", "552 5.2.2 Der Speicherplatz im Postfach ist nicht mehr verfügbar", "5.2.2", "RCPT",
     False, ("mailboxfull",), R),
    ("de-speicherplatz-5-0-0", "552 Der freie Speicherplatz im Postfach ist nicht mehr verfügbar", "5.0.0", "DATA",
     False, ("mailboxfull",), ANY),
    # A server's address, a web interface, a feature: no mailbox is gone.
    ("de-server-adresse", "550 5.3.0 Die Server-Adresse ist nicht mehr verfügbar", "5.3.0", "RCPT", False, (), ANY),
    ("de-smarthost-adresse", "554 5.4.0 Die Smarthost-Adresse ist nicht mehr verfügbar", "5.4.0", "CONN", False, (),
     ANY),
    ("de-adresse-des-servers", "550 5.3.0 Die Adresse des Servers ist nicht mehr verfügbar", "5.3.0", "RCPT", False,
     (), ANY),
    ("de-postfach-webinterface", "550 5.3.0 Das Postfach-Webinterface ist nicht mehr verfügbar", "5.3.0", "RCPT",
     False, (), ANY),
    ("de-funktion", "550 5.3.0 Diese Funktion ist nicht mehr verfügbar", "5.3.0", "DATA", False, (), ANY),
    # For now: "vorübergehend", "derzeit", a 4xx.
    ("de-voruebergehend", "550 Das Postfach ist vorübergehend nicht verfügbar", "5.0.0", "RCPT", False, (), ANY),
    ("de-derzeit-421", "450 4.2.1 Das Postfach ist derzeit nicht verfügbar", "4.2.1", "RCPT", False, (), ANY),
    ("de-adresse-450", "450 4.2.0 Die Adresse ist nicht mehr verfügbar, bitte später erneut versuchen", "4.2.0",
     "RCPT", False, (), ANY),
]

# ---- our sender refused at RCPT TO: Postfix's smtpd_delay_reject=yes (the default, postconf(5)) answers a
# sender restriction at RCPT, after the recipient is named; the words, not the stage, say whose.
AT_RCPT = [
    ("rcpt-sender-registered", f"554 5.7.1 <{SELLER}>: Sender address rejected: no e-mail address registered for "
     f"{SELLER}", "5.7.1", "RCPT", False, ("rejected",), S),
    ("rcpt-sending-user", f"550 5.7.1 Sending user {SELLER} not known at this site", "5.7.1", "RCPT", False, (), S),
    ("rcpt-your-user", f"553 5.7.1 Your user {SELLER} not known at this site", "5.7.1", "RCPT", False, (), S),
    ("rcpt-ihr-postfach", "550 5.7.1 Ihr Postfach ist nicht mehr verfügbar", "5.7.1", "RCPT", False, (), S),
    ("rcpt-dein-postfach", "550 5.7.1 Dein Postfach ist nicht mehr verfügbar", "5.7.1", "RCPT", False, (), S),
    ("rcpt-absender-adresse", "553 5.7.1 Die Absender-Adresse ist nicht mehr verfügbar", "5.7.1", "RCPT", False, (),
     S),
    ("rcpt-expediteur-non-recense", "550 5.7.1 Expéditeur non recensé dans le carnet d'adresses public", "5.7.1",
     "RCPT", False, (), S),
]

# ---- soft-side reasons review 76 changed (brief) ------------------------------------------------------
SOFT = [
    ("soft-server-not-able-more-mail", "452 4.3.1 Insufficient system storage: the server is not able to receive "
     "more mail right now", "4.3.1", "RCPT", False, ("systemfull",), ANY),
    ("soft-relayed-mail-not-allowed", f"550 5.7.1 Relayed mail to {LEAD} not allowed", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    ("soft-user-configured-filter", "550 5.7.1 Message blocked by a user configured filter", "5.7.1", "DATA", False,
     ("filtered",), ANY),
    ("soft-attachment-blocking", "554 5.7.1 Rejected by attachment blocking filter", "5.7.1", "DATA", False,
     ("policyviolation",), ANY),
    ("soft-looks-suspicious", "554 5.7.1 Message looks suspicious", "5.7.1", "DATA", False, ("spamdetected",), ANY),
]

# ---- true readings in other layouts --------------------------------------------------------------------
EXIM = "Exim src/deliver.c (its own bounce after a local router or verification refused the address)"
GMAIL = "shared/api/gmail.md s9 (Gmail's own DSN quoting the remote reply)"
EXO = ("Exchange Online NDR anatomy ('Email non-delivery reports and SMTP errors in Exchange Online'); Microsoft "
       "KB Q168557 / KB 258678: Exchange's 'The recipient name is not recognized' for a recipient or domain that "
       "does not exist")
_GM_BODY = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            "The response was:\n\n")
_EXO_BODY = f"Your message to {LEAD} couldn't be delivered.\n\n{LEAD} wasn't found at example.org."
HARD_UU = [(LEAD, True, ("userunknown",), R, False)]
TRUE_ROWS = [
    ("true-exim-not-known", EXIM, exim_own("r77-exim-nkas", f"user {LEAD} not known at this site", LEAD),
     HARD_UU),
    ("true-lmtp-not-known", PF_LMTP, lmtp(f"550 5.1.1 User {LEAD} not known at this site", status="5.1.1",
     command="RCPT"), HARD_UU),
    ("true-gmail-registered", GMAIL, gmail_own(f"550 No e-mail address registered for {LEAD}", status="5.0.0",
     heading="Address not found", body=_GM_BODY + f"550 No e-mail address registered for {LEAD}", remote=MX),
     HARD_UU),
    ("true-exo-nom-destinataire", EXO, exchange_own("550 5.1.1 Le nom du destinataire n'est pas reconnu",
     status="5.1.1", body=_EXO_BODY), HARD_UU),
    # Review 76's German words quoted by Gmail's DSN and Exchange's NDR: a server's address, a quota.
    ("gmail-server-adresse", GMAIL, gmail_own("550 5.3.0 Die Server-Adresse ist nicht mehr verfügbar", status="5.3.0",
     heading="Message not delivered", body=_GM_BODY + "550 5.3.0 Die Server-Adresse ist nicht mehr verfügbar",
     remote=MX), [(LEAD, False, (), ANY, False)]),
    ("exo-speicherplatz", EXO, exchange_own("552 5.2.2 Der Speicherplatz im Postfach ist nicht mehr verfügbar",
     status="5.2.2", body=_EXO_BODY), [(LEAD, False, ("mailboxfull",), R, False)]),
    ("true-exo-recipient-name-en", EXO, exchange_own("550 5.1.1 The recipient name is not recognized",
     status="5.1.1", body=_EXO_BODY), [(LEAD, True, ("userunknown", "hostunknown"), R, False)]),
]
TRUE_RELAYED = [
    ("true-diese-email-adresse", "550 Diese E-Mail-Adresse ist nicht mehr verfügbar", "5.0.0", "RCPT", True,
     ("userunknown", "hasmoved"), R),
    ("true-mail-adresse", "550 Die Mail-Adresse ist nicht mehr verfügbar", "5.0.0", "RCPT", True,
     ("userunknown", "hasmoved"), R),
    # Lowercase "ihre" mid-sentence is HER address (the recipient's), not "Ihre" (your): still gone.
    ("true-de-her-address", f"550 {LEAD}: Frau Lead ist ausgeschieden, ihre Adresse ist nicht mehr verfügbar",
     "5.0.0", "RCPT", True, ("userunknown", "hasmoved"), R),
]

# ---- not a bounce, or the words only in the returned original -------------------------------------
LIST = ("taxonomy s5 (ordinary mail is no bounce): a list manager's or web shop's answer to a request, with no "
        "report, no Auto-Submitted bounce layout and no failed recipient")
OOF = "RFC 3834 (Auto-Submitted: auto-replied) and taxonomy s5: an auto-reply is no bounce"
QUOTED = "RFC 3464 s2 (the diagnosis is the report's; the returned original's body is the sender's text)"
SOFT_GENERIC = [(LEAD, False, (), ANY, False)]
NOT_BOUNCES = [
    ("list-unsubscribe-not-registered", LIST, mail("Newsletter <newsletter@partner.example>", "Your unsubscribe "
     "request", f"Hello,\n\nwe could not process your request: no e-mail address registered for {SELLER} on our "
     "list.\nTo sign up, visit https://partner.example/newsletter."), []),
    ("shop-password-reset", LIST, mail("Shop <noreply@shop.example>", "Password reset", "We received a password "
     "reset request, but there is no e-mail address registered for this account. Please contact support."), []),
    ("oof-helpdesk-fr", OOF, auto_reply("r77-helpdesk-fr", "Votre demande a bien été reçue. Remarque : si le nom du "
     "destinataire n'est pas reconnu par notre annuaire, votre message sera transmis à l'accueil."), []),
    ("oof-de-neue-adresse", OOF, auto_reply("r77-oof-de", "Vielen Dank für Ihre Nachricht. Meine alte Adresse ist "
     "nicht mehr verfügbar ab Januar; ich bin bis 14. Dezember im Urlaub."), []),
]
QUOTED_ROWS = [
    (f"quoted-{name}", QUOTED, with_original(GENERIC, "5.7.1", "DATA", body), SOFT_GENERIC)
    for name, body in (
        ("registered", "Your form said: no e-mail address registered for lead@example.org. Can you check?"),
        ("not-known", "Our old server answered 'user lead@example.org not known at this site' last year."),
        ("nom-destinataire", "Le serveur a répondu : le nom du destinataire n'est pas reconnu."),
        ("non-recense", "Domino disait : utilisateur non recensé dans le carnet d'adresses public."),
        ("nicht-mehr-verfuegbar", "Meine alte Adresse ist nicht mehr verfügbar, bitte nutzen Sie diese."),
    )
]

ROWS = (rows_relayed("r77", A76, MX, LEAD, REGISTERED + NOT_KNOWN + FRENCH + GERMAN + AT_RCPT
                                     + TRUE_RELAYED)
        + rows_relayed("r77", A76 + "; review 76's soft-side reasons", MX, LEAD, SOFT)
        + TRUE_ROWS + NOT_BOUNCES + QUOTED_ROWS)
