"""A recipient said to be missing only FOR NOW: "temporarily unknown", "vorübergehend unbekannt",
"temporairement introuvable", "временно не найден", "一時的に...見つかりません", "暂时找不到".

The adverb says the state will not last: a directory that could not answer (Postfix's own word for that
is "temporary lookup failure", a systemerror in classifier.phrases), not a mailbox known to be gone.
Under a 4xx the failure is already temporary (classifier.reasons._is_userunknown); under a 5xx (a relay
that turned the 4xx into a failure, a server that writes 550 for it) the 5.1.1 status alone made it hard
(review 93: a false hard in every language, English too). Only the adverb BEFORE the absence, in the same
clause, qualifies it: "User unknown; relay temporarily unavailable" keeps the missing user, and so do
"Greylisting temporarily off, recipient unknown" and "nicht nur vorübergehend unbekannt" (review 96).

Also a PERSON away for a while (on holiday, on leave, back on a day), which classifier.departures asks of a
leaver's own sentence before it reads the person gone for good (`AWAY`, `NOT_FOR_GOOD`).
"""

from __future__ import annotations

import re

from classifier.guard import Guarded
from classifier.records import Reason

# "Temporarily", as each language's grammar puts it before the state (de, fr, es, it, pt, nl, pl, sv, da/no,
# ru, ja, zh, ko, cs, tr); not negated ("not temporarily", "nicht vorübergehend": for good).
_FOR_NOW = (
    r"(?<!not )(?<!nicht )(?<!pas )(?<!non )(?<!no )(?<!niet )(?<!nie )(?<!не )"
    # "not only / merely temporarily" (de "nicht nur vorübergehend"): for good; zh "不是暂时", "并非暂时" (not for now).
    r"(?<!not only )(?<!not just )(?<!not merely )(?<!nicht nur )(?<!nicht bloß )(?<!pas seulement )(?<!non solo )"
    r"(?<!no solo )(?<!не только )(?<!不是)(?<!并非)(?<!並非)(?<!不)"
    r"(?:temporarily|vor(?:ü|ue|u)bergehend|tempor(?:ä|ae|a)r|temporairement|momentan(?:é|e)ment|provisoirement|"
    r"temporalmente|moment(?:á|a)neamente|temporaneamente|temporariamente|tijdelijk|tymczasowo|chwilowo|"
    r"tillf(?:ä|a)lligt|midlertidig|временно|тимчасово|一時的に?|暂时|暫時|일시적으로|do(?:č|c)asn(?:ě|e)|ge(?:ç|c)ici olarak)"
    # ...and not negated after it, as Japanese and Korean negate ("一時的ではなく": not temporarily, but...).
    r"(?!では|じゃ|でな|인 것이 아니)"
)
# The absence it qualifies (lexicon's words for "unknown", "not found", "does not exist" in those languages).
_ABSENT = (
    r"unknown|not found|could ?n[o']t be found|does ?n[o']t exist|unbekannt|nicht gefunden|existiert nicht|"
    r"nicht vorhanden|inconnue?|introuvable|n['’]existe pas|desconocid[oa]|no existe|"
    r"no (?:se )?encontr|no (?:se )?encuentr|sconosciut[oa]|non trovat[oa]|non esiste|desconhecid[oa]|"
    r"n(?:ã|a)o encontrad[oa]|n(?:ã|a)o existe|onbekend|"
    r"niet gevonden|bestaat niet|nieznan\w|nie istnieje|nie (?:z|od)naleziono|ok(?:ä|a)nd|finns inte|hittades inte|"
    r"ukendt|ukjent|не найден|неизвест|не существует|отсутству|не знайден|невідом|не існує|見つかりません|存在しません|"
    r"找不到|不存在|未找到|无法找到|無法找到|찾을 수 없|"
    r"존재하지 않|neexistuje|nenalezen|nezn(?:á|a)m|bulunamad|bilinmiyor"
)
# One clause, and near: the adverb qualifies the absence when only its subject stands between ("一時的にユーザーが
# 見つかりません", "El buzón temporalmente no existe"), not across a comma, colon or "and" that starts another
# predicate (review 96: "Greylisting temporarily off, recipient unknown", "Forwarding temporarily disabled and user
# not found" are the missing user), nor a sentence's end: "一時的なエラーではありません。ユーザーが見つかりません" (not a
# temporary error. The user cannot be found) is the missing user.
_GAP = r"(?:[^.;:,!?\n|。．！？；：，、()（）]|\.(?=\S))"
_AND = r"(?:and|und|et|y|e|en|i|och|og|и|і|ta)"
# Speed only: an ASCII text without one of the adverbs' stems is not searched (classifier/guard.py).
_ABSENT_FOR_NOW = Guarded(re.compile(rf"{_FOR_NOW}(?:(?!\b{_AND}\b){_GAP}){{0,16}}?(?:{_ABSENT})"),
                          ("tempor", "bergehend", "momentan", "provisoire", "tijdelijk", "tymczasowo",
                           "chwilowo", "tillf", "midlertidig", "docasn", "gecici"))


def reason(text: str, status: str | None, reply_code: str | None, action: str | None) -> Reason | None:
    """systemerror when lowercase `text`, a permanent failure, says the thing it cannot find is missing only
    for now; else None (a delay or a 4xx is temporary already, and read as before)."""
    if action == "delayed" or (status or reply_code or "5")[:1] == "4":
        return None
    return Reason.SYSTEMERROR if _ABSENT_FOR_NOW.search(text) else None


# A PERSON away for a while, not gone for good: asked by classifier.departures of a leaver's own sentence (its
# `_away_for_now`, and `named_left`'s job sign), kept here beside the other absences that will end.
# The when of "back on/in/by ...": a day, a date, a time off work; not "get back in touch", "call you back on request",
# "joined back in 2019" (review 97: each read a true leaver away for a while, a false soft).
WHEN = (r"(?:\d{1,2}(?:st|nd|rd|th)?\b(?![\d,])|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next|"
        r"the \d{1,2}(?:st|nd|rd|th)?|the office|office|work|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:early|mid|late)\b|a (?:week|month|few)|the "
        r"(?:new year|end|start|beginning))")
NOT_FOR_GOOD = re.compile(
    r"(?i)(?<!not )(?<!n't )(?<!never )\b(?:(?:will )?be back|back (?:on|in|at|from|after|by) " + WHEN + r"|"
    r"returns? (?:on|in|after)|returning (?:on|in|after)|on (?:\w+ )?leave|(?:on )?sabbatical|"
    # Other absences said with their end (review 97: "on sabbatical until 1 May", "out until 7 January": false hards).
    r"(?:out|away|absent|off) (?:of (?:the )?office )?until|"
    r"for (?:the )?(?:holidays?|vacation|the day|the weekend|lunch|a while)|early today|"
    r"(?:handled|monitored|read|answered|covered) by this (?:mailbox|address)|"
    r"this (?:mailbox|address) (?:is )?(?:still )?(?:active|monitored))\b")


# Away for a while, said in the departure's own sentence after it, in the languages classifier.departures' `_DEPARTED` reads (review 97:
# "hat das Büro verlassen und ist bis zum 4. Januar im Urlaub" read hasmoved, a false hard): on holiday, on leave,
# back or absent until a day. A date alone is no sign ("hat uns zum 31. Dezember verlassen" is gone for good).
AWAY = re.compile(
    r"\b(?:im urlaub|in (?:elternzeit|mutterschutz|karenz)|bis (?:zum|einschlie(?:ß|ss)lich) \d|(?:wieder|zurück) "
    r"(?:am|ab) |\bab \w+ wieder\b|"
    r"abwesend bis|en (?:congé|conge|vacances)|de retour (?:le|à|a|au|en|lundi|mardi|mercredi|jeudi|"
    r"vendredi|\d)|absente? jusqu|de vacaciones|de (?:baja|permiso)|de regreso el|ausente hasta|in ferie|"
    r"in (?:maternità|malattia)|di ritorno il|assente fino|de f(?:é|e)rias|de licen(?:ç|c)a|ausente at(?:é|e)|"
    r"met (?:vakantie|verlof)|afwezig tot|på semester|tjänstledig|na urlopie|nieobecn\w* do|в отпуске)")
