"""Review asia59: a MEASUREMENT of the classifier on bounces from the mail providers of Asia-Pacific and Latin America
that a B2B sales team meets (Tencent QQ / Exmail, NetEase 163 / 126 / yeah, Aliyun, 21cn, Sina, Daum / Kakao, Naver,
Nate, NTT docomo, au / KDDI / EZweb, Yahoo! JAPAN, Zoho India, Telstra BigPond, Xtra / Spark, UOL, BOL, Terra, Locaweb,
Prodigy / Telmex, Latin-American corporate Exchange), in the providers' own published wordings: their help and
postmaster pages, error-code lists, and open-source code that matches them (sisimai's Rhost / Lhost rules), inside
holdout50's real layouts (Gmail, Exchange Online, Postfix, Exim, Sendmail, qmail) or the providers' own notices
(review_asia59_layouts.py). Not an attack: no row is designed to break a rule. Mix: about 40% no such user (in the
provider's words and in zh / ko / ja / pt / es text where a source gives it), 15% mailbox full / disabled / dormant
accounts, 25% provider refusals of OUR side (anti-spam, SPF / DMARC, rate limits: scope sender where the words name
the sender, soft), 8% delays, 10% non-bounces (auto-replies in those languages). Where a page prints only a code and
its meaning, the row's source says which words are hand-made. Expected rows (address, hard, reasons, scope, delay)
written from the words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first).
Names "as59-<generator>-<provider>-<what>"."""

from __future__ import annotations

from tests.classifier.review_asia59_layouts import (ALIYUN, AUTHR, BLK, CN21, COREMAIL, DAUM, DBMAIL, FILT, FULL,
                                                    KR_LIST, NATE, NAVER_OOF, NB, NETEASE, NETEASE_SPF, QQ_HELP, QQ_OOF,
                                                    RATE, S, SINA_LIST, SPAMR, SUSP, TENCENT, ANY, autoreply, g_delay,
                                                    g_problem, hostunknown, nate_dormant, qq_own)
from tests.classifier.review_asia59_more import MORE_ROWS
from tests.classifier.review_holdout50 import ex_remote, exo_remote, g_dns, g_remote, hard, later, pf_remote, soft
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, exim

QQMX, EXMX = "mx3.qq.com", "mxbiz1.qq.com"
NOTFOUND_URL = "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728"
M163, M126, MYEAH = "163mx01.mxmail.netease.com", "126mx00.mxmail.netease.com", "yeahmx01.mxmail.netease.com"
DAUMMX, NAVERMX = "mx1.hanmail.net", "mx1.naver.com"
DATA = "end of DATA"


def pf_expired(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """Postfix's bounce once a deferral outlived the queue lifetime: the last 4xx words, Action failed."""
    return pf_remote(rid, a, reply, status, mx)


def ex_delay(rid: str, a: str, reply: str, mx: str) -> bytes:
    """Exim's delay warning quoting the remote 4xx."""
    return exim(rid, a, detail=f"SMTP error from remote mail server after RCPT TO:<{a}>:\n    host {mx} "
                f"[203.0.113.44]: {reply}", delay_hours=24)


TENCENT_ROWS = [
    ("as59-gmail-qq-mailbox-not-found", f"{GMAIL_SRC}; {TENCENT} ('550 Mailbox not found.' + help link no=1000728)",
     g_remote("q1", "chen.jing@qq.com", f"550 Mailbox not found. {NOTFOUND_URL}", "5.0.0", QQMX),
     hard("chen.jing@qq.com")),
    ("as59-pf-exmail-mailbox-not-found", f"{POSTFIX_SRC}; {TENCENT} (Exmail, a company domain on mxbiz1.qq.com)",
     pf_remote("q2", "purchasing@hengda-bearings.cn", f"550 Mailbox not found. {NOTFOUND_URL}", "5.0.0", EXMX),
     hard("purchasing@hengda-bearings.cn")),
    ("as59-exo-qq-mail-content-denied", f"{EXO_SRC}; {TENCENT} ('550 Mail content denied.' no=1000726: reported as "
     "spam by many users)",
     exo_remote("q3", "liu.yang@qq.com", "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?"
                "subtype=1&&id=20022&&no=1000726", "5.0.0", QQMX), soft("liu.yang@qq.com", SPAMR, ANY)),
    ("as59-exim-qq-ip-frequency-limited", f"{EXIM_SRC}; {TENCENT} ('550 Ip frequency limited.' no=1000725: the "
     "sending IP is held back per minute / hour / day)",
     ex_remote("q4", "wang.fang@qq.com", "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?"
               "subtype=1&&id=20022&&no=1000725", QQMX), soft("wang.fang@qq.com", RATE, S)),
    ("as59-gmail-exmail-sender-frequency-limited", f"{GMAIL_SRC}; {TENCENT} ('550 Sender frequency limited.' "
     "no=1000723: the sender's sending frequency exceeded the limit)",
     g_problem("q5", "sales@jinlong-valves.com.cn", "550 Sender frequency limited. http://service.exmail.qq.com/"
               "cgi-bin/help?subtype=1&&id=20022&&no=1000723", "5.0.0", EXMX),
     soft("sales@jinlong-valves.com.cn", RATE, S)),
    ("as59-pf-qq-mailbox-unavailable-or-access-denied", f"{POSTFIX_SRC}; {TENCENT} ('550 Mailbox unavailable or "
     "access denied': the RECIPIENT receives too many mails in a short time, sending to it is held back; sisimai "
     "reads speeding)",
     pf_remote("q6", "zhou.min@qq.com", "550 Mailbox unavailable or access denied", "5.0.0", QQMX),
     soft("zhou.min@qq.com", ("speeding", "toomanyconn", "blocked", "filtered", "rejected", "policyviolation"), ANY)),
    ("as59-exim-exmail-rejected-by-recipients", f"{EXIM_SRC}; {TENCENT} ('550 Mail is rejected by recipients': the "
     "recipient's personal blacklist or filter)",
     exim("q7", "gm@hengda-bearings.cn", detail=f"host {EXMX} [203.0.113.45]\n    SMTP error from remote mail "
          "server after end of data:\n    550 Mail is rejected by recipients"), soft("gm@hengda-bearings.cn", FILT, ANY)),
    ("as59-pf-qq-dmarc-check-failed", f"{POSTFIX_SRC}; {TENCENT} ('550 DMARC check failed' + help no=1001508)",
     pf_remote("q8", "huang.lei@qq.com", "550 DMARC check failed http://service.mail.qq.com/cgi-bin/help?subtype=1&&"
               "no=1001508&&id=16.", "5.7.1", QQMX, command=DATA), soft("huang.lei@qq.com", AUTHR, S)),
    ("as59-exo-exmail-deactivated-mailbox", f"{EXO_SRC}; {TENCENT} ('is a deactivated mailbox' + help no=1000742: "
     "suspend); the words around the phrase HAND-MADE",
     exo_remote("q9", "old.office@jinlong-valves.com.cn", "550 old.office@jinlong-valves.com.cn is a deactivated "
                "mailbox http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742", "5.0.0", EXMX),
     soft("old.office@jinlong-valves.com.cn", SUSP, ANY)),
    ("as59-plain-qq-own-user-not-exist", f"{QQ_HELP}; notice frame HAND-MADE (weak)",
     qq_own("q10", "xu.ming@hengda-bearings.cn", "该用户不存在，请核对收件人地址后重新发送。"),
     hard("xu.ming@hengda-bearings.cn")),
    ("as59-plain-qq-own-no-space", f"{QQ_HELP} (收件人空间不足); notice frame HAND-MADE (weak)",
     qq_own("q11", "sun.li@hengda-bearings.cn", "收件人空间不足，无法接收新邮件。"), soft("sun.li@hengda-bearings.cn", FULL)),
    ("as59-plain-qq-own-not-opened", f"{QQ_HELP} (该用户未开通QQ邮箱: a QQ number without an opened mailbox, an "
     "inactive account); notice frame HAND-MADE (weak)",
     qq_own("q12", "2851736402@qq.com", "该用户未开通QQ邮箱。"), soft("2851736402@qq.com", SUSP, ANY)),
    ("as59-nb-qq-holiday-autoreply", QQ_OOF,
     autoreply("q13", "\"Chen Jing\" <chen.jing2@qq.com>", "自动回复: Quick question about your Q4 logistics",
               "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。\n"), NB),
]

NETEASE_ROWS = [
    ("as59-exim-163-user-not-found", f"{EXIM_SRC}; {DBMAIL}",
     ex_remote("n1", "zhangwei1988@163.com", "550 User not found: zhangwei1988@163.com", M163),
     hard("zhangwei1988@163.com")),
    ("as59-pf-126-mi-spf", f"{POSTFIX_SRC}; {NETEASE_SPF}",
     pf_remote("n2", "li.na@126.com", "550 MI:SPF mx14,QMCowECpA0qTiftVaeB3Cg--.872S2 1760433160 http://mail.163.com/"
               "help/help_spam_16.htm?ip=198.51.100.7&hostid=mx14&time=1760433160", "5.0.0", M126),
     soft("li.na@126.com", AUTHR, S)),
    ("as59-gmail-163-dt-spm-delay", f"{GMAIL_SRC}; {NETEASE} ('451 DT:SPM ,please try again': content looks like "
     "spam, refused for now, keep the queue); the session tail after the code follows the MI:SPF form",
     g_delay("n3", "wu.hao@163.com", "451 DT:SPM 163 mx21,QcCowADnbxdAxu1oEtw7Bg--.33381S2 1760433163, please try "
             "again http://mail.163.com/help/help_spam_16.htm?ip=209.85.220.41&hostid=mx21&time=1760433163", M163),
     later("wu.hao@163.com")),
    ("as59-exo-163-dt-spm", f"{EXO_SRC}; {NETEASE} ('554 DT:SPM': the mail was judged spam); session tail after the "
     "code HAND-MADE in the MI:SPF form",
     exo_remote("n4", "zhao.jun@163.com", "554 DT:SPM 163 mx7,C8CowAC3Ikp9xu1oB2U8Bg--.40127S2 1760433165 http://"
                "mail.163.com/help/help_spam_16.htm?ip=40.107.22.91&hostid=mx7&time=1760433165", "5.0.0", M163),
     soft("zhao.jun@163.com", SPAMR, ANY)),
    ("as59-exim-yeah-hl-rep-delay", f"{EXIM_SRC}; {NETEASE} ('421 HL:REP': the IP sends to many non-existent "
     "recipients, connection refused for now); session tail HAND-MADE",
     ex_delay("n5", "ma.lin@yeah.net", "421 HL:REP yeah mx3,MNCowAC1f3b+xu1oE0I7Bg--.1 1760433166 http://mail.163.com/"
              "help/help_spam_16.htm?ip=198.51.100.7&hostid=mx3&time=1760433166", MYEAH), later("ma.lin@yeah.net")),
    ("as59-pf-163-user-suspended", f"{POSTFIX_SRC}; {COREMAIL} ('User suspended': the account is disabled or frozen)",
     pf_remote("n6", "gao.yan@163.com", "550 User suspended: gao.yan@163.com", "5.0.0", M163),
     soft("gao.yan@163.com", SUSP, ANY)),
    ("as59-pf-126-mi-sfq-expired", f"{POSTFIX_SRC}; {NETEASE} ('451 MI:SFQ': the sender sent more than allowed in 15 "
     "minutes); a deferral that outlived the queue; session tail HAND-MADE",
     pf_expired("n7", "tang.ke@126.com", "451 MI:SFQ 126 mx11,JsCowAAXBp1Cx+1o7Tc8Bg--.2 1760433170 http://mail.163.com"
                "/help/help_spam_16.htm?ip=198.51.100.7&hostid=mx11&time=1760433170", "4.0.0", M126),
     soft("tang.ke@126.com", RATE, S)),
]

OTHER_CN_ROWS = [
    ("as59-pf-aliyun-behaviour-spam-spf", f"{POSTFIX_SRC}; {ALIYUN}",
     pf_remote("a1", "udsp@yooshu-tech.cn", "554 Reject by behaviour spam at Rcpt State(Connection IP address:"
               "198.51.100.7)ANTISPAM_BAT[01201311R396a, e02c03299]: spf check failedCONTINUE", "5.0.0",
               "mxn.mxhichina.com"), soft("udsp@yooshu-tech.cn", AUTHR + ("spamdetected",), S)),
    ("as59-pf-21cn-disabled", f"{POSTFIX_SRC}; {CN21}",
     pf_remote("a2", "lin.xiao@21cn.com", "550 lin.xiao@21cn.com is now disabled with SMTP service.", "5.0.0",
               "mta.21cn.com"), soft("lin.xiao@21cn.com", SUSP, ANY)),
    ("as59-gmail-sina-user-locked", f"{GMAIL_SRC}; {SINA_LIST}",
     g_problem("a3", "he.ping@sina.cn", "550 user is locked.", "5.0.0", "mx.sina.cn"), soft("he.ping@sina.cn", SUSP, ANY)),
    ("as59-pf-sina-black-ip", f"{POSTFIX_SRC}; {SINA_LIST} ('550 black ip. (发信IP被禁止)')",
     pf_remote("a4", "feng.tao@sina.cn", "550 black ip.", "5.0.0", "mx.sina.cn"), soft("feng.tao@sina.cn", BLK, S)),
    ("as59-exim-sina-mailbox-unavailable", f"{EXIM_SRC}; {SINA_LIST} ('550 mailbox unavailable. (邮箱不存在)')",
     ex_remote("a5", "qian.bo@sina.cn", "550 mailbox unavailable.", "mx.sina.cn"), hard("qian.bo@sina.cn")),
    ("as59-gmail-dns-typo-hanmial", f"{GMAIL_SRC}; Gmail's DNS failure DSN (support.google.com/mail/?p=BadRcptDomain) "
     "for a typo of hanmail.net", g_dns("a6", "kim.minji@hanmial.net"), hostunknown("kim.minji@hanmial.net")),
]

KOREA_ROWS = [
    ("as59-pf-daum-rusr-no-such-user", f"{POSTFIX_SRC}; {DAUM}",
     pf_remote("k1", "parkjh77@hanmail.net", "550 5.1.1 RUSR 198.51.100.7: No such user: <parkjh77@hanmail.net>",
               "5.1.1", DAUMMX), hard("parkjh77@hanmail.net")),
    ("as59-exim-daum-rusr-company", f"{EXIM_SRC}; {DAUM} (a company domain on Daum Smart Work / Kakao mail)",
     ex_remote("k2", "export@hanbit-chem.co.kr", "550 5.1.1 RUSR 198.51.100.7: No such user: <export@hanbit-chem.co.kr>",
               DAUMMX), hard("export@hanbit-chem.co.kr")),
    ("as59-pf-daum-ccrt-delay", f"{POSTFIX_SRC}; {DAUM} ('421 4.4.5 CCRT': the spam centre blocked the IP for now)",
     pf_remote("k3", "leesy@daum.net", "421 4.4.5 CCRT 198.51.100.7: Connection refused. Server is busy(RT)", "4.4.5",
               DAUMMX, action="delayed"), later("leesy@daum.net")),
    ("as59-pf-naver-realip-expired", f"{POSTFIX_SRC}; {KR_LIST} (Naver's realip registration); a deferral that "
     "outlived the queue",
     pf_expired("k4", "choi.ys@naver.com", "421 4.3.2 Your IP(198.51.100.7) is filtered and this connection will be "
                "closed. You must register your IP to http://realip.naver.com", "4.3.2", NAVERMX),
     soft("choi.ys@naver.com", BLK, S)),
    ("as59-gmail-kr-inactive-mbox", f"{GMAIL_SRC}; {KR_LIST} ('550 5.1.1 Inactive mbox' under 사용중지)",
     g_problem("k5", "jung.hw@sejin-motors.co.kr", "550 5.1.1 Inactive mbox", "5.1.1", "mail.sejin-motors.co.kr"),
     soft("jung.hw@sejin-motors.co.kr", SUSP, ANY)),
    ("as59-exim-kr-suspended-user", f"{EXIM_SRC}; {KR_LIST} ('550 5.1.1 Suspended user' under 사용중지)",
     ex_remote("k6", "kang.ms@sejin-motors.co.kr", "550 5.1.1 Suspended user", "mail.sejin-motors.co.kr"),
     soft("kang.ms@sejin-motors.co.kr", SUSP, ANY)),
    ("as59-exo-kr-mail-denied-by-spam-filter", f"{EXO_SRC}; {KR_LIST} (수신거부: '554 5.0.0 Service unavailable "
     "(userid: mail is denied, by spam filter)')",
     exo_remote("k7", "yoon.sh@hanbit-chem.co.kr", "554 5.0.0 Service unavailable (yoon.sh: mail is denied, by spam "
                "filter)", "5.0.0", "mail.hanbit-chem.co.kr"), soft("yoon.sh@hanbit-chem.co.kr", FILT, ANY)),
    ("as59-pf-kr-registered-as-spammer", f"{POSTFIX_SRC}; {KR_LIST} (수신거부: the recipient's own reject list)",
     pf_remote("k8", "han.jy@sejin-motors.co.kr", "550 You are registered as spammer (by user's reject list)", "5.0.0",
               "mail.sejin-motors.co.kr"), soft("han.jy@sejin-motors.co.kr", FILT, ANY)),
    ("as59-plain-nate-dormant", NATE, nate_dormant("k9", "song.dh@nate.com"), soft("song.dh@nate.com", SUSP, ANY)),
    ("as59-nb-naver-absence-autoreply", NAVER_OOF,
     autoreply("k10", "최영수 <choi.ys2@naver.com>", "[부재중] Re: Quick question about your Q4 logistics",
               "안녕하세요. 최영수입니다.\n\n10월 20일까지 해외 출장 중으로 메일 확인이 어렵습니다. 급한 용무는 "
               "영업팀(sales@sejin-motors.co.kr)으로 연락 부탁드립니다.\n\n감사합니다.\n"), NB),
]

ROWS = TENCENT_ROWS + NETEASE_ROWS + OTHER_CN_ROWS + KOREA_ROWS + MORE_ROWS
