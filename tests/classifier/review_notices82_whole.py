"""Review 82's whole notices (review_notices82.py names the audit): the hard-side words in mail that is no
bounce of the recipient, or a bounce of someone else. A prospect's out-of-office and a person's reply that
quote "User unknown" (the prospect's own address in the quoted line); a colleague's note about a mailbox
"unavailable" for now; a mailing-list digest whose messages discuss "User unknown" logs; a challenge-response
request that calls our sender "unknown"; an NDR for a Cc'd colleague where the prospect is named only in the
returned original's To:; Exim refusing our sender's callout ("Sender verify failed" after a quoted "User
unknown"); Exim giving up on a 451 "user unknown" (a directory lookup failing: temporary); Gmail's delay DSN
quoting a 450 "User unknown". Controls: the same NDR layouts where the prospect is the one refused.

Layouts: review_notices34_layouts.mail (a person's or a responder's mail), review_notices14_layouts.postfix /
exim (Postfix bounce(8), Exim deliver.c), notices.gmail_own / exchange_own. Expectations written from the words
and taxonomy.md §4-5 BEFORE the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_notices14_layouts import exim, pf_said, postfix
from tests.classifier.review_notices34_layouts import mail

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
COLL = "old.colleague@partner.example"
ME = "seller@example.com"
UNK = ("userunknown",)
_REPLY = "In-Reply-To: <r82-orig@example.com>\nReferences: <r82-orig@example.com>\n"
_AUTO = "Auto-Submitted: auto-replied\n" + _REPLY
RFC3834 = "RFC 3834 auto-reply (Auto-Submitted: auto-replied), taxonomy.md section 5: no bounce; text HAND-MADE"
PERSON = "a person's reply (taxonomy.md section 5: ordinary mail is no bounce; autoreply_variants D); HAND-MADE"
DIGEST = ("Mailman 2 digest layout (Mailman/Handlers/ToDigest.py: 'Send <list> mailing list submissions to', "
          "'Today's Topics:', 'Message: N'); the messages HAND-MADE")
TMDA = ("challenge-response request in the manner of TMDA's templates/confirm_request.txt (held pending "
        "confirmation); HAND-MADE")
PF_CC = "Postfix bounce(8) (review_notices14_layouts.postfix) for a Cc'd colleague; the prospect only in the original"
EXO_CC = "Exchange Online NDR (notices.exchange_own) for a Cc'd colleague; the prospect only in the original"
EXIM_CALLOUT = "Exim deliver.c bounce (review_notices14_layouts.exim) quoting the remote's acl.c sender callout"
EXIM_RETRY = "Exim deliver.c bounce after 'retry timeout exceeded' (transports/smtp.c), the last reply a 451"
GMAIL_DELAY = "Gmail's own delay DSN (shared/api/gmail.md section 9, Action: delayed), the remote 450 quoted"

_UNKNOWN_REPLY = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table"


def _exo_cc() -> bytes:
    """Exchange Online's NDR for the colleague; the original's To: names the prospect (delivered)."""
    raw = exchange_own(f"550 5.1.1 <{COLL}>: Recipient address rejected: User unknown in local recipient table",
                       status="5.1.1", body=f"Your message to {COLL} couldn't be delivered.", address=COLL)
    return raw.replace(f"To: {COLL}\nSubject: Quick question".encode(),
                       f"To: {LEAD}\nCc: {COLL}\nSubject: Quick question".encode())


def _digest() -> bytes:
    body = ("Send postfix-users mailing list submissions to\n\tpostfix-users@lists.example.net\n\n"
            "Today's Topics:\n\n   1. User unknown in local recipient table after upgrade (Ann)\n"
            "   2. Re: Sender address rejected: Domain not found (Bob)\n\n"
            "----------------------------------------------------------------------\n\nMessage: 1\n"
            "From: Ann <ann@example.net>\nSubject: User unknown in local recipient table after upgrade\n\n"
            "Since the upgrade every message bounces with:\n"
            "  status=bounced (host mx.example.net[192.0.2.8] said: 550 5.1.1 <info@example.net>: Recipient "
            "address rejected: User unknown in local recipient table (in reply to RCPT TO command))\n"
            "What did I miss?\n\n------------------------------\n\nMessage: 2\nFrom: Bob <bob@example.net>\n"
            "Subject: Re: Sender address rejected: Domain not found\n\n"
            "Your sender domain does not exist in DNS; fix the A record.\n\n"
            "End of postfix-users Digest, Vol 212, Issue 4\n")
    return mail("postfix-users-request@lists.example.net", "postfix-users Digest, Vol 212, Issue 4", body,
                "List-Id: <postfix-users.lists.example.net>\nPrecedence: list\n")


def _challenge() -> bytes:
    body = (f"Hello,\n\nYour message to <{LEAD}> with the subject \"Quick question\" is being held because your "
            f"address <{ME}> is unknown to the recipient.\n\nTo release it for delivery, simply reply to this "
            "message. Unconfirmed messages are deleted after 14 days.\n\n-- the mail system at partner.example\n")
    return mail("<lead-confirm+1764756000.abc123@partner.example>", "Please confirm your message (Quick question)",
                body, "Auto-Submitted: auto-replied\nPrecedence: bulk\n")


WHOLE_ROWS = [
    ("w-ooo-quotes-user-unknown", RFC3834, mail(f"Lena Lead <{LEAD}>", "Automatic reply: Quick question",
     "I am out of the office until 14 December. Note: our old domain partner-old.example no longer exists, and "
     "mail to it returns 'User unknown'. Please write to me at this address.", _AUTO), []),
    ("w-person-quotes-own-bounce", PERSON, mail(f"Lena Lead <{LEAD}>", "Re: Quick question",
     f"Hi, your first attempt bounced at our end with\n\n  {_UNKNOWN_REPLY}\n\nwhile IT moved us to the new "
     "server. It's fixed now, and yes, I'd be glad to talk on Tuesday.\n\nLena", _REPLY), []),
    ("w-colleague-mailbox-unavailable", PERSON, mail("Kim Ng <kim@partner.example>", "Re: Quick question",
     "Hi, Lena asked me to answer: her mailbox is unavailable until January while we migrate, so any 'mailbox "
     "unavailable' errors you see are ours. She'll be back in touch then.\n\nKim", _REPLY, to=ME), []),
    ("w-digest-user-unknown", DIGEST, _digest(), []),
    ("w-challenge-sender-unknown", TMDA, _challenge(), []),
    ("w-postfix-cc-only", PF_CC, postfix("r82cc", [(COLL, None, pf_said(COLL, f"550 5.1.1 <{COLL}>: Recipient "
     "address rejected: User unknown in local recipient table"))], [(COLL, None, "5.1.1", f"550 5.1.1 <{COLL}>: "
     "Recipient address rejected: User unknown in local recipient table")], to=LEAD, cc=COLL),
     [(COLL, True, UNK, R, False)]),
    ("w-exo-cc-only", EXO_CC, _exo_cc(), [(COLL, True, UNK, R, False)]),
    ("w-exim-sender-callout", EXIM_CALLOUT, exim("r82cb", [(LEAD, "mx.partner.example [192.0.2.25]",
     f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550-Verification failed for <{ME}>\n"
     f"550-Called:   192.0.2.9\n550-Sent:     RCPT TO:<{ME}>\n550-Response: 550 5.1.1 <{ME}>: Recipient address "
     "rejected: User unknown\n550 Sender verify failed")], to=LEAD,
     dsn=[(LEAD, f"550-Verification failed for <{ME}> 550-Response: 550 5.1.1 <{ME}>: Recipient address "
           "rejected: User unknown 550 Sender verify failed")]), [(LEAD, False, (), S, False)]),
    ("w-exim-retry-451-user-unknown", EXIM_RETRY, exim("r82rt", [(LEAD, "mx.partner.example [192.0.2.25]",
     f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 451 4.3.0 <{LEAD}>: user unknown (directory "
     "lookup failed, try again later): retry timeout exceeded")], to=LEAD,
     dsn=[(LEAD, f"451 4.3.0 <{LEAD}>: user unknown (directory lookup failed, try again later)")]),
     [(LEAD, False, (), ANY, False)]),
    ("w-gmail-delay-user-unknown", GMAIL_DELAY, gmail_own(f"450 4.1.1 <{LEAD}>: Recipient address rejected: User "
     "unknown in local recipient table", status="4.1.1", heading="Delivery incomplete", body="There was a "
     f"temporary problem delivering your message to {LEAD}. Gmail will retry for 47 more hours. You'll be "
     "notified if the delivery fails permanently.", address=LEAD, remote="mx.partner.example", action="delayed"),
     [(LEAD, False, (), ANY, True)]),
    # Controls: the prospect is the one refused, in the same layouts.
    ("w-ctl-postfix-lead", PF_CC, postfix("r82cl", [(LEAD, None, pf_said(LEAD, _UNKNOWN_REPLY))],
     [(LEAD, None, "5.1.1", _UNKNOWN_REPLY)], to=LEAD, cc=COLL), [(LEAD, True, UNK, R, False)]),
    ("w-ctl-exim-lead", EXIM_CALLOUT, exim("r82cx", [(LEAD, "mx.partner.example [192.0.2.25]",
     f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: {_UNKNOWN_REPLY}")], to=LEAD,
     dsn=[(LEAD, _UNKNOWN_REPLY)]), [(LEAD, True, UNK, R, False)]),
]

# ---- round 7 (expectations before running): the sender refusals of review_notices82.SENDER in other MTAs' notices.
# qmail-remote frames any RCPT refusal "does not like recipient." (qmail-remote.c) whatever the reply says; Exim
# "SMTP error from remote mail server after RCPT TO:<a>:" (transports/smtp.c); Sendmail's DSN with the reply as the
# reason and its transcript (savemail.c errbody). Postfix answers a sender check at RCPT under smtpd_delay_reject.
from tests.classifier.review_notices14_layouts import qmail, sendmail  # noqa: E402

QMAIL_SRC = "qmail-send.c bounce ('does not like recipient.', qmail-remote.c) quoting Postfix's sender check at RCPT"
EXIM_SRC = "Exim deliver.c bounce ('SMTP error from remote mail server after RCPT TO:') quoting a sender check"
SM_SRC = "Sendmail savemail.c DSN (reason, transcript, Diagnostic-Code) quoting a sender check at RCPT"
_SENDER_UNLISTED = f"550 5.1.0 <{ME}>: Sender address rejected: User unknown in local recipient table"
_SENDER_DOMAIN = f"550 5.1.8 <{ME}>: Sender address rejected: Domain not found"
WHOLE_ROWS += [
    ("w-qmail-sender-unlisted", QMAIL_SRC, qmail("r82q1", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host "
     f"said: {_SENDER_UNLISTED}\nGiving up on 192.0.2.25.")], to=LEAD), [(LEAD, False, (), ANY, False)]),
    ("w-qmail-sender-domain", QMAIL_SRC, qmail("r82q2", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host "
     f"said: {_SENDER_DOMAIN}\nGiving up on 192.0.2.25.")], to=LEAD), [(LEAD, False, (), ANY, False)]),
    ("w-exim-sender-unlisted", EXIM_SRC, exim("r82e1", [(LEAD, "mx.partner.example [192.0.2.25]",
     f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: {_SENDER_UNLISTED}")], to=LEAD,
     dsn=[(LEAD, _SENDER_UNLISTED)]), [(LEAD, False, (), ANY, False)]),
    ("w-sendmail-sender-domain", SM_SRC, sendmail("r82s1", [(f"<{LEAD}>", _SENDER_DOMAIN, None)],
     [(f"<{LEAD}>", None, "5.1.8", _SENDER_DOMAIN)], to=LEAD, transcript=f"... while talking to mx.partner.example.:\n"
     f">>> RCPT To:<{LEAD}>\n<<< {_SENDER_DOMAIN}"), [(LEAD, False, (), ANY, False)]),
    # Controls: the same layouts, the recipient refused.
    ("w-ctl-qmail-lead", QMAIL_SRC, qmail("r82q3", [(LEAD, "192.0.2.25 does not like recipient.\nRemote host said: "
     f"{_UNKNOWN_REPLY}\nGiving up on 192.0.2.25.")], to=LEAD), [(LEAD, True, UNK, R, False)]),
    ("w-ctl-sendmail-lead", SM_SRC, sendmail("r82s2", [(f"<{LEAD}>", _UNKNOWN_REPLY, None)],
     [(f"<{LEAD}>", None, "5.1.1", _UNKNOWN_REPLY)], to=LEAD, transcript=f"... while talking to mx.partner.example.:\n"
     f">>> RCPT To:<{LEAD}>\n<<< {_UNKNOWN_REPLY}\n550 5.1.1 <{LEAD}>... User unknown"), [(LEAD, True, UNK, R,
                                                                                          False)]),
]
