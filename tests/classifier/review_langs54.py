"""Review langs54: a MEASUREMENT of the classifier on ordinary non-English bounces it has never seen, as the issue
names them (de, fr, es, it, pt, nl, pl, sv, ru, ja, zh): whole notices as the providers and servers send them, mostly
'no such user', then a full mailbox, a disabled mailbox, policy / spam / blocklist refusals said of our sender,
delays, an unknown domain; and the non-bounces the same mailboxes send (review_langs54_more.py: ISPs' own notices,
localised MTA templates, Dovecot, auto-replies, read receipts, delivery reports).

Nothing here is built to break a rule: each row is the ordinary case of its family in its language. The notices'
frames are the generators' own layouts (review_holdout50_layouts: Gmail's DSN, Exchange Online's NDR; review_langs:
a localised notice with or without a delivery-status part); the server replies inside them are quoted from the
providers' help pages or code that quotes them (cited per row). Where a frame's localised words were not found in
a source, the frame is OUR translation of the generator's English template and the row says "frame translated by
us". Charsets as the generators use them (UTF-8, ISO-8859-1/2, windows-1250/1251, KOI8-R, ISO-2022-JP, Shift_JIS,
GB2312, GBK; base64, quoted-printable; RFC 2047 subjects).

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)] per
/work/shared/classifier/taxonomy.md, [] for no bounce, written BEFORE the classifier ran (committed first).
Names "l54-<family>-<lang>-<what>". All HAND-MADE; test_review_langs54.py runs them."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import exo, gmail
from tests.classifier.review_langs import notice

R, S, ANY = "recipient", "sender", None
UNKNOWN = ("userunknown",)
HOST = ("hostunknown",)
FULL = ("mailboxfull",)
SUSPEND = ("suspend",)
BLOCKED = ("blocked", "badreputation")
SPAM = ("spamdetected", "policyviolation", "filtered", "contenterror")
NOT_USER = ("rejected", "securityerror", "policyviolation", "filtered", "blocked", "notaccept", "onhold", "undefined",
            "authfailure", "systemerror")
ANY_REASON: tuple = ()


def hard(a: str, reasons=UNKNOWN) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons=ANY_REASON, scope=R) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def delayed(a: str, reasons=ANY_REASON) -> list[tuple]:
    return [(a, False, reasons, ANY, True)]


EXO_DOC = ("Exchange Online NDR layout (review_holdout50_layouts.exo; learn.microsoft.com 'Email non-delivery reports "
           "and SMTP errors in Exchange Online', its de-de/fr-fr/es-es pages); the user sentence {}")
EXO_XLATE = ("Exchange Online NDR frame ('Your message to X couldn't be delivered.' / 'X wasn't found at D.' / 'More "
             "Info for Email Admins' / 'Status code:'), frame translated by us into {} after the localised Microsoft "
             "Learn NDR pages (learn.microsoft.com/{}/exchange/.../non-delivery-reports-in-exchange-online); the "
             "admins' diagnostic is Exchange's own ({})")
GMAIL_XLATE = ("Gmail's DSN layout (review_holdout50_layouts.gmail: '** Address not found **' / 'Your message wasn't "
               "delivered to X because the address couldn't be found, or is unable to receive mail.'), the heading and "
               "lead translated by us into {} after Google's localised help answer 6596 (support.google.com/mail/"
               "answer/6596?hl={}); the remote reply: {}")
T_ONLINE = ("Telekom help 'Fehler \"Mailer-Daemon\" in einer zurueckkommenden E-Mail' (telekom.de/hilfe): 'unknown "
            "user/Teilnehmer existiert nicht', 'Mailbox quota exceedet/Mailbox voll'")
ORANGE = ("AssoConnect SmtpToolbox ProviderChecker/OrangeProviderChecker.php, quoting smtp-in.orange.fr's reply '550 "
          "5.1.1 ... Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]'")
UOL = ("br.ccm.net faq 28855 (a Brazilian help page quoting 'User unknown in relay recipient table' and 'User is over "
       "quota')")
INTERIA = ("Interia Poczta help nId 6589600 (pomoc.poczta.interia.pl): '550 5.1.1 Account not found', '550 5.2.1 "
           "Mailbox not available', '550 5.7.1 Recipient doesn't want your mail', '550 5.7.0 [SPF] host ... is not "
           "allowed to send mail from domain'")
YANDEX = ("Yandex 360 help 'Report on non-delivery to Yandex' (yandex.com/support/yandex-360/customers/mail/en/bounces/"
          "yandex): 'No such user', 'Message rejected under suspicion of SPAM', 'Policy rejection on the target "
          "address' (account blocked), 'Mailbox size limit exceeded'")
DOCOMO = ("NTT support FAQ pid2300000e64 (support.ntt.com/mail/faq) and catvfaq.net/archives/54: docomo's '550 Unknown "
          "user <x>@docomo.ne.jp'")
QQ = "QQ Mail returned-mail help (qqmailbox.com/transceivers/169): '550 Mailbox not found;', '该用户不存在', '收件人空间不足'"
NETEASE = ("NetEase's reply codes as a reseller's page lists them (biecuoliao.com/pa/MBRrwEM.html: '451 DT:SPM ,please "
           "try again' = spam features, temporarily refused; 554 DT:SPM refused as spam)")
C263 = ("263 enterprise mail help (263gmail.js.cn/help/13/2.htm): '信箱超容退信提示: mail size limit exceeded (in reply to "
        "end of DATA command)' = the recipient's mailbox over its capacity")
GMX = ("GMX newsroom 2017-09-28 'Unzustellbar: Was tun ...' (newsroom.gmx.net): 'Requested mail action aborded: exceeded "
       "storage allocation, Quota exceeded' (mailbox full)")
WEBDE = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (WEB.DE '452 ... Benutzer hat das "
         "Speichervolumen ueberschritten. / User has exhausted allowed storage space.')")
MANITU = ("support.onesystems.ch 722126 'Uebersicht haeufig vorkommender Fehlermeldungen': '554 5.7.1 Service "
          "unavailable; Client host [] blocked using ix.dnsbl.manitu.net' (our server on a blocklist)")
PF_SRC = "Postfix smtpd reply 'Recipient address rejected: User unknown in ...' (src/smtpd/smtpd_check.c)"
LIBERO = ("Libero / Virgilio help 'Messaggi di errore piu frequenti dopo invio email' (aiuto.libero.it, aiuto.virgilio."
          "it): 'MAILBOX FULL (User quota exceeded)', 'USER UNKNOWN', 'ROUTING SERVER FAILURE', 'DELIVERY TIME EXPIRED'")

AN, JM, JG, MR, JS = ("anna.schmidt@partner.de", "jean.martin@partner.fr", "jorge.garcia@partner.es",
                      "marco.rossi@partner.it", "joao.silva@partner.com.br")
JV, PK, ES, IP, TY, WL = ("jan.devries@partner.nl", "piotr.kowalski@partner.pl", "erik.svensson@partner.se",
                          "ivan.petrov@partner.ru", "taro.yamada@partner.co.jp", "wei.li@partner.cn")
NOT_FOUND = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"

ROWS: list[tuple] = [
    # --- Exchange Online's NDR in its own localised layouts (de / fr / es) ---------------------------------------
    ("l54-exo-de-nicht-gefunden", EXO_DOC.format("'anna.schmidt wurde bei partner.de nicht gefunden.' translated by us"),
     exo("l54a", AN, why="anna.schmidt wurde bei partner.de nicht gefunden.", fix="Überprüfen Sie die E-Mail-Adresse "
         "des Empfängers, und versuchen Sie, die Nachricht erneut zu senden.", diag=NOT_FOUND, status="5.1.1",
         lang="de"), hard(AN)),
    ("l54-exo-fr-introuvable", EXO_DOC.format("'jean.martin est introuvable sur partner.fr.' translated by us"),
     exo("l54b", JM, why="jean.martin est introuvable sur partner.fr.", fix="Vérifiez l'adresse de messagerie du "
         "destinataire, puis renvoyez le message.", diag=NOT_FOUND, status="5.1.1", lang="fr"), hard(JM)),
    ("l54-exo-es-buzon-lleno", EXO_DOC.format("for STOREDRV QuotaExceeded, translated by us"),
     exo("l54c", JG, why="El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.",
         fix="Vuelva a intentar enviar el mensaje más tarde o póngase en contacto con el destinatario directamente.",
         diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuota"
              "Exceeded", status="5.2.2", lang="es"), soft(JG, FULL)),
    ("l54-exo-de-nur-intern", EXO_DOC.format("for 5.7.1 RESOLVER.RST.AuthRequired (a group that accepts only "
                                             "internal senders: learn.microsoft.com fix-error-code-5-7-1), translated"),
     exo("l54d", "vertrieb@partner.de", why="Die Gruppe vertrieb akzeptiert nur Nachrichten von Personen in ihrer "
         "Organisation.", fix="Wenden Sie sich an den Besitzer der Gruppe.", diag="550 5.7.1 RESOLVER.RST.AuthRequired;"
         " authentication required", status="5.7.1", lang="de"), soft("vertrieb@partner.de", NOT_USER, ANY)),
    ("l54-exo-fr-dbeb-541", EXO_DOC.format("'Votre message n'a pas été remis car le fournisseur de messagerie du "
                                           "destinataire l'a rejeté.'; 5.4.1 Access denied = the recipient does not "
                                           "exist in the tenant (Directory-Based Edge Blocking, learn.microsoft.com "
                                           "fix-error-code-550-5-4-1)"),
     exo("l54e", "claire.bernard@partner.fr", why="Votre message n'a pas été remis car le fournisseur de messagerie du "
         "destinataire l'a rejeté.", fix="Contactez le destinataire par un autre moyen.", diag="550 5.4.1 Recipient "
         "address rejected: Access denied. AS(201806281) [PR3PR02MB6123.eurprd02.prod.outlook.com]", status="5.4.1",
         lang="fr", remote="partner-fr.mail.protection.outlook.com"), hard("claire.bernard@partner.fr")),
    ("l54-exo-es-ip-708", EXO_DOC.format("for 5.7.708 (learn.microsoft.com fix-error-code-5-7-708: traffic from the "
                                         "sending IP refused for its reputation), translated by us"),
     exo("l54f", "lucia.lopez@partner.es", why="Su mensaje no se ha entregado porque el proveedor de correo del "
         "destinatario lo ha rechazado.", fix="Póngase en contacto con su administrador.", diag="550 5.7.708 Service "
         "unavailable. Access denied, traffic not accepted from this IP.", status="5.7.708", lang="es"),
     soft("lucia.lopez@partner.es", BLOCKED, S)),
]

# --- Exchange Online's NDR in the languages its builder lacks: the same frame, words translated by us -------------
# (lang, locale, charset, cte, subject, head, not-found sentence, admins, status label, address)
EXO_LANGS = [
    ("it", "it-it", "iso-8859-1", "quoted-printable", "Non recapitabile: Offerta", "Impossibile recapitare il messaggio "
     "a {a}.", "{l} non è stato trovato in {d}.", "Altre informazioni per gli amministratori di posta elettronica",
     "Codice di stato:", MR),
    ("pt", "pt-br", "iso-8859-1", "quoted-printable", "Não é possível entregar: Proposta", "Sua mensagem para {a} não "
     "pôde ser entregue.", "{l} não foi encontrado em {d}.", "Mais informações para administradores de email",
     "Código de status:", JS),
    ("nl", "nl-nl", "iso-8859-1", "quoted-printable", "Onbestelbaar: Offerte", "Uw bericht aan {a} kan niet worden "
     "bezorgd.", "{l} is niet gevonden op {d}.", "Meer informatie voor e-mailbeheerders", "Statuscode:", JV),
    ("pl", "pl-pl", "windows-1250", "quoted-printable", "Niedostarczone: Oferta", "Nie można dostarczyć wiadomości do "
     "{a}.", "Nie znaleziono adresata {l} w domenie {d}.", "Więcej informacji dla administratorów poczty e-mail",
     "Kod stanu:", PK),
    ("sv", "sv-se", "iso-8859-1", "8bit", "Olevererbart: Erbjudande", "Det gick inte att leverera ditt meddelande till "
     "{a}.", "{l} hittades inte på {d}.", "Mer information för e-postadministratörer", "Statuskod:", ES),
    ("ru", "ru-ru", "utf-8", "base64", "Не удается доставить: Предложение", "Не удается доставить ваше сообщение для "
     "{a}.", "{l} не найден в {d}.", "Дополнительные сведения для администраторов электронной почты",
     "Код состояния:", IP),
    ("ja", "ja-jp", "iso-2022-jp", "7bit", "配信不能: ご提案", "{a} にメッセージを配信できませんでした。",
     "{l} が {d} で見つかりませんでした。", "メール管理者向けの詳細情報", "状態コード:", TY),
    ("zh", "zh-cn", "gb2312", "base64", "无法投递: 提案", "无法将你的邮件传递到 {a}。", "在 {d} 中找不到 {l}。",
     "面向电子邮件管理员的详细信息", "状态代码:", WL),
]


def exo_local(name: str, lang: str, cs: str, cte: str, subject: str, head: str, line: str, admins: str, label: str,
              a: str, *, status: str, diag: str) -> bytes:
    local, dom = a.split("@")
    body = (f"{head.format(a=a)}\n\n{line.format(l=local, d=dom)}\n\n{admins}\n{label} {' '.join(diag.split()[:2])}\n\n"
            f"Reported error: {diag}\nDSN generated by: AM9PR02MB7123.eurprd02.prod.outlook.com\n")
    return notice(name, body=body, charset=cs, cte=cte, subject=subject, rcpt=a, generator="Exchange Online NDR",
                  sender="Microsoft Outlook <postmaster@example.net>",
                  dsn={"status": status, "diag": diag, "reporting": "AM9PR02MB7123.eurprd02.prod.outlook.com"})


for _l, _loc, _cs, _cte, _subj, _head, _line, _adm, _lab, _a in EXO_LANGS:
    ROWS.append((f"l54-exo-{_l}-not-found", EXO_XLATE.format(_l, _loc, "RESOLVER.ADR.RecipNotFound"),
                 exo_local(f"l54-exo-{_l}", _l, _cs, _cte, _subj, _head, _line, _adm, _lab, _a, status="5.1.1",
                           diag=NOT_FOUND), hard(_a)))

_QUOTA = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
ROWS += [
    ("l54-exo-ja-full", EXO_XLATE.format("ja", "ja-jp", "STOREDRV QuotaExceeded"),
     exo_local("l54-exo-ja-full", "ja", "iso-2022-jp", "7bit", "配信不能: ご提案", "{a} にメッセージを配信できませんでした。",
               "受信者のメールボックスがいっぱいのため、現在メッセージを受信できません。", "メール管理者向けの詳細情報", "状態コード:",
               "hanako.suzuki@partner.co.jp", status="5.2.2", diag=_QUOTA), soft("hanako.suzuki@partner.co.jp", FULL)),
    ("l54-exo-pt-full", EXO_XLATE.format("pt", "pt-br", "STOREDRV QuotaExceeded"),
     exo_local("l54-exo-pt-full", "pt", "iso-8859-1", "quoted-printable", "Não é possível entregar: Proposta",
               "Sua mensagem para {a} não pôde ser entregue.", "A caixa de correio do destinatário está cheia e não "
               "pode aceitar mensagens no momento.", "Mais informações para administradores de email",
               "Código de status:", "maria.souza@partner.com.br", status="5.2.2", diag=_QUOTA),
     soft("maria.souza@partner.com.br", FULL)),
    ("l54-exo-ru-banned-ip", EXO_XLATE.format("ru", "ru-ru", "5.7.606-649 'Access denied, banned sending IP': "
                                              "learn.microsoft.com fix-error-code-550-5-7-606-649"),
     exo_local("l54-exo-ru-ip", "ru", "utf-8", "base64", "Не удается доставить: Предложение", "Не удается доставить "
               "ваше сообщение для {a}.", "Сообщение не доставлено, так как почтовая служба получателя отклонила его.",
               "Дополнительные сведения для администраторов электронной почты", "Код состояния:",
               "olga.ivanova@partner.ru", status="5.7.606", diag="550 5.7.606 Access denied, banned sending IP "
               "[198.51.100.7]. To request removal from this list please visit https://sender.office.com/"),
     soft("olga.ivanova@partner.ru", BLOCKED, S)),
]

# --- Gmail's own DSN in the sender's UI language (heading and lead translated; the remote's reply quoted) -----------
# (name, lang, heading, lead, reply, status, remote, source of the reply, expected)
_LEADS = {
    "de": ("Adresse nicht gefunden", "Ihre Nachricht wurde nicht an {a} zugestellt, weil die Adresse nicht gefunden "
           "wurde oder keine E-Mails empfangen kann."),
    "fr": ("Adresse introuvable", "Votre message n'a pas été distribué à {a}, car l'adresse est introuvable ou ne peut "
           "pas recevoir d'e-mails."),
    "es": ("Dirección no encontrada", "Tu mensaje no se ha entregado a {a} porque no se ha encontrado la dirección o "
           "no puede recibir correo."),
    "it": ("Indirizzo non trovato", "Il tuo messaggio non è stato recapitato a {a} perché l'indirizzo non è stato "
           "trovato o non è in grado di ricevere posta."),
    "pt": ("Endereço não encontrado", "Sua mensagem não foi entregue a {a} porque o endereço não foi encontrado ou não "
           "pode receber e-mails."),
    "nl": ("Adres niet gevonden", "Je bericht is niet bezorgd bij {a} omdat het adres niet is gevonden of geen e-mail "
           "kan ontvangen."),
    "pl": ("Nie znaleziono adresu", "Twoja wiadomość nie została dostarczona do {a}, ponieważ nie znaleziono adresu "
           "lub nie może on odbierać poczty."),
    "sv": ("Adressen hittades inte", "Ditt meddelande levererades inte till {a} eftersom adressen inte kunde hittas "
           "eller inte kan ta emot e-post."),
    "ru": ("Адрес не найден", "Ваше сообщение не доставлено на адрес {a}, так как он не найден или не может принимать "
           "почту."),
    "ja": ("アドレスが見つかりませんでした", "アドレスが見つからなかったか、メールを受信できないアドレスであるため、{a} にメールを配信できませんでした。"),
    "zh": ("找不到地址", "您的邮件未能送达 {a}，因为找不到该地址，或者该地址无法接收邮件。"),
}
_BLOCKED = {
    "de": ("Nachricht blockiert", "Ihre Nachricht an {a} wurde blockiert. Weitere Informationen finden Sie in der "
           "technischen Antwort unten."),
    "pl": ("Wiadomość zablokowana", "Twoja wiadomość do {a} została zablokowana. Szczegóły znajdziesz w odpowiedzi "
           "technicznej poniżej."),
    "ru": ("Сообщение заблокировано", "Ваше сообщение для {a} заблокировано. Подробности приведены в техническом "
           "ответе ниже."),
    "zh": ("邮件被屏蔽", "您发送给 {a} 的邮件已被屏蔽。请参阅下方的技术详情。"),
}
_FAILED = {
    "de": ("Nachricht nicht zugestellt", "Beim Zustellen Ihrer Nachricht an {a} ist ein Problem aufgetreten. Weitere "
           "Informationen finden Sie in der technischen Antwort unten."),
    "it": ("Messaggio non recapitato", "Si è verificato un problema durante il recapito del messaggio a {a}. Per "
           "ulteriori informazioni, consulta la risposta tecnica di seguito."),
    "zh": ("邮件未送达", "向 {a} 投递您的邮件时出现问题。请参阅下方的技术详情。"),
}
_DELAYED = {
    "de": ("Zustellung unvollständig", "Beim Zustellen Ihrer Nachricht an {a} ist ein vorübergehendes Problem "
           "aufgetreten. Gmail versucht es noch 46 Stunden lang. Sie werden benachrichtigt, falls die Zustellung "
           "endgültig fehlschlägt."),
    "ja": ("配信が完了していません", "{a} へのメールの配信中に一時的な問題が発生しました。Gmail は 45 時間再試行します。"
           "配信が完全に失敗した場合はお知らせします。"),
    "zh": ("投递未完成", "向 {a} 投递您的邮件时遇到临时问题。Gmail 将再重试 44 小时。如果投递最终失败，您会收到通知。"),
}

GMAIL_ROWS = [
    ("de", _LEADS, "niklas.weber@partner.de", "550 5.1.1 unknown user/Teilnehmer existiert nicht", "5.1.1",
     "mx00.t-online.de", T_ONLINE, hard("niklas.weber@partner.de")),
    ("fr", _LEADS, "sophie.petit@orange.fr", "550 5.1.1 hnbpoTFYusAjD Adresse d au moins un destinataire invalide. "
     "Invalid recipient. OFR_416 [416]", "5.1.1", "smtp-in.orange.fr", ORANGE, hard("sophie.petit@orange.fr")),
    ("es", _LEADS, "pablo.ruiz@partner.es", "550 5.1.1 <pablo.ruiz@partner.es>: Recipient address rejected: User "
     "unknown in virtual mailbox table", "5.1.1", "mx.partner.es", PF_SRC, hard("pablo.ruiz@partner.es")),
    ("it", _LEADS, "giulia.bianchi@libero.it", "550 5.1.1 <giulia.bianchi@libero.it>: USER UNKNOWN", "5.1.1",
     "smtp-in.libero.it", LIBERO, hard("giulia.bianchi@libero.it")),
    ("pt", _LEADS, "ana.costa@uol.com.br", "550 5.1.1 <ana.costa@uol.com.br>: Recipient address rejected: User unknown "
     "in relay recipient table", "5.1.1", "mx.uol.com.br", UOL, hard("ana.costa@uol.com.br")),
    ("nl", _LEADS, "sanne.bakker@partner.nl", "550 5.1.1 <sanne.bakker@partner.nl>: Recipient address rejected: User "
     "unknown in local recipient table", "5.1.1", "mx.partner.nl", PF_SRC, hard("sanne.bakker@partner.nl")),
    ("pl", _LEADS, "anna.nowak@interia.pl", "550 5.1.1 Account not found", "5.1.1", "mx.poczta.interia.pl", INTERIA,
     hard("anna.nowak@interia.pl")),
    ("sv", _LEADS, "karin.nilsson@partner.se", "550 5.1.1 <karin.nilsson@partner.se>: Recipient address rejected: "
     "User unknown in local recipient table", "5.1.1", "mx.partner.se", PF_SRC, hard("karin.nilsson@partner.se")),
    ("ru", _LEADS, "dmitry.smirnov@yandex.ru", "550 5.7.1 No such user!", "5.7.1", "mx.yandex.ru", YANDEX,
     hard("dmitry.smirnov@yandex.ru")),
    ("ja", _LEADS, "keiko.tanaka@docomo.ne.jp", "550 Unknown user keiko.tanaka@docomo.ne.jp", "5.0.0",
     "mfsmax.docomo.ne.jp", DOCOMO, hard("keiko.tanaka@docomo.ne.jp")),
    ("zh", _LEADS, "zhang.wei@qq.com", "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id="
     "20022&&no=1000728", "5.0.0", "mx3.qq.com", QQ, hard("zhang.wei@qq.com")),
    ("de", _FAILED, "lena.fischer@gmx.de", "552 5.2.2 Requested mail action aborted: exceeded storage allocation, Quota "
     "exceeded", "5.2.2", "mx00.emig.gmx.net", GMX, soft("lena.fischer@gmx.de", FULL)),
    ("it", _FAILED, "luca.ferrari@virgilio.it", "552 5.2.2 <luca.ferrari@virgilio.it>: MAILBOX FULL (User quota "
     "exceeded)", "5.2.2", "mx.virgilio.it", LIBERO, soft("luca.ferrari@virgilio.it", FULL)),
    ("zh", _FAILED, "liu.yang@263.net", "552 mail size limit exceeded", "5.0.0", "mx.263.net", C263,
     soft("liu.yang@263.net", FULL)),
    ("de", _BLOCKED, "tom.wagner@partner.ch", "554 5.7.1 Service unavailable; Client host [209.85.220.41] blocked using "
     "ix.dnsbl.manitu.net", "5.7.1", "mx.partner.ch", MANITU, soft("tom.wagner@partner.ch", BLOCKED, S)),
    ("pl", _BLOCKED, "ewa.wisniewska@interia.pl", "550 5.7.0 [SPF] 209.85.220.41 is not allowed to send mail from "
     "example.com", "5.7.0", "mx.poczta.interia.pl", INTERIA,
     soft("ewa.wisniewska@interia.pl", ("authfailure", "securityerror", "blocked", "policyviolation", "rejected"), S)),
    ("ru", _BLOCKED, "sergey.volkov@yandex.ru", "554 5.7.1 Message rejected under suspicion of SPAM; https://ya.cc/"
     "1IrBc 1733565600-aBcD1234", "5.7.1", "mx.yandex.ru", YANDEX, soft("sergey.volkov@yandex.ru", SPAM, ANY)),
    ("zh", _BLOCKED, "wang.fang@163.com", "554 DT:SPM 163 mx18,O8CowABHbMtXmlVn5Y8sAA--.10227S2 1733565600", "5.0.0",
     "163mx01.mxmail.netease.com", NETEASE, soft("wang.fang@163.com", SPAM, ANY)),
    ("de", _DELAYED, "jonas.becker@web.de", "452 4.2.2 Benutzer hat das Speichervolumen ueberschritten. / User has "
     "exhausted allowed storage space.", "4.2.2", "mx-ha02.web.de", WEBDE, delayed("jonas.becker@web.de", FULL)),
    ("zh", _DELAYED, "chen.jing@163.com", "451 DT:SPM 163 mx14,QMCowAC3dhNHnlVnkY1oAA--.48S2 1733565600, please try "
     "again", "4.0.0", "163mx01.mxmail.netease.com", NETEASE, delayed("chen.jing@163.com")),
]

for _i, (_lang, _table, _a, _reply, _st, _mx, _src, _exp) in enumerate(GMAIL_ROWS):
    _head, _lead = _table[_lang]
    _kind = {id(_LEADS): "not-found", id(_FAILED): "failed", id(_BLOCKED): "blocked", id(_DELAYED): "delay"}[id(_table)]
    ROWS.append((f"l54-gmail-{_lang}-{_kind}-{_a.split('@')[1].split('.')[0]}",
                 GMAIL_XLATE.format(_lang, _lang, _src),
                 gmail(f"l54g{_i}", _a, heading=_head, lead=_lead.format(a=_a), response=_reply, diag=_reply,
                       status=_st, remote=_mx, action="delayed" if _table is _DELAYED else "failed"), _exp))
