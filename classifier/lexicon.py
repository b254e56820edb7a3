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

from classifier.guard import tried

# Words for the recipient, lowercase. Stems where the language inflects (пользовател-,
# użytkownik-, destinatari-).
_NOUNS = (
    r"user|username|mailbox|mail box|recipient|address|addressee|account|e-?mail account|local part|"
    r"benutzer(?:in)?|nutzer|empf(?:ä|ae|a)nger(?:adresse)?|postfach|e-?mail-adresse|konto|"
    r"utilisateur|destinataire|bo(?:î|i)te(?: aux lettres| mail| de r(?:é|e)ception)?|compte|adresse|"
    r"usuari[oa]|destinatari[oa]|buz(?:ó|o)n|cuenta|direcci(?:ó|o)n|casilla|"
    r"utente|casella(?: di posta)?|indirizzo|"
    r"usu(?:á|a)rio|utilizador|destinat(?:á|a)rio|caixa(?: postal| de correio)?|conta|endere(?:ç|c)o|"
    r"gebruiker|ontvanger|postbus|adres|"
    r"u(?:ż|z)ytkownik\w{0,3}|odbiorc\w{1,2}|skrzynk\w{1,2}|"
    r"anv(?:ä|a)ndare(?:n)?|mottagare(?:n)?|brevl(?:å|a)da(?:n)?|adressen|modtager(?:en)?|bruker(?:en)?|"
    r"пользовател\w{0,3}|получател\w{0,3}|адресат\w{0,2}|ящик\w{0,2}|адрес\w{0,2}|"
    r"учетн\w{0,3} запис\w{0,2}|аккаунт\w{0,2}|користувач\w{0,3}|"
    r"u(?:ž|z)ivatel\w{0,2}|schr(?:á|a)nk\w{0,2}|adres(?:á|a)t|kullan(?:ı|i)c(?:ı|i)|al(?:ı|i)c(?:ı|i)|"
    r"ユーザー?|宛先|アドレス|アカウント|受信者|メールボックス|"
    r"用户|用戶|收件人|收件者|收信人|邮箱|郵箱|信箱|帐号|账号|账户|帳號|帳戶|地址|"
    r"사용자|받는 사람|수신자|계정|메일함"
)
# Words for its absence.
_ABSENT = (
    r"does ?n[o']t exist|do(?:es)? not exists?|not exists?|no longer exists?|is not known|is unknown|unknown|"
    r"not found|could ?n[o']t be found|cannot be found|can't be found|not listed|"
    r"existiert nicht|existiert nicht mehr|gibt es nicht|nicht vorhanden|nicht gefunden|ist unbekannt|unbekannt|"
    r"n'existe pas|n'existe plus|inexistante?|introuvable|inconnue?|"
    r"no existe|ya no existe|inexistente|desconocid[oa]|no encontrad[oa]|no se encuentra|"
    r"non esiste|non esiste pi(?:ù|u)|inesistente|sconosciut[oa]|non trovat[oa]|"
    r"n(?:ã|a)o existe|desconhecid[oa]|n(?:ã|a)o encontrad[oa]|"
    r"bestaat niet|bestaat niet meer|onbekend|niet gevonden|"
    r"nie istnieje|nieznan\w{1,2}|nie znaleziono|"
    r"finns inte|finns ej|ok(?:ä|a)nd|findes ikke|eksisterer ikke|ukendt|finnes ikke|ukjent|"
    r"не существует|не найден\w{0,2}|неизвестн\w{1,3}|не існує|не знайдено|"
    r"neexistuje|nezn(?:á|a)m(?:ý|y)|bulunamad(?:ı|i)|mevcut de(?:ğ|g)il|"
    r"存在しない|存在しません|見つかりません|不明|"
    r"不存在|未找到|找不到|無效|无效|"
    r"존재하지 않|찾을 수 없"
)
# Within one sentence: a dot counts as an end only when a space follows (addresses and domain
# names hold dots).
_GAP = r"(?:[^.;!?\n]|\.(?=\S))"
# One sentence: the noun and the absence at most a few words apart, in either order.
_SHAPE = re.compile(
    rf"(?:^|[^\w])(?:{_NOUNS})s?(?![a-z])(?:{_GAP}{{0,60}}?)(?<!may )(?<!might )(?:{_ABSENT})"
    rf"|(?:unknown|invalid|non-?existent|nonexisting|unbekannte[rn]?|ung(?:ü|u)ltige[rn]? |nieznany|"
    rf"ok(?:ä|a)nd|onbekende|неизвестн\w{{1,3}}|несуществующ\w{{1,3}}|不明な|无效的?|無效的?)\s?(?:{_NOUNS})"
    rf"|(?:no existe|non esiste|n(?:ã|a)o existe|n'existe pas|existiert kein)\s(?:(?:ese|esa|dicho|dicha|tal|el|la|"
    rf"il|lo|o|a|l'|un|une|ein|eine)\s?)?(?:{_NOUNS}|persona|pessoa|personne)"
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
    r"宛先不明|该用户不存在|无此用户|無此用戶|沒有此用戶|没有这个用户|查无此人"
)
# The missing thing is the sender (a sender verification speaking), not the recipient.
_SENDER = re.compile(
    r"(?:sender|envelope from|mail from|from address|return.path|absender|exp(?:é|e)diteur|remitente|"
    r"mittente|remetente|afzender|nadawc\w{1,2}|avs(?:ä|a)ndare|отправител\w{0,3}|送信者|差出人|发件人|寄件人|발신자)"
    + _GAP + r"{0,60}?(?:" + _ABSENT + ")"
)
# The missing thing is the domain or host.
_DOMAIN = re.compile(
    r"(?:domain|domain name|domaine|dom(?:ä|a)ne|dominio|dom(?:í|i)nio|domein|domen[ay]?|dom(?:ä|a)n(?:en)?|"
    r"домен\w{0,2}|ドメイン|域名|網域|도메인)"
    + _GAP + r"{0,40}?(?:does ?n[o']t exist|not exist|not found|unknown|existiert nicht|unbekannt|n'existe pas|"
    r"inconnu|inexistant|no existe|inexistente|desconocido|non esiste|inesistente|sconosciuto|n(?:ã|a)o existe|"
    r"bestaat niet|onbekend|nie istnieje|nieznan\w{1,2}|finns inte|ok(?:ä|a)nd|не существует|не найден|"
    r"неизвестн\w{1,3}|存在しない|存在しません|不存在|找不到)"
)


# A relay's label for a status code, not the receiving server's own words (Amazon SES writes
# "5.1.0 - Unknown address error" before whatever the remote server replied).
_CODE_LABEL = re.compile(r"[245]\.\d\.\d{1,3} - [a-z ]{3,40} error")


def no_such_recipient(text: str, *, rcpt: bool = False) -> bool:
    """Does lowercase `text` say the recipient (not the sender, not the domain) does not exist?
    With `rcpt` (the reply answered RCPT TO), a bare "does not exist" counts too."""
    if " error" in text:
        text = _CODE_LABEL.sub(" ", text)
    found = _PHRASES.search(text) or _SHAPE.search(text) or (_BARE.search(text) if rcpt else None)
    if found is None:
        return False
    if _SENDER.search(text) and not _PHRASES.search(text):
        return False
    domain = _DOMAIN.search(text)
    # "Domain example.org does not exist" is about the domain; a sentence about the user that
    # merely names its domain ("user unknown in domain x") is still about the user.
    return domain is None or found.start() < domain.start()


def no_such_domain(text: str) -> bool:
    """Does lowercase `text` say the recipient's domain does not exist (in any language)?"""
    domain = _DOMAIN.search(text)
    return domain is not None and not _SENDER.search(text)


# Speed only (classifier/guard.py `tried`): the same patterns with their alternatives grouped
# by first letter, so the engine tries the hundred nouns once per offset, not once each.
_SHAPE, _BARE, _PHRASES, _SENDER, _DOMAIN = (tried(p) for p in (_SHAPE, _BARE, _PHRASES, _SENDER, _DOMAIN))
