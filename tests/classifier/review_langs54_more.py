"""Review langs54's second half (review_langs54.py has the first and the plan): the providers' OWN notices in their
language (Yandex, QQ, a Coremail host, DTI, a Japanese carrier's filter reply, Libero / Virgilio, kei.pl's Polish
qmail, konto.pl's sendmail, UOL), localised MTA templates that ISPs ship (Postfix bounce(5) template files and Exim
bounce / warn message files, their words translated by us from the English templates and said so), Dovecot's
localised quota text and Sieve rejects, and the non-bounces the same mailboxes send in those languages (Outlook's
automatic replies, read receipts, delivery reports). Rows as review_langs54.ROWS; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.autoreply_variants import OOF_PREFIXES
from tests.classifier.review_langs import notice, postfix as relayed
from tests.classifier.review_langs54 import (ANY, ANY_REASON, BLOCKED, FULL, HOST, LIBERO, NOT_USER, QQ, SPAM, SUSPEND,
                                             T_ONLINE, UOL, S, delayed, hard, soft)
from tests.classifier.review_nonbounce46_layouts import LEAD, block, dsn, mdn, outlook_oof

YANDEX_OWN = ("Yandex's own notice, frame translated by us into Russian; the replies from Yandex 360 help 'Report on "
              "non-delivery to Yandex' ('Policy rejection on the target address' = the account blocked; 'Mailbox size "
              "limit exceeded')")
COREMAIL = ("emailhost.com.cn service notes (a Chinese mail host's bounce list, ?article_category=25): '[退信] "
            "收件人不存在:user not exist', '[退信] 域名不存在:DNS query error', '[退信] 收件容量满:Quota exceeded'; frame ours")
DTI = ("DTI help 'Mail System Error - Returned Mail' (dream.jp/support/techinfo/mail/error/error05.html): its notice "
       "in English and Japanese, quoted whole ('受取人: <x>', '原因:  <x> のユーザーは登録されていません')")
CARRIER = ("pa-solution.net chupicom FAQ 921: a Japanese carrier's '( Invalid recipient )' (the recipient's domain-"
           "designated reception filter) and '( User unknown )'; frame translated by us")
NIFTY = "Gmail help answer 6596 (hl=ja) gloss '受信者のメールアドレスが存在しません'; a Japanese ISP's plain notice, frame ours"
KEI = ("kei.pl 'Wiadomość zwrotna - Mailer Daemon' (kei.pl/pomoc/wiadmosc-zwrotna): its Polish qmail notice 'Bardzo nam "
       "przykro jednakze nie udalo sie wyslac maila pod wskazane adresy. Przyczyna wskazana jest ponizej:', "
       "'maildrop: maildir over quota.', 'Remote host said: / Zdalny host odpowiedzial: 550 No Such User Here'")
KONTO = ("support.konto.pl a2286 'Informacje zwrotne o niedostarczeniu wiadomości': sendmail's '(reason: Can't create "
         "output)' / '550 5.0.0 <x>... Can't create output' (a local delivery failure of the receiving host)")
VIRGILIO = ("xoomer.virgilio.it/cpoeri 'Server di posta elettronica' quoting TIN's report: 'These recipients of your "
            "message have been processed by the mail server: tizio@virgilio.it; Failed; 5.2.2 (mailbox full) Remote MTA "
            "ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<...> Mailbox disk quota exceeded'")
PF_T = ("Postfix bounce(5) template file (bounce_template_file: failure_template / delay_template; postfix.org "
        "bounce.5.html), its English text translated by us into {} as ISPs ship it; reply: {}")
EXIM_T = ("Exim bounce_message_file / warn_message_file (Exim spec ch. 48 'Customizing bounce and warning messages'; "
          "deliver.c's default text translated by us into {}); reason: {}")
DOVECOT_Q = ("Dovecot quota plugin quota_exceeded_message (doc.dovecot.org settings/plugin/quota-plugin), set by the "
             "admin in German; relayed by our Postfix")
SIEVE = ("Dovecot/Pigeonhole Sieve 'reject' sends a rejection MDN (dovecot-lda(1): 'The default is to send a rejection "
         "mail ourself'; settings rejection_subject 'Rejected: %s' and rejection_reason 'Your message to <%t> was "
         "automatically rejected:%n%r', localised by the admin as here; the reason the recipient's own text)")
OOF = ("Outlook / Exchange Online automatic reply in the mailbox's language (review_nonbounce46_layouts.outlook_oof; "
       "prefix autoreply_variants.OOF_PREFIXES); away text hand-made")
MDN_SRC = "RFC 8098 read receipt (review_nonbounce46_layouts.mdn); Outlook's localised subject prefix, text hand-made"
DELIVERED = ("Exchange delivery report (learn.microsoft.com 'DSNs and NDRs in Exchange Server': 'Delivered:'), "
             "localised subject and sentence translated by us; Action: delivered")


def plain(name: str, *, cs: str, cte: str, subject: str, sender: str, a: str, body: str, dsn_fields=None) -> bytes:
    return notice(name, body=body, charset=cs, cte=cte, subject=subject, sender=sender, rcpt=a, dsn=dsn_fields,
                  generator="a provider's own localised notice")


# Postfix's bounce(8) templates as an ISP translates them (bounce(5)): intro, signature, subject per language.
PF_TEXT = {
    "de": ("Dies ist das Mailsystem auf dem Rechner {h}.\n\nLeider konnte Ihre Nachricht nicht an einen oder mehrere "
           "Empfänger zugestellt werden. Sie ist unten angehängt.\n\nFür weitere Hilfe schreiben Sie bitte an "
           "postmaster.", "Das Mailsystem", "Unzustellbare Nachricht an den Absender zurückgeschickt", "iso-8859-1",
           "quoted-printable"),
    "es": ("Este es el sistema de correo del servidor {h}.\n\nLamento informarle de que su mensaje no ha podido ser "
           "entregado a uno o más destinatarios. Se adjunta a continuación.", "El sistema de correo",
           "Correo no entregado devuelto al remitente", "iso-8859-1", "quoted-printable"),
    "ja": ("これは {h} のメールシステムです。\n\n申し訳ありませんが、あなたのメッセージを1人以上の受信者に配信できませんでした。"
           "メッセージは以下に添付されています。", "メールシステム", "配信できなかったメールを差出人に返送します", "iso-2022-jp",
           "7bit"),
    "ru": ("Это почтовая система на узле {h}.\n\nК сожалению, ваше сообщение не удалось доставить одному или "
           "нескольким получателям. Оно приложено ниже.", "Почтовая система", "Недоставленное письмо возвращено "
           "отправителю", "koi8-r", "8bit"),
    "zh": ("这是主机 {h} 上的邮件系统。\n\n很抱歉通知您，您的邮件无法投递给一个或多个收件人。原邮件附在下方。", "邮件系统",
           "无法投递的邮件已退回发件人", "gb2312", "base64"),
    "nl": ("Dit is het mailsysteem op {h}.\n\nHelaas kon uw bericht niet worden afgeleverd bij een of meer "
           "ontvangers. Het is hieronder bijgevoegd.", "Het mailsysteem", "Onbestelbaar bericht teruggestuurd naar "
           "afzender", "iso-8859-1", "quoted-printable"),
    "pl": ("To jest system pocztowy na serwerze {h}.\n\nNiestety, Twojej wiadomości nie udało się dostarczyć do "
           "jednego lub kilku odbiorców. Jest załączona poniżej.", "System pocztowy", "Niedostarczona wiadomość "
           "zwrócona do nadawcy", "iso-8859-2", "quoted-printable"),
    "sv": ("Detta är e-postsystemet på {h}.\n\nTyvärr kunde ditt meddelande inte levereras till en eller flera "
           "mottagare. Det bifogas nedan.", "E-postsystemet", "Olevererad e-post returnerad till avsändaren",
           "iso-8859-1", "8bit"),
}
_PF_DELAY_DE = ("Dies ist das Mailsystem auf dem Rechner {h}.\n\n#########################################################"
                "###########\n# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT ERNEUT SENDEN. #\n########"
                "############################################################\n\nIhre Nachricht konnte seit mehr als 4 "
                "Stunde(n) nicht zugestellt werden.\nEs wird weiter versucht, bis sie 5 Tag(e) alt ist.")


def pf_local(name: str, lang: str, a: str, line: str, *, status: str, diag: str | None = None, remote: str | None = None,
             action: str = "failed", host: str = "mail.example.net") -> bytes:
    intro, sig, subject, cs, cte = PF_TEXT[lang]
    if action == "delayed":
        intro, subject = _PF_DELAY_DE, "Verzögerte Nachricht (es wird weiter versucht)"
    body = f"{intro.format(h=host)}\n\n                   {sig}\n\n<{a}>: {line}\n"
    return notice(name, body=body, charset=cs, cte=cte, subject=subject, rcpt=a,
                  sender=f"MAILER-DAEMON@{host} (Mail Delivery System)", generator="Postfix bounce(8), localised template",
                  dsn={"action": action, "status": status, "remote": remote, "diag": diag, "reporting": host})


def said(mx: str, reply: str, command: str = "RCPT TO") -> str:
    return f"host {mx}[192.0.2.25] said: {reply} (in reply to {command}\n    command)"


# Exim's deliver.c bounce and warning texts as a site's bounce_message_file / warn_message_file translates them.
EXIM_FAIL = {
    "es": ("Este mensaje ha sido creado automáticamente por el software de entrega de correo.\n\nUn mensaje que usted "
           "envió no pudo ser entregado a uno o más de sus destinatarios. Este es un\nerror permanente. La(s) "
           "siguiente(s) dirección(es) fallaron:", "Error en la entrega del correo: devolviendo el mensaje al "
           "remitente", "iso-8859-1", "quoted-printable"),
    "fr": ("Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nUn message que vous "
           "avez envoyé n'a pas pu être remis à un ou plusieurs de ses destinataires.\nIl s'agit d'une erreur "
           "permanente. La ou les adresses suivantes ont échoué :", "Échec de la distribution du courrier : renvoi "
           "du message à l'expéditeur", "iso-8859-15", "8bit"),
}


def exim_local(name: str, lang: str, a: str, reason: str) -> bytes:
    intro, subject, cs, cte = EXIM_FAIL[lang]
    return notice(name, body=f"{intro}\n\n  {a}\n    {reason}\n", charset=cs, cte=cte, subject=subject, rcpt=a,
                  sender="Mail Delivery System <Mailer-Daemon@mx1.example-hosting.net>", generator="Exim, localised")


def sieve_reject(name: str, a: str, subject: str, text: str) -> bytes:
    """Dovecot's rejection mail for a Sieve 'reject' (its mail_send_rejection: a report of type disposition-
    notification whose disposition is 'deleted', the reason first)."""
    return (f"Return-Path: <>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@mx.partner.example>\nTo: <seller@example.com>"
            f"\nSubject: {subject}\nMessage-ID: <dovecot-{name}@mx.partner.example>\nDate: Mon, 7 Dec 2026 09:00:00 "
            "+0100\nAuto-Submitted: auto-replied (rejected)\nPrecedence: bulk\nX-Hand-Made: yes (review langs54)\n"
            "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification;\n\tboundary="
            "\"1733565600-42-1.mx\"\n\nThis is a MIME-encapsulated message\n\n--1733565600-42-1.mx\nContent-Type: "
            f"text/plain; charset=utf-8\nContent-Disposition: inline\nContent-Transfer-Encoding: 8bit\n\n{text}\n\n"
            "--1733565600-42-1.mx\nContent-Type: message/disposition-notification\n\nReporting-UA: mx.partner.example;"
            f" Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; {a}\nOriginal-Message-ID: <l54-{name}@example.com>"
            "\nDisposition: automatic-action/MDN-sent-automatically; deleted\n\n--1733565600-42-1.mx\nContent-Type: "
            f"message/rfc822\n\nFrom: Seller <seller@example.com>\nTo: {a}\nSubject: Angebot / offer\nMessage-ID: "
            f"<l54-{name}@example.com>\n\nHallo\n\n--1733565600-42-1.mx--\n").encode("utf-8")


_QQ_HEAD = "很抱歉，您的邮件没有投递成功。\n\n收件人：{a}\n退信原因：{r}\n"
_CM_HEAD = "您发送到 {a} 的邮件被退回。\n\n{r}\n"
_LIB = "Il messaggio non è stato recapitato ai seguenti destinatari:\n\n{a}\n    {r}\n"
_YX = ("Это сообщение создано автоматически почтовой системой Яндекса.\n\nВаше письмо не удалось доставить по "
       "следующему адресу:\n\n<{a}>: {r}\n")
_KEI = ("Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy.\nPrzyczyna wskazana jest ponizej:"
        "\n\n<{a}>:\n{r}\n\n--- Below this line is a copy of the message.\n")
_DTI = ("This Message was undeliverable due to the following reason:\n\nEach of the following recipients was rejected "
        "by a remote mail server.\nThe reasons given by the server are included to help you determine why\neach "
        "recipient was rejected.\n\nRecipient: <{a}>\nReason: <{a}>...User unknown\n\nPlease reply to Postmaster@dti"
        ".ne.jp\nif you feel this message to be in error.\n\n件名: メールシステム誤り- 返されたメール\nこのメールは以下の原因に"
        "より届けることが出来ませんでした:\n\n以下の受取人は、相手のメールサーバに拒否されました。\n以下のサーバーが返したエラーメッセ"
        "ージには、受取人が拒否された理由が\n含まれています。\n\n受取人: <{a}>\n原因:  <{a}> のユーザーは登録されていません\n")

A = {k: f"{v}@{d}" for k, v, d in [
    ("yx1", "pavel.orlov", "yandex.ru"), ("yx2", "nina.sokolova", "yandex.ru"), ("qq1", "li.na", "qq.com"),
    ("qq2", "wang.lei", "qq.com"), ("qq3", "zhao.min", "qq.com"), ("cm1", "sun.hui", "partner.com.cn"),
    ("cm2", "xu.tao", "partner-cn.example"), ("cm3", "guo.jie", "partner.com.cn"), ("dti", "suzuki", "m1.point.ne.jp"),
    ("sb", "kenji.sato", "softbank.ne.jp"), ("nf", "yuki.ito", "nifty.com"), ("gmx", "lena.mueller", "gmx.de"),
    ("wde", "jonas.klein", "web.de"), ("tol", "petra.hoffmann", "t-online.de"), ("lb1", "paolo.greco", "libero.it"),
    ("lb2", "sara.conti", "partner-it.example"), ("vg", "tizio", "virgilio.it"), ("kp1", "biuro", "partner.pl"),
    ("kp2", "jan.zielinski", "partner.pl"), ("ko", "adam.lewandowski", "partner.net.pl"),
    ("in1", "tomasz.kaminski", "interia.pl"), ("in2", "magda.wojcik", "interia.pl"), ("uol", "pedro.lima", "uol.com.br"),
    ("ex1", "carmen.diaz", "partner.es"), ("ex2", "luc.moreau", "partner.fr"), ("ex3", "felix.braun", "partner.de"),
    ("pde", "hans.meyer", "partner.de"), ("pes", "ines.moreno", "partner.es"), ("pja", "ichiro.kato", "partner.co.jp"),
    ("pru", "andrei.kozlov", "partner.ru"), ("pzh", "huang.lei", "partner.cn"), ("pnl", "daan.visser", "partner-nl.example"),
    ("ppl", "marek.kaczmarek", "partner.pl"), ("psv", "lars.johansson", "partner.se"), ("dq", "sabine.wolf", "partner.de"),
    ("sv1", "marie.laurent", "partner.fr"), ("sv2", "uwe.schulz", "partner.de"),
]}

ROWS: list[tuple] = [
    # --- providers' own notices --------------------------------------------------------------------------------
    ("l54-own-ru-yandex-policy", YANDEX_OWN,
     plain("l54-yx1", cs="utf-8", cte="base64", subject="Недоставленное сообщение", sender="mailer-daemon@yandex.ru",
           a=A["yx1"], body=_YX.format(a=A["yx1"], r="550 5.7.1 Policy rejection on the target address"),
           dsn_fields={"status": "5.7.1", "diag": "550 5.7.1 Policy rejection on the target address"}),
     soft(A["yx1"], SUSPEND)),
    ("l54-own-ru-yandex-full", YANDEX_OWN,
     plain("l54-yx2", cs="koi8-r", cte="8bit", subject="Недоставленное сообщение", sender="mailer-daemon@yandex.ru",
           a=A["yx2"], body=_YX.format(a=A["yx2"], r="552 5.2.2 Mailbox size limit exceeded"),
           dsn_fields={"status": "5.2.2", "diag": "552 5.2.2 Mailbox size limit exceeded"}), soft(A["yx2"], FULL)),
    ("l54-own-zh-qq-bucunzai", f"{QQ}; frame ours",
     plain("l54-qq1", cs="gbk", cte="base64", subject="退信：提案", sender="QQ邮箱管理员 <postmaster@qq.com>", a=A["qq1"],
           body=_QQ_HEAD.format(a=A["qq1"], r="该用户不存在")), hard(A["qq1"])),
    ("l54-own-zh-qq-weikaitong", f"{QQ} ('该用户未开通QQ邮箱': no QQ mailbox opened for that user); frame ours",
     plain("l54-qq2", cs="gbk", cte="base64", subject="退信：提案", sender="QQ邮箱管理员 <postmaster@qq.com>", a=A["qq2"],
           body=_QQ_HEAD.format(a=A["qq2"], r="该用户未开通QQ邮箱")), hard(A["qq2"])),
    ("l54-own-zh-qq-kongjian", f"{QQ}; frame ours",
     plain("l54-qq3", cs="gbk", cte="base64", subject="退信：提案", sender="QQ邮箱管理员 <postmaster@qq.com>", a=A["qq3"],
           body=_QQ_HEAD.format(a=A["qq3"], r="收件人空间不足")), soft(A["qq3"], FULL)),
    ("l54-own-zh-coremail-user", COREMAIL,
     plain("l54-cm1", cs="gb2312", cte="base64", subject="系统退信", sender="postmaster@partner.com.cn", a=A["cm1"],
           body=_CM_HEAD.format(a=A["cm1"], r="[退信] 收件人不存在:user not exist")), hard(A["cm1"])),
    ("l54-own-zh-coremail-domain", COREMAIL,
     plain("l54-cm2", cs="gb2312", cte="base64", subject="系统退信", sender="postmaster@partner.com.cn", a=A["cm2"],
           body=_CM_HEAD.format(a=A["cm2"], r="[退信] 域名不存在:DNS query error")), hard(A["cm2"], HOST)),
    ("l54-own-zh-coremail-full", COREMAIL,
     plain("l54-cm3", cs="gb2312", cte="base64", subject="系统退信", sender="postmaster@partner.com.cn", a=A["cm3"],
           body=_CM_HEAD.format(a=A["cm3"], r="[退信] 收件容量满:Quota exceeded")), soft(A["cm3"], FULL)),
    ("l54-own-ja-dti", DTI,
     plain("l54-dti", cs="iso-2022-jp", cte="7bit", subject="Mail System Error - Returned Mail",
           sender="Mail Administrator <Postmaster@point.ne.jp>", a=A["dti"], body=_DTI.format(a=A["dti"])),
     hard(A["dti"])),
    ("l54-own-ja-carrier-invalid-recipient", CARRIER,
     plain("l54-sb", cs="iso-2022-jp", cte="7bit", subject="Returned mail: see transcript for details",
           sender="MAILER-DAEMON@mail.example.jp", a=A["sb"], body=f"以下の宛先へのメールは配信できませんでした。\n\n<{A['sb']}>\n"
           f"    550 Invalid recipient: <{A['sb']}>\n"), hard(A["sb"], ("userunknown", "filtered", "rejected"))),
    ("l54-own-ja-nifty-sonzai-shinai", NIFTY,
     plain("l54-nf", cs="shift_jis", cte="base64", subject="配信エラー", sender="MAILER-DAEMON@nifty.com", a=A["nf"],
           body=f"送信されたメールは以下の宛先に配信できませんでした。\n\n宛先: {A['nf']}\n原因: 受信者のメールアドレスが存在しません\n"),
     hard(A["nf"])),
    ("l54-own-de-gmx-inactive", PF_T.format("German", "sitepackage.de list: GMX '550 5.2.1 ... User is inactive' (the "
                                            "account deactivated for disuse)"),
     pf_local("l54-gmx", "de", A["gmx"], said("mx00.emig.gmx.net", f"550 5.2.1 {A['gmx']}... User is inactive"),
              status="5.2.1", diag=f"550 5.2.1 {A['gmx']}... User is inactive", remote="mx00.emig.gmx.net"),
     soft(A["gmx"], SUSPEND)),
    ("l54-own-de-webde-local-part", PF_T.format("German", "sitepackage.de list: WEB.DE '550 Unknown local part %alias% "
                                                "in'"),
     pf_local("l54-wde", "de", A["wde"], said("mx-ha01.web.de", "550 Unknown local part jonas.klein in <web.de>"),
              status="5.0.0", diag="550 Unknown local part jonas.klein in <web.de>", remote="mx-ha01.web.de"),
     hard(A["wde"])),
    ("l54-own-de-tonline-voll", PF_T.format("German", T_ONLINE),
     pf_local("l54-tol", "de", A["tol"], said("mx00.t-online.de", "552 5.2.2 Mailbox quota exceedet/Mailbox voll"),
              status="5.2.2", diag="552 5.2.2 Mailbox quota exceedet/Mailbox voll", remote="mx00.t-online.de"),
     soft(A["tol"], FULL)),
    ("l54-own-it-libero-routing", f"{LIBERO}; frame ours",
     plain("l54-lb1", cs="iso-8859-1", cte="quoted-printable", subject="Messaggio non recapitato",
           sender="MAILER-DAEMON@libero.it", a=A["lb1"], body=_LIB.format(a=A["lb1"], r="ROUTING SERVER FAILURE"),
           dsn_fields={"status": "5.4.4", "diag": "ROUTING SERVER FAILURE"}), hard(A["lb1"], HOST)),
    ("l54-own-it-libero-expired", f"{LIBERO}; frame ours",
     plain("l54-lb2", cs="iso-8859-1", cte="quoted-printable", subject="Messaggio non recapitato",
           sender="MAILER-DAEMON@libero.it", a=A["lb2"], body=_LIB.format(a=A["lb2"], r="DELIVERY TIME EXPIRED"),
           dsn_fields={"status": "4.4.7", "diag": "DELIVERY TIME EXPIRED"}), soft(A["lb2"], ("expired",), ANY)),
    ("l54-own-it-virgilio-tin", VIRGILIO,
     plain("l54-vg", cs="us-ascii", cte="7bit", subject="Delivery Notification: Delivery has failed",
           sender="PostMaster <PostMaster@virgilio.it>", a=A["vg"], body="This report relates to a message you sent "
           "with the following header fields:\n\n  Subject: Offerta\n\nThese recipients of your message have been "
           f"processed by the mail server:\n{A['vg']}; Failed; 5.2.2 (mailbox full)\n\n    Remote MTA ims1c.cp.tin.it: "
           f"SMTP diagnostic: 443 RCPT TO:<{A['vg']}> Mailbox disk quota exceeded\n"), soft(A["vg"], FULL)),
    ("l54-own-pl-kei-quota", KEI,
     plain("l54-kp1", cs="us-ascii", cte="7bit", subject="failure notice", sender="MAILER-DAEMON@kei.pl", a=A["kp1"],
           body=_KEI.format(a=A["kp1"], r="maildrop: maildir over quota.")), soft(A["kp1"], FULL)),
    ("l54-own-pl-kei-no-such-user", KEI,
     plain("l54-kp2", cs="us-ascii", cte="7bit", subject="failure notice", sender="MAILER-DAEMON@kei.pl", a=A["kp2"],
           body=_KEI.format(a=A["kp2"], r="192.0.2.48 does not like recipient.\nRemote host said: / Zdalny host "
                            "odpowiedzial: 550 No Such User Here\nGiving up on 192.0.2.48.")), hard(A["kp2"])),
    ("l54-own-pl-konto-cant-create-output", KONTO,
     plain("l54-ko", cs="us-ascii", cte="7bit", subject="Returned mail: see transcript for details",
           sender="Mail Delivery Subsystem <MAILER-DAEMON@alpha.pl>", a=A["ko"], body="The original message was "
           "received at Tue, 8 Jan 2013 04:02:43 +0100 (CET)\nfrom wa3.alpha.pl [81.2.203.203]\n\n   ----- The "
           f"following addresses had permanent fatal errors -----\n<{A['ko']}>\n    (reason: Can't create output)\n\n"
           f"   ----- Transcript of session follows -----\n550 5.0.0 <{A['ko']}>... Can't create output\n",
           dsn_fields={"status": "5.0.0", "diag": f"550 5.0.0 <{A['ko']}>... Can't create output"}),
     soft(A["ko"], ANY_REASON, ANY)),
    ("l54-own-pl-interia-521", "Interia Poczta help nId 6589600 ('550 5.2.1 Mailbox not available': a mistyped "
     "address, a full inbox or a suspended account); our Postfix relay's report",
     relayed("l54-in1", A["in1"], "mx.poczta.interia.pl", "550 5.2.1 Mailbox not available", status="5.2.1"),
     soft(A["in1"], ANY_REASON)),
    ("l54-own-pl-interia-doesnt-want", "Interia Poczta help nId 6589600 ('550 5.7.1 Recipient doesn't want your "
     "mail': the recipient put the sender on a blocked list); our Postfix relay's report",
     relayed("l54-in2", A["in2"], "mx.poczta.interia.pl", "550 5.7.1 Recipient doesn't want your mail",
             status="5.7.1"), soft(A["in2"], NOT_USER, ANY)),
    ("l54-own-pt-uol-over-quota", f"{UOL}; UOL's Portuguese frame ours",
     plain("l54-uol", cs="iso-8859-1", cte="quoted-printable", subject="Mensagem não entregue",
           sender="MAILER-DAEMON@uol.com.br", a=A["uol"], body="Sua mensagem não pôde ser entregue aos seguintes "
           f"destinatários:\n\n<{A['uol']}>: User is over quota\n"), soft(A["uol"], FULL)),
    # --- Exim's texts in a site's language ------------------------------------------------------------------------
    ("l54-exim-es-usuario-desconocido", EXIM_T.format("Spanish", "the remote's reply after RCPT TO, an admin's Spanish "
                                                      "text"),
     exim_local("l54-ex1", "es", A["ex1"], f"SMTP error from remote mail server after RCPT TO:<{A['ex1']}>:\n    550 "
                "5.1.1 Usuario desconocido"), hard(A["ex1"])),
    ("l54-exim-fr-quota", EXIM_T.format("French", "Exim appendfile's 'mailbox is full (MTA-imposed quota exceeded "
                                        "while writing to ...)'"),
     exim_local("l54-ex2", "fr", A["ex2"], "mailbox is full (MTA-imposed quota exceeded while writing to tmp/1733565600"
                ".H123P456.mx1)"), soft(A["ex2"], FULL)),
    ("l54-exim-de-warnung", EXIM_T.format("German (warn_message_file)", "a 451 temporary lookup failure"),
     notice("l54-ex3", body="Diese Nachricht wurde automatisch von der Mail-Zustellsoftware erzeugt.\nEine von Ihnen "
            "gesendete Nachricht konnte nach mehr als 24 Stunden in der\nWarteschlange auf mx1.example-hosting.net "
            "noch nicht an einen oder mehrere\nEmpfänger zugestellt werden.\n\nDie Adresse, an die die Nachricht noch "
            f"nicht zugestellt wurde, lautet:\n\n  {A['ex3']}\n    Grund der Verzögerung: SMTP error from remote mail "
            f"server after RCPT TO:<{A['ex3']}>:\n    451 4.3.0 Temporary lookup failure\n\nSie müssen nichts tun. Die "
            "Zustellversuche werden noch eine Zeit lang fortgesetzt.\n", charset="iso-8859-1", cte="quoted-printable",
            subject="Warnung: Nachricht 1v8Xyz-0004Ab-2Q um 24 Stunden verzögert", rcpt=A["ex3"],
            sender="Mail Delivery System <Mailer-Daemon@mx1.example-hosting.net>", generator="Exim warning, localised"),
     delayed(A["ex3"])),
    # --- Postfix's templates in an ISP's language ---------------------------------------------------------------
    ("l54-pf-de-benutzer-unbekannt", PF_T.format("German", "smtpd 'Recipient address rejected: <text>' with an admin's "
                                                 "German text"),
     pf_local("l54-pde", "de", A["pde"], said("mx.partner.de", f"550 5.1.1 <{A['pde']}>: Recipient address rejected: "
              "Benutzer unbekannt"), status="5.1.1", remote="mx.partner.de",
              diag=f"550 5.1.1 <{A['pde']}>: Recipient address rejected: Benutzer unbekannt"), hard(A["pde"])),
    ("l54-pf-de-delay", PF_T.format("German (delay_template)", "smtp(8)'s 'connect to ...: Connection timed out'"),
     pf_local("l54-pde2", "de", "grit.berger@partner.de", "connect to mx.partner.de[192.0.2.25]:25: Connection timed "
              "out", status="4.4.1", action="delayed"), delayed("grit.berger@partner.de")),
    ("l54-pf-es-buzon-lleno", PF_T.format("Spanish", "an admin's Spanish quota text after 552 5.2.2"),
     pf_local("l54-pes", "es", A["pes"], said("mx.partner.es", f"552 5.2.2 <{A['pes']}>: Buzón del destinatario "
              "lleno"), status="5.2.2", remote="mx.partner.es", diag=f"552 5.2.2 <{A['pes']}>: Buzón del destinatario "
              "lleno"), soft(A["pes"], FULL)),
    ("l54-pf-ja-user-unknown", PF_T.format("Japanese", "Postfix smtpd 'User unknown in local recipient table'"),
     pf_local("l54-pja", "ja", A["pja"], said("mx.partner.co.jp", f"550 5.1.1 <{A['pja']}>: Recipient address "
              "rejected: User unknown in local recipient table"), status="5.1.1", remote="mx.partner.co.jp",
              diag=f"550 5.1.1 <{A['pja']}>: Recipient address rejected: User unknown in local recipient table"),
     hard(A["pja"])),
    ("l54-pf-ru-spam", PF_T.format("Russian", "an admin's Russian content-filter text after 550 5.7.1"),
     pf_local("l54-pru", "ru", A["pru"], said("mx.partner.ru", "550 5.7.1 Сообщение отклонено как спам",
              command="end of DATA"), status="5.7.1", remote="mx.partner.ru",
              diag="550 5.7.1 Сообщение отклонено как спам"), soft(A["pru"], SPAM, ANY)),
    ("l54-pf-zh-user-unknown", PF_T.format("Chinese", "Postfix smtpd 'User unknown in virtual mailbox table'"),
     pf_local("l54-pzh", "zh", A["pzh"], said("mx.partner.cn", f"550 5.1.1 <{A['pzh']}>: Recipient address rejected: "
              "User unknown in virtual mailbox table"), status="5.1.1", remote="mx.partner.cn",
              diag=f"550 5.1.1 <{A['pzh']}>: Recipient address rejected: User unknown in virtual mailbox table"),
     hard(A["pzh"])),
    ("l54-pf-nl-domain", PF_T.format("Dutch", "smtp(8)'s 'Host or domain name not found. Name service error for "
                                     "name=... type=A: Host not found' (as webgo.de's FAQ quotes it)"),
     pf_local("l54-pnl", "nl", A["pnl"], "Host or domain name not found. Name service error for\n    name=partner-nl."
              "example type=A: Host not found", status="5.4.4"), hard(A["pnl"], HOST)),
    ("l54-pf-pl-rbl", PF_T.format("Polish", "smtpd's RBL reply 'Service unavailable; Client host [...] blocked using "
                                  "...'"),
     pf_local("l54-ppl", "pl", A["ppl"], said("mx.partner.pl", "554 5.7.1 Service unavailable; Client host "
              "[198.51.100.7] blocked using bl.spamcop.net"), status="5.7.1", remote="mx.partner.pl",
              diag="554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net"),
     soft(A["ppl"], BLOCKED, S)),
    ("l54-pf-sv-user-unknown", PF_T.format("Swedish", "Postfix smtpd 'User unknown in local recipient table'"),
     pf_local("l54-psv", "sv", A["psv"], said("mx.partner.se", f"550 5.1.1 <{A['psv']}>: Recipient address rejected: "
              "User unknown in local recipient table"), status="5.1.1", remote="mx.partner.se",
              diag=f"550 5.1.1 <{A['psv']}>: Recipient address rejected: User unknown in local recipient table"),
     hard(A["psv"])),
    # --- Dovecot ---------------------------------------------------------------------------------------------------
    ("l54-dovecot-de-quota", DOVECOT_Q,
     relayed("l54-dq", A["dq"], "mx.partner.de", f"552 5.2.2 <{A['dq']}> Das Postfach des Empfängers ist voll.",
             status="5.2.2"), soft(A["dq"], FULL)),
    ("l54-sieve-fr-reject", SIEVE,
     sieve_reject("sv1", A["sv1"], "Refusé : Offre", f"Votre message à <{A['sv1']}> a été rejeté automatiquement :\n"
                  "Je ne souhaite plus recevoir de sollicitations commerciales."), soft(A["sv1"], ANY_REASON, ANY)),
    ("l54-sieve-de-reject", SIEVE,
     sieve_reject("sv2", A["sv2"], "Abgelehnt: Angebot", f"Ihre Nachricht an <{A['sv2']}> wurde automatisch "
                  "abgelehnt:\nIch nehme keine Werbung per E-Mail an."), soft(A["sv2"], ANY_REASON, ANY)),
]

# --- what is no bounce: automatic replies, read receipts, delivery reports -----------------------------------------
AWAY = {
    "de": ("de-DE", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18.12. nicht im Büro und habe keinen "
           "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an zentrale@partner.de."),
    "fr": ("fr-FR", "Bonjour,\nJe suis absent du bureau jusqu'au 18 décembre inclus. Pour toute urgence, merci de "
           "contacter accueil@partner.fr.\nCordialement"),
    "es": ("es-ES", "Gracias por su mensaje. Estaré fuera de la oficina hasta el 18 de diciembre. Para asuntos "
           "urgentes, escriba a info@partner.es."),
    "it": ("it-IT", "Grazie per il messaggio. Sarò fuori ufficio fino al 18 dicembre con accesso limitato alla posta. "
           "Per urgenze scrivere a info@partner.it."),
    "pl": ("pl-PL", "Dziękuję za wiadomość. Jestem na urlopie do 18 grudnia. W pilnych sprawach proszę pisać na "
           "biuro@partner.pl."),
    "ru": ("ru-RU", "Спасибо за письмо. Я в отпуске до 18 декабря. По срочным вопросам пишите на office@partner.ru."),
    "ja": ("ja-JP", "メールありがとうございます。12月18日まで不在にしております。お急ぎの場合は info@partner.co.jp までご連絡ください。"),
    "zh": ("zh-CN", "感谢您的来信。我将休假至12月18日，期间无法及时回复邮件。如有急事，请联系 info@partner.cn。"),
}
for _lang, (_loc, _text) in AWAY.items():
    ROWS.append((f"l54-oof-{_lang}", OOF, outlook_oof(f"l54-oof-{_lang}", f"Lena Lead <{LEAD}>", OOF_PREFIXES[_lang],
                                                      _text, lang=_loc), []))

ROWS += [
    ("l54-mdn-de-gelesen", MDN_SRC,
     mdn("l54-mdn-de", "Gelesen: Quick question", "Ihre Nachricht\n\n  An: lead@partner.example\n  Betreff: Quick "
         "question\n  Gesendet: Montag, 7. Dezember 2026 10:00:00 (UTC+01:00)\n\nwurde am Montag, 7. Dezember 2026 "
         "10:12:31 (UTC+01:00) gelesen.", "manual-action/MDN-sent-manually; displayed"), []),
    ("l54-mdn-fr-lu", MDN_SRC,
     mdn("l54-mdn-fr", "Lu : Quick question", "Votre message\n\n  À : lead@partner.example\n  Objet : Quick question\n"
         "  Envoyé : lundi 7 décembre 2026 10:00:00 (UTC+01:00)\n\na été lu le lundi 7 décembre 2026 10:12:31 "
         "(UTC+01:00).", "manual-action/MDN-sent-manually; displayed"), []),
    ("l54-delivered-de", DELIVERED,
     dsn("l54-dl-de", "Microsoft Outlook <postmaster@example.net>", "Übermittelt: Quick question", "Ihre Nachricht wurde "
         "an die folgenden Empfänger übermittelt:\n\nlead@partner.example (lead@partner.example)\n\nBetreff: Quick "
         "question", block("delivered", "2.0.0", "250 2.0.0 OK")), []),
    ("l54-delivered-es", DELIVERED,
     dsn("l54-dl-es", "Microsoft Outlook <postmaster@example.net>", "Entregado: Quick question", "Su mensaje se ha "
         "entregado a los siguientes destinatarios:\n\nlead@partner.example (lead@partner.example)\n\nAsunto: Quick "
         "question", block("delivered", "2.0.0", "250 2.0.0 OK")), []),
]
