"""Review langs57's localised frames (HAND-MADE): the generators' own English layouts with their words in the
sender's or the server's language, as a site or a distribution ships them translated. Where no source shows the
localised frame's words, they are OUR translation of the generator's English template, and the rows say "frame
translated by us"; the replies inside (the part a classifier must read) are quoted from the sources the rows cite.

- `pf`: Postfix bounce(8) with a translated bounce(5) template (bounce_template_file; postfix.org bounce.5.html).
  de/es/ja/ru/zh/nl/pl/sv are review_langs54_more.PF_TEXT; fr/it/pt are added here.
- `exim`: Exim's deliver.c bounce as a bounce_message_file translates it (Exim spec ch. 48 'Customizing bounce and
  warning messages'): plain text, X-Failed-Recipients, 'SMTP error from remote mail server after RCPT TO:<x>:'.
- `ex2013`: Exchange 2013 / 2016 on-premises NDR ('Delivery has failed to these recipients or groups:', the user
  sentence, 'Diagnostic information for administrators:', 'Remote Server returned '...''; learn.microsoft.com 'Non-
  delivery reports in Exchange Server'), its labels in the sender's Outlook language.
- `qmail`: qmail-send's bounce ('Hi. This is the qmail-send program at ...'; qmail-send.c) with the greeting lines
  translated as ISPs' patched qmail-send does (kei.pl's Polish one in review_langs54_more is such a notice).
- `plain`: a provider's own notice with no delivery-status part (no code beyond the server's reply)."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_langs54_more import PF_TEXT

PF_MORE = {
    "fr": ("Ceci est le système de messagerie de la machine {h}.\n\nJ'ai le regret de vous informer que votre message "
           "n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.\n\nPour toute aide, "
           "écrivez à postmaster.", "Le système de messagerie", "Courrier non remis renvoyé à l'expéditeur",
           "iso-8859-15", "quoted-printable"),
    "it": ("Questo è il sistema di posta del server {h}.\n\nSiamo spiacenti di informarti che il tuo messaggio non è "
           "stato recapitato a uno o più destinatari. È allegato qui sotto.", "Il sistema di posta",
           "Messaggio non recapitato restituito al mittente", "iso-8859-1", "quoted-printable"),
    "pt": ("Este é o sistema de e-mail do servidor {h}.\n\nLamentamos informar que sua mensagem não pôde ser entregue "
           "a um ou mais destinatários. Ela está anexada abaixo.", "O sistema de e-mail",
           "Mensagem não entregue devolvida ao remetente", "iso-8859-1", "quoted-printable"),
}


def said(mx: str, reply: str, command: str = "RCPT TO") -> str:
    """Postfix smtp(8)'s per-recipient line for a remote reply."""
    return f"host {mx}[192.0.2.57] said: {reply} (in reply to {command}\n    command)"


def pf(name: str, lang: str, a: str, line: str, *, status: str, diag: str | None = None, remote: str | None = None,
       host: str = "mail.example.net") -> bytes:
    intro, sig, subject, cs, cte = {**PF_TEXT, **PF_MORE}[lang]
    body = f"{intro.format(h=host)}\n\n                   {sig}\n\n<{a}>: {line}\n"
    return notice(name, body=body, charset=cs, cte=cte, subject=subject, rcpt=a,
                  sender=f"MAILER-DAEMON@{host} (Mail Delivery System)", generator="Postfix bounce(8), localised template",
                  dsn={"action": "failed", "status": status, "remote": remote, "diag": diag, "reporting": host})


EXIM_T = {
    "de": ("Diese Nachricht wurde automatisch von der Mail-Zustellungssoftware erstellt.\n\nEine von Ihnen gesendete "
           "Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt\nwerden. Dies ist ein permanenter Fehler. "
           "Folgende Adresse(n) schlugen fehl:", "Mailzustellung fehlgeschlagen: Nachricht wird zurückgesandt",
           "iso-8859-1", "quoted-printable"),
    "it": ("Questo messaggio è stato creato automaticamente dal software di consegna della posta.\n\nUn messaggio che "
           "hai inviato non ha potuto essere consegnato a uno o più destinatari.\nSi tratta di un errore permanente. I "
           "seguenti indirizzi non sono riusciti:", "Consegna della posta non riuscita: restituzione del messaggio al "
           "mittente", "iso-8859-1", "8bit"),
    "pt": ("Esta mensagem foi criada automaticamente pelo software de entrega de e-mail.\n\nUma mensagem que você "
           "enviou não pôde ser entregue a um ou mais destinatários.\nEste é um erro permanente. O(s) seguinte(s) "
           "endereço(s) falharam:", "Falha na entrega do e-mail: devolvendo a mensagem ao remetente", "utf-8", "base64"),
    "nl": ("Dit bericht is automatisch aangemaakt door de e-mailbezorgsoftware.\n\nEen bericht dat u hebt verzonden kon "
           "niet worden afgeleverd bij een of meer ontvangers.\nDit is een permanente fout. De volgende adres(sen) "
           "mislukten:", "Bezorging van e-mail mislukt: bericht wordt teruggestuurd", "iso-8859-1", "quoted-printable"),
    "pl": ("Ta wiadomość została utworzona automatycznie przez oprogramowanie dostarczające pocztę.\n\nWiadomość, którą "
           "wysłałeś, nie mogła zostać dostarczona do jednego lub więcej adresatów.\nTo jest błąd trwały. Następujące "
           "adresy zawiodły:", "Dostarczenie poczty nie powiodło się: zwrot wiadomości", "iso-8859-2",
           "quoted-printable"),
    "ru": ("Это сообщение создано автоматически программой доставки почты.\n\nОтправленное вами сообщение не удалось "
           "доставить одному или нескольким получателям.\nЭто постоянная ошибка. Не удалось доставить по адресам:",
           "Ошибка доставки почты: сообщение возвращено отправителю", "koi8-r", "8bit"),
    "sv": ("Detta meddelande skapades automatiskt av programvaran för e-postleverans.\n\nEtt meddelande som du skickade "
           "kunde inte levereras till en eller flera mottagare.\nDetta är ett permanent fel. Följande adress(er) "
           "misslyckades:", "E-postleverans misslyckades: meddelandet returneras", "iso-8859-1", "8bit"),
    "ja": ("このメッセージはメール配送ソフトウェアによって自動的に作成されました。\n\nあなたが送信したメッセージは、1人以上の受信者に配送できませんでした。\n"
           "これは恒久的なエラーです。次のアドレスへの配送に失敗しました:", "メール配送失敗: メッセージを送信者に返送します",
           "iso-2022-jp", "7bit"),
    "zh": ("此邮件由邮件投递软件自动生成。\n\n您发送的邮件无法投递给一个或多个收件人。\n这是一个永久性错误。以下地址投递失败：",
           "邮件投递失败：将邮件退回发件人", "gbk", "base64"),
}


def exim(name: str, lang: str, a: str, detail: str, *, host: str = "mx1.example-hosting.net") -> bytes:
    intro, subject, cs, cte = EXIM_T[lang]
    raw = notice(name, body=f"{intro}\n\n  {a}\n    {detail}\n", charset=cs, cte=cte, subject=subject, rcpt=a,
                 sender=f"Mail Delivery System <Mailer-Daemon@{host}>", generator="Exim, localised bounce_message_file")
    return raw.replace(b"MIME-Version: 1.0\n", f"X-Failed-Recipients: {a}\nAuto-Submitted: auto-replied\n"
                       "MIME-Version: 1.0\n".encode(), 1)


def smtp_error(a: str, reply: str, command: str = "RCPT TO") -> str:
    """Exim's per-address line for a remote reply (deliver.c: the address only after RCPT TO)."""
    said_after = f"{command}:<{a}>" if command == "RCPT TO" else command
    return f"SMTP error from remote mail server after {said_after}:\n    {reply}"


# (head, subject prefix, 'Diagnostic information for administrators:', 'Generating server:', 'Original message
# headers:', charset, cte): Outlook's localised NDR labels, translated by us after the localised Learn pages
EX_T = {
    "de": ("Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:", "Unzustellbar:",
           "Diagnoseinformationen für Administratoren:", "Generierender Server:", "Ursprüngliche Nachrichtenkopfzeilen:",
           "utf-8", "quoted-printable"),
    "fr": ("La remise à ces destinataires ou groupes a échoué :", "Non remis :",
           "Informations de diagnostic pour les administrateurs :", "Serveur de génération :",
           "En-têtes de message d'origine :", "utf-8", "quoted-printable"),
    "es": ("Error en la entrega a estos destinatarios o grupos:", "No se puede entregar:",
           "Información de diagnóstico para administradores:", "Servidor de generación:",
           "Encabezados del mensaje original:", "iso-8859-1", "quoted-printable"),
    "it": ("Recapito non riuscito per i destinatari o i gruppi seguenti:", "Non recapitabile:",
           "Informazioni di diagnostica per gli amministratori:", "Server di generazione:",
           "Intestazioni del messaggio originale:", "iso-8859-1", "quoted-printable"),
    "pt": ("Falha na entrega para estes destinatários ou grupos:", "Não é possível entregar:",
           "Informações de diagnóstico para administradores:", "Servidor de geração:",
           "Cabeçalhos da mensagem original:", "utf-8", "base64"),
    "nl": ("De bezorging is mislukt voor deze geadresseerden of groepen:", "Onbestelbaar:",
           "Diagnostische gegevens voor beheerders:", "Server die het rapport heeft gegenereerd:",
           "Oorspronkelijke berichtkoppen:", "iso-8859-1", "quoted-printable"),
    "pl": ("Dostarczanie do tych adresatów lub grup nie powiodło się:", "Niedostarczalne:",
           "Informacje diagnostyczne dla administratorów:", "Serwer generujący:", "Nagłówki oryginalnej wiadomości:",
           "windows-1250", "quoted-printable"),
    "sv": ("Det gick inte att leverera till följande mottagare eller grupper:", "Olevererbart:",
           "Diagnostisk information för administratörer:", "Genererande server:", "Ursprungliga meddelandehuvuden:",
           "utf-8", "8bit"),
    "ru": ("Не удалось доставить сообщение следующим получателям или группам:", "Недоставлено:",
           "Диагностические сведения для администраторов:", "Создающий сервер:", "Исходные заголовки сообщения:",
           "windows-1251", "base64"),
    "ja": ("次の受信者またはグループへの配信に失敗しました:", "配信不能:", "管理者向けの診断情報:", "生成サーバー:",
           "元のメッセージ ヘッダー:", "iso-2022-jp", "7bit"),
    "zh": ("传递到这些收件人或组失败:", "无法传递:", "管理员的诊断信息:", "生成服务器:", "原始邮件头:", "gb2312", "base64"),
}


def ex2013(name: str, lang: str, a: str, explain: str, diag: str, *, status: str, remote: str | None = None,
           server: str = "EXCH01.corp.example.net") -> bytes:
    head, prefix, admins, generating, original, cs, cte = EX_T[lang]
    body = (f"{head}\n\n{a}\n{explain}\n\n\n\n\n\n\n{admins}\n\n{generating} {server}\n\n{a}\n"
            + (f"{remote}\n" if remote else "") + f"Remote Server returned '{diag}'\n\n{original}\n\n"
            f"Received: from EXCH02.corp.example.net by {server} with Microsoft SMTP Server; Thu, 3 Dec 2026 10:00:00 "
            f"+0100\nFrom: Seller <seller@example.com>\nTo: <{a}>\nSubject: Angebot / offer\n")
    return notice(name, body=body, charset=cs, cte=cte, subject=f"{prefix} Angebot / offer", rcpt=a,
                  sender="Microsoft Exchange <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.net>",
                  generator="Exchange 2013 NDR, localised",
                  dsn={"status": status, "diag": diag, "remote": remote, "reporting": server})


QMAIL_T = {
    "pt": ("Olá. Este é o programa qmail-send em {h}.\nLamento, mas não consegui entregar sua mensagem aos seguintes "
           "endereços.\nEste é um erro permanente; desisti. Desculpe por não ter dado certo.",
           "--- Abaixo desta linha está uma cópia da mensagem.", "iso-8859-1", "quoted-printable"),
    "es": ("Hola. Este es el programa qmail-send en {h}.\nLamento no haber podido entregar su mensaje a las siguientes "
           "direcciones.\nEste es un error permanente; he desistido. Siento que no haya funcionado.",
           "--- Debajo de esta línea hay una copia del mensaje.", "iso-8859-1", "8bit"),
    "it": ("Ciao. Questo è il programma qmail-send su {h}.\nPurtroppo non sono riuscito a consegnare il tuo messaggio "
           "ai seguenti indirizzi.\nSi tratta di un errore permanente; ho rinunciato. Mi dispiace.",
           "--- Sotto questa linea c'è una copia del messaggio.", "iso-8859-15", "quoted-printable"),
}


def qmail(name: str, lang: str, a: str, detail: str, *, host: str = "mail.example-isp.net") -> bytes:
    hello, below, cs, cte = QMAIL_T[lang]
    body = (f"{hello.format(h=host)}\n\n<{a}>:\n{detail}\n\n{below}\n\nReturn-Path: <seller@example.com>\n"
            f"From: Seller <seller@example.com>\nTo: {a}\nSubject: Angebot / offer\n\nHallo\n")
    return notice(name, body=body, charset=cs, cte=cte, subject="failure notice", rcpt=a,
                  sender=f"MAILER-DAEMON@{host}", generator="qmail-send, translated greeting")


def plain(name: str, a: str, body: str, *, subject: str, sender: str, cs: str = "utf-8", cte: str = "base64") -> bytes:
    return notice(name, body=body, charset=cs, cte=cte, subject=subject, sender=sender, rcpt=a,
                  generator="a provider's own localised notice")
