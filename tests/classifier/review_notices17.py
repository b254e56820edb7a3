"""The seventeenth review's notices: delay warnings and expiry (gave-up-after-retrying) notices,
where the costly misreadings are a delay read as a final bounce (the contact unenrolled while the
mail may still arrive), a final failure read as a delay, and an expiry read with the wrong
hard/soft. Each notice is laid out as the MTA's own source writes it (Postfix bounce_templates.c
and bounce_notify_util.c, Exim deliver.c, Sendmail queue.c, qmail-send.c / qmail-remote.c, masqmail's
tpl/warnmsg.tpl in four languages and tpl/failmsg.tpl) or as
a vendor's or a third party's page quotes it (marked "weak" where the page is no vendor's own).
Rows as in review_notices2.py: (name, source, raw, [(address, hard, reasons or None, scope or
None, delay)]); `delay` is Action: delayed (review_check.misses), `hard` the product's reading
(never on a delay). Expectations were written from the source's words and
shared/classifier/taxonomy.md BEFORE the classifier ran (§4: a delay is temporary, not a final
bounce; `expired` when the retry period ran out; userunknown is always hard, whatever the code
class). test_review_notices17.py runs them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices17_layouts import MASQ_FAIL as FAIL_TPL, MASQ_WARN as WARN_TPL, masqmail

LEAD = "lead@partner.example"
BUYER = "buyer@slowmx.example"
OPS = "ops@partner.example"
GAVE_UP = ("expired", "networkerror")
UNKNOWN = ("userunknown",)

# Sources.
PF_TEMPLATES = ("vdukhovni/postfix postfix/src/bounce/bounce_templates.c (def_bounce_delay_body: 'THIS IS A WARNING "
                "ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE.', 'Your message could not be delivered for more than "
                "$delay_warning_time_hours hour(s).', 'It will be retried until it is $maximal_queue_lifetime_days "
                "day(s) old.', Subject 'Delayed Mail (still being retried)'; the failure body and 'Undelivered Mail "
                "Returned to Sender') with the DSN part of bounce_notify_util.c (Action delayed/failed, Will-Retry-Until)")
PF_SUSPENDED = (PF_TEMPLATES + "; the final report after maximal_queue_lifetime keeps the last deferral text, "
                "'delivery temporarily suspended: connect to ...: Connection timed out' (qmgr/smtp), with its 4.4.1")
PF_UNKNOWN_450 = (PF_TEMPLATES + "; the remote Postfix's 'Recipient address rejected: User unknown in local recipient "
                  "table' (smtpd_check.c) under unknown_local_recipient_reject_code = 450 (postconf(5))")
PF_SOFT_BOUNCE = (PF_TEMPLATES + "; postconf(5) soft_bounce: 'Safety net to keep mail queued that would otherwise be "
                  "returned to the sender ... changes the handling of negative responses from remote servers' (a 550 "
                  "kept queued: its status class turned to 4, the reply text left as the server sent it)")
MASQ_WARN = ("ossilator/masqmail tpl/warnmsg.tpl (Subject 'Warning: could not yet send message', 'Sorry, but your mail "
             "could not yet be delivered to all recipients. Delivery to the following recipients has been defered:', "
             "'Delivery will be tried again, until it is either successful or a timeout has been reached.') with "
             "src/fail_msg.c (@failed_rcpts as a tab and <addr>) and src/deliver.c (err_msg 'could not open connection "
             "to %s:%d :' / 'while connected with %s, the server replied'); no DSN part")
MASQ_FAIL = ("ossilator/masqmail tpl/failmsg.tpl ('Delivery to the following recipients failed permanently and has been "
             "given up:') sent by src/deliver.c delivery_failures() when a deferred recipient passes max_defer_time")
EXIM_WARN = ("Exim src/deliver.c (the delay warning: Subject 'Warning: message %s delayed %s', 'This message was created "
             "automatically by mail delivery software.', 'A message sent by <%s> has not yet been delivered to one or "
             "more of its recipients after more than' when the warning goes to another address than the sender, 'The "
             "address(es) to which the message has not yet been delivered is/are:', 'Delay reason: ', 'No action is "
             "required on your part. Delivery attempts will continue ...', then message/delivery-status with 'Action: "
             "delayed', 'Status: 4.0.0', Remote-MTA and Diagnostic-Code)")
EXIM_WMF = ("support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed (weak: a provider's "
            "custom warn_message_file text, 'Subject: Warning: message 1Zb92h-0002aX-BS delayed 2 hours', 'We are having "
            "trouble delivering your email because of an onward issue. No action is required on your part - we will "
            "continue to attempt delivery for some days.'); Exim src/deliver.c keeps the DSN part after a custom intro")
EXIM_RATE = ("expertwebsupport.com/2014/07/warning-messages-say-email-delayed-undeliverable (weak: an Exim delay warning "
             "quoted whole, 'Delay reason: SMTP error from remote mail server after end of data: host alt4.gmail-smtp-in."
             "l.google.com [...]: ... Our system has detected an unusual rate of unsolicited mail originating from your IP "
             "address ... temporarily rate limited.')")
EXIM_TIMEOUT = ("Exim src/deliver.c (the failure: 'A message that you sent could not be delivered to one or more of its "
                "recipients. This is a permanent error. The following address(es) failed:', the error then ': retry "
                "timeout exceeded', DSN 'Action: failed', 'Status: 5.0.0'); the refusal as in PF_UNKNOWN_450")
SM_EXPIRED = ("freebsd-src contrib/sendmail/src/queue.c and savemail.c (dropenvelope: 'Cannot send message for %s' as the "
              "envelope message, 'Message could not be delivered for %s' / 'Message will be deleted from queue' in the "
              "transcript, status 4.4.7 for a timed-out recipient), Sendmail's DSN layout")
QMAIL_TOOLONG = ("qmail-send.c ('I'm not going to try again; this message has been in the queue too long.' appended to the "
                 "last temporary report, the 'Z' line turned 'D') and qmail-remote.c ('Sorry, I wasn't able to establish "
                 "an SMTP connection. (#4.4.1)', '<host> does not like recipient.' + 'Remote host said: ' for a 4xx "
                 "RCPT answer, 'Giving up on <host>.'), the qmail-send bounce text")
GMAIL_OLD = ("codenote.net/en/posts/2871 (weak: Gmail's older 'Delivery Status Notification (Delay)' quoted whole: "
             "'THIS IS A WARNING MESSAGE ONLY.', 'Delivery to the following recipient has been delayed:', 'Message will "
             "be retried for 2 more day(s)', 'Technical details of temporary failure:', '452-4.2.2 The email account "
             "that you tried to reach is over quota.')")
EX2003 = ("support.epidirect.com KB a16 (weak: Exchange's 'Delivery Status Notification (Delay)': 'This is an "
          "automatically generated Delivery Status Notification.', 'THIS IS A WARNING MESSAGE ONLY.', 'YOU DO NOT NEED "
          "TO RESEND YOUR MESSAGE.', 'Delivery to the following recipients has been delayed.')")
EX2010 = ("cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm (weak: Exchange "
          "2010's 'Delivery is delayed to these recipients or groups:', 'This message hasn't been delivered yet. "
          "Delivery will continue to be attempted.', 'The server will keep trying to deliver this message for the next "
          "1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.')")

_ORIG_HEADERS = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: Quick question\n"
                 "Message-ID: <review17-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n")


def _orig(name: str, to: str) -> str:
    return _ORIG_HEADERS.format(to=to, name=name)


# ---------------------------------------------------------------- Postfix
def postfix(name: str, address: str, human: str, *, delayed: bool, status: str, diagnostic: str,
            remote: str | None = None) -> bytes:
    """Postfix bounce(8): the delay or failure template, the per-recipient line, the DSN part
    (bounce_notify_util.c), the returned headers (a delay returns headers only)."""
    if delayed:
        subject, body = "Delayed Mail (still being retried)", (
            "This is the mail system at host mail.example.com.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n")
    else:
        subject, body = "Undelivered Mail Returned to Sender", (
            "This is the mail system at host mail.example.com.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n")
    body += ("For further assistance, please send mail to <postmaster>\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n" + human + "\n")
    action = "delayed" if delayed else "failed"
    retry = "Will-Retry-Until: Tue, 8 Dec 2026 09:00:00 +0000 (UTC)\n" if delayed else ""
    mta = f"Remote-MTA: dns; {remote}\n" if remote else ""
    return (
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
        f"Subject: {subject}\nMessage-Id: <20261203-{name}@mail.example.com>\nAuto-Submitted: auto-replied\n"
        "X-Hand-Made: yes (Postfix bounce(8) templates)\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="B17.1/mail.example.com"\n\n'
        "This is a MIME-encapsulated message.\n\n--B17.1/mail.example.com\nContent-Description: Notification\n"
        "Content-Type: text/plain; charset=us-ascii\n\n" + body +
        "\n--B17.1/mail.example.com\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: 4B17A1\n"
        "X-Postfix-Sender: rfc822; seller@example.com\nArrival-Date: Thu,  3 Dec 2026 09:00:00 +0000 (UTC)\n\n"
        f"Final-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: {action}\n"
        f"Status: {status}\n{mta}Diagnostic-Code: {diagnostic}\n{retry}"
        "\n--B17.1/mail.example.com\nContent-Description: Undelivered Message Headers\n"
        "Content-Type: text/rfc822-headers\n\n" + _orig(name, address) + "\n--B17.1/mail.example.com--\n").encode()


_PF_TIMEOUT = "connect to mx.slowmx.example[192.0.2.7]:25: Connection timed out"
_PF_450 = (f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table")
_PF_550 = (f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table")

POSTFIX = [
    ("postfix-delay-connection-timed-out", PF_TEMPLATES,
     postfix("p1", BUYER, f"<{BUYER}>: {_PF_TIMEOUT}", delayed=True, status="4.4.1",
             diagnostic=f"X-Postfix; {_PF_TIMEOUT}"),
     [(BUYER, False, None, None, True)]),
    ("postfix-expired-temporarily-suspended", PF_SUSPENDED,
     postfix("p2", BUYER, f"<{BUYER}>: delivery temporarily suspended: {_PF_TIMEOUT}", delayed=False,
             status="4.4.1", diagnostic=f"X-Postfix; delivery temporarily suspended: {_PF_TIMEOUT}"),
     [(BUYER, False, GAVE_UP, None, False)]),
    ("postfix-delay-450-user-unknown", PF_UNKNOWN_450,
     postfix("p3", LEAD, f"<{LEAD}>: host mx.partner.example[192.0.2.9] said: {_PF_450} (in reply to RCPT TO command)",
             delayed=True, status="4.1.1", diagnostic=f"smtp; {_PF_450}", remote="mx.partner.example"),
     [(LEAD, False, None, None, True)]),
    # The retry period ran out on an answer that named the mailbox unknown all along: the
    # address is bad (taxonomy §4: userunknown always hard), the 4xx only kept it queued.
    ("postfix-expired-450-user-unknown", PF_UNKNOWN_450,
     postfix("p4", LEAD, f"<{LEAD}>: host mx.partner.example[192.0.2.9] said: {_PF_450} (in reply to RCPT TO command)",
             delayed=False, status="4.1.1", diagnostic=f"smtp; {_PF_450}", remote="mx.partner.example"),
     [(LEAD, True, UNKNOWN, None, False)]),
    ("postfix-soft-bounce-delay-550-user-unknown", PF_SOFT_BOUNCE,
     postfix("p5", LEAD, f"<{LEAD}>: host mx.partner.example[192.0.2.9] said: {_PF_550} (in reply to RCPT TO command)",
             delayed=True, status="4.1.1", diagnostic=f"smtp; {_PF_550}", remote="mx.partner.example"),
     [(LEAD, False, None, None, True)]),
    ("postfix-soft-bounce-expired-550-user-unknown", PF_SOFT_BOUNCE,
     postfix("p6", LEAD, f"<{LEAD}>: host mx.partner.example[192.0.2.9] said: {_PF_550} (in reply to RCPT TO command)",
             delayed=False, status="4.1.1", diagnostic=f"smtp; {_PF_550}", remote="mx.partner.example"),
     [(LEAD, True, UNKNOWN, None, False)]),
]


# ---------------------------------------------------------------- Exim
def exim_warning(name: str, blocks: str, dsn: str, *, intro: str | None = None, final: str | None = None,
                 to: str = "seller@example.com", report: bool = True, hours: str = "24 hours") -> bytes:
    """Exim's delay warning (deliver.c): default intro and final text unless a warn_message_file
    replaces them; the DSN part unless `report` is False (an older Exim, plain text)."""
    if intro is None:
        opener = ("A message that you sent has not yet been delivered to one or more of its\nrecipients after more than "
                  if to == "seller@example.com" else
                  "A message sent by\n\n  <seller@example.com>\n\nhas not yet been delivered to one or more of its "
                  "recipients after more than \n")
        intro = ("This message was created automatically by mail delivery software.\n" + opener +
                 f"{hours} on the queue on mail.example.com.\n\nThe message identifier is:     1vB17x-0001aB-Q7\n"
                 "The subject of the message is: Quick question\n"
                 "The date of the message is:    Thu, 3 Dec 2026 09:00:00 +0000\n\n")
    if final is None:
        final = ("No action is required on your part. Delivery attempts will continue for\n"
                 "some time, and this warning may be repeated at intervals if the message\n"
                 "remains undelivered. Eventually the mail delivery software will give up,\n"
                 "and when that happens, the message will be returned to you.\n")
    text = intro + blocks + "\n" + final
    head = ("From: Mail Delivery System <Mailer-Daemon@mail.example.com>\n"
            f"To: {to}\nSubject: Warning: message 1vB17x-0001aB-Q7 delayed {hours}\n"
            f"Message-Id: <E1vB17y-{name}@mail.example.com>\nAuto-Submitted: auto-replied\n"
            "X-Hand-Made: yes (Exim delay warning)\nMIME-Version: 1.0\n")
    if not report:
        return (head + "Content-Type: text/plain; charset=us-ascii\n\n" + text).encode()
    bound = "1796300000-eximdsn-17"
    return (head + f"Content-Type: multipart/report; report-type=delivery-status; boundary={bound}\n\n"
            f"--{bound}\nContent-type: text/plain; charset=us-ascii\n\n{text}\n"
            f"--{bound}\nContent-type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n{dsn}\n"
            f"--{bound}\nContent-type: text/rfc822-headers\n\n" + _orig(name, LEAD) + f"\n--{bound}--\n").encode()


def exim_delayed_dsn(address: str, remote: str | None = None, diagnostic: str | None = None) -> str:
    extra = f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diagnostic}\n" if remote else ""
    return f"Action: delayed\nFinal-Recipient: rfc822;{address}\nStatus: 4.0.0\n{extra}"


def exim_failure(name: str, address: str, block: str, diagnostic: str | None) -> bytes:
    """Exim's failure report (deliver.c) with its DSN part: Action failed, Status 5.0.0."""
    bound = "1796300001-eximdsn-17"
    extra = f"Remote-MTA: dns; mx.partner.example\nDiagnostic-Code: smtp; {diagnostic}\n" if diagnostic else ""
    return ("From: Mail Delivery System <Mailer-Daemon@mail.example.com>\nTo: seller@example.com\n"
            "Subject: Mail delivery failed: returning message to sender\n"
            f"Message-Id: <E1vB17z-{name}@mail.example.com>\nAuto-Submitted: auto-replied\n"
            f"X-Failed-Recipients: {address}\nX-Hand-Made: yes (Exim failure after the retry timeout)\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/report; report-type=delivery-status; boundary={bound}\n\n"
            f"--{bound}\nContent-type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n" + block + "\n"
            f"--{bound}\nContent-type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n\n"
            f"Action: failed\nFinal-Recipient: rfc822;{address}\nStatus: 5.0.0\n{extra}\n"
            f"--{bound}\nContent-type: message/rfc822\n\n" + _orig(name, address) + "\nHello.\n"
            f"\n--{bound}--\n").encode()


_GREY = "451 4.7.1 Greylisting in action, please come back later"
_EXIM_GREY_BLOCK = (f"  {LEAD}\n    host mx.partner.example [192.0.2.9]\n    Delay reason: SMTP error from remote mail "
                    f"server after RCPT TO:<{LEAD}>:\n    {_GREY}\n")
_WMF_INTRO = ("We are having trouble delivering your email because of an onward issue. No\n"
              "action is required on your part - we will continue to attempt delivery for\n"
              "some days. This warning will be repeated at regular intervals if the\n"
              "message remains undelivered. We can not cancel these warning messages.\n\n"
              "If your email is time sensitive you may wish to contact the recipient by\nanother means.\n\n")
_GMAIL_RATE = ("[192.0.2.10] Our system has detected an unusual rate of unsolicited mail originating\n"
               "from your IP address. To protect our users from spam, mail sent from your IP\n"
               "address has been temporarily rate limited.\n")
# The page runs the address onto the "is:" line (a web page's collapsed whitespace); deliver.c
# writes it on a line of its own, two spaces in, and the reason four spaces in.
_EXIM_RATE_BLOCK = (f"The address to which the message has not yet been delivered is:\n\n  {LEAD}\n"
                    "    Delay reason: SMTP error from remote mail server after end of data:\n"
                    "    host alt4.gmail-smtp-in.l.google.com [192.0.2.10]: " + _GMAIL_RATE)
_EXIM_UNKNOWN_BLOCK = (f"  {LEAD}\n    SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n"
                       f"    host mx.partner.example [192.0.2.9]: {_PF_450}:\n    retry timeout exceeded\n")

EXIM = [
    ("exim-delay-warning-to-errors-address", EXIM_WARN + " (the 'A message sent by' form, sent to errors_to)",
     exim_warning("e1", "The address to which the message has not yet been delivered is:\n\n" + _EXIM_GREY_BLOCK,
                  exim_delayed_dsn(LEAD, "mx.partner.example", _GREY), to="bounces@example.com"),
     [(LEAD, False, None, None, True)]),
    ("exim-delay-warning-two-addresses", EXIM_WARN + " (the plural: 'The addresses ... are:')",
     exim_warning("e2", "The addresses to which the message has not yet been delivered are:\n\n" + _EXIM_GREY_BLOCK
                  + f"\n  {OPS}\n    host mx.partner.example [192.0.2.9]\n    Delay reason: SMTP error from remote "
                  f"mail server after RCPT TO:<{OPS}>:\n    {_GREY}\n",
                  exim_delayed_dsn(LEAD, "mx.partner.example", _GREY) + "\n"
                  + exim_delayed_dsn(OPS, "mx.partner.example", _GREY)),
     [(LEAD, False, None, None, True), (OPS, False, None, None, True)]),
    ("exim-delay-warning-custom-text", EXIM_WMF,
     exim_warning("e3", f"  {LEAD}\n", exim_delayed_dsn(LEAD), intro=_WMF_INTRO, final="", hours="2 hours"),
     [(LEAD, False, None, None, True)]),
    ("exim-delay-warning-custom-text-no-report", EXIM_WMF + " (the text alone, no DSN part)",
     exim_warning("e4", f"  {LEAD}\n", "", intro=_WMF_INTRO, final="", hours="2 hours", report=False),
     [(LEAD, False, None, None, True)]),
    ("exim-delay-warning-rate-limited-plain", EXIM_RATE,
     exim_warning("e5", _EXIM_RATE_BLOCK, "", hours="48 hours", report=False),
     [(LEAD, False, None, None, True)]),
    ("exim-retry-timeout-450-user-unknown", EXIM_TIMEOUT,
     exim_failure("e6", LEAD, _EXIM_UNKNOWN_BLOCK, _PF_450),
     [(LEAD, True, UNKNOWN, None, False)]),
]


# ---------------------------------------------------------------- Sendmail
def sendmail_expired(name: str, address: str, reason: str) -> bytes:
    """Sendmail's return after the queue timeout (queue.c dropenvelope, savemail.c): the envelope
    message as Subject, the recipient under 'permanent fatal errors', the transcript's two lines,
    the DSN with Action failed and 4.4.7."""
    bound = "2B3C17.1764752400/mail.example.com"
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.com>\nTo: <seller@example.com>\n"
            "Subject: Returned mail: Cannot send message for 5 days\n"
            f"Message-Id: <202612080900.2B3C17{name}@mail.example.com>\nAuto-Submitted: auto-generated (failure)\n"
            "X-Hand-Made: yes (Sendmail queue timeout return)\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{bound}"\n\n'
            f"This is a MIME-encapsulated message\n\n--{bound}\n\n"
            "The original message was received at Thu, 3 Dec 2026 09:00:00 GMT\n"
            "from localhost [127.0.0.1]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n"
            f"<{address}>\n    (reason: {reason})\n\n"
            "   ----- Transcript of session follows -----\n"
            f"<{address}>... {reason}\nMessage could not be delivered for 5 days\nMessage will be deleted from queue\n\n"
            f"--{bound}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.com\n"
            "Arrival-Date: Thu, 3 Dec 2026 09:00:00 GMT\n\n"
            f"Final-Recipient: RFC822; {address}\nAction: failed\nStatus: 4.4.7\n"
            "Last-Attempt-Date: Tue, 8 Dec 2026 09:00:00 GMT\n\n"
            f"--{bound}\nContent-Type: text/rfc822-headers\n\n" + _orig(name, address) + f"\n--{bound}--\n").encode()


SENDMAIL = [
    ("sendmail-cannot-send-5-days-connection-timed-out", SM_EXPIRED,
     sendmail_expired("s1", BUYER, "Deferred: Connection timed out with mx.slowmx.example."),
     [(BUYER, False, GAVE_UP, None, False)]),
]


# ---------------------------------------------------------------- qmail
def qmail_toolong(name: str, address: str, report: str) -> bytes:
    """qmail-send's bounce with the last temporary report and the too-long sentence."""
    return ("From: MAILER-DAEMON@mail.example.com\nTo: seller@example.com\nSubject: failure notice\n"
            f"Message-ID: <q17-{name}@mail.example.com>\nX-Hand-Made: yes (qmail-send queue lifetime bounce)\n\n"
            "Hi. This is the qmail-send program at mail.example.com.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            f"<{address}>:\n{report}\nI'm not going to try again; this message has been in the queue too long.\n\n"
            "--- Below this line is a copy of the message.\n\nReturn-Path: <seller@example.com>\n"
            + _orig(name, address) + "\nHello.\n").encode()


QMAIL = [
    ("qmail-too-long-no-connection", QMAIL_TOOLONG,
     qmail_toolong("q1", BUYER, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"),
     [(BUYER, False, GAVE_UP, None, False)]),
    ("qmail-too-long-450-user-unknown", QMAIL_TOOLONG + "; the refusal as in PF_UNKNOWN_450",
     qmail_toolong("q2", LEAD, f"192.0.2.9 does not like recipient.\nRemote host said: {_PF_450}\n"
                               "Giving up on 192.0.2.9."),
     [(LEAD, True, UNKNOWN, None, False)]),
]


# ---------------------------------------------------------------- masqmail (no DSN part; en, de, fr, it)
_MASQ_REFUSED = "could not open connection to mx.slowmx.example:25 :\n\tConnection refused"
_MASQ_GREY = f"while connected with mx.partner.example, the server replied\n\t{_GREY}"
_MASQ_UNKNOWN = f"while connected with mx.partner.example, the server replied\n\t{_PF_450}"

MASQMAIL = [
    ("masqmail-warning-connection-refused", MASQ_WARN,
     masqmail("m1", WARN_TPL["en"], [BUYER], _MASQ_REFUSED), [(BUYER, False, None, None, True)]),
    ("masqmail-warning-greylisted-two-recipients", MASQ_WARN,
     masqmail("m2", WARN_TPL["en"], [LEAD, OPS], _MASQ_GREY),
     [(LEAD, False, None, None, True), (OPS, False, None, None, True)]),
    ("masqmail-warning-de", MASQ_WARN + " (tpl/warnmsg.tpl.de)",
     masqmail("m3", WARN_TPL["de"], [BUYER], _MASQ_REFUSED), [(BUYER, False, None, None, True)]),
    ("masqmail-warning-fr", MASQ_WARN + " (tpl/warnmsg.tpl.fr, French then English)",
     masqmail("m4", WARN_TPL["fr"], [BUYER], _MASQ_REFUSED), [(BUYER, False, None, None, True)]),
    ("masqmail-warning-it", MASQ_WARN + " (tpl/warnmsg.tpl.it)",
     masqmail("m5", WARN_TPL["it"], [BUYER], _MASQ_REFUSED), [(BUYER, False, None, None, True)]),
    ("masqmail-expired-connection-refused", MASQ_FAIL,
     masqmail("m6", FAIL_TPL, [BUYER], _MASQ_REFUSED), [(BUYER, False, GAVE_UP, None, False)]),
    ("masqmail-expired-450-user-unknown", MASQ_FAIL + "; the refusal as in PF_UNKNOWN_450",
     masqmail("m7", FAIL_TPL, [LEAD], _MASQ_UNKNOWN), [(LEAD, True, UNKNOWN, None, False)]),
]


# ---------------------------------------------------------------- Gmail, Exchange (plain text)
def plain(name: str, sender: str, subject: str, text: str, to: str) -> bytes:
    """A notice whose text is all there is (the page quotes no DSN part), the original attached."""
    return (f"From: {sender}\nTo: seller@example.com\nSubject: {subject}\nMessage-ID: <p17-{name}@mail.example.com>\n"
            "X-Hand-Made: yes (delay notice text as the page quotes it)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="p17"\n\n--p17\nContent-Type: text/plain; charset=utf-8\n\n'
            f"{text}\n--p17\nContent-Type: message/rfc822\n\n" + _orig(name, to) + "\nHello.\n--p17--\n").encode()


_GMAIL_OLD_TEXT = ("This is an automatically generated Delivery Status Notification\n\n"
                   "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                   f"Delivery to the following recipient has been delayed:\n\n     {LEAD}\n\n"
                   "Message will be retried for 2 more day(s)\n\n"
                   "Technical details of temporary failure: \nGoogle tried to deliver your message, but it was "
                   "rejected by the server for the recipient domain partner.example by mx.partner.example. "
                   "[192.0.2.9].\n\nThe error that the other server returned was:\n"
                   "452-4.2.2 The email account that you tried to reach is over quota. Please direct\n"
                   "452-4.2.2 the recipient to\n452 4.2.2 http://support.google.com/mail/bin/answer.py?answer=6558 "
                   "xp1si7533737lbb.14 - gsmtp\n")
_EX2003_TEXT = ("This is an automatically generated Delivery Status Notification.\n\n"
                "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
                f"Delivery to the following recipients has been delayed.\n\n       {LEAD}\n")
_EX2010_TEXT = (f"Delivery is delayed to these recipients or groups:\n\nLead ({LEAD})\n\nSubject: Quick question\n\n"
                "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. "
                "You'll be notified if the message can't be delivered by that time.\n")


def exchange2003_report(name: str) -> bytes:
    """The same Exchange delay text with a DSN part (Action delayed; the 4.4.7 Exchange wrote on
    its delay DSNs is HAND-MADE here: the page quotes no DSN part)."""
    return ("From: postmaster@mail.example.com\nTo: seller@example.com\n"
            "Subject: Delivery Status Notification (Delay)\n"
            f"Message-ID: <x17-{name}@mail.example.com>\nX-Hand-Made: yes (Exchange delay DSN)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="x17"\n\n'
            f"--x17\nContent-Type: text/plain; charset=unicode-1-1-utf-7\n\n{_EX2003_TEXT}\n"
            "--x17\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;mail.example.com\n"
            "Received-From-MTA: dns;client.example.com\nArrival-Date: Thu, 3 Dec 2026 09:00:00 +0000\n\n"
            f"Final-Recipient: rfc822;{LEAD}\nAction: delayed\nStatus: 4.4.7\n"
            "Will-Retry-Until: Sat, 5 Dec 2026 09:00:00 +0000\n\n"
            "--x17\nContent-Type: text/rfc822-headers\n\n" + _orig(name, LEAD) + "\n--x17--\n").encode()


PLAIN = [
    ("gmail-older-delay-over-quota", GMAIL_OLD,
     plain("g1", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)",
           _GMAIL_OLD_TEXT, LEAD),
     [(LEAD, False, ("mailboxfull",), None, True)]),
    ("exchange-delay-dsn-text", EX2003,
     plain("x1", "postmaster@mail.example.com", "Delivery Status Notification (Delay)", _EX2003_TEXT, LEAD),
     [(LEAD, False, None, None, True)]),
    ("exchange-delay-dsn-4.4.7-report", EX2003 + " (with the DSN part, 4.4.7 hand-made)",
     exchange2003_report("x2"),
     [(LEAD, False, None, None, True)]),
    ("exchange2010-delivery-delayed-text", EX2010,
     plain("x3", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>",
           "Delivery delayed:Quick question", _EX2010_TEXT, LEAD),
     [(LEAD, False, None, None, True)]),
]

ROWS = POSTFIX + EXIM + SENDMAIL + QMAIL + MASQMAIL + PLAIN
