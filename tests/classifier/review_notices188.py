"""The hundred-and-eighty-eighth review: an ADVERSARIAL AUDIT of session 31's newest mends (main a6ff07e, 840acaf):
formats/failure_said.FAILURE_SAID now fires on a count of bounces ("Bounce rate: 50%", "Bounced: 1"), on the tries
given up (GIVEN_UP) and on an exception list's head in six languages (EXCEPTED); said_failed drops a success report's
count lines that say none failed (summary_counts.less_none_failed, summary_line); hints._GAP lets a help desk's
acknowledgement cross "Inc./Ltd./Corp./Co./LLC/PLC/Pty/GmbH/bzgl./betr./ref." and one line break.

Attacked both ways. FALSE HARDS (no bounce at all, or a live prospect marked bounced): success-only reports closing
with count lines the new words take ("Bounced: 0 of 2", "Total bounces: 0 out of 2", a column layout, a title-case
line a width broke, "Retries exhausted: 0"), a provider's footer ("has never given up", office hours "except:",
"sauf :", "außer:", "excepto:", "no address other than a@b"), auto-replies holding those words, and help desks'
acknowledgements whose title holds a period _GAP does not cross ("No.", "Nr.", a date "04.12.2026", "réf.", "núm.",
"S.A.", "Dr.", a version "4.2"). FALSE SOFTS (a dead address read delivered): kim under a success sentence with a
count or a try given up worded otherwise ("1 bounced", "Bounced 1", "Hardbounces: 1", "Rebotados: 1", "Rebonds : 1",
"Rimbalzati: 1", "Gebounced: 1", "Maximum retries exceeded.", "Giving up after 5 attempts.", Sendmail's "Cannot send
message for 5 days"), and a delivery to all "except to:", "except these:", "excluding:", "apart from:", "außer an:",
"mit Ausnahme der folgenden Empfänger:", "à l'exception des destinataires suivants :", "salvo a:", "ad eccezione dei
seguenti destinatari:", "behalve bij:". CONTROLS: the same layouts read as now.

Findings (83 rows, committed before they ran; main at 840acaf): 43 misread. FALSE HARDS (29): success-only reports
read a bounce (lead and kim onhold) under "Total bounces: 0 out of 2", "Bounce rate: 0% (0 of 2)", a column layout
("Delivered:   2      Bounced:   0", tabs), a title-case line a width broke ("..., Bounce" / "Rate: 0%"), "Retries
exhausted: 0" (13, Windows' heading and a success list), "Unzustellbar (Bounces): 0" among them; a relay's footer
"has never given up on a message", office hours "except:", "sauf :", "außer:", "excepto:", "behalve:", "no address
other than a@b" (7); help desks' acknowledgements with "No.", "Nr.", a date "04.12.2026", "réf.", "núm.", "S.A.",
"Dr.", a version "4.2" read the pasted NDR's orders@ a hard bounce (8); an away text quoting a pasted NDR (1, older).
FALSE SOFTS (14): kim under a success sentence read delivered or not named at all under "1 bounced", "Bounced 1",
"Bounced (1)", "Bounce rate 100%", "Hardbounces: 1", "Gebounced: 1", "Rebotados: 1", "Rebonds : 1", "Rimbalzati: 1",
"Retry limit exhausted.", "Maximum retries exceeded.", "Giving up after 5 attempts.", Sendmail's "Cannot send message
for 5 days", "Zustellversuche aufgegeben.". (The exception heads worded otherwise, section E, all read right: the
success sentence's own negation words.) 12 of the 43 are a6ff07e's (read right at c902727): the six count lines under
Windows' heading and the footers but the English "except:" (older); 840acaf added none (it mended two controls here).
Mended 41: summary_counts ("out of", a share in words in parentheses, a label's gloss, a column's gap after a count,
"exhausted" a failure label, a label a width broke before its count, BOUNCES: the ESPs' bounce words, one home for
failure_said and success_sentences), failure_said (GIVEN_UP's other wordings, never after "never / not"; a count of
bounces above none without a colon; "cannot send / deliver"; EXCEPTED's colon only with an address on its line or the
four below), hints._GAP (a period between digits, of initials, of "No. / Nr. / réf. / núm. / Dr. / Mr. / St.", and a
width's line break before a word in lower case). 2 strict xfails (test_review_notices188.py). The grid (every
transform) on reviews 184, 186, 187 and 188: after the first mends 7 changed readings (the footers' colon at a
width's line end, "never" / "given up" broken by wrap_40_tab, the version row's break, and a6ff07e's own "Bounce" /
"Rate: 100%" under trailing_blanks and crlf_padded, kim delivered, on main too): mended, none now.

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them. All HAND-MADE; sources per section (weak ones
marked). test_review_notices188.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit import FH, FS, NB, OK, SOME, SUBJECTS, row_maker, tag
from tests.classifier.review_notices163 import LEAD, TWO
from tests.classifier.review_notices181_layouts import NO, SUBJ, msg
from tests.classifier.review_notices184 import AG, EXO_OOF, FD_SRC, OOF_FIELDS, PASTED, TICKET, ZD_SRC
from tests.classifier.review_notices187 import EXC, SUMMARY, WIN
from tests.classifier.review_notices50_sources import KIM, hard

ROWS: list[tuple] = []
_r = row_maker(188)
HEAD = "Delivery to the following recipients succeeded.\n\n"
LISTED = f"       {LEAD}\n       {KIM}\n\n"
ESP = (SUMMARY + "; the counts as ESPs label them: Brevo API GetCampaignStats 'hardBounces / softBounces / deferred', "
       "Telnyx email stats 'bounce_rate', Perfit's Spanish help 'Rebotes hard y soft' / 'emails rebotados' (French, "
       "Italian and Dutch labels by hand: weak)")

# ---- A. success-only reports whose count line says none bounced: no bounce (FALSE HARD attacks) ----------------------
# A1. Under Windows' heading (a period, no list intro: only the whole notice's reading, intros.only_delivered, knows it).
NONE = {
    "bounced-0-of-2": "Bounced: 0 of 2",
    "bounce-rate-0.0": "Bounce rate: 0.0%",
    "c-bounces-none": "Bounces: none",
    "c-0-bounced": "2 delivered, 0 bounced",
    "c-retries-0": "Retries: 0",
    "c-no-retries-needed": "No retries were needed.",
    "total-bounces-0-out-of-2": "Total bounces: 0 out of 2",
    "upper-bounced-0-of-2": "BOUNCED: 0 OF 2",
    "title-wrapped-bounce-rate": "Delivered: 2, Bounced: 0, Bounce\nRate: 0%",
    "c-lower-wrapped-bounce-rate": "Delivered: 2, Bounced: 0, Bounce\nrate: 0%",
    "bounced-0-percent-paren": "Bounced: 0 (0.00 %)",
    "bounce-rate-0-of-2-paren": "Bounce rate: 0% (0 of 2)",
    "fr-spaced-bounce-rate": "Bounce Rate : 0 %",
    "columns-spaced": "Delivered:   2      Bounced:   0",
    "columns-tab": "Delivered:\t2\tBounced:\t0",
    "hard-soft-bounces-0": "Hard bounces: 0 | Soft bounces: 0",
    "retries-exhausted-0": "Retries exhausted: 0",
    "bounced-0-recipients": "Bounced: 0 recipients",
    "de-unzustellbar-bounces-0": "Zugestellt: 2, Unzustellbar (Bounces): 0",
    "c-es-rebotados-0": "Entregados: 2, Rebotados: 0",
    "c-fr-taux-de-bounce-0": "Remis : 2, Taux de bounce : 0 %",
    "c-hardbounces-0": "Hardbounces: 0, Softbounces: 0",
    "c-wrapped-after-colon": "Delivered: 2, Bounced:\n0",
}
for key, line in NONE.items():
    ROWS.append(_r(f"ok-windows-{key}", NB + tag(key) + f" (Windows' heading with a period, lead and kim indented, "
                   f"'{line}' closing)", HEAD + LISTED + line, expected=[], subject=SUBJECTS["en"], source=ESP + "; " + WIN))
# A2. The same under a success list with a colon (success_sentences reads the address's own lines too).
for key in ("total-bounces-0-out-of-2", "columns-spaced", "columns-tab", "title-wrapped-bounce-rate",
            "retries-exhausted-0", "bounce-rate-0-of-2-paren"):
    ROWS.append(_r(f"ok-list-{key}", NB + tag(key) + f" ('{NONE[key]}' right under lead and kim)",
                   f"{OK['en']}\n{LEAD}\n{KIM}\n{NONE[key]}", expected=[], subject=SUBJECTS["en"], source=ESP))
# A3. A provider's footer under the success report: office hours, a slogan, a reply address (weak: hand-made footers).
FOOT = (WIN + "; a relay provider's own footer under it (hand-made, weak: office hours and slogans as sites write "
        "them)")
FOOTERS = {
    "c-never-give-up": "Acme Relay - we never give up on your mail.",
    "never-given-up": "In twenty years Acme Relay has never given up on a message.",
    "hours-except": "Our help desk answers every day except: Sundays and public holidays.",
    "fr-hours-sauf": "Assistance joignable du lundi au samedi, sauf : jours fériés.",
    "de-hours-ausser": "Support erreichbar Montag bis Samstag, außer: Feiertage.",
    "es-hours-excepto": "Soporte de lunes a sábado, excepto: festivos.",
    "nl-hours-behalve": "Helpdesk bereikbaar van maandag tot zaterdag, behalve: feestdagen.",
    "other-than-address": "Replies to this notice reach no address other than help@relay.example.",
    "c-other-than-prose": "No action is needed other than keeping this receipt.",
}
for key, foot in FOOTERS.items():
    ROWS.append(_r(f"ok-footer-{key}", NB + tag(key) + f" (Windows' report, then the footer '{foot}')",
                   HEAD + LISTED + "--\n" + foot, expected=[], subject=SUBJECTS["en"], source=FOOT))
# A4. An exception list a template left empty: nothing failed.
ROWS.append(_r("ok-except-none", NB + " ('delivered to all recipients:' / lead / kim / 'except: none', a template's "
               "empty exception list)", f"{OK['en']}\n{LEAD}\n{KIM}\n\nexcept: none", expected=[],
               subject=SUBJECTS["en"], source=EXC))

# ---- B. auto-replies holding the new words: the mailbox answered, no bounce (FALSE HARD attacks) --------------------
AWAY = "; an auto-reply (taxonomy §5 `vacation`: no bounce) whatever words its text holds: the mailbox answered"
OOFS = {
    "en-except-fridays": ("Thank you for your message. I work every day except: Fridays, and I am out of the office "
                          "until 4 January.\nAnyone other than lena@partner.example on our team can help meanwhile."),
    "fr-sauf-le-week-end": ("Merci pour votre message. Je suis absente jusqu'au 4 janvier.\nBureau ouvert tous les "
                            "jours, sauf le week-end :\nurgences : lena@partner.example"),
    "de-ausser-montag": ("Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar abwesend.\nErreichbar täglich "
                         "außer: Montag. In dringenden Fällen: lena@partner.example"),
    "en-co-line-end-pasted": ("I am away until Monday. Your request for Partner Trading Co.\nwill be answered then. "
                              "You wrote:" + PASTED),
    "en-bounce-rate-never-give-up": ("Out of office until Monday. Our newsletter's bounce rate: 0%, and we never gave "
                                     "up on a customer; lena@partner.example answers urgent mail."),
}
for key, text in OOFS.items():
    ROWS.append((f"r188-oof-{key}", "hand-made (review 188) after " + EXO_OOF + AWAY + FH.replace(
        "lead was delivered, only kim failed", "kim's own away text"),
        msg(f"r188-oof-{key}", f"Kim Ng <{KIM}>", f"Automatic reply: {SUBJ}", text, OOF_FIELDS), NO))

# ---- C. help desks' acknowledgements whose title holds a period _GAP does not cross (FALSE HARD attacks) -------------
ZD = ZD_SRC + "; the request's title or number holding a period (an abbreviation, a date, a version)"
ACKS = {
    "en-no": "Your request No. 48250 has been received and is being reviewed by our support staff.",
    "de-nr": "Ihre Anfrage Nr. 48251 ist eingegangen und wird von unseren Support-Mitarbeitern geprüft.",
    "de-date": "Ihre Anfrage vom 04.12.2026 ist eingegangen und wird von unseren Support-Mitarbeitern geprüft.",
    "fr-ref": "Votre demande réf. 48252 a été reçue et est en cours d'examen par notre équipe d'assistance.",
    "es-num": "Su solicitud núm. 48253 ha sido recibida y está siendo revisada por nuestro personal de asistencia.",
    "en-sa": "Your request (48254) for Partner S.A. has been received and is being reviewed by our support staff.",
    "en-dr": "Your request (48255) for Dr. Weber has been received and is being reviewed by our support staff.",
    "en-version": ("Your request (48256) about release 4.2 has been received and is being reviewed by our support "
                   "staff."),
    "c-en-co-ltd-wrapped": ("Your request (48257) for Partner Co., Ltd.\nhas been received and is being reviewed by "
                            "our support staff."),
    "c-en-pty-ltd-crlf": ("Your request (48258) for Partner Pty. Ltd. \r\nhas been received and is being reviewed by "
                          "our support staff."),
}
for key, text in ACKS.items():
    ROWS.append((f"r188-ack-{key}", "hand-made (review 188) after " + ZD + TICKET + tag(key) + FH + " (the request "
                 "quotes an NDR the seller pasted, '550 5.1.1 <orders@...>': no address of it may come out)",
                 msg(f"r188-ack-{key}", "Partner Support <support@partner.zendesk.com>", "[Partner] Request received: "
                     f"{SUBJ}", text + PASTED, AG + "X-Mailer: Zendesk Mailer\n"), NO))
ROWS.append(("r188-ack-freshdesk-en-no", "hand-made (review 188) after " + FD_SRC + TICKET + FH + " ('Ticket No. 4471' "
             "inside Freshdesk's sentence)", msg("r188-ack-freshdesk-en-no", "Partner Support <support@partner."
             "freshdesk.com>", f"Ticket Received - {SUBJ}", "Dear Sam Seller,\n\nWe would like to acknowledge that we "
             "have received your request and a ticket (No. 4471) has been created." + PASTED, AG), NO))

# ---- D. kim under a success sentence, its delivery failed by a count or a try given up worded otherwise --------------
GONE = (ESP + "; the tries given up as servers say them (Sendmail queue.c / deliver.c 'Cannot send message for %s'; "
        "'Maximum retries exceeded', 'Giving up after N attempts' by hand: weak)")
BELOW = {
    "1-bounced": "1 bounced",
    "bounced-1-no-colon": "Bounced 1",
    "bounced-paren-1": "Bounced (1)",
    "hardbounces-1": "Hardbounces: 1",
    "nl-gebounced-1": "Gebounced: 1",
    "es-rebotados-1": "Rebotados: 1",
    "fr-rebonds-1": "Rebonds : 1",
    "it-rimbalzati-1": "Rimbalzati: 1",
    "bounce-rate-100-no-colon": "Bounce rate 100%",
    "retry-limit-exhausted": "Retry limit exhausted.",
    "maximum-retries-exceeded": "Maximum retries exceeded.",
    "giving-up-after-5": "Giving up after 5 attempts.",
    "sendmail-cannot-send": "Cannot send message for 5 days",
    "de-zustellversuche-aufgegeben": "Zustellversuche aufgegeben.",
    "c-bounced-wrapped-1": "Bounced:\n1",
    "c-title-bounce-rate-wrapped": "Bounce\nRate: 100%",
}
for key, line in BELOW.items():
    ROWS.append(_r(f"below-{key}", FS + tag(key) + f" ('{line}' under kim in a success list: kim's delivery failed; "
                   "no reason given: soft, a bounce reason, never 'delivered')",
                   f"Your message was successfully delivered to\n{KIM}\n{line}", to=KIM, expected=SOME, source=GONE))

# ---- E. delivered to all "except" a listed recipient, the head worded otherwise (FALSE SOFT attacks) -----------------
EXCEPT = {
    "de-ausser-an": ("Ihre Nachricht wurde allen Empfängern zugestellt, außer an:", "Benutzer unbekannt"),
    "de-mit-ausnahme-der-folgenden": ("Ihre Nachricht wurde allen Empfängern erfolgreich zugestellt, mit Ausnahme der "
                                      "folgenden Empfänger:", "Benutzer unbekannt"),
    "fr-a-l-exception-des-suivants": ("Le message a été remis à tous les destinataires, à l'exception des "
                                      "destinataires suivants :", "utilisateur inconnu"),
    "es-salvo-a": ("El mensaje se entregó correctamente a todos los destinatarios, salvo a:", "usuario desconocido"),
    "it-ad-eccezione-dei-seguenti": ("Il messaggio è stato consegnato correttamente, ad eccezione dei seguenti "
                                     "destinatari:", "utente sconosciuto"),
    "nl-behalve-bij": ("Uw bericht is met succes afgeleverd bij alle ontvangers, behalve bij:", "gebruiker onbekend"),
}
for key, (sentence, why) in EXCEPT.items():
    ROWS.append(_r(f"except-{key}", FS + f" ('{sentence}' / a blank line / kim indented with '({why})': kim is the one "
                   "it was NOT delivered to, its mailbox unknown: userunknown, hard; lead delivered, unnamed)",
                   f"{sentence}\n\n  {KIM} ({why})", to=TWO, expected=hard(KIM), subject=SUBJECTS["en"], source=EXC))
# ...in English, qmail-local's reason (no status, no stage: the project's rule reads it filtered, soft; review 187).
EN_EXCEPT = {
    "en-except-to": "Your message was delivered to all recipients except to:",
    "en-except-these": "Your message was delivered to all recipients except these:",
    "en-except-the-recipient-below": "Your message was delivered to all recipients except the recipient below:",
    "en-excluding": "Your message was delivered to all recipients, excluding:",
    "en-apart-from": "Your message was delivered to all recipients apart from:",
    "c-en-except-the-following": "Your message was delivered to all recipients except the following:",
}
for key, sentence in EN_EXCEPT.items():
    ROWS.append(_r(f"except-{key}", FS + tag(key) + f" ('{sentence}' / a blank line / kim indented with qmail's 'Sorry, "
                   "no mailbox here by that name.': kim failed, soft by the project's reason rule, never delivered)",
                   f"{sentence}\n\n  {KIM} (Sorry, no mailbox here by that name.)", to=TWO, expected=SOME,
                   subject=SUBJECTS["en"], source=EXC))
