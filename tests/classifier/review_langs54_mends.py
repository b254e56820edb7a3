"""Review langs54's mends, each with its controls (rows where the mend must NOT change the reading):

- remote/tencent.py: QQ's own "550 Mailbox not found" (its help code no=1000728) is no such address, also where a
  relay that names no SMTP stage quotes it (Gmail's DSN); the same words from another provider's host keep the
  generic reading (an unnamed stage: a filter's, soft), and QQ's other short lines keep theirs.
- unprovisioned.py: "没有 / 未开通邮箱" (no mailbox opened) also with the service named between ("该用户未开通QQ邮箱",
  the user has not opened a QQ mailbox): a missing recipient; a service of OUR account not enabled ("您的帐号未开通SMTP
  服务") is none, nor the sender's mailbox ("发件人未开通QQ邮箱", and "发件用户未开通邮箱", which main read a missing
  RECIPIENT, hard: the subject before "未" now guarded).

Rows as review_langs54.ROWS (expectations written before the mend ran on them). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import gmail
from tests.classifier.review_langs54 import ANY, ANY_REASON, QQ, _LEADS, hard, soft
from tests.classifier.review_langs54_more import _QQ_HEAD, plain

QQ_1000728 = ("dbmailserver.com/tui-xin-address-not-exist.htm (a mail host's list of address-not-exist bounces, first "
              "'550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728'); "
              "Gmail's DSN layout (review_holdout50_layouts.gmail)")
CTL = "control: {}"
_EN = ("Address not found", "Your message wasn't delivered to {a} because the address couldn't be found, or is unable "
       "to receive mail.")
_URL = "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728"


def _g(rid: str, a: str, reply: str, mx: str, lead=_EN) -> bytes:
    return gmail(rid, a, heading=lead[0], lead=lead[1].format(a=a), response=reply, diag=reply, status="5.0.0",
                 remote=mx)


def _qq(rid: str, a: str, why: str) -> bytes:
    return plain(rid, cs="gbk", cte="base64", subject="退信：提案", sender="QQ邮箱管理员 <postmaster@qq.com>", a=a,
                 body=_QQ_HEAD.format(a=a, r=why))


ROWS: list[tuple] = [
    ("l54-m-qq-not-found-en", QQ_1000728, _g("l54m1", "li.ming@qq.com", f"550 Mailbox not found. {_URL}", "mx1.qq.com"),
     hard("li.ming@qq.com")),
    ("l54-m-qq-not-found-bare-foxmail", QQ_1000728 + " (QQ's reply without its help link, at foxmail.com)",
     _g("l54m2", "chen.yu@foxmail.com", "550 Mailbox not found.", "mx2.qq.com", _LEADS["zh"]), hard("chen.yu@foxmail.com")),
    ("l54-m-ctl-not-found-other-host", CTL.format("the same words from another provider's host, no stage named: the "
                                                  "generic reading stands (not hard)"),
     _g("l54m3", "kim@partner.example", "550 Mailbox not found.", "mx.partner.example"),
     soft("kim@partner.example", ANY_REASON, ANY)),
    ("l54-m-ctl-qq-unavailable", CTL.format("QQ's 'Mailbox unavailable or access denied' keeps tencent's speeding "
                                            "(the recipient receives too much mail for now)"),
     _g("l54m4", "he.jun@qq.com", "550 Mailbox unavailable or access denied [MJe9Pb3k8Q==] IP: 209.85.220.41. "
        "http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726", "mx3.qq.com"),
     soft("he.jun@qq.com", ("speeding",), ANY)),
    ("l54-m-qq-shang-wei-kaitong", f"{QQ} ('该用户未开通QQ邮箱', said with 尚, not yet); frame ours",
     _qq("l54m5", "lin.tao@qq.com", "该用户尚未开通QQ邮箱"), hard("lin.tao@qq.com")),
    ("l54-m-qq-tw-wei-kaitong", f"{QQ} (in Traditional characters: '用戶未開通QQ郵箱'); frame ours",
     _qq("l54m6", "wu.jia@qq.com", "用戶未開通QQ郵箱"), hard("wu.jia@qq.com")),
    ("l54-m-ctl-smtp-not-enabled", CTL.format("our account's SMTP service not enabled ('您的帐号未开通SMTP服务'): no "
                                              "missing recipient"),
     _qq("l54m7", "gao.yan@qq.com", "您的帐号未开通SMTP服务"), soft("gao.yan@qq.com", ANY_REASON, ANY)),
    ("l54-m-ctl-sender-not-opened", CTL.format("the SENDER has no QQ mailbox opened ('发件人未开通QQ邮箱'): not the "
                                               "recipient's"),
     _qq("l54m8", "ma.li@qq.com", "发件人未开通QQ邮箱"), soft("ma.li@qq.com", ANY_REASON, ANY)),
    ("l54-m-ctl-sending-user-not-opened", CTL.format("the sending user ('发件用户未开通邮箱'): main read it a missing "
                                                     "recipient (hard)"),
     _qq("l54m9", "song.yi@qq.com", "发件用户未开通邮箱"), soft("song.yi@qq.com", ANY_REASON, ANY)),
]
