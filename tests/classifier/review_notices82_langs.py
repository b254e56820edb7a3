"""Review 82's non-English attacks (review_notices82.py names the audit): the words lexicon reads as "the
recipient does not exist" (unbekannt, inconnu, desconocido, sconosciuto, desconhecido, onbekend, nieznany, okänd,
неизвестн, 不明, 无效) said of something else: our sender (smtpd_delay_reject answers at RCPT), our IP address
or server name (a relay or PTR check), a command, a charset, our SMTP login, or in a 4xx (a delay). Beside each
language a true-hard control in the same layout (the recipient unknown in that language's usual words).

The sentences are HAND-MADE in the manner of the localised server texts lexicon.py cites (Exchange's localised
NDRs, T-Online's "Teilnehmer existiert nicht", Aruba, mail.ru, Sympa's and Postfix's .po catalogs' word
choices for "sender", "command", "charset"); expectations written from the words and taxonomy.md BEFORE the
classifier ran. Layout: review_notices25.rows_relayed (our relay's Postfix report; 4.x a delay)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNK = ("userunknown",)
SRC = ("HAND-MADE {} reply (localised server wording in the manner of lexicon.py's cited texts: Exchange's "
       "localised NDRs, T-Online, Aruba, mail.ru, Coremail)")
SASL = ("Postfix smtp(8) 'SASL authentication failed; server %s said: %s' (smtp_sasl_glue.c) quoting a localised "
        "535 5.7.8 of our smarthost (HAND-MADE)")

# (language, entries): each entry (name, reply, status, command, hard, reasons, scope).
LANGS = {
    "de": [
        ("sender-unknown", "550 5.7.1 Absender unbekannt", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Relaying nicht erlaubt: Ihre IP-Adresse ist unbekannt", "5.7.1", "RCPT",
         False, (), ANY),
        ("command-unknown", "500 5.5.1 Unbekannter Befehl", "5.5.1", "DATA", False, (), ANY),
        ("charset-unknown", "554 5.6.0 Unbekannter Zeichensatz im Nachrichtenkopf", "5.6.0", "DATA", False, (), ANY),
        ("user-unknown-450", "450 4.1.1 Benutzer unbekannt, bitte später erneut versuchen", "4.1.1", "RCPT", False,
         (), ANY),
        ("sender-address-unknown-rcpt", "550 5.1.8 Die Adresse des Absenders ist unbekannt", "5.1.8", "RCPT", False,
         (), ANY),
        ("ctl-user-unknown", "550 5.1.1 Benutzer unbekannt", "5.1.1", "RCPT", True, UNK, R),
    ],
    "fr": [
        ("sender-unknown", "550 5.7.1 Expéditeur inconnu", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Relais refusé : adresse IP inconnue", "5.7.1", "RCPT", False, (), ANY),
        ("command-unknown", "500 5.5.1 Commande inconnue", "5.5.1", "DATA", False, (), ANY),
        ("sender-domain-unknown", "550 5.1.8 Domaine de l'expéditeur inconnu", "5.1.8", "RCPT", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 Destinataire inconnu", "5.1.1", "RCPT", True, UNK, R),
    ],
    "es": [
        ("sender-unknown", "550 5.7.1 Remitente desconocido", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Dirección IP desconocida: no se permite el reenvío", "5.7.1", "RCPT",
         False, (), ANY),
        ("command-unknown", "500 5.5.1 Comando desconocido", "5.5.1", "DATA", False, (), ANY),
        ("sender-domain-missing", "550 5.1.8 El dominio del remitente no existe", "5.1.8", "RCPT", False, (), ANY),
        ("ctl-user-unknown", "550 5.1.1 Usuario desconocido", "5.1.1", "RCPT", True, UNK, R),
    ],
    "it": [
        ("sender-unknown", "550 5.7.1 Mittente sconosciuto", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Indirizzo IP sconosciuto: relay non consentito", "5.7.1", "RCPT", False,
         (), ANY),
        ("command-unknown", "500 5.5.1 Comando sconosciuto", "5.5.1", "DATA", False, (), ANY),
        ("user-unknown-450", "450 4.1.1 Utente sconosciuto, riprovare più tardi", "4.1.1", "RCPT", False, (), ANY),
        ("ctl-user-unknown", "550 5.1.1 Utente sconosciuto", "5.1.1", "RCPT", True, UNK, R),
    ],
    "pt": [
        ("sender-unknown", "550 5.7.1 Remetente desconhecido", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Endereço IP desconhecido: retransmissão negada", "5.7.1", "RCPT", False,
         (), ANY),
        ("command-unknown", "500 5.5.1 Comando desconhecido", "5.5.1", "DATA", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 Destinatário desconhecido", "5.1.1", "RCPT", True, UNK, R),
    ],
    "nl": [
        ("sender-unknown", "550 5.7.1 Afzender onbekend", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 IP-adres onbekend: doorsturen niet toegestaan", "5.7.1", "RCPT", False, (),
         ANY),
        ("command-unknown", "500 5.5.1 Onbekend commando", "5.5.1", "DATA", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 Ontvanger onbekend", "5.1.1", "RCPT", True, UNK, R),
    ],
    "pl": [
        ("sender-address-unknown", "550 5.7.1 Nieznany adres nadawcy", "5.7.1", "RCPT", False, (), ANY),
        ("server-ip-unknown", "550 5.7.1 Nieznany adres IP serwera wysyłającego", "5.7.1", "RCPT", False, (), ANY),
        ("command-unknown", "500 5.5.1 Nieznane polecenie", "5.5.1", "DATA", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 Nieznany adres odbiorcy", "5.1.1", "RCPT", True, UNK, R),
    ],
    "sv": [
        ("sender-unknown", "550 5.7.1 Okänd avsändare", "5.7.1", "MAIL", False, (), S),
        ("ip-address-unknown", "550 5.7.1 Okänd IP-adress: vidarebefordran nekas", "5.7.1", "RCPT", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 Okänd mottagare", "5.1.1", "RCPT", True, UNK, R),
    ],
    "ru": [
        ("sender-address-unknown", "550 5.7.1 Неизвестный адрес отправителя", "5.7.1", "RCPT", False, (), ANY),
        ("command-unknown", "500 5.5.1 Неизвестная команда", "5.5.1", "DATA", False, (), ANY),
        ("server-address-unknown", "550 5.7.1 Адрес вашего сервера неизвестен: нет PTR-записи", "5.7.1", "RCPT",
         False, (), ANY),
        ("ctl-user-not-found", "550 5.1.1 Пользователь не найден", "5.1.1", "RCPT", True, UNK, R),
        ("ctl-recipient-unknown", "550 5.1.1 Неизвестный адрес получателя", "5.1.1", "RCPT", True, UNK, R),
    ],
    "ja": [
        ("client-host-unknown", "550 5.7.1 接続元IPアドレスのホスト名が不明です", "5.7.1", "RCPT", False, (), ANY),
        ("command-unknown", "500 5.5.1 不明なコマンドです", "5.5.1", "DATA", False, (), ANY),
        ("ctl-recipient-unknown", "550 5.1.1 宛先不明", "5.1.1", "RCPT", True, UNK, R),
    ],
    "zh": [
        ("server-ip-invalid", "550 5.7.1 发送服务器IP地址无效(未配置反向解析)", "5.7.1", "RCPT", False, (), ANY),
        ("command-unknown", "500 5.5.1 未知命令", "5.5.1", "DATA", False, (), ANY),
        ("ctl-recipient-missing", "550 5.1.1 收件人地址不存在", "5.1.1", "RCPT", True, UNK, R),
    ],
}
# Our relay's own login to its smarthost refused, the missing user being ours (never a recipient).
LOGINS = [
    ("de-sasl-user-unknown", "SASL authentication failed; server smtp.provider.example[192.0.2.50] said: 535 5.7.8 "
     "Authentifizierung fehlgeschlagen: Benutzer unbekannt", "5.7.8", None, False, (), S),
    ("es-sasl-user-unknown", "SASL authentication failed; server smtp.provider.example[192.0.2.50] said: 535 5.7.8 "
     "Error de autenticación: usuario desconocido", "5.7.8", None, False, (), S),
]

_QUOTED = {"de-ip-address-unknown", "fr-ip-address-unknown", "it-ip-address-unknown", "pl-sender-address-unknown",
           "ru-sender-address-unknown", "ja-client-host-unknown", "zh-server-ip-invalid", "de-ctl-user-unknown"}
LANG_ROWS = [row for lang, entries in LANGS.items()
             for row in rows_relayed(lang, SRC.format(lang), MX, LEAD, entries)]
LANG_ROWS += [row for lang, entries in LANGS.items() for e in entries if f"{lang}-{e[0]}" in _QUOTED
              for row in rows_quoted(f"q{lang}", SRC.format(lang), MX, LEAD, [e])]
LANG_ROWS += rows_relayed("sasl", SASL, MX, LEAD, LOGINS)

# ---- round 6 (expectations before running): lexicon's "could not find" first, and "return address" ---------------
# _NOT_FOUND_FIRST's "no se encontró / impossibile trovare / nie można odnaleźć / не удалось найти" before an
# address noun that is an IP address's (a PTR check); the envelope sender's other name, the "return address"
# (RFC 5321's reverse-path), in French, Spanish, Portuguese, Italian, which lexicon's sender words lack.
R6 = ("HAND-MADE {} reply: a PTR check's 'could not find ... IP address', or the return (reverse-path) address "
      "unknown, in the manner of Exchange's localised NDR wording that lexicon cites")
ROUND6 = {
    "es": [
        ("ptr-not-found-for-ip", "550 5.7.1 No se encontró el registro PTR para la dirección IP 192.0.2.10", "5.7.1",
         "RCPT", False, (), ANY),
        ("return-address-unknown", "550 5.1.8 Dirección de retorno desconocida", "5.1.8", "RCPT", False, (), ANY),
        ("ctl-address-not-found", "550 5.1.1 No se encontró la dirección de correo electrónico del destinatario",
         "5.1.1", "RCPT", True, UNK, R),
    ],
    "it": [
        ("ptr-not-found-for-ip", "550 5.7.1 Impossibile trovare il record PTR per l'indirizzo IP 192.0.2.10", "5.7.1",
         "RCPT", False, (), ANY),
        ("return-address-unknown", "550 5.1.8 Indirizzo di ritorno sconosciuto", "5.1.8", "RCPT", False, (), ANY),
    ],
    "pl": [
        ("ptr-not-found-for-ip", "550 5.7.1 Nie można odnaleźć rekordu PTR dla adresu IP 192.0.2.10", "5.7.1", "RCPT",
         False, (), ANY),
    ],
    "ru": [
        ("ptr-not-found-for-ip", "550 5.7.1 Не удалось найти PTR-запись для IP-адреса 192.0.2.10", "5.7.1", "RCPT",
         False, (), ANY),
    ],
    "fr": [
        ("return-address-unknown", "550 5.1.8 Adresse de retour inconnue", "5.1.8", "RCPT", False, (), ANY),
        ("ctl-recipient-address-unknown", "550 5.1.1 Adresse du destinataire inconnue", "5.1.1", "RCPT", True, UNK, R),
    ],
    "pt": [
        ("return-address-unknown", "550 5.1.8 Endereço de retorno desconhecido", "5.1.8", "RCPT", False, (), ANY),
    ],
}
LANG_ROWS += [row for lang, entries in ROUND6.items() for row in rows_relayed(f"{lang}6", R6.format(lang), MX, LEAD,
                                                                               entries)]
