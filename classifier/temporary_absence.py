"""A recipient said to be missing only FOR NOW: "temporarily unknown", "vorübergehend unbekannt",
"temporairement introuvable", "временно не найден", "一時的に...見つかりません", "暂时找不到".

The adverb says the state will not last: a directory that could not answer (Postfix's own word for that
is "temporary lookup failure", a systemerror in classifier.phrases), not a mailbox known to be gone.
Under a 4xx the failure is already temporary (classifier.reasons._is_userunknown); under a 5xx (a relay
that turned the 4xx into a failure, a server that writes 550 for it) the 5.1.1 status alone made it hard
(review 93: a false hard in every language, English too). Only the adverb BEFORE the absence, in the same
clause, qualifies it: "User unknown; relay temporarily unavailable" keeps the missing user, and so do
"Greylisting temporarily off, recipient unknown" and "nicht nur vorübergehend unbekannt" (review 96).
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
