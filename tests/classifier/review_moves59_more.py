"""Moves 59's second table (review_moves59.py joins it to ROWS): the auto-replies that announce a new address while
our message WAS delivered (Exchange Online automatic replies in eight languages, Gmail's vacation responder, Zimbra,
Sieve vacation, Exim's autoreply, qmail autorespond: no bounce, []), success reports of a forwarded address (251, an
alias expanded: no bounce), and the soft and other near-misses (a mailbox being migrated, deferred and given up; a
filter's '451 Moved'; Exchange's store driver during a mailbox move; Microsoft 365 refusing external forwarding; a
forward that failed at its target). Expectations written before the classifier ran on them."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, exo_remote, g_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       exchange_old, exim, gmail)
from tests.classifier.review_moves59_layouts import (AF_MOVED, EX2010_MOVE, EXIM_AR, EXIM_DEFER, EXO_520, GMAIL_VAC,
                                                     NB, OOF, PF_ACCESS, PF_EXPANDED, PF_SUCCESS, QMAIL_AR, RFC5321,
                                                     SIEVE, ZIMBRA, pf_expanded, sieve_vacation, success_dsn,
                                                     zimbra_ooo)
from tests.classifier.review_nonbounce46_layouts import exim_autoreply, gmail_vacation, outlook_oof, qmail_autorespond

LENA = "Lena Lead <lead@partner.example>"
NEW = "lena.lead@partner-group.example"

# ---- Exchange Online automatic replies: 'I have moved / my address changed', delivered --------------------------------
OOF_ROWS = [
    ("mv59-oof-en-moved-update-records", OOF, outlook_oof(
        "mv59-oof-en", LENA, "Automatic reply:",
        f"Thank you for your email. I have moved to our group office and my email address has changed to {NEW}. Please "
        "update your records. Mail to this address will be forwarded until 31 January."), NB),
    ("mv59-oof-de-neue-adresse", OOF, outlook_oof(
        "mv59-oof-de", LENA, "Automatische Antwort:",
        f"Vielen Dank für Ihre Nachricht. Meine E-Mail-Adresse hat sich geändert, ich bin umgezogen: bitte schreiben "
        f"Sie künftig an {NEW}. Ihre Nachricht wurde an meine neue Adresse weitergeleitet.", lang="de-DE"), NB),
    ("mv59-oof-fr-nouvelle-adresse", OOF, outlook_oof(
        "mv59-oof-fr", LENA, "Réponse automatique :",
        f"Bonjour, mon adresse électronique a changé. Merci d'écrire désormais à {NEW} et de mettre à jour votre "
        "carnet d'adresses. Votre message m'a bien été transmis.", lang="fr-FR"), NB),
    ("mv59-oof-es-direccion-cambiado", OOF, outlook_oof(
        "mv59-oof-es", LENA, "Respuesta automática:",
        f"Gracias por su mensaje. Mi dirección de correo ha cambiado; por favor, escríbame a partir de ahora a {NEW}. "
        "Los mensajes a esta dirección se reenvían hasta el 31 de enero.", lang="es-ES"), NB),
    ("mv59-oof-it-indirizzo-cambiato", OOF, outlook_oof(
        "mv59-oof-it", LENA, "Risposta automatica:",
        f"Grazie per il messaggio. Il mio indirizzo email è cambiato: da ora scrivetemi a {NEW}. Aggiornate la "
        "vostra rubrica, per favore.", lang="it-IT"), NB),
    ("mv59-oof-nl-nieuw-adres", OOF, outlook_oof(
        "mv59-oof-nl", LENA, "Automatisch antwoord:",
        f"Bedankt voor uw bericht. Mijn e-mailadres is gewijzigd; u kunt mij voortaan bereiken op {NEW}. Uw bericht "
        "is doorgestuurd.", lang="nl-NL"), NB),
    ("mv59-oof-pt-endereco-mudou", OOF, outlook_oof(
        "mv59-oof-pt", LENA, "Resposta automática:",
        f"Obrigado pela mensagem. O meu endereço de e-mail mudou para {NEW}. Por favor, atualize os seus contactos.",
        lang="pt-PT"), NB),
    ("mv59-oof-pl-nowy-adres", OOF, outlook_oof(
        "mv59-oof-pl", LENA, "Odpowiedź automatyczna:",
        f"Dziękuję za wiadomość. Mój adres e-mail uległ zmianie, proszę pisać na {NEW}. Wiadomość została "
        "przekazana na nowy adres.", lang="pl-PL"), NB),
    ("mv59-oof-en-office-moved", OOF, outlook_oof(
        "mv59-oof-office", LENA, "Automatic reply:",
        "Please note that our offices have moved: from 1 December we are at 12 Harbour Street, Leith EH6 6QT. Email "
        "addresses and phone numbers are unchanged. I am out until Monday."), NB),
]

# ---- other responders --------------------------------------------------------------------------------------------------
RESPONDER_ROWS = [
    ("mv59-gmail-vac-address-changed", GMAIL_VAC, gmail_vacation(
        "mv59-gmail-vac", LENA,
        f"Hi, my email address has changed to {NEW}. I still receive mail sent here for now, but please update your "
        "contacts."), NB),
    ("mv59-gmail-vac-no-longer-using", GMAIL_VAC, gmail_vacation(
        "mv59-gmail-vac2", LENA,
        f"I'm no longer using this address for work. Your message reached me; for anything business-related please "
        f"write to {NEW}.", subject="New email address"), NB),
    ("mv59-zimbra-ooo-moved", ZIMBRA, zimbra_ooo(
        "mv59-zimbra", "Owen Price <o.price@tallis-energy.co.uk>", "Out of Office: Quick question about your Q4 logistics",
        "I have moved to Tallis Group. My new address is owen.price@tallis-group.com - please use it from now on. "
        "Mail to this address is forwarded there."), NB),
    ("mv59-zimbra-ooo-de-umgezogen", ZIMBRA, zimbra_ooo(
        "mv59-zimbra-de", "Jana Keller <j.keller@oberhaus-gruppe.de>", "Abwesenheit: Quick question about your Q4 "
        "logistics", "Ich bin umgezogen - meine neue E-Mail-Adresse lautet jana.keller@oberhaus.group. Ihre Nachricht "
        "wird automatisch weitergeleitet."), NB),
    ("mv59-sieve-vacation-moved", SIEVE, sieve_vacation(
        "mv59-sieve", "Bo Lindqvist <b.lindqvist@tallis-energy.com>",
        "My address has moved to bo.lindqvist@tallis-group.com. Your message has been forwarded; please update your "
        "address book."), NB),
    ("mv59-sieve-vacation-es", SIEVE, sieve_vacation(
        "mv59-sieve-es", "Marta García <m.garcia@marisol-foods.es>",
        "He cambiado de dirección: ahora estoy en marta.garcia@marisol.com. Su mensaje se ha reenviado "
        "automáticamente.", subject="Nueva dirección de correo"), NB),
    ("mv59-exim-ar-has-moved", EXIM_AR, exim_autoreply(
        "mv59-exim-ar", LENA, "Auto: Quick question",
        f"This mailbox has moved to {NEW}. Your message has been delivered there as well; please update your records."),
     NB),
    ("mv59-qmail-ar-new-address", QMAIL_AR, qmail_autorespond(
        "mv59-qmail-ar", LENA, f"Please note my new address: {NEW}. This old address is being forwarded until March."),
     NB),
]

# ---- success reports of a forwarded address --------------------------------------------------------------------------
SUCCESS_ROWS = [
    ("mv59-success-251-will-forward", f"{PF_SUCCESS}; {RFC5321} (251)", success_dsn(
        "mv59-251", "k.brandt@oberhaus-gruppe.de", action="relayed", status="2.1.5",
        diag="251 2.1.5 User not local; will forward to <k.brandt@oberhaus.group>",
        text="delivery via mail.oberhaus-gruppe.de[203.0.113.61]:25: 251 2.1.5 User not local; will forward to "
             "<k.brandt@oberhaus.group>", host="mail.example.com"), NB),
    ("mv59-success-alias-expanded", PF_SUCCESS, success_dsn(
        "mv59-expanded", "info@seiwa-trading.com", action="expanded", status="2.0.0", diag="250 2.0.0 alias expanded",
        text="alias expanded", host="mail.seiwa-trading.com"), NB),
]

# ---- soft and other near-misses ---------------------------------------------------------------------------------------
SOFT_ROWS = [
    ("mv59-exim-defer-migrating", f"{EXIM_SRC} (delay warning); {EXIM_DEFER}",
     exim("m1", "p.girard@lumiere-conseil.fr", detail="Mailbox being migrated to a new server, please try again later",
          host="mx.lumiere-conseil.fr", delay_hours=24), later("p.girard@lumiere-conseil.fr")),
    ("mv59-pf-delay-migration-defer", f"{POSTFIX_SRC} (delay warning); Postfix access(5) 'DEFER optional text' "
     "(450 4.7.1 '<addr>: Recipient address rejected: <text>'); the text HAND-MADE",
     pf_remote("m2", "s.okafor@quayline.co.uk", "450 4.7.1 <s.okafor@quayline.co.uk>: Recipient address rejected: "
               "Mailbox migration in progress, please try again later", "4.7.1", "mx.quayline.co.uk", action="delayed"),
     later("s.okafor@quayline.co.uk")),
    ("mv59-pf-given-up-moved-server", f"{POSTFIX_SRC} (4xx given up after the queue lifetime); {PF_ACCESS}; the "
     "text HAND-MADE ('has moved to a new server')",
     pf_remote("m3", "n.rossi@seiwa-trading.com", "451 4.3.0 Mailbox has moved to a new server, please try again "
               "later", "4.3.0", "mx1.seiwa-trading.com"), soft("n.rossi@seiwa-trading.com", (), ANY)),
    ("mv59-gmail-delay-451-moved", f"{GMAIL_SRC} (Delay); {AF_MOVED}",
     gmail("m4", "h.weber@lumiere-conseil.fr", heading="Delivery incomplete", lead="There was a temporary problem "
           "delivering your message to h.weber@lumiere-conseil.fr. Gmail will retry for 46 more hours. You'll be "
           "notified if the delivery fails permanently.", response="451 Moved, try another host",
           diag="451 Moved, try another host", status="4.0.0", remote="mx.lumiere-conseil.fr", action="delayed"),
     later("h.weber@lumiere-conseil.fr")),
    ("mv59-pf-delay-service-moved", f"{POSTFIX_SRC} (delay warning); a receiving host's '421 4.3.2 Service has moved' "
     "(RFC 3463 X.3.2 'System not accepting network messages'; text HAND-MADE)",
     pf_remote("m5", "contact@marisol-foods.com", "421 4.3.2 Service has moved, please use mx2.marisol-foods.com", "4.3.2",
               "mx.marisol-foods.com", action="delayed"), later("contact@marisol-foods.com")),
    ("mv59-exo-old-move-soft-deleted", f"{EXO_OLD_SRC}; {EX2010_MOVE}",
     exchange_old("m6", "e.hughes@harlow-build.com", explain="There's a problem with the recipient's mailbox. Please "
                  "try resending the message. If the problem continues, please contact your helpdesk.",
                  diag="554 5.2.0 STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMailboxSoftDeleted;"
                  " Failed to process message due to a permanent exception with message Cannot open mailbox /o=Harlow "
                  "Build/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=ehughes",
                  status="5.2.0", server="EXCH02.harlow-build.com", sender="rep@example.net"),
     soft("e.hughes@harlow-build.com", (), ANY)),
    ("mv59-exo-external-forwarding-520", f"{EXO_SRC}; {EXO_520}",
     exo_remote("m7", "lena.private@gmail.com", "550 5.7.520 Access denied, Your organization does not allow external "
                "forwarding. Please contact your administrator for further assistance. AS(7555)", "5.7.520",
                "harlow-build-com.mail.protection.outlook.com"), soft("lena.private@gmail.com", (), ANY)),
    ("mv59-pf-forward-target-unknown", f"{POSTFIX_SRC}; {PF_EXPANDED}",
     pf_expanded("m8", "anna.berg@tallis-group.com", "anna.berg@tallis-energy.com", "550 5.1.1 <anna.berg@tallis-group"
                 ".com>: Recipient address rejected: User unknown in virtual mailbox table", "5.1.1",
                 "mx.tallis-group.com"), hard("anna.berg@tallis-group.com")),
    ("mv59-gmail-552-forward-full", f"{GMAIL_SRC}; Dovecot LDA/LMTP quota_exceeded_message default 'Quota "
     "exceeded (mailbox for user is full)' (the reply names the forward target, not the address we wrote to)",
     g_remote("m9", "j.oduya@halden-tools.com", "552 5.2.2 <j.oduya@halden.no>: Quota exceeded (mailbox for user is "
              "full)", "5.2.2", "mail.halden-tools.com", heading="Message not delivered",
              lead="There was a problem delivering your message to {a}. See the technical details below."),
     soft("j.oduya@halden-tools.com", ("mailboxfull",))),
]

MORE_ROWS = OOF_ROWS + RESPONDER_ROWS + SUCCESS_ROWS + SOFT_ROWS
