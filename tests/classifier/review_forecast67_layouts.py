"""Layouts of forecast 67's notices (tests/classifier/forecast67_draw.py): the five a non-English sender meets, each
built around one sourced wording (review_forecast67.WORDINGS). Frame lines that carry no reason are OUR translation
(FRAME); the Exchange NDR labels and explanations are Exchange's own, as the cited NDRs show them (EXCH)."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, SELLER, _orig

# OUR translations: (subject, lead sentence, 'the remote server answered:' label), one per language.
FRAME = {
    "de": ("Unzustellbar", "Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden:",
           "Antwort des entfernten Servers:"),
    "fr": ("Non remis", "Votre message n'a pas pu être remis au destinataire suivant :", "Réponse du serveur distant :"),
    "es": ("No se puede entregar", "No se pudo entregar su mensaje al siguiente destinatario:",
           "Respuesta del servidor remoto:"),
    "it": ("Messaggio non recapitato", "Non è stato possibile recapitare il messaggio al seguente destinatario:",
           "Risposta del server remoto:"),
    "pt": ("Mensagem não entregue", "Não foi possível entregar sua mensagem ao seguinte destinatário:",
           "Resposta do servidor remoto:"),
    "nl": ("Onbestelbaar", "Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:",
           "Antwoord van de externe server:"),
    "pl": ("Wiadomość niedostarczona", "Nie udało się dostarczyć wiadomości do następującego odbiorcy:",
           "Odpowiedź zdalnego serwera:"),
    "sv": ("Kunde inte levereras", "Ditt meddelande kunde inte levereras till följande mottagare:",
           "Svar från fjärrservern:"),
    "ru": ("Недоставленное сообщение", "Ваше письмо не может быть доставлено следующему адресату:",
           "Ответ удалённого сервера:"),
    "ja": ("配信エラー", "次の宛先にメールを配信できませんでした:", "相手先サーバーの応答:"),
    "zh": ("退信", "您的邮件未能投递到以下收件人:", "对方服务器的回复:"),
}
# Yandex's own Russian preface above Postfix's English text (pastebin.com/sDxMuzCm, a yandex.ru notice).
YANDEX_PREFACE = ("**********\nЭто письмо отправлено почтовым сервером yandex.ru.\n\nК сожалению, мы вынуждены сообщить "
                  "Вам о том, что Ваше письмо не может\nбыть отправлено одному или нескольким адресатам. Технические "
                  "подробности можно найти ниже.\n\nПожалуйста, не отвечайте на это сообщение.\n**********\n\n")
PF_BODY = ("This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
           "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
           "the attached returned message.\n\n                   The mail system\n\n")
# Exchange's own labels: de from an Exchange 2013 German NDR (pastebin.com/BsjRCWQL), es from Exchange Spanish NDRs
# (pastebin.com/HGKcccQU heading, pastebin.com/JHaPQHk7 labels), fr from an Exchange 2016 French NDR
# (pastebin.com/HZca6aT2), pt below: (heading, diagnostic label, generating-server label, original-headers label).
EXCH = {
    "de": ("Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen:",
           "Diagnoseinformationen für Administratoren:", "Generierender Server:", "Ursprüngliche Nachrichtenköpfe:"),
    "es": ("No se ha podido realizar la entrega a estos destinatarios o listas de distribución:",
           "Información de diagnóstico para los administradores:", "Generando servidor:",
           "Encabezados de mensajes originales:"),
    "fr": ("Échec de la remise pour ces destinataires ou groupes :",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération :",
           "En-têtes de message d'origine :"),
    # pt: an Exchange Portuguese NDR (pastebin.com/BxEWDHGy).
    "pt": ("Falha na entrega aos seguintes destinatários ou grupos:", "Informações de diagnóstico para administradores:",
           "Gerando servidor:", "Cabeçalhos de mensagem originais:"),
}
CHARSET = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"


def _head(rid: str, host: str, subject: str, ctype: str) -> str:
    return (f"Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@{host}>\nTo: {SELLER}\nDate: {DATE}\n"
            f"Subject: {subject}\nAuto-Submitted: auto-replied\nMessage-ID: <{rid}.f67@{host}>\nMIME-Version: 1.0\n"
            f"{ctype}\n")


def _dsn(host: str, a: str, status: str, action: str, diag: str | None, mx: str | None) -> str:
    return (f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\nArrival-Date: {DATE}\n\n"
            f"Final-Recipient: rfc822; {a}\nAction: {action}\nStatus: {status}\n"
            + (f"Remote-MTA: dns; {mx}\n" if mx else "") + (f"Diagnostic-Code: smtp; {diag}\n" if diag else "") + "\n")


def _report(rid: str, host: str, subject: str, human: str, dsn: str, a: str) -> bytes:
    b = f"f67{rid}/{host}"
    return (_head(rid, host, subject, f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"")
            + f"\nThis is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\n{CHARSET}\n"
            f"{human}\n--{b}\n{dsn}--{b}\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com")
            + f"\n--{b}--\n").encode()


def plain_dsn(rid: str, a: str, lang: str, *, reply: str, status: str, mx: str | None, action: str = "failed",
              host: str = "mail.example.com") -> bytes:
    """A DSN whose human part says only THAT delivery failed (our translation); the reason is in the Diagnostic-Code."""
    subject, lead, _said = FRAME[lang]
    return _report(rid, host, subject, f"{lead}\n\n  {a}\n", _dsn(host, a, status, action, reply, mx), a)


def localized_report(rid: str, a: str, lang: str, *, reply: str, local: str, status: str,
                     action: str = "failed", host: str = "mail.example.com") -> bytes:
    """A DSN whose human part, in the language, carries the reason (the source's localized words where it gave
    them, and the server's answer); the DSN part has a Status and no Diagnostic-Code."""
    subject, lead, said = FRAME[lang]
    human = f"{lead}\n\n  {a}\n" + (f"  {local}\n" if local else "") + f"\n{said}\n  {reply}\n"
    return _report(rid, host, subject, human, _dsn(host, a, status, action, None, None), a)


def prose(rid: str, a: str, lang: str, *, reply: str, local: str, host: str = "mail.example.com") -> bytes:
    """A plain-text notice only: no DSN part, no X-Failed-Recipients; the address and the reason in the prose."""
    subject, lead, said = FRAME[lang]
    body = (f"{lead}\n\n{a}\n" + (f"{local}\n" if local else "") + f"\n{said}\n{reply}\n\n"
            "------ Original message ------\n\n" + _orig(SELLER, a, f"{rid}@example.com"))
    return (_head(rid, host, subject, CHARSET) + "\n" + body).encode()


def postfix_preface(rid: str, a: str, lang: str, *, line: str, reply: str, status: str, mx: str | None,
                    action: str = "failed", local: str = "", host: str = "mail.example.com") -> bytes:
    """Postfix's bounce with a preface in the language above its English text (Yandex's own for ru, else ours; the
    source's localized words, where it gave them, in the preface)."""
    subject, lead, _said = FRAME[lang]
    words = f"  {local}\n" if local else ""
    preface = YANDEX_PREFACE if lang == "ru" else f"**********\n{lead}\n  {a}\n{words}**********\n\n"
    human = preface + PF_BODY.format(host=host) + f"<{a}>: {line}\n"
    return _report(rid, host, subject, human, _dsn(host, a, status, action, reply, mx), a)


def exchange(rid: str, a: str, lang: str, *, explain: str, diag: str, status: str, remote: str | None = None) -> bytes:
    """Exchange 2013/2016's NDR in the sender's language (headings and labels as the cited NDRs show them)."""
    heading, diag_label, gen_label, orig_label = EXCH[lang]
    server = "EXCH01.corp.example.net"
    text = (f"{heading}\n\n{a}\n{explain}\n\n\n\n\n{diag_label}\n\n{gen_label} {server}\n\n{a}\n"
            + (f"{remote}\n" if remote else "") + f"Remote Server returned '{diag}'\n\n{orig_label}\n\n"
            f"From: Sam Seller <{SELLER}>\nTo: <{a}>\nSubject: Quick question about your Q4 logistics\n")
    b = "_ex67_"
    return (
        f"From: Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.net>\n"
        f"To: <{SELLER}>\nDate: {DATE}\nSubject: Undeliverable: Quick question about your Q4 logistics\n"
        f"Message-ID: <{rid}@{server}>\nAuto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr:\n"
        f"Content-Language: {lang}\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
        f"--{b}\n{CHARSET}\n{text}\n--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;{server}\n\n"
        f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {status}\n"
        + (f"Remote-MTA: dns;{remote}\n" if remote else "") + f"Diagnostic-Code: smtp;{diag}\n\n"
        f"--{b}\nContent-Type: text/rfc822-headers\n\nFrom: Sam Seller <{SELLER}>\nTo: <{a}>\n"
        f"Subject: Quick question about your Q4 logistics\nMessage-ID: <{rid}@example.com>\n\n--{b}--\n"
    ).encode()
