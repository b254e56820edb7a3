"""The recipient's absence told in a PAST or IMPERFECT tense (review 173): the one home of these forms.

A server or relay that narrates its attempt, or a site's own reply text (Postfix access(5) "REJECT optional text", in
the site's language and tense), says the absence in the past: "the mailbox didn't exist", "the address never existed",
"die Empfängeradresse existierte nicht", "das Postfach gab es nicht mehr", "het adres bestond niet", "l'adresse
n'existait pas", "n'a pas été trouvée", "la dirección no existía", "o endereço não existia", "adres nie istniał", "адрес
не существовал", "ящик не был найден", "adressen fanns inte", "宛先が存在しなかったため". And the Scandinavian
subordinate order in both tenses, "eftersom adressen inte fanns / finns" (review 179). Exchange's classic NDR ("The
recipient's e-mail address was not found in the recipient's e-mail system") and Exchange Online's ("<user> wasn't
found at <domain>") narrate the lookup in the past too. lexicon's present forms matched only where the past holds
them as a prefix ("non esisteva", "存在しませんでした", "was not found", "did not exist"); the others read onhold under a
bare 550 (review 166's judged rows; review 173: 35 false softs, a dead address kept mailed).

Read where the present forms are: lexicon's absence words (`_ABSENT`: the recipient's and, by the same shape, our
sender's said missing) and cause_clauses' (`_ABSENCE`: the same words under a condition are no statement, "Si l'adresse
n'existait pas, ...", "宛先が存在しなかった場合は"). Only the negated forms: "existierte, war aber voll" (it existed)
says nothing missing. All lowercase."""

from __future__ import annotations

import re

from classifier import guard

# The words that only suppose ("vermutlich", "waarschijnlijk", "sans doute", "probablement"; review 179; review 182:
# "womöglich", "anscheinend", "scheinbar", "mutmaßlich", "angeblich", "mogelijkerwijs", Duden / Van Dale: false hards
# under 5.7.1).
_MAYBE = (r"vermutlich|m(?:ö|oe)glicherweise|wahrscheinlich|vielleicht|wohl|eventuell|waarschijnlijk|misschien|mogelijk"
          r"|wellicht|vermoedelijk|eventueel|sans doute|probablement|vraisemblablement|possiblement|peut-(?:ê|e)tre"
          r"|wom(?:ö|oe)glich|anscheinend|scheinbar|mutma(?:ß|ss)lich|angeblich|mogelijkerwijs|denkelijk")

WORDS = (
    # English: the contraction ("did not exist" holds lexicon's "not exist"), and "never existed".
    r"did ?n[o']t exist|never existed|no longer existed|"  # (review 174: "the mailbox no longer existed")
    # German, Dutch; review 174: a few words between ("existierte leider nicht", "existierte zum Zeitpunkt der Zustellung
    # nicht mehr", "bestond helaas niet": false softs), never across a comma or a "but / and / or".
    # (Review 177: those words whole, not a prefix: "existierte offenbar / endgültig nicht", "bestond officieel niet"
    # read onhold, false softs; and "doch / denn / want" open a clause too, but the particle "existierte doch nicht".)
    # (Review 179: nor a word that only SUPPOSES, "existierte vermutlich / möglicherweise / wohl nicht mehr", "bestond
    # waarschijnlijk / misschien niet": as lexicon reads "may not exist", and verb_final's _POSSIBLY; false hards under
    # 5.7.1.)
    r"existierten? (?:(?!(?:aber|sondern|und|oder|jedoch|denn|maar|en|of|want|" + _MAYBE + r")\b|doch (?!nicht\b))"
    r"[\w-]+ ){0,5}?nicht|"
    r"bestond(?:en)? (?:(?!(?:aber|sondern|und|oder|jedoch|denn|maar|en|of|want|" + _MAYBE + r")\b|doch (?!niet\b))"
    r"[\w-]+ ){0,5}?niet|"
    # ...and "gab es nicht (mehr)" only at its clause's end: "gab es nicht genug Speicherplatz" is a full mailbox.
    r"gab es nicht(?: mehr)?(?= *(?:[.;,:!)|]|$))|"
    # French: the imperfect, and the perfect passive of "find" ("n'a pas été trouvée", "n'ont pas été trouvés").
    # (Review 174: an adverb between, "n'existait malheureusement plus".)
    # (Review 177: any two words inside "ne ... pas / plus", "n'existait déjà / hélas plus", "n'existait tout simplement
    # pas": false softs; not "n'existait que", only existed.)
    # (Review 179: a word with an apostrophe too, "n'existait d'ailleurs plus" (a false soft); not one that supposes,
    # "n'existait sans doute / probablement plus": "sans doute" is "probably" (hitcf.com), false hards under 5.7.1.)
    r"n'existai(?:t|ent) (?:(?!que\b|" + _MAYBE + r")[a-zà-ÿ']+ ){0,3}(?:pas|plus)|n'a jamais exist(?:é|e)|"
    r"n'(?:a|ont) pas (?:é|e)t(?:é|e) trouv(?:é|e)e?s?|"
    # Spanish, Portuguese: the imperfect and the preterite.
    r"no exist(?:í|i)an?\b|no existi(?:ó|o)|nunca existi(?:ó|o)|n(?:ã|a)o existiam?\b|nunca existiu|"
    # Polish, Russian, Ukrainian, Czech (review 174: Ukrainian's past is "існував / існувала / існувало / існували",
    # not "існував" + ending: "Адреса одержувача не існувала" read onhold, our sender's the recipient's).
    r"nie istnia(?:ł|l)(?:a|o|y)?|не существовал(?:а|о|и)?|не был(?:а|о|и)? найден\w{0,2}|не існува(?:в|ла|ло|ли)\b|"
    r"neexistoval(?:a|o|y)?|"
    # Swedish, Danish, Norwegian.
    r"fanns (?:inte|ej|aldrig)(?! (?:tillr(?:ä|a)ckligt|nog|plats|utrymme))|fandtes ikke|fantes ikke|"
    # (Review 182: and "aldrig / aldri", never, in both orders: "eftersom adressen aldrig fanns": read onhold.)
    # (Review 179: and a subordinate clause's order, the negation BEFORE the verb (the BIFF rule: "eftersom mottagarens
    # adress inte fanns", "fordi modtagerens adresse ikke fandtes / fantes"; elon.io): read onhold, false softs; its
    # present too, one home for the order ("eftersom mottagarens adress inte finns"; lexicon knows the main clause's
    # "finns inte"); not "det inte fanns tillräckligt utrymme", a full mailbox.)
    r"(?:inte|ej|ikke|aldrig|aldri) (?:l(?:ä|a)ngre |lenger |l(?:æ|ae)ngere )?"
    r"(?:fanns|fandtes|fantes|finns|findes|finnes)\b"
    r"(?! (?:tillr(?:ä|a)ckligt|nog|n(?:o|ø)k|plats|plads|plass|utrymme|lagerplads|lagringsplass))|"
    # Japanese's plain past ("存在しなかったため", "見つからなかった"): the polite past holds "存在しません".
    r"存在しなかった|見つからなかった"
)


# The German and Dutch past with the verb LAST, after "weil / da / omdat" ("weil die Adresse nicht existierte", "omdat het
# adres niet bestond"): verb_final's clauses (review 174: read onhold, false softs).
# Review 177: an adverb before the negation that states, never one that supposes ("weil die Empfängeradresse leider nicht
# existierte", "da das Postfach bereits nicht mehr existierte", "omdat het adres helaas niet meer bestond": false softs;
# "weil die Adresse wohl nicht existierte" stays supposed).
# (Review 179: and the ones that say "at all", "long since", "simply", "at that time", up to two: "weil die Adresse gar /
# überhaupt nicht existierte", "da das Postfach längst nicht mehr existierte", "omdat het adres helemaal / gewoon niet
# bestond", "zu diesem Zeitpunkt": false softs.)
VERB_LAST = (r"(?:(?:leider|bereits|schon|offenbar|offensichtlich|damals|inzwischen|mittlerweile|auch|helaas|al|reeds"
             r"|inmiddels|kennelijk|blijkbaar|ook|toen|gar|(?:ü|ue)berhaupt|l(?:ä|ae)ngst|einfach|tats(?:ä|ae)chlich"
             r"|wirklich|seit langem|zu diesem zeitpunkt|zum zeitpunkt der zustellung|helemaal|allang|al lang|gewoon"
             r"|eenvoudigweg|simpelweg|echt|werkelijk|op dat moment|toen al"
             # (Review 182: "seit Jahren", "nämlich", "ganz (einfach)", "al jaren": false softs.)
             r"|seit (?:jahren|monaten|wochen)|n(?:ä|ae)mlich|ganz|(?:al )?(?:jaren|maanden|weken)) ){0,2}"
             r"(?:nicht (?:mehr )?existierten?|niet (?:meer )?bestond(?:en)?)")

# The German and Dutch past with the verb BEFORE its subject, as a narrative writes it ("Als wir zustellen wollten,
# existierte die Adresse nicht", "Toen we probeerden af te leveren, bestond het adres niet"): WORDS' "existierte nicht"
# holds no noun between (review 170). Only after a noun of the recipient's address, mailbox, account or user, never our
# sender's ("Die Absenderadresse existierte nicht": lexicon's check). verb_final.recipient_gone asks it.
# Review 174: Swedish, Danish and Norwegian too ("När vi försökte leverera fanns mottagarens adress inte": onhold).
_GERMANIC_NOUN = (r"(?<![\w-])(?!absender|afzender|sender|avs(?:ä|a)ndar|afsender|avsender)[\w-]*(?:adresse|empf(?:ä|ae)nger"
                  r"|postfach|konto|benutzer|mailbox|adres|ontvanger|gebruiker|postbus|account|mottagar|modtager|mottaker"
                  r"|brevl(?:å|a)d|postkasse|anv(?:ä|a)ndar|bruger|bruker)[\w-]*")
_VERB_FIRST = re.compile(rf"\b(?:existierten?|bestond(?:en)?|fanns|fandtes|fantes)\s+(?:(?:die|der|das|dieses?|diese|het|de"
                         rf"|dit|deze|den|det)\s+)?{_GERMANIC_NOUN}\s+(?:(?!absender|afzender|sender)[\w-]+\s+){{0,2}}?"
                         rf"(?:nicht|niet|inte|ej|ikke)\b")
# ...but a sentence OPENING with the verb is a condition ("Existierte die Empfängeradresse nicht, wurde die Nachricht
# zurückgesandt", "Bestond het adres niet, dan ...", "Fanns adressen inte, returnerades ...": if it did not exist; or a
# question), no statement (review 174: a false hard under 5.7.1). A narrative puts its own clause first ("Als wir ...,
# existierte ..."). The sentence opens at the text's start, after a stop, or after a reply code.
_OPENS = re.compile(r"(?:^|[.;:!?]\s+|\b[245]\d\d(?:[ -][245]\.\d{1,3}\.\d{1,3})?\s+)$")
# Speed: asked of the replies no other absence wording matched (guard.Worded: the same matches, skipped where none is).
_VERB_FIRST_SEEN = guard.Worded(_VERB_FIRST)


def recipient_gone(text: str) -> re.Match[str] | None:
    """The recipient's absence told in the past, its verb first, in lowercase `text`, if any (not a sentence opening
    with it: a condition)."""
    for m in _VERB_FIRST_SEEN.finditer(text):
        if _OPENS.search(text, max(0, m.start() - 20), m.start()) is None:
            return m
    return None
