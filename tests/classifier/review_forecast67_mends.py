"""Forecast 67's mends, written WITH them (after the first run of review_forecast67.ROWS): for each, rows that fail
without it and near-miss controls that read the same before and after. Names "f67m-<mend>-<what>".

A. GoDaddy's "Account storage limit" (the recipient account out of room) read onhold: classifier/rule_wordings.py
   MAILBOXFULL, the whole reply after its code only.
B. QQ's "550 Error: content rejected" (its bounce help; spam content) read onhold: classifier/rule_wordings.py
   POLICYVIOLATION, the clause ending there (or at QQ's help link) only.
C. A human part naming the address twice (a localized summary, then the MTA's "<r>: host x said: ... (in reply to RCPT
   TO command)") gave no stage: classifier/formats/later_mentions.py reads the stage after a later mention.
D. (after the second batch's run) Chinese "收件容量满" (the receiving capacity full) read onhold: classifier/
   mailbox_states.py, a capacity noun then full, not "满足" (satisfied) nor "满意"."""

from __future__ import annotations

from tests.classifier.review_forecast67_layouts import localized_report, plain_dsn, postfix_preface, prose

R, S, ANY = "recipient", "sender", None
GODADDY = ("GoDaddy help 3568 'What is an email bounce?' (its list: 'Account storage limit: the recipients account has "
           "reached its storage limit'; se.godaddy.com / ix-one.com MS_27771 give the same list)")
QQ = ("QQ Mail help on bounces (qqmailbox.com/transceivers/169.html reproduces it: '550 Error: content rejected;'); "
      "emailhost.com.cn ('[退信] 垃圾邮件退信:Content reject/Spam denied')")
PF = ("Postfix's bounce (src/bounce/bounce_notify_util.c: '<r>: host x said: ... (in reply to RCPT TO command)') under a "
      "preface in the sender's language that names the address (review_forecast67_layouts.postfix_preface)")
QQ_LINK = "550 Error: content rejected.http://mail.qq.com/zh_CN/help/content/rejectedmail.html"
EMAILHOST = "emailhost.com.cn service list of Chinese bounce texts ('[退信] 收件容量满:Quota exceeded')"


def soft(a: str, reasons: tuple = (), scope: str | None = R) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def hard(a: str) -> list[tuple]:
    return [(a, True, ("userunknown",), R, False)]


def _pf(rid: str, a: str, lang: str, reply: str, command: str = "RCPT TO", status: str = "5.0.0") -> bytes:
    mx = f"mx.{a.split('@')[1]}"
    return postfix_preface(rid, a, lang, line=f"host {mx}[203.0.113.25] said: {reply} (in reply to {command} command)",
                           reply=reply, status=status, mx=mx)


def _dsn(rid: str, a: str, lang: str, reply: str, status: str = "5.0.0") -> bytes:
    return plain_dsn(rid, a, lang, reply=reply, status=status, mx=f"mx.{a.split('@')[1]}")


A1, A2, A3, A4, A5 = (f"kontakt{i}@bygg-lind.se" for i in range(1, 6))
B1, B2, B3, B4 = (f"sales{i}@qq.com" for i in range(1, 5))
C1, C2, C3, C4, C5, C6 = (f"einkauf{i}@kanzlei-brandt.de" for i in range(1, 7))
D1, D2, D3, D4, D5 = (f"caigou{i}@huaxin-trade.cn" for i in range(1, 6))

MEND_ROWS = [
    # A: fail without the mend.
    ("f67m-a-storage-pf-pt", GODADDY, _pf("ma1", A1, "pt", "552 Account storage limit"), soft(A1, ("mailboxfull",))),
    ("f67m-a-storage-dsn-de", GODADDY, _dsn("ma2", A2, "de", "550 Account storage limit."), soft(A2, ("mailboxfull",))),
    # A controls: a check of the limit, a limit OF something, the sender's own limit: as before.
    ("f67m-a-ctl-check-failed", GODADDY, _dsn("ma3", A3, "sv", "552 Account storage limit check failed: internal error"),
     soft(A3, ("systemerror",))),
    ("f67m-a-ctl-for-attachments", GODADDY,
     _dsn("ma4", A4, "sv", "552 Message exceeds the account storage limit for attachments"), soft(A4, (), ANY)),
    ("f67m-a-ctl-your-limit", GODADDY, _dsn("ma5", A5, "sv", "552 Your account storage limit is reached"),
     soft(A5, (), ANY)),
    # B: fail without the mend.
    ("f67m-b-qq-prose", QQ, prose("mb1", B1, "zh", reply=QQ_LINK, local=""), soft(B1, ("policyviolation",), ANY)),
    ("f67m-b-qq-pf-data", QQ, _pf("mb2", B2, "zh", QQ_LINK, command="end of DATA"), soft(B2, ("policyviolation",), ANY)),
    # B controls: a virus named after it, QQ's other reply: as before.
    ("f67m-b-ctl-virus", QQ, _dsn("mb3", B3, "zh", "554 Error: content rejected, virus found"),
     soft(B3, ("virusdetected",), ANY)),
    ("f67m-b-ctl-bad-syntax", QQ, _dsn("mb4", B4, "zh", "550 Error: bad syntax"), soft(B4, (), ANY)),
    # C: fail without the mend (a stage-less reply whose stage only the later paragraph states).
    ("f67m-c-pf-de-recipient-unknown", PF, _pf("mc1", C1, "de", "550 recipient unknown"), hard(C1)),
    ("f67m-c-pf-pt-no-such-user", PF, _pf("mc2", C2, "pt", "550 No such user"), hard(C2)),
    # C controls: the same words at end of DATA, with no stage at all (the team's call: stays soft), OUR sender refused
    # at MAIL FROM, a greylisting at RCPT given up: as before.
    ("f67m-c-ctl-at-data", PF, _pf("mc3", C3, "de", "550 Recipient not found.", command="end of DATA"),
     soft(C3, (), ANY)),
    ("f67m-c-ctl-no-stage", PF, _dsn("mc4", C4, "sv", "550 Recipient not found."), soft(C4, (), ANY)),
    ("f67m-c-ctl-sender-domain", PF,
     _pf("mc5", C5, "de", "550 5.1.8 <seller@example.com>: Sender address rejected: Domain not found",
         command="MAIL FROM", status="5.1.8"), soft(C5, (), S)),
    ("f67m-c-ctl-greylist", PF, _pf("mc6", C6, "de", "450 4.7.1 Greylisted, try again later", status="4.7.1"),
     soft(C6, (), ANY)),
    # D: fail without the mend (the Chinese words alone, in a human part or a reply).
    ("f67m-d-zh-capacity-full-mpr", EMAILHOST, localized_report("md1", D1, "zh", reply="", local="收件容量满",
                                                                  status="5.0.0"), soft(D1, ("mailboxfull",))),
    ("f67m-d-zh-capacity-full-dsn", EMAILHOST, _dsn("md2", D2, "zh", "552 收件容量满"), soft(D2, ("mailboxfull",))),
    # D controls: 'satisfied' beside a missing user, a survey, the full box said with 已满: as before.
    ("f67m-d-ctl-satisfied", EMAILHOST, _dsn("md3", D3, "zh", "550 收件容量满足要求, 但用户不存在"), hard(D3)),
    ("f67m-d-ctl-survey", EMAILHOST, _dsn("md4", D4, "zh", "550 邮箱容量满意度调查"), soft(D4, (), ANY)),
    ("f67m-d-ctl-already-full", EMAILHOST, _dsn("md5", D5, "zh", "552 邮箱容量已满"), soft(D5, ("mailboxfull",))),
]
