"""Review reasons53: a MEASUREMENT of the classifier's REASON on ordinary bounces it has never seen, other than "no such
user" (earlier measurements weighed toward it): the refusals, limits, delays and failures a B2B sales mailbox receives in
2024-2026, in about their proportions there. Refusals of OUR side first (IP blocklists: Spamhaus, SpamCop, Barracuda,
Microsoft S3150; reputation; SPF / DKIM / DMARC: Gmail 5.7.26, Microsoft 5.7.509 / 5.7.23, Yahoo 5.7.9; missing PTR;
TLS required; the envelope sender refused; relaying denied), then content (spam, virus, policy), the recipient's mailbox
(full, disabled, moved, size limits), domains that take no mail or do not exist, delays and give-ups (Postfix "delivery
temporarily suspended", Exim "retry timeout exceeded", Exchange 4.4.7), rate limits (Gmail 4.7.28 / 4.2.1, Microsoft
4.7.500, Yahoo TSS04) and the receiving system's own failures (disk full, configuration, procmail / pipe).
Not an attack: no row is designed to break a rule. Whole notices in the generators' own layouts (holdout50's builders:
Gmail's own DSN, Microsoft 365's NDR, Exchange on-premises, Postfix, Exim, Sendmail, qmail), the replies real servers
give (their sources or their makers' published pages, cited per row). Expected rows (address, hard, reasons, scope,
delay) written from the words, shared/classifier/taxonomy.md and, where they agree, Sisimai's reason tables (Debian's
libsisimai-perl lib/Sisimai/Reason/*.pm, library code only) BEFORE the classifier ran on them (committed first).
Scope: `sender` for our IP / envelope / authentication / rate (taxonomy section 7), `recipient` for the mailbox and
domain, ANY where the taxonomy does not say whose a content or security refusal is. Names "r53-<generator>-<what>".
This module: Gmail's own DSNs and Microsoft 365's NDRs; review_reasons53_more.py: Postfix, Exim, Sendmail, qmail and
Exchange on-premises."""

from __future__ import annotations

from tests.classifier.review_holdout50 import BLOCKED, GMX, PROBLEM, exo_remote, g_remote
from tests.classifier.review_holdout50_layouts import EXO_SRC, GMAIL_SRC, exo, gmail

R, S, ANY = "recipient", "sender", None
GIP = "209.85.220.41"
EXOIP = "40.107.22.41"
EOP_MX = "mail-db5eur04on2041.outbound.protection.outlook.com"


def hard(a: str, reasons: tuple) -> list[tuple]:
    return [(a, True, reasons, R, False)]


def soft(a: str, reasons: tuple, scope: str | None) -> list[tuple]:
    return [(a, False, reasons, scope, False)]


def later(a: str, reasons: tuple, scope: str | None = ANY) -> list[tuple]:
    return [(a, False, reasons, scope, True)]


DELAY_LEAD = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 46 more hours. You'll "
              "be notified if the delivery fails permanently.")


def g_later(rid: str, a: str, reply: str, status: str, mx: str | None = GMX) -> bytes:
    """Gmail's own delay DSN ('** Delivery incomplete **', Action: delayed) quoting the remote reply."""
    return gmail(rid, a, heading="Delivery incomplete", lead=DELAY_LEAD.format(a=a), response=reply, diag=reply,
                 status=status, remote=mx, action="delayed")


def g_block(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    return g_remote(rid, a, reply, status, mx, heading="Message blocked", lead=BLOCKED)


def g_problem(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    return g_remote(rid, a, reply, status, mx, heading="Message not delivered", lead=PROBLEM)


GREF = "Google 'SMTP errors and codes' (support.google.com/a/answer/3726730)"
EXIM_DNSL = ("Exim spec ch. 'Access control lists', dnslists example message 'rejected because $sender_host_address "
             "is in a black list at $dnslist_domain'")
PF_RBL = "Postfix smtpd_check.c reject_rbl_client ('Service unavailable; Client host [%s] blocked using %s; %s')"
MS_S3150 = ("Microsoft consumer (Outlook.com) 'Error 550 5.7.1 ... part of their network is on our block list (S3150)' "
            "(sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx)")
MS_REP = "Microsoft 'Outlook.com postmaster troubleshooting' (451 4.7.650 rate limited due to IP reputation, S775)"
MS_DMARC = "Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online' (5.7.509 DMARC reject)"
YAHOO = "Yahoo Sender Hub 'SMTP error codes' (senders.yahooinc.com/smtp-error-codes)"
MS_BUSY = "Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online' (4.7.500-699 throttling, 'Server busy')"
AMAVIS = "amavisd-new (amavisd: SMTP reject reply '554 5.7.0 Reject, id=... - INFECTED: ...' / '- SPAM')"
SYMC = "Broadcom KB 169925 'Common external Spam Filtering Error Codes' ('550 5.7.1 Message rejected as spam by Content Filtering')"
MIME = "Mimecast 'SMTP Error Codes' (community.mimecast.com/docs/DOC-1369: 554 'Email rejected due to security policies')"
RSPAMD = "Rspamd docs 'Actions and scores' (reject action, default SMTP message 'Spam message rejected')"
MSDOC = "Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online'"
EXCH_RELAY = "Exchange Server 2013+ receive connector ('550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain')"

GMAIL_ROWS = [
    ("r53-gmail-exim-spamhaus", f"{GMAIL_SRC}; {EXIM_DNSL}",
     g_block("g1", "m.ortega@castellan-tools.com", f"550 rejected because {GIP} is in a black list at zen.spamhaus.org",
             "5.0.0", "mail.castellan-tools.com"), soft("m.ortega@castellan-tools.com", ("blocked",), S)),
    ("r53-gmail-postfix-spamcop", f"{GMAIL_SRC}; {PF_RBL}; SpamCop's 'Blocked - see' TXT text",
     g_block("g2", "purchasing@norland-steel.com", f"554 5.7.1 Service unavailable; Client host [{GIP}] blocked using "
             f"bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?{GIP}", "5.7.1", "mx.norland-steel.com"),
     soft("purchasing@norland-steel.com", ("blocked",), S)),
    ("r53-gmail-outlook-s3150", f"{GMAIL_SRC}; {MS_S3150}",
     g_block("g3", "t.brandt.home@outlook.com", f"550 5.7.1 Unfortunately, messages from [{GIP}] weren't sent. Please "
             "contact your Internet service provider since part of their network is on our block list (S3150). You can "
             "also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
             "[AM4PEPF00027A5F.eurprd04.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E5F]", "5.7.1",
             "outlook-com.olc.protection.outlook.com"), soft("t.brandt.home@outlook.com", ("blocked",), S)),
    ("r53-gmail-outlook-reputation-delay", f"{GMAIL_SRC} (delay); {MS_REP}",
     g_later("g4", "r.nakamura@hotmail.com", f"451 4.7.650 The mail server [{GIP}] has been temporarily rate limited due "
             "to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) "
             "[Name=Protocol Filter Agent][AGT=PFA][MxId=11BA5E30A1B2C3D4] [VI1EUR06FT012.eop-eur06.prod.protection."
             "outlook.com]", "4.7.650", "hotmail-com.olc.protection.outlook.com"),
     later("r.nakamura@hotmail.com", ("badreputation",), S)),
    ("r53-gmail-eop-dmarc-5-7-509", f"{GMAIL_SRC}; {MS_DMARC}",
     g_block("g5", "ap@harrowgate-civil.co.uk", "550 5.7.509 Access denied, sending domain example.com does not pass "
             "DMARC verification and has a DMARC policy of reject. [DB5PEPF00014B8F.eurprd04.prod.outlook.com "
             "2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E60] [DB8EUR05FT044.eop-eur05.prod.protection.outlook.com "
             "2025-10-14T09:12:44.120Z 08DE0A1B2C3D4E61]", "5.7.509", EOP_MX),
     soft("ap@harrowgate-civil.co.uk", ("authfailure",), S)),
    ("r53-gmail-yahoo-unauthenticated", f"{GMAIL_SRC}; {YAHOO} (5.7.9 unauthenticated, Feb 2024 requirements)",
     g_block("g6", "deb.kowalczyk@yahoo.com", "550 5.7.9 This mail has been blocked because the sender is "
             "unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.", "5.7.9",
             "mta6.am0.yahoodns.net"), soft("deb.kowalczyk@yahoo.com", ("authfailure",), S)),
    ("r53-gmail-yahoo-tss04-delay", f"{GMAIL_SRC} (delay); {YAHOO} ([TSS04] 421 4.7.0)",
     g_later("g7", "coach.halvorsen@yahoo.com", f"421 4.7.0 [TSS04] Messages from {GIP} temporarily deferred due to "
             "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "4.7.0",
             "mta5.am0.yahoodns.net"), later("coach.halvorsen@yahoo.com", ("speeding", "badreputation"), S)),
    ("r53-gmail-eop-server-busy-delay", f"{GMAIL_SRC} (delay); {MS_BUSY}",
     g_later("g8", "i.petrova@lakeshore-clinic.org", f"451 4.7.500 Server busy. Please try again later from [{GIP}]. "
             "(AS77712344) [BN8NAM12FT055.eop-nam12.prod.protection.outlook.com 2025-10-14T09:12:44.123Z "
             "08DE0A1B2C3D4E62]", "4.7.500", EOP_MX),
     later("i.petrova@lakeshore-clinic.org", ("toomanyconn", "speeding"), S)),
    ("r53-gmail-own-receiving-rate-delay", f"{GMAIL_SRC} (delay); {GREF} 450 4.2.1 (receiving at a rate ...)",
     g_later("g9", "events.desk@gmail.com", "450-4.2.1 The user you are trying to contact is receiving mail at a rate "
             "that prevents additional messages from being delivered. Please resend your message at a later time. If "
             "the user is able to receive mail at that time, your message will be delivered. For more information, go "
             "to https://support.google.com/mail/?p=ReceivingRate 5b1f17b1804b1-46e6f1c2si881.210 - gsmtp", "4.2.1"),
     later("events.desk@gmail.com", ("speeding",))),
    ("r53-gmail-own-size-limit", f"{GMAIL_SRC}; {GREF} 552 5.3.4 (MaxSizeError)",
     g_problem("g10", "wen.li.design@gmail.com", "552-5.3.4 Your message exceeded Google's message size limits. Please "
               "visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. "
               "5b1f17b1804b1-46e6si12.210 - gsmtp", "5.3.4", GMX), soft("wen.li.design@gmail.com", ("mesgtoobig",), ANY)),
    ("r53-gmail-zoho-mailbox-full", f"{GMAIL_SRC}; Zoho Mail 'Email bounce back errors' (552 5.2.2 Mailbox size limit exceeded)",
     g_problem("g11", "accounts@tealbrook-interiors.in", "552 5.2.2 Mailbox size limit exceeded", "5.2.2", "mx.zoho.in"),
     soft("accounts@tealbrook-interiors.in", ("mailboxfull",), R)),
    ("r53-gmail-own-inactive", f"{GMAIL_SRC}; {GREF} 550 5.2.1 DisabledUser; the 'is inactive' "
     "wording as a Postfix log quotes Gmail's reply in github.com/sisimai/p5-sisimai issue 510",
     g_remote("g12", "kat.oduya@gmail.com", "550-5.2.1 The email account that you tried to reach is inactive. For more "
              "information, go to https://support.google.com/mail/?p=DisabledUser 5b1f17b1804b1-46e6f1c2si8812.210 - "
              "gsmtp", "5.2.1", GMX), soft("kat.oduya@gmail.com", ("suspend",), R)),
    ("r53-gmail-symantec-spam", f"{GMAIL_SRC}; {SYMC}",
     g_block("g13", "j.abara@delta-petro.com.ng", "550 5.7.1 Message rejected as spam by Content Filtering", "5.7.1",
             "cluster9.eu.messagelabs.com"), soft("j.abara@delta-petro.com.ng", ("spamdetected",), ANY)),
    ("r53-gmail-amavis-spam", f"{GMAIL_SRC}; {AMAVIS}",
     g_block("g14", "b.dubois@ferronnerie-alpine.fr", "554 5.7.0 Reject, id=24018-07 - SPAM", "5.7.0",
             "mail.ferronnerie-alpine.fr"), soft("b.dubois@ferronnerie-alpine.fr", ("spamdetected",), ANY)),
    ("r53-gmail-rspamd-spam", f"{GMAIL_SRC}; {RSPAMD} (through Postfix's milter reply 554 5.7.1)",
     g_block("g15", "n.varga@tisza-agro.hu", "554 5.7.1 Spam message rejected", "5.7.1", "mx.tisza-agro.hu"),
     soft("n.varga@tisza-agro.hu", ("spamdetected",), ANY)),
    ("r53-gmail-amavis-infected", f"{GMAIL_SRC}; {AMAVIS}",
     g_block("g16", "office@praxis-lindner.de", "554 5.7.0 Reject, id=11875-03 - INFECTED: Heuristics.OLE2.ContainsMacros",
             "5.7.0", "mx01.praxis-lindner.de"), soft("office@praxis-lindner.de", ("virusdetected",), ANY)),
    ("r53-gmail-mimecast-security-policies", f"{GMAIL_SRC}; {MIME}",
     g_block("g17", "h.clarke@bramley-estates.co.uk", "554 Email rejected due to security policies - "
             "https://community.mimecast.com/docs/DOC-1369#554 [kL9mN0pQ.uk234]", "5.0.0", "eu-smtp-inbound-2.mimecast.com"),
     soft("h.clarke@bramley-estates.co.uk", ("policyviolation", "spamdetected"), ANY)),
    ("r53-gmail-exchange-unable-to-relay", f"{GMAIL_SRC}; {EXCH_RELAY}",
     g_problem("g18", "sales@rivermark-printing.com", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
               "5.7.54", "mail.rivermark-printing.com"), soft("sales@rivermark-printing.com", ("norelaying",), ANY)),
    ("r53-gmail-own-give-up-connect", f"{GMAIL_SRC} (the final failure after the retries: Action failed, Status 4.4.1)",
     gmail("g19", "l.moreau@cave-saint-roch.fr", heading="Message not delivered", lead="Your message couldn't be "
           "delivered to l.moreau@cave-saint-roch.fr. Gmail tried for 48 hours, but the recipient server did not accept "
           "our requests to connect.", response="The recipient server did not accept our requests to connect. Learn "
           "more at https://support.google.com/mail/answer/7720 [mail.cave-saint-roch.fr. 203.0.113.44: timed out]",
           diag="The recipient server did not accept our requests to connect. Learn more at https://support.google.com/"
           "mail/answer/7720 [mail.cave-saint-roch.fr. 203.0.113.44: timed out]", status="4.4.1"),
     soft("l.moreau@cave-saint-roch.fr", ("expired", "networkerror"), ANY)),
    ("r53-gmail-own-dns-servfail-delay", f"{GMAIL_SRC} (delay, DNS SERVFAIL: a lookup that may succeed later)",
     g_later("g20", "it@kestrel-aviation.aero", "DNS Error: DNS type 'mx' lookup of kestrel-aviation.aero responded "
             "with code SERVFAIL", "4.4.3", None), later("it@kestrel-aviation.aero", ("networkerror",))),
    ("r53-gmail-own-gmail-unsolicited", f"{GMAIL_SRC}; {GREF} 550 5.7.1 (UnsolicitedMessageError: a Gmail user's "
     "mailbox refusing mail from our own Workspace domain, quoted as Gmail's inbound reply)",
     g_block("g21", "f.almeida.obras@gmail.com", "550-5.7.1 [209.85.220.41] Gmail has detected that this message is "
             "likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. For "
             "more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError "
             "5b1f17b1804b1-46e6si14.210 - gsmtp", "5.7.1", GMX), soft("f.almeida.obras@gmail.com", ("spamdetected",), ANY)),
    ("r53-gmail-own-security-issue", f"{GMAIL_SRC}; {GREF} 552 5.7.0 (BlockedMessage: content presents a potential "
     "security issue)",
     g_block("g22", "s.ahmed.projects@gmail.com", "552-5.7.0 This message was blocked because its content presents a "
             "potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our "
             "message content and attachment content guidelines. 5b1f17b1804b1-46e6si15.210 - gsmtp", "5.7.0", GMX),
     soft("s.ahmed.projects@gmail.com", ("virusdetected", "policyviolation", "securityerror"), ANY)),
]

EXO_WHY = ("Your message wasn't delivered because the recipient's email provider rejected it.", "How to Fix It\n"
           "The recipient's email provider rejected the message. Contact the recipient by some other means.")

EXO_ROWS = [
    ("r53-exo-remote-gmail-spf", f"{EXO_SRC}; {GREF} 550 5.7.26 (SPF did not pass, 2024 requirements)",
     exo_remote("x1", "ops.mgr.fieldco@gmail.com", "550-5.7.26 Your email has been blocked because the sender is "
                "unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication "
                f"results: DKIM = did not pass SPF [example.net] with ip: [{EXOIP}] = did not pass For instructions on "
                "setting up authentication, go to https://support.google.com/mail/answer/81126#authentication "
                "41be03b00d2f7-b5a2ba9si18.443 - gsmtp", "5.7.26", GMX), soft("ops.mgr.fieldco@gmail.com", ("authfailure",), S)),
    ("r53-exo-remote-messagelabs-spf", f"{EXO_SRC}; {MSDOC} (5.7.23 SPF violation); Symantec.cloud's SPF reply",
     exo_remote("x2", "g.hartley@wexford-marine.ie", "550 5.7.23 The message was rejected because of Sender Policy "
                "Framework violation -> 553 SPF (Sender Policy Framework) domain authentication fail. Refer to the "
                "Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
                "5.7.23", "server-7.tower-426.messagelabs.com"), soft("g.hartley@wexford-marine.ie", ("authfailure",), S)),
    ("r53-exo-remote-yahoo-policy-reasons", f"{EXO_SRC}; {YAHOO} ('554 5.7.9 Message not accepted for policy reasons': "
     "DMARC or other policy)",
     exo_remote("x3", "tina.marsh77@yahoo.com", "554 5.7.9 Message not accepted for policy reasons.  See "
                "https://senders.yahooinc.com/error-codes", "5.7.9", "mta7.am0.yahoodns.net"),
     soft("tina.marsh77@yahoo.com", ("authfailure", "policyviolation"), ANY)),
    ("r53-exo-remote-spam-5-7-350", f"{EXO_SRC}; {MSDOC} (5.7.350 remote server returned message detected as spam)",
     exo_remote("x4", "headoffice@fenland-growers.co.uk", "550 5.7.350 Remote server returned message detected as spam "
                "-> 550 The content of this message looked like spam.", "5.7.350", "se3.mailspamprotection.com"),
     soft("headoffice@fenland-growers.co.uk", ("spamdetected",), ANY)),
    ("r53-exo-remote-gmail-unsolicited-rate-delay", f"{EXO_SRC} (delay); {GREF} 421 4.7.28 (UnsolicitedRateLimitError)",
     exo("x5", "promo.team.ridge@gmail.com", why="Delivery is delayed to these recipients or groups: "
         "promo.team.ridge@gmail.com. This message hasn't been delivered yet. Delivery will continue to be attempted.",
         fix="The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes.",
         diag=f"451 4.4.0 Primary target IP address responded with: \"421 4.7.28 [{EXOIP} 15] Our system has detected "
              "an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, "
              "mail sent from your IP address has been temporarily rate limited. Please visit "
              "https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders "
              "Guidelines. - gsmtp\"", status="4.4.0", remote=GMX, action="delayed"),
     later("promo.team.ridge@gmail.com", ("speeding", "toomanyconn"), S)),
    ("r53-exo-remote-gmail-size", f"{EXO_SRC}; {GREF} 552 5.3.4 (MaxSizeError)",
     exo_remote("x6", "drawings.review@gmail.com", "552-5.3.4 Your message exceeded Google's message size limits. "
                "Please visit https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. "
                "41be03b00d2f7-b5a2ba9si19.443 - gsmtp", "5.3.4", GMX), soft("drawings.review@gmail.com", ("mesgtoobig",), ANY)),
    ("r53-exo-recipient-size-limit", f"{EXO_SRC}; {MSDOC} (5.2.3 RESOLVER.RST.RecipSizeLimit)",
     exo("x7", "plans@corbel-architects.com", why="Your message is too big to be delivered to plans@corbel-architects.com.",
         fix="How to Fix It\nReduce the size of the message, for example by removing attachments, and resend it.",
         diag="550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", status="5.2.3"),
     soft("plans@corbel-architects.com", ("mesgtoobig", "exceedlimit"), ANY)),
    ("r53-exo-queue-expired", f"{EXO_SRC}; {MSDOC} (4.4.7 QUEUE.Expired: the retries ran out)",
     exo("x8", "admin@hollins-vet.com", why="Your message couldn't be delivered. Despite repeated attempts to deliver "
         "your message, the recipient's email system refused to accept a connection from your email system.",
         fix="How to Fix It\nContact the recipient by some other means and tell them about the problem.",
         diag="550 4.4.7 QUEUE.Expired; message expired", status="4.4.7", remote="mail.hollins-vet.com"),
     soft("admin@hollins-vet.com", ("expired",), ANY)),
    ("r53-exo-expired-connection-refused", f"{EXO_SRC}; {MSDOC} (5.4.316 message expired, connection refused)",
     exo("x9", "contact@pelican-charters.gr", why="Your message couldn't be delivered. Despite repeated attempts, the "
         "destination server refused the connection.", fix="How to Fix It\nTry resending the message later.",
         diag="550 5.4.316 Message expired, connection refused(Socket error code 10061)", status="5.4.316",
         remote="mail.pelican-charters.gr"), soft("contact@pelican-charters.gr", ("expired", "networkerror"), ANY)),
    ("r53-exo-dns-domain-missing", f"{EXO_SRC}; {MSDOC} (5.4.310 DNS domain does not exist)",
     exo("x10", "buyer@granitefalls-supply.co", why="The domain granitefalls-supply.co couldn't be found.",
         fix="How to Fix It\nCheck the spelling of the domain name and resend the message.",
         diag="550 5.4.310 DNS domain granitefalls-supply.co does not exist [Message=InfoDomainNonexistent] "
              "[LastAttemptedServerName=granitefalls-supply.co] [SA1PR19MB5432.namprd19.prod.outlook.com "
              "2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E63]", status="5.4.310"),
     hard("buyer@granitefalls-supply.co", ("hostunknown",))),
    ("r53-exo-hop-count-loop", f"{EXO_SRC}; {MSDOC} (5.4.14 hop count exceeded, possible mail loop)",
     exo("x11", "support@aldgate-systems.com", why="Your message couldn't be delivered because it was caught in a mail "
         "loop.", fix="How to Fix It\nContact the recipient's email admin.",
         diag="554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB5PEPF00014B8F.eurprd04.prod.outlook.com]",
         status="5.4.14"), soft("support@aldgate-systems.com", ("networkerror", "systemerror"), ANY)),
    ("r53-exo-own-outbound-ip-not-accepted", f"{EXO_SRC}; {MSDOC} (5.7.708 traffic not accepted from this IP)",
     exo("x12", "jobs@tamsin-logistics.com", why="Your message wasn't delivered because the sending IP address has a "
         "poor reputation.", fix="How to Fix It\nContact your email admin.",
         diag="550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information "
              "please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [SA1PR19MB5432.namprd19.prod."
              "outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E64]", status="5.7.708"),
     soft("jobs@tamsin-logistics.com", ("blocked", "badreputation"), S)),
    ("r53-exo-remote-tls-required", f"{EXO_SRC}; Postfix smtpd.c (smtpd_tls_security_level=encrypt: '530 5.7.0 Must "
     "issue a STARTTLS command first')",
     exo_remote("x13", "legal@cobalt-notaries.ch", "530 5.7.0 Must issue a STARTTLS command first", "5.7.0",
                "mx.cobalt-notaries.ch"), soft("legal@cobalt-notaries.ch", ("securityerror",), ANY)),
    ("r53-exo-mailbox-disabled", f"{EXO_SRC}; RFC 3463 X.2.1 'Mailbox disabled, not accepting messages' (Exchange "
     "Server's DSN text for 5.2.1 'Mailbox cannot be accessed' (its enhanced status code list, as "
     "ficilitydotnet.wordpress.com 2012/09 'Understanding DSNs and NDRs' reprints it))",
     exo("x14", "v.sato@minato-trading.jp", why="v.sato's mailbox is disabled and can't receive messages.",
         fix="How to Fix It\nContact the recipient by some other means.",
         diag="550 5.2.1 Mailbox cannot be accessed [OS3PR01MB6123.jpnprd01.prod.outlook.com]", status="5.2.1"),
     soft("v.sato@minato-trading.jp", ("suspend",), R)),
    ("r53-exo-bare-linefeeds", f"{EXO_SRC}; {MSDOC} (5.6.11 SMTPSEND.BareLinefeedsAreIllegal)",
     exo("x15", "quotes@ironbridge-fab.com", why="Your message couldn't be delivered because it contains bare line "
         "feeds, which the destination server doesn't accept.", fix="How to Fix It\nContact your email admin.",
         diag="550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via "
              "DATA and receiving system does not support BDAT", status="5.6.11", remote="mail.ironbridge-fab.com"),
     soft("quotes@ironbridge-fab.com", ("contenterror",), ANY)),
]

ROWS = GMAIL_ROWS + EXO_ROWS
