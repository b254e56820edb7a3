"""Review locale59's layouts: the SENDER's own provider's notice when the sender's mailbox is set to another language.

Gmail's DSN (review_holdout50_layouts.gmail's layout) with EVERY user-facing line in the sender's language: the
heading, the lead, and the labels before the remote reply ('The response from the remote server was:', 'The response
was:', 'Learn more here:'), which the earlier language reviews (langs54, langs57) left in English. The Subject stays
'Delivery Status Notification (Failure)' / '(Delay)': Google's own help in German and Spanish says so
(support.google.com/mail/answer/6596?hl=de: 'Die Betreffzeile lautet oft „Delivery Status Notification (Failure)“';
?hl=es-419 the same). The heading of the sending-limit notice is Google's own localised wording where its help quotes it
(answer 22839 hl=de / fr / ja, answer 166852 hl=it / ja, answer 6596 hl=es-419); every other localised line is OUR
translation of Gmail's English template (rows say so).

Microsoft 365 / Outlook.com's NDR (review_holdout50_layouts.exo's anatomy) with every label in the sender's language
(our translation of learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' anatomy, the
user lines of langs54's EXO_LANGS reused where they exist), its delay notice (Exchange's 'Delivery is delayed to these
recipients or groups:'; German 'Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert' as
adino.at's FAQ quotes it), and Exchange 2003 / Outlook's older 'Your message did not reach some or all of the intended
recipients' (German as technet.microsoft.com/de-de/library/dd285509 quotes it: 'Ihre Nachricht hat keine oder nicht
alle Empfänger erreicht.', 'Folgende(r) Empfänger kann/können nicht erreicht werden:'). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_holdout50_layouts import DATE, REP, SELLER, _orig
from tests.classifier.review_langs54 import _DELAYED, _LEADS
from tests.classifier.review_langs57_stageless import LEADS as _FAILED_ALL

# Gmail: (remote-said, said, learn) labels, translated by us.
G_LABELS = {
    "de": ("Die Antwort des Remote-Servers lautete:", "Die Antwort lautete:", "Weitere Informationen:"),
    "fr": ("La réponse du serveur distant était :", "La réponse était :", "En savoir plus :"),
    "es": ("La respuesta del servidor remoto fue:", "La respuesta fue:", "Más información:"),
    "it": ("La risposta del server remoto è stata:", "La risposta è stata:", "Ulteriori informazioni:"),
    "pt": ("A resposta do servidor remoto foi:", "A resposta foi:", "Saiba mais:"),
    "nl": ("Het antwoord van de externe server was:", "Het antwoord was:", "Meer informatie:"),
    "pl": ("Odpowiedź serwera zdalnego:", "Odpowiedź:", "Więcej informacji:"),
    "sv": ("Svaret från fjärrservern var:", "Svaret var:", "Läs mer:"),
    "ja": ("リモート サーバーからの応答:", "応答:", "詳細:"),
    "zh": ("远程服务器返回的响应：", "响应：", "了解详情："),
    "ru": ("Ответ удаленного сервера:", "Ответ:", "Подробнее:"),
}
_DOMAIN = {
    "de": "Ihre Nachricht wurde nicht an {a} zugestellt, weil die Domain {d} nicht gefunden wurde. Prüfen Sie die "
          "Adresse auf Tippfehler oder überflüssige Leerzeichen und versuchen Sie es noch einmal.",
    "fr": "Votre message n'a pas été distribué à {a}, car le domaine {d} est introuvable. Vérifiez qu'il n'y a pas de "
          "fautes de frappe ni d'espaces inutiles, puis réessayez.",
    "es": "Tu mensaje no se ha entregado a {a} porque no se ha encontrado el dominio {d}. Comprueba si hay errores "
          "tipográficos o espacios innecesarios y vuelve a intentarlo.",
    "pt": "Sua mensagem não foi entregue a {a} porque o domínio {d} não foi encontrado. Verifique se há erros de "
          "digitação ou espaços desnecessários e tente novamente.",
    "nl": "Je bericht is niet bezorgd bij {a} omdat het domein {d} niet is gevonden. Controleer of er typefouten of "
          "overbodige spaties zijn en probeer het opnieuw.",
    "ja": "ドメイン {d} が見つからなかったため、{a} にメールを配信できませんでした。入力ミスや不要なスペースがないか確認して、もう一度お試しください。",
    "zh": "您的邮件未能送达 {a}，因为找不到域名 {d}。请检查是否有拼写错误或多余的空格，然后重试。",
    "ru": "Ваше сообщение не доставлено на адрес {a}, так как домен {d} не найден. Проверьте, нет ли опечаток или "
          "лишних пробелов, и повторите попытку.",
}
_FAILED_MORE = {
    "nl": ("Bericht niet bezorgd", "Er is een probleem opgetreden bij het bezorgen van je bericht bij {a}. Bekijk de "
           "technische details hieronder."),
    "pl": ("Wiadomość nie została dostarczona", "Wystąpił problem z dostarczeniem Twojej wiadomości do {a}. "
           "Szczegóły techniczne znajdziesz poniżej."),
    "sv": ("Meddelandet levererades inte", "Det uppstod ett problem när ditt meddelande skulle levereras till {a}. "
           "Se den tekniska informationen nedan."),
    "ja": ("メールを配信できませんでした", "{a} へのメールの配信中に問題が発生しました。詳しくは、以下の技術情報をご確認ください。"),
}
_DELAY_MORE = {
    "fr": ("Distribution incomplète", "Un problème temporaire est survenu lors de la distribution de votre message à "
           "{a}. Gmail réessaiera pendant encore 46 heures. Vous serez averti si la distribution échoue "
           "définitivement."),
    "es": ("Entrega incompleta", "Se ha producido un problema temporal al entregar tu mensaje a {a}. Gmail volverá a "
           "intentarlo durante 45 horas más. Recibirás una notificación si la entrega falla de forma definitiva."),
    "it": ("Recapito incompleto", "Si è verificato un problema temporaneo durante il recapito del messaggio a {a}. "
           "Gmail riproverà per altre 47 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo "
           "definitivo."),
    "pt": ("Entrega incompleta", "Houve um problema temporário ao entregar sua mensagem para {a}. O Gmail tentará "
           "novamente por mais 46 horas. Você será notificado se a entrega falhar permanentemente."),
    "nl": ("Bezorging niet voltooid", "Er is een tijdelijk probleem opgetreden bij het bezorgen van je bericht bij "
           "{a}. Gmail probeert het nog 46 uur opnieuw. Je krijgt een melding als de bezorging definitief mislukt."),
    "pl": ("Dostarczanie nie zostało ukończone", "Wystąpił tymczasowy problem z dostarczeniem Twojej wiadomości do "
           "{a}. Gmail będzie ponawiać próby przez kolejne 45 godz. Otrzymasz powiadomienie, jeśli dostarczenie "
           "ostatecznie się nie powiedzie."),
    "sv": ("Leveransen är inte slutförd", "Ett tillfälligt problem uppstod när ditt meddelande skulle levereras till "
           "{a}. Gmail försöker igen i 44 timmar till. Du meddelas om leveransen misslyckas permanent."),
}
# The sending-limit notice: Google's own localised heading where cited (de/fr/ja/it/es), 'Your message was not sent.'
_LIMIT = {
    "de": ("Sie haben das Limit zum Senden von E-Mails erreicht.", "Ihre Nachricht wurde nicht gesendet."),
    "fr": ("Vous avez atteint la limite d'envoi d'e-mails", "Votre message n'a pas été envoyé."),
    "ja": ("送信できるメールの制限数に達しました", "メールは送信されませんでした。"),
    "it": ("Hai raggiunto il limite di invio email", "Il tuo messaggio non è stato inviato."),
    "es": ("Alcanzaste el límite para enviar correos electrónicos", "Tu mensaje no se envió."),
    "pt": ("Você atingiu o limite de envio de e-mails", "Sua mensagem não foi enviada."),
}
_BLOCK = {
    "fr": ("Message bloqué", "Votre message à {a} a été bloqué. Pour en savoir plus, consultez les détails techniques "
           "ci-dessous."),
    "ja": ("メールがブロックされました", "{a} 宛てのメールはブロックされました。詳しくは、以下の技術情報をご確認ください。"),
    "sv": ("Meddelandet blockerades", "Ditt meddelande till {a} har blockerats. Mer information finns i den tekniska "
           "informationen nedan."),
}
G_TEXTS = {"notfound": _LEADS, "failed": {**_FAILED_ALL, **_FAILED_MORE}, "delay": {**_DELAYED, **_DELAY_MORE},
           "limit": _LIMIT, "blocked": _BLOCK}


def gmail_loc(rid: str, a: str, lang: str, kind: str, reply: str, status: str, remote: str | None = None, *,
              learn: str = "") -> bytes:
    """Gmail's DSN in the sender's language: text + HTML alternatives, the RFC 3464 part, the original message.
    kind 'domain' is Gmail's unknown-domain notice (heading 'Address not found'); 'delay' sets Action: delayed."""
    said_remote, said_plain, learn_word = G_LABELS[lang]
    if kind == "domain":
        heading, lead = _LEADS[lang][0], _DOMAIN[lang].format(a=a, d=a.split("@")[1])
    else:
        heading, lead = G_TEXTS[kind][lang]
        lead = lead.format(a=a)
    delay = kind == "delay"
    said = said_remote if remote else said_plain
    learn_line = f"\n\n{learn_word} {learn}" if learn else ""
    text = f"** {heading} **\n\n{lead}{learn_line}\n\n{said}\n{reply}\n"
    html = (f"<html><head></head><body><div style=\"font-size:24px\">{heading}</div><p>{lead}</p>"
            f"<p>{said}</p><p style=\"font-family:monospace\">{reply}</p></body></html>")
    mid = f"CA{rid}x9Kq@mail.gmail.com"
    remote_line = f"Remote-MTA: dns; {remote}\n" if remote else ""
    failed_hdr = "" if delay else f"X-Failed-Recipients: {a}\n"
    return (
        "Return-Path: <>\nReceived: by 2002:a05:6a10:9f4b:b0:5a1:1c2:33e with SMTP id hand-made; " + DATE + "\n"
        f"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: {SELLER}\n{failed_hdr}"
        "Auto-Submitted: auto-replied\n"
        f"Subject: Delivery Status Notification ({'Delay' if delay else 'Failure'})\n"
        f"References: <{mid}>\nIn-Reply-To: <{mid}>\nMessage-ID: <{rid}.dsn@mx.google.com>\nDate: {DATE}\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"000000000000c4d5\"; "
        "report-type=delivery-status\n\n"
        "--000000000000c4d5\nContent-Type: multipart/alternative; boundary=\"000000000000c4d6\"\n\n"
        f"--000000000000c4d6\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        f"--000000000000c4d6\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{html}\n"
        "--000000000000c4d6--\n"
        "--000000000000c4d5\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {DATE}\nX-Original-Message-ID: <{mid}>\n\n"
        f"Final-Recipient: rfc822; {a}\nAction: {'delayed' if delay else 'failed'}\nStatus: {status}\n{remote_line}"
        f"Diagnostic-Code: smtp; {reply}\nLast-Attempt-Date: {DATE}\n"
        + ("Will-Retry-Until: Thu, 16 Oct 2025 09:10:03 -0700 (PDT)\n" if delay else "") + "\n"
        "--000000000000c4d5\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, mid) +
        "\n--000000000000c4d5--\n"
    ).encode()


# Microsoft 365 NDR labels: (user line, admins, original details, error details, reported, generated by, subject
# prefix, remote server, status code, how to fix), translated by us (de/fr/es as holdout50's exo, it..zh's user line
# and admins / status labels as langs54's EXO_LANGS).
M_LABELS = {
    "de": ("Ihre Nachricht an {a} konnte nicht übermittelt werden.", "Weitere Informationen für E-Mail-Administratoren",
           "Ursprüngliche Nachrichtendetails", "Fehlerdetails", "Gemeldeter Fehler:", "DSN generiert von:",
           "Unzustellbar:", "Remoteserver:", "Statuscode:", "So beheben Sie das Problem"),
    "fr": ("Votre message à {a} n'a pas pu être remis.", "Plus d'informations pour les administrateurs de messagerie",
           "Détails du message d'origine", "Détails de l'erreur", "Erreur signalée :", "DSN généré par :",
           "Non remis :", "Serveur distant :", "Code d'état :", "Comment résoudre ce problème"),
    "es": ("No se pudo entregar el mensaje a {a}.", "Más información para administradores de correo electrónico",
           "Detalles del mensaje original", "Detalles del error", "Error notificado:", "DSN generado por:",
           "No se puede entregar:", "Servidor remoto:", "Código de estado:", "Cómo solucionarlo"),
    "it": ("Impossibile recapitare il messaggio a {a}.", "Altre informazioni per gli amministratori di posta "
           "elettronica", "Dettagli del messaggio originale", "Dettagli dell'errore", "Errore segnalato:",
           "DSN generato da:", "Non recapitabile:", "Server remoto:", "Codice di stato:", "Come risolvere il problema"),
    "pt": ("Sua mensagem para {a} não pôde ser entregue.", "Mais informações para administradores de email",
           "Detalhes da mensagem original", "Detalhes do erro", "Erro relatado:", "DSN gerado por:",
           "Não é possível entregar:", "Servidor remoto:", "Código de status:", "Como corrigir"),
    "nl": ("Uw bericht aan {a} kan niet worden bezorgd.", "Meer informatie voor e-mailbeheerders",
           "Details van het oorspronkelijke bericht", "Foutdetails", "Gerapporteerde fout:", "DSN gegenereerd door:",
           "Onbestelbaar:", "Externe server:", "Statuscode:", "Oplossing"),
    "pl": ("Nie można dostarczyć wiadomości do {a}.", "Więcej informacji dla administratorów poczty e-mail",
           "Szczegóły oryginalnej wiadomości", "Szczegóły błędu", "Zgłoszony błąd:", "Raport DSN wygenerowany przez:",
           "Niedostarczone:", "Serwer zdalny:", "Kod stanu:", "Jak rozwiązać problem"),
    "sv": ("Det gick inte att leverera ditt meddelande till {a}.", "Mer information för e-postadministratörer",
           "Information om ursprungligt meddelande", "Felinformation", "Rapporterat fel:", "DSN genererades av:",
           "Olevererbart:", "Fjärrserver:", "Statuskod:", "Så här åtgärdar du det"),
    "ru": ("Не удается доставить ваше сообщение для {a}.", "Дополнительные сведения для администраторов электронной "
           "почты", "Сведения об исходном сообщении", "Сведения об ошибке", "Сообщение об ошибке:", "DSN создано:",
           "Не удается доставить:", "Удаленный сервер:", "Код состояния:", "Как устранить проблему"),
    "ja": ("{a} にメッセージを配信できませんでした。", "メール管理者向けの詳細情報", "元のメッセージの詳細", "エラーの詳細",
           "報告されたエラー:", "DSN の生成元:", "配信不能:", "リモート サーバー:", "状態コード:", "解決方法"),
    "zh": ("无法将你的邮件传递到 {a}。", "面向电子邮件管理员的详细信息", "原始邮件详细信息", "错误详细信息", "报告的错误:",
           "DSN 生成者:", "无法投递:", "远程服务器:", "状态代码:", "如何解决"),
}
_SRV = "AM9PR02MB7123.eurprd02.prod.outlook.com"
_SUBJ = "Quick question about your Q4 logistics"


def _ms_message(rid: str, a: str, lang: str, subject: str, text: str, html: str, dsn: str) -> bytes:
    return (
        f"From: Microsoft Outlook <postmaster@example.net>\nTo: Rep <{REP}>\nDate: {DATE}\nSubject: {subject}\n"
        f"Content-Language: {lang}\nMessage-ID: <{rid}-ndr@{_SRV}>\nX-MS-Exchange-Message-Is-Ndr:\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        "report-type=delivery-status;\n\tboundary=\"_000_ndr59_\"\n\n--_000_ndr59_\nContent-Type: multipart/alternative; "
        "boundary=\"_001_alt59_\"\n\n"
        f"--_001_alt59_\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        f"--_001_alt59_\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n{html}\n"
        "--_001_alt59_--\n\n--_000_ndr59_\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns;{_SRV}\nReceived-From-MTA: dns;PH0PR19MB7777.namprd19.prod.outlook.com\n"
        f"Arrival-Date: {DATE}\n\n{dsn}\n"
        "--_000_ndr59_\nContent-Type: message/rfc822\n\n" + _orig(REP, a, f"{rid}@PH0PR19MB7777.outlook.com") +
        "\n--_000_ndr59_--\n"
    ).encode()


def exo_loc(rid: str, a: str, lang: str, why: str, diag: str, status: str, remote: str | None = None,
            fix: str = "") -> bytes:
    """Microsoft 365's NDR to its own sender with every label in the sender's language (Action: failed)."""
    user, admins, details, errs, reported, generated, subj, rserver, code, fix_head = M_LABELS[lang]
    user = user.format(a=a)
    fix_part = f"{fix_head}\n{fix}\n\n" if fix else ""
    text = (f"{user}\n\n{why}\n\n{fix_part}{admins}\n{code} {status}\n\n{details}\nSender Address: {REP}\n"
            f"Recipient Address: {a}\nSubject: {_SUBJ}\n\n{errs}\n{reported} {diag}\n{generated} {_SRV}\n"
            + (f"{rserver} {remote}\n" if remote else ""))
    html = (f"<html><body><p><b>{user}</b></p><p>{why}</p><p>{fix}</p><p><b>{admins}</b></p>"
            f"<p>{reported} {diag}<br>{generated} {_SRV}</p></body></html>")
    remote_line = f"Remote-MTA: dns;{remote}\n" if remote else ""
    dsn = f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {status}\n{remote_line}Diagnostic-Code: smtp;{diag}\n"
    return _ms_message(rid, a, lang, f"{subj} {_SUBJ}", text, html, dsn)


# Exchange's delay notice: (subject prefix, heading, 'not yet delivered' lines, admin label); de heading as adino.at
# quotes it, the rest translated by us from Exchange 2013+'s English ('Delivery is delayed to these recipients or
# groups:', 'This message hasn't been delivered yet. Delivery will continue to be attempted.', 'The server will keep
# trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be notified if the message
# can't be delivered by that time.', 'Diagnostic information for administrators:').
D_LABELS = {
    "de": ("Zustellung verzögert:", "Die Zustellung an folgende Empfänger oder Verteilerlisten wurde verzögert:",
           "Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachricht zuzustellen.\n\n"
           "Der Server versucht für die nächsten 1 Tage, 19 Stunden und 52 Minuten, diese Nachricht zuzustellen. Sie "
           "werden benachrichtigt, wenn die Nachricht bis dahin nicht zugestellt werden kann.",
           "Diagnoseinformationen für Administratoren:"),
    "fr": ("Remise différée :", "La remise aux destinataires ou groupes suivants est différée :",
           "Ce message n'a pas encore été remis. La remise va continuer à être tentée.\n\nLe serveur va continuer "
           "d'essayer de remettre ce message pendant 1 jours, 19 heures et 52 minutes. Vous serez averti si le "
           "message ne peut pas être remis d'ici là.", "Informations de diagnostic pour les administrateurs :"),
    "es": ("Entrega retrasada:", "La entrega a estos destinatarios o grupos se ha retrasado:",
           "Este mensaje aún no se ha entregado. Se seguirá intentando la entrega.\n\nEl servidor seguirá intentando "
           "entregar este mensaje durante los próximos 1 días, 19 horas y 52 minutos. Se le notificará si el mensaje "
           "no se puede entregar en ese plazo.", "Información de diagnóstico para administradores:"),
    "it": ("Recapito ritardato:", "Il recapito ai destinatari o gruppi seguenti è stato ritardato:",
           "Questo messaggio non è stato ancora recapitato. Si continuerà a tentare il recapito.\n\nIl server "
           "continuerà a tentare di recapitare il messaggio per i prossimi 1 giorni, 19 ore e 52 minuti. Riceverai "
           "una notifica se il messaggio non potrà essere recapitato entro tale termine.",
           "Informazioni di diagnostica per gli amministratori:"),
}


def exo_delay(rid: str, a: str, lang: str, remote: str, said: str, status: str) -> bytes:
    """Exchange / Microsoft 365 delay notice (Action: delayed) in the sender's language."""
    subj, head, lines, admins = D_LABELS[lang]
    text = (f"{head}\n\n{a}\n\nSubject: {_SUBJ}\n\n{lines}\n\n{admins}\n\nGenerating server: {_SRV}\n\n{a}\n"
            f"Remote Server at {remote} (203.0.113.44) returned '{said}'\n")
    html = f"<html><body><p><b>{head}</b></p><p>{a}</p><p>{lines}</p><p>{admins}</p><p>{said}</p></body></html>"
    dsn = (f"Final-Recipient: rfc822;{a}\nAction: delayed\nStatus: {status}\nRemote-MTA: dns;{remote}\n"
           f"Diagnostic-Code: smtp;{said}\nWill-Retry-Until: Thu, 16 Oct 2025 05:04:44 +0000\n")
    return _ms_message(rid, a, lang, f"{subj} {_SUBJ}", text, html, dsn)


# Exchange 2003 / Outlook's older NDR: (subject prefix, 'did not reach', 'Subject', 'Sent', 'cannot be reached', 'on').
O_LABELS = {
    "de": ("Unzustellbar:", "Ihre Nachricht hat keine oder nicht alle Empfänger erreicht.", "Betreff:", "Gesendet:",
           "Folgende(r) Empfänger kann/können nicht erreicht werden:", "am"),
    "fr": ("Non remis :", "Votre message n'est pas parvenu à certains ou à l'ensemble des destinataires.", "Objet :",
           "Envoyé :", "Impossible de joindre le(s) destinataire(s) suivant(s) :", "le"),
    "it": ("Non recapitabile:", "Il messaggio non ha raggiunto alcuni o tutti i destinatari.", "Oggetto:", "Inviato:",
           "Impossibile raggiungere i seguenti destinatari:", "il"),
}


def ex2003_loc(rid: str, a: str, lang: str, explain: str, mta: str, status: str, diag: str) -> bytes:
    """Exchange 2003's NDR ('<mta> #5.1.1 smtp;550 ...' after the user sentence) in the sender's language."""
    subj, head, subject, sent, cannot, on = O_LABELS[lang]
    text = (f"{head}\n\n      {subject}\t{_SUBJ}\n      {sent}\t14.10.2025 11:10\n\n{cannot}\n\n"
            f"      '{a}' {on} 14.10.2025 11:12\n            {explain}\n            <{mta} #{status} smtp;{diag}>\n")
    return (
        f"From: System Administrator <postmaster@corp.example.net>\nTo: Rep <{REP}>\nDate: {DATE}\n"
        f"Subject: {subj} {_SUBJ}\nMessage-ID: <{rid}@EXCH2003.corp.example.net>\nX-MS-Embedded-Report:\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"_ex03_\"\n\n"
        f"--_ex03_\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: 8bit\n\n{text}\n"
        "--_ex03_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;EXCH2003.corp.example.net\n\n"
        f"Final-Recipient: rfc822;{a}\nAction: failed\nStatus: {status}\nX-Supplementary-Info: <{mta} #{status} "
        f"smtp;{diag}>\n\n--_ex03_\nContent-Type: message/rfc822\n\n" + _orig(REP, a, f"{rid}@corp.example.net") +
        "\n--_ex03_--\n"
    ).encode("latin-1")
