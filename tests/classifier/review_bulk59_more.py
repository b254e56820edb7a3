"""Bulk 59's rows for Yahoo, Microsoft (Outlook.com's 2025 high-volume rule, its block lists, Exchange Online's
own sending refusals), Apple iCloud, Comcast, Orange and United Internet (GMX, web.de, mail.com), each beside a
recipient-side control under the same provider (see review_bulk59.py for the method; written before any run)."""

from __future__ import annotations

from tests.classifier.review_bulk59_layouts import (APPLE, AU, AUD, BLK, COMCAST, EXO_DOC, FULL, IP, MS_HV, ORANGE,
                                                    POLICY, PTR, RATE, REP, UI, YAHOO_DOC, ex_later, ex_said, g_later,
                                                    g_said, gone, ours, ours_later, pf_later, pf_said, theirs)
from tests.classifier.review_holdout50 import ANY, exo_unknown
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, exo, postfix

NL = "\n    "
YMX = "mta6.am0.yahoodns.net"
OLMX = "hotmail-com.olc.protection.outlook.com"
EOPMX = "northwind-co.mail.protection.outlook.com"
ICMX = "mx01.mail.icloud.com"
CCMX = "mx1.comcast.net"
ORMX = "smtp-in.orange.fr"
GMXMX = "mx00.emig.gmx.net"
WEBMX = "mx-ha03.web.de"
YURL = "https://postmaster.yahooinc.com/error-codes"
OLC = "[BN3PEPF0000B36F.namprd21.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E70]"

YAHOO_ROWS = [
    ("bk59-gmail-yahoo-5-7-9-policy-reasons", f"{GMAIL_SRC}; {YAHOO_DOC} (554 5.7.9 at end of data: failed the "
     "sending domain's DMARC or DKIM policy, the page's 'Authentication failures')",
     g_said("y1", "kelly.marsh@yahoo.com", f"554 5.7.9 Message not accepted for policy reasons.  See {YURL}", "5.7.9",
            YMX), ours("kelly.marsh@yahoo.com", POLICY)),
    ("bk59-pf-yahoo-5-7-9-policy-reasons", f"{POSTFIX_SRC}; {YAHOO_DOC} (the same reply through Postfix)",
     pf_said("y2", "r.oconnell@aol.com", f"554 5.7.9 Message not accepted for policy reasons.  See {YURL}", "5.7.9",
             mx="mx-aol.mail.gm0.yahoodns.net"), ours("r.oconnell@aol.com", POLICY)),
    ("bk59-exim-delay-yahoo-tss04", f"{EXIM_SRC}; {YAHOO_DOC} (421 4.7.0 [TSS04]: 'Message temporarily deferred "
     "(eg: TS* Errors)': complaints, poor IP reputation, unusual traffic; a delay)",
     ex_later("y3", "jmoreno77@yahoo.com", f"421 4.7.0 [TSS04] Messages from {IP} temporarily deferred due to "
              f"unexpected volume or user complaints - 4.16.55.1; see {YURL}", mx=YMX, after="MAIL FROM:<seller@"
              "example.com> SIZE=4210"),
     ours_later("jmoreno77@yahoo.com", ("speeding", "blocked", "badreputation", "spamdetected", "toomanyconn"))),
    ("bk59-exim-delay-yahoo-unresolvable-from", f"{EXIM_SRC}; {YAHOO_DOC} ('Unresolvable RFC.5321 or RFC.5322 from "
     "domain': OUR MAIL FROM domain has no SOA; 451, a delay); reply text HAND-MADE after that section (weak)",
     ex_later("y4", "p.adams.nyc@yahoo.com", "451 Message temporarily deferred due to unresolvable RFC.5321 from "
              f"domain; see {YURL}#unresolvable-from-domain", mx=YMX, after="MAIL FROM:<seller@example.com> SIZE=4210"),
     ours_later("p.adams.nyc@yahoo.com", ("rejected", "policyviolation", "networkerror", "systemerror"))),
    ("bk59-gmail-yahoo-bl21-spamhaus", f"{GMAIL_SRC}; {YAHOO_DOC} ('Your IP is listed by Spamhaus')",
     g_said("y5", "tina.brooks@yahoo.com", f"553 5.7.1 [BL21] Connections will not be accepted from {IP}, because "
            f"the ip is in Spamhaus's list; see {YURL}", "5.7.1", YMX), ours("tina.brooks@yahoo.com", BLK)),
    ("bk59-pf-yahoo-no-such-account", f"{POSTFIX_SRC}; {YAHOO_DOC} ('Recipient does not exist'; the page's own "
     "failure example 'delivery error: dd This user doesn't have a yahoo.com account')",
     pf_said("y6", "mike.dorsey1988@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account "
             "(mike.dorsey1988@yahoo.com) [0] - mta1012.mail.gq1.yahoo.com", "5.0.0", mx=YMX, command="end of DATA"),
     gone("mike.dorsey1988@yahoo.com")),
]

MS_ROWS = [
    ("bk59-exim-5-7-515-does-not-meet", f"{EXIM_SRC}; {MS_HV} (the announced 'does not meet' form)",
     ex_said("m1", "steve.harlan@hotmail.com", f"550 5.7.515 Access denied, sending domain EXAMPLE.COM does not meet "
             f"the required authentication level. {OLC}", mx=OLMX), ours("steve.harlan@hotmail.com", AU)),
    ("bk59-gmail-5-7-515-does-not-meet", f"{GMAIL_SRC}; {MS_HV} (the same refusal to our Workspace user)",
     g_said("m2", "amy.tran@outlook.com", "550 5.7.515 Access denied, sending domain example.com does not meet the "
            f"required authentication level. {OLC}", "5.7.515", "outlook-com.olc.protection.outlook.com"),
     ours("amy.tran@outlook.com", AU)),
    ("bk59-pf-5-7-515-does-not-meet", f"{POSTFIX_SRC}; {MS_HV} (at end of DATA, the domain in lower case)",
     pf_said("m3", "bill.okoro@live.com", "550 5.7.515 Access denied, sending domain example.com does not meet the "
             f"required authentication level. {OLC}", "5.7.515", mx="live-com.olc.protection.outlook.com"),
     ours("bill.okoro@live.com", AU)),
    ("bk59-exim-s3150-block-list", f"{EXIM_SRC}; {MS_HV} (Outlook.com's S3150: part of our provider's network on "
     "its block list)",
     ex_said("m4", "grace.lee82@hotmail.com", f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please "
             "contact your Internet service provider since part of their network is on our block list (S3150). You "
             f"can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. {OLC}", mx=OLMX,
             after="RCPT TO:<grace.lee82@hotmail.com>"), ours("grace.lee82@hotmail.com", BLK)),
    ("bk59-gmail-5-7-606-banned-ip", f"{GMAIL_SRC}; {EXO_DOC} (550 5.7.606 banned sending IP, AS(1430))",
     g_said("m5", "ops@contoso-foods.com", f"550 5.7.606 Access denied, banned sending IP [{IP}]. To request removal "
            "from this list please visit https://sender.office.com/ and follow the directions. For more information "
            "please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [DB3PEPF0000885B.eurprd02.prod."
            "outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E71]", "5.7.606", "contoso-foods-com.mail.protection."
            "outlook.com"), ours("ops@contoso-foods.com", BLK)),
    ("bk59-pf-eop-spamhaus-as1450", f"{POSTFIX_SRC}; {EXO_DOC} (EOP's 'Client host [...] blocked using Spamhaus', "
     "AS(1450))",
     pf_said("m6", "buyer@northwind-co.com", f"550 5.7.1 Service unavailable, Client host [{IP}] blocked using "
             f"Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/{IP} AS(1450) "
             "[AM4PEPF00027A60.eurprd04.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E72]", "5.7.1",
             mx=EOPMX, command="RCPT TO"), ours("buyer@northwind-co.com", BLK)),
    ("bk59-exim-delay-4-7-650-ip-reputation", f"{EXIM_SRC}; {EXO_DOC} (451 4.7.650 rate limited due to IP "
     "reputation, S775; a delay)",
     ex_later("m7", "n.patel@hotmail.co.uk", f"451 4.7.650 The mail server [{IP}] has been temporarily rate limited due "
              "to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) "
              "[Name=Protocol Filter Agent][AGT=PFA][MxId=11BB6E5C9AC3D0A1] [AMS0EPF000001A2.eurprd05.prod.outlook."
              "com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E73]", mx="eur.olc.protection.outlook.com",
              after="RCPT TO:<n.patel@hotmail.co.uk>"),
     ours_later("n.patel@hotmail.co.uk", REP + ("speeding",))),
    ("bk59-exo-own-5-7-705-tenant-threshold", f"{EXO_SRC}; {EXO_DOC} (550 5.7.705: OUR tenant is blocked from "
     "sending for exceeding its threshold; our own service's NDR, no Remote-MTA)",
     exo("m8", "s.ivanova@lumen-partners.eu", why="Your message couldn't be delivered because your organization has "
         "exceeded its sending limits.", fix="How to Fix It\nContact your email admin.",
         diag="550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to "
         "https://aka.ms/EXOSmtpErrors", status="5.7.705"),
     ours("s.ivanova@lumen-partners.eu", ("securityerror", "policyviolation", "blocked", "speeding", "rejected",
                                          "spamdetected"))),
    ("bk59-pf-outlook-mailbox-unavailable", f"{POSTFIX_SRC}; {MS_HV} (the recipient-side control: Outlook.com's "
     "'Requested action not taken: mailbox unavailable (S2017062302)')",
     pf_said("m9", "jenny.w.1990@hotmail.com", "550 5.5.0 Requested action not taken: mailbox unavailable "
             f"(S2017062302). {OLC}", "5.5.0", mx=OLMX, command="RCPT TO"), gone("jenny.w.1990@hotmail.com")),
    ("bk59-exo-mailbox-full-quota", f"{EXO_SRC}; {EXO_DOC} (the recipient-side control: 554 5.2.2 mailbox full, "
     "QuotaExceededException)",
     exo("m10", "f.hoffmann@northwind-co.com", why="Your message wasn't delivered because the "
                          "recipient's mailbox is full.", fix="How to Fix It\nContact the recipient by some other "
                          "means and ask them to free up space.", diag="554 5.2.2 mailbox full; STOREDRV.Deliver."
                          "Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process "
                          "message due to a permanent exception with message [BeginDiagnosticData]", status="5.2.2",
                          remote=EOPMX), theirs("f.hoffmann@northwind-co.com", FULL)),
    ("bk59-exo-recipient-not-found", f"{EXO_SRC} (the recipient-side control: 550 5.1.10 RecipientNotFound)",
     exo_unknown("m11", "k.morgan@northwind-co.com"), gone("k.morgan@northwind-co.com")),
]

ISP_ROWS = [
    ("bk59-gmail-icloud-dmarc-policy", f"{GMAIL_SRC}; {APPLE} ('Your message was rejected due to <domain> DMARC "
     "policy')",
     g_said("a1", "lucas.fontaine@icloud.com", "550 5.7.1 Your message was rejected due to example.com DMARC policy. "
            "See https://support.apple.com/102322", "5.7.1", ICMX), ours("lucas.fontaine@icloud.com", AUD)),
    ("bk59-pf-delay-icloud-excessive-volume", f"{POSTFIX_SRC}; {APPLE} ('Messages to <address> deferred due to "
     "excessive volume': the volume AT that recipient, whose side the words leave open; a delay)",
     pf_later("a2", "olivia.grant@icloud.com", "421 4.7.1 Messages to olivia.grant@icloud.com deferred due to "
              "excessive volume. Try again later - https://support.apple.com/en-us/HT204137", "4.7.1", mx=ICMX),
     [("olivia.grant@icloud.com", False, (), ANY, True)]),
    ("bk59-exim-icloud-user-does-not-exist", f"{EXIM_SRC}; {APPLE} (the recipient-side control: '<address>: user "
     "does not exist')",
     ex_said("a3", "nate.bishop@me.com", "550 5.1.1 <nate.bishop@me.com>: user does not exist", mx=ICMX,
             after="RCPT TO:<nate.bishop@me.com>"), gone("nate.bishop@me.com")),
    ("bk59-pf-comcast-dm000001-dmarc", f"{POSTFIX_SRC}; {COMCAST} (550 5.2.0 + DMARC: a mailbox subject beside DMARC "
     "words)",
     pf_said("c1", "dwilliams@comcast.net", "550 5.2.0 meQj1n01053u42A0HeQj3v Message rejected due to DMARC. Please "
             "see http://postmaster.comcast.net/smtp-error-codes.php#DM000001", "5.2.0", mx=CCMX),
     ours("dwilliams@comcast.net", AUD)),
    ("bk59-pf-delay-comcast-ptr-refused-to-talk", f"{POSTFIX_SRC} ('refused to talk to me' at the greeting, deferred "
     "as Postfix defers it); {COMCAST} (valid rDNS required); the greeting's words after the PTR refusal Comcast "
     "published (as avolio.com/weblog/2008/06/28 quotes it)",
     postfix("c2", "rhenderson@comcast.net", reason=f"delivery temporarily suspended: host {CCMX}[96.114.157.80] "
             f"refused to talk to me: 554 resimta-po-21v.sys.comcast.net comcast {IP} Comcast requires that all "
             "mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not "
             "fill that requirement. For more information, refer to: https://postmaster.comcast.net/smtp-error-codes."
             "php", status="4.0.0", remote=CCMX, diag=f"554 resimta-po-21v.sys.comcast.net comcast {IP} Comcast "
             "requires that all mail servers must have a PTR record with a valid Reverse DNS entry.", action="delayed"),
     ours_later("rhenderson@comcast.net", PTR)),
    ("bk59-exim-delay-orange-ofr004-104", f"{EXIM_SRC}; {ORANGE} (too many connections; a delay)",
     ex_later("o1", "m.lefebvre@orange.fr", "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre "
              "configuration. Too many connections, slow down. OFR004_104 [104]", mx=ORMX, after="initial connection"),
     ours_later("m.lefebvre@orange.fr", RATE)),
    ("bk59-pf-delay-orange-ofr004-105", f"{POSTFIX_SRC}; {ORANGE} (service refused to our IP; a delay)",
     pf_later("o2", "c.girard@wanadoo.fr", "421 mwinf5c22 ME Service refuse. Veuillez essayer plus tard. Service "
              "refused, please try later. OFR004_105 [105]", "4.0.0", mx=ORMX, command="MAIL FROM"),
     ours_later("c.girard@wanadoo.fr")),
    ("bk59-gmail-gmx-dmarc-r2001", f"{GMAIL_SRC}; {UI} (multi-line, case r2001: the domain's DMARC policy)",
     g_said("x1", "jens.krueger@gmx.de", "554-Transaction failed 554-Reject due to domain's DMARC policy 554 For "
            f"explanation visit https://postmaster.gmx.net/en/case?c=r2001&i=ip&v={IP}&r=1MNcgj-1ue23t3pyV-00S2YR",
            "5.0.0", GMXMX), ours("jens.krueger@gmx.de", AUD)),
    ("bk59-exim-gmx-spf-policy", f"{EXIM_SRC}; {UI} (the SPF refusal at MAIL FROM, naming OUR sender address)",
     ex_said("x2", "anja.wolf@gmx.net", "550 <seller@example.com>: Reject due to SPF policy. The originating IP of "
             "the message is not permitted by the domain owner", mx=GMXMX, after="MAIL FROM:<seller@example.com> "
             "SIZE=4210"), ours("anja.wolf@gmx.net", AU)),
    ("bk59-exim-webde-ip-block-listed", f"{EXIM_SRC}; {UI} (case r0201 at the greeting: our IP block listed)",
     ex_said("x3", "t.becker@web.de", NL.join(["554-web.de (mxweb112) Nemesis ESMTP Service not available",
             "554-No SMTP service", "554-IP address is block listed.", "554 For explanation visit https://postmaster."
             f"web.de/en/case?c=r0201&i=ip&v={IP}&r=1N2xAb-1uQ8Rk3C1v-00Pq7Z"]), mx=WEBMX, after="initial connection"),
     ours("t.becker@web.de", BLK)),
    ("bk59-gmail-gmx-mailbox-unavailable", f"{GMAIL_SRC}; {UI} (the recipient-side control: the recipient does not "
     "exist)",
     g_said("x4", "uwe.richter@gmx.de", "550 <uwe.richter@gmx.de>: Requested action not taken: mailbox unavailable",
            "5.0.0", GMXMX, blocked=False), gone("uwe.richter@gmx.de")),
    ("bk59-gmail-delay-gmx-too-many-mails", f"{GMAIL_SRC}; {UI} ('Es wurden zu viele E-Mails in zu kurzer Zeit "
     "eingeliefert': too many mails from us too fast; a delay); reply text HAND-MADE after that page (weak)",
     g_later("x5", "s.keller@web.de", "421-Service temporarily not available 421-Too many messages in a short time. "
             f"421 For explanation visit https://postmaster.web.de/en/case?c=t0102&i=ip&v={IP}&r=1Mz9Qw-1uX2y0Lk", "4.0.0",
             WEBMX), ours_later("s.keller@web.de", RATE)),
]

ROWS = YAHOO_ROWS + MS_ROWS + ISP_ROWS
