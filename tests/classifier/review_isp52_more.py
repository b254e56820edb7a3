"""Review isp52's other rows (review_isp52.py has the missing mailboxes and the names): mailboxes full, disabled or
inactive; refusals of OUR side (blocklists, reputation, rate limits: scope sender, soft); delays; domains not
found; and what those providers send that is no bounce. HAND-MADE, written before the classifier ran on them."""

from __future__ import annotations

from tests.classifier.review_holdout50 import BLOCKED, PROBLEM, ex_remote, g_dns, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC, exim, gmail
from tests.classifier.review_isp52 import AOLERR, BLOCK, BT, BTYAHOO, CHARTER, COMCAST, COX, CYBERSALT, ELNK, EX4, \
    FULL, HOTMAIL_BLOCK, HOTMAIL_OLD, HU, JUNO, NB, OURIP, PF2, S, SM8, SUSP, YAHOO_NEW, YAHOO_OLD, hard, later, soft
from tests.classifier.review_isp52_layouts import challenge, outlook_own, rr_relayed, yahoo_own
from tests.classifier.review_nonbounce46_layouts import gmail_vacation, mdn, outlook_oof
from tests.classifier.review_old36_layouts import sendmail8
from tests.classifier.review_old47_layouts import exim4_old, exim4_warning, postfix2

GIP = "209.85.220.41"
AOLFULL = "chilipepperweb.net 'Mail Quota Exceeded' (AOL: '552 jdoe@aol.com has a full mailbox')"
OLCFULL = ("learn.microsoft.com answers 5897236 (Outlook.com 'Mailbox full' / 'Quota exceeded'); Exchange's "
           "STOREDRV QuotaExceeded NDR text ('The recipient's mailbox is full and can't accept messages now')")
SUSP54 = "suped.com on Yahoo '554 30 ... This mailbox is disabled (554.30)'"

FULL_ROWS = [
    ("i52-sendmail8-aol-full-mailbox", f"{SM8}; {AOLFULL}",
     sendmail8("f1", "grandmaruth@aol.com", "permanent fatal errors", "... while talking to mailin-03.mx.aol.com.:\n"
               ">>> DATA\n<<< 552 grandmaruth@aol.com has a full mailbox\n554 5.0.0 <grandmaruth@aol.com>... Service "
               "unavailable", "Action: failed\nStatus: 5.2.2\nRemote-MTA: DNS; mailin-03.mx.aol.com\nDiagnostic-Code: "
               "SMTP; 552 grandmaruth@aol.com has a full mailbox", subject="Returned mail: see transcript for details"),
     soft("grandmaruth@aol.com", FULL)),
    ("i52-sendmail8-juno-quota-exceeded", f"{SM8}; {JUNO}",
     sendmail8("f2", "jdoe1947@juno.com", "permanent fatal errors", "... while talking to c.mx.juno.com.:\n>>> RCPT "
               "To:<jdoe1947@juno.com>\n<<< 552 <jdoe1947@juno.com>... Mail quota exceeded\n554 5.0.0 "
               "<jdoe1947@juno.com>... Service unavailable", "Action: failed\nStatus: 5.2.2\nRemote-MTA: DNS; "
               "c.mx.juno.com\nDiagnostic-Code: SMTP; 552 <jdoe1947@juno.com>... Mail quota exceeded",
               subject="Returned mail: see transcript for details"), soft("jdoe1947@juno.com", ("mailboxfull", "suspend"))),
    ("i52-sendmail8-hotmail-storage-allocation", f"{SM8}; {HOTMAIL_OLD}",
     sendmail8("f3", "sk8rgrl_88@hotmail.com", "permanent fatal errors", "... while talking to mx3.hotmail.com.:\n"
               ">>> DATA\n<<< 552 Requested mail action aborted: exceeded storage allocation\n554 5.0.0 "
               "<sk8rgrl_88@hotmail.com>... Service unavailable", "Action: failed\nStatus: 5.0.0\nRemote-MTA: DNS; "
               "mx3.hotmail.com\nDiagnostic-Code: SMTP; 552 Requested mail action aborted: exceeded storage allocation",
               subject="Returned mail: see transcript for details"), soft("sk8rgrl_88@hotmail.com", FULL)),
    ("i52-outlook-own-quota-exceeded", OLCFULL,
     outlook_own("f4", "amy.chen.homes@outlook.com", "The recipient's mailbox is full and can't accept messages now. "
                 "Please try resending your message later, or contact the recipient directly.",
                 "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuota"
                 "Exceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.",
                 "5.2.2"), soft("amy.chen.homes@outlook.com", FULL)),
    ("i52-gmail-yahoo-over-quota", f"{GMAIL_SRC}; {YAHOO_OLD} ('This account is over quota')",
     g_remote("f5", "bettyjo_crafts@yahoo.com", "554 delivery error: dd Sorry, your message to bettyjo_crafts@yahoo.com "
              "cannot be delivered. This account is over quota. - mta1183.mail.bf1.yahoo.com", "5.0.0",
              "mta7.am0.yahoodns.net", heading="Message not delivered", lead=PROBLEM),
     soft("bettyjo_crafts@yahoo.com", FULL)),
    ("i52-yahoo-own-disabled-discontinued", f"{YAHOO_OLD}; {CYBERSALT} #49 ('This account has been disabled or "
     "discontinued')", yahoo_own("f6", "pete.garage@yahoo.co.uk", "Sorry your message to pete.garage@yahoo.co.uk "
                                 "cannot be delivered. This account has been disabled or discontinued [#102]."),
     soft("pete.garage@yahoo.co.uk", SUSP)),
    ("i52-postfix-yahoo-disabled-554-30", f"{POSTFIX_SRC}; {SUSP54}",
     pf_remote("f7", "coachmike_fl@yahoo.com", "554 30 Sorry, your message to coachmike_fl@yahoo.com cannot be "
               "delivered. This mailbox is disabled (554.30).", "5.0.0", "mta5.am0.yahoodns.net",
               command="end of DATA"), soft("coachmike_fl@yahoo.com", SUSP)),
    ("i52-exim-juno-account-inactive", f"{EXIM_SRC}; {CYBERSALT} #76 (juno.com / netzero.com 'Account Inactive'); "
     f"{JUNO}", ex_remote("f8", "oldfarmhouse@juno.com", "550 5.2.1 <oldfarmhouse@juno.com>... Account Inactive",
                          "mx.vgs.untd.com"), soft("oldfarmhouse@juno.com", SUSP)),
    ("i52-exim4-old-yahoo-over-the-quota", f"{EX4}; pobox.com/bounce-common.mhtml ('<user@yahoo.com>: User is over "
     "the quota. You can try again later.')",
     exim4_old("f9", [("quiltqueen@yahoo.com", "SMTP error from remote mailer after RCPT TO:<quiltqueen@yahoo.com>:\n"
                       "host mx2.mail.yahoo.com [67.28.113.11]: 552 <quiltqueen@yahoo.com>: User is over the quota. "
                       "You can try again later.")]), soft("quiltqueen@yahoo.com", FULL)),
]

BLOCK_ROWS = [
    ("i52-exim-aol-rly-b1", f"{EXIM_SRC}; {AOLERR} ('554 RLY:B1', a dynamic block on complaints)",
     exim("b1", "carolyn.w@aol.com", detail="host mailin-02.mx.aol.com [64.12.88.164]\n    SMTP error from remote mail "
          "server after initial connection:\n    554- (RLY:B1) http://postmaster.info.aol.com/errors/554rlyb1.html\n"
          "    554 Connecting IP: 198.51.100.7"), soft("carolyn.w@aol.com", BLOCK, S)),
    ("i52-gmail-hotmail-sc-001", f"{GMAIL_SRC}; {HOTMAIL_BLOCK}",
     g_remote("b2", "tony.r.builds@hotmail.com", f"550 SC-001 (BAY004-MC4F49) Unfortunately, messages from {GIP} "
              "weren't sent. Please contact your Internet service provider since part of their network is on our "
              "block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
              "5.0.0", "mx1.hotmail.com", heading="Message blocked", lead=BLOCKED),
     soft("tony.r.builds@hotmail.com", BLOCK, S)),
    ("i52-postfix-outlook-s3150", f"{POSTFIX_SRC}; {HOTMAIL_BLOCK}",
     pf_remote("b3", "ellie.m.art@outlook.com", f"550 5.7.1 Unfortunately, messages from [{OURIP}] weren't sent. Please "
               "contact your Internet service provider since part of their network is on our block list (S3150). You "
               "can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
               "[DB3EUR04FT007.eop-eur04.prod.protection.outlook.com]", "5.7.1",
               "eur.olc.protection.outlook.com", command="MAIL FROM"), soft("ellie.m.art@outlook.com", BLOCK, S)),
    ("i52-exim-comcast-bl000010", f"{EXIM_SRC}; {COMCAST}",
     exim("b4", "fredsbarbershop@comcast.net", detail="host mx2c1.comcast.net [96.114.157.81]\n    SMTP error from "
          "remote mail server after initial connection:\n    554 resimta-po-30v.sys.comcast.net comcast "
          f"{OURIP} found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000010"),
     soft("fredsbarbershop@comcast.net", BLOCK, S)),
    ("i52-exim-cox-cxcnct-retry-timeout", f"{EXIM_SRC}; {COX} (the connection limit until the retry time ran out)",
     exim("b5", "dianes.dogs@cox.net", detail="host cxr.mx.a.cox.net [68.6.19.3]\n    SMTP error from remote mail "
          "server after initial connection:\n    421 cmsmtp blocked. Refer to Error Codes section at "
          "https://www.cox.com/internet/support/cox-postmaster-administration.html for more information. "
          "AUP#CXCNCT: retry timeout exceeded"),
     soft("dianes.dogs@cox.net", ("toomanyconn", "speeding", "blocked", "expired"), S)),
    ("i52-exim-btinternet-yahoo-ts03", f"{EXIM_SRC}; {BTYAHOO}",
     exim("b6", "i.plunkett@btinternet.com", detail="SMTP error from remote mail server after initial connection:\n"
          "    host mx1.bt.mail.yahoo.com [195.50.106.142]: 421 4.7.1 [TS03] All messages from 96.127.190.236 will be "
          "permanently deferred; Retrying will NOT succeed. See http://postmaster.yahoo.com/errors/421-ts03.html:\n"
          "    retry timeout exceeded"), soft("i.plunkett@btinternet.com", BLOCK, S)),
    ("i52-postfix-charter-aup-i-1310", f"{POSTFIX_SRC}; {CHARTER} (a rate-limit time-out of our sender)",
     pf_remote("b7", "mtnviewmotors@charter.net", "550 5.1.0 sender rejected AUP#I-1310", "5.1.0",
               "charter.net.inbound10.mxlogic.net", command="MAIL FROM"),
     soft("mtnviewmotors@charter.net", ("rejected", "speeding", "blocked", "badreputation"), S)),
    ("i52-gmail-btinternet-ip-reputation", f"{GMAIL_SRC}; {BT}",
     g_remote("b8", "graham.pottery@btinternet.com", f"550 Message rejected due to sender IP reputation ([{GIP}])",
              "5.0.0", "mx.bt.lon5.cpcloud.co.uk", heading="Message blocked", lead=BLOCKED),
     soft("graham.pottery@btinternet.com", BLOCK, S)),
    ("i52-postfix-earthlink-elnk-111", f"{POSTFIX_SRC}; {ELNK}",
     pf_remote("b9", "jwalker.cpa@earthlink.net", "550 5.7.1 Sender blocked error ELNK_111", "5.7.1",
               "mx01.earthlink-vadesecure.net", command="MAIL FROM"), soft("jwalker.cpa@earthlink.net", BLOCK, S)),
]

DELAY_ROWS = [
    ("i52-exim4-warning-aol-dyn-t1", f"{EX4} (warn_message); {AOLERR}; webpan.com 'Bounced Messages' (AOL "
     "'421-: (DYN:T1) ... 421 SERVICE NOT AVAILABLE')",
     exim4_warning("d1", "hank.lures@aol.com", "SMTP error from remote mailer after initial connection:\nhost "
                   "mailin-01.mx.aol.com [64.12.138.153]: 421-: (DYN:T1) http://postmaster.info.aol.com/errors/"
                   "421dynt1.html\n421 SERVICE NOT AVAILABLE"), later("hank.lures@aol.com")),
    ("i52-postfix-delayed-yahoo-tss04", f"{POSTFIX_SRC} (delay warning); {YAHOO_NEW} ([TSS04])",
     pf_remote("d2", "rosa.delgado71@yahoo.com", f"421 4.7.0 [TSS04] Messages from {OURIP} temporarily deferred due to "
               "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
               "4.7.0", "mta6.am0.yahoodns.net", action="delayed", command="MAIL FROM"),
     later("rosa.delgado71@yahoo.com")),
    ("i52-gmail-delayed-outlook-server-busy", f"{GMAIL_SRC} ('** Delivery incomplete **'); suped.com on Outlook.com "
     "'451 4.7.650' / windowsforum on 451 rate limits (S775x)",
     gmail("d3", "megan.t.fitness@outlook.com", heading="Delivery incomplete", lead="There was a temporary problem "
           "delivering your message to megan.t.fitness@outlook.com. Gmail will retry for 47 more hours. You'll be "
           "notified if the delivery fails permanently.", response=f"451 4.7.500 Server busy. Please try again later "
           f"from [{GIP}]. (S77714) [AM4PEPF00027A5F.eurprd04.prod.outlook.com]", diag=f"451 4.7.500 Server busy. "
           f"Please try again later from [{GIP}]. (S77714) [AM4PEPF00027A5F.eurprd04.prod.outlook.com]",
           status="4.7.500", remote="outlook-com.olc.protection.outlook.com", action="delayed"),
     later("megan.t.fitness@outlook.com")),
    ("i52-postfix-delayed-comcast-too-many-sessions", f"{POSTFIX_SRC} (delay warning); {COMCAST}",
     pf_remote("d4", "westsidebakery@comcast.net", "421 mx2c1.comcast.net comcast Too many sessions opened", "4.0.0",
               "mx2c1.comcast.net", action="delayed", command="end of DATA"), later("westsidebakery@comcast.net")),
]

DNS_ROWS = [
    ("i52-postfix2-attbi-host-not-found", f"{PF2}; mcgill.service-now.com KB0010642 ('attbi.com changed its name to "
     "comcast.com, causing any emails sent to attbi.com addresses to be bounced back': Host unknown)",
     postfix2("h1", [("rjones@attbi.com", "Host or domain name not found. Name service error for name=attbi.com "
                      "type=MX: Host not found")]), hard("rjones@attbi.com", HU)),
    ("i52-gmail-dns-sbcglobal-typo", f"{GMAIL_SRC} (DNS failure of a mistyped ISP domain, 'sbcgloabl.net'; "
     "virginmedia.com help: typos in the domain part)", g_dns("h2", "linda.oakes@sbcgloabl.net"),
     hard("linda.oakes@sbcgloabl.net", HU)),
    ("i52-exim-adelphia-unrouteable", f"{EXIM_SRC}; uit.tufts.edu pid 548 ('Unrouteable address': an invalid domain "
     "name); adelphia.net retired with Adelphia (2006)",
     exim("h3", "ski.shop@adelphia.net", detail="Unrouteable address"), hard("ski.shop@adelphia.net", HU)),
]

SPAMBLOCKER = ("I apologize for this automatic reply to your email.\n\nTo control spam, I now allow incoming messages "
               "only from senders I have approved beforehand.\n\nIf you would like to be added to my list of approved "
               "senders, please fill out the short request form (see link below). Once I approve you, I will receive "
               "your original message in my inbox. You do not need to resend your message. I apologize for this "
               "one-time inconvenience.\n\nClick the link below to fill out the request:\n"
               "https://webmail.earthlink.net/wam/addme?a=AbC123xyz\n")
BOXBE = ("Hello Sam Seller,\n\nYour message about \"Quick question about your order\" to {who} has been placed in "
         "their Boxbe Waiting List because you are not on their Guest List.\n\nTo get your message delivered, please "
         "verify your email address and confirm that you are a person by clicking the link below. You only need to "
         "do this once.\n\nhttps://www.boxbe.com/anno?tc=Xy12AbC&c=1234\n\nThanks,\nThe Boxbe team on behalf of {who}\n")
MAILBLOCKS = ("This is an automated message from Mailblocks on behalf of {who}.\n\nYour message has been received but "
              "is being held until you verify that you are a person and not a spam program. To complete the delivery "
              "of your message, please visit the page below and type the characters you see in the picture:\n\n"
              "http://www.mailblocks.com/challenge?id=8B7E-12345\n\nYou will only need to do this once; future "
              "messages from you to {who} will be delivered directly.\n")
CR = ("Challenge-response systems (sendgrid.com glossary 'challenge-response'; zrinity.com XMS bounce page: a CAPTCHA "
      "to verify a person; surfnetkids.com on Mailblocks and EarthLink; marketingsherpa.com 2004 'Handle Challenge "
      "Response Filters')")
NONBOUNCE_ROWS = [
    ("i52-earthlink-spamblocker-request", f"{CR}; itseemstome.com 'Antiquated and Alienating Spam Defense' (EarthLink "
     "spamBlocker's automatic reply) and weblog.rogueamoeba.com 2006 ('Allowed Sender Request')",
     challenge("n1", "jcarter@earthlink.net", "jcarter@earthlink.net", "Re: Quick question about your order "
               "(spamBlocker Allowed Sender Request)", SPAMBLOCKER, extra="Auto-Submitted: auto-replied\n"), NB),
    ("i52-boxbe-waiting-list", f"{CR}; Boxbe's Guest List / Waiting List (hand-made wording after the above)",
     challenge("n2", "marie.lopez@comcast.net", "Marie Lopez via Boxbe <notify@boxbe.com>",
               "Request to join marie.lopez@comcast.net's Guest List", BOXBE, date="Tue, 12 Jun 2012 09:30:00 -0700"), NB),
    ("i52-mailblocks-verify", f"{CR}; Mailblocks (2003-2006: a picture of characters to type, surfnetkids.com)",
     challenge("n3", "gordon.p@mailblocks.com", "Mailblocks <bounce-verify@mailblocks.com>", "Please verify your "
               "message to gordon.p@mailblocks.com", MAILBLOCKS, date="Fri, 14 Jan 2005 13:10:00 -0800"), NB),
    ("i52-rr-mail-system-delivery-report", "postmaster.rr.com/help.htm ('Mail System Delivery Report': relayed to a "
     "machine which does not handle delivery status notifications)", rr_relayed("n4", "sue.hartley@rr.com"), NB),
    ("i52-outlook-oof-hotmail-user", "nonbounce46's Exchange Online automatic reply (Outlook.com's mailboxes run on "
     "Exchange Online's store since 2016-2017)", outlook_oof("i52n5", "Tom Reyes <tom.reyes.builds@hotmail.com>",
                                                           "Automatic reply:", "I'm away until Monday 14 October with "
                                                           "limited access to email. I'll reply when I'm back."), NB),
    ("i52-gmail-vacation-sky-user", "nonbounce46's Gmail vacation responder (sky.com mail on Google since 2015)",
     gmail_vacation("i52n6", "Dave Jenkins <dave.j.plumbing@sky.com>", "Thanks for your email. I'm on holiday until "
                    "the 21st and will get back to you then.\n\nDave"), NB),
    ("i52-mdn-read-receipt-comcast-user", "nonbounce46's RFC 8098 read receipt (Outlook 'Read:')",
     mdn("i52n7", "Read: Quick question", "Your message\n\n  To: Lena Lead\n  Subject: Quick question\n\nwas read on "
         "Monday, December 7, 2026 10:12 AM.", "manual-action/MDN-sent-manually; displayed",
         who="Rita Patel <rita.patel.cpa@comcast.net>"), NB),
]

ROWS = FULL_ROWS + BLOCK_ROWS + DELAY_ROWS + DNS_ROWS + NONBOUNCE_ROWS
