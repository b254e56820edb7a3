"""Holdout 50's whole-notice layouts (HAND-MADE, full message bytes), one builder per generator, each after the
generator's own layout as its source or documentation shows it (cited per builder; rows cite per row in
review_holdout50.py). Our side: a B2B sales team on Google Workspace (seller@example.com) or Microsoft 365
(rep@example.net); the original message is always a short sales e-mail."""

from __future__ import annotations

SELLER = "seller@example.com"
REP = "rep@example.net"
DATE = "Tue, 14 Oct 2025 09:12:44 +0000"
_ORIG = "Subject: Quick question about your Q4 logistics\nDate: Tue, 14 Oct 2025 09:10:02 +0000\n"
_BODY = "Hi,\n\nDo you have 15 minutes this week to talk about your carrier contracts?\n\nBest,\nSam\n"

GMAIL_SRC = ("Gmail's own DSN: shared/api/gmail.md section 9 (mailer-daemon@googlemail.com, multipart/report, headings "
             "'** Address not found **' / '** Message not delivered **' / '** Delivery incomplete **'); Google's "
             "'Fix bounced or rejected emails' support.google.com/a/answer/6596 and SMTP error reference "
             "support.google.com/a/answer/3726730")
EXO_SRC = ("Exchange Online NDR: learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' "
           "(What's included in an NDR: user section, 'More Info for Email Admins', 'Original Message Details', "
           "'Error Details')")
EXO_OLD_SRC = ("Exchange 2013/2016 and older Exchange Online NDR ('Delivery has failed to these recipients or groups:', "
               "'Diagnostic information for administrators:', 'Remote Server returned'): learn.microsoft.com "
               "'Non-delivery reports in Exchange Server'")
POSTFIX_SRC = "Postfix src/bounce/bounce_notify_util.c + bounce template (bounce(5)) and smtp_proto.c ('said: ... (in reply to RCPT TO command)')"
EXIM_SRC = "Exim src/src/deliver.c (bounce text 'This message was created automatically by mail delivery software.', 'SMTP error from remote mail server after RCPT TO:')"
SENDMAIL_SRC = "sendmail savemail.c/deliver.c ('----- The following addresses had permanent fatal errors -----', transcript)"
QMAIL_SRC = "qmail-send.c bounce ('Hi. This is the qmail-send program at ...', 'Remote host said:')"


def _orig(frm: str, to: str, mid: str) -> str:
    return f"From: Sam Seller <{frm}>\nTo: {to}\n{_ORIG}Message-ID: <{mid}>\nMIME-Version: 1.0\n" \
           f"Content-Type: text/plain; charset=UTF-8\n\n{_BODY}"


def gmail(rid: str, address: str, *, heading: str, lead: str, response: str, diag: str, status: str,
          remote: str | None = None, action: str = "failed", learn: str = "", remote_words: bool = True) -> bytes:
    """Gmail's own DSN (modern layout): text and HTML alternatives, the RFC 3464 part, the original message."""
    delay = action == "delayed"
    said = "The response from the remote server was:" if remote_words and remote else "The response was:"
    learn_line = f"\n\nLearn more here: {learn}" if learn else ""
    text = f"** {heading} **\n\n{lead}{learn_line}\n\n{said}\n{response}\n"
    html = (f"<html><head></head><body><div style=\"font-size:24px\">{heading}</div><p>{lead}</p>"
            f"<p>{said}</p><p style=\"font-family:monospace\">{response}</p></body></html>")
    mid = f"CA{rid}x9Kq@mail.gmail.com"
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    failed_hdr = "" if delay else f"X-Failed-Recipients: {address}\n"
    return (
        "Return-Path: <>\nReceived: by 2002:a05:6a10:9f4b:b0:5a1:1c2:33e with SMTP id hand-made; " + DATE + "\n"
        f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {SELLER}\n{failed_hdr}"
        "Auto-Submitted: auto-replied\n"
        f"Subject: Delivery Status Notification ({'Delay' if delay else 'Failure'})\n"
        f"References: <{mid}>\nIn-Reply-To: <{mid}>\nMessage-ID: <{rid}.dsn@mx.google.com>\nDate: {DATE}\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"000000000000a1b2\"; "
        "report-type=delivery-status\n\n"
        "--000000000000a1b2\nContent-Type: multipart/alternative; boundary=\"000000000000a1b3\"\n\n"
        f"--000000000000a1b3\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{text}\n"
        f"--000000000000a1b3\nContent-Type: text/html; charset=\"UTF-8\"\n\n{html}\n"
        "--000000000000a1b3--\n"
        "--000000000000a1b2\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {DATE}\nX-Original-Message-ID: <{mid}>\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: {action}\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp; {diag}\nLast-Attempt-Date: {DATE}\n"
        + ("Will-Retry-Until: Thu, 16 Oct 2025 09:10:03 -0700 (PDT)\n" if delay else "") + "\n"
        "--000000000000a1b2\nContent-Type: message/rfc822\n\n" + _orig(SELLER, address, mid) +
        "\n--000000000000a1b2--\n"
    ).encode()


_EXO_TEXT = {
    "en": ("Your message to {a} couldn't be delivered.", "More Info for Email Admins", "Original Message Details",
           "Error Details", "Reported error:", "DSN generated by:", "Undeliverable:"),
    "de": ("Ihre Nachricht an {a} konnte nicht übermittelt werden.", "Weitere Informationen für E-Mail-Administratoren",
           "Ursprüngliche Nachrichtendetails", "Fehlerdetails", "Gemeldeter Fehler:", "DSN generiert von:",
           "Unzustellbar:"),
    "fr": ("Votre message à {a} n'a pas pu être remis.", "Plus d'informations pour les administrateurs de messagerie",
           "Détails du message d'origine", "Détails de l'erreur", "Erreur signalée :", "DSN généré par :",
           "Non remis :"),
    "es": ("No se pudo entregar el mensaje a {a}.", "Más información para administradores de correo electrónico",
           "Detalles del mensaje original", "Detalles del error", "Error notificado:", "DSN generado por:",
           "No se puede entregar:"),
}


def exo(rid: str, address: str, *, why: str, fix: str, diag: str, status: str, lang: str = "en",
        remote: str | None = None, action: str = "failed") -> bytes:
    """Exchange Online's NDR to its own sender (modern layout): text + HTML, a DSN from the tenant's server."""
    head, admins, details, errs, reported, generated, subj = _EXO_TEXT[lang]
    srv = "SA1PR19MB5432.namprd19.prod.outlook.com"
    user = head.format(a=address)
    text = (f"{user}\n\n{why}\n\n{fix}\n\n{admins}\nStatus code: {status}\n\n{details}\n"
            f"Sender Address: {REP}\nRecipient Address: {address}\nSubject: Quick question about your Q4 logistics\n\n"
            f"{errs}\n{reported} {diag}\n{generated} {srv}\n" + (f"Remote server: {remote}\n" if remote else ""))
    html = (f"<html><body><p><b>{user}</b></p><p>{why}</p><p>{fix}</p><p><b>{admins}</b></p>"
            f"<p>{reported} {diag}<br>{generated} {srv}</p></body></html>")
    remote_line = f"Remote-MTA: dns;{remote}\n" if remote else ""
    return (
        f"From: Microsoft Outlook <postmaster@example.net>\nTo: Rep <{REP}>\nDate: {DATE}\n"
        f"Subject: {subj} Quick question about your Q4 logistics\nContent-Language: {_LOCALE[lang]}\n"
        f"Message-ID: <{rid}-ndr@{srv}>\nX-MS-Exchange-Message-Is-Ndr:\nAuto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
        "\tboundary=\"_000_ndr_\"\n\n--_000_ndr_\nContent-Type: multipart/alternative; boundary=\"_001_alt_\"\n\n"
        f"--_001_alt_\nContent-Type: text/plain; charset=\"utf-8\"\n\n{text}\n"
        f"--_001_alt_\nContent-Type: text/html; charset=\"utf-8\"\n\n{html}\n--_001_alt_--\n\n"
        "--_000_ndr_\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns;{srv}\nReceived-From-MTA: dns;PH0PR19MB7777.namprd19.prod.outlook.com\n"
        f"Arrival-Date: {DATE}\n\nFinal-Recipient: rfc822;{address}\nAction: {action}\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp;{diag}\n\n"
        "--_000_ndr_\nContent-Type: message/rfc822\n\n" + _orig(REP, address, f"{rid}@PH0PR19MB7777.outlook.com") +
        "\n--_000_ndr_--\n"
    ).encode()


_LOCALE = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}
_OLD_HEAD = {
    "en": "Delivery has failed to these recipients or groups:",
    "de": "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
    "fr": "La remise à ces destinataires ou groupes a échoué :",
    "es": "Error en la entrega a estos destinatarios o grupos:",
}


def exchange_old(rid: str, address: str, *, explain: str, diag: str, status: str, lang: str = "en",
                 server: str = "EXCH01.corp.example.net", remote: str | None = None, sender: str = REP) -> bytes:
    """Exchange 2013/2016 on-premises (and older Exchange Online) NDR: 'Delivery has failed ...', the
    administrators' diagnostic with 'Remote Server returned', the original headers."""
    remote_line = f"Remote-MTA: dns;{remote}\n" if remote else ""
    text = (f"{_OLD_HEAD[lang]}\n\n{address}\n{explain}\n\n\n\n\n\n\nDiagnostic information for administrators:\n\n"
            f"Generating server: {server}\n\n{address}\n" + (f"{remote}\n" if remote else "") +
            f"Remote Server returned '{diag}'\n\nOriginal message headers:\n\n"
            f"Received: from EXCH02.corp.example.net by {server} with Microsoft SMTP Server; {DATE}\n"
            f"From: Sam Seller <{sender}>\nTo: <{address}>\n{_ORIG}")
    return (
        f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.net>\n"
        f"To: <{sender}>\nDate: {DATE}\nSubject: Undeliverable: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}@{server}>\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"_ex_\"\n\n"
        f"--_ex_\nContent-Type: text/plain; charset=\"utf-8\"\n\n{text}\n"
        f"--_ex_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
        f"Final-Recipient: rfc822;{address}\nAction: failed\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp;{diag}\n\n"
        "--_ex_\nContent-Type: text/rfc822-headers\n\n"
        f"From: Sam Seller <{sender}>\nTo: <{address}>\n{_ORIG}Message-ID: <{rid}@corp.example.net>\n\n--_ex_--\n"
    ).encode()


def postfix(rid: str, address: str, *, reason: str, status: str, remote: str | None, diag: str | None = None,
            action: str = "failed", host: str = "mail.example.com", sender: str = SELLER) -> bytes:
    """Postfix bounce(8): the failure or the delay-warning template, RFC 3464 part, the returned message."""
    delay = action == "delayed"
    if delay:
        subj, intro = "Delayed Mail (still being retried)", (
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n")
    else:
        subj, intro = "Undelivered Mail Returned to Sender", (
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n")
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    code = f"smtp; {diag}" if diag else f"X-Postfix; {reason}"
    return (
        f"Return-Path: <>\nFrom: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {sender}\nDate: {DATE}\n"
        f"Subject: {subj}\nAuto-Submitted: auto-replied\nMessage-Id: <20251014091244.{rid}@{host}>\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n"
        f"\tboundary=\"4C1B3{rid}.1760433164/{host}\"\n\n"
        f"This is a MIME-encapsulated message.\n\n--4C1B3{rid}.1760433164/{host}\n"
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host {host}.\n\n{intro}\n                   The mail system\n\n"
        f"<{address}>: {reason}\n\n"
        f"--4C1B3{rid}.1760433164/{host}\nContent-Description: Delivery report\n"
        f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4C1B3{rid}\n"
        f"X-Postfix-Sender: rfc822; {sender}\nArrival-Date: {DATE}\n\n"
        f"Final-Recipient: rfc822; {address}\nOriginal-Recipient: rfc822;{address}\nAction: {action}\n"
        f"Status: {status}\n{remote_line}Diagnostic-Code: {code}\n"
        + ("Will-Retry-Until: Sun, 19 Oct 2025 09:10:02 +0000 (UTC)\n" if delay else "") + "\n"
        f"--4C1B3{rid}.1760433164/{host}\nContent-Description: "
        + ("Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
           f"From: Sam Seller <{sender}>\nTo: {address}\n{_ORIG}Message-ID: <{rid}@example.com>\n"
           if delay else "Undelivered Message\nContent-Type: message/rfc822\n\n"
           + _orig(sender, address, f"{rid}@example.com"))
        + f"\n--4C1B3{rid}.1760433164/{host}--\n"
    ).encode()


def exim(rid: str, address: str, *, detail: str, host: str = "mx1.example-hosting.net", sender: str = SELLER,
         delay_hours: int = 0) -> bytes:
    """Exim's bounce (deliver.c, plain text with X-Failed-Recipients) or its delay warning (warn_message)."""
    if delay_hours:
        subj = "Warning: message 1v8Xyz-0004Ab-2Q delayed 24 hours"
        body = ("This message was created automatically by mail delivery software.\n"
                f"A message that you sent has not yet been delivered to one or more of its\nrecipients after more "
                f"than {delay_hours} hours on the queue on {host}.\n\n"
                "The message identifier is:     1v8Xyz-0004Ab-2Q\nThe subject of the message is: Quick question "
                "about your Q4 logistics\n\nThe address to which the message has not yet been delivered is:\n\n"
                f"  {address}\n    Delay reason: {detail}\n\n"
                "No action is required on your part. Delivery attempts will continue for\nsome time, and this "
                "warning may be repeated at intervals if the message\nremains undelivered. Eventually the mail "
                "delivery software will give up,\nand when that happens, the message will be returned to you.\n")
        xf = ""
    else:
        subj = "Mail delivery failed: returning message to sender"
        body = ("This message was created automatically by mail delivery software.\n\n"
                "A message that you sent could not be delivered to one or more of its\n"
                "recipients. This is a permanent error. The following address(es) failed:\n\n"
                f"  {address}\n    {detail}\n\n------ This is a copy of the message, including all the headers. "
                f"------\n\nReturn-path: <{sender}>\n" + _orig(sender, address, f"{rid}@example.com"))
        xf = f"X-Failed-Recipients: {address}\n"
    return (f"Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@{host}>\nTo: {sender}\n{xf}"
            f"Subject: {subj}\nAuto-Submitted: auto-replied\nMessage-Id: <E1v8Xz{rid}@{host}>\nDate: {DATE}\n\n"
            f"{body}").encode()


def sendmail(rid: str, address: str, *, remote: str, rcpt_reply: str, status: str, host: str = "smtp.example.org",
             sender: str = SELLER) -> bytes:
    """Sendmail's DSN: the fatal-errors header, the session transcript, the RFC 3464 part, the message."""
    reply_last = rcpt_reply.replace("-", " ", 1) if rcpt_reply[3:4] == "-" else rcpt_reply
    return (
        f"Return-Path: <MAILER-DAEMON>\nFrom: Mail Delivery Subsystem <MAILER-DAEMON@{host}>\nTo: <{sender}>\n"
        f"Date: {DATE}\nSubject: Returned mail: see transcript for details\nAuto-Submitted: auto-generated (failure)\n"
        f"Message-Id: <202510140912.{rid}@{host}>\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"59E{rid}.1760433164/{host}\"\n\n"
        f"This is a MIME-encapsulated message\n\n--59E{rid}.1760433164/{host}\n\n"
        "The original message was received at Tue, 14 Oct 2025 09:10:02 GMT\n"
        f"from relay.example.com [198.51.100.7]\n\n   ----- The following addresses had permanent fatal errors -----\n"
        f"<{address}>\n    (reason: {reply_last})\n\n   ----- Transcript of session follows -----\n"
        f"... while talking to {remote}.:\n>>> RCPT To:<{address}>\n<<< {rcpt_reply}\n{reply_last}\n\n"
        f"--59E{rid}.1760433164/{host}\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\nReceived-From-MTA: DNS; relay.example.com\nArrival-Date: {DATE}\n\n"
        f"Final-Recipient: RFC822; {address}\nAction: failed\nStatus: {status}\nRemote-MTA: DNS; {remote}\n"
        f"Diagnostic-Code: SMTP; {reply_last}\nLast-Attempt-Date: {DATE}\n\n"
        f"--59E{rid}.1760433164/{host}\nContent-Type: message/rfc822\n\n" + _orig(sender, address, f"{rid}@example.com")
        + f"\n--59E{rid}.1760433164/{host}--\n"
    ).encode()


def qmail(rid: str, address: str, *, detail: str, host: str = "mail.example-isp.net", sender: str = SELLER) -> bytes:
    """qmail-send's bounce: plain text, the failed address and the remote host's or local reason."""
    return (
        f"Return-Path: <>\nFrom: MAILER-DAEMON@{host}\nTo: {sender}\nDate: {DATE}\n"
        f"Subject: failure notice\nMessage-ID: <1760433164.{rid}.qmail@{host}>\n\n"
        f"Hi. This is the qmail-send program at {host}.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{address}>:\n{detail}\n\n--- Below this line is a copy of the message.\n\n"
        f"Return-Path: <{sender}>\n" + _orig(sender, address, f"{rid}@example.com")
    ).encode()
