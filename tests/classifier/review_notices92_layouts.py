"""Notice layouts of review 92 (review_notices92.py): the own notices of three servers no earlier review cites,
each shaped after the server's source or its vendor's documentation (named in each builder); the refusals they
quote are the remote servers' own words as the rows cite them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices43_layouts import plain_after

SYN = "bbs.example.net"


def synchronet(name: str, to: str, reply: str, *, remote: str = "mx.unknown-host.example", attempts: int = 0) -> bytes:
    """Synchronet's own delivery-failure message (SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp, bounce(): Subject
    "Delivery failure: <subject>", sender "Mail Delivery Subsystem", the comment lines "<host> reporting delivery
    failure of message [after N attempts]", "from <sender> to <recipient>", "Reason:", the error, "Original message
    text follows:"; the error for a refused recipient is its badrsp_err format "%s replied with:\\r\\n\\"%s\\"\\r\\n
    instead of the expected reply:\\r\\n\\"%s ...\\"" with "250" expected). No DSN part; the comment lines as the
    body's first lines and the returned original after them (sockmsgtxt() in mailsrvr.c sends a stored message so
    to a POP3 client)."""
    after = f"after {attempts} attempts" if attempts > 1 else ""
    body = (f"{SYN} reporting delivery failure of message {after}\n"
            f"from seller@example.com to {to}\n\n"
            "Reason:\n"
            f"{remote} replied with:\n\"{reply}\"\ninstead of the expected reply:\n\"250 ...\"\n")
    return plain_after(name, to, body, sender=f"Mail Delivery Subsystem <MAILER-DAEMON@{SYN}>",
                       subject="Delivery failure: Quick question", marker="Original message text follows:",
                       what="Synchronet mailsrvr.cpp bounce()")


_WINMAIL_INTRO = ("Hi. This is the smtp delivery program.\n"
                  "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                  "This is a permanent error; I've given up. Sorry it didn't work out.\n"
                  "=====================================================\n"
                  "您好!\n"
                  "您的邮件不能成功的递送到指定地址。这是一个永久的错误,因此不得不放弃继续递送。\n")


def winmail(name: str, entries: list[tuple[str, str]], *, to: str) -> bytes:
    """Magic Winmail Server's own bounce as its vendor's "Winmail 退信分析大全" (winmail.cn/ndr/) shows it: the
    smtp delivery program's English sentences, a line of '=', the same in Chinese, then each failed address as
    "<addr>, <reason>" (a remote refusal as "<addr>, remote server said: <reply>"), "--- Below this line is a copy
    of the message."; Subject and sender hand-made (the page shows neither)."""
    lines = "".join(f"<{a}>, {r}\n" for a, r in entries)
    return plain_after(name, to, f"{_WINMAIL_INTRO}\n{lines}", sender="MAILER-DAEMON@mail.example.net",
                       subject="failure notice", marker="--- Below this line is a copy of the message.",
                       what="Winmail Server bounce, winmail.cn/ndr")


def yahoo_japan(name: str, to: str, report: str) -> bytes:
    """Yahoo! JAPAN's "Failure Notice" from MAILER-DAEMON@yahoo.co.jp as Japanese help pages quote it
    (did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail, net-trouble.portal.jp.net/archives/11482): "Sorry, we
    were unable to deliver your message to the following address.", the address in angle brackets, the report
    ("Message expired for domain ... Remote host said: ... [RCPT_TO]"), "--- Below this line is a copy of the
    message."."""
    body = f"Sorry, we were unable to deliver your message to the following address.\n\n<{to}>:\n{report}\n"
    return plain_after(name, to, body, sender="MAILER-DAEMON@yahoo.co.jp", subject="Failure Notice",
                       marker="--- Below this line is a copy of the message.", what="Yahoo! JAPAN Failure Notice")
