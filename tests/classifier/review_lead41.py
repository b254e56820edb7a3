"""The lead's re-reads of session 41 (2026-12-07), HAND-MADE rows in our relay's report, written before the mend ran on
them: an account or mailbox deleted, said as the CAUSE of a failed delivery in an admin-written refusal ("Your message
could not be delivered because the recipient's account was deleted"), read onhold or filtered (soft: a lost bounce)
because departures took "your" / "message" anywhere in the sentence as a deletion of ours or of a message (audit 51's
note). A cause now closes what the reply says of the message, as a colon did; controls: our own account as the cause,
the cause under a condition, a message quarantined "because the user deleted". And (the second table, also written
before its mend ran) "your (e-mail) address does not exist" opening a reply in French, Italian, Dutch, Spanish,
Portuguese and Russian read the recipient missing, hard (false hards; German, Nordic and Polish had been mended by
audits 47-51): sender_words.OPENING_YOURS now knows them; controls: the recipient's or destination address in the same
languages, the address said missing after a colon. And (the third table, also before its mend) a mailbox or account
"removed" alone read onhold where "deleted" read hard: departures reads it as deleted where the removal ends its clause
(review 126's deletion_dates.REMOVED_ENDS, which read "removed" only after a state word); controls: removed from a list
or a quarantine, for now, later. test_review_lead41.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_layouts42_layouts import LEAD
from tests.classifier.review_notices25 import relayed_for

R, ANY = "recipient", None
UU = ("userunknown",)
at = relayed_for("l41", MX, LEAD)
LANGS = f"{ADMIN}; the languages' ordinary words for the same sentence, hand-made"

ROWS = at("c", f"{ADMIN}; the failed delivery's cause: the recipient's account or mailbox deleted (lost bounces)", [
    ("en-because-recipients-account-deleted", "550 Your message could not be delivered because the recipient's account "
     "was deleted", "5.0.0", "RCPT", True, UU, R),
    ("en-because-mailbox-has-been-deleted", "554 Your message could not be delivered because the mailbox has been "
     "deleted", "5.0.0", "RCPT", True, UU, R),
    ("en-since-account-deleted-by-user", "550 Your message could not be delivered since the account was deleted by the "
     "user", "5.0.0", "RCPT", True, UU, R),
]) + at("c", f"{LANGS}: German 'weil', French 'parce que'", [
    ("de-weil-postfach-geloescht", "550 Ihre Nachricht konnte nicht zugestellt werden, weil das Postfach gelöscht "
     "wurde", "5.0.0", "RCPT", True, UU, R),
    ("fr-parce-que-compte-supprime", "550 Votre message n'a pas pu être remis parce que le compte a été supprimé",
     "5.0.0", "RCPT", True, UU, R),
]) + at("k", f"{ADMIN}; controls: our own account as the cause, the cause under a condition, no failed delivery", [
    ("en-because-your-account-deleted", "550 5.7.1 Your message could not be delivered because your account was "
     "deleted", "5.7.1", "RCPT", False, (), ANY),
    ("en-because-senders-mailbox-deleted", "550 5.7.1 Your message could not be delivered because the sender's mailbox "
     "was deleted", "5.7.1", "RCPT", False, (), ANY),
    ("en-if-because-account-deleted", "550 5.7.1 If your message could not be delivered because the account was "
     "deleted, contact the recipient", "5.7.1", "RCPT", False, (), ANY),
    ("de-wenn-weil-postfach-geloescht", "550 Wenn Ihre Nachricht nicht zugestellt wird, weil das Postfach gelöscht "
     "wurde, wenden Sie sich an den Empfänger", "5.0.0", "RCPT", False, (), ANY),
    ("en-quarantined-because-user-deleted", "550 5.7.1 The message was quarantined because the user deleted its "
     "release", "5.7.1", "DATA", False, (), ANY),
])
YOURS = (f"{LANGS}; our sender's address said missing to the reader, answered at RCPT after the sender check "
         "(review 93's OPENING_YOURS rule, its other languages)")
ROWS += at("y", f"{YOURS}: false hards", [
    ("fr-votre-adresse-introuvable", "553 5.7.1 Votre adresse e-mail est introuvable", "5.7.1", "RCPT", False, (), ANY),
    ("it-il-tuo-indirizzo-non-esiste", "553 5.7.1 Il tuo indirizzo email non esiste", "5.7.1", "RCPT", False, (), ANY),
    ("nl-uw-emailadres-bestaat-niet", "553 5.7.1 Uw e-mailadres bestaat niet", "5.7.1", "RCPT", False, (), ANY),
    ("es-su-direccion-no-existe", "553 5.7.1 Su dirección de correo no existe", "5.7.1", "RCPT", False, (), ANY),
    ("pt-seu-endereco-nao-existe", "553 5.7.1 Seu endereço de e-mail não existe", "5.7.1", "RCPT", False, (), ANY),
    ("ru-vash-adres-ne-sushchestvuet", "553 5.7.1 Ваш адрес электронной почты не существует", "5.7.1", "RCPT", False,
     (), ANY),
]) + at("y", f"{LANGS}; controls: the recipient's or destination address, or the address after a colon (hard)", [
    ("c-fr-adresse-de-destination", "550 5.1.1 Votre adresse de destination est introuvable", "5.1.1", "RCPT", True,
     UU, R),
    ("c-fr-valide-mais-destinataire", "550 5.1.1 Votre adresse est valide, mais le destinataire est introuvable",
     "5.1.1", "RCPT", True, UU, R),
    ("c-fr-message-non-remis-colon", "550 5.1.1 Votre message n'a pas pu être remis: l'adresse est introuvable",
     "5.1.1", "RCPT", True, UU, R),
    ("c-ru-pismo-ne-dostavleno-colon", "550 5.1.1 Ваше письмо не доставлено: адрес не существует", "5.1.1", "RCPT",
     True, UU, R),
    ("c-it-indirizzo-del-destinatario", "550 5.1.1 Indirizzo del destinatario inesistente", "5.1.1", "RCPT", True, UU,
     R),
])

REMOVED = (f"{ADMIN}; a mailbox or account 'removed' said as admins write a deletion (review 126's removal words, "
           "deletion_dates.REMOVED_ENDS)")
ROWS += at("r", f"{REMOVED}: lost bounces", [
    ("mailbox-has-been-removed", "550 Mailbox has been removed", "5.0.0", "RCPT", True, UU, R),
    ("account-removed", "550 Account removed", "5.0.0", "RCPT", True, UU, R),
    ("removed-from-this-server", "550 The mailbox has been removed from this server", "5.0.0", "RCPT", True, UU, R),
    ("removed-on-a-day", "550 Account removed on 1 March", "5.0.0", "RCPT", True, UU, R),
]) + at("r", f"{REMOVED}; controls: removed from a list or a quarantine, for now, later, ours", [
    ("c-removed-from-our-list", "550 Your address has been removed from our list", "5.0.0", "RCPT", False, (), ANY),
    ("c-removed-from-quarantine", "550 Account removed from quarantine", "5.0.0", "RCPT", False, (), ANY),
    ("c-removed-temporarily", "550 Mailbox removed (temporarily)", "5.0.0", "RCPT", False, (), ANY),
    ("c-removed-pending-payment", "550 Mailbox removed; pending payment", "5.0.0", "RCPT", False, (), ANY),
    ("c-will-be-removed", "550 The mailbox will be removed in 30 days", "5.0.0", "RCPT", False, (), ANY),
    ("c-your-account-removed", "550 5.7.1 Your account has been removed", "5.7.1", "RCPT", False, (), ANY),
])
