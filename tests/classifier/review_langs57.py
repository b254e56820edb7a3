"""Review langs57: a MEASUREMENT of the classifier on bounces in the languages sales teams meet (zh, ru, ja, pl, de,
fr, es, it, pt, nl, sv), drawn from servers' and providers' own wordings that the earlier language reviews (langs,
langs2, langs3, langs45, langs54) did not use: the replies Chinese hosts return (NetEase 163, Coremail, 263, umail,
the 'RC:LD' / 'RC:NE' gateways), mail.ru's, the replies Yandex's help glosses, Japanese ISPs' glosses, Microsoft's
own localised 5.1.10 and 5.1.6 sentences, MDaemon's admin-written German notice, Free's, Aruba's and Aruba PEC's
replies, and qmail / Exim / Postfix / Exchange 2013 frames as sites translate them (review_langs57_frames). Mostly
'no such user' (hard), then full and disabled mailboxes, spam refusals, a moved mailbox, an unknown domain, and the
non-bounces of the same mailboxes (automatic replies, read receipts) in review_langs57_more.py.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)] per
/work/shared/classifier/taxonomy.md, [] for no bounce, written BEFORE the classifier ran (committed first). Names
"l57-<lang>-<what>". All HAND-MADE; test_review_langs57.py runs them."""

from __future__ import annotations

from tests.classifier.review_langs54 import ANY, FULL, HOST, SPAM, SUSPEND, UNKNOWN, hard, soft
from tests.classifier.review_langs54_more import pf_local
from tests.classifier.review_langs57_frames import ex2013, exim, plain, said, smtp_error

DEAD_DOMAIN = UNKNOWN + HOST

DBMAIL = ("dbmailserver.com 'tui-xin-address-not-exist' (a Chinese mail-server vendor's help on replies that mean the "
          "address does not exist): '550 User not found: 12345@163.com', '550 RC:LD The email account that you tried "
          "to reach does no exists.', '550 RC:NE The email account does not exist.', '551 5.1.1 recipient is not "
          "exist', '550 Local User [xxx@123.com] not found.', '550 #2175041 unavailable mail user', '550 no such user "
          "here (umail mta)', '550 5.1.1 Mailbox does not exist', '550 5.1.1 x: Recipient address rejected: "
          "undeliverable address: unknown user: \"x\"'")
TNET = ("tnet.hk support 'reemail_old' (a Hong Kong host's 退信專題): '<***@163.net>……User ***@163.net is not found in "
        "Server .' (對方用戶不存在); '<***@163>:Quota exceed the hard limit for user ***@163', '552 This person's "
        "account is exceeding their quota.' (對方郵箱空間不夠)")
COREMAIL = ("Coremail's own support index (icoremail.vip/support, 退信 section): '退信提示:\"This account has been "
            "temporarily suspended\"', '退信提示:\"user disabled\"'")
C263 = ("263 enterprise mail help (263gmail.js.cn/help/13/2.htm): 'a) 收件人信箱地址错误,退信提示: user not exist (in "
        "reply to RCPT TO command)'")
MAILRU = ("mailout.ru 2015/09 (mail.ru's errors explained): 'Ошибка содержит «User not found» или «No such user»' = the "
          "address is wrong or was deleted; '«Mailbox Full» или «User quota exceeded»' = no free space; mail.ru's whole "
          "reply '550 Message was not accepted -- invalid mailbox.  Local mailbox x is unavailable: user not found' as "
          "public Postfix log lines quote it")
YANDEX_OTHER = ("Yandex help 'Report on non-delivery to another (non-Yandex) address' (yandex.com/support/mail/bounces/"
                "other.html): 'Bad destination mailbox address', 'Invalid mailbox', 'No such user here', 'User not "
                "found' = sent to a non-existing address; 'Message rejected as spam by Content Filtering' = judged "
                "spam; 'Account is full', 'Error writing message: Disk quota exceeded' = the mailbox is full")
PA = ("pa-solution.net chupicom FAQ 921 (a Japanese ISP's returned-mail help): '( User unknown )' = the part left of @ "
      "is wrong; '( Host unknown )' = the part right of @ is wrong; '( temporarily over quota. )' = no free space in "
      "the recipient's mailbox")
RNF = "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' (learn.microsoft.com fix-error-code-550-5-1-1-through-5-1-20)"
EX_XLATE = ("Exchange 2013 NDR (review_langs57_frames.ex2013), its labels and the user sentence ('The email address you "
            "entered couldn't be found. ...') translated by us into {}; the diagnostic: {}")
MS_5110 = ("Microsoft's own {} sentence for 5.1.10 (support.office.com {} 'error code 5.1.10' page, 5a04a25a): {}; "
           "diagnostic '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' "
           "(learn.microsoft.com fix-error-code-550-5-1-10); the frame's labels translated by us")
UITR_FR = ("uitranslation.com fr-fr term 04a5485eb88d (Microsoft's own French string of an Exchange DSN): "
           "'l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte "
           "plus de messages. Aucune adresse de transfert n'a été configurée. Ce code peut se présenter si la boîte aux "
           "lettres du destinataire a été entièrement supprimée.'; status 5.1.6 (RFC 3463 'Destination mailbox has "
           "moved, No forwarding address')")
MDAEMON_DE = ("MDaemon help (de) 'Unzustellbare Nachrichten' (help.mdaemon.com/mdaemon/de/unknown_mail.html): mail to "
              "unknown local users '...mit der Fehlermeldung \"Empfänger unbekannt\" an den Absender zurückleiten'; "
              "'Sie können den Inhalt der Warnnachricht anpassen ... \"NoShUser.dat\"' (the text here is such a file "
              "written by a German admin)")
AMICRON = ("AMICRON-MAILOFFICE help 'Unzustellbare E-Mails' (amicron.org): 'user unknown' = der Name des Empfängers "
           "ist unbekannt; 'host unknown' = die Domain existiert nicht bzw. wurde nicht gefunden")
COMRAMO = ("comramo.de 'Fehlermeldungen E-Mail-Versand' (a German provider's FAQ): '554 5.7.1 This email from IP "
           "[IP-Adresse] has been rejected. The email message was detected as spam'")
FREE = "postmaster.free.fr (Free's own postmaster page): '550 spam detected' = the mail was judged spam by Free's filter"
O1NET = ("01net.com 'Décryptez votre messagerie': 'User unknown, ERROR Mailbox doesn't exist, unable to verify adress "
         "... invalid local name syntax' = the address does not exist at that provider")
ARUBA = ("Aruba hosting guide 'Risoluzione errori comuni' (guide.hosting.aruba.it): a mailbox in over quota rejects new "
         "mail and 'il mittente riceve l'errore user is over quota'")
PEC = ("guide.pec.it 'Risoluzione agli errori comuni nell'invio e nella ricezione della PEC': '554 <indirizzoemail>: "
       "Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non "
       "certificata' = ordinary mail sent to a PEC box that does not take it (fix: ask the box to enable it)")
NETBIT = ("netbit.com.br 'Problemas comuns no envio': 'Mailbox is Full' = the recipient's box is full; 'Unknown User "
          "ou No mailbox by that name' = the recipient does not exist")
QMAIL_LOCAL = ("qmail-local's 'Sorry, no mailbox here by that name. (#5.1.1)' (qmail / vpopmail for a missing local "
               "user); netbit.com.br glosses 'No mailbox by that name' as the recipient not existing; greeting lines "
               "translated by us")
RIUDOMS = ("riudoms.xarxa-omnia.org 'Correus electrònics amb missatges d'error': '452 \"Mailbox disk quota exceeded\"' "
           "= la bústia del destinatari està plena")
SEZNAM_EX = ("napoveda.seznam.cz/uzivatel-neexistuje (its examples of 'no such recipient' notices): '(reason: 550 "
             "5.1.1 jiri.novak@scdferg.cz... User unknown)'")
DISABLED = ("Google Workspace SMTP errors (support.google.com/a/answer/3726730): '550 5.2.1 The email account that you "
            "tried to reach is disabled.', quoted also by wh-163.com's help for the same reply")
PF_T = "Postfix bounce(5) template translated ({}, review_langs57_frames.pf); reply: {}"
EXIM_T = "Exim bounce_message_file translated by us ({}, review_langs57_frames.exim); reply: {}"

W = {"zh": "partner.com.cn", "ru": "partner.ru", "ja": "partner.co.jp", "pl": "partner.pl", "de": "partner.de",
     "fr": "partner.fr", "es": "partner.es", "it": "partner.it", "pt": "partner.com.br", "nl": "partner.nl",
     "sv": "partner.se"}

ROWS: list[tuple] = [
    # --- zh: the replies Chinese hosts return, in a Chinese Postfix / Exim frame or the host's own notice --------------
    ("l57-zh-163-user-not-found", PF_T.format("zh", DBMAIL),
     pf_local("l57-zh-163", "zh", "li.na@163.com", said("163mx01.mxmail.netease.com", "550 User not found: "
              "li.na@163.com"), status="5.0.0", diag="550 User not found: li.na@163.com",
              remote="163mx01.mxmail.netease.com"), hard("li.na@163.com")),
    ("l57-zh-rcld-does-no-exists", EXIM_T.format("zh", DBMAIL),
     exim("l57-zh-rcld", "zh", "zhao.lei@" + W["zh"], smtp_error("zhao.lei@" + W["zh"], "550 RC:LD The email account "
          "that you tried to reach does no exists.")), hard("zhao.lei@" + W["zh"])),
    ("l57-zh-rcne-does-not-exist", PF_T.format("zh", DBMAIL),
     pf_local("l57-zh-rcne", "zh", "sun.mei@" + W["zh"], said("mx.partner.com.cn", "550 RC:NE The email account does "
              "not exist."), status="5.0.0", diag="550 RC:NE The email account does not exist.",
              remote="mx.partner.com.cn"), hard("sun.mei@" + W["zh"])),
    ("l57-zh-551-recipient-is-not-exist", EXIM_T.format("zh", DBMAIL),
     exim("l57-zh-551", "zh", "zhou.qiang@" + W["zh"], smtp_error("zhou.qiang@" + W["zh"], "551 5.1.1 recipient is not "
          "exist")), hard("zhou.qiang@" + W["zh"])),
    ("l57-zh-local-user-not-found", PF_T.format("zh", DBMAIL),
     pf_local("l57-zh-local", "zh", "wu.fang@" + W["zh"], said("mail.partner.com.cn", f"550 Local User [wu.fang@"
              f"{W['zh']}] not found."), status="5.0.0", diag=f"550 Local User [wu.fang@{W['zh']}] not found.",
              remote="mail.partner.com.cn"), hard("wu.fang@" + W["zh"])),
    ("l57-zh-coremail-unavailable-mail-user", PF_T.format("zh", DBMAIL),
     pf_local("l57-zh-cmuser", "zh", "xu.jing@" + W["zh"], said("mx.partner.com.cn", "550 #2175041 unavailable mail "
              "user"), status="5.0.0", diag="550 #2175041 unavailable mail user", remote="mx.partner.com.cn"),
     hard("xu.jing@" + W["zh"])),
    ("l57-zh-umail-no-such-user-here", EXIM_T.format("zh", DBMAIL),
     exim("l57-zh-umail", "zh", "ma.chao@" + W["zh"], smtp_error("ma.chao@" + W["zh"], "550 no such user here (umail "
          "mta)")), hard("ma.chao@" + W["zh"])),
    ("l57-zh-263-user-not-exist", PF_T.format("zh", C263),
     pf_local("l57-zh-263", "zh", "gao.yan@263.net", said("mx.263.net", "550 user not exist"), status="5.0.0",
              diag="550 user not exist", remote="mx.263.net"), hard("gao.yan@263.net")),
    ("l57-zh-163net-not-found-in-server", TNET + "; the host's own plain notice, frame translated by us",
     plain("l57-zh-tnet", "lin.hui@163.net", "您好，这是邮件系统。\n\n您的邮件无法投递到以下收件人：\n\n<lin.hui@163.net>……"
           "User lin.hui@163.net is not found in Server .\n", subject="系统退信", cs="gb2312",
           sender="邮件系统 <postmaster@mail.partner.com.cn>"), hard("lin.hui@163.net")),
    ("l57-zh-163-quota-hard-limit", TNET + "; the host's own plain notice, frame translated by us",
     plain("l57-zh-quota", "he.ping@163.com", "您好，这是邮件系统。\n\n您的邮件无法投递到以下收件人：\n\n<he.ping@163.com>:"
           "Quota exceed the hard limit for user he.ping@163.com\n", subject="系统退信", cs="gbk",
           sender="邮件系统 <postmaster@mail.partner.com.cn>"), soft("he.ping@163.com", FULL)),
    ("l57-zh-exceeding-their-quota", EXIM_T.format("zh", TNET),
     exim("l57-zh-552q", "zh", "luo.min@" + W["zh"], smtp_error("luo.min@" + W["zh"], "552 This person's account is "
          "exceeding their quota.")), soft("luo.min@" + W["zh"], FULL)),
    ("l57-zh-coremail-temporarily-suspended", PF_T.format("zh", COREMAIL),
     pf_local("l57-zh-cmsusp", "zh", "tang.li@" + W["zh"], said("mx.partner.com.cn", "550 This account has been "
              "temporarily suspended"), status="5.0.0", diag="550 This account has been temporarily suspended",
              remote="mx.partner.com.cn"), soft("tang.li@" + W["zh"], SUSPEND)),
    ("l57-zh-coremail-user-disabled", EXIM_T.format("zh", COREMAIL),
     exim("l57-zh-cmdis", "zh", "feng.yu@" + W["zh"], smtp_error("feng.yu@" + W["zh"], "550 user disabled")),
     soft("feng.yu@" + W["zh"], SUSPEND)),
    # --- ru: mail.ru, and the replies Yandex's help glosses, in Russian frames -----------------------------------------
    ("l57-ru-mailru-user-not-found", PF_T.format("ru", MAILRU),
     pf_local("l57-ru-mailru", "ru", "olga.sokolova@mail.ru", said("mxs.mail.ru", "550 Message was not accepted -- "
              "invalid mailbox.  Local mailbox olga.sokolova@mail.ru is unavailable: user not found", "end of DATA"),
              status="5.0.0", diag="550 Message was not accepted -- invalid mailbox.  Local mailbox "
              "olga.sokolova@mail.ru is unavailable: user not found", remote="mxs.mail.ru"),
     hard("olga.sokolova@mail.ru")),
    ("l57-ru-mailru-user-quota", EXIM_T.format("ru", MAILRU),
     exim("l57-ru-mrq", "ru", "pavel.orlov@mail.ru", smtp_error("pavel.orlov@mail.ru", "552 5.2.2 User quota exceeded")),
     soft("pavel.orlov@mail.ru", FULL)),
    ("l57-ru-bad-destination-mailbox", EXIM_T.format("ru", YANDEX_OTHER),
     exim("l57-ru-bdm", "ru", "anton.kuznetsov@" + W["ru"], smtp_error("anton.kuznetsov@" + W["ru"], "550 5.1.1 "
          f"<anton.kuznetsov@{W['ru']}>: Bad destination mailbox address")), hard("anton.kuznetsov@" + W["ru"])),
    ("l57-ru-no-such-user-here", EX_XLATE.format("ru", "'550 No such user here' (" + YANDEX_OTHER + ")"),
     ex2013("l57-ru-nsuh", "ru", "elena.popova@" + W["ru"], "Введенный адрес электронной почты не найден. Проверьте "
            "адрес электронной почты получателя и попробуйте отправить сообщение еще раз. Если проблема не исчезнет, "
            "обратитесь в службу поддержки.", "550 No such user here", status="5.0.0", remote="mx.partner.ru"),
     hard("elena.popova@" + W["ru"])),
    ("l57-ru-invalid-mailbox", PF_T.format("ru", YANDEX_OTHER),
     pf_local("l57-ru-inv", "ru", "igor.lebedev@" + W["ru"], said("mx.partner.ru", "550 Invalid mailbox"),
              status="5.0.0", diag="550 Invalid mailbox", remote="mx.partner.ru"), hard("igor.lebedev@" + W["ru"])),
    ("l57-ru-disk-quota-exceeded", PF_T.format("ru", YANDEX_OTHER),
     pf_local("l57-ru-dq", "ru", "nina.morozova@" + W["ru"], said("mx.partner.ru", "552 Error writing message: Disk "
              "quota exceeded", "end of DATA"), status="5.2.2", diag="552 Error writing message: Disk quota exceeded",
              remote="mx.partner.ru"), soft("nina.morozova@" + W["ru"], FULL)),
    ("l57-ru-spam-content-filtering", EX_XLATE.format("ru", "'554 5.7.1 Message rejected as spam by Content Filtering' "
                                                      "(" + YANDEX_OTHER + ")"),
     ex2013("l57-ru-spam", "ru", "denis.volkov@" + W["ru"], "Сообщение отклонено сервером получателя.",
            "554 5.7.1 Message rejected as spam by Content Filtering.", status="5.7.1", remote="mx.partner.ru"),
     soft("denis.volkov@" + W["ru"], SPAM, ANY)),
    ("l57-ru-exch-not-found", EX_XLATE.format("ru", RNF),
     ex2013("l57-ru-rnf", "ru", "sergei.fedorov@" + W["ru"], "Введенный адрес электронной почты не найден. Проверьте "
            "адрес электронной почты получателя и попробуйте отправить сообщение еще раз.", "550 5.1.1 "
            "RESOLVER.ADR.RecipNotFound; not found", status="5.1.1"), hard("sergei.fedorov@" + W["ru"])),
    # --- ja: Japanese ISPs' glosses and Microsoft's Japanese pages --------------------------------------------------
    ("l57-ja-pf-user-unknown", PF_T.format("ja", PA),
     pf_local("l57-ja-uu", "ja", "kenji.sato@" + W["ja"], said("mx.partner.co.jp", f"550 5.1.1 <kenji.sato@{W['ja']}>"
              "... User unknown"), status="5.1.1", diag=f"550 5.1.1 <kenji.sato@{W['ja']}>... User unknown",
              remote="mx.partner.co.jp"), hard("kenji.sato@" + W["ja"])),
    ("l57-ja-isp-over-quota", PA + "; the ISP's plain notice, frame translated by us",
     plain("l57-ja-oq", "yumi.ito@" + W["ja"], "メールを配送できませんでした。\n\n宛先: <yumi.ito@partner.co.jp>\n理由: "
           "( temporarily over quota. )\n", subject="Returned mail: メールを配送できませんでした", cs="iso-2022-jp",
           cte="7bit", sender="Mail Administrator <Postmaster@mail.partner.co.jp>"), soft("yumi.ito@" + W["ja"], FULL)),
    ("l57-ja-isp-host-unknown", PA + "; the ISP's plain notice, frame translated by us",
     plain("l57-ja-hu", "akira.kato@partner-shoji.co.jp", "メールを配送できませんでした。\n\n宛先: "
           "<akira.kato@partner-shoji.co.jp>\n理由: ( Host unknown )\n", subject="Returned mail: メールを配送できませんでした",
           cs="shift_jis", cte="8bit", sender="Mail Administrator <Postmaster@mail.partner.co.jp>"),
     hard("akira.kato@partner-shoji.co.jp", DEAD_DOMAIN)),
    ("l57-ja-exch-not-found", EX_XLATE.format("ja", RNF),
     ex2013("l57-ja-rnf", "ja", "naoko.kobayashi@" + W["ja"], "入力した電子メール アドレスが見つかりませんでした。受信者の電子"
            "メール アドレスを確認して、メッセージを再送信してください。問題が解決しない場合は、ヘルプデスクにお問い合わせください。",
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1"), hard("naoko.kobayashi@" + W["ja"])),
    ("l57-ja-exch-5110", MS_5110.format("Japanese", "ja-jp", "'送信先のメール アドレスが存在しないか、見つかりませんでした。' "
                                        "(our rendering of the ja-jp page's reason)"),
     ex2013("l57-ja-5110", "ja", "hiroshi.yamamoto@" + W["ja"], "送信先のメール アドレスが存在しないか、見つかりませんでした。",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", status="5.1.10"),
     hard("hiroshi.yamamoto@" + W["ja"])),
    ("l57-ja-exim-user-unknown", EXIM_T.format("ja", PA),
     exim("l57-ja-ex", "ja", "mika.nakamura@" + W["ja"], smtp_error("mika.nakamura@" + W["ja"], "550 5.1.1 "
          f"<mika.nakamura@{W['ja']}>: User unknown")), hard("mika.nakamura@" + W["ja"])),
]
