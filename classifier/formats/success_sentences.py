"""A plain notice's own sentence that its mail WAS delivered to the address on the line below it, in a report that
says a failure too (RFC 3461 NOTIFY=SUCCESS,FAILURE: one report, both outcomes; review 161): "Ihre Nachricht wurde
erfolgreich zugestellt an" / "lead@...", "Your message was successfully delivered to", "Le message a été remis à", "El
mensaje se entregó correctamente a", "Il messaggio è stato consegnato a", "Het bericht is afgeleverd bij", each as a
site writes its own report (Postfix bounce(5): a site's templates, translated), and Postfix's success entry ("<a@b>:
delivered to mailbox", "<a@b>: delivery via x: 250 2.0.0 Ok"). The address so named is no failed recipient: read as
one, a delivered prospect was marked bounced (review 158's judged row). Read by formats/recipients.py."""

from __future__ import annotations

import re

from classifier.formats import layout_only
from classifier.formats.failure_said import GIVEN_UP, NO_FAILURE, PT_PL_SV_RU
from classifier.formats.intros import ENTRY_HEAD, LEADING as _ENTRY, POSTFIX_DELIVERED_WORDS, intro
from classifier.formats.summary_counts import BOUNCES, none_failed, summary_line
from classifier.folded import Sub, fold, folded_words
from classifier.guard import Fast
from classifier.words_needed import Words

# Words that say the delivery happened, each a whole clause's verb (not "delivered" alone: "could not be delivered to").
_SAID = re.compile(
    r"(?i)\bsucce(?:ssfully|eded)\b|\b(?:was|were|has been|have been)\s+delivered\b|\bdelivered\s+successfully\b|"
    r"\berfolgreich\b|\bwurden?\s+(?:\w+\s+){0,4}zugestellt\b|"
    r"\b(?:a|ont)\s+été\s+(?:\w+\s+)?(?:remis|livré|distribué)|\bavec\s+succès\b|"
    r"\bse\s+entregó\b|\bcorrectamente\b|\b(?:ha|han|fue|fueron)\s+(?:sido\s+)?entregad[oa]s?\b|"
    r"\b(?:è|sono)\s+stat[oaie]\s+(?:\w+\s+)?(?:consegnat|recapitat)|\bcorrettamente\b|"
    r"\b(?:is|zijn)\s+(?:\w+\s+){0,4}(?:afgeleverd|bezorgd)\b|\bsuccesvol\b|\bmet succes\b")
# (Review 167: up to four words between, "wurde ohne Fehler oder Verzögerung zugestellt an", "is zonder enige fout
# afgeleverd bij": read no success sentence, the delivered lead failed.)
# ...never negated nor said beside a failure ("could not be delivered successfully", "konnte nicht", "n'a pas été
# remis", "no se entregó", "non è stato consegnato", "is niet afgeleverd", "delivered, then rejected").
# Review 163: nor negated by "never / none / no one" words ("wurde nie zugestellt an", "is nooit afgeleverd bij", "nunca
# se entregó a", "n'a été remis à aucun", "delivered to none of"), nor naming the ones it was NOT delivered to ("delivered
# to all recipients except:", "außer:", "sauf :", "excepto:", "tranne:", "behalve:"), nor handed on and sent back
# ("delivered to the next server, which sent it back for:"): each lost the failed prospect under it (a false soft).
_NOT_CORE = (r"\b(?:not|n't|cannot|unable|nicht|kein\w{0,2}|pas|no|non|niet|geen|impossible|impossibile|"
             r"konnte\w{0,2}|fail\w*|undeliver\w*|reject\w*|refus\w*|unzustellbar|fehlgeschlagen|"
             # (Review 188: a bounce in the ESPs' other words too, summary_counts.BOUNCES: "Hardbounces: 1", "Gebounced:
             # 1", "Rebotados: 1", "Rebonds : 1", "Rimbalzati: 1" under kim read kim delivered, no bounce.)
             + BOUNCES + r"|"
             r"échec|echec|error\w*|fehler|"
             # Review 171: the failure and refusal words of the other languages too ("die Zustellung ist
             # gescheitert für:", "la remise a échoué pour :", "la entrega falló para:", "la consegna è fallita
             # per:", "de aflevering is mislukt voor:", "delivery was unsuccessful for:" after "Die Verbindung war
             # erfolgreich"; "wurde vom Zielserver abgewiesen statt zugestellt an:", "is geweigerd in plaats van
             # afgeleverd bij:" in _SAID's gap): each lost the failed prospect under it, no bounce at all.
             r"unsuccessful\w*|erfolglos\w*|gescheitert|misslungen|(?:é|e)chou(?:é|e)e?s?|fall(?:ó|id[oa]s?|it[oaie])|"
             r"mislukt|abgewiesen|abgelehnt|zur(?:ü|ue)ckgewiesen|verweigert|geweigerd|afgewezen|rechazad[oa]s?|"
             r"respint[oaie]|rifiutat[oaie]|"
             # Review 180: and the refusal in the simple past ("el servidor de destino lo rechazó para:", "de ontvangende
             # server weigerde het voor:", "il server lo rifiutò"): kim lost under the success word before it.
             r"rechaz(?:ó|aron)|rifiut(?:ò|arono)|weigerden?|"
             # ...and the tries given up (failure_said.GIVEN_UP): review 180, kim lost under a success sentence.
             + GIVEN_UP + "|"
             # Review 175: and a success header answered no ("Zustellung erfolgreich? Nein:", "Succesvol afgeleverd?
             # Nee:"): kim under it lost, no bounce at all.
             r"nein|nee|"
             # Review 186: and the failure words of Portuguese, Polish, Swedish and Russian reports, Japanese and Chinese
             # ("Falha na entrega", "nie powiodło się", "Leveransen misslyckades", "Доставка не удалась", 配信に失敗,
             # 投递失败 under kim): kim read delivered, no bounce. ("falha" only of a delivery: "Em caso de falha,
             # responda" is a footer's; its probe read the delivered lead failed.)
             + PT_PL_SV_RU + r"|n(?:ã|a)o\s+entregue)\b|n't\b|失敗|失败|できません|届きません")
_SENT_BACK = (r"\b(?:returned|zurückgesandt|zurückgeschickt|renvoyé|devuelto|restituito|teruggestuurd)\b|"
              r"\bsent (?:it|them) back\b")
# Review 167: also the exceptions in other words ("with the exception of:", "other than:", "à l'exception de :",
# "excepté :", "mit Ausnahme von:", "ad eccezione di:", "con excepción de:", "met uitzondering van:") and the
# negations "à personne", "neither", "weder", "sans succès" ("remis sans succès à :"): each lost the failed prospect
# listed under it (no bounce at all). Review 171: "without ANY success" too ("sans aucun succès", "ohne jeden Erfolg",
# "senza alcun successo", "sin ningún éxito", "zonder enig succes"; "erfolglos" in _NOT_CORE): the same false softs.
_NOT = re.compile(r"(?i)" + _NOT_CORE + "|" + _SENT_BACK + r"|\b(?:sans (?:aucun )?succ(?:è|e)s|"
                  r"without (?:any )?success|ohne (?:jede[nr]? |jegliche[nr]? )?erfolg|senza (?:alcun )?successo|"
                  r"sin (?:ning[uú]n )?(?:é|e)xito|"
                  r"zonder (?:enig )?succes|"
                  r"never|none|nie|niemals|niemand\w{0,2}|nooit|nunca|jamás|jamas|ningun[oa]?|ningún|nadie|aucun|"
                  r"aucune|jamais|nessun[oa]?|except\w*|excepci[oó]n|eccezion[ei]|ausnahme|ausgenommen|uitzondering|"
                  r"other than|à personne|neither|nobody|weder|salvo|außer|ausser|sauf|hormis|"
                  r"tranne|eccetto|behalve|uitgezonderd)\b"
                  # Review 175: nor a count of none delivered ("Successfully delivered to 0 of 1 recipients:",
                  # "Erfolgreich zugestellt an 0 von 1 Empfängern:"), nor nothing ("Nothing was successfully delivered
                  # to:"; a refusal of nothing is _WITHOUT_ERROR's): kim under it lost.
                  r"|(?<![\d.,])0\s+(?:of|von|sur|de|su|van|aus)\s+\d+|\b(?:nothing|nichts|rien|niets|niente|nada)\b")
# ...a line below a delivered address fails it by the core and sent-back words only ("but the next server returned it:
# user unknown"): the never / none / except words there are a note's ("except for the attachment invoice.exe, which was
# removed by policy", "The message was never queued": review 167, the delivered lead read failed).
_NOT_BELOW = re.compile(r"(?i)" + _NOT_CORE + "|" + _SENT_BACK)
# ...nor a closing line saying none failed, a failure word negated by its none-pronoun ("None failed.", "Keiner hat die
# Nachricht abgelehnt.", "Aucun rejet.", "Nothing was returned by the destination server.": review 167, a success
# report read as a bounce, a delivered lead read failed).
_NONE_FAILED = re.compile(r"(?i)^\s*(?:none|no one|nobody|nothing|keiner|niemand|nichts|aucun|rien|nessuno|niente|"
                          r"ninguno|nada|geen enkele|niets)\b"
                          r"(?:\s+[\w']+){0,4}?\s+(?:failed|bounced|returned|(?:was |were )?rejected|abgelehnt|"
                          r"abgewiesen|fehlgeschlagen|rejet(?:é|e)?s?|(?:è stato )?respint[oi]|rechazad[oa]s?|"
                          r"geweigerd|mislukt)\b")
# ...or a success report's summary line counting none failed, the whole line (formats/summary_counts.py; reviews 171
# and 175).
# ...unless the line goes on with a failure's code or a contrast ("Nobody rejected it here, but the next server returned
# it: 550 5.1.1 User unknown": review 171, kim lost).
_BUT = re.compile(r"(?i)\b(?:but|however|aber|jedoch|mais|pero|ma|maar|echter)\b")
# The sentence goes on with the address below: it ends with a colon or with the word before a recipient.
_LEADS_ON = re.compile(r"(?i)(?::|\b(?:to|an|à|a|bij|aan|naar|at|für|pour|para|per)|\bfollowing(?: recipients?| "
                       r"addresses?)?|below)\s*$")
_CODE = re.compile(r"\b[45]\d\d\b|\b[45]\.\d{1,3}\.\d{1,3}\b")  # a failure's reply or status
# Postfix's success entry's own words (bounce(8)'s success report: "delivered to mailbox", "delivery via ...: 250").
_POSTFIX_DELIVERED = re.compile(r"(?i)" + ENTRY_HEAD + r"\s*(?:delivery via [^:\s]{1,200}(?::\d+)?:\s*)?(?:"
                                + POSTFIX_DELIVERED_WORDS + r")\b")


def sentence_succeeded(lines: list[str], k: int) -> bool:
    """Does the sentence ending on lines[k] (read with up to two lines above it in its paragraph, as a writer's width
    broke it: "Ihre Nachricht wurde erfolgreich" / "zugestellt an") say its mail was delivered to what follows?"""
    if k < 0 or "@" in lines[k] or not lines[k].strip():
        return False
    text, j = lines[k].strip(), k - 1
    # (only a line the width broke, never a title above it: "Delivery report (no action required)" / "Your message was
    # successfully delivered to the following" / "recipients:", the whole grid's wrap_60 on review 167's row: its "no"
    # negated the sentence and the delivered lead read failed, hard; a colon the width moved alone is the sentence's)
    # (...nor after a time or a count, its rest starting with a word, in any case (title_notice): "Your message was
    # successfully delivered at 10:42" / "to the following recipients:"; review 175, the lead read failed, hard)
    while j >= 0 and j >= k - 2 and lines[j].strip() and "@" not in lines[j] and not lines[j].rstrip().endswith(
            (".", ":")) and (layout_only(lines[j], lines[j + 1]) or not lines[j + 1].strip()[:1].isalnum()
                             or lines[j].rstrip()[-1].isdigit() and lines[j + 1].lstrip()[:1].isalpha()):
        text, j = f"{lines[j].strip()} {text}", j - 1
    # (...its last clause after a semicolon read alone: "Der erste Versuch ist gescheitert; Ihre Nachricht wurde beim
    # zweiten Versuch erfolgreich zugestellt an:", "La première tentative a échoué ; le message a été remis avec succès à
    # :", an earlier try's failure; review 175, the delivered lead read failed, hard)
    # (_LEADS_ON is anchored at the end and no match of it is longer than 25 characters: asked of the sentence's tail)
    # (no semicolon: the last clause is the sentence, asked already)
    return _leads_on(text) and (_said(text) or ";" in text and _said(re.split(r"\s?;\s", text)[-1]))


# Every ASCII character a match of `_LEADS_ON` may end with (before the blanks at the end), in either case: the colon
# and the last letters of its words ("addresse" too: its "s" is optional). (ASCII text: no other character matches
# those, ignoring case.)
_LAST_OF_LEADS_ON = frozenset(":onajrtgsewONAJRTGSEW")


def _leads_on(text: str) -> bool:
    """`_LEADS_ON.search(text[-40:]) is not None`, its answer known at once for most sentences asked (speed only): a
    sentence ending with a colon has its match there; an ASCII one whose last character ends none of its words, none."""
    if text.endswith(":"):
        return True
    if text.isascii() and text.rstrip()[-1:] not in _LAST_OF_LEADS_ON:
        return False
    return _LEADS_ON.search(text[-40:]) is not None


def _said(text: str) -> bool:
    """Does `text` say the delivery happened, not negated? (The words _WITHOUT_ERROR drops are no gap in _SAID either:
    "wurde ohne Bounces an alle Empfänger zugestellt:", five words between, read no success sentence: review 190.)"""
    low = fold(text)
    if _SAID_WORDS.words and not _SAID_WORDS.seen_in(low):
        return False  # (speed: most sentences asked say a failure; the substitution costs more than all the rest)
    plain = _WITHOUT_ERROR_SUB.sub(" ", text, low)
    return _SAID_FAST.search(plain) is not None and _NOT.search(plain) is None


def _runs(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word's longest run of word characters ("met succes": "succes"); none where a word has no such run. A match
    that holds a word holds its run; and a run in a text a substitution blanked parts of is in the text itself (the
    blank splits no run)."""
    runs = [max(re.findall(r"\w+", word), key=len, default="") for word in words]
    return tuple(runs) if all(runs) else ()


# The words every match holds in a text's fold (folded.folded_words: the engine's own case rules, any script), asked
# before the searches and the substitution (speed only, the same answers: tests/classifier/test_prefilters.py). _SAID's
# are asked of the text for its match in the substituted text: their runs.
_SAID_WORDS = Words(_runs(folded_words(_SAID)))
_SAID_FAST = Fast(_SAID)  # _SAID's own matches, through its lowercase twin on ASCII text (guard.Fast; speed only)


# "Without (any) error" says the delivery went well ("remis sans aucune erreur", "consegnato senza nessun errore",
# "entregó sin ningún error", "ohne Fehler zugestellt", "delivered with no errors"): no negation (review 163).
_HELD_UP = (r"delayed|deferred|held|rejected|refused|returned|bounced|blocked|verz(?:ö|oe)gert|abgelehnt|abgewiesen|"
            r"zur(?:ü|ue)ckgewiesen|zur(?:ü|ue)ckgeschickt|retard(?:é|e)|refus(?:é|e)|rejet(?:é|e)|vertraagd|geweigerd|"
            r"afgewezen|ritardato|respinto|rifiutato|retrasado|rechazado|"
            # Review 175: and what a filter or gateway does to the message on its way ("weder verändert noch gekürzt",
            # "neither altered nor quarantined", "weder markiert noch gefiltert": read negated, the lead failed).
            r"altered|modified|changed|quarantined|scanned|filtered|flagged|tagged|truncated|ver(?:ä|ae)ndert|"
            r"ge(?:ä|ae)ndert|gek(?:ü|ue)rzt|markiert|gefiltert|gescannt|modifi(?:é|e)|alt(?:é|e)r(?:é|e)|modificado|"
            r"alterado|modificato|alterato|gewijzigd|aangepast|gefilterd|gemarkeerd")
# A refusal of something else denied by its none-word ("The spam filter rejected nothing", "Kein Anhang abgelehnt",
# "hat nichts abgewiesen", "Aucune pièce jointe refusée", "Ningún adjunto rechazado", "Nessun allegato rifiutato", "Geen
# bijlage geweigerd"): no negation of the delivery (review 175: each read negated, the delivered lead failed, hard). The
# words joined by spaces only: "delivered to no one; rejected for:" stays negated.
_REFUSED = (r"rejected|refused|blocked|abgelehnt|abgewiesen|zur(?:ü|ue)ckgewiesen|verweigert|blockiert|"
            r"refus(?:é|e)e?s?|rejet(?:é|e)e?s?|bloqu(?:é|e)e?s?|rechazad[oa]s?|bloquead[oa]s?|rifiutat[oaie]|"
            r"respint[oaie]|bloccat[oaie]|geweigerd|afgewezen|geblokkeerd")
# Review 178: also across an elided verb and up to four words ("Rien n'a été rejeté et", "Aucune pièce jointe n'a été
# refusée,"), a double negation ("No se rechazó nada y", "Non è stato rifiutato nulla e"), but never across a
# conjunction or a delivery word ("no copy delivered but rejected"), nor "nothing but" (only: "the server rejected
# nothing but the copy to:"): each a delivered lead read failed, or kim lost.
# Review 180: nor across a new subject or a verb of its own ("as it had no valid recipient it was rejected for:", "da
# kein Postfach existiert wurde sie abgelehnt", "omdat geen postvak bestaat werd het geweigerd", "al no existir el buzón
# fue rechazado": the message refused, kim lost: review 178's four words reached the next clause); but across the
# things refused with it ("keine Anhänge entfernt oder abgelehnt", "No attachments were stripped or rejected", "supprimée
# ni refusée") and "no part of your message" (review 180: the delivered lead read failed, hard).
# (Review 183: and a list of them, "No attachments were stripped, quarantined or rejected": the lead read failed.)
_STRIPPING = (r"(?:" + _REFUSED + r"|" + _HELD_UP + r"|stripped|removed|entfernt|gel(?:ö|oe)scht|supprim(?:é|e)e?s?|"
              r"retir(?:é|e)e?s?|eliminad[oa]s?|rimoss[oaie]|verwijderd)")
_STRIPPED = _STRIPPING + r"(?:,\s+" + _STRIPPING + r")*\s+(?:or|oder|ou|ni|o|of|nor|noch|né)"
_GAP = (r"(?:\s+(?:of\s+(?:your|the|this|its|any)\b|(?!(?:and|und|et|y|e|en|but|aber|mais|pero|ma|"
        r"maar|or|oder|ou|o|of|delivered|zugestellt|remis|livr\w*|entreg\w*|consegnat\w*|afgeleverd|bezorgd|"
        r"it|they|es|sie|er|het|hij|ze|zij|il|elle|ils|elles|esso|essa|ello|ella|exist\w*|bestaa?t|bestond\w*|"
        r"esist\w*|vorhanden)\b)[^\W\d]+(?:['’][^\W\d]+)?)){0,4}?(?:\s+" + _STRIPPED + r")?")
# (...and "nothing but" is no refusal of nothing only where the things refused are the addresses the clause leads on to,
# "rejected nothing but the copy to:" (review 178); "The filter rejected nothing but spam, and your message was
# successfully delivered to:" refused spam only: review 180, the delivered lead read failed.)
# (Review 183: "none / zero" are none-words too, "None of your recipients were rejected, and", "Zero attachments were
# blocked": the lead read failed; "non rifiutò nulla" as "no rechazó nada"; but a none-word after "with / having / al"
# is the object of a clause of its own ("but having no valid recipients was rejected for:", "with no valid mailbox was
# refused", "al no haber destinatario válido fue rechazado": kim lost); and "nothing but / except" runs to the
# addresses only without a dash or a delivery word between ("rejected nothing but spam - your message was successfully
# delivered to:", "rejected nothing except known spam and your message was successfully delivered to:": the lead failed).
_DELIVERY = (r"\s[-–—]\s|\b(?:deliver\w*|succe\w*|zugestellt|erfolgreich|remis|livr\w*|entreg\w*|consegnat\w*|"
             r"afgeleverd|bezorgd)\b")
_NO_REFUSAL = (r"\b(?:no|non)" + _GAP + r"\s+(?:" + _REFUSED + r"|rechaz(?:ó|o)|rifiut(?:ò|o))\s+(?:nada|nulla|niente)\b|"
               r"(?<!\bwith )(?<!\bhaving )(?<!\bal )(?<!\bcon )(?<!\bavec )(?<!\bmit )(?<!\bmet )"
               r"(?:\b(?:no|none|zero|kein\w{0,2}|aucune?|ning[uú]n[oa]?|nessun[oa]?|geen|nothing|nichts|rien|nada|niente|"
               r"niets)|(?<![\d.,])\b0(?=\s))" + _GAP + r"\s+(?:" + _REFUSED + r")\b|\b(?:" + _REFUSED + r")\s+(?:"
               r"nothing|nichts|rien|nada|niente|nulla|niets)\b(?!\s+(?:but|except|save|au(?:ß|ss)er|sauf|sino|salvo|"
               r"tranne|eccetto|behalve)\b(?:(?!" + _DELIVERY + r")[^,;.])*?\s*:?\s*$)"
               # (...the thing excepted with it, up to the next clause: "except known spam and your message was ...")
               r"(?:\s+(?:but|except|save|au(?:ß|ss)er|sauf|sino|salvo|tranne|eccetto|behalve)(?:\s+[^\W\d]+){1,3}?"
               r"(?=\s+(?:and|und|et|en|y|e)\s|\s[-–—]\s|\s*[,;]))?")
_WITHOUT_ERROR = re.compile(
    r"(?i)\b(?:without(?: any)?|with no|sans(?: aucune?)?|senza(?: (?:alcun|nessun)\w*)?|sin(?: ning[uú]n[oa]?)?|"
    r"ohne(?: jede[nr]?| einen| jegliche[nr]?| irgendwelche)?|zonder(?: enige)?)\s+"
    # Review 167: also any delay, difficulty or exception ("sans aucun retard", "senza nessun ritardo", "sin ningún
    # retraso", "ohne jegliche Fehler", "delivered to all recipients without exception"): each read negated.
    r"(?:errors?|erreurs?|errori|errore|errores|fehlern?|fouten?|fout|problems?|problèmes?|problemi|problemas?|"
    r"probleme?n?|delays?|retards?|ritard[oi]|retrasos?|demoras?|verz(?:ö|oe)gerung(?:en)?|vertragingen|vertraging|"
    r"difficult(?:y|ies)|difficultés?|difficoltà|dificultad(?:es)?|schwierigkeiten|exceptions?|eccezion[ei]|"
    r"excepci[oó]n|excepciones|ausnahmen?|uitzondering(?:en)?)\b"
    # Review 171: nor "neither delayed nor rejected" / "weder verzögert noch abgewiesen" (delays and refusals denied,
    # not the delivery: "weder zugestellt noch ..." stays negated), nor "to the following recipient and no one else:":
    # each read negated, the delivered lead read failed.
    r"|\b(?:neither|weder|ni|né|noch)\s+(?:" + _HELD_UP + r")\s+(?:nor|noch|ni|né)\s+(?:" + _HELD_UP + r")\b"
    r"|\b(?:and|or)\s+(?:no one|nobody|none)\s+else\b|\bund\s+(?:sonst\s+)?niemand(?:em)?\s+(?:sonst|anderem)\b"
    r"|" + _NO_REFUSAL
    # Review 190: and a bounce or failure denied ("without bounces", "sin rebotes", "ohne Bounces", "sans rebond",
    # "senza rimbalzi", "zonder bounces": review 188's BOUNCES in _NOT read each negated, a delivered prospect bounced).
    + r"|" + NO_FAILURE)
# (speed: the substitution tries _NO_REFUSAL's gap at every offset, 100 us a sentence; skipped where the text's fold
# holds no word every match holds: folded.Sub)
_WITHOUT_ERROR_SUB = Sub(_WITHOUT_ERROR)


def _failed_below(lines: list[str], i: int, start: int) -> bool:
    """Does the address's own line, after it, or a line of its paragraph below it (up to two, to the next intro) say
    it failed ("a@b: rejected ...", "Reason: 550 5.1.1 ...": review 94's success heading over a 550 entry)?"""
    if _NOT.search(lines[i], start) or _CODE.search(lines[i], start):
        return True
    k = i + 1
    while k < min(len(lines), i + 3):
        if not lines[k].strip() or "@" in lines[k] or intro(lines[k]):
            return False
        if k + 1 < len(lines) and _ENTRY.match(lines[k + 1]) and _LEADS_ON.search(lines[k].rstrip()) \
                and not _CODE.search(lines[k]):
            return False  # the next address's own sentence ("but could not be delivered to" / kim: review 163)
        line, after = summary_line(lines, k)
        if (_NONE_FAILED.match(line) or none_failed(line)) and not _CODE.search(line) and not _BUT.search(line):
            k = after  # (the whole summary, however a width broke it)
            continue
        if _NOT_BELOW.search(_WITHOUT_ERROR_SUB.sub(" ", lines[k])) or _CODE.search(lines[k]):
            return True
        k += 1
    return False


def delivered_entry(lines: list[str], i: int) -> bool:
    """Is the address opening lines[i] one a success sentence above names as delivered (the sentence right above it,
    or above the delivered addresses listed before it; blank lines allowed under a sentence ending in a colon), or
    a Postfix success entry by its own words?"""
    line = lines[i]
    # ...its words read on over the line a writer's width folded under it ("<a@b>: delivered to" / "\tmailbox": the whole
    # grid's wrap_40_tab on this review's Postfix row).
    folded = _POSTFIX_DELIVERED.match(line) is None and i + 1 < len(lines) and lines[i + 1][:1] in (" ", "\t") \
        and "@" not in lines[i + 1]
    said = f"{line.rstrip()} {lines[i + 1].strip()}" if folded else line
    # ...and not where its paragraph goes on with a failure ("<a@b>: delivered to mailbox" / "    550 5.1.1 User unknown":
    # review 163, as for the other entries below).
    if _POSTFIX_DELIVERED.match(said) and _NOT.search(said) is None:
        return not _failed_below(lines, i + folded, len(lines[i + folded]))
    entry = _ENTRY.match(line)
    if entry is None:
        return False
    k = i - 1
    while k >= 0 and "@" in lines[k] and _ENTRY.match(lines[k]):  # the delivered addresses listed above it
        k -= 1
    j = k
    while j >= 1 and j > k - 3 and not lines[j].strip():  # (blank lines a gateway doubled: the whole grid's blank_lines)
        j -= 1
    if j < k and lines[j].rstrip().endswith(":"):
        k = j
    # (the sentence first: most entries have none above them, and its test is the cheaper; both pure, the same answer)
    return sentence_succeeded(lines, k) and not _failed_below(lines, i, entry.end())


def in_delivered_entry(lines: list[str], i: int) -> bool:
    """Is lines[i] inside the paragraph of a delivered Postfix entry above it (its 250 reply's words folded by a width,
    "<lead@p.example>: delivery via mx[192.0.2.7]:25: 250 2.6.0" / "<tab><queue-id@our.host>": the whole grid's
    wrap_40_tab on review 167's row read the queue id, alone on its line, as a failed recipient)?"""
    for j in range(i - 1, max(-1, i - 4), -1):
        if not lines[j].strip():
            return False
        if "@" in lines[j] and (_POSTFIX_DELIVERED.match(lines[j]) or _POSTFIX_DELIVERED.match(
                f"{lines[j].rstrip()} {lines[j + 1].strip()}")) and delivered_entry(lines, j):
            return True  # (a Postfix success entry's paragraph only: a success sentence's list goes on to failed ones)
    return False

