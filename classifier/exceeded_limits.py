"""A limit exceeded beside a mailbox's noun that is no full mailbox: German "überschritten", Dutch "overschreden" and
Polish "przekroczon-" (`classifier.mailbox_states._EXCEEDED`) pair with any box noun within forty characters, so a
sentence about a TIME limit ("Das Zeitlimit für die Zustellung an das Postfach wurde überschritten", "De tijdslimiet
voor aflevering aan de postbus is overschreden", "Przekroczono limit czasu połączenia ze skrzynką") or the MESSAGE's
size ("Die Nachricht überschreitet die maximale Größe für dieses Postfach", "Maximale berichtgrootte voor deze mailbox
overschreden", "Przekroczony maksymalny rozmiar wiadomości dla skrzynki") read a full mailbox (review leftovers66: six
rows under 5.4.7, 5.4.2 and 5.3.4 read mailboxfull; soft either way, the reason wrong). `NotOtherLimit` wraps
`mailbox_states.MAILBOX_FULL`'s search: a match made by one of these three verbs is dropped where its clause names a
time limit or the message's size and no store of the box (quota, Kontingent, Speicher, quotum, opslag, pojemność,
kwota: "Speicherplatz des Postfachs überschritten" stays full). Audit66b: nor the BOX's own size or size limit
("Postfachgröße", "Größenlimit des Postfachs", "mailboxgrootte", "rozmiar skrzynki") and no message in the box's compound
("E-Mail-Postfach"); a time-out also said with "Wartezeit", "time-out", "czas odpowiedzi"."""

from __future__ import annotations

import re

# The three verbs whose pairing is loose (English, French, Turkish, Swedish are narrowed in mailbox_states itself).
_LOOSE_VERB = re.compile(r"(?:ü|ue|u)berschr|overschr|przekrocz")
# A time limit or the message's size, as each language names it: German "Zeitlimit", "Zeitüberschreitung",
# "Größenlimit", "Nachrichtengröße", a message's noun with its size ("Nachricht ... Größe", "zu groß"); Dutch
# "tijdslimiet", "berichtgrootte", "bericht ... grootte / te groot"; Polish "limit czasu", "czas połączenia / doręczenia",
# "rozmiar wiadomości", "wiadomość ... rozmiar / za duża".
_GROSS = r"gr(?:ö|oe|o)(?:ß|ss)"
_OTHER_LIMIT = re.compile(
    rf"zeitlimit|zeit(?:ü|ue|u)berschreitung|{_GROSS}enlimit|{_GROSS}enbeschr(?:ä|ae|a)nkung|nachrichten{_GROSS}e|"
    # (Audit66b: not the "E-Mail" of a compound, "Das E-Mail-Postfach hat seine maximale Größe überschritten": full.)
    # (Audit67: nor the open spelling "Das E-Mail Postfach hat seine maximale Größe überschritten", ebblogs.de's.)
    rf"\b(?:nachricht|e-mail)\w{{0,2}}\b(?!-|\s+postf)[^.;!?|]{{0,30}}?(?:{_GROSS}e\b|zu gro(?:ß|ss))|"
    # Audit66b: a time-out said otherwise ("Die maximale Wartezeit für die Zustellung an das Postfach wurde
    # überschritten", "Time-out overschreden bij aflevering aan de postbus", "Przekroczono czas odpowiedzi serwera
    # skrzynki"): each read full.
    r"wartezeit|zustell(?:zeit|dauer)|\btime-?out|\bczas\w{0,2} odpowiedzi|"
    r"\btijd(?:s)?limiet|berichtgrootte|grootte van het bericht|\bbericht\w{0,2}\b[^.;!?|]{0,30}?(?:grootte|te groot)|"
    r"\blimit\w{0,2} czasu|\bczas\w{0,2} (?:po(?:ł|l)(?:ą|a)czenia|dor(?:ę|e)czenia|oczekiwania)|"
    r"\brozmiar\w{0,2} wiadomo|\bwiadomo(?:ść|sc|ści|sci)\b[^.;!?|]{0,30}?(?:rozmiar|za du(?:ż|z))"
)
# The box's own store named in the clause: the full mailbox is said after all. Audit66b: also the BOX's size or size
# limit, a compound or the box in the genitive ("Postfachgröße", "Größenlimit des Postfachs", "maximale mailboxgrootte",
# "grootte van de mailbox", "rozmiar skrzynki"): mittwald.de's "Postfachgröße", renaissance.nl's "de grootte van uw
# mailbox", konto.pl's "przekroczona powierzchnia skrzynki" name the box's size so; each read onhold under a bare 550.
# Audit67: also hyphenated ("Postfach-Größe", "mailbox-grootte") and German's "die Mailbox" in the genitive ("Größe der
# Mailbox"): each read onhold under a bare 550.
_BOX_SIZE = (rf"(?:postfach|mailbox|postbus|postvak)\w{{0,2}}-?(?:{_GROSS}e|grootte|limiet|limit)|"
             rf"{_GROSS}e(?:n(?:limit|beschr(?:ä|ae|a)nkung))?\s+(?:(?:des|ihres|seines|eines)\s+(?:e-mail[- ])?postfach"
             r"|(?:der|ihrer|seiner|einer)\s+mailbox)|"
             r"(?:grootte|limiet) van (?:de|uw|het|je) (?:mailbox|postbus|postvak)|"
             r"(?:rozmiar|limit)\w{0,2} (?:rozmiaru )?skrzynk")
_STORE = re.compile(rf"quot|kontingent|speicher|opslag|pojemno|kwot|{_BOX_SIZE}")
_STORE_WORD = re.compile(r"quot|kontingent|speicher|opslag|pojemno|kwot")
# Audit67b: the box's size or limit said FOR or PER an (incoming) message or attachment is the message's limit ("maximale
# Größe der Mailbox für eingehende Nachrichten", "Postfach-Limit für Anhänge", "mailbox-limiet per bericht"): each read
# full, the message too big; the box's own store word still says full.
_PER_MESSAGE = re.compile(r"\b(?:f(?:ü|ue|u)r|pro|je|per|voor)\s+(?:(?:eingehende|inkomende|jede|elke|ein|een)\w{0,2}\s+)?"
                          r"(?:nachricht|e-mail|anh(?:ä|ae|a)ng|bericht|bijlage)")
_CLAUSE_END = re.compile(r"[.;!?|]")


def _clause(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding [start, end): from the last stop before it to the first after it."""
    before = max(text.rfind(c, 0, start) for c in ".;!?|")
    after = _CLAUSE_END.search(text, end)
    return text[before + 1:after.start() if after else len(text)]


class NotOtherLimit:
    """`full.search(text)` without the matches a loose 'exceeded' makes in a clause about a time limit or the message's
    size (a later match in the text still counts). Read by `classifier.wording` as any table pattern (`search`)."""

    __slots__ = ("full",)

    def __init__(self, full) -> None:
        self.full = full

    def search(self, text: str):
        found = self.full.search(text)
        offset = 0
        while found is not None and _LOOSE_VERB.search(found.group()):
            clause = _clause(text, offset + found.start(), offset + found.end())
            per_message = _PER_MESSAGE.search(clause) is not None
            if not (per_message or _OTHER_LIMIT.search(clause)) or (
                    _STORE_WORD.search(clause) if per_message else _STORE.search(clause)):
                break
            offset += found.end()
            found = self.full.search(text[offset:])
        return found
