"""The hundred-and-seventy-fifth review: an ADVERSARIAL AUDIT of review 171's mends (merged at fa30e66) and the lead's
newest success_sentences mends (fefd657: sentence_succeeded joins only a width's breaks, in_delivered_entry).

A. formats/success_sentences.py: _NOT_CORE's new failure and refusal words (unsuccessful, erfolglos, gescheitert,
   misslungen, échoué, falló / fallido / fallito, mislukt, abgewiesen, abgelehnt, zurückgewiesen, verweigert, geweigerd,
   afgewezen, rechazado, respinto, rifiutato); _NOT's "without ANY success"; _WITHOUT_ERROR's "neither / weder <delay or
   refusal> nor / noch <delay or refusal>" and "and no one else"; _NONE_FAILED's whole summary lines, skipped only
   without a code or a "but" (_BUT); sentence_succeeded's join of a width's breaks (layout_only); in_delivered_entry.
   FALSE HARD attacks (a delivered prospect read failed, or a success-only report read as a bounce): the new refusal
   words said of something else in a success sentence ("The spam filter rejected nothing; ...", "kein Anhang
   abgelehnt", "aucune pièce jointe refusée", "ningún adjunto rechazado", "nessun allegato rifiutato", "geen bijlage
   geweigerd", an earlier try "gescheitert"), summary lines in other shapes ("Failed recipients: 0 of 2", "Failed: 0 of
   2", "0 Fehler", "Erreurs : aucune", "Errores: 0", "Delivered: 2 | Failed: 0", "Bounced: 0", "Rechazados: 0", "0
   errors, 0 warnings"), "weder / neither" with other words ("weder gescannt noch verändert"), a success sentence
   broken by a width after a time ("... at 10:42" / "to the following recipients:").
   FALSE SOFT attacks (a failed prospect lost): the new words inside real failures under a success-looking header
   ("Zustellung erfolgreich? Nein, abgewiesen:", "Succesvol afgeleverd? Nee:"), a zero count of successes ("Successfully
   delivered to 0 of 1 recipients:"), zero-count lines that are no summary ("0 messages delivered, 1 failed:"), kim's
   own Postfix entry right under a delivered one.
B. verb_final.py: _ACCEPTED's "wird / wordt / war", "geprüft: OK", "akzeptiert: nein"; _SENDER_WORDS not after "an den /
   aan de / to the / für den / voor de"; _HELP_SENTENCE across a URL's dots; up to four help sentences; help words only
   in our sender's own clause.
   FALSE HARD attacks (our sender refused; soft, our side): "Absender war gesperrt", "Absender akzeptiert - nein",
   accepted only on a condition ("wird akzeptiert, wenn ..."), accepted and then blocked, five help sentences, a help
   sentence whose URL holds "?" or the word "sender", a help word in our sender's clause before a comma or dash.
   FALSE SOFT attacks (the recipient's address invalid; hard): the sender addressed without an article ("Hinweis für
   Absender:", "Meldung an Absender:", "Info voor afzenders:"), a salutation "Hallo Absender," / "Sehr geehrte/r
   Absender/in,", "Absender wird akzeptiert, Empfänger existiert nicht", "Die vom Absender angegebene Adresse ist
   ungültig".

Findings (115 rows in two batches, each committed before it ran; main at fefd657): 62 misread, 61 mended, 1 judged.
  First batch (99 rows): 60 misread (and 3 rows whose expectation was this review's slip: lines under kim that give no
  reason, written hard userunknown, corrected to onhold). FALSE HARDS (41): the refusal and failure words said of
  something else ("The spam filter rejected nothing", "Kein Anhang abgelehnt", "hat nichts abgewiesen", "Aucune pièce
  jointe refusée", "Ningún adjunto rechazado", "Nessun allegato rifiutato", "Geen bijlage geweigerd", a first try
  "gescheitert / a échoué / mislukt" before "; ... delivered to:": 10), neither/nor of changes ("weder verändert noch
  gekürzt", "neither altered nor quarantined", "weder markiert noch gefiltert": 3), summary lines in other shapes
  ("Failed: 0 of 2", "Delivered: 2 | Failed: 0", "Bounced: 0", "Rejected: 0", "Zugestellt: 2, Abgelehnt: 0",
  "Rechazados: 0", "0 errors, 0 warnings", "Total: 2 delivered, 0 failed", "Fehlgeschlagen: 0 von 2", "Undeliverable:
  0": 10; "Failed recipients: 0 of 2", "0 Fehler", "Erreurs : aucune", "Errores: 0" read right), a success sentence
  broken after a time (1), our sender "akzeptiert - nein", accepted on a condition ("wird akzeptiert, wenn", "wordt
  geaccepteerd indien"), "war akzeptiert, wurde dann aber gesperrt" (12, three layouts), five help sentences, a URL with
  "?", a URL naming "sender-policy", "Bitte beachten Sie, Absender abgelehnt", "Support-ID 4711 - Absender abgelehnt"
  (5). FALSE SOFTS (19): "Zustellung erfolgreich? Nein:", "Succesvol afgeleverd? Nee:", "Successfully delivered to 0
  of 1 recipients:", "Erfolgreich zugestellt an 0 von 1 Empfängern:" (kim lost, 4), "Hinweis für Absender:", "Meldung an
  Absender:", "Info voor afzenders:", "Hallo Absender,", "Sehr geehrte/r Absender/in," (15, three layouts). Read right
  already: "Absender war gesperrt", "wird nur akzeptiert, wenn", "Afzender was geaccepteerd", "Absender wird
  akzeptiert, Empfänger existiert nicht", "Die vom Absender angegebene Adresse", "0 messages delivered, 1 failed:",
  kim's Postfix entry under a delivered one, all controls.
  Second batch (16 rows): 2 misread: "Nothing was successfully delivered to:" (kim lost, mended); "Error: no such user"
  under kim in a success list reads filtered, as on main (judged, a strict xfail).
Mended: formats/summary_counts.py (new: a summary line's count items, every failure count none, one home of review
171's summary alternative); formats/success_sentences.py (_WITHOUT_ERROR: a refusal of something else denied by its
none-word; _HELD_UP: a filter's changes; _NOT_CORE "nein / nee"; _NOT: "0 of N" and "nothing"; sentence_succeeded: the
last clause after a semicolon read alone, a width's break after a time joined when the rest starts lower case);
verb_final.py (_ACCEPTED: not answered no after a dash, not on a condition, not followed by the same subject's next
verb; _SENDER_WORDS: not addressed before a colon without an article, not greeted "Hallo / geehrte/r", not inside a URL;
_HELP_SENTENCE across a URL's "?"; a URL's words name no address; up to seven help sentences; our sender opening its
own clause after a comma or dash).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources below.
test_review_notices175.py runs them."""

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
SUMMARY = ("a site's success report closing with a count of its outcomes (RFC 3461 §4.1 NOTIFY=SUCCESS: a report of "
           "delivered recipients; the count line a site's own template's, as delivery reports count their outcomes: "
           "Optimizely Campaign 'getFailedRecipientCount', MessageBird 'totalDeliveredCount' / "
           "'totalDeliveryFailedCount')")
GONE = (True, ("userunknown", "hasmoved"), "recipient")
POSTFIX_ENTRY = ("Postfix bounce(8) / smtp(8) entries ('<a@b>: delivery via %s: 250 2.0.0 Ok', '<a@b>: host %s said: "
                 "550 ... (in reply to RCPT TO command)'), one report of both outcomes (RFC 3461 §4.1)")
URL_HELP = " (Postfix access(5) REJECT text pointing to a help page by URL, as sites write them)"


def _r(name: str, why: str, body: str, to: str = TWO, expected=None, source: str = SRC, **kw) -> tuple:
    return (f"r175-{name}", "hand-made after " + source.removeprefix("hand-made after ") + why,
            notice(f"r175-{name}", body + "\n", to=to, **kw), hard(KIM) if expected is None else expected)


def _mixed(lang: str, ok: str, note: str = "") -> str:
    """A success sentence over the delivered lead (a note under it), then the failure sentence over kim."""
    return f"{ok}\n{LEAD}\n{note}\n{FAILED[lang]}{KIM}{WHY}" if note else f"{ok}\n{LEAD}\n\n{FAILED[lang]}{KIM}{WHY}"


ROWS: list[tuple] = []

# ---- A1. Success sentences using the new refusal / failure words of something else (lead delivered, kim failed) ------
OF_ELSE = {
    "en-filter-rejected-nothing": ("en", "The spam filter rejected nothing; your message was successfully delivered "
                                   "to:"),
    "de-kein-anhang-abgelehnt": ("de", "Kein Anhang abgelehnt; Ihre Nachricht wurde erfolgreich zugestellt an:"),
    "de-nichts-abgewiesen": ("de", "Der Virenscanner hat nichts abgewiesen, Ihre Nachricht wurde erfolgreich "
                             "zugestellt an:"),
    "fr-aucune-piece-jointe-refusee": ("fr", "Aucune pièce jointe refusée : le message a été remis avec succès à :"),
    "es-ningun-adjunto-rechazado": ("es", "Ningún adjunto rechazado; el mensaje se entregó correctamente a:"),
    "it-nessun-allegato-rifiutato": ("it", "Nessun allegato rifiutato; il messaggio è stato consegnato correttamente "
                                     "a:"),
    "nl-geen-bijlage-geweigerd": ("nl", "Geen bijlage geweigerd; het bericht is met succes afgeleverd bij:"),
    "de-erster-versuch-gescheitert": ("de", "Der erste Versuch ist gescheitert; Ihre Nachricht wurde beim zweiten "
                                      "Versuch erfolgreich zugestellt an:"),
    "fr-premiere-tentative-echoue": ("fr", "La première tentative a échoué ; le message a été remis avec succès à :"),
    "nl-eerste-poging-mislukt": ("nl", "De eerste poging is mislukt; het bericht is daarna met succes afgeleverd bij:"),
}
for key, (lang, ok) in OF_ELSE.items():
    ROWS.append(_r(f"of-else-{key}", FH + " (the refusal or failure word said of something else than this delivery)",
                   _mixed(lang, ok)))
# "Weder / neither" with other words than delays and refusals.
NEITHER = {
    "de-weder-gescannt-noch-veraendert": ("de", "Ihre Nachricht wurde weder verändert noch gekürzt und erfolgreich "
                                          "zugestellt an:"),
    "en-neither-altered-nor-quarantined": ("en", "Your message was neither altered nor quarantined and was "
                                           "successfully delivered to:"),
    "de-weder-markiert-noch-gefiltert": ("de", "Ihre Nachricht wurde weder markiert noch gefiltert und erfolgreich "
                                         "zugestellt an:"),
}
for key, (lang, ok) in NEITHER.items():
    ROWS.append(_r(f"neither-{key}", FH + " (neither/nor denies changes to the message, not its delivery)",
                   _mixed(lang, ok)))
# Controls: the delivery itself denied or refused (kim alone under the sentence).
ROWS += [
    _r("ctl-de-weder-zugestellt-noch-gespeichert", FS + CTL + " ('wurde weder zugestellt noch gespeichert für:')",
       f"Ihre Nachricht wurde weder zugestellt noch gespeichert für:\n{KIM}{REPLY}", to=KIM),
    _r("ctl-de-erfolgreich-nein-abgewiesen", FS + CTL + " ('Zustellung erfolgreich? Nein, abgewiesen:')",
       f"Zustellung erfolgreich? Nein, abgewiesen:\n{KIM}{REPLY}", to=KIM),
    _r("ctl-en-delivered-to-no-one-rejected", FS + CTL + " ('Your message was delivered to no one; rejected for:')",
       f"Your message was delivered to no one; rejected for:\n{KIM}{REPLY}", to=KIM),
    _r("ctl-de-zugestellt-nicht-abgelehnt-control", FS + CTL + " ('Kein Anhang abgelehnt, aber die Nachricht wurde "
       "nicht zugestellt an:')", f"Kein Anhang abgelehnt, aber die Nachricht wurde nicht erfolgreich zugestellt an:\n"
       f"{KIM}{REPLY}", to=KIM),
]
# FALSE SOFT: a success-looking header answered no, or a count of zero successes.
ROWS += [
    _r("q-de-erfolgreich-nein", FS + " ('Zustellung erfolgreich? Nein:' over kim)",
       f"Zustellung erfolgreich? Nein:\n{KIM}{REPLY}", to=KIM),
    _r("q-nl-succesvol-nee", FS + " ('Succesvol afgeleverd? Nee:' over kim)",
       f"Succesvol afgeleverd? Nee:\n{KIM}{REPLY}", to=KIM),
    _r("q-it-riuscita-no-respinta", FS + " ('Consegnato correttamente? No, respinto:' over kim)",
       f"Consegnato correttamente? No, respinto:\n{KIM}{REPLY}", to=KIM),
    _r("zero-en-successfully-0-of-1", FS + " ('Successfully delivered to 0 of 1 recipients:' over kim)",
       f"Successfully delivered to 0 of 1 recipients:\n{KIM}{REPLY}", to=KIM),
    _r("zero-de-erfolgreich-0-von-1", FS + " ('Erfolgreich zugestellt an 0 von 1 Empfängern:' over kim)",
       f"Erfolgreich zugestellt an 0 von 1 Empfängern:\n{KIM}{REPLY}", to=KIM),
]

# ---- A2. Success-only reports whose summary line, in other shapes, says nothing failed (no bounce) --------------------
SUMMARIES = {
    "en-failed-recipients-0-of-2": ("en", "Your message was delivered to all recipients:", "Failed recipients: 0 of 2"),
    "en-failed-0-of-2": ("en", "Your message was delivered to all recipients:", "Failed: 0 of 2"),
    "de-0-fehler": ("de", "Ihre Nachricht wurde allen Empfängern zugestellt:", "0 Fehler"),
    "fr-erreurs-aucune": ("fr", "Le message a été livré à tous les destinataires :", "Erreurs : aucune"),
    "es-errores-0": ("es", "El mensaje se entregó correctamente a todos los destinatarios:", "Errores: 0"),
    "en-delivered-pipe-failed": ("en", "Your message was delivered to all recipients:", "Delivered: 2 | Failed: 0"),
    "en-bounced-0": ("en", "Your message was delivered to all recipients:", "Bounced: 0"),
    "en-rejected-0": ("en", "Your message was delivered to all recipients:", "Rejected: 0"),
    "de-abgelehnt-0": ("de", "Ihre Nachricht wurde allen Empfängern zugestellt:", "Zugestellt: 2, Abgelehnt: 0"),
    "es-rechazados-0": ("es", "El mensaje se entregó correctamente a todos los destinatarios:", "Rechazados: 0"),
    "en-0-errors-0-warnings": ("en", "Your message was delivered to all recipients:", "0 errors, 0 warnings"),
    "en-total-2-delivered-0-failed": ("en", "Your message was delivered to all recipients:",
                                      "Total: 2 delivered, 0 failed"),
    "de-fehlgeschlagen-0-von-2": ("de", "Ihre Nachricht wurde allen Empfängern zugestellt:", "Fehlgeschlagen: 0 von 2"),
    "en-undeliverable-0": ("en", "Your message was delivered to all recipients:", "Undeliverable: 0"),
}
SUBJECTS = {"en": SUCCESS, "de": "Zustellbenachrichtigung (erfolgreich)", "fr": "Notification d'état de remise (réussite)",
            "es": "Notificación de estado de entrega (correcta)"}
for key, (lang, ok, line) in SUMMARIES.items():
    ROWS.append(_r(f"ok-summary-{key}", NB + f" (the closing line '{line}' right under the delivered addresses)",
                   f"{ok}\n{LEAD}\n{KIM}\n{line}", expected=[], subject=SUBJECTS[lang], source=SUMMARY))
# FALSE SOFT: zero counts that are no summary of nothing failed. (The three lines under kim give no reason: written
# first as hard userunknown, a slip of this review's (no words say the user unknown); corrected after the first run to
# what the words and taxonomy.md §2 say: kim failed, onhold, soft.)
ONHOLD = [(KIM, False, ("onhold",), "recipient", False)]
ROWS += [
    _r("zero-0-delivered-1-failed-intro", FS + " ('0 messages delivered, 1 failed:' over kim)",
       f"Delivery report\n\n0 messages delivered, 1 failed:\n{KIM}\n    550 5.1.1 User unknown", to=KIM,
       source=SUMMARY),
    _r("zero-below-failed-0-bounced-1", FS + " ('Failed: 0, Bounced: 1' under kim in a success list)",
       f"Your message was successfully delivered to\n{KIM}\nFailed: 0, Bounced: 1", to=KIM, expected=ONHOLD, source=SUMMARY),
    _r("zero-below-0-errors-1-rejected", FS + " ('0 errors, 1 rejected' under kim in a success list)",
       f"Your message was successfully delivered to\n{KIM}\n0 errors, 1 rejected", to=KIM, expected=ONHOLD, source=SUMMARY),
    _r("zero-below-delivered-0-failed-1", FS + " ('Delivered: 0, Failed: 1' under kim in a success list)",
       f"Your message was successfully delivered to\n{KIM}\nDelivered: 0, Failed: 1", to=KIM, expected=ONHOLD, source=SUMMARY),
    # Control: the count line of a mixed report under the failure section.
    _r("zero-mixed-failed-1-control", FH + CTL + " ('Delivered: 1, Failed: 1' closing a mixed report)",
       _mixed("en", "Your message was successfully delivered to") + "\n\nDelivered: 1, Failed: 1", source=SUMMARY),
]

# ---- A3. The width's joins (sentence_succeeded) and a delivered Postfix entry's paragraph (in_delivered_entry) --------
WIDTH = "; wrapped at the writer's width (RFC 5322 §2.2.3)"
ROWS += [
    _r("width-broken-after-time", FH + " ('Your message was successfully delivered at 10:42' / 'to the following "
       "recipients:', broken after the time)", f"Your message was successfully delivered at 10:42\nto the following "
       f"recipients:\n{LEAD}\n\n{FAILED['en']}{KIM}{WHY}", source=SRC + WIDTH),
    _r("width-title-no-action-control", FH + CTL + " (a title '(no action required)' over the success sentence, "
       "not joined)", f"Delivery report (no action required)\nYour message was successfully delivered to the following\n"
       f"recipients:\n{LEAD}\n\n{FAILED['en']}{KIM}{WHY}", source=SRC + WIDTH),
    _r("width-title-failed-then-success", FS + " (a failure title, then a failure sentence over kim: the title is no "
       "part of a success sentence)", f"Delivery failed\nYour message could not be delivered to the following\n"
       f"recipients:\n{KIM}{REPLY}", to=KIM, source=SRC + WIDTH),
    _r("pf-kim-entry-right-under-delivered", FS + " (kim's failed Postfix entry right under lead's delivered one, no "
       "blank line)", f"This is the mail system at host mail.example.com.\n\nYour message could not be delivered to one "
       f"or more recipients.\n\n<{LEAD}>: delivery via mx.partner.example[192.0.2.7]:25: 250 2.0.0 Ok: queued as "
       f"4F2A1\n<{KIM}>: host mx.partner.example[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO "
       "command)", source=f"hand-made after {POSTFIX_ENTRY}"),
    _r("pf-kim-bare-under-folded-delivered", FS + " (lead's delivered entry folded, then kim alone with its reply "
       "indented, no blank line)", f"Your message could not be delivered to one or more recipients.\n\n<{LEAD}>: "
       f"delivery via mx.partner.example[192.0.2.7]:25: 250 2.0.0\n    Ok: queued as 4F2A1\n{KIM}\n    550 5.1.1 User "
       "unknown", source=f"hand-made after {POSTFIX_ENTRY}" + WIDTH),
]

# ---- B. verb_final: multi-line replies (RFC 5321 §4.2.1) naming our sender and a bare "Die Adresse / Het adres" ------
both = both_layouts("r175", MX, LEAD_ORG)
ROWS += both("ours", MULTI + " (FALSE HARD attack: our sender refused, the address said invalid is ours; soft, our "
             "side; RFC 3463: 5.7.1 policy)", [
    ("de-war-gesperrt", "550-5.7.1 Absender war gesperrt. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-akzeptiert-dash-nein", "550-5.7.1 Absender akzeptiert - nein. 550 5.7.1 Die Adresse ist ungültig", "5.7.1",
     "RCPT", *OUR_SIDE),
    ("de-wird-akzeptiert-wenn", "550-5.7.1 Absender wird nur akzeptiert, wenn SPF gültig ist. 550 5.7.1 Die Adresse ist "
     "ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-wird-akzeptiert-comma-wenn", "550-5.7.1 Absender wird akzeptiert, wenn er sich anmeldet. 550 5.7.1 Die Adresse "
     "ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-wordt-geaccepteerd-indien", "550-5.7.1 Afzender wordt geaccepteerd indien geauthenticeerd. 550 5.7.1 Het adres "
     "is ongeldig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-war-akzeptiert-dann-gesperrt", "550-5.7.1 Absender war akzeptiert, wurde dann aber gesperrt. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
])
ROWS += rows_relayed("r175-ours-help", MULTI + URL_HELP + " (FALSE HARD attack: our sender refused; soft, our side)",
                     MX, LEAD_ORG, [
    ("de-five-help-sentences-urls", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren "
     "Administrator. 550-5.7.1 Siehe https://www.example.org/hilfe. 550-5.7.1 Weitere Informationen unter "
     "https://support.example.org/faq. 550-5.7.1 Siehe auch unsere Hilfeseiten. 550-5.7.1 Bitte nicht antworten. 550 "
     "5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-url-with-query", "550-5.7.1 Absender abgelehnt. 550-5.7.1 Siehe https://www.example.org/hilfe?id=4711. 550 "
     "5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("en-url-names-sender-policy", "550-5.7.1 Absender abgelehnt. 550-5.7.1 See https://support.example.org/"
     "sender-policy. 550 5.7.1 Die Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-bitte-beachten-comma", "550-5.7.1 Bitte beachten Sie, Absender abgelehnt. 550 5.7.1 Die Adresse ist "
     "ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-support-id-dash", "550-5.7.1 Support-ID 4711 - Absender abgelehnt. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-zie-url", "550-5.7.1 Afzender geweigerd. 550-5.7.1 Zie https://www.example.nl/hulp. 550 5.7.1 Het adres is "
     "ongeldig", "5.7.1", "RCPT", *OUR_SIDE),
])
ROWS += both("rcpt", MULTI + " (FALSE SOFT attack: the recipient's address said invalid; hard)", [
    ("de-hinweis-fuer-absender", "550 5.1.1 Hinweis für Absender: Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-meldung-an-absender", "550 5.1.1 Meldung an Absender: Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("nl-info-voor-afzenders", "550 5.1.1 Info voor afzenders: Het adres is ongeldig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-hallo-absender", "550 5.1.1 Hallo Absender, die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-sehr-geehrte-r-absender-in", "550 5.1.1 Sehr geehrte/r Absender/in, die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-wird-akzeptiert-empfaenger-existiert-nicht", "550 5.1.1 Absender wird akzeptiert, Empfänger existiert nicht",
     "5.1.1", "RCPT", *HARD_UNK),
    ("de-vom-absender-angegebene-adresse", "550 5.1.1 Die vom Absender angegebene Adresse ist ungültig", "5.1.1",
     "RCPT", *HARD_UNK),
    ("nl-afzender-was-geaccepteerd", "550-5.1.1 Afzender was geaccepteerd. 550 5.1.1 Het adres is ongeldig", "5.1.1",
     "RCPT", *HARD_UNK),
])
ROWS += rows_relayed("r175-ctl", MULTI + " (control of this review's attacks: hard, the recipient's address; or soft, "
                     "our side)", MX, LEAD_ORG, [
    ("de-absender-akzeptiert-aber-adresse", "550 5.1.1 Absender akzeptiert, aber die Adresse ist ungültig", "5.1.1",
     "RCPT", *HARD_UNK),
    ("de-geprueft-ok-then-url-query", "550-5.1.1 Absender geprüft: OK. 550-5.1.1 Siehe https://www.example.org/"
     "hilfe?id=4711. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-an-die-absenderin", "550 5.1.1 Hinweis an die Absenderin: Die Adresse ist ungültig", "5.1.1", "RCPT",
     *HARD_UNK),
    ("de-absender-gesperrt-semicolon", "550 5.7.1 Absender gesperrt; die Adresse ist ungültig", "5.7.1", "RCPT",
     *OUR_SIDE),
    ("de-url-help-about-empfaenger", "550-5.1.1 Absender abgelehnt. 550-5.1.1 Siehe https://www.example.org/empfaenger-"
     "unbekannt?id=1 zum Empfänger. 550 5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
])

# Second batch (written before it ran, after the first batch's mends): controls and attacks of those mends.
# 1. success_sentences: a semicolon's last clause, the none-word refusals, the digit join, zero counts, summary items.
ROWS += [
    _r("b2-semicolon-success-then-failed", FS + " ('... successfully delivered to some recipients; delivery failed "
       "for:' over kim)", f"Your message was successfully delivered to some recipients; delivery failed for:\n{KIM}"
       f"{REPLY}", to=KIM),
    _r("b2-semicolon-failed-then-not", FS + " ('Die Zustellung ist gescheitert; die Nachricht wurde nicht zugestellt "
       "an:')", f"Die Zustellung ist gescheitert; die Nachricht wurde nicht zugestellt an:\n{KIM}{REPLY}", to=KIM),
    _r("b2-semicolon-returned", FS + " ('Delivery failed; successfully delivered copies were returned for:')",
       f"Delivery failed; successfully delivered copies were returned for:\n{KIM}{REPLY}", to=KIM),
    _r("b2-keinem-empfaenger-zugestellt", FS + " ('Ihre Nachricht wurde keinem Empfänger erfolgreich zugestellt, "
       "abgelehnt für:')", f"Ihre Nachricht wurde keinem Empfänger erfolgreich zugestellt, abgelehnt für:\n{KIM}{REPLY}",
       to=KIM),
    _r("b2-nothing-successfully-delivered", FS + " ('Nothing was successfully delivered to:' over kim)",
       f"Nothing was successfully delivered to:\n{KIM}{REPLY}", to=KIM),
    _r("b2-failed-at-time-width", FS + " ('Delivery failed at 10:42' / 'to the following recipients:' over kim)",
       f"Delivery failed at 10:42\nto the following recipients:\n{KIM}{REPLY}", to=KIM, source=SRC + WIDTH),
    _r("b2-not-delivered-at-time-width", FS + " ('Your message was not delivered at 10:42' / 'to the following "
       "recipients:')", f"Your message was not delivered at 10:42\nto the following recipients:\n{KIM}{REPLY}", to=KIM,
       source=SRC + WIDTH),
    _r("b2-ok-2-of-2", NB + " ('Successfully delivered to 2 of 2 recipients:', a success-only report)",
       f"Successfully delivered to 2 of 2 recipients:\n{LEAD}\n{KIM}", expected=[], subject=SUCCESS),
    _r("b2-below-error-no-such-user", FS + " ('Error: no such user' under kim in a success list: its failure)",
       f"Your message was successfully delivered to\n{KIM}\nError: no such user", to=KIM),
    _r("b2-below-errors-0-under-lead", FH + CTL + " ('Errors: 0' under the delivered lead, kim in the failure section)",
       _mixed("en", "Your message was successfully delivered to", "Errors: 0\n"), source=SUMMARY),
]
# 2. verb_final: the sender addressed only before a colon; the comma's own clause; accepted then the recipient.
ROWS += rows_relayed("r175-b2", MULTI + " (control of this review's verb_final mends: soft, our side; or hard, the "
                     "recipient's address)", MX, LEAD_ORG, [
    ("de-zugriff-fuer-absender-verweigert", "550-5.7.1 Zugriff für Absender verweigert. 550 5.7.1 Die Adresse ist "
     "ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-akzeptiert-empfaenger-abgelehnt", "550-5.1.1 Absender akzeptiert, Empfänger wird abgelehnt. 550 5.1.1 Die "
     "Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-bitte-kontaktieren-falls-den-absender", "550-5.1.1 Bitte kontaktieren Sie, falls nötig, den Absender. 550 "
     "5.1.1 Die Adresse ist ungültig", "5.1.1", "RCPT", *HARD_UNK),
    ("de-bitte-beachten-der-absender-gesperrt", "550-5.7.1 Bitte beachten Sie, der Absender ist gesperrt. 550 5.7.1 Die "
     "Adresse ist ungültig", "5.7.1", "RCPT", *OUR_SIDE),
    ("de-hallo-comma-absender-gesperrt", "550-5.7.1 Hallo, Absender gesperrt. 550 5.7.1 Die Adresse ist ungültig",
     "5.7.1", "RCPT", *OUR_SIDE),
    ("nl-info-voor-afzenders-afzender-geweigerd", "550-5.7.1 Info voor afzenders: afzender geweigerd. 550 5.7.1 Het "
     "adres is ongeldig", "5.7.1", "RCPT", *OUR_SIDE),
])
