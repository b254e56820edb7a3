"""Whether a plain notice that says its mail was delivered also says a delivery failed (intros.only_delivered: a success
report is no bounce only where nothing failed). English words, and the failure words of the languages sites translate
their reports into: review 186, "Your message was successfully delivered to" / kim / "Zustellung fehlgeschlagen: 0 von
1 Empfängern angenommen" (review 180's row) and its twins in French, Spanish, Italian, Dutch and the rest read the
whole notice a success report: kim delivered, no bounce, a dead address kept mailed."""

from __future__ import annotations

import re

# ...its words of a failure: any keeps the notice a bounce (review 168's; 172: "bounced / no such / except" OF a recipient)
FAILURE_SAID = re.compile(r"(?i)\b(?:not|fail\w*|error\w*|unknown|unable|could ?n[o']t|undeliver\w*|rejected|refused|"
                          r"denied|full|quota|expired|(?:was|were|been) bounced|bounced (?:for|from|at|by|back)|no such "
                          r"(?:user|mailbox|address|recipient|account|domain|host)|[45]\d\d|[45]\.\d{1,3}\.\d{1,3})\b|"
                          r"\bexcept(?=\s*:|\s+(?:for\s+)?(?:the\s+following|\S+@))|失败|失敗|错误|錯誤|できません|届きません")
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
    """Does `text` say, in English or another language, that a delivery failed?"""
    return FAILURE_SAID.search(text) is not None or OTHER_FAILURE.search(text) is not None
