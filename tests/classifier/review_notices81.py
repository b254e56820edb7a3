"""The eighty-first review: mail software's own translation catalogs as an outside opinion (part 1 of 2;
review_notices81_more.py has GNU Mailutils' delivery agent, mlmmj and Thunderbird).

Sympa (the mailing list manager) answers mail for a list with an RFC 3464 report of its own
(Sympa::send_dsn in lib/Sympa.pm, default/mail_tt2/delivery_status_notification.tt2) in the robot's
language. Review 38 took its Catalan, Hungarian, Brazilian Portuguese, Norwegian, Traditional Chinese,
Czech, Romanian and Arabic; this review takes the languages sales teams meet most: German, French,
Spanish, Italian, Dutch, Polish, Swedish, Russian, Japanese and Simplified Chinese, read from Debian 12's
sympa 6.2.70 (/usr/share/locale/<lang>/LC_MESSAGES/sympa.mo, po/sympa/<lang>.po upstream). Each row
names the msgid its words translate.

What each notice is, from the template and send_dsn:
- 5.1.1 (an unknown list address; send_dsn's default in a robot's context): "List unknown", "The
  following address is not a known mailing list:" -> the address does not exist (userunknown, hard);
- 5.1.2 "List '%1' does not exist." (zh_CN translates only this sentence) -> hard either way;
- 5.7.1 "Your message for list '%1' (attached below) was rejected. You are not allowed to send this
  message for the following reason:" + report.tt2's reason ("restricted to list subscribers") -> a
  list's policy about who may post: the list exists (soft, any reason);
- 5.2.3 the size refusal -> soft (exceedlimit / mesgtoobig);
- 5.4.6 (a routing loop): the template has no branch for it, so its ELSE paragraph "The following
  address is not a known mailing list:" is written under a loop status -> an adversarial control: the
  words say unknown, the status says loop, and a loop never proves an address dead (soft);
- message_report.tt2 "Your message to the list '%1' has been forwarded to the moderator(s)" (Subject
  "Message distribution"): a moderation notice, no bounce;
- command_report.tt2 "Command has failed:" + report.tt2's "Required file does not exist." (a GET for
  a shared file): the same "does not exist" words said of a FILE, in a reply to a command: no bounce.

Expectations were written from the words, the status and shared/classifier/taxonomy.md BEFORE the
classifier ran. Layouts: review_notices38_layouts.sympa (Sympa's DSN; the returned part as headers,
which the template uses for 5.1.1/5.1.2/5.2.3, kept for 5.7.1/5.4.6 too) and review_langs.notice for
Sympa's plain reports. All HAND-MADE; test_review_notices81.py runs them."""

from __future__ import annotations

from tests.classifier.review_langs import notice
from tests.classifier.review_notices38_layouts import sympa, sympa_body

UU = ("userunknown",)
GONE = ("userunknown", "hostunknown")
SIZE = ("exceedlimit", "mesgtoobig")
R = "recipient"
_PO = "Sympa 6.2.70 po/sympa/{}.po (Debian 12 sympa.mo), msgid {!r}"
_TT2 = " in default/mail_tt2/delivery_status_notification.tt2, Status {} (Sympa::send_dsn)"
_DIAG = {"5.1.1": "Bad destination mailbox address", "5.1.2": "Bad destination system address",
         "5.2.3": "Message length exceeds administrative limit", "5.4.6": "Routing loop detected",
         "5.7.1": "Delivery not authorized, message refused"}
_UNKNOWN = "The following address is not a known mailing list:"
_REJECTED = "Your message for list '%1' (attached below) was rejected.\\nYou are not allowed to send ..."
_SIZE = "Your message could not be sent because its size (%1 kB) was over the maximum size (%2 kB) ..."

# One language's translations (msgid short name -> msgstr), as the .mo files hold them.
LANGS: dict[str, dict[str, str]] = {
    "de": {
        "rcpt": "vertrieb@listen.example.de", "charset": "utf-8",
        "auto": "Dies ist eine automatische Antwort des Mailinglisten-Managers Sympa.",
        "impossible": "Verteilung Ihrer Nachricht für die Liste '%1' ist aus folgendem Grund nicht möglich:",
        "unknown": "Die folgende Adresse ist keine bekannte Verteilerliste:",
        "find": "Um den korrekten Listennamen herauszufinden, fragen Sie das Listenverzeichnis dieses Servers ab:",
        "contact": "Für weitere Informationen kontaktieren Sie bitte %1@%2",
        "subject_unknown": "Unbekannte Liste",
        "rejected": "Ihre Nachricht an die Liste '%1' (unten angehängt) wurde zurückgewiesen.\nSie dürfen aus "
                    "folgendem Grund diese Nachricht nicht senden:",
        "restricted": "Nachrichtenverteilung auf dieser Liste ist auf Abonnenten beschränkt.",
        "subject_auth": "Nachrichtenverteilung: Autorisierung verweigert",
        "size": "Die Nachricht konnte nicht versendet werden, da ihre Größe (%1 kB) die auf dieser Liste maximal "
                "erlaubte Größe (%2 kB) überschreitet.",
        "subject_size": "Nachricht zu groß",
        "moderated": "Ihre Nachricht für Liste %1 wurde an den/die Moderator(en) weitergeleitet",
        "subject_report": "Nachrichtenverteilung",
        "failed": "Kommando schlug fehl:", "nofile": "Benötigte Datei existiert nicht.",
        "subject_commands": "Ergebnis Ihrer Befehle",
    },
    "fr": {
        "rcpt": "ventes@listes.example.fr", "charset": "iso-8859-1",
        "auto": "Ceci est une réponse automatique du robot de listes Sympa.",
        "impossible": "Problème de diffusion de votre message pour la liste '%1' :",
        "unknown": "L'adresse suivante n'est pas une liste connue :",
        "find": "Pour chercher l'adresse de la liste, consultez la liste des listes de ce serveur :",
        "contact": "Pour plus de détails, contactez %1@%2",
        "subject_unknown": "Liste inconnue",
        "rejected": "Votre message pour la liste '%1' (ci-joint) a été rejeté.\nVous n'êtes pas autorisé à "
                    "diffuser ce message pour la raison suivante :",
        "restricted": "La diffusion de messages dans la liste est réservée aux abonnés.",
        "subject_auth": "Diffusion de message : erreur d'autorisation",
        "size": "Votre message n'a pas pu être envoyé parce que sa taille (%1 ko) était supérieure à la taille "
                "maximum de message autorisée pour cette liste (%2 ko).",
        "subject_size": "Message trop gros",
        "moderated": "Votre message pour la liste %1 a été transmis au(x) modérateur(s)",
        "subject_report": "Diffusion des messages",
        "failed": "La commande a échoué :", "nofile": "Le fichier demandé n'existe pas.",
        "subject_commands": "Résultats de vos commandes",
    },
    "es": {
        "rcpt": "ventas@listas.example.es", "charset": "utf-8",
        "auto": "Esta es una respuesta automática enviada por el Gestor de Listas de Correo Sympa.",
        "impossible": "No fue posible distribuir tu mensaje a la lista '%1' por el siguiente motivo:",
        # Spanish's own rendering reads "is not recognised in the list"; Sympa writes it for an unknown list.
        "unknown": "La siguiente dirección no se reconoce en la lista:",
        "find": "Para encontrar el nombre correcto de la lista, solicita el directorio de listas de este servidor:",
        "contact": "Para más información contacta con %1@%2",
        "subject_unknown": "Lista desconocida",
        "rejected": "Se ha rechazado tu mensaje a la lista '%1' (adjunto más abajo).\nNo tienes permiso para "
                    "enviar este mensaje por la siguiente razón:",
        "restricted": "La distribución de mensajes en esta lista está restringida a los suscriptores.",
        "subject_auth": "Distribución del mensaje: Autorización denegada",
        "size": "No se ha podido enviar tu mensaje porque su tamaño (%1 kB) superaba el tamaño máximo (%2 kB) "
                "permitido para esta lista.",
        "subject_size": "Mensaje demasiado larga",
        "moderated": "Hemos enviado al moderador tu mensaje a la lista '%1'",
        "subject_report": "Distribución del mensaje",
        "failed": "El comando ha fallado:", "nofile": "El fichero solicitado no existe.",
        "subject_commands": "Resultados de tus comandos",
    },
    "it": {
        "rcpt": "vendite@liste.example.it", "charset": "utf-8",
        "auto": "Questa è una risposta automatica inviata dal gestore di liste di distribuzione Sympa",
        "impossible": "E' stato impossibile distribuire il tuo messaggio alla lista '%1' per il seguente motivo:",
        "unknown": "Il seguente indirizzo non è una lista di distribuzione nota. ",
        "find": "Per trovare il nome esatto della lista, richiedi l'elenco delle liste di questo server",
        "contact": "Per ulteriori informazioni, contatta %1@%2",
        "subject_unknown": "Lista sconosciuta",
        "rejected": "Il messaggio per la lista '%1' (allegato sotto) e' stato rifiutato.\nNon sei autorizzato a "
                    "inviare il messaggio per le seguenti ragioni: ",
        "restricted": "La distribuzione di messaggi in questa lista è limitata agli iscritti alla lista.",
        "subject_auth": "Distribuzione del messaggio: autorizzazione negata",
        "size": "Il tuo messaggio non può essere consegnato poiché la sa dimensione (%1 kB) supera la dimensione "
                "massima consentita (%2 kB) per questa lista.",
        "subject_size": "Messaggio troppo grande",
        "moderated": "Il tuo messaggio per la lista '%1' e' stato inoltrato ai moderatori.",
        "subject_report": "Stato distribuzione messaggio",
        "failed": "Il comando è fallito:", "nofile": "Il file richiesto non esiste.",
        "subject_commands": "Risultati dei comandi",
    },
    "nl": {
        "rcpt": "verkoop@lijsten.example.nl", "charset": "utf-8",
        "auto": "Dit is een automatisch bericht verstuurd door Sympa Mailing Lists Manager.",
        "impossible": "Het is niet mogelijk om uw bericht naar de lijst '%1' door te sturen, om de volgende reden:",
        "unknown": "Het volgende adres is geen bekende mailinglijst:",
        "find": "Om de goede naam te vinden kijkt u in het lijstenoverzicht van deze server:",
        "contact": "Heeft u verder nog vragen, stuur dan een e-mail naar %1@%2",
        "subject_unknown": "Onbekende lijst",
        "restricted": "Distributie van berichten op de lijst is beperkt tot lijstabonnees.",
        "subject_auth": "Distributie van berichten: Toestemming geweigerd",
        "moderated": "Uw bericht naar lijst '%1' is doorgestuurd naar de moderator(s)",
        "subject_report": "Distributie van berichten",
        "failed": "Commando mislukt:", "nofile": "Verplicht bestand bestaat niet.",
        "subject_commands": "De resultaten van uw commando",
    },
    "pl": {
        "rcpt": "sprzedaz@listy.example.pl", "charset": "iso-8859-2",
        "auto": "To jest automatyczna odpowiedź wysłana przez Zarządcę List Mailingowych Sympy.",
        "impossible": "Rozesłanie wiadomości na listę '%1' jest niemożliwe z następującego powodu:",
        "unknown": "Następujący adres nie jest znaną listą mailingową:",
        "find": "Aby dowiedzieć się poprawnej nazwy listy, spytaj o katalog list tego serwera:",
        "contact": "Po więcej informacji proszę się skontaktować z %1@%2",
        "subject_unknown": "Lista nieznana",
        "restricted": "Rozsyłanie wiadomości w obrębie listy jest dostępne dla jej subskrybentów.",
        "subject_auth": "Dystrybucja wiadomości: Odmowa autoryzacji",
        "moderated": "Twoja wiadomość wysłana na listę %1 została przekazana redaktorowi",
        "subject_report": "Rozsyłanie wiadomości",
        "failed": "Komenda zawiodła:", "nofile": "Wymagany plik nie istnieje.",
        "subject_commands": "Wyniki wydanych poleceń",
    },
    "sv": {
        "rcpt": "salj@listor.example.se", "charset": "utf-8",
        "auto": "Detta är ett automatiskt svarsmeddelande skickat av e-postlisthanteraren Sympa.",
        "impossible": "Det är ej möjligt att distribuera ditt meddelande till listan '%1' på grund av följande orsak:",
        "unknown": "Följande e-postadress är inte en känd e-postlista:",
        "find": "För att hitta det riktiga listnamnet, titta i den här serverns listkatalog:",
        "contact": "För mer information, kontakta %1@%2",
        "subject_unknown": "Okänd lista",
        "restricted": "Meddelandedistribution till denna lista är begränsad till listprenumeranter.",
        "subject_auth": "Meddelandedistribuering: Autentisering nekas",
        "size": "Ditt meddelande kunde inte skickas eftersom storleken (%1 kB) var över största tillåtna storlek "
                "(%2 kB) för denna lista.",
        "moderated": "Ditt meddelande till listan %1 har skickats vidare till redaktör(erna).",
        "subject_report": "Meddelandedistribution",
        "failed": "Kommandot misslyckades:", "nofile": "Obligatorisk fil finns inte.",
        "subject_commands": "Resultatet av dina kommandon",
    },
    "ru": {
        "rcpt": "prodazhi@rassylki.example.ru", "charset": "koi8-r",
        "auto": "Это автоматический ответ, отправленный службой почтовых рассылок Sympa.",
        "impossible": "Невозможно разослать ваше сообщение в рассылку '%1' по следующей причине:",
        "unknown": "Следующий адрес не является рассылкой:",
        "find": "Чтобы найти правильное название рассылки, ищите его в перечне рассылок сервера:",
        "contact": "Чтобы узнать больше, пишите на %1@%2",
        "subject_unknown": "Рассылка неизвестна",
        "rejected": "Ваше сообщение в рассылку '%1' (прикреплено ниже) было отвергнуто.\nВам не разрешено "
                    "отправлять такие сообщения по следующей причине:",
        "restricted": "Отправка сообщений в эту рассылку разрешена только её подписчикам.",
        "subject_auth": "Рассылка сообщения: Отказано в авторизации",
        "size": "Не удалось доставить ваше сообщение, так как его размер (%1 кБ) превысил максимальный размер, "
                "допустимый в этой рассылке (%2 кБ).",
        "subject_size": "Слишком большое сообщение",
        "moderated": "Ваше сообщение для рассылки '%1' было переслано модераторам",
        "subject_report": "Рассылка сообщения",
        "failed": "Выполнить команду не удалось:", "nofile": "Запрошенный файл не существует.",
        "subject_commands": "Результаты ваших команд",
    },
    "ja": {
        "rcpt": "eigyo@lists.example.jp", "charset": "iso-2022-jp",
        "auto": "This is an automatic response sent by Sympa Mailing Lists Manager.\nこのメールは、Sympa メーリングリスト"
                "管理システムからの自動応答です。",
        "impossible": "Impossible to distribute your message for list '%1' for the following reason:\nリスト '%1' "
                      "宛のメッセージを配信できませんでした。理由は以下の通りです。",
        "unknown": "The following address is not a known mailing list:\n以下のアドレスは、メーリングリストとして登録されて"
                   "いません。",
        "find": "To find out the correct listname, ask for this server's lists directory:\n正確なリスト名を探すには、"
                "当サーバのリスト一覧をご覧ください。",
        "contact": "For further information, please contact %1@%2\n詳しいことは、%1@%2 にお問い合わせください。",
        "subject_unknown": "List unknown / そういうリストは知りません",
        "rejected": "Your message for list '%1' (attached below) was rejected. You are not allowed to send this "
                    "message for the following reason:\nあなたからリスト %1 宛てのメッセージ (下に添付します) を拒否しました。"
                    "このメッセージは以下の理由で送ることができません。",
        "restricted": "メッセージをこのリストへ発送できるのは、リストの読者だけです。",
        "subject_auth": "Message distribution: Authorization denied / メッセージのゆくえ: 認められませんでした",
        "moderated": "あなたが %1 メーリングリスト宛てに送ったメッセージを、モデレータ (たち) に回送しました。",
        "subject_report": "メッセージのゆくえ",
    },
}
# zh_CN translates the 5.1.2 sentence and the subject, not the 5.1.1 paragraph.
ZH_CN = {"rcpt": "xiaoshou@lists.example.cn", "auto": "这是一个由Sympa邮递列表管理器自动发送的回复。",
         "noexist": "邮件列表“%1“不存在。", "subject_unknown": "邮件列表未知数", "contact": "欲知详情，请与联系%1@%2",
         "restricted": "这张邮件列表的邮件发行仅限邮件列表订阅者。"}

ROWS: list[tuple] = []
_CTE = {"utf-8": "quoted-printable", "iso-8859-1": "quoted-printable", "iso-8859-2": "quoted-printable",
        "koi8-r": "base64", "iso-2022-jp": "7bit", "gb2312": "base64"}


def _add(name: str, source: str, raw: bytes, expected: list[tuple]) -> None:
    ROWS.append((f"r81-{name}", source, raw, expected))


def _fill(text: str, rcpt: str) -> str:
    host = rcpt.split("@")[1]
    return text.replace("%1", rcpt).replace("%2", host)


def _dsn(lang: str, tr: dict, kind: str, status: str, subject: str, reason: str) -> bytes:
    rcpt, charset = tr["rcpt"], tr.get("charset", "utf-8")
    impossible = _fill(tr.get("impossible", "Impossible to distribute your message for list '%1' for the "
                                            "following reason:"), rcpt)
    return sympa(f"r81-{lang}-{kind}", rcpt=rcpt, host=rcpt.split("@")[1], subject=subject,
                 body=sympa_body(tr["auto"], reason, impossible=impossible), charset=charset,
                 cte=_CTE[charset], status=status, diag=_DIAG[status])


def _unknown_paragraph(tr: dict) -> str:
    """The template's ELSE branch: the sentence, the address, the WHICH hint, the contact line."""
    rcpt = tr["rcpt"]
    host = rcpt.split("@")[1]
    return (f"{tr['unknown']}\n\n    {rcpt}\n\n{tr['find']}\n\n    mailto:sympa@{host}?subject=WHICH\n\n"
            + tr["contact"].replace("%1", "listmaster").replace("%2", host))


def _plain(lang: str, tr: dict, kind: str, subject: str, body: str) -> bytes:
    """Sympa's plain report (message_report.tt2, command_report.tt2): From the robot, no report part."""
    host = tr["rcpt"].split("@")[1]
    charset = tr.get("charset", "utf-8")
    return notice(f"r81-{lang}-{kind}", body=body, charset=charset, cte=_CTE[charset], subject=subject,
                  sender=f"SYMPA <sympa@{host}>", rcpt=tr["rcpt"], generator=f"Sympa {kind}")


for _lang, _tr in LANGS.items():
    _rcpt = _tr["rcpt"]
    _src = _PO.format(_lang, _UNKNOWN) + f": {_tr['unknown']!r}; subject 'List unknown': {_tr['subject_unknown']!r}"
    _add(f"{_lang}-sympa-unknown-list", _src + _TT2.format("5.1.1"),
         _dsn(_lang, _tr, "unknown", "5.1.1", _tr["subject_unknown"], _unknown_paragraph(_tr)),
         [(_rcpt, True, UU, R, False)])
    # The loop status has no branch of its own: the ELSE paragraph says "not a known mailing list".
    if _lang in ("de", "fr", "ru", "pl"):
        _add(f"{_lang}-sympa-loop-fallback", _src + _TT2.format("5.4.6") + " (the template's ELSE branch under "
             "a routing-loop status: the words say unknown, the status a loop; never hard)",
             _dsn(_lang, _tr, "loop", "5.4.6", _tr["subject_unknown"], _unknown_paragraph(_tr)),
             [(_rcpt, False, (), None, False)])
    _reason = _tr.get("rejected", "Your message for list '%1' (attached below) was rejected.\nYou are not "
                                  "allowed to send this message for the following reason:")
    _auth = f"{_fill(_reason, _rcpt)}\n\n {_tr['restricted']}\n\n" + _fill(
        _tr["contact"].replace("%1@", f"{_rcpt.split('@')[0]}-request@"), _rcpt)
    _add(f"{_lang}-sympa-not-allowed", _PO.format(_lang, _REJECTED) + f" + report.tt2 send_subscriber: "
         f"{_tr['restricted']!r}" + _TT2.format("5.7.1") + " (the list refuses our post: it exists; soft)",
         _dsn(_lang, _tr, "auth", "5.7.1", _tr["subject_auth"], _auth), [(_rcpt, False, (), None, False)])
    if "size" in _tr:
        _add(f"{_lang}-sympa-too-large", _PO.format(_lang, _SIZE) + f": {_tr['size'][:60]!r}..." +
             _TT2.format("5.2.3") + " (a size limit: soft)",
             _dsn(_lang, _tr, "size", "5.2.3", _tr.get("subject_size", "Too large message"),
                  _tr["size"].replace("%1", "12400").replace("%2", "5120")),
             [(_rcpt, False, SIZE, None, False)])
    _add(f"{_lang}-sympa-moderated", _PO.format(_lang, "Your message to the list '%1' has been forwarded to the "
         "moderator(s)") + f": {_tr['moderated']!r} (default/mail_tt2/message_report.tt2 moderating_message, "
         "Subject 'Message distribution': a moderation notice, no bounce)",
         _plain(_lang, _tr, "moderated", _tr["subject_report"], _fill(_tr["moderated"], _rcpt) + "\n"), [])
    if "nofile" in _tr:
        _body = f"{_tr['failed']}\n\n> GET {_rcpt.split('@')[0]} preisliste.pdf\n  {_tr['nofile']}\n"
        _add(f"{_lang}-sympa-no-required-file", _PO.format(_lang, "Required file does not exist.") +
             f": {_tr['nofile']!r} under 'Command has failed:' {_tr['failed']!r} (command_report.tt2 / report.tt2 "
             "no_required_file: 'does not exist' said of a FILE in a reply to a command; no bounce)",
             _plain(_lang, _tr, "nofile", _tr["subject_commands"], _body), [])

_add("zh_CN-sympa-list-does-not-exist", _PO.format("zh_CN", "List '%1' does not exist.") +
     f": {ZH_CN['noexist']!r}" + _TT2.format("5.1.2"),
     _dsn("zh_CN", {**ZH_CN, "charset": "gb2312"}, "noexist", "5.1.2", ZH_CN["subject_unknown"],
          _fill(ZH_CN["noexist"], ZH_CN["rcpt"])),
     [(ZH_CN["rcpt"], True, GONE, R, False)])
_add("zh_CN-sympa-not-allowed", _PO.format("zh_CN", "Message distribution in the list is restricted to list "
     "subscribers.") + f": {ZH_CN['restricted']!r} (the 5.7.1 sentence itself stays English)" + _TT2.format("5.7.1"),
     _dsn("zh_CN", {**ZH_CN, "charset": "utf-8"}, "auth", "5.7.1", "Message distribution: Authorization denied",
          _fill("Your message for list '%1' (attached below) was rejected.\nYou are not allowed to send this "
                "message for the following reason:", ZH_CN["rcpt"]) + f"\n\n {ZH_CN['restricted']}\n"),
     [(ZH_CN["rcpt"], False, (), None, False)])
