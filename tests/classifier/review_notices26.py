"""The twenty-sixth review's whole notices: the older MTAs' and groupware's own notice shapes that
flufl.bounce's detectors recognise (flufl.bounce 4.x on PyPI, flufl/bounce/_detectors/*.py, read
as an OUTSIDE OPINION: only the detector code, never its test messages). Each detector names a
notice shape by its start marker, the line that carries the failed address and its end marker
(simplematch.py's and simplewarning.py's tables; qmail.py's intro lines after QSBMF,
cr.yp.to/proto/qsbmf.txt; exim.py's X-Failed-Recipients; postfix.py's Content-Description
'Notification'; yahoo.py, aol.py, netscape.py, groupwise.py, microsoft.py, smtp32.py, sina.py,
yale.py, llnl.py, caiwireless.py, exchange.py). Every notice below is the shortest plausible whole
notice in that shape, HAND-MADE: the marker lines are the detector's, the rest (reason lines,
hosts, the returned original) written here, after the real MTA's own wording where a source is
cited. The expectations are the notice's own words read by the taxonomy
(shared/classifier/taxonomy.md), written before the classifier ran; simplewarning's shapes are
delay notices (delay True, soft). test_review_notices26.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices26_layouts import (A, EXIM_SPEC, FILTERED, FLUFL, FULL, GONE, Q_SOURCE, QSBMF,
                                                      SELLER, hard, mixed, plain, qmail, soft, without_original)
from tests.classifier.review_notices26_multi import MULTI
from tests.classifier.review_notices26_simple import SIMPLEMATCH, SIMPLEWARNING

QMAIL = [
    ("qmail-send-program", Q_SOURCE.format("Hi. This is the"),
     qmail("qmail-send-program", "Hi. This is the qmail-send program at mx.example.net.",
           "Sorry, no mailbox here by that name. (#5.1.1)"), hard(A)),
    ("qmail-remote-host-said", Q_SOURCE.format("Hi. This is the") + " (qmail-remote's 'said:' line)",
     qmail("qmail-remote-host-said", "Hi. This is the qmail-send program at mx.example.net.",
           "192.0.2.7 does not like recipient.\nRemote host said: 550 5.1.1 <lead@buyer.example>: Recipient "
           "address rejected: User unknown in local recipient table\nGiving up on 192.0.2.7."), hard(A)),
    ("qmail-mta-program-at", Q_SOURCE.format("Hi. The MTA program at"),
     qmail("qmail-mta-program-at", "Hi. The MTA program at mx.example.net was unable to deliver your message.",
           "This user's mailbox is full. (#5.2.2)"), soft(A, FULL)),
    ("qmail-delivery-agent-at", Q_SOURCE.format("This is the mail delivery agent at"),
     qmail("qmail-delivery-agent-at", "This is the mail delivery agent at mx.example.net.",
           "Sorry, no mailbox here by that name. (#5.1.1)"), hard(A)),
    ("qmail-were-sorry", Q_SOURCE.format("We're sorry. There's a problem"),
     qmail("qmail-were-sorry", "We're sorry. There's a problem with the e-mail address(es) you're trying to "
           "send to.", "Sorry, no mailbox here by that name. (#5.1.1)"), hard(A)),
    ("qmail-unfortunately", Q_SOURCE.format("Unfortunately, your mail was not delivered"),
     qmail("qmail-unfortunately", "Unfortunately, your mail was not delivered to one or more recipients.",
           "The user's mailbox is over quota. (#5.2.2)"), soft(A, FULL)),
    ("qmail-your-mail-message", Q_SOURCE.format("Your mail message to the following"),
     qmail("qmail-your-mail-message", "Your mail message to the following address(es) could not be delivered.",
           "Sorry, no mailbox here by that name. (#5.1.1)"), hard(A)),
    ("qmail-check-your-send-address", Q_SOURCE.format("Check your send e-mail address."),
     qmail("qmail-check-your-send-address", "Check your send e-mail address.",
           "Sorry, no mailbox here by that name. (#5.1.1)"), hard(A)),
]

QMAIL_REMOTE = "notqmail/notqmail qmail-remote.c (perm_dns, perm_nomx, perm_ambigmx, perm_partialline, smtp())"
QMAIL_SEND = "notqmail/notqmail qmail-send.c (\"I'm not going to try again; this message has been in the queue too long.\")"
QMAIL_REASONS = [
    ("qmail-remote-no-host-named", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-no-host-named", "Hi. This is the qmail-send program at mx.example.net.",
           "Sorry, I couldn't find any host named buyer-gone.example. (#5.1.2)", address=GONE),
     hard(GONE, ("hostunknown",))),
    ("qmail-remote-no-mx-or-ip", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-no-mx-or-ip", "Hi. This is the qmail-send program at mx.example.net.",
           "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", address=GONE),
     hard(GONE, ("hostunknown", "notaccept"))),  # a domain with no mail host: either reading is hard
    ("qmail-remote-ambiguous-mx", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-ambiguous-mx", "Hi. This is the qmail-send program at mx.example.net.",
           "Sorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't in my control/locals "
           "file, so I don't treat it as local. (#5.4.6)"),
     soft(A, ("systemerror", "networkerror"))),
    ("qmail-remote-partial-line", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-partial-line", "Hi. This is the qmail-send program at mx.example.net.",
           "SMTP cannot transfer messages with partial final lines. (#5.6.2)"),
     soft(A, ("contenterror",))),
    ("qmail-remote-sender-rejected", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-sender-rejected", "Hi. This is the qmail-send program at mx.example.net.",
           "Connected to 192.0.2.7 but sender was rejected.\nRemote host said: 553 5.1.8 <seller@example.com>... "
           "Domain of sender address seller@example.com does not exist"),
     soft(A, ("rejected",), "sender")),
    ("qmail-remote-after-data", QMAIL_REMOTE + "; " + QSBMF,
     qmail("qmail-remote-after-data", "Hi. This is the qmail-send program at mx.example.net.",
           "192.0.2.7 failed after I sent the message.\nRemote host said: 554 5.7.1 Message rejected as spam"),
     soft(A, ("spamdetected",), None)),
    ("qmail-send-queue-too-long", QMAIL_SEND + "; " + QMAIL_REMOTE,
     plain("qmail-send-queue-too-long", A,
           "Hi. This is the qmail-send program at mx.example.net.\nI'm afraid I wasn't able to deliver your message "
           "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           f"<{A}>:\nI'm not going to try again; this message has been in the queue too long.\n"
           "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n\n", subject="failure notice",
           original="--- Below this line is a copy of the message.\n"),
     soft(A, ("expired", "networkerror"))),
]

_EXIM_BODY = ("This message was created automatically by mail delivery software.\n\n"
              "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
              "permanent error. The following address(es) failed:\n\n  {a}\n    SMTP error from remote mail "
              "server after RCPT TO:<{a}>:\n    host mx.buyer.example [192.0.2.7]: {reply}\n\n")
EXIM = [
    ("exim4-x-failed-recipients", FLUFL.format("exim.py") + "; " + EXIM_SPEC,
     plain("exim4-x-failed-recipients", A, _EXIM_BODY.format(a=A, reply="550 5.1.1 <lead@buyer.example>: "
                                                              "Recipient address rejected: User unknown"),
           sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
           subject="Mail delivery failed: returning message to sender", headers=f"X-Failed-Recipients: {A}\n",
           original="------ This is a copy of the message, including all the headers. ------\n"),
     hard(A)),
    ("exim3-no-header", FLUFL.format("simplematch.py") + " (kundenserver/cynergycom: 'A message that you sent "
                                                          "could not be delivered') ; " + EXIM_SPEC + " (Exim 3: "
                                                                                                   "no header)",
     plain("exim3-no-header", A, _EXIM_BODY.format(a=A, reply="552 5.2.2 <lead@buyer.example>: mailbox full"),
           sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
           subject="Mail delivery failed: returning message to sender",
           original="------ This is a copy of the message, including all the headers. ------\n"),
     soft(A, FULL)),
]

_PF_OLD = ("This is the {who} program at host mx.example.net.\n\n"
           "I'm sorry to have to inform you that the message returned\nbelow could not be delivered to one or more "
           "destinations.\n\nFor further assistance, please send mail to <postmaster>\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the message "
           "returned below.\n\n\t\t\tThe {who} program\n\n"
           "<{a}>: host mx.buyer.example[192.0.2.7] said: 550 5.1.1 <{a}>:\n    Recipient address rejected: User "
           "unknown in local recipient table (in reply to\n    RCPT TO command)\n")
EXIM_ROUTE = "Exim src/route.c ('Unrouteable address') and src/retry.c ('retry timeout exceeded')"
_EXIM_LOCAL = ("This message was created automatically by mail delivery software.\n\n"
               "A message that you sent could not be delivered to one or more of its\nrecipients. This is a "
               "permanent error. The following address(es) failed:\n\n  {a}\n    {why}\n\n")
EXIM_REASONS = [
    ("exim-unrouteable", EXIM_ROUTE + "; " + EXIM_SPEC,
     plain("exim-unrouteable", GONE, _EXIM_LOCAL.format(a=GONE, why="Unrouteable address"),
           sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
           subject="Mail delivery failed: returning message to sender", headers=f"X-Failed-Recipients: {GONE}\n",
           original="------ This is a copy of the message, including all the headers. ------\n"),
     hard(GONE, ("hostunknown",))),
    ("exim-retry-timeout", EXIM_ROUTE + "; " + EXIM_SPEC,
     plain("exim-retry-timeout", A, _EXIM_LOCAL.format(a=A, why="retry timeout exceeded"),
           sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
           subject="Mail delivery failed: returning message to sender", headers=f"X-Failed-Recipients: {A}\n",
           original="------ This is a copy of the message, including all the headers. ------\n"),
     soft(A, ("expired",))),
    ("exim-quota-appendfile", "Exim appendfile transport ('mailbox is full (MTA-imposed quota exceeded while "
                              "writing to ...)'); " + EXIM_SPEC,
     plain("exim-quota-appendfile", A,
           _EXIM_LOCAL.format(a=A, why="mailbox is full (MTA-imposed quota exceeded while writing to\n    "
                                       "/var/mail/lead)"),
           sender="Mail Delivery System <Mailer-Daemon@mx.example.net>",
           subject="Mail delivery failed: returning message to sender", headers=f"X-Failed-Recipients: {A}\n",
           original="------ This is a copy of the message, including all the headers. ------\n"),
     soft(A, FULL)),
]

POSTFIX = [
    ("postfix-old-notification-part", FLUFL.format("postfix.py") + " (multipart with a text/plain "
                                                                   "'Notification' part; 'The Postfix program')",
     mixed("postfix-old-notification-part", A, _PF_OLD.format(who="Postfix", a=A), description="Notification",
           subject="Undelivered Mail Returned to Sender",
           sender="MAILER-DAEMON@mx.example.net (Mail Delivery System)"),
     hard(A)),
    ("keftamail-notification-part", FLUFL.format("postfix.py") + " ('Keftamail ... with the word Postfix "
                                                                 "scratched out')",
     mixed("keftamail-notification-part", A, _PF_OLD.format(who="Keftamail", a=A), description="Notification",
           subject="Undelivered Mail Returned to Sender", report=True),
     hard(A)),
    ("smtp-gateway-failure-reason", FLUFL.format("postfix.py") + " ('failure reason:' line, the SMTP_Gateway)",
     mixed("smtp-gateway-failure-reason", A,
           "Your message could not be delivered.\n\nFailure Reason:\n"
           f"<{A}>: 550 5.1.1 mailbox unavailable (in reply to RCPT TO command)\n",
           description="Notification", subject="Undeliverable mail", sender="SMTP_Gateway@mx.example.net"),
     hard(A)),
]

YAHOO = [
    ("yahoo-message-from", FLUFL.format("yahoo.py") + " ('message from yahoo.' ... '<addr>:' ... '--- Original "
                                                      "message follows')",
     plain("yahoo-message-from", "lead.buyer@yahoo.com",
           "Message from yahoo.com.\nUnable to deliver message to the following address(es).\n\n"
           "<lead.buyer@yahoo.com>:\nThis user doesn't have a yahoo.com account (lead.buyer@yahoo.com) [0]\n\n",
           sender="MAILER-DAEMON@yahoo.com", subject="failure delivery",
           original="--- Original message follows.\n"),
     hard("lead.buyer@yahoo.com")),
    ("yahoo-sorry-unable", FLUFL.format("yahoo.py") + " ('Sorry, we were unable to deliver your message to the "
                                                      "following address.' ... '--- Below this line is a copy')",
     plain("yahoo-sorry-unable", A,
           "Sorry, we were unable to deliver your message to the following address.\n\n"
           f"<{A}>:\nRemote host said: 552 5.2.2 <{A}>: Mailbox full [RCPT_TO]\n\n",
           sender="MAILER-DAEMON@yahoo.com", subject="Failure Notice",
           original="--- Below this line is a copy of the message.\n"),
     soft(A, FULL)),
]

AOL = [
    ("aol-screen-name", FLUFL.format("aol.py") + " ('mail to the following recipients could not be delivered' "
                                                 "... screen names with no domain)",
     plain("aol-screen-name", "leadbuyer@aol.com",
           "Your mail to the following recipients could not be delivered because they are not accepting mail "
           f"from {SELLER}:\n\tleadbuyer\n", sender="Mail Delivery Subsystem <MAILER-DAEMON@aol.com>",
           subject="Returned mail: User unknown", original="----- Original message -----\n"),
     soft("leadbuyer@aol.com", FILTERED)),
]

NETSCAPE = [
    ("netscape-undeliverable-reason", FLUFL.format("netscape.py") + " (NMS 4.1: 'This Message was undeliverable "
                                                                    "due to the following reason:' ... <addr>)",
     mixed("netscape-undeliverable-reason", A,
           "This Message was undeliverable due to the following reason:\n\n"
           "The user(s) account is temporarily over quota.\n\n"
           f"<{A}>\n\nPlease reply to Postmaster@buyer.example\nif you feel this message to be in error.\n",
           subject="Delivery Notification: Delivery has failed", sender="postmaster@buyer.example"),
     soft(A, FULL)),
    ("netscape-unknown-user", FLUFL.format("netscape.py") + " (NMS 3.6 shape, recipient unknown)",
     mixed("netscape-unknown-user", A,
           "This Message was undeliverable due to the following reason:\n\n"
           "One or more of the recipients of your message did not have\nmailboxes on the destination computer "
           "(5.1.1).\n\n"
           f"    Recipient address: <{A}>\n    Reason: 550 5.1.1 User unknown\n\n"
           "Please reply to Postmaster@buyer.example\nif you feel this message to be in error.\n",
           subject="Delivery Notification: Delivery has failed", sender="postmaster@buyer.example"),
     hard(A)),
]

GROUPWISE = [
    ("groupwise-gwia-user-not-found", FLUFL.format("groupwise.py") + " (X-Mailer: Novell GroupWise Internet "
                                                                     "Agent; multipart/mixed; addr in text/plain)",
     mixed("groupwise-gwia-user-not-found", A,
           "The message that you sent was undeliverable to the following:\n"
           f"\t{A} (550 5.1.1 user not found)\n\nPossible Solutions:\n"
           "\tVerify the address is correct.\n", sender="Postmaster@buyer.example",
           subject="Message status - undeliverable",
           headers="X-Mailer: Novell GroupWise Internet Agent 5.5.3.1\n"),
     hard(A)),
    ("groupwise-gwia-local-name", FLUFL.format("groupwise.py") + " (GWIA naming the recipient by its user name "
                                                                 "alone)",
     mixed("groupwise-gwia-local-name", A,
           "The message that you sent was undeliverable to the following:\n"
           "\tlead (550 5.1.1 user not found)\n\nPossible Solutions:\n"
           "\tVerify the address is correct.\n", sender="Postmaster@buyer.example",
           subject="Message status - undeliverable",
           headers="X-Mailer: Novell GroupWise Internet Agent 5.5.3.1\n"),
     hard(A)),
    ("ntmail-angle", FLUFL.format("groupwise.py") + " (X-Mailer: NTMail)",
     mixed("ntmail-angle", A,
           f"Your message could not be delivered to <{A}>:\n550 5.1.1 Mailbox does not exist\n",
           sender="postmaster@buyer.example", subject="Message not delivered", headers="X-Mailer: NTMail v4.30.0012\n"),
     hard(A)),
    ("exchange55-ims", FLUFL.format("exchange.py") + " ('did not reach the following recipient' ... 'addr on "
                                                     "<date>' ... 'MSEXCH:'); X-Mailer: Internet Mail Service "
                                                     "(groupwise.py)",
     mixed("exchange55-ims", A,
           "Your message\n\n  To:      Lead Buyer\n  Subject: Quick question\n  Sent:    Thu, 3 Dec 2026 "
           "09:00:00 +0000\n\ndid not reach the following recipient(s):\n\n"
           f"{A} on Thu, 3 Dec 2026 09:00:04 +0000\n    The recipient name is not recognized\n"
           "\tThe MTS-ID of the original message is: c=US;a= ;p=Buyer;l=MAIL01-261203090004Z-1\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n",
           sender="System Administrator <postmaster@buyer.example>",
           subject="Undeliverable: Quick question", headers="X-Mailer: Internet Mail Service (5.5.2653.19)\n"),
     hard(A)),
    ("exchange55-x400-dda", FLUFL.format("exchange.py") + " ('SMTP=addr; on <date>': an X.400 address with an "
                                                          "SMTP DDA)",
     mixed("exchange55-x400-dda", A,
           "Your message\n\n  To:      Lead Buyer\n  Subject: Quick question\n\n"
           "did not reach the following recipient(s):\n\n"
           f"c=US;a= ;p=Buyer;o=MAIL01;dda:SMTP={A}; on Thu, 3 Dec 2026 09:00:04 +0000\n"
           "    The recipient name is not recognized\n"
           "    MSEXCH:IMS:Buyer:Site:MAIL01 0 (000C05A6) Unknown Recipient\n",
           sender="System Administrator <postmaster@buyer.example>",
           subject="Undeliverable: Quick question", headers="X-Mailer: Internet Mail Service (5.5.2653.19)\n"),
     hard(A)),
]

OTHERS = [
    ("smtpsvc-transcript", FLUFL.format("microsoft.py") + " (multipart/mixed; first part: 'transcript of session "
                                                          "follows' then the address alone on a line)",
     mixed("smtpsvc-transcript", A,
           "Unable to deliver message to the following recipients.\n\n"
           "   ----- Transcript of session follows -----\n"
           f"{A}\n    550 5.1.1 Requested action not taken: mailbox unavailable\n",
           sender="postmaster@mail.buyer.example", subject="Delivery failure"),
     hard(A)),
    ("imail-smtp32-unknown-user", FLUFL.format("smtp32.py") + " (X-Mailer: <SMTP32 v...>; 'unknown user: addr')",
     plain("imail-smtp32-unknown-user", A,
           f"Unknown user: {A}\n\n550 5.1.1 No such user\n\n", sender="postmaster@buyer.example",
           subject="Undeliverable Mail", headers="X-Mailer: <SMTP32 v8.15>\n",
           original="Original message follows.\n"),
     hard(A)),
    ("imail-smtp32-mailbox-full", FLUFL.format("smtp32.py") + " ('user mailbox exceeds allowed size: addr')",
     plain("imail-smtp32-mailbox-full", A,
           f"User mailbox exceeds allowed size: {A}\n\n", sender="postmaster@buyer.example",
           subject="Undeliverable Mail", headers="X-Mailer: <SMTP32 v8.15>\n",
           original="Original message follows.\n"),
     soft(A, FULL)),
    ("imail-smtp32-undeliverable-to", FLUFL.format("smtp32.py") + " ('undeliverable to addr')",
     plain("imail-smtp32-undeliverable-to", A,
           f"Delivery failed 2 attempts: {A}\nundeliverable to {A}\n"
           "Remote host said: 550 5.1.1 user unknown\n\n", sender="postmaster@buyer.example",
           subject="Undeliverable Mail", headers="X-Mailer: <SMTP32 v8.15>\n",
           original="Original message follows.\n"),
     hard(A)),
    ("sina-angle-line", FLUFL.format("sina.py") + " (From mailer-daemon@sina.com; '<addr>' opening a line of "
                                                  "the first part)",
     mixed("sina-angle-line", "lead@sina.example",
           "This is the mail system at sina.com.\n\nYour message could not be delivered to the recipient:\n\n"
           "<lead@sina.example>: 550 5.1.1 user not found\n", sender="mailer-daemon@sina.com",
           subject="Undelivered Mail Returned to Sender"),
     hard("lead@sina.example")),
    ("yale-name-only", FLUFL.format("yale.py") + " ('Message not delivered to the following' ... user name "
                                                 "without a domain ... 'Error Detail')",
     plain("yale-name-only", "lead.buyer@yale.example",
           "Message not delivered to the following:\n\n    lead.buyer    Mailbox unknown\n\n"
           "Error Detail:\n    550 5.1.1 <lead.buyer>... User unknown\n\n",
           sender="MAILER-DAEMON@mail.yale.example", subject="Undeliverable mail",
           original="------- Returned message follows -------\n"),
     hard("lead.buyer@yale.example")),
    ("llnl-comma-address", FLUFL.format("llnl.py") + " (LLNL's custom Sendmail: ', addr,')",
     plain("llnl-comma-address", "lead@llnl.example",
           "Your message could not be delivered to the following recipient:\n"
           "Recipient, lead@llnl.example, no such user (550 5.1.1)\n\n", sender="MAILER-DAEMON@llnl.example",
           original="----- Unsent message follows -----\n"),
     hard("lead@llnl.example")),
    ("caiwireless-did-not-receive", FLUFL.format("caiwireless.py") + " (multipart/mixed; 'the following "
                                                                     "recipients did not receive this message:' "
                                                                     "... '<addr>')",
     mixed("caiwireless-did-not-receive", A,
           "The following recipients did not receive this message:\n\n"
           f"<{A}>\n\nPlease reply to postmaster@buyer.example if you feel this message to be in error.\n"
           "Reason: 550 5.1.1 Mailbox unknown\n", sender="postmaster@buyer.example",
           subject="Undeliverable Message"),
     hard(A)),
]


# Controls: the new line shapes must not take a notice's contact lines for failed recipients.
CONTROLS = [
    ("control-dashed-contact-line", FLUFL.format("simplematch.py") + " (pla.net.py MDaemon shape) with a help desk "
                                                                     "line in the same 'a@b - words' shape",
     plain("control-dashed-contact-line", A,
           f"{A} - no such user here.\n\nThere is no user by that name at this server.\n\n"
           "helpdesk@buyer.example - questions about rejected or missing mail\n\n",
           subject="Message delivery failure", original=": Message contains 1 file attachments\n"),
     soft(A, FILTERED)),
    ("control-send-mail-instead", FLUFL.format("simplematch.py") + " (socgen.com shape) naming a new address to "
                                                                   "write to",
     plain("control-send-mail-instead", A,
           f"Your message could not be delivered to {A}\n"
           "Reason: 550 5.1.6 the user has moved; please send mail to lead.new@buyer-new.example instead\n\n",
           subject="Undeliverable mail", original=None),
     hard(A, ("hasmoved",))),
]

_WITH_ORIGINAL = CONTROLS + MULTI + QMAIL_REASONS + EXIM_REASONS + SIMPLEMATCH + SIMPLEWARNING + QMAIL + EXIM + POSTFIX + YAHOO + AOL + NETSCAPE + GROUPWISE + OTHERS


# Rows whose notice names the failed address whole: read again with no original returned. Left
# out: the shapes that name the recipient by user name or screen name alone (AOL, Yale, GWIA's
# local name), which only the original's To can complete (flufl.bounce guesses a domain there),
# the Dovecot row (its real notice is an MDN, written here only in flufl's text shape), and the
# rows that return no original anyway.
NOT_BARE = {"aol-screen-name", "yale-name-only", "groupwise-gwia-local-name", "dovecot-automatically-rejected",
            "exchange55-display-names", "yale-two-names", "aol-two-screen-names"}
BARE = [(f"{name}-no-original", f"{source}; no original returned", without_original(raw), expected)
        for name, source, raw, expected in _WITH_ORIGINAL
        if name not in NOT_BARE and f"From: Seller <{SELLER}>".encode() in raw]
ROWS = _WITH_ORIGINAL + BARE
