"""Review groupware60's whole-notice layouts (HAND-MADE, full message bytes) for the OWN notices of groupware and
hosted mail services that earlier builders do not draw: the Postfix report with a provider's own first lines and
headers (Fastmail's old 'Postfix program' wording, Yandex's 'mail system at host yandex.ru.' with X-Yandex-Uniq),
1&1 / IONOS's Exim-like notice ('For the following reason:'), MDaemon's TEMPORARY warning, the Sieve 'reject'
reports of Dovecot Pigeonhole / Dovecot deliver and of Cyrus (Fastmail's store), and the Sieve vacation replies.
Each builder cites the layout it follows; rows cite per row in review_groupware60.py / review_groupware60_more.py.
Our side: seller@example.com (Google Workspace or a hosted Postfix / Exim) as in holdout 50."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER, _orig

SUBJ = "Quick question about your Q4 logistics"

FASTMAIL_OLD_SRC = ("Fastmail help 'Undelivered email' (fastmail.com/help/send/undeliverable.html: 'This is the Postfix "
                    "program at host www.fastmail.com. I'm sorry to have to inform you that the message returned below "
                    "could not be delivered to one or more destinations.', 'The Postfix program', and its quoted errors)")
YANDEX_SRC = ("Yandex's own Postfix report as sisimai lib/Sisimai/Lhost/Yandex.pm keys on it (From "
              "mailer-daemon@yandex.ru, an X-Yandex-Uniq header, 'This is the mail system at host yandex.ru.')")
ONEUNDONE_SRC = ("1&1 / IONOS's own notice as sisimai lib/Sisimai/Lhost/EinsUndEins.pm keys on it (From \"Mail "
                 "Delivery System\", Subject 'Mail delivery failed: returning message to sender', 'This message was "
                 "created automatically by mail delivery software', 'For the following reason:', '--- The header of "
                 "the original message is following. ---', 'host: ... reason: ...', 'Mail size limit exceeded')")
MDAEMON_WARN_SRC = ("MDaemon's TEMPORARY DSN ('MDaemon Delivery Status Notification', 'The attached message had "
                    "TEMPORARY non-fatal delivery errors.', 'THIS IS A WARNING MESSAGE ONLY - YOU DO NOT NEED TO "
                    "RESEND YOUR MESSAGE', 'Failed address:', session transcript ending 'This message is 0 days old; "
                    "it has 2 days left to get delivered') as a support ticket quotes it (code corpus, jira SNB-235); "
                    "MDaemon help 'Retry Queue' (help.mdaemon.com: 'Inform the sender when message delivery is "
                    "delayed')")
PIGEONHOLE_SRC = ("Dovecot Pigeonhole sieve 'reject' (src/lib-sieve/cmd-reject / sieve-actions: multipart/report; "
                  "report-type=disposition-notification, 'Your message to <%s> was automatically rejected:', "
                  "Reporting-UA '<host>; Dovecot Mail Delivery Agent', Disposition 'automatic-action/MDN-sent-"
                  "automatically; deleted', the original's headers)")
DOVECOT_LDA_SRC = ("Dovecot LDA rejection mail (src/lib-lda/mail-send.c; lda settings rejection_subject 'Rejected: %s' "
                   "and rejection_reason 'Your message to <%t> was automatically rejected:%n%r', the MDN part as for "
                   "Sieve reject; 15-lda.conf)")
DOVECOT_OLD_SRC = ("Dovecot 1.x deliver mail-send.c (MAIL_REJECTION_HUMAN_REASON 'Your message was automatically "
                   "rejected by Dovecot Mail Delivery Agent.' / 'The following reason was given:')")
CYRUS_SRC = ("Cyrus IMAP lmtpd sieve reject (send_rejection: 'Your message was automatically rejected by Sieve, a mail "
             "filtering language.', 'The following reason was given:', Reporting-UA '<host>; Cyrus <ver>/<sieve>', "
             "Disposition 'automatic-action/MDN-sent-automatically; deleted'); Fastmail's store is Cyrus")
VACATION_SRC = ("Dovecot Pigeonhole sieve vacation (ext-vacation: 'Auto-Submitted: auto-replied (vacation)', "
                "'Precedence: bulk', 'X-Auto-Response-Suppress: All', In-Reply-To / References, the reason as body)")
CYRUS_VAC_SRC = ("Cyrus IMAP sieve vacation (the 'Auto: ' prefix put before the original subject when the script gives "
                 "none; Auto-Submitted: auto-replied (vacation))")


def _hdr(frm: str, subj: str, mid: str, extra: str = "") -> str:
    return f"Return-Path: <>\nFrom: {frm}\nTo: {SELLER}\nDate: {DATE}\nSubject: {subj}\nMessage-ID: <{mid}>\n{extra}"


def postfix_own(rid: str, a: str, *, host: str, said: str, status: str, diag: str | None = None,
                remote: str | None = None, action: str = "failed", frm: str = "", extra: str = "",
                first: str = "", intro: str = "", sign: str = "The mail system") -> bytes:
    """Postfix bounce(8) with a provider's own first line, preamble, signature and headers (bounce(5) templates)."""
    delay = action == "delayed"
    first = first or f"This is the mail system at host {host}."
    if not intro:
        intro = ("####################################################################\n"
                 "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                 "####################################################################\n\n"
                 "Your message could not be delivered for more than 4 hour(s).\n"
                 "It will be retried until it is 5 day(s) old.\n") if delay else (
                 "I'm sorry to have to inform you that your message could not\n"
                 "be delivered to one or more recipients. It's attached below.\n\n"
                 "For further assistance, please send mail to postmaster.\n\n"
                 "If you do so, please include this problem report. You can\n"
                 "delete your own text from the attached returned message.\n")
    subj = "Delayed Mail (still being retried)" if delay else "Undelivered Mail Returned to Sender"
    code = f"smtp; {diag}" if diag else f"X-Postfix; {said}"
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    b = f"7D2E{rid}.1760433164/{host}"
    tail = (f"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            f"From: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\nMessage-ID: <{rid}@example.com>\n" if delay else
            "Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
            + _orig(SELLER, a, f"{rid}@example.com"))
    return (_hdr(frm or f"MAILER-DAEMON@{host} (Mail Delivery System)", subj, f"20251014091244.7D2E{rid}@{host}",
                 "Auto-Submitted: auto-replied\n" + extra)
            + f"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"{b}\"\n\n"
            + f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\n"
            + f"Content-Type: text/plain; charset=us-ascii\n\n{first}\n\n{intro}\n                   {sign}\n\n"
            + f"<{a}>: {said}\n\n--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            + f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 7D2E{rid}\nX-Postfix-Sender: rfc822; {SELLER}\n"
            + f"Arrival-Date: {DATE}\n\nFinal-Recipient: rfc822; {a}\nOriginal-Recipient: rfc822;{a}\n"
            + f"Action: {action}\nStatus: {status}\n{remote_line}Diagnostic-Code: {code}\n"
            + ("Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 +0000 (UTC)\n" if delay else "")
            + f"\n--{b}\n{tail}\n--{b}--\n").encode()


FASTMAIL_OLD_INTRO = ("I'm sorry to have to inform you that the message returned\nbelow could not be delivered to one "
                      "or more destinations.\n\nFor further assistance, please send mail to <postmaster>\n\n"
                      "If you do so, please include this problem report. You can\ndelete your own text from the "
                      "message returned below.\n")


def fastmail_old(rid: str, a: str, *, said: str, status: str, diag: str | None = None) -> bytes:
    """Fastmail's Postfix report in the wording its help page shows ('This is the Postfix program at host ...')."""
    return postfix_own(rid, a, host="www.fastmail.com", said=said, status=status, diag=diag,
                       first="This is the Postfix program at host www.fastmail.com.", intro=FASTMAIL_OLD_INTRO,
                       sign="The Postfix program")


def yandex_own(rid: str, a: str, *, said: str, status: str, diag: str | None = None, remote: str | None = None,
               action: str = "failed") -> bytes:
    """Yandex's own Postfix report: mailer-daemon@yandex.ru, X-Yandex-Uniq, 'mail system at host yandex.ru.'."""
    return postfix_own(rid, a, host="yandex.ru", said=said, status=status, diag=diag, remote=remote, action=action,
                       frm="mailer-daemon@yandex.ru", extra=f"X-Yandex-Uniq: 9f8e7d6c-{rid}-4b3a-a1b2-0c1d2e3f4a5b\n")


def ionos(rid: str, a: str, reason: str, *, host: str = "mout.kundenserver.de") -> bytes:
    """1&1 / IONOS's own plain-text notice: the address, 'For the following reason:', the original's headers."""
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of\nits recipients. This is a permanent "
            f"error. The following address(es) failed:\n\n{a}\n\nFor the following reason:\n\n{reason}\n\n"
            "--- The header of the original message is following. ---\n\n"
            f"Received: from [192.168.1.20] ([198.51.100.7]) by {host} (mreue106 [212.227.15.183])\n"
            f"From: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\nDate: {DATE}\nMessage-ID: <{rid}@example.com>\n")
    return (_hdr(f"\"Mail Delivery System\" <mailer-daemon@{host}>", "Mail delivery failed: returning message to "
                 "sender", f"0MKsEO-{rid}-1q2w3e@{host}", "Auto-Submitted: auto-replied\n")
            + "Content-Type: text/plain; charset=us-ascii\n\n" + body).encode()


def mdaemon_warn(rid: str, a: str, *, mx: str, reply: str, host: str = "mail.example-firm.de") -> bytes:
    """MDaemon's TEMPORARY (warning) DSN: the banner, the warning rule, 'Failed address', the transcript."""
    sender = f"seller@{host.split('.', 1)[1]}"
    text = ("--------------------------------------------------------------------------\n"
            "MDaemon Delivery Status Notification - http://www.altn.com/dsn\n"
            "--------------------------------------------------------------------------\n\n"
            "The attached message had TEMPORARY non-fatal delivery errors.\n\n"
            "--------------------------------------------------------------------------\n"
            "THIS IS A WARNING MESSAGE ONLY - YOU DO NOT NEED TO RESEND YOUR MESSAGE\n"
            "--------------------------------------------------------------------------\n\n"
            "MDaemon is configured to automatically retry delivery at configured\n"
            "intervals.  Subsequent attempts to deliver this message are pending.\n\n"
            f"Failed address: {a}\n\n--- Session Transcript ---\n"
            f" Tue 2025-10-14 09:12:40: Parsing message <{host}\\pd90001{rid}.msg>\n"
            f" Tue 2025-10-14 09:12:40: *  From: {sender}\n Tue 2025-10-14 09:12:40: *  To: {a}\n"
            f" Tue 2025-10-14 09:12:40: *  Subject: {SUBJ}\n"
            f" Tue 2025-10-14 09:12:41: Attempting SMTP connection to [{mx}:25]\n"
            f" Tue 2025-10-14 09:12:41: --> MAIL From:<{sender}> SIZE=8303\n"
            " Tue 2025-10-14 09:12:42: <-- 250 2.1.0 Ok\n"
            f" Tue 2025-10-14 09:12:42: --> RCPT To:<{a}>\n Tue 2025-10-14 09:12:42: <-- {reply}\n"
            " Tue 2025-10-14 09:12:42: --> QUIT\n"
            " Tue 2025-10-14 09:12:42: This message is 0 days old; it has 2 days left to get delivered\n"
            "--- End Transcript ---\n")
    return (f"Return-Path: <>\nFrom: \"MDaemon at {host}\" <MDaemon@{host}>\nTo: {sender}\nDate: {DATE}\n"
            f"Subject: Warning: Temporary Delivery Failure Notice\nMessage-ID: <MDAEMON{rid}@{host}>\n"
            "X-MDDSN-Message: Yes\nX-Return-Path: <>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=iso-8859-1\n\n" + text).encode()


def sieve_reject(rid: str, a: str, *, human: str, ua: str, host: str, subject: str = f"Rejected: {SUBJ}",
                 frm: str = "") -> bytes:
    """A Sieve / LDA rejection: multipart/report; report-type=disposition-notification, the human part, the MDN
    part (Disposition '...; deleted'), the original's headers."""
    b = f"{rid}.1760433164/{host}"
    return (_hdr(frm or f"Mail Delivery Subsystem <postmaster@{host.split('.', 1)[1]}>", subject,
                 f"{'cyrus' if 'Cyrus' in ua else 'dovecot'}-sieve-1760433164-{rid}-0@{host}", f"In-Reply-To: <{rid}@example.com>\n"
                 "Auto-Submitted: auto-replied (rejected)\nPrecedence: bulk\n")
            + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification;\n"
            + f"\tboundary=\"{b}\"\n\nThis is a MIME-encapsulated message\n\n--{b}\n"
            + "Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline\nContent-Transfer-Encoding: 8bit"
            + f"\n\n{human}\n\n--{b}\nContent-Type: message/disposition-notification\n\n"
            + f"Reporting-UA: {host}; {ua}\nFinal-Recipient: rfc822; {a}\n"
            + f"Original-Message-ID: <{rid}@example.com>\nDisposition: automatic-action/MDN-sent-automatically; deleted"
            + f"\n\n--{b}\nContent-Type: message/rfc822\n\nFrom: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\n"
            + f"Date: {DATE}\nMessage-ID: <{rid}@example.com>\n\n--{b}--\n").encode()


def vacation(rid: str, who: str, *, subject: str, body: str, extra: str = "") -> bytes:
    """A Sieve vacation reply (Pigeonhole / Cyrus headers), from the prospect to our message."""
    return (f"Return-Path: <>\nFrom: {who}\nTo: Sam Seller <{SELLER}>\nDate: {DATE}\nSubject: {subject}\n"
            f"Message-ID: <dovecot-sieve-{rid}@{who.split('@')[1].rstrip('>')}>\nIn-Reply-To: <{rid}@example.com>\n"
            f"References: <{rid}@example.com>\nAuto-Submitted: auto-replied (vacation)\nPrecedence: bulk\n"
            f"X-Auto-Response-Suppress: All\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\n\n{body}").encode()
