"""Review locale59, part 2: Microsoft 365 / Outlook.com's NDR to its own sender with every label in the sender's
language (review_locale59_layouts.exo_loc), its delay notice (exo_delay), Exchange 2003 / Outlook's older NDR
(ex2003_loc) and Yahoo's notice as its German help shows it (English qmail text: Yahoo's localised help documents no
localised bounce body). The docstring of review_locale59.py says what the review measures; expectations written from
the words and taxonomy.md BEFORE the classifier ran."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import qmail
from tests.classifier.review_locale59 import ANY, BLOCK, FULL, HU, LATE, S, UU, YAHOO_DE, hard, later, soft
from tests.classifier.review_locale59_layouts import ex2003_loc, exo_delay, exo_loc

MSDOC = "learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (table of codes)"
FRAME = ("Microsoft 365 NDR in the sender's language (review_locale59_layouts.exo_loc; labels and the user sentence "
         "translated by us from the NDR anatomy in {}): {}")
EOP = "mail-db5eur04on2041.outbound.protection.outlook.com"
STAMP = "[AM9PR02MB7123.eurprd02.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E5F]"
# The user sentences (translated by us from the NDR's English 'Your message wasn't delivered because ...').
REJECTED = {"pl": "Wiadomość nie została dostarczona, ponieważ dostawca poczty e-mail adresata ją odrzucił.",
            "it": "Il messaggio non è stato recapitato perché il provider di posta elettronica del destinatario lo ha "
                  "rifiutato.",
            "de": "Ihre Nachricht wurde nicht zugestellt, weil der E-Mail-Anbieter des Empfängers sie abgelehnt hat.",
            "es": "El mensaje no se entregó porque el proveedor de correo electrónico del destinatario lo rechazó.",
            "nl": "Uw bericht is niet bezorgd omdat de e-mailprovider van de geadresseerde het heeft geweigerd."}
NODOMAIN = {"sv": "Meddelandet levererades inte eftersom domänen {d} inte finns.",
            "ja": "ドメイン {d} が存在しないため、メッセージは配信されませんでした。"}
EXPIRED = {"fr": "Le message n'a pas été remis car le serveur de messagerie du destinataire n'a pas répondu pendant "
                 "la période de nouvelles tentatives.",
           "pt": "A mensagem não foi entregue porque o servidor de email do destinatário recusou as conexões durante "
                 "todo o período de novas tentativas."}
OURS = {"de": "Ihre Nachricht wurde nicht zugestellt, weil Ihr Konto vorübergehend für das Senden gesperrt wurde.",
        "fr": "Votre message n'a pas pu être envoyé, car vous avez atteint votre limite quotidienne de destinataires.",
        "es": "El mensaje no se entregó porque el servidor de correo de su organización no pudo enviarlo.",
        "ja": "組織の送信制限を超えたため、メッセージは配信されませんでした。",
        "nl": "Uw bericht is niet bezorgd omdat uw domein niet is geregistreerd in de organisatie.",
        "pl": "Wiadomość nie została dostarczona, ponieważ Twoja organizacja nie zezwala na przekazywanie poczty na "
              "zewnątrz.",
        "ru": "Сообщение не доставлено, так как получатель превысил лимит входящих сообщений в час."}


def _m(name, lang, a, why, diag, status, remote, what, exp):
    return (f"lc59-exo-{lang}-{name}", FRAME.format(MSDOC, what), exo_loc(f"lc59{name}{lang}", a, lang, why, diag,
                                                                           status, remote), exp)


EXO_ROWS = [
    _m("eop-access-denied", "pl", "m.wisniewski@partner-energia.pl", REJECTED["pl"], "550 5.4.1 Recipient address "
       f"rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors {STAMP}", "5.4.1", EOP,
       "5.4.1 'Recipient address rejected: Access denied' (the recipient is not in the receiving tenant: directory-"
       "based edge blocking)", hard("m.wisniewski@partner-energia.pl")),
    _m("eop-access-denied", "nl", "r.jansen@partner-bouw.nl", REJECTED["nl"], "550 5.4.1 Recipient address rejected: "
       f"Access denied. For more information see https://aka.ms/EXOSmtpErrors {STAMP}", "5.4.1", EOP,
       "5.4.1 'Recipient address rejected: Access denied'", hard("r.jansen@partner-bouw.nl")),
    _m("remote-user-unknown", "it", "a.esposito@partner-alimentari.it", REJECTED["it"], "550 5.1.1 "
       "<a.esposito@partner-alimentari.it>: Recipient address rejected: User unknown in virtual mailbox table",
       "5.1.1", "mx.partner-alimentari.it", "a remote Postfix's '550 5.1.1 ... User unknown in virtual mailbox table' "
       "(Postfix smtpd_check.c reject_unlisted_recipient)", hard("a.esposito@partner-alimentari.it")),
    _m("dns-domain-not-exist", "sv", "a.nystrom@partner-fordon.sse", NODOMAIN["sv"].format(d="partner-fordon.sse"),
       "550 5.4.310 DNS domain partner-fordon.sse does not exist [Message=InfoDomainNonexistent] "
       f"[LastAttemptedServerName=partner-fordon.sse] {STAMP}", "5.4.310", None, "5.4.310 DNS domain does not exist",
       hard("a.nystrom@partner-fordon.sse", HU)),
    _m("dns-domain-not-exist", "ja", "s.watanabe@partner-butsuryu.co.jpp", NODOMAIN["ja"].format(
        d="partner-butsuryu.co.jpp"), "550 5.4.310 DNS domain partner-butsuryu.co.jpp does not exist "
       f"[Message=InfoDomainNonexistent] [LastAttemptedServerName=partner-butsuryu.co.jpp] {STAMP}", "5.4.310", None,
       "5.4.310 DNS domain does not exist", hard("s.watanabe@partner-butsuryu.co.jpp", HU)),
    _m("mailbox-full-552", "es", "m.romero@partner-textil.es", REJECTED["es"], "552 5.2.2 Mailbox full", "5.2.2",
       "mx.partner-textil.es", "5.2.2 'Mailbox full' (emailacademy.fr 'Les erreurs de non-remise': '552 5.2.2 Mailbox "
       "full')", soft("m.romero@partner-textil.es", FULL)),
    _m("quota-exceeded-storedrv", "zh", "wu.jie@partner-dianzi.cn", "收件人的邮箱已满，当前无法接受邮件。",
       "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
       "5.2.2", None, "5.2.2 STOREDRV QuotaExceeded (the recipient in another Microsoft 365 tenant)",
       soft("wu.jie@partner-dianzi.cn", FULL)),
    _m("spamhaus-blocked", "de", "c.schulte@partner-metall.de", REJECTED["de"], "554 5.7.1 Service unavailable; "
       "Client host [40.107.22.41] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/40.107.22.41",
       "5.7.1", "mx.partner-metall.de", "Postfix reject_rbl_client default reply (smtpd_check.c) refusing Microsoft's "
       "outbound IP", soft("c.schulte@partner-metall.de", BLOCK, S)),
    _m("expired-queue", "fr", "j.fontaine@partner-bois.fr", EXPIRED["fr"], "550 4.4.7 QUEUE.Expired; message expired",
       "4.4.7", None, "4.4.7 QUEUE.Expired (the retries ran out)", soft("j.fontaine@partner-bois.fr", LATE, ANY)),
    _m("expired-refused", "pt", "g.souza@partner-agro.com.br", EXPIRED["pt"], "550 5.4.316 Message expired, "
       "connection refused(Socket error code 10061)", "5.4.316", None, "5.4.316 'Message expired, connection refused'",
       soft("g.souza@partner-agro.com.br", LATE, ANY)),
    _m("receive-limit", "ru", "n.sokolova@partner-neft.ru", OURS["ru"], "550 5.2.122 The recipient has exceeded their "
       "limit for the number of messages they can receive per hour. For more information go to "
       "http://go.microsoft.com/fwlink/?LinkId=526653", "5.2.122", None, "5.2.122 (the RECIPIENT's per-hour receive "
       "limit: the mailbox exists)", soft("n.sokolova@partner-neft.ru", (), ANY)),
]

OWN_ROWS = [
    _m("bad-outbound-sender", "de", "j.richter@partner-chemie.de", OURS["de"], "550 5.1.8 Access denied, bad outbound "
       "sender", "5.1.8", None, "5.1.8 'Access denied, bad outbound sender' (OUR account blocked for spam)",
       soft("j.richter@partner-chemie.de", (), S)),
    _m("daily-recipient-limit", "fr", "c.garnier@partner-vins.fr", OURS["fr"], "550 5.1.90 Your message can't be sent "
       "because you've reached your daily limit for message recipients", "5.1.90", None,
       "5.1.90 (OUR daily recipient limit)", soft("c.garnier@partner-vins.fr", (), S)),
    _m("traffic-not-accepted", "es", "r.herrero@partner-ceramica.es", OURS["es"], "550 5.7.708 Service unavailable. "
       "Access denied, traffic not accepted from this IP.", "5.7.708", None, "5.7.708 (OUR tenant's outbound IP)",
       soft("r.herrero@partner-ceramica.es", (), S)),
    _m("tenant-threshold", "ja", "k.hayashi@partner-kagaku.co.jp", OURS["ja"], "550 5.7.705 Access denied, tenant has "
       "exceeded threshold", "5.7.705", None, "5.7.705 (OUR tenant over its threshold)",
       soft("k.hayashi@partner-kagaku.co.jp", (), S)),
    _m("unregistered-domain", "nl", "l.meijer@partner-tuinbouw.nl", OURS["nl"], "550 5.7.750 Service unavailable. "
       "Client blocked from sending from unregistered domains.", "5.7.750", None, "5.7.750 (OUR sending domain not "
       "registered in the tenant)", soft("l.meijer@partner-tuinbouw.nl", (), S)),
    _m("external-forwarding", "pl", "p.lewandowski@partner-meble.pl", OURS["pl"], "550 5.7.520 Access denied, Your "
       "organization does not allow external forwarding. Please contact your administrator for further assistance. "
       "AS(7555)", "5.7.520", None, "5.7.520 (OUR organization forbids external forwarding)",
       soft("p.lewandowski@partner-meble.pl", (), S)),
]

DELAY_SRC = ("Exchange / Microsoft 365 delay notice in the sender's language (review_locale59_layouts.exo_delay; de "
             "heading as adino.at's FAQ quotes it, the rest translated by us); the remote's {}")
DELAY_ROWS = [
    ("lc59-exo-delay-de-greylisted", DELAY_SRC.format("'450 4.2.0 Recipient address rejected: Greylisted' (bytecamp.net "
                                                       "FAQ)"),
     exo_delay("lc59dd1", "m.kaiser@partner-druck.de", "de", "mx.partner-druck.de", "450 4.2.0 "
               "<m.kaiser@partner-druck.de>: Recipient address rejected: Greylisted", "4.2.0"),
     later("m.kaiser@partner-druck.de")),
    ("lc59-exo-delay-fr-connect", DELAY_SRC.format("'451 4.4.0 Primary target IP address responded with: \"421 4.4.2 "
                                                    "Connection dropped due to SocketError.\"' (Exchange's 4.4.0 / "
                                                    "4.4.2 texts, learn.microsoft.com fix-error-code-4-4-7)"),
     exo_delay("lc59dd2", "b.perrin@partner-verre.fr", "fr", "mx.partner-verre.fr", "451 4.4.0 Primary target IP "
               "address responded with: \"421 4.4.2 Connection dropped due to SocketError.\" Attempted failover to "
               "alternate host, but that did not succeed.", "4.4.0"), later("b.perrin@partner-verre.fr")),
    ("lc59-exo-delay-es-quota", DELAY_SRC.format("'452 4.2.2 Mailbox full' (RFC 3463 4.2.2)"),
     exo_delay("lc59dd3", "s.molina@partner-aceite.es", "es", "mx.partner-aceite.es", "452 4.2.2 "
               "<s.molina@partner-aceite.es>: Mailbox full", "4.2.2"), later("s.molina@partner-aceite.es")),
    ("lc59-exo-delay-it-too-many", DELAY_SRC.format("'421 4.7.0 Error: too many connections from ...' (bytecamp.net FAQ)"),
     exo_delay("lc59dd4", "g.marino@partner-vetro.it", "it", "mx.partner-vetro.it", "421 4.7.0 Error: too many "
               "connections from 40.107.22.41", "4.7.0"), later("g.marino@partner-vetro.it")),
]

OLD = ("Exchange 2003 / Outlook NDR in the sender's language (review_locale59_layouts.ex2003_loc; German frame as "
       "technet.microsoft.com/de-de/library/dd285509 quotes it, fr / it translated by us); {}")
OLD_ROWS = [
    ("lc59-ex2003-de-user-unknown", OLD.format("the remote's '550 5.1.1 user unknown' (sitepackage.de, T-Online)"),
     ex2003_loc("lc59o1", "r.vogel@t-online.de", "de", "Das E-Mail-Konto ist in der Organisation, an die diese "
                "Nachricht gesendet wurde, nicht vorhanden.", "mx00.t-online.de", "5.1.1", "550 5.1.1 user unknown"),
     hard("r.vogel@t-online.de")),
    ("lc59-ex2003-fr-over-quota", OLD.format("the remote's '552 5.2.2 Over STORAGE quota' (sitepackage.de, T-Online)"),
     ex2003_loc("lc59o2", "a.lambert@t-online.de", "fr", "La boîte aux lettres du destinataire est pleine.",
                "mx00.t-online.de", "5.2.2", "552 5.2.2 Over STORAGE quota"), soft("a.lambert@t-online.de", FULL)),
]

YAHOO_ROWS = [
    ("lc59-yahoo-de-no-account", f"Yahoo's own notice to a German Yahoo user: {YAHOO_DE}; layout "
     "review_holdout50_layouts.qmail",
     qmail("lc59y1", "j.berger@yahoo.de", detail="98.136.96.75 failed after I sent the message.\nRemote host said: 554 delivery error: dd This user doesn't have a "
           "yahoo.de account (j.berger@yahoo.de) [-5] - mta1012.mail.ir2.yahoo.com", host="yahoo.com",
           sender="k.nowak@yahoo.de"), hard("j.berger@yahoo.de", UU)),
    ("lc59-yahoo-de-disabled", f"Yahoo's own notice to a German Yahoo user: {YAHOO_DE}; the reply as sitepackage.de "
     "quotes Yahoo's ('This account has been disabled or discontinued')",
     qmail("lc59y2", "m.frank@yahoo.de", detail="98.136.96.75 failed after I sent the message.\nRemote host said: 554 delivery error: dd Sorry your message to "
           "m.frank@yahoo.de cannot be delivered. This account has been disabled or discontinued - "
           "mta1013.mail.ir2.yahoo.com", host="yahoo.com", sender="k.nowak@yahoo.de"),
     soft("m.frank@yahoo.de", ("suspend",))),
]

ROWS = EXO_ROWS + OWN_ROWS + DELAY_ROWS + OLD_ROWS + YAHOO_ROWS
