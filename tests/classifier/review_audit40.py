"""Audit 40: an ADVERSARIAL AUDIT of the rules merged on 2026-12-06 (review novel38's, old37's, audit 38's and 39's
mends and the lead's merge mends), each attacked with real mail's wordings in OTHER contexts than the ones it was
written for:
(1) unprovisioned's absence words ("not provisioned", "never set up", "not registered", "not recognised", "nicht
    eingerichtet", "未开通", "není zřízen"...) said of things that are NOT the recipient's mailbox (our tenant, the
    account we send from, our host's address and its reverse DNS, a client certificate, a group's posting rights,
    storage), the lead's "not registered to receive external mail" restriction said in other words, in conditions
    in other languages, under 4xx; with controls of the recipient's own absence;
(2) cause_words' notaccept clause-end rule ("we do not accept mail here" followed by the reason WHY, which restricts
    the sender) and Postfix's own null MX text said of our SENDER's domain (smtpd_delay_reject answers it at RCPT);
    sender-side causes beside a true missing user;
(3) recipient_blocklists' _OUR_HOST / HOST_BLOCKED: the recipient's MX naming its own IP, a help host "ip.<domain>",
    "your mail server" in a sentence that clears it; ours._PASSED_ON: Postfix address verification at our relayhost
    that failed there (local "unknown user", a loop), not at the prospect's host;
(4) unasserted's reminder prefix longer than four words, leaver_names' titles the list lacks (Lic., Dra., Avv., Mgr.),
    contrast_mentions with no comma after the contrast (German/Dutch/English) in notices without an enhanced code;
(5) the lead's merge mends in neighbouring words ("address syntax / encoding not recognised", "this server does not
    accept mail for the domain"), mox's "too many failures" and "not accepting email for domain", Java's exception
    text beside a missing user.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit40.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_audit35 import exim_final, hard, soft
from tests.classifier.review_audit37_layouts import relay_report
from tests.classifier.review_audit38 import exo, gmail
from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
IP = "198.51.100.7"

# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a40-<group>-<name>".
at = relayed_for("a40", MX, LEAD)

ADMIN = ("admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>' and ACL 'message =', "
         "an Exchange mail flow rule's 'Reject the message with the explanation'); RFC 3463 / RFC 5321 for the codes; "
         "attack variants")
EXO_DOCS = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (5.7.64 TenantAttribution; "
            "Relay Access Denied, 5.4.1 Recipient address rejected: Access denied, 5.7.1 Delivery not authorized, "
            "message refused: a mail flow rule's default rejection text); attack variants")
SUBMIT = ("RFC 6409 submission and a smarthost's refusals of its own customer (admin-written); RFC 8601 / RFC 7208 "
          "for the host checks; attack variants")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

# ---- (1) unprovisioned: the absence words of other things ------------------------------------------------------
UNPROV_ROWS = at("u", ADMIN, [
    # The lead's merge read "Recipient is not registered to receive external mail" as a restriction: the same
    # restriction in the family's other words is no absence either (the mailbox exists, only outside mail is barred).
    ("restrict-not-provisioned-external", "550 5.7.1 Recipient is not provisioned to receive external mail", "5.7.1",
     "RCPT", False, (), ANY),
    ("restrict-never-set-up-internet", "550 5.7.1 This mailbox has never been set up to receive mail from the "
     "internet", "5.7.1", "RCPT", False, (), ANY),
    ("restrict-registered-with-service", "550 5.7.1 The recipient is not registered with this service to receive "
     "external mail", "5.7.1", "RCPT", False, (), ANY),
    ("group-not-provisioned-external", "550 5.7.1 This group address is not provisioned for external senders",
     "5.7.1", "RCPT", False, (), ANY),
    # Our account, tenant, host: ours.
    ("account-sending-from", "550 5.7.1 The account you are sending from is not provisioned for relaying through "
     "this host", "5.7.1", "RCPT", False, (), S),
    ("host-address-reverse-zone", "550 5.7.25 The connecting host's address is not registered in the reverse DNS "
     "zone", "5.7.25", "RCPT", False, (), S),
    ("client-cert-not-recognised", "554 5.7.1 The client certificate your server presented for this address is not "
     "recognised", "5.7.1", "RCPT", False, (), S),
    ("sender-account-where", "550 5.7.1 Relaying refused: where a sender account is not provisioned, mail is not "
     "relayed", "5.7.1", "RCPT", False, (), S),
    # Our IP written after a colon, in brackets, as IPv6 (lexicon's _SHAPE skips an address followed by " 1.2.3."):
    # the scope as audit 39's xfail argued (a bare 5.7.1); never hard.
    ("server-address-colon-ip", f"550 5.7.1 Sending server address: {IP} not recognised", "5.7.1", "RCPT", False,
     (), ANY),
    ("server-address-paren-ip", f"550 5.7.1 Sending server address ({IP}) not recognised", "5.7.1", "RCPT", False,
     (), ANY),
    ("server-address-ipv6", "550 5.7.1 Sending server address 2001:db8::25 not recognised", "5.7.1", "RCPT", False,
     (), ANY),
    # Storage never provisioned: a full mailbox, not a missing one.
    ("storage-never-provisioned", "552 5.2.2 Mailbox full: additional storage was never provisioned for this user",
     "5.2.2", "RCPT", False, ("mailboxfull",), R),
    # A denial quoting the words; a 4xx.
    ("denied-not-provisioned-quote", "550 5.7.1 Message refused. This is not an 'account not provisioned' error: "
     "the sending domain example.com publishes no SPF record", "5.7.1", "DATA", False, (), ANY),
    ("alias-target-4xx", "451 4.1.1 Alias target not provisioned yet; delivery deferred", "4.1.1", "RCPT", False, (),
     ANY),
]) + at("u", f"{EXO_DOCS}", [
    ("tenant-not-provisioned", "550 5.7.64 TenantAttribution; Relay Access Denied: the sending tenant is not "
     "provisioned for this connector", "5.7.64", "RCPT", False, (), S),
    ("transport-rule-text", "550 5.7.1 Delivery not authorized, message refused: matched rule 'Phish - account not "
     "provisioned notice'", "5.7.1", "DATA", False, (), ANY),
]) + at("ul", LANGS, [
    # Our sending server's address "not registered" in reverse DNS / a relay's list, in other languages.
    ("fr-adresse-serveur-envoi", "550 5.7.1 L'adresse du serveur d'envoi n'est pas enregistrée dans notre liste",
     "5.7.1", "RCPT", False, (), S),
    ("es-direccion-servidor-envio", "550 5.7.1 La dirección del servidor de envío no está registrada en el DNS "
     "inverso", "5.7.1", "RCPT", False, (), S),
    ("it-indirizzo-vostro-server", "550 5.7.1 L'indirizzo del vostro server non è registrato nel DNS inverso",
     "5.7.1", "RCPT", False, (), S),
    ("nl-adres-verzendserver", "550 5.7.1 Het adres van uw verzendserver is niet geregistreerd in de reverse DNS",
     "5.7.1", "RCPT", False, (), S),
    ("ru-adres-servera", "550 5.7.1 Адрес вашего сервера не зарегистрирован в обратной зоне DNS", "5.7.1", "RCPT",
     False, (), S),
    ("pt-servidor-origem", "550 5.7.1 O endereço do servidor de origem não está registrado no DNS reverso", "5.7.1",
     "RCPT", False, (), S),
    # No account created FOR our side (the sender's word before the verb): Polish, Czech, Chinese, German, Swedish.
    ("pl-twojego-serwera", "550 5.7.1 Nie założono konta dla Twojego serwera w usłudze przekazywania poczty", "5.7.1",
     "RCPT", False, (), S),
    ("cs-pro-odesilatele", "550 5.7.1 Pro odesílatele není zřízen účet na tomto přenosovém serveru", "5.7.1", "RCPT",
     False, (), S),
    ("zh-fajianren-kaitong", "550 5.7.1 未为发件人开通账号，无法中继", "5.7.1", "RCPT", False, (), S),
    ("ja-sender-account", "550 5.7.1 送信者のアカウントが作成されていません", "5.7.1", "RCPT", False, (), S),
    ("de-absender-konto", "550 5.7.1 Das Konto des Absenders ist auf diesem Relay nicht eingerichtet", "5.7.1", "RCPT",
     False, (), S),
    ("sv-avsandarens-konto", "550 5.7.1 Avsändarens konto har inte skapats på denna server", "5.7.1", "RCPT", False,
     (), S),
    ("tr-gonderen-hesap", "550 5.7.1 Gönderen hesabı bu sunucuda tanımlı değil", "5.7.1", "RCPT", False, (), ANY),
    # The restriction (external mail) in German's verb-final order.
    ("de-restrict-extern", "550 5.7.1 Der Empfänger ist für den Empfang externer E-Mails nicht eingerichtet",
     "5.7.1", "RCPT", False, (), ANY),
    # Conditions in French, Italian, German (audit 39 tried English and Spanish).
    ("fr-si-pas-enregistre", "550 5.7.1 Refusé par la politique. Si le destinataire n'est pas enregistré sur le "
     "portail, demandez-lui de s'inscrire.", "5.7.1", "DATA", False, (), ANY),
    ("it-se-non-registrato", "550 5.7.1 Rifiutato dal criterio. Se il destinatario non è registrato sul portale, "
     "chiedetegli di iscriversi.", "5.7.1", "DATA", False, (), ANY),
    ("de-falls-nicht-registriert", "550 5.7.1 Abgelehnt durch Richtlinie. Falls der Empfänger nicht registriert ist, "
     "bitten Sie ihn, sich anzumelden.", "5.7.1", "DATA", False, (), ANY),
    ("ja-4xx", "451 4.3.0 メールボックスはまだ作成されていません。しばらくしてから再送してください", "4.3.0", "RCPT",
     False, (), ANY),
    # Controls: the recipient's own absence in the family's words stays hard.
    ("ctl-en-not-known-local-user", f"550 5.1.1 <{LEAD}>: lead is not a known local user", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("ctl-de-postfach-nicht-eingerichtet", "550 5.1.1 Das Postfach ist auf diesem Server nicht eingerichtet", "5.1.1",
     "RCPT", True, ("userunknown",), R),
    ("ctl-es-no-tiene-cuenta", "550 5.1.1 El destinatario no tiene cuenta en este servidor", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("ctl-zh-weikaitong", "550 5.1.1 收件人未开通邮箱", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("ctl-cs-neni-zrizena", "550 5.1.1 Pro tohoto příjemce není zřízena žádná schránka", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("ctl-en-not-registered-on", "550 5.1.1 The recipient is not registered on this server", "5.1.1", "RCPT", True,
     ("userunknown",), R),
])

# ---- (2) cause_words and null MX --------------------------------------------------------------------------------
NULLMX = ("Postfix dns/dns_lookup.c ('Domain %s does not accept mail (nullMX)') as smtpd_check.c words it at MAIL or, "
          "with smtpd_delay_reject=yes (the default), at RCPT ('<%s>: Sender address rejected: ...' / 'Recipient "
          "address rejected: ...'); RFC 7505 sections 4.2-4.3 (550 5.7.27 for a sender, 556 5.1.10 for a recipient)")
CAUSE_ROWS = at("n", NULLMX, [
    ("sender-nullmx-mail", "550 5.7.27 <seller@example.com>: Sender address rejected: Domain example.com does not "
     "accept mail (nullMX)", "5.7.27", "MAIL", False, (), S),
    ("sender-nullmx-rcpt", "550 5.7.27 <seller@example.com>: Sender address rejected: Domain example.com does not "
     "accept mail (nullMX)", "5.7.27", "RCPT", False, (), S),
    ("recipient-nullmx", f"556 5.1.10 <{LEAD}>: Recipient address rejected: Domain partner.example does not accept "
     "mail (nullMX)", "5.1.10", "RCPT", True, ("notaccept",), R),
]) + at("c", ADMIN, [
    # "We do not accept mail here" and then the reason, after a comma, semicolon or full stop: a restriction on us.
    ("here-comma-ip-listed", f"554 5.7.1 We do not accept mail here, your IP {IP} is listed on our blocklist",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("here-semicolon-authenticate", "550 5.7.1 We do not accept mail here; authenticate first on port 587", "5.7.1",
     "RCPT", False, (), ANY),
    ("here-period-no-rdns", "550 5.7.1 We do not accept mail here. Your server has no reverse DNS.", "5.7.1", "RCPT",
     False, (), S),
    ("here-4xx-comma", "451 4.7.1 We do not accept mail here, greylisted; try again later", "4.7.1", "RCPT", False,
     (), ANY),
    ("here-larger-than", "552 5.3.4 We do not accept messages here larger than 10 MB", "5.3.4", "DATA", False, (),
     ANY),
    # "Send-only" said of a host of OURS.
    ("reply-to-host-send-only", "550 5.7.1 Message refused: your reply-to host is send-only, replies would be lost",
     "5.7.1", "DATA", False, (), S),
    # Controls: the recipient's own domain or address takes no mail.
    ("ctl-receive-here-colon-address", "550 5.7.1 We do not receive mail here: this address is only used for "
     "sending", "5.7.1", "RCPT", True, ("notaccept",), R),
    ("ctl-recipient-domain-send-only", "550 5.7.1 Relay denied: the recipient domain partner.example is send-only",
     "5.7.1", "RCPT", True, ("notaccept",), R),
    ("ctl-not-at-this-address-any-longer", "550 5.1.1 We don't accept messages at this address any longer", "5.1.1",
     "RCPT", True, ("userunknown", "notaccept", "hasmoved"), R),
    # A true missing user beside sender-side causes in plain words.
    ("unknown-faster", "550 5.1.1 User unknown; you are also sending faster than we accept", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("no-mailbox-signature", "550 5.1.1 Mailbox does not exist (note: the signature on your message does not "
     "verify)", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("no-such-user-history", "550 5.1.1 No such user here. Your sending history is poor.", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    # Our sending account's allotment used up: ours (mailboxfull's "has used up its ..." words).
    ("sending-allotment-used-up", "550 5.4.5 Daily sending quota exceeded: the sending account has used up its "
     "allotment for today", "5.4.5", "MAIL", False, (), S),
])

# ---- (3) recipient_blocklists and our relayhost ------------------------------------------------------------------
OWN = ("Outlook.com's 'Blocked Senders list' help, Sophos Central XGEMAIL_0009 'the user block list', review blocks36's "
       "sources; an MTA naming itself in its reply (Postfix smtpd's '$myhostname', Exchange's '[host.prod...]' tail); "
       "attack variants")
BLOCK_ROWS = at("b", OWN, [
    ("mx-names-own-ip", "550 5.7.1 Sender blocked by the recipient (mx.partner.example, server IP 192.0.2.7)",
     "5.7.1", "RCPT", False, ("filtered",), R),
    ("help-host-ip-dot", "550 5.7.1 Rejected by recipient: sender is on the user's block list. Help: "
     "ip.partner.example/blocks", "5.7.1", "RCPT", False, ("filtered",), R),
    ("your-server-cleared", "550 5.7.1 Your message was blocked by the recipient. Your mail server delivered it "
     "correctly; the recipient has chosen not to receive it.", "5.7.1", "DATA", False, ("filtered",), R),
    ("fr-votre-serveur-pas-en-cause", "550 5.7.1 Message bloqué par le destinataire. Votre serveur n'est pas en "
     "cause.", "5.7.1", "RCPT", False, ("filtered",), R),
    ("contact-admin-semicolon", "550 5.7.1 Blocked by the recipient; contact your mail server administrator if you "
     "think this is wrong", "5.7.1", "RCPT", False, ("filtered",), R),
    ("not-an-ip-block", "550 5.7.1 Blocked by the recipient (this is not an IP block)", "5.7.1", "RCPT", False,
     ("filtered",), R),
    ("ipv6-literal-own-host", "550 5.7.1 Blocked by recipient [2001:db8::7 mx.partner.example]: sender address on the "
     "user's blocked senders list", "5.7.1", "RCPT", False, ("filtered",), R),
    # Control: our IP named.
    ("ctl-de-ihre-ip", f"550 5.7.1 Vom Empfänger blockiert: Ihre IP {IP}", "5.7.1", "RCPT", False, ("blocked",), S),
])
PF_VERIFY = ("Postfix smtpd_check.c check_rcpt_verify ('<%s>: %s rejected: undeliverable address: %s') with the verify(8) "
             "probe's own result: local(8) 'unknown user: \"%s\"', qmgr 'mail for %s loops back to myself', smtp(8) "
             "'connect to %s[%s]:25: Connection timed out'; at our relayhost (postconf(5) relayhost)")


def ours(name: str, reply: str, status: str, command: str | None, expected: list[tuple]) -> tuple:
    """Our relay's report of our relayhost's (smtp.example.com) reply: it verified the prospect's address itself."""
    return (f"a40-rh-{name}", PF_VERIFY, relay_report(f"a40{name}", reply, status, command, address=LEAD,
                                                      sender="seller@example.com", reporter="mail.example.com",
                                                      remote="smtp.example.com"), expected)


RELAYHOST_ROWS = [
    # The probe failed AT our relayhost (it took partner.example for a local domain, or routes it back to itself):
    # our relayhost's misconfiguration, not the prospect's verdict.
    ours("local-unknown-user", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: unknown user: "
         "\"lead\"", "5.1.1", "RCPT", soft(scope=S)),
    ours("loops-back", f"550 5.4.6 <{LEAD}>: Recipient address rejected: undeliverable address: mail for "
         "partner.example loops back to myself", "5.4.6", "RCPT", soft(scope=S)),
    ours("connect-timeout-4xx", f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: connect to "
         f"{MX}[192.0.2.7]:25: Connection timed out", "4.1.1", "RCPT", [(LEAD, False, (), ANY, True)]),
    # Control: the prospect's host's own verdict passed on.
    ours("ctl-mx-said-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host "
         f"{MX}[192.0.2.7] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table "
         "(in reply to RCPT TO command)", "5.1.1", "RCPT", hard("userunknown")),
]

# ---- (4) unasserted, leaver_names, contrast_mentions ----------------------------------------------------------
DEP = ("admin-written refusal and departure texts (an Exchange mail flow rule's rejection text, a company's 'left the "
       "company' notice); titles as the languages write them (es 'Lic.', pt 'Dra.', it 'Avv.', cs 'Mgr.'); attack "
       "variants")
DEP_ROWS = at("d", DEP, [
    ("en-would-like-to-remind-if", "550 5.7.1 Rejected by content filter. We would like to remind you that if Dr. Lee "
     "has left the company, the administrator will tell you.", "5.7.1", "DATA", False, (), ANY),
    ("es-lic-condition", "550 5.7.1 Rechazado por el filtro. Si el Lic. Pérez ya no trabaja en la empresa, el "
     "administrador le avisará.", "5.7.1", "DATA", False, (), ANY),
    ("pt-dra-condition", "550 5.7.1 Recusado pelo filtro. Se a Dra. Silva não trabalha mais na empresa, o "
     "administrador avisará.", "5.7.1", "DATA", False, (), ANY),
    ("it-avv-condition", "550 5.7.1 Rifiutato dal filtro. Se l'Avv. Rossi non lavora più qui, l'amministratore vi "
     "avviserà.", "5.7.1", "DATA", False, (), ANY),
    ("cs-mgr-condition", "550 5.7.1 Odmítnuto filtrem. Pokud Mgr. Novák již ve firmě nepracuje, správce vás "
     "upozorní.", "5.7.1", "DATA", False, (), ANY),
    # Controls: asserted after the title.
    ("es-lic-asserted", "550 5.0.0 El Lic. Pérez ya no trabaja en la empresa.", "5.0.0", "RCPT", True, ("hasmoved",),
     R),
    ("pt-dra-asserted", "550 5.0.0 A Dra. Silva não trabalha mais na empresa.", "5.0.0", "RCPT", True, ("hasmoved",),
     R),
    ("en-be-advised-asserted", "550 5.0.0 Please be advised that Dana Lee has left the company.", "5.0.0", "RCPT",
     True, ("hasmoved",), R),
])
CONTRAST = ("Exim deliver.c's bounce of a reply without an enhanced code (admin-written 550 texts, Exim ':fail:'); "
            "German and Dutch word order after 'Anders als ...' / 'In tegenstelling tot ...' (no comma: the verb "
            "follows at once); attack variants")
RCPT = f"SMTP error from remote mail server after RCPT TO:<{LEAD}>:\n    "
CONTRAST_ROWS = [
    ("a40-k-de-anders-als-no-comma", CONTRAST, exim_final("k1", RCPT + "550 Anders als angegeben existiert das "
                                                          "Postfach nicht"), hard("userunknown")),
    ("a40-k-en-unlike-no-comma", CONTRAST, exim_final("k2", RCPT + f"550 Unlike what our website says the mailbox "
                                                      f"{LEAD} does not exist"), hard("userunknown")),
    ("a40-k-nl-tegenstelling-no-comma", CONTRAST, exim_final("k3", RCPT + "550 In tegenstelling tot eerdere berichten "
                                                             "bestaat deze mailbox niet"), hard("userunknown")),
    # Control: a contrast that is the whole verdict's mention stays set aside.
    ("a40-k-unlike-user-unknown-block", CONTRAST, exim_final("k4", RCPT + f"550 Unlike user unknown errors this is a "
                                                             f"block of your IP {IP}, listed on zen.spamhaus.org"),
     soft("blocked", scope=S)),
]

# ---- (5) the lead's merge mends, mox, Java ------------------------------------------------------------------------
MERGE = f"{ADMIN}; RFC 6531 (SMTPUTF8: 553 5.6.7), RFC 3463 5.1.3 (bad destination mailbox address syntax)"
MOX = ("mox smtpserver/server.go ('550 5.1.0 too many failures', '550 5.1.1 not accepting email for domain'); Apache "
       "James Bouncer.java with the JDK's ConnectException text; attack variants")
MERGE_ROWS = at("g", MERGE, [
    ("address-syntax-not-recognised", "550 5.1.3 Recipient address syntax not recognised", "5.1.3", "RCPT", False,
     (), ANY),
    ("address-encoding-not-recognised", "553 5.6.7 Recipient address encoding not recognised (SMTPUTF8 required)",
     "5.6.7", "RCPT", False, (), ANY),
    ("server-not-for-domain", "550 5.7.1 This server does not accept mail for the domain partner.example (relaying "
     "denied)", "5.7.1", "RCPT", False, (), ANY),
]) + at("m", MOX, [
    ("no-mailbox-too-many-failures", "550 5.1.1 mailbox does not exist; too many failures", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("unknown-connection-refused", "550 5.1.1 User unknown (directory check: Connection refused (Connection "
     "refused), local table used)", "5.1.1", "RCPT", True, ("userunknown",), R),
]) + [
    ("a40-m-gmail-not-accepting-for-domain", f"{MOX}; Gmail's own DSN", gmail(
        "550 5.1.1 not accepting email for domain", "5.1.1"), soft(scope=ANY)),
    ("a40-m-exo-restrict-not-provisioned", f"{ADMIN}; Exchange Online's NDR", exo(
        "550 5.7.1 Recipient is not provisioned to receive external mail", "5.7.1"), soft(scope=ANY)),
    ("a40-m-gmail-sending-tenant", f"{EXO_DOCS}; Gmail's own DSN", gmail(
        "550 5.7.64 TenantAttribution; Relay Access Denied: the sending tenant is not provisioned for this connector",
        "5.7.64"), soft(scope=S)),
]

# Added with the mends (after the run): what each mend must leave standing, and a second paraphrase of each mended case.
MEND_ROWS = at("mend", f"{ADMIN}; the mends' controls", [
    # unprovisioned: a purpose only of receiving; "not registered" in DNS only; "not recognised" of syntax / encoding.
    ("never-set-up-on-server", "550 5.1.1 The mailbox has never been set up on this server", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("not-provisioned-for-domain", "550 5.1.1 Mailbox not provisioned for this domain", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("not-provisioned-to-accept", "550 5.7.1 The recipient is not provisioned to accept mail from outside senders",
     "5.7.1", "RCPT", False, (), ANY),
    ("not-registered-in-directory", "550 5.1.1 The recipient is not registered in our directory", "5.1.1", "RCPT",
     True, ("userunknown",), R),
    ("syntax-not-recognised-5-7-1", "550 5.7.1 Recipient address syntax not recognised", "5.7.1", "RCPT", False, (),
     ANY),
    ("recipient-not-recognised-5-7-1", "550 5.7.1 Recipient not recognised", "5.7.1", "RCPT", True, ("userunknown",),
     R),
    # lexicon's host nouns: an address after a colon, the recipient's address "on" a server, "of the recipient".
    ("address-colon-address", f"550 5.1.1 Recipient address: {LEAD} not recognised", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("fr-adresse-du-destinataire", "550 5.1.1 L'adresse du destinataire n'est pas enregistrée sur ce serveur",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("es-direccion-en-servidor", "550 5.1.1 La dirección no está registrada en este servidor", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("host-address-ip-colon-5-7-1", f"550 5.7.1 Client host address: [{IP}] not registered as a relay", "5.7.1",
     "RCPT", False, (), ANY),
    # _NOT_OURS in other languages, the Chinese sender: the recipient's own stays hard.
    # German: a purpose before the verb-final state is a restriction; a place or a domain is not a purpose.
    ("de-fuer-diese-domain", "550 5.1.1 Der Empfänger ist für diese Domain nicht registriert", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("de-fuer-eingehende", "550 5.7.1 Das Postfach ist für eingehende Nachrichten von außen nicht eingerichtet",
     "5.7.1", "RCPT", False, (), ANY),
    ("pl-dla-tego-odbiorcy", "550 5.1.1 Nie założono skrzynki dla tego odbiorcy", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("zh-gai-shoujianren", "550 5.1.1 未为该收件人开通邮箱", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("zh-fajianren-2", "550 5.7.1 没有为发信账户开通中继账号", "5.7.1", "RCPT", False, (), ANY),
    # cause_words' notaccept: a no-mail clause after the comma stays; another restriction after it does not.
    ("here-comma-sending-only", "550 5.7.1 We do not accept mail here, this domain is used for sending only", "5.7.1",
     "RCPT", True, ("notaccept",), R),
    ("here-comma-from-outside", "550 5.7.1 We do not accept mail here, not from outside networks", "5.7.1", "RCPT",
     False, (), ANY),
    ("this-host-send-only", "550 5.7.1 This host is send-only", "5.7.1", "RCPT", True, ("notaccept",), R),
    ("sender-host-send-only-rcpt", "550 5.7.1 The sender host is send-only; replies would bounce", "5.7.1", "RCPT",
     False, (), ANY),
    # DKIM words alone stay our authentication failure; beside another absence wording the absence is the verdict.
    ("signature-alone", "550 5.7.1 The signature on your message does not verify", "5.7.1", "DATA", False,
     ("authfailure",), S),
    ("no-such-user-signature", "550 5.1.1 No such user (also: the digital signature of this message failed to "
     "verify)", "5.1.1", "RCPT", True, ("userunknown",), R),
    # _OUR_HOST: an IP and our server named as the thing blocked still name our host.
    ("ip-then-space", f"550 5.7.1 Blocked by the recipient: ip {IP} listed", "5.7.1", "RCPT", False, ("blocked",), S),
    ("your-server-listed", "550 5.7.1 Blocked by the recipient: your mail server is listed on zen.spamhaus.org",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("es-su-servidor-no-es-la-causa", "550 5.7.1 Bloqueado por el destinatario. Su servidor no es la causa.", "5.7.1",
     "RCPT", False, ("filtered",), R),
]) + at("mend", f"{DEP}; the mends' controls", [
    # unasserted: a longer reminder before a statement; Italian "se l'" a condition, the statement after a title.
    ("en-would-like-to-inform", "550 5.0.0 We would like to inform you that Dana Lee has left the company.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
    ("it-se-l-utente", "550 5.7.1 Rifiutato dal filtro. Se l'utente non lavora più qui, l'amministratore vi "
     "avviserà.", "5.7.1", "DATA", False, (), ANY),
    ("it-avv-asserted", "550 5.0.0 L'Avv. Rossi non lavora più presso la società.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("cs-mgr-asserted-en", "550 5.0.0 Mgr. Novak has left the company.", "5.0.0", "RCPT", True, ("hasmoved",), R),
]) + [
    # contrast_mentions' new ends: the contrasted verdict still goes, the verdict after the contrast stays.
    ("a40-mend-k-unlike-refusal", CONTRAST, exim_final("k5", RCPT + f"550 Unlike a user unknown error the address is "
                                                       f"fine; your IP {IP} is listed on zen.spamhaus.org"),
     soft("blocked", scope=S)),
    ("a40-mend-k-de-anders-als-sperre", CONTRAST, exim_final("k6", RCPT + "550 Anders als ein Fehler 'Benutzer "
                                                             "unbekannt' ist dies eine Sperre: Ihre IP "
                                                             f"{IP} ist bei zen.spamhaus.org gelistet"),
     soft("blocked", scope=S)),
    ("a40-mend-k-unlike-the-mailbox-unknown", CONTRAST, exim_final("k7", RCPT + "550 Unlike the old alias the "
                                                                   "mailbox is unknown here"), hard("userunknown")),
]

ROWS: list[tuple] = (UNPROV_ROWS + CAUSE_ROWS + BLOCK_ROWS + RELAYHOST_ROWS + DEP_ROWS + CONTRAST_ROWS + MERGE_ROWS
                     + MEND_ROWS)
