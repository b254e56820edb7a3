"""Quota 65, second part: MAILBOX-FULL / QUOTA notices and their look-alikes in zh, ko, pl, ru, tr and cs (the brief,
the census, the harms aimed at and the expectation helpers are review_quota65.py's). Expected rows written from the
sources' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import PROBLEM, S, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import GMAIL_SRC, POSTFIX_SRC, gmail
from tests.classifier.review_locale59_layouts import exo_loc, gmail_loc
from tests.classifier.review_quota65 import (DISK, EXO_FULL, EXO_FULL_SRC, GLOC, MLOC, SENDQ, SMARTHOST, VDX, big,
                                             full, ours, sysfull)
from tests.classifier.review_quota65_layouts import SEZNAM_SRC, seznam_own

NETEASE_MX = "163mx01.mxmail.netease.com"
CN_FULL = ("wz.0733.com.cn 'common bounce reasons' (接收方邮箱已经没有足够的空间: 'mailbox is full/Quota exceed the hard limit "
           "for user/mail box space not enough'); yfs8.com ('<***@163>:Quota exceed the hard limit for user ***@163')")
NETEASE_CODES = "NetEase's reply codes as biecuoliao.com '你所不知道的邮件退信代码' lists them ('451 MI:SFQ 发信人在15分钟内的发信数量超过限...')"
MAILSIZE = "emailhost.com.cn bounce glossary ('[退信] 邮件过大:exceeded mailsize limit', beside '收件容量满:Quota exceeded')"
ZH_ROWS = [
    ("q65-pf-zh-netease-quota-exceed-hard-limit", f"{POSTFIX_SRC}; {CN_FULL}",
     pf_remote("c1", "zhang.wei.trade@163.com", "552 Quota exceed the hard limit for user zhang.wei.trade@163.com",
               "5.0.0", NETEASE_MX), full("zhang.wei.trade@163.com")),
    ("q65-pf-zh-mail-box-space-not-enough", f"{POSTFIX_SRC}; {CN_FULL}",
     pf_remote("c2", "caigou@huaxin-jixie.com.cn", "550 mail box space not enough", "5.0.0", "mx.huaxin-jixie.com.cn"),
     full("caigou@huaxin-jixie.com.cn")),
    ("q65-pf-zh-netease-mi-sfq-given-up", f"{POSTFIX_SRC} (given up after its queue lifetime); {NETEASE_CODES}",
     pf_remote("c3", "li.na.export@163.com", "451 MI:SFQ 发信人在15分钟内的发信数量超过限制", "4.0.0", NETEASE_MX,
               command="MAIL FROM"), soft("li.na.export@163.com", SENDQ + ("expired",), S)),
    ("q65-pf-zh-netease-mailsize-limit", f"{POSTFIX_SRC}; {MAILSIZE}",
     pf_remote("c4", "chen.jie.buyer@163.com", "552 Requested mail action aborted: exceeded mailsize limit", "5.0.0",
               NETEASE_MX, command="end of DATA"), big("chen.jie.buyer@163.com")),
    ("q65-pf-zh-server-disk-given-up", f"{POSTFIX_SRC}; {DISK} (zh: the server's disk space short)",
     pf_remote("c5", "xiaoshou@huaxin-jixie.com.cn", "452 4.3.1 服务器磁盘空间不足", "4.3.1", "mx.huaxin-jixie.com.cn"),
     sysfull("xiaoshou@huaxin-jixie.com.cn")),
    ("q65-gloc-zh-delay-yiman", f"{GLOC} (delay); hand-made zh 4.2.2 reply",
     gmail_loc("c6", "sales@huaxin-jixie.com.cn", "zh", "delay", "452 4.2.2 收件人邮箱已满，请稍后重试", "4.2.2",
               "mx.huaxin-jixie.com.cn"), later("sales@huaxin-jixie.com.cn")),
]

KO_MX = "mx.hanbit-tech.co.kr"
KO_SRC = ("NAVER 지식iN answer (메일함 용량이 기본 용량(5GB)을 초과했을 경우 ... 메일 수신이 되지 않으므로); foxydog.tistory.com/180 "
          "('550 Mailbox full' 메일함이 가득 찼습니다, '550 (Mailbox) Quota Violation' 할당량을 위반(초과))")
KO_TOO_MANY = ("puffinknight.tistory.com/102 ('421 4.3.1 You send too many messages.' under 대량 메일 발송으로 인해 "
               "대형포털로부터 IP가 차단된 경우: our volume, not a full system)")
DELAY_LEAD = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 47 more hours. You'll be "
              "notified if the delivery fails permanently.")
KO_ROWS = [
    ("q65-pf-ko-yongryang-chogwa-no-code", f"{POSTFIX_SRC}; {KO_SRC} (a Korean groupware's reply, no enhanced code)",
     pf_remote("k1", "jiho.park@hanbit-tech.co.kr", "550 받는 사람의 메일함 용량이 초과되어 메일을 받을 수 없습니다", "5.0.0",
               KO_MX), full("jiho.park@hanbit-tech.co.kr")),
    ("q65-pf-ko-quota-violation", f"{POSTFIX_SRC}; {KO_SRC}",
     pf_remote("k2", "sales@hanbit-tech.co.kr", "550 (Mailbox) Quota Violation", "5.0.0", KO_MX),
     full("sales@hanbit-tech.co.kr")),
    ("q65-gmail-ko-naver-mailbox-full", f"{GMAIL_SRC}; {KO_SRC}",
     gmail("k3", "minji.kim.biz@naver.com", heading="Message not delivered", lead=PROBLEM.format(
         a="minji.kim.biz@naver.com"), response="550 Mailbox full", diag="550 Mailbox full", status="5.0.0",
         remote="mx1.naver.com"), full("minji.kim.biz@naver.com")),
    ("q65-pf-ko-naver-too-many-4-3-1-given-up", f"{POSTFIX_SRC} (given up after its queue lifetime); {KO_TOO_MANY}",
     pf_remote("k4", "dohyun.lee.ops@naver.com", "421 4.3.1 You send too many messages.", "4.3.1", "mx2.naver.com",
               command="MAIL FROM"), ours("dohyun.lee.ops@naver.com")),
    ("q65-pf-ko-server-storage-given-up", f"{POSTFIX_SRC}; {DISK} (ko)",
     pf_remote("k5", "admin@hanbit-tech.co.kr", "452 4.3.1 서버의 저장 공간이 부족합니다", "4.3.1", KO_MX),
     sysfull("admin@hanbit-tech.co.kr")),
    ("q65-gmail-ko-delay-gadeuk", f"{GMAIL_SRC} (the delay notice, Action delayed); {KO_SRC}",
     gmail("k6", "info@hanbit-tech.co.kr", heading="Delivery incomplete", lead=DELAY_LEAD.format(a="info@hanbit-tech.co.kr"),
           response="452 4.2.2 받는 사람의 메일함이 가득 찼습니다", diag="452 4.2.2 받는 사람의 메일함이 가득 찼습니다",
           status="4.2.2", remote=KO_MX, action="delayed"), later("info@hanbit-tech.co.kr")),
]

PL_MX = "mx.wislany-transport.pl"
PL_ROWS = [
    ("q65-pf-pl-zapelniona-no-code", f"{POSTFIX_SRC}; hand-made Polish ('zapełniona', filled up) as a Polish host words "
     "a full box beside Interia's 'przepełniona skrzynka'",
     pf_remote("l1", "biuro@wislany-transport.pl", "550 Skrzynka odbiorcy jest zapełniona", "5.0.0", PL_MX),
     full("biuro@wislany-transport.pl")),
    ("q65-exoloc-pl-skrzynka-pelna", f"{MLOC}; {EXO_FULL_SRC}",
     exo_loc("l2", "zarzad@mazurska-stal.pl", "pl", "Skrzynka pocztowa użytkownika zarzad jest pełna.", EXO_FULL, "5.2.2"),
     full("zarzad@mazurska-stal.pl")),
    ("q65-pf-pl-limit-wysylki-smarthost", f"{POSTFIX_SRC}; {SMARTHOST} (pl)",
     pf_remote("l3", "prezes@mazurska-stal.pl", "550 5.7.1 Przekroczono dzienny limit wysyłki wiadomości z tego konta",
               "5.7.1", "smtp.hosting-przyklad.pl", command="MAIL FROM"), ours("prezes@mazurska-stal.pl")),
    ("q65-pf-pl-dysk-serwera-given-up", f"{POSTFIX_SRC}; {DISK} (pl)",
     pf_remote("l4", "ksiegowosc@wislany-transport.pl", "452 4.3.1 Brak miejsca na dysku serwera", "4.3.1", PL_MX),
     sysfull("ksiegowosc@wislany-transport.pl")),
    ("q65-gloc-pl-delay-pelna", f"{GLOC} (delay); hand-made pl 4.2.2 reply",
     gmail_loc("l5", "handlowy@wislany-transport.pl", "pl", "delay", "452 4.2.2 Skrzynka odbiorcy jest pełna", "4.2.2",
               PL_MX), later("handlowy@wislany-transport.pl")),
]

YANDEX = "Yandex help 'The recipient's mailbox is full' (yandex.com/support/mail/bounces: 'Mailbox size exceeded', 'Mailbox size limit exceeded')"
MAILRU = "mailout.ru 2015/09 (Mail.ru errors: 'Ошибка содержит «Mailbox Full» или «User quota exceeded»')"
NICRU = ("nic.ru help 'Mail diagnostics and troubleshooting' ('the mailbox reached its limit for sending messages (50 "
         "letters per 15 minutes)': OUR mailbox's sending limit), the reply hand-made in Russian")
RU_ROWS = [
    ("q65-pf-ru-yandex-mailbox-size-limit", f"{POSTFIX_SRC}; {YANDEX}",
     pf_remote("r1", "ivan.sokolov.zakupki@yandex.ru", "552 5.2.2 Mailbox size limit exceeded", "5.2.2", "mx.yandex.ru"),
     full("ivan.sokolov.zakupki@yandex.ru")),
    ("q65-gloc-ru-mailru-user-quota-exceeded", f"{GLOC}; {MAILRU}",
     gmail_loc("r2", "o.petrova.sales@mail.ru", "ru", "failed", "552 5.2.2 User quota exceeded", "5.2.2", "mxs.mail.ru"),
     full("o.petrova.sales@mail.ru")),
    ("q65-pf-ru-nicru-limit-otpravki-smarthost", f"{POSTFIX_SRC}; {SMARTHOST}; {NICRU}",
     pf_remote("r3", "director@uralmash-servis.ru", "550 5.7.1 Превышен лимит отправки писем с ящика seller@example.com: "
               "не более 50 писем за 15 минут", "5.7.1", "mail.nic.ru", command="MAIL FROM"),
     ours("director@uralmash-servis.ru")),
    ("q65-pf-ru-disk-given-up", f"{POSTFIX_SRC}; {DISK} (ru)",
     pf_remote("r4", "buh@uralmash-servis.ru", "452 4.3.1 Недостаточно места на диске сервера", "4.3.1",
               "mx.uralmash-servis.ru"), sysfull("buh@uralmash-servis.ru")),
    ("q65-pf-ru-delay-perepolnen", f"{POSTFIX_SRC} (delay warning); hand-made ru 4.2.2 reply",
     pf_remote("r5", "snab@uralmash-servis.ru", "452 4.2.2 Почтовый ящик получателя переполнен", "4.2.2",
               "mx.uralmash-servis.ru", action="delayed"), later("snab@uralmash-servis.ru")),
]

TR_MX = "mail.anadolu-lojistik.com.tr"
TR_ROWS = [
    ("q65-pf-tr-kotasi-asildi-no-code", f"{POSTFIX_SRC}; hand-made Turkish ('kota', 'aşıldı') after aso.com.tr's page on "
     "'Quota exceeded (mailbox for user is full)' ('alıcının sunucudaki mail kutusu dolmuş')",
     pf_remote("t1", "satinalma@anadolu-lojistik.com.tr", "550 Alıcının posta kutusu kotası aşıldı", "5.0.0", TR_MX),
     full("satinalma@anadolu-lojistik.com.tr")),
    ("q65-pf-tr-gonderim-limiti-smarthost", f"{POSTFIX_SRC}; {SMARTHOST} (tr)",
     pf_remote("t2", "genelmudur@anadolu-lojistik.com.tr", "550 5.7.1 Günlük gönderim limitinizi aştınız", "5.7.1",
               "smtp.hosting-ornek.com.tr", command="MAIL FROM"), ours("genelmudur@anadolu-lojistik.com.tr")),
    ("q65-pf-tr-depolama-given-up", f"{POSTFIX_SRC}; {DISK} (tr, after destek.sh.com.tr's gloss of 452 'Insufficient "
     "system storage')",
     pf_remote("t3", "muhasebe@anadolu-lojistik.com.tr", "452 4.3.1 Sunucuda yetersiz sistem depolama alanı", "4.3.1",
               TR_MX), sysfull("muhasebe@anadolu-lojistik.com.tr")),
    ("q65-pf-tr-delay-dolu", f"{POSTFIX_SRC} (delay warning); GoDaddy tr help 3568 ('Dolu posta kutusu')",
     pf_remote("t4", "ihracat@anadolu-lojistik.com.tr", "452 4.2.2 Posta kutusu dolu", "4.2.2", TR_MX,
               action="delayed"), later("ihracat@anadolu-lojistik.com.tr")),
]

CZ_MX = "mx.brnenska-strojirna.cz"
CZ_ROWS = [
    ("q65-seznam-cs-mailbox-full", f"{SEZNAM_SRC}; the reason line hand-made after RFC 3463 X.2.2 'Mailbox full'",
     seznam_own("z1", "jana.novakova.firma@seznam.cz", status="5.2.2", text="Mailbox is full",
                klass_cs="Permanentní chyba na straně uživatele.", klass_en="Permanent Failure - Mailbox full"),
     full("jana.novakova.firma@seznam.cz")),
    ("q65-pf-cs-zaplnena-no-code", f"{POSTFIX_SRC}; hand-made Czech ('zaplněná', filled) after czechia.com / "
     "slovaknet help 'Upozornění na zaplnění prostoru e-mailové schránky'",
     pf_remote("z2", "obchod@brnenska-strojirna.cz", "550 Schránka příjemce je zaplněná", "5.0.0", CZ_MX),
     full("obchod@brnenska-strojirna.cz")),
    ("q65-pf-cs-limit-odesilani-smarthost", f"{POSTFIX_SRC}; {SMARTHOST} (cs)",
     pf_remote("z3", "reditel@brnenska-strojirna.cz", "550 5.7.1 Překročen denní limit pro odesílání zpráv", "5.7.1",
               "smtp.hosting-priklad.cz", command="MAIL FROM"), ours("reditel@brnenska-strojirna.cz")),
    ("q65-pf-cs-disk-given-up", f"{POSTFIX_SRC}; {DISK} (cs)",
     pf_remote("z4", "ucetni@brnenska-strojirna.cz", "452 4.3.1 Nedostatek místa na disku serveru", "4.3.1", CZ_MX),
     sysfull("ucetni@brnenska-strojirna.cz")),
    ("q65-pf-cs-delay-plna", f"{POSTFIX_SRC} (delay warning); hand-made cs 4.2.2 reply",
     pf_remote("z5", "nakup@brnenska-strojirna.cz", "452 4.2.2 Schránka příjemce je plná", "4.2.2", CZ_MX,
               action="delayed"), later("nakup@brnenska-strojirna.cz")),
]

ROWS = ZH_ROWS + KO_ROWS + PL_ROWS + RU_ROWS + TR_ROWS + CZ_ROWS

# Written WITH the mend (classifier/mailbox_states.py, review quota65): more notices of the shapes mended, and controls
# the mend must leave as they were (a denied state beside an absence stays hard, a message's size and OUR sending quota
# stay no full mailbox, "volledige" is no "volle", a mailbox's own disk quota stays full).
MEND_ROWS = [
    ("q65m-pf-zh-server-disk-rongliang-given-up", f"{POSTFIX_SRC}; {DISK} (zh: '磁盘容量', the server's disk capacity)",
     pf_remote("m1", "caiwu@huaxin-jixie.com.cn", "452 4.3.1 服务器磁盘容量不足", "4.3.1", "mx.huaxin-jixie.com.cn"),
     sysfull("caiwu@huaxin-jixie.com.cn")),
    ("q65m-pf-ja-server-yoryo-given-up", f"{POSTFIX_SRC}; {DISK} (ja: 'サーバーの容量', the server's capacity)",
     pf_remote("m2", "keiri@sakura-seiki.co.jp", "452 4.3.1 サーバーの容量が不足しているため受信できません", "4.3.1",
               "mx.sakura-seiki.co.jp"), sysfull("keiri@sakura-seiki.co.jp")),
    ("q65m-pf-ja-control-mailbox-disk-quota", f"{POSTFIX_SRC}; control: the MAILBOX's disk quota ('メールボックスのディスク"
     "容量') stays a full mailbox",
     pf_remote("m3", "jinji@sakura-seiki.co.jp", "550 メールボックスのディスク容量を超えています", "5.0.0",
               "mx.sakura-seiki.co.jp"), full("jinji@sakura-seiki.co.jp")),
    ("q65m-pf-cs-control-neni-zaplnena-neexistuje", f"{POSTFIX_SRC}; control: the full state denied beside the absence "
     "(review 120's shape with 'zaplněná')",
     pf_remote("m4", "servis@brnenska-strojirna.cz", "550 5.1.1 Schránka příjemce není zaplněná, adresa příjemce "
               "neexistuje", "5.1.1", CZ_MX), hard("servis@brnenska-strojirna.cz")),
    ("q65m-pf-pl-control-nie-jest-zapelniona", f"{POSTFIX_SRC}; control: Polish 'nie jest zapełniona' beside the absence",
     pf_remote("m5", "kadry@wislany-transport.pl", "550 5.1.1 Skrzynka nie jest zapełniona, adres odbiorcy nie istnieje",
               "5.1.1", PL_MX), hard("kadry@wislany-transport.pl")),
    ("q65m-pf-pl-zapelniona-5-2-2", f"{POSTFIX_SRC}; the Polish state after 'skrzynka pocztowa' under 5.2.2",
     pf_remote("m6", "logistyka@wislany-transport.pl", "552 5.2.2 Skrzynka pocztowa odbiorcy jest całkowicie zapełniona",
               "5.2.2", PL_MX), full("logistyka@wislany-transport.pl")),
    ("q65m-pf-sv-control-kvoten-for-utskick", f"{POSTFIX_SRC}; {SMARTHOST} (sv control: OUR sending quota, "
     "'kvoten för utskick har överskridits')",
     pf_remote("m7", "styrelse@vasterby-bygg.se", "550 5.7.1 Kvoten för utskick har överskridits för ditt konto", "5.7.1",
               "smtp.webbhotell-exempel.se", command="MAIL FROM"), ours("styrelse@vasterby-bygg.se")),
    ("q65m-pf-tr-control-gonderim-kotasi", f"{POSTFIX_SRC}; {SMARTHOST} (tr control: OUR sending quota, 'gönderim "
     "kotası aşıldı')",
     pf_remote("m8", "ihracat.mudur@anadolu-lojistik.com.tr", "550 5.7.1 Günlük gönderim kotası aşıldı", "5.7.1",
               "smtp.hosting-ornek.com.tr", command="MAIL FROM"), ours("ihracat.mudur@anadolu-lojistik.com.tr")),
    ("q65m-pf-tr-control-ileti-boyutu-asildi", f"{POSTFIX_SRC}; tr control: the MESSAGE's size over the limit (5.3.4)",
     pf_remote("m9", "teklif@anadolu-lojistik.com.tr", "552 5.3.4 İleti boyutu izin verilen sınırı aşıldı", "5.3.4",
               TR_MX, command="end of DATA"), big("teklif@anadolu-lojistik.com.tr")),
    ("q65m-pf-tr-mail-kutusu-kotasi-asildi-4-2-2", f"{POSTFIX_SRC} (given up); the Turkish quota words under 4.2.2",
     pf_remote("m10", "depo@anadolu-lojistik.com.tr", "452 4.2.2 Mail kutusu kotası aşıldı", "4.2.2", TR_MX),
     soft("depo@anadolu-lojistik.com.tr", ("mailboxfull", "expired"), None)),
    ("q65m-pf-nl-control-volledige-mailboxadres", f"{POSTFIX_SRC}; nl control: 'volledige' (complete) is no 'volle'",
     pf_remote("m11", "info@zeeland-koel.nl", "550 5.1.1 Het volledige mailboxadres is onbekend", "5.1.1",
               "mail.zeeland-koel.nl"), hard("info@zeeland-koel.nl")),
    ("q65m-pf-nl-volle-mailbox-5-2-2", f"{POSTFIX_SRC}; {VDX}",
     pf_remote("m12", "verkoop@zeeland-koel.nl", "552 5.2.2 Niet afgeleverd: volle mailbox bij de ontvanger", "5.2.2",
               "mail.zeeland-koel.nl"), full("verkoop@zeeland-koel.nl")),
]
