"""The ninety-second review: refusals and notices from servers' own source and vendors' own documentation that no
earlier review cites. Synchronet's mail server (SynchronetBBS/sbbs, a BBS mail server since 2000: its SMTP replies
and its own delivery-failure message), Magic Winmail Server's bilingual (English/Chinese) bounce (its vendor's NDR
guide), a Chinese mail host's list of the refusals its users meet (emailhost.com.cn), Mercury/32's relay refusal
(its help), OPSWAT MetaDefender Email Gateway's recipient look-ahead refusal (its docs) and Yahoo! JAPAN's "Failure
Notice" (as Japanese help pages quote it). Each refusal as the server writes it, in our relay's Postfix report, as
Gmail's own DSN and Exchange Online's NDR quote it, or in the server's own notice; with controls (temporary
failures, our side refused, look-alikes that must stay soft). Expectations written from the words and taxonomy.md
BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices88 import ANY, LEAD, MX, R, S, UNK
from tests.classifier.review_notices92_layouts import synchronet, winmail, yahoo_japan

KIM = "kim@partner.example"


def _rows(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each; Gmail's and Exchange Online's of the final ones at RCPT, DATA or the greeting."""
    return rows_relayed(f"r92-{prefix}", source, MX, LEAD, entries) + rows_quoted(f"r92-{prefix}", source, MX, LEAD,
                                                                                  entries)


def _hard(address: str = LEAD) -> list[tuple]:
    return [(address, True, UNK, R, False)]


def _soft(reasons: tuple = (), scope: str | None = ANY, address: str = LEAD) -> list[tuple]:
    return [(address, False, reasons, scope, False)]


# ---- 1. Synchronet's SMTP replies (a server without enhanced codes: Postfix and Gmail write 5.0.0 / 4.0.0) ----------
SYNC = "SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp (smtp_client_thread's replies)"
SYNC_OLD = ("Synchronet's mailsrvr.c, the C version of the same server ('Copyright 2000 Rob Swindell'; its blocked-recipient "
            "reply '550 Unknown User:%s' with the RCPT argument as sent, no space)")
SYNCHRONET = [
    # RCPT: no such user, a deleted or inactive one, a blocked recipient address: all "Unknown User: <rcpt>".
    ("unknown-user-rcpt", f"550 Unknown User: <{LEAD}>", "5.0.0", "RCPT", True, UNK, R),
    ("closed-mailbox", f"550 Closed mailbox: <{LEAD}>", "5.0.0", "RCPT", False, (), ANY),  # a live, restricted user
    ("mailbox-full-450", f"450 Mailbox full: <{LEAD}>", "4.0.0", "RCPT", False, ("mailboxfull",), R),
    ("too-many-recipients", "452 Too many recipients", "4.0.0", "RCPT", False, (), ANY),
    ("refused-dnsbl-listing", "550 Mail from 192.0.2.7 refused due to listing at zen.spamhaus.org", "5.0.0", "RCPT",
     False, ("blocked",), S),
    ("relay-not-allowed", "550 Relay not allowed.", "5.0.0", "RCPT", False, (), ANY),
    ("relay-requires-auth", "553 Relaying through this server requires authentication.  Please authenticate before "
     "sending.", "5.0.0", "RCPT", False, (), ANY),
    ("sender-not-allowed", "554 Sender not allowed.", "5.0.0", "MAIL", False, ("rejected",), S),
    ("subject-not-allowed", "554 Subject not allowed.", "5.0.0", "DATA", False, (), ANY),
    ("mismatched-from", "554 Mail header contains mismatched 'FROM' field", "5.0.0", "DATA", False, (), ANY),
    ("missing-from", "554 Mail header missing 'FROM' field", "5.0.0", "DATA", False, (), ANY),
    # After DATA: the To: header's address on the blocked-address list, answered as an unknown user.
    ("unknown-user-data", "550 Unknown user.", "5.0.0", "DATA", True, UNK, R),
    ("message-size", "552 Message size (4194304) exceeds maximum: 2097152 bytes", "5.0.0", "DATA", False,
     ("mesgtoobig",), ANY),
    ("dns-blacklisted", "550 Insufficient access: DNS-blacklisted", "5.0.0", "DATA", False, ("blocked",), S),
    ("too-many-requests", "421 too many requests, try again later", "4.0.0", "RCPT", False, (), ANY),
    ("insufficient-storage", "452 Insufficient system storage", "4.0.0", "DATA", False, (), ANY),
    ("line-too-long", "500 Line too long (body)", "5.0.0", "DATA", False, (), ANY),
]
SYNCHRONET_OLD = [
    ("unknown-user-no-space", f"550 Unknown User:<{LEAD}>", "5.0.0", "RCPT", True, UNK, R),
]

# ---- 2. Synchronet's own delivery-failure message quoting the remote refusal -------------------------------------
SYNC_OWN = ("SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp bounce() and badrsp_err (its own notice, no DSN; the quoted "
            "refusal from the row's named server)")
SYNC_NOTICES = [
    ("r92-syn-own-postfix-user-unknown", SYNC_OWN + " (Postfix smtpd_check.c 'User unknown in local recipient table')",
     synchronet("s1", LEAD, f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table"),
     _hard()),
    ("r92-syn-own-synchronet-unknown", SYNC_OWN + " (a Synchronet peer's '550 Unknown User: <rcpt>')",
     synchronet("s2", LEAD, f"550 Unknown User: <{LEAD}>"), _hard()),
    ("r92-syn-own-mailbox-full", SYNC_OWN + " (a '552 5.2.2 Mailbox full' refusal)",
     synchronet("s3", LEAD, f"552 5.2.2 <{LEAD}>: Mailbox full"), _soft(("mailboxfull",))),
    ("r92-syn-own-blocked", SYNC_OWN + " (Postfix reject_rbl_client's 'blocked using')",
     synchronet("s4", LEAD, "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org"),
     _soft(("blocked",), S)),
    ("r92-syn-own-greylisted-after-attempts", SYNC_OWN + " (postgrey's 'Greylisted' until the attempts ran out)",
     synchronet("s5", LEAD, f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted, see "
                "http://postgrey.schweikert.ch/help/partner.example.html", attempts=10), _soft()),
    ("r92-syn-own-relay-not-allowed", SYNC_OWN + " (a Synchronet peer's '550 Relay not allowed.')",
     synchronet("s6", LEAD, "550 Relay not allowed."), _soft()),
]

# ---- 3. Winmail Server's own bilingual bounce ---------------------------------------------------------------------
WINMAIL = ("winmail.cn/ndr/ ('Winmail 退信分析大全', Magic Winmail Server's NDR guide: its bounce layout, the "
           "'sorry, no mailbox here by that name' and 'remote server said' lines, its list of unknown-recipient "
           "keywords)")
WINMAIL_NOTICES = [
    ("r92-win-no-mailbox", WINMAIL, winmail("w1", [(LEAD, "sorry, no mailbox here by that name")], to=LEAD), _hard()),
    ("r92-win-remote-blocked", WINMAIL + " (its own example)",
     winmail("w2", [(LEAD, "remote server said: 554 Service unavailable; Client host [192.0.2.7] blocked using "
                     "zen.spamhaus.org")], to=LEAD), _soft(("blocked",), S)),
    ("r92-win-remote-user-unknown", WINMAIL,
     winmail("w3", [(LEAD, f"remote server said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
                     "virtual mailbox table")], to=LEAD), _hard()),
    ("r92-win-remote-user-not-found", WINMAIL + " ('user not found')",
     winmail("w4", [(LEAD, "remote server said: 550 user not found")], to=LEAD), _hard()),
    ("r92-win-remote-not-a-valid-mailbox", WINMAIL + " ('not a valid mailbox')",
     winmail("w5", [(LEAD, f"remote server said: 550 {LEAD} is not a valid mailbox")], to=LEAD), _hard()),
    ("r92-win-remote-illegal-alias", WINMAIL + " ('unknown or illegal alias', sendmail's alias wording)",
     winmail("w6", [(LEAD, f"remote server said: 550 5.1.1 unknown or illegal alias: {LEAD}")], to=LEAD), _hard()),
    # The guide files 'account inactive' under unknown recipients; the taxonomy reads inactive as suspend (soft).
    ("r92-win-remote-account-inactive", WINMAIL + " ('account inactive')",
     winmail("w7", [(LEAD, "remote server said: 550 account inactive")], to=LEAD), _soft(("suspend",))),
    ("r92-win-remote-mailbox-full", WINMAIL,
     winmail("w8", [(LEAD, "remote server said: 552 5.2.2 Mailbox full, quota exceeded")], to=LEAD),
     _soft(("mailboxfull",))),
    ("r92-win-mixed-dead-and-blocked", WINMAIL + " (two failed addresses, each its own reason)",
     winmail("w9", [(LEAD, "sorry, no mailbox here by that name"),
                    (KIM, "remote server said: 554 5.7.1 Message rejected as spam by Content Filter")],
             to=f"{LEAD}, {KIM}"),
     [(LEAD, True, UNK, R, False), (KIM, False, (), ANY, False)]),
]

# ---- 4. A Chinese mail host's refusals (its users' help list) --------------------------------------------------
EMAILHOST = ("emailhost.com.cn/service.html?article_category=25 (a Chinese mail host's help: '[退信] 收件人不存在: user not "
             "exist', '收件容量满: Quota exceeded', '垃圾邮件退信: Content reject/Spam denied', '邮件过大: exceeded mailsize "
             "limit', '网络异常: rcpt handle timeout')")
EMAILHOST_REPLIES = [
    ("user-not-exist", "550 user not exist", "5.0.0", "RCPT", True, UNK, R),
    ("user-not-exist-511", f"550 5.1.1 {LEAD}: user not exist", "5.1.1", "RCPT", True, UNK, R),
    ("quota-exceeded", "552 Quota exceeded", "5.0.0", "RCPT", False, ("mailboxfull",), R),
    ("spam-denied", "554 Spam denied", "5.0.0", "DATA", False, (), ANY),
    ("content-reject", "554 Content reject", "5.0.0", "DATA", False, (), ANY),
    ("exceeded-mailsize", "552 exceeded mailsize limit", "5.0.0", "DATA", False, ("mesgtoobig",), ANY),
    ("rcpt-handle-timeout", "451 rcpt handle timeout", "4.0.0", "RCPT", False, (), ANY),
]

# ---- 5. Mercury/32 and OPSWAT's gateway: refusals that say nothing of the mailbox (soft) -------------------------
MERCURY = ("Mercury/32 help, 'Controlling relaying' (quoted on community.pmail.com topic 2910): '553 - We do not "
           "relay...' (the sentence's end hand-made)")
OPSWAT = ("opswat.com/docs/mdemail/operating/recipient-look-ahead (MetaDefender Email Gateway Security: 'No policy for "
          "recipient' when no relay would take the recipient; reply code hand-made)")
MERCURY_REPLIES = [("we-do-not-relay", "553 We do not relay non-local mail.", "5.0.0", "RCPT", False, (), ANY)]
OPSWAT_REPLIES = [("no-policy-for-recipient", "550 No policy for recipient", "5.0.0", "RCPT", False, (), ANY)]

# ---- 6. Yahoo! JAPAN's Failure Notice ----------------------------------------------------------------------------
YJ = ("Yahoo! JAPAN 'Failure Notice' from MAILER-DAEMON@yahoo.co.jp as did2memo.net/2020/02/16/yahoo-mail-failure-"
      "notice-mail and net-trouble.portal.jp.net/archives/11482 quote it")
YAHOO_JAPAN = [
    ("r92-yj-expired-relay-denied", YJ + " (their own example: a temporary refusal until the message expired)",
     yahoo_japan("y1", LEAD, "Message expired for domain partner.example. Remote host said: 454 4.7.1 "
                 f"<{LEAD}>: Relay access denied [RCPT_TO]"), _soft()),
    ("r92-yj-user-unknown", YJ + " (the same report with Postfix's unknown-user refusal)",
     yahoo_japan("y2", LEAD, f"Remote host said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in "
                 "virtual mailbox table [RCPT_TO]"), _hard()),
    ("r92-yj-mailbox-full", YJ + " (the same report with a full mailbox)",
     yahoo_japan("y3", LEAD, f"Remote host said: 552 5.2.2 <{LEAD}>: Mailbox full [RCPT_TO]"),
     _soft(("mailboxfull",))),
]

ROWS = (_rows("syn", SYNC, SYNCHRONET) + _rows("syn-old", SYNC_OLD, SYNCHRONET_OLD) + SYNC_NOTICES + WINMAIL_NOTICES
        + _rows("eh", EMAILHOST, EMAILHOST_REPLIES) + _rows("mercury", MERCURY, MERCURY_REPLIES)
        + _rows("opswat", OPSWAT, OPSWAT_REPLIES) + YAHOO_JAPAN)
