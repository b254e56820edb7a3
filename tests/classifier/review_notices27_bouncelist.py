"""The twenty-seventh review's third table (tests/classifier/review_notices27.py explains the review):
the phrase list of eNichers/node-bounce-handler lib/responses.js (its `bounceTags.hard` list and the
commented `bouncelist` it keeps beside it, phrase -> RFC 3463 code, a port of the classic PHP
BounceHandler's list; code only, never its fixtures), read as an outside opinion. Each phrase not
already given by BounceParser's, PHPMailer-BMH's or Sisimai's tables was completed by hand into the
shortest whole reply a server sends with it. The list calls many soft causes hard ("Excessive userid
unknowns", "Recipient not allowed", "account is unavailable"); each expectation is this project's
taxonomy's reading of the words, not the list's code. All HAND-MADE; same fields as
review_notices27.REPLIES."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
UNK = ("userunknown",)
SUSP = ("suspend",)
SPAM = ("spamdetected",)
NBH = ("node-bounce-handler lib/responses.js (eNichers/node-bounce-handler, after the PHP BounceHandler's "
       "bouncelist) '{}' as outside opinion (reply line written by hand)")


def _r(name: str, phrase: str, reply: str, status: str, command: str | None, reasons: tuple, hard: bool,
       scope: str | None) -> tuple:
    return (f"nbh-{name}", NBH.format(phrase), reply, status, command, reasons, hard, scope)


# (name, source, reply, status, SMTP command, reasons it may read as, hard, scope)
NBH_REPLIES = [
    _r("excessive-userid-unknowns", "Excessive userid unknowns", "550 5.7.1 Excessive userid unknowns", "5.7.1",
       "RCPT", ("blocked", "speeding", "policyviolation", "securityerror"), False, ANY),
    _r("destin-sconosciuto", "destin. Sconosciuto", "550 <lead@example.org>: destin. Sconosciuto", "5.0.0",
       "RCPT", UNK, True, R),
    _r("destinatario-errato", "Destinatario errato", "550 Destinatario errato", "5.0.0", "RCPT", UNK, True, R),
    _r("sconosciuto-o-disattivata", "Destinatario sconosciuto o mailbox disatttivata",
       "550 5.2.1 Destinatario sconosciuto o mailbox disattivata", "5.2.1", "RCPT", SUSP, False, R),
    _r("unbekannt-oder-deaktiviert", "Adressat unbekannt oder Mailbox deaktiviert",
       "550 5.2.1 Adressat unbekannt oder Mailbox deaktiviert", "5.2.1", "RCPT", SUSP, False, R),
    _r("inconnu-ou-desactivee", "Destinataire inconnu ou boite aux lettres desactivee",
       "550 5.2.1 Destinataire inconnu ou boite aux lettres desactivee", "5.2.1", "RCPT", SUSP, False, R),
    _r("indirizzo-inesistente", "Indirizzo inesistente", "550 Indirizzo inesistente", "5.0.0", "RCPT", UNK,
       True, R),
    _r("nie-ma-takiego-konta", "Nie ma takiego konta", "550 Nie ma takiego konta", "5.0.0", "RCPT", UNK, True,
       R),
    _r("konto-nie-istnieje", "nie istnieje", "550 Konto lead@example.org nie istnieje", "5.0.0", "RCPT", UNK,
       True, R),
    _r("no-one-with-that-address", "No one with that email address here",
       "550 No one with that email address here", "5.0.0", "RCPT", UNK, True, R),
    _r("no-such-mail-drop", "No such mail drop defined", "550 No such mail drop defined", "5.0.0", "RCPT",
       UNK, True, R),
    _r("no-such-person", "No such person at this address", "550 No such person at this address", "5.0.0",
       "RCPT", UNK, True, R),
    _r("not-known-to-this-system", "This email address is not known to this system",
       "550 This email address is not known to this system", "5.0.0", "RCPT", UNK, True, R),
    _r("unknown-virtual-user", "Invalid or unknown virtual user",
       "550 Invalid or unknown virtual user lead@example.org", "5.0.0", "RCPT", UNK, True, R),
    _r("doesnt-exist-in-this-server", "User doesn't exist in this server",
       "550 User doesn't exist in this server", "5.0.0", "RCPT", UNK, True, R),
    _r("recipient-not-allowed", "Recipient not allowed", "550 5.7.1 Recipient not allowed", "5.7.1", "RCPT",
       ("filtered", "policyviolation", "securityerror", "norelaying"), False, ANY),
    _r("account-is-unavailable", "account is unavailable", "550 This account is unavailable", "5.0.0", "RCPT",
       (), False, R),
    _r("no-longer-an-employee", "no longer an employee",
       "550 lead@example.org is no longer an employee of Example Corp", "5.0.0", "RCPT",
       ("userunknown", "hasmoved"), True, R),
    _r("old-address-no-longer-valid", "Old address no longer valid", "550 5.1.6 Old address no longer valid",
       "5.1.6", "RCPT", ("hasmoved", "userunknown"), True, R),
    _r("mailbox-currently-suspended", "Mailbox currently suspended", "550 Mailbox currently suspended",
       "5.0.0", "RCPT", SUSP, False, R),
    _r("not-currently-being-accepted", "mail is not currently being accepted for this mailbox",
       "550 mail is not currently being accepted for this mailbox", "5.0.0", "RCPT", SUSP, False, R),
    _r("estado-inactivo", "El usuario esta en estado: inactivo", "550 El usuario esta en estado: inactivo",
       "5.0.0", "RCPT", SUSP, False, R),
    _r("disabled-for-this-recipient", "Mailbox disabled for this recipient",
       "550 5.2.1 Mailbox disabled for this recipient", "5.2.1", "RCPT", SUSP, False, R),
    _r("blocked-due-to-inactivity", "mailbox has been blocked due to inactivity",
       "550 This mailbox has been blocked due to inactivity", "5.0.0", "RCPT", SUSP, False, R),
    _r("locked-or-suspended", "Mailbox Locked or Suspended", "550 Mailbox Locked or Suspended", "5.0.0",
       "RCPT", SUSP, False, R),
    _r("zablokowane-lub-nieaktywne", "Podane konto jest zablokowane administracyjnie lub nieaktywne",
       "550 Podane konto jest zablokowane administracyjnie lub nieaktywne", "5.0.0", "RCPT", SUSP, False, R),
    _r("bloccato-per-inutilizzo", "Questo indirizzo e' bloccato per inutilizzo",
       "550 Questo indirizzo e' bloccato per inutilizzo", "5.0.0", "RCPT", SUSP, False, R),
    _r("recipient-mailbox-was-disabled", "Recipient mailbox was disabled", "550 Recipient mailbox was disabled",
       "5.0.0", "RCPT", SUSP, False, R),
    _r("expirado-por-falta-de-uso", "Esta casilla ha expirado por falta de uso",
       "550 Esta casilla ha expirado por falta de uso", "5.0.0", "RCPT", SUSP, False, R),
    _r("may-not-exist", "The account or domain may not exist",
       "550 Mail can not be delivered. The account or domain may not exist", "5.0.0", "RCPT", (), False, ANY),
    _r("unable-to-validate-recipient", "Administrative prohibition - unable to validate recipient",
       "550 Administrative prohibition - unable to validate recipient", "5.0.0", "RCPT", (), False, ANY),
    _r("too-many-bounces", "Domain has received too many bounces",
       "550 5.7.1 Domain has received too many bounces", "5.7.1", "MAIL", ("rejected", "blocked", "policyviolation"),
       False, S),
    _r("dynamic-ip-denied", "dial-up or dynamic-ip denied", "550 5.7.1 dial-up or dynamic-ip denied", "5.7.1",
       "RCPT", ("blocked",), False, S),
    _r("refused-due-to-abuse", "Connection refused due to abuse", "554 Connection refused due to abuse",
       "5.7.1", "CONN", ("blocked",), False, S),
    _r("too-many-spams-from-ip", "Too many spams from your IP", "550 5.7.1 Too many spams from your IP",
       "5.7.1", "RCPT", ("blocked",), False, S),
    _r("not-allowed-from-location", "not allowed access from your location",
       "554 5.7.1 You are not allowed access from your location", "5.7.1", "CONN", ("blocked",), False, S),
    _r("odrzucona-antyspamowy", "Wiadomosc zostala odrzucona przez system antyspamowy",
       "550 Wiadomosc zostala odrzucona przez system antyspamowy", "5.7.1", "DATA", SPAM, False, ANY),
    _r("declared-spam", "Your message was declared Spam", "550 5.7.1 Your message was declared Spam", "5.7.1",
       "DATA", SPAM, False, ANY),
    _r("spam-message-discarded", "spam message discarded", "550 5.7.1 spam message discarded", "5.7.1", "DATA",
       SPAM, False, ANY),
    _r("does-not-comply-standards", "message does not comply with required standards",
       "550 5.7.1 Message does not comply with required standards", "5.7.1", "DATA",
       ("notcompliantrfc", "policyviolation", "contenterror"), False, ANY),
    _r("not-configured-to-relay", "This system is not configured to relay mail",
       "550 5.7.1 This system is not configured to relay mail", "5.7.1", "RCPT", ("norelaying",), False, ANY),
    _r("too-many-hops", "Too many hops", "554 5.4.6 Too many hops", "5.4.6", "DATA", ("systemerror", "networkerror"),
       False, ANY),
    _r("password-protected-attachment", "rejecting password protected file attachment",
       "554 5.6.2 rejecting password protected file attachment", "5.6.2", "DATA",
       ("policyviolation", "contenterror", "virusdetected", "filtered"), False, ANY),
    _r("valid-rcpt-must-precede-data", "valid RCPT command must precede DATA",
       "503 valid RCPT command must precede DATA", "5.5.1", "DATA", (), False, ANY),
    _r("not-found-in-ldap", "was not found in LDAP server", "550 lead@example.org was not found in LDAP server",
       "5.0.0", "RCPT", UNK, True, R),
    _r("address-is-invalid", "We are sorry but the address is invalid",
       "550 We are sorry but the address is invalid", "5.0.0", "RCPT", UNK, True, R),
]
