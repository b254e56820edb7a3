"""au by KDDI (EZweb, ezweb.ne.jp / au.com): the carrier's own "Mail System Error - Returned
Mail" notices, from Postmaster@ezweb.ne.jp or Postmaster@au.com (sisimai's EZweb table).

Recognised by two of: that sender, that subject, an "(EZweb Mail)" or ".au.com (" Received
hop, a Message-ID of those domains. Its fixed English sentences name the cause for the whole
notice, whatever SMTP stage the quoted reply shows: "The user(s) account is disabled." or
"...temporarily limited." (an unpaid or suspended line), "...temporarily over quota.", "Your
message was not delivered within N days and N hours." (the queue lifetime ran out). Its
content filter ("spamghetti") marks the returned message `X-SPASIGN: NG`: the recipient's
domain or address filter refused the sender. A refusal it quotes from a ">>> RCPT TO" exchange
is a missing mailbox. Anything else (its "Each of the following recipients was rejected by a
remote mail server" heading) is left to the remote provider's and the generic rules.
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import Mail
from classifier.records import Reason as R
from classifier.reporters import Reading, by_wording, received_text, words_name_another

NAME = "ezweb"

_SENTENCES = (
    ("the user(s) account is temporarily over quota", R.MAILBOXFULL),
    ("the user(s) account is disabled", R.SUSPEND),
    ("the user(s) account is temporarily limited", R.SUSPEND),
    ("your message was not delivered within ", R.EXPIRED),
)


def wrote(mail: Mail) -> bool:
    sender = mail.from_
    signs = ("postmaster@ezweb.ne.jp" in sender or "postmaster@au.com" in sender) \
        + (mail.subject.strip() == "Mail System Error - Returned Mail") \
        + mail.header("message-id").rstrip().endswith((".ezweb.ne.jp>", ".au.com>"))
    if signs != 1:
        return signs >= 2  # the Received sign, asked last (every message), cannot change it
    hops = received_text(mail)
    return "ezweb.ne.jp (EZweb Mail) with" in hops or ".au.com (" in hops


def read(mail: Mail, fact: Fact, text: str) -> Reading | None:
    if mail.header("x-spasign").strip().upper() == "NG":
        return Reading(reason=R.FILTERED, reporter=NAME)
    notice = " ".join(mail.notice[:4000].lower().split())
    reason = by_wording(notice, _SENTENCES)
    if reason is not None:
        return Reading(reason=reason, reporter=NAME)
    if fact.smtp_command == "RCPT" and ">>> rcpt to" in notice and not words_name_another(text, "RCPT"):
        # (Not a refusal whose own words name another cause: "554 5.7.1 Client host [ip] blocked using
        # zen.spamhaus.org", "Relay access denied" at RCPT; audit 35e.)
        return Reading(reason=R.USERUNKNOWN, reporter=NAME)
    return None
