"""Notice layouts for the ninth review (review_notices9.py) that the shared helpers do not offer:
Sendmail's DSN (a permanent failure with or without a remote answer, and its four-hour warning,
as Sakura Internet's and KAGOYA's help pages show them), DTI's 'Mail System Error - Returned
Mail' notice (dream.jp's help), a Polish host's qmail notice (kei.pl's help). All HAND-MADE after
the layout each page shows; the page is named in each builder."""

from __future__ import annotations

_ORIG = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: Hello\nMessage-ID: <review9-{name}@example.com>\n"
         "Date: Thu, 3 Dec 2026 10:00:00 +0900\n\nHello\n")
_WARNING_BANNER = ("    **********************************************\n"
                   "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                   "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
                   "    **********************************************\n\n")


def sendmail_dsn(name: str, address: str, *, reason: str, transcript: str, status: str,
                 remote: str | None = None, diagnostic: str | None = None) -> bytes:
    """Sendmail's DSN for a permanent failure (help.sakura.ad.jp/rs/2265 'The following addresses
    had permanent fatal errors ... (reason: 550 Host unknown) ... Transcript of session follows';
    KAGOYA's FAQ 328 the same with '... while talking to mail.example.com.: >>> MAIL From:...').
    No Remote-MTA or Diagnostic-Code when our own server gave up (a DNS failure)."""
    remote_lines = f"Remote-MTA: DNS; {remote}\n" if remote else ""
    if diagnostic:
        remote_lines += f"Diagnostic-Code: SMTP; {diagnostic}\n"
    return ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.jp>\nTo: seller@example.com\n"
            f"Subject: Returned mail: see transcript for details\nMessage-Id: <sm9-{name}@mail.example.jp>\n"
            "Auto-Submitted: auto-generated (failure)\nX-Hand-Made: yes (Sendmail DSN, Sakura/KAGOYA help layout)\n"
            'MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="sm9"\n\n'
            "--sm9\n\nThe original message was received at Thu, 3 Dec 2026 10:00:00 +0900\n"
            "from localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had permanent fatal errors -----\n<{address}>\n"
            f"    (reason: {reason})\n\n   ----- Transcript of session follows -----\n{transcript}\n\n"
            "--sm9\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.jp\n"
            "Arrival-Date: Thu, 3 Dec 2026 10:00:00 +0900\n\n"
            f"Final-Recipient: RFC822; {address}\nAction: failed\nStatus: {status}\n{remote_lines}"
            "Last-Attempt-Date: Thu, 3 Dec 2026 10:00:02 +0900\n\n"
            "--sm9\nContent-Type: text/rfc822-headers\n\n"
            + _ORIG.format(to=address, name=name).split("\n\n")[0] + "\n\n--sm9--\n").encode()


def _warning_text(address: str, domain: str) -> str:
    return (_WARNING_BANNER + "The original message was received at Thu, 3 Dec 2026 10:00:00 +0900\n"
            "from localhost [127.0.0.1]\n\n"
            f"   ----- The following addresses had transient non-fatal errors -----\n<{address}>\n\n"
            f"   ----- Transcript of session follows -----\n451 <{address}>... {domain}: Name server timeout\n"
            "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n")


def sendmail_warning(name: str, address: str, domain: str, *, dsn: bool) -> bytes:
    """Sendmail's four-hour warning as help.sakura.ad.jp/rs/2265 quotes it ('THIS IS A WARNING
    MESSAGE ONLY ... transient non-fatal errors ... 451 <...>... <domain> : Name server timeout /
    Warning: message still undelivered after 4 hours / Will keep trying until message is 5 days
    old'; Subject 'Warning: could not send message for past 4 hours', Sakura's older manual).
    `dsn` False: the text alone, as the page's 'in the body' example shows it."""
    head = ("From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.jp>\nTo: seller@example.com\n"
            "Subject: Warning: could not send message for past 4 hours\n"
            f"Message-Id: <sw9-{name}@mail.example.jp>\nAuto-Submitted: auto-generated (warning-timeout)\n"
            "X-Hand-Made: yes (Sendmail warning, Sakura help layout)\nMIME-Version: 1.0\n")
    text = _warning_text(address, domain)
    if not dsn:
        return (head + "Content-Type: text/plain; charset=us-ascii\n\n" + text).encode()
    return (head + 'Content-Type: multipart/report; report-type=delivery-status; boundary="sw9"\n\n'
            f"--sw9\n\n{text}\n--sw9\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mail.example.jp\nArrival-Date: Thu, 3 Dec 2026 10:00:00 +0900\n\n"
            f"Final-Recipient: RFC822; {address}\nAction: delayed\nStatus: 4.4.3\n"
            "Will-Retry-Until: Tue, 8 Dec 2026 10:00:00 +0900\n\n"
            "--sw9\nContent-Type: text/rfc822-headers\n\n"
            + _ORIG.format(to=address, name=name).split("\n\n")[0] + "\n\n--sw9--\n").encode()


def dti_returned(name: str, address: str, reason: str) -> bytes:
    """DTI's own notice (dream.jp/support/techinfo/mail/error/error05.html, 'Mail System Error -
    Returned Mail' from 'Mail Administrator<Postmaster@point.ne.jp>': 'This Message was
    undeliverable due to the following reason: / Each of the following recipients was rejected by a
    remote mail server. ... Recipient: <...> / Reason: <...> ...User unknown / Please reply to
    Postmaster@dti.ne.jp if you feel this message to be in error.'), the original after it."""
    return ("From: Mail Administrator <Postmaster@point.ne.jp>\nTo: seller@example.com\n"
            f"Subject: Mail System Error - Returned Mail\nMessage-ID: <dti9-{name}@point.ne.jp>\n"
            "X-Hand-Made: yes (DTI notice, dream.jp help layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="dt9"\n\n--dt9\nContent-Type: text/plain; charset=us-ascii\n\n'
            "This Message was undeliverable due to the following reason:\n\n"
            "Each of the following recipients was rejected by a remote mail server.\n"
            "The reasons given by the server are included to help you determine why\n"
            "each recipient was rejected.\n\n"
            f"    Recipient: <{address}>\n    Reason:    {reason}\n\n"
            "Please reply to Postmaster@dti.ne.jp\nif you feel this message to be in error.\n\n"
            "--dt9\nContent-Type: message/rfc822\n\n" + _ORIG.format(to=address, name=name) + "\n--dt9--\n").encode()


def kei_qmail(name: str, address: str, reason: str) -> bytes:
    """The Polish host's qmail notice as kei.pl/pomoc/wiadmosc-zwrotna/ quotes it ('Bardzo nam
    przykro jednakze nie udalo sie wyslac maila pod wskazane adresy. / Przyczyna wskazana jest
    ponizej: / <biuro@...>: / maildrop: maildir over quota. / --- Below this line is a copy of the
    message.'), Subject 'Undelivered Mail returned to Sender' as the page names it."""
    return ("From: MAILER-DAEMON@poczta.example.pl\nTo: seller@example.com\n"
            f"Subject: Undelivered Mail returned to Sender\nMessage-ID: <kei9-{name}@poczta.example.pl>\n"
            "X-Hand-Made: yes (qmail notice in Polish, kei.pl help layout)\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            "Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy.\n"
            "Przyczyna wskazana jest ponizej:\n\n"
            f"<{address}>:\n{reason}\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <seller@example.com>\n" + _ORIG.format(to=address, name=name)).encode()
