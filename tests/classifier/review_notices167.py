"""The hundred-and-sixty-seventh review: an ADVERSARIAL AUDIT of review 163's mends (merged at d8430a6).

A. formats/success_sentences.py: _NOT's never / none / except / sent-back words, _WITHOUT_ERROR, a Postfix success entry
   checked by _failed_below, _failed_below stopping at the next address's own sentence, Dutch "met succes".
   FALSE HARD attacks (a delivered prospect read failed): success sentences whose words hold a new _NOT word innocently
   ("sans aucun retard", "senza nessun ritardo", "sin ningún retraso", "ohne jegliche Fehler", "error-free", "(no
   errors)", "nothing was returned"), notes under the delivered address ("None failed.", "Keiner hat ... abgelehnt.",
   "Aucun rejet.", "except for the attachment", "Delivered without errors."), and a Postfix success entry whose 250
   reply, wrapped under it, carries digits a failure code's pattern takes (Exchange Online's "bytes in 0.456", a
   Gmail queue id's ".452").
   FALSE SOFT attacks (a dead prospect lost): failures worded with _WITHOUT_ERROR's words ("no error code was
   returned", "ohne Fehlercode", "sans aucune erreur de notre part, ... n'a pas pu être remis à", "delivered with no
   errors to our gateway, but returned"), exceptions in words _NOT lacks ("with the exception of", "à l'exception de",
   "mit Ausnahme von", "ad eccezione di", "con excepción de", "met uitzondering van", "other than"), and negations it
   lacks ("n'a été remis à personne", "delivered to neither of").
B. verb_final.py: _SENDER_WORDS' "geprüft und akzeptiert", _SENDER_STATUS (X.1.7 / X.1.8), _ours_before's recipient named
   after our sender.
   FALSE HARD attacks (our sender's address the invalid one): "Absender abgelehnt" two sentences before "Die Adresse
   ist ungültig" under 5.7.1 / 5.1.0 / no status, "Absender nicht akzeptiert", "Absender geprüft und abgelehnt", the
   Dutch twin, and our sender refused with the recipient named ACCEPTED after it ("Absender abgelehnt, Empfänger ok").
   FALSE SOFT attacks (the recipient's address the invalid one): our sender said accepted in words _SENDER_WORDS lacks
   ("Absender wurde akzeptiert", "Absender ist in Ordnung", "Absender erfolgreich geprüft", "Afzender is
   geaccepteerd", "Afzender gecontroleerd en goedgekeurd"), the recipient named in a line of its own after our
   sender's, and 5.1.8 with our sender said accepted.

Findings (141 rows in two batches, each committed before it ran; main at d8430a6):
  First batch (104 rows): 64 misread, 61 mended. FALSE HARDS (36): the delivered lead read failed under "sans aucun
  retard", "senza nessun ritardo", "sin ningún retraso" (review 163's new words), "ohne jegliche Fehler", "ohne Fehler
  oder Verzögerung" and "is zonder enige fout afgeleverd" (_SAID's two-word gap), notes under the delivered lead
  ("Nothing was returned", "except for the attachment", "außer dem Anhang", "Delivered without errors.", "(remis sans
  aucune erreur)", "was never queued"; two of them lost kim too); success-only reports read a bounce by their closing
  line ("None failed.", "Keiner hat die Nachricht abgelehnt.", "Aucun rejet."); "Absender abgelehnt" two sentences
  before "Die Adresse ist ungültig" with a help sentence between under 5.7.1 / 5.1.0 / no status, "Absender geprüft und
  abgelehnt" likewise, the Dutch twin, and "Absender abgelehnt, Empfänger ok / nicht geprüft" (review 163's recipient
  named after our sender): the lead hard (21 rows, three layouts). FALSE SOFTS (28, one judged): exceptions and
  negations _NOT lacked ("with the exception of", "other than", "à l'exception de", "excepté", "mit Ausnahme von", "ad
  eccezione di", "con excepción de", "met uitzondering van", "n'a été remis à personne", "delivered to neither of"): kim
  lost, no bounce at all (10); our sender said accepted in words _SENDER_WORDS lacked ("wurde akzeptiert", "ist in
  Ordnung", "erfolgreich geprüft", "is geaccepteerd", "gecontroleerd en goedgekeurd", "geprüft und zugelassen") and
  X.1.8 with "Absender akzeptiert": the lead soft, our side (17, two judged); "no error code was returned ... mailbox
  does not exist" read `filtered` (judged). Read right already: Postfix success entries with Exchange Online's and
  Gmail's wrapped 250 replies (their "0.451," / ".452" digits), "without errors or delays", "sans erreur ni retard",
  "with no errors reported", "error-free", "(no errors)", the failures worded with "no error code", "ohne Fehlercode",
  "sans aucune erreur de notre part ... n'a pas pu être remis".
  Second batch (37 rows, controls and attacks of the mends): 11 misread, 9 mended: "remis sans succès à", "delivered
  without success to", "ohne Erfolg zugestellt an" (kim lost), "... returned it: user unknown" under kim (the first
  split of _failed_below's words), "Bitte wenden Sie sich an den Absender" one sentence before the bare address (read
  ours, older than review 163), "Absender erfolgreich geprüft und abgelehnt" (the new _ACCEPTED); two rows with kim's
  bare English "user unknown" read `filtered` (judged).
Mended: formats/success_sentences.py (_NOT's exceptions and "sans succès" words, _SENT_BACK, _WITHOUT_ERROR's delays /
difficulties / exceptions and "jegliche / irgendwelche / ninguna", _NOT_BELOW and _NONE_FAILED for the lines under a
delivered address, _SAID's four-word gap); verb_final.py (_ACCEPTED shared by _SENDER_WORDS, _SENDER_OK and
_RECIPIENT_NAMED; _HELP_SENTENCE / _HELP_WORD in _ours_before). 5 strict xfails (test_review_notices167.JUDGEMENT):
three bare English "user unknown" words read `filtered` (the standing sisimai call), two 5.1.8 quoting copies (review
163's call).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources below.
test_review_notices167.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices112 import HARD_UNK, LEAD as LEAD_ORG, MX, OUR_SIDE
from tests.classifier.review_notices163 import LEAD, MULTI, PF_FAIL, POSTFIX, SRC, SUCCESS, TWO, WHY

FS = " (FALSE SOFT attack: kim failed; must stay hard)"
FH = " (FALSE HARD attack: lead was delivered, only kim failed)"
NB = " (FALSE HARD attack: a success-only report, no bounce)"
CTL = " (control: lead delivered, kim failed)"
EXO_250 = ("Exchange Online's SMTP reply to DATA '250 2.6.0 <message-id> [InternalId=..., Hostname=...] N bytes in "
           "0.151, 61.710 KB/sec Queued mail for delivery' (as seen in Postfix smtp(8) 'delivery via' logs)")
GMAIL_250 = "Gmail's SMTP reply to DATA '250 2.0.0 OK  <epoch> <queue-id>.<3 digits> - gsmtp'"
FAILED = {
    "en": "Your message could not be delivered to:\n",
    "de": "Ihre Nachricht konnte nicht zugestellt werden an:\n",
    "fr": "Impossible de remettre le message à :\n",
    "es": "No se pudo entregar el mensaje a:\n",
    "it": "Impossibile consegnare il messaggio a:\n",
    "nl": "Het bericht kon niet worden afgeleverd aan:\n",
}


def _r(name: str, why: str, body: str, to: str = TWO, expected=None, source: str = SRC, **kw) -> tuple:
    return (f"r167-{name}", "hand-made after " + source.removeprefix("hand-made after ") + why,
            notice(f"r167-{name}", body + "\n", to=to, **kw), hard(KIM) if expected is None else expected)


def _mixed(lang: str, ok: str, note: str = "") -> str:
    """A success sentence over the delivered lead (with a note under it), then the failure sentence over kim."""
    return f"{ok}\n{LEAD}\n{note}\n{FAILED[lang]}{KIM}{WHY}" if note else f"{ok}\n{LEAD}\n\n{FAILED[lang]}{KIM}{WHY}"


ROWS: list[tuple] = []

# ---- A1. Success sentences holding an innocent negation-like word (mixed reports: lead delivered, kim failed) --------
INNOCENT = {
    "fr-sans-aucun-retard": ("fr", "Le message a été remis sans aucun retard à :"),
    "it-senza-nessun-ritardo": ("it", "Il messaggio è stato consegnato senza nessun ritardo a:"),
    "es-sin-ningun-retraso": ("es", "El mensaje se entregó sin ningún retraso a:"),
    "de-ohne-jegliche-fehler": ("de", "Ihre Nachricht wurde ohne jegliche Fehler zugestellt an:"),
    "en-without-errors-or-delays": ("en", "Your message was delivered without errors or delays to:"),
    "de-ohne-fehler-oder-verzoegerung": ("de", "Ihre Nachricht wurde ohne Fehler oder Verzögerung zugestellt an:"),
    "fr-sans-erreur-ni-retard": ("fr", "Le message a été remis sans erreur ni retard à :"),
    "en-with-no-errors-reported": ("en", "Your message was delivered with no errors reported to:"),
    "en-error-free": ("en", "Your message was delivered error-free to:"),
    "en-no-errors-parenthesis": ("en", "Your message was successfully delivered (no errors) to:"),
    "en-nothing-returned": ("en", "Your message was successfully delivered (nothing was returned) to:"),
    "en-with-no-delay": ("en", "Your message was delivered with no delay to:"),
    "es-sin-errores-ni-demoras": ("es", "El mensaje se entregó sin errores ni demoras a:"),
    "it-senza-alcun-problema": ("it", "Il messaggio è stato consegnato senza alcun problema a:"),
    "nl-zonder-enige-fout": ("nl", "Het bericht is zonder enige fout afgeleverd bij:"),
    "nl-met-succes-zonder-problemen": ("nl", "Het bericht is met succes en zonder problemen afgeleverd bij:"),
}
for key, (lang, ok) in INNOCENT.items():
    ROWS.append(_r(f"innocent-{key}", FH + " (the success sentence's own words: no negation of the delivery)",
                   _mixed(lang, ok)))
# A report's title line, right above its success sentence with no stop, says "no action required".
ROWS.append(_r("innocent-title-no-action", FH + " (a title line without a stop right above the success sentence)",
               _mixed("en", "Delivery report (no action required)\nYour message was successfully delivered to the "
                      "following recipients:")))

# ---- A2. Notes under the delivered address (the success sentence plain) ----------------------------------------------
NOTES = {
    "en-nothing-returned": ("en", "Your message was successfully delivered to", "Nothing was returned by the "
                            "destination server.\n"),
    "en-except-attachment": ("en", "Your message was successfully delivered to", "except for the attachment "
                             "invoice.exe, which was removed by policy.\n"),
    "de-ausser-anhang": ("de", "Ihre Nachricht wurde erfolgreich zugestellt an:", "(außer dem Anhang rechnung.exe, "
                         "der entfernt wurde)\n"),
    "en-delivered-without-errors": ("en", "Your message was successfully delivered to", "Delivered without "
                                    "errors.\n"),
    "fr-sans-aucune-erreur": ("fr", "Le message a été remis avec succès à :", "(remis sans aucune erreur)\n"),
    "en-never-queued": ("en", "Your message was successfully delivered to", "The message was never queued; it "
                        "went straight into the mailbox.\n"),
}
for key, (lang, ok, note) in NOTES.items():
    ROWS.append(_r(f"note-{key}", FH + " (a note right under the delivered address, the failure in a later paragraph)",
                   _mixed(lang, ok, note)))
# Success-only reports whose closing line says nothing failed (no bounce at all).
ROWS += [
    _r("ok-en-none-failed", NB + " ('None failed.' under the delivered addresses)",
       f"Your message was delivered to all recipients:\n{LEAD}\n{KIM}\nNone failed.", expected=[], subject=SUCCESS),
    _r("ok-de-keiner-abgelehnt", NB + " ('Keiner hat die Nachricht abgelehnt.')",
       f"Ihre Nachricht wurde allen Empfängern zugestellt:\n{LEAD}\n{KIM}\nKeiner hat die Nachricht abgelehnt.",
       expected=[], subject="Zustellbenachrichtigung (erfolgreich)"),
    _r("ok-fr-aucun-rejet", NB + " ('Aucun rejet.')",
       f"Le message a été livré à tous les destinataires :\n{LEAD}\n{KIM}\nAucun rejet.", expected=[],
       subject="Notification d'état de remise (réussite)"),
    _r("ok-en-nothing-returned", NB + " (the closing line 'nothing was returned')",
       f"Your message was successfully delivered to the following recipients:\n{LEAD}\n{KIM}\nNothing was returned.",
       expected=[], subject=SUCCESS),
]

# ---- A3. A Postfix success entry (review 163: now checked by _failed_below) whose 250 reply wraps -------------------
PF_OK = ("This is the mail system at host mail.example.com.\n\nYour message was successfully delivered to the "
         "destination(s)\nlisted below. If the message was delivered to a mailbox you will\nreceive no further "
         "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
         "                   The mail system\n\n")
EXO_ENTRY = (f"<{LEAD}>: delivery via partner-example.mail.protection.outlook.com[192.0.2.7]:25: 250 2.6.0\n    "
             "<r167@mail.example.com> [InternalId=12884901890, Hostname=AM0PR01MB1234.eurprd01.prod.outlook.com]\n"
             "    9581 bytes in 0.451, 20.740 KB/sec Queued mail for delivery")
GMAIL_ENTRY = (f"<{LEAD}>: delivery via gmail-smtp-in.l.google.com[192.0.2.27]:25: 250 2.0.0 OK\n    1700000000 "
               "k12si2203452pgt.452 - gsmtp")
PF_KIM = f"{PF_FAIL}<{KIM}>: host mx.partner.example[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command)"
ROWS += [
    _r("pf-exo-250-throughput", FH + " (Exchange Online's 250 reply wrapped under lead's entry: '0.451,')",
       f"{PF_OK}{EXO_ENTRY}\n\n{PF_KIM}", source=f"{POSTFIX}, {EXO_250}"),
    _r("pf-gmail-250-queue-id", FH + " (Gmail's 250 reply wrapped under lead's entry: 'pgt.452')",
       f"{PF_OK}{GMAIL_ENTRY}\n\n{PF_KIM}", source=f"{POSTFIX}, {GMAIL_250}"),
    _r("ok-pf-exo-250-throughput", NB + " (Postfix's success report alone, Exchange Online's wrapped 250 reply)",
       f"{PF_OK}{EXO_ENTRY}", expected=[], subject="Successful Mail Delivery Report", source=f"{POSTFIX}, {EXO_250}"),
    _r("ok-pf-gmail-250-queue-id", NB + " (Postfix's success report alone, Gmail's wrapped 250 reply)",
       f"{PF_OK}{GMAIL_ENTRY}", expected=[], subject="Successful Mail Delivery Report",
       source=f"{POSTFIX}, {GMAIL_250}"),
    # Controls: the 250 reply without such digits; a real failure in the entry's paragraph (review 163's rule).
    _r("pf-250-plain-control", CTL + " (a plain wrapped 250 reply)",
       f"{PF_OK}<{LEAD}>: delivery via mx.partner.example[192.0.2.7]:25: 250 2.0.0\n    Ok: queued as 4F2A1\n\n"
       f"{PF_KIM}"),
    _r("pf-delivered-then-550-control", FS + " (a Postfix-shaped entry whose paragraph goes on with kim's 550)",
       f"{PF_FAIL}<{KIM}>: delivered to mailbox\n    550 5.1.1 User unknown (in reply to RCPT TO command)", to=KIM),
]

# ---- A4. Failures worded with _WITHOUT_ERROR's words (kim failed, hard) ---------------------------------------------
ROWS += [
    _r("woe-en-no-error-code", FS + " ('No error code was returned by the remote server' under kim)",
       f"Your message could not be delivered to:\n{KIM}\nNo error code was returned by the remote server; it said: "
       "mailbox does not exist", to=KIM),
    _r("woe-de-ohne-fehlercode", FS + " ('ohne Fehlercode' in the failure sentence)",
       f"Ihre Nachricht wurde ohne Fehlercode abgewiesen und nicht zugestellt an:\n{KIM}{WHY}", to=KIM),
    _r("woe-fr-sans-aucune-erreur-de-notre-part", FS + " ('sans aucune erreur de notre part, le message n'a pas pu "
       "être remis à')", f"Sans aucune erreur de notre part, le message n'a pas pu être remis à :\n{KIM}{WHY}", to=KIM),
    _r("woe-es-sin-ningun-error-nuestro", FS + " ('sin ningún error de nuestro servidor, no se entregó')",
       f"Sin ningún error de nuestro servidor, el mensaje no se entregó a:\n{KIM}{WHY}", to=KIM),
    _r("woe-it-senza-nessun-errore-nostro", FS + " ('senza nessun errore da parte nostra, non è stato consegnato')",
       f"Senza nessun errore da parte nostra, il messaggio non è stato consegnato a:\n{KIM}{WHY}", to=KIM),
    _r("woe-en-gateway-then-returned", FS + " ('delivered with no errors to our gateway, but ... returned it for:')",
       f"Your message was delivered with no errors to our gateway, but the destination returned it for:\n{KIM}\n\n"
       "The remote server said: 550 5.1.1 User unknown", to=KIM),
    _r("woe-de-ohne-fehler-zugestellt-reply-paragraph", FS + " (a success sentence with 'ohne Fehler' negated: 'nicht "
       "ohne Fehler zugestellt')", f"Ihre Nachricht wurde nicht ohne Fehler zugestellt an:\n{KIM}\n\nDer Server "
       "meldete: 550 5.1.1 User unknown", to=KIM),
]

# ---- A5. "Delivered to all recipients" but for the listed ones, in words _NOT lacks; negations it lacks ---------------
EXCEPT = {
    "en-with-the-exception-of": "Your message was delivered to all recipients with the exception of:",
    "en-other-than": "Your message was delivered to all recipients other than:",
    "fr-a-l-exception-de": "Le message a été remis à tous les destinataires à l'exception de :",
    "fr-excepte": "Le message a été remis à tous les destinataires, excepté :",
    "de-mit-ausnahme-von": "Ihre Nachricht wurde allen Empfängern zugestellt, mit Ausnahme von:",
    "it-ad-eccezione-di": "Il messaggio è stato consegnato a tutti i destinatari ad eccezione di:",
    "es-con-excepcion-de": "El mensaje se entregó correctamente a todos los destinatarios con excepción de:",
    "nl-met-uitzondering-van": "Het bericht is afgeleverd bij alle ontvangers met uitzondering van:",
    "en-except-control": "Your message was delivered to all recipients except:",
    "fr-n-a-ete-remis-a-personne": "Le message n'a été remis à personne parmi :",
    "en-delivered-to-neither": "Your message was delivered to neither of the following recipients:",
}
INDENTED = ("en-with-the-exception-of", "fr-a-l-exception-de", "fr-n-a-ete-remis-a-personne")
for key, sentence in EXCEPT.items():
    ROWS.append(_r(f"except-{key}", FS + " (the listed one is the one it was NOT delivered to, the reply in a paragraph "
                   "of its own; lead unnamed)", f"{sentence}\n{KIM}\n\nThe remote server said: 550 5.1.1 User unknown"))
    if key in INDENTED:
        ROWS.append(_r(f"except-{key}-indented", FS + " (as above, the reply indented right under kim)",
                       f"{sentence}\n{KIM}\n    550 5.1.1 User unknown"))

# ---- B. verb_final: multi-line replies (RFC 5321 §4.2.1) naming our sender and a bare "Die Adresse / Het adres" ------
both = both_layouts("r167", MX, LEAD_ORG)
ROWS += both("ours", MULTI + " (FALSE HARD attack: our sender refused, the address said invalid is ours; soft, our "
             "side; RFC 3463: 5.7.1 policy, 5.1.0 other address status)", [
    ("de-abgelehnt-three-lines-571", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren "
     "Administrator. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-abgelehnt-three-lines-510", "550-5.1.0 Absender abgelehnt. 550-5.1.0 Bitte wenden Sie sich an Ihren "
     "Administrator. 550 5.1.0 Die Adresse ist ungültig", "5.1.0", "RCPT", *OUR_SIDE),
    ("de-abgelehnt-three-lines-no-status", "550-Absender abgelehnt. 550-Bitte wenden Sie sich an Ihren Administrator. "
     "550 Die Adresse ist ungültig", "5.0.0", "RCPT", *OUR_SIDE),
    ("de-nicht-akzeptiert-571", "550-5.7.1 Absender nicht akzeptiert. 550 5.7.1 Die Adresse ist ungültig", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("de-geprueft-abgelehnt-three-lines", "550-5.7.1 Absender geprüft und abgelehnt. 550-5.7.1 Bitte prüfen Sie Ihre "
     "Konfiguration. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-geweigerd-three-lines-571", "550-5.7.1 Afzender geweigerd. 550-5.7.1 Neem contact op met uw beheerder. 550 "
     "5.7.1 Het adres is ongeldig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-abgelehnt-empfaenger-ok", "550-5.7.1 Absender abgelehnt, Empfänger ok. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("de-abgelehnt-empfaenger-nicht-geprueft", "550-5.7.1 Absender abgelehnt, Empfänger nicht geprüft. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
])
ROWS += both("rcpt", MULTI + " (FALSE SOFT attack: our sender said accepted, the address said invalid the "
             "recipient's; hard)", [
    ("de-wurde-akzeptiert", "550-5.1.1 Absender wurde akzeptiert. 550 5.1.1 Die Adresse ist ungültig", "5.1.1",
     "RCPT", *HARD_UNK),
    ("de-ist-in-ordnung", "550-5.1.1 Absender ist in Ordnung. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-erfolgreich-geprueft", "550-5.1.1 Absender erfolgreich geprüft. 550 5.1.1 Die Adresse ist ungültig", "5.1.1",
     "RCPT", *HARD_UNK),
    ("nl-is-geaccepteerd", "550-5.1.1 Afzender is geaccepteerd. 550 5.1.1 Het adres is ongeldig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-ok-empfaenger-line", "550-5.1.1 Absender ok. 550-5.1.1 Empfänger unbekannt. 550 5.1.1 Die Adresse ist "
     "ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-ok-ontvanger-line", "550-5.1.1 Afzender OK. 550-5.1.1 Ontvanger onbekend. 550 5.1.1 Het adres is ongeldig",
     "5.1.1", "RCPT", *HARD_UNK),
    ("de-akzeptiert-518-empfaengeradresse", "550-5.1.8 Absender akzeptiert. 550 5.1.8 Die Empfängeradresse ist "
     "ungültig", "5.1.8", "RCPT", *HARD_UNK),
])
# Our relay's copy alone: the sender said accepted in Dutch words the look-ahead lacks; and X.1.8 with the sender said
# accepted in so many words (the words against the status).
ROWS += rows_relayed("r167-rcpt-more", MULTI + " (FALSE SOFT attack: our sender said accepted; hard)", MX, LEAD_ORG, [
    ("nl-gecontroleerd-goedgekeurd", "550-5.1.1 Afzender gecontroleerd en goedgekeurd. 550 5.1.1 Het adres is "
     "ongeldig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-geprueft-zugelassen", "550-5.1.1 Absender geprüft und zugelassen. 550 5.1.1 Die Adresse ist ungültig", "5.1.1",
     "RCPT", *HARD_UNK),
    ("de-akzeptiert-518-bare", "550-5.1.8 Absender akzeptiert. 550 5.1.8 Die Adresse ist ungültig", "5.1.8", "RCPT",
     *HARD_UNK),
])
# Controls of _SENDER_STATUS: a bare address under X.1.7 / X.1.8 with nothing said of our sender: ours (soft).
ROWS += rows_relayed("r167-status-ours", MULTI + " (control: RFC 3463 X.1.7 / X.1.8 name the sender's address; soft, "
                     "our side)", MX, LEAD_ORG, [
    ("de-517-bare", "553 5.1.7 Die Adresse ist ungültig", "5.1.7", "MAIL", *OUR_SIDE),
    ("de-518-bitte-three-lines", "550-5.1.8 Bitte wenden Sie sich an Ihren Administrator. 550-5.1.8 Absender "
     "abgelehnt. 550 5.1.8 Die Adresse ist ungültig", "5.1.8", "RCPT", *OUR_SIDE),
])

# Second batch (written before it ran, after the first batch's mends): controls and attacks of those mends.
# 1. "Without exception" is no exception (no bounce); "without success" is a failure (kim failed, hard).
WITHOUT_EXCEPTION = {
    "en": ("Your message was delivered to all recipients without exception:", SUCCESS),
    "de": ("Ihre Nachricht wurde ohne Ausnahme allen Empfängern zugestellt:", "Zustellbenachrichtigung (erfolgreich)"),
    "fr": ("Le message a été remis sans exception à tous les destinataires :",
           "Notification d'état de remise (réussite)"),
    "es": ("El mensaje se entregó sin excepción a todos los destinatarios:",
           "Notificación de estado de entrega (correcta)"),
    "it": ("Il messaggio è stato consegnato senza eccezioni a tutti i destinatari:",
           "Notifica sullo stato della consegna (riuscita)"),
    "nl": ("Het bericht is zonder uitzondering afgeleverd bij alle ontvangers:",
           "Bericht over de bezorgstatus (geslaagd)"),
}
for lang, (ok, subject) in WITHOUT_EXCEPTION.items():
    ROWS.append(_r(f"ok-without-exception-{lang}", NB + f" ({lang}: 'without exception', all delivered)",
                   f"{ok}\n{LEAD}\n{KIM}", expected=[], subject=subject))
WITHOUT_SUCCESS = {
    "fr": "Le message a été remis sans succès à :",
    "en": "Your message was delivered without success to:",
    "de": "Ihre Nachricht wurde ohne Erfolg zugestellt an:",
}
for lang, sentence in WITHOUT_SUCCESS.items():
    ROWS.append(_r(f"without-success-{lang}", FS + f" ({lang}: 'without success' negates the delivery)",
                   f"{sentence}\n{KIM}\n\nThe remote server said: 550 5.1.1 User unknown", to=KIM))
# 2. The wider word gap of _SAID: a negation inside it keeps kim failed.
ROWS += [
    _r("gap-de-leider-bisher-nicht", FS + " ('wurde leider bisher noch nicht zugestellt an:')",
       f"Ihre Nachricht wurde leider bisher noch nicht zugestellt an:\n{KIM}\n\nDer Server meldete: 550 5.1.1 User "
       "unknown", to=KIM),
    _r("gap-nl-helaas-nog-niet", FS + " ('is helaas nog steeds niet afgeleverd bij:')",
       f"Het bericht is helaas nog steeds niet afgeleverd bij:\n{KIM}\n\nDe server meldde: 550 5.1.1 User unknown",
       to=KIM),
]
# 3. Lines under an address named under a success sentence that DO say its failure, in the core words or only in the
#    sent-back words (kim failed, hard).
ROWS += [
    _r("below-then-rejected", FS + " (the line under kim: 'but was then rejected by the recipient's server: user "
       "unknown')", f"Your message was successfully delivered to\n{KIM}\nbut was then rejected by the recipient's "
       "server: user unknown", to=KIM),
    _r("below-returned-user-unknown", FS + " (the line under kim: 'but the next server returned it: user unknown')",
       f"Your message was successfully delivered to\n{KIM}\nbut the next server returned it: user unknown", to=KIM),
]
# 4. verb_final: the help sentence skipped only when it is one; the recipient's verdict after our sender's.
ROWS += both("c2", MULTI + " (control of review 167's mends: hard, the recipient's address; or soft, our side)", [
    ("de-geprueft-angenommen-three-lines", "550-5.1.1 Absender geprüft. 550-5.1.1 Nachricht angenommen. 550 5.1.1 Die "
     "Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-empfaenger-unbekannt-then-absender-help", "550-5.1.1 Empfänger unbekannt. 550-5.1.1 Bitte wenden Sie sich an "
     "den Absender. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-geprueft-empfaenger-nicht-akzeptiert", "550-5.1.1 Absender geprüft, Empfänger nicht akzeptiert. 550 5.1.1 Die "
     "Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-abgelehnt-empfaenger-akzeptiert", "550-5.7.1 Absender abgelehnt, Empfänger geprüft und akzeptiert. 550 5.7.1 "
     "Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-wurde-nicht-akzeptiert", "550-5.7.1 Absender wurde nicht akzeptiert. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-is-niet-geaccepteerd", "550-5.7.1 Afzender is niet geaccepteerd. 550 5.7.1 Het adres is ongeldig", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("de-518-nicht-akzeptiert", "550-5.1.8 Absender nicht akzeptiert. 550 5.1.8 Die Adresse ist ungültig", "5.1.8",
     "RCPT", *OUR_SIDE),
    ("de-erfolgreich-geprueft-und-abgelehnt", "550-5.7.1 Absender erfolgreich geprüft und abgelehnt. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
])
