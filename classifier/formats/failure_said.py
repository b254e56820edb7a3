"""Whether a plain notice that says its mail was delivered also says a delivery failed (intros.only_delivered: a success
report is no bounce only where nothing failed). English words, and the failure words of the languages sites translate
their reports into: review 186, "Your message was successfully delivered to" / kim / "Zustellung fehlgeschlagen: 0 von
1 Empfängern angenommen" (review 180's row) and its twins in French, Spanish, Italian, Dutch and the rest read the
whole notice a success report: kim delivered, no bounce, a dead address kept mailed."""

from __future__ import annotations

import re

from classifier.folded import Sub
from classifier.guard import Fast
from classifier.formats.summary_counts import BOUNCES, less_none_failed

# The tries given up ("Retry limit reached: 0 attempts left", "Retries exhausted; giving up.", Exim's "retry timeout
# exceeded", qmail-send's "I've given up"), in FAILURE_SAID and in success_sentences' negations of a success sentence:
# review 180, kim lost under a success sentence.
# (Review 188: and "Retry limit exhausted.", "Maximum retries exceeded.", "Giving up after 5 attempts.", German
# "Zustellversuche aufgegeben." under kim: kim read delivered, no bounce; but not "never / not given up": a relay's
# footer "has never given up on a message" read a success-only report a bounce, also where a width broke the line
# between, trailing blanks or a CR before the break: up to four blanks, fixed-width look-behinds.)
_NEVER = "".join(rf"(?<!\b{word}\s{{{n}}})" for word in ("never", "not") for n in (1, 2, 3, 4))
GIVEN_UP = (r"retr(?:y|ies)\s+(?:limit\s+)?(?:reached|exceeded|exhausted)|retry\s+timeout\s+exceeded|"
            r"(?:maximum|max\.?)\s+(?:number\s+of\s+)?(?:retries|attempts)\s+(?:reached|exceeded)|"
            + _NEVER + r"(?:gave|given|giving)\s+up|\w*versuch\w*\s+aufgegeben")
# A count above none ("1", "100%", "0.5%"; not "0", "0.0%"), the count a colon does not mark off.
_SOME = r"(?!0+(?:[.,]0+)?(?![\d.,]))\d+(?:[.,]\d+)?"
# The head of a list of the ones a delivery to all left out, "except:", "except for:", "except the following", "except
# a@b" (review 172: "except" only so, never "except where noted"), in the languages success reports are translated into
# (session 31: review 168's Messaging Server row "wurde erfolgreich zugestellt, mit Ausnahme von:" / kim (Benutzer
# unbekannt) read the whole notice a success report, kim delivered; "außer:", "à l'exception de :", "sauf :", "con
# excepción de:", "excepto:", "ad eccezione di:", "tranne:", "met uitzondering van:", "behalve:", "with the exception
# of:" the same). (success_sentences._NOT negates a success sentence by these words anywhere in it: a rule of its own.)
EXCEPTED = (r"\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than|au(?:ß|ss)er|mit\s+ausnahme\s+von|"
            r"ausgenommen|sauf|except(?:é|e)|(?:à|a)\s+l['’]exception\s+de|hormis|excepto|salvo|"
            r"(?:con|a)\s+excepci(?:ó|o)n\s+de|tranne|eccetto|ad\s+eccezione\s+di|behalve|met\s+uitzondering\s+van|"
            r"uitgezonderd)"
            # (Review 188: a colon only where the list follows, an address on its line or on one of the four below
            # it: a relay's footer "Our help desk answers every day except: Sundays", "sauf : jours fériés", "außer:
            # Feiertage" read a success-only report a bounce, also where a width broke the line after the colon.)
            r"(?=\s*:[ \t]*(?:[^\n]*\n){0,4}?[^\n]*@|\s+(?:the\s+following|\S+@))")
# A failure word denied by "without" ("delivered to all recipients without bounces / failures / errors", "entregado
# correctamente sin rebotes", "ohne Bounces zugestellt", "remis sans rebond", "consegnato senza rimbalzi", "zonder
# bounces afgeleverd") says none failed: review 190, each success-only report read a bounce (lead and kim onhold), and
# Exchange's heading "succeeded without errors." too. In said_failed and success_sentences._WITHOUT_ERROR.
NO_FAILURE = (r"\b(?:without(?:\s+any)?|with\s+no|sans(?:\s+aucune?)?|senza(?:\s+(?:alcun|nessun)\w*)?|"
              r"sin(?:\s+ning[uú]n[oa]?)?|ohne(?:\s+(?:jede[nr]?|einen|jegliche[nr]?|irgendwelche))?|"
              r"zonder(?:\s+enige)?)"
              r"\s+(?:" + BOUNCES + r"|failures?|errors?|erreurs?|errori|errore|errores|fehlern?|fouten?|fallos?|"
              r"(?:é|e)checs?|fehlschl(?:ä|ae)ge|rejections?|rejets?|rechazos?|rifiuti|weigeringen)\b")
_NO_FAILURE = re.compile(r"(?i)" + NO_FAILURE)
_NO_FAILURE_SUB = Sub(_NO_FAILURE)  # (speed: skipped where no word of it is: folded.Sub)
# ...its words of a failure: any keeps the notice a bounce (review 168's; 172: "bounced / no such / except" OF a recipient)
# (Session 31: and a count of bounces, "Bounce rate: 50%", "Bounced: 0 retries remaining", "Bounce-Rate: 100,0 %" under
# kim, and the tries given up: reviews 180 and 183, the whole notice read a success report, kim delivered. A count
# line saying none bounced, "Bounce rate: 0%", says no failure: said_failed asks summary_counts.none_failed.)
FAILURE_SAID = re.compile(r"(?i)\b(?:not|fail\w*|error\w*|unknown|unable|could ?n[o']t|undeliver\w*|rejected|refused|"
                          r"denied|full|quota|expired|(?:was|were|been) bounced|bounced (?:for|from|at|by|back)|no such "
                          r"(?:user|mailbox|address|recipient|account|domain|host)|[45]\d\d|[45]\.\d{1,3}\.\d{1,3}|"
                          r"(?:" + BOUNCES + r")(?:(?:\s+|-)rate)?\s*[:=]\s*\d+|" + GIVEN_UP + r"|"
                          # (Review 188: a count of bounces above none without a colon, "1 bounced", "Bounced 1",
                          # "Bounced (1)", "Bounce rate 100%", and Sendmail's "Cannot send message for 5 days" under
                          # kim: read kim delivered; its bounce words, summary_counts.BOUNCES.)
                          + _SOME + r"\s*%?\s+bounc\w*|bounc\w*(?:(?:\s+|-)rate)?\s+\(?" + _SOME + r"|"
                          r"cannot\s+(?:send|deliver|be\s+delivered))\b|" + EXCEPTED
                          + r"|失败|失敗|错误|錯誤|できません|届きません")
# The failure words of Portuguese, Polish, Swedish and Russian reports, in OTHER_FAILURE and in success_sentences'
# negations of a success sentence ("Falha na entrega", "nie powiodło się", "Leveransen misslyckades", "Доставка не
# удалась" under kim: review 186).
PT_PL_SV_RU = (r"falha\s+(?:na|da|de|ao)\s+(?:entrega|envio|entregar|enviar)|falhou|rejeitad[oa]s?|recusad[oa]s?|"
               r"nie\s+powiod(?:ło|lo)|niepowodzeni\w*|nie\s+dostarczon\w*|odrzucon\w*|misslyckad\w*|avvisad\w*|"
               r"не\s+удал\w*|не\s+доставлен\w*|отклонен\w*")
# The failure words of the other languages, each a delivery's failure or a refusal, never a bare negation (an English
# report's German footer "bitte nicht antworten", a French "ne pas répondre" are no failure): Microsoft's localised NDR
# and delivery-report wordings (de "Zustellung fehlgeschlagen", "konnte nicht zugestellt werden", fr "Échec de la
# remise", "n'a pas pu être remis", es "Entrega fallida", "no se pudo entregar", it "Recapito non riuscito", pt "Falha
# na entrega", nl "Bezorging mislukt", pl "nie powiodło się", sv "misslyckades", ru "не удалось доставить").
OTHER_FAILURE = re.compile(
    # (German's verb last: "konnte nicht an einen oder mehrere Empfänger zugestellt werden", "wurde nicht an ...
    # zugestellt", one sentence; hints' gate reads them under an auto-reply's Subject, review 186)
    r"(?i)\bnicht\s+(?:(?:[^.\n]|\.(?=\S)|\n(?![ \t]*\n)){0,80}?\s)?zugestellt\b|"
    r"\b(?:fehlgeschlagen\w*|gescheitert|unzustellbar\w*|nicht\s+(?:zugestellt|zustellbar)|abgelehnt|abgewiesen|"
    r"zur(?:ü|ue)ckgewiesen|(?:é|e)chec|(?:é|e)chou(?:é|e)e?s?|non\s+(?:remis|distribu(?:é|e)|livr(?:é|e))e?s?|"
    r"n'a\s+pas\s+pu\s+(?:être|etre)|impossible\s+de\s+(?:remettre|distribuer|livrer)|rejet(?:é|e)e?s?|"
    r"fallid[oa]s?|fall(?:ó|o)|no\s+(?:entregad[oa]s?|se\s+(?:ha\s+)?(?:pudo|entregado))|rechazad[oa]s?|non\s+(?:riuscit|recapitat|consegnat)"
    r"[oaie]|impossibile\s+(?:consegnare|recapitare)|respint[oaie]|rifiutat[oaie]|"
    + PT_PL_SV_RU + r"|falhad[oa]s|n(?:ã|a)o\s+(?:entregue|foi\s+poss(?:í|i)vel)|mislukt|niet\s+(?:afgeleverd|bezorgd)|"
    r"onbestelbaar|geweigerd|kunde\s+inte\s+levereras|ошибк\w*)(?!\w)|配信できません")


def said_failed(text: str) -> bool:
    """Does `text` say, in English or another language, that a delivery failed? Not by a success report's count line
    saying none failed ("Delivered: 2, Failed: 0", "Bounced: 0", "Bounce rate: 0%": summary_counts, the line read
    whole however a width broke it, "Delivery failed: 0 of 1" / "recipients accepted" is no such line): under
    a heading only the whole-notice reading knows ("Delivery to the following recipients succeeded.", a period, no list
    intro), its "Failed" read the success-only report a bounce (review 187). Nor by a failure word "without" denies
    ("succeeded without errors.": failure_said.NO_FAILURE, review 190)."""
    if _FAILURE_SAID.search(text) is None and _OTHER_FAILURE.search(text) is None:
        return False  # (the words first: asked of every plain notice)
    rest = less_none_failed(_NO_FAILURE_SUB.sub(" ", text))
    return _FAILURE_SAID.search(rest) is not None or _OTHER_FAILURE.search(rest) is not None


# Speed only: the two searched through their lowercased twins on ASCII text (guard.Fast; the same matches), a notice's
# first 4,000 characters, where their case-insensitive alternatives were tried at every offset.
_FAILURE_SAID, _OTHER_FAILURE = Fast(FAILURE_SAID), Fast(OTHER_FAILURE)
