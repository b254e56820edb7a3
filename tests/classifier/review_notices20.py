"""The twentieth review's notices: servers the team had barely covered, their notices laid out as
their own sources write them. Sympa (the list server answering a post to a list: its RFC 3464 DSN,
default/mail_tt2/delivery_status_notification.tt2 with src/lib/Sympa.pm's %diag_messages), XMail
(its plain-text error notice, QueueUtils.cpp, and its own error strings, Errors.cpp; its SMTP
replies, SMTPSvr.cpp, as a Postfix sender's bounce quotes them) and GNU Mailman 3's LMTP runner
(src/mailman/runners/lmtp.py, as Postfix's lmtp client quotes it). Rows as in review_notices2.py:
(name, source, raw, [(address, hard, reasons or None, scope or None, delay)]). Expectations were
written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran.
test_review_notices20.py runs them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices17 import postfix
from tests.classifier.review_notices20_layouts import sympa_dsn, xmail, xmail_2001, xmail_retry_note

LEAD = "lead@partner.example"
NEWS = "news@lists.partner.example"
BUYER = "buyer@mail.example.com"
UNKNOWN = ("userunknown",)
REFUSED_BY_LIST = ("rejected", "policyviolation", "filtered", "securityerror")

# Sources.
SYMPA = ("sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 (Subject per status, 'This is an "
         "automatic response sent by Sympa Mailing Lists Manager.', 'Impossible to distribute your message for list "
         "'%1' for the following reason:', the per-status paragraph, else 'The following address is not a known "
         "mailing list:'; message/delivery-status with 'Diagnostic-Code: X-Sympa; ...') and src/lib/Sympa.pm "
         "send_dsn() (Action 'delivered' for 2.x else 'failed', the diagnostic from %diag_messages: '5.1.1' => 'Bad "
         "destination mailbox address', '5.1.2' => 'Bad destination system address', '5.2.3' => 'Message length "
         "exceeds administrative limit', '5.3.0' => 'Other or undefined mail system status', '5.4.6' => 'Routing loop "
         "detected', '5.6.5' => 'Conversion Failed', '5.7.0' => 'Other or undefined security status', '5.7.1' => "
         "'Delivery not authorized, message refused'); From: the robot's sympa@ address (assumed)")
XMAIL = ("XMail QueueUtils.cpp QueUtBuildErrorResponse() (warren-bank/mirror-XMail-mail-server and later copies: "
         "'Subject: Error sending message [%s] from [%s]', 'From: %s PostMaster <%s>', X-MailerServer, X-MailerError, "
         "'[<00>] XMail bounce: Rcpt=[%s];Error=[%s]', '[<01>] Error sending message ...', 'Server:    <%s> [%s]', "
         "'[<02>] The reason of the delivery failure was:', '[<03>] Note:', '[<05>] Here is listed the initial part of "
         "the message:'; envelope sender the PostMaster address)")
XMAIL_ERRORS = XMAIL + ("; its own reasons from Errors.cpp: 'User maximum mailbox size reached' (ERR_MAILBOX_SIZE), "
                        "'Account disabled' (ERR_USER_DISABLED), 'Message exceeds fixed maximum message size' "
                        "(ERR_MESSAGE_SIZE), 'Message too big for the remote SMTP server' (ERR_SMTPSRV_MSG_SIZE), "
                        "'Remote domain has no DNS/MX entries' (ERR_INVALID_MAIL_DOMAIN), 'Message rejected by "
                        "server filters' (ERR_FILTERED_MESSAGE)")
XMAIL_EXPIRED = XMAIL + ("; QueUtResendMessage(): 'The maximum number of delivery attempts has been reached' when the "
                         "spool file expires (ERR_SPOOL_FILE_EXPIRED)")
XMAIL_2001 = ("XMail QueueUtils.cpp of its 2001 releases (warren-bank/mirror-XMail-mail-server, commit 2c4d9a4d: "
              "QueUtBuildErrorRespose() 'Error sending message [%s] from [%s].', '<Failure Reason>' ... '</Failure "
              "Reason>', 'Below is reported the message header:', the header lines behind '>> '; QueUtResendMessage() "
              "'The maximum number of tentatives has been reached')")
XMAIL_DELAY = XMAIL + ("; SMAILSvr.cpp's temporary-error note '** This is a temporary error and you do not have to "
                       "resend the message' (QueUtNotifyTempErrDelivery), the reply a Postgrey-guarded Postfix gives "
                       "('450 4.2.0 <%r>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/"
                       "help/%d.html', postgrey's default greylist_text)")
XMAIL_REMOTE = XMAIL + ("; the remote's words from Postfix smtpd_check.c ('Recipient address rejected: User unknown in "
                        "local recipient table', 'Relay access denied', 'Service unavailable; Client host [%s] blocked "
                        "using %s')")
XMAIL_SMTPD = ("XMail SMTPSvr.cpp SMTPCheckForwardPath(): '550 Mailbox unavailable <%s@%s>' (local domain, no account), "
               "'550 Account disabled <%s@%s>' (ReceiveEnable 0), '552 Requested mail action aborted: exceeded storage "
               "allocation - <%s@%s>' (mailbox size), '557 Access denied <%s@%s> for user <%s>' (a mailing list the "
               "sender may not post to), '550 Relay denied'")
PF_XMAIL = XMAIL_SMTPD + "; quoted by a Postfix sender's bounce (bounce_templates.c, 'in reply to RCPT TO command')"
XMAIL_XMAIL = XMAIL + "; the remote an XMail too: " + XMAIL_SMTPD
MAILMAN3 = ("GNU Mailman 3 src/mailman/runners/lmtp.py (ERR_550 '550 Requested action not taken: mailbox unavailable' "
            "for an address that is no list or a bogus sub-address, ERR_501 '501 Message has defects', ERR_451 '451 "
            "Requested action aborted: error in processing'), answered after DATA; quoted by Postfix's lmtp client "
            "('in reply to end of DATA command')")


def _pf(name: str, address: str, reply: str, *, stage: str = "RCPT TO", host: str = "mx.partner.example",
        delayed: bool = False) -> bytes:
    """A Postfix sender's bounce quoting the receiver's reply (review_notices17.postfix)."""
    status = ("4" if reply[0] == "4" else "5") + ".0.0"
    human = f"<{address}>: host {host}[192.0.2.9] said: {reply} (in reply to {stage} command)"
    return postfix(name, address, human, delayed=delayed, status=status, diagnostic=f"smtp; {reply}", remote=host)


SYMPA_ROWS = [
    ("sympa-unknown-list", SYMPA,
     sympa_dsn("s1", NEWS, "5.1.1", "Bad destination mailbox address"),
     [(NEWS, True, UNKNOWN, None, False)]),
    ("sympa-unknown-robot", SYMPA,
     sympa_dsn("s2", "news@nolists.partner.example", "5.1.2", "Bad destination system address"),
     [("news@nolists.partner.example", True, ("hostunknown", "userunknown"), None, False)]),
    ("sympa-too-large", SYMPA,
     sympa_dsn("s3", NEWS, "5.2.3", "Message length exceeds administrative limit"),
     [(NEWS, False, ("mesgtoobig", "exceedlimit"), None, False)]),
    ("sympa-virus", SYMPA,
     sympa_dsn("s4", NEWS, "5.7.0", "Other or undefined security status"),
     [(NEWS, False, ("virusdetected",), None, False)]),
    # The template's fallback paragraph ('not a known mailing list') for a status it has no
    # paragraph of: the DSN's own status and diagnostic say what happened.
    ("sympa-loop-detected", SYMPA,
     sympa_dsn("s5", NEWS, "5.4.6", "Routing loop detected"),
     [(NEWS, False, ("systemerror",), None, False)]),
    ("sympa-internal-error", SYMPA,
     sympa_dsn("s6", NEWS, "5.3.0", "Other or undefined mail system status"),
     [(NEWS, False, ("systemerror",), None, False)]),
    ("sympa-not-authorized", SYMPA,
     sympa_dsn("s7", NEWS, "5.7.1", "Delivery not authorized, message refused"),
     [(NEWS, False, REFUSED_BY_LIST, None, False)]),
    ("sympa-cannot-personalize", SYMPA,
     sympa_dsn("s8", NEWS, "5.6.5", "Conversion Failed"),
     [(NEWS, False, ("contenterror",), None, False)]),
    # Message tracking's success report: no bounce.
    ("sympa-delivered", SYMPA,
     sympa_dsn("s9", NEWS, "2.1.5", "Success"),
     []),
]

_PF_UNKNOWN = f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table"
_PF_GREY = (f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/partner.example.html")
_PF_BLOCKED = ("554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org; "
               "https://www.spamhaus.org/query/ip/198.51.100.7")

XMAIL_ROWS = [
    ("xmail-remote-user-unknown", XMAIL_REMOTE,
     xmail("x1", LEAD, _PF_UNKNOWN, server="mx.partner.example"),
     [(LEAD, True, UNKNOWN, None, False)]),
    ("xmail-local-mailbox-size", XMAIL_ERRORS,
     xmail("x2", BUYER, "User maximum mailbox size reached"),
     [(BUYER, False, ("mailboxfull",), None, False)]),
    ("xmail-local-account-disabled", XMAIL_ERRORS,
     xmail("x3", BUYER, "Account disabled"),
     [(BUYER, False, ("suspend",), None, False)]),
    ("xmail-local-message-size", XMAIL_ERRORS,
     xmail("x4", BUYER, "Message exceeds fixed maximum message size"),
     [(BUYER, False, ("mesgtoobig",), None, False)]),
    ("xmail-remote-message-size", XMAIL_ERRORS,
     xmail("x5", LEAD, "Message too big for the remote SMTP server", server="mx.partner.example"),
     [(LEAD, False, ("mesgtoobig",), None, False)]),
    ("xmail-no-dns-mx", XMAIL_ERRORS,
     xmail("x6", "lead@nosuch-partner.example", "Remote domain has no DNS/MX entries"),
     [("lead@nosuch-partner.example", True, ("hostunknown",), None, False)]),
    ("xmail-filtered", XMAIL_ERRORS,
     xmail("x7", BUYER, "Message rejected by server filters"),
     [(BUYER, False, ("filtered", "policyviolation", "spamdetected"), None, False)]),
    ("xmail-expired", XMAIL_EXPIRED,
     xmail("x8", LEAD, "The maximum number of delivery attempts has been reached"),
     [(LEAD, False, ("expired",), None, False)]),
    ("xmail-2001-expired-tentatives", XMAIL_2001,
     xmail_2001("x14", LEAD, "The maximum number of tentatives has been reached"),
     [(LEAD, False, ("expired",), None, False)]),
    ("xmail-delay-greylisted", XMAIL_DELAY,
     xmail("x9", LEAD, _PF_GREY, server="mx.partner.example", note=xmail_retry_note(3)),
     [(LEAD, False, None, None, True)]),
    ("xmail-remote-relay-denied", XMAIL_REMOTE,
     xmail("x10", LEAD, f"554 5.7.1 <{LEAD}>: Relay access denied", server="mx.partner.example"),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("xmail-remote-blocklisted", XMAIL_REMOTE,
     xmail("x11", LEAD, _PF_BLOCKED, server="mx.partner.example"),
     [(LEAD, False, ("blocked",), None, False)]),
    ("xmail-remote-xmail-mailbox-unavailable", XMAIL_XMAIL,
     xmail("x12", LEAD, f"550 Mailbox unavailable <{LEAD}>", server="mx.partner.example"),
     [(LEAD, True, UNKNOWN, None, False)]),
    ("xmail-remote-xmail-account-disabled", XMAIL_XMAIL,
     xmail("x15", LEAD, f"550 Account disabled <{LEAD}>", server="mx.partner.example"),
     [(LEAD, False, ("suspend",), None, False)]),
    ("xmail-remote-xmail-relay-denied", XMAIL_XMAIL,
     xmail("x16", LEAD, "550 Relay denied", server="mx.partner.example"),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("xmail-remote-xmail-storage", XMAIL_XMAIL,
     xmail("x13", LEAD, f"552 Requested mail action aborted: exceeded storage allocation - <{LEAD}>",
           server="mx.partner.example"),
     [(LEAD, False, ("mailboxfull",), None, False)]),
]

TEAM = "team@partner.example"

REPLY_ROWS = [
    ("postfix-xmail-mailbox-unavailable", PF_XMAIL,
     _pf("p1", LEAD, f"550 Mailbox unavailable <{LEAD}>"),
     [(LEAD, True, UNKNOWN, None, False)]),
    ("postfix-xmail-account-disabled", PF_XMAIL,
     _pf("p2", LEAD, f"550 Account disabled <{LEAD}>"),
     [(LEAD, False, ("suspend",), None, False)]),
    ("postfix-xmail-storage-allocation", PF_XMAIL,
     _pf("p3", LEAD, f"552 Requested mail action aborted: exceeded storage allocation - <{LEAD}>"),
     [(LEAD, False, ("mailboxfull",), None, False)]),
    ("postfix-xmail-relay-denied", PF_XMAIL,
     _pf("p4", LEAD, "550 Relay denied"),
     [(LEAD, False, ("norelaying",), None, False)]),
    ("postfix-xmail-list-access-denied", PF_XMAIL,
     _pf("p5", TEAM, f"557 Access denied <{TEAM}> for user <seller@example.com>"),
     [(TEAM, False, REFUSED_BY_LIST, None, False)]),
    ("postfix-mailman3-unknown-list", MAILMAN3,
     _pf("m1", NEWS, "550 Requested action not taken: mailbox unavailable", stage="end of DATA",
         host="lists.partner.example"),
     [(NEWS, True, UNKNOWN, None, False)]),
    ("postfix-mailman3-message-defects", MAILMAN3,
     _pf("m2", NEWS, "501 Message has defects", stage="end of DATA", host="lists.partner.example"),
     [(NEWS, False, ("contenterror", "syntaxerror"), None, False)]),
    ("postfix-mailman3-451-delay", MAILMAN3,
     _pf("m3", NEWS, "451 Requested action aborted: error in processing", stage="end of DATA",
         host="lists.partner.example", delayed=True),
     [(NEWS, False, None, None, True)]),
]

ROWS = SYMPA_ROWS + XMAIL_ROWS + REPLY_ROWS
