"""Review langs57's controls for its two mends (written after the measurement): NetEase's "550 User not found: x" and
263's "550 user not exist" read userunknown where NetEase's / 263's host answered, though the relay (Gmail's DSN)
names no SMTP stage (classifier/remote/netease.py, classifier/remote/net263.py). The rows the mends are for are
review_langs57_stageless's l57-s-zh-163-user-not-found and l57-s-zh-263-user-not-exist. Each control must read the
same with and without the mends: the same words from another host (the generic unknown-stage rule), NetEase's and
263's other refusals, and a temporary NetEase reply (no mailbox gone for good in a 4xx)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import gmail
from tests.classifier.review_langs54 import ANY, C263, NETEASE, SPAM, delayed, soft
from tests.classifier.review_langs57 import DBMAIL
from tests.classifier.review_langs57_frames import said
from tests.classifier.review_langs57_stageless import LEADS
from tests.classifier.review_langs54_more import pf_local

FILTERED = ("filtered",)
CTL = "control for the NetEase / 263 mends (review_langs57_mends): {}"


def _gmail(rid: str, a: str, reply: str, remote: str, *, status: str = "5.0.0", action: str = "failed") -> bytes:
    head, lead = LEADS["zh"]
    return gmail(rid, a, heading=head, lead=lead.format(a=a), response=reply, diag=reply, status=status, remote=remote,
                 action=action)


ROWS: list[tuple] = [
    ("l57-m-ctl-user-not-found-other-host", CTL.format("NetEase's words from a host that is not NetEase's: the generic "
                                                       "unknown-stage rule, filtered; " + DBMAIL),
     _gmail("l57m1", "shen.hua@partner-trade.cn", "550 User not found: shen.hua@partner-trade.cn",
            "mx.partner-trade.cn"), soft("shen.hua@partner-trade.cn", FILTERED)),
    ("l57-m-ctl-user-not-exist-other-host", CTL.format("263's words from a host that is not 263's: filtered; " + C263),
     _gmail("l57m2", "qin.tao@partner-trade.cn", "550 user not exist", "mx.partner-trade.cn"),
     soft("qin.tao@partner-trade.cn", FILTERED)),
    ("l57-m-ctl-netease-spam-tag", CTL.format("NetEase's content filter speaks in its DT:SPM tag: spam, not a missing "
                                              "user; " + NETEASE),
     _gmail("l57m3", "xie.ning@163.com", "554 DT:SPM 163 mx21,QsCowAD3n1Vn1Y8sAA--.331S2 1733565600",
            "163mx03.mxmail.netease.com"), soft("xie.ning@163.com", SPAM, ANY)),
    ("l57-m-ctl-netease-user-not-found-for-now", CTL.format("a 4xx: nothing gone for good (remote._may_say)"),
     _gmail("l57m4", "kong.wei@126.com", "451 User not found: kong.wei@126.com, please try again",
            "126mx01.mxmail.netease.com", status="4.0.0", action="delayed"), delayed("kong.wei@126.com")),
    ("l57-m-ctl-263-maillist-null", CTL.format("263's refusal of a mail list without members, after DATA: no missing "
                                               "user; " + C263 + " ('c) 邮件列表中成员为空退信提示: maillist abc.list@xyz.cn "
                                               "is null, please contact admin (in reply to end of DATA command)')"),
     pf_local("l57m5", "zh", "sales.list@partner-263.cn", said("mx.263.net", "550 maillist sales.list@partner-263.cn is "
              "null, please contact admin", "end of DATA"), status="5.0.0", diag="550 maillist sales.list@partner-263.cn"
              " is null, please contact admin", remote="mx.263.net"), soft("sales.list@partner-263.cn")),
]
