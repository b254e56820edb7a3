"""The words of ONE recipient's outcome in a mixed delivery report (formats/recipients.went_through_here asks them): did
its mail go through ("Recipient: lead (delivered to mx.p.example)"), or do words of a failure stand beside the delivered
word ("delivered to mx.p.example, then returned: user unknown")? Moved whole from formats/recipients.py (review 123, the
module at its 450 lines), the same patterns, with review 123's "after N failed attempts" and the failed one's own
"gave up", "expired", "returned to sender" and German, French, Spanish failure words."""

from __future__ import annotations

import re

from classifier.folded import Sub

# A labelled line's own outcome, after the name or on the next "Status:" / "Result:" line, that says the mail
# went through ("Recipient: lead (delivered)", "Empfänger: Lead Person (zugestellt)", "Status: 2.0.0"),
# unless words of a failure are there too (review 85: a NOTIFY=SUCCESS,FAILURE notice lists both).
_WENT_THROUGH = re.compile(r"(?i)\b(?:delivered|ok|okay|success(?:ful)?|succeeded|relayed|accepted|zugestellt|"
                           r"remis|entregado|consegnato|afgeleverd|2\.\d{1,3}\.\d{1,3})\b")
# Review 89: the delivered word negated in its own language ("nicht zugestellt", "non remis", "no entregado",
# "niet afgeleverd") and a return after an acceptance ("bounced after RCPT OK", "queued 2.0.0, then returned";
# not "read receipt returned") are failures (false softs, and the delivered one beside them then guessed); "no
# errors" is none (a false hard).
# Review 111: "no failures" (or "0 failures") is none either.
# ("delivered ... after a failed first attempt": a failure before the delivery, no outcome; review 117's control;
# `_FAILED_BEFORE` takes it out before these are asked.)
# Review 123: the failed one's own words "gave up", "the message expired", "returned to sender", and the German, French
# and Spanish "abgewiesen", "unbekannt", "rejeté", "inconnu", "rechazado", "desconocido" (false softs once a broken
# parenthesis was read whole: "zugestellt an\nmx.p.example, dann\nabgewiesen: Benutzer unbekannt)").
_FAILED_WORDS = re.compile(r"(?i)\bnot\b|n't\b|(?<!\bno )(?<!\bwithout )(?<!\b0 )fail|"
                           r"\b(?:abgewiesen|zur(?:ü|ue)ckgewiesen|unbekannt|rejet(?:é|e)e?|inconnue?|rechazad[oa]|"
                           r"desconocid[oa]|gave up|given up|"
                           # Review 160: the other languages' "failed" ("Zustellung fehlgeschlagen für" / kim, "Aflevering
                           # mislukt voor" / kim: a failed heading, the delivered list above read on over kim).
                           r"fehlgeschlagen|gescheitert|mislukt|(?:é|e)chou(?:é|e)e?|fallid[oa]|fallit[oa]|"
                           # Review 166: inflected ("nach 3 fehlgeschlagenen Versuchen", "tentatives échouées", "intentos
                           # fallidos") and the refusal or disposal after a delivered hop ("dann abgelehnt / verworfen",
                           # "poi respinto", "daarna geweigerd", "luego descartado": a failed kim read delivered, the
                           # notice no bounce: false softs).
                           r"fehlgeschlagen\w{1,2}|gescheitert\w{1,2}|mislukte|(?:é|e)chou(?:é|e)e?s|fallid[oa]s|fallit[ie]|"
                           r"rechazad[oa]s|abgelehnt\w{0,2}|verworfen|respint[oaie]|rifiutat[oaie]|geweigerd|"
                           r"descartad[oa]s?|scartat[oaie]|dropped|discarded|"
                           # Review 174: "refused" and "denied" ("relayed; refused by mx1": kim read no failure, the
                           # notice no bounce).
                           r"refused|denied|refus(?:é|e)e?s?)\b|"
                           # Review 179: no success said as such ("no attempt succeeded", "delivery never succeeded": kim
                           # read delivered by "succeeded", the notice no bounce).
                           # (Review 182: not an EARLIER attempt's, "delivered on second attempt; first attempt never
                           # succeeded", "no earlier attempt succeeded": the delivered lead read failed.)
                           r"\bno (?:(?!(?:earlier|previous|prior|first|initial|other)\b)[\w-]+ ){0,2}?"
                           r"(?:attempts?|tries|try|retry|retries|deliver(?:y|ies)) (?:has |have |had |ever )?"
                           r"succeeded\b"
                           r"|(?<!first attempt )(?<!earlier attempt )(?<!previous attempt )(?<!initial attempt )"
                           r"(?<!first try )\bnever succeeded\b|"
                           # Review 126: not another message's expiry ("an earlier message expired in the queue").
                           r"(?<!\bearlier )(?<!\bprevious )(?<!\bprior )(?<!\bolder )(?<!\banother )(?<!\bother )"
                           r"\b(?:message|delivery|it) (?:has |had )?expired\b|"
                           r"(?<!receipt )\breturned to (?:the )?sender\b|"
                           r"(?<!\bno )(?<!\bwithout )(?<!\bno hubo )(?<!\bsin )error|unknown|reject|undeliver|unzustell|"
                           r"\b(?:nicht|non|no|niet|nie|não|nao|ikke|inte|ej)[\s-]+(?:zugestellt|remis|entregad[oa]|"
                           r"consegnat[oa]|afgeleverd|dostarczon[oa]|entregue|levere[rt]|levererat|delivered)\b|"
                           r"(?<!\bnever )\bbounced\b|\b(?:then|and|was|been|later) returned\b|\b[45]\d\d\b|\b[45]\.\d|"
                           # Review 114: the delivered word's field said no ("delivered: no", "delivered? no"), "never
                           # delivered", French "n'a pas été remis", Spanish "no se ha entregado" (false softs).
                           # Review 116: "delivered - no" (a dash for the colon) and "no - see below" are cells too;
                           # "never delivered twice", "pas remis en file" (put back in the queue), "no hubo errores",
                           # "never bounced", "no. 1" say no failure (false hards on the delivered lead).
                           r"\b(?:delivered|zugestellt|remis|entregado|consegnato|afgeleverd)\s*(?:[:?=]|\s[-–—])\s*(?:no|"
                           r"false|nein|non)(?=\s*(?:[,;|)]|\.(?!\w|\s?\d)|\s[-–—]\s|$))|"
                           r"\bnever (?:been )?delivered\b(?! (?:twice|again|late))|"
                           r"\bpas (?:été |ete )?(?:remis(?! en (?:file|attente|queue))|livr|distribu)|"
                           r"\bno (?:se )?(?:ha|han|fue|pudo)(?: (?:ser|sido))? entregad")
# A failure BEFORE the outcome, with its attempts counted or not: "delivered after 2 / two / several failed attempts",
# "after a failed first attempt" (review 117's control; review 123: the counts read as a failure, false hards).
# Review 126: only where the "after ..." follows the delivered word in its own clause ("delivered ... after 2 failed
# attempts", "delivered, after 2 failed attempts"; round three: the comma), no other verb between: the failed one's "accepted; dropped after 3 failed attempts", "relayed; returned
# after delivery failed" keep their failure (false softs: the whole notice read as no bounce). Another host before it
# in two words too, or "had given up" ("after the first route gave up", "after mx1 had given up": false hards).
_FAILED_BEFORE = re.compile(
    r"(?i)(\b(?:delivered|relayed|accepted|zugestellt|remis|entregado|consegnato|afgeleverd)\b(?:(?!\b(?:and|then|but|"
    r"dropped|discarded|returned|deleted|lost|bounced|rejected)\b)[^;,()]){0,80}?(?:, ?)?)"
    r"\bafter (?:(?:(?:a|an|one|two|three|four|five|\d{1,2}|several|multiple|some|many|few|earlier|previous|prior|"
    r"initial|first)[ -]){0,3}failed (?:(?:first|initial|earlier|previous|prior|delivery|connection|smtp) ){0,2}"
    r"(?:attempts?|tries|try|retries|retry|deliveries|connections?)\b"
    # ...or another host that gave up or failed before it ("delivered to mx2.p.example after mx1 gave up").
    r"|(?:the )?(?:[\w.-]{1,60} )?[\w.-]{1,60} (?:gave up|(?:had |has )?given up|failed)\b(?!:))")



# Words on a delivered one's line that speak of its reading or its filter, not of its delivery ("not yet read",
# "read status unknown", "not spam", a read receipt returned), and a field left empty ("errors: 0", "bounced back
# to sender: none"): no failure (review 90: the delivered one read failed, a false hard on a live person).
# (Review 123: in German, French and Spanish too, once their "unbekannt", "inconnu", "desconocido" were failure words.)
_NO_OUTCOME = re.compile(r"(?i)\bnot (?:yet )?(?:read|opened|spam|junk)\b|\bread(?: status)?:? unknown\b|"
                         r"\blese(?:status|best(?:ä|ae)tigung)\w{0,2}:? (?:ist )?(?:noch |bisher )?unbekannt\b|"
                         r"\bstatut de lecture ?:? inconnu\b|\bestado de lectura:? desconocido\b|"
                         # Review 166: nor a read receipt declined, once "abgelehnt", "rifiutato", "geweigerd" were
                         # failure words ("zugestellt, Lesebestätigung abgelehnt": a false hard on the delivered lead).
                         # Review 177: and the other receipts, reports and an automatic forward ("delivered; return
                         # receipt refused", "read receipt denied", "automatic forwarding denied by policy", "spam report
                         # denied", "remis ; accusé de réception refusé": false hards on the delivered lead).
                         # Review 179: and by the names RFC 8098 and the localised Outlooks give them ("disposition
                         # notification", "MDN", "Übermittlungsbestätigung", "ontvangstbevestiging", "confirmación de
                         # entrega", "conferma di recapito"), an external or German automatic forward, and "rejected /
                         # blocked / abgewiesen" ("delivered; read receipt rejected": false hards on the delivered lead).
                         r"\b(?:lesebest(?:ä|ae)tigung|empfangsbest(?:ä|ae)tigung|(?:read|return|delivery) receipt"
                         r"|(?:ü|ue)bermittlungsbest(?:ä|ae)tigung|zustellbest(?:ä|ae)tigung|(?:message )?disposition "
                         r"notification|mdn|ontvangstbevestiging|confirmaci(?:ó|o)n de (?:entrega|lectura)"
                         r"|accus(?:é|e) de (?:lecture|r(?:é|e)ception)|conferma di (?:lettura|recapito)"
                         r"|leesbevestiging|(?:spam|abuse) report|(?:automatic|auto|external)[ -]?forward(?:ing)?"
                         r"|(?:automatische|externe) weiterleitung)"
                         # (Review 182: and its REQUEST refused, or the receipt not sent: "read receipt request
                         # rejected", "read receipt not sent", RFC 8098 §2.1 lets the recipient decline to send one.)
                         r"\w{0,2}(?: requests?)?:? (?:wurde |was |a (?:é|e)t(?:é|e) |fue |(?:è|e) "
                         r"stata |is )?(?:abgelehnt|declined|refused|denied|rejected|blocked|abgewiesen|refus(?:é|e)e?"
                         r"|rechazad[oa]|rifiutat[oa]|respint[oa]|geweigerd|verweigert|not sent"
                         r"|nicht (?:gesendet|versendet)|niet verzonden|non envoy(?:é|e)e?)\b|"
                         # ...nor a duplicate copy discarded ("delivered; duplicate copy discarded"), once "discarded",
                         # "dropped", "verworfen", "descartado", "scartato" were failure words (review 166's control).
                         r"\b(?:duplicate|duplikat|doublon|duplicado|duplicato)\w{0,2}(?: (?:copy|message|kopie|nachricht"
                         r"|copie|copia|messaggio|mensaje))?:? (?:was |is |wurde |a (?:é|e)t(?:é|e) |fue |(?:è|e) stat[oa] )?"
                         r"(?:discarded|dropped|verworfen|supprim(?:é|e)e?|descartad[oa]|scartat[oa])\b|"
                         # Review 170: nor a PART or an extra copy of it ("delivered, attachment dropped", "afgeleverd,
                         # bijlage geweigerd", "zugestellt, Anhang abgelehnt", "consegnato, allegato rifiutato",
                         # "zugestellt, (doppelte) Kopie verworfen", "second copy discarded as duplicate": an attachment
                         # filter strips a part and delivers the rest; RFC 7352's duplicate; false hards on the lead).
                         # Not the original copy (review 130).
                         r"(?<!original )(?<!originale )\b(?:(?:second|extra|zweite|doppelte|seconde|segunda|seconda)\s+)?"
                         r"(?:copy|kopie|copie|copia|c(?:ó|o)pia|attachments?|anh(?:ä|a)ng(?:e|s)?|pi(?:è|e)ces? jointes?"
                         r"|adjuntos?|allegat[oi]|bijlagen?|anexos?)(?: (?:was|were|is|wurde|wurden|werd|a (?:é|e)t(?:é|e)"
                         r"|fue|(?:è|e) stat[oa]|foi))? (?:discarded|dropped|removed|stripped|rejected|refused|verworfen"
                         r"|abgelehnt|entfernt|supprim(?:é|e)e?s?|rejet(?:é|e)e?s?|refus(?:é|e)e?s?|descartad[oa]s?"
                         r"|rechazad[oa]s?|eliminad[oa]s?|scartat[oaie]|rifiutat[oaie]|respint[oaie]|rimoss[oaie]"
                         r"|geweigerd|verwijderd|descartad[oa]s?|removid[oa]s?)\b(?: as (?:a )?duplicate)?|"
                         # Review 126: "Status der Lesebestätigung unbekannt", "accusé de lecture inconnu", "lecture :
                         # inconnue", "confirmación de lectura desconocida" (false hards on the delivered lead).
                         r"\bstatus der lese(?:best(?:ä|ae)tigung|status)\w{0,2}:? (?:ist )?(?:noch )?unbekannt\b|"
                         r"\b(?:accus(?:é|e) de )?lecture ?:? (?:encore )?inconnue?\b|"
                         r"\b(?:confirmaci(?:ó|o)n|acuse) de lectura:? desconocid[oa]\b|"
                         # ...nor a receipt or a copy returned to the sender ("a read receipt will be returned to the
                         # sender", "disposition notification returned to sender", "copy returned to sender's archive").
                         # Review 130: a read or disposition notification only ("notification returned to sender,
                         # mailbox unavailable" is the failure's own notice), and not the ORIGINAL copy (the message).
                         r"\b(?:receipt|(?:disposition|read|receipt|mdn) notification|mdn|(?<!original )copy)\b"
                         r"[^;,()]{0,30}?\breturned to (?:the )?sender\b|"
                         r"\breturned (?:an? |the )?(?:read |delivery )?receipt\b|"
                         r"\b(?:then|and) returned (?:an? |the )?(?:read |delivery )?receipt\b|"
                         r"[\w ]{1,40}:\s*(?:none|nil|0)(?=\s*(?:[,;|)]|\.(?!\w)|$))|"
                         # ...or a failure's field said no (review 111: "spam: no, rejected: no", "bounced: false").
                         # Review 114: "=", a "|" between cells, a closing full stop ("rejected: no.") are cells too.
                         r"\b(?:fail|reject|bounc|undeliver|error)\w{0,4}\s*[:=]\s*(?:no|false)"
                         r"(?=\s*(?:[,;|)]|\.(?!\w)|$))")


# A host's name or IP on the line ("delivered to mx.unknown-host.example", "via mx1.failover.example", "[192.0.4.7]"):
# its labels' letters and digits are no words of the outcome (review 107: "unknown", "fail", "4.7" read the delivered
# one failed). A name needs a letter label last (RFC 1035 s2.3.1), so "5.1.1" / "2.0.0" stay.
# Review 110: a name of two labels only after a word that introduces a host ("via failover.example"), else three or
# more ("mx.unknown-host.example"), so a run-on "failed.Reason" / "no.rejected" keeps its failure word; an IPv4's
# octets at most 255 (a "550.5.1.1" code is none), an IPv6 literal, and a port after either (":587" read a 5xx).
_DNS_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\."
# Never a failure word as the last label ("relayed to smarthost.Rejected there" run on, review 111); and a name of two
# labels with no word before it under the generic or reserved top-level names only ("failover.example: 250 Ok").
_TLD = r"(?!\w*(?:fail|reject|refus|bounc|undeliver|unknown|error|denied))[a-z][a-z0-9-]{0,61}[a-z]\b(?!\.\d)"
_TWO = r"\b(?:com|net|org|edu|gov|info|biz|example|test|invalid|localhost)\b(?![\w-]|\.\w)"
# Nor a failure word run into the next sentence ("failed.Info follows", Sendmail's "host unknown.Check DNS").
_NOT_A_WORD = r"(?!(?:failed|failure|rejected|refused|bounced|undeliverable|unknown|error)\.)"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# (At most 126 labels before the last: a name has no more than 127 in its 253 characters, RFC 1035 s2.3.4. Unbounded,
# a forged line "via a.a.a...:" with no name's end tried every label's start to the line's end: 16,000 characters
# took 33 s; benchmarks/redos_scan.py.)
_HOST = re.compile(rf"(?i)(?:\b(?:to|via|at|by|from|relay|host|server|mx)\s+\[?{_NOT_A_WORD}(?:{_DNS_LABEL}){{1,126}}"
                   rf"|\b(?:{_DNS_LABEL}){{2,126}}|\b{_NOT_A_WORD}{_DNS_LABEL}(?={_TWO})){_TLD}"
                   rf"(?:\]?:\d{{1,5}}\b)?|\b{_OCTET}(?:\.{_OCTET}){{3}}\b(?!\.\d)(?:\]?:\d{{1,5}}\b)?"
                   r"|\[(?:ipv6:)?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\](?::\d{1,5}\b)?"
                   r"|\bport \d{1,5}\b"
                   # A time or a size taken ("delivered in 512 ms") is no 5xx either.
                   r"|\b\d+(?:\.\d+)?\s?(?:ms|milliseconds?|seconds?|secs?|bytes|kb|kib|mb)\b")


# Review 162: an earlier try that failed, in the languages review 160 gave "failed" words ("zugestellt, erster Versuch
# fehlgeschlagen", "remis après une première tentative échouée", "entregado tras un primer intento fallido", "consegnato
# dopo un tentativo fallito", "afgeleverd; eerste poging mislukt"): the delivered one's history, no outcome (review
# 160's words read the delivered lead failed, false hards). Never where the line goes on to another outcome
# ("zugestellt an mx1, dann nach 3 fehlgeschlagenen Versuchen verworfen", review 126's "accepted; dropped after 3 failed
# attempts").
# Review 166: only a try said to be the first or an earlier one, or after which ("nach", "après", "tras", "dopo"), or
# counted and "before" ("zwei Zustellversuche zuvor gescheitert"), in every language: a bare "Zustellversuch fehlgeschlagen" after a delivered HOP ("an mx1 zugestellt;
# Zustellversuch fehlgeschlagen", "remis au relais ; tentative échouée") is the failed one's outcome (review 162 took
# it out: false softs); and English in went_through too, with the other spellings review 162 lacked ("earlier delivery
# attempts failed", "1st attempt failed", "the first attempt failed", "after one failed attempt", "les premières
# tentatives avaient échoué", "zwei Zustellversuche zuvor gescheitert": the delivered lead read failed, false hards).
_EARLIER = (r"(?:erste[rnms]?|vorherige[rnms]?|fr(?:ü|ue)here[rnms]?|premi(?:è|e)re?s?|premiers?|primer(?:[oa]s?)?"
            r"|prim[oaie]|precedent[ei]|anterior(?:es)?|eerste|vorige|first|1st|earlier|previous|prior|initial)")
_COUNT = (r"(?:\d{1,2}|one|two|three|several|multiple|ein(?:e[mnrs]?)?|zwei|drei|mehrere[nm]?|une?|un[oa]|dos|tres|deux"
          r"|trois|plusieurs|vari[oa]s|due|tre|divers[ie]|twee|drie|meerdere|een)")
# (A count alone tells no history, "relayed; 3 attempts failed"; with "before / zuvor" after the try it does.)
_AFTER = r"(?:after|nach|apr(?:è|e)s|tras|despu(?:é|e)s de|dopo|na)"
_QUALIFIER = rf"(?:(?:{_AFTER}\s+)?(?:{_COUNT}\s+)?{_EARLIER}\s+|{_AFTER}\s+(?:{_COUNT}\s+)?)"
_BEFORE_WORD = r"(?:zuvor|vorher|before|previously|auparavant|antes|prima|eerder)"
_TRY = (r"(?:(?:delivery|connection|smtp|sending)\s+)?(?:(?:zustell)?versuch\w{0,2}|tentatives?|essais?|intentos?"
        r"|tentativ[oi]|pogingen|poging|attempts?|tries|try)")
_TRY_FAILED_WORD = (r"(?:fehlgeschlagen\w{0,2}|gescheitert\w{0,2}|(?:é|e)chou(?:é|e)e?s?|fallid[oa]s?|fallit[oi]"
                    r"|mislukte?|failed)")
_BETWEEN = (r"\s+(?:(?:ist|sind|waren|war|est|sont|a|ont|avaient|avait|è|sono|erano|fue|fueron|was|were|is|are|has|have"
            r"|had)\s+)?")
_EARLIER_TRY_FAILED = re.compile(rf"(?i)\b(?:{_QUALIFIER}{_TRY}{_BETWEEN}(?:{_BEFORE_WORD}\s+)?{_TRY_FAILED_WORD}"
                                 rf"|{_COUNT}\s+{_TRY}{_BETWEEN}{_BEFORE_WORD}\s+{_TRY_FAILED_WORD}"
                                 rf"|{_TRY_FAILED_WORD}\s+(?:{_COUNT}\s+)?{_EARLIER}\s+{_TRY}"
                                 rf"|{_QUALIFIER}{_TRY_FAILED_WORD}\s+{_TRY})(?!\w)")
# Review 170: a FIRST or earlier try refused for a while (greylisting, RFC 6647: "451 4.7.1 Greylisting in action",
# Stalwart's "422 4.2.2 Greylisted"), the temporary reply beside it: the delivered one's history too ("delivered; first
# attempt deferred: 451 4.7.1 greylisted", "zugestellt; erster Versuch wegen Greylisting abgelehnt", "remis ; première
# tentative rejetée": false hards on the delivered lead). Only the first or an earlier try, and a 4xx reply only.
_GREY = r"(?:by|due to|because of|wegen|durch|par|por|per|door|vanwege)\s+(?:grey|gray)-?listing"
_REFUSED_WORD = (r"(?:deferred|rejected|refused|declined|abgelehnt|abgewiesen|zur(?:ü|ue)ckgestellt|rejet(?:é|e)e?s?"
                 r"|refus(?:é|e)e?s?|diff(?:é|e)r(?:é|e)e?s?|rechazad[oa]s?|aplazad[oa]s?|rifiutat[oi]|respint[oi]|rinviat[oi]"
                 r"|geweigerd|uitgesteld)")
# (Review 174: the reply "with" its code too, "first attempt refused with 421 4.7.0 try again later": the delivered lead
# read failed.)
_WITH = r"(?::|with|mit|avec|con|com|met)?\s*"
_EARLIER_TRY_REFUSED = re.compile(
    rf"(?i)\b(?:{_COUNT}\s+)?{_EARLIER}\s+{_TRY}{_BETWEEN}(?:{_GREY}\s+)?{_REFUSED_WORD}(?!\w)\s*"
    rf"(?:{_GREY})?\s*(?:{_WITH}4\d\d(?:[ -]4\.\d{{1,3}}\.\d{{1,3}})?(?:\s+(?:grey|gray)-?list\w*)?)?")
# Review 174: ...and a first or earlier try refused or failed with a 5xx where the line says DELIVERED ("delivered;
# first attempt rejected: 550 5.7.1", "zugestellt; erster Versuch abgelehnt: 550 5.7.1", "delivered; an earlier attempt
# failed with 550 5.7.1": a first MX refused, the retry delivered; false hards on the lead). Only beside the final
# delivery's own word, never "relayed / accepted" (a hop: "relayed to mx1; first attempt rejected: 550 5.1.1, no retry"
# is kim's failure), and only in went_through (a failed entry keeps its 5xx).
# (Review 177: "succeeded" is the final outcome too; and a "then / dann" of the retry that delivered it, "first attempt
# rejected: 550 5.7.1, then retried via mx2", "dann über mx2 zugestellt", tells no later failure: the lead read failed.)
_DELIVERED_WORD = re.compile(r"(?i)\b(?:delivered|zugestellt|remis|entregado|consegnato|afgeleverd|succeeded)\b")
_THEN_RETRIED = re.compile(r"(?i)\s+(?:retried|resent|re-sent|redelivered|delivered|succeeded|accepted|via|through|over"
                           r"|erneut|(?:ü|ue)ber|zugestellt|remis|renvoy(?:é|e))\b")
_EARLIER_TRY_5XX = re.compile(rf"(?i)\b(?:{_COUNT}\s+)?{_EARLIER}\s+{_TRY}{_BETWEEN}(?:{_REFUSED_WORD}|{_TRY_FAILED_WORD})"
                              rf"(?!\w)\s*{_WITH}5\d\d(?:[ -]5\.\d{{1,3}}\.\d{{1,3}})?")
_GOES_ON = re.compile(r"(?i)\b(?:then|dann|danach|anschlie(?:ß|ss)end|puis|ensuite|luego|poi|daarna|vervolgens|dropped"
                      r"|discarded|verworfen|gel(?:ö|oe)scht|supprim(?:é|e)e?|descartad[oa]|scartat[oa]|verwijderd"
                      r"|bounced|returned)\b")
# Review 166: nor where the words left say a later try failed the same ("erster Versuch fehlgeschlagen, zweiter ebenso",
# "first attempt failed, and so did the retry": kim under a "Delivered to:" heading read delivered, and the delivered
# lead then took kim's reason, hard).
_LATER_TOO = re.compile(r"(?i)\b(?:second|2nd|third|retry|retries|last|final|too|also|likewise|as well|so did|zweite\w*"
                        r"|dritte\w*|letzte\w*|ebenso|auch|gleichfalls|seconde?|deuxi(?:è|e)me|troisi(?:è|e)me|derni(?:è|e)re?"
                        r"|aussi|(?:é|e)galement|de m(?:ê|e)me|segund[oa]|tercer[oa]?|(?:ú|u)ltim[oa]|tambi(?:é|e)n|igualmente"
                        r"|second[oa]|terz[oa]|anche|altrettanto|tweede|derde|laatste|ook|eveneens)\b")

_LATER_WENT = re.compile(r"(?i)\b(?:erfolgreich|gelungen|r(?:é|e)ussie?|exitos[oa]|con (?:é|e)xito|riuscit[oa]|geslaagd"
                         r"|gelukt|retried|resent)\b")


# Speed only: these substitutions skipped where the text holds none of the words every match holds (folded.Sub: "after",
# the tries' failure and refusal words), as most outcomes do; _NO_OUTCOME's and _HOST's words (":", ".") are in nearly
# every text.
_FAILED_BEFORE_SUB, _EARLIER_TRY_FAILED_SUB, _EARLIER_TRY_REFUSED_SUB, _EARLIER_TRY_5XX_SUB = (
    Sub(p) for p in (_FAILED_BEFORE, _EARLIER_TRY_FAILED, _EARLIER_TRY_REFUSED, _EARLIER_TRY_5XX))


def _without_tries(text: str) -> str:
    if _GOES_ON.search(text):
        return text
    left = _EARLIER_TRY_REFUSED_SUB.sub(" ", _EARLIER_TRY_FAILED_SUB.sub(" ", text))
    later_failed = _LATER_TOO.search(left) and not _WENT_THROUGH.search(left) and not _LATER_WENT.search(left)
    return text if left != text and later_failed else left


# Speed only: a piece of every `_WENT_THROUGH` match. The substitutions below only put blanks in (after a prefix of
# their match, "\1 "), so each run of non-blanks they leave is one of the text's own: an ASCII text whose lowercase
# holds none of these has no match after them either (tests/classifier/test_detector_prefilters.py).
_WENT_PIECES = ("delivered", "ok", "succe", "relayed", "accepted", "zugestellt", "remis", "entregado", "consegnato",
                "afgeleverd", "2.")


def went_through(text: str) -> bool:
    """Do the words of one recipient's outcome (`text`) say its mail went through, and no failure?"""
    if text.isascii():
        low = text.lower()
        for piece in _WENT_PIECES:
            if piece in low:
                break
        else:
            return False
    text = _HOST.sub(" ", _NO_OUTCOME.sub(" ", _FAILED_BEFORE_SUB.sub(r"\1 ", text)))  # "delivered: none" is no delivery either
    if _DELIVERED_WORD.search(text) and not any(_THEN_RETRIED.match(text, m.end()) is None
                                                for m in _GOES_ON.finditer(text)):
        text = _EARLIER_TRY_5XX_SUB.sub(" ", text)
    text = _without_tries(text)
    return _WENT_THROUGH.search(text) is not None and _FAILED_WORDS.search(text) is None


def says_failed(text: str) -> bool:
    """Do the words of one recipient's outcome (`text`) say a failure, and nothing that it went through? (Review 135:
    "<kim>: host mx.p.example said: 550 5.1.1 ... User unknown" after a "Delivered:" list is a failed entry's own.)"""
    text = _without_tries(_HOST.sub(" ", _NO_OUTCOME.sub(" ", _FAILED_BEFORE_SUB.sub(r"\1 ", text))))
    # Review 172: a hop's delivery then the failure ("delivered to backup MX, then rejected", "zugestellt an Backup-MX,
    # dann abgewiesen"): the later word is the outcome (kim under "Delivered to:" read delivered, and the delivered
    # lead took kim's reason, hard).
    if (then := _GOES_ON.search(text)) and _FAILED_WORDS.search(text, then.end()):
        return True
    return _FAILED_WORDS.search(text) is not None and _WENT_THROUGH.search(text) is None
