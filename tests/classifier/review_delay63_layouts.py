"""Review delay63's whole-notice layouts (HAND-MADE, full message bytes) for the delay shapes review delays58's and
holdout 50's builders do not make: Exchange 2003 / Windows SMTP's "Delivery Status Notification (Delay)", Gmail's
older plain-text delay and failure notices ("Technical details of temporary failure"), Sendmail's MIME-less warning,
Amazon SES's DeliveryDelay and Bounce events mailed by SNS, and Exchange's delay notice in Dutch, Portuguese, Polish,
Swedish and Japanese. Each builder cites the layout it follows; rows cite per row in review_delay63.py."""

from __future__ import annotations

import json

from tests.classifier.review_delays58_layouts import SUBJ, plain, report
from tests.classifier.review_holdout50_layouts import DATE, REP, SELLER
from tests.classifier.review_locale59_layouts import _ms_message

IIS_SRC = ("Exchange 2000/2003 and Windows SMTP service DSN (support.epidirect.com KB a16 quotes the delay: 'This is an "
           "automatically generated Delivery Status Notification.', 'THIS IS A WARNING MESSAGE ONLY.', 'YOU DO NOT NEED "
           "TO RESEND YOUR MESSAGE.', 'Delivery to the following recipients has been delayed.'; its failure 'Delivery to "
           "the following recipients failed.'; Microsoft KB 247129 'Delay Delivery Status Notifications')")
GMAIL_OLD_SRC = ("Gmail's older plain-text notice (pastebin.com/qa3CeqSe: 'Delivery to the following recipient has been "
                 "delayed:', 'Message will be retried for 2 more day(s)', 'Technical details of temporary failure:'; "
                 "Sisimai Lhost/Gmail.rb keys 'Delivery to the following recipient', 'The error that the other server "
                 "returned was:'; its failure 'Delivery to the following recipient failed permanently:', 'Technical "
                 "details of permanent failure:')")
SENDMAIL_PLAIN_SRC = ("sendmail savemail.c errbody() without SendMimeErrors (no MIME: 'THIS IS A WARNING MESSAGE ONLY', "
                      "'----- The following addresses had transient non-fatal errors -----', '----- Transcript of "
                      "session follows -----', '----- Original message follows -----'), deliver.c 'Deferred: %s'")
SES_SRC = ("Amazon SES 'Contents of event data that Amazon SES publishes to Amazon SNS' (docs.aws.amazon.com/ses/latest/dg/"
           "event-publishing-retrieving-sns-contents.html: eventType DeliveryDelay, deliveryDelay {timestamp, delayType, "
           "expirationTime, delayedRecipients [emailAddress, status, diagnosticCode], reportingMTA}; delayType values "
           "InternalFailure, General, MailboxFull, SpamDetected, RecipientServerError, IPFailure, "
           "TransientCommunicationFailure, Undetermined, SendingDeferral) and its Bounce object (bounceType Permanent / "
           "Transient, bouncedRecipients)")
EXO_DELAY_LOC_SRC = ("Exchange / Microsoft 365 delay notice (Exchange 2013+ 'Delivery is delayed to these recipients or "
                     "groups:', 'This message hasn't been delivered yet. Delivery will continue to be attempted.', "
                     "'Diagnostic information for administrators:'), in {lang} as translated by us (review locale59's "
                     "exo_delay does de/fr/es/it the same way); Action: delayed")


def iis(rid: str, addresses: list[str], *, delay: bool, blocks: list[str], host: str = "mail.corp-example.net") -> bytes:
    """Exchange 2003 / Windows SMTP's DSN: its short text over the RFC 3464 part (Subject says Delay or Failure)."""
    listing = "\n".join(f"       {a}" for a in addresses)
    if delay:
        text = ("This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
                "YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed.\n\n"
                f"{listing}\n")
    else:
        text = ("This is an automatically generated Delivery Status Notification.\n\nDelivery to the following "
                f"recipients failed.\n\n{listing}\n")
    subject = f"Delivery Status Notification ({'Delay' if delay else 'Failure'})"
    return report(rid, frm=f"postmaster@{host}", subject=subject, text=text, blocks=blocks, host=host, sender=REP)


def gmail_old(rid: str, a: str, *, delay: bool, mx: str, error: str, days: int = 2) -> bytes:
    """Gmail's older plain-text notice to its own sender: delay or failure, the remote's error below."""
    d = a.split("@")[1]
    if delay:
        head = ("This is an automatically generated Delivery Status Notification\n\nTHIS IS A WARNING MESSAGE ONLY.\n\n"
                f"YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n"
                f"     {a}\n\nMessage will be retried for {days} more day(s)\n\nTechnical details of temporary failure:\n")
        subject = "Delivery Status Notification (Delay)"
    else:
        head = ("This is an automatically generated Delivery Status Notification\n\nDelivery to the following recipient "
                f"failed permanently:\n\n     {a}\n\nTechnical details of permanent failure:\n")
        subject = "Delivery Status Notification (Failure)"
    body = (f"{head}Google tried to deliver your message, but it was rejected by the server for the recipient domain "
            f"{d} by {mx}. [203.0.113.{len(d) % 200 + 10}].\n\nThe error that the other server returned was:\n{error}\n")
    return plain(rid, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", subject=subject, body=body,
                 to_orig=a, copy_intro="   ----- Original message -----",
                 extra="" if delay else f"X-Failed-Recipients: {a}\n")


def sendmail_plain(rid: str, *, subject: str, fatal: list[str], transient: list[str], transcript: str, to: str,
                   host: str = "smtp.example.org") -> bytes:
    """Sendmail's notice without MIME (SendMimeErrors off): banner when only transient errors, the sections, the
    transcript, then the original after its own rule."""
    out = ""
    if not fatal:
        out += ("    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n"
                "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\n")
    out += f"The original message was received at {DATE}\nfrom relay.example.com [198.51.100.7]\n\n"
    if fatal:
        out += "   ----- The following addresses had permanent fatal errors -----\n" + "\n".join(fatal) + "\n\n"
    if transient:
        out += "   ----- The following addresses had transient non-fatal errors -----\n" + "\n".join(transient) + "\n\n"
    out += f"   ----- Transcript of session follows -----\n{transcript}\n"
    return plain(rid, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", subject=subject, body=out, to_orig=to,
                 copy_intro="   ----- Original message follows -----", extra="Auto-Submitted: auto-generated (failure)\n")


def _ses_mail(rid: str, to: list[str]) -> dict:
    return {"timestamp": "2025-10-14T09:10:02.000Z", "source": SELLER, "sourceArn": "arn:aws:ses:eu-west-1:"
            "123456789012:identity/example.com", "sendingAccountId": "123456789012",
            "messageId": f"0102019{rid}-5f1c2d3e-4b5a-6978-8a9b-0c1d2e3f4a5b-000000", "destination": to,
            "commonHeaders": {"from": [f"Sam Seller <{SELLER}>"], "to": to, "subject": SUBJ}}


def ses_event(rid: str, kind: str, recipients: list[tuple[str, str, str]], *, sub: str = "General",
              sns: bool = True) -> bytes:
    """An SES event mailed by an SNS e-mail subscription: DeliveryDelay (delayType `sub`) or Bounce (bounceType
    `kind`, bounceSubType `sub`); recipients (address, status, diagnosticCode)."""
    to = [a for a, _, _ in recipients]
    doc: dict = {"eventType": "DeliveryDelay" if kind == "delay" else "Bounce", "mail": _ses_mail(rid, to)}
    if kind == "delay":
        doc["deliveryDelay"] = {"timestamp": "2025-10-14T13:10:02.000Z", "delayType": sub,
                                "expirationTime": "2025-10-14T23:10:02.000Z", "reportingMTA": "a8-12.smtp-out."
                                "amazonses.com", "delayedRecipients": [{"emailAddress": a, "status": s,
                                                                        "diagnosticCode": d} for a, s, d in recipients]}
    else:
        doc["bounce"] = {"bounceType": kind, "bounceSubType": sub, "feedbackId": f"0102019{rid}-fb-000000",
                         "timestamp": "2025-10-14T13:10:02.000Z", "reportingMTA": "dns; a8-12.smtp-out.amazonses.com",
                         "bouncedRecipients": [{"emailAddress": a, "action": "failed", "status": s,
                                                "diagnosticCode": d} for a, s, d in recipients]}
    text = json.dumps(doc)
    if sns:
        text = json.dumps({"Type": "Notification", "MessageId": f"5e2c-{rid}", "TopicArn": "arn:aws:sns:eu-west-1:"
                           "123456789012:ses-events", "Message": text, "Timestamp": "2025-10-14T13:10:03.000Z"})
    return (f"From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: {SELLER}\nDate: {DATE}\n"
            "Subject: AWS Notification Message\nMessage-ID: <0100019" + rid + "@eu-west-1.amazonses.com>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n" + text + "\n\n--\nIf you wish to stop "
            "receiving notifications from this topic, please click or visit the link below to unsubscribe:\n"
            "https://sns.eu-west-1.amazonaws.com/unsubscribe.html\n").encode()


# Exchange's delay notice in further languages: (subject prefix, heading, 'not yet delivered' lines, admin label),
# translated by us from Exchange 2013+'s English as review locale59's D_LABELS are.
D_MORE = {
    "nl": ("Vertraagde bezorging:", "De bezorging aan deze geadresseerden of groepen is vertraagd:",
           "Dit bericht is nog niet bezorgd. Er wordt nog steeds geprobeerd het bericht te bezorgen.\n\nDe server blijft "
           "de komende 1 dagen, 19 uur en 52 minuten proberen dit bericht te bezorgen. U ontvangt een melding als het "
           "bericht binnen die tijd niet kan worden bezorgd.", "Diagnostische gegevens voor beheerders:"),
    "pt": ("Entrega atrasada:", "A entrega a estes destinatários ou grupos está atrasada:",
           "Esta mensagem ainda não foi entregue. A entrega continuará a ser tentada.\n\nO servidor continuará tentando "
           "entregar esta mensagem pelos próximos 1 dias, 19 horas e 52 minutos. Você será notificado se a mensagem não "
           "puder ser entregue até lá.", "Informações de diagnóstico para administradores:"),
    "pl": ("Opóźnione dostarczenie:", "Dostarczenie do tych adresatów lub grup jest opóźnione:",
           "Ta wiadomość nie została jeszcze dostarczona. Próby dostarczenia będą kontynuowane.\n\nSerwer będzie "
           "próbował dostarczyć tę wiadomość przez następne 1 dni, 19 godzin i 52 minuty. Otrzymasz powiadomienie, "
           "jeśli do tego czasu wiadomość nie zostanie dostarczona.", "Informacje diagnostyczne dla administratorów:"),
    "sv": ("Fördröjd leverans:", "Leveransen till de här mottagarna eller grupperna är fördröjd:",
           "Meddelandet har inte levererats än. Leveransförsöken fortsätter.\n\nServern kommer att försöka leverera "
           "meddelandet under de kommande 1 dagarna, 19 timmarna och 52 minuterna. Du meddelas om meddelandet inte kan "
           "levereras inom den tiden.", "Diagnostikinformation för administratörer:"),
    "ja": ("配信遅延:", "次の受信者またはグループへの配信が遅延しています:",
           "このメッセージはまだ配信されていません。配信の試行は継続されます。\n\nサーバーは今後 1 日 19 時間 52 分間、このメッセージの配信を試行"
           "し続けます。その時間内に配信できない場合は通知されます。", "管理者向けの診断情報:"),
}
_LANG = {"nl": "nl-NL", "pt": "pt-BR", "pl": "pl-PL", "sv": "sv-SE", "ja": "ja-JP"}


def exo_delay_more(rid: str, a: str, lang: str, remote: str, said: str, status: str) -> bytes:
    """Exchange / Microsoft 365's delay notice (Action: delayed) in one of D_MORE's languages."""
    subj, head, lines, admins = D_MORE[lang]
    text = (f"{head}\n\n{a}\n\nSubject: {SUBJ}\n\n{lines}\n\n{admins}\n\nGenerating server: EXCH02.corp.example.net\n\n"
            f"{a}\nRemote Server at {remote} (203.0.113.44) returned '{said}'\n")
    html = f"<html><body><p><b>{head}</b></p><p>{a}</p><p>{lines}</p><p>{admins}</p><p>{said}</p></body></html>"
    dsn = (f"Final-Recipient: rfc822;{a}\nAction: delayed\nStatus: {status}\nRemote-MTA: dns;{remote}\n"
           f"Diagnostic-Code: smtp;{said}\nWill-Retry-Until: Thu, 16 Oct 2025 05:04:44 +0000\n")
    return _ms_message(rid, a, _LANG[lang], f"{subj} {SUBJ}", text, html, dsn)
