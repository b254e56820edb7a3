"""Issue 13, continued: more servers' reply texts (European and Asian ISPs' localised replies,
provider account states, relay, size and blocklist refusals, missing domains), read by
`reasons.reason_for`. HAND-MADE after the wording of the provider or server named in each row
(its postmaster or help pages, its localisation), never another project's bounce samples.
The expectations follow the taxonomy as in test_server_wordings.py."""

from __future__ import annotations

import pytest

from classifier.records import Reason as R
from tests.classifier.replies import check_reply

UU, HU = R.USERUNKNOWN, R.HOSTUNKNOWN

# (source, status, command, reply text, reason)
ROWS = [
    ("Exim recipient callout", None, "RCPT",
     "550-Callout verification failed: 550 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown", UU),
    ("Exim: retry time not reached", None, None,
     "retry time not reached for any host after a long failure period", R.EXPIRED),
    ("Postfix: mail for domain loops back to myself", "5.4.6", None,
     "mail for example.org loops back to myself", R.SYSTEMERROR),
    ("Postfix: delivery temporarily suspended", "4.4.1", None,
     "delivery temporarily suspended: connect to mx.example.org[192.0.2.7]:25: Connection refused", R.EXPIRED),
    ("Sendmail: Deferred: Connection timed out", "4.4.1", None,
     "Deferred: Connection timed out with mx.example.org.", R.EXPIRED),
    ("Exchange 5.7.1 RESOLVER.RST.AuthRequired (group takes authenticated senders only)", "5.7.1", None,
     "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", R.SECURITYERROR),
    ("Gmail 5.2.1 inactive", "5.2.1", None,
     "550 5.2.1 The email account that you tried to reach is inactive and can't receive messages.", R.SUSPEND),
    ("Gmail over quota and inactive", "5.2.2", None,
     "552 5.2.2 The email account that you tried to reach is over quota and inactive.", R.MAILBOXFULL),
    ("Yahoo 5.1.1 unknown user", "5.1.1", "RCPT", "554 5.1.1 <a@yahoo.example>: user unknown", UU),
    ("iCloud disabled", "5.2.1", "RCPT", "550 5.2.1 <a@icloud.example>: user account is disabled", R.SUSPEND),
    ("Zoho account inactive", None, "RCPT", "550 5.2.1 Mailbox is inactive", R.SUSPEND),
    ("Comcast account deactivated", None, "RCPT",
     "550 5.2.1 <a@comcast.example> Account has been deactivated", R.SUSPEND),
    ("mail.ru: account blocked", None, "RCPT",
     "550 Message was not accepted -- invalid mailbox. Local mailbox a@mail.example is unavailable: account is "
     "blocked", R.SUSPEND),
    ("Yandex: user suspended", "5.2.1", "RCPT", "550 5.2.1 Mailbox is frozen", R.SUSPEND),
    ("Rambler", None, "RCPT", "550 5.1.1 <a@rambler.example>: Recipient address rejected: no such user", UU),
    ("Seznam (cz)", None, "RCPT", "550 5.1.1 Uživatel neexistuje", UU),
    ("Wirtualna Polska (pl)", None, None, "550 5.1.1 Konto nie istnieje", UU),
    ("Onet (pl)", None, None, "550 5.1.1 Adresat nie istnieje", UU),
    ("Telia (sv)", None, None, "550 5.1.1 Mottagaren är okänd", UU),
    ("KPN (nl)", None, None, "550 5.1.1 Ontvanger onbekend", UU),
    ("Terra (es)", None, None, "550 5.1.1 El destinatario no existe", UU),
    ("UOL (pt-br)", None, None, "550 5.1.1 Conta de email inexistente", UU),
    ("SAPO (pt)", None, None, "550 5.1.1 Utilizador desconhecido", UU),
    ("Aruba (it)", None, None, "550 5.1.1 Casella inesistente", UU),
    ("Tiscali (it)", None, None, "550 5.1.1 L'indirizzo email non esiste", UU),
    ("Laposte (fr)", None, None, "550 5.1.1 Ce destinataire n'existe pas", UU),
    ("SFR (fr)", None, None, "550 5.1.1 Adresse inconnue", UU),
    ("Free (fr)", None, None, "550 5.1.1 Boîte inexistante", UU),
    ("1&1/IONOS (de)", None, None, "550 5.1.1 Empfängeradresse existiert nicht", UU),
    ("Freenet (de)", None, None, "550 5.1.1 Mailbox nicht vorhanden", UU),
    ("Docomo (ja)", None, None, "550 5.1.1 宛先アドレスが存在しません", UU),
    ("Sina (zh)", None, None, "550 5.1.1 用户名不存在", UU),
    ("NetEase (zh): 该用户不存在", None, None, "550 该用户不存在", UU),
    ("Naver (ko)", None, None, "550 5.1.1 존재하지 않는 사용자입니다", UU),
    ("Yandex (ru) localised", None, None, "550 5.7.1 Такого ящика нет", UU),
    ("ukr.net (uk)", None, None, "550 5.1.1 Користувача не існує", UU),
    ("de quota: Speicherplatz", None, "RCPT",
     "552 5.2.2 Der Speicherplatz des Postfachs ist erschöpft", R.MAILBOXFULL),
    ("fr quota: dépassé", None, "RCPT", "552 5.2.2 Quota de la boîte aux lettres dépassé", R.MAILBOXFULL),
    ("es quota", None, "RCPT", "552 5.2.2 El buzón ha superado su cuota", R.MAILBOXFULL),
    ("it quota", None, "RCPT", "552 5.2.2 La casella ha superato la quota", R.MAILBOXFULL),
    ("pt quota", None, "RCPT", "552 5.2.2 Caixa de correio cheia", R.MAILBOXFULL),
    ("ru quota", None, "RCPT", "552 5.2.2 Превышена квота почтового ящика", R.MAILBOXFULL),
    ("ja quota", None, "RCPT", "552 5.2.2 メールボックスの容量が不足しています", R.MAILBOXFULL),
    ("relay fr", None, "RCPT", "550 5.7.1 Relais refusé", R.NORELAYING),
    ("relay nl", None, "RCPT", "550 5.7.1 Relay niet toegestaan", R.NORELAYING),
    ("relay pl", None, "RCPT", "550 5.7.1 Przekazywanie (relay) niedozwolone", R.NORELAYING),
    ("relay ja", None, "RCPT", "550 5.7.1 リレーは許可されていません", R.NORELAYING),
    ("relay zh", None, "RCPT", "550 5.7.1 不允许中继", R.NORELAYING),
    ("size fr", None, "MAIL", "552 5.3.4 Taille du message trop importante", R.MESGTOOBIG),
    ("size es", None, "MAIL", "552 5.3.4 El tamaño del mensaje excede el límite", R.MESGTOOBIG),
    ("size zh", None, "MAIL", "552 5.3.4 邮件大小超过限制", R.MESGTOOBIG),
    ("blocked: Spamhaus PBL", "5.7.1", "RCPT",
     "550 5.7.1 Service unavailable; client [192.0.2.9] blocked using pbl.spamhaus.org", R.BLOCKED),
    ("blocked: SpamCop at CONN", None, "CONN", "554 192.0.2.9 listed at bl.spamcop.net", R.BLOCKED),
    ("spam content (Spamhaus DBL)", "5.7.1", "DATA",
     "554 5.7.1 Message contains a URL listed in dbl.spamhaus.org", R.SPAMDETECTED),
    ("hostunknown: Exim no such domain", None, None, "550 5.1.2 nowhere.example: no such domain", HU),
    ("hostunknown: Exchange on-prem DNS", "5.4.4", None,
     "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", HU),
    ("hostunknown: SES", None, None,
     "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for "
     "nowhere.example>", R.EXPIRED),
    ("hostunknown de", None, None, "550 Die Domain nowhere.example existiert nicht", HU),
    ("hostunknown ru", None, None, "550 Домен nowhere.example не существует", HU),
    ("hostunknown ja", None, None, "550 ドメインが存在しません", HU),
    ("hostunknown zh", None, None, "550 域名不存在", HU),
]


@pytest.mark.parametrize(("source", "status", "command", "text", "reason"), ROWS,
                         ids=[f"{i:03d} {r[0][:50]}" for i, r in enumerate(ROWS)])
def test_server_reply(source, status, command, text, reason):
    check_reply(source, status, command, text, reason)
