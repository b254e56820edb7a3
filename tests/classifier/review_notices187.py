"""The hundred-and-eighty-seventh review: controls and attacks for session 31's mends of the known misreadings.

(1) Reviews 180 and 183's seven strict xfails (their reason DELIVERED_BELOW, now gone): under kim in a success list,
"Retry limit reached: 0 attempts left", "Bounce rate: 50% / 100%", "Bounce-Rate: 100,0 %", "Retries exhausted; giving
up.", "Bounced: 0 retries remaining" read kim DELIVERED. The cause: formats/failure_said.FAILURE_SAID (intros.
only_delivered's test that nothing failed) held no count of bounces and no tries given up, so the whole notice read a
success report before success_sentences (whose _NOT_CORE had the tries given up, and "bounc\\w*") read kim's line;
summary_counts was not at fault. Controls here: a genuine count of none failed or none bounced still reads a
success-only report, kim's own line too.
(2) Review 168's strict xfail: "wurde erfolgreich zugestellt, mit Ausnahme von:" / kim (Benutzer unbekannt) read kim
delivered (FAILURE_SAID's "except" before a list is English only); its twins in French, Spanish, Italian, Dutch and
English here, and controls (a delivery "without exception" is no exception list).
(3) Review 186's strict xfail: a help desk's "Your request (48235) for Partner Inc." / "has been received" read the
pasted NDR's orders@ a hard bounce (hints._ACKNOWLEDGED reads within one sentence, no period, no line break); its
twins here ("Partner Ltd." inline, "Example Corp." before a width's break, German "bzgl." before a noun).

Findings (44 rows, committed before they ran; main at bd05c77): 16 misread. FALSE SOFTS (15): kim read DELIVERED under
"Bounced: 1", "Bounces: 1 of 1", "Bounce rate: 100.0%", "Hard bounce rate: 100%", "Bounce-Rate: 100 %", "Retry limit
exceeded.", Exim's "retry timeout exceeded", qmail's "I've given up. Sorry it didn't work out.", "Gave up after 5
attempts.", "Bounced: 0 retries left" (10, the cause above); and delivered "except" to kim: "außer:", "with the exception
of:", "erfolgreich zugestellt an:" / lead / "mit Ausnahme von:", "successfully delivered to:" / lead / "except for:"
(kim delivered, 4), "except for:" alone (kim filtered, soft: 1). (French, Spanish, Italian, Dutch and "allen Empfängern
... mit Ausnahme von" read right: only_delivered's DELIVERED_SAID has no such sentence.) FALSE HARD (1, older than the
mends): Windows' "Delivery to the following recipients succeeded." (a period, no list intro) over lead, kim and "Failed:
0": a success-only report read a bounce, its "Failed" a failure word of the whole notice. The first draft of the mend (a
count of bounces a failure word) read its "Bounced: 0" twin a bounce too; said_failed now drops the count lines that say
none failed (summary_counts.less_none_failed), each read whole as a width broke it (summary_counts.summary_line, moved
from success_sentences: the line-by-line draft read review 186's wrapped "0 von 1" / "Empfängern angenommen" rows none
failed, kim delivered). Mended: 13, and reviews 180/183's 7 and review 168's 1 strict xfails. 3 strict xfails: qmail's
"Sorry, no mailbox here by that name." alone (no status, no stage) reads filtered, soft (the project's reason rule).
Section C (3 rows, committed before they ran): all 3 misread (orders@ hard), mended with review 186's row by
hints._GAP (the period of a company form or of "regarding", "Inc. / Ltd. / Corp. / GmbH / bzgl. / betr. / ref.", and a
width's line break after it). Its first draft, a period before a word in lower case, left the German row and failed the
grid (upper_notice, title_notice; trailing blanks before the break). The grid (every transform) on these 47 rows and
the 9 mended ones: no reading changed.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section.
test_review_notices187.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit import CTL, FH, FS, NB, OK, SOME, SUBJECTS, row_maker, tag
from tests.classifier.review_notices163 import LEAD, TWO
from tests.classifier.review_notices181_layouts import NO, msg
from tests.classifier.review_notices184 import AG, PASTED, TICKET
from tests.classifier.review_notices50_sources import KIM, hard

ROWS: list[tuple] = []
_r = row_maker(187)

# ---- A. a success report's count line: none failed or bounced (no bounce), or kim's failure (a bounce) ---------------
SUMMARY = ("a site's success report closing with a count of its outcomes (RFC 3461 §4.1 NOTIFY=SUCCESS); the labels as "
           "sending services count them: SendGrid Web API v3 Stats metrics 'delivered / bounces / bounce_drops / "
           "deferred', Mailgun metrics 'delivered, failed ... bounce rate', AhaSend deliverability statistics "
           "'delivered_count / bounced_count / failed_count'; the tries given up as servers say it (Exim spec ch. 32 "
           "'Retry configuration': 'retry timeout exceeded'; qmail-send 'This is a permanent error; I've given up. Sorry "
           "it didn't work out.')")
# A1. Success-only reports whose count line says none failed or bounced: no bounce at all (FALSE HARD attacks).
NONE_FAILED = {
    "bounced-0": ("en", "Delivered: 2, Bounced: 0"),
    "bounces-0-bounce-rate-0": ("en", "Delivered: 2, Bounces: 0, Bounce rate: 0%"),
    "bounce-rate-0.00-pipes": ("en", "Sent: 2 | Delivered: 2 | Bounce rate: 0.00%"),
    "de-bounces-0": ("de", "Zugestellt: 2, Bounces: 0"),
    "bounced-0-deferred-0": ("en", "Delivered: 2, Deferred: 0, Bounced: 0"),
    "retries-0": ("en", "Delivered: 2, Retries: 0"),
    "c-failed-0": ("en", "Delivered: 2, Failed: 0"),
    "c-2-delivered-0-failed": ("en", "2 delivered, 0 failed."),
    "c-de-fehlgeschlagen-0": ("de", "Zugestellt: 2, Fehlgeschlagen: 0"),
    "c-fr-echecs-0": ("fr", "Remis : 2, Échecs : 0"),
}
for key, (lang, line) in NONE_FAILED.items():
    ROWS.append(_r(f"ok-summary-{key}", NB + tag(key) + f" (the closing line '{line}' right under the delivered "
                   "addresses)", f"{OK[lang]}\n{LEAD}\n{KIM}\n{line}", expected=[], subject=SUBJECTS[lang],
                   source=SUMMARY))
# A2. The same count line right under kim alone: kim delivered, no bounce.
for key, line in {"bounced-0": "Bounced: 0", "bounce-rate-0-percent": "Bounce rate: 0%",
                  "c-failed-0": "Failed: 0", "c-0-failed": "0 failed"}.items():
    ROWS.append(_r(f"ok-kim-{key}", NB + tag(key) + f" ('{line}' under kim, the only one named)",
                   f"Your message was successfully delivered to\n{KIM}\n{line}", to=KIM, expected=[],
                   subject=SUBJECTS["en"], source=SUMMARY))
# A3. Under kim in a success list, a count or a try given up that says kim's delivery failed (FALSE SOFT attacks).
FAILED_BELOW = {
    "bounced-1": "Bounced: 1",
    "bounces-1-of-1": "Bounces: 1 of 1",
    "bounce-rate-100.0-percent": "Bounce rate: 100.0%",
    "hard-bounce-rate-100": "Hard bounce rate: 100%",
    "de-bounce-rate-100-prozent": "Bounce-Rate: 100 %",
    "retry-limit-exceeded": "Retry limit exceeded.",
    "exim-retry-timeout-exceeded": "retry timeout exceeded",
    "qmail-ive-given-up": "I've given up. Sorry it didn't work out.",
    "gave-up-after-5-attempts": "Gave up after 5 attempts.",
    "c-failed-1": "Failed: 1",
    "c-bounced-0-retries-left": "Bounced: 0 retries left",
}
for key, line in FAILED_BELOW.items():
    ROWS.append(_r(f"below-{key}", FS + tag(key) + f" ('{line}' under kim in a success list: kim's delivery failed; "
                   "no reason given: soft, a bounce reason, never 'delivered')",
                   f"Your message was successfully delivered to\n{KIM}\n{line}", to=KIM, expected=SOME,
                   source=SUMMARY))
# A4. A success heading only intros.only_delivered reads (Windows' SMTP service's "Delivery to the following recipients
# succeeded.", a period, not a colon) over a count of none bounced: no bounce (FALSE HARD attack).
WIN = (SUMMARY + "; Windows SMTP service's success DSN 'Delivery to the following recipients succeeded.' (Microsoft "
       "Learn, 'Delivery status notifications' of the SMTP service)")
for key, line in {"bounced-0": "Bounced: 0", "c-failed-0": "Failed: 0"}.items():
    ROWS.append(_r(f"ok-windows-succeeded-{key}", NB + tag(key) + f" (Windows' heading with a period, the two "
                   f"addresses indented, '{line}' closing)", "Delivery to the following recipients succeeded.\n\n"
                   f"       {LEAD}\n       {KIM}\n\n{line}", expected=[], subject=SUBJECTS["en"], source=WIN))

# ---- B. delivered "except to" the listed recipient: the list is the failed ones --------------------------------------
EXC = ("a site's report of both outcomes (RFC 3461 §4.1 NOTIFY=SUCCESS,FAILURE) in the shape of review 168's Messaging "
       "Server row (Oracle Communications Messaging Server's localised notification templates; Sun Java System "
       "Messaging Server 6 Administration Guide 'Returned Failed Messages'): one sentence delivered to all 'except', "
       "a blank line, the failed one indented with its reason in the template's language (qmail-local's 'Sorry, no "
       "mailbox here by that name.'; the others translated by hand: weak)")
EXCEPT = {
    "de-allen-mit-ausnahme-von": ("Ihre Nachricht wurde allen Empfängern erfolgreich zugestellt, mit Ausnahme von:",
                                  "Benutzer unbekannt"),
    "de-ausser": ("Ihre Nachricht wurde erfolgreich zugestellt, außer:", "Benutzer unbekannt"),
    "fr-a-l-exception-de": ("Le message a été remis avec succès, à l'exception de :", "utilisateur inconnu"),
    "fr-sauf": ("Le message a été remis avec succès à tous les destinataires, sauf :", "utilisateur inconnu"),
    "es-con-excepcion-de": ("El mensaje se entregó correctamente, con excepción de:", "usuario desconocido"),
    "es-excepto": ("El mensaje se entregó correctamente a todos los destinatarios, excepto:", "usuario desconocido"),
    "it-ad-eccezione-di": ("Il messaggio è stato consegnato correttamente, ad eccezione di:", "utente sconosciuto"),
    "it-tranne": ("Il messaggio è stato consegnato correttamente a tutti i destinatari, tranne:", "utente sconosciuto"),
    "nl-met-uitzondering-van": ("Uw bericht is met succes afgeleverd, met uitzondering van:", "gebruiker onbekend"),
    "nl-behalve": ("Uw bericht is met succes afgeleverd bij alle ontvangers, behalve:", "gebruiker onbekend"),
    "en-except-for": ("Your message was delivered successfully, except for:", "Sorry, no mailbox here by that name."),
    "en-with-the-exception-of": ("Your message was successfully delivered to all recipients with the exception of:",
                                 "Sorry, no mailbox here by that name."),
}
for key, (sentence, why) in EXCEPT.items():
    ROWS.append(_r(f"except-{key}", FS + f" ('{sentence}' / a blank line / kim indented with '({why})': kim is the one "
                   "it was NOT delivered to, its mailbox unknown: userunknown, hard; lead delivered, unnamed)",
                   f"{sentence}\n\n  {KIM} ({why})", to=TWO, expected=hard(KIM), subject=SUBJECTS["en"], source=EXC))
# B2. Controls: a delivery "without exception" lists the delivered ones (no bounce); the success list, then "except:".
NO_EXCEPTION = {
    "en-without-exception": "Your message was delivered to all recipients without exception:",
    "fr-sans-exception": "Le message a été remis à tous les destinataires sans exception :",
    "de-ausnahmslos": "Ihre Nachricht wurde allen Empfängern ausnahmslos zugestellt:",
}
for key, sentence in NO_EXCEPTION.items():
    ROWS.append(_r(f"ok-{key}", NB + CTL + f" ('{sentence}' / a blank line / lead and kim indented: delivered to both)",
                   f"{sentence}\n\n  {LEAD}\n  {KIM}", to=TWO, expected=[], subject=SUBJECTS["en"], source=EXC))
ROWS += [
    _r("de-erfolgreich-an-then-mit-ausnahme-von", FH + " (lead under 'erfolgreich zugestellt an:', then 'mit Ausnahme "
       "von:' / kim (Benutzer unbekannt): kim hard only)", f"Ihre Nachricht wurde erfolgreich zugestellt an:\n\n  "
       f"{LEAD}\n\nmit Ausnahme von:\n\n  {KIM} (Benutzer unbekannt)", to=TWO, expected=hard(KIM),
       subject=SUBJECTS["de"], source=EXC),
    _r("en-delivered-to-then-except-for", FH + " (lead under 'successfully delivered to:', then 'except for:' / kim "
       "(no mailbox here by that name): kim hard only)", f"Your message was successfully delivered to:\n\n  {LEAD}\n\n"
       f"except for:\n\n  {KIM} (Sorry, no mailbox here by that name.)", to=TWO, expected=hard(KIM),
       subject=SUBJECTS["en"], source=EXC),
]

# ---- C. review 186's judged row: an abbreviation's period inside a help desk's acknowledgement -----------------------
ZD = ("Zendesk 'About the standard Support triggers' ('Your request ({{ticket.id}}) has been received and is being "
      "reviewed by our support staff.'; German 'Ihre Anfrage (...) ist eingegangen', weak), the request's title "
      "holding a company form ('Inc.', 'Ltd.', 'Corp.') or an abbreviation ('bzgl.'), as review 186's row")
ACKS = {
    "en-ltd-inline": ("Your request (48240) for Partner Ltd. has been received and is being reviewed by our support "
                      "staff."),
    "en-corp-wrapped": ("Your request (48241) for Example Corp.\nhas been received and is being reviewed\nby our "
                        "support staff."),
    "de-bzgl-capital": ("Ihre Anfrage (48242) bzgl. Angebot ist eingegangen und wird von unseren "
                        "Support-Mitarbeitern geprüft."),
}
for key, text in ACKS.items():
    ROWS.append((f"r187-ack-{key}", "hand-made (review 187) after " + ZD + TICKET + FH + " (the request quotes an NDR "
                 "the seller pasted, '550 5.1.1 <orders@...>': no address of it may come out)",
                 msg(f"r187-ack-{key}", "Partner Support <support@partner.zendesk.com>", "[Partner] Request received: "
                     "Quote for Q3", text + PASTED, AG + "X-Mailer: Zendesk Mailer\n"), NO))
