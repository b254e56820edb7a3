"""Audit 35c: an ADVERSARIAL AUDIT of HARD readings (severity.is_hard_bounce) beyond 35b's rounds 15-18:
(1) hostunknown (lexicon.no_such_domain, lexicon.DOMAIN_MISSING, Postfix's "Host or domain name not found", Exim's
    "Unrouteable address" and "all relevant MX records point to non-existent hosts", "domain does not exist") where the
    missing domain is OURS: our sender's domain in a sender check, our relay's HELO name or its own DNS trouble, a 4xx
    "try again", a help line, a forwarded chain;
(2) the hard readings of real rounds 9-14 (Postfix's non-FQDN recipient, Sendmail's virtusertable texts, Mailman's
    LMTP "mailbox unavailable", Exim's "restricted characters in address", the error transport's "have moved");
(3) lexicon.no_such_recipient's shape in other languages where the thing missing is OUR sender or something other
    than the recipient (an attachment, a certificate, a whitelist entry).

Controls where they truly are hard: our relay's report, Gmail's and Exchange Online's layouts quoting the reply,
Exim's own bounce, our relay's own failure, Gmail's own DNS verdict.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words, their sources and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit35c.py runs them."""

from __future__ import annotations

from tests.classifier.notices import gmail_own, own_postfix
from tests.classifier.review_audit35 import GMAIL, EXIM_WARN, PERSON, delay, exim_final, gmail_delay, hard, soft
from tests.classifier.review_audit35_layouts import exim_warning, person_reply, postfix_success
from tests.classifier.review_audit35b_layouts import forwarded
from tests.classifier.review_notices25 import relayed_for, rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
NOT_BOUNCE: list[tuple] = []


def t35c(prefix: str, source: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report of each reply; the final ones (RCPT, DATA, CONN) again as Gmail and Exchange Online quote
    them."""
    return rows_relayed(f"a35c-{prefix}", source, MX, LEAD, entries) + rows_quoted(f"a35c-{prefix}", source, MX, LEAD,
                                                                                    entries)


relay_only = relayed_for("a35c", MX, LEAD)  # our relay's copy alone


# ---- (1) hostunknown where the missing domain is ours --------------------------------------------------------------
PF = ("postfix 3.7 src/smtpd/smtpd_check.c: reject_unknown_sender_domain / reject_unknown_recipient_domain ('%s "
      "address rejected: Domain not found', unknown_address_reject_code 450 by default, 550 when set; 5.1.8 for a "
      "sender, 5.1.2 for a recipient), reject_unknown_helo_hostname ('Helo command rejected: Host not found'), "
      "reject_unknown_client_hostname ('Client host rejected: cannot find your hostname'); smtpd_delay_reject=yes "
      "answers them at RCPT")
SM = ("sendmail 8.17 srvrsmtp.c / parseaddr: 'Domain of sender address %s does not exist' (553 5.1.8) and 'does not "
      "resolve' (451 4.1.8) for check_mail's DNS test of the envelope sender")
EXV = ("exim 4.96 src/src/acl.c and verify.c: a sender verify failure '550-Verification failed for <%s>' with the "
       "router's message ('all relevant MX records point to non-existent hosts'), then '550 Sender verify failed'")
DOM_RELAYED = [
    ("pf-our-sender-domain", "550 5.1.8 <seller@example.com>: Sender address rejected: Domain not found", "5.1.8",
     "RCPT", False, ("rejected",), S),
    ("pf-our-helo", "504 5.5.2 <mail.example.com>: Helo command rejected: Host not found", "5.5.2", "RCPT", False,
     (), ANY),
    ("pf-our-client-name", "550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]", "5.7.25",
     "RCPT", False, (), ANY),
    # A site's smtpd_reject_footer (postconf(5)) naming the hostunknown words only as help beside a spam refusal.
    ("pf-help-footer", f"550 5.7.1 <{LEAD}>: message rejected as spam. Help: 'Host or domain name not found' would "
     "mean the domain is gone; this refusal is not one", "5.7.1", "DATA", False, (), ANY),
    # A forwarded chain: the lead's alias exists; the forward's target domain is the one gone.
    ("pf-forward-chain", f"550 5.4.0 <{LEAD}>: forwarding to lead@old-host.example failed: Host or domain name not "
     "found", "5.4.0", "RCPT", False, (), ANY),
]
DOM_TEMP = [
    ("pf-recipient-domain-450", f"450 4.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "4.1.2", "RCPT",
     False, (), ANY),
    ("pf-our-sender-domain-450", "450 4.1.8 <seller@example.com>: Sender address rejected: Domain not found",
     "4.1.8", "RCPT", False, (), ANY),
    ("sm-our-sender-temp", "451 4.1.8 Domain of sender address seller@example.com does not resolve", "4.1.8", "MAIL",
     False, (), ANY),
]
DOM_SENDER = [
    ("sm-our-sender", "553 5.1.8 <seller@example.com>... Domain of sender address seller@example.com does not exist",
     "5.1.8", "RCPT", False, ("rejected",), S),
]
DOM_EXV = [
    ("exv-our-sender-mx", "550-Verification failed for <seller@example.com> 550-all relevant MX records point to "
     "non-existent hosts 550 Sender verify failed", "5.0.0", "RCPT", False, ("rejected",), S),
]
DOM_CONTROLS = [
    ("pf-recipient-domain-550", f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "5.1.2", "RCPT",
     True, ("hostunknown",), R),
]
PF_OWN = ("postfix 3.7 src/global/dns_lookup.c and smtp_addr.c: 'Host or domain name not found. Name service error "
          "for name=%s type=%s: Host not found' (5.4.4, final) and '...: Host not found, try again' (4.4.3, deferred)")
GM_DNS = ("Gmail's own DSN (shared/api/gmail.md section 9): 'DNS Error: DNS type 'mx' lookup of %s responded with "
          "code NXDOMAIN Domain name not found' (final) or 'code SERVFAIL' (temporary)")
EXIM_MX = "exim 4.96 src/src/routers/dnslookup.c ('all relevant MX records point to non-existent hosts') in deliver.c"
DOM_ROWS = [
    ("a35c-pf-own-try-again", PF_OWN, own_postfix("Host or domain name not found. Name service error for name="
     "partner.example type=MX: Host not found, try again", status="4.4.3", address=LEAD, action="delayed"),
     delay(scope=ANY)),
    # Our relayhost (smtp.example.com, our sender's own domain) does not resolve: every recipient fails alike.
    ("a35c-pf-own-relayhost", PF_OWN + "; relayhost (postconf(5))", own_postfix("Host or domain name not found. Name "
     "service error for name=smtp.example.com type=A: Host not found", status="5.4.4", address=LEAD),
     soft(scope=ANY)),
    ("a35c-pf-own-control", PF_OWN, own_postfix("Host or domain name not found. Name service error for name="
     "partner.example type=MX: Host not found", status="5.4.4", address=LEAD), hard("hostunknown")),
    ("a35c-gm-dns-servfail", f"{GM_DNS}; {GMAIL}", gmail_delay("DNS Error: DNS type 'mx' lookup of partner.example "
     "responded with code SERVFAIL", "4.4.3"), delay(scope=ANY)),
    ("a35c-gm-dns-nxdomain", GM_DNS, gmail_own("DNS Error: DNS type 'mx' lookup of partner.example responded with "
     "code NXDOMAIN Domain name not found: partner.example", status="5.1.2", heading="Address not found",
     body=f"Your message wasn't delivered to {LEAD} because the domain partner.example couldn't be found. Check for "
     "typos or unnecessary spaces and try again.", address=LEAD), hard("hostunknown")),
    ("a35c-ex-mx-control", EXIM_MX, exim_final("mx1", "all relevant MX records point to non-existent hosts"),
     hard("hostunknown")),
    ("a35c-ex-host-lookup-warning", f"exim 4.96 deliver.c 'host lookup did not complete'; {EXIM_WARN}",
     exim_warning("mx2", LEAD, "R=dnslookup T=remote_smtp: host lookup did not complete"), delay(scope=ANY)),
    ("a35c-dom-person-reply", f"{PF}; {PERSON}", person_reply("dom", f"Lena Lead <{LEAD}>", "Your mail got 'Domain "
     "not found' on Monday while our DNS provider had an outage. It works again; this address is mine."),
     NOT_BOUNCE),
    ("a35c-dom-success", f"{PF}; Postfix success_template",
     postfix_success(LEAD, "250 2.0.0 Ok: queued (after an earlier 'Host or domain name not found' try)"),
     NOT_BOUNCE),
    ("a35c-dom-forwarded", f"{PF_OWN}; a person's inline forward of an old bounce (no mail system's notice)",
     forwarded("dom", f"Lena Lead <{LEAD}>", "FYI: this came back when our domain was briefly down. All fixed now.",
               f"<{LEAD}>: Host or domain name not found. Name service error for name=partner.example type=MX: Host "
               "not found"), NOT_BOUNCE),
]

# ---- (2) real rounds 9-14's hard readings ----------------------------------------------------------------------------
NFQ = ("postfix 3.7 smtpd_check.c reject_non_fqdn_sender / _recipient / _helo_hostname ('%s address rejected: need "
       "fully-qualified address', 'Helo command rejected: need fully-qualified hostname'; 504 5.5.2; real round 9)")
NFQ_RELAYED = [
    ("nfq-our-sender", "504 5.5.2 <seller@mail>: Sender address rejected: need fully-qualified address", "5.5.2",
     "RCPT", False, ("rejected",), S),
    ("nfq-our-helo", "504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname", "5.5.2", "RCPT",
     False, (), ANY),
]
SMV = ("sendmail 8.17 virtusertable error:nouser / error:5.7.0:550 texts (cf/README 'error:' mailer; real round 10: "
       "'No such user here', 'Address invalid'), and the access database's REJECT texts at check_mail")
SMV_RELAYED = [
    ("smv-nouser-control", f"550 5.1.1 <{LEAD}>... No such user here", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("smv-our-sender-nouser", "553 5.1.8 <seller@example.com>... Sender verify failed: No such user here", "5.1.8",
     "RCPT", False, ("rejected",), S),
    ("smv-our-sender-invalid", "550 5.7.0 <seller@example.com>... Sender address invalid", "5.7.0", "RCPT", False,
     ("rejected",), S),
]
SMV_TEMP = [
    ("smv-nouser-4xx", f"450 4.1.1 <{LEAD}>... No such user here (user database busy, try again later)", "4.1.1",
     "RCPT", False, (), ANY),
]
MM = ("Mailman 3.3.8 src/mailman/runners/lmtp.py ERR_550 ('550 Requested action not taken: mailbox unavailable'; "
      "real round 12) and RFC 5321 section 4.2.2 (450 'Requested mail action not taken: mailbox unavailable')")
MM_RELAYED = [
    ("mm-control", "550 Requested action not taken: mailbox unavailable", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("mm-spam", "550 Requested action not taken: mailbox unavailable - message rejected as spam", "5.0.0", "DATA",
     False, (), ANY),
]
MM_OTHER = [
    ("mm-450", "450 Requested mail action not taken: mailbox unavailable", "4.0.0", "RCPT", False, (), ANY),
    # At MAIL FROM: the mailbox the server speaks of is our sender's.
    ("mm-at-mail", "550 Requested action not taken: mailbox unavailable", "5.0.0", "MAIL", False, (), S),
]
EXR = ("exim 4.96 default configure acl_check_rcpt ('Restricted characters in address', real round 9) and its "
       "redirect router's :fail: text (real round 10: 'has left ... this address is no longer in use')")
EXR_ROWS = [
    ("a35c-exr-control", EXR, exim_final("exr1", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 "
     "restricted characters in address"), hard("userunknown")),
    ("a35c-exr-defer-warning", f"{EXR}; {EXIM_WARN}", exim_warning("exr2", LEAD, "SMTP error from remote mail server "
     f"after RCPT TO:<{LEAD}>:\n    451 Lena Lead has left Partner Ltd; this address is being moved, try later"),
     delay(scope=ANY)),
    ("a35c-exr-person-reply", f"{EXR}; {PERSON}", person_reply("exr", f"Lena Lead <{LEAD}>", "Your note got 'this "
     "address is no longer in use' from our old server: IT restored my mailbox yesterday, so this address is mine "
     "again."), NOT_BOUNCE),
]
ERRT = ("postfix 3.7 error(8) transport with a transport(5) text (real round 10: 'Mailboxes at olddomain.test have "
        "moved to ...', 5.1.6) and its retry(8) sibling (4.x, deferred)")
ERRT_ROWS = [
    ("a35c-errt-control", ERRT, own_postfix("Mailboxes at partner.example have moved to newpartner.example",
     status="5.1.6", address=LEAD), hard("hasmoved")),
    ("a35c-errt-retry", ERRT, own_postfix("mail for partner.example is held while the mailboxes are moved to "
     "newpartner.example", status="4.3.0", address=LEAD, action="delayed"), delay(scope=ANY)),
]

# ---- (3) the no-such-recipient shape in other languages, said of our sender or of another thing ----------------------
LOC = ("a site's localised sender-check and policy texts: Postfix access(5) REJECT text (smtpd_check.c "
       "check_table_result), Exim ACL 'message =' (spec chapter 44); the words in the languages lexicon.py reads")
LOC_SENDER = [
    ("es-sender", "550 5.1.7 La dirección del remitente no existe", "5.1.7", "RCPT", False, ("rejected",), S),
    ("de-sender", "550 5.1.7 Absenderadresse existiert nicht", "5.1.7", "RCPT", False, ("rejected",), S),
    ("fr-sender", "550 5.1.7 L'adresse de l'expéditeur n'existe pas", "5.1.7", "RCPT", False, ("rejected",), S),
    ("it-sender", "550 5.1.7 L'indirizzo del mittente non esiste", "5.1.7", "RCPT", False, ("rejected",), S),
    ("pt-sender", "550 5.1.7 O endereço do remetente não existe", "5.1.7", "RCPT", False, ("rejected",), S),
    ("nl-sender", "550 5.1.7 Het adres van de afzender bestaat niet", "5.1.7", "RCPT", False, ("rejected",), S),
    ("pl-sender", "550 5.1.7 Adres nadawcy nie istnieje", "5.1.7", "RCPT", False, ("rejected",), S),
    # Without a 5.1.7 and without a "sender" word before: the Spanish "su cuenta" (your account) is ours.
    ("es-your-account", "550 Su cuenta de remitente no existe en este servidor", "5.0.0", "RCPT", False, (), S),
    ("es-sender-domain", "550 5.1.8 El dominio del remitente no existe", "5.1.8", "RCPT", False, ("rejected",), S),
    ("de-sender-domain", "550 5.1.8 Die Absenderdomain existiert nicht", "5.1.8", "RCPT", False, ("rejected",), S),
]
# Written with the second batch (before the classifier ran on them): the sender's absence in the languages with their own
# scripts, under a bare 550 (no 5.1.7 to lean on).
LOC_SENDER_MORE = [
    ("ru-sender", "550 Адрес отправителя не существует", "5.0.0", "RCPT", False, (), S),
    ("ja-sender", "550 送信者のメールアドレスは存在しません", "5.0.0", "RCPT", False, (), S),
    ("zh-sender", "550 发件人地址不存在", "5.0.0", "RCPT", False, (), S),
    ("ko-sender", "550 보낸 사람 주소가 존재하지 않습니다", "5.0.0", "RCPT", False, (), S),
    ("sv-sender", "550 5.1.7 Avsändarens adress finns inte", "5.1.7", "RCPT", False, ("rejected",), S),
    ("uk-sender", "550 Адреса відправника не існує", "5.0.0", "RCPT", False, (), S),
]
LOC_THING = [
    ("es-attachment", "554 5.6.0 Mensaje rechazado: el archivo adjunto no existe o está dañado", "5.6.0", "DATA",
     False, (), ANY),
    ("de-certificate", "554 5.7.1 Nachricht abgelehnt: das Zertifikat des Absenders existiert nicht", "5.7.1",
     "DATA", False, (), ANY),
    ("en-whitelist", "550 5.7.1 Message rejected as spam: the recipient does not exist in our spam filter's "
     "whitelist", "5.7.1", "DATA", False, (), ANY),
    ("de-whitelist", "550 5.7.1 Als Spam abgelehnt: der Empfänger existiert nicht in der Whitelist des Spamfilters",
     "5.7.1", "DATA", False, (), ANY),
    ("fr-file", "554 5.6.0 Message refusé : le fichier joint n'existe pas", "5.6.0", "DATA", False, (), ANY),
]
LOC_CONTROLS = [
    ("es-recipient", "550 5.1.1 La dirección del destinatario no existe", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("de-recipient", "550 5.1.1 Empfängeradresse existiert nicht", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("fr-recipient", "550 5.1.1 L'adresse du destinataire n'existe pas", "5.1.1", "RCPT", True, ("userunknown",), R),
]
LOC_TEMP = [
    ("de-recipient-450", "450 4.1.1 Empfängeradresse existiert nicht (Verzeichnis nicht erreichbar, später erneut "
     "versuchen)", "4.1.1", "RCPT", False, (), ANY),
]
# ---- a control written AFTER this audit's mend (Korean "보낸 사람", the sender, read as the sender's noun) ----------
AFTER = [
    # The sender's address said fine, the recipient's said missing (review 140's shape with the mend's noun): hard.
    ("ko-after-recipient", "550 보낸 사람 주소는 정상이며 받는 사람 주소가 존재하지 않습니다", "5.0.0", "RCPT", True,
     ("userunknown",), R),
]

ROWS = (t35c("dom", PF, DOM_RELAYED[:1] + DOM_RELAYED[3:]) + relay_only("dom", PF, DOM_RELAYED[1:3]) + relay_only("dom", PF, DOM_TEMP[:2]) + relay_only("dom", SM, DOM_TEMP[2:])
        + t35c("dom", SM, DOM_SENDER) + t35c("dom", EXV, DOM_EXV) + relay_only("dom", PF, DOM_CONTROLS) + DOM_ROWS
        + relay_only("nfq", NFQ, NFQ_RELAYED) + t35c("smv", SMV, SMV_RELAYED[:1]) + relay_only("smv", SMV, SMV_RELAYED[1:]) + relay_only("smv", SMV, SMV_TEMP)
        + t35c("mm", MM, MM_RELAYED) + relay_only("mm", MM, MM_OTHER) + EXR_ROWS + ERRT_ROWS
        + relay_only("loc", LOC, LOC_SENDER + LOC_SENDER_MORE) + relay_only("loc", LOC, LOC_THING) + t35c("loc", LOC, LOC_CONTROLS[:1])
        + relay_only("loc", LOC, LOC_CONTROLS[1:])
        + relay_only("loc", LOC, LOC_TEMP) + relay_only("after", LOC, AFTER))
