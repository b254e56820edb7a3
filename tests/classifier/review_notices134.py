"""The hundred-and-thirty-fourth review: an ADVERSARIAL AUDIT of review 132's mend (sender_words.RETURNED_TO, blanked
by lexicon._sender_said before the sender check): the sender as where the message or a notice went back ("returned to
the sender", "the sender has been notified", "an den Absender zurückgeschickt", "renvoyé à l'expéditeur") no longer
reads as OUR sender missing, so the recipient's absence after it reads hard.

1. FALSE HARDS (the costliest: a live prospect unenrolled): texts where the words the mend blanks were the only thing
   naming OUR sender as the one at fault, or where the sender's own side is said failed beside them: the return
   itself failing ("could not be returned to the sender: address does not exist", "unable to notify the sender"), a
   verification probe sent to the sender, 5.1.7 / 5.1.8 (RFC 3463: the SENDER's mailbox / system address) with the
   bare absence after the phrase, SPF / DMARC refusals, our sender's own words kept beside the phrase in other orders,
   upper case and the other languages; temporary (4.x.x) replies and a full mailbox stay soft. Expected ours (soft,
   the sender's scope) or soft.
2. FALSE SOFTS the mend left: the recipient's absence beside the same direction in wordings RETURNED_TO does not list
   (no article, a possessive, a noun in place of the verb, "sender notified", hyphens, "the message sender";
   Portuguese, Swedish, Czech; Dutch, Polish, Russian, German, French, Spanish and Italian forms beside the listed
   ones), learned from the vendors' localised documentation. Expected userunknown, hard, the recipient's.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE replies after the wordings cited in each
source; test_review_notices134.py runs them. Layouts: review_notices112.ours_in (our relay's copy, and Gmail's and
Exchange Online's for the final replies at RCPT/DATA). Our sender: sender@example.com (relay copy) / seller@example.com
(Gmail and Exchange Online copies); the prospect lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices56_more import auto_reply
from tests.classifier.review_notices107 import WHY, mixed_report
from tests.classifier.review_notices112 import HARD_UNK, NOT, OUR_SIDE, OURS, ours_in

R = "recipient"
SOFT_FULL = (False, ("mailboxfull",), R)
HARD_HOST = (True, ("hostunknown",), R)

# ---- 1. FALSE HARDS: our sender's side beside the direction phrase ----------------------------------------------
RETURN_FAILED = ("attack on review 132's RETURNED_TO, hand-made: the return (or the notice) ITSELF failing is the "
                 "sender's side: RFC 5321 6.1/6.2 (a notification that cannot be delivered to the reverse-path), "
                 "qmail-send's double bounce ('I tried to deliver a bounce message to this address, but the bounce "
                 "bounced!'), Postfix's 'Postmaster Copy: Undelivered Mail' (double-bounce, bounce_template.c); the "
                 "address then said missing is the one the return went to, OURS; taxonomy section 7: the sender's "
                 "side, soft")
RETURN_FAILED_ROWS = [
    ("c-could-not-be-returned-to-the-sender-address-missing", "550 5.0.0 Undeliverable, and it could not be returned "
     "to the sender: address does not exist", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-unable-to-notify-the-sender-domain-not-found", "550 5.0.0 Unable to notify the sender: domain not found",
     "5.0.0", "RCPT", *OUR_SIDE),
    ("c-failed-to-return-to-sender-no-such-user", "550 5.0.0 Failed to return to sender: no such user", "5.0.0",
     "RCPT", *OUR_SIDE),
    ("c-de-nicht-an-den-absender-zurueckgeschickt", "550 5.0.0 Konnte nicht an den Absender zurückgeschickt werden: "
     "Adresse existiert nicht", "5.0.0", "RCPT", *OUR_SIDE),
]
VERIFY = ("attack on review 132's RETURNED_TO, hand-made: a sender verification's probe or callout went TO our "
          "sender and found it missing (review 94's 'callback to sender failed: no such user'; Exim's callout "
          "verification, 'Sender verify failed' (acl.c); Postfix reject_unverified_sender, 'Sender address "
          "rejected: undeliverable address'); taxonomy section 7: the sender's side, soft")
VERIFY_ROWS = [
    ("c-verification-probe-sent-to-the-sender-no-such-user", "550 5.1.0 Verification probe sent to the sender "
     "failed: no such user", "5.1.0", "RCPT", *OUR_SIDE),
    ("c-test-message-delivered-to-sender-failed-mailbox-unknown", "550 5.1.0 Callout test could not be delivered to "
     "sender: mailbox unknown", "5.1.0", "RCPT", *OUR_SIDE),
]
STATUS = ("attack on review 132's RETURNED_TO, hand-made: RFC 3463 X.1.7 'bad sender's mailbox address syntax' and "
          "X.1.8 'bad sender's system address' (Sendmail's 'Domain of sender address <s> does not exist', 553 5.1.8; "
          "Postfix reject_unknown_sender_domain, 450/550 4.1.8/5.1.8) with the bare absence after a direction "
          "phrase: the status names the sender's address; SPF (RFC 7208: the MAIL FROM domain checked) and DMARC "
          "refusals (RFC 7489: the From domain) beside it are the sender's side too; taxonomy section 7, soft")
STATUS_ROWS = [
    ("c-5-1-8-returned-to-the-sender-domain-does-not-exist", "553 5.1.8 Message returned to the sender: domain does "
     "not exist", "5.1.8", "RCPT", *OUR_SIDE),
    ("c-5-1-7-returned-to-sender-address-does-not-exist", "553 5.1.7 Returned to sender: address does not exist",
     "5.1.7", "RCPT", *OUR_SIDE),
    ("c-5-1-8-sender-has-been-notified-domain-unknown", "553 5.1.8 The sender has been notified: domain unknown",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("c-5-7-1-spf-returned-to-the-sender-domain-not-found", "550 5.7.1 SPF check failed, message returned to the "
     "sender: domain not found", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-5-7-1-dmarc-returned-from-domain", "550 5.7.1 Rejected by DMARC policy, returned to the sender: From domain "
     "does not exist", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-5-1-8-de-an-den-absender-domain-existiert-nicht", "553 5.1.8 An den Absender zurückgeschickt: Domain "
     "existiert nicht", "5.1.8", "RCPT", *OUR_SIDE),
]
WORDS = ("attack on review 132's RETURNED_TO, hand-made: our sender's own words kept beside the phrase in other "
         "orders, case and languages: Postfix '<s>: Sender address rejected: Domain not found' "
         "(reject_unknown_sender_domain), Postfix's 'Undelivered Mail Returned to Sender', Exim's 'returning message "
         "to sender' (deliver.c), Sendmail 'Domain of sender address <s> does not exist' (5.1.8); Microsoft Learn "
         "(de) 'zurück an den Absender', (fr) 'renvoyé à l'expéditeur'; taxonomy section 7: the sender's side, soft")
WORDS_ROWS = [
    ("c-mail-from-ours-refused-returned", f"550 5.7.1 Mail from {OURS} refused; the message was returned to the "
     "sender", "5.7.1", "RCPT", *OUR_SIDE),
    ("c-sender-address-rejected-returned-to-sender", f"550 5.1.1 <{OURS}>: Sender address rejected, returned to "
     "sender", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-upper-returned-to-sender-sender-unknown", "550 5.1.1 RETURNED TO SENDER: SENDER UNKNOWN", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-return-to-sender-sender-domain-does-not-exist", "553 5.1.8 Return to sender: sender domain does not exist",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("c-senders-address-returned-an-error-does-not-exist", "550 5.1.1 The sender's address returned an error: "
     "address does not exist", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-to-sender-domain-of-sender-address", "553 5.1.8 Returned to sender: Domain of sender address "
     f"{OURS} does not exist", "5.1.8", "RCPT", *OUR_SIDE),
    ("c-de-zurueck-an-den-absender-absenderdomain", "553 5.1.8 Zurück an den Absender: Absenderdomain existiert "
     "nicht", "5.1.8", "RCPT", *OUR_SIDE),
    ("c-fr-renvoye-domaine-de-lexpediteur", "553 5.1.8 Renvoyé à l'expéditeur : domaine de l'expéditeur inexistant",
     "5.1.8", "RCPT", *OUR_SIDE),
    ("c-es-devuelto-direccion-del-remitente", "553 5.1.8 Devuelto al remitente: la dirección del remitente no "
     "existe", "5.1.8", "RCPT", *OUR_SIDE),
]
SOFT = ("attack on review 132's RETURNED_TO, hand-made: what is soft stays soft beside the phrase: a temporary reply "
        "(RFC 5321 4xx, RFC 3463 class 4: the relay's report a delay), Microsoft Learn 'the sender has been "
        "notified' beside a deferral, qmail-local's 'Recipient's mailbox is full, message returned to sender. "
        "(#5.2.2)'; taxonomy: mailboxfull soft; a delay never hard")
SOFT_ROWS = [
    ("delay-user-unknown-sender-will-be-notified", "450 4.1.1 User unknown (temporary), the sender will be notified "
     "if it persists", "4.1.1", "RCPT", *NOT),
    ("delay-returned-to-the-sender-domain-lookup-failed", "451 4.4.3 Will be returned to the sender: domain lookup "
     "failed, try again later", "4.4.3", "RCPT", *NOT),
    ("qmail-mailbox-full-returned-to-sender", "552 5.2.2 Recipient's mailbox is full, message returned to sender. "
     "(#5.2.2)", "5.2.2", "RCPT", *SOFT_FULL),
    ("mailbox-full-sender-has-been-notified", "552 5.2.2 Mailbox full, the sender has been notified", "5.2.2",
     "RCPT", *SOFT_FULL),
]

# ---- 2. FALSE SOFTS the mend left: wordings RETURNED_TO does not list ------------------------------------------
EN = ("attack on review 132's RETURNED_TO (its English forms), hand-made after the servers' own direction words: "
      "Postfix 'Undelivered Mail Returned to Sender' (bounce_template.c), Exim 'returning message to sender' "
      "(deliver.c), Microsoft Learn (EOP FAQ) 'the message will be returned to the sender'; the same direction as a "
      "hyphenated tag, a noun ('notification to the sender'), without 'has been' ('sender notified'), 'informing', "
      "'the message sender'; then the recipient's absence under 5.1.1 (RFC 3463 bad destination mailbox); taxonomy "
      "userunknown, hard, the recipient's")
EN_ROWS = [
    ("returned-to-sender-hyphenated-user-unknown", "550 5.1.1 Returned-to-sender: user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("informing-the-sender-user-unknown", "550 5.1.1 Informing the sender: user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("notification-to-the-sender-mailbox-does-not-exist", "550 5.1.1 Non-delivery notification to the sender: "
     "mailbox does not exist", "5.1.1", "RCPT", *HARD_UNK),
    ("sender-notified-colon-user-unknown", "550 5.1.1 Sender notified: user unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("returned-to-the-message-sender-user-unknown", "550 5.1.1 Message returned to the message sender: user unknown",
     "5.1.1", "RCPT", *HARD_UNK),
    ("returned-to-the-sender-double-space", "550 5.1.1 Returned to the  sender:  user unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("return-to-sender-comma-address-unknown", "550 5.1.1 Return to sender, address unknown", "5.1.1", "RCPT",
     *HARD_UNK),
    ("user-unknown-then-sender-notified", "550 5.1.1 User unknown, sender notified", "5.1.1", "RCPT", *HARD_UNK),
    ("5-1-2-returned-to-the-sender-domain-not-found", "550 5.1.2 Message returned to the sender: domain not found",
     "5.1.2", "RCPT", *HARD_HOST),
]
LOCAL = ("the same direction in the vendors' localised documentation, in forms RETURNED_TO does not list: Microsoft "
         "Learn (EOP FAQ, pt-br) 'a mensagem será retornada ao remetente', (sv-se, outbound spam) 'returneras till "
         "avsändaren i en rapport om utebliven leverans', (de-de, backscatter) 'übermittelt sie zurück an den "
         "Absender', (nl-nl, backscatter) 'in een NDR te retourneren aan de vervalste afzender', (it-it, external "
         "forwarding) 'il messaggio viene restituito al mittente in un rapporto di mancato recapito'; Czech "
         "'vrácena odesílateli', Polish 'zwrócona nadawcy' (dative, no 'do'), Russian 'возвращено обратно "
         "отправителю' / 'возврат отправителю', French 'retour à l'expéditeur' / 'à son expéditeur', Spanish 'a su "
         "remitente'; the recipient's absence in each language under 5.1.1; taxonomy userunknown, hard, the "
         "recipient's")
LOCAL_ROWS = [
    ("pt-retornada-ao-remetente", "550 5.1.1 Mensagem retornada ao remetente: usuário desconhecido", "5.1.1", "RCPT",
     *HARD_UNK),
    ("pt-devolvida-ao-remetente", "550 5.1.1 Mensagem devolvida ao remetente: o usuário não existe", "5.1.1", "RCPT",
     *HARD_UNK),
    ("sv-returneras-till-avsandaren", "550 5.1.1 Meddelandet returneras till avsändaren: användaren finns inte",
     "5.1.1", "RCPT", *HARD_UNK),
    ("cs-vracena-odesilateli", "550 5.1.1 Zpráva vrácena odesílateli: uživatel neexistuje", "5.1.1", "RCPT",
     *HARD_UNK),
    ("pl-zwrocona-nadawcy", "550 5.1.1 Wiadomość zwrócona nadawcy: użytkownik nie istnieje", "5.1.1", "RCPT",
     *HARD_UNK),
    ("ru-vozvrashcheno-obratno-otpravitelyu", "550 5.1.1 Сообщение возвращено обратно отправителю: пользователь не "
     "найден", "5.1.1", "RCPT", *HARD_UNK),
    ("ru-vozvrat-otpravitelyu", "550 5.1.1 Возврат отправителю: пользователь не найден", "5.1.1", "RCPT", *HARD_UNK),
    ("de-an-ursprunglichen-absender-uebermittelt", "550 5.1.1 Unzustellbarkeitsbericht an den ursprünglichen "
     "Absender übermittelt: Benutzer unbekannt", "5.1.1", "RCPT", *HARD_UNK),
    ("de-an-absender-zurueckgeschickt-no-article", "550 5.1.1 Nachricht an Absender zurückgeschickt: Benutzer "
     "unbekannt", "5.1.1", "RCPT", *HARD_UNK),
    ("de-benachrichtigung-an-den-absender", "550 5.1.1 Benachrichtigung an den Absender: Benutzer unbekannt",
     "5.1.1", "RCPT", *HARD_UNK),
    ("nl-teruggestuurd-naar-afzender-no-article", "550 5.1.1 Bericht teruggestuurd naar afzender: gebruiker "
     "onbekend", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-geretourneerd-aan-de-oorspronkelijke-afzender", "550 5.1.1 Bericht geretourneerd aan de oorspronkelijke "
     "afzender: gebruiker onbekend", "5.1.1", "RCPT", *HARD_UNK),
    ("fr-retour-a-lexpediteur", "550 5.1.1 Retour à l'expéditeur : utilisateur inconnu", "5.1.1", "RCPT", *HARD_UNK),
    ("fr-renvoye-a-son-expediteur", "550 5.1.1 Message renvoyé à son expéditeur : utilisateur inconnu", "5.1.1",
     "RCPT", *HARD_UNK),
    ("es-devuelto-a-su-remitente", "550 5.1.1 Mensaje devuelto a su remitente: usuario desconocido", "5.1.1", "RCPT",
     *HARD_UNK),
    ("it-inviato-al-mittente", "550 5.1.1 Rapporto di mancato recapito inviato al mittente: utente sconosciuto",
     "5.1.1", "RCPT", *HARD_UNK),
]

ROWS: list[tuple] = (ours_in("r134", "failed", RETURN_FAILED, RETURN_FAILED_ROWS)
                     + ours_in("r134", "verify", VERIFY, VERIFY_ROWS) + ours_in("r134", "status", STATUS, STATUS_ROWS)
                     + ours_in("r134", "words", WORDS, WORDS_ROWS) + ours_in("r134", "soft", SOFT, SOFT_ROWS)
                     + ours_in("r134", "en", EN, EN_ROWS) + ours_in("r134", "local", LOCAL, LOCAL_ROWS))

# ---- Round two: controls on review 134's own mends (written before running them) ---------------------------------
# (a) The failed-return guard (sender_words._FAILED_BEFORE) only where the negation governs the return itself: a
# negation earlier in the reply ("not delivered and returned to the sender") leaves the recipient's absence hard.
GUARD = ("controls on review 134's failed-return guard, hand-made after Microsoft Learn (EOP FAQ) 'the message will "
         "be returned to the sender' and Exim's 'returning message to sender' beside a negated delivery: the "
         "delivery, not the return, failed; the recipient's absence under 5.1.1 (RFC 3463); taxonomy userunknown, "
         "hard, the recipient's")
GUARD_ROWS = [
    ("not-delivered-and-returned-to-the-sender-user-unknown", "550 5.1.1 Message not delivered and returned to the "
     "sender: user unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("could-not-deliver-returned-to-the-sender-mailbox-unknown", "550 5.1.1 Could not deliver; returned to the "
     "sender: mailbox unknown", "5.1.1", "RCPT", *HARD_UNK),
    ("de-nicht-zugestellt-an-den-absender-zurueckgeschickt", "550 5.1.1 Nicht zugestellt, an den Absender "
     "zurückgeschickt: Benutzer unbekannt", "5.1.1", "RCPT", *HARD_UNK),
]
# (b) The new direction forms must not hide OUR sender said missing beside them, in each language added.
NEW_FORMS = ("controls on review 134's new RETURNED_TO forms, hand-made: our sender's own address, domain or 'your' "
             "said missing after the direction phrase (Postfix 'Sender address rejected: Domain not found', Sendmail "
             "'Domain of sender address <s> does not exist' (5.1.8); the direction words as cited in section 2); "
             "taxonomy section 7: the sender's side, soft")
NEW_FORMS_ROWS = [
    ("c-sender-notified-sender-address-unknown", "550 5.1.1 Sender notified: sender address unknown", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-informing-the-sender-your-address-does-not-exist", "550 5.1.1 Informing the sender: your address does not "
     "exist", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-returned-to-sender-hyphen-address-unknown", "550 5.1.1 Returned-to-sender address unknown", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-notification-to-the-senders-address-unknown", "550 5.1.1 Notification to the sender's address: address "
     "unknown", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-pt-devolvida-endereco-do-remetente", "550 5.1.1 Mensagem devolvida ao remetente: o endereço do remetente não "
     "existe", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-sv-returneras-avsandarens-doman", "550 5.1.1 Meddelandet returneras till avsändaren: avsändarens domän finns "
     "inte", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-cs-vracena-adresa-odesilatele", "550 5.1.1 Zpráva vrácena odesílateli: adresa odesílatele neexistuje",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-pl-zwrocona-adres-nadawcy", "550 5.1.1 Wiadomość zwrócona nadawcy: adres nadawcy nie istnieje", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-ru-vozvrat-adres-otpravitelya", "550 5.1.1 Возврат отправителю: адрес отправителя не существует", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-fr-retour-adresse-de-lexpediteur", "550 5.1.1 Retour à l'expéditeur : adresse de l'expéditeur inconnue",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-nl-retour-afzender-afzender-onbekend", "550 5.1.1 Retour afzender: afzender onbekend", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-it-rimandato-mittente-sconosciuto", "550 5.1.1 Messaggio rimandato al mittente: mittente sconosciuto",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-de-benachrichtigung-absender-unbekannt", "550 5.1.1 Benachrichtigung an den Absender: Absender unbekannt",
     "5.1.1", "RCPT", *OUR_SIDE),
    # "Your" said to the reader after the phrase, in the languages whose "your" the sender check reads only where a
    # reply opens with it (sender_words.OPENING_YOURS): the reader's own domain or address, ours.
    ("c-de-zurueckgeschickt-ihre-domain", "550 5.1.1 An den Absender zurückgeschickt: Ihre Domain existiert nicht",
     "5.1.1", "RCPT", *OUR_SIDE),
    ("c-de-mitteilung-an-den-absender-ihre-adresse", "550 5.1.1 Mitteilung an den Absender: Ihre Adresse ist "
     "unbekannt", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-es-devuelto-su-dominio", "550 5.1.1 Devuelto al remitente: su dominio no existe", "5.1.1", "RCPT",
     *OUR_SIDE),
]
ROWS += ours_in("r134", "guard", GUARD, GUARD_ROWS) + ours_in("r134", "forms", NEW_FORMS, NEW_FORMS_ROWS)

# ---- Round three: more attacks on review 132's phrase and review 134's guards (written before running them) --------
# (a) The sender noun the phrase blanks qualified by an ABSENCE ADJECTIVE after it, as French, Spanish, Italian and
# Portuguese place it: "renvoyé à l'expéditeur inconnu" is "returned to the UNKNOWN sender", ours.
ADJ = ("attack on review 132's RETURNED_TO, hand-made: the Romance languages' adjective after the noun (the sender "
       "said unknown inside the direction phrase): French 'expéditeur inconnu', Spanish 'remitente desconocido', "
       "Italian 'mittente sconosciuto', Portuguese 'remetente desconhecido' (as Postfix's 'Sender address rejected: "
       "User unknown' / Sendmail's 5.1.8 say it in English); the direction words as cited in section 2; taxonomy "
       "section 7: the sender's side, soft")
ADJ_ROWS = [
    ("c-fr-renvoye-a-lexpediteur-inconnu", "550 5.1.1 Message renvoyé à l'expéditeur inconnu", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("c-es-devuelto-al-remitente-desconocido", "550 5.1.1 Mensaje devuelto al remitente desconocido", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-it-restituito-al-mittente-sconosciuto", "550 5.1.1 Messaggio restituito al mittente sconosciuto", "5.1.1",
     "RCPT", *OUR_SIDE),
    ("c-pt-devolvida-ao-remetente-desconhecido", "550 5.1.1 Mensagem devolvida ao remetente desconhecido", "5.1.1",
     "RCPT", *OUR_SIDE),
]
# (b) review 134's "your" guard: the reader's own thing said missing right after the phrase (ours), against a "your"
# later in the sentence that is a help line's (the recipient's absence stays hard).
YOURS_SRC = ("controls on review 134's 'your' guard (sender_words._YOURS_AFTER), hand-made: Microsoft Learn (de) 'an "
             "den Absender zurückgeschickt', (fr) 'renvoyé à l'expéditeur'; 'your' said of the reader's own domain "
             "right after it is ours (taxonomy section 7, soft); a help line's 'your' after the recipient said "
             "missing (Exchange's NDR: 'check the recipient's address in your message') leaves it the recipient's "
             "(RFC 3463 X.1.1; taxonomy userunknown, hard)")
YOURS_ROWS = [
    ("c-de-zurueckgeschickt-da-ihre-domain", "550 5.1.1 An den Absender zurückgeschickt, da Ihre Domain nicht "
     "existiert", "5.1.1", "RCPT", *OUR_SIDE),
    ("c-fr-renvoye-votre-domaine", "550 5.1.1 Renvoyé à l'expéditeur : votre domaine n'existe pas", "5.1.1", "RCPT",
     *OUR_SIDE),
    ("returned-user-unknown-check-your-message", "550 5.1.1 Returned to the sender: user unknown, check the address "
     "in your message", "5.1.1", "RCPT", *HARD_UNK),
    ("fr-retour-utilisateur-inconnu-verifiez-votre-saisie", "550 5.1.1 Retour à l'expéditeur : utilisateur inconnu, "
     "vérifiez votre saisie", "5.1.1", "RCPT", *HARD_UNK),
]
# (c) review 134's failed-return guard: an error or failure word before the notice's verb is the notice failing.
NOTICE_FAILED = ("attack on review 134's failed-return guard, hand-made after RFC 5321 6.2 (a notification that cannot "
                 "be delivered) and qmail-send's double bounce: 'Error informing the sender', 'Failure notifying the "
                 "sender': the notice to OUR address failed, the address or domain then missing is ours; taxonomy "
                 "section 7: the sender's side, soft")
NOTICE_FAILED_ROWS = [
    ("c-error-informing-the-sender-address-does-not-exist", "550 5.0.0 Error informing the sender: address does not "
     "exist", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-failure-notifying-the-sender-domain-not-found", "550 5.0.0 Failure notifying the sender: domain not found",
     "5.0.0", "RCPT", *OUR_SIDE),
    # ...not an error REPORT that went back to the sender (Sendmail's "Returned mail: see transcript for details"):
    # the recipient's absence after it stays hard.
    ("delivery-error-returned-to-the-sender-user-unknown", "550 5.1.1 Delivery error returned to the sender: user "
     "unknown", "5.1.1", "RCPT", *HARD_UNK),
]
ROWS += (ours_in("r134", "adj", ADJ, ADJ_ROWS) + ours_in("r134", "yours", YOURS_SRC, YOURS_ROWS)
         + ours_in("r134", "notice", NOTICE_FAILED, NOTICE_FAILED_ROWS))

# ---- Round four (written before running): the return said to fail AFTER the phrase; mixed reports; an auto-reply ---
AFTER_FAILED = ("attack on review 132's RETURNED_TO and review 134's guard (which looks only before the phrase), "
                "hand-made after RFC 5321 6.2 (a notification to the reverse-path that cannot be delivered) and "
                "qmail-send's double bounce ('the bounce bounced'): the return or notice said failed or bounced right "
                "after the phrase, the address or domain then missing is OURS (taxonomy section 7, soft); a failed "
                "DELIVERY said in its own clause after the phrase leaves the recipient's absence hard (RFC 3463 X.1.1)")
AFTER_FAILED_ROWS = [
    ("c-returning-to-the-sender-failed-domain-not-found", "550 5.0.0 Returning the message to the sender failed: "
     "domain not found", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-notification-to-the-sender-bounced-mailbox-does-not-exist", "550 5.0.0 Notification to the sender bounced: "
     "mailbox does not exist", "5.0.0", "RCPT", *OUR_SIDE),
    ("c-de-an-den-absender-zurueckschicken-fehlgeschlagen", "550 5.0.0 An den Absender zurückschicken "
     "fehlgeschlagen: Adresse existiert nicht", "5.0.0", "RCPT", *OUR_SIDE),
    ("returned-to-the-sender-delivery-failed-user-unknown", "550 5.1.1 Returned to the sender, delivery failed: user "
     "unknown", "5.1.1", "RCPT", *HARD_UNK),
]
ROWS += ours_in("r134", "after", AFTER_FAILED, AFTER_FAILED_ROWS)

MIXED = ("hand-made following review 90/107's mixed delivery report layout (RFC 3461 NOTIFY=SUCCESS,FAILURE: one "
         "report may list delivered and failed recipients; labelled lines 'Recipient: name (outcome)'), the failed "
         "one's outcome in review 134's direction words (Microsoft Learn pt-br 'retornada ao remetente', sv-se "
         "'returneras till avsändaren', fr 'retour à l'expéditeur'); kim must stay failed (hard), the lead delivered")


def _report(name: str, kim: str) -> tuple:
    return (f"r134-mixed-{name}", MIXED, mixed_report("134", name, "Recipient: lead (delivered)", f"{kim}\n{WHY}"),
            hard(KIM))


MIXED_ROWS = [
    _report("pt-kim-retornada-ao-remetente", "Destinatário: kim (não entregue; retornada ao remetente: usuário "
            "desconhecido)"),
    _report("sv-kim-returneras-till-avsandaren", "Mottagare: kim (ej levererat; returneras till avsändaren: "
            "användaren finns inte)"),
    _report("fr-kim-retour-a-lexpediteur", "Destinataire : kim (non remis ; retour à l'expéditeur : utilisateur "
            "inconnu)"),
    _report("en-kim-sender-notified", "Recipient: kim (failed; sender notified: user unknown)"),
]
ROWS += MIXED_ROWS

AUTO = ("an out-of-office reply (RFC 3834 Auto-Submitted: auto-replied; review 56's layout) whose text says mail is "
        "'returned to the sender' or 'an den Absender zurückgeschickt' while the person is away: no bounce at all "
        "(taxonomy section 5: vacation and other auto-replies are no bounce)")
AUTO_ROWS = [
    ("r134-auto-returned-to-the-sender-while-away", AUTO, auto_reply("r134-away-en", "I am out of the office until "
     "Monday. Messages sent to this mailbox while I am away are not returned to the sender; I will read them when "
     "I am back.\n"), []),
    ("r134-auto-de-an-den-absender-zurueckgeschickt", AUTO, auto_reply("r134-away-de", "Ich bin bis Montag nicht im "
     "Büro. Ihre Nachricht wird nicht an den Absender zurückgeschickt, ich lese sie nach meiner Rückkehr.\n"), []),
]
ROWS += AUTO_ROWS
