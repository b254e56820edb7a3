"""Audit 39: an ADVERSARIAL AUDIT of the rules merged with review novel38's and old37's mends and audit 38's, each
attacked with real mail's wordings in OTHER contexts than the ones it was written for:
(1) unprovisioned's absence words ("not provisioned", "not registered", "not recognised", "has no account", "could not
    be located", "matches no mailbox", other languages) said of something that is NOT the recipient's mailbox: our
    sender, domain, IP, host, login or account, a command, a message's part, a DNS record, an alias' target; in
    conditions, denials, help lines and URLs; under a 4xx status;
(2) cause_words' new causes (other languages' "too many messages", a sending history, SPF/DKIM in plain words, junk,
    malicious code, "may not relay", "send-only" / "we do not receive mail here" read notaccept, HARD, "used up"
    storage) beside a true missing user, and said of OUR domain;
(3) recipient_blocklists' widened _OUR_HOST and HOST_BLOCKED: help lines, URLs and host names holding "ip", "your mail
    server's administrator", IPv6;
(4) sendmail_lines.statusless under a 4.0.0 and leaver_names' titles; unasserted's Spanish "Se le ... que" and French
    "S'il vous plaît" before a nested condition; contrast_mentions' "this is" end;
(5) mox_wordings' "error processing" / "for mailfrom domain" and java_mail_wordings' "read timed out" beside a verdict.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit39.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_audit35 import exim_final, hard, soft
from tests.classifier.review_audit38 import exo, gmail
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_old36_layouts import qmail_send

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
IP = "198.51.100.7"

# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a39-<group>-<name>".
at = relayed_for("a39", MX, LEAD)

# ---- (1) unprovisioned: the absence words said of other things ------------------------------------------------------
ADMIN = ("admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>' and 'deny message', an "
         "Exchange mail flow rule's rejection text); RFC 5321 4.2.3 / RFC 3463 for the codes; attack variants")
SUBMIT = ("RFC 4954 535 5.7.8 'Authentication credentials invalid' and RFC 6409 submission refusals, a smarthost's "
          "own texts for an unknown customer domain (admin-written); attack variants")
UNPROV_ROWS = at("u", ADMIN, [
    # Our sending host / domain / account "not registered", "not recognised", "has no account": ours, never hard.
    ("en-server-address-not-recognised", f"550 5.7.1 Sending server address {IP} not recognised as an authorised "
     "relay", "5.7.1", "RCPT", False, (), S),
    ("en-host-address-not-registered", f"550 5.7.1 Host address {IP} is not registered in our allowed senders list",
     "5.7.1", "RCPT", False, (), S),
    ("en-sending-domain-no-account", "550 5.7.1 No account is registered for the sending domain example.com",
     "5.7.1", "MAIL", False, (), S),
    ("en-your-domain-no-account", "550 5.7.1 Your domain example.com has no account with this relay service",
     "5.7.1", "MAIL", False, (), S),
    ("en-smtp-user-not-provisioned", "550 5.7.1 The SMTP user you authenticated as is not provisioned for sending",
     "5.7.1", "MAIL", False, (), S),
    ("es-usuario-no-registrado-mail", "550 5.7.1 Usuario no registrado para enviar desde este servidor", "5.7.1",
     "MAIL", False, (), S),
    ("de-ihr-konto-nicht-eingerichtet", "550 5.7.1 Ihr Konto ist für den Versand über diesen Server nicht "
     "eingerichtet", "5.7.1", "MAIL", False, (), S),
    ("fr-votre-compte-pas-enregistre", "550 5.7.1 Votre compte n'est pas enregistré pour le relais", "5.7.1", "MAIL",
     False, (), S),
    ("en-sender-domain-not-located", "550 5.1.8 Sender domain example.com could not be located in DNS", "5.1.8",
     "MAIL", False, ("rejected",), S),
    ("en-helo-address-not-recognised", "550 5.7.1 HELO address mail.example.com is not recognised", "5.7.1", "RCPT",
     False, (), S),
    # A command, a parameter, a message's part, a charset: never the mailbox.
    ("en-param-not-recognised", "555 5.5.4 MAIL FROM parameter SMTPUTF8 not recognised", "5.5.4", "MAIL", False,
     (), ANY),
    ("en-charset-not-recognised", "554 5.6.1 The character set of your message is not recognized", "5.6.1", "DATA",
     False, (), ANY),
    ("en-attachment-not-located", "554 5.6.0 The attachment referenced in your message could not be located",
     "5.6.0", "DATA", False, (), ANY),
    ("en-reply-to-matches-no-mailbox", "550 5.7.1 The address in your Reply-To header matches no mailbox here",
     "5.7.1", "DATA", False, (), ANY),
    # A DNS / SPF / DKIM record "not registered": our domain's.
    ("en-spf-record-not-registered", "550 5.7.23 The SPF record of example.com is not registered", "5.7.23", "RCPT",
     False, (), S),
    ("en-dkim-key-never-published", "550 5.7.26 The DKIM key for example.com was never registered", "5.7.26",
     "DATA", False, (), S),
    # The recipient's alias or forwarding target: the recipient exists; its host is misconfigured.
    ("en-forward-target-not-located", "550 5.4.6 The forwarding target configured for this address could not be "
     "located", "5.4.6", "RCPT", False, (), ANY),
    # Conditions, denials, questions.
    ("en-if-not-registered", "550 5.7.1 Message rejected by policy. If the recipient is not registered with our "
     "portal, ask them to sign up.", "5.7.1", "DATA", False, (), ANY),
    ("en-denied-quote", f"554 5.7.1 This is not a 'mailbox not provisioned' error: your IP {IP} is listed on "
     "zen.spamhaus.org", "5.7.1", "RCPT", False, ("blocked",), S),
    ("en-url-help", "554 5.7.1 Message content scored as spam. Help: https://partner.example/kb/recipient-not-"
     "recognised", "5.7.1", "DATA", False, ("spamdetected",), ANY),
    ("es-si-no-registrado", "550 5.7.1 Mensaje rechazado por la política. Si el destinatario no está registrado en el "
     "portal, pídale que se registre.", "5.7.1", "DATA", False, (), ANY),
    # Temporary: never hard.
    ("en-not-provisioned-yet-4xx", "450 4.1.1 Recipient not provisioned yet; try again in 15 minutes", "4.1.1",
     "RCPT", False, (), ANY),
    ("en-question-4xx", "451 4.7.1 Greylisted. Is the recipient not provisioned yet? Please retry later", "4.7.1",
     "RCPT", False, (), ANY),
    ("de-nicht-eingerichtet-4xx", "451 4.3.0 Postfach noch nicht eingerichtet, bitte später erneut versuchen",
     "4.3.0", "RCPT", False, (), ANY),
    # Controls: the recipient's own absence in the new words stays hard.
    ("en-mailbox-not-provisioned", "550 5.1.1 The mailbox lead@partner.example is not provisioned on this server",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("fr-aucune-boite-ce-nom", "550 5.1.1 Aucune boîte aux lettres avec ce nom sur ce serveur", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("en-recipient-could-not-be-located", "550 5.0.0 The recipient could not be located in our directory", "5.0.0",
     "RCPT", True, ("userunknown",), R),
])

# ---- (2) cause_words ---------------------------------------------------------------------------------------------
CALLOUT = ("Exim's specification, 'Callout verification' (acl.c / verify.c: a failed sender callout answered as "
           "'550-Verification failed for <addr>' / '550-Called: <ip>' / '550-Sent: RCPT TO:<addr>' / '550-Response: "
           "<reply>' / '550 Sender verify failed'); RFC 7505 (null MX: a send-only domain); attack variants")
CAUSE_ROWS = at("c", ADMIN, [
    # A true missing user beside the new cause words: the absence is the verdict.
    ("it-sconosciuto-troppi", "550 5.1.1 Utente sconosciuto. Troppi messaggi verso utenti inesistenti dal vostro "
     "server.", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("de-unbekannt-zu-viele", "550 5.1.1 Empfänger unbekannt. Zu viele Nachrichten an unbekannte Adressen werden "
     "gesperrt.", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("en-no-user-malicious-scan", "550 5.1.1 No such user here. All mail is scanned for malicious code.", "5.1.1",
     "RCPT", True, ("userunknown",), R),
    ("en-unknown-junk-policy", "550 5.1.1 User unknown. Mail to invalid users is classified as junk and dropped.",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("en-unknown-acceptable-use", "550 5.1.1 Recipient does not exist. See our acceptable-use policy at "
     "https://partner.example/aup", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("en-unknown-may-not-relay", "550 5.1.1 User unknown in local recipient table; we may not relay for you",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    # Our domain "send-only", or our MX saying it receives nothing: ours (a false hard if read notaccept).
    ("en-your-domain-send-only", "550 5.7.1 Your domain example.com is send-only (null MX); we refuse mail that "
     "cannot be answered", "5.7.1", "MAIL", False, (), S),
    ("en-sender-host-send-only", "550 5.7.27 Sender address rejected: the sender domain's host is send-only",
     "5.7.27", "MAIL", False, (), S),
    # Speeding words of the recipient's own mailbox count: not our rate.
    ("fr-trop-de-messages-boite", "452 4.2.2 Trop de messages en attente dans la boîte du destinataire", "4.2.2",
     "RCPT", False, (), R),
    # The sending history of the RECIPIENT's old address? A history that is ours stays ours.
    ("en-history-poor", "550 5.7.1 Your sending history with our users is poor; message refused", "5.7.1", "RCPT",
     False, ("badreputation",), S),
    # Used-up storage of the sender's own account: not the prospect's mailbox.
    ("en-sender-used-up-storage", "554 5.7.1 The sending account seller@example.com has used up its storage; free "
     "space to send mail", "5.7.1", "MAIL", False, (), S),
    # Controls: the family's own words.
    ("en-send-only-domain", "556 5.1.10 The domain partner.example is send-only and receives no mail", "5.1.10",
     "RCPT", True, ("notaccept",), R),
    ("en-we-do-not-receive-here", "550 5.7.1 We do not receive mail here; this domain is used for sending only",
     "5.7.1", "RCPT", True, ("notaccept",), R),
    ("en-send-only-4xx", "451 4.3.0 This server is send-only during maintenance; try again later", "4.3.0", "RCPT",
     False, (), ANY),
    ("en-abusive-sources", f"554 5.7.1 Your host {IP} appears on a list of abusive sources we consult", "5.7.1",
     "RCPT", False, ("blocked",), S),
]) + [
    ("a39-c-exim-callout-send-only", CALLOUT, exim_final("co", "SMTP error from remote mail server after MAIL FROM:"
                                                               "<seller@example.com>:\n    550-Verification failed for "
                                                               "<seller@example.com>\n    550-Called: 192.0.2.5\n    "
                                                               "550-Sent: RCPT TO:<seller@example.com>\n    550-Response:"
                                                               " 550 we do not receive mail here\n    550 Sender verify "
                                                               "failed"), soft(scope=S)),
    ("a39-c-gmail-unknown-acceptable", f"{ADMIN}; Gmail's own DSN", gmail(
        "550 5.1.1 Recipient does not exist. See our acceptable-use policy.", "5.1.1", "Address not found"),
     hard("userunknown")),
]

# ---- (3) recipient_blocklists: "ip" and "your mail server" in help lines, URLs, host names ---------------------------
OWN = ("Outlook.com's 'Blocked Senders list' help, Sophos Central XGEMAIL_0009 'the user block list', review "
       "blocks36's sources; Amazon EC2's default host names ('ip-172-31-5-9'); attack variants")
BLOCK_ROWS = at("b", OWN, [
    ("url-ip-topic", "550 5.7.1 Rejected by recipient (blocked sender). See https://partner.example/help?topic=ip-"
     "blocks", "5.7.1", "RCPT", False, ("filtered",), R),
    ("ec2-host-name", "550 5.7.1 ip-172-31-5-9.partner.example: sender is on the recipient's blocked senders list",
     "5.7.1", "RCPT", False, ("filtered",), R),
    ("your-server-s-admin", "550 5.7.1 Your message was blocked by the recipient. Please forward this notice to your "
     "mail server's administrator.", "5.7.1", "RCPT", False, ("filtered",), R),
    ("ip-whitelist-help", "550 5.7.1 Blocked by recipient: your address is in the user's block list. IP whitelisting "
     "is not available for personal lists.", "5.7.1", "RCPT", False, ("filtered",), R),
    ("ipv6-blacklisted", "550 5.7.1 Blocked by recipient: your IPv6 address 2001:db8::25 is on the blacklist",
     "5.7.1", "RCPT", False, ("blocked",), S),
    ("zh-ip-helpline", "550 5.7.1 收件人拒收。如有疑问，请联系您的IT管理员", "5.7.1", "RCPT", False, ("filtered",), R),
    # Controls.
    ("your-server-blocked", "550 5.7.1 Rejected by recipient: your mail server is blacklisted", "5.7.1", "DATA",
     False, ("blocked",), S),
    ("own-list-plain", "550 5.7.1 Sender blacklisted by recipient", "5.7.1", "RCPT", False, ("filtered",), R),
]) + [
    ("a39-b-exo-url-ip", f"{OWN}; Exchange Online's NDR", exo("550 5.7.1 Rejected by recipient (blocked sender). See "
                                                             "https://partner.example/help?topic=ip-blocks", "5.7.1"),
     soft("filtered")),
]

# ---- (4) sendmail_lines, leaver_names, unasserted, contrast_mentions ----------------------------------------------
SM = ("sendmail 8 usrerr() '<addr>... User unknown' (srvrsmtp.c / recipient.c), Postfix dsn_util's derived x.0.0 "
      "for a reply without an enhanced code")
DEP = ("admin-written refusal and departure texts (an Exchange mail flow rule's rejection text, a company's "
       "'left the company' auto-notice); Spanish/French/English sentences hand-made in ordinary grammar; attack "
       "variants")
OTHER_ROWS = at("s", SM, [
    ("sendmail-4xx-unknown", f"450 <{LEAD}>... User unknown (temporary lookup failure)", "4.0.0", "RCPT", False, (),
     ANY),
    ("sendmail-5xx-unknown-data", f"550 <{LEAD}>... User unknown", "5.0.0", "DATA", True, ("userunknown",), R),
]) + at("d", DEP, [
    ("es-se-le-recuerda-si", "550 5.7.1 Mensaje rechazado por el filtro. Se le recuerda que si el destinatario ya no "
     "trabaja en la empresa, el administrador se lo indicará.", "5.7.1", "DATA", False, (), ANY),
    ("fr-svp-notez-si", "550 5.7.1 Refusé par le filtre. S'il vous plaît, notez que si Mme Dupont ne fait plus partie "
     "de la société, vous recevrez un avis.", "5.7.1", "DATA", False, (), ANY),
    ("en-please-note-if", "550 5.7.1 Rejected by content filter. Please note that if Dr. Lee no longer works here, "
     "the administrator will tell you.", "5.7.1", "DATA", False, (), ANY),
    ("es-se-le-informa-asserted", "550 5.0.0 Se le informa que la Sra. Pérez ya no trabaja en la empresa.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
    ("fr-svp-asserted", "550 5.0.0 S'il vous plaît notez que M. Martin ne fait plus partie de la société.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
    ("en-prof-title-left", "550 5.0.0 Prof. Lee has left the university.", "5.0.0", "RCPT", True, ("hasmoved",), R),
]) + at("k", ADMIN, [
    ("contrast-quote-semicolon", f"554 5.7.1 Unlike \"550 5.1.1 user unknown; mailbox not provisioned\" this is a "
     f"block of your IP {IP}, listed on zen.spamhaus.org", "5.7.1", "RCPT", False, ("blocked",), S),
    ("contrast-then-this-is-unknown", "550 5.1.1 Unlike mailbox full errors this is permanent: user unknown", "5.1.1",
     "RCPT", True, ("userunknown",), R),
])

# ---- (5) mox_wordings, java_mail_wordings --------------------------------------------------------------------------
MOX = ("mox smtpserver/server.go and analyze.go reply texts ('451 4.3.0 error processing', 'cannot verify mx records "
       "for mailfrom domain', 'more than %d messages in past %s from your ip/network'); attack variants")
JAVA = ("Apache James 3.x Bouncer.java explanationText with the JDK's SocketTimeoutException 'Read timed out' and "
        "ConnectException 'Connection refused (Connection refused)'; attack variants")
MOX_ROWS = at("m", MOX, [
    ("error-processing-unknown", "550 5.1.1 error processing recipient: user unknown", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("error-processing-no-mailbox", "550 5.1.1 Error processing RCPT: mailbox lead@partner.example does not exist",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("error-processing-plain", "451 4.3.0 error processing", "4.3.0", "DATA", False, ("systemerror",), ANY),
    ("mailfrom-domain-unknown-user", "550 5.1.1 No such user (recipient checks for mailfrom domain example.com "
     "passed)", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("ip-network-rate", "452 4.2.2 more than 200 messages in past 1h0m0s from your ip/network", "4.2.2", "RCPT",
     False, ("speeding",), S),
]) + at("j", JAVA, [
    ("read-timed-out-unknown", "550 5.1.1 User unknown (directory lookup: Read timed out, local table used)",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("connection-refused-plain", "Connection refused (Connection refused)", "4.4.1", None, False,
     ("networkerror",), ANY),
]) + [
    ("a39-q-qmail-not-provisioned-of-ours", f"{ADMIN}; qmail-remote via qmail-send's bounce", qmail_send("np", [(
        LEAD, f"{IP} does not like recipient.\nRemote host said: 550 5.7.1 Your domain example.com has no account with "
              f"this relay service\nGiving up on {IP}.")]), soft(scope=S)),
    ("a39-q-gmail-sending-domain", f"{SUBMIT}; Gmail's own DSN", gmail(
        "550 5.7.1 No account is registered for the sending domain example.com", "5.7.1"), soft(scope=S)),
    ("a39-q-exo-spf-not-registered", f"{ADMIN}; Exchange Online's NDR", exo(
        "550 5.7.23 The SPF record of example.com is not registered", "5.7.23"), soft(scope=S)),
]

# ---- (6) a second batch, written after the first mends and before running them ------------------------------------
B2_ROWS = at("u2", f"{SUBMIT}; the languages' ordinary words", [
    # Our account "not registered" FOR SENDING in other languages (the English rule already excludes "registered for
    # / to send"), answered at RCPT by a smarthost: ours, never the prospect's absence.
    ("nl-uw-account-verzending", "550 5.7.1 Uw account is niet geregistreerd voor verzending via deze server",
     "5.7.1", "RCPT", False, (), ANY),
    ("pt-sua-conta-envio", "550 5.7.1 Sua conta não está registrada para envio por este servidor", "5.7.1", "RCPT",
     False, (), ANY),
    ("it-suo-account-invio", "550 5.7.1 Il suo account non è registrato per l'invio tramite questo server", "5.7.1",
     "RCPT", False, (), ANY),
    ("ru-vash-akkaunt-otpravki", "550 5.7.1 Ваш аккаунт не зарегистрирован для отправки через этот сервер", "5.7.1",
     "RCPT", False, (), ANY),
    ("de-konto-versand", "550 5.7.1 Das Konto ist für den Versand über diesen Server nicht registriert", "5.7.1",
     "RCPT", False, (), ANY),
    # Controls: the recipient not registered, the same languages.
    ("it-utente-non-registrato", "550 5.1.1 L'utente non è registrato su questo server", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("pt-usuario-nao-registrado", "550 5.1.1 O usuário não está registrado neste servidor", "5.1.1", "RCPT", True,
     ("userunknown",), R),
]) + at("c2", f"{ADMIN}; RFC 7505 (null MX: a domain that takes no mail)", [
    # "We do not receive / accept mail here" restricted to some senders or conditions: the domain takes mail.
    ("we-do-not-receive-here-from", "550 5.7.1 We do not receive mail here from outside hosts; use port 587 with "
     "authentication", "5.7.1", "RCPT", False, (), ANY),
    ("we-do-not-accept-here-without-tls", "550 5.7.1 We do not accept messages here without TLS", "5.7.1", "RCPT",
     False, (), ANY),
    ("we-do-not-receive-4xx", "451 4.7.1 Greylisted: we do not receive mail here on first attempt, try again later",
     "4.7.1", "RCPT", False, (), ANY),
    # The recipient's receiving rate in other languages, the recipient named after the words (Gmail's 4.2.1 "The user
    # you are trying to contact is receiving mail too quickly"): the recipient's, not our rate.
    ("fr-trop-pour-destinataire", "450 4.2.1 Trop de messages pour ce destinataire, réessayez plus tard", "4.2.1",
     "RCPT", False, (), R),
    ("de-zu-viele-fuer-empfaenger", "450 4.2.1 Zu viele Nachrichten für diesen Empfänger, bitte später erneut "
     "versuchen", "4.2.1", "RCPT", False, (), R),
    ("es-demasiados-para-destinatario", "450 4.2.1 Demasiados mensajes para este destinatario, inténtelo más tarde",
     "4.2.1", "RCPT", False, (), R),
]) + at("b2", OWN, [
    # A help line listing what the recipient's own list may hold ("IPs" as a kind of entry, as Sophos' "an IP
    # address"): the recipient's own list.
    ("ips-as-entries", "550 5.7.1 Blocked by recipient. The recipient's block list may hold addresses, domains or "
     "IPs.", "5.7.1", "RCPT", False, ("filtered",), R),
]) + at("d2", DEP, [
    # A help sentence in a condition, then the departure asserted in its own sentence after a title.
    ("es-si-ha-recibido-then-left", "550 5.0.0 Si ha recibido este aviso por error, ignórelo. La Sra. Pérez ya no "
     "trabaja en la empresa.", "5.0.0", "RCPT", True, ("hasmoved",), R),
])


# Added with the mends (after the run): what the mends must leave standing.
MEND_ROWS = at("mend", f"{DEP}; the mends' controls", [
    ("en-please-note-asserted", "550 5.0.0 Please note that Dr. Lee no longer works here.", "5.0.0", "RCPT", True,
     ("hasmoved",), R),
    ("es-se-le-recuerda-asserted", "550 5.0.0 Se le recuerda que la Sra. Pérez ya no trabaja en la empresa.", "5.0.0",
     "RCPT", True, ("hasmoved",), R),
    ("fr-si-mme-condition", "550 5.7.1 Refusé par le filtre. Si Mme Dupont ne fait plus partie de la société, vous "
     "recevrez un avis.", "5.7.1", "DATA", False, (), ANY),
]) + at("mend", f"{ADMIN}; {OWN}; the mends' controls", [
    ("contrast-quote-then-unknown", "550 5.1.1 Unlike \"452 4.2.2 mailbox full\" this is permanent: user unknown",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("own-ip-with-url", f"550 5.7.1 Blocked by recipient: your IP {IP} is on the blacklist (see "
     "https://partner.example/help?topic=ip-blocks)", "5.7.1", "RCPT", False, ("blocked",), S),
    ("server-blocked-then-admin", "550 5.7.1 Your mail server is blacklisted by the recipient; contact your mail "
     "server's administrator", "5.7.1", "RCPT", False, ("blocked",), S),
    ("address-then-email-not-recognised", f"550 5.1.1 Recipient address {LEAD} not recognised", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("senders-may-not-relay", "550 5.7.1 Unauthenticated senders may not relay", "5.7.1", "RCPT", False,
     ("norelaying",), S),
    ("ru-polzovatel-ne-zaregistrirovan", "550 5.1.1 Пользователь не зарегистрирован в системе", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("we-do-not-receive-here-end", "550 5.7.1 We do not receive mail here.", "5.7.1", "RCPT", True, ("notaccept",),
     R),
    ("it-troppi-dal-server", "452 4.7.0 Troppi messaggi dal vostro server, riprovate più tardi", "4.7.0", "RCPT",
     False, ("speeding",), S),
    ("ips-of-your-network", f"550 5.7.1 Blocked by recipient: your IP {IP} or IPs of your network are blacklisted",
     "5.7.1", "RCPT", False, ("blocked",), S),
]) + [
    ("a39-mend-gmail-no-account-this-address", f"{ADMIN}; Gmail's own DSN", gmail(
        "550 5.1.1 No account is registered for this address", "5.1.1", "Address not found"), hard("userunknown")),
]

ROWS: list[tuple] = UNPROV_ROWS + CAUSE_ROWS + BLOCK_ROWS + OTHER_ROWS + MOX_ROWS + B2_ROWS + MEND_ROWS
