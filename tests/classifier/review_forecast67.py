"""Forecast 67: a FORECAST of the classifier on NON-ENGLISH notices it has never seen, by the random draw of
tests/classifier/forecast67_draw.py (random.Random(67): language x reason x layout, uniform). Each kept draw is built
around the one sourced wording of its (language, reason) in WORDINGS (a server's or provider's own localized text, or
the reply a provider of that language publishes as what its senders meet), in the drawn layout
(review_forecast67_layouts). Where a source gave localized words (Exchange's explanations, QQ's 该用户不存在, the
Swedish GoDaddy texts) they stand in the human part; frame lines that carry no reason are our translation.

Expected rows (address, hard, reasons, scope, delay) written from the words and shared/classifier/taxonomy.md BEFORE
the classifier ran on them (committed first). Names "f67-<draw index>-<lang>-<reason>-<layout>"."""

from __future__ import annotations

from typing import NamedTuple

from tests.classifier.forecast67_draw import draw
from tests.classifier.review_forecast67_layouts import exchange, localized_report, plain_dsn, postfix_preface, prose

R, ANY = "recipient", None
UU, HU, FULL, SUSP = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)
BIG = ("mesgtoobig", "exceedlimit")
LATE = ("expired", "networkerror")
BLK = ("blocked", "badreputation", "requireptr", "spamdetected", "policyviolation", "rejected")
SPAMR = ("spamdetected", "policyviolation", "filtered", "blocked", "rejected", "contenterror")
FILT = ("filtered", "rejected", "blocked", "policyviolation", "spamdetected", "securityerror")
HARD, SOFT = True, False
PF_DNS = "Host or domain name not found. Name service error for name={d} type={t}: Host not found"


class W(NamedTuple):
    """One sourced wording: where from, the recipient's domain and MX, the reply (or the reporting MTA's own text
    when `own`), the DSN Status, the source's localized words ('' if none), and what the words mean."""
    src: str
    domain: str
    reply: str
    status: str
    local: str
    hard: bool
    reasons: tuple
    scope: str | None = R
    own: bool = False
    action: str = "failed"


SITEPKG = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (German list of providers' replies by cause: "
           "{})")
STRATO = "strato.nl FAQ 'Waarom krijg ik foutmeldingen bij het werken met e-mail?' ({})"
WEBOKE = "weboke.nl knowledgebase 6 'Email foutmeldingen' ({})"
INTERIA = "pomoc.poczta.interia.pl 'Dlaczego wiadomość nie została dostarczona?' (Interia's own replies: {})"
GODADDY = ("GoDaddy Microsoft 365 help in Swedish, se.godaddy.com/help/vad-ar-en-e-postavvisning-3568 ('{}'), its "
           "English reply as the same list gives it (ix-one.com MS_27771: '{}')")
LIBERO = "Libero help 'Messaggi di errore più frequenti dopo invio email' (aiuto.libero.it: {})"
CATV = "catv-yokohama.ne.jp FAQ 11387 (Japanese ISP's returned-mail help: {})"
MONEY = ("moneytimes.jp/archives/185548 (Japanese list of carrier replies: {})")
EMAILHOST = "emailhost.com.cn service list of Chinese bounce texts ('[退信] {}')"
QQ = "QQ Mail help on bounces (as qqmailbox.com/transceivers/169.html reproduces it: {})"
PFSRC = "Postfix src/smtp/smtp_addr.c ('Host or domain name not found. Name service error for name=%s type=%s: %s')"
FR_GUIDE = "assistance.email 'Top 10 des messages d'erreur e-mail' (French guide: '{}')"
EMAILACAD = "emailacademy.fr 'Les erreurs de non-remise des emails' (French guide's example replies: '{}')"
BS2 = "bs2internet.com 'Mensagens de Erro ao Enviar E-mails' (Brazilian ISP: '{}')"
YANDEX_RU = ("Yandex's own Russian notice above Postfix's English text (pastebin.com/sDxMuzCm, mailer-daemon@yandex.ru); "
             "{}")

WORDINGS: dict[tuple[str, str], W] = {
    ("de", "userunknown"): W(SITEPKG.format("Web.de '550 Benutzer nicht bekannt/User unknown'"), "web.de",
                             "550 Benutzer nicht bekannt/User unknown", "5.0.0", "", HARD, UU),
    ("de", "mailboxfull"): W(SITEPKG.format("Web.de '550 Benutzer hat das Speichervolumen ueberschritten. / User has "
                                            "exhausted allowed storage space.'"), "web.de",
                             "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage "
                             "space.", "5.0.0", "", SOFT, FULL),
    ("de", "suspend"): W(SITEPKG.format("GMX '550 5.2.1 ... User is inactive'"), "gmx.de",
                         "550 5.2.1 <{a}>: User is inactive", "5.2.1", "", SOFT, SUSP),
    ("de", "mesgtoobig"): W(SITEPKG.format("'552 Error: message too large'"), "kanzlei-brandt.de",
                            "552 Error: message too large", "5.0.0", "", SOFT, BIG),
    ("de", "rejected/blocked"): W(SITEPKG.format("Compuserve '554 Refused. Your reverse DNS entry contains your IP "
                                                 "address and a country code.'"), "compuserve.de",
                                  "554 Refused. Your reverse DNS entry contains your IP address and a country code.",
                                  "5.0.0", "", SOFT, BLK, ANY),
    # The German list puts qmail's connection failure under 'Server nicht erreichbar oder Domain existiert nicht': the
    # words say only that no SMTP connection was made, so not hard.
    ("de", "hostunknown"): W(SITEPKG.format("'Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)'"),
                             "elektro-haas.de", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
                             "4.4.1", "", SOFT, (), ANY, own=True),
    ("fr", "userunknown"): W(EMAILACAD.format("550 5.1.1 <user@example.com>: Recipient address rejected: User unknown "
                                              "in local recipient table"), "atelier-roux.fr",
                             "550 5.1.1 <{a}>: Recipient address rejected: User unknown in local recipient table",
                             "5.1.1", "", HARD, UU),
    ("fr", "hostunknown"): W(FR_GUIDE.format("Host or domain name not found") + "; " + PFSRC, "cabinet-girrard.fr",
                             PF_DNS, "5.4.4", "", HARD, HU, own=True),
    ("fr", "mailboxfull"): W(EMAILACAD.format("552 5.2.2 Mailbox full"), "atelier-roux.fr", "552 5.2.2 Mailbox full",
                             "5.2.2", "", SOFT, FULL),
    ("fr", "mesgtoobig"): W(FR_GUIDE.format("Message size exceeds fixed limit") + "; Postfix smtpd's '552 5.3.4 "
                            "Message size exceeds fixed limit'", "atelier-roux.fr",
                            "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "", SOFT, BIG),
    ("fr", "rejected/blocked"): W(EMAILACAD.format("554 5.7.1 Message rejected due to policy restrictions"),
                                  "atelier-roux.fr", "554 5.7.1 Message rejected due to policy restrictions", "5.7.1",
                                  "", SOFT, (), ANY),
    ("es", "userunknown"): W("Exchange's Spanish NDR (pastebin.com/JHaPQHk7: 'No se pudo encontrar la dirección de correo "
                             "electrónico que escribiste. ...'); Exchange Online's '550 5.1.10 RESOLVER.ADR."
                             "RecipientNotFound' (learn.microsoft.com 'Fix NDR error 550 5.1.10')", "bodegas-luna.es",
                             "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                             "5.1.10", "No se pudo encontrar la dirección de correo electrónico que escribiste.", HARD, UU),
    ("es", "mailboxfull"): W("Exchange's Spanish NDR (pastebin.com/HGKcccQU: 'El buzón del destinatario está lleno y no "
                             "puede aceptar mensajes. ...'); its store's reply as pastebin.com/ei6cDaAt quotes it",
                             "bodegas-luna.es", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                             "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception",
                             "5.2.2", "El buzón del destinatario está lleno y no puede aceptar mensajes.", SOFT, FULL),
    ("it", "userunknown"): W(LIBERO.format("'BAD DESTINATION MAILBOX ADDRESS'-'USER UNKNOWN'"), "libero.it",
                             "550 5.1.1 <{a}>: Bad destination mailbox address - User unknown", "5.1.1", "", HARD, UU),
    ("it", "mailboxfull"): W(LIBERO.format("'MAILBOX FULL (User quota exceeded)'"), "libero.it",
                             "552 5.2.2 MAILBOX FULL (User quota exceeded)", "5.2.2", "", SOFT, FULL),
    ("it", "expired/onhold"): W(LIBERO.format("'DELIVERY TIME EXPIRED'"), "studio-ferri.it", "Delivery time expired",
                                "4.4.7", "", SOFT, LATE, ANY, own=True),
    # Libero says 'ROUTING SERVER FAILURE' comes when the domain does not exist; the words (RFC 1893's name of X.4.3)
    # say only that routing failed: not hard.
    ("it", "hostunknown"): W(LIBERO.format("'ROUTING SERVER FAILURE'"), "studio-ferri.itt", "Routing server failure",
                             "5.4.3", "", SOFT, (), ANY, own=True),
    ("pt", "userunknown"): W(BS2.format("Recipient address rejected: User unknown in virtual mailbox table"),
                             "construtora-lima.com.br", "550 5.1.1 <{a}>: Recipient address rejected: User unknown in "
                             "virtual mailbox table", "5.1.1", "", HARD, UU),
    ("pt", "hostunknown"): W(BS2.format("Host or domain name not found / Type=A: Host not found") + "; " + PFSRC,
                             "construtora-lima.com.bt", PF_DNS.replace("{t}", "A"), "5.4.4", "", HARD, HU, own=True),
    ("pt", "mailboxfull"): W("br.ccm.net FAQ 28855 ('User is over quota (Usuário está acima da cota)')",
                             "construtora-lima.com.br", "552 5.2.2 User is over quota", "5.2.2", "", SOFT, FULL),
    ("pt", "mesgtoobig"): W("Google's SMTP error reference (support.google.com/a/answer/3726730; its pt-BR page "
                            "knowledge.workspace.google.com 'Erros e códigos SMTP do Gmail'): '552 5.3.4 Your message "
                            "exceeded Google's message size limits.'", "gmail.com",
                            "552-5.3.4 Your message exceeded Google's message size limits. Please visit "
                            "https://support.google.com/mail/?p=MaxSizeError to view our size guidelines.", "5.3.4", "",
                            SOFT, BIG),
    ("nl", "userunknown"): W(WEBOKE.format("'550 5.1.1 Recipient address rejected: User unknown in virtual mailbox "
                                           "table'"), "bakkerij-vos.nl", "550 5.1.1 <{a}>: Recipient address rejected: "
                             "User unknown in virtual mailbox table", "5.1.1", "", HARD, UU),
    ("nl", "hostunknown"): W(WEBOKE.format("Exim's 'All relevant MX records point to non-existent hosts'"),
                             "bakkerij-voss.nl", "all relevant MX records point to non-existent hosts", "5.0.0", "",
                             HARD, HU, own=True),
    ("nl", "expired/onhold"): W(WEBOKE.format("Exim's 'Retry timeout exceeded'"), "bakkerij-vos.nl",
                                "retry timeout exceeded", "5.0.0", "", SOFT, LATE, ANY, own=True),
    ("nl", "mailboxfull"): W(STRATO.format("'mailbox full, quota exceeded, mailbox is overquota'"), "bakkerij-vos.nl",
                             "552 5.2.2 <{a}>: mailbox is overquota", "5.2.2", "", SOFT, FULL),
    ("nl", "rejected/blocked"): W(STRATO.format("'Refused by local policy. No SPAM please! (...)' with B-URL"),
                                  "bakkerij-vos.nl", "550 5.7.1 Refused by local policy. No SPAM please! (B-URL)",
                                  "5.7.1", "", SOFT, SPAMR, ANY),
    ("pl", "userunknown"): W(INTERIA.format("'550 5.1.1 Account not found'"), "interia.pl",
                             "550 5.1.1 Account not found", "5.1.1", "", HARD, UU),
    ("pl", "mailboxfull"): W("support.konto.pl kb a2286 'Informacje zwrotne o niedostarczeniu wiadomości' ('sys_lock "
                             "quota exceeded - przekroczona powierzchnia skrzynki odbiorczej')", "hurtownia-nowak.pl",
                             "552 sys_lock quota exceeded", "5.0.0", "", SOFT, FULL),
    ("pl", "rejected/blocked"): W(INTERIA.format("'550 5.7.1 Recipient doesn't want your mail'"), "interia.pl",
                                  "550 5.7.1 Recipient doesn't want your mail", "5.7.1", "", SOFT, FILT, ANY),
    # Interia: a mistyped address, a full box or a suspended account: the words do not say which, so not hard.
    ("pl", "suspend"): W(INTERIA.format("'550 5.2.1 Mailbox not available'"), "interia.pl",
                         "550 5.2.1 Mailbox not available", "5.2.1", "", SOFT, (), ANY),
    ("sv", "userunknown"): W(GODADDY.format("550 Mottagaren hittades inte.", "550 Recipient not found."),
                             "bygg-lind.se", "550 Recipient not found.", "5.0.0", "Mottagaren hittades inte.", HARD, UU),
    ("sv", "mailboxfull"): W(GODADDY.format("Kontots lagringsutrymme är slut", "Account storage limit"), "bygg-lind.se",
                             "552 Account storage limit", "5.0.0", "Kontots lagringsutrymme är slut.", SOFT, FULL),
    ("sv", "suspend"): W(GODADDY.format("Kontot är inaktivt", "Account disabled"), "bygg-lind.se",
                         "550 Account disabled", "5.2.1", "Kontot är inaktivt.", SOFT, SUSP),
    ("sv", "expired/onhold"): W(GODADDY.format("Tidsgränsen överskreds", "Delivery timeout"), "bygg-lind.se",
                                "Delivery timeout", "4.4.7", "Tidsgränsen överskreds.", SOFT, LATE, ANY, own=True),
    ("ru", "userunknown"): W("mail.ru's reply in a yandex.ru notice (pastebin.com/sDxMuzCm: '550 Message was not "
                             "accepted -- invalid mailbox. Local mailbox ... is unavailable: user not found')", "mail.ru",
                             "550 Message was not accepted -- invalid mailbox. Local mailbox {a} is unavailable: user "
                             "not found", "5.0.0", "", HARD, UU),
    ("ru", "suspend"): W("bigmir.net's reply (pastebin.com/UWADPXYL, an Exim notice: '550 Mailbox is frozen. See "
                         "http://mail.bigmir.net/err/3/')", "bigmir.net",
                         "550 Mailbox is frozen. See http://mail.bigmir.net/err/3/", "5.0.0", "", SOFT, SUSP),
    ("ru", "mailboxfull"): W("Yandex's reply (pastebin.com/66aQMK1E: '552 5.2.2 Mailbox size limit exceeded')",
                             "yandex.ru", "552 5.2.2 Mailbox size limit exceeded", "5.2.2", "", SOFT, FULL),
    ("ru", "hostunknown"): W(YANDEX_RU.format(PFSRC), "torgservis-msk.ru", PF_DNS, "5.4.4", "", HARD, HU, own=True),
    ("ru", "expired/onhold"): W(YANDEX_RU.format("Postfix's given-up connection failure (src/smtp/smtp_connect.c "
                                                 "'connect to %s[%s]:%d: Connection timed out')"), "torgservis.ru",
                                "connect to mx.{d}[203.0.113.25]:25: Connection timed out", "4.4.1", "", SOFT, LATE,
                                ANY, own=True),
    ("ja", "userunknown"): W(MONEY.format("'550 Unknown user' with Status 5.1.1: the address does not exist") +
                             "; support.ntt.com FAQ pid2300000e64 (docomo's '[Unknown user] <address>')",
                             "docomo.ne.jp", "550 Unknown user {a}", "5.1.1", "", HARD, UU),
    # The same carrier words with Status 5.2.0 are the recipient's own reception filter (domain / PC-mail refusal).
    ("ja", "rejected/blocked"): W(MONEY.format("'550 Unknown user' with Status 5.2.0: the recipient's refusal settings "
                                               "(ドメイン指定拒否, パソコンからのメール拒否)"), "docomo.ne.jp",
                                  "550 Unknown user {a}", "5.2.0", "", SOFT, FILT, ANY),
    ("ja", "hostunknown"): W(CATV.format("'Host Unknown/host not found'") + "; sendmail's '550 5.1.2 <a>... Host "
                             "unknown (Name server: d: host not found)'", "tanaka-shoji.co.jp",
                             "550 5.1.2 <{a}>... Host unknown (Name server: {d}: host not found)", "5.1.2", "", HARD,
                             HU, own=True),
    ("ja", "mailboxfull"): W(CATV.format("'mailbox is full~'"), "tanaka-shoji.co.jp", "552 5.2.2 Mailbox is full",
                             "5.2.2", "", SOFT, FULL),
    ("ja", "mesgtoobig"): W(CATV.format("'message size exceeds~'") + "; Postfix smtp's 'message size %d exceeds size "
                            "limit %d of server %s'", "tanaka-shoji.co.jp",
                            "message size 31457280 exceeds size limit 10485760 of server mx.{d}[203.0.113.25]",
                            "5.3.4", "", SOFT, BIG, own=True),
    ("zh", "userunknown"): W(QQ.format("'该用户不存在', '550 Mailbox not found'"), "qq.com", "550 Mailbox not found",
                             "5.0.0", "该用户不存在", HARD, UU),
    ("zh", "mailboxfull"): W(EMAILHOST.format("收件容量满:Quota exceeded"), "huaxin-trade.cn", "552 Quota exceeded",
                             "5.0.0", "收件容量满", SOFT, FULL),
    ("zh", "mesgtoobig"): W(EMAILHOST.format("邮件过大:exceeded mailsize limit"), "huaxin-trade.cn",
                            "552 exceeded mailsize limit", "5.0.0", "邮件过大", SOFT, BIG),
    ("zh", "hostunknown"): W(EMAILHOST.format("域名不存在:DNS query error"), "huaxin-tarde.cn", "DNS query error",
                             "5.0.0", "域名不存在", HARD, HU, own=True),
    ("zh", "suspend"): W("Coremail support index of bounce texts (icoremail.vip cate_id=84: 退信提示:\"User suspended\")",
                         "huaxin-trade.cn", "550 User suspended", "5.0.0", "", SOFT, SUSP),
    ("zh", "rejected/blocked"): W(QQ.format("'550 Error: content rejected'") + "; " + EMAILHOST.format(
                                  "垃圾邮件退信:Content reject/Spam denied"), "qq.com", "550 Error: content rejected",
                                  "5.0.0", "垃圾邮件退信", SOFT, SPAMR, ANY),
    ("zh", "expired/onhold"): W(EMAILHOST.format("网络异常:rcpt handle timeout"), "huaxin-trade.cn",
                                "rcpt handle timeout", "4.4.2", "网络异常", SOFT, (), ANY, own=True),
}

# Exchange's own explanations (the NDRs cited in review_forecast67_layouts.EXCH): for its own unknown recipient, a
# full store, and a remote server's refusal (de: an Office 365 German NDR, pastebin.com/7uyQfD4d; fr: the French NDR
# keeps the English sentence, as pastebin.com/HZca6aT2 shows).
EX_UU = {"de": ("Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des "
                "Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an den Helpdesk, falls "
                "das Problem weiterhin besteht.", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
         "es": ("No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo "
                "electrónico del destinatario y trata de volver a mandar el mensaje. Si el problema continúa, comunícate "
                "con el departamento de soporte técnico.", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found"),
         "fr": ("The email address you entered couldn't be found. Please check the recipient's email address and try to "
                "resend the message. If the problem continues, please contact your helpdesk.",
                "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")}
EX_FULL_ES = ("El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver "
              "a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario "
              "directamente.")
EX_REMOTE = {"de": ("Ihre Nachricht konnte nicht zugestellt werden. Als Office 365 versucht hat, die Nachricht zu "
                    "senden, hat der externe E-Mail-Server den unten gezeigten Fehler zurückgegeben. Die Ursache hierfür "
                    "ist wahrscheinlich ein Problem oder eine Richtlinieneinstellung im E-Mail-System des Empfängers."),
             "fr": "Your message wasn't delivered because the recipient's email provider rejected it.",
             # pt: the Portuguese NDR's sentence for a remote refusal (pastebin.com/BxEWDHGy).
             "pt": ("Ocorreu um problema ao se entregar essa mensagem para esse endereço de email. Tente enviar a "
                    "mensagem novamente. Se o problema continuar, entre em contato com a assistência técnica.")}


def _build(i: int, lang: str, reason: str, layout: str, w: W, a: str) -> bytes:
    d = a.split("@")[1]
    reply = w.reply.format(a=a, d=d, t="MX")
    mx = None if w.own else f"mx.{d}"
    rid = f"x{i:03d}"
    if layout == "plain DSN":
        return plain_dsn(rid, a, lang, reply=reply, status=w.status, mx=mx, action=w.action)
    if layout == "prose only":
        return prose(rid, a, lang, reply=reply, local=w.local)
    if layout == "multipart/report localized":
        return localized_report(rid, a, lang, reply=reply, local=w.local, status=w.status, action=w.action)
    if layout == "Postfix localized preface":
        line = reply if w.own else f"host {mx}[203.0.113.25] said: {reply} (in reply to RCPT TO command)"
        # Yandex's notice names its own host in Postfix's text (the ru preface is Yandex's).
        return postfix_preface(rid, a, lang, line=line, reply=reply, status=w.status, mx=mx, action=w.action,
                               local=w.local, host="yandex.ru" if lang == "ru" else "mail.example.com")
    if reason == "userunknown" and lang in EX_UU:
        explain, diag = EX_UU[lang]
        return exchange(rid, a, lang, explain=explain, diag=diag, status="5.1.1")
    explain = EX_FULL_ES if (lang, reason) == ("es", "mailboxfull") else EX_REMOTE[lang]
    # Exchange's own store refuses a full box (no remote server); a remote server's refusal names the server.
    remote = None if (lang, reason) == ("es", "mailboxfull") else mx
    return exchange(rid, a, lang, explain=explain, diag=reply, status=w.status, remote=remote)


LOCALS = ["j.keller", "m.laurent", "c.ortega", "g.bianchi", "r.souza", "p.devries", "k.nowak", "e.lindqvist",
          "a.ivanova", "t.sato", "l.wang"]


def rows_of(kept: list[tuple[int, str, str, str]], wordings: dict[tuple[str, str], W]) -> list[tuple]:
    """The rows of the kept draws, each built on its (language, reason)'s wording."""
    out = []
    for i, lang, reason, layout in kept:
        w = wordings[(lang, reason)]
        a = f"{LOCALS[i % len(LOCALS)]}{i}@{w.domain}"
        tag = {"plain DSN": "dsn", "prose only": "prose", "multipart/report localized": "mpr", "Exchange NDR": "exch",
               "Postfix localized preface": "pf"}[layout]
        name = f"f67-{i:02d}-{lang}-{reason.split('/')[0]}-{tag}"
        out.append((name, w.src, _build(i, lang, reason, layout, w, a), [(a, w.hard, w.reasons, w.scope, False)]))
    return out


ROWS = rows_of(draw(), WORDINGS)
