"""A person who left the company, or an address retired: the commonest dead address in B2B, refused
for good in the admin's own words (the sixty-seventh review, tests/classifier/review_notices67*.py).

Mail servers let an admin write the refusal text themselves: Exim's `:fail: <text>`, Postfix's access(5) `REJECT
<text>` and error(8) `error:5.1.1 <text>`, Sendmail's virtusertable `error:5.1.1:550 <text>`, an Exchange/M365 mail
flow rule's explanation (under 5.7.1 by default), a Google Workspace rule's custom rejection notice, qmail's
`bouncesaying <text>`. No code says what happened (5.0.0, 5.7.1); the words do: "Dana Lee has left Example Ltd", "is
no longer with us", "ist nicht mehr bei uns tätig", "n'est plus en poste", "ya no trabaja en", "non lavora più", "não
faz mais parte", "is niet meer werkzaam bij", "nie pracuje już", "har slutat"; or "this address was retired", "is no
longer monitored"; or an account deleted (Rambler's Postfix at RCPT: "Recipient address rejected: Account deleted by
user" under 5.7.1, review 70; audited in review 71). Refused for good, the address is gone: a departed person's reads
as `hasmoved` (the taxonomy's "no longer at this address"), a retired or deleted address as `userunknown`.

Data and one reader (`gone`), matched on the lowercase, whitespace-collapsed diagnostic;
`classifier.reasons` asks it only of a refusal for good (never a delay or a 4xx still retried: the same
words for now are no proof) whose status says nothing more specific. Words that name OUR sender as the one who left
("the sender ... is no longer with ...", "l'expéditeur ne fait plus partie de ...") are not it; nor,
since the sixty-eighth review's audit (tests/classifier/review_notices68.py), the same words said of a
thing: a message or a connection that "has left", a server that "ne travaille plus", a TLS version
"retired", a server "no longer maintained": each a false hard that would unenroll a real prospect.
Review 69 added "<Name> left <Company>" in the reply's own case (`named_left`) and a 4xx given up after the queue
lifetime (final, the person still gone); review 72 found 22 false hards in those (Title Case things and states,
"Subject Line left Empty", a voicemail left, a message that left the gateway); review 74 asks the words under
Postfix's 4.7.1 "Recipient address rejected:" too (the recipient access check's DEFER, not our host barred)."""

from __future__ import annotations

import re

from classifier import bare_deleted, deleted_nordic, deleted_polish, deletion_dates, guard, retired_address, unasserted
from classifier import changed_address, verb_final
from classifier.lexicon import SENDER_NOUNS
from classifier.leaver_names import (
    JOB_SIGN, LEFT_FOR, NAMED_LEFT, NOT_A_NAME, NOT_AN_OBJECT, OBJECT, SENTENCE_END)
from classifier.lexicon_more import YOUR_BOX
from classifier.records import Reason
from classifier.sender_words import RECIPIENT_ROLE
from classifier.temporary_absence import AWAY as _AWAY, NOT_FOR_GOOD as _NOT_FOR_GOOD

# A person who left: the sentence has someone leave, or be no longer employed, with, at.
_DEPARTED = re.compile(
    # English. "Has left" alone, before a name ("has left Example Ltd") or the company; not before
    # a thing (review 68: "the connection has left the pool", "quota has left no room", "has left
    # a voicemail", "elvis has left the building", "mail has left our gateway").
    r"(?<!message )(?<!mail )(?<!it )\b(?:has|have) (?:left|departed)\b(?! (?:the|a|an|no|our|your|their|its|his|her"
    r"|this|that|these|those|some|any|behind|over|out|off|alone|open|unread|room|space|instructions?|word|note|it|them"
    r"|me|him|queue|server|system|network|message|mail|voicemail|from|for (?:the|today|now|lunch))\b)"
    r"|\b(?:left|departed) (?:the|our) (?:company|organi[sz]ation|firm|business|practice|agency|employ)"
    # "No longer with" a provider or a service is a domain or a feature moved, not a person (review 68).
    r"|\bno longer with\b(?! (?:this|that|the|a|an|your|its) (?!company|firm|organi[sz]ation|business|practice|team)\w)"
    r"|\bno longer at\b(?! \[?\d)|\bno longer (?:employed|works|part of|on staff|a member of staff|an employee)\b|\bex-?employee\b"
    r"|\bno longer working (?:for|at|with|here)\b"
    # Review novel38: off the payroll, a post taken up elsewhere, relocated or moved away (not to a server).
    r"|\b(?:not|no longer) on (?:the|our) payroll\b|\bhas (?:taken up|accepted|started) (?:a|an|her|his|their) (?:new )?"
    r"(?:post|position|role|job) (?:elsewhere|with another|at another|in another)\b"
    r"|\b(?:has |had )?(?:relocated|moved away)\b(?! (?:to (?:a |the |our )?(?:new )?)?(?:server|host|platform|cloud|data"
    r" ?cent))"
    # Review 69: "has moved on from Example Ltd", "is no longer a member of the team", "has retired from
    # Example Ltd" (not from service or use: a TLS version).
    # Not a version or a protocol left behind ("our API has moved on from version 2", "this server has moved on
    # from TLS 1.0"), nor a thing retired from a machine ("TLS 1.1 has retired from our gateway", review 72).
    r"|(?<!message )(?<!mail )(?<!it )\bhas moved on\b(?! from (?:version|release|v?\d|tls|ssl|sha|ipv4|legacy|the old"
    r"|our old)\b)"
    r"|\bno longer a member of (?:the|our) (?:team|staff|company)\b"
    r"|\bhas retired from\b(?! (?:(?:our|the|this|its|their|all) )?(?:[\w-]+ )?(?:service|use|production|support|duty"
    r"|gateway|servers?|platform|relay|network|systems?|mx)\b(?! (?:team|department|desk|staff|group)\b))"
    r"|\bformer (?:employee|member of staff|staff member|colleague)\b|\bno forwarding address\b"
    # German.
    # Not a message that "hat den Server verlassen" (review 68).
    r"|\bhat (?:uns|(?:das|die|den|unser\w{0,2}) (?:unternehmen|firma|organisation|haus|team|gesellschaft|kanzlei|büro|institut)) verlassen\b|\barbeitet nicht mehr\b"
    # ...also with a date or an adverb between ("hat das Unternehmen zum 31. Dezember verlassen": review 99), of the
    # employer only (not "hat das Büro am Freitag verlassen": gone home), nor a day's or an hour's leaving ("am Freitag
    # um 15 Uhr"); "wird ... verlassen" (will leave) is still there. What stands between holds a date (a digit, a month,
    # "Monatsende", "Ablauf", "sofort"): "hat uns am Morgen / zum Mittagessen / am Wochenende verlassen" is a day's
    # leaving, "zum Glück nie verlassen" none; a leave that ends ("zum 1. März in die Elternzeit", "für ein
    # Sabbatical") is no leaver (review 103: false hards).
    r"|\bhat (?:uns|(?:das|die|unser\w{0,2}) (?:unternehmen|firma|organisation|gesellschaft|kanzlei|institut)) "
    r"(?:leider |bereits |inzwischen )?(?:zum|mit|per|am|ende|anfang|mitte|seit)\b"
    r"(?=(?:(?!verlassen)[^;!?|\n]){0,30}?(?:\d|januar|jänner|februar|märz|april|mai\b|juni|juli|august|september|"
    r"oktober|november|dezember|monat|jahr|quartal|ablauf|sofort))"
    r"(?:(?!nicht|\bnie\b|niemals|kein|urlaub|uhr\b|heute|gestern|\w+tag\b|mittwoch|elternzeit|mutterschutz|karenz|"
    r"sabbatical|auszeit|pause|in (?:die|den) |für (?:ein|eine|einige|\d))[^;!?|\n]){1,30}? verlassen\b"
    r"|\bnicht mehr (?:bei uns|im unternehmen|in unserem unternehmen)\b"
    # "Tätig" alone is any working thing ("die Weiterleitung ist nicht mehr tätig", review 69): a person's
    # is "tätig" somewhere ("bei", "für", "im", "in").
    r"|\bnicht mehr (?:[^.;!?|]{0,60}? )?(?:beschäftigt|angestellt)\b|\bausgeschieden\b"
    r"|\bnicht mehr (?:bei|für|im|in) [^.;!?|]{0,60}?tätig\b"
    r"|\behemalig\w{0,2} (?:mitarbeiter|kolleg)"
    # French.
    # Not a message that "a quitté la file d'attente" (review 68).
    r"|\bn['’]est plus en poste\b|\bne fait plus partie d"
    r"|\ba quitt(?:é|e) (?:la soci|l['’]entreprise|l['’]organisation|l['’](?:é|e)tablissement|la structure|le groupe"
    r"|le cabinet|notre (?:soci|entreprise|structure|groupe|cabinet|organisation)|nos (?:services|(?:é|e)quipes|effectifs))"
    r"|\bne travaille plus\b|\bn['’]est plus (?:salari|employ|collaborat|membre|chez|dans|au sein)"
    r"|\bancien(?:ne)? (?:salari|collaborat|employ)"
    # Spanish.
    r"|\bya no (?:trabaja|forma parte|pertenece|colabora)\b|\bno trabaja ya\b"
    r"|\b(?:ha dejado|dej(?:ó|o)) (?:la|nuestra) (?:empresa|compa(?:ñ|n)(?:í|i)a|organizaci(?:ó|o)n)\b"
    # "Ya no se encuentra" alone is a message no longer in a queue or a domain off a list (review 72).
    r"|\bya no (?:presta sus servicios|labora)\b|\bya no se encuentra (?:con nosotros\b|en (?:la|nuestra) (?:empresa"
    r"|compa(?:ñ|n)(?:í|i)a|organizaci(?:ó|o)n|oficina|instituci(?:ó|o)n|entidad)\b)"
    r"|\bex ?emplead[oa]\b|\bno forma parte de (?:la|nuestra) (?:empresa|compa(?:ñ|n)(?:í|i)a|organizaci(?:ó|o)n|plantilla)"
    # Italian.
    # Not a message that "ha lasciato il server" (review 68).
    r"|\bnon (?:lavora|collabora) pi(?:ù\b|u'|u\b)|\bnon fa pi(?:ù|u'?) parte\b"  # ASCII "piu(')": RFC 5321 4.2.1
    r"|\bha lasciato (?:l['’](?:azienda|organizzazione|ufficio)|la (?:nostra )?(?:società|azienda|ditta)|il (?:nostro )?(?:gruppo|studio))"
    r"|\bnon (?:è|e'?) pi(?:ù|u'?) (?:in forze|dipendente|presso|in servizio|in azienda|con noi)\b|\bex dipendente\b"
    r"|\bha cessato (?:il (?:suo )?rapporto|la (?:sua )?collaborazione)\b"
    # Portuguese.
    r"|\bn(?:ã|a)o (?:faz|trabalha|colabora) mais\b|\bj(?:á|a) n(?:ã|a)o (?:faz parte|trabalha|colabora)\b"
    r"|\b(?:deixou a|saiu da) (?:empresa|companhia|organiza)|\bex-?funcion(?:á|a)ri[oa]\b"
    r"|\bfoi desligad[oa] d[ao] (?:empresa|companhia|organiza)"
    # Dutch.
    r"|\bniet (?:meer|langer) (?:werkzaam|in dienst|verbonden aan)\b|\bwerkt (?:hier )?niet (?:meer|langer)\b"
    # "uit dienst" alone is also a server out of service: only a person who left ("uit dienst getreden / bij").
    r"|\buit dienst (?:getreden|gegaan|bij)\b"
    r"|\bheeft (?:ons|ons bedrijf|onze onderneming|het bedrijf|de organisatie|onze organisatie) verlaten\b"
    r"|\boud-medewerker\b"
    # Polish.
    r"|\bnie pracuje ju(?:ż|z)\b|\bju(?:ż|z) nie pracuje\b|\bnie jest ju(?:ż|z) (?:pracownik|zatrudnion)"
    r"|\bod(?:szed(?:ł|l)|esz(?:ł|l)a) z (?:firmy|organizacji|naszej firmy)\b|\bby(?:ł|l)\w{0,3} pracowni"
    # Swedish; Danish and Norwegian. "Har slutat" alone is anything that stopped ("har slutat fungera").
    r"|\bhar slutat (?:på|hos|vid|sin anst(?:ä|a)llning|i f(?:ö|o)retaget)\b|\barbetar inte (?:l(?:ä|a)ngre|kvar)\b|\b(?:ä|a)r inte (?:l(?:ä|a)ngre )?anst(?:ä|a)lld\b"
    r"|\bhar l(?:ä|a)mnat (?:f(?:ö|o)retaget|oss|bolaget|organisationen)\b"
    r"|\ber ikke (?:l(?:æ|ae)ngere|lenger) ansatt?\b|\bhar forladt (?:virksomheden|firmaet|os)\b|\bhar sluttet (?:i|hos|på)\b"
    r"|\b(?:er|har) fratr(?:å|aa)dt\b"
    # Finnish, Czech (review 69). "Již nepracuje" alone is a service that stopped ("služba již nepracuje"):
    # a person's is "u nás" or in a company.
    r"|\bei (?:enää )?työskentele\b|\bei ole enää [^.;!?|]{0,30}?palveluksessa\b"
    r"|\b(?:již|už) není (?:zaměstnanc|pracovní)"
    r"|\b(?:u nás|ve? (?:naší )?(?:firmě|společnosti)) (?:již|už) nepracuje\b|\b(?:již|už) u nás nepracuje\b"
    r"|\b(?:již|už) nepracuje (?:u nás|ve?)\b"
    r"|\bodešl?a? z (?:firmy|společnosti)\b"
    # Russian: "больше не работает" alone is a server that stopped working: a person's is "в"/"у" a company.
    r"|\bбольше не работает (?:в|у)\b|\bуволил(?:ся|ась)\b|\bуволен[аы]?\b|\bне является (?:нашим )?сотрудник"
    r"|\bпокинул[аи]? (?:компанию|организацию|нас)\b"
    # Japanese, Chinese (admins' guides for leavers' mailboxes: 退職いたしました, 已离职).
    r"|退職(?:いたしました|致しました|しました|済み|されました)|退社(?:いたしました|致しました|しました)"
    # Not a message that "has left our company('s gateway)": 该邮件已离开本公司网关 (review 72).
    r"|(?:已|已经|已經)(?:离职|離職)|(?<!邮件)(?<!信件)(?:已|已经)离开(?:本)?公司(?!的?(?:网关|服务器|邮件|系统|网络))"
)

# An address retired or no longer read: the mailbox is gone, whoever had it.
_RETIRED = re.compile(
    # Not one that retired something else ("our e-mail gateway retired the old DKIM key", review 68).
    r"\b(?:address|mailbox|account|e-?mail|inbox|alias)\b[^.;!?|]{0,40}?\b(?:retired|decommissioned)\b"
    r"(?! (?:the|a|an|our|its|their|this|that|all|any|old|tls|ip|sha)\b)"
    # Said of an address, not of a server, a TLS version or a list ("this server is no longer maintained", review 68).
    r"|\b(?:address|mailbox|account|e-?mail|inbox|alias)\b[^.;!?|]{0,60}?\bno longer (?:monitored|checked|read|maintained|attended)\b"
    # An address no longer in use, as "no longer valid" (lexicon): which, retired_address.py says.
    r"|" + retired_address.NO_LONGER_IN_USE +
    r"|\bwird nicht mehr (?:gelesen|abgerufen|überwacht|betreut|bearbeitet)\b"
    r"|\b(?:adresse|postfach)\w{0,2} (?:wurde |ist )?(?:stillgelegt|aufgelöst)\b|" + retired_address.NICHT_MEHR_VERWENDET +
    # Review 76: OpenEMM bav.rule [hard] "Diese Adresse ist nicht mehr verfuegbar" (this address is no longer
    # available); an address or mailbox, not an IP address, a service or "your" (Ihre) address. Review 77: not
    # a compound's head ("Server-Adresse", "Smarthost-Adresse", "Absender-Adresse"; only "(E-)Mail-" may lead),
    # nor "your" in its other forms (Ihr, dein, euer; lowercased, "ihr"/"ihre" is also "her": left soft), nor the
    # storage "im Postfach" (a quota).
    r"|(?<![\w-])(?<!ip )(?<!ihre )(?<!ihr )(?<!deine )(?<!dein )(?<!euer )(?<!eure )(?<!im )"
    r"(?:(?:e-?)?mail-?)?(?:adresse|postfach) ist nicht mehr verf(?:ü|ue|u)gbar\b"
    r"|\bn['’]est plus (?:consult(?:é|e)e?|lue?|relev(?:é|e)e?|surveill(?:é|e)e?)\b"
    r"|\bya no se (?:revisa|consulta|lee|monitorea|monitoriza|atiende)\b"
    r"|\bya no (?:es|est(?:á|a)) (?:monitorizad|supervisad|revisad|atendid)[oa]\b"
    r"|\bnon (?:è|e) più (?:monitorat|presidiat|lett|consultat|controllat)[oa]\b|\b(?:è|e) dismess[oa]\b"
    r"|\bn(?:ã|a)o (?:é|e) mais (?:monitorad|lid|verificad|acompanhad)[oa]\b"
    r"|\bwordt niet (?:meer|langer) (?:gelezen|gecontroleerd|bewaakt|beheerd)\b"
    r"|\bnie jest ju(?:ż|z) (?:obs(?:ł|l)ugiwan|monitorowan|sprawdzan|u(?:ż|z)ywan)"
    r"|\b(?:anv(?:ä|a)nds|bevakas|l(?:ä|a)ses|kontrolleras) inte l(?:ä|a)ngre\b"
)

# An account or mailbox deleted (review 70): Rambler's Postfix answers a removed mailbox at RCPT with
# "Recipient address rejected: Account deleted by user" (a mailer's per-domain table of dead-address replies,
# reason550 'rambler.ru'; Vda BounceProcessing files it under 'emaildoesntexist'). The noun right before the
# verb (or the address itself between them: "the account x@y has been deleted", review 71), so that "the
# account you are sending from has been deleted" or "mailbox store deleted" is not it; not a mailbox that
# "deleted messages" (a quota's cleanup), nor one deleted from a list.
# Off a list, in those languages ("eliminada de la lista blanca", "aus der Liste gelöscht", review 71).
_OFF_A_LIST = (r"(?! (?:aus|von) (?:der|dem|ihrer|unserer) \w*(?:liste|gruppe|verteiler)"
               # ...nor deleted later (review 111: "compte supprimé dans 30 jours", "cuenta eliminada en 30 días").
               r"| (?:in|dans|en|tra|fra|entro) (?:\d{1,3}|un|une|una|uno|einem|einer) (?:tag|woche|monat|jour"
               r"|semaine|mois|d(?:í|i)a|semana|mes|giorn|settiman)\w{0,3}\b"
               r"| (?:de|des|du|dans) (?:la |les |l['’])?(?:liste|groupe)| de(?:l| la| los| las)? (?:lista|grupo)"
               r"| da(?:l|lla|i) (?:lista|gruppo))")
# The account or mailbox in Russian, Ukrainian, Belarusian (review 93, 96).
_RU_BOX = (r"уч(?:е|ё)тн\w{0,3} запис\w{0,2}|аккаунт\w{0,2}|ящик\w{0,2}|обліков\w{0,3} запис\w{0,2}|акаунт\w{0,2}|"
           r"скриньк\w{0,2}|улікова?\w{0,2} запіс\w{0,2}|скрын\w{0,2}")
_DELETED = re.compile(
    # Not our IP, our From or Reply-To address, the sending account (review 71's false hards).
    # ...but "Return to sender mailbox deleted" is theirs (review 111).
    r"(?<!\bip )(?<!from )(?<!-to )(?<!return )(?<!sending )(?:(?<!sender )|(?<=to sender ))"
    # Review 130: nor another address of the mailbox ("its forwarding / secondary / alias address has since been
    # deleted": the mailbox stays, false hards beside review 126's "has since / now been").
    r"(?<!forwarding )(?<!forward )(?<!secondary )(?<!alias )(?<!alternate )(?<!alternative )(?<!backup )(?<!recovery )"
    # A bare "user / recipient (was) deleted" too, its deletion ending the clause, not our login's (bare_deleted.py).
    r"\b(?:account|mailbox|address|inbox|" + bare_deleted.NOUN + r")"
    r"(?: <?[a-z0-9._%+-]+@[a-z0-9.-]+>?| for (?:this|the) (?:domain|address|user))?"
    # A state first, then deleted: "account has expired and was deleted" is gone, not suspended (review 107); the
    # state's day between ("expired on 1 March and was deleted", "closed on 2026-03-01, deleted": review 117).
    # Review 123: the day in more forms, and a semicolon after it (deletion_dates.DAY).
    # Review 126: the day with no "on" or "in" a month, "first" before the state, "&" after it, "has since been".
    rf"(?: (?:has |had |was |is )?(?:been )?(?:first |initially )?{deletion_dates.STATE_WORDS}(?: (?:on |in )?"
    rf"{deletion_dates.DAY}[,;]?(?: and| then){{0,2}}|{deletion_dates.STATE_JOIN}))?"
    # "Is deleted on 2027-01-31 / in 30 days": a schedule, the account still there (review 71); "by 1 April", "30 days
    # later", "from 1 April" too (review 123). A deletion done said "permanently / subsequently / later" (review 123).
    rf" (?:(?:has|had|was) (?:since |now |already )?(?:been )?|been |is (?!deleted {deletion_dates.IS_SCHEDULED}))?{deletion_dates.DONE_ADVERB}"
    rf"(?:deleted\b|{deletion_dates.REMOVED}){deletion_dates.NOT_DONE}"
    # Nor a mailbox that deleted something ("the mailbox deleted your message / it", a rule's work), nor a
    # policy or a condition for later ("an over-quota mailbox is deleted if not emptied", "... after 90 days").
    # ("the next day" is a past deletion's date, review 114; not "the next day unless reactivated", review 116).
    r"(?! (?:messages?|mails?|e-?mails?|items?|folders?|attachments?|your|the(?! (?:next|following|same) day\b(?! (?:unless|if)\b))|it"
    r"|this|them|a|an|all|any|incoming|if|unless|when|whenever|after(?! leaving\b)|within|once|upon|automatically|tomorrow"
    r"|soon|shortly|later|tonight"
    # A schedule (review 110: "disabled and deleted in 30 days"; 111: "in two weeks", "in a few days", "next week").
    r"|in (?:\d{1,3}|an?|one|two|three|four|five|six|seven|ten|fourteen|thirty|a few|a couple of|several)"
    r" (?:days?|hours?|weeks?|months?)|next (?:week|month))\b"  # not "deleted next day", a past date (review 114)
    # Deleted and back: "was deleted in error and is being restored", "deleted and recreated" (review 71).
    r"| (?:in error|by mistake|accidentally|and (?:re-?created|restored|reactivated|reinstated))\b"
    # Deleted from a list is our address off the recipient's allow list or a group, not the mailbox gone
    # ("your address deleted from our whitelist", review 70's controls; "from the mailing list", "from the
    # recipient's approved list", review 71); "deleted from this server" is gone.
    r"| from (?:the |our |your |this |a |its )?(?:recipient'?s? )?(?:white|allow|safe|approved|trusted|sender"
    r"|contact|address ?book|list|group|distribution|members?|roster|directory listing|mailing|subscri|newsletter"
    r"|relay|block|black|deny))"
    rf"|{deletion_dates.STATE_THEN_REMOVED}"
    # The same in German, French, Spanish, Italian, as an admin writes a refusal (Postfix access(5) REJECT text,
    # Exim :fail:; review 71): "Dieses Postfach wurde gelöscht", "Ce compte a été supprimé", "Esta cuenta ha sido
    # eliminada", "L'account è stato eliminato". No server's fixed text known; the same guards below.
    # Review 126: a German day or state between ("wurde am 1. März gelöscht", "abgelaufen und am 1.3. gelöscht", "am 1.
    # März gesperrt und am 1. April gelöscht"); not "wird ... gelöscht" (a schedule).
    # Review 130: nor a compound's other address ("Weiterleitungs-, Alias-, Absender-Adresse": false hards).
    r"|(?<!weiterleitungs-)(?<!alias-)(?<!absender-)(?<!zweit-)(?<!neben-)(?<!sender-)"
    r"\b(?:postfach|konto|benutzerkonto|e-?mail-?adresse|adresse) (?:wurde |ist )?(?:(?:am "
    rf"{deletion_dates.TAG} )?(?:abgelaufen|deaktiviert|gesperrt|geschlossen),? und (?:wurde )?)?(?:am "
    rf"{deletion_dates.TAG} )?(?:gelöscht|geloescht)\b"
    # ...not one deleted and made again ("gelöscht und wiederhergestellt": it exists; review 150).
    r"(?! und (?:(?:wird|wurde) )?(?:wieder|neu))"
    rf"{_OFF_A_LIST}|\b(?:compte|bo(?:î|i)te aux lettres|adresse) (?:a (?:é|e)t(?:é|e) |est )?supprim(?:é|e)e?\b"
    rf"{_OFF_A_LIST}|\b(?:cuenta|buz(?:ó|o)n|direcci(?:ó|o)n) (?:ha sido |fue )?eliminad[oa]\b"
    rf"{_OFF_A_LIST}|\b(?:account|casella(?: di posta)?|indirizzo) (?:(?:è|e) stat[oa] )?eliminat[oa]\b{_OFF_A_LIST}"
    # Polish "skrzynka (odbiorcy) została usunięta" (review 120; classifier.deleted_polish), fi/hu/da/no/tr (audit 45).
    rf"|{deleted_polish.DELETED}|{deleted_nordic.DELETED}"
    # Russian "Учетная запись (получателя) удалена", "Почтовый ящик удален" (review 93: read as a disabled state, a false soft;
    # mailbox_states keeps "удален" for a state word beside others); not off a list ("удален из белого списка").
    # Review 96: the ё spelling, Ukrainian "Обліковий запис / Поштову скриньку (одержувача) видалено", Belarusian
    # "Уліковы запіс выдалены", the verb first ("Удалена учетная запись"); not one deleted and restored.
    rf"|\b(?:{_RU_BOX})(?: (?:получател|пользовател|адресат|одержувач|користувач|атрымальнік)\w{{0,3}})? "
    r"(?:был\w{0,2} |було |був\w{0,2} )?(?:удал(?:е|ё)н|видален|выдален)\w{0,2}(?! из\b| з\b)"
    r"(?!,? (?:и|і) (?:был\w{0,2} )?(?:восстановлен|відновлен))"
    rf"|\b(?:удал(?:е|ё)н|видален|выдален)\w{{0,2}} (?:почтов\w{{0,2}} |поштов\w{{0,2}} )?(?:{_RU_BOX})")
# Not the recipient's account, in words before it in its clause (review 70's controls): a message, a queue item or a
# sharing link ("the link to this mailbox expired and was deleted", review 110) deleted ("your message to this address
# was deleted by the content filter", "mail sent to this mailbox was deleted by policy"; not a host's name,
# "mail.example.org said: ..."), or ours, a server speaking to us of "your" mailbox or "your subscription account" (a
# list refusing our post), of the sending organisation's account, of our relay's login ("SASL authentication failed
# ... account deleted", review 71); "Ihr Konto", "votre compte", "su cuenta", "il tuo account".
_NOT_THE_ADDRESS = re.compile(
    r"(?<![.@-])\b(?:messages?|mails?|e-?mails?|letters?|items?|attachments?|queue|links?|sharing|nachricht\w{0,2}"
    r"|mensajes?|messaggi[oa])\b(?![.@-]\w)(?! c(?:í|i)m| fi(?:ó|o)k)|\b(?:your|sending|sasl|logins?|ihr\w{0,2}|dein\w{0,2}|votre|vos|tu|su"
    r"|tuo|suo|vostro)\b|\bauthenticat|\b(?:ваш\w{0,2}|сообщени\w{0,2}|письм\w{0,2}|лист\w{0,2}|повідомлен\w{0,3})\b")  # ru/uk "your", "message", "letter"

# A failed delivery's cause ("... could not be delivered because ..."), in the languages of the words above.
_CAUSE = re.compile(r"\b(?:because|since|weil|parce que|porque|perch(?:é|e)|omdat|ponieważ|eftersom|потому что|так как)\b")
_UNDELIVERED = re.compile(r"deliver|zugestellt|remis|livr|entreg|consegn|bezorg|dostarcz|levere|доставл")
# Our login refused, whatever follows its colon ("SASL authentication failed: account deleted", review 71).
_OUR_LOGIN = re.compile(r"\b(?:sasl|logins?)\b|\bauthenticat")


def _not_the_address(lead: str, match: str) -> bool:
    """Do the words before a deleted box in its sentence (`lead`) make it no recipient's? A colon closes what the
    reply said of the message: "Ваше письмо не доставлено: ящик удален" is the recipient's box (review 102), where
    "your message to this address was deleted" is a message deleted; a login refused or our own account named
    before it ("Письмо с вашего аккаунта отклонено: аккаунт удален") stays ours. So does a failed delivery's cause:
    "your message could not be delivered because the recipient's account was deleted" (audit 51's note, lost)."""
    head, colon, tail = lead.rpartition(":")
    cause = max(_CAUSE.finditer(tail), key=lambda m: m.end(), default=None)
    said = tail[cause.end():] if cause and _UNDELIVERED.search(tail, 0, cause.start()) else tail
    # Nor a deletion asked about, supposed or denied ("ob das Postfach gelöscht wurde", "if the mailbox was deleted":
    # review 141; "Das heißt nicht, dass das Postfach gelöscht wurde": review 146).
    return _NOT_THE_ADDRESS.search(said + match) is not None or verb_final.governed(tail) \
        or bool(colon and (_OUR_LOGIN.search(head) or YOUR_BOX.search(head)))


# The one who left is OUR sender (our own account, a sender rule): words of it in the same sentence.
_SENDER_SIDE = re.compile(
    rf"\b(?:{SENDER_NOUNS})\w*"  # lexicon's nouns for the sender, in its languages
    # Not a redirection addressed to our sender ("so you have to write to ...", review 69).
    r"|\byou (?:are|have)\b(?! (?:to|welcome|kindly|asked|invited|requested)\b)"
    r"|\byour (?:account|domain|ip|server|host|organi[sz]ation|company)\b"
    # Our people named by the recipient's side: "your sales rep has left" (review 68).
    r"|\byour (?:sales|account manager|rep|representative|contact person|colleague|employee)"
    # Mail from someone refused: the one named is who sent it, ours ("mail from Sam Sales <ours> refused: Sam
    # Sales no longer works with ...", a policy service's text under Postfix's recipient check; review 78).
    r"|\b(?:mails?|messages?|e-?mails?) from\b"
)
# A machine or a service as the one that "no longer works / is no longer part of" (review 68: "le serveur
# ne travaille plus pour ce domaine", "el servidor ya no trabaja con", "mail forwarding is no longer part of
# our service"): the words just before a departure's match, in its clause.
_MACHINE = re.compile(
    r"\b(?:(?:mail ?)?servers?|serveur|servidor|server|serwer|relay|gateway|host|mx|dienst|system|service|servicio"
    r"|servizio|serviço|forwarding|weiterleitung|(?:viren)?scanner|filter|сервер"
    r"|служб[аы]|сервис\w{0,2}|систем[аы]|palvel(?:in|u)\w{0,3}"  # ru, fi (review 72)
    # A protocol, a version or an API ("il protocollo TLS 1.0 non è più in servizio", review 72).
    r"|protocol|protocoll?o|protokoll|protocolo|tls|ssl|cipher|algorithm|api|version|versione"
    r"|domain|domaine|dominio|domäne|domein|feature|function|funktion"
    # A connection or a run of the MTA's "has left." at a sentence's end (review 68's open case).
    r"|connection|session|transaction|process|socket|queue|job|attempt)\b(?:[^.;!?|:,()]|\.(?=\w)){0,25}$"
    # A role that is not the recipient, right before the words ("our postmaster has left, try again later", a 4xx
    # given up; review 72); not a role before a name ("our IT administrator Lena Lead has left").
    r"|\b(?:postmaster|hostmaster|administrator|admin|sysadmin|webmaster|operator|helpdesk) $")


# Each table searched through guard.Fast (alternatives grouped by their first letters), and only where one of the
# words every match holds is in the text (read off the pattern, or a table's own, changed_address.WORDS_FOR): asked of
# most permanent refusals' words, the bare alternations cost a fifth more instructions per corpus pass than the whole
# classifier before them. The last field: whether a match must also name no message, queue item or account of ours.
_TABLES = tuple((guard.Fast(p), guard.Words(changed_address.WORDS_FOR.get(p) or guard.required_words(p)), r,
                 p is _DELETED) for p, r in ((_DEPARTED, Reason.HASMOVED), (_RETIRED, Reason.USERUNKNOWN),
                             (_DELETED, Reason.USERUNKNOWN), (changed_address.CHANGED, Reason.HASMOVED)))


def for_good(text: str, status: str | None, reply_code: str | None, action: str | None,
             raw: str = "", *, vague: bool = True) -> Reason | None:
    """`gone(text)` (or `named_left(raw)`, `raw` the reply in its own case) of a refusal for good; None
    for a delay, or a 4xx status or reply that was not given up (the same words for now are no proof
    the address is gone). A 4xx given up after the queue lifetime (`Action: failed`, review 69) is
    final, and its words still say the person left: an admin's 4NN or `:defer:`, or a 550 that
    Postfix's soft_bounce=yes turned into 450, retried until the queue gave up. `vague`: the status says
    nothing more specific; one that does (4.7.1, our host barred for now) is still asked of Postfix's
    recipient access check (`_recipient_access_deferral`)."""
    if action == "delayed" or (action != "failed" and "4" in ((status or "")[:1], (reply_code or "")[:1], text[:1])):
        return None
    if not vague and not _recipient_access_deferral(text, status):
        return None
    return gone(text) or (named_left(raw) if " left " in raw or " work " in raw else None)


def _recipient_access_deferral(text: str, status: str | None) -> bool:
    """Postfix's 4.7.1 under its recipient check's "Recipient address rejected:" (smtpd_check.c: the
    restriction's own name before the text; access(5) DEFER / 4NN <text> / DEFER_IF_PERMIT and a policy
    service's DEFER all reply 450 4.7.1): the recipient's access table speaking, not a refusal of our host
    (that one says "Client host rejected:"), so the admin's words decide (review 74)."""
    return (status or "").startswith("4.7.1") and "recipient address rejected:" in text \
        and not any(p in text for p in _OUR_SIDE_CHECKS)


# Postfix's other restrictions' names (smtpd_check.c): our client, HELO or sender refused, said beside it.
_OUR_SIDE_CHECKS = ("client host rejected:", "helo command rejected:", "sender address rejected:")


def named_left(raw: str) -> Reason | None:
    """`hasmoved` for "<Name> left <Company>" or "<Name> doesn't work here anymore" in the reply's own
    case (not our sender, not a thing)."""
    return Reason.HASMOVED if leavers(raw) else None


def leavers(raw: str) -> list[str]:
    """The names `named_left` reads as people who left (in the reply's own case, whitespace collapsed):
    engine asks which of them is our own sender (classifier/ours.py `our_people`, review 83)."""
    flat = " ".join(raw.split())
    low = flat.lower()
    if len(low) != len(flat):
        return []  # a character whose lowercase is longer ("İ"): the offsets would not line up
    return [m.group("name") for m in NAMED_LEFT.finditer(flat)
            if not (NOT_A_NAME.intersection(m.group("name").lower().split()) or _a_thing_left(flat, m))
            and _kept(low, m.start(), m.end(), person=True)]


def _a_thing_left(flat: str, m: re.Match[str]) -> bool:
    """Is what follows "<Name> left" a thing or a state, a message left for the one named (review 72), or
    no sign of a job at all?"""
    if m.group(0)[-6:-1] != "left ":
        return False  # "doesn't work here anymore"
    obj = OBJECT.match(flat, m.end() - 1)
    # The first word without a sentence's full stop ("left Blank. Please contact ...": review 91, a false hard; and
    # "left Blank.Please contact ...", no blank after it: review 94).
    return obj.group(0).split()[0].split(".")[0].lower() in NOT_AN_OBJECT or bool(LEFT_FOR.match(flat, obj.end())) \
        or not JOB_SIGN.search(flat, m.end() - 1, m.end() + 160) or bool(_NOT_FOR_GOOD.search(flat, m.end() - 1,
                                                                                                m.end() + 160))


# Gone for a while, not for good ("left Partner Ltd for the Holidays; back on 4 January", "left Early Today", "on
# Parental Leave"), or the recipient's mailbox said to be live ("her accounts are now handled by this mailbox"): a
# date beside these is no job's end (review 94: each read hasmoved, a false hard).


def _away_for_now(text: str, end: int) -> bool:
    """Does the sentence after a departure's match at text[:end] say the person is away for a while?"""
    after = SENTENCE_END.search(text, end)
    stop = after.start() if after else len(text)
    return bool(_AWAY.search(text, end, stop) or _NOT_FOR_GOOD.search(text, end, stop))


def gone(text: str) -> Reason | None:
    """`hasmoved` for words that the person left, `userunknown` for an address retired or deleted, None for
    neither (or where the one who left is our sender). `text`: lowercase, whitespace collapsed."""
    for pattern, words, reason, of_the_address in _TABLES:
        if not words.seen_in(text):
            continue  # most replies: one scan through the words' trie instead of every alternative at every offset
        for m in pattern.finditer(text):
            if not _kept(text, m.start(), m.end(), person=reason is Reason.HASMOVED):
                continue
            if reason is Reason.HASMOVED and _away_for_now(text, m.end()):
                continue  # "hat das Büro verlassen und ist bis zum 4. Januar im Urlaub": away, not gone (review 97)
            if of_the_address and _not_the_address(_lead(text, m.start()), m.group(0)):
                continue  # a message deleted, or our own account: not the address (review 70)
            return reason
    return None


def _kept(text: str, start: int, end: int, *, person: bool) -> bool:
    """Is the match at text[start:end] the recipient's side's? Not where its sentence names our sender,
    nor (for a person who left) where a machine or a service is the one just before it."""
    lead = _lead(text, start)
    after = SENTENCE_END.search(text, end)
    clause = lead + text[start:after.start() if after else None]
    return not _sender_side(clause, len(lead), len(lead) + end - start) and not (person and _MACHINE.search(lead)) \
        and not unasserted.unasserted(lead, text[start:end])  # "If the recipient no longer works here, ..." (audit 36)


# The recipient's own noun as the OWNER of the box in the state's own words ("ящик отправителя в порядке, ящик
# получателя удалён") or right before them ("sender ok, recipient's mailbox deleted"): the RECIPIENT's box is gone (review
# 137: read onhold, a false soft); a sender's word elsewhere in the sentence does not take it. Only as the owner: a
# recipient's noun merely between our sender's word and the deletion ("Sender <ours> refused for all recipients: account
# deleted", "Отправитель ... заблокирован для всех получателей: аккаунт удалён") leaves the account OUR sender's (review
# 140: false hards of review 137's "anywhere between").
_RECIPIENT = re.compile(rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?:{RECIPIENT_ROLE})")
# Nor across a word that starts a reason ("Sender <ours> refused for all recipients because / as / since account
# deleted": ours, review 145's false hards).
_OWNER_BEFORE = re.compile(rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?:{RECIPIENT_ROLE})\w*(?:['’]s?)?"
                           r"(?: (?!(?:because|since|as|due|weil|da|car|puisque|porque|perch(?:é|e)|поскольку|так)\b)"
                           r"[^\s,;:.!?|()]+){0,2} $")  # "recipient's (e-mail) account", never across ":" or ","


def _sender_side(clause: str, start: int, end: int) -> bool:
    """Does a word of our sender in `clause` take the state at clause[start:end], the box not named the recipient's?"""
    theirs = (_RECIPIENT.search(clause, start, end) is not None
              or _OWNER_BEFORE.search(clause, max(0, start - 60), start) is not None)
    for hit in _SENDER_SIDE.finditer(clause):
        if start < hit.end() and hit.start() < end:
            return True  # in the state's own words
        if not theirs:
            return True
    return False


def _lead(text: str, start: int) -> str:
    """The words of text[start]'s sentence before it (at most 120 characters back)."""
    before = text[max(0, start - 120):start]
    ends = list(SENTENCE_END.finditer(before))
    return before[ends[-1].end():] if ends else before
