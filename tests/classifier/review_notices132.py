"""The hundred-and-thirty-second review: "returned to the sender" is not "the sender refused". Reviews 126 and 130
found a false soft older than them (their strict xfails _ABSENDER_RETURNED and _RETURNED_TO_SENDER): a notice saying
the message (or a copy, a receipt) went BACK to the sender, or that the sender was told, and then that the recipient is
unknown ("returned to the sender: user unknown", German "an den Absender zurückgeschickt: Benutzer unbekannt") read as
OUR sender unknown (lexicon.sender_refused: a sender word, then an absence word in its clause; rejected, the sender's
scope). Review 91 took out only "returned to sender" / "back to (the) sender" written without an article.

1. The recipient's absence after such a phrase, in English and the other languages the sender check reads (German,
   French, Spanish, Italian, Dutch, Polish, Russian): userunknown, hard, the recipient's scope, in our relay's report
   and Gmail's and Exchange Online's (review_notices112.ours_in).
2. CONTROLS that must stay ours (soft, the sender's scope): our sender said unknown with no direction word, the
   return-to-sender ADDRESS (our return path) unknown, the sender's own address after the direction phrase ("returned
   to the sender: sender address unknown", "your address"), and 5.1.7 / 5.1.8 statuses (RFC 3463: bad sender's mailbox
   address / system address).
3. The mixed report (review 107's layout): the failed one's line "returned to the sender: user unknown" stays failed.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE replies after the wordings cited in each
source; test_review_notices132.py runs them. Our sender: sender@example.com (relay copy) / seller@example.com (Gmail
and Exchange Online copies); the prospect lead@example.org (the mixed reports: lead@partner.example, kim@...)."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices112 import OUR_SIDE, OURS, ours_in

R = "recipient"
UNK = ("userunknown",)
HARD_UNK = (True, UNK, R)

# Where the wordings come from: the servers' own subjects and notices saying a message goes back to its sender, and
# the vendors' documentation saying the same of an NDR in each language.
RETURNED = ("the direction a bounce goes, in the servers' own words: Exim's bounce subject 'Mail delivery failed: "
            "returning message to sender' (deliver.c), Postfix's 'Undelivered Mail Returned to Sender' "
            "(bounce_template.c), Sendmail's 'Returned mail: see transcript for details' (savemail.c), qmail-local's "
            "'Recipient's mailbox is full, message returned to sender. (#5.2.2)'; Microsoft Learn (EOP FAQ): 'If "
            "there is a permanent failure, such as a 500-series error, then the message will be returned to the "
            "sender'; Microsoft Learn (external email forwarding): 'the message is returned to the sender in an "
            "NDR'; RFC 3463 X.1.1 bad destination mailbox; taxonomy userunknown, hard, the recipient's")
LOCALISED = ("the same direction in the vendors' localised documentation: Microsoft Learn (Exchange 2013 help, de): "
             "'mit einer Fehlermeldung ... an den Absender zurückgeschickt'; (EOP FAQ, fr) 'le message est renvoyé à "
             "l'expéditeur', (it) 'il messaggio verrà restituito al mittente', (nl) 'wordt het bericht teruggestuurd "
             "naar de afzender', (ru) 'сообщение будет возвращено отправителю'; (mail flow intelligence, es) 'el "
             "mensaje se devolverá al remitente original en un informe de no entrega'; (external forwarding, pl) "
             "'wiadomość zostanie zwrócona do nadawcy w NDR'; the recipient's absence in each language as lexicon "
             "reads it; taxonomy userunknown, hard, the recipient's")
NOTIFIED = ("a notice saying the sender was (or will be) told, hand-made after Exchange's NDR ('Your message to <a> "
            "couldn't be delivered', a notice to the sender) and Exim's 'returning message to sender'; the "
            "recipient's absence follows; taxonomy userunknown, hard, the recipient's")
OURS_SRC = ("controls: OUR sender's own address or domain said missing, with or without a direction phrase before it: "
            "Postfix 'Sender address rejected: Domain not found / User unknown' (reject_unknown_sender_domain, "
            "reject_unlisted_sender), Sendmail 'Domain of sender address <s> does not exist' (5.1.8), RFC 3463 X.1.7 "
            "bad sender's mailbox address syntax / X.1.8 bad sender's system address; RFC 5321 4.1.1.2 the "
            "reverse-path ('return path') is ours; taxonomy section 7: the sender's side, soft")

# ---- 1. English: the recipient missing after the message went back to the sender -----------------------------------
EN_ROWS = [
    ("returned-to-the-sender-user-unknown", "550 5.1.1 Message returned to the sender: user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("returned-to-the-sender-comma-mailbox-not-found", "550 5.1.1 Undeliverable, returned to the sender, mailbox not "
     "found", "5.1.1", "RCPT", *HARD_UNK),
    ("copy-was-returned-to-the-sender-no-such-user", "550 5.1.1 Not delivered, a copy was returned to the sender: no "
     "such user", "5.1.1", "RCPT", *HARD_UNK),
    ("sent-back-to-the-sender-address-does-not-exist", "550 5.1.1 Mail sent back to the sender - address does not "
     "exist", "5.1.1", "RCPT", *HARD_UNK),
    ("returned-to-its-sender-account-unknown", "550 5.1.1 Message returned to its sender, account unknown", "5.1.1",
     "RCPT", *HARD_UNK),
    ("returned-to-the-original-sender-mailbox-unknown", "550 5.1.1 Returned to the original sender: mailbox unknown",
     "5.1.1", "RCPT", *HARD_UNK),
    ("returning-message-to-sender-user-unknown", "550 5.1.1 Returning message to sender: user unknown", "5.1.1",
     "RCPT", *HARD_UNK),
    ("will-be-returned-to-the-sender-unknown-user", "550 5.1.1 This message will be returned to the sender, unknown "
     "user", "5.1.1", "RCPT", *HARD_UNK),
    ("c-returned-to-sender-user-unknown", "550 5.1.1 Mail returned to sender: User unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("c-bounced-back-to-the-sender-user-unknown", "550 5.1.1 Bounced back to the sender: user unknown", "5.1.1",
     "RCPT", *HARD_UNK),
]
NOTIFIED_ROWS = [
    ("sender-has-been-notified-user-unknown", "550 5.1.1 The sender has been notified, user unknown", "5.1.1",
     "RCPT", *HARD_UNK),
    ("sender-will-be-notified-user-not-found", "550 5.1.1 The sender will be notified: user not found", "5.1.1",
     "RCPT", *HARD_UNK),
    ("copy-was-sent-to-the-sender-addressee-unknown", "550 5.1.1 A copy was sent to the sender: addressee unknown",
     "5.1.1", "RCPT", *HARD_UNK),
    ("notification-sent-to-the-sender-mailbox-does-not-exist", "550 5.1.1 Notification sent to the sender, mailbox "
     "does not exist", "5.1.1", "RCPT", *HARD_UNK),
    ("notifying-the-sender-user-unknown", "550 5.1.1 Notifying the sender: user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
]

# ---- 1b. The other languages --------------------------------------------------------------------------------------
LOCAL_ROWS = [
    ("de-an-den-absender-zurueckgeschickt", "550 5.1.1 Nachricht an den Absender zurückgeschickt: Benutzer "
     "unbekannt", "5.1.1", "RCPT", *HARD_UNK),
    ("de-an-den-absender-zurueckgesendet", "550 5.1.1 Die Nachricht wurde an den Absender zurückgesendet, Postfach "
     "existiert nicht", "5.1.1", "RCPT", *HARD_UNK),
    ("de-absender-wurde-benachrichtigt", "550 5.1.1 Der Absender wurde benachrichtigt: Benutzer unbekannt", "5.1.1",
     "RCPT", *HARD_UNK),
    ("fr-renvoye-a-lexpediteur", "550 5.1.1 Message renvoyé à l'expéditeur : utilisateur inconnu", "5.1.1", "RCPT",
     *HARD_UNK),
    ("fr-retourne-a-lexpediteur", "550 5.1.1 Message retourné à l'expéditeur, destinataire inconnu", "5.1.1", "RCPT",
     *HARD_UNK),
    ("es-devuelto-al-remitente", "550 5.1.1 Mensaje devuelto al remitente: usuario desconocido", "5.1.1", "RCPT",
     *HARD_UNK),
    ("it-restituito-al-mittente", "550 5.1.1 Messaggio restituito al mittente: utente sconosciuto", "5.1.1", "RCPT",
     *HARD_UNK),
    ("nl-teruggestuurd-naar-de-afzender", "550 5.1.1 Bericht teruggestuurd naar de afzender: gebruiker onbekend",
     "5.1.1", "RCPT", *HARD_UNK),
    ("pl-zwrocona-do-nadawcy", "550 5.1.1 Wiadomość zwrócona do nadawcy: użytkownik nie istnieje", "5.1.1", "RCPT",
     *HARD_UNK),
    ("ru-vozvrashcheno-otpravitelyu", "550 5.1.1 Сообщение возвращено отправителю: пользователь не найден", "5.1.1",
     "RCPT", *HARD_UNK),
]

# ---- 2. CONTROLS: our sender said missing, which must stay ours --------------------------------------------------
OURS_ROWS = [
    ("c-sender-address-ours-unknown", f"550 5.1.1 Sender address {OURS} unknown", "5.1.1", "RCPT", *OUR_SIDE),
    # The return-to-sender ADDRESS is our return path (RFC 5321's reverse-path), a noun, not the message's direction.
    ("c-return-to-sender-address-unknown", "550 5.1.1 Return to sender address unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-return-to-sender-hyphen-address-unknown", "550 5.1.1 Return-to-sender address unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-de-absender-unbekannt", "550 5.1.1 Absender unbekannt", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-senders-address-was-returned-as-unknown", "550 5.1.1 The sender's address was returned as unknown", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-fr-expediteur-inconnu", "550 5.1.1 Expéditeur inconnu", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-5-1-7-returned-to-the-sender-sender-address-unknown", "550 5.1.7 Message returned to the sender: sender "
     "address unknown", "5.1.7", "RCPT", *OUR_SIDE),
    ("c-5-1-8-returned-to-the-sender-sender-domain", "553 5.1.8 Returned to the sender: sender domain does not exist",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("c-returned-to-the-sender-your-address", "550 5.1.1 Returned to the sender: your address does not exist",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-de-zurueckgeschickt-absenderadresse-unbekannt", "550 5.1.1 An den Absender zurückgeschickt: Absenderadresse "
     "unbekannt", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-because-sender-address-unknown", "550 5.1.1 Message returned to the sender because the sender "
     "address is unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-fr-renvoye-expediteur-inconnu", "550 5.1.1 Message renvoyé à l'expéditeur : expéditeur inconnu", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-es-remitente-desconocido", "550 5.1.1 Remitente desconocido", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-to-sender-return-path-unknown", "550 5.1.1 Returned to sender: return path unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
]

# ---- 3. The mixed report (review 107's layout): the failed one's line --------------------------------------------
MIXED = ("hand-made following review 90/107's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: one "
         "report may list delivered and failed recipients; labelled lines 'Recipient: name (outcome)'), the failed "
         "one's outcome in the direction words cited above (Exim 'returning message to sender', Microsoft Learn "
         "'returned to the sender', 'an den Absender zurückgeschickt'); kim must stay failed, the lead delivered")


def _report(name: str, kim: str) -> tuple:
    return (f"r132-mixed-{name}", MIXED, mixed_report("132", name, "Recipient: lead (delivered)", f"{kim}\n{WHY}"),
            hard(KIM))


MIXED_ROWS = [
    _report("kim-returned-to-the-sender-user-unknown", "Recipient: kim (relayed; returned to the sender: user "
            "unknown)"),
    _report("kim-copy-returned-to-the-sender", "Recipient: kim (failed; the original copy was returned to the "
            "sender)"),
    _report("de-kim-an-den-absender-zurueckgeschickt", "Empfänger: kim (nicht zugestellt; an den Absender "
            "zurückgeschickt: Benutzer unbekannt)"),
    _report("fr-kim-renvoye-a-lexpediteur", "Destinataire : kim (non remis ; renvoyé à l'expéditeur : utilisateur "
            "inconnu)"),
]

# ---- Round two: controls on review 132's own mend (relay copy only) ---------------------------------------------
# The direction phrase blanked must not hide OUR sender said missing beside it: before it, after it in its own words,
# or in the phrase's own grammar ("the sender was notified that the sender address is unknown").
MEND = ("controls on review 132's sender_words.RETURNED_TO, hand-made: the sender's own address, domain or verification "
        "said failed beside a direction phrase (Postfix 'Sender address rejected', Exim 'Sender verify failed', "
        "Sendmail 'Domain of sender address <s> does not exist'; Microsoft Learn 'returned to the sender'); taxonomy "
        "section 7: the sender's side, soft")
MEND_ROWS = [
    ("c-sender-unknown-then-returned", "550 5.1.1 Sender unknown, message returned to the sender", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-de-absender-unbekannt-then-zurueckgeschickt", "550 5.1.1 Absender unbekannt, Nachricht an den Absender "
     "zurückgeschickt", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-notified-that-sender-address-unknown", "550 5.1.1 The sender was notified that the sender address is "
     "unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-to-sender-sender-verify-failed", "550 5.1.1 Returned to sender: sender verify failed", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-es-devuelto-remitente-desconocido", "550 5.1.1 Mensaje devuelto al remitente: remitente desconocido",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-notified-your-address-does-not-exist", "550 5.1.1 The sender has been notified: your address does not exist",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-to-the-senders-domain-unknown", "550 5.1.1 Returned to the sender's domain: domain unknown", "5.1.1",
     "RCPT", *OUR_SIDE),
]

ROWS: list[tuple] = (ours_in("r132", "en", RETURNED, EN_ROWS) + ours_in("r132", "told", NOTIFIED, NOTIFIED_ROWS)
                     + ours_in("r132", "local", LOCALISED, LOCAL_ROWS) + ours_in("r132", "ours", OURS_SRC, OURS_ROWS)
                     + MIXED_ROWS + ours_in("r132", "mend", MEND, MEND_ROWS, ()))
