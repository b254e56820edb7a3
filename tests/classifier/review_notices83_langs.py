"""Review 83, part 3: review 79's either/or ("User unknown or disabled", "mailbox inactive or does not exist":
suspend, soft; the server cannot tell which, and a false hard unenrolls a prospect whose mailbox is only
disabled) said in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish. The words are the
idiom these languages' software uses for "does not exist or is disabled" (de "existiert nicht oder ist
deaktiviert", fr "n'existe pas ou est désactivé": an LDAP check's "Benutzer existiert nicht oder ist
deaktiviert", a login's "l'utilisateur n'existe pas ou est désactivé"), put in a mail server's reply by hand.
Controls: the absence alone stays hard; the state alone stays suspend; the same words about OUR account
(at MAIL FROM, or "your account" at RCPT) are the sender's. Entries (name, reply, status, command, hard,
reasons, scope) in review_notices25's layouts (our relay's report; Gmail's and Exchange Online's quoting)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S = "recipient", "sender"
LEAD = "lead@partner.example"
MX = "mx.partner.example"
SUS, UNK = ("suspend",), ("userunknown",)
EITHER = ("hand-made: review 79's either/or (tests/classifier/review_notices79.py 'unknown-or-disabled') in the "
          "language's own idiom for 'does not exist or is disabled'")
ALONE = "hand-made control: the absence alone (no state offered beside it), as review 79's hard controls"
STATE = "hand-made control: the disabled state alone (suspend, soft)"
OURS = ("hand-made control: the same words about OUR account (Postfix smtpd_delay_reject / a sender check at MAIL "
        "FROM; 'your account' said to our client)")

_EITHER_TEXTS = [
    ("en-does-not-exist-or-disabled", "Mailbox does not exist or is disabled"),
    ("de-existiert-nicht-oder-deaktiviert", "Das Postfach existiert nicht oder ist deaktiviert"),
    ("de-unbekannt-oder-gesperrt", "Empfänger unbekannt oder gesperrt"),
    ("fr-n-existe-pas-ou-desactive", "La boîte aux lettres n'existe pas ou est désactivée"),
    ("fr-inconnu-ou-desactive", "Destinataire inconnu ou désactivé"),
    ("es-no-existe-o-desactivado", "El buzón no existe o está desactivado"),
    ("es-desconocido-o-desactivado", "Usuario desconocido o desactivado"),
    ("it-non-esiste-o-disattivata", "La casella non esiste o è disattivata"),
    ("pt-nao-existe-ou-desativada", "A caixa postal não existe ou está desativada"),
    ("nl-bestaat-niet-of-uitgeschakeld", "Het postvak bestaat niet of is uitgeschakeld"),
    ("pl-nie-istnieje-lub-wylaczona", "Skrzynka nie istnieje lub jest wyłączona"),
    ("sv-finns-inte-eller-inaktiverad", "Brevlådan finns inte eller är inaktiverad"),
    ("de-gesperrt-oder-existiert-nicht", "Postfach gesperrt oder existiert nicht"),
]
EITHER_ROWS = [(f"{name}-{st}", f"550 {st} {text}", st, "RCPT", False, SUS, R)
               for name, text in _EITHER_TEXTS for st in ("5.1.1", "5.2.1")]

ALONE_ROWS = [
    ("de-existiert-nicht", "550 5.1.1 Das Postfach existiert nicht", "5.1.1", "RCPT", True, UNK, R),
    ("fr-n-existe-pas", "550 5.1.1 La boîte aux lettres n'existe pas", "5.1.1", "RCPT", True, UNK, R),
    ("es-usuario-desconocido", "550 5.1.1 Usuario desconocido", "5.1.1", "RCPT", True, UNK, R),
    ("pl-nie-istnieje", "550 5.1.1 Skrzynka nie istnieje", "5.1.1", "RCPT", True, UNK, R),
    # Two states offered, the absence said alone first (review 79's "No such user: account disabled or deleted").
    ("es-no-existe-desactivado-o-borrado", "550 5.1.1 El usuario no existe: cuenta desactivada o borrada", "5.1.1",
     "RCPT", True, UNK, R),
]
# Written after the mends, expectations before running: more absences alone (hard) and the either/or for now.
ALONE_ROWS += [
    ("de-benutzer-unbekannt", "550 5.1.1 Benutzer unbekannt", "5.1.1", "RCPT", True, UNK, R),
    ("fr-destinataire-inconnu", "550 5.1.1 Destinataire inconnu", "5.1.1", "RCPT", True, UNK, R),
    ("nl-bestaat-niet", "550 5.1.1 Het postvak bestaat niet", "5.1.1", "RCPT", True, UNK, R),
    ("sv-finns-inte", "550 5.1.1 Brevlådan finns inte", "5.1.1", "RCPT", True, UNK, R),
    ("es-desconocido-o-desactivado-for-now", "450 4.1.1 Usuario desconocido o desactivado", "4.1.1", "RCPT", False,
     (), R),
]
STATE_ROWS = [
    ("de-postfach-deaktiviert", "550 5.2.1 Das Postfach ist deaktiviert", "5.2.1", "RCPT", False, SUS, R),
    ("fr-boite-desactivee", "550 5.2.1 La boîte aux lettres est désactivée", "5.2.1", "RCPT", False, SUS, R),
    ("it-casella-disattivata", "550 5.2.1 La casella è disattivata", "5.2.1", "RCPT", False, SUS, R),
]
STATE_ROWS += [
    # "your recipient", "Ihr Empfänger": the recipient's account, said to us (severity._BY_RECIPIENT).
    ("en-your-recipients-account-disabled", "550 5.2.1 Your recipient's account is disabled", "5.2.1", "RCPT", False,
     SUS, R),
    ("de-ihr-empfaenger-postfach-deaktiviert", "550 5.2.1 Das Postfach Ihres Empfängers ist deaktiviert", "5.2.1",
     "RCPT", False, SUS, R),
    ("fr-votre-correspondant-compte-desactive", "550 5.2.1 Votre correspondant : compte désactivé", "5.2.1", "RCPT",
     False, SUS, R),
]
OUR_ROWS = [
    ("de-ihr-konto-mail-from", "553 5.1.1 <seller@example.com>: Absenderadresse abgelehnt: Ihr Konto existiert nicht "
     "oder ist deaktiviert", "5.1.1", "MAIL", False, (), S),
    ("fr-votre-compte-mail-from", "553 5.1.1 Votre compte n'existe pas ou est désactivé", "5.1.1", "MAIL", False, (),
     S),
    ("fr-votre-compte-rcpt", "550 5.7.1 Votre compte n'existe pas ou est désactivé", "5.7.1", "RCPT", False, (), S),
    ("de-ihr-konto-rcpt", "550 5.7.1 Ihr Konto existiert nicht oder ist deaktiviert", "5.7.1", "RCPT", False, (), S),
    ("en-your-account-suspended-spam", "550 5.7.1 Your account has been suspended for sending spam", "5.7.1", "RCPT",
     False, (), S),
]

_QUOTED = {"de-existiert-nicht-oder-deaktiviert-5.1.1", "fr-n-existe-pas-ou-desactive-5.1.1",
           "es-desconocido-o-desactivado-5.1.1", "pl-nie-istnieje-lub-wylaczona-5.1.1"}
LANG_ROWS = (rows_relayed("either", EITHER, MX, LEAD, EITHER_ROWS) + rows_relayed("alone", ALONE, MX, LEAD, ALONE_ROWS)
             + rows_relayed("state", STATE, MX, LEAD, STATE_ROWS) + rows_relayed("ours", OURS, MX, LEAD, OUR_ROWS)
             + rows_quoted("either", EITHER, MX, LEAD, [e for e in EITHER_ROWS if e[0] in _QUOTED]))
