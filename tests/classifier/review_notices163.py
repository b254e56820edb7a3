"""The hundred-and-sixty-third review: an ADVERSARIAL AUDIT of the newest mends nobody had attacked yet.

A. formats/success_sentences.py (review 161; 247b355, a96d926, 7e16b87): an address on the line below a success sentence,
   or a Postfix success entry ("<a@b>: delivered to mailbox"), is no failed recipient.
   FALSE SOFT attacks (a dead prospect lost): the success words negated or said of a failure, with the failed address
   ALONE on its line and the reply in a paragraph of its own (review 161's negated controls had the reply right under the
   address, where _failed_below kept them failed whatever the sentence said): "not successfully", "nicht erfolgreich",
   "n'a pas été remis", "no se entregó correctamente", "non è stato consegnato", "is niet afgeleverd"; negations the
   rule may not know ("nie", "nooit", "nunca", "aucun", "none of"); "delivered to all recipients EXCEPT:" in the six
   languages; "was unsuccessful", Exchange's "Delivery has failed to these recipients or groups:"; "delivered to" inside a
   failure sentence; a Postfix success entry's words followed by a failure in its own paragraph; a success sentence then
   a failure sentence right under the delivered address (no blank line).
   FALSE HARD controls: real success reports (Postfix's success template, Sendmail's "successful delivery notifications",
   several delivered addresses, wrapped at widths, six languages) read no bounce; mixed reports name only kim.
B. The grid mends: recipients._goes_on_a_sentence (af91b41), verb_final._CODE_BEFORE (761b975), success_sentences'
   folded Postfix entry (a96d926). Attacks: a real failed recipient on the line after a sentence ending mid-clause;
   multi-line German / Dutch replies where the absence is the recipient's, or our sender's sentence two lines back;
   a folded failure entry "<kim>: delivery to" / "mailbox failed".

Findings (116 rows in three batches, each committed before it ran; main at d03f611):
  First batch (81 rows): 21 misread. 18 FALSE SOFTS: 15 made by review 161's rule itself (with delivered_entry switched
  off they read right): kim lost (no bounce) under "wurde nie zugestellt an", "is nooit afgeleverd bij", "nunca se
  entregó a", "n'a été remis à aucun", "delivered to none of", "delivered to all recipients except:" in all six
  languages, "delivered to the next server, which sent it back for:", and two Postfix-shaped entries "<kim>: delivered
  to (/) mailbox" whose paragraph goes on with a 550; the German multi-line "Absender geprüft und akzeptiert. 550 5.1.1
  Die Adresse ist ungültig" read ours (3 layouts); kim bare under a success heading (judged). 1 FALSE HARD: "550-5.1.8
  Absender abgelehnt. 550-5.1.8 Bitte wenden Sie sich ... 550 5.1.8 Die Adresse ist ungültig" (even the one-line "550
  5.1.8 Die Adresse ist ungültig" read the lead hard). Also the delivered lead read failed (onhold) when a failure
  sentence stood right under it, and the Dutch success report "is met succes afgeleverd bij:" read as a bounce.
  Read right already: review 161's plain negations with the reply in its own paragraph, Exchange's "Delivery has failed
  to these recipients or groups:" and its relay-complete section, "could not be delivered to mailbox:", the folded
  failure entry "<kim>: delivery to" / "mailbox failed", the help-sentence tails (recipients._goes_on_a_sentence held
  against every attack), Sendmail's success and mixed reports, Postfix's success template, the other success reports.
  Second batch (23 rows, controls of the mends): 2 misread, both judged (5.1.8 against "Empfängeradresse").
  Third batch (12 rows, attacks on the mends): 11 misread: success sentences "without (any) error" read negated (French
  "sans aucune erreur" by this review's "aucun"; "sin ningún error", "senza nessun errore", "ohne Fehler", "with no
  errors" by the older "error / fehler / no"): a bounce on delivered prospects; "Absender geprüft, Empfänger abgelehnt.
  550 5.1.1 Die Adresse ist ungültig" read ours (3, mended) and its Dutch twin (3, judged: lexicon._SENDER's window).
Mended: formats/success_sentences.py (_NOT's never/none/except/sent-back words, _WITHOUT_ERROR, a Postfix success entry
checked by _failed_below, _failed_below stopping at the next address's own leading sentence, Dutch "met succes" and two
words before "afgeleverd"); verb_final.py (_SENDER_WORDS' "geprüft und akzeptiert", _SENDER_STATUS for X.1.7 / X.1.8,
the recipient named after our sender in _ours_before). 6 strict xfails (test_review_notices163.JUDGEMENT).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources below.
test_review_notices163.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts
from tests.classifier.review_notices50_sources import KIM, LEE, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices112 import HARD_UNK, LEAD as LEAD_ORG, MX, OUR_SIDE

LEAD = "lead@partner.example"
TWO, THREE = f"{LEAD}, {KIM}", f"{LEAD}, {LEE}, {KIM}"
REPLY = "\n\nThe remote server said: 550 5.1.1 User unknown"  # the reply in a paragraph of its own
WHY = "\n\tReason: 550 5.1.1 User unknown"
R = "recipient"

POSTFIX = ("Postfix bounce(5) / bounce.cf.default (failure_template 'could not be delivered to one or more recipients'; "
           "success_template 'Your message was successfully delivered to the destination(s) listed below. If the message "
           "was delivered to a mailbox you will receive no further notifications.'; bounce(5): 'To change Postfix DSN "
           "messages, perhaps to add non-English text', a site's own sentences, translated), local(8) 'delivered to "
           "mailbox', 'delivered to command: %s', 'delivered to file: %s', smtp(8) 'delivery via %s: 250 2.0.0 Ok'")
RFC3461 = "RFC 3461 §4.1 (NOTIFY=SUCCESS,FAILURE: one report may carry both outcomes)"
SENDMAIL = ("Sendmail sendmail/return.c ('   ----- The following addresses had successful delivery notifications -----', "
            "'%s  (successfully delivered to mailbox)', '   ----- The following addresses had permanent fatal errors "
            "-----', '    (reason: %s)', '   ----- Transcript of session follows -----')")
EXCHANGE = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' ('How to interpret an Exchange "
            "NDR': 'Delivery has failed to these recipients or groups:' / 'ronald@contoso.com' / the reason / 'Diagnostic "
            "information for administrators:'), Exchange's relay notice 'Delivery to these recipients or groups is "
            "complete, but no delivery notification was sent by the destination server:'")
WIDTH = "; wrapped at the writer's width (RFC 5322 §2.2.3)"
SRC = f"hand-made after {RFC3461}, {POSTFIX}"
FS = " (FALSE SOFT attack: kim, named under success words that are negated or said of a failure, stays failed)"
FH = " (FALSE HARD control: lead, named under a success sentence, was delivered; kim failed)"
NB = " (FALSE HARD control: a success-only report, no bounce)"


def _r(name: str, why: str, body: str, to: str = KIM, expected=None, source: str = SRC, **kw) -> tuple:
    return (f"r163-{name}", source + why, notice(f"r163-{name}", body + "\n", to=to, **kw),
            hard(KIM) if expected is None else expected)


ROWS: list[tuple] = []

# ---- A1. The success words negated, kim alone on its line, the reply in its own paragraph -----------------------------
NEGATED = {
    "en-not-successfully": "Your message was not successfully delivered to",
    "en-could-not-successfully": "Your message could not be successfully delivered to",
    "de-nicht-erfolgreich": "Ihre Nachricht wurde nicht erfolgreich zugestellt an",
    "fr-n-a-pas-ete-remis": "Le message n'a pas été remis à",
    "es-no-se-entrego": "El mensaje no se entregó correctamente a",
    "it-non-e-stato-consegnato": "Il messaggio non è stato consegnato a",
    "nl-is-niet-afgeleverd": "Het bericht is niet afgeleverd bij",
    # Negations outside the usual "not" words.
    "de-nie-zugestellt": "Ihre Nachricht wurde nie zugestellt an",
    "nl-nooit-afgeleverd": "Het bericht is nooit afgeleverd bij",
    "es-nunca-se-entrego": "El mensaje nunca se entregó a",
    "fr-remis-a-aucun": "Le message n'a été remis à aucun des destinataires suivants :",
    "en-delivered-to-none": "Your message was delivered to none of the following recipients:",
}
for key, sentence in NEGATED.items():
    ROWS.append(_r(f"neg-{key}", FS + " (the reply in a paragraph of its own)", f"{sentence}\n{KIM}{REPLY}"))

# ---- A2. "Delivered to all recipients EXCEPT:" (the ones listed failed) ----------------------------------------------
EXCEPT = {
    "en": "Your message was delivered to all recipients except:",
    "de": "Ihre Nachricht wurde allen Empfängern zugestellt, außer:",
    "fr": "Le message a été remis à tous les destinataires sauf :",
    "es": "El mensaje se entregó correctamente a todos los destinatarios excepto:",
    "it": "Il messaggio è stato consegnato a tutti i destinatari tranne:",
    "nl": "Het bericht is afgeleverd bij alle ontvangers behalve:",
}
for lang, sentence in EXCEPT.items():
    ROWS.append(_r(f"except-{lang}", FS + f" ({lang}: delivered to all BUT the ones listed; lead delivered, unnamed)",
                   f"{sentence}\n{KIM}{REPLY}", to=TWO))

# ---- A3. Failure sentences holding success-looking words --------------------------------------------------------------
ROWS += [
    _r("unsuccessful-list", FS + " ('was unsuccessful')",
       f"Delivery to the following recipients was unsuccessful:\n\n{KIM}{REPLY}"),
    _r("exchange-delivery-has-failed", " (FALSE SOFT attack: Exchange's failure heading, the reason under the address)",
       f"Delivery has failed to these recipients or groups:\n\n{KIM}\nThe e-mail address you entered couldn't be found. "
       "Please check the recipient's e-mail address and try to resend the message.\n\nDiagnostic information for "
       f"administrators:\n\nGenerating server: mail.example.com\n\n{KIM}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
       "found ##", source=f"hand-made after {EXCHANGE}"),
    _r("exchange-complete-then-failed", FH + " (Exchange: the relay-complete section names lead, the failure heading kim)",
       f"Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination "
       f"server:\n\n{LEAD}\n\nDelivery has failed to these recipients or groups:\n\n{KIM}\nThe e-mail address you entered "
       "couldn't be found.\n\nDiagnostic information for administrators:\n\nGenerating server: mail.example.com\n\n"
       f"{KIM}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", to=TWO, source=f"hand-made after {EXCHANGE}"),
    _r("delivered-to-mailbox-inline", FS + " ('could not be delivered to mailbox:' and the address on the same line)",
       f"Message could not be delivered to mailbox: {KIM}{REPLY}"),
    _r("delivered-to-mailbox-below", FS + " ('could not be delivered to mailbox:', the address below)",
       f"Message could not be delivered to mailbox:\n{KIM}{REPLY}"),
    _r("relay-delivered-then-returned", FS + " (handed to the next server, which sent it back: a failure sentence)",
       f"Your message was delivered to the next server, which sent it back for:\n{KIM}{REPLY}"),
    # A success sentence, the delivered lead, and a failure sentence right under it (no blank line).
    _r("success-then-failure-no-blank", FH + " (the failure sentence right under the delivered address)",
       f"Your message was successfully delivered to\n{LEAD}\nbut could not be delivered to\n{KIM}{WHY}", to=TWO),
    _r("success-then-failed-entry-no-blank", FH + " (kim's failed entry right under the delivered lead)",
       f"Your message was successfully delivered to\n{LEAD}\n{KIM}: 550 5.1.1 User unknown", to=TWO),
    _r("success-then-bare-failed-no-blank", FH + " (kim bare under the delivered lead, kim's reply indented below it)",
       f"Your message was successfully delivered to the following recipients:\n{LEAD}\n{KIM}\n    550 5.1.1 User "
       "unknown", to=TWO),
]

# ---- A4. Postfix success entry words beside a failure ----------------------------------------------------------------
PF_FAIL = "Your message could not be delivered to one or more recipients.\n\n"
ROWS += [
    _r("pf-delivered-then-550-in-paragraph", FS + " (a Postfix-shaped success entry whose own paragraph goes on with a "
       "550 reply for kim)", f"{PF_FAIL}<{KIM}>: delivered to mailbox\n    550 5.1.1 User unknown (in reply to RCPT TO "
       "command)"),
    _r("pf-delivered-to-mailbox-error", FS + " (the entry says delivery to the mailbox hit an error)",
       f"{PF_FAIL}<{KIM}>: delivered to mailbox: error: 550 5.1.1 User unknown"),
    _r("pf-folded-delivery-to-mailbox-failed", FS + " (a failure entry folded by a width: 'delivery to' / 'mailbox "
       "failed')", f"{PF_FAIL}<{KIM}>: delivery to\n\tmailbox failed: 550 5.1.1 User unknown"),
    _r("pf-folded-delivered-to-mailbox-failed", FS + " ('delivered to' / 'mailbox failed': the fold hides the failure "
       "word on the next line)", f"{PF_FAIL}<{KIM}>: delivered to\n\tmailbox failed: 550 5.1.1 User unknown"),
    _r("pf-folded-delivered-to-then-reply", FS + " ('delivered to' / 'mailbox', then the 550 on a third line)",
       f"{PF_FAIL}<{KIM}>: delivered to\n\tmailbox\n\t550 5.1.1 User unknown"),
    _r("pf-quota-folded", " (FALSE SOFT control: local(8)'s 'cannot update mailbox' folded; kim failed, soft)",
       f"{PF_FAIL}<{KIM}>: cannot update mailbox\n\t/var/mail/kim for user kim. error writing message: 552 5.2.2 Mailbox "
       "full", expected=[(KIM, False, ("mailboxfull",), R, False)]),
    # Controls: Postfix success entries beside kim's failure.
    _r("pf-folded-delivered-to-command", FH + " (local(8) 'delivered to command:' folded by a width)",
       f"Your message was successfully delivered to the destination(s) listed below.\n\n<{LEAD}>: delivered to\n"
       f"\tcommand: /usr/bin/procmail\n\n{PF_FAIL}<{KIM}>: host mx.partner.example[192.0.2.7] said: 550 5.1.1 User "
       "unknown (in reply to RCPT TO command)", to=TWO),
    _r("pf-folded-delivery-via-250", FH + " (smtp(8) 'delivery via ...: 250 2.0.0 Ok' folded by a width)",
       f"Your message was successfully delivered to the destination(s) listed below.\n\n<{LEAD}>: delivery via\n\t"
       f"mx.partner.example[192.0.2.7]:25: 250 2.0.0 Ok: queued as 4F2A1\n\n{PF_FAIL}<{KIM}>: host "
       "mx.partner.example[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", to=TWO),
]

# ---- A5. Real success reports (no bounce) and mixed reports naming kim only -------------------------------------------
SUCCESS = "Delivery Status Notification (Success)"
ROWS += [
    _r("ok-postfix-success-template", NB + " (Postfix's success template, two smtp(8) entries, wrapped at 72)",
       "This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
       "destination(s)\nlisted below. If the message was delivered to a mailbox you will\nreceive no further "
       "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
       f"                   The mail system\n\n<{LEAD}>: delivery via mx.partner.example[192.0.2.7]:25: 250 2.0.0\n"
       f"    Ok: queued as 4F2A1\n\n<{KIM}>: delivered to mailbox", to=TWO, expected=[],
       subject="Successful Mail Delivery Report"),
    _r("ok-sendmail-success", NB + " (Sendmail's success section, two delivered addresses)",
       f"   ----- The following addresses had successful delivery notifications -----\n<{LEAD}>  (successfully "
       f"delivered to mailbox)\n<{KIM}>  (successfully delivered to mailbox)\n", to=TWO, expected=[],
       subject="Return receipt", source=f"hand-made after {SENDMAIL}"),
    _r("ok-en-wrapped-30", NB + " (English, broken at 30 columns, two addresses)",
       f"Your message was\nsuccessfully delivered to\nthe following recipients:\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject=SUCCESS, source=SRC + WIDTH),
    _r("ok-de-two-blank", NB + " (German, broken before 'zugestellt an:', a blank line, two addresses)",
       f"Ihre Nachricht wurde erfolgreich\nzugestellt an:\n\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Zustellbenachrichtigung (erfolgreich)", source=SRC + WIDTH),
    _r("ok-fr-two", NB + " (French, 'avec succès aux destinataires suivants :')",
       f"Le message a été remis avec succès aux destinataires suivants :\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Notification d'état de remise (réussite)"),
    _r("ok-es-two", NB + " (Spanish)", f"El mensaje se entregó correctamente a los siguientes destinatarios:\n{LEAD}\n"
       f"{KIM}", to=TWO, expected=[], subject="Notificación de estado de entrega (correcta)"),
    _r("ok-it-two-tab", NB + " (Italian, the addresses indented with a tab)",
       f"Il messaggio è stato consegnato correttamente ai seguenti destinatari:\n\t{LEAD}\n\t{KIM}", to=TWO,
       expected=[], subject="Notifica sullo stato della consegna (riuscita)"),
    _r("ok-nl-wrapped", NB + " (Dutch, broken before 'afgeleverd bij:')",
       f"Het bericht is met succes\nafgeleverd bij:\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Bericht over de bezorgstatus (geslaagd)", source=SRC + WIDTH),
    _r("mixed-sendmail", FH + " (Sendmail: lead's success line, kim's permanent fatal error and the transcript)",
       f"   ----- The following addresses had successful delivery notifications -----\n{LEAD}  (successfully "
       f"delivered to mailbox)\n\n   ----- The following addresses had permanent fatal errors -----\n<{KIM}>\n    "
       f"(reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to "
       f"mx.partner.example.:\n>>> RCPT To:<{KIM}>\n<<< 550 5.1.1 User unknown\n550 5.1.1 <{KIM}>... User unknown",
       to=TWO, source=f"hand-made after {SENDMAIL}", subject="Returned mail: see transcript for details"),
]
MIXED_TWO = {
    "fr": ("Le message a été\nremis à :\n", "Impossible de remettre le message à :\n"),
    "es": ("El mensaje se entregó\ncorrectamente a:\n", "No se pudo entregar el mensaje a:\n"),
    "it": ("Il messaggio è stato\nconsegnato a:\n", "Impossibile consegnare il messaggio a:\n"),
    "nl": ("Het bericht is\nafgeleverd bij:\n", "Het bericht kon niet worden afgeleverd aan:\n"),
    "en": ("Your message was successfully\n\tdelivered to:\n", "Your message could not be\n\tdelivered to:\n"),
}
for lang, (ok, failed) in MIXED_TWO.items():
    ROWS.append(_r(f"mixed-two-delivered-{lang}", FH + f" ({lang}: the success sentence broken by a width, lead and lee "
                   "delivered, then kim's failure)", f"{ok}{LEAD}\n{LEE}\n\n{failed}{KIM}{WHY}", to=THREE,
                   source=SRC + WIDTH))

# ---- B1. recipients._goes_on_a_sentence: a real failed entry after a line ending mid-clause ---------------------------
LIST = "Your message could not be delivered to the following recipients.\n"
ROWS += [
    _r("tail-failed-recipients-are", FS + " ('Failed recipients are' / kim: the sentence's next words ARE the list)",
       f"{LIST}Please contact your administrator if this problem persists. The failed recipients are\n{KIM}\n    550 "
       "5.1.1 User unknown"),
    _r("tail-please-contact-then-entry", FS + " (a help line ending 'please contact' right above kim's own failed "
       "entry)", f"{LIST}If the problem continues, please contact\n{KIM}: 550 5.1.1 User unknown"),
    _r("tail-please-contact-bare-entry", FS + " (a help line ending 'contact', then kim bare, its reply indented)",
       f"{LIST}If the problem continues, please contact\n{KIM}\n    550 5.1.1 User unknown"),
    _r("tail-reason-ending-or", FS + " (the first entry's reason wraps and ends 'or', then the second failed "
       "entry)", f"{LIST}\n{LEE}\n    550 5.1.1 The mailbox is unknown; contact the recipient by phone or\n{KIM}\n"
       "    550 5.1.1 User unknown", to=f"{LEE}, {KIM}", expected=hard(LEE, KIM)),
    # Controls: the help sentence's own address (ours) is no failed entry.
    _r("c-tail-help-address", " (control: the helpdesk address a width moved under 'write to' is no failed entry)",
       f"{PF_FAIL}If you need help, write to\n\thelpdesk@example.com or call extension 4711.\n\n<{KIM}>: host "
       "mx.partner.example[192.0.2.7] said:\n    550 5.1.1 User unknown (in reply to RCPT TO command)",
       source=SRC + WIDTH),
]

# ---- B2. verb_final._CODE_BEFORE: multi-line replies (RFC 5321 §4.2.1) ------------------------------------------------
both = both_layouts("r163", MX, LEAD_ORG)
MULTI = ("Postfix access(5) 'REJECT optional text...' (an admin's reply text, German / Dutch), as a multi-line reply "
         "(RFC 5321 §4.2.1: each line but the last '550-'), written out as one Diagnostic-Code line; hand-made after "
         "review 150's rows")
GONE = (True, ("userunknown", "hasmoved"), R)
ROWS += both("multi", MULTI + " (FALSE SOFT attack: the absence is the recipient's; hard)", [
    ("de-empfaenger-unbekannt", "550-5.1.1 Empfänger unbekannt. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-postfach-geloescht", "550-5.1.1 Zustellung fehlgeschlagen. 550 5.1.1 Das Postfach wurde gelöscht", "5.1.1",
     "RCPT", *GONE),
    ("nl-ontvanger-onbekend", "550-5.1.1 Ontvanger onbekend. 550 5.1.1 Het adres is ongeldig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-three-lines-recipient", "550-5.1.1 Ihre Nachricht an lead@example.org wurde abgewiesen. 550-5.1.1 Bitte "
     "prüfen Sie die Schreibweise. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-absender-geprueft-akzeptiert", "550-5.1.1 Absender geprüft und akzeptiert. 550 5.1.1 Die Adresse ist "
     "ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-afzender-ok", "550-5.1.1 Afzender OK. 550 5.1.1 Het adres is ongeldig", "5.1.1", "RCPT", *HARD_UNK),
])
ROWS += both("multi-ours", MULTI + " (FALSE HARD control: our sender refused; the recipient's address is fine: soft, "
             "our side)", [
    ("nl-afzender-geweigerd", "550-5.1.8 Afzender geweigerd. 550 5.1.8 Het adres is ongeldig", "5.1.8", "RCPT",
     *OUR_SIDE),
    ("de-absender-three-lines", "550-5.1.8 Absender abgelehnt. 550-5.1.8 Bitte wenden Sie sich an Ihren "
     "Administrator. 550 5.1.8 Die Adresse ist ungültig", "5.1.8", "RCPT", *OUR_SIDE),
    ("de-absender-no-enhanced", "550-Absender abgelehnt. 550 Die Adresse ist ungültig", "5.1.8", "RCPT", *OUR_SIDE),
])

# Second batch (written before it ran, after the first batch's mends): controls of those mends.
# 1. The sender-address statuses (RFC 3463 X.1.7, X.1.8) beside a bare "Die Adresse / Het adres": our sender's; the
#    recipient's noun, or a recipient status, stays the recipient's (hard).
ROWS += both("status", MULTI + " (control: the words name the recipient's address, or the status is the recipient's; "
             "hard)", [
    ("de-empfaengeradresse-518", "550 5.1.8 Die Empfängeradresse ist ungültig", "5.1.8", "RCPT", *HARD_UNK),
    ("de-absender-ok-three-lines-511", "550-5.1.1 Absender ok. 550-5.1.1 Bitte prüfen Sie die Schreibweise. 550 5.1.1 "
     "Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-afzender-gecontroleerd-en-geaccepteerd", "550-5.1.1 Afzender gecontroleerd en geaccepteerd. 550 5.1.1 Het "
     "adres is ongeldig", "5.1.1", "RCPT", *HARD_UNK),
])
ROWS += both("status-ours", MULTI + " (FALSE HARD control: the status or the words name our sender; soft, our side)", [
    ("nl-adres-517", "553 5.1.7 Het adres is ongeldig", "5.1.7", "RCPT", *OUR_SIDE),
    ("de-absender-geprueft-abgelehnt", "550-5.7.1 Absender geprüft und abgelehnt. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("de-absender-geprueft-nicht-akzeptiert", "550-Absender geprüft und nicht akzeptiert. 550 Die Adresse ist "
     "ungültig", "5.0.0", "RCPT", *OUR_SIDE),
])
# 2. Success sentences the wider negation words must not spoil (no bounce), and "met succes" negated (kim failed).
ROWS += [
    _r("ok-en-all-of-the-following", NB + " ('to all of the following recipients:')",
       f"Your message was successfully delivered to all of the following recipients:\n{LEAD}\n{KIM}", to=TWO,
       expected=[], subject=SUCCESS),
    _r("ok-fr-personne-suivante", NB + " (French 'à la personne suivante :')",
       f"Le message a été remis avec succès à la personne suivante :\n{LEAD}", to=LEAD, expected=[],
       subject="Notification d'état de remise (réussite)"),
    _r("neg-nl-niet-met-succes", FS + " ('kon niet met succes worden afgeleverd bij:')",
       f"Het bericht kon niet met succes worden afgeleverd bij:\n{KIM}{REPLY}"),
    # 3. A failure heading right under the delivered address (no blank line): lead delivered, kim failed.
    _r("success-then-failed-for-no-blank", FH + " ('Delivery failed for:' right under the delivered lead)",
       f"Your message was successfully delivered to\n{LEAD}\nDelivery failed for:\n{KIM}{WHY}", to=TWO),
    # 4. A Postfix success entry whose paragraph goes on without a failure stays delivered.
    _r("pf-delivered-then-queued-line", FH + " (lead's success entry's own paragraph goes on: 'queued as', no failure)",
       f"Your message was successfully delivered to the destination(s) listed below.\n\n<{LEAD}>: delivery via "
       f"mx.partner.example[192.0.2.7]:25: 250 2.0.0 Ok:\n    queued as 4F2A1\n\n{PF_FAIL}<{KIM}>: host "
       "mx.partner.example[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", to=TWO),
]

# Third batch (written before it ran): attacks on this review's own mends.
# 1. "without any error" is no negation of the success (no bounce); a forwarding sentence under the delivered lead names
#    no failure (no bounce).
ROWS += [
    _r("ok-fr-sans-aucune-erreur", NB + " (French 'sans aucune erreur': without any error)",
       f"Le message a été remis sans aucune erreur aux destinataires suivants :\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Notification d'état de remise (réussite)"),
    _r("ok-it-senza-nessun-errore", NB + " (Italian 'senza nessun errore')",
       f"Il messaggio è stato consegnato senza nessun errore a:\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Notifica sullo stato della consegna (riuscita)"),
    _r("ok-es-sin-ningun-error", NB + " (Spanish 'sin ningún error')",
       f"El mensaje se entregó sin ningún error a:\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Notificación de estado de entrega (correcta)"),
    _r("ok-de-ohne-fehler", NB + " (German 'ohne Fehler')",
       f"Ihre Nachricht wurde ohne Fehler zugestellt an:\n{LEAD}\n{KIM}", to=TWO, expected=[],
       subject="Zustellbenachrichtigung (erfolgreich)"),
    _r("ok-en-with-no-errors", NB + " (English 'with no errors')",
       f"Your message was delivered with no errors to:\n{LEAD}\n{KIM}", to=TWO, expected=[], subject=SUCCESS),
    _r("ok-delivered-and-forwarded-to", NB + " (delivered to lead, and forwarded to another address: no failure)",
       f"Your message was successfully delivered to\n{LEAD}\nand forwarded to\n{LEE}", to=LEAD, expected=[],
       subject=SUCCESS),
]
# 2. The sentence before names our sender checked AND the recipient refused: the bare address is the recipient's (hard).
ROWS += both("multi-both-named", MULTI + " (FALSE SOFT attack: the sentence before names our sender checked and the "
             "recipient refused; hard)", [
    ("de-absender-geprueft-empfaenger-abgelehnt", "550-5.1.1 Absender geprüft, Empfänger abgelehnt. 550 5.1.1 Die "
     "Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-afzender-gecontroleerd-ontvanger-onbekend", "550-5.1.1 Afzender gecontroleerd, ontvanger onbekend. 550 5.1.1 "
     "Het adres is ongeldig", "5.1.1", "RCPT", *HARD_UNK),
])
