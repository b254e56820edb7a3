"""The hundred-and-fourth review: an ADVERSARIAL AUDIT of the mends of reviews 101 (f760bbc: microsoft.TAG, the
no-code 5.7.505 rule, DBEB 5.4.1 / 5.7.504 hard with no Microsoft host, mail.ru's "user is terminated") and 103
(e27b86e: sender_words.NOT_SPEAKING, OPENING_YOURS after a reason label, lexicon_more.SENDER_MISSING in
sender_refused, formats/named's Bcc at our own domain, departures' German leaver with a date between).

1. Replies under 5.4.1 / 5.7.504 / 5.7.505 that are NOT EOP's recipient refusal (RFC 3463's X.4.1 "No answer from
   host", Postfix's Relay access denied customised under 5.4.1, our sender refused, our tenant's connector, a banned
   sender), their 4xx twins, and the same words answering MAIL FROM; EOP's own forms at DATA and with AS tags.
2. A reason label ("error:", "Grund:", "motivo:") opening the RECIPIENT's absence ("your recipient" = the reader's
   intended recipient: hard); labels review 103 did not list before OUR domain (soft).
3. SENDER_MISSING asked anywhere in sender_refused: a recipient-missing reply whose help text says "adresa dvs. nu
   există" of a list; NOT_SPEAKING: the recipient's server saying an address (no recipient noun again) is missing.
4. German leavers: a date written "1.1.", "mit Ablauf", "Ende 2025"; "wird ... verlassen", "besucht", a year away.
5. formats/named: our colleague Bcc'd with the To's local part; our own address in the notice beside a Bcc of
   ourselves (the lone-To guess).

Rows: (name, source, raw, expected), expected written from the words, the status, Microsoft's table and
shared/classifier/taxonomy.md BEFORE the classifier ran. All HAND-MADE (sources per section)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices50_sources import hard

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
OURS = "seller@example.com"
UNK = ("userunknown",)
HOST = ("hostunknown",)
MOVED = ("hasmoved", "userunknown")
NOT = (False, (), ANY)
GATEWAY = "mx.unknown-host.example"  # a gateway no provider module knows
MS_MX = "partner-example.mail.protection.outlook.com"
MX = "mx.partner.example"


def three(prefix: str, source: str, mx: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each reply; the final ones again as Gmail's and Exchange Online's notices quote them."""
    return rows_relayed(f"r104-{prefix}", source, mx, LEAD, entries) + rows_quoted(f"r104-{prefix}", source, mx,
                                                                                    LEAD, entries)


# ---- 1. Codes 5.4.1 / 5.7.504 / 5.7.505 in other meanings --------------------------------------------------------
EXO = ("learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/"
       "non-delivery-reports-in-exchange-online (5.4.1 'Recipient address rejected: Access denied' = DBEB, the "
       "recipient not in the organization; 5.4.1 'Relay Access Denied'; 5.7.504 / 5.7.505 the recipient isn't "
       "valid; 5.7.511 / 5.7.606 the sender banned; 5.7.64 'TenantAttribution; Relay Access Denied' our connector)")
OTHER = ("hand-made following RFC 3463 (X.4.1 'No answer from host'), postfix src/smtpd/smtpd_check.c "
         "(reject_unauth_destination '<%s>: Relay access denied', check_table_result '<%s>: %s rejected: Access "
         "denied', codes settable by access(5) '5.4.1 text'), and " + EXO + "; attacks on microsoft.TAG")
CODES = [
    # RFC 3463 X.4.1: no answer from the next host, a network trouble (soft), said by a relay in front.
    ("x41-no-answer", "550 5.4.1 No answer from host", "5.4.1", "RCPT", *NOT),
    ("x41-no-answer-data", "554 5.4.1 No answer from host mx2.partner.example", "5.4.1", "DATA", *NOT),
    # Postfix's relay refusal with an admin's 5.4.1 (the recipient's domain not served there: soft, no user said).
    ("x41-postfix-relay", f"554 5.4.1 <{LEAD}>: Relay access denied", "5.4.1", "RCPT", *NOT),
    # Our sender refused with the DBEB words' shape under 5.4.1 / 5.7.504, our address in brackets (EOP's layout).
    ("x41-sender-bracket", f"550 5.4.1 [{OURS}]: Sender address rejected: Access denied", "5.4.1", "RCPT", False,
     (), S),
    ("x7504-sender", f"550 5.7.504 <{OURS}>: Sender address rejected: Access denied", "5.7.504", "RCPT", False,
     (), S),
    # Our own tenant's outbound connector (Microsoft's 5.7.64): our side, never the recipient's.
    ("x764-tenant", "550 5.7.64 TenantAttribution; Relay Access Denied [SN1NAM02FT123.eop-nam02.prod.protection."
     "outlook.com]", "5.7.64", "RCPT", False, (), S),
    # EOP's bans of the sender under the 5.7.505 code's neighbours, and a "banned sender" under 5.7.505 itself.
    ("x7505-banned-sender", "550 5.7.505 Access denied, banned sender", "5.7.505", "RCPT", False, (), S),
    ("x7511-banned-sender", "550 5.7.511 Access denied, banned sender[192.0.2.25]. To request removal from this "
     "list, forward this message to delist@messaging.microsoft.com", "5.7.511", "RCPT", False, (), S),
    # A forward chain quoting DBEB after "said: ": the lead's own box exists; its forward failed (not hard).
    ("x41-forward-said", f"550 5.7.1 <{LEAD}>: forwarding failed, next hop said: 550 5.4.1 Recipient address "
     "rejected: Access denied", "5.7.1", "RCPT", *NOT),
    # 4xx twins: delays, never hard.
    ("x441-no-answer", "451 4.4.1 No answer from host", "4.4.1", "RCPT", *NOT),
    ("x441-dbeb-twin", f"451 4.4.1 [{LEAD}]: Recipient address rejected: Access denied", "4.4.1", "RCPT", *NOT),
    ("x47505-twin", "451 4.7.505 Access denied, banned recipient", "4.7.505", "RCPT", *NOT),
    # The same words answering MAIL FROM: the reply is about our sender (RFC 5321 4.2).
    ("x7504-at-mail", "550 5.7.504 Recipient address rejected: Access denied", "5.7.504", "MAIL", False, (), S),
    ("x7505-at-mail", "550 5.7.505 Access denied, banned recipient", "5.7.505", "MAIL", False, (), S),
]
NOCODE_MS = [  # from Microsoft's host, the 5.7.505 words without their code (review 101's no-code rule)
    ("n-banned-sender-ms", "550 Access denied, banned sender", "5.0.0", "RCPT", False, (), S),
    ("n-help-quote-ms", "550 5.7.1 Unable to relay (this is not '550 Access denied, banned recipient')", "5.7.1",
     "RCPT", *NOT),
    ("n-our-tenant-ms", "550 5.7.64 TenantAttribution; Relay Access Denied: 550 Access denied, banned recipient "
     "is not this refusal", "5.7.64", "RCPT", False, (), S),
    # Control: a relay's own bare 550 before EOP's words (their code lost): still EOP's refusal, hard.
    ("nc-relay-prefix-ms", f"550 <{LEAD}>: 550 Access denied, banned recipient", "5.0.0", "RCPT", True, UNK, R),
]
EOP_FORMS = [  # EOP's own forms: hard (Microsoft's table)
    ("e541-as-tag", f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied. AS(201806281) "
     "[DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]", "5.4.1", "RCPT", True, UNK, R),
    ("e7504-as-tag", f"550 5.7.504 [{LEAD}]: Recipient address rejected: Access denied. AS(201806281)", "5.7.504",
     "RCPT", True, UNK, R),
    # EOP refusing after DATA (its DBEB can answer at end of data for a message to several): the words still say
    # the recipient does not exist.
    ("e541-at-data", f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied", "5.4.1", "DATA", True, UNK,
     R),
    ("e7505-at-data", "550 5.7.505 Access denied, banned recipient", "5.7.505", "DATA", True, UNK, R),
]
MAILRU_SRC = ("hand-made following classifier/remote/mailru.py (mail.ru opens its refusals alike, the clause after "
              "'is unavailable:' says which) and otvet.mail.ru/question/239834562 (frozen mailboxes)")
MAILRU = [
    ("mailru-user-not-found", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: user not found", "5.0.0", "RCPT", True, UNK, R),
    ("mailru-terminated-4xx", f"450 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: user is terminated", "4.0.0", "RCPT", *NOT),
]

# ---- 2. A reason label opening the recipient's absence; labels before OUR domain ----------------------------------
LABEL = ("hand-made following Postfix's access(5) 'REJECT text' and Exim's ':fail: text' (an admin's own wording, "
         "review 69's layout) with a reason label as German, Spanish and English admins write them; attack on "
         "sender_words.OPENING_YOURS after a label (review 103); taxonomy: userunknown / hostunknown hard, a "
         "sender-side refusal never hard")
LABELS = [
    ("lab-error-your-recipient", "550 5.1.1 error: your recipient does not exist", "5.1.1", "RCPT", True, UNK, R),
    ("lab-grund-ihre-nachricht", "550 5.1.1 Grund: Ihre Nachricht konnte nicht zugestellt werden, Empfänger "
     "unbekannt", "5.1.1", "RCPT", True, UNK, R),
    ("lab-motivo-su-destinatario", "550 5.1.1 motivo: su destinatario no existe", "5.1.1", "RCPT", True, UNK, R),
    ("lab-grund-ihre-domain-postfach", "550 5.1.1 Grund: Ihre Domain ist gültig, aber das Postfach existiert nicht",
     "5.1.1", "RCPT", True, UNK, R),
    ("lab-motivo-dominio-destino", "550 5.1.2 motivo: su dominio de destino no existe", "5.1.2", "RCPT", True, HOST,
     R),
    ("lab-error-your-message-user", "550 5.1.1 error: your message was rejected: no such user here", "5.1.1",
     "RCPT", True, UNK, R),
]
LABEL_CONTROLS = [  # our domain after a label: the sender's (soft)
    ("labc-fehler-ihre-domain", "550 5.7.1 Fehler: Ihre Domain existiert nicht", "5.7.1", "RCPT", False, (), S),
    ("labc-error-your-domain", "550 5.7.1 error: your domain does not exist", "5.7.1", "RCPT", False, (), S),
    ("labc-motivo-su-dominio", "550 5.7.1 motivo: su dominio no existe", "5.7.1", "RCPT", False, (), S),
    # Labels review 103 did not list: the same reading is owed (soft, ours).
    ("labc-ursache-ihre-domain", "550 5.7.1 Ursache: Ihre Domain existiert nicht", "5.7.1", "RCPT", False, (), S),
    ("labc-details-your-domain", "550 5.7.1 Details: your domain does not exist", "5.7.1", "RCPT", False, (), S),
    ("labc-hinweis-ihre-domain", "550 5.7.1 Hinweis: Ihre Domain wurde nicht gefunden", "5.7.1", "RCPT", False, (),
     S),
    ("labc-causa-su-dominio", "550 5.7.1 causa: su dominio no existe", "5.7.1", "RCPT", False, (), S),
    # ...and the new labels before the recipient's absence or the destination: hard as before.
    ("labc-ursache-domain-postfach", "550 5.1.1 Ursache: Ihre Domain ist gültig, aber das Postfach existiert nicht",
     "5.1.1", "RCPT", True, UNK, R),
    ("labc-causa-dominio-destino", "550 5.1.2 causa: su dominio de destino no existe", "5.1.2", "RCPT", True, HOST,
     R),
]

# ---- 3. SENDER_MISSING anywhere in sender_refused; NOT_SPEAKING --------------------------------------------------
RO = ("hand-made following Romanian providers' wording (lexicon_more.SENDER_MISSING's review 103 clause) and "
      "Postfix's smtpd_reject_footer help text (postconf(5)); attack on SENDER_MISSING asked by sender_refused")
RO_ROWS = [
    # The recipient missing; a help note says "your address is in no block list".
    ("ro-recipient-missing-help", "550 5.1.1 Adresa destinatarului nu există. Notă: adresa dvs. nu există în "
     "nicio listă de blocare", "5.1.1", "RCPT", True, UNK, R),
    ("ro-recipient-missing-help-bare", "550 Căsuța poștală lead@partner.example nu există (adresa dvs. nu există "
     "pe lista neagră)", "5.0.0", "RCPT", True, UNK, R),
    # Controls: our address said missing (soft).
    ("roc-your-address-missing", "550 5.7.1 Stimate expeditor, adresa dvs. nu există", "5.7.1", "RCPT", False, (),
     S),
    # A recipient-missing word before our address said missing: still ours (the mend reads the recipient's absence
    # only where it is said of the recipient).
    ("roc-unknown-user-your-sender-address", "550 5.7.1 Utilizator necunoscut: adresa dvs. de expeditor nu există",
     "5.7.1", "RCPT", False, (), S),
    ("roc-your-address-missing-518", "553 5.1.8 Adresa dumneavoastră de expeditor nu există", "5.1.8", "MAIL",
     False, (), S),
]
SPEAK = ("hand-made following the greeting texts review 103 cites (Coremail's 退信提示, "
         "https://www.icoremail.vip/support/index.php?cate_id=84); attack on sender_words.NOT_SPEAKING: the "
         "recipient's server speaks, the address it says missing is the recipient's")
SPEAK_ROWS = [
    ("sp-dear-sender-server-address", f"550 5.1.1 Dear sender, recipient server reports: address {LEAD} does not "
     "exist", "5.1.1", "RCPT", True, UNK, R),
    ("sp-dear-sender-server-user", f"550 5.1.1 Dear sender, recipient server reports: user {LEAD} does not exist",
     "5.1.1", "RCPT", True, UNK, R),
    ("sp-de-absender-server-adresse", f"550 5.1.1 Sehr geehrter Absender, der Empfängerserver meldet: Adresse {LEAD} "
     "existiert nicht", "5.1.1", "RCPT", True, UNK, R),
    ("sp-es-remitente-servidor-direccion", "550 5.1.1 Estimado remitente: el servidor del destinatario informa: la "
     f"dirección {LEAD} no existe", "5.1.1", "RCPT", True, UNK, R),
    ("spc-dear-sender-server-rejected-yours", "550 5.7.1 Dear sender, the recipient server rejected your address: "
     "it does not exist", "5.7.1", "RCPT", False, (), S),
    ("spc-de-absender-server-ihre-adresse", f"550 5.7.1 Sehr geehrter Absender, der Empfängerserver meldet: Ihre "
     f"Adresse {OURS} existiert nicht", "5.7.1", "RCPT", False, (), S),
    ("spc-dear-sender-server-sender-address", f"550 5.7.1 Dear sender, recipient server reports: sender address "
     f"{OURS} does not exist", "5.7.1", "RCPT", False, (), S),
    ("spc-grund-ihre-adresse", "550 5.7.1 Grund: Ihre E-Mail-Adresse ist uns unbekannt", "5.7.1", "RCPT", False,
     (), S),
    ("spc-dear-sender-server-your", "550 5.7.1 Dear sender, recipient server reports: your address does not "
     "exist", "5.7.1", "RCPT", False, (), S),
]

# ---- 4. German leavers ----------------------------------------------------------------------------------------------
LEFT = ("hand-made: a recipient server's admin text (Postfix access(5) 'REJECT <text>', review 69's layout) in "
        "German; attack on departures' leaver with a date between (review 103); taxonomy: hasmoved hard, a person "
        "still there or away for a while not hard")
LEFT_ROWS = [
    ("de-zum-1-1", "550 5.7.1 Herr Müller hat das Unternehmen zum 1.1. verlassen", "5.7.1", "RCPT", True, MOVED,
     R),
    ("de-mit-ablauf", "550 5.7.1 Frau Schmidt hat das Unternehmen mit Ablauf des 31.12.2025 verlassen", "5.7.1",
     "RCPT", True, MOVED, R),
    ("de-ende-jahr", "550 5.7.1 Frau Schmidt hat die Firma Ende 2025 verlassen", "5.7.1", "RCPT", True, MOVED, R),
    ("de-am-3-maerz", "550 5.7.1 Herr Müller hat das Unternehmen am 3. März verlassen", "5.7.1", "RCPT", True,
     MOVED, R),
    ("de-per-datum", "550 5.7.1 Frau Schmidt hat das Unternehmen per 31.03. verlassen", "5.7.1", "RCPT", True,
     MOVED, R),
    ("de-richtung-ruhestand", "550 5.7.1 Herr Müller hat das Unternehmen zum 1. März in Richtung Ruhestand "
     "verlassen", "5.7.1", "RCPT", True, MOVED, R),
    ("de-wochentag-datum", "550 5.7.1 Herr Müller hat das Unternehmen am Freitag, dem 3. März verlassen", "5.7.1",
     "RCPT", True, MOVED, R),
    ("dec-wird-verlassen", "550 5.7.1 Herr Müller wird das Unternehmen zum 1.1. verlassen", "5.7.1", "RCPT", *NOT),
    ("dec-besucht", "550 5.7.1 Herr Müller hat das Unternehmen am 3. März besucht", "5.7.1", "RCPT", *NOT),
    ("dec-fuer-ein-jahr", "550 5.7.1 Frau Schmidt hat die Firma zum 1.1. für ein Jahr verlassen", "5.7.1", "RCPT",
     *NOT),
    ("dec-nicht-verlassen", "550 5.7.1 Herr Müller hat das Unternehmen zum 1.1. nicht verlassen", "5.7.1", "RCPT",
     *NOT),
]

ROWS = (three("code", OTHER, GATEWAY, CODES)
        + three("code-ms", OTHER + " (from Microsoft's host)", MS_MX,
                [e for e in CODES if e[0] in ("x41-sender-bracket", "x7505-banned-sender", "x41-no-answer")])
        + [row for row in three("nocode-ms", OTHER + " (from Microsoft's host)", MS_MX, NOCODE_MS)
           if not row[0].endswith("-exo")]  # Exchange Online's NDR names no remote host
        + three("mailru", MAILRU_SRC, "mxs.mail.ru", MAILRU)
        + three("eop", EXO + ", hand-made: no Microsoft host named", GATEWAY, EOP_FORMS)
        + three("label", LABEL, MX, LABELS) + three("labelctl", LABEL, MX, LABEL_CONTROLS)
        + three("ro", RO, MX, RO_ROWS) + three("speak", SPEAK, MX, SPEAK_ROWS)
        + rows_relayed("r104-left", LEFT, MX, LEAD, LEFT_ROWS))

# ---- 5. formats/named: our colleague Bcc'd with the To's local part; our own address in the notice ----------------
BCC = ("attack on review 103's formats/named Bcc rule: the copy's Bcc holds OUR side at our From's domain while "
       "the RECIPIENT's server (mx.partner.example) reports the To; RFC 5322 3.6.3 (Bcc); hand-made after review "
       "103's groupware copy")
_OWN = f"From: Seller <{OURS}>\n"


def _copy(name: str, named: str, own: str, said: str = "") -> bytes:
    """A plain notice from the partner's MAILER-DAEMON naming `named`, then the returned copy's headers `own`."""
    line = f"Recipient: {named}\n" if named else ""
    return (f"From: MAILER-DAEMON@{MX}\nTo: {OURS}\nSubject: Undeliverable: Pricing\n"
            f"Auto-Submitted: auto-replied\nMessage-Id: <r104-{name}@{MX}>\nX-Hand-Made: yes (review 104)\n"
            f"Content-Type: text/plain; charset=utf-8\n\nYour message could not be delivered.\n{said}\n{line}"
            "Reason: 550 5.1.1 User unknown\n\n------ This is a copy of the message. ------\n\n" + own
            + "Date: Thu, 3 Dec 2026 10:00:00 +0000\nSubject: Pricing\n\nHello.\n").encode()


ROWS += [
    ("r104-bcc-colleague-same-local", BCC + " (our colleague lead@example.com Bcc'd; the partner names 'lead', "
     "its own To)", _copy("csl", "lead", _OWN + f"To: {LEAD}\nBcc: lead@example.com\n"), hard(LEAD)),
    ("r104-bcc-self-our-address-said", BCC + " (the partner's notice quotes our sender's address; ourselves "
     "Bcc'd; nobody named: the lone To)", _copy("sos", "", _OWN + f"To: {LEAD}\nBcc: {OURS}\n",
                                               said=f"Sender: {OURS}\n"), hard(LEAD)),
    ("r104-bcc-c-colleague-named", BCC + " (control: the partner names 'kim', our colleague Bcc'd: nobody marked)",
     _copy("ckn", "kim", _OWN + f"To: {LEAD}\nBcc: kim@example.com\n"), []),
    ("r104-bcc-c-lead-full", BCC + " (control: the full address named, colleagues Bcc'd)",
     _copy("clf", LEAD, _OWN + f"To: {LEAD}\nBcc: kim@example.com, lead@example.com\n"), hard(LEAD)),
]
