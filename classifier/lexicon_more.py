"""More of the localised wordings `classifier.lexicon` reads, from the second language review
(issue 13; tests/classifier/review_langs2.py quotes each in whole notices): Spanish, Dutch,
Swedish, Turkish and Korean notice texts its shapes missed; the third language review's
(review_langs3.py: Indonesian, Greek, Serbian, Estonian, Vietnamese); and two of Exchange's
localised NDR texts (tests/classifier/review_notices13.py). Data merged into `classifier.phrases`
beside `classifier.mta_wordings` (`classifier.lexicon` and `classifier.phrases` are at the module
size limit). Matched like the phrase tables: lowercase substrings of the whitespace-collapsed
diagnostic, plus bounded patterns; each wording's source named beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier import adjective_first, ndr_sentences, unprovisioned
from classifier.earliest import Earliest
from classifier.records import Reason
from classifier.sender_words import SENDER_NOUNS

R = Reason

# "The recipient does not exist" in wordings `classifier.lexicon`'s shapes miss; its
# `no_such_recipient` reads this beside them (so a prose notice's words count, not only a reply
# to RCPT: the phrase tables alone read as a filter speaking there).
MISSING_RECIPIENT = re.compile(
    # Plesk's notice for mail to a non-existent user ("this address no longer accepts mail") in
    # its Spanish locale (psa-locale-es-ES: 'con el aviso "esta dirección ya no acepta correo"');
    # whole, as lexicon keeps the French and Russian ones.
    r"esta direcci(?:ó|o)n ya no acepta correo"
    # Dutch "niet bekend" (not known) after the address (help.dation.nl: "e-mail adres niet
    # bekend"), and "mailadres" without the "e-" (weboke.nl: "het mailadres ... bestaat niet");
    # not the sender's ("het mailadres van de afzender is niet bekend": lexicon's sender check
    # knows no "niet bekend").
    r"|\b(?:e-?)?mail ?adres\w{0,3}(?:(?!afzender)[^.;!?\n|]|\.(?=\S)){0,40}?(?:niet bekend|bestaat niet|onbekend)\b"
    # Swedish definite "kontot" (the account): GoDaddy's "Kontot finns inte" (se.godaddy.com 3568).
    r"|\b(?:e-?post)?kontot (?:finns (?:inte|ej)|hittades inte)\b"
    # Turkish "bilinmeyen kullanıcı/alıcı" (unknown user/recipient; backlink.name's 550 glosses).
    r"|\bbilinmeyen (?:kullan(?:ı|i)c(?:ı|i)|al(?:ı|i)c(?:ı|i))"
    # Review novel42: Danish / Norwegian with the absence first, "Ukendt bruger/modtager", "Ukjent mottaker/bruker"
    # (lexicon reads the noun first; its nouns lack Danish "bruger"), Danish "Brugeren er ukendt"; Hungarian "Nincs
    # ilyen felhasználó/címzett/postafiók" (there is no such user/recipient/mailbox).
    # Audit 45: "Ukendt adresse" (da), "Nincs ilyen e-mail cím" (hu), Finnish "Tuntematon vastaanottaja / käyttäjä".
    r"|\b(?:ukendt|ukjent) (?:bruger(?:en)?|bruker(?:en)?|modtager(?:en)?|mottaker(?:en)?|(?:e-?mail-?)?adresse)\b"
    r"|\bbrugeren (?:er )?ukendt\b|\btuntematon (?:vastaanottaja|k(?:ä|a)ytt(?:ä|a)j(?:ä|a))\b"
    r"|\bnincs ilyen (?:felhaszn(?:á|a)l(?:ó|o)|c(?:í|i)mzett|postafi(?:ó|o)k|(?:e-?mail[- ]?)?c(?:í|i)m\b)"
    # Korean "받는사람" without the space (puffinknight.tistory.com: "받는사람이 존재하지
    # 않는 경우"); lexicon's nouns hold "받는 사람".
    r"|받는사람\w{0,2} 존재하지 않"
    # The third language review (review_langs3.py). Indonesian/Malay "akun" (account) missing:
    # GoDaddy's "Akun tidak ada" (id-id help 40685); not the sender's ("pengirim").
    r"|\bak(?:u|au)n\b(?:(?!pengirim)[^.;!?\n|]){0,30}?\btidak (?:ada|ditemukan|wujud)\b"
    # Greek address/mailbox/user in any case form: "η διεύθυνση email δεν υπάρχει πλέον"
    # (iphost.net), "το γραμματοκιβώτιο του χρήστη δεν βρέθηκε" (ip.gr); lexicon holds only the
    # nominatives of user/recipient/account. Not the sender's ("αποστολέα").
    r"|(?:διεύθυνσ|γραμματοκιβώτι|χρήστ|παραλήπτ|λογαριασμ)\w{0,3}(?:(?!αποστολ)[^.;!?\n|]){0,40}?"
    r"(?:δεν υπάρχει|δεν βρέθηκε)"
    # Serbian/Croatian "ne postoji" (does not exist) after the address, user, recipient or box:
    # "Imejl adresa nije pravilno napisana ili ne postoji" (superhosting.rs); not the sender's
    # ("pošiljalac", "pošiljaoca", "pošiljatelj").
    r"|\b(?:adres\w{0,2}|korisni(?:k|c)\w{0,2}|primao\w{0,3}|primala\w{0,3}|primatelj\w{0,2}|sandu(?:č|c)\w{0,3})"
    r"(?:(?!po(?:š|s)ilja)[^.;!?\n|]){0,40}?\bne postoji\b"
    # Estonian "pole olemas" / "ei eksisteeri" (is not there / does not exist) after the address:
    # Microsoft's et-ee 5.1.10 help ("Meiliaadressi, millele sõnumi saatsite, pole olemas") and
    # smaily.com ("emaili aadress on vigane või ei eksisteeri"); not the sender's ("saatja").
    r"|(?:aadress|kasutaja|adressaa?t)\w{0,3}(?:(?!saatja)[^.;!?\n|]){0,60}?(?:pole olemas|ei ole olemas|ei eksisteeri)"
    # Vietnamese "the email [address] that ... sent to does not exist": GoDaddy's "Email mà người
    # gửi đã gửi đến không tồn tại" (vn help 3568).
    r"|\bemail mà\b[^.;!?\n|]{0,40}?không tồn tại"
    # A gateway's recipient discovery listing the address as invalid (Proofpoint Essentials' SMTP Discovery,
    # Spambrella's FAQ: "550 5.7.1 <a>: Recipient address rejected: User email address is marked as invalid"), so
    # that its 5.7.1 policy status does not overrule it where the stage goes unnamed (Gmail's and Exchange Online's
    # copies). The user's address only, as the gateway words it: not a sending user's, nor "your" address, nor a
    # relay's suppression list marking a recipient invalid after an earlier bounce (soft); phrases.py's bare "email
    # address is marked as invalid" read the first two as the recipient gone (moved here, review 108).
    # Nor "your user ..." / "authenticated user ..." (our own account: Proofpoint Essentials discovers outbound users
    # too), nor the words followed by a suppression list (review 109's false hards).
    r"|(?<!sending )(?<!sender )(?<!your )(?<!authenticated )(?<!auth )\buser (?:e-?mail )?address is marked as "
    r"invalid\b(?![^.;!?\n|]{0,60}suppress)"
    # Spanish imperfect "no se encontraba" (was not found) after the address: Exchange's Spanish
    # NDR text "la dirección de correo electrónico donde envió el mensaje no se encontraba en el
    # dominio de destino" (a pasted copy, pastebin.com/qSHqkmLq; lexicon has the present and
    # the preterite only).
    r"|\bdirecci(?:ó|o)n de correo(?: electr(?:ó|o)nico)?[^.;!?\n|]{0,40}?no se encontraba\b"
    # Thai "ที่อยู่อีเมล" (email address) ... "ไม่มีอยู่" (does not exist) / "ไม่พบ" (not found):
    # Microsoft's th-th 5.1.10 help (support.office.com article 5a04a25a: "ที่อยู่อีเมลที่คุณส่ง
    # ข้อความของคุณให้ไม่มีอยู่หรือไม่พบ"); Thai writes no spaces between words; not the
    # sender's ("ผู้ส่ง").
    r"|ที่อยู่อีเมล(?:(?!ผู้ส่ง)[^.;!?\n|]){0,40}?(?:ไม่มีอยู่|ไม่พบ)"
    # Domino's French router: "Utilisateur x non répertorié dans l'annuaire Domino" (Sisimai::Lhost::
    # Domino's table; the twenty-fifth review), as lexicon keeps the English "not listed in ...".
    r"|non r(?:é|e)pertori(?:é|e) dans l'annuaire domino"
    # Review 76: Sympa's RFC 1893 equivalents (BounceMessage.pm %equiv, both 5.1.1): Exchange's French "le nom
    # du destinataire n'est pas reconnu" (its "The recipient name is not recognized") and Lotus Notes' French
    # "utilisateur non recensé dans le carnet d'adresses public" ("not listed in public Name & Address Book").
    # Review 77: not a sender ("Expéditeur non recensé ...", answered at RCPT under smtpd_delay_reject).
    r"|\ble nom du destinataire n['’]est pas reconnu\b"
    r"|(?<!exp(?:é|e)diteur )non recens(?:é|e) dans le carnet d['’]adresses public"
    # The thirty-eighth review (review_notices38_more.py). Hungarian "cím" (address), which
    # lexicon's nouns lack (they hold "címzett", recipient): Microsoft's hu-hu 5.1.10 help, "Az
    # e-mail-cím, amelyre elküldte az üzenetet, nem létezik vagy nem található"; not the
    # sender's ("feladó", also before it: SENDER_MISSING), nor an IP address ("IP-cím").
    # Nor "your" address ("az Ön e-mail-címe", said to the sending client) or a server's ("a
    # célkiszolgáló címe", the destination server's: a DNS failure; the forty-fourth review).
    r"|(?:(?<!ip-)(?<!ip )(?<!ön )(?<!szerver )(?<!kiszolgáló )\be-?mail-?|(?<![\w-])(?<!ip )(?<!ön )(?<!szerver )"
    r"(?<!kiszolgáló ))c(?:í|i)m(?:e|et|ét)?\b(?:(?!felad)[^.;!?\n|]|\.(?=\S)){0,60}?"
    r"(?:nem l(?:é|e)tezik|nem tal(?:á|a)lhat(?:ó|o))"
    # Catalan "there is no mailbox / user / recipient" (riudoms.xarxa-omnia.org's gloss of 550
    # "User unknown": "no hi ha cap bústia a l'ordinador de destí amb el nom de l'adreça del
    # destinatari"); not "no hi ha cap usuari autenticat" (no user logged in: SMTP AUTH wanted, the
    # sender's; the forty-fourth review).
    # Nor the sender's ("remitent", "emissor": "no hi ha cap bústia per a l'adreça del remitent").
    r"|\bno hi ha cap (?:b(?:ú|u)stia|usuari|destinatari)\b(?! (?:autenticat|identificat))"
    r"(?![^.;!?\n|]{0,60}?\b(?:remitent|emissor))"
    # Romanian "căsuța poștală <address> nu există" (the mailbox does not exist; review 104's help-note row, left a
    # false soft by review 107's denied list: lexicon's Romanian nouns are the user and the address). Not the
    # sender's ("a expeditorului") nor "your" box ("căsuța dvs. poștală").
    # Nor "căsuța ta" (your, review 110) nor "de la care trimiteți" (from which you send).
    r"|\bc(?:ă|a)su(?:ț|ţ|t)a po(?:ș|ş|s)tal(?:ă|a)(?:(?!expeditor|dvs|dumneavoastr|ta\b|de la care)[^.;!?\n|]){0,60}?"
    r"\bnu (?:mai )?exist(?:ă|a)\b"
    # Review 118: the absence said as an adjective BEFORE the noun (Czech "na neexistující adresu", Turkish "var olmayan
    # e-posta adresi", "posta kutusu mevcut değil"): classifier.adjective_first, with review 120's guards.
    + "|" + adjective_first.RECIPIENT
    # Review novel38: the negation first, "No mailbox is provisioned under that name", "Aucune boîte ne correspond".
    + "|" + unprovisioned.RECIPIENT
    # Review langs45: the localised NDRs' "the address could not be found" (sv, cs, ko, tr: classifier.ndr_sentences).
    + "|" + ndr_sentences.RECIPIENT
)
# ...and the domain said so (lexicon's DOMAIN_MISSING reads it beside its noun-first shapes): "na neexistující
# doménu", "var olmayan alan adı" (adjective_first.DOMAIN).
DOMAIN_ADJECTIVE_FIRST = adjective_first.DOMAIN + "|" + ndr_sentences.DOMAIN  # (and Turkish's 'alan adı bulunamadı')

# The sender's own address or account missing, where its language puts the word for the sender
# BEFORE the noun (Estonian "saatja aadressi pole olemas", Serbian "pošiljaočeva adresa ne
# postoji", Indonesian "pengirim: akun tidak ada", Hungarian "a feladó e-mail-címe nem létezik"):
# MISSING_RECIPIENT's look-aheads see only
# what follows the noun, so `lexicon.no_such_recipient` asks this too, like its own sender check
# (the audit, tests/classifier/review_audit16.py; guard rows in review_langs3.py).
SENDER_MISSING = re.compile(
    # The sender's word must qualify the noun itself: "vraćena pošiljaocu jer adresa ne postoji"
    # (returned TO the sender because the address does not exist) is the recipient's.
    r"(?:\bsaatja (?:e-?posti )?(?:aadress|konto|postkast)|\bpo(?:š|s)iljao(?:č|c)ev\w{0,2} (?:(?:imejl|e-?mail) )?"
    r"(?:adres|nalog|sandu)|\bpengirim\W{0,3}(?:akun|alamat)|"
    # Hungarian "küldő" (sending, sender) as "feladó": "a küldő e-mail-címe", "a küldő szerver címe"
    # (the sending server's address, which a PTR check looks up; the forty-fourth review).
    r"\b(?:felad(?:ó|o)|k(?:ü|u)ld(?:ő|o))\w{0,3} (?:szerver\w{0,3} )?(?:e-?mail-?)?c(?:í|i)m)"
    r"[^.;!?\n|]{0,40}?"
    r"(?:pole olemas|ei ole olemas|ei eksisteeri|ne postoji|tidak (?:ada|ditemukan|wujud)|nem l(?:é|e)tezik|"
    r"nem tal(?:á|a)lhat(?:ó|o))"
    # Romanian "adresa dvs." / "adresa dumneavoastră" (your address), said to the sender; the abbreviation's full
    # stop is no sentence's end (review 103: "Stimate expeditor, adresa dvs. nu există" read the recipient missing).
    r"|\badresa (?:de e-?mail )?(?:dvs\.?|dumneavoastr(?:ă|a))[^.;!?\n|]{0,40}?nu (?:mai )?exist(?:ă|a)"
    # ...and "your" account or mailbox ("Contul dvs. nu există", "Căsuța dvs. poștală nu există" under 5.1.1 read the
    # recipient missing, a false hard found beside review 107's Romanian mailbox noun).
    # Review 110: the informal "contul tău", "căsuța ta (poștală)"; "căsuța poștală de la care trimiteți" (from which
    # you send) read the recipient missing, false hards.
    r"|\b(?:contul|c(?:ă|a)su(?:ț|ţ|t)a(?: po(?:ș|ş|s)tal(?:ă|a))?) (?:dvs\.?|dumneavoastr(?:ă|a)|t(?:ă|a)u|ta)"
    r"(?: po(?:ș|ş|s)tal(?:ă|a))?[^.;!?\n|]{0,40}?nu (?:mai )?exist(?:ă|a)"
    r"|\bc(?:ă|a)su(?:ț|ţ|t)a po(?:ș|ş|s)tal(?:ă|a) de la care trimite(?:ț|ţ|t)i[^.;!?\n|]{0,40}?"
    r"nu (?:mai )?exist(?:ă|a)"
    # Review 118: the adjective first said of the sender's address, domain or login (adjective_first.SENDER).
    + "|" + adjective_first.SENDER
)

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.MAILBOXFULL: (
        # "correo lleno" (mail full), a warning in alexborras.com's list of Spanish return texts.
        "correo lleno",
        # Vietnamese "account storage limit" (GoDaddy vn 3568: "Giới hạn dung lượng tài khoản").
        "giới hạn dung lượng tài khoản",
    ),
    R.EXPIRED: (
        # "tiempo de entrega vencido" (delivery time expired), the same list's warnings.
        "tiempo de entrega vencido",
        # Indonesian "delivery time ran out" (GoDaddy id-id 40685: "Waktu pengiriman habis").
        "waktu pengiriman habis",
        # Czech "the message's validity in the queue ran out" (Microsoft Learn cs-cz, Exchange Online's 4.4.7; review 118).
        "platnost zprávy ve frontě vypršela",
        # ...and without its diacritics, as plain-ASCII gateways write it (review 120).
        "platnost zpravy ve fronte vyprsela",
    ),
    R.POLICYVIOLATION: (
        # Polish "policy violation": Forpsi's "550 5.1.0 Naruszenie zasad <id>, zobacz https://
        # support.forpsi.com/kb/a4071" (support.konto.pl kb a2813), a refusal under a 5.1.0 that
        # would otherwise read as a bad address (classifier/remote/forpsi.py reads its own as the
        # block of our account it is).
        "naruszenie zasad",
    ),
}

# qmail-local's whole verdict on a local address without a mailbox ("Sorry, no mailbox here by that name. (#5.1.1)",
# qmail-local.c), which Magic Winmail Server's own bounce writes without the code (winmail.cn/ndr; review 92): the
# local delivery agent speaking, no filter, at any stage. Only the whole reply (an address, a permanent reply code or
# status before it at most; qmail-send's own "This is a permanent error; I've given up..." after it, whole or cut
# by a line break, is its intro, not a cause), so that a cause named beside the words still speaks (review 92's
# attack). And bouncesaying(1)'s example, "This address no longer accepts mail.", whole: Plesk's qmail writes it for
# mail to a non-existent user (its "Bounce with message" default; review holdout51: it read filtered).
QMAIL_LOCAL_VERDICT = re.compile(r"[,:;]? ?(?:5\d\d[ -])?(?:#?5\.\d{1,3}\.\d{1,3} )?(?:<?x@x>?[:,]? )?(?:sorry, no mailbox "
                                 r"here by that name\.?(?: \(#5\.\d{1,3}\.\d{1,3}\))?|this address no longer accepts mail\.?)")


# The same sentence in a delivery program's output (Postfix's "X-Unix; <output>"), under the 5.1.1 that Postfix
# writes only for the program's EX_NOUSER exit (src/global/sys_exits.c: "user unknown"): the recipient's mailbox is
# missing, the program did its job. The sentence is qmail's, which other delivery programs repeat (vpopmail's
# vdelivermail: "Sorry, no mailbox here by that name. vpopmail (#5.1.1)"), and maildrop or procmail rules that test
# for the mailbox echo it before EXITCODE=67 (real round lda's postfix-maildrop-filter-exit-67-no-mailbox).
NO_MAILBOX_HERE = "no mailbox here by that name"


def qmail_local_verdict(text: str) -> bool:
    """Is lowercase, normalised `text` (or one of its " | " readings) qmail-local's whole no-mailbox verdict?"""
    return ("no mailbox here" in text or "no longer accepts mail" in text) and any(
        QMAIL_LOCAL_VERDICT.fullmatch(part.split(" this is a permanent error;", 1)[0].strip())
        for part in text.split(" | "))


# A reply speaks to the sending client: "your" mailbox or account deleted, disabled or suspended is OURS (our sender's
# account at a provider or smarthost that refuses it), as soft_wordings.SENDER_REFUSED reads English "your account is
# disabled" and lexicon "your address", "your domain"; in the languages review 96 found missing (Ukrainian "Вашу
# скриньку видалено" under 5.1.1 read the recipient gone: a false hard) and the others lexicon reads. The "your" of
# each: en, de (Ihr/Dein: lowercased also "her", read ours: the soft side), fr, es/pt (su/sua/seu only at the
# reply's start: also "his/her"), it, nl, pl, cs, ru/uk/be; sv/da/no "din/ditt" and Chinese (review 102: "Ditt konto
# har spärrats", "您的帐户已被停用", "your account has been banned" under 5.1.1 read the recipient gone, false hards).
# Up to two words between "your" and the noun ("your e-mail account", "вашу поштову скриньку"), never the
# recipient's noun ("your recipient's / contact's mailbox" is theirs), and up to four before the state ("has been",
# "wurde", "a été", "została"), never a negation ("is not blocked").
# European Portuguese puts the article first ("A sua conta foi suspensa", review 102).
_YOUR_WORDS = (r"\byour|\bihre?[mnrs]?|\bdeine?[mnrs]?|\bvotre|\bton|\bta|\btu|\btuo|\btua|\bvostr[oa]|\buw|\bje|"
               # Polish formal "Państwa / Pańskie konto" (review 122: "Państwa konto zostało usunięte" read the lead's);
               # "Pana / Pani konto" only right before the noun ("do pani Nowak" is a name; review 124).
               r"\btwoj\w{0,2}|\btw(?:ó|o)j|\bwasz\w{0,2}|\bpa(?:ń|n)stwa|\bpa(?:ń|n)sk\w{1,3}|\bpan[ai](?= (?:skrzynk|konto))|"
               r"\bv(?:á|a)(?:š|s)(?:e|i|eho|í)?|\btvoj\w{0,2}|(?<![\w])ваш\w{0,4}|"
               # (Danish "dit", never Dutch "dit" (this) before its noun and Dutch "is": "Dit account is geblokkeerd", langs45.)
               r"(?<![\w])тво\w{1,2}|\bdin|\bditt|\bdit(?! [\w-]+ (?:is|werd|wordt)\b)")
_YOUR_OPENING = r"^(?:[245]\d\d[ -])?(?:[245]\.\d{1,3}\.\d{1,3}[ :]+)?(?:[ao] )?(?:su|sua|seu)"
_YOUR = f"(?:{_YOUR_WORDS}|{_YOUR_OPENING})"
_NOT_THEIRS = (r"(?!(?:not|nicht|pas|non|no|nie|не|ні|recipient\S*|contact\S*|correspondent\S*|addressee\S*|"
               r"destinatari\w*|empf(?:ä|a)nger\w*|получател\w*|"
               r"одержувач\w*|адресат\w*|odbiorc\w*|ontvanger\w*)(?![\w']))")
# Nor a preposition or article in the gap: "your message TO / ans / на / do / alla / aan <the> mailbox" is the
# reader's MESSAGE sent to the box, the recipient's (review 102: "Ваше письмо на ящик отклонено: ящик удален",
# "Twoja wiadomość do skrzynki ...: skrzynka usunięta" read ours, a false soft); nor a possessive ("your colleague's /
# customer's mailbox" is that person's) but our own side's ("your company's / organization's account").
_NOT_A_STATE_GAP = (r"(?!(?:to|for|at|of|the|a|an|in|into|on|from|with|by|ans?|am|f(?:ü|u)r|zu[mr]?|ins?|im|auf|"
                    r"vo[nm]|bei|nach|da[s]|die|de[mnrs]?|ein\w{0,2}|(?:à|a)|aux?|pour|vers|dans|du|la|les?|al|para|"
                    r"en|del|d[oa]|n[ao]|em|el|os?|as|all[ae]|allo|ai|per|nel(?:la)?|di|della|verso|il|lo|aan|naar|"
                    r"voor|op|het|een|van|w|we|dla|ze?|od|в|во|на|для|ко?|до|по|от|у|pro|ke|ve?)(?![\w']))"
                    r"(?!(?!(?:company|organi[sz]ation|domain|tenant|team|business|firm)(?:'|’)s)"
                    r"[^\s.;:!?|]+(?:'|’)s(?!\w))"
                    rf"{_NOT_THEIRS}")
_YOUR_BOX_NOUN = (r"(?:mailbox|mail box|inbox|account|postfach|konto|benutzerkonto|e-mail-konto|bo(?:î|i)te(?: aux "
                  r"lettres| mail)?|compte|buz(?:ó|o)n|cuenta|casella(?: di posta)?|caixa(?: postal| de correio)?|"
                  r"conta|postvak|skrzynk\w{1,2}|ящик\w{0,2}|уч(?:е|ё)тн\w{0,3} запис\w{0,2}|аккаунт\w{0,2}|"
                  r"скриньк\w{0,2}|обліков\w{0,3} запис\w{0,2}|акаунт\w{0,2}|скрын\w{0,2}|schr(?:á|a)nk\w{1,2}|"
                  r"(?:ú|u)(?:č|c)et|e-?postkonto|brevl(?:å|a)da|postl(?:å|a)da|inkorg|postkasse|innboks)(?![\w-])")
_YOUR_BOX_STATE = (r"(?:deleted|removed|disabled|deactivated|suspended|closed|locked|blocked|terminated|cancell?ed|"
                   r"gel(?:ö|oe|o)scht|deaktiviert|gesperrt|gek(?:ü|u)ndigt|geschlossen|stillgelegt|"
                   r"supprim(?:é|e)e?|d(?:é|e)sactiv(?:é|e)e?|suspendue?|bloqu(?:é|e)e?|ferm(?:é|e)e?|cl(?:ô|o)tur(?:é|e)e?|"
                   r"eliminad[oa]|borrad[oa]|desactivad[oa]|suspendid[oa]|bloquead[oa]|cerrad[oa]|"
                   r"eliminat[oa]|cancellat[oa]|disattivat[oa]|sospes[oa]|bloccat[oa]|chius[oa]|"
                   r"exclu(?:í|i)d[oa]|removid[oa]|desativad[oa]|suspens[oa]|"
                   r"verwijderd|uitgeschakeld|geblokkeerd|opgeheven|gedeactiveerd|"
                   r"usuni(?:ę|e)t\w|zablokowan\w|zawieszon\w|wy(?:ł|l)(?:ą|a)czon\w|"
                   r"удал(?:е|ё)н\w{0,2}|отключен\w{0,2}|заблокирован\w{0,2}|приостановлен\w{0,2}|закрыт\w{0,2}|"
                   r"видален\w{0,2}|заблокован\w{0,2}|вимкнен\w{0,2}|призупинен\w{0,2}|закрит\w{0,2}|"
                   r"деактивован\w{0,2}|выдален\w{0,2}|smaz(?:á|a)n\w{0,2}|zru(?:š|s)en\w{0,2}|zablokov(?:á|a)n\w{0,2}|"
                   r"deaktivov(?:á|a)n\w{0,2}|banned|"
                   r"sp(?:ä|a)rra[dt]s?|(?:av)?st(?:ä|a)ng[dt]|raderats?|borttag(?:en|et)|inaktiverats?|avaktiverats?|"
                   r"blockerats?|låst|sp(?:æ|ae)rret|sperret|lukket|slettet|deaktivere[dt]|blokere[dt]|"
                   r"blokkert|stengt|suspendere[dt])(?![\w])")
# ...and Chinese, written without spaces: "您的帐户已被停用" (your account has been disabled), "你的邮箱已被冻结".
_YOUR_BOX_ZH = (r"(?:您|你)的(?:电子)?(?:帐户|账户|帐號|賬戶|帐号|账号|邮箱|郵箱)(?:已经|已經|已)?被?"
                r"(?:停用|禁用|冻结|凍結|删除|刪除|注销|註銷|锁定|鎖定|封禁)")
# ...but after the recipient named in the same sentence, "ihr" / "su" / "sua" is "her" / "his", the recipient's
# own ("Die Empfängerin ist nicht mehr hier, ihr Postfach wurde gelöscht"): read from the sentence before the match.
RECIPIENT_BEFORE = re.compile(r"(?:recipient|empf(?:ä|a)nger|destinatai?r|получател|одержувач|адресат|odbiorc|ontvanger|"
                              r"p(?:ř|r)(?:í|i)jemc)\w*(?:[^.;!?|]|\.(?=\S))*$")
# ...and German "ihr(e)" (never "your"/"votre"/"ваш": those are only "your"; "su"/"sua" are read at the reply's start
# only) after a person named in the sentence: "Die Mitarbeiterin ist ausgeschieden, ihr Postfach wurde gelöscht"
# (review 102).
PERSON_BEFORE = re.compile(r"\b(?:user|benutzer|nutzer|mitarbeiter|kolleg|inhaber|kund|teilnehmer|person|usuari|utente|"
                           r"utilisat|funcion(?:á|a)ri|emplead|colaborador|mitglied)\w*(?:[^.;!?|]|\.(?=\S))*$"
                           # ...or a person by title ("Frau Schmidt ist ausgeschieden, ihr Postfach wurde gelöscht":
                           # her box; review 105, a false soft), but not the greeting's reader ("Sehr geehrter Herr
                           # Meier, Ihr Konto wurde gesperrt": OUR account).
                           r"|(?<!geehrter )(?<!geehrte )(?<!lieber )(?<!liebe )(?<!hallo )\b(?:herrn?|frau)\b"
                           r"(?:[^.;!?|]|\.(?=\S))*$")
_AMBIGUOUS_YOUR = ("ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres")


_SENDER_NAMED = re.compile(SENDER_NOUNS)


def box_theirs(text: str, m: re.Match[str]) -> bool:
    """Is YOUR_BOX_OFF's match `m` in lowercase `text` the recipient's box after all: any "your" after the recipient
    named in its sentence, German "ihr" after a person named there ("her")?"""
    if _SENDER_NAMED.search(m.group(0)):
        return False  # the SENDER's own box named (_SENDER_BOX_OFF): "the recipient was told the sender's box is gone"
    before = max(0, m.start() - 200)
    if RECIPIENT_BEFORE.search(text, before, m.start()):
        return True
    words = [w for w in m.group(0).split() if not w[:1].isdigit() and w not in ("a", "o")]  # past "550 5.1.1", "a"
    return bool(words) and words[0] in _AMBIGUOUS_YOUR and PERSON_BEFORE.search(text, before, m.start()) is not None


# The German "Ihre (E-Mail-)Adresse" off is OUR address too ("550 5.1.1 Meldung: Ihre E-Mail-Adresse wurde gesperrt"
# read userunknown, a false hard; review 105); English "your address" is lexicon's sender noun already.
_YOUR_OFF_NOUN = rf"(?:{_YOUR_BOX_NOUN}|(?:e-?mail-?)?adresse(?![\w-]))"
# Review 107: "your" after the noun or as its suffix: Romanian "contul dvs. / dumneavoastră / tău" ("contul
# destinatarului" is the recipient's), Turkish "hesabınız / posta kutunuz" ("hesabı" is his or hers, "hesabın" also
# "of the account": left), Finnish "tilisi / tilinne / postilaatikkosi" ("tili": an account). "Contul dvs. a fost
# suspendat" under 5.1.1 read userunknown (a false hard), the others suspend with the recipient's scope. Never across
# a negation ("nu este blocat", "ei ole suljettu").
# Review 110: the possessive required ("căsuța poștală a fost suspendată" is THE mailbox, the recipient's: read ours),
# Finnish compounds ("käyttäjätilisi", your user account), and never across a comma or Turkish "değil" (not): "Hesabınız
# değil, alıcının hesabı askıya alındı" is the recipient's.
_YOUR_BOX_AFTER = (r"(?:\bcontul (?:dvs\.?|dumneavoastr(?:ă|a)|t(?:ă|a)u)|\bc(?:ă|a)su(?:ț|ţ|t)a (?:(?:dvs\.?|ta) "
                   r"po(?:ș|ş|s)tal(?:ă|a)|po(?:ș|ş|s)tal(?:ă|a) (?:dvs\.?|ta))|\bhesab(?:ı|i)n(?:ı|i)z|"
                   r"\bposta kutunuz|"
                   # ...or the sender named, the possessive no longer enough (review 110): "căsuța poștală a
                   # expeditorului", "göndericinin hesabı" (the sender's account).
                   r"\b(?:contul|c(?:ă|a)su(?:ț|ţ|t)a po(?:ș|ş|s)tal(?:ă|a))(?: a)? expeditorului|"
                   r"\bg(?:ö|o)nder(?:enin|icinin) (?:hesab(?:ı|i)|posta kutusu)|"
                   r"\b\w{0,20}?tili(?:si|nne)|\b(?:s(?:ä|a)hk(?:ö|o))?postilaatikko(?:si|nne))(?![\w])"
                   r"(?: (?!nu\b|ei\b|not\b|de(?:ğ|g)il\b)[^\s,;:!?|]+){0,3}? "
                   r"(?:(?:suspendat|dezactivat|blocat|(?:î|i)nchis|(?:ș|ş|s)ters)\w{0,2}|ask(?:ı|i)ya al(?:ı|i)nd(?:ı|i)|"
                   r"kapat(?:ı|i)ld(?:ı|i)|engellendi|silindi|dondu?ruldu|devre d(?:ı|i)(?:ş|s)(?:ı|i) b(?:ı|i)rak(?:ı|i)ld(?:ı|i)|"
                   r"suljettu|poistettu|estetty|j(?:ä|a)(?:ä|a)dytetty|deaktivoitu|lukittu)(?![\w])")
# The SENDER's address or account off ("550 5.1.1 Sender address expired and was deleted" read the recipient gone, a
# false hard; review 110): ours, as "your account has been deleted".
# Only auxiliaries or a first state between ("Sender address ok but mailbox closed" is the recipient's box).
# Never "return / reply to sender": "Return to sender mailbox deleted" is the recipient's box (review 111).
_SENDER_BOX_OFF = (r"(?<!\bto )\bsender(?:'s|’s)? (?:e-?mail )?(?:address|account|mailbox)"
                   r"(?: (?:has|had|was|is|been|and|then|expired|disabled|suspended),?){0,4} "
                   r"(?:expired|deleted|disabled|deactivated|suspended|closed|locked|terminated)\b"
                   # ...in Chinese, Japanese, Korean and Russian (review 137: "发件人帐号已被冻结", "ящика отправителя
                   # заблокирована", "보내는 사람의 계정이 정지" read the recipient's account off): the sender's noun,
                   # then its account or box, then the state, nothing else between.
                   r"|(?:发件人|发信人|寄件人|寄件者|發件人|發信人)的?(?:电子|電子)?(?:帐户|账户|帳戶|賬戶|帐号|账号|帳號|帐號|"
                   r"邮箱|郵箱)(?:已经|已經|已)?被?(?:停用|禁用|冻结|凍結|删除|刪除|注销|註銷|锁定|鎖定|封禁|休眠)"
                   r"|(?:送信者|送信元|差出人|発信者)の(?:アカウント|メールボックス)(?:は|が)?(?:停止|凍結|無効|削除|ロック|休眠)"
                   r"|(?:보(?:내는|낸) ?사람|발신자)의? ?(?:계정|메일함)(?:이|가|은|는)? ?(?:정지|사용 ?중지|중지|휴면|비활성|삭제|차단)"
                   r"|(?:ящик\w{0,2}|уч(?:е|ё)тн\w{0,3} запис\w{0,2}|аккаунт\w{0,2}) отправител\w{0,3} "
                   # ...never across a comma or the recipient's noun ("Ящик отправителя активен, получателя удалён":
                   # the RECIPIENT's deleted; review 140, a false soft).
                   r"(?:(?!не |получател)[^\s.,;:!?|]+ ){0,2}?(?:заблокирован\w{0,2}|отключен\w{0,2}|удал(?:е|ё)н\w{0,2}|приостановлен\w{0,2})")
_BOX_OFF = (rf" (?:{_NOT_A_STATE_GAP}[^\s.;:!?|]+ ){{0,2}}?{_YOUR_OFF_NOUN}"
            rf"(?: {_NOT_THEIRS}[^\s.;!?|]+){{0,4}}? {_YOUR_BOX_STATE}")
YOUR_BOX_OFF = re.compile(rf"{_YOUR}{_BOX_OFF}|{_YOUR_BOX_ZH}|{_YOUR_BOX_AFTER}|{_SENDER_BOX_OFF}")
# Speed only: asked of every reply no sender wording refuses (most), so searched only where a state word ("deleted",
# "gesperrt") AND a box noun stand in the text (guard.Worded's word sets: every match holds one of each), not at every
# "your" word it opens with: the same matches, a sixth of sender_refused's time.
# (Its anchored "Su conta ..." at the reply's start searched apart: classifier.earliest; and apart from the
# Chinese, suffixed and sender's forms, whose choice its "^" made the engine enter at every offset: 4 -> 2
# microseconds a reply.)
YOUR_BOX_OFF_SEEN = Earliest(YOUR_BOX_OFF, f"(?:{_YOUR_WORDS}){_BOX_OFF}", f"(?:{_YOUR_OPENING}){_BOX_OFF}",
                             f"{_YOUR_BOX_ZH}|{_YOUR_BOX_AFTER}|{_SENDER_BOX_OFF}")
# "Your" box named at all ("mail from your account", "письмо с вашего аккаунта", "von Ihrem Konto"): asked by
# departures of the words before a colon (review 102).
YOUR_BOX = re.compile(rf"{_YOUR} (?:[^\s.;:!?|]+ )?{_YOUR_BOX_NOUN}")


PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # Zing Mail's returned-mail keyword "Không tìm thấy Host" (host not found: "Tên miền của người nhận không tồn
    # tại", mail.zing.vn help 190); not the sending server's ("... của máy chủ gửi", a PTR check; review 82).
    R.HOSTUNKNOWN: (re.compile(r"không tìm thấy host(?! (?:của|cho) (?:máy chủ|người) gửi)"),),
    R.USERUNKNOWN: (
        # qmail's bouncesaying(1) example, 'This address no longer accepts mail.' (and Plesk's notice);
        # not "... no longer accepts mail from your organisation", a filter on us (review 67: a false hard).
        re.compile(r"this address no longer accepts mail(?! from)"),
        # A server's "does no exists" for "does not exist" (dbmailserver.com's list of Chinese servers' unknown-recipient
        # replies: "550 RC:LD The email account that you tried to reach does no exists."; review 92): the account,
        # user, mailbox or recipient named before it; not when the sender, an IP address, a DNS record or the HELO name
        # is named anywhere before (what is missing is then ours, review 92's attack), nor a domain between. Nor
        # ours in other words ("your account", "the account you sent from"), nor a thing that is not the mailbox
        # ("relay account", "address book entry", "mailbox folder"; review 95's attack: false hards).
        re.compile(r"^(?:(?!sender|\bip\b|\bptr\b|\brdns\b|\bdns\b|\bhelo\b|\byour\b|\brelay)[^|])*?"
                   r"\b(?:account|user|mailbox|recipient|address)\b"
                   r"(?:(?!sender|\bip\b|domain|\bptr\b|\bdns\b|\bhelo\b|\bsent\b|\bfrom\b|\bbook\b|\bfolder)"
                   r"[^.;!?\n|]){0,60}?\bdoes no exists?\b"),
    ),
    R.MAILBOXFULL: (
        # Swedish "lagringsutrymme" (storage) used up: GoDaddy's "Kontots lagringsutrymme är slut",
        # "Gräns för lagringsutrymme" (se.godaddy.com 3568, 40685).
        re.compile(r"lagringsutrymme\w{0,2} (?:är slut|är fullt)|gräns för lagringsutrymme"),
        # Korean mail storage exceeded: "받는사람의 메일용량이 초과된 경우" (puffinknight.tistory.com).
        re.compile(r"(?:메일|메일함|사서함) ?용량\w{0,2} 초과"),
        # Indonesian storage limit (GoDaddy id-id 40685: "Batasan penyimpanan akun", "telah
        # mencapai batas penyimpanannya"); Greek "the mailbox is full" (sigmaweb.gr: "Το
        # γραμματοκιβώτιο είναι πλήρες"); Serbian "the mailbox is overfull" (superhosting.rs:
        # "Poštansko sanduče primaoca je prepunjeno"); Estonian "the mailbox is full"
        # (smaily.com: "Postkast on täis").
        re.compile(r"\bbatas(?:an)? penyimpanan|γραμματοκιβώτιο\w{0,2} (?:είναι )?πλήρες|"
                   r"sandu(?:č|c)e\w{0,2}(?: \w+){0,2} (?:je )?(?:pre)?punjen\w{0,2}|"
                   r"\bpostkast\w{0,2} on t(?:ä|a)is\b"),
        # Catalan "the recipient's mailbox is full" (riudoms.xarxa-omnia.org's gloss of 452
        # "Mailbox disk quota exceeded": "La bústia del destinatari està plena").
        re.compile(r"\bb(?:ú|u)stia\b[^.;!?\n|]{0,40}?\best(?:à|a) plena\b"),
        # The message's size over what the mailbox's quota leaves ("Message size (N) exceeds maximum mailbox quota
        # remaining"): the mailbox is full, not the message too big for the server (review 95).
        re.compile(r"\bmessage size\b[^.;|]{0,40}?\bexceeds?\b[^.;|]{0,40}?\b(?:mailbox|remaining) quota\b"),
    ),
    R.SUSPEND: (
        # Swedish "Kontot är inaktivt" / "Kontot har inaktiverats" (GoDaddy, se.godaddy.com 3568, 40685).
        re.compile(r"\bkontot (?:är inaktivt|har inaktiverats|är avstängt|har stängts av)"),
        # Vietnamese "the account is disabled" (GoDaddy vn 3568: "Tài khoản bị vô hiệu hóa") and
        # Indonesian (GoDaddy id-id 40685: "Akun dinonaktifkan").
        re.compile(r"tài khoản (?:đã )?bị vô hiệu h(?:óa|oá)|\bakun (?:telah )?dinonaktifkan\b"),
    ),
    R.MESGTOOBIG: (
        # NAVER's "보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다." and Daum's "발송하신
        # 편지의 크기가 너무커서 ... 수신을 거부하였습니다." (their 552 5.3.4 forms, foxydog.tistory.com/69).
        re.compile(r"(?:메일|편지|메시지)\w{0,2} 크기가 (?:너무 ?)?(?:커서|큽니다|크기)"),
        # Zing Mail's "Dung lượng thư vượt giới hạn" (the message's size over the limit; help 190).
        re.compile(r"dung lượng thư vượt giới hạn"),
        # Catalan: an attachment "too big", over the size allowed (riudoms.xarxa-omnia.org's gloss
        # of 552 "Message body is too big": "algun fitxer adjunt massa gran, que supera el màxim
        # tamany permès"); Sympa's ca.po for its size refusal ("la seva mida (%1 kB) supera la mida
        # màxima (%2 kB) permesa").
        re.compile(r"\b(?:fitxer|arxiu) adjunt massa gran\b|\bsupera (?:el m(?:à|a)xim tamany|la mida m(?:à|a)xima)\b"),
        # The message's size, its figure between, over the maximum: Synchronet's "552 Message size (%d) exceeds
        # maximum: %u bytes" (SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp; review 92). "Message" only: a mailbox's
        # size over its maximum is a full mailbox, and so is the message's over the mailbox's quota (review 95).
        re.compile(r"\bmessage size \(?\d[\d,.]* ?(?:[kmg]?i?b(?:ytes)?)?\)? exceeds? (?:the )?(?:maximum|max\b|limit)"
                   r"(?![^.;|]*\b(?:quota|mailbox))"),
        # An attachment too long or too large ("554 attachment is too long. (单个附件大小超出限制)", a Chinese server's
        # reply list on blog.sina.com.cn/s/blog_8dc13ec50101fxxr; review 92); not beside a filter's verdict on its
        # content or type (a virus, a forbidden type: that verdict speaks; review 95).
        re.compile(r"^(?:(?!virus|infected|malware|forbidden|banned|prohibited)[^|])*?\battachments? (?:is |are )?too "
                   r"(?:long|large|big)\b(?![^|]*(?:virus|infected|malware|forbidden|banned|prohibited))"),
    ),
    # A block list in German ("Ihre Adresse steht auf einer Sperrliste", "auf der schwarzen Liste"): the English
    # "block list" / "blacklist" are phrases' already; the German read a careless 5.1.1 userunknown, a false hard of
    # our own address listed (review 105).
    # Not a list it is said NOT to be on ("Empfänger unbekannt (Ihre Adresse steht auf keiner Sperrliste)"), nor a
    # person's own list ("Absender steht auf der Sperrliste des Benutzers": the recipient's choice, review 86). Dutch
    # "op een zwarte lijst" the same (review 141: "omdat uw IP-adres op een zwarte lijst staat" read securityerror).
    R.BLOCKED: (re.compile(r"(?<!keiner )(?<!nicht auf einer )(?<!nicht auf der )(?<!niet op een )(?<!niet op de )"
                           r"(?<!op geen )\b(?:sperrliste|schwarzen liste|zwarte lijst)\b(?! (?:des|der|von|ihres|seines|van)\b)"),),
    R.AUTHFAILURE: (
        # Sender ID (RFC 4407) checks the purported responsible address: a failure only when it is said to fail, not
        # be permitted or not be determined (Exchange's "Can't determine Purported Responsible Address"); the words
        # beside a missing user's (a log note) are no verdict (review 95: a false soft).
        re.compile(r"\bpurported responsible address\b[^|]{0,80}?\b(?:not permitted|fail|not authori[sz]ed|not allowed)"
                   r"|\b(?:sender id|fail\w*|can'?t determine|cannot determine|could not determine|unable to "
                   r"determine)\b[^|]{0,60}?\bpurported responsible address\b"),
        # A DKIM signature that did not verify ("DKIM signature verification failed"; review 95).
        re.compile(r"\bdkim signature (?:verification |check )?fail|\bdkim signature (?:is )?(?:invalid|did not verify)"),
    ),
}
