"""The recipient's absence TOLD IN THE PAST: the Romance imperfect ("La dirección del destinatario no existía", "L'adresse
n'existait pas", "O endereço não existia") and the German and Dutch simple past ("Als wir zustellen wollten, existierte
die Adresse nicht", "Toen we probeerden af te leveren, bestond het adres niet"). A server telling what it found when it
tried this message states the absence as surely as the present does; lexicon knows the present forms ("no existe",
"n'existe pas", "existiert nicht", "bestaat niet") and Italian's "non esisteva", so these read onhold under a bare 550
(review 166's judged rows, review 170's false softs).

Only after a noun of the recipient's address, mailbox, account or user, or (German, Dutch) the past verb right before
such a noun. A condition around them is cause_clauses' (its `_ABSENCE` holds the same forms, so "Cuando la dirección no
existía se devolvía el mensaje" under a policy refusal stays a condition); our sender's address is lexicon's check.
All lowercase."""

from __future__ import annotations

import re

from classifier import guard

_ROMANCE_NOUN = (r"(?:destinatari[oa]|destinat(?:á|a)ri[oa]|destinataire|direcci(?:ó|o)n|adresse|indirizzo"
                 r"|endere(?:ç|c)o|cuenta|compte|account|conta|buz(?:ó|o)n|bo(?:î|i)te|casella|caixa|usuari[oa]"
                 r"|utilisateur|utente|usu(?:á|a)ri[oa]|mailbox)")
_GERMANIC_NOUN = (r"(?<![\w-])(?!absender|afzender|sender)[\w-]*(?:adresse|empf(?:ä|ae)nger|postfach|konto|benutzer"
                  r"|mailbox|adres|ontvanger|gebruiker|postbus|account)[\w-]*")
# ...not our sender's ("La dirección del remitente no existía", "Die Absenderadresse existierte nicht": review 170's
# controls, read the recipient's).
_NOT_SENDER = r"(?:(?!remitente|exp(?:é|e)diteur|mittente|remetente|sender|absender|afzender)[^.;:!?\n])"
PAST_GONE = re.compile(
    # Spanish, French, Italian, Portuguese: the noun, a few words, the imperfect denied.
    rf"\b{_ROMANCE_NOUN}\b{_NOT_SENDER}{{0,40}}?(?:\b(?:ya )?no exist(?:í|i)an?\b|\bn'existai(?:en)?t (?:pas|plus)\b"
    r"|\bnon esistev(?:a|ano)\b|\b(?:j(?:á|a) )?n(?:ã|a)o existiam?\b)"
    # German, Dutch: the past verb before its subject ("existierte die Adresse nicht", "bestond het adres niet") or after
    # it ("die Adresse existierte nicht", "het adres bestond niet").
    rf"|\b(?:existierten?|bestond(?:en)?)\s+(?:(?:die|der|das|dieses?|diese|het|de|dit|deze)\s+)?"
    rf"{_GERMANIC_NOUN}\s+(?:(?!absender|afzender|sender)[\w-]+\s+){{0,2}}?(?:nicht|niet)\b"
    rf"|{_GERMANIC_NOUN}\s+(?:existierten?|bestond(?:en)?)\s+(?:[\w-]+\s+)?(?:nicht|niet)\b")


def recipient_gone(text: str) -> re.Match[str] | None:
    """The recipient's absence told in the past in lowercase `text`, if any."""
    return _PAST_GONE_SEEN.search(text)


# Speed: asked of the replies no other absence wording matched (guard.Worded: the same matches, skipped where none is).
_PAST_GONE_SEEN = guard.Worded(PAST_GONE)
