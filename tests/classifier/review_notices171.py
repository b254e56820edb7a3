"""The hundred-and-seventy-first review: an ADVERSARIAL AUDIT of review 167's mends (merged at 33f6971).

A. formats/success_sentences.py: _NOT's exception words (except-, excepción, eccezione, Ausnahme, uitzondering,
   "other than"), "à personne", neither, nobody, weder, the "without success" words; _SENT_BACK; _WITHOUT_ERROR's delays,
   difficulties, exceptions and "jegliche / irgendwelche / ninguna"; _NOT_BELOW and _NONE_FAILED for the lines under a
   delivered address; _SAID's four-word gap.
   FALSE HARD attacks (a delivered prospect read failed): success sentences using the exception words innocently,
   "no one else", "weder ... noch ..." (neither delayed nor refused), and a success report's summary line saying
   nothing failed in counts or plain words ("Failed: 0", "0 failed", "Fehlgeschlagen: 0", "No failures", "Keine
   Fehler", "Errors: none").
   FALSE SOFT attacks (a dead prospect lost): "without any success" words _NOT lacks ("without any success", "sans
   aucun succès", "ohne jeden Erfolg", "erfolglos", "senza alcun successo", "sin ningún éxito", "zonder enig succes"),
   a success word said of the connection and the delivery's failure in words _NOT lacks ("gescheitert", "a échoué",
   "falló", "è fallita", "is mislukt", "unsuccessful"), the four-word gap spanning a refusal ("wurde vom Zielserver
   abgewiesen statt zugestellt"), and a line under an address opening with a none-word but saying its failure ("Nobody
   rejected it here, but the next server returned it: 550 5.1.1 ...").
B. verb_final.py: _ACCEPTED in _SENDER_WORDS, _SENDER_OK, _RECIPIENT_NAMED; _ours_before's help sentences
   (_HELP_SENTENCE, _HELP_WORD).
   FALSE HARD attacks (our sender refused; soft, our side): "Absender akzeptiert: nein", three help sentences between
   our sender's refusal and "Die Adresse ist ungültig", a help sentence holding a URL, a reference tag with a help word
   ("Support-ID") in our sender's own sentence.
   FALSE SOFT attacks (the recipient's address invalid; hard): "Hinweis an den Absender: Die Adresse ist ungültig",
   "Nachricht an den Absender zurückgeschickt", "Melding aan de afzender:", our sender said accepted in the present
   passive ("wird akzeptiert", "wordt geaccepteerd") or as "geprüft: OK", and "Empfänger ok" in a clause other than the
   recipient's absence.

Findings (96 rows in two batches, each committed before it ran; main at b0f331b): 57 misread, all mended.
  First batch (82 rows): 55 misread. FALSE HARDS (21): "and no one else", "weder verzögert noch abgewiesen", "neither
  delayed nor rejected" read negated (the lead a failed recipient, 3); success-only reports closing with a count or
  "no failures" line ("Delivered: 2, Failed: 0", "2 delivered, 0 failed.", "Fehlgeschlagen: 0", "No failures.", "Keine
  Fehler.", "Errors: none": kim read failed, onhold, 6; a bare "Failed: 0" and "Échecs : 0" read right); our sender
  refused as "Absender akzeptiert: nein", with three help sentences, a help sentence holding a URL, or a "Support-ID"
  tag in its own sentence: the lead hard (12, three layouts). FALSE SOFTS (34): "without ANY success" (four) and
  "erfolglos" (kim lost, no bounce; "sans aucun succès" and "sin ningún éxito" read right), a success word of the
  connection before the delivery's failure in words _NOT lacked ("gescheitert", "a échoué", "falló", "è fallita", "is
  mislukt", "unsuccessful": 6), _SAID's gap spanning a refusal ("abgewiesen statt zugestellt", "geweigerd in plaats
  van afgeleverd": 2), a line under kim opening with a none-word and then saying its failure with a 550 ("Nobody
  rejected it here, but ...", "None failed at this hop; ...", "Nothing failed on our side, but ...": 3, the
  _NONE_FAILED skip hid even the code); "Hinweis an den Absender:", "Nachricht an den Absender zurückgeschickt",
  "Melding aan de afzender:", "Absender wird akzeptiert", "Afzender wordt geaccepteerd", "Absender geprüft: OK" (the
  lead soft, our side; 18). Read right already: the innocent exception words ("ausnahmslos", "sans exception", "sin
  excepción", "senza eccezioni", "zonder uitzondering", "without any exceptions", "ohne jede Ausnahme", "exceptionally
  fast"), "Nobody needs to resend", the failure controls, "Absender wird nicht akzeptiert", two help sentences,
  "Absender:", "Empfänger ok laut Verzeichnis, aber das Postfach wurde gelöscht".
  Second batch (14 rows): 2 misread ("0 failed." under the delivered lead of a mixed report; four help sentences),
  both mended by the first batch's mends.
Mended: formats/success_sentences.py (_NOT_CORE's failure and refusal words of the other languages; _NOT's "without
any success" words; _WITHOUT_ERROR also neither/nor of delays and refusals and "and no one else"; _NONE_FAILED's summary
lines, skipped only without a code or a "but"); verb_final.py (_ACCEPTED's "wird / wordt / war", "geprüft: OK", not
"akzeptiert: nein"; _SENDER_WORDS not after "an den / aan de / to the / für den / voor de"; _HELP_SENTENCE across a dot
inside a word; up to four help sentences; the help word only in our sender's own clause). No strict xfails.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources below.
test_review_notices171.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices50_sources import KIM, hard
from tests.classifier.review_notices85 import notice
from tests.classifier.review_notices112 import HARD_UNK, LEAD as LEAD_ORG, MX, OUR_SIDE
from tests.classifier.review_notices163 import LEAD, MULTI, SRC, SUCCESS, TWO, WHY
from tests.classifier.review_notices167 import FAILED

FS = " (FALSE SOFT attack: kim failed; must stay hard)"
FH = " (FALSE HARD attack: lead was delivered, only kim failed)"
NB = " (FALSE HARD attack: a success-only report, no bounce)"
CTL = " (control)"
REPLY = "\n\nThe remote server said: 550 5.1.1 User unknown"
EWS = ("Microsoft Learn 'DeliveryStatus' (EWS; de-de 'Erfolglos: Gibt an, dass eine Nachricht nicht zugestellt wurde', "
       "es-es 'Fracasado: Especifica que no se ha entregado un mensaje': 'unsuccessful' said of a delivery is its failure)")
SUMMARY = ("a site's success report closing with a count of its outcomes (RFC 3461 §4.1 NOTIFY=SUCCESS: a report of "
           "delivered recipients; the count line a site's own template's)")
GONE = (True, ("userunknown", "hasmoved"), "recipient")


def _r(name: str, why: str, body: str, to: str = TWO, expected=None, source: str = SRC, **kw) -> tuple:
    return (f"r171-{name}", "hand-made after " + source.removeprefix("hand-made after ") + why,
            notice(f"r171-{name}", body + "\n", to=to, **kw), hard(KIM) if expected is None else expected)


def _mixed(lang: str, ok: str, note: str = "") -> str:
    """A success sentence over the delivered lead (a note under it), then the failure sentence over kim."""
    return f"{ok}\n{LEAD}\n{note}\n{FAILED[lang]}{KIM}{WHY}" if note else f"{ok}\n{LEAD}\n\n{FAILED[lang]}{KIM}{WHY}"


ROWS: list[tuple] = []

# ---- A1. Success sentences using the exception / negation words innocently (lead delivered, kim failed) -------------
INNOCENT = {
    "en-without-a-single-exception": ("en", "Your message was delivered without a single exception to:"),
    "en-without-any-exceptions": ("en", "Your message was delivered without any exceptions to:"),
    "de-ausnahmslos": ("de", "Ihre Nachricht wurde ausnahmslos zugestellt an:"),
    "de-ohne-jede-ausnahme": ("de", "Ihre Nachricht wurde ohne jede Ausnahme zugestellt an:"),
    "fr-sans-exception": ("fr", "Le message a été remis sans exception à :"),
    "es-sin-excepcion": ("es", "El mensaje se entregó sin excepción a:"),
    "it-senza-eccezioni": ("it", "Il messaggio è stato consegnato senza eccezioni a:"),
    "nl-zonder-uitzondering": ("nl", "Het bericht is zonder uitzondering afgeleverd bij:"),
    "en-no-one-else": ("en", "Your message was delivered to the following recipient and no one else:"),
    "de-weder-noch": ("de", "Ihre Nachricht wurde weder verzögert noch abgewiesen und erfolgreich zugestellt an:"),
    "en-neither-nor": ("en", "Your message was neither delayed nor rejected and was successfully delivered to:"),
    "en-exceptionally-fast": ("en", "Your message was delivered exceptionally fast to:"),
}
for key, (lang, ok) in INNOCENT.items():
    ROWS.append(_r(f"innocent-{key}", FH + " (the success sentence's own words: no negation of the delivery)",
                   _mixed(lang, ok)))
# A note under the delivered lead.
ROWS.append(_r("note-nobody-resend", FH + " ('Nobody needs to resend this message.' under the delivered lead)",
               _mixed("en", "Your message was successfully delivered to", "Nobody needs to resend this message.\n")))

# ---- A2. Success-only reports whose summary line says nothing failed (no bounce) ------------------------------------
SUMMARIES = {
    "en-failed-0": ("en", "Your message was delivered to all recipients:", "Delivered: 2, Failed: 0"),
    "en-0-failed": ("en", "Your message was delivered to all recipients:", "2 delivered, 0 failed."),
    "en-failed-colon-0": ("en", "Your message was successfully delivered to the following recipients:", "Failed: 0"),
    "de-fehlgeschlagen-0": ("de", "Ihre Nachricht wurde allen Empfängern zugestellt:", "Fehlgeschlagen: 0"),
    "fr-echecs-0": ("fr", "Le message a été livré à tous les destinataires :", "Échecs : 0"),
    "en-no-failures": ("en", "Your message was delivered to all recipients:", "No failures."),
    "de-keine-fehler": ("de", "Ihre Nachricht wurde allen Empfängern zugestellt:", "Keine Fehler."),
    "en-errors-none": ("en", "Your message was delivered to all recipients:", "Errors: none"),
}
SUBJECTS = {"en": SUCCESS, "de": "Zustellbenachrichtigung (erfolgreich)", "fr": "Notification d'état de remise (réussite)"}
for key, (lang, ok, line) in SUMMARIES.items():
    ROWS.append(_r(f"ok-summary-{key}", NB + f" (the closing line '{line}' right under the delivered addresses)",
                   f"{ok}\n{LEAD}\n{KIM}\n{line}", expected=[], subject=SUBJECTS[lang], source=SUMMARY))
# Controls: a count line that says a failure under the failed one, a mixed report.
ROWS.append(_r("summary-failed-1-control", CTL + " (lead delivered; 'Failed: 1 (550 5.1.1 User unknown)' under kim)",
               f"Your message was successfully delivered to\n{LEAD}\n\n{FAILED['en']}{KIM}\nFailed: 1 (550 5.1.1 User "
               "unknown)", source=SUMMARY))

# ---- A3. "Without (any) success" words _NOT lacks: kim failed, alone under the sentence ------------------------------
WITHOUT_SUCCESS = {
    "en-without-any-success": "Your message was delivered without any success to:",
    "fr-sans-aucun-succes": "Le message a été remis sans aucun succès à :",
    "de-ohne-jeden-erfolg": "Ihre Nachricht wurde ohne jeden Erfolg zugestellt an:",
    "de-erfolglos": "Ihre Nachricht wurde erfolglos zugestellt an:",
    "it-senza-alcun-successo": "Il messaggio è stato consegnato senza alcun successo a:",
    "es-sin-ningun-exito": "El mensaje se entregó sin ningún éxito a:",
    "nl-zonder-enig-succes": "Het bericht is zonder enig succes afgeleverd bij:",
}
for key, sentence in WITHOUT_SUCCESS.items():
    ROWS.append(_r(f"without-success-{key}", FS + " ('without any success' negates the delivery)",
                   f"{sentence}\n{KIM}{REPLY}", to=KIM, source=f"{SRC}, {EWS}"))

# ---- A4. A success word said of the connection, the delivery's failure in words _NOT lacks --------------------------
CONNECTION = {
    "de-gescheitert": "Die Verbindung war erfolgreich, aber die Zustellung ist gescheitert für:",
    "fr-a-echoue": "La connexion a été établie avec succès, mais la remise a échoué pour :",
    "es-fallo": "La conexión se estableció correctamente, pero la entrega falló para:",
    "it-e-fallita": "La connessione è stata stabilita correttamente, ma la consegna è fallita per:",
    "nl-is-mislukt": "De verbinding is succesvol opgebouwd, maar de aflevering is mislukt voor:",
    "en-unsuccessful": "The connection succeeded, but delivery was unsuccessful for:",
}
for key, sentence in CONNECTION.items():
    ROWS.append(_r(f"connection-{key}", FS + " (success said of the connection; the delivery to kim failed)",
                   f"{sentence}\n{KIM}{REPLY}", to=KIM, source=f"{SRC}, {EWS}"))
# Controls: the failure in _NOT's words already.
ROWS += [
    _r("connection-en-failed-control", FS + CTL + " ('delivery failed for:')",
       f"The connection succeeded, but delivery failed for:\n{KIM}{REPLY}", to=KIM),
    _r("woe-en-without-an-error-raised-control", FS + CTL + " ('could not be delivered, without an error being raised')",
       f"Your message could not be delivered, without an error being raised, to:\n{KIM}{REPLY}", to=KIM),
    _r("woe-en-failed-without-explanation-control", FS + CTL + " ('Delivery failed without further explanation for:')",
       f"Delivery failed without further explanation for:\n{KIM}{REPLY}", to=KIM),
    _r("gap-en-unfortunately-not-control", FS + CTL + " ('was unfortunately not successfully delivered to:')",
       f"Your message was unfortunately not successfully delivered to:\n{KIM}{REPLY}", to=KIM),
]

# ---- A5. The four-word gap spanning a refusal -------------------------------------------------------------------------
ROWS += [
    _r("gap-de-abgewiesen-statt-zugestellt", FS + " ('wurde vom Zielserver abgewiesen statt zugestellt an:')",
       f"Ihre Nachricht wurde vom Zielserver abgewiesen statt zugestellt an:\n{KIM}{REPLY}", to=KIM),
    _r("gap-nl-geweigerd-in-plaats-van", FS + " ('is geweigerd in plaats van afgeleverd bij:')",
       f"Het bericht is geweigerd in plaats van afgeleverd bij:\n{KIM}{REPLY}", to=KIM),
    _r("gap-de-bereits-zugestellt-control", FH + CTL + " ('wurde bereits vor zwei Minuten zugestellt an:')",
       _mixed("de", "Ihre Nachricht wurde bereits vor zwei Minuten zugestellt an:")),
]

# ---- A6. A line under an address opening with a none-word, but saying its failure (kim failed) ------------------------
ROWS += [
    _r("below-nobody-rejected-but-returned", FS + " ('Nobody rejected it here, but the next server returned it: 550 "
       "5.1.1 User unknown' under kim)", f"Your message was successfully delivered to\n{KIM}\nNobody rejected it here, "
       "but the next server returned it: 550 5.1.1 User unknown", to=KIM),
    _r("below-none-failed-at-this-hop", FS + " ('None failed at this hop; the next hop bounced it: 550 5.1.1 User "
       "unknown')", f"Your message was successfully delivered to\n{KIM}\nNone failed at this hop; the next hop bounced "
       "it: 550 5.1.1 User unknown", to=KIM),
    _r("below-nothing-failed-our-side", FS + " ('Nothing failed on our side, but the recipient's server rejected it with "
       "550 5.1.1 User unknown')", f"Your message was successfully delivered to\n{KIM}\nNothing failed on our side, "
       "but the recipient's server rejected it with 550 5.1.1 User unknown", to=KIM),
    # Control: "None failed." under the delivered lead, kim in the failure section (review 167's rule).
    _r("note-none-failed-control", FH + CTL + " ('None failed.' under the delivered lead)",
       _mixed("en", "Your message was successfully delivered to", "None failed.\n")),
]

# ---- B. verb_final: multi-line replies (RFC 5321 §4.2.1) naming our sender and a bare "Die Adresse / Het adres" ------
both = both_layouts("r171", MX, LEAD_ORG)
ROWS += both("ours", MULTI + " (FALSE HARD attack: our sender refused, the address said invalid is ours; soft, our "
             "side; RFC 3463: 5.7.1 policy)", [
    ("de-akzeptiert-nein", "550-5.7.1 Absender akzeptiert: nein. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-three-help-sentences", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren Administrator. "
     "550-5.7.1 Weitere Informationen erhalten Sie beim Support. 550-5.7.1 Siehe auch unsere Hilfeseiten. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-help-with-url", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Siehe https://www.example.org/hilfe. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-support-id-tag", "550-5.7.1 Support-ID 4711: Absender abgelehnt. 550 5.7.1 Die Adresse ist ungültig", "5.7.1",
     "RCPT", *OUR_SIDE),
])
ROWS += rows_relayed("r171-ours-ctl", MULTI + " (control: our sender refused; soft, our side)", MX, LEAD_ORG, [
    ("de-wird-nicht-akzeptiert", "550-5.7.1 Absender wird nicht akzeptiert. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-niet-geaccepteerd", "550-5.7.1 Afzender niet geaccepteerd. 550 5.7.1 Het adres is ongeldig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-two-help-sentences", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren Administrator. "
     "550-5.7.1 Weitere Informationen erhalten Sie beim Support. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-absender-label", "550 5.7.1 Absender: Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
])
ROWS += both("rcpt", MULTI + " (FALSE SOFT attack: the recipient's address said invalid; hard)", [
    ("de-hinweis-an-den-absender", "550 5.1.1 Hinweis an den Absender: Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-an-den-absender-zurueck", "550-5.1.1 Nachricht an den Absender zurückgeschickt. 550 5.1.1 Die Adresse ist "
     "ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-melding-aan-de-afzender", "550 5.1.1 Melding aan de afzender: Het adres is ongeldig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-wird-akzeptiert", "550-5.1.1 Absender wird akzeptiert. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("nl-wordt-geaccepteerd", "550-5.1.1 Afzender wordt geaccepteerd. 550 5.1.1 Het adres is ongeldig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-geprueft-colon-ok", "550-5.1.1 Absender geprüft: OK. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
])
ROWS += rows_relayed("r171-rcpt-more", MULTI + " (FALSE SOFT attack: 'Empfänger ok' in another clause than the "
                     "recipient's absence; hard)", MX, LEAD_ORG, [
    ("de-empfaenger-ok-laut-verzeichnis", "550-5.1.1 Absender geprüft, Empfänger ok laut Verzeichnis, aber das Postfach "
     "wurde gelöscht. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *GONE),
    ("de-absender-ok-empfaenger-geprueft-control", "550-5.1.1 Absender ok, Empfänger geprüft. 550 5.1.1 Die Adresse ist "
     "ungültig", "5.1.1", "RCPT", *HARD_UNK),
])

# Second batch (written before it ran, after the first batch's mends): controls and attacks of those mends.
# 1. Neither / nor said of the delivery itself stays a failure; the summary lines only when the whole line says none.
ROWS += [
    _r("neither-delivered-nor-returned-de", FS + " ('wurde weder zugestellt noch zurückgeschickt an:': the delivery "
       "denied)", f"Ihre Nachricht wurde weder zugestellt noch zurückgeschickt an:\n{KIM}{REPLY}", to=KIM),
    _r("neither-delivered-nor-returned-en", FS + " ('was neither delivered nor returned for:')",
       f"Your message was neither delivered nor returned for:\n{KIM}{REPLY}", to=KIM),
    _r("below-no-failures-but-returned", FS + " ('No failures here, but the next server returned it: 550 5.1.1 ...' "
       "under kim)", f"Your message was successfully delivered to\n{KIM}\nNo failures here, but the next server returned "
       "it: 550 5.1.1 User unknown", to=KIM),
    _r("below-failed-0-then-code", FS + " ('Failed: 0 at this hop; 550 5.1.1 User unknown at the next' under kim)",
       f"Your message was successfully delivered to\n{KIM}\nFailed: 0 at this hop; 550 5.1.1 User unknown at the next",
       to=KIM, source=SUMMARY),
    _r("note-0-failed-mixed", FH + CTL + " ('0 failed.' under the delivered lead, kim in the failure section)",
       _mixed("en", "Your message was successfully delivered to", "0 failed.\n"), source=SUMMARY),
    _r("it-fallito-then-consegnato", FS + " ('la consegna è fallita' under a success word of the connection, Italian, "
       "the reply right under kim)", f"La connessione è riuscita correttamente, ma la consegna è fallita per:\n{KIM}\n"
       "    550 5.1.1 User unknown", to=KIM),
]
# 2. verb_final: our sender as subject or object stays ours; accepted with a yes stays accepted; a help-looking
#    sentence naming the recipient stops the step back.
ROWS += rows_relayed("r171-c2", MULTI + " (control of review 171's mends: soft, our side; or hard, the recipient's "
                     "address)", MX, LEAD_ORG, [
    ("de-der-absender-gesperrt", "550 5.7.1 Der Absender ist gesperrt; die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-wird-abgelehnt", "550-5.7.1 Absender wird abgelehnt. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("nl-wordt-geweigerd", "550-5.7.1 Afzender wordt geweigerd. 550 5.7.1 Het adres is ongeldig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-akzeptiert-ja", "550-5.1.1 Absender akzeptiert: ja. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-url-sentence-names-empfaenger", "550-5.1.1 Absender abgelehnt. 550-5.1.1 Empfänger unbekannt, siehe "
     "https://www.example.org/hilfe. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-hinweis-bitte-an-den-absender", "550-5.1.1 Hinweis: Bitte wenden Sie sich an den Absender. 550 5.1.1 Die "
     "Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-four-help-sentences", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren Administrator. "
     "550-5.7.1 Weitere Informationen erhalten Sie beim Support. 550-5.7.1 Siehe auch unsere Hilfeseiten. 550-5.7.1 "
     "Bitte nicht antworten. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-support-satz-dann-empfaenger", "550-5.1.1 Support-ID 4711: Absender geprüft, Empfänger abgelehnt. 550 5.1.1 "
     "Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
])
