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

# The conjunctions that open a cause or a statement, not one denied ("nicht weil", "niet omdat").
_BECAUSE = r"(?<!nicht )(?<!niet )\b(?:weil|da|dass|daß|zumal|omdat|doordat|aangezien|dat)\s"
_ARTICLE = r"(?:(?:der|die|das|diese[rs]?|de|het|deze|dit|dat)\s)?"
# The recipient's nouns; a German compound's head only after "Empfänger" / "Ziel" ("Empfängeradresse").
_NOUN = (r"(?:(?:empf(?:ä|ae)nger|ziel)-?(?:adresse|postfach|konto)|empf(?:ä|ae)nger(?:in)?|benutzer(?:in)?|nutzer|"
         r"e-?mail-?adresse|adresse|postfach|konto|mailbox|account|"
         r"ontvanger|gebruiker|e-?mail-?adres|mailadres|adres|postbus|postvak)")
# "des Empfängers", "van de ontvanger", an address in angle brackets or bare, "hier" / "bei uns" / "op deze server".
_AFTER_NOUN = (r"(?:\s(?:des|der) (?:empf(?:ä|ae)ngers?|empf(?:ä|ae)ngerin|benutzers|nutzers|adressaten)"
               r"|\svan de (?:ontvanger|gebruiker|geadresseerde))?(?:\s<?[^\s@<>]{1,64}@[^\s@<>]{1,255}>?)?"
               r"(?:\s(?:hier|bei uns|auf diesem server|hier niet|op deze server))?\s")
# The absence or deletion, verb last. "Nicht gefunden werden konnte" too; not "gelöscht wird / werden soll" (a schedule).
_GONE = (r"(?:nicht (?:mehr )?(?:existiert|vorhanden ist|bekannt ist|gültig ist|vergeben ist)|unbekannt ist"
         r"|nicht gefunden (?:wurde|werden konnte)|gel(?:ö|oe)scht (?:wurde|worden ist|ist)"
         r"|niet (?:meer )?bestaat|niet (?:meer )?bekend is|onbekend is|niet (?:is|werd) gevonden|niet gevonden (?:is|werd)"
         r"|(?:is|werd) verwijderd|verwijderd (?:is|werd))(?![\w-])")
RECIPIENT_GONE = re.compile(
    _BECAUSE + _ARTICLE + rf"(?<![\w-]){_NOUN}(?![\w-]){_AFTER_NOUN}{_GONE}"
    # Turkish: the participle of "not being present" before its cause word ("Alıcı adresi mevcut olmadığı için").
    r"|\b(?:al(?:ı|i)c(?:ı|i)|kullan(?:ı|i)c(?:ı|i)|adres|hesap)\w{0,4}\s(?:[\w.@-]{1,80}\s)?(?:mevcut|kay(?:ı|i)tl(?:ı|i))"
    r" olmad(?:ı|i)(?:ğ|g)(?:ı|i)\w{0,3} (?:i(?:ç|c)in|nedeniyle)")

# The recipient's DOMAIN so said: hostunknown ("da die Domain nicht existiert", "omdat het domein niet bestaat").
DOMAIN_GONE = re.compile(
    _BECAUSE + _ARTICLE + r"(?:(?:empf(?:ä|ae)nger|ziel)-?)?(?:domain|dom(?:ä|ae)ne|domein)(?![\w-])"
    r"(?:\s(?:des|der) empf(?:ä|ae)ngers?|\svan de (?:ontvanger|geadresseerde))?(?:\s[a-z0-9.-]{1,253}\.[a-z]{2,63})?\s"
    r"(?:nicht (?:mehr )?existiert|nicht gefunden (?:wurde|werden konnte)|unbekannt ist|nicht aufgel(?:ö|oe)st werden"
    r" (?:kann|konnte)|niet (?:meer )?bestaat|onbekend is|niet (?:is|werd) gevonden|niet gevonden (?:is|werd))(?![\w-])")

# OUR sender so said: "weil Ihre Absenderadresse nicht existiert", "da Ihre Domain unbekannt ist", "omdat uw
# afzenderadres niet bestaat" (the sender's scope, taxonomy §7; review 134's "da Ihre Domain nicht existiert").
OUR_SENDER_GONE = re.compile(
    _BECAUSE + r"(?:(?:ihre?|uw|die|der|das|de|het)\s)?(?:(?:absender|afzender)[\w-]*"
    r"|(?<=ihre )(?:e-?mail-?)?adresse|(?<=ihre )(?:domain|dom(?:ä|ae)ne)|(?<=uw )(?:e-?mail-?)?adres|(?<=uw )domein"
    # ...or the sender's by a genitive ("die Adresse des Absenders", "het adres van de afzender").
    r"|(?:(?:e-?mail-?)?adresse|domain|dom(?:ä|ae)ne) des absenders|(?:e-?mail-?)?adres van de afzender"
    r"|domein van de afzender)"
    r"(?:\svan de afzender)?(?:\s<?[^\s<>]{1,320}>?)?\s"
    r"(?:nicht (?:mehr )?existiert|unbekannt ist|nicht (?:mehr )?bekannt ist|nicht gefunden wurde|niet (?:meer )?bestaat"
    r"|onbekend is|niet (?:meer )?bekend is)(?![\w-])")


# A condition, a question or a concession the clause hangs on, earlier in its sentence ("Falls Sie diese Meldung
# erhalten, weil die Adresse nicht existiert, ...", "Als u dit bericht krijgt omdat het adres niet bestaat, ...": a
# help line, no statement about this recipient).
# German "als" is "as" / "than" ("als Spam eingestuft"): only Dutch "als u / als het" counts. Also departures' German,
# Dutch and English deletions ("ob das Postfach gelöscht wurde", "if the mailbox was deleted"; review 141).
HEDGED = re.compile(r"\b(?:falls|wenn|sofern|ob|obwohl|als (?:u|je|jij|het|dit|deze|de)|indien|mocht|tenzij|if|whether)\b"
                    r"(?:[^.;!?\n|]|\.(?=\S))*$")
# ...or a cause only supposed ("Es ist möglich, dass ...", "vielleicht weil ...", "mogelijk omdat ..."), as lexicon reads
# "may / might not exist" (round four of review 141: false hards).
# Not "Zustellung nicht möglich" (delivery impossible: a bounce's own heading).
_SUPPOSED = re.compile(r"\b(?:(?<!nicht )m(?:ö|oe)glich\w*|vielleicht|eventuell|vermutlich|wahrscheinlich|mogelijk\w*|misschien"
                       r"|eventueel|wellicht|waarschijnlijk|vermoedelijk)\b(?:[^.;!?\n|]|\.(?=\S))*$")
_WORDS = ("weil", "da ", "dass", "daß", "zumal", "omdat", "doordat", "aangezien", "dat ", "için", "icin", "nedeniyle")


def _stated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pattern`'s first match in lowercase `text` that no condition, question, concession or supposition governs."""
    if not any(w in text for w in _WORDS):
        return None
    for m in pattern.finditer(text):
        if HEDGED.search(text, 0, m.start()) is None and _SUPPOSED.search(text, 0, m.start()) is None:
            return m
    return None


def recipient_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying the recipient's mailbox or address is missing or deleted."""
    return _stated(RECIPIENT_GONE, text)


def domain_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying the recipient's domain does not exist."""
    return _stated(DOMAIN_GONE, text)


def our_sender_gone(text: str) -> re.Match[str] | None:
    """The verb-final clause of lowercase `text` saying OUR sender's address or domain does not exist."""
    return _stated(OUR_SENDER_GONE, text)
