"""The recipient's absence told in a PAST or IMPERFECT tense (review 173): the one home of these forms.

A server or relay that narrates its attempt, or a site's own reply text (Postfix access(5) "REJECT optional text", in
the site's language and tense), says the absence in the past: "the mailbox didn't exist", "the address never existed",
"die Empfängeradresse existierte nicht", "das Postfach gab es nicht mehr", "het adres bestond niet", "l'adresse
n'existait pas", "n'a pas été trouvée", "la dirección no existía", "o endereço não existia", "adres nie istniał", "адрес
не существовал", "ящик не был найден", "adressen fanns inte", "宛先が存在しなかったため". Exchange's classic NDR ("The
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

WORDS = (
    # English: the contraction ("did not exist" holds lexicon's "not exist"), and "never existed".
    r"did ?n[o']t exist|never existed|"
    # German, Dutch.
    r"existierten? nicht|bestond(?:en)? niet|"
    # ...and "gab es nicht (mehr)" only at its clause's end: "gab es nicht genug Speicherplatz" is a full mailbox.
    r"gab es nicht(?: mehr)?(?= *(?:[.;,:!)|]|$))|"
    # French: the imperfect, and the perfect passive of "find" ("n'a pas été trouvée", "n'ont pas été trouvés").
    r"n'existai(?:t|ent) (?:pas|plus)|n'a jamais exist(?:é|e)|n'(?:a|ont) pas (?:é|e)t(?:é|e) trouv(?:é|e)e?s?|"
    # Spanish, Portuguese: the imperfect and the preterite.
    r"no exist(?:í|i)an?\b|no existi(?:ó|o)|nunca existi(?:ó|o)|n(?:ã|a)o existiam?\b|nunca existiu|"
    # Polish, Russian, Ukrainian, Czech.
    r"nie istnia(?:ł|l)(?:a|o|y)?|не существовал(?:а|о|и)?|не был(?:а|о|и)? найден\w{0,2}|не існував\w{0,2}|"
    r"neexistoval(?:a|o|y)?|"
    # Swedish, Danish, Norwegian.
    r"fanns (?:inte|ej)(?! (?:tillr(?:ä|a)ckligt|nog|plats|utrymme))|fandtes ikke|fantes ikke|"
    # Japanese's plain past ("存在しなかったため", "見つからなかった"): the polite past holds "存在しません".
    r"存在しなかった|見つからなかった"
)


# The German and Dutch past with the verb BEFORE its subject, as a narrative writes it ("Als wir zustellen wollten,
# existierte die Adresse nicht", "Toen we probeerden af te leveren, bestond het adres niet"): WORDS' "existierte nicht"
# holds no noun between (review 170). Only after a noun of the recipient's address, mailbox, account or user, never our
# sender's ("Die Absenderadresse existierte nicht": lexicon's check). verb_final.recipient_gone asks it.
_GERMANIC_NOUN = (r"(?<![\w-])(?!absender|afzender|sender)[\w-]*(?:adresse|empf(?:ä|ae)nger|postfach|konto|benutzer"
                  r"|mailbox|adres|ontvanger|gebruiker|postbus|account)[\w-]*")
_VERB_FIRST = re.compile(rf"\b(?:existierten?|bestond(?:en)?)\s+(?:(?:die|der|das|dieses?|diese|het|de|dit|deze)\s+)?"
                         rf"{_GERMANIC_NOUN}\s+(?:(?!absender|afzender|sender)[\w-]+\s+){{0,2}}?(?:nicht|niet)\b")
# Speed: asked of the replies no other absence wording matched (guard.Worded: the same matches, skipped where none is).
_VERB_FIRST_SEEN = guard.Worded(_VERB_FIRST)


def recipient_gone(text: str) -> re.Match[str] | None:
    """The recipient's absence told in the past, its verb first, in lowercase `text`, if any."""
    return _VERB_FIRST_SEEN.search(text)
