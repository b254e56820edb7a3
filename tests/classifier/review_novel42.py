"""Review novel42: refusal texts of mail servers that NO earlier review row cites, to measure how the classifier
generalises to servers' own phrasings (issue 13). Step 1 surveyed the sources the review rows cite (grep of
tests/classifier/review_*.py and *rows*.py, 2026-12-07): absent were Bongo (Novell's Hula SMTP agent), gumdrop (GNU
Java server), LBBS (the Lightweight Bulletin Board System's net_smtp), Archiveopteryx, SimpleLogin's forwarder and
the Advanced Filtering gateway (roman-rybalko/af); step 2 read each one's wording in its source:

 - Bongo: bongo-project/bongo src/agents/smtp/smtpd.h (its MSG5xx / MSG4xx reply strings);
 - gumdrop: cpkb-bluezoo/gumdrop src/org/bluezoo/gumdrop/smtp/RecipientPolicyResult.java (one reply per result);
 - LBBS: InterLinked1/lbbs nets/net_smtp.c (smtp_reply / smtp_abort calls, and smtp_dsn(), its own DSN layout) and
   modules/mod_smtp_delivery_local.c, mod_smtp_delivery_external.c;
 - Archiveopteryx: aox/aox smtp/smtpmailrcpt.cpp (SmtpRcptTo::execute) and smtp/smtp.cpp (older "Unknown address");
 - SimpleLogin: simple-login/app app/email/status.py (its "SL E5xx" server-specific codes);
 - Advanced Filtering: roman-rybalko/af tests/smtp/10-acl/30-rcpt/* (the gateway's own replies, tagged "A|NF/",
   "R:D/", "U:BL/" ...; the reply code is only known to be 4xx or 5xx there, 550 / 451 chosen);
 - konto.pl's help page on returned mail (support.konto.pl/kb/a2286, "sys_lock quota exceeded");
 - Postfix access(5): "REJECT optional text" answers "554 5.7.1 <addr>: Recipient address rejected: <text>" (the
   access_map_reject_code and its 5.7.1), so a site's admin-written "mailbox does not exist" arrives UNDER 5.7.1: the
   known weakness "a 5.7.x status overruling an explicit 'recipient does not exist'"; the texts are in the site's own
   language where the row says so (hand-made sentences in the language's ordinary usage).

Families: missing user (hard), disabled / expired / inactive mailboxes and quota in many languages (soft: suspend,
mailboxfull), relay refusals, blocklists, size, greylisting and other 4xx (soft, delays), and controls that are not
hard or no bounce at all. Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay)
written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed
first). Names "n42-<group>-<name>". All HAND-MADE; test_review_novel42.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_audit35 import exim_final, hard, soft
from tests.classifier.review_audit35_layouts import person_reply, postfix_success
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_novel38_layouts import auto_reply

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
NOT_BOUNCE: list[tuple] = []
ANY_REASON: tuple = ()
UNKNOWN = ("userunknown",)
SUSPEND = ("suspend",)
FULL = ("mailboxfull",)
RELAY = ("norelaying",)

at = relayed_for("n42", MX, LEAD)

BONGO = "Bongo (Novell Hula) SMTP agent: bongo-project/bongo src/agents/smtp/smtpd.h reply strings"
GUMDROP = "gumdrop: cpkb-bluezoo/gumdrop src/org/bluezoo/gumdrop/smtp/RecipientPolicyResult.java"
LBBS = "LBBS: InterLinked1/lbbs nets/net_smtp.c and modules/mod_smtp_delivery_local.c smtp_reply()/smtp_abort()"
AOX = "Archiveopteryx: aox/aox smtp/smtpmailrcpt.cpp SmtpRcptTo::execute() and smtp/smtp.cpp SMTP::rcpt()"
SL = "SimpleLogin: simple-login/app app/email/status.py ('550 SL E5xx' replies)"
AF = ("Advanced Filtering gateway: roman-rybalko/af tests/smtp/10-acl/30-rcpt/* (its reply tags; reply code chosen "
      "within the class the test greps)")
ACCESS = ("Postfix access(5) 'REJECT optional text' (access_map_reject_code 554, status 5.7.1, 'Recipient address "
          "rejected: <text>'); the admin's text hand-made")
LANG = f"{ACCESS}; in the site's own language, hand-made"
ADMIN_LANG = ("admin-written refusal texts in the site's own language (Postfix access(5) 'REJECT <text>' with an "
              "explicit code, Exim ':fail: <text>'); RFC 3463 X.1.1 / X.2.1 / X.2.2; hand-made")
EXIM = "Exim src/src/deliver.c bounce ('SMTP error from remote mail server after RCPT TO:<%s>: %s')"
GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9)"
EXO = "Exchange Online NDR anatomy ('Email non-delivery reports and SMTP errors in Exchange Online')"
QMAIL = "qmail-send.c bounce ('Remote host said:')"

# ---- Bongo ------------------------------------------------------------------------------------------------------
BONGO_ROWS = at("bongo", BONGO, [
    ("mailbox-not-found", "550 Mailbox not found", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("recipient-unknown-format", "501 Recipient address unknown format", "5.5.4", "RCPT", False, ("syntaxerror",),
     ANY),
    ("no-external-routing", "571 No external routing allowed", "5.0.0", "RCPT", False, RELAY, ANY),
    ("blackholed", "553 Your IP address 192.0.2.25 is blackholed by bl.example.net.", "5.0.0", "MAIL", False,
     ("blocked",), S),
    ("previous-spamming", "553 Your site is blocked due to previous spamming incidents", "5.0.0", "MAIL", False,
     ("blocked",), S),
    ("no-hostname", "553 Your computer does not have a hostname, access blocked", "5.0.0", "MAIL", False,
     ("requireptr", "blocked"), S),
    ("size-exceeds", "552 Message size exceeds maximum allowed by this server", "5.3.4", "DATA", False,
     ("mesgtoobig",), ANY),
    ("too-many-recipients", "550 Too many recipients", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("not-enough-disk", "452 Not enough disk space. Please try later", "4.3.1", "RCPT", False, ("systemfull",), ANY),
    ("too-many-connections", "451 Too many connections, please try later", "4.0.0", "RCPT", False, ANY_REASON, ANY),
    ("receiver-shut-down", "451 SMTP Receiver temporarily shut down, please try in a few minutes", "4.0.0", "RCPT",
     False, ANY_REASON, ANY),
])

# ---- gumdrop ----------------------------------------------------------------------------------------------------
GUMDROP_ROWS = at("gumdrop", GUMDROP, [
    ("mailbox-unavailable-511", "550 5.1.1 Mailbox unavailable", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("user-not-local-511", "551 5.1.1 User not local; please try <lead@partner-group.example>", "5.1.1", "RCPT", True,
     ("userunknown", "hasmoved"), R),
    ("name-not-allowed-513", "553 5.1.3 Mailbox name not allowed", "5.1.3", "RCPT", True, UNKNOWN, R),
    ("invalid-format-513", "501 5.1.3 Invalid recipient address format", "5.1.3", "RCPT", True, UNKNOWN, R),
    ("quota-exceeded-522", "552 5.2.2 Mailbox full, quota exceeded", "5.2.2", "RCPT", False, FULL, R),
    ("relaying-denied-571", "551 5.7.1 Relaying denied", "5.7.1", "RCPT", False, RELAY, ANY),
    ("violates-policy-571", "553 5.7.1 Recipient violates local policy", "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("transaction-failed-500", "554 5.0.0 Transaction failed", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("temporarily-unavailable-421", "450 4.2.1 Mailbox temporarily unavailable", "4.2.1", "RCPT", False, ANY_REASON,
     ANY),
    ("local-error-430", "451 4.3.0 Local error in processing", "4.3.0", "RCPT", False, ANY_REASON, ANY),
    ("insufficient-storage-431", "452 4.3.1 Insufficient system storage", "4.3.1", "RCPT", False, ("systemfull",),
     ANY),
])

# ---- LBBS -------------------------------------------------------------------------------------------------------
LBBS_ROWS = at("lbbs", LBBS, [
    ("no-such-user-here", "550 5.1.1 No such user here", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("no-such-mailbox", "550 5.1.1 No such mailbox", "5.1.1", "RCPT", True, UNKNOWN, R),
    # The mailbox exists (net_smtp.c: "User exists, great!") but its owner's privilege is below minpriv_relay_in:
    # a policy on external mail, not a missing user, whatever the 5.1.1 says.
    ("unauthorized-external-511", "550 5.1.1 User unauthorized to receive external mail", "5.1.1", "RCPT", False,
     ANY_REASON, ANY),
    ("relay-denied-570", "550 5.7.0 Mail relay denied. Forwarding to remote hosts disabled", "5.7.0", "RCPT", False,
     RELAY, ANY),
    ("over-quota-522", "552 5.2.2 The mailbox you've tried to reach is full (over quota)", "5.2.2", "DATA", False,
     FULL, R),
    ("rejected-by-recipient-571", "554 5.7.1 This message has been rejected by the recipient", "5.7.1", "DATA",
     False, ("filtered", "policyviolation", "rejected"), ANY),
    ("too-large-534", "552 5.3.4 Message too large", "5.3.4", "MAIL", False, ("mesgtoobig",), ANY),
    ("delivery-failed-451", "451 Delivery failed", "4.0.0", "DATA", False, ANY_REASON, ANY),
])

# ---- Archiveopteryx ---------------------------------------------------------------------------------------------
AOX_ROWS = at("aox", AOX, [
    ("not-legal-destination-511", f"550 5.1.1 {LEAD} is not a legal destination address", "5.1.1", "RCPT", True,
     UNKNOWN, R),
    ("unknown-address-colon", f"550 Unknown address: {LEAD}", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("unknown-address", f"550 Unknown address {LEAD}", "5.0.0", "RCPT", True, UNKNOWN, R),
    # A Sieve script of the recipient rejected the message: the mailbox exists.
    ("rejects-mail-571", f"550 5.7.1 {LEAD} rejects mail", "5.7.1", "RCPT", False, ("filtered", "policyviolation"),
     ANY),
    ("rejects-mail-soft-471", f"450 4.7.1 {LEAD} rejects mail", "4.7.1", "RCPT", False, ANY_REASON, ANY),
    ("not-legal-soft-411", f"450 4.1.1 {LEAD} is not a legal destination address", "4.1.1", "RCPT", False,
     ANY_REASON, ANY),
])

# ---- SimpleLogin --------------------------------------------------------------------------------------------------
SL_ROWS = at("sl", SL, [
    ("e502-email-not-exist", "550 SL E502 Email not exist", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("e515-email-not-exist-data", "550 SL E515 Email not exist", "5.0.0", "DATA", True, UNKNOWN, R),
    ("e510-so-such-user", "550 SL E510 so such user", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("e516-invalid-mailbox", "550 SL E516 invalid mailbox", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("e504-account-disabled", "550 SL E504 Account disabled", "5.0.0", "RCPT", False, SUSPEND, R),
    ("e518-disabled-mailbox", "550 SL E518 Disabled mailbox", "5.0.0", "DATA", False, SUSPEND, R),
    ("e517-unverified-mailbox", "550 SL E517 unverified mailbox", "5.0.0", "DATA", False, ANY_REASON, ANY),
    ("e521-cannot-reach-mailbox", "550 SL E521 Cannot reach mailbox", "5.0.0", "DATA", False, ANY_REASON, ANY),
    ("e519-spam", "550 SL E519 Email detected as spam", "5.0.0", "DATA", False, ("spamdetected",), ANY),
    ("e522-rate", "550 SL E522 The user you are trying to contact is receiving mail at a rate that prevents "
     "additional messages from being delivered.", "5.0.0", "DATA", False, ("speeding", "toomanyconn"), ANY),
    ("e509-unauthorized", "550 SL E509 unauthorized", "5.0.0", "DATA", False, ANY_REASON, ANY),
    ("e405-domain-problem", "421 SL E405 Mailbox domain problem - Retry later", "4.0.0", "DATA", False, ANY_REASON,
     ANY),
])

# ---- Advanced Filtering -------------------------------------------------------------------------------------------
AF_ROWS = at("af", AF, [
    ("a-nf-does-not-exist", "550 A|NF/ (Mail box does not exist) id=7f3c21", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("nmbc-does-not-exist", "550 !U:NMBC,!(NF|E),A,!S:ST/ (Mail box does not exist)", "5.0.0", "RCPT", True, UNKNOWN,
     R),
    ("domain-not-in-service", "550 R:D/ (The domain is not in service)", "5.0.0", "RCPT", False, ANY_REASON, ANY),
    ("user-policy-host", "550 U:BL/ (user recipient policy: sender host address)", "5.0.0", "RCPT", False,
     ("blocked", "filtered", "policyviolation"), ANY),
    ("system-policy-host", "550 S:BL/ (system policy: sender host address)", "5.0.0", "RCPT", False, ("blocked",), S),
    ("verifying-later", "451 !U:NMBC,E/ (Your data is verifying, please try again later)", "4.0.0", "RCPT", False,
     ANY_REASON, ANY),
    ("moved-later", "451 R:O/ (Moved)", "4.0.0", "RCPT", False, ANY_REASON, ANY),
])

KONTO = at("konto", "konto.pl help: support.konto.pl/kb/a2286 ('sys_lock quota exceeded' - the inbox's space spent)",
           [("sys-lock-quota", "552 sys_lock quota exceeded", "5.0.0", "DATA", False, FULL, R)])

# ---- Postfix access(5) REJECT under 5.7.1: the absence said in words --------------------------------------------
def rejected(text: str) -> str:
    return f"554 5.7.1 <{LEAD}>: Recipient address rejected: {text}"


ACCESS_ROWS = at("access", ACCESS, [
    ("mailbox-does-not-exist", rejected("Mailbox does not exist"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("no-such-account-here", rejected("There is no such account here"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("address-was-deleted", rejected("This address was deleted"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("not-a-valid-recipient", rejected("Not a valid recipient of this domain"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("ctl-account-disabled", rejected("Account disabled"), "5.7.1", "RCPT", False, SUSPEND, R),
    ("ctl-inactive-mailbox", rejected("Mailbox inactive for more than 12 months"), "5.7.1", "RCPT", False, SUSPEND,
     R),
    ("ctl-blocked-inactivity", rejected("Mailbox blocked due to inactivity"), "5.7.1", "RCPT", False, SUSPEND, R),
    ("ctl-subscription-expired", rejected("Subscription of this mailbox has expired"), "5.7.1", "RCPT", False,
     SUSPEND, R),
    ("ctl-over-quota", rejected("Mailbox over quota"), "5.7.1", "RCPT", False, FULL, R),
    ("ctl-access-denied", rejected("Access denied"), "5.7.1", "RCPT", False, ANY_REASON, ANY),
    ("ctl-not-from-your-domain", rejected("We do not accept mail from your domain"), "5.7.1", "RCPT", False,
     ANY_REASON, ANY),
])
ACCESS_LANG = at("access-lang", LANG, [
    ("de-postfach-existiert-nicht", rejected("Dieses Postfach existiert nicht"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("fr-destinataire-inexistant", rejected("Ce destinataire n'existe pas"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("pt-conta-nao-existe", rejected("Esta conta não existe"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("fi-ei-ole-olemassa", rejected("Vastaanottajaa ei ole olemassa"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("tr-alici-bulunamadi", rejected("Alıcı bulunamadı"), "5.7.1", "RCPT", True, UNKNOWN, R),
    ("ctl-de-gesperrt", rejected("Das Postfach ist gesperrt"), "5.7.1", "RCPT", False, SUSPEND, R),
    ("ctl-fr-desactive", rejected("Ce compte a été désactivé"), "5.7.1", "RCPT", False, SUSPEND, R),
])

# ---- Other languages: missing users, disabled / expired / inactive mailboxes, quota ------------------------------
LANG_UNKNOWN = at("lang", ADMIN_LANG, [
    ("fi-ei-loydy-511", "550 5.1.1 Käyttäjää ei löydy", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("fi-ei-loydy-bare", "550 Käyttäjää ei löydy", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("da-findes-ikke-511", "550 5.1.1 Modtageren findes ikke", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("da-ukendt-bruger-bare", "550 Ukendt bruger", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("no-finnes-ikke-511", "550 5.1.1 Mottakeren finnes ikke", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("no-ukjent-bare", "550 Ukjent mottaker", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("hu-nem-letezik-511", "550 5.1.1 A címzett nem létezik", "5.1.1", "RCPT", True, UNKNOWN, R),
    ("hu-nincs-ilyen-bare", "550 Nincs ilyen felhasználó", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("tr-boyle-kullanici-yok", "550 Böyle bir kullanıcı yok", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("cs-neexistuje-bare", "550 Adresát neexistuje", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ro-nu-exista-bare", "550 Destinatarul nu există", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("uk-ne-isnuye-bare", "550 Такої скриньки не існує", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ko-jonjae-bare", "550 존재하지 않는 사용자입니다", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("el-den-yparchei-bare", "550 Ο παραλήπτης δεν υπάρχει", "5.0.0", "RCPT", True, UNKNOWN, R),
])
LANG_STATE = at("lang", ADMIN_LANG, [
    ("fi-poistettu-kaytosta-521", "550 5.2.1 Käyttäjätili on poistettu käytöstä", "5.2.1", "RCPT", False, SUSPEND, R),
    ("fi-vanhentunut-bare", "550 Käyttäjätili on vanhentunut", "5.0.0", "RCPT", False, SUSPEND, R),
    ("fi-taynna-522", "552 5.2.2 Vastaanottajan postilaatikko on täynnä", "5.2.2", "RCPT", False, FULL, R),
    ("da-deaktiveret-521", "550 5.2.1 Kontoen er deaktiveret", "5.2.1", "RCPT", False, SUSPEND, R),
    ("da-fuld-bare", "552 Modtagerens postkasse er fuld", "5.0.0", "RCPT", False, FULL, R),
    ("no-sperret-bare", "550 Kontoen er sperret", "5.0.0", "RCPT", False, SUSPEND, R),
    ("no-full-bare", "552 Postkassen til mottakeren er full", "5.0.0", "RCPT", False, FULL, R),
    ("sv-inaktiverat-bare", "550 Kontot är inaktiverat", "5.0.0", "RCPT", False, SUSPEND, R),
    ("hu-letiltva-521", "550 5.2.1 A fiók le van tiltva", "5.2.1", "RCPT", False, SUSPEND, R),
    ("hu-megtelt-bare", "552 A címzett postafiókja megtelt", "5.0.0", "RCPT", False, FULL, R),
    ("tr-askiya-alindi-bare", "550 Hesap askıya alındı", "5.0.0", "RCPT", False, SUSPEND, R),
    ("tr-suresi-doldu-bare", "550 Hesabın kullanım süresi doldu", "5.0.0", "RCPT", False, SUSPEND, R),
    ("tr-dolu-522", "552 5.2.2 Alıcının posta kutusu dolu", "5.2.2", "RCPT", False, FULL, R),
    ("cs-zablokovana-bare", "550 Schránka je zablokována", "5.0.0", "RCPT", False, SUSPEND, R),
    ("cs-plna-bare", "552 Schránka příjemce je plná", "5.0.0", "RCPT", False, FULL, R),
    ("pl-wygaslo-bare", "550 Konto odbiorcy wygasło", "5.0.0", "RCPT", False, SUSPEND, R),
    ("ro-dezactivat-bare", "550 Contul destinatarului este dezactivat", "5.0.0", "RCPT", False, SUSPEND, R),
    ("ko-hyumyeon-521", "550 5.2.1 휴면 계정입니다", "5.2.1", "RCPT", False, SUSPEND, R),
    ("ko-yongryang-bare", "552 수신자의 메일함 용량이 초과되었습니다", "5.0.0", "RCPT", False, FULL, R),
    ("en-inactive-571", "550 5.7.1 Mailbox is inactive", "5.7.1", "RCPT", False, SUSPEND, R),
    ("en-storage-limit-571", "550 5.7.1 Mailbox storage limit reached", "5.7.1", "RCPT", False, FULL, R),
])

# ---- Other layouts --------------------------------------------------------------------------------------------
LAYOUTS = [
    ("n42-l-exim-sl-e502", f"{EXIM}; {SL}",
     exim_final("x1", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 SL E502 Email not exist"),
     hard(*UNKNOWN)),
    ("n42-l-exim-lbbs-unauthorized", f"{EXIM}; {LBBS}",
     exim_final("x2", f"SMTP error from remote mail server after RCPT TO:<{LEAD}>: 550 5.1.1 User unauthorized to "
                "receive external mail"), soft(scope=ANY)),
    ("n42-l-gmail-aox-legal", f"{GMAIL}; {AOX}",
     gmail_own(f"550 5.1.1 {LEAD} is not a legal destination address", status="5.1.1",
               heading="Address not found", body=f"Your message wasn't delivered to {LEAD} because the address "
               "couldn't be found, or is unable to receive mail.", address=LEAD, remote=MX), hard(*UNKNOWN)),
    ("n42-l-exo-access-de", f"{EXO}; {LANG}",
     exchange_own(rejected("Dieses Postfach existiert nicht"), status="5.7.1",
                  body=f"Your message to {LEAD} couldn't be delivered.", address=LEAD, remote=MX), hard(*UNKNOWN)),
    ("n42-l-qmail-bongo", f"{QMAIL}; {BONGO}",
     qmail("q1", [(LEAD, "192.0.2.7 does not like recipient.\nRemote host said: 550 Mailbox not found\nGiving up on "
                         "192.0.2.7.")], to=LEAD), hard(*UNKNOWN)),
    ("n42-l-qmail-sl-disabled", f"{QMAIL}; {SL}",
     qmail("q2", [(LEAD, "192.0.2.7 does not like recipient.\nRemote host said: 550 SL E504 Account disabled\n"
                         "Giving up on 192.0.2.7.")], to=LEAD), soft(*SUSPEND)),
]

# ---- LBBS as OUR relay: its own DSN (nets/net_smtp.c smtp_dsn()) --------------------------------------------------
def lbbs_dsn(name: str, error: str, status: str, *, action: str = "failed", stage: str = "RCPT") -> bytes:
    """LBBS's smtp_dsn(): From "Mail Delivery Subsystem" <mailer-daemon@host>, Subject "Delivery Status Notification
    (Failure)" (or "(Delay)"), Auto-Submitted, the Postfix-like text (the recipient, "host X[ip] said:" and the
    error on tab-indented lines, "(in reply to RCPT command)"), then RFC 3464 fields (Remote-MTA, "Diagnostic-Code:
    smtp; <error>") and the message/rfc822 original."""
    host, bound = "bbs.example.com", f"----attachment_{name}"
    subject = "Delivery Status Notification (Delay)" if action == "delayed" else \
        "Delivery Status Notification (Failure)"
    lead_in = ("Your message has been delayed. Delivery may succeed in the future, and we will send a final "
               "nondelivery notice if we are unable to deliver the message successfully.\r\n\r\n" if action == "delayed"
               else "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or more "
               "recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to "
               "postmaster.\r\n\r\n")
    return (f"Date: Thu, 03 Dec 2026 10:05:00 +0000\r\nFrom: \"Mail Delivery Subsystem\" <mailer-daemon@{host}>\r\n"
            f"Subject: {subject}\r\nTo: <seller@example.com>\r\nAuto-Submitted: auto-replied\r\n"
            f"Message-ID: <LBBS-NDR-{name}-4242@{host}>\r\nX-Hand-Made: yes (LBBS smtp_dsn layout)\r\n"
            "MIME-Version: 1.0\r\n"
            f"Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"{bound}\"\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n"
            f"--{bound}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            f"This is the mail system at host {host}.\r\n\r\n{lead_in}Please, do not reply to this message.\r\n\r\n\r\n"
            f"{LEAD}:\r\n\thost {MX}[192.0.2.7] said:\r\n\t{error}\r\n(in reply to {stage} command)\r\n\r\n"
            f"--{bound}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; {host}\r\nArrival-Date: Thu, 03 Dec 2026 10:00:00 +0000\r\n\r\n"
            f"Final-Recipient: rfc822; {LEAD}\r\nAction: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; {MX}\r\n"
            f"Diagnostic-Code: smtp; {error}\r\n\r\n"
            f"--{bound}\r\nContent-Description: Undelivered message\r\nContent-Type: message/rfc822\r\n\r\n"
            f"From: seller@example.com\r\nTo: {LEAD}\r\nSubject: Quick question\r\nMessage-ID: <n42-{name}@example.com>"
            f"\r\n\r\nHello, a quick question.\r\n\r\n--{bound}--\r\n").encode("utf-8")


LBBS_DSN = f"{LBBS} (smtp_dsn, LBBS as our relay reporting the remote reply)"
LBBS_LAYOUT = [
    ("n42-lbbsdsn-gumdrop-unavailable", f"{LBBS_DSN}; {GUMDROP}",
     lbbs_dsn("d1", "550 5.1.1 Mailbox unavailable", "5.1.1"), hard(*UNKNOWN)),
    ("n42-lbbsdsn-sl-not-exist", f"{LBBS_DSN}; {SL}",
     lbbs_dsn("d2", "550 SL E508 Email not exist", "5.0.0"), hard(*UNKNOWN)),
    ("n42-lbbsdsn-fi-tayynna", f"{LBBS_DSN}; {ADMIN_LANG}",
     lbbs_dsn("d3", "552 5.2.2 Vastaanottajan postilaatikko on täynnä", "5.2.2"), soft(*FULL)),
    ("n42-lbbsdsn-aox-rejects", f"{LBBS_DSN}; {AOX}",
     lbbs_dsn("d4", f"550 5.7.1 {LEAD} rejects mail", "5.7.1"), soft("filtered", "policyviolation", scope=ANY)),
    ("n42-lbbsdsn-delay-greylist", f"{LBBS_DSN}; Stalwart resources/config/spamfilter/scripts/greylist.sieve "
     "('422 4.2.2 Greylisted, please try again in a few moments.' - a greylist under a mailbox-full code)",
     lbbs_dsn("d5", "422 4.2.2 Greylisted, please try again in a few moments.", "4.2.2", action="delayed"),
     [(LEAD, False, ANY_REASON, ANY, True)]),
]

# ---- Controls: no bounce at all ---------------------------------------------------------------------------------
K_ROWS = [
    ("n42-k-success-aox-will-send", "Postfix success_template (review_audit35_layouts.postfix_success); " + AOX
     + " ('250 2.1.5 Will send to ...')", postfix_success(LEAD, f"250 2.1.5 Will send to {LEAD}"), NOT_BOUNCE),
    ("n42-k-person-sl-alias", "a person's reply (RFC 5322 In-Reply-To; review_audit35_layouts.person_reply); " + SL,
     person_reply("n42p", f"Lena Lead <{LEAD}>", "Hi - your first mail bounced with '550 SL E504 Account disabled' "
                  "because my alias was switched off for a day. It works again, write any time."), NOT_BOUNCE),
    ("n42-k-vacation-mailbox-full", "RFC 3834 out-of-office (review_novel38_layouts.auto_reply), hand-made",
     auto_reply("v42", f"Lena Lead <{LEAD}>", "Automatic reply: Quick question", "I am away until 14 December. My "
                "mailbox is nearly full (quota exceeded warnings), so keep attachments small; no such user problems, "
                "I will answer on my return."), NOT_BOUNCE),
]

ROWS: list[tuple] = (BONGO_ROWS + GUMDROP_ROWS + LBBS_ROWS + AOX_ROWS + SL_ROWS + AF_ROWS + KONTO + ACCESS_ROWS
                     + ACCESS_LANG + LANG_UNKNOWN + LANG_STATE + LAYOUTS + LBBS_LAYOUT + K_ROWS)
