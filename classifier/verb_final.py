"""A mailbox, address or domain said missing or gone in a SUBORDINATE clause, its verb at the end (review 141).

German and Dutch put the finite verb last after "weil / da / dass" and "omdat / doordat / dat": "Zustellung nicht
möglich, weil die Empfängeradresse nicht existiert", "da das Postfach des Empfängers gelöscht wurde", "omdat het adres
niet bestaat", "omdat de mailbox is verwijderd". lexicon's absence words expect the verb early ("existiert nicht",
"bestaat niet", "wurde gelöscht"), so these read onhold under a bare 550 (false softs). Turkish says it in a
participle before "için" (because): "Alıcı adresi mevcut olmadığı için".

Only a CAUSE or a STATEMENT opens such a clause here: not a condition ("falls / wenn / sofern / als / indien", a help
line: "Falls die Adresse nicht existiert, ..."), a question ("ob / of": "ob die Adresse existiert"), a concession
("obwohl"), nor a cause denied ("nicht weil ..., sondern weil ...", "niet omdat ..., maar omdat ..."). The noun
after the conjunction is the recipient's by its article ("die / der / das", "de / het"), never "Ihre / uw" (yours)
nor a sender's compound ("Absenderadresse", "afzenderadres"): those are OUR_SENDER_GONE, the sender's scope.
All lowercase, whitespace collapsed."""

from __future__ import annotations

import re

from classifier import cause_clauses, guard, past_absences, unprovisioned

# The conjunctions that open a cause or a statement, not one denied ("nicht weil", "niet omdat").
# Dutch "daar" is the formal "because" ("daar het adres niet bestaat", review 146).
# (Review 177: not "dat" after "als": "Als dat adres niet meer bestaat, ..." is a condition's demonstrative.)
_BECAUSE = r"(?<!nicht )(?<!niet )(?<!\bals )\b(?:weil|da|dass|daß|zumal|omdat|doordat|aangezien|daar|dat)\s"
_ARTICLE = r"(?:(?:der|die|das|diese[rs]?|de|het|deze|dit|dat)\s)?"
# The recipient's nouns; a German compound's head only after "Empfänger" / "Ziel" ("Empfängeradresse").
_NOUN = (r"(?:(?:empf(?:ä|ae)nger|ziel)-?(?:adresse|postfach|konto)|empf(?:ä|ae)nger(?:in)?|benutzer(?:in)?|nutzer|"
         r"(?:e-?)?mail-?adresse|adresse|postfach|konto|mailbox|account|adressat(?:en)?|"
         r"ontvanger|gebruiker|geadresseerde|e-?mail-?adres|mailadres|adres|postbus|postvak)")
# "des Empfängers", "van de ontvanger", an address in angle brackets or bare, "hier" / "bei uns" / "op deze server".
_AFTER_NOUN = (r"(?:\s(?:des|der) (?:empf(?:ä|ae)ngers?|empf(?:ä|ae)ngerin|benutzers|nutzers|adressaten)"
               r"|\svan de (?:ontvanger|gebruiker|geadresseerde))?(?:\s<?[^\s@<>]{1,64}@[^\s@<>]{1,255}>?)?"
               r"(?:\s(?:hier|bei uns|auf diesem server|hier niet|op deze server))?\s")
# The absence or deletion, verb last. "Nicht gefunden werden konnte" too; not "gelöscht wird / werden soll" (a schedule).
_GONE = (r"(?:nicht (?:mehr )?(?:existiert|vorhanden ist|bekannt ist|gültig ist|vergeben ist)|unbekannt ist"
         r"|nicht gefunden (?:wurde|werden konnte)|gel(?:ö|oe)scht (?:wurde|worden ist|ist)"
         r"|niet (?:meer )?bestaat|niet (?:meer )?bekend is|onbekend is|niet (?:is|werd) gevonden|niet gevonden (?:is|werd)"
         r"|(?:is|werd) verwijderd|verwijderd (?:is|werd)"
         # ...an address said invalid ("ungültig ist", "ongeldig is"), and German reported speech in the subjunctive
         # ("dass der Empfänger unbekannt sei", "nicht existiere"): review 146's false softs.
         r"|ung(?:ü|ue)ltig (?:ist|sei)|ongeldig is|unbekannt sei|nicht (?:mehr )?(?:existiere|bekannt sei)"
         # ...and told in the past ("weil die Adresse nicht existierte", "omdat het adres niet bestond": review 174).
         r"|" + past_absences.VERB_LAST + r")(?![\w-])")
RECIPIENT_GONE = re.compile(
    _BECAUSE + _ARTICLE + rf"(?<![\w-]){_NOUN}(?![\w-]){_AFTER_NOUN}{_GONE}"
    # Turkish: the participle of "not being present" before its cause word ("Alıcı adresi mevcut olmadığı için").
    # Not the sender's ("Gönderen adresi"), an IP's, nor the reader's ("adresiniz": yours; review 146's false hards).
    r"|(?<!g(?:ö|o)nderen )(?<!g(?:ö|o)nderici )(?<!ip )"
    # ...nor the sender's in the genitive or before "e-posta" ("Gönderenin adresi", "Göndericinin hesabı", "Gönderen
    # e-posta adresi": review 150's false hards).
    r"(?<!g(?:ö|o)nderenin )(?<!g(?:ö|o)ndericinin )(?<!g(?:ö|o)nderen e-posta )(?<!g(?:ö|o)nderici e-posta )"
    r"\b(?:al(?:ı|i)c(?:ı|i)|kullan(?:ı|i)c(?:ı|i)|adres|hesap)(?!\w{0,2}n(?:ı|i)z\b)\w{0,4}\s(?:[\w.@-]{1,80}\s)?"
    r"(?:mevcut|kay(?:ı|i)tl(?:ı|i))"
    r" olmad(?:ı|i)(?:ğ|g)(?:ı|i)\w{0,3} (?:i(?:ç|c)in|nedeniyle)")

# The recipient's DOMAIN so said: hostunknown ("da die Domain nicht existiert", "omdat het domein niet bestaat").
DOMAIN_GONE = re.compile(
    # ...or its name ("der Domainname", "de domeinnaam": review 146).
    _BECAUSE + _ARTICLE + r"(?:(?:empf(?:ä|ae)nger|ziel)-?)?(?:domain-?name|dom(?:ä|ae)nen-?name|domain|dom(?:ä|ae)ne"
    r"|domeinnaam|domein)(?![\w-])"
    r"(?:\s(?:des|der) empf(?:ä|ae)ngers?|\svan de (?:ontvanger|geadresseerde))?(?:\s[a-z0-9.-]{1,253}\.[a-z]{2,63})?\s"
    r"(?:" + past_absences.VERB_LAST + r"|nicht (?:mehr )?existiert|nicht gefunden (?:wurde|werden konnte)|unbekannt ist"
    r"|nicht aufgel(?:ö|oe)st werden"
    r" (?:kann|konnte)|niet (?:meer )?bestaat|onbekend is|niet (?:is|werd) gevonden|niet gevonden (?:is|werd))(?![\w-])"
    # Turkish: the recipient's domain name not present before "için" ("Alıcı alan adı mevcut olmadığı için"; review
    # 150: onhold), not the sender's ("Gönderen alan adı").
    r"|(?<!g(?:ö|o)nderen )(?<!g(?:ö|o)nderenin )\b(?:al(?:ı|i)c(?:ı|i)\w{0,4}\s)?alan ad(?:ı|i)\w{0,3}\s"
    r"(?:[a-z0-9.-]{1,253}\.[a-z]{2,63}\s)?mevcut olmad(?:ı|i)(?:ğ|g)(?:ı|i)\w{0,3} (?:i(?:ç|c)in|nedeniyle)")

# OUR sender so said: "weil Ihre Absenderadresse nicht existiert", "da Ihre Domain unbekannt ist", "omdat uw
# afzenderadres niet bestaat" (the sender's scope, taxonomy §7; review 134's "da Ihre Domain nicht existiert").
OUR_SENDER_GONE = re.compile(
    _BECAUSE + r"(?:(?:ihre?|uw|die|der|das|de|het)\s)?(?:(?:absender|afzender)[\w-]*"
    r"|(?<=ihre )(?:e-?mail-?)?adresse|(?<=ihre )(?:domain|dom(?:ä|ae)ne)|(?<=uw )(?:e-?mail-?)?adres|(?<=uw )domein"
    # ...or the sender's by a genitive ("die Adresse des Absenders", "het adres van de afzender").
    r"|(?:(?:e-?mail-?)?adresse|domain-?name|domain|dom(?:ä|ae)ne|konto|postfach) des absenders"
    r"|(?:e-?mail-?)?adres van de afzender"
    r"|domein van de afzender"
    # ...or by other nouns for the envelope sender: the return / bounce address, the Envelope-From, the domain of the
    # sender's or the reader's address (review 146: they read the recipient's, onhold).
    r"|r(?:ü|ue)cksende-?adresse|envelope-from(?:-adresse)?|retouradres|return-path"
    r"|(?:domain|dom(?:ä|ae)ne) (?:der absenderadresse|ihrer (?:e-?mail-?)?adresse)|domein van uw (?:e-?mail-?)?adres)"
    r"(?:\svan de afzender)?(?:\s<?[^\s<>]{1,320}>?)?\s"
    r"(?:" + past_absences.VERB_LAST + r"|nicht (?:mehr )?existiert|unbekannt ist|nicht (?:mehr )?bekannt ist"
    r"|nicht gefunden wurde|niet (?:meer )?bestaat"
    r"|onbekend is|niet (?:meer )?bekend is|gel(?:ö|oe)scht (?:wurde|worden ist|ist)|(?:is|werd) verwijderd)(?![\w-])"
    # Turkish: the sender's ("Gönderen adresi") or the reader's ("Adresiniz", "IP adresiniz") address not present or
    # not registered before "için" (review 146's false hards, read the recipient's).
    # Also in the genitive, before "e-posta", or its domain name ("Gönderenin adresi", "Gönderen e-posta adresi",
    # "Gönderen alan adı": review 150).
    r"|\b(?:g(?:ö|o)nder(?:en(?:in)?|ici(?:nin)?) (?:e-posta )?(?:adres|hesap|hesab|alan ad)\w{0,3}"
    r"|(?:adres|hesab)\w{0,2}n(?:ı|i)z)\s(?:[\w.@-]{1,80}\s)?"
    r"(?:mevcut|kay(?:ı|i)tl(?:ı|i)) olmad(?:ı|i)(?:ğ|g)(?:ı|i)\w{0,3} (?:i(?:ç|c)in|nedeniyle)")

# A sentence's words up to a point, no stop between ("." only before a space or the end: not in "example.org").
# Nor a multi-line reply's next line joined with a space ("550-Es kann sein, dass ... 550 Der Empfänger existiert nicht":
# review 157, onhold).
_OPEN = r"(?:" + cause_clauses.REPLY_LINE + r"[^.;!?\n|]|\.(?=\S))*$"
_HVIS = re.compile(r"\bhvis\b")
# A condition, a question or a concession the clause hangs on, earlier in its sentence ("Falls Sie diese Meldung
# erhalten, weil die Adresse nicht existiert, ...", "Als u dit bericht krijgt omdat het adres niet bestaat, ...": a
# help line, no statement about this recipient).
# German "als" is "as" / "than" ("als Spam eingestuft"): only Dutch "als u / als het" counts. Also departures' German,
# Dutch and English deletions ("ob das Postfach gelöscht wurde", "if the mailbox was deleted"; review 141).
# (Review 177: Dutch "als" before "die" and the possessives too, "Neem contact op als die ontvanger onbekend is".)
HEDGED = re.compile(r"\b(?:falls|wenn|sofern|ob|obwohl|als (?:u|je|jij|het|dit|deze|de|die|zo'n|uw|jouw|zijn|haar|onze"
                    r"|hun)|indien|" + cause_clauses.MOCHT + r"|tenzij|if|whether)\b"
                    + _OPEN)
# ...or a cause only supposed ("Es ist möglich, dass ...", "vielleicht weil ...", "mogelijk omdat ..."), as lexicon reads
# "may / might not exist" (round four of review 141: false hards).
_POSSIBLY = re.compile(r"\b(?:m(?:ö|oe)glich\w*|vielleicht|eventuell|vermutlich|wahrscheinlich|mogelijk\w*|misschien"
                       r"|eventueel|wellicht|waarschijnlijk|vermoedelijk"
                       # ...and the phrases that say the same ("Es kann sein, dass ...", "Es ist nicht auszuschließen,
                       # dass ...", "Het kan zijn dat ...", "Het zou kunnen dat ...": review 150's false hards).
                       r"|es (?:kann|k(?:ö|oe)nnte) sein|nicht auszuschlie(?:ß|ss)en"
                       r"|(?:het|dit) (?:kan zijn|zou kunnen))"
                       r"\b(?=" + _OPEN + ")")
# Not a possibility denied: "Zustellung nicht (mehr) möglich", "Keine Zustellung möglich", "Bezorging niet mogelijk"
# (delivery impossible: a bounce's own heading; review 146's false softs).
# Up to four words between ("Keine Zustellung an diese Adresse möglich").
_NEGATED_BEFORE = re.compile(r"\b(?:nicht|niet|kein\w*|geen)\s(?:[\w-]+\s){0,4}$")
_MAYBE_WORDS = ("glich", "vielleicht", "eventu", "vermut", "wahrschein", "mogelijk", "misschien", "wellicht",
                "vermoedelijk", "sein", "auszuschlie", "zijn", "kunnen")
# Nor "as soon as possible": "so schnell wie möglich", "zo snel mogelijk", "zoveel mogelijk" (no supposition; review
# 150's false softs).
_AS_POSSIBLE_BEFORE = re.compile(r"(?:\bwie|\bzo\s[\w-]+|\bzoveel|\bzomin)\s$")
# ...or a "that" clause denied or doubted: "Das bedeutet nicht, dass ...", "es gibt keinen Hinweis darauf, dass ...",
# "Het is niet zeker dat ...", "Dit betekent niet, dat ..." (review 146's false hards; _BECAUSE's look-behinds only
# see "nicht dass" / "niet dat" side by side). Only before "dass / dat" (or right before the clause matched, which opens
# with it): "nicht bekannt, da ..." states a cause.
_DENIED = re.compile(
    r"(?:\b(?:bedeutet|hei(?:ß|ss)t|besagt|betekent|impliziert)\s(?:(?:dies|das|het|dit)\s)?(?:nicht|niet)"
    r"(?:\s(?:automatisch|zwingend|unbedingt|noodzakelijk|per se))?"
    r"|\b(?:nicht|niet)\s(?:sicher|gesagt|klar|erwiesen|best(?:ä|ae)tigt|zeker|gezegd|duidelijk|bevestigd)"
    r"|\bkein(?:en|e)?\s(?:hinweis|beweis|anhaltspunkt|indiz)\w*(?:\s(?:darauf|daf(?:ü|ue)r))?"
    r"|\bgeen\s(?:aanwijzing|bewijs|teken)\w*)\s?,?\s(?:(?:dass|daß|dat)\b" + _OPEN + "|$)")
# A forward's target said missing ("Weiterleitung fehlgeschlagen, weil die Zieladresse <x> nicht mehr existiert"): no
# statement about the recipient's own mailbox (review 130's call on a forward deleted; review 146's false hard).
_FORWARD = re.compile(r"\b(?:weiterleitung|umleitung|doorstuur|doorsturen|forward)\w*" + _OPEN)
# ...unless the clause names the recipient itself ("Keine Weiterleitung möglich, da die Empfängeradresse nicht
# existiert").
_OWN_NOUN = re.compile(r"empf(?:ä|ae)nger|ontvanger|geadresseerde|adressat")
_CONJ = re.compile(_BECAUSE)
_WORDS = ("weil", "da ", "dass", "daß", "zumal", "omdat", "doordat", "aangezien", "daar ", "dat ", "için", "icin",
          "nedeniyle")


def _supposed(text: str, end: int) -> bool:
    """Is a possibility (not one denied) said before `end` in lowercase `text`'s sentence?"""
    return any(_NEGATED_BEFORE.search(text, max(0, w.start() - 40), w.start()) is None
               and _AS_POSSIBLE_BEFORE.search(text, max(0, w.start() - 20), w.start()) is None
               for w in _POSSIBLY.finditer(text, 0, end))


def governed(text: str, end: int | None = None) -> bool:
    """Does a condition, question, concession, supposition or denial govern what follows `end` (default: the end) in
    lowercase `text`'s sentence? (departures reads it too, for a deletion so governed.)"""
    end = len(text) if end is None else end
    return HEDGED.search(text, 0, end) is not None or _supposed(text, end) or _DENIED.search(text, 0, end) is not None


def _stated(pattern: re.Pattern[str], text: str, *, forward: bool = False) -> re.Match[str] | None:
    """`pattern`'s first match in lowercase `text` that no condition, question, concession or supposition governs (with
    `forward`, nor a forward's failure earlier in its sentence)."""
    if not any(w in text for w in _WORDS):
        return None
    for m in pattern.finditer(text):
        if not governed(text, m.start()) and not (forward and _FORWARD.search(text, 0, m.start())
                                                    and _OWN_NOUN.search(m.group(0)) is None):
            return m
    return None


def unstated(text: str, found: re.Match[str]) -> bool:
    """Does `found` (any absence wording in lowercase `text`, lexicon's own too: "dass der Empfänger unbekannt ist")
    stand in a verb-final clause that a condition, supposition or denial governs ("Es ist möglich, dass ...")? A German
    or Dutch supposition governs a main clause too ("Vielleicht existiert die Empfängeradresse nicht mehr": review 146),
    as lexicon reads "may not exist". Nor under a Japanese, Korean, Chinese, Romance or English condition or denied cause
    ("存在しない場合は", "존재하지 않는 경우", "如果收件人不存在", "If the address does not exist": cause_clauses)."""
    if cause_clauses.conditioned(text, found.start(), found.end()) or unprovisioned.purpose_first(found.group(0)):
        return True  # (a purpose before German's verb-final state: a restriction, audit 40)
    # Review 182: lexicon's shape may start at the OBJECT of the clause before a Danish / Norwegian "hvis" (if):
    # "Meldingen returneres til brukeren hvis mottakerens adresse er ukjent" (read hard under 5.7.1); the condition
    # inside governs (and a relative "hvis adresse ..." is none: cause_clauses).
    if any(cause_clauses.conditioned(text, m.end(), found.end()) for m in _HVIS.finditer(text, found.start() + 1,
                                                                                          found.end())):
        return True
    if any(w in text for w in _MAYBE_WORDS) and _supposed(text, found.start()):
        return True
    if not any(w in text for w in _WORDS):
        return False
    conj = None
    for conj in _CONJ.finditer(text, 0, found.start() + 1):
        pass
    return conj is not None and re.match(_OPEN, text[conj.start():found.start()]) is not None \
        and governed(text, conj.end())


# The recipient's mailbox, address or account said deleted or invalid in a MAIN clause opening its sentence or the
# reply ("Das Postfach des Empfängers wurde gelöscht", "Die E-Mail-Adresse ist ungültig", "De mailbox is verwijderd",
# "Het e-mailadres is ongeldig", "Account is verwijderd"; review 141 left them onhold, review 146's false softs), and
# reported in the subjunctive ("Der Server meldet, die Adresse existiere nicht"). Only at the start or after a comma:
# "Ihre / uw ..." before the noun is the reader's (ours), "IP-Adresse" another noun.
_MAIN_GONE = re.compile(
    r"(?:^|[:;,.!?(>\]'\"]\s*|\d\s)" + _ARTICLE + rf"{_NOUN}(?![\w-]){_AFTER_NOUN}"
    r"(?:(?:wurde|ist|war) (?:gel(?:ö|oe)scht|entfernt)|ist ung(?:ü|ue)ltig|(?:is|werd) verwijderd|is ongeldig"
    r"|existiere nicht|sei unbekannt)(?![\w-])"
    # ...not removed FROM something ("De gebruiker is verwijderd uit de verzendlijst"), nor a condition right after it
    # ("die Adresse ist ungültig, falls sie Leerzeichen enthält": a help line; review 146 round three).
    r"(?! (?:uit|van|aus)\b)(?!,? (?:wenn|falls|sofern|indien|als|if)\b)"
    # ...nor deleted and made again ("gelöscht und wiederhergestellt", "verwijderd en opnieuw aangemaakt": it exists;
    # review 150).
    r"(?! (?:und|en) (?:(?:wird|wurde|wordt|is) )?(?:wieder|neu|opnieuw|erneut))"
    # ...nor invalid or missing from the command ("Syntaxfehler: Die Adresse ist ungültig oder fehlt": a syntax reply,
    # no address refused; review 150 round four).
    r"(?! (?:oder|of) (?:fehlt|leer|ontbreekt|leeg)\b)")
# ...nor when our sender was named just before ("MAIL FROM: Die Adresse ist ungültig").
# Not a salutation to the reader ("Sehr geehrter Absender, die Empfängeradresse ist ungültig": review 146 round three).
# Also another of our message's addresses named before it: the Reply-To, the header From, the HELO (review 150).
# Our sender (or the recipient, below) said accepted: "ok", "akzeptiert", "accepted", "geaccepteerd" (review 150
# round three), checked first ("geprüft und akzeptiert", "verified and accepted", "gecontroleerd en geaccepteerd":
# review 163), after an auxiliary or an adverb ("wurde akzeptiert", "ist in Ordnung", "is geaccepteerd", "erfolgreich geprüft",
# "successfully verified"), or in other words ("zugelassen", "goedgekeurd", "freigegeben": review 167, each read ours,
# a false soft). Not a bare "geprüft": "Absender geprüft und abgelehnt" is refused (and so "erfolgreich geprüft und
# abgelehnt").
_CHECKED = r"(?:gepr(?:ü|ue)ft|verifiziert|verified|checked|gecontroleerd|geverifieerd)"
# Review 171: also in the present passive ("Absender wird akzeptiert", "Afzender wordt geaccepteerd"), checked with a
# colon ("Absender geprüft: OK"), and not where the word is a question answered no ("Absender akzeptiert: nein"): read
# ours (false softs) or the recipient's (a false hard).
_ACCEPTED = (r"(?:(?:wurde|wird|ist|war|is|werd|wordt|was|has been|been) )?(?:(?:erfolgreich|successfully|succesvol|"
             r"met succes) " + _CHECKED + r"\b(?!,? (?:und|and|en|aber|but|maar) )|(?:" + _CHECKED
             + r"[,:]? (?:und |and |en )?)?(?:ok|okay|akzeptiert|angenommen|accepted|geaccepteerd|in ordnung|in orde|"
             r"zugelassen|goedgekeurd|freigegeben|toegestaan)\b(?!\s?[:?=\-–]\s?(?:nein|no|nee|non|false|falsch)\b)"
             # Review 175: nor answered no after a dash ("Absender akzeptiert - nein"), accepted only on a condition
             # ("Absender wird akzeptiert, wenn er sich anmeldet", "Afzender wordt geaccepteerd indien geauthenticeerd"),
             # or accepted once and then refused in the next clause of the same subject ("Absender war akzeptiert, wurde
             # dann aber gesperrt"): each our sender refused, read the recipient's (a false hard).
             r"(?!,? (?:wenn|falls|sofern|sobald|solange|indien|mits|zodra|if|when|once|unless|provided)\b)"
             r"(?!,? (?:(?:aber|doch|dann|jedoch|but|then|maar|toen|daarna) )*(?:wurde|wird|ist|war|wordt|werd|is|was|"
             r"has been)\b))")
# The words of a question about our sender that a "no" clears (a refusal) or a "yes" clears (a check; review 180).
_REFUSAL_WORDS = (r"gesperrt|blockiert|abgelehnt|abgewiesen|gelistet|sperrliste|blacklist\w*|blocklist\w*|blocked|rejected|"
                  r"refused|listed|geblokkeerd|geweigerd|afgewezen|zwarte lijst|unbekannt|onbekend|unknown|ung(?:ü|ue)ltig|"
                  r"ongeldig|invalid|verboten")
_CLEAR_WORDS = (_CHECKED + r"|ok|okay|akzeptiert|angenommen|accepted|geaccepteerd|zugelassen|goedgekeurd|freigegeben|"
                r"toegestaan|g(?:ü|ue)ltig|geldig|valid|bekannt|bekend|known|erlaubt|allowed|authentifiziert|authenticated|"
                r"geauthenticeerd")
# Not the sender as the one a note or the message goes to ("Hinweis an den Absender: Die Adresse ist ungültig",
# "Nachricht an den Absender zurückgeschickt", "Melding aan de afzender:": review 171, read ours, false softs).
_SENDER_WORDS = (r"(?<!geehrter )(?<!geehrte )(?<!lieber )(?<!beste )(?<!geachte )(?<!dear )"
                 r"(?<!an den )(?<!an die )(?<!aan de )(?<!to the )(?<!für den )(?<!fuer den )(?<!voor de )"
                 # Review 175: nor without an article before a colon ("Hinweis für Absender:", "Meldung an Absender:",
                 # "Info voor afzenders:"), nor greeted ("Hallo Absender,", "Sehr geehrte/r Absender/in,"), nor a word
                 # of a URL ("https://support.example.org/sender-policy"): read ours, false softs (and a false hard).
                 r"(?!(?:(?<=für )|(?<=fuer )|(?<=an )|(?<=voor )|(?<=aan )|(?<=to )|(?<=for ))[\w/-]*:)"
                 r"(?<!hallo )(?<!hello )(?<!liebe )(?<!geehrte/r )(?<!geehrte\(r\) )(?<![/.])"
                 # Review 178: nor greeted otherwise ("Guten Tag Absender,", "Hoi afzender,", "Werte afzender,"), nor
                 # called to attention before a colon ("Achtung Absender:", "Let op afzender:"): read ours, false softs.
                 # Review 180: each a whole word ("Seit Dienstag Absender gesperrt", "Controle op afzender: mislukt" are
                 # our sender refused: read the recipient's, false hards), and the other greetings and calls ("Grüezi",
                 # "Grüß Gott", "Guten Morgen / Abend", "Hey", "Goedemorgen", "Liebe/r", "Achtung,", "Attentie"; each
                 # read ours, false softs).
                 # Review 183: "Tag / Morgen / Abend" a greeting only after "Guten" ("Seit heute Morgen / gestern Abend /
                 # einem Tag Absender gesperrt" is our sender refused: read the recipient's, false hards), and each
                 # greeting with its comma too where the sender is the one addressed, itself before a comma ("Guten
                 # Tag, Absender,", "Hallo, Absender,"; "Hallo, Absender gesperrt." is ours, review 175), and "Goedendag
                 # afzender,": read ours, false softs).
                 r"(?<!guten tag )(?<!\bhoi )(?<!\bhi )(?<!\bmoin )(?<!\bservus )(?<!\bwerte )(?<!\bdag )(?<!\bhey )"
                 r"(?<!gr(?:ü|u)ezi )(?<!\bgott )(?<!guten morgen )(?<!guten abend )(?<!goedemorgen )(?<!goedemiddag )"
                 r"(?<!goedenavond )(?<!goedendag )(?<!liebe/r )(?<!liebe:r )(?<!liebe\*r )"
                 r"(?!(?:(?<=guten tag, )|(?<=guten morgen, )|(?<=guten abend, )|(?<=hallo, )|(?<=hello, )|(?<=\bhi, )"
                 r"|(?<=\bhey, )|(?<=\bhoi, )|(?<=\bmoin, )|(?<=servus, )|(?<=gr(?:ü|u)ezi, )|(?<=\bgott, )"
                 r"|(?<=goedemorgen, )|(?<=goedendag, ))[\w/*:-]*,)"
                 r"(?!(?:(?<=achtung )|(?<=achtung, )|(?<=attention )|(?<=attentie )|(?<=let op )|(?<=let op, )"
                 r"|(?<=opgelet )|(?<=wichtig )|(?<=important ))[\w/-]*:)"
                 r"\b(?:absender|afzender|mail from|sender|envelope|return-path|r(?:ü|ue)cksende|reply-to|header-from"
                 r"|from-header|helo|ehlo)"
                 # ...not one said accepted ("Absender ok. Die Adresse ist ungültig", "Sender accepted; ...",
                 # "Afzender geaccepteerd. Het adres ...": the recipient's address then; review 150 round three).
                 r"(?![\w-]*:?\s(?:<[^>]{1,320}>\s)?" + _ACCEPTED + ")"
                 # ...nor one a question clears: a refusal answered no, a check answered yes ("Absender gesperrt? Nein.",
                 # "Afzender geblokkeerd? Nee.", "Absender gültig? Ja.": the recipient's address then; review 180; in the
                 # sender's own clause: "Absender gesperrt, Empfänger ok? Ja." clears the recipient only).
                 r"(?![\w-]*[^.;!?\n|,]{0,30}?\b(?:(?:" + _REFUSAL_WORDS + r")\s?[?:=]\s?(?:nein|no|nee|non|false|falsch)"
                 r"|(?:" + _CLEAR_WORDS + r")\s?[?:=]\s?(?:ja|yes|oui|true|wahr))\b)")
# (A question answered no is no stop: "Absender akzeptiert? Nein. Die Adresse ist ungültig" is ours; review 178, the
# lead read hard.)
# (Review 180: nor one answered yes, "Absender gesperrt? Ja. Die Adresse ist ungültig" is ours too; a question the answer
# clears names no sender at all, above.)
_ANSWERED = r"|\?(?=\s?(?:nein|no|nee|non|ja|yes)\b)"
_SENDER_BEFORE = re.compile(_SENDER_WORDS + r"(?:[^.;!?\n|]|\.(?=\S)" + _ANSWERED + r"){0,60}$")
# ...or in the sentence just before, when the clause's noun is a bare "Adresse / Konto" that names no recipient ("Der
# Absender ist gesperrt; die Adresse ist ungültig", "Absender abgelehnt. Die Adresse ist ungültig": review 150).
_SENDER_LATELY = re.compile(_SENDER_WORDS + r"(?:[^.;!?\n|]|\.(?=\S)" + _ANSWERED + r"){0,60}[.;]$")


# A multi-line reply's next code between the two sentences is no word of the sentence before ("550-5.1.8 Absender
# abgelehnt. 550 5.1.8 Die Adresse ist ungültig": the whole grid's diag_multiline read the lead hard, a false hard).
_CODE_BEFORE = re.compile(r"\s*\b[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s*$")


# ...or the reply's own status names the sender's address (RFC 3463 X.1.7 "Bad sender's mailbox address syntax", X.1.8
# "Bad sender's system address"): a bare "Die Adresse ist ungültig" under it is ours, however many lines of a multi-line
# reply stand between it and "Absender abgelehnt" (review 163: "550-5.1.8 Absender abgelehnt. 550-5.1.8 Bitte wenden Sie
# sich an Ihren Administrator. 550 5.1.8 Die Adresse ist ungültig" read the lead hard, a false hard).
_SENDER_STATUS = re.compile(r"(?<![\d.])[45]\.1\.[78](?![\d.])")
# ...unless the reply says our sender accepted in so many words ("550-5.1.8 Absender akzeptiert. 550 5.1.8 Die Adresse
# ist ungültig": the words name the other address, the recipient's; review 167, read ours).
_SENDER_OK = re.compile(r"\b(?:absender|afzender|sender|mail from)[\w-]*:?\s(?:<[^>]{1,320}>\s)?" + _ACCEPTED)
# A multi-line reply's help sentence between our sender's and the bare address's: one naming no address, mailbox,
# user or recipient ("550-5.7.1 Absender abgelehnt. 550-5.7.1 Bitte wenden Sie sich an Ihren Administrator. 550 5.7.1
# Die Adresse ist ungültig": review 167, the lead read hard under any status but X.1.7 / X.1.8, a false hard).
# Only a help sentence (one asking the reader to do something or pointing to help): "Absender geprüft. Nachricht
# angenommen. Die Adresse ist ungültig" stays the recipient's (review 150's two sentences back).
_HELP = (r"\b(?:bitte|please|wenden|kontaktieren|informieren|neem|contact|administrat\w*|beheerder|postmaster|support"
         r"|helpdesk|siehe|zie|see|weitere|meer)\b")
_HELP_WORD = re.compile(_HELP)
# (A dot inside a word is no stop: "Siehe https://www.example.org/hilfe." is one help sentence; review 171.)
# (Nor a question mark inside a URL: "Siehe https://www.example.org/hilfe?id=4711."; review 175.)
_HELP_SENTENCE = re.compile(r"(?<=[.;])\s*(?:[245]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s)?)?"
                            r"(?=(?:[^.;!?\n|@]|[.?](?=\w)){0,160}?" + _HELP + r")(?:[^.;!?\n|@]|[.?](?=\w)){1,160}[.;]$")
_NAMES_AN_ADDRESS = re.compile(r"adres|address|empf(?:ä|ae)nger|ontvanger|geadresseerde|adressat|postfach|mailbox|"
                               r"postbus|konto|account|benutzer|gebruiker|user|absender|afzender|sender")
# The recipient named after our sender, and refused ("Absender geprüft, Empfänger abgelehnt": review 163), not said
# accepted or left unchecked ("Absender abgelehnt, Empfänger ok": ours; review 167, read the recipient's, hard).
_RECIPIENT_NAMED = re.compile(r"(?:empf(?:ä|ae)nger|ontvanger|geadresseerde|adressat)(?![\w-]*:?\s(?:" + _ACCEPTED
                              + r"|(?:nicht|niet|not) " + _CHECKED + r"))")


def _ours_before(text: str, found: re.Match[str]) -> bool:
    """Is our sender (or another address of our message) named just before `found`, a main clause saying an address
    invalid or deleted, and `found` names not the recipient itself ("Absender ok, die Empfängeradresse ist ungültig":
    the recipient's; review 150)?"""
    if _OWN_NOUN.search(found.group(0)):
        return False
    if _SENDER_STATUS.search(text) and not _SENDER_OK.search(text):
        return True
    before = text[:found.start() + 1]  # the match opens on the stop or comma before its article
    for _ in range(8):  # (up to seven help sentences of a multi-line reply between: review 167; three, review 171;
        # five, review 175: each is stepped over only when it names no address, so the count only bounds the work)
        if (code := _CODE_BEFORE.search(before)) is not None:
            before = before[:code.start()]
        said = _SENDER_BEFORE.search(before) or _SENDER_LATELY.search(before)
        # (...in our sender's own clause: "Support-ID 4711: Absender abgelehnt" is refused; review 171, a false hard.)
        # (...and our sender opening its own clause after a comma or dash is no object of a help sentence: "Bitte
        # beachten Sie, Absender abgelehnt", "Support-ID 4711 - Absender abgelehnt"; review 175, a false hard.)
        clause = re.split(r"[.;:]\s", before[:said.start()])[-1] if said is not None else ""
        if re.search(r"(?:,|\s[-–])\s(?:(?:der|die|das|de|het|the|ihr|uw|your|unser|our)\s)?$", clause):
            clause = ""
        if _HELP_WORD.search(clause):
            return False  # ...not the one to be asked ("Bitte wenden Sie sich an den Absender": review 167, read ours)
        if said is not None:
            # ...unless the recipient is named after our sender ("Absender geprüft, Empfänger abgelehnt. 550 5.1.1 Die
            # Adresse ist ungültig": the recipient's address; review 163, read ours).
            return _RECIPIENT_NAMED.search(said.group(0)) is None
        # (a URL's words name nothing: "See https://support.example.org/sender-policy."; review 175, a false hard)
        if (help_line := _HELP_SENTENCE.search(before)) is None \
                or _NAMES_AN_ADDRESS.search(re.sub(r"\S+://\S+", " ", help_line.group(0))):
            return False
        before = before[:help_line.start()]
    return False


def recipient_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying the recipient's mailbox or address is missing or deleted (or a
    Japanese, Korean, Chinese or Romance cause or relative clause: cause_clauses), or the main clause opening a sentence
    saying it deleted or invalid."""
    found = _stated(RECIPIENT_GONE, text, forward=True) or cause_clauses.recipient_gone(text) \
        or past_absences.recipient_gone(text)  # (told in the past: "no existía", "existierte nicht"; review 170)
    if found is None:
        found = _MAIN_GONE_SEEN.search(text)
        if found is not None and (_ours_before(text, found) or governed(text, found.start())):
            return None
    return found


# OUR sender's address said invalid or deleted in a main clause ("Die Absenderadresse ist ungültig", "Ihre
# E-Mail-Adresse ist ungültig", "Uw e-mailadres is ongeldig", "Het afzenderadres is ongeldig": review 146, read the
# recipient's).
_OUR_MAIN_GONE = re.compile(
    r"(?:^|[:;,.!?(>\]'\"]\s*|\d\s)(?:(?:ihre?|uw|die|der|das|de|het)\s)?(?:(?:absender|afzender)[\w-]*"
    r"|(?<=ihre )(?:e-?mail-?)?adresse|(?<=uw )(?:e-?mail-?)?adres)\s(?:<?[^\s<>]{1,320}>?\s)?"
    r"(?:ist ung(?:ü|ue)ltig|is ongeldig|wurde gel(?:ö|oe)scht|is verwijderd)(?![\w-])")


def domain_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying the recipient's domain does not exist (or a Korean cause
    clause: cause_clauses)."""
    return _stated(DOMAIN_GONE, text) or cause_clauses.domain_gone(text)


def our_sender_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying OUR sender's address or domain does not exist, or a main clause
    saying our address invalid or deleted."""
    found = _stated(OUR_SENDER_GONE, text) or _OUR_MAIN_GONE_SEEN.search(text)
    if found is None and (found := _MAIN_GONE_SEEN.search(text)) is not None \
            and not _ours_before(text, found):
        found = None  # ...and the address said invalid right after our sender was named ("MAIL FROM: Die Adresse ...")
    return found


# Speed: the main-clause searches are asked of every reply no other absence wording matched, and most replies hold
# none of the words a match needs (guard.Worded: the same matches, skipped where none is).
_MAIN_GONE_SEEN = guard.Worded(_MAIN_GONE)
_OUR_MAIN_GONE_SEEN = guard.Worded(_OUR_MAIN_GONE)
