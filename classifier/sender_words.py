"""The words for the message's sender in `classifier.lexicon`'s languages, and the places where one only ADDRESSES
the reader (a greeting, a vocative, a header label) rather than saying what is wrong.

A notice to our sender may open "尊敬的发件人：" (dear sender), "发件人您好：" (hello, sender), "送信者様へ：" (to the
sender), "発信者各位：" (to all senders), "Sehr geehrter Absender," or "Шановний відправнику!" before it says the
RECIPIENT does not exist; a notice quoting the message may label its sender ("发信人: <address>") before the
recipient's absence. lexicon's sender check (its `_SENDER`: a sender word, then an absence within the sentence)
read those as our sender missing: a dead address read soft and mailed again (reviews 93 and 96, their _SALUTE,
_LABEL and _GREET rows). Such a word names who is spoken to, or whose address stands in a header, not the thing
missing. It is set aside only where the recipient's own noun (收件人, 宛先, Empfänger, одержувач, destinatar...)
follows it at once (after the label's address, an article or a "hello" at most) and no "your" ("Ihre", "您的",
"ваш"...) follows in its sentence: "尊敬的发件人：您的地址不存在", "发件人：<address> 不存在，收件人：<address>" and
"Absender: <address> ist dem Empfänger nicht bekannt" keep the sender's reading (review 99).

Nor where the sender is only where the message or a notice WENT (review 132): "returned to the sender: user unknown",
"the sender has been notified, user unknown", "an den Absender zurückgeschickt: Benutzer unbekannt" say the RECIPIENT
is unknown and the bounce goes back to us (see `RETURNED_TO`). Review 134: not where the return itself failed ("could
not be returned to the sender: address does not exist"), nor where "your" follows ("an den Absender zurückgeschickt:
Ihre Domain existiert nicht"): ours, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Words for the sender, in the languages above (its absence is a sender check speaking).
# Japanese 発信者/発信元 (originator), Chinese 发信人/寄信人 and Traditional 寄件者/發件人/發信人, Ukrainian відправник,
# Romanian expeditor beside the commoner words (review 93: the sender's address missing read hard).
# Korean 보낸 사람 (the past form, as Outlook's and Naver's "From" label) beside 보내는 사람, spaced or not (audit 35c:
# "보낸 사람 주소가 존재하지 않습니다", the sender's address missing, read onhold with the recipient's scope).
SENDER_NOUNS = (
    r"sender|absender|exp(?:é|e)diteur|remitente|mittente|remetente|afzender|nadawc\w{1,2}|avs(?:ä|a)ndare|"
    r"отправител\w{0,3}|送信者|送信元|差出人|発信者|発信元|发件人|寄件人|发信人|寄信人|발신자|보(?:내는|낸) ?사람|"
    r"afsender\w{0,3}|avsender\w{0,3}|odes(?:í|i)latel\w{0,2}|"
    r"l(?:ä|a)hett(?:ä|a)j(?:ä|a)\w{0,2}|po(?:š|s)iljatelj\w{0,2}|odosielate(?:ľ|l)\w{0,2}|подател\w{0,2}|"
    r"αποστολέ\w{1,2}|g(?:ö|o)nderen|寄件者|發件人|發信人|відправник\w{0,3}|expeditor\w{0,4}"
)
# A letter's salutation before the noun (lowercase): de "Sehr geehrter/Liebe/Hallo", en "Dear/Hello", fr "Cher",
# es "Estimado", it "Gentile/Caro", pt "Prezado", nl "Geachte/Beste", pl "Szanowny/Drogi", uk "Шановний", ru
# "Уважаемый/Дорогой", ro "Stimate", zh "尊敬的/亲爱的".
GREETING_BEFORE = (
    r"(?:sehr geehrte[rs]?|geehrte[rs]?|liebe[rs]?|hallo|dear|hello|cher|ch(?:è|e)re|estimad[oa]s?|querid[oa]s?|"
    r"gentile|egregio|car[oa]|prezad[oa]s?|geachte|beste|szanown\w{1,3}|drog\w{1,3}|шановн\w{1,3}|уважаем\w{1,3}|"
    r"дорог\w{1,3}|stimat\w{1,3}|尊敬的|亲爱的|親愛的)\s?"
)
# A greeting after the noun: zh "您好/你好" (hello), ja "各位" (to all), an honorific "様/さま/殿" only before "へ" (to)
# or a pause ("送信者様のアドレス" is the sender's own address, said politely).
GREETING_AFTER = r"(?:您好|你好|各位|(?:様|さま|殿)(?:へ|宛て?)?(?=[\s:：,，、!！]))"
# The start of a line, a sentence or the reply's text (after its codes): where a noun and a pause are a vocative or
# a label ("Absender: <address>", "Stimate expeditorule,"), not a clause's subject.
# Right after a reply's code or status ("550 ", "550-", "5.7.1 "): where its own words begin.
AFTER_CODES = (r"(?<=\b[245]\d\d )|(?<=\b[245]\d\d-)|(?<=\b[245]\.\d\.\d )|(?<=\b[245]\.\d\.\d\d )"
               r"|(?<=\b[245]\.\d\.\d\d\d )")
START = rf"(?:^|(?<=[\n.;!?|。！？:：])|{AFTER_CODES})\s*"
# A vocative's or label's pause after the noun (and its Latin or Cyrillic ending: "відправнику", "expeditorule").
PAUSE = r"[a-zа-яёіїєґăâîșşțţ]{0,4}\s?[:：,，!！、]"
# The recipient's own noun, which the absence must be about for the address to the sender to be set aside.
RECIPIENT_ROLE = (
    r"recipient|receiver|addressee|empf(?:ä|ae|a)nger|destinataire|destinatari|destinat(?:á|a)rio|destinatar|"
    r"ontvanger|odbiorc|mottagar|modtager|mottaker|p(?:ř|r)(?:í|i)jemc|получател|одержувач|адресат|"
    r"收件人|收件者|收信人|宛先|受信者|수신자|받는 사람|c(?:í|i)mzett|vastaanottaj|παραλήπτ|al(?:ı|i)c(?:ı|i)|penerima|"
    r"ng(?:ư|u)(?:ờ|o)i nh(?:ậ|a)n"
)
# ...as the thing missing, not as the one who speaks or refuses: "Dear sender, recipient server reports: domain
# example.com does not exist", "尊敬的发件人：收件人服务器无法解析域名...", "Stimate expeditor, destinatarul a respins
# mesajul: ..." say what the recipient's side found wrong with OUR side (review 103: false hards). Unless the
# recipient's own noun comes again before its sentence ends ("收件人服务器返回：收件人地址不存在": the server reports
# the recipient missing).
SPEAKS = (
    r"[\w-]{0,4}(?:'s)?[\s-]?(?:mail ?)?(?:server|服务器|伺服器|サーバ|сервер|mx\b)|[\w-]{0,4}\s(?:a respins|has "
    r"rejected|rejected|refused|refuses|does not accept|hat \S+ abgelehnt|lehnt|rechaz|ha rifiutato|rifiuta|не приймає|"
    r"отклонил|відхилив)|[\w-]{0,4}\s?(?:拒)"
)
# What may stand between the greeting or label and the recipient's noun: the label's own address, an article, "the
# address of", a "hello" ("尊敬的发件人：您好，收件人..."). Nothing else: "Absender: <a> ist dem Empfänger nicht bekannt" and
# "发件人：<a> 在收件人服务器上不存在" say the SENDER is unknown at the recipient (review 99's controls).
BEFORE_RECIPIENT = (
    r"(?:[^\s@<>]{1,64}@[^\s,，;；<>]{1,255}[\s,，;；、>]*)?"
    r"(?:(?:the|der|die|das|dem|den|des|le|la|les|el|los|las|il|lo|gli|o|os|as|a|de|del|della|du|do|da|of|van|het|"
    r"adresa|адреса|адрес|adres|address|adresse|direcci(?:ó|o)n|indirizzo|endere(?:ç|c)o)\s|l'"
    r"|(?:您好|你好)[，,：:！!]?\s?){0,3}"
)
# The word "address" in these languages, before the address it names (also classifier.said_address's).
ADDRESS_NOUNS = r"(?:address|adresse|adresa|direcci(?:ó|o)n|indirizzo|endere(?:ç|c)o|adres|адрес\w{0,2}|地址)"
NOT_SPEAKING = (rf"(?!(?:{SPEAKS})(?![^.;!?\n|]{{0,80}}?(?:{RECIPIENT_ROLE}|user|mailbox|benutzer|postfach|用户|"
                r"邮箱|用戶|utilizator"
                # ...or an address, with its @, said missing ("der Empfängerserver meldet: Adresse x@y existiert
                # nicht": the recipient's, as before review 103; review 104, a false soft). A domain alone is ours.
                r"|" + ADDRESS_NOUNS + r" <?[^\s@<>]{1,64}@)))")
# "Your" said to the reader, the sender: what follows is the sender's own ("Sehr geehrter Absender, Ihre Adresse ist
# dem Empfänger unbekannt"). "Su", "ihr" are also "its/their": the reading stays the sender's, as before review 99.
YOURS = (
    r"\byour\b|\bihre?[rnms]?\b|\bdein\w{0,2}|\bvotre\b|\bvos\b|\bton\b|\bta\b|\btes\b|\bsu\b|\bsus\b|\btu\b|"
    r"\btus\b|\bvostr\w|\btuo\b|\btua\b|\bseu\b|\bsua\b|\buw\b|\bje\b|\btw(?:ó|o)j\w{0,2}|\bwasz\w{0,3}|"
    r"\bваш\w{0,3}|\bтв(?:і|о)\w{1,3}|\bdumneavoastr\w{1,2}|\bdvs\b|\bt(?:ă|a)u\b|\btale\b|"
    r"您的|你的|贵|貴|あなた|お客様"
)
# The labels admins write before a reply's reason ("Fehler:", "Grund:", "error:", "motivo:"), in the order reviews 103
# and 104 found them.
REASON_LABELS = ("fehler", "grund", "error", "reason", "motivo", "errore", "erro", "fout", "reden", "ursache",
                 "begründung", "hinweis", "meldung", "diagnose", "causa", "razón", "razon", "problema", "motivazione",
                 "detalhes", "oorzaak")
# After the sender's absence word, the recipient as the NEXT noun: the absence is its ("Return-path address <us>:
# unknown recipient", review 112; any language's noun, "unknown receiver / ontvanger", review 113). Not "unknown
# recipients" counted, nor a recipient limit; nor the recipient then said refused or not tried AS A RESULT of our
# sender missing ("Sender address not found recipient not contacted", "Sender <us> unknown recipient blocked": review
# 113's false hards, the thing missing still ours).
# Review 115: a plural naming ONE address and nothing more ("Return-path <us>: unknown recipients: lead@x") is that
# recipient's (a false soft); the recipient's "side", or its fate said with "was/has been" or "not delivered/reached/
# attempted" or "skipped" ("sender unknown recipient side", "... unknown recipient was rejected", "MAIL FROM domain
# unknown recipient not delivered"), is still a consequence of ours missing (false hards).
_ONE_ADDRESS = r"[ \t]*[:：]?[ \t]*<?[^\s@<>,;]{1,64}@[^\s<>,;]{1,255}?>?[ \t]*(?:$|\n|\.(?!\S))"
# (said_address._ADDRESS_NAMED's look-ahead too, review 115: "Address <us> unknown recipient not contacted", "Adresse
# <us> unbekannt Empfänger abgelehnt" read hard in our relay's copy.)
RECIPIENT_FATE = (r"\w*[ \t]+(?:limit|count|rate|threshold|side\b|(?:(?:was|is|has been|were) )?(?:not (?:contacted|"
                  r"tried|delivered|reached|attempted)|rejected|refused|blocked|denied|skipped)|abgelehnt|"
                  r"nicht kontaktiert)")
NEXT_NOUNS = (r"(?![ \t]+(?:" + RECIPIENT_ROLE + r")(?!s\b(?!" + _ONE_ADDRESS + r")|" + RECIPIENT_FATE + "))")
# "Your domain" where the reply OPENS with it (after its codes, or a line's start): a German "Ihre", Spanish "Su",
# Portuguese "Seu", Italian "(Il) vostro", Dutch "Uw" with nothing before it to refer back to is said to the reader,
# the sending client, as the English "your domain" (review 93's _YOUR rows, mended in review 99). Lowercase "ihre",
# "su" after another sentence may be the address's own ("Die Adresse ist ungültig, ihre Domain existiert nicht"):
# not there.
OPENING_YOURS = (
    r"(?:^|(?<=\n)|" + AFTER_CODES + "|"
    # ...or after the reply's own label for its reason ("550 5.7.1 Fehler: Ihre Domain existiert nicht", review 103;
    # "Ursache: Ihre Domain existiert nicht" read hostunknown, a false hard, review 104).
    + "|".join(rf"(?<=\b{label}: )" for label in REASON_LABELS) + ")"
    r"(?:ihre?|su|seu|sua|(?:il )?(?:vostro|tuo)|uw|din|ditt|dit|tw(?:ó|o)j|wasz|pa(?:ń|n)stwa|votre|ваш) "
    r"(?:domain|dom(?:ä|a)ne|dominio|dom(?:í|i)nio|domein"
    # ...and the reader's ACCOUNT opening the reply, as review 138's English "your account" (review 142: "Ihr Konto
    # existiert nicht", "Su cuenta no existe", "Sua conta nao existe", "Il tuo account non esiste", "Uw account bestaat
    # niet" read the missing recipient, false hards).
    r"|(?<=ihr )(?:benutzer)?konto|(?<=su )cuenta|(?<=seu )conta|(?<=sua )conta|(?<=tuo )account|(?<=vostro )account"
    r"|(?<=uw )account"
    # ...and the German "Ihre (E-Mail-)Adresse" opening the reply: the reader's, our sender's ("Grund: Ihre
    # E-Mail-Adresse ist uns unbekannt" read userunknown, a false hard; review 104).
    r"|(?<=ihre )(?:e-?mail-?)?adresse"
    # ...and the Danish, Norwegian, Swedish "din (e-mail)adresse / din konto / ditt konto" (audit 47: "Din
    # e-mailadresse findes ikke", "Din e-postadress finns inte" read userunknown, false hards; not Dutch "dit", this:
    # only "dit konto", a word Dutch does not use).
    r"|(?<=din )(?:e-?(?:mail|post)-?)?adress(?:e|en)?|(?<=din )konto|(?<=ditt )konto|(?<=dit )konto"
    # (Audit 48: and their own words for the domain, the account's compounds: "Din domän finns inte", "Dit domæne",
    # "Ditt domene", "Ditt e-postkonto", "Din e-mailkonto", "Din brugerkonto" read the recipient's, false hards.)
    # (Audit 49: and the compounds of the domain, "Ditt domännamn", "Din e-postdomän": false hards.)
    r"|(?<=din )(?:e-?(?:post|mail)-?)?dom(?:ä|a)n|(?<=dit )dom(?:æ|ae)ne(?:navn)?|(?<=ditt )dom(?:ä|a|e)ne?(?:namn|navn)?"
    r"|(?<=din |dit )(?:e-?(?:mail|post)|bruger|bruker)-?konto|(?<=ditt )(?:e-?(?:mail|post)|användar|bruker)-?konto"
    # (Audit 51: and the Polish "Twój / Wasz / Państwa (formal) adres", "Państwa adres e-mail nie został znaleziony" read
    # userunknown, a false hard.)
    r"|(?<=tw(?:ó|o)j |wasz )adres|(?<=pa(?:ń|n)stwa )adres"
    # (Session 41: and the Romance, Dutch and Russian "your (e-mail) address" opening the reply: "Votre adresse e-mail
    # est introuvable", "Il tuo indirizzo email non esiste", "Uw e-mailadres bestaat niet", "Su dirección de correo no
    # existe", "Seu endereço de e-mail não existe", "Ваш адрес электронной почты не существует" read hard.)
    r"|(?<=votre )adresse|(?<=tuo )indirizzo|(?<=vostro )indirizzo|(?<=uw )(?:e-?mail-?)?adres|(?<=su )direcci(?:ó|o)n"
    r"|(?<=seu )endere(?:ç|c)o|(?<=ваш )адрес)\b"
    # ...not where a recipient's noun follows in the sentence ("Ihre Domain ist gültig, aber der Empfänger existiert
    # nicht": the absence is the recipient's).
    r"(?![^.;!?\n|]{0,60}?(?:" + RECIPIENT_ROLE + r"|benutzer|postfach|konto|usuari|buz(?:ó|o)n|cuenta|casilla|utente|"
    r"casella|usu(?:á|a)rio|caixa|conta|gebruiker|mailbox|user"
    # ...nor the DESTINATION's domain ("Su dominio de destino no existe", "Il vostro dominio di destinazione": the
    # domain the mail went to; review 103).
    r"|destin|ziel|bestemming))"
)
# What lexicon._SENDER's reach (a sender word, then an absence in its sentence) never crosses: the recipient's noun,
# in English ("Sender OK, recipient does not exist", review 88) and in Chinese, Japanese and Korean (review 145:
# "发件人地址正常，收件人地址不存在", "보내는 사람 주소는 정상이며 받는 사람 주소가 존재하지 않습니다" read ours, false softs;
# CJK writes no comma-free clause break the GAP sees). Not the recipient's SERVER ("发件人在收件人服务器上不存在": our
# sender unknown there, review 99's control), its MAIL server too ("收件人邮件服务器", "宛先のメールサーバ", "받는 사람 메일
# 서버"): ours.
# Review 147: the recipient's SYSTEM or DOMAIN is such a place too ("发件人在收件人域中不存在", "宛先のドメインに存在しません",
# "받는 사람 도메인에": our sender unknown there, false hards of the server alone), but only as a place, a locative
# after it (上 / 中 / に / 에); never the recipient's domain or server itself said missing ("收件人域名不存在",
# "收件人服务器不存在": hostunknown, read ours). Nor past our sender said fine (正常 / 정상, the CJK "ok": "发件人地址正常，收件人服务器上的邮箱
# 不存在": the recipient's box, read ours, false softs).
# (The server as a subject still is, "收件人服务器无法解析域名 <ours>", review 103's control: only its own absence is not.)
_THEIR_PLACE = (r"(?:的?(?:邮件|郵件)?(?:服务器|伺服器|服務器)|の?(?:メール)?サーバー?|의? ?(?:메일 ?)?서버)"
                r"(?!(?:は|が|이|가)? ?(?:不存在|存在しません|존재하지))|"
                r"(?:的?(?:系统|系統|域名?)|の?(?:ドメイン|システム)|의? ?(?:도메인|시스템))(?:上|中|里|内|內|に|で|에서|에)")
# Review 169 (Sisimai 4.25's outside opinion on review 163's strict xfails): the European languages' recipient noun
# OPENING a new clause, after a comma or a "but" ("Afzender gecontroleerd, ontvanger onbekend", "Expéditeur vérifié,
# destinataire inconnu", "Remitente aceptado, pero el destinatario no existe" read ours, false softs). Only there: mid-
# clause the noun is where our sender is unknown ("Afzender is bij de ontvanger onbekend", "Remitente, para el
# destinatario, desconocido", review 99's "ist dem Empfänger nicht bekannt", "Absender, dem Empfänger nicht bekannt":
# ours); nor the recipient's SERVER speaking
# ("Absender <us>, Empfängerserver meldet: unbekannt", review 103: ours).
_CLAUSE_RECIPIENT = (
    r"(?:[,，]\s*|(?<![\w-])(?:but|aber|doch|mais|pero|ma|maar|mas|men|ale|но)\s+|"
    # (review 172: an "and" after our sender's verdict, "Absender geprüft und Empfänger unbekannt", "Expéditeur vérifié
    # et destinataire inconnu" read ours; never right after the sender's noun or address: "Absender (<us>) und
    # Empfänger unbekannt")
    r"(?<=[^\W\d_]\s)(?<!sender\s)(?<!absender\s)(?<!afzender\s)(?<!xpéditeur\s)(?<!xpediteur\s)(?<!remitente\s)"
    r"(?<!mittente\s)(?<!remetente\s)(?<!avsändare\s)(?<!nadawca\s)(?:and|und|et|en|och|og|y|e)\s+)"
    r"(?:(?:but|aber|doch|mais|pero|ma|maar|mas|men|ale|но)\s+)?"
    r"(?:(?:the|der|die|den|de|het|le|la|el|il|lo|o)\s+|l')?"  # no dative "dem", no "a" (es/it "to")
    r"(?:receiver|addressee|empf(?:ä|ae|a)nger|destinataire|destinatari|destinat(?:á|a)rio|destinatar|ontvanger|"
    r"odbiorc|mottagar|modtager|mottaker|p(?:ř|r)(?:í|i)jemc|получател|одержувач|адресат|c(?:í|i)mzett|"
    r"vastaanottaj|παραλήπτ|al(?:ı|i)c(?:ı|i)|penerima)"
    r"(?![\w-]{0,4}[\s-]?(?:mail ?)?(?:server|serveur|servidor|serwer|сервер|mx\b))"
    # (review 172: nor the recipient's domain, system, MTA or host speaking, nor the recipient REPORTING: "Absender
    # <us>, Empfänger-MTA meldet: unbekannt", "Remitente <us>, el destinatario informa: desconocido" read lead hard)
    r"(?![\w-]{0,4}[\s-]?(?:domain|dom(?:ä|ai)ne|dominio|system|syst(?:è|e)me|sistema|systeem|mta\b|host))"
    r"(?!\w*\s+(?:meldet|meldt|informa|indica|signale|rapporte|reports?|says|sagt|segnala|avisa|responde|"
    r"répond|antwortet|antwoordt)\b)"
)
ACROSS = (r"recipient|(?:收件人|收件者|收信人|受信者|宛先|수신자|받는 ?사람)(?!" + _THEIR_PLACE + r")|正常|정상|"
          + _CLAUSE_RECIPIENT)
# The reader's own account said missing (review 138: "your (e-mail | mail | user) account", French "votre compte";
# review 142: the account the reader sends FROM, "your sending / SMTP account", "your login", "your username"): a reply
# answers the SMTP client (RFC 5321 4.2), so it is OUR account, the sender's (lexicon._SENDER). Not the account it
# sends TO ("The account you are sending to does not exist": the recipient's).
# Also a provider's own name for it ("Your Google / Microsoft account does not exist"), but not the recipient's
# ("your recipient / destination account"); and the address, domain, account or mailbox the reader sends FROM (review
# 142's round two: "the domain you are sending from"; review 140: "Returned to sender: the address you sent from does
# not exist", a false hard).
SENT_FROM = (r"(?:account|(?:e-?mail )?address|domain|mailbox) (?:that )?you(?:'re| are| were)? "
             r"(?:sending|send|sent|wrote) from\b"
             # (Audit 51: Polish "the address from which you (formal) send", "adres, z którego Państwo wysyłają": a
             # false hard.)
             r"|\badres,? z kt(?:ó|o)rego (?:pa(?:ń|n)stwo |pan |pani )?wys(?:y(?:ł|l)a|(?:ł|l)a)\w{0,4}")
# The sender's domain or host said not to resolve ("Your sending domain could not be resolved", "the domain of your
# return address has no DNS entry"): missing as far as the receiver can tell, ours (lexicon._SENDER; review novel40,
# a false hard under 5.1.2). Only after a sender's word: the recipient's domain unresolved is hostunknown's own.
UNRESOLVED = r"(?:could ?n[o']t|cannot|can't) be resolved|does ?n[o']t resolve|unresolvable|has no dns (?:entry|record)"
READER_ACCOUNT = (r"your (?!(?:recipient|receiver|addressee|destination|target|contact)s?\b)(?:[\w-]{1,20} )?account|"
                  r"votre compte|" + SENT_FROM + r"|your (?:login|user ?name)\b")
_READER_ACCOUNT = re.compile(READER_ACCOUNT)
# ...but not where, after those words, another address or mailbox (after a pause or "but": "Nothing is wrong with your
# account, <lead> does not exist", "Your username is fine but the mailbox does not exist") or the recipient's noun in
# any language ("Message de votre compte refusé, destinataire inconnu") is the one said missing (review 142: false
# softs; the English "recipient" already ends lexicon._SENDER's reach).
# Review 145: also after "however / yet / whereas / while" and French "mais", Spanish "pero", German "aber", Italian
# "ma", Dutch "maar" ("Your username is valid, yet the mailbox is unknown", "Votre compte est valide, mais la boite aux
# lettres n'existe pas": false softs), and a domain or a box in those languages ("the domain you are sending to");
# never the address or domain the reader sends FROM ("Your account is fine, but the address you are sending from does
# not exist": ours, read the recipient's, a false hard of review 142's).
_JOINING = r"(?:but|however|yet|whereas|while|mais|pero|aber|ma|maar)\b"
_ANOTHER_NAMED = re.compile(r"(?:[,:]\s*(?:" + _JOINING + r")?|\b" + _JOINING + r")\s*"
                            r"(?:(?:the|this|that|la|le|el|die|der|das|het|de) |l')?(?:<?[^\s<>@,]{1,64}@|mailbox|"
                            r"user\b|address|account|domain|bo(?:î|i)te|buz(?:ó|o)n|postfach|casella|caixa)"
                            r"(?! (?:that )?you(?:'re| are| were)? (?:sending|send|sent|wrote) from\b)"
                            r"|(?:" + RECIPIENT_ROLE + ")")


def reader_account_aside(said: str, recipient_missing_before: Callable[[], bool]) -> bool:
    """Is `said` (lexicon._SENDER's match) the reader's account words that are not ours to read: a help line after the
    recipient was said missing (`recipient_missing_before()`; review 53's "User unknown; if your account is locked",
    review 142's "if your e-mail account / votre compte ..."), or another address or the recipient named after them?"""
    found = _READER_ACCOUNT.search(said)
    return found is not None and (_ANOTHER_NAMED.search(said, found.end()) is not None or recipient_missing_before())


# The sender as where the message, a copy or a notice went back, or as the one told of the failure (review 132; reviews
# 126 and 130's strict xfails): "Message returned to the sender: user unknown", "Returning message to sender" (Exim's
# bounce subject), "a copy was sent to the sender", "the sender has been notified", German "an den Absender
# zurückgeschickt" (Microsoft's Exchange help), French "renvoyé à l'expéditeur", Spanish "devuelto al remitente",
# Italian "restituito al mittente", Dutch "teruggestuurd naar de afzender", Polish "zwrócona do nadawcy", Russian
# "возвращено отправителю" (Microsoft Learn's localised pages on NDRs). The absence after it is the recipient's, a
# false soft until then (lexicon's sender check read OUR sender unknown). Review 91's look-behinds in lexicon._SENDER
# cover only "returned to sender" / "back to (the) sender" without more words. Not the sender's own ADDRESS or domain
# named right after ("Return to sender address unknown": our return path, RFC 5321's reverse-path), nor a sender word
# that is part of an address ("sent to sender@...").
_NOT_THE_NOUN = (r"(?![\w@-]|\.\w|['’]s\b|s'|\s*(?:address|domain|mailbox|account|e-?mail|name|ip|host|server|"
                 r"adresse|adres|direcci|indirizzo|адрес)\b)")
# ...nor the French, Spanish, Portuguese or Italian noun with an absence adjective after it: "renvoyé à l'expéditeur
# inconnu", "devuelto al remitente desconocido" is "returned to the UNKNOWN sender", ours (review 134: false hards).
_NOT_SAID_ABSENT = r"(?! ?(?:inconnu|inexistant|desconocid|inexistent|desconhecid|sconosciut|inesistent|ignot))"
RETURNED_TO = re.compile(
    # Review 134: also hyphenated ("Returned-to-sender:"), "the message/mail sender", a notice's noun ("notification
    # to the sender"), "informing the sender" and "sender notified" without "has been" (false softs).
    r"\b(?:return(?:ed|ing|s)?|sen[dt](?:ing)?|bounced|went|goes|forwarded|copied|delivered)(?: [\w-]+){0,2}?[ -]"
    r"(?:back[ -])?to[ -](?:the |its |their )?(?:original |message |mail )?sender" + _NOT_THE_NOUN
    + r"|\b(?:notification|notice|report|ndr|dsn)s? (?:to|for) (?:the |its )?(?:original )?sender" + _NOT_THE_NOUN
    + r"|\b(?:notif(?:y|ied|ying)|inform(?:ed|ing)?) (?:the |its )?(?:original )?sender" + _NOT_THE_NOUN
    + r"|\b(?:the |its )?(?:original )?sender (?:(?:has been|have been|was|were|will be|is being|is) "
    r"(?:notified|informed|advised|told)|notified)\b"
    # German, the article optional ("an Absender zurückgeschickt"), "übermittelt" (Microsoft Learn's backscatter
    # page: "übermittelt sie zurück an den Absender"), a notice's noun before it.
    r"|\ban (?:den |die )?(?:urspr(?:ü|u)nglichen )?absender(?:in)? (?:[\w-]+ ){0,2}?"
    r"(?:zur(?:ü|u)ck\w*|retourniert|geschickt|gesendet|weitergeleitet|(?:ü|u)bermittelt)"
    r"|\bzur(?:ü|u)ck an (?:den )?absender\b|\b(?:benachrichtigung|mitteilung|unzustellbarkeitsbericht) an (?:den )?"
    r"(?:urspr(?:ü|u)nglichen )?absender\b"
    r"|\b(?:der|die) absender(?:in)? (?:wurde|wird|ist) (?:\w+ )?(?:benachrichtigt|informiert)"
    # French "retour à l'expéditeur" (the noun), "renvoi", "à son expéditeur".
    r"|\b(?:renvo[iy]|retour|r(?:é|e)exp(?:é|e)di)\w* (?:à|a) (?:l'|son )exp(?:é|e)diteur\b" + _NOT_SAID_ABSENT
    + r"|\bl'exp(?:é|e)diteur (?:a (?:é|e)t(?:é|e)|sera|est) (?:averti|notifi(?:é|e)|inform(?:é|e)|pr(?:é|e)venu)\w*"
    + r"|\b(?:devuelt|devol|reenviad|retornad)\w* (?:al|a su) remitente\b" + _NOT_SAID_ABSENT
    + r"|\bse (?:le )?(?:notific|inform)\w* al remitente\b"
    # Portuguese (Microsoft Learn, EOP FAQ pt-br: "a mensagem será retornada ao remetente").
    + r"|\b(?:devolvid|retornad|reenviad|enviad)\w* (?:ao|para o) remetente\b" + _NOT_SAID_ABSENT
    # Italian, "inviato/rimandato/restituzione al (suo) mittente".
    + r"|\b(?:restitu|rispedit|rinviat|ritorn|rimandat|inviat)\w* al (?:suo )?mittente\b" + _NOT_SAID_ABSENT
    + r"|\b(?:teruggestuurd|teruggezonden|geretourneerd|retourneren|terugsturen) (?:naar|aan) (?:de )?"
    r"(?:oorspronkelijke |originele )?afzender\b|\b(?:terug naar|retour) (?:de )?afzender\b"
    # Polish without "do" ("zwrócona nadawcy", dative) and the noun "zwrot"; Russian "возврат", "обратно" after.
    r"|\b(?:zwr(?:ó|o)(?:c|t)\w*|odes(?:ł|l)an\w*) (?:do )?nadawc\w*"
    r"|\b(?:возвра\w*|отправлен\w* обратно|вернул\w*)(?: обратно)? отправител\w*"
    # Czech "vrácena odesílateli", Swedish "returneras till avsändaren" (Microsoft Learn sv-se).
    r"|\bvr(?:á|a)(?:c|t)\w*(?: se| zp(?:ě|e)t)? odes(?:í|i)latel\w*"
    r"|\b(?:returner\w*|skickat?s? tillbaka) till (?:den ursprungliga )?avs(?:ä|a)ndaren\b"
)
# ...not where the return or the notice itself is said to have failed ("could not be returned to the sender: address
# does not exist", "Unable to notify the sender: domain not found", "Konnte nicht an den Absender zurückgeschickt
# werden"): the address or domain then missing is the one the return went to, OURS (review 134: false hards). Such a
# phrase is left as it was before review 132 (the sender check reads it; the cheaper error). A negated delivery
# before the return ("not delivered and returned to the sender") is looked past, to the return's own verb.
_FAILED_BEFORE = re.compile(r"(?:\b(?:not|never|cannot|unable to|failed to|failure to|impossible to|nicht|"
                            r"pas pu (?:ê|e)tre|no se pudo"
                            # ...and in the other languages of RETURNED_TO (review 140: false hards): pl, ru, nl, sv,
                            # cs, pt, it ("Nie można zwrócić do nadawcy", "Kon niet worden teruggestuurd naar de afzender").
                            r"|nie mo(?:ż|z)na|nie uda(?:ł|l)o si(?:ę|e)|не удалось|невозможно|kon(?:den)? niet(?: worden)?"
                            r"|niet|kunde inte|inte|nelze|ne(?:š|s)lo|n(?:ã|a)o (?:p(?:ô|o)de|foi poss(?:í|i)vel)(?: ser)?"
                            r"|impossibile|non (?:(?:è|e) stato )?possibile)|n't)(?: (?:be|been|being|be able to))? $")
# ...and an error or failure word right before the NOTICE's own verb ("Error informing the sender", "Failure notifying
# the sender"); not before a returned report ("Delivery error returned to the sender: user unknown": the recipient's).
_NOTICE_FAILED = re.compile(r"\b(?:error|failure|problem|trouble)s?(?: (?:while|when|in))? $")
# ...before the NOUN only with a joining word ("Error in / Failure of notification to the sender"): "Delivery failure
# notification to the sender: user unknown" is the failure notice itself, sent (review 140: read ours, a false soft).
_NOTICE_FAILED_NOUN = re.compile(r"\b(?:error|failure|problem|trouble)s? (?:while|when|in|of|during|with) $")
# ...or the return said failed or bounced right after the phrase ("Returning the message to the sender failed: domain
# not found", "Notification to the sender bounced", "An den Absender zurückschicken fehlgeschlagen"); not a failed
# delivery in a clause of its own ("Returned to the sender, delivery failed: user unknown").
_FAILED_AFTER = re.compile(r" (?:(?:has |was |is )?(?:failed|bounced|unsuccessful|impossible|not possible)|"
                           # ...or said undelivered or refused ("Notification to the sender could not be delivered:
                           # domain not found", "The DSN to the sender was undeliverable"; review 140: false hards).
                           # Its verb required: "returned to sender undelivered / undeliverable" is the MESSAGE.
                           r"(?:could not|couldn't|cannot|can't) be (?:delivered|sent)|(?:has been|was|is) "
                           r"(?:undeliverable|refused|rejected)|"
                           r"fehlgeschlagen|gescheitert|a (?:é|e)chou(?:é|e)|ha fallado|fall(?:ó|o)|non riuscit\w|"
                           # ...and in the other languages of RETURNED_TO (review 140: false hards): pl, ru, nl, sv, cs.
                           r"nie powi(?:ó|o)d(?:ł|l)\w{0,2} si(?:ę|e)|не удал(?:ся|ось|ась)|(?:is )?mislukt|"
                           r"misslyckade?s?|selhal[oa]?|(?:se )?nezda(?:ř|r)il[oa]?(?: se)?|"
                           r"(?:è )?fallit\w)\b")
# ...nor where "your" follows it ("An den Absender zurückgeschickt: Ihre Domain existiert nicht", "Devuelto al
# remitente: su dominio no existe"): the reader's own, ours, which the sender check reads only where a reply OPENS
# with it (`OPENING_YOURS`; review 134: false hards). Right after the phrase, or after at most two short words ("da
# Ihre Domain"): a help line's "your" later ("user unknown, check the address in your message") leaves it blanked.
_YOURS_AFTER = re.compile(rf"[\s:：,;-]{{0,4}}(?:[^\W\d]{{1,5}}[\s,]{{1,2}}){{0,2}}?(?:{YOURS})")


def _return_failed(text: str, m: re.Match[str]) -> bool:
    """Is the return or notice `m` (a `RETURNED_TO` match in `text`) itself said to fail, before or right after it?"""
    return (_FAILED_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None
            or m.group(0).startswith(("notif", "inform"))
            and (_NOTICE_FAILED_NOUN if m.group(0).startswith("notification") else _NOTICE_FAILED).search(
                text, max(0, m.start() - 30), m.start()) is not None
            or _FAILED_AFTER.match(text, m.end()) is not None)


def directions_blanked(text: str) -> str:
    """Lowercase `text` with each `RETURNED_TO` phrase blanked (the same length): the sender words left say what is
    wrong, if any."""
    if RETURNED_TO.search(text) is None:
        return text
    parts, pos = [], 0
    while (m := RETURNED_TO.search(text, pos)) is not None:
        if _return_failed(text, m):
            parts.append(text[pos:m.start() + 1])  # look again from the next word ("not delivered and returned ...")
            pos = m.start() + 1
            continue
        kept = _YOURS_AFTER.match(text, m.end()) is not None
        parts += [text[pos:m.start()], m.group(0) if kept else " " * len(m.group(0))]
        pos = m.end()
    return "".join(parts) + text[pos:]
