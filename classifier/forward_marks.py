"""What a person's mail client writes above a message it forwards inline, in the languages sales
teams meet: the mark line and the labels of the forwarded header block, and the intro line of a reply's quote.
formats/nested.py builds its patterns from these tables (a forwarded notice is read as the notice); the mark line
(MARK_LINE) and the reply's intro (REPLY_INTRO) are also where relayed_failures.quote_start sees a quoted message
begin.

Sources (each string from the client's own localisation files where they are public, else from a
catalogue that quotes the clients; tests/classifier/review_notices19_layouts.py cites them):
- Thunderbird: thunderbird/thunderbird-l10n */messengercompose/composeMsgs.properties
  (mailnews.forward_header_originalmessage, mailnews.reply_header_originalmessage) and
  */messenger/mime.properties (the header table's labels: 1000 Subject, 1007 Date, 1009 From,
  1012 To, 1013 CC, 1010 Reply-To);
- Roundcube: program/actions/mail/compose.php get_forward_header ('-------- Original Message --------');
- Outlook desktop: its '-----Original Message-----' line as German and French Outlook wrote it in
  public list archives ('-----Ursprüngliche Nachricht-----', '-----Message d'origine-----'), with
  'Gesendet:' / 'Envoyé :' / 'Enviado el:'; Outlook 365's line of underscores and new Outlook's bare
  header block (crisp-oss/email-forward-parser lib/parser.js);
- Apple Mail's 'Begin forwarded message:', Yahoo Mail's '----- Forwarded Message -----' and the
  field labels of all of them in their locales: crisp-oss/email-forward-parser lib/parser.js.
Not found in a real source, so not listed: a localised Gmail mark (Gmail writes '---------- Forwarded
message ---------' in every locale), Roundcube's localised 'Original Message', Outlook's Spanish
'-----Mensaje original-----' line (the Thunderbird 'Mensaje original' is listed, as Thunderbird's).
"""

from __future__ import annotations

import re

# The words between the dash runs of a mark line ("-------- Weitergeleitete Nachricht --------",
# "-----Ursprüngliche Nachricht-----"), lowercase.
DASHED_MARKS = (
    # English: Gmail, Thunderbird, Yahoo, Outlook, Roundcube
    "forwarded message", "original message",
    # German: Thunderbird / Yahoo forward, Thunderbird reply, Outlook
    "weitergeleitete nachricht", "original-nachricht", "ursprüngliche nachricht",
    # French: Thunderbird forward and reply, Yahoo, Outlook
    "message transféré", "message original", "message transmis", "message d'origine", "message d’origine",
    # Spanish: Thunderbird / Yahoo forward, Thunderbird reply
    "mensaje reenviado", "mensaje original",
    # Italian: Thunderbird forward ("Messaggio Inoltrato") and reply, Yahoo
    "messaggio inoltrato", "messaggio originale",
    # Dutch: Thunderbird / Yahoo forward, Thunderbird reply
    "doorgestuurd bericht", "oorspronkelijk bericht",
    # Russian: Thunderbird forward and reply, Yahoo
    "перенаправленное сообщение", "исходное сообщение", "пересылаемое сообщение",
    # Portuguese (pt, pt-BR), Swedish, Danish, Norwegian, Polish, Czech: Thunderbird and Yahoo
    "mensagem reencaminhada", "mensagem encaminhada", "vidarebefordrat meddelande", "videresendt meddelelse",
    "videresendt melding", "przekazana wiadomość", "treść przekazanej wiadomości", "přeposlaná zpráva",
)

# Apple Mail's line above the forwarded header block ("Begin forwarded message:"), lowercase,
# without its colon (French writes a space before it).
INTRO_MARKS = (
    "begin forwarded message", "anfang der weitergeleiteten nachricht", "début du message réexpédié",
    "début du message transféré", "inicio del mensaje reenviado", "inizio messaggio inoltrato",
    "begin doorgestuurd bericht", "начало переадресованного сообщения", "início da mensagem encaminhada",
    "início da mensagem reencaminhada", "vidarebefordrat mejl", "początek przekazywanej wiadomości",
)

# Outlook 365 draws a line of underscores (32 of them) above the forwarded header; a shorter or
# longer run is accepted, as a client's plain-text rendering may pad it.
UNDERSCORE_RULE = r"_{20,40}"

# The forwarded header block's labels in those clients and locales -> the header they stand for.
# "sent" is Outlook's date label; "reply-to" and "cc" are read past, never used.
FIELD_LABELS = {
    "from": (
        "from", "von", "absender", "de", "da", "mittente", "van", "от", "отправитель", "fra", "från", "od",
        "nadawca",
    ),
    "to": ("to", "an", "empfänger", "à", "a", "pour", "para", "aan", "кому", "till", "til", "do", "adresat"),
    "subject": ("subject", "betreff", "objet", "sujet", "asunto", "oggetto", "onderwerp", "тема", "assunto", "ämne",
                "emne", "temat"),
    "date": ("date", "datum", "fecha", "data", "дата", "dato"),
    "sent": ("sent", "gesendet", "envoyé", "enviado", "enviado el", "inviato", "verzonden", "отправлено", "skickat",
             "sendt", "wysłano"),
    "cc": ("cc", "kopie", "kopie (cc)", "copie à", "копия", "kopia"),
    "message-id": ("message-id",),
    "reply-to": ("reply-to", "antwort an", "répondre à", "responder a", "rispondi a", "antwoord aan", "отвечать"),
}

# Labels a bare header block (no mark line above it: Outlook's HTML forward draws a border, new
# Outlook writes nothing) must start with, and how many known fields make it a header block.
BARE_BLOCK_FIELDS = 3


# The line mail clients write above a forwarded or quoted message (Apple Mail's "Begin forwarded message:",
# the dashed lines of Gmail, Thunderbird, Yahoo, Outlook and Roundcube, Outlook 365's underscores),
# in the languages above (and their quoted forms, "> Begin forwarded message:").
# A dashed line broken before its closing dashes by a narrow line width, the rest folded onto the
# next line ("-------- Weitergeleitete Nachricht" / "\t--------" at 40 columns), is the same mark.
MARK_LINE = re.compile(
    r"(?im)^[ \t>]{0,8}(?:(?:" + "|".join(map(re.escape, INTRO_MARKS)) + r")[ \t]?:|"
    r"-{2,}[ \t]{0,4}(?:" + "|".join(map(re.escape, DASHED_MARKS)) + r")(?:[ \t]{0,4}|\n[ \t]{1,8})-{2,}|"
    + UNDERSCORE_RULE + r")[ \t]*$")

# The line a reply's client writes above the message it quotes, ending the line: Thunderbird's
# mailnews.reply_header_authorwrotesingle / reply_header_ondateauthorwrote ("#1 wrote:", "On #2 #3, #1 wrote:";
# German "#1 schrieb:", "Am #2 um #3 schrieb #1:"; French "#1 a écrit :", "Le #2 à #3, #1 a écrit :"; Spanish
# "#1 escribió:", Italian "#1 ha scritto:", Dutch "#1 schreef:" / "Op #2 om #3 schreef #1:"), Gmail's and Apple
# Mail's "On <date>, <name> <address> wrote:" / "Am ... schrieb ...:" / "Le ... a écrit :", a person's "You wrote:".
# The name and address may follow the verb (German, Dutch); the colon ends the line.
REPLY_INTRO = re.compile(
    r"(?im)^[^\n]{0,200}?(?:\bwrote|\ba écrit|\bescribió|\bha scritto|\b(?:schrieb|schreef)\b[^\n]{0,160}?)"
    r"[ \t\u00a0]?:[ \t]*$")
