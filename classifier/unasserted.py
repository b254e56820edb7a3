"""A departure or a gone address said in a CONDITION or DENIED, not asserted: "If the recipient no longer works here,
the admin will tell you", "Si el destinatario ya no trabaja en la empresa, contacte al administrador", "如果收件人已离职，
系统会另行通知", "Der Empfänger ist nicht ausgeschieden". A content filter's or a policy's refusal that explains what
a departure WOULD look like read hasmoved, hard (departures.gone matched the words wherever they stood): eleven false
hards in audit 36, in en/de/fr/es/it/pt/nl/pl/sv/ru/zh, each unenrolling a live prospect.

`departures._kept` asks `unasserted(lead)` of the words of the match's sentence before it (`lead`): a conditional
conjunction opening the clause the words stand in (after the last sentence end, comma, semicolon or colon: "If you
wrote to Dana, she has left the company" asserts it), or a negation right before them. Every conjunction only as the
clause's first word (after a multi-line reply's code: "550-5.7.1 Blocked. 550 5.7.1 If ..."); Portuguese and Italian
"se" and Dutch "als" only before the subject they open, where they are "if" and not a reflexive pronoun or German "as"
(review of audit 36: "Se ha jubilado y ya no trabaja en la empresa" is asserted); French and Spanish "si" likewise,
never Italian impersonal "Si comunica che ..." nor Spanish "Se le informa que ..." (audit 37: false softs); French
"s'il" always ("S'il ne travaille plus ici, ..." read hard before), but for "S'il vous plaît" ("please", audit 38: "S'il
vous plaît notez que Mme Dupont ne fait plus partie de la société" read onhold, a false soft)."""

from __future__ import annotations

import re

# The clause the match stands in: after the last clause break of its sentence (the CJK ones too).
_BREAK = re.compile(r"[,;:\uff0c\uff1b\uff1a\u3001\u3002]")
_IF = re.compile(
    r"^\s*(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?)?(?:[\"'(]\s*)?"  # a multi-line reply's code, a quote
    # ...or a reminder's few words and "that" before it ("Please note that if ...", "Se le recuerda que si ...",
    # "notez que si ...": audit 39, read hasmoved: false hards), up to six words ("We would like to remind you that if
    # ...": audit 40); longer where a reminder's own verb opens it ("we would kindly like to remind you that if": seven
    # words, audit 42), none where a comma cut the reminder off ("Please note, that if ...": the clause opens with
    # "that", audit 42); both read asserted, false hards.
    r"(?:(?:[^\W\d_]+ ){0,6}(?:that|que|dass|che|dat|att|że|что) "
    r"|(?=(?:[^\W\d_]+ ){0,5}(?:remind|note|noted|aware|advised|inform|recall)\w* )(?:[^\W\d_]+ ){7,10}"
    r"(?:that|que|dass|che|dat|att|że|что) )?"
    r"(?:(?:(?:and|but|or|und|aber|et|mais|y|pero|e|ma|mas|en|maar|i|ale|och|men|и|но) )?"
    r"(?:if|unless|whether|in case|should|wenn|falls|sofern|ob|s['’]ils?(?! vous pla[iî]t)|sauf si|à moins que|a menos que|salvo que|caso"
    r"|qualora|indien|tenzij|jeśli|jeżeli|jesli|jezeli|gdyby|o ile|om|ifall|såvida|если|ежели|в случае если)"
    r"(?![\w-])"
    # Italian and Portuguese "se", Dutch "als" only before the subject they open ("Se o destinatário ...", "Als de
    # ontvanger ..."): Spanish and Portuguese reflexive "se" opens an asserted departure ("Se ha jubilado", "Se desligou
    # da empresa"), German "als" a past or a role ("Als ehemalige Mitarbeiterin ist sie ausgeschieden").
    # ...never Spanish "se" with its object pronoun before a verb, a statement ("Se le informa que ...", "Se la ha
    # dado de baja y ya no trabaja ...": audit 37's false softs).
    r"|se (?!(?:le|la|lo) (?:ha|han|hab(?:í|i)a|hab(?:í|i)an|dio|di(?:ó|o)|da|dar(?:á|a)|informa|inform(?:ó|o)"
    r"|comunica|comunic(?:ó|o)|notifica|notific(?:ó|o)|ruega|agradece|recuerda|indica|avisa)\b"
    # ...nor before a verb and Spanish "que" ("Se le hace saber que ...", "Se le advierte que ...": audit 38).
    r"|(?:le|la|lo|les) (?:\w+ ){1,2}que\b)"
    r"(?:o|a|os|as|um|uma|il|lo|la|l['’]|i|gli|le|un|uno|una|você|voce|ele|ela|lei|lui|questo|questa|este|esta"
    r"|esse|essa|tal|seu|sua|suo|non|não|nao|já|ja)(?![\w-])"
    r"|se l['’]"  # Italian's elided article: "Se l'Avv. Rossi non lavora più qui, ..." (audit 40: read asserted)
    # French and Spanish "si" only before the subject or negation it opens ("Si vous ...", "Si el destinatario ...",
    # "Si ya no trabaja ..."): Italian "si" is the impersonal or reflexive pronoun of a statement ("Si comunica che
    # ...", "Si prega di notare che ...", "Si è dimesso e non lavora più qui": audit 37's false softs).
    r"|si (?:vous|tu|le|la|les|un|une|votre|vos|ce|cet|cette|il|elle|ils|elles|on|nous|ne|el|los|las|usted"
    r"|ustedes|ud|uds|su|sus|este|esta|ese|esa|dicho|dicha|no|ya|mme|mlle|m\.|monsieur|madame|sra?\.?|srta|don|do(?:ñ|n)a"
    r")(?![\w-])|si [ln]['’]"
    # Spanish "si ha / he" only before a participle ("Si ha dejado la empresa, ..."): Italian impersonal "Si ha notizia
    # che ..." is a statement (audit 38).
    r"|si (?:ha|he|han) (?!avuto)\w+(?:ado|ido|cho|to|so)(?![\w-])"
    r"|als (?:de|het|een|u|je|jij|hij|zij|ze|deze|dit|uw)(?![\w-])"
    r"|如果|假如|若|もし)")  # (the CJK ones with no word boundary: the next character is a word's too)
# A negation right before the words ("ist nicht ausgeschieden"): in German the state follows it.
_NOT = re.compile(r"(?:\bnot|\bnicht|\bniet|\bnon|\bpas|\binte|\bне|未|并未|没有)\s*$")


def unasserted(lead: str, words: str = "") -> bool:
    """Do the words before a match in its sentence (`lead`, lowercase) make it a condition or deny it? `words`: the
    match's own, which may hold the word after "se" ("Se non lavora più qui": the match starts at "non")."""
    clause = _BREAK.split(lead)[-1]
    return _IF.search(clause + words) is not None or _NOT.search(clause) is not None
