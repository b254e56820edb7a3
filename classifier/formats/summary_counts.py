"""A success report's summary line that counts its outcomes and says none failed ("Delivered: 2, Failed: 0", "2
delivered, 0 failed.", "Failed recipients: 0 of 2", "Delivered: 2 | Failed: 0", "Bounced: 0", "Zugestellt: 2,
Abgelehnt: 0", "0 errors, 0 warnings", "Total: 2 delivered, 0 failed", "No failures.", "Keine Fehler.", "Erreurs :
aucune"): a site's own template closing a report of delivered recipients (RFC 3461 §4.1 NOTIFY=SUCCESS), no failure of
the address above it. Reviews 171 and 175: read as a failure, the last delivered address above it (a live prospect) was
marked bounced, or a success-only report read as a bounce. Read by formats/success_sentences.py (an address's own
lines) and formats/failure_said.py (the whole notice's: a success report is no bounce where its count says none failed);
`summary_line` reads such a line whole where a writer's width broke it (success_sentences' until session 31)."""

from __future__ import annotations

import re

# The words of a count of bounces, in FAILURE_SAID, in success_sentences' negations and among the failure labels below
# (review 188: "Hardbounces: 1", "Gebounced: 1", Spanish "Rebotados: 1", French "Rebonds : 1", Italian "Rimbalzati: 1"
# under kim read kim delivered, no bounce; their counts of none, "Hardbounces: 0", "Taux de rebond : 0 %", a
# success-only report a bounce once they were failure words). (Brevo's campaign statistics count "hardBounces /
# softBounces"; Spanish ESPs' help, Perfit's "Rebotes hard y soft", "emails rebotados".)
BOUNCES = r"(?:hard|soft|ge)?bounc\w*|rebot(?:ad[oa]s?|es?)|rebonds?|rimbalz\w*"
# The labels that count failures, in the languages the success sentences are read in.
_FAILURE_LABEL = re.compile(
    r"(?i)\b(?:fail\w*|" + BOUNCES + r"|reject\w*|refus\w*|undeliver\w*|errors?|fehl\w*|fehler|abgelehnt|abgewiesen|"
    r"unzustellbar|(?:é|e)checs?|erreurs?|rejet\w*|errores|fallid[oa]s|rechazad[oa]s|errori|fallit[ie]|respint[ie]|"
    r"rifiutat[ie]|mislukt|fouten|geweigerd|afgewezen|onbestelbaar|"
    # Review 178: and the labels that count failures by a negated success ("Successful: 2, Unsuccessful: 0", "Delivered:
    # 2, Not delivered: 0", "Zugestellt: 2, Nicht zugestellt: 0"): read no summary, a success-only report a bounce.
    r"unsuccessful|erfolglos|(?:not|nicht|niet|non|no)\s+(?:delivered|sent|zugestellt|versandt|afgeleverd|bezorgd|"
    r"remis|livr(?:é|e)s?|entregad[oa]s|consegnat[ie]|recapitat[ie])|"
    # Review 180: and "Nicht zustellbar: 0", "Réussis : 2, Échoués : 0", "Tentatives échouées : 0" (a success-only report
    # read as a bounce); review 183: "Recapitati: 2, Non recapitati: 0" (Italian dashboards' word for delivered).
    r"nicht\s+zustellbar|(?:é|e)chou(?:é|e)e?s|"
    # Review 186: and "Non riusciti: 0", the Portuguese, Polish, Swedish and Russian labels ("Falhas: 0", "Nieudane: 0",
    # "Misslyckade: 0", "Ошибки: 0"), read as failures once success_sentences knew those languages' failure words.
    r"non\s+riuscit[ie]|falhas|falhad[oa]s|nieudan\w*|niedostarczon\w*|misslyckade|ошиб\w*|не\s+доставлен\w*|"
    # Review 188: and the tries given up, counted ("Retries exhausted: 0": read no count of failures, and a
    # success-only report a bounce once failure_said.GIVEN_UP took "retries exhausted").
    r"exhausted)\b")
# (Review 178: "zero / null / nul / cero / zéro" too, "Failed: zero": read a count of one failed.)
# (Review 180: and a share as the count, "Bounce rate: 0%", "Failure rate: 0.0%": read a count of one failed.)
_NONE = r"(?:0+(?:[.,]0+)?\s?%|0|none|no|zero|null|nul|z(?:é|e)ro|cero|keine?|aucune?|ningun[oa]?|ningún|nessun[oa]?|geen)"
_WORDS = r"(?:none|no|zero|null|nul|z(?:é|e)ro|cero|keine?|aucune?|ningun[oa]?|ningún|nessun[oa]?|geen)"
# (Review 183: a label's words joined by a hyphen too, "Bounce-Rate: 0,0 %": read "Rate: 0,0 %", no failure count, and
# a success-only report a bounce.)
_LABEL = r"[^\W\d][\w'’]*(?:-[^\W\d][\w'’]*)*(?: [^\W\d][\w'’]*(?:-[^\W\d][\w'’]*)*){0,2}"
# (Review 178: and a share after the count, "Failed: 0 (0%)": read no summary.)
# (Review 188: and "out of", and a share in words in parentheses: "Total bounces: 0 out of 2", "Bounce rate: 0% (0 of
# 2)" read no summary, a success-only report a bounce.)
_SHARE_OF = r"\s+(?:of|out\s+of|von|sur|de|su|van|aus)\s+\d+"
_OF = r"(?:" + _SHARE_OF + r")?(?:\s*\((?:\d+(?:[.,]\d+)?\s?%|\d+" + _SHARE_OF + r")\))?"
# One item of the line: "Label: N (of M)", "N label", "Label: N label" ("Total: 2 delivered"); a none-word only as the
# whole count ("Errors: none", "No failures"), never opening a clause ("Error: no such user", "Fehler: keine Zustellung
# möglich" are failures).
# (Review 180: "N of M label" too, "2 of 2 delivered, 0 of 2 failed": read no summary, a success-only report a bounce.)
_COUNT = r"\d+(?:[.,]\d+)?\s?%|\d+"
# (Review 188: a label's gloss in parentheses too, "Unzustellbar (Bounces): 0": read no summary, a success-only report
# a bounce.)
_GLOSS = r"(?:\s*\([^\W\d][\w'’ -]{0,24}\))?"
_ITEM = re.compile(r"(?i)(?P<label>" + _LABEL + _GLOSS + r")\s*[:=]\s*(?:(?P<count>" + _COUNT + r")" + _OF
                   + r"(?:\s+(?P<after>" + _LABEL + r"))?|(?P<word>" + _WORDS + r"))|(?P<count2>" + _COUNT + "|"
                   + _WORDS + r")" + _OF + r"\s+(?P<label2>" + _LABEL + r")")
_ZERO = re.compile(r"(?i)" + _NONE + r"$")
# Words AFTER a failure count that say it counts something else: tries ("Failed: 0 retries left", "Delivery failed: 0
# attempts remaining": kim's delivery failed for good; review 178, read a summary of none failed, kim lost) or the ones
# that got through ("Delivery failed: 0 of 1 recipients accepted", "Zustellung fehlgeschlagen: 0 von 1 Empfängern
# angenommen": review 180, kim lost). Only after the count: a label counting failed tries counts failures ("Failed
# attempts: 0", "Fehlgeschlagene Zustellversuche: 0"; review 180, review 178's rule read a success-only report a bounce).
_TRIES = re.compile(r"(?i)\b(?:retr\w*|attempts?|tries|left|remaining|versuch\w*|(?:ü|ue)brig|verbleibend\w*|"
                    r"tentatives?|restant\w*|intentos?|tentativ[oi]|pogingen|poging|resterend\w*|"
                    r"accepted|delivered|succeeded|angenommen|akzeptiert|zugestellt|accept(?:é|e)s?|remis|livr(?:é|e)s?|"
                    r"aceptad[oa]s|entregad[oa]s|accettat[ie]|consegnat[ie]|recapitat[ie]|geaccepteerd|afgeleverd|bezorgd)\b")
_SHARE = re.compile(r"(?<=\d)\s*/\s*(?=\d)")  # "Failed: 0/2" as "0 of 2" (review 178)


def none_failed(line: str) -> bool:
    """Is `line` wholly a summary of counts in which every count of failures is none, and one is counted at all?"""
    text = line.strip().rstrip(".!").strip()
    text = _SHARE.sub(" of ", text) if "/" in text else text  # (speed: every share holds its slash)
    if not text or len(text) > 120:
        return False
    failures = 0
    # (not a decimal comma "0,0 %": review 183; review 188: a column layout's gap after a count before the next
    # label, "Delivered:   2      Bounced:   0", "Delivered:<tab>2<tab>Bounced:<tab>0", read one item, no summary: a
    # success-only report a bounce)
    for item in re.split(r"\s*(?:[;|/]|,(?!\d)|(?<!\d),|(?<=[\d%])(?:\t|  )\s*(?=[^\W\d]))\s*", text):
        m = _ITEM.fullmatch(item)
        if m is None:
            return False  # (not a count: "Failed: 0 at this hop; 550 5.1.1 User unknown at the next", review 171)
        label = " ".join(filter(None, (m.group("label"), m.group("after"), m.group("label2"))))
        count = m.group("count") or m.group("word") or m.group("count2")
        if m.group("count2") and not m.group("count2").isdigit() and not _FAILURE_LABEL.match(m.group("label2")):
            return False  # ("No such user": a none-word counts only failures, "No failures"; review 175)
        if _FAILURE_LABEL.search(label):
            if not _ZERO.match(count) or _TRIES.search(m.group("after") or ""):
                return False  # ("Failed: 0, Bounced: 1": one failed; review 175)
            failures += 1
    return failures > 0


# A count line ending on its share, what it counts still to come ("Failed: 0 of 1" / "recipients accepted").
# (...and what it counts begun: "DELIVERY FAILED: 0 OF 1 RECIPIENTS" / "ACCEPTED", the grid's upper_notice)
_SHARE_END = re.compile(r"(?i)\b(?:of|von|sur|de|su|di|van|aus)\s+\d+(?:\s+[^\W\d_][\w'’-]*){0,2}$")
# ...and a rest a width moved: a label's few words, no sentence of its own ("Failed: 0 of 1" / "The recipient has
# received your message.", in any case: review 186's probes, a success-only report read a bounce).
_COUNTED = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3}")
_SENTENCE = re.compile(r"(?:\S+\s+){3,}\S*[.!?]")  # (four words or more, closed: "the recipient has received it.")
# ...and a label a width broke, its first word after the line's last separator, the rest and its count below, in any
# case ("Delivered: 2, Bounced: 0, Bounce" / "Rate: 0%": review 188, the title-case line read no summary, a
# success-only report a bounce).
_LABEL_BEGUN = re.compile(r"[,;|]\s*[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?$")
_LABEL_ENDED = re.compile(r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*[:=]\s*\d")


def summary_line(lines: list[str], k: int) -> tuple[str, int]:
    """lines[k] with the rest a writer's width broke onto the lines below it (up to two), and the index after it: a
    summary line's items run on from a separator or into a lower-case word or a count ("Delivered: 2 | Failed: 0 |
    Quarantined:" / "0", "Delivery failed: 0 of 1 recipients" / "accepted": the whole grid's wrap_40_tab on review 180's
    rows read the first piece alone, a success-only report a bounce, a failed kim delivered). Review 186: also after a
    share, what it counts in any case and without a colon ("Zustellung fehlgeschlagen: 0 von 1" / "Empfängern
    angenommen", "Delivery Failed: 0 Of 1" / "Recipients Accepted": read none failed, kim delivered)."""
    line, n = lines[k].rstrip(), k + 1
    while n < min(len(lines), k + 3) and (rest := lines[n].strip()) and "@" not in rest and (
            line[-1:] in ",;|/:" or rest[:1].isdigit() or rest[:1].islower() and not _SENTENCE.fullmatch(rest)
            or _COUNTED.fullmatch(rest) is not None and _SHARE_END.search(line) is not None
            or _LABEL_BEGUN.search(line) is not None and _LABEL_ENDED.match(rest) is not None):
        line, n = f"{line} {rest}", n + 1
    return line, n


def less_none_failed(text: str) -> str:
    """`text` without its summary lines that count none failed, each read whole however a width broke it
    (failure_said.said_failed: "Bounced: 0" or "Failed: 0" closing a success report says no failure)."""
    lines, out, k = text.split("\n"), [], 0
    while k < len(lines):
        if lines[k].strip():
            line, after = summary_line(lines, k)
            if none_failed(line):
                k = after
                continue
        out.append(lines[k])
        k += 1
    return "\n".join(out)
