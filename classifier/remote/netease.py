"""NetEase (163.com, 126.com, yeah.net and its enterprise mail, qiye.163.com). Its replies carry
a tag of two letters, a colon and three ("421 HL:ICC", "451 MI:SFQ", "554 DT:SPM") that its list
of return codes ("退信代码说明") explains; the tag names the failure where the rest of the line is a
host id and a session token. Read from copies of that list (cnblogs.com/zhxb/p/9777884.html,
blog.csdn.net/hjx9452/article/details/119910018; tests/classifier/review_notices21.py quotes the
glosses). Nearly every tag is about the sending IP or account (taxonomy §7)."""

from __future__ import annotations

import re

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "netease"
HOSTS = (".mxmail.netease.com", ".netease.com", ".163.com", ".126.com", ".yeah.net")
DOMAINS = ("163.com", "126.com", "yeah.net", "vip.163.com", "vip.126.com", "188.com")
MARKERS = ("mail.163.com/help",)
TAG = re.compile(r"\b((?:hl|mi|rp|dt|wm):[a-z]{3})\b")

# Tag -> reason, from the list's glosses. Tags whose gloss names no reason of ours (too many wrong
# commands, HELO empty) are left out: the generic rules read those replies.
CODES: dict[str, R] = {
    "hl:rep": R.BLOCKED,  # 该IP发送行为异常,存在接收者大量不存在情况,被临时禁止连接
    "hl:icc": R.TOOMANYCONN,  # 该IP同时并发连接数过大
    "hl:ifc": R.SPEEDING,  # 该IP短期内发送了大量信件
    "hl:ifq": R.SPEEDING,
    "hl:mep": R.BLOCKED,  # 存在大量伪造发送域域名行为 (forged sender domains from the IP)
    "hl:ihu": R.BLOCKED,  # 该IP的发送行为触犯了...服务条款,被临时挂起
    "hl:ipb": R.BLOCKED,  # 该IP不在...允许的发送地址列表里
    "mi:dmc": R.TOOMANYCONN,  # 当前连接发送的邮件数量超出限制
    "rp:drc": R.TOOMANYCONN,  # 当前连接发送的收件人数量超出限制
    "dt:rbl": R.BLOCKED,  # 发信IP位于一个或多个RBL里
    "wm:bli": R.BLOCKED,  # 该IP不在网易允许的发送地址列表里
    "wm:blu": R.REJECTED,  # 此用户不在网易允许的发信用户列表里
    "dt:spm": R.SPAMDETECTED,  # 邮件正文带有垃圾邮件特征
    "mi:sfq": R.SPEEDING,  # 发信人在15分钟内的发信数量超过限制
    "rp:qrc": R.SPEEDING,  # 发信方短期内累计的收件人数量超过限制
    "mi:stc": R.SPEEDING,  # 发件人当天的连接数量超出了限定数量
    "mi:imf": R.REJECTED,  # 发信人电子邮件地址不合规范
    "mi:spf": R.AUTHFAILURE,  # 发信IP未被发送域的SPF许可
    "mi:dma": R.AUTHFAILURE,  # 该邮件未被发信域的DMARC许可
    "rp:frl": R.NORELAYING,  # 网易邮箱不开放匿名转发(Open relay)
    "rp:rcl": R.TOOMANYCONN,  # 群发收件人数量超过了限额
}


RULES: tuple[Rule, ...] = (
    # "550 User not found: 12345@163.com": NetEase's own answer for a mailbox it does not have (dbmailserver.com/tui-xin-
    # address-not-exist.htm lists it among address-not-exist bounces; Coremail's support index, whose system NetEase's
    # mail grew from, lists "User not found" beside "User suspended"). Quoted by a relay that names no SMTP stage
    # (Gmail's DSN), the generic rule reads the words as a filter's after DATA (reasons._is_userunknown); NetEase's
    # content filter speaks in its DT:SPM tags instead (CODES). Review langs57's Gmail zh row read filtered, soft.
    Rule(reason=R.USERUNKNOWN, wording="user not found"),
)
