"""Review vintage55's second table (see review_vintage55.py for the review): sendmail 8.9-8.13's returns carrying
AOL's, Hotmail's and Yahoo!'s replies of the 2000s, its delay warning and return receipt; Yahoo!'s own notice;
Exchange 2000/2003 and the Windows SMTP service; qmail with vpopmail / chkuser; ezmlm, Mailman 2.1 and LISTSERV
refusing OUR post; Lotus Domino 5-8, GroupWise's GWIA, Ipswitch IMail, MailEnable; no-failures. Expectations written
before the classifier ran on them (committed first). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_audit35 import delay, hard, soft
from tests.classifier.review_holdout50_layouts import qmail
from tests.classifier.review_notices25_layouts import domino
from tests.classifier.review_old47_layouts import iis_smtp
from tests.classifier.review_vintage55_layouts import LEAD, LIST, OTHER, SM_FATAL, SM_SUCCESS, SM_TRANSIENT, \
    SMTPSVC_DELAY, SMTPSVC_RELAY, courier_relayed, exchange2003, gwia, imail, listserv_rejected, mailenable, \
    mailman_held, mailman_reject, notes_receipt, sendmail8, smtpsvc, vacation1, yahoo_own

R, S, ANY = "recipient", "sender", None
SM8 = "sendmail 8.9-8.13 savemail.c errbody() (freebsd-src usr.sbin/sendmail of the era)"
UNKNOWN = f"550 5.1.1 <{LEAD}>... User unknown"
POLICY = ("rejected", "filtered", "policyviolation", "securityerror", "blocked", "norelaying", "undefined", "onhold")


def _talk(address: str, reply: str, last: str) -> str:
    """sendmail's transcript of a refused RCPT."""
    return f"... while talking to mx.partner.example.:\n>>> RCPT To:<{address}>\n<<< {reply}\n{last}\n"


# ---- (4) sendmail 8.9-8.13 -----------------------------------------------------------------------------------------
AOL = "AOL's '550 MAILBOX NOT FOUND' of the 2000s (weak: as help pages of the time quote it)"
HOT = "Hotmail's '550 Requested action not taken: mailbox unavailable' of the 2000s (weak)"
YAH = ("Yahoo!'s '554 delivery error: dd This user doesn't have a yahoo.com account' of the 2000s (sisimai Lhost/"
       "Yahoo.pm's table quotes the words)")
SM_ROWS = [
    ("v55-sm8-user-unknown", SM8 + "; 8.9's subject 'Returned mail: User unknown'",
     sendmail8("d1", [(LEAD, UNKNOWN)], _talk(LEAD, UNKNOWN, UNKNOWN), [(LEAD, "failed", "5.1.1", UNKNOWN)],
               subject="Returned mail: User unknown"), hard("userunknown")),
    ("v55-sm8-host-unknown", SM8 + "; its 'Host unknown (Name server: %s: host not found)'",
     sendmail8("d2", [(LEAD, "")], f"550 5.1.2 {LEAD}... Host unknown (Name server: partner.example: host not found)",
               [(LEAD, "failed", "5.1.2", "")], subject="Returned mail: Host unknown (Name server: partner.example: "
               "host not found)"), hard("hostunknown")),
    ("v55-sm8-five-days", SM8 + "; 8.9's 'Returned mail: Cannot send message for 5 days', 'Message could not be "
     "delivered for 5 days', 'Message will be deleted from queue'",
     sendmail8("d3", [(LEAD, "")], f"{LEAD}... Deferred: Connection timed out with mx.partner.example.\nMessage could "
               "not be delivered for 5 days\nMessage will be deleted from queue", [(LEAD, "failed", "4.4.7", "")],
               subject="Returned mail: Cannot send message for 5 days"), soft("expired", scope=ANY)),
    ("v55-sm8-warning-4-hours", SM8 + "; its warning ('Warning: could not send message for past 4 hours', 'THIS IS A "
     "WARNING MESSAGE ONLY', 'Warning: message still undelivered after 4 hours', 'Will keep trying until message is "
     "5 days old')",
     sendmail8("d4", [(LEAD, "")], f"{LEAD}... Deferred: Connection timed out with mx.partner.example.\nWarning: "
               "message still undelivered after 4 hours\nWill keep trying until message is 5 days old",
               [(LEAD, "delayed", "4.4.1", "")], subject="Warning: could not send message for past 4 hours",
               heading=SM_TRANSIENT), delay(scope=ANY)),
    ("v55-sm8-two", SM8 + " (two addresses, two transcripts)",
     sendmail8("d5", [(LEAD, UNKNOWN), (OTHER, f"552 5.2.2 <{OTHER}>... Mailbox full")],
               _talk(LEAD, UNKNOWN, UNKNOWN) + _talk(OTHER, f"552 5.2.2 <{OTHER}>... Mailbox full",
                                                     f"552 5.2.2 <{OTHER}>... Mailbox full"),
               [(LEAD, "failed", "5.1.1", UNKNOWN), (OTHER, "failed", "5.2.2", f"552 5.2.2 <{OTHER}>... Mailbox full")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("v55-sm8-aol-mailbox-not-found", SM8 + "; " + AOL,
     sendmail8("d6", [("lead@aol.com", "550 MAILBOX NOT FOUND")], _talk("lead@aol.com", "550 MAILBOX NOT FOUND",
               "550 <lead@aol.com>... User unknown"), [("lead@aol.com", "failed", "5.1.1", "550 MAILBOX NOT FOUND")]),
     hard("userunknown", address="lead@aol.com")),
    ("v55-sm8-hotmail-unavailable", SM8 + "; " + HOT,
     sendmail8("d7", [("lead@hotmail.com", "550 Requested action not taken: mailbox unavailable")],
               _talk("lead@hotmail.com", "550 Requested action not taken: mailbox unavailable",
                     "550 5.1.1 <lead@hotmail.com>... User unknown"),
               [("lead@hotmail.com", "failed", "5.1.1", "550 Requested action not taken: mailbox unavailable")]),
     hard("userunknown", address="lead@hotmail.com")),
    ("v55-sm8-yahoo-no-account", SM8 + "; " + YAH,
     sendmail8("d8", [("lead@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account "
                       "(lead@yahoo.com) [0] - mta112.mail.re4.yahoo.com")],
               _talk("lead@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account "
                     "(lead@yahoo.com) [0] - mta112.mail.re4.yahoo.com", "554 5.0.0 Service unavailable"),
               [("lead@yahoo.com", "failed", "5.0.0", "554 delivery error: dd This user doesn't have a yahoo.com "
                 "account (lead@yahoo.com) [0] - mta112.mail.re4.yahoo.com")]),
     hard("userunknown", address="lead@yahoo.com")),
    ("v55-sm8-return-receipt", SM8 + "; its return receipt (Subject 'Return receipt', successful delivery "
     "notifications; Action: delivered): no failure",
     sendmail8("d9", [(LEAD, "")], "", [(LEAD, "delivered", "2.0.0", "")], subject="Return receipt",
               heading=SM_SUCCESS).replace(f"<{LEAD}>\n\n".encode(), f"<{LEAD}>  (delivered to mailbox)\n\n".encode()),
     []),
]
_ = SM_FATAL  # the default heading, named for the reader

# ---- (5) Yahoo!'s own notice ---------------------------------------------------------------------------------------
YO = "Yahoo! Mail's own notice of the 2000s (sisimai Lhost/Yahoo.pm / X2.pm markers); the reason: "
YAHOO_ROWS = [
    ("v55-yahoo-own-no-account", YO + "its own 'This user doesn't have a yahoo.com account (%s) [0]'",
     yahoo_own("y1", "lead@yahoo.com", "This user doesn't have a yahoo.com account (lead@yahoo.com) [0]"),
     hard("userunknown", address="lead@yahoo.com")),
    ("v55-yahoo-own-remote-full", YO + "a remote's reply as Yahoo! quoted it ('Remote host said: ... [RCPT_TO]')",
     yahoo_own("y2", LEAD, f"Remote host said: 552 5.2.2 <{LEAD}>... Mailbox full [RCPT_TO]"), soft("mailboxfull")),
]

# ---- (6) Exchange 2000/2003, the Windows SMTP service --------------------------------------------------------------
KB = "KB 284204 (Exchange 2000/2003 DSNs: 'The following recipient(s) could not be reached:', its explanations)"
EXPL_UNKNOWN = ("The e-mail account does not exist at the organization this message was sent to.  Check the e-mail "
                "address, or contact the recipient directly to find out the correct address.")
EXPL_FULL = ("The recipient's mailbox is full and can't accept messages now.  Please try resending this message later, "
             "or contact the recipient directly.")
EXPL_GENERIC = ("The e-mail system was unable to deliver the message, but did not report a specific reason.  Check "
                "the address and try again.  If it still fails, contact your system administrator.")
EXPL_TIME = "Could not deliver the message in the time limit specified.  Please retry or contact your administrator."
EX_ROWS = [
    ("v55-ex2003-account-does-not-exist", KB + " (#5.1.1)",
     exchange2003("e1", [(LEAD, EXPL_UNKNOWN, "<exch01.corp.example #5.1.1>")]), hard("userunknown")),
    ("v55-ex2003-mailbox-full", KB + " (#5.2.2)",
     exchange2003("e2", [(LEAD, EXPL_FULL, "<exch01.corp.example #5.2.2>")]), soft("mailboxfull")),
    ("v55-ex2003-remote-user-unknown", KB + " (the generic explanation over a remote's reply, '#5.0.0 smtp;...'); " + SM8,
     exchange2003("e3", [(LEAD, EXPL_GENERIC, f"<mx.partner.example #5.0.0 smtp;{UNKNOWN}>")]), hard("userunknown")),
    ("v55-ex2003-time-limit", KB + " (#4.4.7: the time limit; delivery given up)",
     exchange2003("e4", [(LEAD, EXPL_TIME, "<exch01.corp.example #4.4.7>")]), soft("expired", scope=ANY)),
    ("v55-ex2003-two", KB, exchange2003("e5", [(LEAD, EXPL_UNKNOWN, "<exch01.corp.example #5.1.1>"),
                                               (OTHER, EXPL_FULL, "<exch01.corp.example #5.2.2>")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("v55-ex2003-remote-sender-domain", KB + " (generic explanation); the remote's: " + SM8 + " check_mail",
     exchange2003("e6", [(LEAD, EXPL_GENERIC, "<mx.partner.example #5.0.0 smtp;553 5.1.8 <seller@example.com>... "
                          "Domain of sender address seller@example.com does not exist>")]), soft("rejected", scope=S)),
    ("v55-smtpsvc-delay", KB + " and Q295734 (the SMTP service's delay notice, 'THIS IS A WARNING MESSAGE ONLY.')",
     smtpsvc("w1", LEAD, SMTPSVC_DELAY, "delayed", "4.4.7", "Delivery Status Notification (Delay)"), delay(scope=ANY)),
    ("v55-smtpsvc-relayed", KB + " (the relay notice: relayed, notifications may not be generated): no failure",
     smtpsvc("w2", LEAD, SMTPSVC_RELAY, "relayed", "2.0.0", "Delivery Status Notification (Relay)"), []),
    ("v55-iis-mailbox-full", "KB Q295734 (the Windows 2000 SMTP service's DSN, old47's layout); " + SM8,
     iis_smtp("w3", LEAD, status="5.2.2", diagnostic=f"smtp;552 5.2.2 <{LEAD}>... Mailbox full"), soft("mailboxfull")),
]

# ---- (7) qmail with vpopmail / chkuser; ezmlm; Mailman; LISTSERV ---------------------------------------------------
CHK = "chkuser 2.0 chkuser_settings.h (its SMTP strings) behind qmail-send's bounce (holdout50's layout): "
VPOP = "vpopmail vdelivermail's 'Sorry, no mailbox here by that name. vpopmail (#5.1.1)' (weak: recalled)"


def _remote(reply: str) -> str:
    return f"192.0.2.7 does not like recipient.\nRemote host said: {reply}\nGiving up on 192.0.2.7."


QM_ROWS = [
    ("v55-chkuser-no-mailbox", CHK + "CHKUSER_NORCPT_STRING",
     qmail("q1", LEAD, detail=_remote("511 sorry, no mailbox here by that name (#5.1.1 - chkuser)")), hard("userunknown")),
    ("v55-chkuser-mailbox-full", CHK + "CHKUSER_MBXFULL_STRING",
     qmail("q2", LEAD, detail=_remote("522 sorry, recipient mailbox is full (#5.2.2 - chkuser)")), soft("mailboxfull")),
    ("v55-chkuser-security-policies", CHK + "CHKUSER_MAXWRONGRCPT_STRING (too many wrong recipients in the session: "
     "the sender's behaviour, under #5.1.1)",
     qmail("q3", LEAD, detail=_remote("571 sorry, you are violating our security policies (#5.1.1 - chkuser)")),
     soft(*POLICY, "speeding", "toomanyconn", scope=ANY)),
    ("v55-chkuser-sender-mx", CHK + "CHKUSER_SENDERMX_STRING (OUR domain's MX, under #5.1.1)",
     qmail("q4", LEAD, detail=_remote("511 sorry, can't find a valid MX for sender domain (#5.1.1 - chkuser)")),
     soft("rejected", scope=S)),
    ("v55-chkuser-rcpt-mx", CHK + "CHKUSER_RCPTMX_STRING (the recipient's domain has no MX)",
     qmail("q5", LEAD, detail=_remote("511 sorry, can't find a valid MX for rcpt domain (#5.1.1 - chkuser)")),
     hard("hostunknown", "userunknown")),
    ("v55-vpopmail-no-mailbox", VPOP + "; qmail-send's local delivery layout",
     qmail("q6", LEAD, detail="Sorry, no mailbox here by that name. vpopmail (#5.1.1)"), hard("userunknown")),
]
EZ = "ezmlm-idx's ezmlmrc (the -make template's echo when ezmlm-issubn refuses a non-subscriber; weak: recalled)"
LIST_ROWS = [
    ("v55-ezmlm-subscribers-only", EZ + "; qmail-send's bounce",
     qmail("l1", LIST, detail="Sorry, only subscribers may post. If you are a subscriber, please forward this message "
           "to sales-owner@lists.partner.example to get your new address included (#5.7.2)"),
     soft(*POLICY, address=LIST, scope=ANY)),
    ("v55-ezmlm-too-large", "ezmlm-reject.c ('Sorry, I don't accept messages larger than %d bytes (#5.2.3)'); "
     "qmail-send's bounce", qmail("l2", LIST, detail="Sorry, I don't accept messages larger than 100000 bytes "
                                  "(#5.2.3)"), soft("mesgtoobig", "exceedlimit", address=LIST, scope=ANY)),
    ("v55-mailman-not-allowed", "Mailman 2.1 Bouncer.py BounceMessage() and Handlers/Moderate.py's RejectMessage "
     "text ('You are not allowed to post to this mailing list, and your message has been automatically rejected.')",
     mailman_reject("l3", "You are not allowed to post to this mailing list, and your message has been\nautomatically "
                    "rejected.  If you think that your messages are being rejected in\nerror, contact the mailing list "
                    "owner at sales-owner@lists.partner.example."), soft(*POLICY, address=LIST, scope=ANY)),
    ("v55-mailman-held", "Mailman 2.1 Handlers/Hold.py, templates/en/postheld.txt: held for approval, no failure",
     mailman_held("l4", "Post by non-member to a members-only list"), []),
    ("v55-listserv-not-authorized", "LISTSERV's 'Rejected posting to' notice (framed, weak: recalled)",
     listserv_rejected("l5"), soft(*POLICY, address="sales-l@listserv.partner.example", scope=ANY)),
]

# ---- (8) Domino 5-8, GroupWise's GWIA, IMail, MailEnable ------------------------------------------------------------
DOM = "Domino's router notice (review 25's layout after sisimai Lhost/Domino.pm); the reason: "
MISC_ROWS = [
    ("v55-domino5-public-nab", DOM + "Domino 5's 'User %s (%s) not listed in public Name & Address Book'",
     domino("v55dom1", LEAD, f"User lead ({LEAD}) not listed in public Name & Address Book"), hard("userunknown")),
    ("v55-domino-hop-count", DOM + "Domino's router 'Maximum hop count exceeded.  Message probably in a routing loop.'",
     domino("v55dom2", LEAD, "Maximum hop count exceeded.  Message probably in a routing loop."),
     soft("systemerror", "networkerror", scope=ANY)),
    ("v55-gwia-user-not-found", "GroupWise GWIA (sympa's groupwise7 branch and a GWIA.GATEWAY reader quote the layout; "
     "'(user not found)' as classifier/older_servers.py's GroupWise note cites the Troubleshooting guide)",
     gwia("g1", [(LEAD, "user not found")]), hard("userunknown")),
    ("v55-gwia-two", "GroupWise GWIA (as above); a second recipient's 'host not found'",
     gwia("g2", [(LEAD, "user not found"), ("other@partner-gone.example", "host not found")]),
     hard("userunknown") + hard("hostunknown", address="other@partner-gone.example")),
    ("v55-imail-unknown-user", "IMail's 'Unknown user: <addr>' (classifier/reporters/imail.py's note)",
     imail("im1", f"Unknown user: {LEAD}", LEAD), hard("userunknown")),
    ("v55-imail-failed-attempts", "IMail's 'Delivery failed N attempts: <addr>' (sisimai Lhost/IMailServer.pm's "
     "'Delivery failed \\d+ attempts' expired pattern)", imail("im2", f"Delivery failed 5 attempts: {LEAD}", LEAD),
     soft("expired", scope=ANY)),
    ("v55-mailenable-user-unknown", "MailEnable (as quoted in code-corpus comments and tests); " + SM8,
     mailenable("me1", [(LEAD, f"Remote SMTP Server Returned: {UNKNOWN}")]), hard("userunknown")),
    ("v55-mailenable-spf", "MailEnable (as above; the quoted notice's own 'SPF: %s is not allowed to send mail from')",
     mailenable("me2", [(LEAD, "Remote SMTP Server Returned: 550 SPF: 192.0.2.25 is not allowed to send mail from "
                        "example.com")]), soft("authfailure", "policyviolation", "blocked", "rejected", scope=ANY)),
    ("v55-mailenable-two-gmail", "MailEnable (a code-corpus test's two Gmail recipients)",
     mailenable("me3", [(LEAD, "Remote SMTP Server Returned: 550-5.1.1 The email account that you tried to reach does "
                        "not exist."), (OTHER, "Remote SMTP Server Returned: 552-5.2.2 The email account that you "
                                        "tried to reach is over quota.")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
]

# ---- (9) no failure ------------------------------------------------------------------------------------------------
NONE_ROWS = [
    ("v55-vacation1-bsd", "BSD vacation(1) man page's example message file: an auto-reply, no failure",
     vacation1("nv1"), []),
    ("v55-notes-return-receipt", "Lotus Notes' return receipt (weak: recalled): no failure", notes_receipt("nv2"), []),
    ("v55-courier-relayed", "courier/doc/courierdsn.html (Courier 0.10's relay notice): no failure",
     courier_relayed("nv3", LEAD), []),
]

ROWS = SM_ROWS + YAHOO_ROWS + EX_ROWS + QM_ROWS + LIST_ROWS + MISC_ROWS + NONE_ROWS
