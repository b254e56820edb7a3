"""Holds 58: a MEASUREMENT of the classifier on notices that say a message was HELD, QUARANTINED, MODERATED or
REFUSED BY A SECURITY / POLICY LAYER (Mimecast, Proofpoint, Microsoft 365 / Defender, Google Workspace, Barracuda,
Sophos, Cisco, Trend Micro, Symantec.cloud, list servers, TLS-required and size / attachment refusals) rather than by
the mailbox. Whole notices, HAND-MADE after the generators' layouts (review_holdout50_layouts.py, plain notices below)
with the replies in the vendors' own published words (cited per row). Expected rows (address, hard, reasons, scope,
delay; [] = no bounce) written from those words and shared/classifier/taxonomy.md BEFORE the classifier ran on them
(committed first): the refusals are soft (a hold or a quarantine is no failure at all: []); eight rows are hard
failures that such a layer reports (its 'no such recipient' at RCPT). Names "hd58-<wrapper>-<what>"."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, S, hard, later, soft
from tests.classifier.review_holdout50 import NOSUCH, ex_remote, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, REP, SELLER,
                                                       exim, exo, postfix)
from tests.classifier.review_holds58_layouts import (AMAVIS, BARRA_LOG, BARRA_Q, BCMX, BIG, CISCO_HAT, CONTENT, DDEI,
                                                     DEFENDER_Q, EOPMX, EXO_124, EXO_133, EXO_134,
                                                     EXO_135, EXO_136, EXO_350, EXO_571, EXO_NDR, GBLOCK, GGROUPS,
                                                     GMX, GPOLICY, GREF, IPBLOCK, MCMX, MC_HOLD, MIMECAST, MM2, MM3,
                                                     MM3_LMTP, NB, NOTALLOWED, PPE, PPE_OUTQ, PPMX, PPS_SPAM, REFUSED,
                                                     RFC_TLS, SOMX, SOPHOS, SOPHOS_Q, SPAM, SYMC, SYMC2, TLS,
                                                     TLS_EXIM, TLS_PF, exo_own, g_block, g_problem, plain)


POLICY = tuple(sorted(set(REFUSED) | set(CONTENT)))
MC = "https://community.mimecast.com/docs/DOC-1369#550"
T = "d75a77b69052e-4f1c2b3a9d8si1234567qtb.{n} - gsmtp"
PF_DATA = "end of DATA"

MIMECAST_ROWS = [
    ("hd58-gmail-mimecast-envelope-blocked",
     f"{GMAIL_SRC}; {MIMECAST} ('Administrative prohibition - envelope blocked')",
     g_block("m1", "r.ahmed@brightwater-ins.co.uk", f"550 Administrative prohibition - envelope blocked - {MC}",
             "5.0.0", MCMX), soft("r.ahmed@brightwater-ins.co.uk", REFUSED, ANY)),
    ("hd58-pf-mimecast-security-policies", f"{POSTFIX_SRC}; {MIMECAST} ('Email rejected due to security policies')",
     pf_remote("m2", "j.oduya@tallis-energy.com", "554 Email rejected due to security policies - "
               "https://community.mimecast.com/docs/DOC-1369#554", "5.0.0", MCMX, command=PF_DATA),
     soft("j.oduya@tallis-energy.com", POLICY, ANY)),
    ("hd58-exo-mimecast-user-entry", f"{EXO_SRC}; {MIMECAST} ('Envelope blocked - User Entry': the recipient's own "
     "blocked senders list)",
     exo_remote("m3", "p.santos@quayline.co.uk", f"550 Envelope blocked - User Entry - {MC}", "5.0.0", MCMX),
     soft("p.santos@quayline.co.uk", REFUSED, ANY)),
    ("hd58-exim-mimecast-header-blocked", f"{EXIM_SRC}; {MIMECAST} ('Rejected by header based manually Blocked "
     "Senders')",
     exim("m4", "k.brandt@oberhaus-gruppe.de", detail=f"host {MCMX} [203.0.113.31]\n    SMTP error from remote mail "
          f"server after end of data:\n    550 Rejected by header based manually Blocked Senders: {SELLER} - {MC}"),
     soft("k.brandt@oberhaus-gruppe.de", REFUSED, ANY)),
    ("hd58-gmail-mimecast-invalid-recipient", f"{GMAIL_SRC}; {MIMECAST} ('Invalid Recipient' at RCPT)",
     g_remote("m5", "helpdesk@brightwater-ins.co.uk", f"550 Invalid Recipient - {MC}", "5.0.0", MCMX),
     hard("helpdesk@brightwater-ins.co.uk")),
    ("hd58-pf-mimecast-invalid-recipient", f"{POSTFIX_SRC}; {MIMECAST} ('Invalid Recipient' at RCPT)",
     pf_remote("m6", "a.fischer@tallis-energy.com", f"550 Invalid Recipient - {MC}", "5.0.0", MCMX),
     hard("a.fischer@tallis-energy.com")),
    ("hd58-plain-mimecast-held", MC_HOLD,
     plain("m7", "Mimecast Notifications <postmaster@notify.quayline.co.uk>", "Message on hold: Quick question about "
           "your Q4 logistics", "Your message to p.santos@quayline.co.uk has been placed on hold by the recipient "
           "organisation's email security policy (Attachment Policy).\n\nIt has not been delivered yet. An "
           "administrator will review it and release or reject it. Held messages are removed after 14 days.\n\n"
           "Subject: Quick question about your Q4 logistics\nSent: Tue, 14 Oct 2025 09:10\n"), NB),
]

PROOFPOINT_ROWS = [
    ("hd58-pf-proofpoint-consider-spam", f"{POSTFIX_SRC}; {PPS_SPAM}",
     pf_remote("p1", "l.herrera@marisol-foods.com", "554 5.7.1 The message from (<seller@example.com>) with the "
               "subject of (Quick question about your Q4 logistics) matches a profile the Internet community may consider "
               "spam. Please revise your message before resending.", "5.7.1", PPMX, command=PF_DATA),
     soft("l.herrera@marisol-foods.com", SPAM, ANY)),
    ("hd58-exo-proofpoint-350-spam", f"{EXO_SRC}; {EXO_350}; {PPS_SPAM}",
     exo_remote("p2", "t.nakamura@seiwa-trading.com", "550 5.7.350 Remote server returned message detected as spam -> "
                f"554 5.7.1 The message from (<{REP}>) with the subject of (Quick question about your Q4 logistics) "
                "matches a profile the Internet community may consider spam. Please revise your message before "
                "resending.", "5.7.350", PPMX), soft("t.nakamura@seiwa-trading.com", SPAM, ANY)),
    ("hd58-gmail-proofpoint-user-unknown", f"{GMAIL_SRC}; {PPE} (bounced at RCPT: '550 5.1.1 User Unknown')",
     g_remote("p3", "orders@marisol-foods.com", "550 5.1.1 User Unknown", "5.1.1", PPMX),
     hard("orders@marisol-foods.com")),
    ("hd58-exim-proofpoint-ipcheck", f"{EXIM_SRC}; {PPE}; Proofpoint's '554 Blocked - see https://ipcheck.proofpoint"
     ".com/?ip=...' (the IP reputation lookup its replies point to)",
     ex_remote("p4", "c.dubois@lumiere-conseil.fr", "554 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.7",
               PPMX), soft("c.dubois@lumiere-conseil.fr", IPBLOCK, S)),
    ("hd58-plain-ppe-outbound-quarantined", PPE_OUTQ,
     plain("p5", "Proofpoint Essentials <no-reply@proofpointessentials.com>", "Outbound Quarantine Notification",
           f"Your outbound email has been blocked for delivery and is being held in quarantine.\n\nSender: {SELLER}\n"
           "Recipient: d.kaur@halden-tools.com\nSubject: Quick question about your Q4 logistics\n\nView Message: "
           "https://us1.proofpointessentials.com/app/quarantine/7f3a\nYou can release this email from quarantine, "
           "which will then deliver it to the intended recipient.\n\nSuspend these alerts for: 1 hour | 3 hours | "
           "24 hours\n"), NB),
    ("hd58-plain-pps-end-user-digest", "Proofpoint Protection Server End User Digest (Proofpoint PPS admin guide "
     "'End User Digest': messages in your personal quarantine, Release / Safelist links); HAND-MADE (weak)",
     plain("p6", "Proofpoint Digest <pps-digest@example.net>", "End User Digest: 3 New Messages", "The emails listed "
           "below have been placed in your personal Quarantine. They will be deleted after 14 days.\n\nRelease | "
           "Release and Allow Sender | Not Spam\n\nalerts@vendor-news.example   Your invoice is ready   Score 92\n"
           "promo@lowcost-leads.example   10,000 verified leads   Score 99\n", to=REP), NB),
]

MS_ROWS = [
    ("hd58-exo-own-5-7-133-group", f"{EXO_SRC}; {EXO_133}",
     exo_own("x1", "all-staff@northwind-co.com", "Your message can't be delivered because delivery to this group is "
             "restricted to authenticated senders.", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; "
             "authentication required; Delivery restriction check failed as sender not authenticated for group",
             "5.7.133"), soft("all-staff@northwind-co.com", NOTALLOWED, ANY)),
    ("hd58-gmail-eop-5-7-134-mailbox", f"{GMAIL_SRC}; {EXO_134}",
     g_block("x2", "ceo@northwind-co.com", "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication "
             "required; Delivery restriction check failed as sender not authenticated for mailbox "
             "[DM6PR11MB4321.namprd11.prod.outlook.com 2025-10-14T09:12:40.512Z 08DE0A1B2C3D4E60]", "5.7.134", EOPMX),
     soft("ceo@northwind-co.com", NOTALLOWED, ANY)),
    ("hd58-pf-eop-5-7-135-public-folder", f"{POSTFIX_SRC}; {EXO_135}",
     pf_remote("x3", "invoices@northwind-co.com", "550 5.7.135 RESOLVER.RST.SenderNotAuthenticatedForPublicFolder; "
               "authentication required; Delivery restriction check failed as sender not authenticated for public "
               "folder", "5.7.135", EOPMX), soft("invoices@northwind-co.com", NOTALLOWED, ANY)),
    ("hd58-exo-eop-5-7-136-mail-user", f"{EXO_SRC}; {EXO_136}",
     exo_remote("x4", "contractor.liu@northwind-co.com", "550 5.7.136 RESOLVER.RST.SenderNotAuthenticatedForMailUser; "
                "authentication required; Delivery restriction check failed as sender not authenticated for mail "
                "user", "5.7.136", EOPMX), soft("contractor.liu@northwind-co.com", NOTALLOWED, ANY)),
    ("hd58-exim-eop-5-7-124-allowed-senders", f"{EXIM_SRC}; {EXO_124}",
     ex_remote("x5", "board@northwind-co.com", "550 5.7.124 Sender not in allowed-senders list for this group", EOPMX),
     soft("board@northwind-co.com", NOTALLOWED, ANY)),
    ("hd58-exo-transport-rule-reject", f"{EXO_SRC}; {EXO_571} (a mail flow rule's 'Reject the message with the "
     "explanation', TRANSPORT.RULES.RejectMessage)",
     exo("x6", "procurement@harlow-build.com", why="Northwind Group does not accept .zip attachments from external "
         "senders. Please share the file through a link instead.", fix="How to Fix It\nRemove the attachment and "
         "resend, or contact the recipient by some other means.", diag="550 5.7.1 TRANSPORT.RULES.RejectMessage; the "
         "message was rejected by organization policy", status="5.7.1"),
     soft("procurement@harlow-build.com", POLICY, ANY)),
    ("hd58-gmail-eop-rule-custom-text", f"{GMAIL_SRC}; {EXO_571} (the rule's admin text in the 550 reply)",
     g_block("x7", "finance@harlow-build.com", "550 5.7.1 Harlow Build does not accept attachments of this type from "
             "outside senders. Please share a link instead.", "5.7.1", "harlowbuild-com.mail.protection.outlook.com"),
     soft("finance@harlow-build.com", POLICY, ANY)),
    ("hd58-exo-own-size-limit", f"{EXO_SRC}; {EXO_NDR} ('550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed "
     "maximum size for route')",
     exo("x8", "drawings@harlow-build.com", why="Your message couldn't be delivered because it's larger than the size "
         "limit for this recipient.", fix="How to Fix It\nReduce the size of the attachments and resend the message.",
         diag="550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route", status="5.3.4"),
     soft("drawings@harlow-build.com", BIG, ANY)),
    ("hd58-plain-defender-quarantine-digest", DEFENDER_Q,
     plain("x9", "Microsoft 365 Security <quarantine@messaging.microsoft.com>", "Microsoft 365 security: You have "
           "messages in quarantine", "Review these 2 messages that are being held for you.\n\nQuarantined "
           "messages\n\nSender: alerts@vendor-news.example\nSubject: Your invoice is ready\nDate: 14/10/2025 08:01\n"
           "Review message | Release | Block sender\n\nSender: events@expo-hall.example\nSubject: Last chance to "
           "register\nDate: 14/10/2025 07:45\nReview message | Release | Block sender\n", to=REP), NB),
]

GOOGLE_ROWS = [
    ("hd58-pf-gmail-552-security-issue", f"{POSTFIX_SRC}; {GBLOCK}",
     pf_remote("g1", "m.rossi@vellano-group.it", "552-5.7.0 This message was blocked because its content presents a "
               "potential 552-5.7.0 security issue. Please visit 552-5.7.0 https://support.google.com/mail/?p="
               "BlockedMessage to review our 552 5.7.0 message content and attachment content guidelines. "
               + T.format(n=1),
               "5.7.0", GMX, command=PF_DATA), soft("m.rossi@vellano-group.it", CONTENT, ANY)),
    ("hd58-exim-gmail-illegal-attachment", f"{EXIM_SRC}; {GREF} ('552-5.7.0 Our system detected an illegal attachment "
     "on your message'); {GBLOCK}",
     exim("g2", "s.greco@vellano-group.it", detail=f"host {GMX} [142.250.27.26]\n    SMTP error from remote mail "
          "server after end of data:\n    552-5.7.0 Our system detected an illegal attachment on your message. Please\n"
          "    552-5.7.0 visit https://support.google.com/mail/?p=BlockedMessage to review our\n"
          f"    552 5.7.0 attachment guidelines. {T.format(n=2)}"), soft("s.greco@vellano-group.it", CONTENT, ANY)),
    ("hd58-gmail-own-domain-policy", f"{GMAIL_SRC}; {GREF} ('550 5.7.1 ... has a policy that prohibited the mail')",
     g_block("g3", "b.oyelaran@kestrel-audit.com", "550 5.7.1 [198.51.100.7] The user or domain that you are sending "
             "to (or from) has a policy that prohibited the mail that you sent. Please contact your domain "
             f"administrator for further details. For more information, visit https://support.google.com/a/answer/"
             f"172179 {T.format(n=3)}", "5.7.1"), soft("b.oyelaran@kestrel-audit.com", POLICY, ANY)),
    ("hd58-gmail-own-content-compliance", f"{GMAIL_SRC}; {GPOLICY} (a Workspace content compliance / objectionable "
     "content rule set to reject)",
     g_block("g4", "legal@kestrel-audit.com", "Message rejected. See https://support.google.com/mail/answer/69585 for "
             "more information.", "5.0.0", None), soft("legal@kestrel-audit.com", POLICY, ANY)),
    ("hd58-pf-gmail-size-limit", f"{POSTFIX_SRC}; {GREF} ('552-5.2.3 Your message exceeded Google's message size "
     "limits')",
     pf_remote("g5", "f.mensah@accra-logistics.com", "552-5.2.3 Your message exceeded Google's message size limits. "
               "Please visit 552-5.2.3 https://support.google.com/mail/?p=MaxSizeError to view our size 552 5.2.3 "
               f"guidelines. {T.format(n=5)}", "5.2.3", GMX, command=PF_DATA),
     soft("f.mensah@accra-logistics.com", ("mesgtoobig", "exceedlimit"), ANY)),
    ("hd58-plain-ggroups-permission", GGROUPS,
     plain("g6", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           f"Hello {SELLER},\n\nWe're writing to let you know that the group you tried to contact (procurement-team) "
           "may not exist, or you may not have permission to post messages to the group. A few more details on "
           "why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n"
           " * The owner of the group may have removed this group.\n * You may need to join the group before "
           "receiving permission to post.\n * This group may not be open to posting.\n\nIf you have questions "
           "related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/."
           "\n\nThanks,\n\naccra-logistics.com admins\n", orig_to="procurement-team@accra-logistics.com",
           extra="Auto-Submitted: auto-replied\n"), soft("procurement-team@accra-logistics.com", (), ANY)),
    ("hd58-gmail-workspace-group-gone", f"{GMAIL_SRC}; {GREF} 5.1.1 (a deleted Google Group's address at a Workspace "
     "domain reads as no such account)",
     g_remote("g7", "vendors@accra-logistics.com", f"550-5.1.1 {NOSUCH} {T.format(n=7)}", "5.1.1", GMX),
     hard("vendors@accra-logistics.com")),
]

GATEWAY_ROWS = [
    ("hd58-pf-barracuda-blocked", f"{POSTFIX_SRC}; {BARRA_LOG}",
     pf_remote("b1", "h.ng@harbor-pharma.com", "550 permanent failure for one or more recipients "
               "(h.ng@harbor-pharma.com:blocked)", "5.0.0", BCMX, command=PF_DATA),
     soft("h.ng@harbor-pharma.com", REFUSED, ANY)),
    ("hd58-plain-barracuda-quarantine-digest", BARRA_Q,
     plain("b2", "Barracuda Email Security Service <quarantine@barracudanetworks.com>", "Quarantine Summary for "
           f"{REP}", "Barracuda Email Security Service quarantine notification\n\nThe following 2 messages have been "
           "quarantined since your last summary. Deliver, Allow List or Delete them from your quarantine.\n\n"
           "From: promo@lowcost-leads.example   Subject: 10,000 verified leads   Reason: Intent\n"
           "From: hr@payroll-update.example   Subject: Action required   Reason: Anti-Fraud\n", to=REP), NB),
    ("hd58-pf-sophos-dbl", f"{POSTFIX_SRC}; {SOPHOS} (XGEMAIL_0005)",
     pf_remote("s1", "e.walsh@corrib-marine.ie", "550 5.7.1 XGEMAIL_0005 Sender domain failed a DBL test.", "5.7.1",
               SOMX, command="MAIL FROM"), soft("e.walsh@corrib-marine.ie", REFUSED + ("badreputation",), S)),
    ("hd58-exim-sophos-tls-version", f"{EXIM_SRC}; {SOPHOS} (XGEMAIL_0006)",
     ex_remote("s2", "n.byrne@corrib-marine.ie", "550 5.7.1 XGEMAIL_0006 Message rejected because the TLS version "
               "used doesn't match the version configured in your policy.", SOMX, command="MAIL FROM"),
     soft("n.byrne@corrib-marine.ie", TLS + REFUSED, ANY)),
    ("hd58-gmail-sophos-size", f"{GMAIL_SRC}; {SOPHOS} (XGEMAIL_0012)",
     g_problem("s3", "plans@corrib-marine.ie", "552 5.3.4 XGEMAIL_0012 Message rejected because it exceeded the "
               "allowed size.", "5.3.4", SOMX), soft("plans@corrib-marine.ie", BIG, ANY)),
    ("hd58-exo-sophos-no-such-recipient", f"{EXO_SRC}; {SOPHOS} (XGEMAIL_0011)",
     exo_remote("s4", "old.sales@corrib-marine.ie", "550 5.1.1 XGEMAIL_0011 Message rejected because the recipient's "
                "email address doesn't exist in the Sophos Email protected domain.", "5.1.1", SOMX),
     hard("old.sales@corrib-marine.ie")),
    ("hd58-plain-sophos-quarantine-digest", SOPHOS_Q,
     plain("s5", "Sophos Email <do-not-reply@central.sophos.com>", "You have 3 new quarantined messages", "Sophos "
           "Email quarantine digest\n\nThese messages were held for review and have not been delivered to your "
           "inbox. Release or delete them; quarantined messages are kept for 30 days.\n\n1. promo@lowcost-leads."
           "example - 10,000 verified leads (Spam)\n2. billing@unknown-vendor.example - Invoice 4471 (Suspicious "
           "attachment)\n3. news@expo-hall.example - Last chance to register (Bulk)\n", to=REP), NB),
    ("hd58-pf-cisco-hat-reject", f"{POSTFIX_SRC}; {CISCO_HAT}",
     pf_remote("c1", "y.tanaka@seiwa-trading.com", "550 #5.7.1 Your access to submit messages to this e-mail system "
               "has been rejected.", "5.7.1", "esa1.seiwa-trading.iphmx.com"),
     soft("y.tanaka@seiwa-trading.com", IPBLOCK + REFUSED, S)),
    ("hd58-plain-cisco-spam-quarantine", "Cisco AsyncOS for Email 'Spam Quarantine' end-user notification (user "
     "guide: 'The message(s) below have been blocked by your administrator as suspected spam'); HAND-MADE (weak)",
     plain("c2", "Spam Quarantine <quarantine@esa1.example.net>", "Spam Quarantine Notification", "The message(s) "
           "below have been blocked by your administrator as suspected spam.\n\nThere are 2 new messages in your "
           "Email Quarantine since you received your last Spam Quarantine Notification. If the messages below are "
           "spam, you do not need to take any action. Messages will be automatically removed from the quarantine "
           "after 14 day(s).\n\nRelease  From: promo@lowcost-leads.example  Subject: 10,000 verified leads\n", to=REP),
     NB),
    ("hd58-pf-ddei-block-permanently", f"{POSTFIX_SRC}; {DDEI} ('521 Block permanently (Sender Filtering/"
     "Authentication)')",
     pf_remote("t1", "w.schulz@oberhaus-gruppe.de", "521 Block permanently (Sender Filtering/Authentication)",
               "5.0.0", "ddei.oberhaus-gruppe.de", command="MAIL FROM"),
     soft("w.schulz@oberhaus-gruppe.de", ("blocked", "authfailure", "rejected", "policyviolation", "securityerror"),
          S)),
    ("hd58-exim-ddei-rbl", f"{EXIM_SRC}; {DDEI} ('550 Permanent denial of connection (550) for RBL+ matches (ERS)')",
     ex_remote("t2", "g.weber@oberhaus-gruppe.de", "550 Permanent denial of connection (550) for RBL+ matches (ERS)",
               "ddei.oberhaus-gruppe.de"), soft("g.weber@oberhaus-gruppe.de", IPBLOCK, S)),
]

ML = "This is the mail delivery agent at messagelabs.com.\n\nI was unable to deliver your message to the following " \
     "addresses:\n\n{a}\n\nReason: {host} gave this error:\n{reply}\n"


def messagelabs(rid: str, a: str, reply: str, host: str = "mail.corbel-legal.com") -> bytes:
    """Symantec Email Security.cloud's own bounce ('This is the mail delivery agent at messagelabs.com.')."""
    return plain(rid, "MAILER-DAEMON@messagelabs.com", "failure notice", ML.format(a=a, host=host, reply=reply),
                 orig_to=a, extra="")


SYMANTEC_ROWS = [
    ("hd58-gmail-symc-denied-mode", f"{GMAIL_SRC}; {SYMC} ('554 Denied (Mode: normal)')",
     g_block("y1", "k.osei@corbel-legal.com", "554 Denied (Mode: normal)", "5.0.0", "cluster1.eu.messagelabs.com"),
     soft("k.osei@corbel-legal.com", REFUSED, ANY)),
    ("hd58-pf-symc-unsafe-content", f"{POSTFIX_SRC}; {SYMC2} ('550 Message contained unsafe content (Heuristics."
     "Phishing.Email.SpoofedDomain)')",
     pf_remote("y2", "a.price@corbel-legal.com", "550 Message contained unsafe content (Heuristics.Phishing.Email."
               "SpoofedDomain)", "5.0.0", "mail.corbel-legal.com", command=PF_DATA),
     soft("a.price@corbel-legal.com", CONTENT, ANY)),
    ("hd58-exim-symc-banned-content", f"{EXIM_SRC}; {SYMC2} ('554 Rejected due to banned content')",
     exim("y3", "r.patel@corbel-legal.com", detail="host mail.corbel-legal.com [203.0.113.44]\n    SMTP error from "
          "remote mail server after end of data:\n    554 Rejected due to banned content"),
     soft("r.patel@corbel-legal.com", CONTENT, ANY)),
    ("hd58-exo-symc-sender-blacklist", f"{EXO_SRC}; {SYMC2} ('551 Sender is on domain's blacklist')",
     exo_remote("y4", "d.evans@corbel-legal.com", "551 Sender is on domain's blacklist", "5.0.0",
                "mail.corbel-legal.com"), soft("d.evans@corbel-legal.com", REFUSED, ANY)),
    ("hd58-gmail-symc-ip-block-list", f"{GMAIL_SRC}; {SYMC2} ('5.7.1 Recipient not authorized, your IP has been "
     "found on a block list')",
     g_block("y5", "m.hughes@corbel-legal.com", "550 5.7.1 Recipient not authorized, your IP has been found on a "
             "block list", "5.7.1", "mail.corbel-legal.com"), soft("m.hughes@corbel-legal.com", IPBLOCK, S)),
    ("hd58-ml-symc-no-such-user-571", f"{SYMC} ('554 5.7.1 Recipient address rejected: No such user', its own "
     "bounce layout)",
     messagelabs("y6", "j.morgan@corbel-legal.com", "554 5.7.1 <j.morgan@corbel-legal.com>: Recipient address "
                 "rejected: No such user"), hard("j.morgan@corbel-legal.com")),
    ("hd58-ml-symc-user-unknown", f"{SYMC} ('550 User unknown', its own bounce layout)",
     messagelabs("y7", "reception@corbel-legal.com", "550 User unknown"), hard("reception@corbel-legal.com")),
    ("hd58-ml-symc-content-restrictions", f"{SYMC} ('550 5.7.1 Message rejected due to content restrictions')",
     messagelabs("y8", "s.clarke@corbel-legal.com", "550 5.7.1 Message rejected due to content restrictions"),
     soft("s.clarke@corbel-legal.com", POLICY, ANY)),
    ("hd58-ml-symc-size", f"{SYMC} ('552 5.3.4 Message size exceeds fixed maximum message size')",
     messagelabs("y9", "plans@corbel-legal.com", "552 5.3.4 Message size exceeds fixed maximum message size"),
     soft("plans@corbel-legal.com", BIG, ANY)),
]

LIST = "lists.partner.example"
HELD2 = ("Your mail to 'Partners' with the subject\n\n    Quick question about your Q4 logistics\n\nIs being held "
         "until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    {why}\n\nEither the "
         "message will get posted to the list, or you will receive\nnotification of the moderator's decision.\n")
LIST_ROWS = [
    ("hd58-plain-mm2-held-implicit", f"{MM2} (Hold.py ImplicitDestination: 'Message has implicit destination')",
     plain("l1", f"partners-bounces@{LIST}", "Your message to Partners awaits moderator approval",
           HELD2.format(why="Message has implicit destination"), extra="Precedence: bulk\n"), NB),
    ("hd58-plain-mm2-held-too-big", f"{MM2} (Hold.py MessageTooBig: 'Message body is too big: ... bytes with a limit "
     "of ... KB')",
     plain("l2", f"partners-bounces@{LIST}", "Your message to Partners awaits moderator approval",
           HELD2.format(why="Message body is too big: 48213 bytes with a limit of 40 KB"), extra="Precedence: bulk\n"),
     NB),
    ("hd58-plain-mm3-held-nonmember", MM3,
     plain("l3", f"vendors-owner@{LIST}", f"Your message to vendors@{LIST} awaits moderator approval",
           f"Your mail to 'vendors@{LIST}' with the subject\n\n    Quick question about your Q4 logistics\n\nIs being "
           "held until the list moderator can review it for approval.\n\nThe message is being held because:\n\n"
           "    The message comes from a moderated member\n\nEither the message will get posted to the list, or you "
           "will receive\nnotification of the moderator's decision.\n"), NB),
    ("hd58-plain-mm-rejected-by-moderator", "GNU Mailman 2.1 templates/en/refuse.txt ('Your request to the ... "
     "mailing list ... has been rejected by the list moderator. The moderator gave the following reason')",
     plain("l4", f"partners-owner@{LIST}", "Request to mailing list Partners rejected",
           f"Your request to the partners@{LIST} mailing list\n\n    Posting of your message titled \"Quick question "
           "about your Q4 logistics\"\n\nhas been rejected by the list moderator.  The moderator gave the following"
           "\nreason for rejecting your request:\n\n\"Vendor solicitations are not accepted on this list.\"\n\nAny "
           f"questions or comments should be directed to the list administrator\nat:\n\n    partners-owner@{LIST}\n"),
     soft(f"partners@{LIST}", (), ANY)),
    ("hd58-pf-mm3-no-such-list", f"{POSTFIX_SRC}; {MM3_LMTP}",
     postfix("l5", f"buyers@{LIST}", reason=f"host {LIST}[private/lmtp] said: 550 Requested action not taken: "
             "mailbox unavailable (in reply to RCPT TO command)", status="5.0.0", remote=LIST,
             diag="550 Requested action not taken: mailbox unavailable"), hard(f"buyers@{LIST}")),
]

TLS_SIZE_ROWS = [
    ("hd58-pf-tls-required-delay", TLS_PF,
     postfix("v1", "audit@kestrel-audit.com", reason="TLS is required, but was not offered by host mx.kestrel-audit."
             "com[203.0.113.71]", status="4.7.4", remote="mx.kestrel-audit.com", action="delayed"),
     later("audit@kestrel-audit.com")),
    ("hd58-exim-tls-required", f"{EXIM_SRC}; {TLS_EXIM}",
     exim("v2", "labor@ferrant-lab.de", detail="host mx.ferrant-lab.de [203.0.113.72]: a TLS session is required, "
          "but the server did not offer TLS support"), soft("labor@ferrant-lab.de", TLS, ANY)),
    ("hd58-pf-starttls-first", f"{POSTFIX_SRC}; {RFC_TLS}",
     pf_remote("v3", "info@ferrant-lab.de", "530 5.7.0 Must issue a STARTTLS command first", "5.7.0",
               "mx.ferrant-lab.de", command="MAIL FROM"), soft("info@ferrant-lab.de", TLS, ANY)),
    ("hd58-exo-encryption-needed", f"{EXO_SRC}; {RFC_TLS} (5.7.10 with the registry's title; text HAND-MADE: weak)",
     exo_remote("v4", "claims@marisol-foods.com", "550 5.7.10 Encryption Needed: this domain accepts mail only over "
                "an encrypted connection", "5.7.10", "mx.marisol-foods.com"),
     soft("claims@marisol-foods.com", TLS, ANY)),
    ("hd58-plain-amavis-banned", AMAVIS,
     plain("v5", "Content-filter at vellano-group.it <postmaster@vellano-group.it>", "BANNED contents from you "
           "(application/x-msdownload,.exe,setup_tracker.exe)", "BANNED CONTENTS ALERT\n\nOur content checker found"
           "\n    banned name: application/x-msdownload,.exe,setup_tracker.exe\n\nin email presumably from you "
           f"<{SELLER}>\nto the following recipient:\n-> l.moretti@vellano-group.it\n\nOur internal reference code "
           "for your message is 28389-14/O-yo1Xs89Pl5\n\nDelivery of the email was stopped!\n\nThe message has been "
           "blocked because it contains a component\n(as a MIME part or nested within) with declared name\nor MIME "
           "type or contents type violating our access policy.\n", orig_to="l.moretti@vellano-group.it"),
     soft("l.moretti@vellano-group.it", CONTENT, ANY)),
    ("hd58-exim-cpanel-executable", f"{EXIM_SRC}; cPanel / Exim system filter antivirus.exim ('This message has been "
     "rejected because it has a potentially executable attachment')",
     exim("v6", "office@pinecrest-dental.com", detail="This message has been rejected because it has\n    a "
          "potentially executable attachment \"tracker_setup.exe\"\n    This form of attachment has been used by\n    recent "
          "viruses or other malware.\n    If you meant to send this file then please\n    package it up as a zip file "
          "and resend it.", host="server1.pinecrest-dental.com"),
     soft("office@pinecrest-dental.com", CONTENT, ANY)),
]

# After the measurement: the mend's rows (the first failed before it) and its controls (read the same before and
# after): Exim's own hosts_require_tls texts (exim_wordings.py).
MEND_ROWS = [
    ("hd58-mend-exim-tls-start-failed", f"{EXIM_SRC}; {TLS_EXIM} ('..., but an attempt to start TLS failed')",
     exim("96", "qa@ferrant-lab.de", detail="host mx.ferrant-lab.de [203.0.113.72]: a TLS session is required, but "
          "an attempt to start TLS failed"), soft("qa@ferrant-lab.de", TLS, ANY)),
    ("hd58-mend-exim-tls-delay", f"{EXIM_SRC} (delay warning); {TLS_EXIM}",
     exim("97", "ops@ferrant-lab.de", detail="a TLS session is required, but the server did not offer TLS support",
          delay_hours=24), later("ops@ferrant-lab.de")),
    ("hd58-mend-exim-ctrl-remote-tls", f"{EXIM_SRC} (delay warning); Postfix smtpd's '454 4.7.0 TLS not available "
     "due to local problem' (control: the remote's words, unchanged)",
     exim("98", "it@ferrant-lab.de", detail="SMTP error from remote mail server after STARTTLS: 454 4.7.0 TLS not "
          "available due to local problem", delay_hours=24), later("it@ferrant-lab.de")),
]

ROWS = (MIMECAST_ROWS + PROOFPOINT_ROWS + MS_ROWS + GOOGLE_ROWS + GATEWAY_ROWS + SYMANTEC_ROWS + LIST_ROWS
        + TLS_SIZE_ROWS + MEND_ROWS)
