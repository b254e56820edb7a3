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
"your" / "votre" / "Ihre" among the owners).

Audit 60 (20 false hards): the other languages' "your" before the noun ("Ihre E-Mail-Adresse hat sich geändert",
"votre adresse", "su / tu dirección", "il tuo indirizzo", "uw e-mailadres", "o seu endereço", "twój adres": OUR
sender's address, a recipient side's allow list refusing it), a name slot that is a determiner's noun phrase or one
word ("l'adresse de notre serveur", "la dirección de nuestro servidor", "l'indirizzo di questo server", "het adres van
de server", "l'indirizzo di Milano", "la dirección de Valencia": a person's name is a first and a last name), German's
words between the noun and the verb naming a machine or ours ("die Adresse des Mailservers / unseres Büros"), a move of
the mail to a server ("mudou de servidor", "verhuisd naar een nieuwe server": a migration), and the bare move verbs
("ist umgezogen", "is verhuisd"), whose subject the lowercased text cannot tell a person from an office, a branch, a
mailbox or a place ("die Filiale Hamburg ist umgezogen", "vestiging Den Haag is verhuisd", "das Postfach ist
umgezogen" on a domain's old MX): those only where the same sentence goes on to the person's new e-mail address or
says they are no longer reachable ("Jana Keller ist umgezogen und ... nicht mehr erreichbar", "Piet Jansen is verhuisd
naar ...: piet.jansen@halden.no"). A reply that invites a retry ("bitte später erneut versuchen", a 4xx given up)
says nothing is gone for good.

Audit 61: an office's, a branch's or a company's noun first in the name slot ("het adres van kantoor Utrecht", "l'adresse
de Groupe Roche": two false hards on an old MX) is no person; "de votre correspondant / destinataire" is the person
written to; "bei / bij einem / een anderen Unternehmen / bedrijf" goes to another employer as "zu" / "naar" does."""

from __future__ import annotations

import re

# Whose address (English): this one, the recipient's, a person's pronoun; a name is read in its other languages' "de
# <Name>" shape only (an English "<Name>'s" may be a server's or a sender's).
_EN_OWNER = r"(?:this|the recipient'?s?|his|her|their)"
# A first and a last name after the language's "of" word, in lower case (the text comes lowercased): two words, the
# first no article, determiner or possessive ("de notre serveur", "di questo server", "van de server", "de la
# oficina"), neither a machine; one word is a place as often as a person ("di Milano", "de Valencia": audit 60).
# An office, a branch, a company or a department, named by its noun first ("het adres van kantoor Utrecht", "l'adresse
# de Groupe Roche", "die Adresse von Kanzlei Keller": an old MX's relay refusal, audit 61's probes read hasmoved, hard):
# no person's first name.
_ORGANISATION = (r"kantoor|vestiging|afdeling|bedrijf|groep|bureau|groupe|soci(?:é|e)t(?:é|e)|agence|filiale|"
                 r"succursale|cabinet|service|d(?:é|e)partement|oficina|empresa|grupo|sede|sucursal|departamento|"
                 r"ufficio|societ(?:à|a)|gruppo|agenzia|escrit(?:ó|o)rio|filial|biuro|firma|grupa|oddzia(?:ł|l)|"
                 r"b(?:ü|ue)ro|kanzlei|praxis|gruppe|niederlassung|standort|abteilung|unternehmen")
_NOT_A_NAME_WORD = (r"(?!(?:notre|nos|votre|vos|ce|cet|cette|ces|la|le|les|l'\w*|un|une|nuestr[oa]s?|vuestr[oa]s?|"
                    r"est[ea]s?|el|los|las|nostr[oa]|vostr[oa]|quest[oa]|il|lo|gli|ons|onze|uw|de|het|deze|dit|den|"
                    r"noss[oa]s?|o|a|os|as|um|uma|unser\w*|server\w*|serveur|servidor|serwer|mx|host|"
                    rf"{_ORGANISATION})\b)")
_NAME = rf"(?:{_NOT_A_NAME_WORD}[\w'-]+ {_NOT_A_NAME_WORD}[\w'-]+ )"
# A place or a machine that moved is none of a person's (an office, a company, a server; "unser Büro ist umgezogen").
_NOT_A_PLACE = r"(?<!server )(?<!host )(?<!dienst )(?<!service )"
# The other languages' "your" (formal and familiar) just before the noun: our sender's address (audit 60).
_NOT_YOURS = (r"(?<!ihre )(?<!deine )(?<!eure )(?<!votre )(?<!ton )(?<!ta )(?<!su )(?<!tu )(?<!tuo )(?<!suo )"
              r"(?<!vostro )(?<!uw )(?<!je )(?<!jouw )(?<!seu )(?<!teu )(?<!vosso )(?<!twój )(?<!twoj )(?<!wasz )"
              r"(?<!pański )")
# One sentence's characters (a full stop inside an address or a host name ends none).
_IN_SENTENCE = r"(?:[^.;!?|]|\.(?=\w))"
# After the verb, in its sentence: not a move to or of a server (a migration), nor an invitation to retry.
_NOT_FOR_NOW = (rf"(?!{_IN_SENTENCE}{{0,40}}\b(?:server|serveur|servidor|serwer|mailserver|mx)\b)"
                rf"(?!{_IN_SENTENCE}{{0,80}}(?:try again later|try later|sp(?:ä|ae)ter (?:erneut|noch einmal)|"
                r"later opnieuw|plus tard|m(?:á|a)s tarde|pi(?:ù|u) tardi|mais tarde|p(?:ó|o)(?:ź|z)niej))")
# A person moved house or office: only where the sentence goes on to their new e-mail address or says they are no
# longer reachable or went to another employer (the subject of the bare verb may be an office, a branch, a mailbox
# or a place: audit 60).
_TO_THE_PERSON = (rf"(?={_IN_SENTENCE}{{0,120}}(?:@|nicht mehr erreichbar|niet meer bereikbaar|"
                  r"(?:naar|zu|bei|bij) (?:een|einer|einem|einen) ander\w* "
                  r"(?:bedrijf|werkgever|firma|unternehmen|arbeitgeber)))")

# French notices' name for the person written to: "l'adresse de votre correspondant / destinataire a changé" (their
# address, not ours: "votre" owns the correspondent, not the address; audit 61, read onhold).
_YOUR_CORRESPONDENT = r"(?:de votre (?:correspondant|correspondante|destinataire) )"

CHANGED = re.compile(
    rf"\b(?:has|have|had) changed (?:his|her|their) (?:e-?mail )?address\b{_NOT_FOR_NOW}"
    rf"|\b{_EN_OWNER} (?:e-?mail )?address (?:has|was|had) (?:been )?changed\b{_NOT_FOR_NOW}"
    # German: the address changed (the words between neither a machine's nor ours); the person moved house or office.
    rf"|(?<!ip-)(?<!ip ){_NOT_YOURS}\b(?:e-?mail-?adresse|(?<![-\w])adresse) "
    rf"(?:(?!\S*(?:server|host|relay|gateway)|unser|ihr|dein|euer|(?:{_ORGANISATION})\b)[\w-]+ ){{0,3}}"
    rf"hat sich ge(?:ä|ae)ndert\b{_NOT_FOR_NOW}"
    rf"|{_NOT_A_PLACE}(?<!sitz )(?<!büro )(?<!firma )(?<!unternehmen )(?<!kanzlei )(?<!praxis )\bist umgezogen\b"
    rf"{_NOT_FOR_NOW}{_TO_THE_PERSON}"
    # French.
    rf"|{_NOT_YOURS}\badresse (?:électronique |e-?mail |mail |de messagerie )?(?:de {_NAME}|{_YOUR_CORRESPONDENT})?"
    rf"a changé{_NOT_FOR_NOW}"
    # Spanish.
    rf"|{_NOT_YOURS}\bdirección (?:de correo (?:electrónico )?|de e-?mail |electrónica )?(?:de {_NAME})?ha cambiado"
    rf"{_NOT_FOR_NOW}"
    # Italian.
    rf"|{_NOT_YOURS}\bindirizzo (?:e-?mail |di posta (?:elettronica )?)?(?:di {_NAME})?è (?:stato )?cambiato"
    rf"{_NOT_FOR_NOW}"
    # Dutch: the address changed; the person moved ("is verhuisd naar").
    rf"|(?<!ip-)(?<!ip ){_NOT_YOURS}\b(?:e-?mail)?adres (?:van {_NAME})?is gewijzigd\b{_NOT_FOR_NOW}"
    rf"|{_NOT_A_PLACE}(?<!kantoor )(?<!bedrijf )(?<!vestiging )(?<!winkel )\bis verhuisd\b"
    rf"{_NOT_FOR_NOW}{_TO_THE_PERSON}"
    # Portuguese.
    rf"|{_NOT_YOURS}\bendereço (?:de e-?mail |eletrónico |eletrônico )?(?:de {_NAME})?mudou\b(?! de servidor)"
    rf"{_NOT_FOR_NOW}"
    # Polish: "adres (e-mail) Anny Nowak uległ zmianie" (the owner in the genitive, no "of" word).
    rf"|{_NOT_YOURS}\badres (?!ip\b)(?:e-?mail )?{_NAME}?uległ zmianie{_NOT_FOR_NOW}"
)

# The words a match holds, one per alternative: its verb. departures searches the table only where one stands (the
# words guard.required_words reads off the pattern are its nouns, "address " and "adresse " among them, in most
# refusals' text: the table's search cost a tenth more instructions per corpus pass, session 43).
VERBS = ("changed", "hat sich ge", "ist umgezogen", "a chang", "ha cambiado", "cambiato", "is gewijzigd",
         "is verhuisd", "mudou", "uległ zmianie")
WORDS_FOR = {CHANGED: VERBS}
