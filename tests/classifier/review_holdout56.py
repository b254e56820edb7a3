"""Holdout 56: a second independent MEASUREMENT of the classifier on ordinary bounces it has never seen, in the
proportions a B2B sales team's mailbox receives them in 2023-2026 (not an attack: no row is designed to break a rule).
Whole notices built with holdout 50's and 51's and nonbounce 46's layout builders (their generators' layouts, cited
there); the remote replies are new ones, from providers' published help pages, vendors' documentation and servers'
sources (cited per row), none of holdout 50's rows repeated. Mix: about a third Gmail / Google Workspace's own DSN
quoting Microsoft 365, Barracuda, Cisco, Zoho, Yahoo, Fastmail, GoDaddy, Rackspace, Mimecast and Google itself; a
quarter Microsoft 365 NDRs (de/fr/es among them); the rest Postfix, Exim, Sendmail, qmail, Exchange 2010 and older
Exchange Online; seven non-bounces (Outlook / Gmail away texts, two from departed employees' addresses, a read
receipt, two success reports). Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the
servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first).
Names "h56-<generator>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import (AUTH, BLOCK, EXO_UNKNOWN, FULL, GMX, PROBLEM, SUSP,
                                               ANY, HU, R, S, exo_remote, exo_unknown, g_dns, g_nosuch, g_remote, hard,
                                               later, pf_remote, ex_remote, soft)
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, SENDMAIL_SRC, exchange_old, exim, exo, gmail, qmail,
                                                       sendmail)
from tests.classifier.review_holdout51_layouts import (EX2007_SRC, auto_reply, exch2007, exch_delivered,
                                                       postfix_success, read_receipt)
from tests.classifier.review_nonbounce46_layouts import gmail_vacation, outlook_oof

NB: list = []
DMARC = ("authfailure", "policyviolation")
REFUSED = ("blocked", "filtered", "policyviolation", "rejected", "securityerror", "spamdetected")

# Where the replies come from.
GREF = "Google 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730)"
SMTPC = "smtp.codes provider pages (smtp.codes/550, /zoho, /rackspace: providers' published reply texts)"
YAHOO_HELP = "Yahoo help 'Email sent to Yahoo Mail addresses is rejected' (help.yahoo.com/kb/SLN3444; abuse-57 page)"
GODADDY = "GoDaddy Help 'Fix rejected email with a bounce error' (godaddy.com/help/40685: '550 Recipient not found')"
FASTMAIL = "Fastmail help 'Why messages bounce back' (fastmail.help/hc/en-us/articles/7010500320655)"
MIMECAST = "Mimecast 'SMTP Error Codes' (community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754), 451"
CISCO = ("Cisco AsyncOS for Email user guide, 'LDAP Queries' (conversational LDAP accept rejects an unknown "
         "recipient); the reply text '550 #5.1.0 Address rejected' as blackpearlmail's and dbmailserver's lists quote it")
BARRA = ("Barracuda Email Security Service: 550 recipient verification and '550 permanent failure for one or more "
         "recipients (...:blocked)' as smtp.codes/550 and suped.com's Barracuda page quote them")
EXOTAB = "learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (table of codes)"
OLC = "Outlook.com postmaster 'Troubleshooting' (sendersupport.olc.protection.outlook.com/pm/troubleshooting, S3150)"
CLOUDMAILIN = "cloudmailin.com SMTP troubleshooter '552 error' (typical server responses)"
CHKUSER = "qmail chkuser patch (chkuser.c default '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)')"
MSOOF = "Microsoft support 'Send automatic replies (out of office) from Outlook'"
GVAC = "Google Gmail Help 'Send automatic replies (vacation responder)' (support.google.com/mail/answer/25922)"

EOPT = "quarryside-com.mail.protection.outlook.com"
BLOCKED = "Your message to {a} has been blocked. See technical details below for more information."
DELAY = ("There was a temporary problem delivering your message to {a}. Gmail will retry for 47 more hours. You'll be "
         "notified if the delivery fails permanently.")


def g_delay(rid: str, a: str, reply: str, status: str, mx: str) -> bytes:
    return gmail(rid, a, heading="Delivery incomplete", lead=DELAY.format(a=a), response=reply, diag=reply,
                 status=status, remote=mx, action="delayed")


GMAIL_ROWS = [
    ("h56-gmail-own-nosuch-1", f"{GMAIL_SRC}; {GREF} 5.1.1", g_nosuch("n1", "priya.raman.ops@gmail.com"),
     hard("priya.raman.ops@gmail.com")),
    ("h56-gmail-own-nosuch-2", f"{GMAIL_SRC}; {GREF} 5.1.1 (a Workspace domain, Status 5.0.0)",
     g_nosuch("n2", "t.okonkwo@larchmont-build.com", status="5.0.0"), hard("t.okonkwo@larchmont-build.com")),
    ("h56-gmail-own-nosuch-3", f"{GMAIL_SRC}; {GREF} 5.1.1", g_nosuch("n3", "grace.whitmore.pm@gmail.com"),
     hard("grace.whitmore.pm@gmail.com")),
    ("h56-gmail-eop-recipientnotfound", f"{GMAIL_SRC}; {EXOTAB} (5.1.10 from another tenant's EOP)",
     g_remote("n4", "b.hale@quarryside.com", "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient b.hale@quarryside.com "
              "not found by SMTP address lookup", "5.1.10", EOPT), hard("b.hale@quarryside.com")),
    ("h56-gmail-yahoo-no-account", f"{GMAIL_SRC}; {YAHOO_HELP} ('554 delivery error: dd This user doesn't have a "
     "yahoo.com account')",
     g_remote("n5", "denise.ortiz77@yahoo.com", "554 delivery error: dd This user doesn't have a yahoo.com account "
              "(denise.ortiz77@yahoo.com) [0] - mta1042.mail.gq1.yahoo.com", "5.0.0", "mta7.am0.yahoodns.net"),
     hard("denise.ortiz77@yahoo.com")),
    ("h56-gmail-godaddy-not-found", f"{GMAIL_SRC}; {GODADDY}",
     g_remote("n6", "office@pinewood-joinery.com", "550 5.1.1 <office@pinewood-joinery.com> Recipient not found. "
              "<http://x.co/irbounce>", "5.1.1", "mx1.secureserver.net"), hard("office@pinewood-joinery.com")),
    ("h56-gmail-fastmail-unknown", f"{GMAIL_SRC}; {FASTMAIL} ('550 5.1.1 Sorry, user address unknown')",
     g_remote("n7", "m.lindgren@fjellnett.no", "550 5.1.1 Sorry, user address unknown", "5.1.1",
              "in1-smtp.messagingengine.com"), hard("m.lindgren@fjellnett.no")),
    ("h56-gmail-barracuda-cuda-nsu", f"{GMAIL_SRC}; {BARRA} ('550 cuda_nsu 5.1.1 ... User unknown')",
     g_remote("n8", "c.baptiste@harlow-freight.com", "550 cuda_nsu 5.1.1 <c.baptiste@harlow-freight.com> Recipient "
              "address rejected: User unknown", "5.1.1", "d208155b.ess.barracudanetworks.com"),
     hard("c.baptiste@harlow-freight.com")),
    ("h56-gmail-cisco-address-rejected", f"{GMAIL_SRC}; {CISCO}",
     g_remote("n9", "e.vance@corbel-insurance.com", "550 #5.1.0 Address rejected.", "5.1.0",
              "esa2.corbel.iphmx.com"), hard("e.vance@corbel-insurance.com")),
    ("h56-gmail-zoho-user-unknown", f"{GMAIL_SRC}; {SMTPC} (Zoho '550 5.1.1 <...> User unknown')",
     g_remote("n10", "sales@saffron-organics.in", "550 5.1.1 <sales@saffron-organics.in> User unknown", "5.1.1",
              "mx.zoho.in"), hard("sales@saffron-organics.in")),
    ("h56-gmail-dns", f"{GMAIL_SRC} (DNS failure: Status 4.0.0 with Action failed)",
     g_dns("n11", "accounts@brennerholz-gmbh.de"), [("accounts@brennerholz-gmbh.de", True, HU, R, False)]),
    ("h56-gmail-own-overquota-perm", f"{GMAIL_SRC}; {GREF} 552 5.2.2 OverQuotaPerm",
     g_remote("n12", "omar.haddad.biz@gmail.com", "552-5.2.2 The email account that you tried to reach is over quota. "
              "Please direct\n 552-5.2.2 the recipient to\n 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm "
              "d9443c01a7336-29a1si40.77 - gsmtp", "5.2.2", GMX, heading="Message not delivered", lead=PROBLEM),
     soft("omar.haddad.biz@gmail.com", FULL)),
    ("h56-gmail-rackspace-delay", f"{GMAIL_SRC} ('** Delivery incomplete **'); {SMTPC} (Rackspace G6)",
     g_delay("n13", "j.keller@alpenrose-hotels.ch", "450 4.4.1 <j.keller@alpenrose-hotels.ch>: The recipient's server "
             "was temporarily unavailable to accept your message (G6)", "4.4.1", "mx1.emailsrvr.com"),
     later("j.keller@alpenrose-hotels.ch")),
    ("h56-gmail-mimecast-greylist", f"{GMAIL_SRC} (delay); {MIMECAST}",
     g_delay("n14", "r.osei@kingsbridge-law.co.uk", "451 Internal resource temporarily unavailable - "
             "https://community.mimecast.com/docs/DOC-1369#451", "4.0.0", "eu-smtp-inbound-1.mimecast.com"),
     later("r.osei@kingsbridge-law.co.uk")),
    ("h56-gmail-yahoo-tss04", f"{GMAIL_SRC} (delay); Yahoo Sender Hub 'SMTP Error Codes' ([TSS04]), as smtp.codes/yahoo",
     g_delay("n15", "wendy.cho@yahoo.com", "421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred due to "
             "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
             "4.7.0", "mta5.am0.yahoodns.net"), later("wendy.cho@yahoo.com")),
    ("h56-gmail-rackspace-dmarc", f"{GMAIL_SRC}; {SMTPC} ('550 5.7.1 Email rejected per DMARC policy for ...')",
     g_remote("n16", "ops@tidemark-logistics.com", "550 5.7.1 Email rejected per DMARC policy for example.com (G15)",
              "5.7.1", "mx2.emailsrvr.com", heading="Message blocked", lead=BLOCKED), soft("ops@tidemark-logistics.com",
                                                                                         DMARC, S)),
    ("h56-gmail-barracuda-blocked", f"{GMAIL_SRC}; {BARRA}",
     g_remote("n17", "info@weston-pharma.com", "550 permanent failure for one or more recipients "
              "(info@weston-pharma.com:blocked)", "5.0.0", "d208155a.ess.barracudanetworks.com",
              heading="Message blocked", lead=BLOCKED), soft("info@weston-pharma.com", REFUSED, ANY)),
]

EXO_ROWS = [
    ("h56-exo-unknown-1", f"{EXO_SRC} (550 5.1.10)", exo_unknown("y1", "r.delacroix@fenmoor-group.com"),
     hard("r.delacroix@fenmoor-group.com")),
    ("h56-exo-unknown-2", f"{EXO_SRC} (550 5.1.10)", exo_unknown("y2", "purchasing.lead@tallis-marine.com"),
     hard("purchasing.lead@tallis-marine.com")),
    ("h56-exo-unknown-3", f"{EXO_SRC} (550 5.1.10)", exo_unknown("y3", "vp.operations@gresham-foods.com"),
     hard("vp.operations@gresham-foods.com")),
    ("h56-exo-unknown-de", f"{EXO_SRC} (German)", exo_unknown("y4", "k.hoffmann@ruhrtal-stahl.de", "de"),
     hard("k.hoffmann@ruhrtal-stahl.de")),
    ("h56-exo-unknown-fr", f"{EXO_SRC} (French)", exo_unknown("y5", "p.morel@cidrerie-vallee.fr", "fr"),
     hard("p.morel@cidrerie-vallee.fr")),
    ("h56-exo-unknown-es", f"{EXO_SRC} (Spanish)", exo_unknown("y6", "a.ruiz@vinos-castilla.es", "es"),
     hard("a.ruiz@vinos-castilla.es")),
    ("h56-exo-remote-exrecipnotfound", f"{EXO_SRC}; Exchange Server '550 5.1.1 RESOLVER.ADR.ExRecipNotFound' "
     "(learn.microsoft.com 'Non-delivery reports in Exchange Server')",
     exo_remote("y7", "l.grant@brightwater-eng.com", "550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found", "5.1.1",
                "mail.brightwater-eng.com"), hard("l.grant@brightwater-eng.com")),
    ("h56-exo-remote-gmail-disabled", f"{EXO_SRC}; {GREF} 550 5.2.1 DisabledUser",
     exo_remote("y8", "tom.bradley.consult@gmail.com", "550 5.2.1 The email account that you tried to reach is "
                "disabled. For more information, go to https://support.google.com/mail/?p=DisabledUser "
                "a640c23a62f3a-b3f1si12.301 - gsmtp", "5.2.1", GMX), soft("tom.bradley.consult@gmail.com", SUSP)),
    ("h56-exo-remote-yahoo-overquota", f"{EXO_SRC}; {YAHOO_HELP} ('This account is over quota.')",
     exo_remote("y9", "lindsay.k.moore@yahoo.com", "554 delivery error: dd Sorry, your message to "
                "lindsay.k.moore@yahoo.com cannot be delivered. This account is over quota. - "
                "mta4012.mail.bf1.yahoo.com", "5.0.0", "mta6.am0.yahoodns.net"), soft("lindsay.k.moore@yahoo.com", FULL)),
    ("h56-exo-outbound-spam-abuse", f"{EXO_SRC}; {EXOTAB} (5.7.501 'Access denied, spam abuse detected': our tenant)",
     exo("y10", "cfo@gresham-foods.com", why="Your message couldn't be delivered because you weren't recognized as a "
         "valid sender. The most common reason for this is that your email address is suspected of sending spam and "
         "it's no longer allowed to send email.", fix="How to Fix It\nContact your email admin for assistance.",
         diag="550 5.7.501 Access denied, spam abuse detected. For more information please go to "
              "http://go.microsoft.com/fwlink/?LinkId=526653", status="5.7.501"),
     soft("cfo@gresham-foods.com", REFUSED, S)),
    ("h56-exo-remote-dmarc-5-7-509", f"{EXO_SRC}; {EXOTAB} (5.7.509 DMARC reject at the recipient's tenant)",
     exo_remote("y11", "s.nakamura@okura-trading.jp", "550 5.7.509 Access denied, sending domain example.net does not "
                "pass DMARC verification and has a DMARC policy of reject. [TYZPR01MB5437.jpnprd01.prod.outlook.com "
                "2025-10-14T09:12:44.512Z 08DE0A1B2C3D4E60]", "5.7.509", "okura-trading-jp.mail.protection.outlook.com"),
     soft("s.nakamura@okura-trading.jp", DMARC, S)),
    ("h56-exo-remote-messagelabs-spf", f"{EXO_SRC}; {EXOTAB} (5.7.23 Sender Policy Framework violation)",
     exo_remote("y12", "m.francis@clearwell-water.co.uk", "550 5.7.23 The message was rejected because of Sender "
                "Policy Framework violation", "5.7.23", "cluster1.eu.messagelabs.com"),
     soft("m.francis@clearwell-water.co.uk", AUTH, S)),
    ("h56-exo-delay-gmail-ratelimit", f"{EXO_SRC} (Action delayed); {GREF} 421 4.7.28",
     exo("y13", "helen.price.hr@gmail.com", why="Delivery is delayed to these recipients or groups: "
         "helen.price.hr@gmail.com. This message hasn't been delivered yet. Delivery will continue to be attempted.",
         fix="The server will keep trying to deliver this message for the next 1 days, 20 hours and 11 minutes.",
         diag="421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP "
              "address. To protect our users from spam, mail sent from your IP address has been temporarily rate "
              "limited. https://support.google.com/mail/?p=UnsolicitedRateLimitError - gsmtp", status="4.7.28",
         remote=GMX, action="delayed"), later("helen.price.hr@gmail.com")),
    ("h56-exo-old-unknown-fr", f"{EXO_OLD_SRC} (French); 550 5.1.10 RecipientNotFound",
     exchange_old("y14", "j.lambert@transports-rhone.fr", explain="Impossible de trouver l'adresse de messagerie que "
                  "vous avez entrée.", diag=EXO_UNKNOWN, status="5.1.10", lang="fr",
                  server="PR1P264MB1234.FRAP264.PROD.OUTLOOK.COM"), hard("j.lambert@transports-rhone.fr")),
    ("h56-exo-old-rackspace-dmarc", f"{EXO_OLD_SRC}; {SMTPC} (Rackspace G15 DMARC)",
     exchange_old("y15", "t.murray@bluestem-ag.com", explain="Your message wasn't delivered because the recipient's "
                  "email provider rejected it.", diag="550 5.7.1 Email rejected per DMARC policy for example.net (G15)",
                  status="5.7.1", remote="mx1.emailsrvr.com",
                  server="DM6PR17MB3996.namprd17.prod.outlook.com"), soft("t.murray@bluestem-ag.com", DMARC, S)),
]

OURIP = "198.51.100.7"
OTHER_ROWS = [
    ("h56-postfix-fastmail-virtual", f"{POSTFIX_SRC}; {FASTMAIL} ('Recipient address rejected: User unknown in "
     "virtual mailbox table')",
     pf_remote("r1", "hello@quillstone.studio", "550 5.1.1 <hello@quillstone.studio>: Recipient address rejected: "
               "User unknown in virtual mailbox table", "5.1.1", "in2-smtp.messagingengine.com"),
     hard("hello@quillstone.studio")),
    ("h56-postfix-gmail-ptr", f"{POSTFIX_SRC}; {GREF} 550 5.7.25 (no PTR record)",
     pf_remote("r2", "ravi.menon.ops@gmail.com", f"550-5.7.25 [{OURIP}] The IP address sending this message does not "
               "have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a "
               "policy, Gmail does not accept messages from IPs with missing PTR records. "
               "https://support.google.com/mail/answer/81126#ip-practices - gsmtp", "5.7.25", GMX),
     soft("ravi.menon.ops@gmail.com", ("requireptr", "blocked"), S)),
    ("h56-postfix-outlook-s3150", f"{POSTFIX_SRC}; {OLC}",
     pf_remote("r3", "nate.fowler@outlook.com", f"550 5.7.1 Unfortunately, messages from [{OURIP}] weren't sent. "
               "Please contact your Internet service provider since part of their network is on our block list "
               "(S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. "
               "[DB5PEPF00014B91.eurprd04.prod.outlook.com 2025-10-14T09:12:44.201Z 08DE0A1B2C3D4E61]", "5.7.1",
               "outlook-com.olc.protection.outlook.com", command="MAIL FROM"), soft("nate.fowler@outlook.com", BLOCK, S)),
    ("h56-postfix-gmail-spf-suspicious", f"{POSTFIX_SRC}; {GREF} 550 5.7.24",
     pf_remote("r4", "dana.fisher.cpa@gmail.com", "550 5.7.24 The SPF record of the sending domain has one or more "
               "suspicious entries. For more information, go to https://support.google.com/mail/answer/81126"
               "#authentication 5b1f17b1804b1-47a1si88.12 - gsmtp", "5.7.24", GMX, command="end of DATA"),
     soft("dana.fisher.cpa@gmail.com", AUTH, S)),
    ("h56-postfix-gmail-overquota-delay", f"{POSTFIX_SRC} (delay warning); {GREF} 452 4.2.2 OverQuotaTemp",
     pf_remote("r5", "sam.oduya@gmail.com", "452-4.2.2 The email account that you tried to reach is over quota. "
               "Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp "
               "d34si16258651pld.82 - gsmtp", "4.2.2", GMX, action="delayed"), later("sam.oduya@gmail.com")),
    ("h56-exim-gmail-overquota-perm", f"{EXIM_SRC}; {GREF} 552 5.2.2 OverQuotaPerm",
     ex_remote("r6", "c.nguyen.design@gmail.com", "552-5.2.2 The email account that you tried to reach is over quota."
               " Please direct\n    552-5.2.2 the recipient to\n    552 5.2.2 https://support.google.com/mail/?p="
               "OverQuotaPerm x18si5969292wrp.492 - gsmtp", GMX), soft("c.nguyen.design@gmail.com", FULL)),
    ("h56-exim-aol-mailbox-not-found", f"{EXIM_SRC}; {CLOUDMAILIN} ('552 1 Requested mail action aborted, mailbox "
     "not found', Yahoo / AOL)",
     ex_remote("r7", "gkowalczyk@aol.com", "552 1 Requested mail action aborted, mailbox not found",
               "mx-aol.mail.gm0.yahoodns.net"), hard("gkowalczyk@aol.com")),
    ("h56-exim-mx-nonexistent", f"{EXIM_SRC}; Exim src/src/transports/smtp.c / host.c ('all relevant MX records "
     "point to non-existent hosts')",
     exim("r8", "info@marlowe-tiling.co.uk", detail="all relevant MX records point to non-existent hosts"),
     [("info@marlowe-tiling.co.uk", True, HU, R, False)]),
    ("h56-exim-gmail-receiving-too-fast", f"{EXIM_SRC} (warn_message delay); {GREF} 450 4.2.1",
     exim("r9", "amy.l.carter@gmail.com", detail="SMTP error from remote mail server after RCPT TO:"
          "<amy.l.carter@gmail.com>: 450-4.2.1 The user you are trying to contact is receiving mail too quickly. "
          "Please resend your message at a later time. If the user is able to receive mail at that time, your "
          "message will be delivered. - gsmtp", delay_hours=24), later("amy.l.carter@gmail.com")),
    ("h56-sendmail-not-valid-mailbox", f"{SENDMAIL_SRC}; newpages.com.my 'Email error message' list ('550 5.1.1 "
     "<...> is not a valid mailbox')",
     sendmail("r10", "h.tan@straits-marine.com.sg", remote="mail.straits-marine.com.sg",
              rcpt_reply="550 5.1.1 <h.tan@straits-marine.com.sg> is not a valid mailbox", status="5.1.1"),
     hard("h.tan@straits-marine.com.sg")),
    ("h56-qmail-chkuser", f"{QMAIL_SRC}; {CHKUSER}",
     qmail("r11", "bookings@villa-aurelia.it", detail="203.0.113.60 does not like recipient.\nRemote host said: 511 "
           "sorry, no mailbox here by that name (#5.1.1 - chkuser)\nGiving up on 203.0.113.60."),
     hard("bookings@villa-aurelia.it")),
    ("h56-exch2010-recipnotfound", f"{EX2007_SRC}; Exchange 2010 '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
     exch2007("r12", "d.mercer@corp.example-ltd.com", explain="The e-mail address you entered couldn't be found. "
              "Please check the recipient's e-mail address and try to resend the message. If the problem continues, "
              "please contact your helpdesk.", diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", status="5.1.1"),
     hard("d.mercer@corp.example-ltd.com")),
    ("h56-exchange-onprem-cisco-de", f"{EXO_OLD_SRC} (German); {CISCO}",
     exchange_old("r13", "m.braun@kessler-pumpen.de", explain="Der Remote-E-Mail-Server hat die Adresse abgelehnt.",
                  diag="550 #5.1.0 Address rejected.", status="5.1.0", lang="de", remote="esa1.kessler.iphmx.com"),
     hard("m.braun@kessler-pumpen.de")),
]

NONBOUNCE_ROWS = [
    ("h56-nb-outlook-oof", f"{MSOOF}; nonbounce46_layouts.outlook_oof",
     outlook_oof("h56-oof", "Jordan Pike <j.pike@kestrel-eng.com>", "Automatic reply:", "Thank you for your email. I "
                 "am out of the office until 12 January with limited access to email. For urgent matters please "
                 "contact projects@kestrel-eng.com."), NB),
    ("h56-nb-outlook-departed", f"{MSOOF} (a departed employee's mailbox kept with an automatic reply; taxonomy §5: "
     "an auto-reply is no bounce, review nonbounce46)",
     outlook_oof("h56-left", "Dana Whitlock <d.whitlock@kestrel-eng.com>", "Automatic reply:", "Dana Whitlock has left "
                 "Kestrel Engineering. This mailbox is no longer monitored. For sales enquiries please contact "
                 "sales@kestrel-eng.com."), NB),
    ("h56-nb-gmail-vacation-departed", f"{GVAC} (a leaver's Workspace account with a responder; taxonomy §5)",
     gmail_vacation("h56-gleft", "Tomás Okafor <t.okafor@larchmont-build.com>", "I no longer work at Larchmont Build. "
                    "Your email will not be forwarded. Please contact info@larchmont-build.com for assistance."), NB),
    ("h56-nb-gmail-vacation", f"{GVAC}",
     gmail_vacation("h56-gvac", "Ana Ruiz <a.ruiz@vinos-castilla.es>", "I'm travelling until Monday and will reply "
                    "when I'm back. Thanks!"), NB),
    ("h56-nb-de-abwesenheit", "RFC 3834 auto-reply (holdout51_layouts.auto_reply); Exchange's German 'Automatische "
     "Antwort:' prefix (Microsoft support, Outlook automatic replies)",
     auto_reply("z5", "Kai Hoffmann <k.hoffmann@ruhrtal-stahl.de>", subject="Automatische Antwort: Quick question about "
                "your Q4 logistics", body="Vielen Dank für Ihre Nachricht. Ich bin bis zum 20. Oktober nicht im Büro "
                "und habe keinen Zugriff auf meine E-Mails.\n", lang="de-DE"), NB),
    ("h56-nb-read-receipt", "RFC 8098 read receipt (holdout51_layouts.read_receipt)",
     read_receipt("z6", "Priya Raman <p.raman@orchid-analytics.com>", human="Your message\n\n  To: Priya Raman\n  "
                  "Subject: Quick question about your Q4 logistics\n\nwas read on 14 October 2025 10:02:11.",
                  subject="Read: Quick question about your Q4 logistics"), NB),
    ("h56-nb-postfix-success", "Postfix bounce(8) success report (holdout51_layouts.postfix_success)",
     postfix_success("z7", "lead@orchid-analytics.com"), NB),
    ("h56-nb-exchange-delivered", "Exchange 2010 delivery receipt (holdout51_layouts.exch_delivered)",
     exch_delivered("z8", "d.mercer@corp.example-ltd.com"), NB),
]

# Second batch (committed before its own first run, after the first batch had run): providers the first left out.
ICLOUD = "smtp.codes/icloud (Apple's replies) and Chargebee's note on iCloud's '552 5.2.2 <...>: user is over quota'"
MORE_ROWS = [
    ("h56-gmail-icloud-overquota", f"{GMAIL_SRC}; {ICLOUD}",
     g_remote("n18", "jess.armitage@icloud.com", "552 5.2.2 <jess.armitage@icloud.com>: user is over quota", "5.2.2",
              "mx02.mail.icloud.com", heading="Message not delivered", lead=PROBLEM), soft("jess.armitage@icloud.com",
                                                                                          FULL)),
    ("h56-exo-icloud-dmarc", f"{EXO_SRC}; smtp.codes/icloud ('550 5.7.1 Your message was rejected due to ... DMARC "
     "policy.')",
     exo_remote("y16", "r.castillo@me.com", "550 5.7.1 Your message was rejected due to example.net DMARC policy.",
                "5.7.1", "mx01.mail.icloud.com"), soft("r.castillo@me.com", DMARC, S)),
    ("h56-exo-mimecast-antispoofing", f"{EXO_SRC}; Mimecast SMTP Error Codes ('550 Rejected by header based "
     "Anti-Spoofing policy', as suped.com's Mimecast page quotes it)",
     exo_remote("y17", "n.shah@ashgrove-capital.com", "550 Rejected by header based Anti-Spoofing policy: "
                "n.shah@ashgrove-capital.com - https://community.mimecast.com/docs/DOC-1369#550 [pQ7rS8tU.uk321]",
                "5.0.0", "eu-smtp-inbound-2.mimecast.com"), soft("n.shah@ashgrove-capital.com", REFUSED + AUTH, S)),
    ("h56-exo-outbound-bad-sender", f"{EXO_SRC}; {EXOTAB} (5.1.8 'Access denied, bad outbound sender': our tenant)",
     exo("y18", "buyer@tallis-marine.com", why="Your message couldn't be delivered because you weren't recognized as a "
         "valid sender.", fix="How to Fix It\nContact your email admin for assistance.",
         diag="550 5.1.8 Access denied, bad outbound sender", status="5.1.8"),
     soft("buyer@tallis-marine.com", REFUSED, S)),
    ("h56-postfix-gmail-unsolicited", f"{POSTFIX_SRC}; {GREF} 550 5.7.1 (likely unsolicited mail)",
     pf_remote("r14", "kim.ashby.events@gmail.com", f"550-5.7.1 [{OURIP}] Our system has detected that this message "
               "is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. "
               "For more information, go to https://support.google.com/mail/?p=UnsolicitedMessageError "
               "41be03b00d2f7-b5a2si31.101 - gsmtp", "5.7.1", GMX, command="end of DATA"),
     soft("kim.ashby.events@gmail.com", ("spamdetected", "blocked", "policyviolation"), S)),
    ("h56-exim-godaddy-spam", f"{EXIM_SRC}; {GODADDY} ('552 Message rejected for spam or virus content')",
     exim("r15", "orders@redfern-bakery.com", detail="host mx2.secureserver.net [203.0.113.30]\n    SMTP error from "
          "remote mail server after end of data:\n    552 5.3.0 <orders@redfern-bakery.com> Message rejected for spam "
          "or virus content"),
     soft("orders@redfern-bakery.com", ("spamdetected", "virusdetected", "filtered", "policyviolation"), ANY)),
    ("h56-postfix-ionos-quota", f"{POSTFIX_SRC}; IONOS Help 'Error Messages Caused by Undeliverable Email' ('550 "
     "Quota Exceeded: The recipient's mailbox is full')",
     pf_remote("r16", "b.schreiner@holzbau-schreiner.de", "550 Quota Exceeded", "5.0.0", "mx00.ionos.de"),
     soft("b.schreiner@holzbau-schreiner.de", FULL)),
]

ROWS = GMAIL_ROWS + EXO_ROWS + OTHER_ROWS + NONBOUNCE_ROWS + MORE_ROWS
