"""Codes 63: a first-run MEASUREMENT of the classifier where the enhanced status code and the server's words
disagree, or where only a code speaks. Issue 13's principle: a permanent failure whose wording says the recipient
does not exist is userunknown, hard, whatever the code's class (5.7.x policy, 5.0.0, 5.5.0, 5.2.0); an unknown
wording under a permanent status is decided by the status subject (X.1 address, X.2 mailbox, X.3 system, X.4
routing, X.7 policy) and the reply code; onhold (soft) only where the server said nothing usable. Controls aimed at
FALSE HARDS sit in review_codes63_more.py: 5.7.1 policy texts that name the recipient but not its absence, 5.1.1
over a text saying OUR sender is unknown, 5.1.x codes on spam or greylisting refusals, 4.x.x "user unknown".

Census before writing (grep of tests/classifier/review_*.py): 5.7.1 beside absence words is in 51 modules (mostly
Postfix's and Exchange's own layouts with 5.1.1 beside it), 5.1.10 in 76, Mimecast's "Invalid Recipient" in 47,
RESOLVER.ADR.RecipientNotFound in 45, EOP's 5.4.1 "Access denied" in 37; 5.7.0 with absence words in 1, a DSN
Status with no Diagnostic-Code in almost none, Exchange's 5.7.1 "permission or security issue" lead over an absence
reply, sendmail's Status 5.0.0 (a reply with no enhanced code) over absence words, and 4.x.x "no such user" after
the queue gave up, hardly at all. These rows aim at those.

Expected rows (address, hard, reasons, scope, delay) written from the servers' words, RFC 3463 / the IANA registry
(iana.org/assignments/smtp-enhanced-status-codes: X.1.0 "Other address status", X.1.1 "Bad destination mailbox
address", X.1.2 "Bad destination system address", X.2.1 "Mailbox disabled", X.7.x policy) and shared/classifier/
taxonomy.md BEFORE the classifier ran on them (committed first). Names "c63-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, HU, R, ex_remote, exo_remote, g_remote, hard, pf_remote, soft
from tests.classifier.review_holdout50_layouts import (DATE, EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SELLER, SENDMAIL_SRC, _orig, exchange_old, qmail,
                                                       sendmail)

IANA = "IANA SMTP Enhanced Status Codes registry (RFC 3463 / RFC 5248; iana.org/assignments/smtp-enhanced-status-codes)"
PF_ACCESS = ("Postfix access(5) in check_recipient_access: 'REJECT optional text...' (the admin's own code and text; "
             "smtpd_check.c prefixes 'Recipient address rejected: ')")
SM_VIRT = "sendmail cf/README virtusertable 'error:D.S.N:### text' (the admin writes the enhanced code and the text)"
SM_NOUSER = "sendmail deliver.c / savemail.c: a reply with no enhanced code gets Status 5.0.0 from its 550 ('... User unknown')"
YANDEX = "Yandex's RCPT reply '550 5.7.1 No such user!' (a public transcript, pastebin.com/UWADPXYL)"
BARRA_RV = ("Barracuda Email Security Gateway recipient verification ('550 No such user (<address>)'; Barracuda "
            "campus 'Recipient verification'); Postfix derives Status 5.0.0 from a bare 550 (smtp_proto.c)")
MIMECAST = "Mimecast 'SMTP Error Codes' (community.mimecast.com/docs/DOC-1369#550: '550 Invalid Recipient')"
IRONPORT = "Cisco Secure Email (IronPort) LDAP acceptance query: '550 #5.1.0 Address rejected' (Cisco user guide 'LDAP Queries')"
ZIMBRA = "Zimbra (Postfix) reject_unlisted_recipient with an empty reason: '550 5.1.1 <a>: Recipient address rejected: <a>'"
HALON = "Halon-based gateway (one.com) '550 5.1.1 <id> Recipient Rejected [503]' (a public transcript, pastebin.com/S0ay8vQY)"
AOL_RR = "AOL's RCPT reply '550 5.1.1 <a>: Recipient address rejected: aol.com' (a public transcript, pastebin.com/UWADPXYL)"
QPSMTPD = ("qpsmtpd Qpsmtpd::DSN (manpages.ubuntu.com Qpsmtpd::DSN.3pm): with no message it sends the RFC's own "
           "text ('Bad destination mailbox address'); no_such_user is X.1.0 with DENYSOFT (450) by default")
GREF = "Google Workspace 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730)"
EX_SECURITY = ("Exchange 2013/2016 NDR explanation for 5.7.1 ('Your message wasn't delivered due to a permission or "
               "security issue...'; learn.microsoft.com 'Exchange Server NDR 5.7.1')")
RFC3464 = "RFC 3464 section 2.3 (Diagnostic-Code is optional: a gateway's DSN may carry only Action and Status)"

SECURITY_LEAD = ("Your message wasn't delivered due to a permission or security issue. It may have been rejected by a "
                 "moderator, the address may only accept e-mail from certain senders, or another restriction may be "
                 "preventing delivery.")


def policy(a: str, reasons: tuple = (), scope: str | None = ANY) -> list[tuple]:
    return soft(a, reasons, scope)


def status_only(rid: str, a: str, status: str, *, action: str = "failed", host: str = "gw1.mailsec-gateway.net") -> bytes:
    """A filtering gateway's RFC 3464 report with Action and Status only: no Diagnostic-Code, no remote words."""
    return (
        f"Return-Path: <>\nFrom: Mail Delivery System <postmaster@{host}>\nTo: {SELLER}\nDate: {DATE}\n"
        f"Subject: Delivery Status Notification ({'Delay' if action == 'delayed' else 'Failure'})\n"
        f"Auto-Submitted: auto-replied\nMessage-Id: <dsn.{rid}@{host}>\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b-{rid}\"\n\n"
        f"--b-{rid}\nContent-Type: text/plain; charset=us-ascii\n\n"
        + ("Delivery to the following recipient has been delayed:\n\n" if action == "delayed"
           else "Delivery to the following recipient failed:\n\n") + f"    {a}\n\n"
        f"--b-{rid}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {host}\nArrival-Date: {DATE}\n\n"
        f"Final-Recipient: rfc822; {a}\nAction: {action}\nStatus: {status}\nLast-Attempt-Date: {DATE}\n\n"
        f"--b-{rid}\nContent-Type: message/rfc822\n\n" + _orig(SELLER, a, f"{rid}@example.com") + f"\n--b-{rid}--\n"
    ).encode()


GW = "the gateway's DSN with Status only (" + RFC3464 + ")"

# The recipient's absence in words, under a code of another subject (policy, other, protocol, mailbox): hard.
WORDS_ROWS = [
    ("c63-pf-access-571-user-unknown", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("c1", "d.ferreira@castlegate-supply.com", "550 5.7.1 <d.ferreira@castlegate-supply.com>: Recipient "
               "address rejected: User unknown", "5.7.1", "mx.castlegate-supply.com"), hard("d.ferreira@castlegate-supply.com")),
    ("c63-pf-access-571-mailbox-does-not-exist", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("c2", "r.varga@northmere-tools.eu", "554 5.7.1 <r.varga@northmere-tools.eu>: Recipient address "
               "rejected: This mailbox does not exist", "5.7.1", "mail.northmere-tools.eu"), hard("r.varga@northmere-tools.eu")),
    ("c63-exim-yandex-571-no-such-user", f"{EXIM_SRC}; {YANDEX}",
     ex_remote("c3", "p.sokolov@yandex.ru", "550 5.7.1 No such user!", "mx.yandex.ru"), hard("p.sokolov@yandex.ru")),
    ("c63-sm-virtuser-570-address-does-not-exist", f"{SENDMAIL_SRC}; {SM_VIRT}",
     sendmail("c4", "j.brandt@lindqvist-bau.de", remote="mx01.lindqvist-bau.de", rcpt_reply="550 5.7.0 "
              "<j.brandt@lindqvist-bau.de>... Address does not exist", status="5.7.0"), hard("j.brandt@lindqvist-bau.de")),
    ("c63-sm-500-user-unknown", f"{SENDMAIL_SRC}; {SM_NOUSER}",
     sendmail("c5", "m.okafor@riverbend-agri.com", remote="mail.riverbend-agri.com", rcpt_reply="550 "
              "<m.okafor@riverbend-agri.com>... User unknown", status="5.0.0"), hard("m.okafor@riverbend-agri.com")),
    ("c63-pf-550-no-enhanced-barracuda-no-such-user", f"{POSTFIX_SRC}; {BARRA_RV}",
     pf_remote("c6", "t.nguyen@harbor-lane.com", "550 No such user (t.nguyen@harbor-lane.com)", "5.0.0",
               "d123456a.ess.barracudanetworks.com"), hard("t.nguyen@harbor-lane.com")),
    ("c63-pf-550-user-unknown-550", f"{POSTFIX_SRC}; hand-made: an admin's hand-set 5.5.0 ({IANA}: X.5.0 'Other or "
     "undefined protocol status') beside 'user unknown'; RFC 5321 4.2.3 (550 'mailbox unavailable')",
     pf_remote("c7", "a.kowalczyk@vistula-print.pl", "550 5.5.0 <a.kowalczyk@vistula-print.pl>: user unknown",
               "5.5.0", "mx.vistula-print.pl"), hard("a.kowalczyk@vistula-print.pl")),
    ("c63-pf-520-mailbox-does-not-exist", f"{POSTFIX_SRC}; {PF_ACCESS} (X.2.0 'Other or undefined mailbox status')",
     pf_remote("c8", "s.moreau@belvoir-atelier.fr", "550 5.2.0 <s.moreau@belvoir-atelier.fr>: Recipient address "
               "rejected: mailbox does not exist", "5.2.0", "mx1.belvoir-atelier.fr"), hard("s.moreau@belvoir-atelier.fr")),
    ("c63-exo-remote-571-user-does-not-exist", f"{EXO_SRC}; {PF_ACCESS}",
     exo_remote("c9", "k.tanaka@sakura-trade.jp", "550 5.7.1 <k.tanaka@sakura-trade.jp>: Recipient address rejected: "
                "user k.tanaka@sakura-trade.jp does not exist", "5.7.1", "mx.sakura-trade.jp"), hard("k.tanaka@sakura-trade.jp")),
    ("c63-gmail-571-user-unknown", f"{GMAIL_SRC}; {PF_ACCESS}",
     g_remote("c10", "h.lindgren@oresund-marine.se", "550 5.7.1 <h.lindgren@oresund-marine.se>: Recipient address "
              "rejected: User unknown", "5.7.1", "mx.oresund-marine.se", heading="Message not delivered",
              lead="There was a problem delivering your message to {a}. See the technical details below."),
     hard("h.lindgren@oresund-marine.se")),
    ("c63-exch-old-security-lead-571-no-such-user", f"{EXO_OLD_SRC}; {EX_SECURITY}; cPanel Exim 'No Such User Here'",
     exchange_old("c11", "b.castillo@altamar-logistica.es", explain=SECURITY_LEAD, diag="550 5.7.1 "
                  "<b.castillo@altamar-logistica.es>: No Such User Here", status="5.7.1",
                  remote="mx.altamar-logistica.es"), hard("b.castillo@altamar-logistica.es")),
    ("c63-qmail-remote-571-no-such-recipient", f"{QMAIL_SRC}; {PF_ACCESS}",
     qmail("c12", "l.petrov@danube-steel.bg", detail="203.0.113.44 does not like recipient.\nRemote host said: 550 "
           "5.7.1 <l.petrov@danube-steel.bg>: Recipient address rejected: No such recipient\nGiving up on "
           "203.0.113.44."), hard("l.petrov@danube-steel.bg")),
    ("c63-sm-mimecast-500-invalid-recipient", f"{SENDMAIL_SRC}; {MIMECAST}; {SM_NOUSER}",
     sendmail("c13", "c.reyes@pinecrest-dental.com", remote="us-smtp-inbound-1.mimecast.com", rcpt_reply="550 Invalid "
              "Recipient - https://community.mimecast.com/docs/DOC-1369#550 [aB3dEf12GhIjKl.us123]", status="5.0.0"),
     hard("c.reyes@pinecrest-dental.com")),
    ("c63-qmail-ironport-510-address-rejected", f"{QMAIL_SRC}; {IRONPORT}",
     qmail("c14", "f.huber@alpenblick-hotel.at", detail="198.18.7.20 does not like recipient.\nRemote host said: 550 "
           "#5.1.0 Address rejected f.huber@alpenblick-hotel.at\nGiving up on 198.18.7.20."),
     hard("f.huber@alpenblick-hotel.at")),
    ("c63-pf-yahoo-500-no-account", f"{POSTFIX_SRC}; Yahoo Sender Hub 'SMTP error codes' (554 'delivery error: dd "
     "This user doesn't have a yahoo.com account')",
     pf_remote("c15", "jenna.w1987@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account "
               "(jenna.w1987@yahoo.com) [0] - mta4112.mail.gq1.yahoo.com", "5.0.0", "mta6.am0.yahoodns.net"),
     hard("jenna.w1987@yahoo.com")),
    ("c63-exim-eop-541-dbeb-access-denied", f"{EXIM_SRC}; Exchange Online Protection 5.4.1 (directory-based edge "
     "blocking: the recipient is not in the tenant; learn.microsoft.com 'Fix NDR 550 5.4.1')",
     ex_remote("c16", "o.brennan@kilkenny-media.ie", "550 5.4.1 Recipient address rejected: Access denied. "
               "AS(201806281) [DB3PEPF0000885A.eurprd02.prod.outlook.com 2025-10-14T09:12:44.321Z 08DE0A1B2C3D4E70]",
               "kilkennymedia-ie.mail.protection.outlook.com"), hard("o.brennan@kilkenny-media.ie")),
]

# Only a code speaks: the text is content-free (the address, the domain, the RFC's own name for the code).
CODE_ROWS = [
    ("c63-pf-zimbra-511-address-only", f"{POSTFIX_SRC}; {ZIMBRA}",
     pf_remote("d1", "v.rossi@lagunaverde.it", "550 5.1.1 <v.rossi@lagunaverde.it>: Recipient address rejected: "
               "v.rossi@lagunaverde.it", "5.1.1", "mail.lagunaverde.it"), hard("v.rossi@lagunaverde.it")),
    ("c63-pf-511-domain-only", f"{POSTFIX_SRC}; {AOL_RR}",
     pf_remote("d2", "gfm2231@aol.com", "550 5.1.1 <gfm2231@aol.com>: Recipient address rejected: aol.com", "5.1.1",
               "mx-aol.mail.gm0.yahoodns.net"), hard("gfm2231@aol.com")),
    ("c63-pf-halon-511-recipient-rejected", f"{POSTFIX_SRC}; {HALON}",
     pf_remote("d3", "j.s@elmvik-bygg.se", "550 5.1.1 yG4QZNGttZRyvy Recipient Rejected [503]", "5.1.1",
               "mx.elmvik-bygg.se"), hard("j.s@elmvik-bygg.se")),
    ("c63-pf-qpsmtpd-511-rfc-name", f"{POSTFIX_SRC}; {QPSMTPD}",
     pf_remote("d4", "n.olsen@fjellvann.no", "550 5.1.1 Bad destination mailbox address", "5.1.1", "mx.fjellvann.no"),
     hard("n.olsen@fjellvann.no")),
    ("c63-pf-5110-recipient-rejected", f"{POSTFIX_SRC}; {IANA} (X.1.10 'Recipient address has null MX')",
     pf_remote("d5", "info@parked-brand.net", "550 5.1.10 <info@parked-brand.net>: Recipient address rejected",
               "5.1.10", "mx.parked-brand.net"), [("info@parked-brand.net", True, ("userunknown", "notaccept"), R, False)]),
    ("c63-pf-512-rfc-name", f"{POSTFIX_SRC}; {QPSMTPD}; {IANA}",
     pf_remote("d6", "sales@old-brand-tools.com", "550 5.1.2 Bad destination system address", "5.1.2",
               "mx.old-brand-tools.com"), [("sales@old-brand-tools.com", True, HU, R, False)]),
    ("c63-pf-521-recipient-rejected", f"{POSTFIX_SRC}; {IANA} (X.2.1 'Mailbox disabled, not accepting messages')",
     pf_remote("d7", "e.walsh@greystone-law.com", "550 5.2.1 <e.walsh@greystone-law.com>: Recipient address rejected",
               "5.2.1", "mx.greystone-law.com"), soft("e.walsh@greystone-law.com", (), ANY)),
    ("c63-pf-500-recipient-rejected", f"{POSTFIX_SRC}; {IANA} (X.0.0: only the class is known)",
     pf_remote("d8", "g.ivanova@sever-stroy.ru", "550 5.0.0 <g.ivanova@sever-stroy.ru>: Recipient address rejected",
               "5.0.0", "mx.sever-stroy.ru"), soft("g.ivanova@sever-stroy.ru", (), ANY)),
    ("c63-exim-511-address-only", f"{EXIM_SRC}; {IANA}",
     ex_remote("d9", "w.schulz@rheinhafen-log.de", "550 5.1.1 <w.schulz@rheinhafen-log.de>", "mx.rheinhafen-log.de"),
     hard("w.schulz@rheinhafen-log.de")),
    ("c63-gmail-511-mx-only", f"{GMAIL_SRC}; {ZIMBRA} (the MX host as the reason)",
     g_remote("d10", "q.li@jadeport-electronics.com", "550 5.1.1 <q.li@jadeport-electronics.com>: Recipient address "
              "rejected: mail.jadeport-electronics.com", "5.1.1", "mail.jadeport-electronics.com"),
     hard("q.li@jadeport-electronics.com")),
    ("c63-gmail-521-recipient-rejected", f"{GMAIL_SRC}; {IANA} (X.2.1)",
     g_remote("d11", "u.demir@bosphorus-tekstil.com.tr", "550 5.2.1 <u.demir@bosphorus-tekstil.com.tr>: Recipient "
              "address rejected", "5.2.1", "mx.bosphorus-tekstil.com.tr", heading="Message not delivered",
              lead="There was a problem delivering your message to {a}. See the technical details below."),
     soft("u.demir@bosphorus-tekstil.com.tr", (), ANY)),
    ("c63-exo-remote-512-rfc-name", f"{EXO_SRC}; {QPSMTPD}; {IANA}",
     exo_remote("d12", "office@closed-firm.biz", "550 5.1.2 Bad destination system address", "5.1.2", "mx.closed-firm.biz"),
     [("office@closed-firm.biz", True, HU, R, False)]),
    ("c63-gw-status-only-511", f"{GW}; {IANA}", status_only("d13", "y.haddad@cedarpoint-med.com", "5.1.1"),
     hard("y.haddad@cedarpoint-med.com")),
    ("c63-gw-status-only-5110", f"{GW}; {IANA}", status_only("d14", "hello@nullmx-brand.io", "5.1.10"),
     [("hello@nullmx-brand.io", True, ("userunknown", "notaccept"), R, False)]),
    ("c63-gw-status-only-512", f"{GW}; {IANA}", status_only("d15", "team@expired-startup.co", "5.1.2"),
     [("team@expired-startup.co", True, HU, R, False)]),
    ("c63-gw-status-only-521", f"{GW}; {IANA}", status_only("d16", "i.novak@vltava-glass.cz", "5.2.1"),
     soft("i.novak@vltava-glass.cz", (), ANY)),
    ("c63-gw-status-only-571", f"{GW}; {IANA}", status_only("d17", "c.mbeki@karoo-mining.co.za", "5.7.1"),
     soft("c.mbeki@karoo-mining.co.za", (), ANY)),
    ("c63-gw-status-only-500", f"{GW}; {IANA}", status_only("d18", "a.silva@atlantico-pescas.pt", "5.0.0"),
     soft("a.silva@atlantico-pescas.pt", (), ANY)),
    ("c63-gw-status-only-411-delayed", f"{GW}; {IANA}",
     status_only("d19", "r.kaur@punjab-textiles.in", "4.1.1", action="delayed"),
     [("r.kaur@punjab-textiles.in", False, (), ANY, True)]),
    ("c63-gw-status-only-522", f"{GW}; {IANA} (X.2.2 'Mailbox full')", status_only("d20", "m.ali@nile-cargo.eg", "5.2.2"),
     soft("m.ali@nile-cargo.eg", ("mailboxfull",), ANY)),
]

ROWS = WORDS_ROWS + CODE_ROWS
