"""Audit 41a: an ADVERSARIAL AUDIT of the rules merged from review novel40 (mailbox_states._OFF's further whole words,
state_words, route_words, sender_words.UNRESOLVED with lexicon._SENDER's "your sending / mail domain", and
denied_mentions' "on no block list"), each attacked with real mail's wordings in OTHER contexts than the ones it was
written for:
(1) the further state words (locked, archived, lapsed, out of use, eingefroren, verrouillé, archivado, заморожен, 休止,
    暂停, 失效, 锁定...) said beside a true missing user, of a message or a quarantine, of OUR account, of a session or a
    file lock (Cyrus's IMAP_MAILBOX_LOCKED "Mailbox is locked", lock contention under 4xx and 5xx), of a domain or a
    certificate, in a condition;
(2) state_words: privileges withdrawn of our sending account; "past its validity" of a message or a password; storage
    used up said of OUR mailbox or of the server's disk, in other languages;
(3) route_words: the relay family beside a missing user; a size comparison of something else; the blocklist family
    said of the recipient's own list or in a help line; the spam likeness in a help line; "not a registered domain"
    and "does not exist in DNS" of OUR sending domain, HELO or PTR; loops in other words;
(4) sender_words.UNRESOLVED and "your mail domain" beside the recipient's domain; "on no block list".

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit41a.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
IP = "198.51.100.7"
UU, HU, FULL, SUSPEND = ("userunknown",), ("hostunknown",), ("mailboxfull",), ("suspend",)

# Our relay's report (Postfix bounce(8)) of each reply from the prospect's MX, rows named "a41a-<group>-<name>".
at = relayed_for("a41a", MX, LEAD)

ADMIN = ("admin-written refusal texts (Postfix access(5) 'REJECT <text>', Exim ':fail: <text>' and ACL 'message =', "
         "an Exchange mail flow rule's 'Reject the message with the explanation'); RFC 3463 / RFC 5321 for the codes; "
         "attack variants")
LOCK = ("Cyrus IMAP imap/imap_err.et IMAP_MAILBOX_LOCKED ('Mailbox is locked', lmtpd's temporary failure) and "
        "Dovecot's lock timeouts ('Timeout while waiting for lock'); RFC 3463 X.2.0 / X.3.0; attack variants")
QUOTA = ("RFC 3463 X.2.2 (mailbox full) and X.3.1 (mail system full); Postfix's '452 4.3.1 Insufficient system "
         "storage'; a submission server's quota text for its own user (RFC 6409); attack variants")
ROUTE = ("RFC 5321 section 3.6.2 (relaying), RFC 1870 (SIZE), RFC 5782 (DNSBL), RFC 5321 section 6.3 (loops); Postfix "
         "smtpd_check.c ('Helo command rejected: Host not found', 'Sender address rejected: Domain not found', "
         "'Client host rejected: cannot find your reverse hostname'); attack variants")
LANGS = f"{ADMIN}; the languages' ordinary words, hand-made"

# ---- (1) mailbox_states._OFF's further words in other contexts ------------------------------------------------
OFF_ROWS = at("o", ADMIN, [
    # Beside a true missing user: the absence is the verdict (hard).
    ("no-such-user-archived", "550 5.1.1 No such user here; messages sent to this address are archived", "5.1.1",
     "RCPT", True, UU, R),
    ("user-unknown-copy-archived", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown; a copy of your "
     "message was archived", "5.1.1", "RCPT", True, UU, R),
    ("unknown-if-locked", "550 5.1.1 Unknown recipient. If you believe the account is only locked, contact the "
     "postmaster", "5.1.1", "RCPT", True, UU, R),
    ("de-unbekannt-archiviert", "550 5.1.1 Empfänger unbekannt; Nachrichten an diese Adresse werden archiviert",
     "5.1.1", "RCPT", True, UU, R),
    ("es-no-existe-archivado", "550 5.1.1 El usuario no existe; su mensaje ha sido archivado", "5.1.1", "RCPT", True,
     UU, R),
    ("fr-inconnu-gele", "550 5.1.1 Destinataire inconnu (votre envoi est gelé par notre passerelle)", "5.1.1", "RCPT",
     True, UU, R),
    # Of the message or its attachment (a quarantine, a content rule): soft, never suspend's recipient state.
    ("message-archived-policy", "550 5.7.1 Your message was archived by the recipient organisation's retention policy "
     "and not delivered", "5.7.1", "DATA", False, (), ANY),
    ("attachment-locked", "554 5.7.1 Message rejected: attachment locked (password-protected archives are not "
     "accepted)", "5.7.1", "DATA", False, (), ANY),
    # Our own account: the sender's.
    ("your-account-locked", "550 5.7.1 Your account is locked; contact your administrator before sending again",
     "5.7.1", "MAIL", False, (), S),
    ("fr-votre-compte-verrouille", "550 5.7.1 Votre compte est verrouillé, envoi impossible", "5.7.1", "MAIL", False,
     (), S),
    # A domain or a certificate: the certificate ours, the recipient domain's registration lapsed hostunknown.
    ("client-certificate-lapsed", "554 5.7.1 Your client certificate has lapsed; TLS authentication required",
     "5.7.1", "RCPT", False, (), ANY),
    ("domain-registration-lapsed", "550 5.1.2 The registration of domain partner.example has lapsed", "5.1.2",
     "RCPT", True, HU, R),
    # In a condition in a help line: the refusal's own cause decides (a bare policy refusal, soft).
    ("if-your-mailbox-locked-help", "550 5.7.1 Message refused by policy. If your mailbox is locked, ask the help "
     "desk", "5.7.1", "DATA", False, (), ANY),
]) + at("ol", LOCK, [
    # A lock contention: temporary, soft; never read hard.
    ("cyrus-mailbox-locked-4xx", "451 4.2.0 Mailbox is locked", "4.2.0", "RCPT", False, (), R),
    ("lock-timeout-4xx", "451 4.3.0 Timeout while waiting for lock on the mailbox index, try again later", "4.3.0",
     "DATA", False, (), ANY),
    ("mailbox-locked-5xx", "550 5.2.0 Mailbox is locked by another process", "5.2.0", "DATA", False, (), ANY),
    ("ja-lock-4xx", "451 4.2.0 メールボックスがロックされています。しばらくしてから再送してください", "4.2.0", "RCPT",
     False, (), ANY),
    ("zh-zanting-service-4xx", "451 4.3.0 服务暂停，请稍后重试", "4.3.0", "RCPT", False, (), ANY),
    # Controls: the recipient's own box in the new words stays suspend, soft.
    ("ctl-account-locked", "550 5.2.1 The recipient's account is locked", "5.2.1", "RCPT", False, SUSPEND, R),
    ("ctl-de-postfach-eingefroren", "550 5.2.1 Das Postfach des Empfängers ist eingefroren", "5.2.1", "RCPT", False,
     SUSPEND, R),
])

# ---- (2) state_words: privileges, validity, storage --------------------------------------------------------------
STATE_ROWS = at("s", ADMIN, [
    ("your-privileges-withdrawn", "550 5.7.1 Your mail privileges have been withdrawn for abuse; contact support",
     "5.7.1", "MAIL", False, (), S),
    ("sending-privileges-revoked", "550 5.7.1 Sending privileges revoked for this account due to spam complaints",
     "5.7.1", "MAIL", False, (), S),
    ("message-past-validity", "554 5.4.7 The message is past its validity period and was discarded", "5.4.7", "DATA",
     False, (), ANY),
    ("password-past-validity", "535 5.7.8 Your account password is past its validity; change it to send mail",
     "5.7.8", "MAIL", False, (), S),
    ("no-such-user-privileges", "550 5.1.1 No such user; mail privileges for this address were withdrawn long ago",
     "5.1.1", "RCPT", True, UU, R),
]) + at("sq", QUOTA, [
    ("your-storage-exhausted", "552 5.2.2 Your mailbox storage allowance is exhausted; delete messages before "
     "sending", "5.2.2", "MAIL", False, (), S),
    ("server-disk-used-up", "452 4.3.1 The server's disk allowance is used up, try again later", "4.3.1", "RCPT",
     False, ("systemfull",), ANY),
    ("de-serverspeicher-erschoepft", "452 4.3.1 Der Speicher des Servers ist erschöpft", "4.3.1", "RCPT", False,
     ("systemfull",), ANY),
    ("es-espacio-servidor-agotado", "452 4.3.1 El espacio del disco del servidor se ha agotado", "4.3.1", "RCPT",
     False, ("systemfull",), ANY),
    ("zh-server-space", "452 4.3.1 服务器存储空间已用尽，请稍后重试", "4.3.1", "RCPT", False, ("systemfull",), ANY),
    ("ctl-mailbox-allowance-taken", "552 5.2.2 The recipient's mailbox allowance is all taken", "5.2.2", "RCPT",
     False, FULL, R),
])

# ---- (3) route_words -------------------------------------------------------------------------------------------
ROUTE_ROWS = at("r", ROUTE, [
    # The relay family beside a missing user.
    ("domains-we-host-no-user", "550 5.1.1 We only accept mail for the domains we host, and that user does not "
     "exist here", "5.1.1", "RCPT", True, UU, R),
    ("local-domains-no-mailbox", "550 5.1.1 partner.example is one of our local domains but has no mailbox lead",
     "5.1.1", "RCPT", True, UU, R),
    # A size said of something else: not the message's size (still soft).
    ("attachment-count-bigger", "552 5.3.4 Attachment count bigger than we allow (at most 10 files)", "5.3.4", "DATA",
     False, (), ANY),
    # The blocklist family said of the recipient's own list or of a URL.
    ("recipient-deny-list", "550 5.7.1 Your address is on the recipient's personal deny list", "5.7.1", "RCPT",
     False, ("filtered",), R),
    ("help-url-abuse-registry", "550 5.1.1 User unknown. (To check whether a server address is on an abuse registry "
     "see https://help.partner.example)", "5.1.1", "RCPT", True, UU, R),
    ("spam-likeness-help", "550 5.1.1 Recipient not found. Note: mail that looks like unsolicited bulk mail is also "
     "refused here", "5.1.1", "RCPT", True, UU, R),
    # "Not a registered domain" / "does not exist in DNS" of OUR domain, HELO or PTR: ours, never hostunknown.
    ("helo-not-registered-domain", "550 5.7.1 Helo command rejected: mail.sender.example is not a registered domain",
     "5.7.1", "RCPT", False, (), S),
    ("sender-domain-not-registered", "553 5.1.8 Sender address rejected: the domain sender.example does not appear "
     "to be registered", "5.1.8", "MAIL", False, (), S),
    ("ptr-not-in-dns", f"550 5.7.25 Client host rejected: the reverse name of {IP} does not exist in DNS", "5.7.25",
     "RCPT", False, (), S),
    ("helo-name-not-in-dns", "504 5.5.2 Helo command rejected: your HELO name does not exist in DNS", "5.5.2", "RCPT",
     False, (), S),
    # Loops in other words.
    ("loop-circle-4xx", "451 4.4.6 Message went round in a circle between relays; retrying", "4.4.6", "DATA", False,
     (), ANY),
    ("loop-too-many-received", "554 5.4.6 Too many Received headers: the message passed through too many servers",
     "5.4.6", "DATA", False, (), ANY),
    # Controls: the recipient's domain said not registered stays hostunknown, hard.
    ("ctl-recipient-domain-not-registered", "550 5.1.2 The domain partner.example is not a registered domain name",
     "5.1.2", "RCPT", True, HU, R),
])

# ---- (4) sender_words.UNRESOLVED, "your mail domain", "on no block list" ------------------------------------------
SENDER_ROWS = at("u", ROUTE, [
    ("your-mail-server-recipient-unresolved", "550 5.1.2 Your mail server asked us for partner.example; that domain "
     "could not be resolved", "5.1.2", "RCPT", True, HU, R),
    ("your-mail-domain-unresolvable", "553 5.1.8 Your mail domain is unresolvable", "5.1.8", "MAIL", False, (), S),
    ("your-sending-domain-no-dns", "550 5.7.1 Your sending domain has no DNS record", "5.7.1", "MAIL", False, (), S),
    ("recipient-domain-unresolvable-after-sender-ok", "550 5.1.2 Sender accepted, but the domain partner.example "
     "cannot be resolved", "5.1.2", "RCPT", True, HU, R),
    ("on-no-block-list-user-unknown", "550 5.1.1 User unknown (your server is on no block list)", "5.1.1", "RCPT",
     True, UU, R),
    ("ctl-blocked-using", f"554 5.7.1 Service unavailable; client host [{IP}] blocked using "
     "zen.spamhaus.org", "5.7.1", "RCPT", False, ("blocked",), S),
    ("on-no-block-list-but-filtered", "550 5.7.1 Your host is on no block list; the message was refused by the "
     "recipient's filter", "5.7.1", "DATA", False, (), ANY),
])

LANG_ROWS = at("l", LANGS, [
    ("it-account-bloccato-nostro", "550 5.7.1 Il vostro account è congelato: impossibile inviare", "5.7.1", "MAIL",
     False, (), S),
    ("nl-bericht-gearchiveerd", "550 5.7.1 Uw bericht is gearchiveerd door het bewaarbeleid en niet afgeleverd",
     "5.7.1", "DATA", False, (), ANY),
    ("pt-nao-existe-arquivado", "550 5.1.1 O destinatário não existe; a sua mensagem foi arquivada", "5.1.1", "RCPT",
     True, UU, R),
    ("ru-net-polzovatelya-arkhivirovany", "550 5.1.1 Такого пользователя нет; письма на этот адрес архивированы",
     "5.1.1", "RCPT", True, UU, R),
    ("sv-ingen-anvandare-arkiverad", "550 5.1.1 Ingen sådan användare; meddelandet har arkiverats", "5.1.1", "RCPT",
     True, UU, R),
    ("zh-shixiao-certificate", "554 5.7.1 证书已失效，需要 TLS", "5.7.1", "RCPT", False, (), ANY),
    ("zh-no-user-suoding", "550 5.1.1 收件人不存在（您的邮件已被锁定在隔离区）", "5.1.1", "RCPT", True, UU, R),
    ("pl-twoje-konto-zamrozone", "550 5.7.1 Twoje konto zostało zamrożone, wysyłanie niemożliwe", "5.7.1", "MAIL",
     False, (), S),
])

# Added with the mends (after the run): what each mend must leave standing, and a second paraphrase of each mended case.
MEND_ROWS = at("mend", f"{QUOTA}; the mends' controls", [
    # state_words: the server's or the system's storage is systemfull; the mailbox's own allowance stays mailboxfull.
    ("server-storage-allocation", "452 4.3.1 Server storage allocation exhausted, try again later", "4.3.1", "RCPT",
     False, ("systemfull",), ANY),
    ("mailbox-disk-allowance", "552 5.2.2 The mailbox's disk allowance is used up", "5.2.2", "RCPT", False, FULL, R),
    ("zh-xitong-cunchu", "452 4.3.1 系统存储空间已耗尽", "4.3.1", "RCPT", False, ("systemfull",), ANY),
    ("zh-shoujianren-youxiang", "552 5.2.2 收件人邮箱存储空间已用尽", "5.2.2", "RCPT", False, FULL, R),
]) + at("mend", f"{ROUTE}; the mends' controls", [
    # route_words' block family: alone it stays blocked (ours); beside a missing user the absence decides.
    ("our-server-deny-roster", "550 5.7.1 Your server address is on our deny roster", "5.7.1", "RCPT", False,
     ("blocked",), S),
    ("no-such-user-flagged-help", "550 5.1.1 No such user. (Whether a host is flagged on an abuse registry is shown "
     "at https://help.partner.example)", "5.1.1", "RCPT", True, UU, R),
    # route_words' missing-domain family: our client host or EHLO name is ours; the recipient's domain stays hard.
    ("client-host-not-registered", "550 5.7.1 Client host rejected: mta.sender.example is not a registered domain "
     "name", "5.7.1", "RCPT", False, (), S),
    ("ehlo-not-appear-registered", "550 5.7.1 EHLO mail.sender.example: that domain does not appear to be "
     "registered", "5.7.1", "RCPT", False, (), S),
    ("recipient-domain-not-in-dns", "550 5.1.2 partner.example: that domain name does not exist in DNS", "5.1.2",
     "RCPT", True, HU, R),
    ("recipient-domain-no-longer-registered", "550 5.1.2 The domain partner.example is no longer registered", "5.1.2",
     "RCPT", True, HU, R),
])

ROWS: list[tuple] = OFF_ROWS + STATE_ROWS + ROUTE_ROWS + SENDER_ROWS + LANG_ROWS + MEND_ROWS
