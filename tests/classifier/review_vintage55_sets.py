"""Review vintage55's third table (see review_vintage55.py): the same older systems' notices for THREE or more
recipients, or two under one reason, since the exact recipient set is judged: Sun's / PMDF's blocks, InterMail's
Recipient / Reason pairs, NMS's list under one reason, Exchange 2003's list, GWIA's statuses, MailEnable's list,
qmail-send's blocks, sendmail 8's fatal list and its warning, the Messaging Server's delay. Expectations written before
the classifier ran on them (committed first). All HAND-MADE.

First run (after the mends of review_vintage55.py): 10/10 rows right, exact recipient set 10/10 (25 recipients),
reason 25/25, hard/soft 25/25, false hards 0, false softs 0."""

from __future__ import annotations

from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_holdout50_layouts import qmail
from tests.classifier.review_vintage55_layouts import LEAD, OTHER, SM_TRANSIENT, exchange2003, gwia, intermail, \
    mailenable, nms, sendmail8, sun

R, S, ANY = "recipient", "sender", None
THIRD = "third@partner.example"
SM = "sendmail 8.9-8.13 (its own reply texts)"
SM8 = "sendmail 8.9-8.13 savemail.c errbody() (freebsd-src usr.sbin/sendmail of the era)"
SUN = "sisimai lib/Sisimai/Lhost/MessagingServer.pm (its comments quote the notice, one block per recipient)"
IM = "InterMail's 'Each of the following recipients was rejected by a remote mail server' (sisimai EZweb; a forum quote)"
KB = "KB 284204 (Exchange 2000/2003 DSNs)"
RSR = "Remote SMTP server has rejected address"


def _u(a: str) -> str:
    return f"550 5.1.1 <{a}>... User unknown"


def _f(a: str) -> str:
    return f"552 5.2.2 <{a}>... Mailbox full"


def _remote(reply: str) -> str:
    return f"192.0.2.7 does not like recipient.\nRemote host said: {reply}\nGiving up on 192.0.2.7."


EX_UNKNOWN = ("The e-mail account does not exist at the organization this message was sent to.  Check the e-mail "
              "address, or contact the recipient directly to find out the correct address.")
EX_FULL = ("The recipient's mailbox is full and can't accept messages now.  Please try resending this message later, "
           "or contact the recipient directly.")
EX_TIME = "Could not deliver the message in the time limit specified.  Please retry or contact your administrator."

ROWS = [
    ("v55-s-sun-three", SUN + "; " + SM + "; PMDF's 'Illegal host/domain name found'",
     sun("t1", [(LEAD, RSR, _u(LEAD), "5.1.1"), (OTHER, RSR, _f(OTHER), "5.2.2"),
                ("third@partner-gone.example", "Illegal host/domain name found", "", "5.1.2")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER) + hard("hostunknown", address="third@partner-gone.example")),
    ("v55-s-sun-delayed-two", SUN + "; its delay notice (weak: recalled wording), two recipients",
     sun("t2", [(LEAD, "Delivery attempts are continuing", "421 4.4.2 mx.partner.example timed out", "4.4.2"),
                (OTHER, "Delivery attempts are continuing", "421 4.4.2 mx.partner.example timed out", "4.4.2")],
         delayed=True), delay(scope=ANY) + delay(scope=ANY, address=OTHER)),
    ("v55-s-im-three", IM + "; " + SM,
     intermail("t3", "Each of the following recipients was rejected by a remote mail server.\nThe reasons given by the "
               "server are included to help you determine why\neach recipient was rejected.\n\n"
               f"    Recipient: <{LEAD}>\n    Reason:    <{LEAD}>... User unknown\n\n"
               f"    Recipient: <{OTHER}>\n    Reason:    <{OTHER}>... Mailbox full\n\n"
               f"    Recipient: <{THIRD}>\n    Reason:    <{THIRD}>... User unknown", LEAD),
     hard("userunknown") + soft("mailboxfull", address=OTHER) + hard("userunknown", address=THIRD)),
    ("v55-s-nms-quota-two", "Mailman 2.x Bouncers/Netscape.py (NMS's list under one reason); InterMail's 'The user(s) "
     "account is temporarily over quota.' (sisimai EZweb)",
     nms("t4", "The user(s) account is temporarily over quota.", [LEAD, OTHER], status="5.2.2"),
     soft("mailboxfull") + soft("mailboxfull", address=OTHER)),
    ("v55-s-ex2003-three", KB + " (#5.1.1, #5.2.2, #4.4.7)",
     exchange2003("t5", [(LEAD, EX_UNKNOWN, "<exch01.corp.example #5.1.1>"), (OTHER, EX_FULL, "<exch01.corp.example "
                  "#5.2.2>"), (THIRD, EX_TIME, "<exch01.corp.example #4.4.7>")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER) + soft("expired", scope=ANY, address=THIRD)),
    ("v55-s-gwia-three", "GroupWise GWIA (sympa's groupwise7 branch; '(user not found)' per older_servers' GroupWise "
     "note)", gwia("t6", [(LEAD, "user not found"), (OTHER, "user not found"), (THIRD, "user not found")]),
     hard("userunknown") + hard("userunknown", address=OTHER) + hard("userunknown", address=THIRD)),
    ("v55-s-mailenable-three", "MailEnable (as quoted in code-corpus comments and tests); " + SM,
     mailenable("t7", [(LEAD, f"Remote SMTP Server Returned: {_u(LEAD)}"), (OTHER, f"Remote SMTP Server Returned: "
                        f"{_f(OTHER)}"), (THIRD, f"Remote SMTP Server Returned: {_u(THIRD)}")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER) + hard("userunknown", address=THIRD)),
    ("v55-s-chkuser-two", "chkuser 2.0 chkuser_settings.h (CHKUSER_NORCPT_STRING, CHKUSER_MBXFULL_STRING) behind "
     "qmail-send's bounce, one block per address",
     qmail("t8", LEAD, detail=_remote("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)") + f"\n\n<{OTHER}>:\n"
           + _remote("522 sorry, recipient mailbox is full (#5.2.2 - chkuser)")),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("v55-s-sm8-three", SM8 + " (three addresses, three transcripts)",
     sendmail8("t9", [(LEAD, _u(LEAD)), (OTHER, _f(OTHER)), (THIRD, _u(THIRD))],
               "".join(f"... while talking to mx.partner.example.:\n>>> RCPT To:<{a}>\n<<< {r}\n{r}\n"
                       for a, r in ((LEAD, _u(LEAD)), (OTHER, _f(OTHER)), (THIRD, _u(THIRD)))),
               [(LEAD, "failed", "5.1.1", _u(LEAD)), (OTHER, "failed", "5.2.2", _f(OTHER)),
                (THIRD, "failed", "5.1.1", _u(THIRD))]),
     hard("userunknown") + soft("mailboxfull", address=OTHER) + hard("userunknown", address=THIRD)),
    ("v55-s-sm8-warning-two", SM8 + "; its 4-hour warning for two addresses",
     sendmail8("ta", [(LEAD, ""), (OTHER, "")], f"{LEAD}... Deferred: Connection timed out with mx.partner.example.\n"
               f"{OTHER}... Deferred: Connection timed out with mx.partner.example.\nWarning: message still undelivered "
               "after 4 hours\nWill keep trying until message is 5 days old",
               [(LEAD, "delayed", "4.4.1", ""), (OTHER, "delayed", "4.4.1", "")],
               subject="Warning: could not send message for past 4 hours", heading=SM_TRANSIENT),
     delay(scope=ANY) + delay(scope=ANY, address=OTHER)),
]
