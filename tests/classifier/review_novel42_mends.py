"""Review novel42's mends and their controls, written after the first run (tests/classifier/review_novel42.py holds
the rows written before it). Each mend's rows, then the nearby notices that must NOT change (named "-ctl-"): the same
words said of our sender, of a certificate, denied, beside a real missing user, or another server's sense of them.
Sources as in review_novel42.py; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices25 import relayed_for

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNKNOWN = ("userunknown",)
SUSPEND = ("suspend",)

at = relayed_for("n42-m", MX, LEAD)

BONGO = "Bongo: bongo-project/bongo src/agents/smtp/smtpd.h, sent by smtpd.c's HandleConnection before the greeting"
ACCESS = ("Exchange Online's directory-based edge blocking '550 5.4.1 Recipient address rejected: Access denied. "
          "AS(201806281)' (Microsoft Learn, 'Fix NDR error 550 5.4.1'), Postfix smtpd_check.c's sender and 4xx forms: "
          "controls kept from a narrowing tried and withdrawn (test_review_novel42's JUDGEMENT)")
LBBS = "LBBS: InterLinked1/lbbs nets/net_smtp.c (minpriv_relay_in); its sense said by other admins, hand-made"
AOX = "Archiveopteryx: aox/aox smtp/smtpmailrcpt.cpp; controls hand-made"
SL = "SimpleLogin: simple-login/app app/email/status.py; controls hand-made"
LANG = "admin-written texts in the site's own language (Postfix access(5) REJECT, Exim ':fail:'); hand-made"

ROWS = at("bongo", BONGO, [
    ("conn-blackholed", "554 Your IP address 192.0.2.25 is blackholed by bl.example.net.", "5.0.0", "CONN", False,
     ("blocked",), S),
    ("conn-previous-spamming", "553 Your site is blocked due to previous spamming incidents", "5.0.0", "CONN",
     False, ("blocked",), S),
    ("rcpt-blackholed", "553 Your IP address 192.0.2.25 is blackholed by bl.example.net.", "5.0.0", "RCPT", False,
     ("blocked",), S),
    ("ctl-mailbox-not-found", "550 Mailbox not found", "5.0.0", "RCPT", True, UNKNOWN, R),
]) + at("access", ACCESS, [
    ("ctl-dbeb", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT041.eop-nam12.prod."
     "protection.outlook.com]", "5.4.1", "RCPT", True, UNKNOWN, R),
    ("ctl-dbeb-bracketed", f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied. AS(201806281)", "5.4.1",
     "RCPT", True, UNKNOWN, R),
    ("ctl-sender-access-denied", "553 5.1.8 <seller@example.com>: Sender address rejected: Access denied", "5.1.8",
     "MAIL", False, ("rejected",), S),
    ("defer-access-denied-471", f"450 4.7.1 <{LEAD}>: Recipient address rejected: Access denied", "4.7.1", "RCPT",
     False, (), ANY),
]) + at("lbbs", LBBS, [
    ("not-allowed-external-571", "550 5.7.1 This user is not allowed to receive external mail", "5.7.1", "RCPT",
     False, (), ANY),
    ("ctl-unknown-beside-policy", "550 5.1.1 User unknown. Note: internal users are not allowed to receive external "
     "mail", "5.1.1", "RCPT", True, UNKNOWN, R),
]) + at("aox", AOX, [
    ("ctl-domain-rejects-unknown", f"550 5.1.1 <{LEAD}> unknown; partner.example rejects mail to unknown users",
     "5.1.1", "RCPT", True, UNKNOWN, R),
    ("ctl-rejects-listed-host", f"550 5.7.1 Mailbox {LEAD} rejects mail from 192.0.2.25: listed at zen.spamhaus.org",
     "5.7.1", "RCPT", False, ("blocked",), S),
]) + at("sl", SL, [
    ("e508-email-not-exist-rcpt", "550 SL E508 Email not exist", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ctl-sender-email-not-exist", "553 5.1.8 Sender email not exist", "5.1.8", "MAIL", False, ("rejected",), S),
]) + at("lang", LANG, [
    ("da-brugeren-er-ukendt", "550 Brugeren er ukendt", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("no-ukjent-bruker", "550 Ukjent bruker", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("hu-nincs-ilyen-cimzett", "550 Nincs ilyen címzett", "5.0.0", "RCPT", True, UNKNOWN, R),
    ("ctl-da-ukendt-afsender", "550 5.7.1 Afsenderen er ukendt", "5.7.1", "RCPT", False, (), S),
    ("ctl-no-avsender-sperret", "550 5.7.1 Avsenderen er sperret", "5.7.1", "RCPT", False, (), ANY),
    ("ctl-hu-felado-tiltva", "550 5.7.1 A feladó le van tiltva", "5.7.1", "RCPT", False, (), ANY),
    ("ctl-tr-sertifika-suresi", "550 5.7.1 Sertifikanın süresi doldu", "5.7.1", "RCPT", False, (), ANY),
    ("ctl-fi-varmenne-vanhentunut", "550 5.7.1 Varmenne on vanhentunut", "5.7.1", "RCPT", False, (), ANY),
    ("fi-sahkopostitili-suljettu", "550 Sähköpostitili on poistettu käytöstä", "5.0.0", "RCPT", False, SUSPEND, R),
    ("no-kontoen-sperret-521", "550 5.2.1 Kontoen er sperret", "5.2.1", "RCPT", False, SUSPEND, R),
    ("ctl-server-storage-limit", "452 4.3.1 Server storage limit reached, try later", "4.3.1", "RCPT", False, (),
     ANY),
    ("inbox-storage-limit-exceeded", "552 5.2.2 Inbox storage limit exceeded", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
])
