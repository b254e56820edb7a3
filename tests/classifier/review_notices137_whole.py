"""Review 137's WHOLE notices (tests/classifier/review_notices137.py has the census, the sources and the reply rows):
bounce notices in the providers' charsets (GB2312, GBK, GB18030, Big5, ISO-2022-JP, Shift_JIS, EUC-KR, KOI8-R, UTF-8;
base64, quoted-printable, 7bit/8bit; RFC 2047 subjects) built with review_langs.notice, the no-bounce controls
(delivery notices, auto-replies) and the controls on review 137's mends. Rows: (name, source, raw, expected), each
expectation written from the words, the status and shared/classifier/taxonomy.md BEFORE the classifier ran. All
HAND-MADE."""

from __future__ import annotations

import base64

from tests.classifier.review_langs import _body, notice

R, S, ANY = "recipient", "sender", None
UNK, SUSP, FULL, HOST = ("userunknown",), ("suspend",), ("mailboxfull",), ("hostunknown",)
SPAM = ("spamdetected", "policyviolation", "filtered")
BIG = ("mesgtoobig", "exceedlimit")
HARD_UNK = (True, UNK, R)

# ---- 6. WHOLE notices in the providers' charsets ----------------------------------------------------------------------
def _row(name: str, source: str, raw: bytes, address: str, hard: bool, reasons=(), scope=ANY,
         delay: bool = False) -> tuple:
    return (f"r137-{name}", source, raw, [(address, hard, reasons or (), scope, delay)])


def _whole(name: str, rcpt: str, body: str, charset: str, cte: str, subject: str, sender: str, *,
           status: str | None = None, diag: str | None = None, action: str = "failed", remote: str | None = None,
           generator: str) -> bytes:
    dsn = None if status is None else {"action": action, "status": status, "diag": diag, "remote": remote}
    return notice(f"r137-{name}", body=body, charset=charset, cte=cte, subject=subject, sender=sender, rcpt=rcpt,
                  dsn=dsn, generator=generator)


# 6a. Chinese notices (Coremail-style 系统退信 in GB2312/GBK/GB18030, a Big5 one), the reason in the server's words.
ZH = "lead@139.example.cn"
ZH_SENDER = "系统管理员 <postmaster@139.example.cn>"
ZH_HEAD = "很遗憾，您的邮件未能成功投递。\n\n收件人: {r}\n退信原因: {why}\n"
ZH_SRC = ("a Chinese mail host's bounce glosses (emailhost.com.cn service.html article_category=25: '[退信] 收件人不存在:"
          "user not exist', '收件容量满:Quota exceeded', '域名不存在:DNS query error', '垃圾邮件退信:Content reject/Spam "
          "denied', '发信数超限制:sending quota exceeded'), in the layout of review langs' Coremail-style notice (a "
          "系统退信 subject, 收件人 / 退信原因 labels); taxonomy: ")


def _zh(name: str, why: str, charset: str, cte: str, status: str | None = None, diag: str | None = None,
        action: str = "failed") -> bytes:
    return _whole(name, ZH, ZH_HEAD.format(r=ZH, why=why), charset, cte, "系统退信", ZH_SENDER, status=status,
                  diag=diag, action=action, generator="Coremail-style notice")


ZH_ROWS = [
    _row("zh-user-not-exist-gb2312-b64", ZH_SRC + "userunknown, hard", _zh("z1", "收件人不存在 (user not exist)",
         "gb2312", "base64"), ZH, *HARD_UNK),
    _row("zh-user-not-exist-gbk-qp-dsn", ZH_SRC + "userunknown, hard (with an RFC 3464 part, 5.1.1)",
         _zh("z2", "收件人不存在", "gbk", "quoted-printable", "5.1.1", "550 5.1.1 user not exist"), ZH, *HARD_UNK),
    _row("zh-quota-gb18030-b64", ZH_SRC + "mailboxfull, soft", _zh("z3", "收件容量满 (Quota exceeded)", "gb18030",
         "base64"), ZH, False, FULL, R),
    _row("zh-dns-query-error-gb2312", ZH_SRC + "hostunknown, hard (the domain not found, 5.1.2)",
         _zh("z4", "域名不存在 (DNS query error)", "gb2312", "base64", "5.1.2", "550 5.1.2 DNS query error"), ZH,
         True, HOST, R),
    _row("zh-spam-denied-gbk", ZH_SRC + "spam refused, soft", _zh("z5", "垃圾邮件退信: Content reject/Spam denied",
         "gbk", "base64", "5.7.1", "554 5.7.1 Content reject/Spam denied"), ZH, False, SPAM),
    _row("zh-sending-quota-ours-gb2312", ZH_SRC + "our own sending count over its limit: ours, soft (section 7)",
         _zh("z6", "发信数超限制 (sending quota exceeded)", "gb2312", "base64"), ZH, False, (), S),
]
# 6b. Frozen, disabled, dormant (冻结, 停用, 休眠): suspend, soft; the sender's own account frozen: ours.
FROZEN_SRC = ("help.szhot.com text_show.php?id=170 (关键字 disabled: '此用户被禁用或者不可以使用，可能帐号被冻结或删除等' — a "
              "disabled user, perhaps frozen or deleted; 'a. 邮箱到期未续费 b. ... 被管理员禁用'), tnet.hk's 退信專題 "
              "('帳號被禁用(凍結、鎖定、刪除等)'), the brief's words 冻结/停用/休眠 in the Coremail-style layout above; "
              "taxonomy suspend, soft (a deletion named only as a possible cause does not make it gone)")
FROZEN_ROWS = [
    _row("zh-frozen-gb2312", FROZEN_SRC, _zh("f1", "收件人邮箱已被冻结", "gb2312", "base64"), ZH, False, SUSP, R),
    _row("zh-disabled-gbk", FROZEN_SRC, _zh("f2", "收件人帐号已停用", "gbk", "base64", "5.2.1",
         "550 5.2.1 user disabled"), ZH, False, SUSP, R),
    _row("zh-dormant-gb18030", FROZEN_SRC, _zh("f3", "收件人邮箱因长期未登录已休眠", "gb18030", "quoted-printable"), ZH,
         False, SUSP, R),
    _row("zh-disabled-maybe-deleted", FROZEN_SRC + " (the gloss's 'frozen or deleted etc.')",
         _zh("f4", "此用户被禁用或者不可以使用，可能帐号被冻结或删除等", "gb2312", "base64"), ZH, False, SUSP, R),
    _row("zh-tw-big5-disabled", FROZEN_SRC + " (tnet.hk writes Traditional Chinese: Big5)",
         _whole("f5", ZH, f"很遺憾，您的郵件未能成功投遞。\n\n收件人: {ZH}\n退信原因: 帳號被禁用(凍結、鎖定、刪除等)\n",
                "big5", "base64", "退信通知", ZH_SENDER.replace("系统管理员", "系統管理員"),
                generator="Coremail-style notice, Big5"), ZH, False, SUSP, R),
    _row("zh-tw-big5-user-not-exist", FROZEN_SRC.split(" (")[0] + "; tnet.hk '退信: 對方用戶不存在'; taxonomy "
         "userunknown, hard",
         _whole("f6", ZH, f"很遺憾，您的郵件未能成功投遞。\n\n收件人: {ZH}\n退信原因: 對方用戶不存在\n", "big5", "base64",
                "退信通知", ZH_SENDER.replace("系统管理员", "系統管理員"), generator="Coremail-style notice, Big5"), ZH,
         *HARD_UNK),
    # CONTROL: the SENDER's own account frozen (发件人 = sender): ours, never the recipient's.
    _row("zh-c-sender-frozen", FROZEN_SRC + " (control: the SENDER's account frozen, 发件人帐号已被冻结: ours)",
         _zh("f7", "发件人帐号已被冻结，无法发送邮件", "gb2312", "base64"), ZH, False, (), S),
    _row("zh-c-sender-not-exist", ZH_SRC + "control: the SENDER does not exist (发件人不存在): ours, soft",
         _zh("f8", "发件人不存在", "gbk", "base64"), ZH, False, (), S),
]

# 6c. Japanese: Yahoo! JAPAN's Failure Notice (English), ISP glosses in ISO-2022-JP / Shift_JIS, Exchange's Japanese
YJ = "lead@example.co.jp"
YJ_SRC = ("Yahoo! JAPAN's 'Failure Notice' from MAILER-DAEMON@yahoo.co.jp as net-trouble.portal.jp.net/archives/11482 "
          "quotes it ('Sorry, we were unable to deliver your message to the following address.' / '<addr>:' / "
          "'Remote host said: ... [RCPT_TO]'; weak); taxonomy: ")


def _yj(name: str, said: str) -> bytes:
    body = (f"Sorry, we were unable to deliver your message to the following address.\n\n<{YJ}>:\n{said}\n\n"
            "--- Below this line is a copy of the message.\n")
    return _whole(name, YJ, body, "us-ascii", "7bit", "Failure Notice", "MAILER-DAEMON@yahoo.co.jp",
                  generator="Yahoo! JAPAN Failure Notice")


YJ_ROWS = [
    _row("yj-user-unknown", YJ_SRC + "userunknown, hard",
         _yj("y1", f"Remote host said: 550 5.1.1 <{YJ}>: Recipient address rejected: User unknown [RCPT_TO]"), YJ,
         *HARD_UNK),
    _row("yj-expired-relay-denied", YJ_SRC + "the page's own example: expired after a 4.7.1 relay refusal, soft",
         _yj("y2", f"Message expired for domain example.co.jp. Remote host said: 454 4.7.1 <{YJ}>: Relay access "
             "denied [RCPT_TO]"), YJ, False),
    _row("yj-mailbox-full", YJ_SRC + "mailboxfull, soft",
         _yj("y3", "Remote host said: 552 5.2.2 Mailbox full [RCPT_TO]"), YJ, False, FULL, R),
]
JA = "lead@isp.example.ne.jp"
JA_SENDER = "MAILER-DAEMON <MAILER-DAEMON@isp.example.ne.jp>"
JA_SRC = ("Japanese ISPs' glosses of their error mail (catv-yokohama.ne.jp faq 11387: '宛先不明', '先方のメールボックスが"
          "一杯のため', 'メールアドレスの「@」より右の部分に誤り'; pa-solution.net chupicom: '送信先メールアドレスの@マークより"
          "左側が間違っている'; y-ml.com deliveryerror 251: '受信先又は転送先のアカウントが存在しない'), written as a plain "
          "Japanese notice in ISO-2022-JP or Shift_JIS (no status: the words alone); taxonomy: ")


def _ja(name: str, why: str, charset: str, cte: str = "7bit") -> bytes:
    body = f"以下の宛先へのメールは配送できませんでした。\n\n宛先: {JA}\n理由: {why}\n"
    return _whole(name, JA, body, charset, cte, "配送エラーのお知らせ", JA_SENDER, generator="ISP notice")


JA_ROWS = [
    _row("ja-atesaki-fumei-2022", JA_SRC + "userunknown, hard", _ja("j1", "宛先不明 (User unknown)", "iso-2022-jp"),
         JA, *HARD_UNK),
    _row("ja-account-not-exist-sjis", JA_SRC + "userunknown, hard",
         _ja("j2", "受信先のアカウントが存在しません", "shift_jis", "base64"), JA, *HARD_UNK),
    _row("ja-mailbox-full-sjis-qp", JA_SRC + "mailboxfull, soft",
         _ja("j3", "先方のメールボックスが一杯のため受信できません", "shift_jis", "quoted-printable"), JA, False, FULL, R),
    _row("ja-domain-wrong-2022", JA_SRC + "hostunknown, hard (the part after @ not found: Host unknown)",
         _ja("j4", "ドメインが見つかりません (Host unknown)", "iso-2022-jp"), JA, True, HOST, R),
    _row("ja-message-too-large-2022", JA_SRC + "mesgtoobig, soft (catv: 'Message is too large')",
         _ja("j5", "メールの容量が大きすぎるため受け付けられません (Message is too large)", "iso-2022-jp"), JA, False, BIG),
]
EXJ_SRC = ("Microsoft's Japanese KB 3197393 (support.microsoft.com/ja-jp/kb/3197393): the NDR 'Your message to "
           "User@contoso.com couldn't be delivered. User wasn't found at contoso.com' and its Japanese 'メッセージは "
           "User@contoso.com に配信されませんでした。contoso.com でユーザーが見つかりませんでした', '550 5.1.10 "
           "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'; taxonomy userunknown, hard")
EXJ_ROWS = [
    _row("ja-exchange-recipient-not-found", EXJ_SRC,
         _whole("e1", YJ, f"メッセージは {YJ} に配信されませんでした。\nexample.co.jp でユーザーが見つかりませんでした。\n\n"
                "管理者向けの診断情報:\n生成元サーバー: TY2PR01MB0001.jpnprd01.prod.outlook.com\n"
                f"{YJ}\nリモート サーバーが返した応答: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found "
                "by SMTP address lookup'\n", "utf-8", "base64", "配信不能: Quick question",
                "Microsoft Outlook <postmaster@example.onmicrosoft.com>", status="5.1.10",
                diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                generator="Exchange Online NDR, Japanese"), YJ, *HARD_UNK),
]

# 6d. Korean: a portal's own notice in EUC-KR (words only), after the Korean glosses
KO = "lead@naver.example.kr"
KO_SENDER = "메일 관리자 <mailer-daemon@naver.example.kr>"
KO_SRC = ("the Korean glosses of bounce categories (puffinknight.tistory.com/102: '받는사람이 존재하지 않는 경우', "
          "'받는사람이 사용중지된 경우', '받는사람의 메일용량이 초과된 경우', '받는사람의 스팸설정(수신거부)에 의해 차단된 경우'; "
          "oliveit.tistory.com/39 '메일 수신 서버가 응답을 못하는 상황'), written as a Korean notice in EUC-KR (no status: the "
          "words alone; weak); taxonomy: ")


def _ko(name: str, why: str, cte: str = "base64", charset: str = "euc-kr") -> bytes:
    body = f"메일이 정상적으로 전송되지 않았습니다.\n\n받는 사람: {KO}\n실패 사유: {why}\n"
    return _whole(name, KO, body, charset, cte, "메일 발송 실패 안내", KO_SENDER, generator="Korean portal notice")


KO_ROWS = [
    _row("ko-recipient-not-exist", KO_SRC + "userunknown, hard", _ko("k1", "받는 사람이 존재하지 않습니다"), KO,
         *HARD_UNK),
    _row("ko-recipient-not-exist-qp", KO_SRC + "userunknown, hard (the account, 계정)",
         _ko("k2", "존재하지 않는 계정입니다", "quoted-printable"), KO, *HARD_UNK),
    _row("ko-recipient-suspended", KO_SRC + "suspend, soft (사용중지: use stopped)",
         _ko("k3", "받는 사람의 계정이 사용중지되었습니다"), KO, False, SUSP, R),
    _row("ko-dormant", KO_SRC + "suspend, soft (휴면 계정: a dormant account)", _ko("k4", "받는 사람의 계정이 휴면 "
         "상태입니다"), KO, False, SUSP, R),
    _row("ko-quota", KO_SRC + "mailboxfull, soft", _ko("k5", "받는 사람의 메일함 용량이 초과되었습니다"), KO, False, FULL,
         R),
    _row("ko-refused-by-recipient", KO_SRC + "the recipient's own refusal list (수신거부), soft",
         _ko("k6", "받는 사람의 스팸 설정(수신거부)에 의해 차단되었습니다"), KO, False),
    _row("ko-utf8-not-exist", KO_SRC + "userunknown, hard (the same notice in UTF-8)",
         _ko("k7", "받는 사람이 존재하지 않습니다", "base64", "utf-8"), KO, *HARD_UNK),
    # CONTROL: the SENDER (보내는 사람) does not exist: ours.
    _row("ko-c-sender-not-exist", KO_SRC + "control: the SENDER (보내는 사람) does not exist: ours, soft",
         _ko("k8", "보내는 사람의 주소가 존재하지 않습니다"), KO, False, (), S),
]

# 6e. Russian: Yandex / Mail.ru style notices in KOI8-R and UTF-8 (Russian words only)
RU = "lead@yandex.example.ru"
RU_SENDER = "Почтовая служба <mailer-daemon@yandex.example.ru>"
RU_SRC = ("Yandex's Russian help on non-delivery (the reasons its English table glosses: a non-existing address, the "
          "recipient's mailbox full, the recipient's account blocked for User Agreement violations, spam) and "
          "mailout.ru/2015/09's Russian glosses of Mail.ru's errors ('лимит свободного места ... превышен', 'пользователь "
          "удалил данный почтовый адрес'), written as a Russian notice in KOI8-R or UTF-8 (no status: the words alone; "
          "weak); taxonomy: ")


def _ru(name: str, why: str, charset: str = "koi8-r", cte: str = "8bit") -> bytes:
    body = f"Ваше письмо не удалось доставить.\n\nПолучатель: {RU}\nПричина: {why}\n"
    return _whole(name, RU, body, charset, cte, "Недоставленное сообщение", RU_SENDER, generator="Russian notice")


RU_ROWS = [
    _row("ru-no-such-mailbox-koi8", RU_SRC + "userunknown, hard", _ru("r1", "такого почтового ящика не существует"),
         RU, *HARD_UNK),
    _row("ru-user-not-found-koi8-b64", RU_SRC + "userunknown, hard", _ru("r2", "пользователь не найден", "koi8-r",
         "base64"), RU, *HARD_UNK),
    _row("ru-mailbox-full-koi8", RU_SRC + "mailboxfull, soft", _ru("r3", "почтовый ящик получателя переполнен"), RU,
         False, FULL, R),
    _row("ru-account-blocked-utf8", RU_SRC + "suspend, soft (blocked for User Agreement violations)",
         _ru("r4", "ящик получателя заблокирован за нарушение пользовательского соглашения", "utf-8", "base64"), RU,
         False, SUSP, R),
    _row("ru-spam-utf8-qp", RU_SRC + "spam refused, soft", _ru("r5", "письмо похоже на спам", "utf-8",
         "quoted-printable"), RU, False, SPAM),
    _row("ru-domain-not-found-koi8", RU_SRC + "hostunknown, hard", _ru("r6", "домен получателя не найден"), RU, True,
         HOST, R),
    # CONTROL: OUR mailbox (the sender's) blocked for spam: ours.
    _row("ru-c-sender-blocked-koi8", RU_SRC + "control: the SENDER's mailbox blocked (отправителя): ours, soft",
         _ru("r7", "отправка писем с ящика отправителя заблокирована из-за рассылки спама"), RU, False, (), S),
]

# ---- 7. CONTROLS: delivery notices and auto-replies in the four languages (no bounce) ------------------------------
CTL_SRC = ("RFC 3464 §2.3.3 (Action: delivered, Status 2.x.x: a success report) / RFC 3834 §5 (Auto-Submitted: "
           "auto-replied: an auto-reply, no bounce), the texts hand-made in each language; taxonomy §5: no bounce")


def _auto(name: str, subject: str, body: str, charset: str, cte: str) -> bytes:
    subj = f"=?{charset}?B?{base64.b64encode(subject.encode(charset)).decode()}?="
    return (f"From: Lead <lead@partner.example>\nTo: seller@example.com\nSubject: {subj}\n"
            "Date: Thu, 3 Dec 2026 10:00:00 +0100\nMessage-ID: <r137-" + name + "@partner.example>\n"
            "Auto-Submitted: auto-replied\nX-Hand-Made: yes (review 137)\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
            + _body(body, charset, cte) + "\n").encode("latin-1")


CTL_ROWS = [
    ("r137-c-zh-delivered-gb2312", CTL_SRC, _whole("c1", ZH, f"您的邮件已成功投递。\n\n收件人: {ZH}\n", "gb2312",
     "base64", "投递成功通知", ZH_SENDER, status="2.0.0", diag="250 2.0.0 OK", action="delivered",
     generator="success report"), []),
    ("r137-c-zh-vacation-xiujia", CTL_SRC + " (休假 'on leave', beside 休眠 'dormant': no bounce)",
     _auto("c2", "自动回复: Quick question", "您好，我正在休假，期间无法及时回复邮件。如有急事请联系同事。", "gb2312",
           "base64"), []),
    ("r137-c-ja-fuzai-2022", CTL_SRC, _auto("c3", "自動返信: 不在のお知らせ", "ただいま不在にしております。12月10日以降に"
     "返信いたします。", "iso-2022-jp", "7bit"), []),
    ("r137-c-ja-delivered-sjis", CTL_SRC, _whole("c4", JA, f"以下の宛先へのメールは正常に配送されました。\n\n宛先: {JA}\n",
     "shift_jis", "base64", "配送完了のお知らせ", JA_SENDER, status="2.0.0", diag="250 2.0.0 OK", action="delivered",
     generator="success report"), []),
    ("r137-c-ko-absence-euckr", CTL_SRC, _auto("c5", "자동 응답: 부재중", "안녕하세요. 현재 휴가 중이라 메일 확인이 "
     "어렵습니다. 12월 10일 이후에 답변 드리겠습니다.", "euc-kr", "base64"), []),
    ("r137-c-ru-vacation-koi8", CTL_SRC, _auto("c6", "Автоответ: Quick question", "Здравствуйте! Я в отпуске до 10 "
     "декабря, почта проверяется редко.", "koi8-r", "8bit"), []),
    ("r137-c-ru-delivered-utf8", CTL_SRC, _whole("c7", RU, f"Ваше письмо успешно доставлено.\n\nПолучатель: {RU}\n",
     "utf-8", "base64", "Письмо доставлено", RU_SENDER, status="2.0.0", diag="250 2.0.0 Ok", action="delivered",
     generator="success report"), []),
]

# ---- 8. CONTROLS on review 137's mends (written after the first run, before the mends' rows ran) -------------------
# lexicon_more._SENDER_BOX_OFF's zh/ja/ko/ru arm: only the SENDER's box said off is ours; the sender's box said fine and
# the recipient's off stays the recipient's, and a negated state is no state (the recipient's deleted box then hard).
# mailbox_states' 休眠 / 중지 and rule_wordings' "disabled with smtp service": the recipient's state, soft.
MEND_SRC = ("controls on review 137's mends (lexicon_more._SENDER_BOX_OFF's zh/ja/ko/ru arm, lexicon's sender noun 보내는 "
            "사람, mailbox_states' 休眠/중지), hand-made in the layouts above; taxonomy: ")
EN = "lead@partner.example"


def _plain(name: str, why: str) -> bytes:
    return _whole(name, EN, f"Your message could not be delivered.\n\nRecipient: {EN}\nReason: {why}\n", "us-ascii",
                  "7bit", "Undeliverable: Quick question", "MAILER-DAEMON <MAILER-DAEMON@partner.example>",
                  generator="plain notice")


MEND_ROWS = [
    _row("zh-c-sender-ok-recipient-frozen", MEND_SRC + "the sender's address fine, the recipient's box frozen: suspend, "
         "the recipient's", _zh("m1", "发件人的邮箱地址正确，收件人邮箱已被冻结", "gb2312", "base64"), ZH, False, SUSP, R),
    _row("zh-c-sender-dormant", MEND_SRC + "the SENDER's box dormant (发件人邮箱已休眠): ours",
         _zh("m2", "发件人邮箱已休眠，无法发送邮件", "gbk", "base64"), ZH, False, (), S),
    _row("ja-c-sender-account-stopped", MEND_SRC + "the SENDER's account stopped (送信者のアカウントが停止): ours",
         _ja("m3", "送信者のアカウントが停止されています", "iso-2022-jp"), JA, False, (), S),
    _row("ja-c-sender-ok-recipient-stopped", MEND_SRC + "the sender's account fine, the recipient's (宛先) stopped: "
         "suspend, the recipient's", _ja("m4", "送信者のアカウントは正常です。宛先のアカウントが停止されています",
                                         "shift_jis", "base64"), JA, False, SUSP, R),
    _row("ja-dormant", MEND_SRC + "the recipient's account dormant (休眠): suspend, soft",
         _ja("m5", "宛先のアカウントは休眠中です", "iso-2022-jp"), JA, False, SUSP, R),
    _row("ko-c-sender-ok-recipient-suspended", MEND_SRC + "the sender's account fine (정상), the recipient's suspended: "
         "suspend, the recipient's", _ko("m6", "보내는 사람의 계정은 정상이며 받는 사람의 계정이 정지되었습니다"), KO, False,
         SUSP, R),
    _row("ko-c-sender-account-stopped", MEND_SRC + "the SENDER's account stopped (보내는 사람의 계정이 사용중지): ours",
         _ko("m7", "보내는 사람의 계정이 사용중지되었습니다"), KO, False, (), S),
    _row("ko-c-sender-label-recipient-missing", MEND_SRC + "a sender LABEL, then the recipient missing: hard, the "
         "recipient's", _ko("m8", "보내는 사람: seller@example.com, 받는 사람: 존재하지 않는 계정입니다"), KO, *HARD_UNK),
    _row("ru-c-sender-ok-recipient-blocked", MEND_SRC + "the sender's box fine, the recipient's blocked: suspend, the "
         "recipient's", _ru("m9", "ящик отправителя в порядке, ящик получателя заблокирован"), RU, False, SUSP, R),
    _row("ru-c-sender-not-blocked-recipient-deleted", MEND_SRC + "the sender's box NOT blocked, the recipient's deleted: "
         "hard (a deletion: userunknown or hasmoved)", _ru("m10", "ящик отправителя не заблокирован, ящик получателя "
                                                          "удалён", "utf-8", "base64"), RU, True,
         ("userunknown", "hasmoved"), R),
    # mailboxfull's _OFF_SHAPE read past Russian "не" (not): a negated block is no block (the hard side's controls).
    _row("ru-c-not-blocked-but-full", MEND_SRC + "the recipient's box NOT blocked but full: mailboxfull, soft",
         _ru("m12", "ящик получателя не заблокирован, а переполнен"), RU, False, FULL, R),
    _row("ru-c-not-blocked-alone", MEND_SRC + "the recipient's box said NOT blocked, nothing missing: never hard",
         _ru("m13", "ящик получателя не заблокирован"), RU, False),
    _row("ru-c-not-disabled-but-suspended", MEND_SRC + "not disabled but suspended for now: suspend, soft",
         _ru("m14", "учетная запись получателя не отключена, но временно приостановлена"), RU, False, SUSP, R),
    # departures._sender_side: the recipient's noun between the sender's word and the deletion (a hard-side mend).
    _row("ru-sender-ok-recipient-deleted", MEND_SRC + "the sender's box fine, the recipient's deleted: hard",
         _ru("m15", "ящик отправителя в порядке, ящик получателя удалён"), RU, True, ("userunknown", "hasmoved"), R),
    _row("ru-c-sender-deleted-recipient-after", MEND_SRC + "the SENDER's box deleted, the recipient named after it: "
         "ours, soft", _ru("m16", "ящик отправителя удалён, письмо получателю не доставлено"), RU, False, (), S),
    _row("ru-c-recipient-told-sender-deleted", MEND_SRC + "the recipient told that the SENDER's box was deleted: ours, "
         "soft", _ru("m17", "получатель уведомлён, что ящик отправителя удалён"), RU, False, (), S),
    _row("en-sender-ok-recipient-deleted", MEND_SRC + "English: the sender fine, the recipient's mailbox deleted: hard",
         _plain("m18", "The sender is fine, but the recipient's mailbox was deleted."), EN, True,
         ("userunknown", "hasmoved"), R),
    _row("en-c-recipient-told-sender-deleted", MEND_SRC + "English: the recipient told that the SENDER's mailbox was "
         "deleted: ours, soft", _plain("m19", "The recipient was notified that the sender's mailbox was deleted."), EN,
         False, (), S),
    _row("ru-c-sender-account-deleted", MEND_SRC + "the SENDER's account deleted (учетная запись отправителя удалена): "
         "ours", _ru("m11", "учетная запись отправителя удалена"), RU, False, (), S),
]

WHOLE_ROWS = ZH_ROWS + FROZEN_ROWS + YJ_ROWS + JA_ROWS + EXJ_ROWS + KO_ROWS + RU_ROWS + MEND_ROWS
