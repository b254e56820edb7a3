"""The eighty-first review, part 2 (part 1, review_notices81.py, says what the review is): three more
programs whose translation catalogs write failure or refusal words of their own.

- GNU Mailutils' delivery agent `mda` (libmda/deliver.c: mda_error (_("%s: no such user")) then EX_NOUSER;
  _("%s: mailbox quota exceeded for this recipient") then EX_QUOTA (EX_UNAVAILABLE, or EX_TEMPFAIL with
  ex-quota-tempfail); _("cannot open mailbox %s: %s") then EX_TEMPFAIL), run as Postfix's mailbox_command
  under a localised LANG: its stderr, in the catalog's words (mailutils.mo of Debian 12's mailutils-common
  3.15, po/<lang>.po upstream), is what Postfix local(8) reports after "Command output:", with the exit
  status through src/global/sys_exits.c (EX_NOUSER 5.1.1 "user unknown", EX_UNAVAILABLE 5.3.0 "service
  unavailable", EX_TEMPFAIL 4.3.0 "temporary failure"). Layout review_notices47_layouts.pf_mda, the text
  part in UTF-8 (Postfix keeps valid UTF-8 with smtputf8_enable). The same catalog's other "does not
  exist" strings (a file, a host, a system file) are the adversarial controls: said of no mailbox.
- mlmmj's list texts (Debian 12 mlmmj 1.3.0, /usr/share/mlmmj/text.skel/<lang>/: deny-post, wait-post,
  probe, prologue): a list refusing or holding a post, and the probe it sends a subscriber whose mail
  bounced earlier: notices to a poster or member, no bounce of anyone we wrote to. Layout: the
  template as mlmmj's prepstdreply renders it (its %wrap% directives applied by hand), From the list's
  +owner address (weak: the From as list archives show mlmmj's replies).
- Thunderbird's read receipts (thunderbird/thunderbird-l10n <lang>/mail/chrome/messenger/
  msgmdn.properties: MsgMdnMsgSentTo, MsgMdnDisplayed/Deleted/Denied/Failed, the Mdn*Receipt subjects),
  an RFC 8098 report (review_notices34_layouts.report): no bounce, even when the receipt itself says "a
  failure occurred" or that the message was deleted.

Expectations were written from the words, the status and shared/classifier/taxonomy.md BEFORE the
classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices34_layouts import mail, report
from tests.classifier.review_notices47_layouts import PF_PIPE, pf_mda

R = "recipient"
ROWS: list[tuple] = []
_MU = "GNU Mailutils 3.15 po/{}.po (Debian 12 mailutils-common mailutils.mo), msgid {!r}: {!r}"


def _add(name: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    ROWS.append((f"r81-{name}", source, raw, expected))


def _local(line: str, *, status: str, address: str, action: str = "failed") -> bytes:
    """Postfix local(8)'s report of mda's exit and output (pf_mda), the text part in UTF-8."""
    diag = "x-unix; " + line.split("Command output: ", 1)[1].strip()
    raw = pf_mda(line, status=status, diag=diag, action=action, address=address,
                 host=f"mail.{address.split('@')[1]}")
    return raw.replace(b"charset=us-ascii", b"charset=utf-8")


# ---- GNU Mailutils mda: (lang, user@domain, "no such user", "quota exceeded", "cannot open mailbox", host gone,
# "file does not exist", "required system file")
MAILUTILS = [
    ("de", "anna.schmidt@example.de", "%s: kein solcher Benutzer",
     "%s: Postfachgrößenkontingent wurde für diesen Empfänger überschritten",
     "Postfach %s kann nicht geöffnet werden: %s", "Rechner existiert nicht", "%s: Datei existiert nicht",
     "Benötigte Systemdatei existiert nicht oder kann nicht geöffnet werden"),
    ("fr", "claire.martin@example.fr", "%s: utilisateur inconnu",
     "%s: dépassement de quota de la boîte aux lettres du destinataire",
     "impossible d'ouvrir la boîte aux lettres %s : %s", "L'hôte n'existe pas", "%s: le fichier n'existe pas",
     "Un fichier système requis n'existe pas ou n'a pu être ouvert"),
    ("es", "lucia.garcia@example.es", "%s: no existe ese usuario",
     "%s: se excedió la cuota del buzón para este destinatario",
     "no se puede abrir el buzón %s: %s", "El anfitrión no existe", "%s: el fichero no existe",
     "El sistema de ficheros requerido no existe o no se puede abrir"),
    ("pl", "jan.kowalski@example.pl", "%s: brak takiego użytkownika",
     "%s: przekroczono limit rozmiaru skrzynki pocztowej tego odbiorcy",
     "nie można otworzyć skrzynki %s: %s", "Host nie istnieje", "%s: plik nie istnieje",
     "Wymagany plik systemowy nie istnieje lub nie może być otwarty"),
    ("pt_BR", "joao.silva@example.com.br", "%s: usuário inexistente",
     "%s: cota da caixa de correio excedida para este destinatário",
     "não foi possível abrir a caixa de mensagens %s: %s", "O host não existe", "%s: o arquivo não existe",
     "Arquivo de sistema necessário não existe ou não pôde ser aberto"),
    ("sv", "erik.larsson@example.se", "%s: ingen sådan användare",
     "%s: kvot för brevlåda överstigen för denna mottagare",
     "kan inte öppna brevlåda %s: %s", "Värden finns inte", None,
     "Nödvändig systemfil finns inte eller kan inte öppnas"),
    ("ru", "ivan.petrov@example.ru", "%s: нет такого пользователя",
     "%s: пользователь превысил квоту на размер почтового ящика", None, None, None, None),
]
for lang, addr, nouser, quota, cannot_open, no_host, no_file, no_sysfile in MAILUTILS:
    user = addr.split("@")[0]
    src = PF_PIPE + "; " + _MU
    _add(f"mu-{lang}-no-such-user", src.format(lang, "%s: no such user", nouser) + " (EX_NOUSER: 5.1.1, hard)",
         _local(f"user unknown. Command output: mda: {nouser % user} ", status="5.1.1", address=addr),
         [(addr, True, ("userunknown",), R, False)])
    _add(f"mu-{lang}-quota", src.format(lang, "%s: mailbox quota exceeded for this recipient", quota) +
         " (EX_QUOTA = EX_UNAVAILABLE: 5.3.0; a full mailbox, soft)",
         _local(f"service unavailable. Command output: mda: {quota % user} ", status="5.3.0", address=addr),
         [(addr, False, ("mailboxfull",), R, False)])
    if lang in ("de", "fr", "ru"):
        _add(f"mu-{lang}-quota-tempfail", src.format(lang, "%s: mailbox quota exceeded for this recipient", quota)
             + " (ex-quota-tempfail: EX_TEMPFAIL 4.3.0, a delay warning)",
             _local(f"temporary failure. Command output: mda: {quota % user} ", status="4.3.0", address=addr,
                    action="delayed"),
             [(addr, False, ("mailboxfull",), R, True)])
    # The same catalog's "does not exist" said of no mailbox: a host (the mailbox's own server, behind an
    # imap:// mailbox URL), a file, a system file. Never hard.
    if cannot_open and no_host:
        text = cannot_open % (f"imap://{user}@store.internal/INBOX", no_host)
        _add(f"mu-{lang}-host-gone", src.format(lang, "Host does not exist", no_host) + " inside " +
             repr(cannot_open) + " (EX_TEMPFAIL: our peer's mailbox store, not the recipient's domain)",
             _local(f"temporary failure. Command output: mda: {text} ", status="4.3.0", address=addr,
                    action="delayed"),
             [(addr, False, (), None, True)])
        _add(f"mu-{lang}-host-gone-given-up", src.format(lang, "Host does not exist", no_host) + " inside " +
             repr(cannot_open) + " (the same deferral given up as 5.3.0 by hand: a store host, never the domain)",
             _local(f"service unavailable. Command output: mda: {text} ", status="5.3.0", address=addr),
             [(addr, False, (), None, False)])
    if no_file:
        _add(f"mu-{lang}-file-gone", src.format(lang, "%s: file does not exist", no_file) + " (a sieve script "
             "file: EX_UNAVAILABLE 5.3.0 by hand; no mailbox is gone)",
             _local(f"service unavailable. Command output: mda: {no_file % '/etc/mailutils.d/sieve.sv'} ",
                    status="5.3.0", address=addr),
             [(addr, False, (), None, False)])
    if no_sysfile and lang in ("de", "sv", "pt_BR"):
        _add(f"mu-{lang}-system-file", src.format(lang, "Required system file does not exist or cannot be opened",
             no_sysfile) + " (EX_OSFILE 4.3.0: the host's own file)",
             _local(f"temporary failure. Command output: mda: {no_sysfile} ", status="4.3.0", address=addr,
                    action="delayed"),
             [(addr, False, (), None, True)])

# ---- mlmmj: deny-post (subonlypost, maxmailsize), wait-post (moderated), probe
_ML = "mlmmj 1.3.0 listtexts text.skel/{}/{} (Debian 12 mlmmj), reason branch {}"
_ML_ORIG = ("From: Seller <seller@example.com>\nTo: {list}\nSubject: Angebot / offer\n"
            "Message-ID: <r81-ml-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:58:00 +0100\n\nHallo / hello\n")
MLMMJ = {
    "de": ("vertrieb@lists.example.de",
           "Hallo, hier ist das Programm Mlmmj, welches die Mailingliste\n<{list}> verwaltet.",
           "Ihre Nachricht an {list} wurde abgewiesen: Angebot / offer",
           "Die Nachricht von <seller@example.com> mit dem Betreff \"Angebot / offer\" konnte\nnicht über die "
           "Liste verteilt werden,\nweil Sie die Liste nicht abonniert haben.\n\n(Die abgewiesene Mail ist unten "
           "angehängt.)",
           "Warte auf Moderation für {list}: Angebot / offer",
           "Die Mail von <seller@example.com> mit dem Betreff \"Angebot / offer\" wurde an die\nListe eingereicht. "
           "Jedoch ist vor der Weiterleitung eine Moderation\nerforderlich,\nda es sich um eine moderierte Liste "
           "handelt.\n\n(Die ist unten angefügt.)",
           "Erfolglose Nachrichtenzustellung von {list}",
           "Einige Mails an Sie konnten nicht zugestellt werden. Wenn Sie diese\nNachricht erhalten, scheint die "
           "Störung beseitigt zu sein, und diese\nNachricht dient lediglich Ihrer Information.\n\nEs folgt eine "
           "Liste der abgewiesenen Nachrichten:\n- 1017"),
    "fr": ("ventes@lists.example.fr", "Hi, c'est le programme Mlmmj gérant la liste <{list}>.",
           "Message à {list} refusé : Angebot / offer",
           "Le message de <seller@example.com> ayant pour sujet \"Angebot / offer\" n'a pas pu\nêtre délivré à la "
           "liste\nparce qu'il dépassait la taille maximale autorisée de 1048576\noctets.\n\n(Le début du message "
           "rejeté est ci-dessous)",
           "En attente de réponse à {list}: Angebot / offer",
           "Le message de <seller@example.com> ayant pour sujet \"Angebot / offer\" a été soumis\nà la liste. "
           "Cependant il a été demandé aux modérateurs de le contrôler avant\nde le délivrer à la liste\nparce que "
           "c'est une liste modérée.\n\n(Le message apparaît ci-dessous.)",
           "Messages rejetés de {list}",
           "Certains messages ne peuvent pas vous être délivrés. Si vous voyez ce\nmessage, cela signifie que les "
           "choses sont revenues à la normal et c'est\nprincipalement pour votre information.\n\nVeuillez trouver "
           "ci-après la liste des messages rejetés :\n- 1017"),
    "it": ("vendite@lists.example.it", "Ciao, questo è il programma Mlmmj che gestisce la mailing list\n<{list}>.",
           "Messaggio a {list} negato: Angebot / offer",
           "Non è stato possibile consegnare alla lista il messaggio da\n<seller@example.com> con oggetto \"Angebot "
           "/ offer\"\nperché non sei iscritto/a alla lista.\n\n(Il messaggio rifiutato è riportato sotto.)",
           "In attesa di rilascio a {list}: Angebot / offer",
           "Il messaggio da <seller@example.com> con oggetto \"Angebot / offer\" è stato inviato\nalla lista. "
           "Tuttavia, ai moderatori è stato richiesto di controllarlo prima\ndi rilasciarlo,\nperché questa è una "
           "lista moderata.",
           "Messaggi in restituzione (bouncing) da {list}",
           "Alcuni messaggi a te indirizzati potrebbero non esserti stati consegnati.\nQuesto messaggio è a puro "
           "scopo informativo, dato che le cose sono tornate\nalla normalità.\n\nDi seguito, l'elenco dei messaggi "
           "restituiti:\n- 1017"),
    "pt": ("vendas@lists.example.pt", "Este é o Mlmmj, a aplicação que faz a gestão das mensagens da lista\n<{list}>.",
           "Mensagem para {list} recusada: Angebot / offer",
           "A mensagem de <seller@example.com> com o assunto \"Angebot / offer\" não foi\nentregue na lista\nporque "
           "você não faz parte da lista.",
           "Mensagem à espera de publicação em {list}: Angebot / offer",
           "A mensagem de <seller@example.com> com o assunto \"Angebot / offer\" foi enviada\npara a lista. "
           "Contudo, os moderadores ainda não a publicaram pois está em\nlista de espera para revisão\nporque esta é "
           "uma lista moderada.\n\n(Mensagem segue em baixo.)",
           "Mensagens pendentes de {list}",
           "Algumas mensagens não foram entregues. Se recebeu esta mensagem, os\nproblemas já foram resolvidos e "
           "esta mensagem é meramente informativa.\n\nEsta é a lista de mensagens pendentes:\n- 1017"),
    "zh-cn": ("xiaoshou@lists.example.cn", "嗨，我是管理 <{list}> 邮件列表的 Mlmmj 程序。",
              "发往 {list} 的邮件被拒绝：Angebot / offer",
              "来自 <seller@example.com> 题为《Angebot / offer》的邮件无法投递到列表，\n因为您不是列表订户。\n\n"
              "（被回绝的邮件如下。）",
              "等待发布到 {list}：Angebot / offer",
              "来自 <seller@example.com> 题为《Angebot / offer》的邮件已提交至列表。然\n而，\n因为这是先审列表，\n"
              "需要版主审核后才能发布到该列表。\n\n（下为邮件。）",
              "{list} 被退回的邮件",
              "您的部分邮件无法投递。如果您看到本邮件，说明已经恢复正常，仅供参\n考。\n\n已退回的邮件列表：\n- 1017"),
}


def _mlmmj(name: str, lst: str, subject: str, text: str, *, original: bool) -> bytes:
    """mlmmj's reply from the list's +owner address: text alone, or text and the post as message/rfc822."""
    owner = lst.replace("@", "+owner@")
    if not original:
        return mail(f"{owner}", subject, text, to="seller@example.com")
    body = (f"--=_r81ml_=\nContent-Type: text/plain; charset=utf8\nContent-Transfer-Encoding: 8bit\n\n{text}\n\n"
            "--=_r81ml_=\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n"
            f"Content-Disposition: inline; filename=\"message.eml\"\n\n{_ML_ORIG.format(list=lst, name=name)}\n"
            "--=_r81ml_=--\n")
    raw = mail(f"{owner}", subject, body, to="seller@example.com")
    return raw.replace(b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n--=_r81ml_=",
                       b'Content-Type: multipart/mixed;\n boundary="=_r81ml_="\nContent-Transfer-Encoding: 8bit\n\n'
                       b"--=_r81ml_=", 1)


for lang, (lst, prologue, deny_subj, deny, wait_subj, wait, probe_subj, probe) in MLMMJ.items():
    pro = prologue.format(list=lst)
    branch = "maxmailsize" if lang == "fr" else "subonlypost"
    _add(f"mlmmj-{lang}-deny-post", _ML.format(lang, "deny-post", branch) + " (a list refusing a post: a "
         "notice to the poster, no bounce)",
         _mlmmj(f"{lang}-deny", lst, deny_subj.format(list=lst), f"{pro}\n\n{deny}", original=True), [])
    _add(f"mlmmj-{lang}-wait-post", _ML.format(lang, "wait-post", "moderated") + " (held for a moderator: no "
         "bounce)", _mlmmj(f"{lang}-wait", lst, wait_subj.format(list=lst), f"{pro}\n\n{wait}", original=True), [])
    _add(f"mlmmj-{lang}-probe", _ML.format(lang, "probe", "-") + " (mlmmj's probe to a member whose mail bounced "
         "earlier, 'for your information': it names no address we wrote to; no bounce)",
         _mlmmj(f"{lang}-probe", lst, probe_subj.format(list=lst), f"{pro}\n\n{probe}", original=False), [])

# ---- Thunderbird's read receipts
_TB = "thunderbird/thunderbird-l10n {}/mail/chrome/messenger/msgmdn.properties: {} {!r}"
THUNDERBIRD = [
    # (lang, reader, MsgMdnMsgSentTo, kind, its text, its subject, disposition)
    ("de", "anna.schmidt@example.de", "Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an folgenden "
     "Empfänger gesendet haben: [English] This is a Return Receipt for the mail that you sent to: %S", "Displayed",
     "Beachten Sie: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht am Computer des Empfängers angezeigt "
     "wurde. Es gibt keine Garantie, dass der Empfänger die Nachrichteninhalte gelesen hat.",
     "Empfangsbestätigung (angezeigt)", "displayed"),
    ("de", "anna.schmidt@example.de", "Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an folgenden "
     "Empfänger gesendet haben: [English] This is a Return Receipt for the mail that you sent to: %S", "Deleted",
     "Die Nachricht wurde gelöscht. Der Empfänger hat sie eventuell gesehen oder auch nicht gesehen.",
     "Empfangsbestätigung (gelöscht)", "deleted"),
    ("fr", "claire.martin@example.fr", "Ceci est un accusé de réception pour l’e-mail envoyé à %S.", "Displayed",
     "Note : Cet accusé de réception indique seulement que le message a été affiché sur l’ordinateur du "
     "destinataire. Il n’y a aucune garantie que le destinataire ait lu ou compris le contenu du message.",
     "Accusé de réception (affiché)", "displayed"),
    ("fr", "claire.martin@example.fr", "Ceci est un accusé de réception pour l’e-mail envoyé à %S.", "Denied",
     "Le destinataire du message n’a pas souhaité vous envoyer un accusé de réception.",
     "Accusé de réception (rejeté)", "denied"),
    ("es-ES", "lucia.garcia@example.es", "Este es un acuse de recibo para el mensaje que usted envió a %S.", "Failed",
     "Ha ocurrido un fallo. No se ha podido generar adecuadamente el acuse de recibo.", "Acuse de recibo (fallo)",
     "failed"),
    ("it", "marco.rossi@example.it", "Questa è la Ricevuta di ritorno del messaggio inviato a %S.", "Displayed",
     "Nota: questa Ricevuta di ritorno attesta solamente che il messaggio è stato visualizzato nel computer del "
     "destinatario. Non c’è pertanto alcuna garanzia che il destinatario abbia letto o compreso il suo contenuto.",
     "Ricevuta di ritorno (visualizzata)", "displayed"),
    ("pl", "jan.kowalski@example.pl", "To jest potwierdzenie doręczenia wiadomości, która została wysłana na adres "
     "%S.", "Failed", "Wystąpił błąd. Prawidłowe potwierdzenie doręczenia wiadomości nie mogło zostać wygenerowane "
     "albo wysłane do nadawcy.", "Potwierdzenie doręczenia wiadomości (nie powiodło się)", "failed"),
    ("ru", "ivan.petrov@example.ru", "Это уведомление о прочтении для сообщения, которое вы отправили в адрес «%S».",
     "Deleted", "Сообщение было удалено. Человек, которому вы его послали, мог видеть или не видеть его. Затем оно "
     "могло быть восстановлено и прочтено.", "Уведомление о прочтении (сообщение удалено)", "deleted"),
    ("zh-CN", "wang.wei@example.cn", "这是您发送给 %S 的邮件的回执。", "Failed", "发生错误。无法产生或者发送给您一个正确的回执。",
     "回执（已失败）", "failed"),
]
for lang, reader, sent_to, kind, text, subject, disposition in THUNDERBIRD:
    body = f"{sent_to.replace('%S', reader)}\n\n{text}"
    block = (f"Reporting-UA: {reader.split('@')[1]}; Mozilla Thunderbird\nFinal-Recipient: rfc822;{reader}\n"
             "Original-Message-ID: <r34-q3@ourco.example>\n"
             f"Disposition: manual-action/MDN-sent-manually; {disposition}")
    _add(f"tb-mdn-{lang}-{kind.lower()}", _TB.format(lang, f"MsgMdnMsgSentTo + MsgMdn{kind} + Mdn{kind}Receipt",
         text[:50]) + " (RFC 8098 report: a read receipt, no bounce)",
         report(f"<{reader}>", f"{subject} - Quote for Q3", body, block, rtype="disposition-notification",
                part="message/disposition-notification"), [])
