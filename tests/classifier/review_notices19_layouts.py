"""Layouts for the nineteenth review (review_notices19.py): a bounce a person forwarded from their
mail client, inline, under the client's own localised forward block. The bounce texts are typical
MTA notices as their sources write them (each read correctly on its own: `test_bounces_alone`);
the blocks are the clients' strings as their sources give them (SOURCES, one per client). All
HAND-MADE after those sources."""

from __future__ import annotations

import html

SELLER = "seller@ourco.example"
FORWARDER = "anna.vertrieb@ourco.example"  # the rep or assistant who forwards: never a failed recipient

# ---------------------------------------------------------------- sources (client strings)
TB = ("thunderbird/thunderbird-l10n {lang}/mail/chrome/messenger/messengercompose/composeMsgs.properties "
      "(mailnews.forward_header_originalmessage) and {lang}/mail/chrome/messenger/mime.properties (1000 Subject, "
      "1007 Date, 1009 From, 1012 To: the header table's labels); Thunderbird's plain-text forward writes the mark, "
      "then 'Label: <tab>value' lines, the forwarded text below")
OUTLOOK_DE = ("weak: German Outlook messages kept in the linux-media list archive (code corpus: '-----Ursprüngliche "
              "Nachricht-----', 'Von: ... [mailto:...]', 'Gesendet: Freitag, 14. Oktober 2011 15:28', 'An:', 'Cc:', "
              "'Betreff:'); crisp-oss/email-forward-parser lib/parser.js (Outlook subject prefix 'WG:')")
OUTLOOK_FR = ("weak: French Outlook messages kept in the git and linux-audit list archives ('-----Message "
              "d'origine-----', 'De : ... [mailto:...]', 'Envoyé : vendredi 20 décembre 2019 20:24', 'À :', 'Objet :'); "
              "crisp-oss/email-forward-parser lib/parser.js (prefix 'TR:')")
OUTLOOK_ES = ("weak: a Spanish Outlook header block kept in a public data dump ('De: X [mailto:x]', 'Enviado el: "
              "viernes, 16 de junio de 2017 12:03 p.m.', 'Para:', 'Asunto:'), no separator line (Outlook's HTML forward "
              "draws a border, not a line of text); crisp-oss/email-forward-parser lib/parser.js (prefix 'RV:', 'New "
              "Outlook 2019' splits a forward at its From line). The plain-text '-----Mensaje original-----' line was "
              "NOT found in a real source and is not used")
OUTLOOK_365 = ("crisp-oss/email-forward-parser lib/parser.js: Outlook Live / 365 separates the forwarded header by a "
               "line of 32 underscores, its labels 'From:', 'Sent:', 'To:', 'Subject:' in all locales, the Subject "
               "prefix localised ('WG:' de, 'TR:' fr, 'RV:' es, 'I:' it)")
OUTLOOK_NEW = ("crisp-oss/email-forward-parser lib/parser.js: New Outlook 2019 writes no separator line, its labels "
               "localised ('Von:', 'Gesendet:', 'An:', 'Betreff:'; 'Da:', 'Inviato:', 'A:', 'Oggetto:'), prefix 'I:' (it)")
APPLE = ("weak (third-party catalogue): crisp-oss/email-forward-parser lib/parser.js, Apple Mail's localised "
         "'Begin forwarded message:' ({mark}) and its field labels (original_from/subject/date/to tables)")
GMAIL = ("crisp-oss/email-forward-parser lib/parser.js: Gmail writes '---------- Forwarded message ---------' in "
         "all locales and localises only the From label (Von/De/Da/Van/От), Date/Subject/To stay English; Subject "
         "'Fwd:' in all locales. A localised Gmail mark ('Weitergeleitete Nachricht', 'Message transféré') was NOT "
         "found in a real source and is not used")
YAHOO = ("weak (third-party catalogue): crisp-oss/email-forward-parser lib/parser.js, Yahoo Mail's '----- {mark} -----' "
         "and its lax labels (original_from_lax, original_date_lax, original_to_lax, original_subject_lax)")
ROUNDCUBE = ("roundcube/roundcubemail program/actions/mail/compose.php get_forward_header (plain text: '-------- ' + "
             "originalmessage + ' --------', then subject, date, from, to labels); the localised 'originalmessage' "
             "label was NOT found in the stored labels.inc versions, so the row is English")

# ---------------------------------------------------------------- the client blocks
# Each: (mark or None, [(label, field)]) with field one of from/date/to/subject; `sep` joins label and value.
THUNDERBIRD = {  # lang: (mark, subject, date, from, to); French labels carry their space before ':'
    "de": ("-------- Weitergeleitete Nachricht --------", "Betreff", "Datum", "Von", "An"),
    "fr": ("-------- Message transféré --------", "Sujet ", "Date ", "De ", "Pour "),
    "es": ("-------- Mensaje reenviado --------", "Asunto", "Fecha", "De", "Para"),
    "it": ("-------- Messaggio Inoltrato --------", "Oggetto", "Data", "Mittente", "A"),
    "nl": ("-------- Doorgestuurd bericht --------", "Onderwerp", "Datum", "Van", "Aan"),
    "ru": ("-------- Перенаправленное сообщение --------", "Тема", "Дата", "От", "Кому"),
    # weak: as crisp-oss/email-forward-parser lib/parser.js lists Thunderbird's pl and pt-BR strings
    "pl": ("--- Treść przekazanej wiadomości ---", "Temat", "Data", "Nadawca", "Adresat"),
    "pt-BR": ("-------- Mensagem encaminhada --------", "Assunto", "Data", "De", "Para"),
}
APPLE_MAIL = {  # lang: (mark, from, subject, date, to)
    "de": ("Anfang der weitergeleiteten Nachricht:", "Von", "Betreff", "Datum", "An"),
    "fr": ("Début du message réexpédié :", "De", "Objet", "Date", "À"),
    "es": ("Inicio del mensaje reenviado:", "De", "Asunto", "Fecha", "Para"),
    "it": ("Inizio messaggio inoltrato:", "Da", "Oggetto", "Data", "A"),
    "nl": ("Begin doorgestuurd bericht:", "Van", "Onderwerp", "Datum", "Aan"),
    "ru": ("Начало переадресованного сообщения:", "Отправитель", "Тема", "Дата", "Кому"),
    "pt-BR": ("Início da mensagem encaminhada:", "De", "Assunto", "Data", "Para"),
}
GMAIL_FROM = {"de": "Von", "fr": "De", "es": "De", "it": "Da", "nl": "Van", "ru": "От", "pl": "Od"}
YAHOO_MAIL = {  # lang: (mark, from, to, sent, subject)
    "de": ("Weitergeleitete Nachricht", "Von", "An", "Gesendet", "Betreff"),
    "fr": ("Message transmis", "De", "À", "Envoyé", "Objet"),
    "es": ("Mensaje reenviado", "De", "Para", "Enviado", "Asunto"),
    "it": ("Messaggio inoltrato", "Da", "A", "Inviato", "Oggetto"),
    "nl": ("Doorgestuurd bericht", "Van", "Aan", "Verzonden", "Onderwerp"),
    "ru": ("Пересылаемое сообщение", "От", "Кому", "Отправлено", "Тема"),
}
OUTLOOK_PREFIX = {"de": "WG", "fr": "TR", "es": "RV", "it": "I", "nl": "FW", "ru": "FW", "en": "FW", "pl": "PD",
                  "pt-BR": "ENC", "sv": "VB"}


def _sender(bounce: dict) -> str:
    return bounce["from"]


def thunderbird_block(lang: str, b: dict) -> str:
    mark, subj, date, frm, to = THUNDERBIRD[lang]
    return (f"{mark}\n{subj}: \t{b['subject']}\n{date}: \t{b['date']}\n{frm}: \t{b['from']}\n{to}: \t{SELLER}\n\n")


def apple_block(lang: str, b: dict) -> str:
    mark, frm, subj, date, to = APPLE_MAIL[lang]
    return (f"{mark}\n\n{frm}: {b['from']}\n{subj}: {b['subject']}\n{date}: {b['date']}\n{to}: {SELLER}\n\n")


def gmail_block(lang: str, b: dict) -> str:
    return (f"---------- Forwarded message ---------\n{GMAIL_FROM[lang]}: {b['from']}\nDate: {b['date']}\n"
            f"Subject: {b['subject']}\nTo: <{SELLER}>\n\n\n")


def yahoo_block(lang: str, b: dict) -> str:
    mark, frm, to, sent, subj = YAHOO_MAIL[lang]
    return (f"----- {mark} -----\n{frm}: {b['from']}\n{to}: {SELLER}\n{sent}: {b['date']}\n{subj}: {b['subject']}\n\n")


def outlook_classic_block(lang: str, b: dict) -> str:
    """Outlook desktop's plain-text forward ('From: Name [mailto:address]')."""
    name, address = b["name"], b["address"]
    if lang == "de":
        return (f"-----Ursprüngliche Nachricht-----\nVon: {name} [mailto:{address}]\nGesendet: Freitag, 4. Dezember "
                f"2026 09:00\nAn: {SELLER}\nBetreff: {b['subject']}\n\n")
    if lang == "fr":
        return (f"-----Message d'origine-----\nDe : {name} [mailto:{address}]\nEnvoyé : vendredi 4 décembre 2026 "
                f"09:00\nÀ : {SELLER}\nObjet : {b['subject']}\n\n")
    # es: the header block alone (no separator line was found in a real source)
    return (f"De: {name} [mailto:{address}]\nEnviado el: viernes, 4 de diciembre de 2026 09:00\nPara: {SELLER}\n"
            f"Asunto: {b['subject']}\n\n")


def outlook_365_block(b: dict) -> str:
    return (f"________________________________\nFrom: {b['from']}\nSent: Friday, December 4, 2026 9:00 AM\n"
            f"To: {SELLER}\nSubject: {b['subject']}\n\n")


def outlook_new_block(lang: str, b: dict) -> str:
    """New Outlook: no separator, localised labels."""
    if lang == "it":
        return (f"Da: {b['from']}\nInviato: venerdì 4 dicembre 2026 09:00\nA: {SELLER}\nOggetto: {b['subject']}\n\n")
    return (f"Von: {b['from']}\nGesendet: Freitag, 4. Dezember 2026 09:00\nAn: {SELLER}\nBetreff: {b['subject']}\n\n")


def roundcube_block(b: dict) -> str:
    return (f"\n\n-------- Original Message --------\nSubject: {b['subject']}\nDate: {b['date']}\n"
            f"From: {b['from']}\nTo: {SELLER}\n\n")


# ---------------------------------------------------------------- HTML renderings
def _lines(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.split("\n"))


def gmail_html(lang: str, b: dict, notice: str, intro: str) -> str:
    return (f'<div dir="ltr">{html.escape(intro)}<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'---------- Forwarded message ---------<br>{GMAIL_FROM[lang]}: <strong class="gmail_sendername" dir="auto">'
            f'{html.escape(b["name"])}</strong> <span dir="auto">&lt;{b["address"]}&gt;</span><br>Date: {b["date"]}<br>'
            f'Subject: {html.escape(b["subject"])}<br>To: &lt;{SELLER}&gt;<br></div><br><br>{_lines(notice)}</div></div>\n')


def thunderbird_html(lang: str, b: dict, notice: str, intro: str) -> str:
    mark, subj, date, frm, to = THUNDERBIRD[lang]
    row = '<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">{}: </th><td>{}</td></tr>\n'
    return (f"<html><body><p>{html.escape(intro)}</p>\n<div class=\"moz-forward-container\"><br><br>\n{mark}\n"
            '<table class="moz-email-headers-table" border="0" cellspacing="0" cellpadding="0"><tbody>\n'
            + row.format(subj, html.escape(b["subject"])) + row.format(date, b["date"])
            + row.format(frm, html.escape(b["from"])) + row.format(to, SELLER)
            + f"</tbody></table>\n<br>\n<pre>{html.escape(notice)}</pre></div></body></html>\n")


def outlook_html(lang: str, b: dict, notice: str, intro: str) -> str:
    """Outlook's HTML forward: a bordered div (no text separator), bold localised labels."""
    labels = {"de": ("Von", "Gesendet", "An", "Betreff", "Freitag, 4. Dezember 2026 09:00"),
              "fr": ("De", "Envoyé", "À", "Objet", "vendredi 4 décembre 2026 09:00"),
              "es": ("De", "Enviado el", "Para", "Asunto", "viernes, 4 de diciembre de 2026 09:00")}[lang]
    frm, sent, to, subj, when = labels
    gap = " " if lang == "fr" else ""
    return (f'<html><body><p class="MsoNormal">{html.escape(intro)}</p>\n<div style="border:none;border-top:solid '
            '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
            f'<b>{frm}{gap}:</b> {html.escape(b["name"])} &lt;{b["address"]}&gt;<br>\n<b>{sent}{gap}:</b> {when}<br>\n'
            f'<b>{to}{gap}:</b> {SELLER}<br>\n<b>{subj}{gap}:</b> {html.escape(b["subject"])}</p></div>\n'
            f'<p class="MsoNormal">{_lines(notice)}</p></body></html>\n')


def apple_html(lang: str, b: dict, notice: str, intro: str) -> str:
    mark, frm, subj, date, to = APPLE_MAIL[lang]
    field = ('<div style="margin: 0px;"><span style="font-family: -webkit-system-font;"><b>{}: </b></span>'
             '<span style="font-family: -webkit-system-font;">{}</span></div>\n')
    return (f"<html><body><div>{html.escape(intro)}<br><div><br><blockquote type=\"cite\"><div>{mark}</div>"
            '<br class="Apple-interchange-newline">\n' + field.format(frm, html.escape(b["from"]))
            + field.format(subj, html.escape(b["subject"])) + field.format(date, b["date"]) + field.format(to, SELLER)
            + f"<br><div><div>{_lines(notice)}</div></div></blockquote></div></div></body></html>\n")
