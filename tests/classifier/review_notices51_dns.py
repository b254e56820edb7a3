"""The fifty-first review, part two: unroutable domains. DNS outcomes as each MTA words them in its
own notice (Postfix's smtp client, Exim's routers and transport, Sendmail, qmail-remote, OpenSMTPD,
Exchange Online, Gmail), the same domains refused by a server at RCPT, and the notices in the
languages Exchange Online and Gmail write to their senders. Expected readings from the words and
the taxonomy, before the classifier ran:

- the domain does not exist (NXDOMAIN: "Host not found", "Domain does not exist", "couldn't find any
  host named", "Unrouteable address", 5.4.310, "NXDOMAIN Domain name not found"), or no MX and no A, or
  every MX names a host that does not exist: hostunknown, hard;
- a null MX (RFC 7505) or "no SMTP service": notaccept, hard (5.1.10 / 556);
- a temporary failure (SERVFAIL, timeout, "Host not found, try again", "host lookup did not complete",
  "(#4.1.2)", 4.4.312 "DNS query failed") is never hard: a delay while the MTA retries, and when it
  gives up (Action: failed, "in the queue too long", 5.4.312 "Message expired, DNS query failed")
  networkerror or expired, soft;
- a domain that does not exist in the SENDER's address (5.1.8, "Sender address rejected: Domain not
  found") is the sender's: soft, scope sender.
All HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices17 as r17
from tests.classifier.notices import LEAD, exchange_own, gmail_own, own_postfix
from tests.classifier.review_notices25_layouts import opensmtpd
from tests.classifier.review_notices35_layouts import exim_local, pf
from tests.classifier.review_notices42_layouts import SELLER, exim_after, exim_own, qmail_own, qmail_remote
from tests.classifier.review_notices43_layouts import opensmtpd_indented
from tests.classifier.review_notices51_layouts import (
    EXIM_DNS, EXO_DNS, EXO_LOCAL, G_DNS, G_LOCAL, GAVE_UP, NET, NOTACCEPT, PF_DELAY, PF_DNS, PF_DOMAIN, QMAIL_DNS,
    S, SM_DNS, SMTPD_DNS, exo_local, gmail_local, hard, sendmail_own, soft)

D = "example.org"  # LEAD's domain
NS = f"Host or domain name not found. Name service error for name={D} type=MX: Host not found"
NS_AGAIN = NS + ", try again"
R17_LEAD = r17.LEAD
R17_D = R17_LEAD.split("@")[1]


def _pf_delay(name: str, text: str, status: str) -> bytes:
    """Postfix's delay notice of its own temporary failure (no remote reply)."""
    return r17.postfix(f"r51-{name}", R17_LEAD, f"<{R17_LEAD}>: {text}", delayed=True, status=status,
                       diagnostic=f"X-Postfix; {text}")


def _exim_warning(name: str, text: str) -> bytes:
    """Exim's delay warning of a router's DEFER (deliver.c: the address, then 'Delay reason: %s')."""
    block = f"  {R17_LEAD}\n    Delay reason: {text}\n"
    return r17.exim_warning(f"r51-{name}", "The address to which the message has not yet been delivered is:\n\n"
                            + block, r17.exim_delayed_dsn(R17_LEAD))


def _exo_delayed(diagnostic: str, status: str, body: str) -> bytes:
    """Exchange Online's delay DSN (its own 'Delivery delayed' notice: Action: delayed)."""
    raw = exchange_own(diagnostic, status=status, body=body)
    return raw.replace(b"Action: failed", b"Action: delayed").replace(b"Subject: Undeliverable:",
                                                                     b"Subject: Delivery delayed:")


_EXO_NX = (f"Your message to {LEAD} couldn't be delivered.\n\nThe Domain Name System (DNS) reported that the "
           "recipient's domain does not exist.\n\nContact the recipient by some other means (by phone, for example) "
           "and ask them to tell their email admin that it appears that their domain isn't properly registered at "
           "their domain registrar.")
_EXO_DNSFAIL = (f"Your message to {LEAD} couldn't be delivered.\n\nThe recipient's domain has a DNS problem that "
                "kept the message from being delivered. Microsoft 365 kept trying for a while but has now given up.")
_EXO_DELAY = (f"Delivery is delayed to these recipients or groups:\n\n{LEAD}\n\nThis message hasn't been delivered "
              "yet. Delivery will continue to be attempted.")
_G_FAIL = (f"Your message wasn't delivered to {LEAD} because the domain {D} couldn't be found. Check for typos or "
           "unnecessary spaces and try again.")
_G_TEMP = f"There was a temporary problem delivering your message to {LEAD}. Gmail will retry for 46 more hours."
_G_DNSFAIL = f"Your message wasn't delivered to {LEAD} because of a DNS problem."
_G_NX = f"DNS Error: DNS type 'mx' lookup of {D} responded with code NXDOMAIN Domain name not found: {D}"
_G_SERVFAIL = f"DNS Error: DNS type 'mx' lookup of {D} responded with code SERVFAIL"
_X310 = (f"550 5.4.310 DNS domain {D} does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName={D}] "
         "[BN8NAM12FT045.eop-nam12.prod.protection.outlook.com 2026-12-03T10:00:05.845Z 08DBF37C231BBFB9]")
_X312 = (f"550 5.4.312 Message expired, DNS query failed [Message=ServerFailure] [LastAttemptedServerName={D}] "
         "[BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]")

ROWS = [
    # ---- Postfix's smtp client, its own notice (no remote reply)
    ("pf-own-nxdomain-mx", PF_DNS, own_postfix(NS, status="5.4.4"), hard()),
    ("pf-own-nxdomain-a", PF_DNS, own_postfix(f"Host or domain name not found. Name service error for name={D} "
                                              "type=A: Host not found", status="5.4.4"), hard()),
    ("pf-own-mx-host-missing", PF_DNS + " (the MX names a host that does not exist: its A lookup)",
     own_postfix(f"Host or domain name not found. Name service error for name=mx1.{D} type=A: Host not found",
                 status="5.4.4"), hard()),
    ("pf-own-no-data", PF_DNS, own_postfix(f"Host or domain name not found. Name service error for name={D} type=A: "
                                           "Host found but no data record of requested type", status="5.4.4"), hard()),
    ("pf-own-nullmx-5110", PF_DNS, own_postfix(f"Domain {D} does not accept mail (nullMX)", status="5.1.10"),
     hard(NOTACCEPT)),
    ("pf-own-nullmx-510", PF_DNS + " (as a Postfix log shows it: 'dsn=5.1.0, status=bounced (Domain example.com does "
     "not accept mail (nullMX))')", own_postfix(f"Domain {D} does not accept mail (nullMX)", status="5.1.0"),
     hard(NOTACCEPT)),
    ("pf-own-try-again-delay", PF_DNS + "; " + PF_DELAY,
     _pf_delay("pf-try-again", f"Host or domain name not found. Name service error for name={R17_D} type=MX: Host not "
               "found, try again", "4.4.3"), soft(NET, delay=True, address=R17_LEAD)),
    ("pf-own-try-again-gave-up", PF_DNS + "; " + PF_DELAY + " (qmgr's 'delivery temporarily suspended: ')",
     own_postfix("delivery temporarily suspended: " + NS_AGAIN, status="4.4.3"), soft(GAVE_UP)),
    ("pf-own-try-again-failed", PF_DNS + "; " + PF_DELAY, own_postfix(NS_AGAIN, status="4.4.3"), soft(GAVE_UP)),
    ("pf-own-timeout-a-gave-up", PF_DNS + " (TRY_AGAIN on the MX host's A record)",
     own_postfix(f"Host or domain name not found. Name service error for name=mx1.{D} type=A: Host not found, try "
                 "again", status="4.4.3"), soft(GAVE_UP)),
    # ---- a server refuses the recipient's domain at RCPT (its own DNS check)
    ("pf-rcpt-domain-not-found-550", PF_DOMAIN, pf(f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found",
                                                   "5.1.2"), hard()),
    ("pf-rcpt-domain-not-found-450", PF_DOMAIN, pf(f"450 4.1.2 <{LEAD}>: Recipient address rejected: Domain not found",
                                                   "4.1.2"), soft(delay=True)),
    ("pf-rcpt-unverified-try-again", PF_DOMAIN + " (reject_unverified_recipient, the probe's DNS failing)",
     pf(f"450 4.1.2 <{LEAD}>: Recipient address rejected: unverified address: {NS_AGAIN}", "4.1.2"),
     soft(delay=True)),
    ("pf-rcpt-unverified-nxdomain", PF_DOMAIN + " (reject_unverified_recipient with the probe's bounce)",
     pf(f"550 5.1.2 <{LEAD}>: Recipient address rejected: undeliverable address: {NS}", "5.1.2"), hard()),
    ("pf-rcpt-nullmx-556", PF_DOMAIN, pf(f"556 5.1.10 <{LEAD}>: Recipient address rejected: Domain {D} does not accept "
                                         "mail (nullMX)", "5.1.10"), hard(NOTACCEPT)),
    ("exim-rcpt-unrouteable", EXIM_DNS + " (a remote Exim's verify = recipient)",
     exim_after("r51-exim-rcpt-unrouteable", "550 Unrouteable address", f"RCPT TO:<{LEAD}>", LEAD), hard()),
    ("qmail-rcpt-domain-not-found", PF_DOMAIN + " (qmail-remote's report of the reply)",
     qmail_remote("r51-qmail-rcpt-domain", f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "RCPT",
                  LEAD), hard()),
    # ---- the SENDER's domain does not exist: the sender's, soft
    ("pf-sender-domain-not-found-450", PF_DOMAIN + " (reject_unknown_sender_domain)",
     pf(f"450 4.1.8 <{SELLER}>: Sender address rejected: Domain not found", "4.1.8", "MAIL"),
     soft(scope=S, delay=True)),
    ("pf-sender-domain-not-found-550", PF_DOMAIN + " (reject_unknown_sender_domain, unknown_address_reject_code 550)",
     pf(f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not found", "5.1.8", "MAIL"), soft(scope=S)),
    ("sm-sender-domain-does-not-exist", SM_DNS + "; Sendmail cf/m4/proto.m4 check_mail ('553 5.1.8 <%s>... Domain of "
     "sender address %s does not exist')", pf(f"553 5.1.8 <{SELLER}>... Domain of sender address {SELLER} does not "
                                              "exist", "5.1.8", "MAIL"), soft(scope=S)),
    ("pf-sender-unverified-try-again", PF_DOMAIN + " (reject_unverified_sender)",
     pf(f"450 4.1.7 <{SELLER}>: Sender address rejected: unverified address: Host or domain name not found. Name "
        "service error for name=example.com type=MX: Host not found, try again", "4.1.7", "MAIL"),
     soft(scope=S, delay=True)),
    # ---- Exim, its own notice
    ("exim-own-unrouteable", EXIM_DNS, exim_own("r51-exim-unrouteable", "Unrouteable address", LEAD), hard()),
    ("exim-own-mx-nonexistent", EXIM_DNS, exim_own("r51-exim-mx-none", "all relevant MX records point to non-existent "
                                                   "hosts", LEAD), hard()),
    ("exim-own-lookups-failed", EXIM_DNS, exim_local("r51-exim-lookups", "all host address lookups failed "
                                                     "permanently"), hard()),
    ("exim-own-no-smtp-service", EXIM_DNS, exim_local("r51-exim-nullmx", "an MX or SRV record indicated no SMTP "
                                                      "service"), hard(NOTACCEPT)),
    ("exim-own-retry-time-gave-up", EXIM_DNS, exim_own("r51-exim-retry", "retry time not reached for any host after a "
                                                       "long failure period", LEAD), soft(GAVE_UP)),
    ("exim-own-lookup-incomplete-gave-up", EXIM_DNS + " (its bounce after retry timeout: the last DEFER's words)",
     exim_own("r51-exim-incomplete", "retry timeout exceeded: host lookup did not complete", LEAD), soft(GAVE_UP)),
    ("exim-warning-lookup-incomplete", EXIM_DNS + "; Exim deliver.c delay warning",
     _exim_warning("exim-warn-lookup", "host lookup did not complete"), soft(NET, delay=True, address=R17_LEAD)),
    # ---- Sendmail
    ("sm-own-host-unknown", SM_DNS, sendmail_own("r51-sm-host-unknown", "550 5.1.2", f"Host unknown (Name server: {D}: "
                                                 "host not found)", "5.1.2"), hard()),
    ("sm-own-host-unknown-553", SM_DNS + " (553 when the DNS answer came at RCPT, srvrsmtp.c)",
     sendmail_own("r51-sm-host-unknown-553", "553 5.1.2", f"Host unknown (Name server: {D}: host not found)", "5.1.2"),
     hard()),
    ("sm-expired-lookup-failure", SM_DNS, r17.sendmail_expired("r51-sm-expired", LEAD, f"Deferred: Name server: {D}.: "
                                                               "host name lookup failure"), soft(GAVE_UP)),
    # ---- qmail
    ("qmail-own-no-host-named", QMAIL_DNS, qmail_own("r51-qmail-named", f"Sorry, I couldn't find any host named {D}. "
                                                     "(#5.1.2)", LEAD), hard()),
    ("qmail-toolong-no-host-by-name", QMAIL_DNS, r17.qmail_toolong("r51-qmail-by-name", LEAD, "Sorry, I couldn't find "
                                                                   "any host by that name. (#4.1.2)"), soft(GAVE_UP)),
    ("qmail-toolong-cname", QMAIL_DNS, r17.qmail_toolong("r51-qmail-cname", LEAD, "CNAME lookup failed temporarily. "
                                                         "(#4.4.3)"), soft(GAVE_UP)),
    # ---- OpenSMTPD
    ("smtpd-domain-does-not-exist", SMTPD_DNS, opensmtpd("r51-smtpd-nx", LEAD, "Domain does not exist"), hard()),
    ("smtpd-no-mx-found-gave-up", SMTPD_DNS + " (the last TEMPFAIL's words in its expiry bounce)",
     opensmtpd("r51-smtpd-nomx", LEAD, "No MX found for domain"), soft(GAVE_UP)),
    ("smtpd-temp-mx-lookup-delay", SMTPD_DNS, opensmtpd_indented("r51-smtpd-temp", LEAD, "Temporary failure in MX "
                                                                 "lookup", delay="4 hours"), soft(NET, delay=True)),
    ("smtpd6-domain-does-not-exist", SMTPD_DNS, opensmtpd_indented("r51-smtpd6-nx", LEAD, "Domain does not exist"),
     hard()),
    # ---- Exchange Online's own
    ("exo-5310-domain-does-not-exist", EXO_DNS, exchange_own(_X310, status="5.4.310", body=_EXO_NX), hard()),
    ("exo-5312-expired-dns-query-failed", EXO_DNS, exchange_own(_X312, status="5.4.312", body=_EXO_DNSFAIL),
     soft(GAVE_UP)),
    ("exo-4312-delayed", EXO_DNS, _exo_delayed(f"451 4.4.312 DNS query failed [Message=ServerFailure] "
                                               f"[LastAttemptedServerName={D}]", "4.4.312", _EXO_DELAY),
     soft(NET, delay=True)),
    ("exo-5316-expired-refused", EXO_DNS, exchange_own("550 5.4.316 Message expired, connection refused(Socket error "
                                                       "code 10061)", status="5.4.316", body=_EXO_DNSFAIL),
     soft(GAVE_UP)),
    ("exo-4316-delayed-refused", EXO_DNS, _exo_delayed("451 4.4.316 Connection refused [Message=Socket error code "
                                                       "10061]", "4.4.316", _EXO_DELAY), soft(NET, delay=True)),
    ("exo-447-queue-expired", EXO_DNS, exchange_own("550 4.4.7 QUEUE.Expired; message expired", status="4.4.7",
                                                    body=_EXO_DNSFAIL), soft(GAVE_UP)),
    ("exo-440-nonexistent-in-delay", EXO_DNS + " (Exchange's queue 'last error' in its delay DSN)",
     _exo_delayed("451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
                  "4.4.0", _EXO_DELAY), soft(delay=True)),
    ("exch-544-nonexistent-domain", EXO_DNS + "; Exchange 2010+ SmtpSend 'SMTPSEND.DNS.NonExistentDomain'",
     exchange_own("550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", status="5.4.4", body=_EXO_NX),
     hard()),
    # ---- Gmail's own
    ("gm-nxdomain-400-failed", G_DNS, gmail_own(_G_NX, status="4.0.0", heading="Address not found", body=_G_FAIL),
     hard()),
    ("gm-legacy-domain-not-found", G_DNS + " (the older 'Address resolution of x. failed: Domain name not found')",
     gmail_own(f"DNS Error: Address resolution of {D}. failed: Domain name not found", status="5.0.0",
               heading="Address not found", body=_G_FAIL), hard()),
    ("gm-servfail-failed", G_DNS, gmail_own(_G_SERVFAIL, status="4.0.0", heading="Message not delivered",
                                            body=_G_DNSFAIL), soft(GAVE_UP)),
    ("gm-servfail-delayed", G_DNS, gmail_own(_G_SERVFAIL, status="4.0.0", heading="Message delayed", body=_G_TEMP,
                                             action="delayed"), soft(NET, delay=True)),
    ("gm-timeout-delayed", G_DNS, gmail_own(f"DNS Error: DNS type 'mx' lookup of {D} timed out", status="4.0.0",
                                            heading="Message delayed", body=_G_TEMP, action="delayed"),
     soft(NET, delay=True)),
]

# ---- the same notices in the sender's language (Exchange Online: subject and user text; Gmail: heading and
# sentence; the DSN fields and the English diagnostic as both write them).
_EXO_LANG = {
    "de": ("Unzustellbar", "Fehler bei der Zustellung an diese Empfänger oder Gruppen:\n\n{a}\n\nDie Nachricht konnte "
           "nicht zugestellt werden. Das Domain Name System (DNS) hat gemeldet, dass die Domäne des Empfängers nicht "
           "vorhanden ist."),
    "fr": ("Non remis", "La remise a échoué pour ces destinataires ou groupes :\n\n{a}\n\nLe message n'a pas pu être "
           "remis. Le système DNS (Domain Name System) a signalé que le domaine du destinataire n'existe pas."),
    "es": ("No se puede entregar", "No se pudo entregar a estos destinatarios o grupos:\n\n{a}\n\nEl mensaje no se "
           "pudo entregar. El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no "
           "existe."),
    "it": ("Non recapitabile", "Recapito non riuscito a questi destinatari o gruppi:\n\n{a}\n\nImpossibile recapitare "
           "il messaggio. Il DNS (Domain Name System) ha segnalato che il dominio del destinatario non esiste."),
    "pt": ("Não é possível entregar", "Falha na entrega para estes destinatários ou grupos:\n\n{a}\n\nNão foi possível "
           "entregar a mensagem. O DNS (Sistema de Nomes de Domínio) relatou que o domínio do destinatário não existe."),
    "nl": ("Onbestelbaar", "De bezorging is mislukt voor deze geadresseerden of groepen:\n\n{a}\n\nHet bericht kan niet "
           "worden bezorgd. Het Domain Name System (DNS) heeft gemeld dat het domein van de geadresseerde niet bestaat."),
    "pl": ("Niedostarczalne", "Dostarczenie do tych adresatów lub grup nie powiodło się:\n\n{a}\n\nNie można dostarczyć "
           "wiadomości. System nazw domen (DNS) zgłosił, że domena adresata nie istnieje."),
    "sv": ("Olevererbart", "Leveransen till följande mottagare eller grupper misslyckades:\n\n{a}\n\nMeddelandet kunde "
           "inte levereras. DNS (Domain Name System) rapporterade att mottagarens domän inte finns."),
    "ru": ("Не удается доставить", "Не удалось доставить сообщение следующим получателям или группам:\n\n{a}\n\nНе "
           "удалось доставить сообщение. Система доменных имен (DNS) сообщила, что домен получателя не существует."),
    "ja": ("配信不能", "配信先のメール アドレスまたはグループに配信できませんでした:\n\n{a}\n\nメッセージを配信できませんでした。"
           "ドメイン ネーム システム (DNS) から、受信者のドメインが存在しないという報告がありました。"),
    "zh": ("无法传递", "无法传递到以下收件人或组:\n\n{a}\n\n无法传递邮件。域名系统(DNS)报告收件人的域不存在。"),
}
_EXO_LANG_FAIL = {
    "de": "Die Nachricht konnte nicht zugestellt werden, weil bei der DNS-Abfrage der Domäne des Empfängers ein Fehler "
          "aufgetreten ist. Microsoft 365 hat es eine Zeit lang versucht und gibt jetzt auf.",
    "fr": "Le message n'a pas pu être remis, car la requête DNS du domaine du destinataire a échoué. Microsoft 365 a "
          "réessayé pendant un certain temps, puis a abandonné.",
    "ja": "受信者のドメインの DNS クエリが失敗したため、メッセージを配信できませんでした。Microsoft 365 はしばらく再試行しましたが、"
          "配信を中止しました。",
}
_G_LANG = {
    "de": ("Adresse nicht gefunden", "Ihre Nachricht wurde nicht an {a} zugestellt, weil die Domain {d} nicht gefunden "
           "wurde. Prüfen Sie, ob Tippfehler oder unnötige Leerzeichen vorhanden sind, und versuchen Sie es noch einmal."),
    "fr": ("Adresse introuvable", "Votre message n'a pas été distribué à {a}, car le domaine {d} est introuvable. "
           "Vérifiez que l'adresse ne contient pas de fautes de frappe ni d'espaces inutiles, puis réessayez."),
    "es": ("No se ha encontrado la dirección", "Tu mensaje no se ha entregado a {a} porque no se ha encontrado el "
           "dominio {d}. Comprueba si hay errores tipográficos o espacios innecesarios y vuelve a intentarlo."),
    "it": ("Indirizzo non trovato", "Il tuo messaggio non è stato recapitato a {a} perché il dominio {d} non è stato "
           "trovato. Verifica che non siano presenti errori di battitura o spazi non necessari e riprova."),
    "pt": ("Endereço não encontrado", "Sua mensagem não foi entregue a {a} porque o domínio {d} não foi encontrado. "
           "Verifique se há erros de digitação ou espaços desnecessários e tente novamente."),
    "nl": ("Adres niet gevonden", "Je bericht is niet afgeleverd bij {a} omdat het domein {d} niet is gevonden. "
           "Controleer het adres op typefouten of onnodige spaties en probeer het opnieuw."),
    "pl": ("Nie znaleziono adresu", "Twoja wiadomość nie została dostarczona do {a}, ponieważ nie znaleziono domeny {d}. "
           "Sprawdź, czy nie ma literówek lub zbędnych spacji, i spróbuj ponownie."),
    "sv": ("Adressen hittades inte", "Ditt meddelande levererades inte till {a} eftersom domänen {d} inte hittades. "
           "Kontrollera att det inte finns några stavfel eller onödiga blanksteg och försök igen."),
    "ru": ("Адрес не найден", "Ваше сообщение не доставлено адресату {a}, так как домен {d} не найден. Проверьте, нет "
           "ли в адресе опечаток или лишних пробелов, и повторите попытку."),
    "ja": ("アドレスが見つかりません", "ドメイン {d} が見つからなかったため、{a} にメールを配信できませんでした。入力ミスや不要な"
           "スペースがないかご確認のうえ、もう一度お試しください。"),
    "zh": ("找不到地址", "您的邮件未能送达 {a}，因为找不到网域 {d}。请检查是否有拼写错误或多余的空格，然后重试。"),
}
_G_LANG_DELAY = {
    "de": ("Nachricht verzögert", "Bei der Zustellung Ihrer Nachricht an {a} ist ein vorübergehendes Problem "
           "aufgetreten. Gmail versucht es noch 46 Stunden lang."),
    "fr": ("Message retardé", "Un problème temporaire est survenu lors de l'envoi de votre message à {a}. Gmail "
           "réessaiera pendant encore 46 heures."),
    "es": ("Mensaje retrasado", "Se ha producido un problema temporal al entregar tu mensaje a {a}. Gmail lo volverá a "
           "intentar durante 46 horas más."),
    "ru": ("Доставка задерживается", "При доставке сообщения адресату {a} возникла временная ошибка. Gmail будет "
           "повторять попытки ещё 46 часов."),
    "ja": ("メッセージの遅延", "{a} へのメッセージの配信中に一時的な問題が発生しました。Gmail は今後 46 時間再試行します。"),
    "zh": ("邮件延迟", "向 {a} 传送您的邮件时出现暂时性问题。Gmail 将在接下来的 46 小时内重试。"),
}

ROWS += [(f"exo-5310-{lang}", EXO_DNS + "; " + EXO_LOCAL,
          exo_local(_X310, "5.4.310", body.format(a=LEAD), subject), hard())
         for lang, (subject, body) in _EXO_LANG.items()]
ROWS += [(f"exo-5312-expired-{lang}", EXO_DNS + "; " + EXO_LOCAL,
          exo_local(_X312, "5.4.312", text, _EXO_LANG[lang][0]), soft(GAVE_UP))
         for lang, text in _EXO_LANG_FAIL.items()]
ROWS += [(f"gm-nxdomain-{lang}", G_DNS + "; " + G_LOCAL,
          gmail_local(_G_NX, "4.0.0", heading, body.format(a=LEAD, d=D)), hard())
         for lang, (heading, body) in _G_LANG.items()]
ROWS += [(f"gm-servfail-delayed-{lang}", G_DNS + "; " + G_LOCAL,
          gmail_local(_G_SERVFAIL, "4.0.0", heading, body.format(a=LEAD), action="delayed"), soft(NET, delay=True))
         for lang, (heading, body) in _G_LANG_DELAY.items()]
