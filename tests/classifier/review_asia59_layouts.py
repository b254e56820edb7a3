"""Review asia59's sources, expectation tuples and own-notice builders (HAND-MADE, whole messages). The sending side's
notices (Gmail, Microsoft 365, Postfix, Exim, Sendmail, qmail, Exchange 2013/2016) are holdout50's builders; here are
the notices the Asia-Pacific providers send THEMSELVES where a page or a parser shows their layout (au / KDDI, EZweb,
Yahoo! JAPAN, QQ Mail, Nate), Exchange 2003's delay notice, Gmail's DSN in its Portuguese and Spanish words, and the
auto-replies. Each builder names what its words follow; what no page shows is marked hand-made."""

from __future__ import annotations

from tests.classifier.review_holdout50 import g_remote
from tests.classifier.review_holdout50_layouts import DATE, SELLER, gmail
from tests.classifier.review_holds58_layouts import plain

R, S, ANY = "recipient", "sender", None
UU, HU, FULL, SUSP = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)
NB: list = []
RATE = ("speeding", "toomanyconn", "blocked")
SPAMR = ("spamdetected", "policyviolation", "filtered", "blocked", "rejected", "contenterror")
AUTHR = ("authfailure", "blocked", "policyviolation", "rejected")
BLK = ("blocked", "badreputation", "spamdetected", "policyviolation", "rejected")
FILT = ("filtered", "rejected", "blocked", "policyviolation", "spamdetected", "securityerror")
BIG_OR_FULL = ("mailboxfull", "mesgtoobig", "exceedlimit")
PTR = ("requireptr", "blocked")


def hostunknown(a: str) -> list[tuple]:
    return [(a, True, HU, R, False)]


# Where the words come from.
TENCENT = ("sisimai lib/Sisimai/Rhost/Tencent.pm (p5-sisimai; each phrase cites its service.mail.qq.com/detail/122/* "
           "page) and smtp.codes/qq (QQ's replies with their service.exmail.qq.com help links)")
QQ_HELP = "QQ Mail help 'how to read a bounce' (as qqmailbox.com/transceivers/169.html reproduces it: 该用户不存在, 该用户未开通QQ邮箱, 收件人空间不足)"
NETEASE = ("NetEase's bounce-code list for senders to 163/126/yeah ('退信代码说明': 421 HL:REP/ICC/IFC/MEP, 450/451 "
           "DT:SPM, MI:SFQ ..., as biecuoliao.com/pa/MBRrwEM.html and 51yue.net reproduce it)")
NETEASE_SPF = ("NetEase's '550 MI:SPF mx14,<session> <time> http://mail.163.com/help/help_spam_16.htm?ip=...' reply as a "
               "mail host's help page quotes it whole (youqiyi.net/article278/detail266.html)")
COREMAIL = "Coremail (NetEase's mail system) support index of bounce texts (icoremail.vip support cate_id=84: 'User suspended', 'User not found')"
DBMAIL = "dbmailserver.com 'tui-xin-address-not-exist' list of real no-such-user replies ('550 User not found: 12345@163.com')"
ALIYUN = ("Aliyun mail: developer.aliyun.com/ask/251306 (Postfix notice quoting mxn.mxhichina.com's '554 Reject by "
          "behaviour spam at Rcpt State(...)ANTISPAM_BAT[...]: spf check failedCONTINUE')")
CN21 = ("help.szhot.com text_show.php?id=170 ('disabled': 'host mta.21cn.com said: 550 ... is now disabled with SMTP "
        "service', 此用户被禁用) and tnet.hk's 退信專題 ('<***@21cn.com> ... No such user')")
SINA_LIST = ("a Chinese webmail server's reply list with meanings as blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html "
             "publishes it ('550 mailbox unavailable. (邮箱不存在)', '550 user is locked. (邮箱被锁)', '550 black ip.'); "
             "the page does not name the server: the rows pair it with a sina.cn address (weak)")
DAUM = ("Daum / Kakao mail reply codes as oliveit.tistory.com/39 lists them with Korean and English explanations "
        "('550 5.1.1 RUSR <ip>: No such user: <addr>', '421 4.4.5 CCRT <ip>: Connection refused. Server is busy(RT)' "
        "= the spam centre blocked the IP for a while)")
KR_LIST = ("puffinknight.tistory.com/102, a Korean list of return-mail replies by cause (받는사람이 사용중지된 경우: '550 "
           "5.1.1 Inactive mbox', '550 5.1.1 Suspended user'; 수신거부: '550 You are registered as spammer (by user's "
           "reject list)', '554 5.0.0 Service unavailable (userid: mail is denied, by spam filter)'; portal IP blocks: "
           "'421 4.3.2 Your IP(...) is filtered ... register your IP to http://realip.naver.com'); servers unnamed "
           "except Naver's realip")
NATE = ("Nate mail dormant-account policy notice (mail3.nate.com noticeview cur_no=349: after 90 days without login "
        "mail to the ID is returned to the sender saying it is dormant); the notice's words HAND-MADE (weak)")
DOCOMO = ("sisimai lib/Sisimai/Rhost/NTTDOCOMO.pm (its comments quote mfsmax.docomo.ne.jp: '550 Unknown user ...' at "
          "RCPT = user unknown; the same words at DATA = the recipient's receiving filter, read 'rejected' / 5.2.0 "
          "'filtered'; '552 too much mail data' = mailboxfull)")
KDDI_RH = "sisimai lib/Sisimai/Rhost/KDDI.pm ('550 <...>: User unknown' = userunknown; '550 : User unknown' = filtered, au's refusal)"
KDDI_OWN = ("au by KDDI's own notice as sisimai lib/Sisimai/Lhost/KDDI.pm parses it ('Your mail sent on: ...', "
            "'Could not be delivered to: <...>', 'As their mailbox is full.'); headers HAND-MADE around the matched ones")
EZWEB_OWN = ("au EZweb's own notice as sisimai lib/Sisimai/Lhost/EZweb.pm parses it (From Postmaster@ezweb.ne.jp, "
             "Subject 'Mail System Error - Returned Mail', 'The user(s) account is disabled.' / 'is temporarily over "
             "quota.'); the rest HAND-MADE")
YJ_OWN = ("Yahoo! JAPAN's own 'Failure Notice' from MAILER-DAEMON@yahoo.co.jp as did2memo.net/2020/02/16 and "
          "net-trouble.portal.jp.net/archives/11482 show it ('Sorry, we were unable to deliver your message to the "
          "following address.', 'Remote host said: ... [RCPT_TO]', '--- Below this line is a copy of the message.')")
ZOHO_RH = ("sisimai lib/Sisimai/Rhost/Zoho.pm (p5-sisimai, 2025: its comments quote smtpin.zoho.com / mx.zoho.com "
           "replies: '550 5.1.1 User does not exist', '554 5.7.1 Email cannot be delivered. Reason: Email flagged as "
           "Spam.', '550 5.7.1 Email rejected per DMARC policy', '552 5.1.1 <...> Mailbox delivery failure policy "
           "error', '451 4.7.1 Greylisted, try again after some time'); zoho.in is Zoho's India data centre")
BIGPOND_SPAM = ("suped.com 'Why are emails to Bigpond bouncing' (2025) quoting Telstra's '558 5.7.1 Message content "
                "rejected due to suspected spam. IB704x'")
BIGPOND_QMAIL = ("BigPond's own qmail-send notice as themssforum.com 'Email blocked' quotes it (gizmo02bw.email.bigpond."
                 "com: 'Connected to ... but sender was rejected. Remote host said: ... Defined SPAM source: bl.spamcop.net')")
XTRA_DELAY = ("Exchange 2003's delay DSN for an xtra.co.nz recipient as velocityreviews.com t867866 quotes it ('THIS IS A "
              "WARNING MESSAGE ONLY.', 'Delivery to the following recipients has been delayed.', Status 4.4.7, "
              "X-Display-Name)")
UOL_PM = ("UOL's postmaster requirements (email.uol.com.br/ajuda/pm/en: connections refused without valid reverse DNS "
          "per RFC 1912, from dynamic IPs, ...); UOL prints no reply text: the row pairs it with Postfix's own "
          "reject_unknown_client_hostname words (src/smtpd/smtpd_check.c)")
PAIRED = "{prov}'s pages print no reply text: the row pairs a {prov} address with {gen}'s generic words (weak)"
EXO_ES = ("Exchange Online NDR in Spanish (learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange "
          "Online'; holdout50's es strings) for a Latin-American corporate tenant")
EXO_QUOTA = "learn.microsoft.com NDR table '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'"
GMAIL_L10N = ("Gmail's DSN in the sender's language (pt-BR 'Endereço não encontrado', es 'No se ha encontrado la "
              "dirección'): headings and lead HAND-MADE after Gmail's English layout (weak); the DSN part is Gmail's")
OOF = ("Outlook / Exchange automatic reply with its localized subject prefix (ja '自動応答:', pt 'Resposta automática:', "
       "es 'Respuesta automática:', as Microsoft's localized Outlook shows them) and RFC 3834 Auto-Submitted; bodies HAND-MADE")
QQ_OOF = "QQ Mail's holiday auto-reply ('这是来自QQ邮箱的假期自动回复邮件。'); RFC 3834 header; body HAND-MADE (weak)"
NAVER_OOF = "Naver Mail's 부재중 자동응답 (absence auto-reply setting, help.naver.com); subject and body HAND-MADE (weak)"

GMAIL_DELAY = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 46 more hours. "
               "You'll be notified if the delivery fails permanently.")
PROBLEM = "There was a problem delivering your message to {a}. See the technical details below."


def g_problem(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    """Gmail's 'Message not delivered' DSN quoting a remote refusal."""
    return g_remote(rid, a, reply, status, mx, heading="Message not delivered", lead=PROBLEM)


def g_delay(rid: str, a: str, reply: str, mx: str, status: str = "4.0.0") -> bytes:
    """Gmail's 'Delivery incomplete' notice (Action: delayed)."""
    return gmail(rid, a, heading="Delivery incomplete", lead=GMAIL_DELAY.format(a=a), response=reply, diag=reply,
                 status=status, remote=mx, action="delayed")


def g_l10n(rid: str, a: str, heading: str, lead: str, reply: str, status: str, mx: str) -> bytes:
    """Gmail's DSN with a localized heading and lead (the RFC 3464 part stays Gmail's)."""
    return gmail(rid, a, heading=heading, lead=lead.format(a=a), response=reply, diag=reply, status=status, remote=mx)


def _orig(rid: str, to: str, date: str = "Tue, 14 Oct 2025 18:10:02 +0900") -> str:
    return (f"From: Sam Seller <{SELLER}>\nTo: {to}\nSubject: Quick question about your Q4 logistics\nDate: {date}\n"
            f"Message-ID: <as59-{rid}@example.com>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
            "Hi,\n\nDo you have 15 minutes this week to talk about your carrier contracts?\n\nBest,\nSam\n")


def kddi_own(rid: str, address: str, why: str) -> bytes:
    """au by KDDI's own notice: the 'Your mail sent on:' block, then the returned message."""
    return (
        "Return-Path: <>\nReceived: from mx.ezweb.ne.jp (mx.ezweb.ne.jp [203.0.113.90])\n"
        "\tby mta-kddi01.dion.ne.jp; Tue, 14 Oct 2025 18:12:44 +0900\n"
        f"From: no-reply@app-mail.dion.ne.jp\nReply-To: no-reply@app.auone-net.jp\nTo: {SELLER}\n"
        f"Subject: Undelivered Mail\nDate: Tue, 14 Oct 2025 18:12:44 +0900\nMessage-ID: <{rid}.kddi@dion.ne.jp>\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"kddi59\"\n\n--kddi59\n"
        "Content-Type: text/plain; charset=us-ascii\n\nYour mail sent on: Tue, 14 Oct 2025 18:10:02 +0900\n"
        f"    Could not be delivered to: <{address}>\n    {why}\n\n--kddi59\nContent-Type: message/rfc822\n\n"
        + _orig(rid, address) + "\n--kddi59--\n").encode()


def ezweb_own(rid: str, address: str, why: str) -> bytes:
    """au EZweb's own 'Mail System Error - Returned Mail' notice, plain text."""
    return (
        "Return-Path: <>\nReceived: from ezweb.ne.jp (EZweb Mail) with ESMTP id 2025101418124401; "
        "Tue, 14 Oct 2025 18:12:44 +0900\n"
        f"From: Postmaster@ezweb.ne.jp\nTo: {SELLER}\nSubject: Mail System Error - Returned Mail\n"
        f"Date: Tue, 14 Oct 2025 18:12:44 +0900\nMessage-ID: <{rid}.returned@mx.ezweb.ne.jp>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "Your message to the following recipient could not be delivered.\n\n"
        f"<{address}>\n{why}\n\n" + "-" * 50 + "\n" + _orig(rid, address)).encode()


def yj_own(rid: str, address: str, detail: str) -> bytes:
    """Yahoo! JAPAN's own 'Failure Notice' (plain text, the returned message below the line)."""
    return (
        f"Return-Path: <>\nFrom: MAILER-DAEMON@yahoo.co.jp\nTo: {SELLER}\nSubject: Failure Notice\n"
        f"Date: Tue, 14 Oct 2025 18:12:44 +0900\nMessage-ID: <{rid}.fn@mail.ssk.yahoo.co.jp>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii\n\n"
        "Sorry, we were unable to deliver your message to the following address.\n\n"
        f"<{address}>:\n{detail}\n\n--- Below this line is a copy of the message.\n\n"
        "Received: from [198.51.100.7] by bullet.mail.ssk.yahoo.co.jp with NNFMP; 14 Oct 2025 09:10:02 -0000\n"
        + _orig(rid, address)).encode()


def qq_own(rid: str, address: str, reason: str) -> bytes:
    """QQ Mail's / Tencent Exmail's own Chinese bounce notice to its sender: the reason in QQ's words (HAND-MADE frame)."""
    body = ("很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件：\n主　　题：Quick question about your Q4 "
            f"logistics\n时　　间：2025年10月14日(星期二) 下午5:10\n收 件 人：{address}\n\n退信原因：\n{reason}\n\n"
            "如果您无法判断退信的原因，可以通过退信反馈表提交给我们。\n")
    return plain(rid, "\"PostMaster\" <PostMaster@exmail.qq.com>", "退信：Quick question about your Q4 logistics", body,
                 orig_to=address, extra="")


def nate_dormant(rid: str, address: str) -> bytes:
    """Nate mail's notice that the recipient's ID is dormant (Korean; HAND-MADE after the policy notice)."""
    body = (f"보내신 메일이 아래 수신자에게 전달되지 않았습니다.\n\n받는 사람: {address}\n제목: Quick question about "
            "your Q4 logistics\n\n반송 사유: 받는 사람의 계정이 3개월 이상 로그인하지 않아 휴면 상태로 전환되어 메일을 "
            "받을 수 없습니다.\n\n이 메일은 발신 전용입니다.\n")
    return plain(rid, "네이트 메일 <MAILER-DAEMON@nate.com>", "[반송] Quick question about your Q4 logistics", body,
                 orig_to=address)


def exch2003_delay(rid: str, address: str) -> bytes:
    """Exchange 2003's delay DSN to its own sender (multipart/report, Action: delayed, 4.4.7)."""
    text = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
            f"       {address}\n")
    return (
        f"From: postmaster@corp.example.net\nTo: {SELLER}\nDate: {DATE}\nSubject: Delivery Status Notification (Delay)\n"
        f"Message-ID: <{rid}.delay@EXCH03.corp.example.net>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"9B095B5ADSN=_01\"\n\n"
        f"--9B095B5ADSN=_01\nContent-Type: text/plain; charset=unicode-1-1-utf-7\n\n{text}\n"
        "--9B095B5ADSN=_01\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH03.corp.example.net\n"
        f"Received-From-MTA: dns;EXCH01\nArrival-Date: {DATE}\n\nFinal-Recipient: rfc822;{address}\nAction: delayed\n"
        "Status: 4.4.7\nWill-Retry-Until: Thu, 16 Oct 2025 09:10:02 +1300\nX-Display-Name: .Tauranga(Internet)\n\n"
        "--9B095B5ADSN=_01\nContent-Type: text/rfc822-headers\n\n"
        f"From: Sam Seller <{SELLER}>\nTo: {address}\nSubject: Quick question about your Q4 logistics\n\n"
        "--9B095B5ADSN=_01--\n").encode()


def autoreply(rid: str, frm: str, subj: str, body: str) -> bytes:
    """An automatic reply (RFC 3834) to our sales mail."""
    return plain(rid, frm, subj, body, extra=f"Auto-Submitted: auto-replied\nIn-Reply-To: <as59-{rid}@example.com>\n")
