"""The recipient's address said to have CHANGED, or the person said to have moved, in an admin's own refusal text
(review moves59: Exim's ':fail: <text>', Postfix's access(5) 'REJECT <text>', qmail's bouncesaying, a mail flow
rule's explanation): "Bo Lindqvist has changed his address to ...", "Diese E-Mail-Adresse hat sich geändert", "Jana
Keller ist umgezogen", "l'adresse de ... a changé", "la dirección de correo ... ha cambiado", "questo indirizzo è
cambiato", "dit adres is gewijzigd" / "is verhuisd naar", "o endereço de ... mudou", "adres e-mail ... uległ zmianie".
The taxonomy's `hasmoved` (the mailbox moved, the server does not forward): `departures.gone` reads this table beside
its leavers, so only in a refusal for good whose status says nothing more specific, never a delay or a 4xx still
retried, never an auto-reply (an away text "my address has changed to ..." is no bounce), and with departures' guards
(our sender named in the clause, a machine just before the words, a condition or a denial).

Only a person's or the recipient's own address: not an IP address ("IP-Adresse hat sich geändert", "adresse IP"), not
a server's or a host's ("l'adresse du serveur a changé": no "du" / "des" / "of the" before the name), not ours (no
"your" / "votre" / "Ihre" among the owners)."""

from __future__ import annotations

import re

# Whose address (English): this one, the recipient's, a person's pronoun; a name is read in its other languages' "de
# <Name>" shape only (an English "<Name>'s" may be a server's or a sender's).
_EN_OWNER = r"(?:this|the recipient'?s?|his|her|their)"
# A first and a last name after the language's "of" word, in lower case (the text comes lowercased).
_NAME = r"(?:[\w'-]+ (?:[\w'-]+ )?)"
# A place or a machine that moved is none of a person's (an office, a company, a server; "unser Büro ist umgezogen").
_NOT_A_PLACE = r"(?<!server )(?<!host )(?<!dienst )(?<!service )"

CHANGED = re.compile(
    r"\b(?:has|have|had) changed (?:his|her|their) (?:e-?mail )?address\b"
    rf"|\b{_EN_OWNER} (?:e-?mail )?address (?:has|was|had) (?:been )?changed\b"
    # German: the address changed; the person moved house or office.
    r"|(?<!ip-)(?<!ip )\b(?:e-?mail-?)?adresse (?:[\w-]+ ){0,3}hat sich ge(?:ä|ae)ndert\b"
    rf"|{_NOT_A_PLACE}(?<!sitz )(?<!büro )(?<!firma )(?<!unternehmen )(?<!kanzlei )(?<!praxis )\bist umgezogen\b"
    # French.
    rf"|\badresse (?:électronique |e-?mail |mail |de messagerie )?(?:de {_NAME})?a changé"
    # Spanish.
    rf"|\bdirección (?:de correo (?:electrónico )?|de e-?mail |electrónica )?(?:de {_NAME})?ha cambiado"
    # Italian.
    rf"|\bindirizzo (?:e-?mail |di posta (?:elettronica )?)?(?:di {_NAME})?è (?:stato )?cambiato"
    # Dutch: the address changed; the person moved ("is verhuisd naar").
    rf"|(?<!ip-)(?<!ip )\b(?:e-?mail)?adres (?:van {_NAME})?is gewijzigd\b"
    rf"|{_NOT_A_PLACE}(?<!kantoor )(?<!bedrijf )(?<!vestiging )(?<!winkel )\bis verhuisd\b"
    # Portuguese.
    rf"|\bendereço (?:de e-?mail |eletrónico |eletrônico )?(?:de {_NAME})?mudou\b"
    # Polish: "adres (e-mail) Anny Nowak uległ zmianie" (the owner in the genitive, no "of" word).
    rf"|\badres (?!ip\b)(?:e-?mail )?{_NAME}?uległ zmianie"
)
