""""The recipient does not exist", in the wordings and languages mail servers use.

A table cannot list every server's sentence, but the sentence always has the same shape: a
word for the recipient (user, mailbox, address, account; Benutzer, destinataire, buzón,
пользователь, 用户...) and a word for its absence (does not exist, unknown, not found;
existiert nicht, inconnu, no existe, не существует, 不存在...), in either order, close
together. `no_such_recipient` reads that shape in English, German, French, Spanish, Italian,
Portuguese, Dutch, Polish, Swedish (and Danish/Norwegian), Russian (and Ukrainian), Czech,
Turkish, Japanese, Chinese and Korean, and refuses it when the missing thing is the sender
(a sender check speaking) or the domain (`no_such_domain`, a different reason).

Sources of the wordings: the servers' own reply texts and translations (Postfix
`smtpd_reject_unlisted_recipient` "User unknown in ... table", Exim "Unrouteable address",
Sendmail/mail.local "User unknown", qmail "no mailbox here by that name", Exchange/M365
"RESOLVER.ADR.RecipNotFound", Domino "not listed in Domino Directory", CommuniGate "unknown user
account", Dovecot LMTP "User doesn't exist", Yandex "No such user!", mail.ru "user not found",
the localised NDR texts of Exchange/Outlook and of the European and Asian ISPs' webmail).
"""

from __future__ import annotations

import re

from classifier import absent_things, earliest, past_absences, sender_verification, sender_words, unprovisioned, verb_final
from classifier.guard import Guarded, Worded, tried
from classifier.lexicon_more import DOMAIN_ADJECTIVE_FIRST, MISSING_RECIPIENT, SENDER_MISSING, YOUR_BOX_OFF_SEEN, box_theirs
from classifier.program_mailbox import lmtp_no_user, program_mailbox_owner, program_no_mailbox
from classifier.soft_wordings import SENDER_REFUSED as _SENDER_REFUSED_MORE

# Words for the recipient, lowercase. Stems where the language inflects (пользовател-, użytkownik-, destinatari-).
_NOUNS = (
    r"user|username|mailbox|mail box|recipient|receiver|address|addressee|account|e-?mail account|local part|"
    # "Teilnehmer" (T-Online: "unknown user/Teilnehmer existiert nicht", telekom.de/hilfe).
    r"benutzer(?:in)?|nutzer|teilnehmer(?:in)?|empf(?:ä|ae|a)nger(?:adresse)?|postfach|e-?mail-?adresse|konto|"
    r"utilisateur|destinataire|bo(?:î|i)te(?: aux lettres| mail| de r(?:é|e)ception)?|compte|adresse|"
    r"usuari[oa]|destinatari[oa]|buz(?:ó|o)n|cuenta|direcci(?:ó|o)n|casilla|"
    # "Cassetta postale" (Microsoft's Italian for "mailbox": "Cassetta postale non trovata").
    r"utente|casella(?: di posta)?|cassetta(?: postale)?|indirizzo|"
    r"usu(?:á|a)rio|utilizador|destinat(?:á|a)rio|caixa(?: postal| de correio)?|conta|endere(?:ç|c)o|"
    r"gebruiker|ontvanger|postbus|adres(?:u|y|em|ie)?|e-?mailadres(?:sen)?|"
    r"u(?:ż|z)ytkownik\w{0,3}|odbiorc\w{1,2}|skrzynk\w{1,2}|"
    r"anv(?:ä|a)ndare(?:n)?|mottagare(?:n)?|brevl(?:å|a)da(?:n)?|adress(?:en|at(?:en)?)|e-?postadress(?:en)?|modtager(?:en)?|"
    r"bruker(?:en)?|mottaker(?:en)?|p(?:ř|r)(?:í|i)jemc\w{1,2}|primatelj\w{0,2}|prejemnik\w{0,2}|"
    r"пользовател\w{0,3}|получател\w{0,3}|адресат\w{0,2}|ящик\w{0,2}|адрес\w{0,2}|"
    r"учетн\w{0,3} запис\w{0,2}|аккаунт\w{0,2}|користувач\w{0,3}|одержувач\w{0,3}|скриньк\w{0,2}|"  # (uk: r174)
    r"u(?:ž|z)ivatel\w{0,2}|schr(?:á|a)nk\w{0,2}|adres(?:á|a)t|kullan(?:ı|i)c(?:ı|i)|al(?:ı|i)c(?:ı|i)|"
    r"ユーザー?|宛先|アドレス|アカウント|受信者|メールボックス|"
    r"用户|用戶|收件人|收件者|收信人|邮箱|郵箱|信箱|帐号|账号|账户|帳號|帳戶|地址|"
    r"사용자|받는 사람|수신자|계정|메일함|"
    # Finnish, Hungarian, Romanian, Greek, Hebrew, Arabic, Indonesian/Malay, Vietnamese.
    r"k(?:ä|a)ytt(?:ä|a)j(?:ä|a)(?:(?:ä|a)|n)?|vastaanottaja(?:a|n)?|"
    r"felhaszn(?:á|a)l(?:ó|o)|c(?:í|i)mzett|postafi(?:ó|o)k|"
    r"utilizator(?:ul)?|destinatar(?:ul)?|adresa|χρήστης|παραλήπτης|λογαριασμός|המשתמש|הנמען|"
    r"المستخدم|المستلم|pengguna|penerima|alamat|"
    r"ng(?:ư|u)(?:ờ|o)i nh(?:ậ|a)n|ng(?:ư|u)(?:ờ|o)i d(?:ù|u)ng|t(?:à|a)i kho(?:ả|a)n"
)
# Words for its absence.
_ABSENT = (past_absences.WORDS + "|" + unprovisioned.ABSENT + "|"  # (past tenses: r173; never given one: novel38)
    r"does ?n[o']t exist|do(?:es)? not exists?|not exists?|no longer exists?|is not known|is unknown|unknown|"
    # (Review 142: "your envelope sender <us> has no mailbox by that name" is ours, qpsmtpd's words said of our sender.)
    r"not found|could ?n[o']t be found|cannot be found|can't be found|was ?n[o']t found|not listed|has no mailbox|"
    r"existiert nicht|existiert nicht mehr|gibt es nicht|nicht vorhanden|nicht gefunden|ist unbekannt|unbekannt|"
    r"nicht bekannt|n'existe pas|n'existe plus|inexistante?|introuvable|inconnue?|"
    r"no existe|ya no existe|inexistente|desconocid[oa]|no encontrad[oa]|no se encuentra|"
    r"non esiste|non esiste pi(?:ù|u)|inesistente|sconosciut[oa]|non trovat[oa]|"
    r"n(?:ã|a)o existe|desconhecid[oa]|n(?:ã|a)o encontrad[oa]|n(?:ã|a)o foi encontrad[oa]|"
    r"bestaat niet|bestaat niet meer|onbekend|niet gevonden|"
    r"nie istnieje|nieznan\w{1,2}|nie znaleziono|finnes ikke|ukjent|"
    r"finns inte|finns ej|ok(?:ä|a)nd|gick inte att hitta|hittades inte|findes ikke|eksisterer ikke|ukendt|"
    r"не существует|не найден\w{0,2}|неизвестн\w{1,3}|не існує|не знайдено|"
    r"neexistuje|nezn(?:á|a)m(?:ý|y)|bulunamad(?:ı|i)|mevcut de(?:ğ|g)il|"
    r"存在しない|存在しません|見つかりません|不明|"
    # "Does not exist" in the progressive (gromox's Japanese notice: "受信者が存在していないため"),
    # and "is not registered" (DTI's Japanese for "User unknown": "のユーザーは登録されていません").
    r"存在していない|存在していません|存在しておりません|登録されていない|登録されていません|"
    r"不存在|未找到|找不到|無效|无效|"
    r"존재하지 않|찾을 수 없|"
    r"ei ole olemassa|ei l(?:ö|o)ydy|tuntematon|nem l(?:é|e)tezik|nem tal(?:á|a)lhat(?:ó|o)|ismeretlen|"
    # "was not found" in the passive (it, es, pl, cs, fi, da/no, el, hr/sr, sl, sk, bg).
    r"non (?:è|e') stat[oa] trovat[oa]|no se encontr(?:ó|o)|no fue encontrad[oa]|"
    r"nie zosta(?:ł|l)\w{0,2} (?:znalezion|odnalezion)\w{1,2}|neby(?:l|la|lo) nalezen\w{0,2}|ei l(?:ö|o)ytynyt|"
    r"blev ikke fundet|ble ikke funnet|ikke fundet|ikke funnet|δεν βρέθηκε|nije prona(?:đ|d)en\w{0,2}|"
    r"ni bil najden|sa nena(?:š|s)iel|не е намерен\w{0,2}|nu exist(?:ă|a)|necunoscut|nu a fost g(?:ă|a)sit|"
    r"δεν υπάρχει|άγνωστ\w{1,2}|אינו קיים|לא קיים|לא נמצא|"
    r"غير موجود|tidak ada|tidak ditemukan|tidak wujud|kh(?:ô|o)ng t(?:ồ|o)n t(?:ạ|a)i|"
    r"kh(?:ô|o)ng (?:đ|d)(?:ư|u)(?:ợ|o)c t(?:ì|i)m th(?:ấ|a)y"
)
# Within one sentence (also classifier.mailbox_states' shapes): a dot counts as an end only when
# a space follows (addresses and domain names hold dots). A bar ends one too: `reasons` joins a
# reply and its copy without the continuation codes with " | " ("...for this user | unknown
# IP..." is two sentences).
GAP = r"(?:[^.;!?\n|]|\.(?=\S))"
# "Could not find" said before the thing not found.
_NOT_FOUND_FIRST = (
    r"no se (?:encontr(?:ó|o)|pudo encontrar|ha encontrado|puede encontrar)|impossible de trouver|"
    r"impossibile trovare|non (?:è|e') stato possibile trovare|n(?:ã|a)o (?:foi|(?:é|e)) poss(?:í|i)vel encontrar|"
    r"nie mo(?:ż|z)na (?:odnale(?:ź|z)(?:ć|c)|znale(?:ź|z)(?:ć|c))|nie odnaleziono|nie znaleziono|"
    r"не удалось найти|невозможно найти|无法找到|找不到|無法找到|kh(?:ô|o)ng t(?:ì|i)m th(?:ấ|a)y(?! host)"
)
# Words for the sender (classifier.sender_words; also for classifier.ours: one before an address names its role).
SENDER_NOUNS = _SENDER_NOUNS = sender_words.SENDER_NOUNS
# One sentence: the noun and the absence at most a few words apart, in either order.
_SHAPE = re.compile(
    # A noun not glued to a longer word ("superuser"; CJK writes no spaces), nor a host's (unprovisioned.HOST_AFTER).
    rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]){unprovisioned.HOST_BEFORE}(?:{_NOUNS})s?(?![a-z])"
    rf"{unprovisioned.HOST_AFTER}"
    rf"(?:{GAP}{{0,60}}?)"
    rf"(?<!may )(?<!might )(?:{_ABSENT})"
    rf"|(?:unknown|invalid|non-?existent|nonexisting|unbekannte[rn]?|ung(?:ü|u)ltige[rn]? |nieznany|"
    rf"ok(?:ä|a)nd|onbekende|неизвестн\w{{1,3}}|несуществующ\w{{1,3}}|不明な|无效的?|無效的?|"
    rf"找不到|查无|查無|无此|無此|没有此|沒有此|不存在的)\s?(?:{_NOUNS})"
    # ...not the noun of an IP address or the sender's ("nieznany adres nadawcy", "неизвестный адрес
    # отправителя": the sender's address unknown, answered at RCPT), nor one in a header ("Invalid address in
    # Reply-To header": a header check of the message; review 82).
    rf"(?! ?ip\b)(?!\s(?:of (?:the )?|de l'|de la |del |des |du |van de |della |do |da )?(?:{_SENDER_NOUNS}))"
    r"(?! in (?:the )?(?:reply-to|from|return-path|message-id|[a-z-]+:? header)\b)"
    rf"|(?:no existe|non esiste|n(?:ã|a)o existe|n'existe pas|existiert kein)\s(?:(?:ese|esa|dicho|dicha|tal|el|la|"
    rf"il|lo|o|a|l'|un|une|ein|eine)\s?)?(?:{_NOUNS}|persona|pessoa|personne)"
    # "Could not find" first, the noun after it, as Exchange's localised NDRs word 5.1.1 ("No se
    # encontró la dirección...", "Impossibile trovare l'indirizzo...", "Nie można odnaleźć
    # wprowadzonego adresu...", "Не удалось найти введенный адрес...", "找不到您输入的...地址");
    # not when the thing not found is the sender's.
    rf"|(?:{_NOT_FOUND_FIRST}){GAP}{{0,40}}?(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?<!\bip-)(?<!\bip )(?:{_NOUNS})(?![a-z])"
    r"(?! ip\b)"  # not an IP address's ("No se encontró el registro PTR para la dirección IP ...", review 82)
    rf"(?!{GAP}{{0,25}}(?:{_SENDER_NOUNS}))"
)
# At RCPT the reply is about the recipient: a bare "does not exist" is enough there.
_BARE = re.compile(
    r"does ?n[o']t exist|n'existe (?:pas|plus)|existiert nicht|no existe|non esiste|n(?:ã|a)o existe|bestaat niet|"
    r"nie istnieje|finns inte|findes ikke|finnes ikke|не существует|не існує|neexistuje|存在しない|存在しません|不存在"
)
# Fixed phrases that carry no noun of the list (or whose noun is implied).
_PHRASES = re.compile(
    r"no such (?:user|mailbox|recipient|address|account|person|local user|e-?mail)|"
    r"user unknown|unknown user|recip(?:ient)?notfound|no mailbox here by that name|"
    r"not listed in (?:the )?domino directory|not listed in public name & address book|"
    r"there is no one at this address|"
    r"kein (?:solcher )?(?:benutzer|empf(?:ä|a)nger|postfach)|aucun (?:utilisateur|destinataire)|"
    r"nessun utente|no hay (?:ning(?:ú|u)n )?usuario|nenhum usu(?:á|a)rio|geen (?:gebruiker|mailbox)|"
    r"brak (?:takiego )?u(?:ż|z)ytkownika|nie ma takiego|ingen s(?:å|a)dan (?:anv(?:ä|a)ndare|mottagare)|"
    r"нет такого (?:пользователя|ящика|адреса|адресата|получателя)|такого (?:ящика|адреса|пользователя) нет|"
    r"宛先不明|该用户不存在|无此用户|無此用戶|沒有此用戶|没有这个用户|查无此人|"
    # Plesk's notice for mail to a non-existent user ("This address no longer accepts mail") in
    # its French and Russian locales.
    # Whole, so that "n'accepte plus les messages non authentifiés" (a sender check) is not one.
    r"cette adresse n'accepte plus d'e-?mails?|этот адрес больше не принимает (?:почту|письма|писем)|"
    # Turkish "there is no such user"; Korean "a user that does not exist".
    r"b(?:ö|o)yle bir (?:kullan(?:ı|i)c(?:ı|i)|al(?:ı|i)c(?:ı|i)|adres) yok|존재하지 않는 (?:사용자|계정|수신자|주소|메일)|"
    # Japanese "there is no such user": ユーザーがいません, 該当するユーザーはいません.
    r"(?:該当する|その?ような|指定された)?ユーザー?(?:は|が)(?:いません|存在しません|見つかりません|おりません)"
)
# The missing thing is the sender (a sender verification speaking), not the recipient.
_SENDER = re.compile(
    # Not the direction a message went ("bounced back to sender", "returned to sender": a tag on the refused
    # RECIPIENT's line, review 91; review 90's l90-c-kim-bounced-back read rejected, the sender's). A sender
    # verification's "callback to sender" / "call back to sender" is our sender checked (review 94: a false hard).
    # (The look-behinds stand after "sender", covering it, not before it: the engine then jumps from one "s" to
    # the next instead of testing all five at every offset, a third of the search's time; the same matches.)
    r"(?:sender(?:(?<=call back to sender)|(?<=call back to the sender)|(?<!\bback to sender)(?<!\bback to the sender)"
    r"(?<!returned to sender)(?<!return to sender)(?<!bounced to sender))|"
    r"envelope from|mail from|from address|return.path|absender|exp(?:é|e)diteur|remitente|"
    # The message's own From: and Reply-To: headers are the sender's ("From: header domain not
    # found", "Reply-To domain does not exist": a header check after DATA, never the recipient).
    r"from:? header|header from|reply-to|"
    # The sending host's own names and signature (HELO/EHLO, "sending host", DKIM, "From domain"): a check of the
    # sender's side ("Unknown host in HELO", "DKIM signing domain not found"), never the recipient's domain.
    r"\b(?:helo|ehlo)\b|sending host|\bdkim\b|from domain|"
    # The reply's reader's own address, mailbox and account (review 138), and the other names of the envelope sender.
    r"return address|bounce address|originator(?:'s)? address|your (?:e-?mail )?address(?! book)|your mailbox|"
    + sender_words.READER_ACCOUNT + "|"
    # The return (reverse-path) address in fr, es, pt, it ("Adresse de retour inconnue", review 82).
    r"adresse de retour|direcci(?:ó|o)n de retorno|endere(?:ç|c)o de retorno|indirizzo di ritorno|"
    r"mittente|remetente|afzender|nadawc\w{1,2}|avs(?:ä|a)ndare|отправител\w{0,3}|"
    r"送信者|送信元|差出人|発信者|発信元|发件人|寄件人|发信人|寄信人|寄件者|發件人|發信人|발신자|보(?:내는|낸) ?사람|відправник|expeditor|"
    r"afsender|avsender|odes(?:í|i)latel|l(?:ä|a)hett(?:ä|a)j|po(?:š|s)iljatelj|odosielate(?:ľ|l)|подател|αποστολέ|"
    r"g(?:ö|o)nderen|ng(?:ư|u)(?:ờ|o)i g(?:ử|u)i(?! (?:đ|d)(?:ã|a) g(?:ử|u)i)|"  # vi; not "the sender sent (to)"
    # A reply speaks to the sending client: "your domain", "your IP" are the sender's.
    r"your (?:sending |mail )?(?:domain|ip|host|server|hostname|helo|ptr)|" + sender_words.OPENING_YOURS + ")"
    # Not across a recipient named, nor after the sender's side is said to have passed ("HELO <h> accepted,
    # <a> couldn't be found", "Rejected mail from IP <ip>: recipient does not exist"): the absence is the
    # recipient's (review 88: false softs). A word, not part of a host name ("helo passed.example.net"); nor the
    # next noun's ("Return-path address <us>: unknown recipient", review 112; see sender_words.NEXT_NOUNS).
    + r"(?:(?!" + sender_words.ACROSS + r"|(?<![\w.-])(?:accepted|ok|passed)(?![\w-]|\.\w))" + GAP + r"){0,60}?(?:"
    + _ABSENT + "|" + sender_words.UNRESOLVED + ")" + sender_words.NEXT_NOUNS
)
# What a bare "does not exist" at RCPT may be about instead of the recipient.
_OTHER_SUBJECT = re.compile(r"\b(?:ptr|rdns|reverse dns|dns|helo|ehlo|ip|host|hostname|certificate|spf|dkim|dmarc|"
                            r"record|domain|attachment|url|link|file|connector|selector)\b")
# ...unless a recipient's noun follows in its sentence ("No existe registro de ese usuario": no record of that user).
_NOUN_AFTER = re.compile(rf"{GAP}{{0,60}}?(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?:{_NOUNS})(?![a-z])")
# ...and the phrase tables' subjectless "does not exist.", "couldn't be found", "not found" after one that names
# no mailbox ("The PTR record for 192.0.2.10 does not exist.", "IP address not found in the SPF record"; review
# 82); not across a user's noun ("ip 192.0.2.1: user not found" names the user).
_THING_THEN_ABSENT = re.compile(
    r"\b(?:ptr|rdns|reverse dns|dns|helo|ehlo|ip|hostname|certificate|spf|dkim|dmarc|connector|selector)\b"
    r"(?:(?!user|mailbox|recipient|account|e-?mail)(?:[^.;:!?\n|]|\.(?=\S))){0,60}?"
    r"(?:does not exist|could ?n[o']t be found|not found)")


def other_things_missing(text: str) -> tuple[str, ...]:
    """The clauses of lowercase `text` that say a thing which is no mailbox (a PTR record, an IP address, a
    certificate, a connector) does not exist or was not found: taken out, what names the recipient is left."""
    return tuple(m.group(0) for m in _THING_THEN_ABSENT.finditer(text)) if "not " in text or "n't" in text else ()
# The failure answered MAIL FROM (Postfix "in reply to MAIL FROM command", Exim "after MAIL FROM").
_AT_MAIL_FROM = re.compile(r"\b(?:in|to|after|for) (?:the )?mail from\b")
# The sender's address or domain refused, in the MTAs' own words: Postfix "<s>: Sender address
# rejected: Domain not found / User unknown in local recipient table / unverified address"
# (reject_unknown_sender_domain, reject_unlisted_sender, reject_unverified_sender; with the
# default smtpd_delay_reject these answer RCPT TO, not MAIL FROM), Sendmail "Domain of sender
# address s does not exist" (5.1.8) and "(Real) domain name required for sender address" (proto.m4
# Basic_check_mail, 5.5.4), Exim "Sender verify failed" (its log's "sender verify fail for <s>", review 139), Exchange
# "Sender denied"; the IANA registry's own text for RFC 7505's X.7.27, "Sender address has null MX"; PowerMTA's "no
# longer valid" / "no longer in use" said of the sender's address or domain (review 52's rows; review 62).
_SENDER_REFUSED = re.compile(
    r"sender address rejected|domain of sender address|sender verify fail(?:ed|ure for| for)|"
    r"sender address has null mx|(?:real )?domain name required for sender address|"
    + sender_verification.FAILED + r"|sender (?:mailbox|address) (?:is )?unavailable|"
    r"sender address (?:is )?(?:invalid|unknown|not allowed)|sender denied|"
    r"sender (?:address|domain) (?:is )?no longer (?:valid|in use)|sender domain (?:does not exist|"
    r"must exist|not found|unknown)|unknown sender|bad sender|"
    # A callback verification of our sender's address failing (review 94: "callback to sender failed: no such user").
    r"call ?back to (?:the )?sender failed|sender call-?back (?:verification )?failed"
)
# The missing thing is the domain or host.
_DOMAIN = re.compile(
    r"(?:domain|domain name|domaine|dom(?:ä|a)ne|dominio|dom(?:í|i)nio|domein|dom(?:e|é)n[ay]?|dom(?:ä|a)n(?:en)?|"
    r"домен\w{0,2}|ドメイン|域名|網域|도메인|t(?:ê|e)n mi(?:ề|e)n)"
    + GAP + r"{0,40}?(?:does ?n[o']t exist|not exist|not found|was ?n[o']t found|could ?n[o']t be located|unknown|"
    r"existiert nicht|unbekannt|n'existe pas|" + past_absences.WORDS + "|"  # (r173: "le domaine n'existait pas")
    r"inconnu|inexistant|no existe|inexistente|desconocido|non esiste|inesistente|sconosciuto|n(?:ã|a)o existe|"
    r"bestaat niet|onbekend|nie istnieje|nieznan\w{1,2}|finns inte|ok(?:ä|a)nd|не существует|не існує|не найден|"
    r"неизвестн\w{1,3}|存在しない|存在しません|不存在|找不到|không tồn tại|introuvable|見つかりません|neexistuje)"
)


# The same in the other languages only, read as a reason phrase (classifier.wordings): a missing domain said in French,
# German, Spanish... under a status that names no subject of its own (5.7.1, 5.4.0) is the domain, as the English
# "domain not found" phrase already is.
_FOREIGN_DOMAIN = re.compile(
    r"(?:domaine|dom(?:ä|a)ne|dominio|dom(?:í|i)nio|domein|dom(?:e|é)n[ay]?|dom(?:ä|a)n(?:en)?|домен\w{0,2}|ドメイン|域名|網域|"
    r"도메인)" + GAP + r"{0,40}?(?:existiert nicht|unbekannt|n'existe pas|inconnu|inexistant|no existe|inexistente|"
    r"desconocido|non esiste|inesistente|sconosciuto|n(?:ã|a)o existe|bestaat niet|onbekend|nie istnieje|"
    r"nieznan\w{1,2}|finns inte|ok(?:ä|a)nd|не существует|не найден|неизвестн\w{1,3}|存在しない|存在しません|不存在|"
    r"找不到|neexistuje|찾을 수 없|introuvable|見つかりません)"  # (langs45: "introuvable", "見つかりません")
    # German writes "Domain" too; Czech and Turkish may say the absence first (lexicon_more, review 118).
    r"|domain" + GAP + r"{0,40}?(?:existiert nicht|ist unbekannt|nicht gefunden|nicht vorhanden)|" + DOMAIN_ADJECTIVE_FIRST
)
DOMAIN_MISSING = Guarded(_FOREIGN_DOMAIN, ("domaine", "domane", "dominio", "domein", "domen", "domén", "doman", "domain", "alan ad"))


# A relay's label for a status code, not the receiving server's own words (Amazon SES writes
# "5.1.0 - Unknown address error" before whatever the remote server replied).
_CODE_LABEL = re.compile(r"[245]\.\d\.\d{1,3} - [a-z ]{3,40} error")


# A login refused: the missing user is the one our client authenticated as (Postfix smtp(8)
# "SASL authentication failed; server x said: 535 5.7.8 ...", Cyrus SASL's SASL_NOUSER text
# "user not found"), never the recipient.
_LOGIN_REFUSED = tried(re.compile(r"\bsasl\b|authentication (?:failed|failure|credentials)|\b535[ -]5\.7\.\d"))  # speed only


# "Unknown or not enabled to receive ...": the missing recipient offered as one of two causes
# (Aruba PEC's "Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non
# certificata"), so no proof the address is bad.
_OR_NOT = re.compile(r" (?:or|o|ou|oder|of|lub|nebo|или) (?:not|non|no|não|nicht|niet|nie|ne|не)\b")
# ...unless the other cause is the same absence said again: Microsoft's localised 5.1.10 help
# ("non esiste o non è stato trovato", "nie istnieje lub nie można go było odnaleźć": does not
# exist or could not be found).
_ALSO_NOT_FOUND = re.compile(
    rf"{GAP}{{0,30}}?(?:{_ABSENT}|found|gefunden|trouv|trovat|encontrad|odnale|znalez|gevonden|hittas|funnet|"
    r"fundet|найден|nalezen)")


def no_such_recipient(text: str, *, rcpt: bool = False) -> bool:
    """Does lowercase `text` say the recipient (not the sender, not the domain) does not exist?
    With `rcpt` (the reply answered RCPT TO), a bare "does not exist" counts too."""
    if ("auth" in text or "535" in text) and _LOGIN_REFUSED.search(text):
        return False
    if " error" in text:
        text = _CODE_LABEL.sub(" ", text)
    found = _PHRASES_SEEN.search(text) or _SHAPE_SEEN.search(text) or _MISSING_SEEN.search(text) or verb_final.recipient_gone(text)
    if found is None and rcpt:
        found = _BARE.search(text)
        # "Your PTR record does not exist": the thing missing is named, and is not the recipient.
        if found is not None and (_OTHER_SUBJECT.search(text, max(0, found.start() - 60), found.start())
                                  or absent_things.named_beside(text, found.start(), found.end())
                                  and not _NOUN_AFTER.match(text, found.end())):  # review 93
            return False
    if found is None or verb_final.unstated(text, found):  # "Es ist möglich, dass der Empfänger unbekannt ist"
        return False
    alternative = _OR_NOT.match(text, found.end())
    if alternative and not _ALSO_NOT_FOUND.match(text, alternative.end()):
        return False
    if (_sender_said(text) or _SENDER_MISSING_SEEN.search(text)) and not _PHRASES_SEEN.search(text):
        return False
    domain = _DOMAIN.search(text) or verb_final.domain_gone(text)
    # "Domain example.org does not exist" is about the domain; a sentence about the user that
    # merely names its domain ("user unknown in domain x") is still about the user.
    # "Recipient address rejected: Domain not found" shares its absence with the domain.
    return domain is None or (found.start() < domain.start() and found.end() < domain.end())


def said_in_another_language(text: str) -> bool:
    """Does lowercase `text` say the recipient does not exist in words other than English, as
    well as any English it holds? A provider's bilingual notice (DTI's "...User unknown" above
    "のユーザーは登録されていません", a Chinese host's "收件人不存在:user not exist") is its own
    template translated, not a filter's canned English reply after DATA (sisimai's reason for
    reading a bare English "user unknown" as `filtered`): the translation keeps issue 13's
    reading. A match counts as another language when it holds a letter outside ASCII (CJK,
    Cyrillic, accented Latin); ASCII-only wordings ("Benutzer nicht bekannt") are not told apart."""
    if text.isascii() or not no_such_recipient(text):  # (an ASCII text's matches hold no such letter)
        return False
    return any(any(c.isalpha() and not c.isascii() for c in m.group(0))
               for pattern in (_PHRASES, _SHAPE, MISSING_RECIPIENT) for m in pattern.finditer(text))


# A sender word that only addresses the reader (a greeting, a vocative, a header label) before the recipient's own
# noun and its absence: not the thing missing (classifier.sender_words; review 99), so set aside (blanked, the
# text's length kept) before the sender check is asked.
_W = sender_words
_ADDRESSED = re.compile(
    rf"(?:{_W.GREETING_BEFORE}(?:{_SENDER_NOUNS})|(?:{_SENDER_NOUNS}){_W.GREETING_AFTER}|{_W.START}(?:{_SENDER_NOUNS})"
    rf"(?={_W.PAUSE}))[a-zа-яёіїєґăâîșşțţ]{{0,4}}[\s:：,，、!！]*"
    rf"(?={_W.BEFORE_RECIPIENT}(?:{_W.RECIPIENT_ROLE}){_W.NOT_SPEAKING})"
    # ...and no "your" after it in its sentence ("Estimado remitente: el destinatario rechazó su dirección").
    rf"(?!{GAP}{{0,120}}?(?:{_W.YOURS}))")


def _sender_said(text: str) -> re.Match[str] | None:
    """`_SENDER`'s match in lowercase `text`, a sender word that only addresses the reader set aside."""
    m = _SENDER_SEEN.search(text)
    if m is None:
        return None
    blanked = sender_words.directions_blanked(_ADDRESSED.sub(lambda a: " " * len(a.group(0)), text))
    return m if blanked == text else _SENDER_SEEN.search(blanked)


def sender_refused(text: str) -> bool:
    """Does lowercase `text` refuse the sender (its address or domain), not the recipient? Not after
    "recipient address rejected", nor "your account" words after the recipient is said missing."""
    if "sender verify" in text and _EXIM_SENDER_VERIFY.search(text):
        return True
    m = (_SENDER_REFUSED.search(text) or _SENDER_LISTED.search(text) if "sender" in text else None) \
        or _sender_said(text) or (_AT_MAIL_FROM.search(text) if "mail from" in text else None) \
        or _SENDER_REFUSED_SEEN.search(text) or verb_final.our_sender_gone(text)
    if m is None and (m := _SENDER_MISSING_SEEN.search(text)) is not None and no_such_recipient(text[:m.start()]):
        # "Adresa destinatarului nu există. Notă: adresa dvs. nu există în nicio listă de blocare": the recipient
        # said missing first, "your address" after it a help line about lists (review 104: a false soft).
        return False
    if m is None:
        if (m := YOUR_BOX_OFF_SEEN.search(text)) is None or box_theirs(text, m):
            return False
        # "Your mailbox has been deleted", "Вашу скриньку видалено": ours (review 98), unless the recipient is said
        # missing anywhere beside it ("User unknown. If your mailbox was deleted, ...": a help line for its users).
        return not no_such_recipient(f"{text[:m.start()]} {text[m.end():]}")
    if sender_words.reader_account_aside(m.group(0), lambda: no_such_recipient(text[:m.start()])):
        return False  # "User unknown; if your account is locked, ...": a help line (reviews 53, 142), or another named
    recipient = text.find("recipient address rejected")
    return recipient < 0 or m.start() < recipient


# Exim (acl.c acl_verify) ends a failed sender verification "Sender verify failed" (or "Could not
# complete sender verify[ callout]") after the lines it quotes: a callout's answer there ("550-Response:
# 550 5.1.1 <s>: Recipient address rejected: User unknown") is the sender's mailbox, not ours.
_EXIM_SENDER_VERIFY = re.compile(r"(?:\b[45]\d\d[ -]|^)(?:sender verify failed|could not complete sender verify)")


# Postfix reject_rhsbl_sender: "Service unavailable; Sender address [a@b] blocked using <list>":
# the list names the sender's domain, not the sending host.
_SENDER_LISTED = re.compile(r"sender address \[[^\]]{1,300}\] blocked using ")


_SENDER_NOUN = re.compile(rf"(?<![^\W\u3040-\u30ff\u3400-\u9fff])(?:{_SENDER_NOUNS})")
# A delivery program's whole output (Postfix's "X-Unix; <output>") one statement that its user does not
# exist, after the program's and the user's names: GNU Mailutils' mda "mda: anna: no such user" (in its
# catalog's languages: "kein solcher Benutzer", "utilisateur inconnu", ...). Not procmail's "Couldn't
# create "/var/mail/x" id: x: No such user" (a file it failed on), nor words naming the sender.
# The user also as a whole address ("mda: anna@example.org: no such user": mda's user given with its domain; review 87).
_PROGRAM_NO_USER = re.compile(r"x-unix; ?[\w.-]+: (?:([\w.+-]+(?:@[\w.-]+)?): )?([^:\"/@]{1,40}?)[.!]?")
# ...and the one it says is missing is its USER (not "unknown mailbox type", "Unbekannter Postfachtyp").
_USER_NOUN = re.compile(r"user|benutzer|utilisateur|usuari[oa]|usu(?:á|a)rio|u(?:ż|z)ytkownik|anv(?:ä|a)ndar|"
                        r"пользовател|utente|gebruiker|ユーザ|用户|用戶|使用者")


def _program_no_user(text: str) -> re.Match[str] | None:
    """The match of lowercase `text` (an X-Unix diagnostic) where it is a delivery program saying only that
    its user does not exist, else None."""
    m = _PROGRAM_NO_USER.fullmatch(text)
    if m is None or not no_such_recipient(m.group(2)) or _USER_NOUN.search(m.group(2)) is None \
            or _SENDER_NOUN.search(text) is not None or sender_refused(text):
        return None
    return m


def program_says_no_user(text: str) -> bool:
    """Is lowercase `text` (an X-Unix diagnostic, beside EX_NOUSER's 5.1.1: reasons._x_unix) a delivery program saying only
    that its user does not exist (review 81), saying qmail's no-mailbox sentence or mail.local's LMTP reply (`program_mailbox`)?"""
    return _program_no_user(text) is not None or program_no_mailbox(text) or lmtp_no_user(text)


def program_names_another_user(diagnostic: str, recipient: str) -> bool:
    """Does `diagnostic`, a program's "x-unix; <program>: <user>: no such user" (program_says_no_user), name a user
    that is not `recipient`'s local part (nor it before a +tag)? Then the program's own account is missing ("mail:
    nobody: no such user", "maildrop: vmail: ..."): its configuration, no missing recipient (review 86)."""
    text = " ".join(diagnostic.lower().split())
    m = _program_no_user(text) if text.startswith("x-unix;") else None
    if (user := m.group(1) if m is not None else program_mailbox_owner(text)) is None:
        return False
    local = recipient.lower().rpartition("@")[0]
    return user not in (local, local.partition("+")[0], recipient.lower())


def sender_listed(text: str) -> bool:
    """Does lowercase `text` refuse the sender because its domain is on a blocklist?"""
    return "blocked using" in text and _SENDER_LISTED.search(text) is not None


def sender_missing(text: str) -> bool:
    """Does lowercase `text` say the sender (its address, domain, host) does not exist?"""
    return _sender_said(text) is not None


def not_the_domain_missing(text: str) -> bool:
    """Does lowercase `text` say the sender, or a dotted name that is no recipient's domain (a certificate's,
    a file's: `_THING_MISSING`), does not exist?"""
    return sender_missing(text) or (" does not exist" in text and _THING_MISSING.search(text) is not None)


# A dotted name said not to exist that is a certificate's, a file's, a key's, not the recipient's domain
# ("Client certificate for mail.example.com does not exist in the trust store", "file quote.xyz does not exist":
# phrases.PATTERNS' "<name> does not exist" read them hostunknown; review 82).
_THING_MISSING = re.compile(r"\b(?:certificate|file|attachment|folder|path|selector|key|template)s?\b" + GAP
                            + r"{0,40}?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6} does not exist")


def no_such_domain(text: str) -> bool:
    """Does lowercase `text` say the recipient's domain does not exist (in any language)?"""
    domain = (m := _DOMAIN.search(text)) and not absent_things.thing_of(text, m) or verb_final.domain_gone(text)
    return bool(domain) and not _sender_said(text)


# Speed only, the same matches: alternatives grouped by first letter (`tried`: the hundred nouns tried once per offset,
# not once each); searches behind the words every match holds (guard.Worded: most replies hold none); _SHAPE as two runs
# (classifier.earliest), its look-behind-led noun apart, which had the engine enter every other alternative at every
# offset (15 -> 5 microseconds a reply that holds the words).
_SHAPE, _BARE, _PHRASES, _SENDER, _DOMAIN = (tried(p) for p in (_SHAPE, _BARE, _PHRASES, _SENDER, _DOMAIN))
_PHRASES_SEEN, _MISSING_SEEN, _SENDER_REFUSED_SEEN, _SENDER_MISSING_SEEN = (
    Worded(p) for p in (_PHRASES, MISSING_RECIPIENT, _SENDER_REFUSED_MORE, SENDER_MISSING))
_SHAPE_SEEN = earliest.at(_SHAPE, "|(?:unknown|invalid|non-?existent")
_SENDER_SEEN = earliest.cut(_SENDER, sender_words.OPENING_YOURS)  # its anchored "Ihre Domain" searched apart
