"""Tencent QQ Mail and Exmail (qq.com, foxmail.com; company domains on mxbiz*.qq.com). Its replies
are short English lines that QQ Mail's error-code help explains, some otherwise than the same
words mean elsewhere (read from a copy of that help, blog.csdn.net/weixin_31487917/article/
details/119692776; tests/classifier/review_notices21.py quotes the glosses)."""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "tencent"
HOSTS = (".qq.com", ".foxmail.com")
DOMAINS = ("qq.com", "foxmail.com", "vip.qq.com")
MARKERS = ("service.mail.qq.com",)

RULES = (
    # "Suspected spam ip" (Sisimai::Rhost::TencentQQ's phrase): the sending IP, before its
    # "suspected spam" (the message's content, the generic tables' reading) is read in it.
    Rule(reason=R.BLOCKED, wording="suspected spam ip"),
    # "您要发送的收件人短时间内收到大量邮件...暂时禁止向该收件人发信": the recipient receives too much
    # mail for now, neither a missing nor a disabled mailbox (the generic table reads suspend).
    Rule(reason=R.SPEEDING, wording="mailbox unavailable or access denied"),
    # "该服务器IP的发信频率大幅度超过QQ邮箱限制": the sending IP's rate (the sender's scope follows from
    # the reason; not a sender rule, which would also read other servers' replies in QQ's own notices).
    Rule(reason=R.SPEEDING, wording="connection denied"),
    # "您所填写的收件人地址格式不正确": the recipient's address is malformed, so no such mailbox
    # (at MAIL FROM the same words are the sender's: remote._may_say keeps them off).
    Rule(reason=R.USERUNKNOWN, wording="bad address syntax"),
    # "您所发送的邮件大小超出腾讯邮箱限制": the message's size (the generic table, after sisimai,
    # reads "message too large" as a per-recipient limit).
    Rule(reason=R.MESGTOOBIG, wording="message too large"),
    # Sisimai 5 for-tencent.go, with QQ's pages service.mail.qq.com/detail/122/57 and /1011:
    # bounces from our host that look like a backscatter attack (the sending host's), and a
    # recipient receiving more than QQ lets through for now (the 5.7.1 status alone reads as a
    # security refusal).
    Rule(reason=R.BLOCKED, wording="suspected bounce attacks"),
    # "550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?...no=1000728": QQ's own no-such-address reply
    # (dbmailserver.com/tui-xin-address-not-exist.htm lists it first among address-not-exist bounces; QQ's return
    # help, qqmailbox.com/transceivers/169, beside '该用户不存在'). Quoted by a relay that names no SMTP stage (Gmail's
    # DSN), the generic rule reads the words as a filter's after DATA (reasons._is_userunknown); QQ says it at RCPT
    # (review langs54's Gmail zh row read filtered, soft).
    Rule(reason=R.USERUNKNOWN, wording="mailbox not found"),
    Rule(reason=R.SPEEDING, wording="frequency of receiving messages is limited"),
)
