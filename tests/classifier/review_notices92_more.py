"""Review 92, part 2 (part 1: review_notices92.py): the wordings of two Chinese pages earlier reviews cite for other
lines (review 21 took one line or four of each), and an adversarial attack on review 92's own rules: qmail-local's
"no mailbox here by that name" read as a local delivery agent's verdict at any stage (hard), "Message size (N) exceeds
maximum" and "attachment is too long" read as mesgtoobig, and a "does no exists" typo read as a missing user. The
attack puts the new rules' words where they must stay soft: a temporary lookup failure, our own sender's mailbox, a
mailbox's size, a full mailbox's quota, a size declared but within limits, a sender's account, an attachment's name.
Expectations written from the words and taxonomy.md BEFORE running (the five dbmailserver lines were first probed in
our relay's layout while looking for misreadings; their expectations are the taxonomy's all the same). All
HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices88 import ANY, LEAD, MX, OURS, R, S, UNK
from tests.classifier.review_notices92_layouts import synchronet, winmail


def _rows(prefix: str, source: str, entries: list[tuple], relay_only: bool = False) -> list[tuple]:
    out = rows_relayed(f"r92-{prefix}", source, MX, LEAD, entries)
    return out if relay_only else out + rows_quoted(f"r92-{prefix}", source, MX, LEAD, entries)


# ---- 1. dbmailserver.com's list of unknown-recipient replies (review 21 cited its QQ lines only) -------------------
DBMAIL = ("weak: dbmailserver.com/tui-xin-address-not-exist.htm (a Chinese mail-server vendor's list of 'address does "
          "not exist' replies): '550 RC:LD The email account that you tried to reach does no exists.', '550 RC:NE The "
          "email account does not exist.', '550 Local User [xxx@123.com] not found.', '551 5.1.1 recipient is not "
          "exist', '550 no such user here (umail mta)'")
DBMAIL_REPLIES = [
    ("rc-ld-does-no-exists", "550 RC:LD The email account that you tried to reach does no exists.", "5.0.0", "RCPT",
     True, UNK, R),
    ("rc-ne-does-not-exist", "550 RC:NE The email account does not exist.", "5.0.0", "RCPT", True, UNK, R),
    ("local-user-not-found", f"550 Local User [{LEAD}] not found.", "5.0.0", "RCPT", True, UNK, R),
    ("recipient-is-not-exist", "551 5.1.1 recipient is not exist", "5.1.1", "RCPT", True, UNK, R),
    ("no-such-user-here-umail", "550 no such user here (umail mta)", "5.0.0", "RCPT", True, UNK, R),
]

# ---- 2. the same server reply list (review 21 cited four lines): the rest, all soft ----------------------------
SINA = ("weak: blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (an unnamed Chinese SMTP server's reply list with "
        "glosses): '552 too many same size mails. (发送过多长度类似信件)', '554 Black mail address.(黑邮件地址)', '554 "
        "attachment is too long. (单个附件大小超出限制)', '552 looping message. (环回信件)', '553 host denies relay. (拒绝中继)', "
        "'451 out of allow RCPT numbers. (超出 RCPT 允许上限)', '450 database temporary error. (临时数据访问失败)', '556 "
        "remote ip check error. (发信ip与Mail From地址不一致)'")
SINA_REPLIES = [
    ("too-many-same-size", "552 too many same size mails.", "5.0.0", "DATA", False, (), ANY),
    ("attachment-too-long", "554 attachment is too long.", "5.0.0", "DATA", False, ("mesgtoobig",), ANY),
    ("looping-message", "552 looping message.", "5.0.0", "DATA", False, (), ANY),
    ("host-denies-relay", "553 host denies relay.", "5.0.0", "RCPT", False, (), ANY),
    ("out-of-allow-rcpt", "451 out of allow RCPT numbers.", "4.0.0", "RCPT", False, (), ANY),
    ("database-temporary", "450 database temporary error.", "4.0.0", "RCPT", False, (), ANY),
]
SINA_SENDER = [  # answered to MAIL FROM: our sender or host
    ("black-mail-address", "554 Black mail address.", "5.0.0", "MAIL", False, (), S),
    ("remote-ip-check", "556 remote ip check error.", "5.0.0", "MAIL", False, (), S),
]

# ---- 3. the attack on review 92's rules ---------------------------------------------------------------------------
ATTACK = ("hand-made: review 92's new words (qmail-local's 'no mailbox here by that name', Synchronet's 'Message size "
          "(N) exceeds maximum', 'attachment is too long', 'does no exists') placed where they must not decide")
ATTACK_REPLIES = [
    # A temporary lookup failure beside the qmail words: for now, not dead.
    ("temp-lookup-no-mailbox", f"451 4.3.0 <{LEAD}>: Temporary lookup failure; sorry, no mailbox here by that name",
     "4.3.0", "RCPT", False, (), ANY),
    # Our own sender's mailbox missing at MAIL FROM (a sender check in qmail's words): ours, soft.
    ("sender-no-mailbox", f"553 5.1.7 sender <{OURS}>: sorry, no mailbox here by that name", "5.1.7", "MAIL", False,
     (), S),
    # A mailbox's size over its maximum: the mailbox is full, not the message too big.
    ("mailbox-size-exceeds", "552 5.2.2 Mailbox size (104857600) exceeds maximum quota", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    # The message's size against the mailbox's remaining quota: a full mailbox (its status says so).
    ("quota-message-size", "552 5.2.2 Quota exceeded: message size (2048000) exceeds maximum remaining quota",
     "5.2.2", "RCPT", False, ("mailboxfull",), R),
    # "does no exists" of the sender's account: ours, soft.
    ("sender-account-does-no-exists", f"553 5.1.8 sender account {OURS} does no exists", "5.1.8", "MAIL", False, (),
     S),
    # The attachment words about a filter's verdict on its name, not its size: soft, whatever the reason.
    ("attachment-name-blocked", "554 5.7.1 attachment name too long or blocked by policy", "5.7.1", "DATA", False,
     (), ANY),
    # "does no exists" of things that are ours, at RCPT: our IP address on an allow list, our sender, our PTR record.
    ("ip-address-does-no-exists", "550 5.7.1 your IP address does no exists in our allow list", "5.7.1", "RCPT",
     False, (), ANY),
    ("sender-address-does-no-exists-rcpt", "550 sender address does no exists", "5.0.0", "RCPT", False, (), S),
    ("ptr-for-address-does-no-exists", "550 your PTR record for this address does no exists", "5.0.0", "RCPT", False,
     (), ANY),
    # ...and the recipient's mailbox in the same typo under 5.1.1: hard.
    ("mailbox-does-no-exists-511", f"550 5.1.1 <{LEAD}>: the recipient mailbox does no exists", "5.1.1", "RCPT",
     True, UNK, R),
    # Temporary: the message size over a limit for now (4xx): a delay.
    ("message-size-temporary", "452 4.3.1 Message size (4194304) exceeds maximum for now, try again later", "4.3.1",
     "DATA", False, (), ANY),
]
ATTACK_NOTICES = [
    # Winmail's notice: the dead one in qmail-local's words beside a live one only delayed; only the failed listed.
    ("r92-atk-win-no-mailbox-with-code", ATTACK + " (Winmail's layout, qmail-local's own '(#5.1.1)')",
     winmail("a1", [(LEAD, "sorry, no mailbox here by that name. (#5.1.1)")], to=LEAD), [(LEAD, True, UNK, R, False)]),
    # The phrase quoted inside a help line of a refusal that names our host: our host is the cause (soft).
    ("r92-atk-win-blocked-help-line", ATTACK + " (a blocklist refusal whose help text quotes the phrase)",
     winmail("a2", [(LEAD, "remote server said: 554 5.7.1 Client host [192.0.2.7] blocked using zen.spamhaus.org; "
                     "note: this is not 'sorry, no mailbox here by that name', your server is listed")], to=LEAD),
     [(LEAD, False, ("blocked",), S, False)]),
    # The verdict's words with a cause beside them in Winmail's own line (no status, no stage): the cause speaks.
    ("r92-atk-win-no-mailbox-for-blocked-hosts", ATTACK + " (a cause in the same line)",
     winmail("a4", [(LEAD, "sorry, no mailbox here by that name for mail from hosts listed on zen.spamhaus.org")],
             to=LEAD), [(LEAD, False, (), ANY, False)]),
    # The words under a temporary code in the same layout: not the permanent verdict.
    ("r92-atk-win-no-mailbox-temporary-code", ATTACK + " (a 4.x code in qmail's parenthesis)",
     winmail("a5", [(LEAD, "sorry, no mailbox here by that name. (#4.3.0) temporary directory failure")], to=LEAD),
     [(LEAD, False, (), ANY, False)]),
    # Synchronet's own notice quoting a size refusal in its own words: mesgtoobig, soft.
    ("r92-atk-syn-own-message-size", ATTACK + " (Synchronet's own notice, a Synchronet peer's size refusal)",
     synchronet("a3", LEAD, "552 Message size (4194304) exceeds maximum: 2097152 bytes"),
     [(LEAD, False, ("mesgtoobig",), ANY, False)]),
]

ROWS = (_rows("db", DBMAIL, DBMAIL_REPLIES) + _rows("sina", SINA, SINA_REPLIES)
        + _rows("sina-mail", SINA, SINA_SENDER, True) + _rows("atk", ATTACK, ATTACK_REPLIES) + ATTACK_NOTICES)
