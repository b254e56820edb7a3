"""The hundred-and-fifth review: an ADVERSARIAL AUDIT of the mends of reviews 102 (lexicon_more.YOUR_BOX_OFF's
additions, box_theirs, said_of_others) and 104 (sender_words.NOT_SPEAKING's address clause, OPENING_YOURS's new reason
labels and German 'Ihre (E-Mail-)Adresse', lexicon.sender_refused's SENDER_MISSING guard).

1. Our own box said off in the new words (banned, spärrats/spærret/stengt, 您的帐户已被停用), and "your X's box" where
   X is no person (our organisation, our domain): ours, never the recipient's. German "Ihr Konto" after the greeting
   names the reader ("Sehr geehrter Herr Müller, Ihr Konto ..."): ours, not "her".
2. NOT_SPEAKING's address clause: the recipient's server saying OUR address (the original's From) is missing.
3. Reason labels before "Ihre Adresse" (ours) and before the recipient's own noun (theirs).
4. sender_refused: Postfix's sender verification quoting the probe's "Recipient address rejected: User unknown" about
   OUR address (ours), beside the recipient verification's own (theirs).
5. sender_refused's guard: a recipient-side word before OUR sender address said missing; a help line about lists.
6. box_theirs: the reader greeted as user / customer, a recipient's word before OUR account off.

Rows: (name, source, raw, expected), expected written from the words, the status and shared/classifier/taxonomy.md
BEFORE the classifier ran. All HAND-MADE (sources per section)."""

from __future__ import annotations

from tests.classifier.review_notices25 import ours_layouts, rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS = "sender@example.com"  # the From of review_notices25's relayed (Postfix) copy
OURS_QUOTED = "seller@example.com"  # ...and of its Gmail and Exchange Online copies
UNK = ("userunknown",)
HOST = ("hostunknown",)
NOT = (False, (), ANY)
MX = "mx.partner.example"


def three(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each reply; the final ones again as Gmail's and Exchange Online's notices quote them."""
    return rows_relayed(f"r105-{prefix}", source, MX, LEAD, entries) + rows_quoted(f"r105-{prefix}", source, MX,
                                                                                    LEAD, entries)


# ---- 1. Our own box off, in review 102's new words; "your X's" box of no person ------------------------------------
BOX = ("hand-made following Postfix access(5) 'REJECT text' / Exim ':fail: text' (an admin's own wording, review 69's "
       "layout) in the languages review 102 added to lexicon_more.YOUR_BOX_OFF; taxonomy: a refusal of OUR account "
       "is the sender's side, never hard; the recipient's box gone is userunknown, hard")
BOXES = [
    # Our account banned / blocked, under a careless 5.1.1: ours (soft).
    ("your-account-banned", "550 5.1.1 Your account has been banned", "5.1.1", "RCPT", False, (), S),
    ("sv-ditt-konto-sparrats", "550 5.1.1 Ditt konto har spärrats", "5.1.1", "RCPT", False, (), S),
    ("da-din-postkasse-spaerret", "550 5.1.1 Din postkasse er spærret", "5.1.1", "RCPT", False, (), S),
    ("no-din-konto-stengt", "550 5.1.1 Din konto er stengt", "5.1.1", "RCPT", False, (), S),
    ("zh-your-account-disabled", "550 5.1.1 您的帐户已被停用", "5.1.1", "RCPT", False, (), S),
    # "Your X's" box where X is our organisation or our domain, no person: still ours.
    ("your-organisation-account", "550 5.1.1 Your organisation's account has been suspended", "5.1.1", "RCPT",
     False, (), S),
    ("your-company-mailbox", "550 5.1.1 Your company's mailbox has been banned", "5.1.1", "RCPT", False, (), S),
    ("your-domain-account", "550 5.1.1 Your domain's account has been disabled", "5.1.1", "RCPT", False, (), S),
    # German: the greeting names the reader, "Ihr Konto" is "your account" (ours), not "her account".
    ("de-herr-ihr-konto", "550 5.1.1 Sehr geehrter Herr Meier, Ihr Konto wurde gesperrt", "5.1.1", "RCPT", False,
     (), S),
    ("de-frau-ihr-postfach", "550 5.1.1 Sehr geehrte Frau Meier, Ihr Postfach wurde deaktiviert", "5.1.1", "RCPT",
     False, (), S),
    # Our ADDRESS (not a box noun) said blocked under a careless 5.1.1: ours.
    ("your-address-blocked", "550 5.1.1 Your address has been blocked", "5.1.1", "RCPT", False, (), S),
    ("your-email-address-blocked", "550 5.1.1 Your e-mail address has been blocked", "5.1.1", "RCPT", False, (), S),
    ("de-ihre-adresse-gesperrt", "550 5.1.1 Ihre Adresse wurde gesperrt", "5.1.1", "RCPT", False, (), S),
    # Controls: the recipient's box gone (hard), "her mailbox" after a person who left, the recipient's own noun;
    # the address deleted after "your message to" (the reader's message to the recipient's address).
    ("c-your-message-to-address-deleted", "550 5.1.1 Your message to this address was refused: the address has been "
     "deleted", "5.1.1", "RCPT", True, UNK, R),
    ("c-de-herr-ihr-konto-nach-ausscheiden", "550 5.1.1 Herr Wagner ist ausgeschieden, sein Konto wurde gelöscht",
     "5.1.1", "RCPT", True, ANY, R),
    ("c-recipient-box-gone", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
     "table", "5.1.1", "RCPT", True, UNK, R),
    ("c-de-frau-ihr-postfach-geloescht", "550 5.1.1 Frau Schmidt ist nicht mehr bei uns, ihr Postfach wurde "
     "gelöscht", "5.1.1", "RCPT", True, ANY, R),
    ("c-sv-mottagaren-finns-inte", "550 5.1.1 Mottagaren finns inte", "5.1.1", "RCPT", True, UNK, R),
    # Temporary: our account blocked for a while, never hard.
    ("c-your-account-banned-4xx", "450 4.7.1 Your account has been banned for one hour", "4.7.1", "RCPT", *NOT),
]

# ---- 2. NOT_SPEAKING's address clause: OUR address said missing ---------------------------------------------------
SPEAK = ("hand-made following the greeting texts review 103 cites (Coremail's 退信提示, "
         "https://www.icoremail.vip/support/index.php?cate_id=84) and review 104's address clause; the address said "
         "missing is OUR sender's (the original's From in each layout): the sender's side, never the prospect's")
SPEAK_ROWS = [
    ("de-absender-server-adresse-ours", f"550 5.7.1 Sehr geehrter Absender, der Empfängerserver meldet: Adresse "
     f"{OURS} existiert nicht", "5.7.1", "RCPT", False, (), S),
    ("en-sender-server-address-ours", f"550 5.7.1 Dear sender, recipient server reports: address {OURS} does not "
     "exist", "5.7.1", "RCPT", False, (), S),
    ("de-absender-server-adresse-ours-511", f"550 5.1.1 Sehr geehrter Absender, der Empfängerserver meldet: Adresse "
     f"{OURS} existiert nicht", "5.1.1", "RCPT", False, (), S),
    # Controls: the lead's address (hard), as review 104 has them; the recipient missing with OUR address named only
    # in a role after it (the sender's, noted).
    ("c-user-unknown-sender-address-noted", f"550 5.1.1 User unknown (sender address {OURS})", "5.1.1", "RCPT", True,
     UNK, R),
    ("c-mailbox-unknown-your-address-logged", f"550 5.1.1 Mailbox unknown. Your address {OURS} has been logged",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-mailbox-unknown-from-address", f"550 5.1.1 Mailbox unknown; from address <{OURS}>", "5.1.1", "RCPT", True,
     UNK, R),
    ("c-de-empfaenger-unbekannt-absenderadresse", f"550 5.1.1 Empfänger unbekannt, Absender-Adresse {OURS}",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-de-absender-server-adresse-lead", f"550 5.1.1 Sehr geehrter Absender, der Empfängerserver meldet: Adresse "
     f"{LEAD} existiert nicht", "5.1.1", "RCPT", True, UNK, R),
    ("c-en-sender-server-address-lead", f"550 5.1.1 Dear sender, recipient server reports: address {LEAD} does "
     "not exist", "5.1.1", "RCPT", True, UNK, R),
]

# ---- 3. Reason labels before "Ihre Adresse" and before the recipient's noun -----------------------------------------
LABEL = ("hand-made following Postfix access(5) 'REJECT text' with a German/Spanish reason label (review 104's "
         "OPENING_YOURS labels); taxonomy: our address on a block list is the sender's side (blocked), never hard")
LABELS = [
    ("hinweis-ihre-adresse-sperrliste", "550 5.7.1 Hinweis: Ihre Adresse steht auf einer Sperrliste", "5.7.1",
     "RCPT", False, (), S),
    ("hinweis-ihre-adresse-511", "550 5.1.1 Hinweis: Ihre Adresse ist hier unbekannt", "5.1.1", "RCPT", False, (),
     S),
    ("hinweis-ihre-adresse-sperrliste-511", "550 5.1.1 Hinweis: Ihre Adresse steht auf einer Sperrliste", "5.1.1",
     "RCPT", False, (), S),
    ("ursache-ihre-domain-schwarze-liste", "550 5.1.1 Ursache: Ihre Domain steht auf der schwarzen Liste", "5.1.1",
     "RCPT", False, (), S),
    ("meldung-ihre-email-adresse", "550 5.1.1 Meldung: Ihre E-Mail-Adresse wurde gesperrt", "5.1.1", "RCPT", False,
     (), S),
    ("causa-su-dominio", "550 5.1.2 causa: su dominio no existe", "5.1.2", "RCPT", False, (), S),
    # Controls: the recipient's own noun after the label (hard); a list it is said not to be on.
    ("c-grund-ihre-adresse-des-empfaengers", "550 5.1.1 Grund: Ihre E-Mail-Adresse des Empfängers existiert nicht",
     "5.1.1", "RCPT", True, UNK, R),
    ("c-empfaenger-unbekannt-keiner-sperrliste", "550 5.1.1 Empfänger unbekannt (Ihre Adresse steht auf keiner "
     "Sperrliste)", "5.1.1", "RCPT", True, UNK, R),
    ("c-hinweis-empfaengeradresse", "550 5.1.1 Hinweis: Die Empfängeradresse existiert nicht", "5.1.1", "RCPT",
     True, UNK, R),
    ("c-causa-dominio-destinatario", "550 5.1.2 causa: el dominio del destinatario no existe", "5.1.2", "RCPT",
     True, HOST, R),
]

# ---- 4. sender_refused: Postfix's sender verification quoting the probe's user unknown ---------------------------
VERIFY = ("hand-made following postfix src/smtpd/smtpd_check.c (reject_unverified_sender / "
          "reject_unverified_recipient: '<%s>: Sender address rejected: undeliverable address: %s' and '<%s>: "
          "Recipient address rejected: undeliverable address: %s', the probe's own reply after it) and postconf(5) "
          "unverified_sender_reject_code (550 where the admin sets it)")
VERIFIES = [
    ("sender-verify-quotes-user-unknown", f"550 5.1.7 <{OURS}>: Sender address rejected: undeliverable address: "
     f"host mx.example.com[192.0.2.7] said: 550 5.1.1 <{OURS}>: Recipient address rejected: User unknown in local "
     "recipient table", "5.1.7", "RCPT", False, (), S),
    ("c-recipient-verify-user-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: "
     f"host mx2.partner.example[192.0.2.9] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
     "local recipient table", "5.1.1", "RCPT", True, UNK, R),
]



def ours_each(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """As `three`, OUR address in each layout being that layout's own From (the Postfix copy's, the others')."""
    return ours_layouts("r105", MX, LEAD, prefix, source, entries)


# ---- 6. box_theirs: "your" after a recipient's word or a person's noun that is no one else's ---------------------
THEIRS = ("hand-made following Postfix access(5) 'REJECT text' (an admin's own wording) and the account notices "
          "providers send their own users ('Sehr geehrter Kunde, Ihr Konto wurde gesperrt'); attack on review 102's "
          "lexicon_more.box_theirs: the reader greeted as user / customer, or a recipient's word naming the "
          "reader's message, before OUR account off")
THEIRS_ROWS = [
    ("de-geehrter-benutzer-ihr-konto", "550 5.1.1 Sehr geehrter Benutzer, Ihr Konto wurde gesperrt", "5.1.1",
     "RCPT", False, (), S),
    ("de-lieber-kunde-ihr-konto", "550 5.1.1 Lieber Kunde, Ihr Konto wurde deaktiviert", "5.1.1", "RCPT", False, (),
     S),
    ("en-recipient-refused-your-account", "550 5.1.1 Mail to the recipient refused: your account has been "
     "suspended", "5.1.1", "RCPT", False, (), S),
    ("en-recipient-verification-your-account", "550 5.1.1 Recipient verification failed because your account has "
     "been disabled", "5.1.1", "RCPT", False, (), S),
    # Controls: the recipient's box off after the recipient named (hard), a person who left (hard).
    ("c-recipient-your-contacts-box", "550 5.1.1 The recipient you wrote to is gone, your contact's mailbox has been "
     "deleted", "5.1.1", "RCPT", True, ANY, R),
    ("c-de-mitarbeiterin-ihr-postfach", "550 5.1.1 Die Mitarbeiterin ist ausgeschieden, ihr Postfach wurde gelöscht",
     "5.1.1", "RCPT", True, ANY, R),
]

# ---- 5. SENDER_MISSING after a recipient's word; a help line about lists after the recipient missing ---------------
MISSING = ("hand-made following lexicon_more.SENDER_MISSING's wordings (review 103) and Postfix's smtpd_reject_footer "
           "help text (postconf(5)); attack on review 104's guard in lexicon.sender_refused (the recipient said "
           "missing earlier): a recipient-side word before OUR sender address said missing is no recipient missing")
MISSINGS = [
    ("mailbox-unavailable-your-sender", "553 5.1.8 Mailbox unavailable: your sender address does not exist", "5.1.8",
     "RCPT", False, (), S),
    ("es-usuario-desconocido-su-remitente", "550 5.7.1 Usuario desconocido: su dirección de remitente no existe",
     "5.7.1", "RCPT", False, (), S),
    # Controls: the recipient missing, then a help line saying our address is on no list (hard).
    ("c-user-unknown-not-on-list", "550 5.1.1 User unknown. Note: your address is not on any block list", "5.1.1",
     "RCPT", True, UNK, R),
    ("c-recipient-missing-your-sender-ok", f"550 5.1.1 <{LEAD}>: recipient does not exist; your sender address was "
     "accepted", "5.1.1", "RCPT", True, UNK, R),
]

ROWS = (three("box", BOX, BOXES) + three("theirs", THEIRS, THEIRS_ROWS) + three("missing", MISSING, MISSINGS)
        + ours_each("speak", SPEAK, SPEAK_ROWS) + three("label", LABEL, LABELS)
        + three("verify", VERIFY, VERIFIES))
