"""A recipient said to be missing only FOR NOW: "temporarily unknown", "vorübergehend unbekannt",
"temporairement introuvable", "временно не найден", "一時的に...見つかりません", "暂时找不到".

The adverb says the state will not last: a directory that could not answer (Postfix's own word for that
is "temporary lookup failure", a systemerror in classifier.phrases), not a mailbox known to be gone.
Under a 4xx the failure is already temporary (classifier.reasons._is_userunknown); under a 5xx (a relay
that turned the 4xx into a failure, a server that writes 550 for it) the 5.1.1 status alone made it hard
(review 93: a false hard in every language, English too). Only the adverb BEFORE the absence, in the same
sentence, qualifies it: "User unknown; relay temporarily unavailable" keeps the missing user.
"""

from __future__ import annotations

import re

from classifier.guard import Guarded
from classifier.records import Reason

# "Temporarily", as each language's grammar puts it before the state (de, fr, es, it, pt, nl, pl, sv, da/no,
# ru, ja, zh, ko, cs, tr); not negated ("not temporarily", "nicht vorübergehend": for good).
_FOR_NOW = (
    r"(?<!not )(?<!nicht )(?<!pas )(?<!non )(?<!no )(?<!niet )(?<!nie )(?<!не )"
    r"(?:temporarily|vor(?:ü|ue|u)bergehend|temporairement|temporalmente|temporaneamente|temporariamente|tijdelijk|"
    r"tymczasowo|tillf(?:ä|a)lligt|midlertidig|временно|一時的に?|暂时|暫時|일시적으로|do(?:č|c)asn(?:ě|e)|ge(?:ç|c)ici olarak)"
)
# The absence it qualifies (lexicon's words for "unknown", "not found", "does not exist" in those languages).
_ABSENT = (
    r"unknown|not found|could ?n[o']t be found|does ?n[o']t exist|unbekannt|nicht gefunden|existiert nicht|"
    r"nicht vorhanden|inconnue?|introuvable|n['’]existe pas|desconocid[oa]|no existe|no (?:se )?encontr|"
    r"sconosciut[oa]|non trovat[oa]|non esiste|desconhecid[oa]|n(?:ã|a)o encontrad[oa]|n(?:ã|a)o existe|onbekend|"
    r"niet gevonden|bestaat niet|nieznan\w|nie istnieje|nie (?:z|od)naleziono|ok(?:ä|a)nd|finns inte|hittades inte|"
    r"ukendt|ukjent|не найден|неизвест|не существует|見つかりません|存在しません|找不到|不存在|未找到|찾을 수 없|"
    r"존재하지 않|neexistuje|nenalezen|nezn(?:á|a)m|bulunamad|bilinmiyor"
)
# One sentence (lexicon.GAP), the CJK full stops too: "一時的なエラーではありません。ユーザーが見つかりません" (not a
# temporary error. The user cannot be found) is the missing user.
_GAP = r"(?:[^.;!?\n|。．！？；]|\.(?=\S))"
# Speed only: an ASCII text without one of the adverbs' stems is not searched (classifier/guard.py).
_ABSENT_FOR_NOW = Guarded(re.compile(rf"{_FOR_NOW}{_GAP}{{0,30}}?(?:{_ABSENT})"),
                          ("tempora", "bergehend", "tijdelijk", "tymczasowo", "tillf", "midlertidig", "docasn", "gecici"))


def reason(text: str, status: str | None, reply_code: str | None, action: str | None) -> Reason | None:
    """systemerror when lowercase `text`, a permanent failure, says the thing it cannot find is missing only
    for now; else None (a delay or a 4xx is temporary already, and read as before)."""
    if action == "delayed" or (status or reply_code or "5")[:1] == "4":
        return None
    return Reason.SYSTEMERROR if _ABSENT_FOR_NOW.search(text) else None
