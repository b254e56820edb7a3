"""Holdout 51's whole-notice layouts (HAND-MADE, full message bytes) for the generators the earlier reviews cite least:
groupware and Windows servers (hMailServer, MDaemon, CommuniGate Pro, GroupWise, Domino, Exchange 2003 / 2007 / 2010,
Oracle Communications Messaging Server), Seznam's own notice, and the non-bounces those systems send (auto-replies,
quarantine digests, delivery reports of success, read receipts). Each builder cites where its layout comes from; rows
cite per row in review_holdout51.py. Postfix, Exim, qmail and Exchange 2013+ come from review_holdout50_layouts.py.
Our side as in holdout 50: seller@example.com (Google Workspace or a hosted Postfix / Exim) or rep@example.net."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, REP, SELLER, _orig

SUBJ = "Quick question about your Q4 logistics"
HMAIL_SRC = ("hMailServer source/Server/SMTP/SMTPClientConnection.cpp (the per-recipient 'Error Type: SMTP / Remote server "
             "(%s) issued an error. / hMailServer sent: %s / Remote server replied: %s' block) inside its default "
             "SEND_FAILED_NOTIFICATION server message ('Your message did not reach some or all of the intended "
             "recipients.'; subject 'Message undeliverable: ...')")
MDAEMON_SRC = ("MDaemon's DSN ('MDaemon Delivery Status Notification', 'The attached message had PERMANENT fatal delivery "
               "errors.', session transcript; subject 'Permanent Delivery Failure'), as a bounce parser's notes quote "
               "it; the 'Failed address:' line after SecurityGateway's (MDaemon's gateway) notice")
CGP_SRC = ("CommuniGate Pro's 'Failed to deliver to '<address>'' / '<MODULE> module(...) reports:' text, as bounce "
           "handlers' rule tables quote it (PHP-Bounce-Handler: 'LOCAL module(account x) reports: account is full "
           "(quota exceeded)', 'mail receiving disabled')")
GW_SRC = ("GroupWise GWIA notice ('The message that you sent was undeliverable to the following:', one '  address "
          "(reason)' line each, 'Possibly truncated original message follows:'), the layout Sympa's bounce parser reads; "
          "the '(host not found)' status written from memory of GWIA)")
DOMINO_SRC = ("Lotus / HCL Domino router notice ('Your message ... was not delivered to: ... because: ...', subject "
              "'DELIVERY FAILURE: ...'; sisimai lib/Sisimai/Lhost/Domino.pm: 'not listed in Domino Directory', "
              "French \"non répertorié dans l'annuaire Domino\"; the French frame around it is ours)")
EX2007_SRC = ("Exchange 2007 / 2010 NDR ('Delivery has failed to these recipients or distribution lists:', the "
              "'Microsoft Exchange will not try to redeliver this message for you' sentences, '#550 5.1.1 ... ##' "
              "diagnostics; sisimai lib/Sisimai/Lhost/Exchange2007.pm)")
EX2003_SRC = ("Exchange 2000 / 2003 NDR ('Your message did not reach some or all of the intended recipients.', 'The "
              "following recipient(s) could not be reached:', '<server #5.1.1>'; sisimai lib/Sisimai/Lhost/Exchange2003.pm)")
OCMS_SRC = ("Oracle Communications (formerly Sun Java System) Messaging Server notice ('Your message cannot be "
            "delivered to the following recipients:', 'Recipient address:', 'Reason: Remote SMTP server has rejected "
            "address', 'Diagnostic code:', 'Remote system:'; sisimai lib/Sisimai/Lhost/MessagingServer.pm)")
SEZNAM_SRC = ("Seznam's own bilingual notice, napoveda.seznam.cz/uzivatel-neexistuje ('Vaše zpráva pro <...> ... "
              "nemohla být doručena.', 'Důvod / Reason:', '5.1.1 szn; User hasn't got the service mapped')")


def _hdr(frm: str, to: str, subj: str, mid: str, extra: str = "") -> str:
    return f"From: {frm}\nTo: {to}\nDate: {DATE}\nSubject: {subj}\nMessage-ID: <{mid}>\n{extra}MIME-Version: 1.0\n"


def hmail(rid: str, a: str, *, ip: str, sent: str, replied: str, host: str = "mail.example-sme.co.uk") -> bytes:
    """hMailServer 5.x: plain text, no DSN part; the remote reply quoted under 'Remote server replied:'."""
    body = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"   Sent: {DATE}\n   Subject: {SUBJ}\n\nThe following recipient(s) could not be reached:\n\n"
            f"{a}\n   Error Type: SMTP\n   Remote server ({ip}) issued an error.\n   hMailServer sent: {sent}\n"
            f"   Remote server replied: {replied}\n\n\nhMailServer\n")
    return (_hdr(f"mailer-daemon@{host}", f"seller@{host.split('.', 1)[1]}", f"Message undeliverable: {SUBJ}",
                 f"HMS{rid}@{host}") + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + body).encode()


def mdaemon(rid: str, a: str, *, mx: str, reply: str, host: str = "mail.example-firm.de") -> bytes:
    """MDaemon: plain text, the banner, 'Failed address', the SMTP session transcript, then the original attached."""
    sender = f"seller@{host.split('.', 1)[1]}"
    text = ("--------------------------------------------------------------------------\n"
            "MDaemon Delivery Status Notification - http://www.altn.com/dsn/\n"
            "--------------------------------------------------------------------------\n\n"
            "The attached message had PERMANENT fatal delivery errors.\n\n"
            "After one or more unsuccessful delivery attempts the attached message has\n"
            "been removed from the MDaemon mail queue on this server.  The number and\n"
            "frequency of delivery attempts are determined by local configuration.\n\n"
            "--------------------------------------------------------------------------\n"
            "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS\n"
            "--------------------------------------------------------------------------\n\n"
            f"Failed address: {a}\n\n--- Session Transcript ---\n"
            f" Tue 2025-10-14 09:12:40: Parsing message <{host}\\pd50000{rid}.msg>\n"
            f" Tue 2025-10-14 09:12:40: *  From: {sender}\n Tue 2025-10-14 09:12:40: *  To: {a}\n"
            f" Tue 2025-10-14 09:12:40: *  Subject: {SUBJ}\n"
            f" Tue 2025-10-14 09:12:41: Attempting SMTP connection to [{mx} : 25]\n"
            f" Tue 2025-10-14 09:12:41: --> MAIL From:<{sender}> SIZE=2048\n"
            " Tue 2025-10-14 09:12:42: <-- 250 2.1.0 Ok\n"
            f" Tue 2025-10-14 09:12:42: --> RCPT To:<{a}>\n Tue 2025-10-14 09:12:42: <-- {reply}\n"
            "--- End Transcript ---\n")
    return (_hdr(f"\"MDaemon at {host}\" <MDaemon@{host}>", sender, "Permanent Delivery Failure", f"MDAEMON{rid}@{host}",
                 "X-MDDSN-Message: Yes\nX-Return-Path: <>\n")
            + "Content-Type: multipart/mixed; boundary=\"md_b\"\n\n--md_b\nContent-Type: text/plain; charset=us-ascii\n\n"
            + text + "\n--md_b\nContent-Type: message/rfc822\n\n" + _orig(sender, a, f"{rid}@example-firm.de")
            + "\n--md_b--\n").encode()


def communigate(rid: str, a: str, *, module: str, detail: str, host: str = "mail.example-corp.ru") -> bytes:
    """CommuniGate Pro: plain text 'Failed to deliver to' notice with the module's report, then the original."""
    text = f"Failed to deliver to '<{a}>'\n{module} reports:\n {detail}\n"
    return (_hdr(f"MAILER-DAEMON@{host}", SELLER, f"Undeliverable mail: {SUBJ}", f"cgp-{rid}@{host}",
                 "Auto-Submitted: auto-replied\n")
            + "Content-Type: multipart/mixed; boundary=\"_===cgp_===\"\n\n--_===cgp_===\n"
            + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + text
            + "\n--_===cgp_===\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com")
            + "\n--_===cgp_===--\n").encode()


def groupwise(rid: str, a: str, *, why: str, host: str = "gwia.example-county.gov") -> bytes:
    """GroupWise's GWIA: the undeliverable list, information about the message, the truncated original."""
    text = (f"The message that you sent was undeliverable to the following:\n\t{a} ({why})\n\n"
            f"Possibly truncated original message follows:\n\n" + _orig(SELLER, a, f"{rid}@example.com"))
    return (_hdr(f"Mail Delivery System <postmaster@{host}>", SELLER, "Undeliverable Mail", f"gw-{rid}@{host}")
            + "Content-Type: text/plain; charset=\"us-ascii\"\n\n" + text).encode()


_DOMINO = {"en": ("Your message", "  Subject: ", "was not delivered to:", "because:", "DELIVERY FAILURE: "),
           "fr": ("Votre message", "  Objet : ", "n'a pas été remis à :", "parce que :", "ECHEC DE LA REMISE : ")}


def domino(rid: str, a: str, *, because: str, lang: str = "en", host: str = "notes01.example-group.com") -> bytes:
    """Domino's router: the prose notice and an RFC 3464 part with a Diagnostic-Code of type X-Notes."""
    yours, subj_l, notdel, bec, prefix = _DOMINO[lang]
    text = f"{yours}\n\n{subj_l}{SUBJ}\n\n{notdel}\n\n  {a}\n\n{bec}\n\n  {because}\n"
    return (_hdr(f"Postmaster@{host}", SELLER, prefix + because, f"OF{rid}.D1234567-ON00000000@{host}",
                 "Auto-Submitted: auto-replied\n")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"0__=dom\"\n\n--0__=dom\n"
            + "Content-Type: text/plain; charset=\"UTF-8\"\n\n" + text
            + f"\n--0__=dom\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{host}\n\n"
            + f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: X-Notes; {because}\n\n"
            + "--0__=dom\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com")
            + "\n--0__=dom--\n").encode()


def exch2007(rid: str, a: str, *, explain: str, diag: str, status: str, version: str = "2010",
             server: str = "EXCH01.corp.example-ltd.com", remote: str | None = None, sender: str = REP) -> bytes:
    """Exchange 2007 / 2010's NDR: the user sentences, the admins' '#550 ... ##' line, the DSN, the headers."""
    remote_line = f"Remote-MTA: dns;{remote}\n" if remote else ""
    text = (f"Delivery has failed to these recipients or distribution lists:\n\n{a}\n{explain}\n\n\n\n\n\n\n"
            f"Sent by Microsoft Exchange Server {version}\n\n\n\n\nDiagnostic information for administrators:\n\n"
            f"Generating server: {server}\n\n{a}\n" + (f"{remote} " if remote else "") + f"#{diag} ##\n\n"
            f"Original message headers:\n\nFrom: Sam Seller <{sender}>\nTo: <{a}>\nSubject: {SUBJ}\nDate: {DATE}\n")
    return (_hdr(f"Microsoft Exchange <postmaster@{server.split('.', 1)[1]}>", f"<{sender}>", f"Undeliverable: {SUBJ}",
                 f"{rid}@{server}", "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_e7_\"\n\n"
            + f"--_e7_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
            + f"--_e7_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
            + f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {status}\n{remote_line}Diagnostic-Code: smtp;{diag}\n\n"
            + "--_e7_\nContent-Type: message/rfc822\n\n" + _orig(sender, a, f"{rid}@corp.example.net") + "\n--_e7_--\n"
            ).encode()


def exch_delay(rid: str, a: str, *, server: str = "EXCH01.corp.example-ltd.com", sender: str = REP) -> bytes:
    """Exchange 2010's delay DSN: 'Delivery Status Notification (Delay)', Action: delayed, 400 4.4.7."""
    text = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
            "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
            f"       {a}\n\nSubject: {SUBJ}\n\nThis message has not yet been delivered. Microsoft Exchange will continue"
            " to try delivering the message on your behalf.\n\nDelivery of this message will be tried for 1 day, 23 "
            "hours, 50 minutes. Microsoft Exchange will notify you if the message can't be delivered by that time.\n")
    return (_hdr(f"postmaster@{server.split('.', 1)[1]}", f"<{sender}>", "Delivery Status Notification (Delay)",
                 f"{rid}@{server}", "Auto-Submitted: auto-replied\n")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_d7_\"\n\n"
            + f"--_d7_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
            + f"--_d7_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
            + f"Final-Recipient: rfc822;{a}\nAction: delayed\nStatus: 4.4.7\nDiagnostic-Code: smtp;400 4.4.7 Message "
            + "delayed\nWill-Retry-Until: Thu, 16 Oct 2025 09:02:12 +0000\n\n"
            + "--_d7_\nContent-Type: text/rfc822-headers\n\n" + f"From: Sam Seller <{sender}>\nTo: <{a}>\nSubject: {SUBJ}\n"
            + f"Message-ID: <{rid}@corp.example.net>\n\n--_d7_--\n").encode()


def exch2003(rid: str, a: str, *, explain: str, code: str, server: str = "mail.example-partners.com") -> bytes:
    """Exchange 2003's NDR: the 'did not reach' prose with '<server #x.y.z>', the DSN, the original."""
    text = ("Your message did not reach some or all of the intended recipients.\n\n"
            f"      Subject:\t{SUBJ}\n      Sent:\t10/14/2025 9:10 AM\n\n"
            f"The following recipient(s) could not be reached:\n\n      {a} on 10/14/2025 9:12 AM\n"
            f"            {explain}\n            <{server} #{code}>\n")
    return (_hdr(f"System Administrator <postmaster@{server.split('.', 1)[1]}>", SELLER, f"Undeliverable: {SUBJ}",
                 f"{rid}@{server}", "X-MS-Embedded-Report:\n")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"----_=_NextPart_001\"\n\n"
            + f"------_=_NextPart_001\nContent-Type: text/plain; charset=\"iso-8859-1\"\n\n{text}\n"
            + f"------_=_NextPart_001\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
            + f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {code}\n\n"
            + "------_=_NextPart_001\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com")
            + "\n------_=_NextPart_001--\n").encode()


def messaging_server(rid: str, a: str, *, diag: str, remote: str, host: str = "mta02.example-isp.net") -> bytes:
    """Oracle / Sun Messaging Server: the prose per recipient, then its RFC 3464 part and the original."""
    text = (f"This report relates to a message you sent with the following header fields:\n\n"
            f"  Message-id: <{rid}@example.com>\n  Date: {DATE}\n  From: Sam Seller <{SELLER}>\n  To: {a}\n"
            f"  Subject: {SUBJ}\n\nYour message cannot be delivered to the following recipients:\n\n"
            f"  Recipient address: {a}\n  Reason: Remote SMTP server has rejected address\n"
            f"  Diagnostic code: smtp;{diag}\n  Remote system: dns;{remote} (TCP|203.0.113.61|48823|203.0.113.9|25)"
            f" ({remote} ESMTP)\n")
    return (_hdr(f"Internet Mail Delivery <postmaster@{host}>", SELLER, "Delivery Notification: Delivery has failed",
                 f"0T{rid}00ABCD@{host}")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"Boundary_(ID_ocms)\"\n\n"
            + f"--Boundary_(ID_ocms)\nContent-type: text/plain; charset=us-ascii\n\n{text}\n"
            + f"--Boundary_(ID_ocms)\nContent-type: message/delivery-status\n\nReporting-MTA: dns;{host}\n\n"
            + f"Original-recipient: rfc822;{a}\nFinal-recipient: rfc822;{a}\nAction: failed\nStatus: 5.0.0 (Remote SMTP"
            + f" server has rejected address)\nRemote-MTA: dns;{remote} (TCP|203.0.113.61|48823|203.0.113.9|25)\n"
            + f"Diagnostic-code: smtp;{diag}\n\n--Boundary_(ID_ocms)\nContent-type: message/rfc822\n\n"
            + _orig(SELLER, a, f"{rid}@example.com") + "\n--Boundary_(ID_ocms)--\n").encode()


def seznam(rid: str, a: str, *, reason: str) -> bytes:
    """Seznam's own Czech / English notice, the message attached below."""
    text = (f"Vaše zpráva pro <{a}> ze dne 14.10.2025 nemohla být doručena.\nZpráva je přiložena.\n\n"
            f"You message for <{a}> from 2025/10/14 could not be delivered.\nIt's attached below.\n\n"
            f"Důvod / Reason:\n---------------\n\n{reason}\n\nPermanentní chyba na straně uživatele.\n"
            "Permanent Failure - Bad destination mailbox address\n")
    return (_hdr("Mail Delivery System <MAILER-DAEMON@email.seznam.cz>", SELLER,
                 "Nedoručitelná zpráva / Undeliverable message", f"{rid}.szn@email.seznam.cz")
            + "Content-Type: multipart/mixed; boundary=\"szn_b\"\n\n--szn_b\nContent-Type: text/plain; charset=utf-8\n\n"
            + text + "\n--szn_b\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com")
            + "\n--szn_b--\n").encode()


# Non-bounces those systems send to a sales mailbox.
def auto_reply(rid: str, frm: str, *, subject: str, body: str, lang: str = "en", extra: str = "") -> bytes:
    """An out-of-office reply (RFC 3834 Auto-Submitted) from the prospect's server to our message."""
    return (_hdr(frm, f"Sam Seller <{SELLER}>", subject, f"{rid}.oof@{frm.split('@')[1].rstrip('>')}",
                 f"Auto-Submitted: auto-replied\nIn-Reply-To: <{rid}@example.com>\nContent-Language: {lang}\n{extra}")
            + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + body).encode()


def postfix_success(rid: str, a: str, *, host: str = "mail.example.com") -> bytes:
    """Postfix's 'Successful Mail Delivery Report' (bounce(8) success template; NOTIFY=SUCCESS asked by the client)."""
    return (_hdr(f"MAILER-DAEMON@{host} (Mail Delivery System)", SELLER, "Successful Mail Delivery Report",
                 f"20251014091244.{rid}@{host}")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"ok_b\"\n\n--ok_b\n"
            + "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
            + f"This is the mail system at host {host}.\n\nYour message was successfully delivered to the destination(s)\n"
            + "listed below. If the message was delivered to mailbox you will\nreceive no further notifications. "
            + "Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
            + f"                   The mail system\n\n<{a}>: delivery via mx.example-prospect.com[203.0.113.40]:25: "
            + "250 2.0.0 Ok: queued as 4C1B3D2E1F\n\n--ok_b\nContent-Description: Delivery report\n"
            + f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\n\nFinal-Recipient: rfc822; {a}\n"
            + "Action: relayed\nStatus: 2.0.0\nRemote-MTA: dns; mx.example-prospect.com\n"
            + "Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4C1B3D2E1F\n\n--ok_b\n"
            + "Content-Description: Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + f"From: Sam Seller <{SELLER}>\nTo: {a}\nSubject: {SUBJ}\nMessage-ID: <{rid}@example.com>\n\n--ok_b--\n"
            ).encode()


def exch_delivered(rid: str, a: str, *, server: str = "EXCH01.corp.example-ltd.com") -> bytes:
    """Exchange 2010's delivery receipt ('Delivered: ...', Action: delivered) for a message to a local mailbox."""
    text = (f"Your message has been delivered to the following recipients:\n\n{a}\n\nSubject: {SUBJ}\n\n"
            f"Sent by Microsoft Exchange Server 2010\n")
    return (_hdr(f"Microsoft Exchange <postmaster@{server.split('.', 1)[1]}>", f"<{REP}>", f"Delivered: {SUBJ}",
                 f"{rid}@{server}", "Auto-Submitted: auto-replied\n")
            + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"_ok7_\"\n\n"
            + f"--_ok7_\nContent-Type: text/plain; charset=\"us-ascii\"\n\n{text}\n"
            + f"--_ok7_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
            + f"Final-Recipient: rfc822;{a}\nAction: delivered\nStatus: 2.0.0\n\n"
            + "--_ok7_\nContent-Type: text/rfc822-headers\n\n" + f"From: Sam Seller <{REP}>\nTo: <{a}>\nSubject: {SUBJ}\n"
            + f"Message-ID: <{rid}@corp.example.net>\n\n--_ok7_--\n").encode()


def digest(rid: str, *, frm: str, subject: str, body: str, to: str = REP) -> bytes:
    """A gateway's quarantine digest to our own user: a list of held inbound mail, no failed delivery."""
    return (_hdr(frm, to, subject, f"{rid}.digest@{frm.split('@')[1].rstrip('>')}", "Auto-Submitted: auto-generated\n")
            + "Content-Type: text/plain; charset=\"utf-8\"\n\n" + body).encode()


def read_receipt(rid: str, frm: str, *, human: str, subject: str) -> bytes:
    """An RFC 8098 read receipt (multipart/report; report-type=disposition-notification): no failure."""
    reader = frm.split("<")[-1].rstrip(">")
    return (_hdr(frm, f"Sam Seller <{SELLER}>", subject, f"{rid}.mdn@{reader.split('@')[1]}")
            + "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn_b\"\n\n"
            + f"--mdn_b\nContent-Type: text/plain; charset=utf-8\n\n{human}\n\n"
            + "--mdn_b\nContent-Type: message/disposition-notification\n\n"
            + f"Reporting-UA: {reader.split('@')[1]}; Webmail\nFinal-Recipient: rfc822;{reader}\n"
            + f"Original-Message-ID: <{rid}@example.com>\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
            + "--mdn_b--\n").encode()
