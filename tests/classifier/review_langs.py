"""A black-box review's whole notices in the languages sales teams meet (review `langs`): each
row is a notice written the way its server or provider words it, in the charset and transfer
encoding real servers use (quoted-printable, base64, ISO-8859-x, Windows-1250, ISO-2022-JP,
Shift_JIS, GB2312, Big5, KOI8-R), with the expectation decided from the provider's own words and
shared/classifier/taxonomy.md BEFORE the classifier was run. test_review_langs.py runs them.

Every notice is HAND-MADE (`X-Hand-Made` says so). The reason words of each row are quoted from
the source its row names (a mail server's own template, a provider's help page quoting its own
bounce text, or a vendor's localised help page giving the text its product sends); the framing
around them (headers, a greeting, the layout of a DSN) follows the generator named. Never from
another project's sample bounces or a classifier's rule table.

A row: (name, lang, source, raw message, expected) where expected lists, per failed recipient,
(address, hard, allowed reasons or None, scope or None, delay) as in review_notices.py: `hard` is
the product's reading (no delay notice is hard); `delay` says the notice is a warning that
delivery is still being tried (Action: delayed)."""

from __future__ import annotations

import base64
import quopri

UU = ("userunknown",)
FULL = ("mailboxfull",)
HU = ("hostunknown",)
SOFT_RATE = ("speeding", "suspend", "toomanyconn")
_ORIG_HEADERS = ("From: Seller <seller@example.com>\nTo: {to}\nSubject: Angebot / offer\n"
                 "Message-ID: <langs-{name}@example.com>\nDate: Tue, 1 Dec 2026 10:00:00 +0000\n")


def _body(text: str, charset: str, cte: str) -> str:
    """The text as a server sends it: encoded in `charset`, then in the transfer encoding."""
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    # 7bit (ISO-2022-JP is 7-bit by design) and 8bit: the bytes as they are, read back as
    # latin-1 so the message can be assembled as text and encoded back byte for byte.
    return raw.decode("latin-1")


def _word(text: str, charset: str) -> str:
    """An RFC 2047 encoded word (B) for a header in `charset`, as these generators write them."""
    if text.isascii():
        return text
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def notice(name: str, *, body: str, charset: str, cte: str, subject: str, sender: str, rcpt: str,
           dsn: dict | None = None, generator: str = "") -> bytes:
    """A bounce notice (HAND-MADE): plain text when `dsn` is None (no status code anywhere: the
    words alone carry the meaning), else an RFC 3464 report whose delivery-status part holds
    `dsn` (action, status, diag, remote)."""
    if not sender.isascii():  # a display name in the notice's charset, as an encoded word
        display, addr = sender.split(" <", 1)
        sender = f"{_word(display, charset)} <{addr}"
    head = (f"From: {sender}\nTo: seller@example.com\nSubject: {_word(subject, charset)}\n"
            f"Date: Thu, 3 Dec 2026 10:00:00 +0100\nMessage-ID: <langs-{name}@notice.example>\n"
            f"X-Hand-Made: yes (review langs: {generator})\nMIME-Version: 1.0\n")
    part = (f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n"
            f"{_body(body, charset, cte)}\n")
    if dsn is None:
        return (head + part).encode("latin-1")
    fields = [f"Final-Recipient: rfc822; {rcpt}", f"Action: {dsn.get('action', 'failed')}"]
    if dsn.get("status"):
        fields.append(f"Status: {dsn['status']}")
    if dsn.get("remote"):
        fields.append(f"Remote-MTA: dns; {dsn['remote']}")
    if dsn.get("diag"):
        fields.append(f"Diagnostic-Code: smtp; {dsn['diag']}")
    status = "\n".join(fields).encode("utf-8").decode("latin-1")  # a reply's own 8-bit bytes
    return (head + 'Content-Type: multipart/report; report-type=delivery-status; boundary="L0"\n\n'
            f"--L0\n{part}\n--L0\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; {dsn.get('reporting', 'mail.example.com')}\n\n{status}\n\n"
            "--L0\nContent-Type: text/rfc822-headers\n\n" + _ORIG_HEADERS.format(to=rcpt, name=name)
            + "\n--L0--\n").encode("latin-1")


def postfix(name: str, rcpt: str, remote: str, reply: str, *, status: str | None, action: str = "failed") -> bytes:
    """Our own Postfix relay's report of a remote server's localised reply (bounce(8) layout):
    the reply is the provider's, the framing Postfix's English."""
    verb = "failed" if action == "failed" else "delayed"
    body = (f"This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your "
            f"message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
            f"<{rcpt}>: host {remote}[192.0.2.25] said: {reply} (in reply to RCPT TO\n    command)\n")
    if action == "delayed":
        body = (f"This is the mail system at host mail.example.com.\n\n####################################"
                "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                f"Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 "
                f"day(s) old.\n\n<{rcpt}>: host {remote}[192.0.2.25] said: {reply} (in reply to RCPT TO\n    command)\n")
    subject = "Undelivered Mail Returned to Sender" if verb == "failed" else "Delayed Mail (still being retried)"
    return notice(name, body=body, charset="utf-8", cte="8bit", subject=subject, rcpt=rcpt,
                  sender="MAILER-DAEMON@mail.example.com (Mail Delivery System)", generator="Postfix bounce(8)",
                  dsn={"action": action, "status": status, "remote": remote, "diag": reply})


# ----------------------------------------------------------------------------- sources
_SEZNAM = ("Seznam.cz help 'Uživatel neexistuje' (napoveda.seznam.cz/uzivatel-neexistuje): Seznam's own "
           "bilingual notice, 'Vaše zpráva pro <x> ze dne ... nemohla být doručena ... Důvod / Reason: 5.1.1 szn; "
           "User hasn't got the service mapped / Permanentní chyba na straně uživatele.'")
_TELEKOM = ("Telekom help 'Fehler \"Mailer-Daemon\" in einer zurückkommenden E-Mail' (telekom.de/hilfe/.../"
            "fehler-mailer-daemon): T-Online's notices say 'unknown user/Teilnehmer existiert nicht', "
            "'Mailbox quota exceedet/Mailbox voll', 'unrouteable domain'")
_WEBDE = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (a hosting provider's list of the "
          "large German providers' replies): WEB.DE '550 Benutzer nicht bekannt/User unknown', '550 Benutzer hat das "
          "Speichervolumen ueberschritten. / User has exhausted allowed storage space.', '550 Benutzer hat zuviele "
          "Mails auf dem Server. / User has too many messages on the server.'")
_GODADDY_DE = ("GoDaddy help (de), 'Was bedeutet es, dass meine E-Mail nicht zugestellt werden konnte?' "
               "(at.godaddy.com/help/...-3568): its German bounce table, 'Konto nicht vorhanden: Die vom Absender "
               "eingegebene E-Mail-Adresse ist nicht vorhanden', 'Konto deaktiviert: Das Empfängerkonto ist "
               "vorhanden, doch seine Fähigkeit zum Empfangen von E-Mails wurde deaktiviert'")
_GMAIL_FR_RATE = ("Gmail help (hl=fr) answer 22839 'Limites d'envoi et de réception': its French for Gmail's "
                  "4.2.1 reply, 'L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui "
                  "empêche la distribution de tout nouveau message.'")
_GWS_PT = ("Google Workspace Admin Help 'Erros e códigos SMTP do Gmail' (knowledge.workspace.google.com/.../"
           "gmail-smtp-errors-and-codes?hl=pt-br): its Portuguese for the 450 4.2.1 and 452 4.2.2 replies")
_MS_PT_RELAY = ("Microsoft Outlook help (pt-br) 'Recebo um erro 550, 553 ou de retransmissão proibida ao enviar "
                "emails' (office.microsoft.com/pt-br/outlook-help/...HA010080002): the server answers it quotes, "
                "'553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)' and "
                "'550 nome@exemplo.com... Retransmissão Negada'")
_OUTLOOK_IT = ("Outlook.com help (it-it) 'Recapito non riuscito in seguito all'invio di email' "
               "(windows.microsoft.com/it-it/outlook/delivery-failed) and Office help 45e048ac (it-it): the Italian "
               "notice texts 'Mailbox non trovata, Mailbox non valida o Utente sconosciuto', 'Cassetta postale non "
               "trovata o non valida oppure utente sconosciuto', 'Mailbox non disponibile' (most often the same as "
               "not found, sometimes an account problem that resolves itself), 'Casella di posta piena o Spazio "
               "disponibile superato', 'Host sconosciuto, Domain Lookup non riuscito'")
_INTERIA = ("Interia Poczta help 'Dlaczego wiadomość nie została dostarczona?' (pomoc.poczta.interia.pl, nId "
            "6589600): '550 5.2.1 Mailbox not available' (mistyped address, full inbox or suspended account), "
            "'550 5.7.1 Recipient doesn't want your mail' (the recipient blocked the sender)")
_DTI = ("DTI (dream.jp) help 'Mail System Error - Returned Mail' (dream.jp/support/techinfo/mail/error/"
        "error05.html): its notice in English and Japanese, '受取人: <x> / 原因:  <x> のユーザーは登録されていません'")
_GROMOX = "grommunio/gromox data/local_bounce/{}/{} (gromox's local delivery notice, in the file's own charset)"
_QQ = "QQ Mail returned-mail help ('退信' reasons table, as copied at qqmailbox.com/transceivers/169)"
_EMAILHOST_CN = ("emailhost.com.cn service notes (a Chinese mail host's bounce list, emailhost.com.cn/service.html"
                 "?article_category=25): '[退信] 收件人不存在:user not exist', '[退信] 域名不存在:DNS query error', "
                 "'[退信] 收件容量满:Quota exceeded', '[退信] 垃圾邮件退信:Content reject/Spam denied'")
_PLESK_RU = ("Plesk 8.3 Russian locale (psa-locale-ru-ru-8.3), mail settings help: mail to a non-existent user "
             "is returned 'с уведомлением «этот адрес больше не принимает писем»'")
_GMAIL_JA = "Google Gmail Help answer 6596 (hl=ja): '受信者のメールアドレスが存在しません'"
_MS_5110_NB = ("Microsoft Office 365 help, error code 5.1.10 (nb-no): 'E-postadressen som du sendte meldingen til, "
               "eksisterer ikke eller ble ikke funnet.'")

_YANDEX = ("Yandex 360 help 'Report on non-delivery to Yandex' (yandex.com/support/yandex-360/customers/mail/en/"
           "bounces/yandex): 'Policy rejection on the target address' (the recipient's account blocked for User "
           "Agreement violations), 'Mailbox size exceeded' / 'Mailbox size limit exceeded' (the mailbox is full)")
_GMX = ("sitepackage.de list (as above): GMX '550 5.2.1 ... User is inactive', WEB.DE '550 Unknown local part "
        "%alias% in'")
_COREMAIL = ("wh-163.com (a NetEase/Coremail enterprise mail reseller) help, '退信提示' pages: 'SMTP error, RCPT TO:550 "
             "5.2.1 The email account that you tried to reach is disabled.', 'SMTP error, DOT:519 Rejected.', "
             "'Recipient address rejected:User unknown in virtual mailbox table' (收件方返回退信说明用户不存在)")
_CATV_JA = ("YOKOHAMA CATV FAQ 'エラーメールが返送されてきた' (catv-yokohama.ne.jp/faq/internet/.../11387): the mail "
            "server returns an error mail that notifies '宛先不明' (address unknown) or '受信不可' (cannot receive)")
_TS = "T-Online mailer (mailout.t-online.example)"
_DE_HEAD = "Ihre Nachricht konnte nicht zugestellt werden.\n\n"
_ROWS: list[tuple] = []


def _add(name: str, lang: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    _ROWS.append((name, lang, source, raw, expected))


# ---------------------------------------------------------------- cs: Seznam's own notice
_SZ = "lead@seznam.example"
_SEZNAM_BODY = (f"Vaše zpráva pro <{_SZ}> ze dne 03.12.2026 nemohla být doručena.\nZpráva je přiložena.\n\n"
                f"You message for <{_SZ}> from 2026/12/03 could not be delivered.\nIt's attached below.\n\n"
                "Důvod / Reason:\n---------------\n\n5.1.1 szn; User hasn't got the service mapped\n\n"
                "Permanentní chyba na straně uživatele.\nPermanent Failure - Bad destination mailbox address\n")
for _cs, _cte in (("iso-8859-2", "quoted-printable"), ("windows-1250", "8bit"), ("utf-8", "base64")):
    _add(f"seznam-{_cs}", "cs", _SEZNAM,
         notice(f"sz-{_cs}", body=_SEZNAM_BODY, charset=_cs, cte=_cte, subject="Nedoručitelná zpráva / Undelivered mail",
                sender="Mail Delivery System <MAILER-DAEMON@email.seznam.example>", rcpt=_SZ, generator="Seznam notice"),
         [(_SZ, True, UU, None, False)])

# ---------------------------------------------------------------- de: T-Online, WEB.DE, GoDaddy
_TO = "lead@t-online.example"
_add("telekom-bilingual-dsn", "de", _TELEKOM,
     postfix("tk1", _TO, "mx00.t-online.example", "550 unknown user/Teilnehmer existiert nicht", status="5.0.0"),
     [(_TO, True, UU, None, False)])
_add("telekom-teilnehmer-prose", "de", _TELEKOM + " (the German half alone, no code)",
     notice("tk2", body=f"{_DE_HEAD}{_TO}\n    Teilnehmer existiert nicht\n", charset="iso-8859-1",
            cte="quoted-printable", subject="Unzustellbare Nachricht", sender=f"Mail Delivery System <MAILER-DAEMON@{_TS}>",
            rcpt=_TO, generator="plain notice"),
     [(_TO, True, UU, None, False)])
_add("telekom-mailbox-voll-prose", "de", _TELEKOM + " (no code)",
     notice("tk3", body=f"{_DE_HEAD}{_TO}\n    Mailbox quota exceedet/Mailbox voll\n", charset="iso-8859-1",
            cte="quoted-printable", subject="Unzustellbare Nachricht", sender=f"Mail Delivery System <MAILER-DAEMON@{_TS}>",
            rcpt=_TO, generator="plain notice"),
     [(_TO, False, FULL, None, False)])
_add("telekom-postfach-voll-german-only", "de", _TELEKOM + " (the German half alone, no code)",
     notice("tk4", body=f"{_DE_HEAD}{_TO}\n    Mailbox voll\n", charset="iso-8859-1", cte="8bit",
            subject="Unzustellbare Nachricht", sender=f"Mail Delivery System <MAILER-DAEMON@{_TS}>", rcpt=_TO,
            generator="plain notice"),
     [(_TO, False, FULL, None, False)])
_WD = "lead@web.example"
_add("webde-unknown-bilingual", "de", _WEBDE,
     postfix("wd1", _WD, "mx-ha02.web.example", "550 Benutzer nicht bekannt/User unknown", status="5.0.0"),
     [(_WD, True, UU, None, False)])
_add("webde-unknown-german-prose", "de", _WEBDE + " (the German half alone, no code)",
     notice("wd2", body=f"{_DE_HEAD}<{_WD}>:\nBenutzer nicht bekannt\n", charset="iso-8859-15", cte="quoted-printable",
            subject="Unzustellbar: Angebot / offer", sender="Mail Delivery System <mailer-daemon@mail.example.de>",
            rcpt=_WD, generator="plain notice"),
     [(_WD, True, UU, None, False)])
_add("webde-storage-550", "de", _WEBDE + " (a 550 that is a full mailbox: soft)",
     postfix("wd3", _WD, "mx-ha02.web.example",
             "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
             status="5.0.0"),
     [(_WD, False, FULL, None, False)])
_add("webde-too-many-550", "de", _WEBDE + " (too many messages stored: a full mailbox, soft)",
     postfix("wd4", _WD, "mx-ha02.web.example",
             "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
             status="5.0.0"),
     [(_WD, False, FULL, None, False)])
_add("webde-storage-german-prose", "de", _WEBDE + " (the German half alone, no code)",
     notice("wd5", body=f"{_DE_HEAD}<{_WD}>:\nBenutzer hat das Speichervolumen ueberschritten.\n", charset="iso-8859-1",
            cte="8bit", subject="Unzustellbar: Angebot / offer", sender="Mail Delivery System <mailer-daemon@mail.example.de>",
            rcpt=_WD, generator="plain notice"),
     [(_WD, False, FULL, None, False)])
_GD = "lead@godaddy-kunde.example"
_add("godaddy-de-konto-nicht-vorhanden", "de", _GODADDY_DE + " ('Absender' names who typed it, not who is missing)",
     notice("gd1", body=f"{_DE_HEAD}{_GD}\nKonto nicht vorhanden: Die vom Absender eingegebene E-Mail-Adresse ist nicht "
            "vorhanden.\n", charset="utf-8", cte="quoted-printable", subject="Unzustellbar",
            sender="Mail Delivery System <mailer-daemon@secureserver.example>", rcpt=_GD, generator="plain notice"),
     [(_GD, True, UU, None, False)])
_add("godaddy-de-konto-deaktiviert", "de", _GODADDY_DE + " (the account exists but is switched off: soft)",
     notice("gd2", body=f"{_DE_HEAD}{_GD}\nKonto deaktiviert: Das Empfängerkonto ist vorhanden, doch seine Fähigkeit "
            "zum Empfangen von E-Mails wurde deaktiviert.\n", charset="utf-8", cte="base64", subject="Unzustellbar",
            sender="Mail Delivery System <mailer-daemon@secureserver.example>", rcpt=_GD, generator="plain notice"),
     [(_GD, False, ("suspend",), None, False)])

# ---------------------------------------------------------------- fr: Gmail's rate reply
_FR = "lead@client.example.fr"
_FR_RATE = ("L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution "
            "de tout nouveau message.")
_add("gmail-fr-rate-delayed", "fr", _GMAIL_FR_RATE + " (the words in the human part of a delay report)",
     notice("fr1", body=f"La distribution du message est retardée.\n\n{_FR}\n{_FR_RATE}\n", charset="utf-8",
            cte="quoted-printable", subject="Notification d'état de la distribution (retard)",
            sender="Mail Delivery System <MAILER-DAEMON@mail.example.fr>", rcpt=_FR, generator="DSN, delay",
            dsn={"action": "delayed", "status": "4.2.1"}),
     [(_FR, False, SOFT_RATE, None, True)])
_add("gmail-fr-rate-prose", "fr", _GMAIL_FR_RATE + " (no code, a final notice: never hard)",
     notice("fr2", body=f"Votre message n'a pas pu être distribué.\n\n{_FR}\n{_FR_RATE}\n", charset="iso-8859-1",
            cte="quoted-printable", subject="Échec de la distribution", sender="Mail Delivery System <MAILER-DAEMON@mail.example.fr>",
            rcpt=_FR, generator="plain notice"),
     [(_FR, False, SOFT_RATE, None, False)])

# ---------------------------------------------------------------- pt: Workspace, Microsoft's relay quotes
_PT = "lead@cliente.example.br"
_PT_RATE = ("O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede "
            "a entrega de outras mensagens.")
_add("gws-pt-rate-prose", "pt", _GWS_PT + " (4.2.1's words, no code)",
     notice("pt1", body=f"Não foi possível entregar a sua mensagem.\n\n{_PT}\n{_PT_RATE}\n", charset="iso-8859-1",
            cte="quoted-printable", subject="Mensagem não entregue", sender="Mail Delivery System <MAILER-DAEMON@mail.example.br>",
            rcpt=_PT, generator="plain notice"),
     [(_PT, False, SOFT_RATE, None, False)])
_add("gws-pt-full-prose", "pt", _GWS_PT + " (4.2.2's words, no code)",
     notice("pt2", body=f"Não foi possível entregar a sua mensagem.\n\n{_PT}\nA caixa de entrada do destinatário está "
            "sem espaço de armazenamento.\n", charset="utf-8", cte="base64", subject="Mensagem não entregue",
            sender="Mail Delivery System <MAILER-DAEMON@mail.example.br>", rcpt=_PT, generator="plain notice"),
     [(_PT, False, FULL, None, False)])
_add("ms-pt-rcpthosts", "pt", _MS_PT_RELAY + " (a relay refusal: the domain is not served there, not missing)",
     postfix("pt3", _PT, "mail.provedor.example.br",
             "553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)", status="5.7.1"),
     [(_PT, False, ("norelaying",), None, False)])
_add("ms-pt-retransmissao-negada", "pt", _MS_PT_RELAY,
     postfix("pt4", _PT, "mail.provedor.example.br", f"550 {_PT}... Retransmissão Negada", status="5.0.0"),
     [(_PT, False, ("norelaying",), None, False)])

# ---------------------------------------------------------------- it: Outlook.com's Italian notice texts
_IT = "lead@cliente.example.it"


def _it(name: str, words: str, charset: str = "iso-8859-1", cte: str = "quoted-printable") -> bytes:
    return notice(name, body=f"Recapito non riuscito per i seguenti destinatari:\n\n{_IT}\n{words}\n", charset=charset,
                  cte=cte, subject="Recapito non riuscito", sender="Mail Delivery System <MAILER-DAEMON@mail.example.it>",
                  rcpt=_IT, generator="plain notice")


_add("outlook-it-mailbox-non-trovata", "it", _OUTLOOK_IT, _it("it1", "Mailbox non trovata"), [(_IT, True, UU, None, False)])
_add("office-it-cassetta-non-trovata", "it", _OUTLOOK_IT, _it("it2", "Cassetta postale non trovata", "utf-8", "base64"),
     [(_IT, True, UU, None, False)])
_add("office-it-utente-sconosciuto", "it", _OUTLOOK_IT, _it("it3", "Utente sconosciuto"), [(_IT, True, UU, None, False)])
_add("outlook-it-mailbox-non-disponibile", "it", _OUTLOOK_IT + " ('non disponibile' is no proof the mailbox is gone)",
     _it("it4", "Mailbox non disponibile"), [(_IT, False, None, None, False)])
_add("outlook-it-casella-piena", "it", _OUTLOOK_IT, _it("it5", "Casella di posta piena"), [(_IT, False, FULL, None, False)])
_add("office-it-quota-superata", "it", _OUTLOOK_IT, _it("it6", "Spazio disponibile superato", "windows-1252", "8bit"),
     [(_IT, False, FULL, None, False)])
_add("outlook-it-host-sconosciuto", "it", _OUTLOOK_IT, _it("it7", "Host sconosciuto"), [(_IT, True, HU, None, False)])

# ---------------------------------------------------------------- pl: Interia's replies (false-hard probes)
_PL = "lead@interia.example"
_add("interia-521-not-available", "pl", _INTERIA,
     postfix("pl1", _PL, "mx.poczta.interia.example", "550 5.2.1 Mailbox not available", status="5.2.1"),
     [(_PL, False, None, None, False)])
_add("interia-doesnt-want", "pl", _INTERIA,
     postfix("pl2", _PL, "mx.poczta.interia.example", "550 5.7.1 Recipient doesn't want your mail", status="5.7.1"),
     [(_PL, False, ("filtered", "rejected", "policyviolation", "blocked"), None, False)])

# ---------------------------------------------------------------- ja: DTI, Gmail, gromox (ISO-2022-JP, Shift_JIS)
_JA = "lead@dti.example.jp"
_DTI_EN = ("This Message was undeliverable due to the following reason:\n\nEach of the following recipients was rejected "
           "by a remote mail server.\nThe reasons given by the server are included to help you determine why\neach "
           f"recipient was rejected.\n\nRecipient: <{_JA}>\nReason: <{_JA}> ...User unknown\n\n")
_DTI_JA = ("このメールは以下の原因により届けることが出来ませんでした:\n\n以下の受取人は、相手のメールサーバに拒否されました。\n"
           f"受取人: <{_JA}>\n原因:  <{_JA}> のユーザーは登録されていません\n")
_add("dti-bilingual-iso2022jp", "ja", _DTI,
     notice("ja1", body=_DTI_EN + _DTI_JA, charset="iso-2022-jp", cte="7bit", subject="Mail System Error - Returned Mail",
            sender="Mail Administrator <Postmaster@dti.example.jp>", rcpt=_JA, generator="DTI notice"),
     [(_JA, True, UU, None, False)])
_add("dti-japanese-only-iso2022jp", "ja", _DTI + " (the Japanese half alone)",
     notice("ja2", body=_DTI_JA, charset="iso-2022-jp", cte="7bit", subject="メールシステム誤り- 返されたメール",
            sender="Mail Administrator <Postmaster@dti.example.jp>", rcpt=_JA, generator="DTI notice"),
     [(_JA, True, UU, None, False)])
_add("gmail-ja-iso2022jp", "ja", _GMAIL_JA,
     notice("ja3", body=f"{_JA}\n\n受信者のメールアドレスが存在しません\n", charset="iso-2022-jp", cte="7bit",
            subject="配信エラー", sender="Mail Delivery System <MAILER-DAEMON@mail.example.jp>", rcpt=_JA,
            generator="plain notice"),
     [(_JA, True, UU, None, False)])
_GROMOX_JA_FULL = ("受信者のメールボックスが一杯になって、1通のメールでも受信\nできないため、\"{r}\"へのメールが正しく送信できません。\n\n"
                   "    送信時間:  Thu, 3 Dec 2026 18:00:00 +0900\n    送信者:  seller@example.com\n    宛先:  {r}\n"
                   "    メール標題:  Angebot\n")
_add("gromox-ja-full-sjis", "ja", _GROMOX.format("shift-jis", "BOUNCE_MAILBOX_FULL"),
     notice("ja4", body=_GROMOX_JA_FULL.format(r=_JA), charset="shift_jis", cte="base64",
            subject="受信者のメールボックスが一杯になるため、メール送信失敗", sender="システム <postmaster@mail.example.jp>",
            rcpt=_JA, generator="gromox local_bounce"),
     [(_JA, False, FULL, None, False)])

# ---------------------------------------------------------------- zh: gromox, QQ, a Chinese host (GB2312, Big5, GBK)
_ZH = "lead@mail.example.cn"
_GROMOX_ZH = ("很抱歉通知您，您发送到“{r}”的邮件无法被正确投递，\n因为该收件人并不存在！请验证该邮件地址是否真实有效。\n\n"
              "    发送时间:  Thu, 3 Dec 2026 18:00:00 +0800\n    发件人地址:  seller@example.com\n    收件人:  {r}\n"
              "    邮件主题:  Angebot\n")
_add("gromox-zh-gb2312", "zh", _GROMOX.format("gb2312", "BOUNCE_NO_USER"),
     notice("zh1", body=_GROMOX_ZH.format(r=_ZH), charset="gb2312", cte="base64", subject="投递失败，收件人不存在",
            sender="系统投递员 <postmaster@mail.example.cn>", rcpt=_ZH, generator="gromox local_bounce"),
     [(_ZH, True, UU, None, False)])
_GROMOX_TW = ("很抱歉通知您，您發送到“{r}”的郵件無法被正確投遞，\n因為該收件人並不存在！請驗證該郵件地址是否真實有效。\n\n"
              "    發送時間:  Thu, 3 Dec 2026 18:00:00 +0800\n    發件人地址:  seller@example.com\n    收件人:  {r}\n"
              "    郵件主題:  Angebot\n")
_add("gromox-zh-tw-big5", "zh", _GROMOX.format("big5", "BOUNCE_NO_USER"),
     notice("zh2", body=_GROMOX_TW.format(r=_ZH), charset="big5", cte="base64", subject="投遞失敗，收件人不存在",
            sender="系統投遞員 <postmaster@mail.example.cn>", rcpt=_ZH, generator="gromox local_bounce"),
     [(_ZH, True, UU, None, False)])
_add("qq-full-gbk", "zh", _QQ + " ('收件人空间不足', no code)",
     notice("zh3", body=f"{_ZH}\n\n收件人空间不足\n", charset="gbk", cte="base64", subject="退信",
            sender="QQ邮箱 <MAILER-DAEMON@qq.example>", rcpt=_ZH, generator="plain notice"),
     [(_ZH, False, FULL, None, False)])
_add("qq-no-user-gbk", "zh", _QQ + " ('该用户不存在', no code)",
     notice("zh4", body=f"{_ZH}\n\n该用户不存在\n", charset="gbk", cte="8bit", subject="退信",
            sender="QQ邮箱 <MAILER-DAEMON@qq.example>", rcpt=_ZH, generator="plain notice"),
     [(_ZH, True, UU, None, False)])
_add("emailhost-cn-domain-missing", "zh", _EMAILHOST_CN + " (the domain does not exist: hostunknown, hard)",
     notice("zh5", body=f"{_ZH}\n\n[退信] 域名不存在\n", charset="gb2312", cte="base64", subject="[退信] 域名不存在",
            sender="postmaster <postmaster@emailhost.example.cn>", rcpt=_ZH, generator="plain notice"),
     [(_ZH, True, HU, None, False)])
_add("emailhost-cn-quota", "zh", _EMAILHOST_CN,
     notice("zh6", body=f"{_ZH}\n\n[退信] 收件容量满:Quota exceeded\n", charset="gb2312", cte="base64",
            subject="[退信] 收件容量满", sender="postmaster <postmaster@emailhost.example.cn>", rcpt=_ZH,
            generator="plain notice"),
     [(_ZH, False, FULL, None, False)])
_add("emailhost-cn-spam", "zh", _EMAILHOST_CN + " (spam refusal: soft)",
     notice("zh7", body=f"{_ZH}\n\n[退信] 垃圾邮件退信:Content reject/Spam denied\n", charset="gb2312", cte="base64",
            subject="[退信] 垃圾邮件退信", sender="postmaster <postmaster@emailhost.example.cn>", rcpt=_ZH,
            generator="plain notice"),
     [(_ZH, False, ("spamdetected", "filtered", "policyviolation", "rejected"), None, False)])
_add("emailhost-cn-no-user", "zh", _EMAILHOST_CN,
     notice("zh8", body=f"{_ZH}\n\n[退信] 收件人不存在:user not exist\n", charset="gb2312", cte="base64",
            subject="[退信] 收件人不存在", sender="postmaster <postmaster@emailhost.example.cn>", rcpt=_ZH,
            generator="plain notice"),
     [(_ZH, True, UU, None, False)])

# ---------------------------------------------------------------- ru: Plesk's Russian notice (KOI8-R)
_RU = "lead@klient.example.ru"
_add("plesk-ru-koi8r", "ru", _PLESK_RU,
     notice("ru1", body=f"Ваше письмо не может быть доставлено.\n\n<{_RU}>:\nэтот адрес больше не принимает писем\n",
            charset="koi8-r", cte="8bit", subject="Письмо не доставлено", sender="MAILER-DAEMON <mailer-daemon@plesk.example.ru>",
            rcpt=_RU, generator="plain notice"),
     [(_RU, True, UU, None, False)])
_add("plesk-ru-koi8r-base64", "ru", _PLESK_RU,
     notice("ru2", body=f"<{_RU}>:\nэтот адрес больше не принимает писем\n", charset="koi8-r", cte="base64",
            subject="Письмо не доставлено", sender="MAILER-DAEMON <mailer-daemon@plesk.example.ru>", rcpt=_RU,
            generator="plain notice"),
     [(_RU, True, UU, None, False)])

# ---------------------------------------------------------------- nb: Microsoft's 5.1.10 words, ISO-8859-1 QP
_NB = "lead@kunde.example.no"
_add("ms-5110-nb-prose", "nb", _MS_5110_NB,
     notice("nb1", body=f"Leveringen mislyktes.\n\n{_NB}\nE-postadressen som du sendte meldingen til, eksisterer ikke "
            "eller ble ikke funnet.\n", charset="iso-8859-1", cte="quoted-printable", subject="Kan ikke leveres",
            sender="Microsoft Outlook <postmaster@kunde.example.no>", rcpt=_NB, generator="plain notice"),
     [(_NB, True, UU, None, False)])

# ---------------------------------------------------------------- more: T-Online domain, Yandex, GMX, Coremail
_add("telekom-unrouteable-domain-prose", "de", _TELEKOM + " ('unrouteable domain': the part after @ is wrong)",
     notice("tk5", body=f"{_DE_HEAD}lead@t-onlin.example\n    unrouteable domain 't-onlin.example'\n", charset="iso-8859-1",
            cte="quoted-printable", subject="Unzustellbare Nachricht", sender=f"Mail Delivery System <MAILER-DAEMON@{_TS}>",
            rcpt="lead@t-onlin.example", generator="plain notice"),
     [("lead@t-onlin.example", True, HU, None, False)])
_YA = "lead@yandex.example"
_add("yandex-policy-rejection", "ru", _YANDEX + " (a blocked account: soft)",
     postfix("ya1", _YA, "mx.yandex.example", "550 5.7.1 Policy rejection on the target address", status="5.7.1"),
     [(_YA, False, None, None, False)])
_add("yandex-mailbox-size-exceeded", "ru", _YANDEX,
     postfix("ya2", _YA, "mx.yandex.example", "552 5.2.2 Mailbox size limit exceeded", status="5.2.2"),
     [(_YA, False, FULL, None, False)])
_GX = "lead@gmx.example"
_add("gmx-user-inactive", "de", _GMX + " (an inactive account: soft)",
     postfix("gx1", _GX, "mx00.gmx.example", f"550 5.2.1 <{_GX}>... User is inactive", status="5.2.1"),
     [(_GX, False, ("suspend",), None, False)])
_add("webde-unknown-local-part", "de", _GMX,
     postfix("gx2", _WD, "mx-ha02.web.example", "550 Unknown local part lead in <web.example>", status="5.0.0"),
     [(_WD, True, UU, None, False)])
_CM = "lead@qiye.example.cn"
_CM_HEAD = "很遗憾，您的邮件未能成功投递。\n\n收件人: {r}\n退信原因: "


def _coremail(name: str, reason: str) -> bytes:
    return notice(name, body=_CM_HEAD.format(r=_CM) + reason + "\n", charset="gb2312", cte="base64", subject="系统退信",
                  sender="postmaster <postmaster@qiye.example.cn>", rcpt=_CM, generator="Coremail-style notice")


_add("coremail-rcpt-disabled", "zh", _COREMAIL + " (a disabled account: soft)",
     _coremail("cm1", "SMTP error, RCPT TO:550 5.2.1 The email account that you tried to reach is disabled."),
     [(_CM, False, ("suspend",), None, False)])
_add("coremail-rcpt-unknown", "zh", _COREMAIL,
     _coremail("cm2", f"SMTP error, RCPT TO:550 5.1.1 <{_CM}>: Recipient address rejected: User unknown in virtual "
               "mailbox table"),
     [(_CM, True, UU, None, False)])
_add("coremail-dot-rejected", "zh", _COREMAIL + " (refused after the message: never hard)",
     _coremail("cm3", "SMTP error, DOT:519 Rejected."), [(_CM, False, None, None, False)])

_JC = "lead@catv.example.jp"
_add("catv-ja-atesaki-fumei", "ja", _CATV_JA,
     notice("jc1", body=f"{_JC}\n\n宛先不明\n", charset="iso-2022-jp", cte="7bit", subject="宛先不明のため返送",
            sender="MAILER-DAEMON <MAILER-DAEMON@catv.example.jp>", rcpt=_JC, generator="plain notice"),
     [(_JC, True, UU, None, False)])
_add("catv-ja-jushin-fuka", "ja", _CATV_JA + " ('cannot receive' says no more than that: soft)",
     notice("jc2", body=f"{_JC}\n\n受信不可\n", charset="iso-2022-jp", cte="7bit", subject="受信不可のため返送",
            sender="MAILER-DAEMON <MAILER-DAEMON@catv.example.jp>", rcpt=_JC, generator="plain notice"),
     [(_JC, False, None, None, False)])

ROWS = tuple(_ROWS)
