"""263 (263.net and the enterprise mail on its MX hosts). Its help names the reply for a missing mailbox and the
stage it comes at: "a) 收件人信箱地址错误,退信提示: user not exist (in reply to RCPT TO command)" (263gmail.js.cn/help/
13/2.htm, 为什么发送到263企业邮局系统被退信?)."""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.remote import Rule

NAME = "263"
HOSTS = (".263.net",)
DOMAINS = ("263.net",)
MARKERS: tuple[str, ...] = ()

RULES = (
    # 263 answers "user not exist" at RCPT for a recipient address that is wrong (its help, above), also for a mail
    # list name that is wrong. Quoted by a relay that names no SMTP stage (Gmail's DSN), the generic rule reads the
    # words as a filter's after DATA (reasons._is_userunknown): review langs57's Gmail zh row read filtered, soft. Its
    # other refusals ("maillist x is null", "mail size limit exceeded", both after DATA) keep the generic reading.
    Rule(reason=R.USERUNKNOWN, wording="user not exist"),
)
