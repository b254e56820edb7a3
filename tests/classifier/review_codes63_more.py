"""Codes 63, the controls aimed at FALSE HARDS (see review_codes63.py for the family, the census and the rule):
5.7.x policy texts that name the recipient, a user or a mailbox but say nothing of its absence (Google's "The user
or domain that you are sending to (or from) has a policy...", Exchange's RESOLVER.RST.NotAuthorized and "Delivery
not authorized", Exchange Online's 5.7.703 tenant block list, Yahoo's 554 5.7.9, a recipient that "does not accept
mail from" us, "unknown sender"), 5.1.1 over a text saying OUR sender is unknown (Postfix's reject_unlisted_sender,
met at RCPT under smtpd_delay_reject), 5.1.x on a spam verdict, 4.x.x "no such user" / greylisting after the queue
gave up or while it retries; and hard controls from the same providers (Gmail's NoSuchUser, Proofpoint's 5.1.1,
Exchange Online's 5.1.10). Expectations committed before the first run. Names "c63-<frame>-<what>"."""

from __future__ import annotations

from tests.classifier.review_codes63 import GREF, PF_ACCESS, QPSMTPD, SECURITY_LEAD, policy
from tests.classifier.review_holdout50 import (ANY, PP, S, YAHOO, ex_remote, exo_remote, exo_unknown, g_nosuch,
                                               g_remote, hard, pf_remote)
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       SENDMAIL_SRC, exchange_old, exo, sendmail)

OURS = "seller@example.com"
PF_SENDER = ("Postfix smtpd_check.c reject_unlisted_sender ('Sender address rejected: User unknown in local recipient "
             "table' / 'in virtual mailbox table'); smtpd_delay_reject=yes reports it at RCPT TO (postconf(5))")
G_POLICY = (f"{GREF} ('550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited "
            "the mail that you sent. Please contact your domain administrator for further details.')")
EXO_NOTAUTH = ("Exchange Server / Exchange Online 'RESOLVER.RST.NotAuthorized; not authorized' (a recipient that "
               "accepts mail only from listed senders; learn.microsoft.com 'Fix NDR 550 5.7.1')")
EXO_703 = ("learn.microsoft.com 'Fix error code 5.7.700 through 5.7.750' (550 5.7.703 'Your message can't be "
           "delivered because messages to <recipients> are blocked by your organization using Tenant Allow Block List')")
CONTENT_FILTER = ("Exchange Server content filter agent '550 5.7.1 Message rejected as spam by Content Filtering.' "
                  "(learn.microsoft.com 'Content filtering'), here under a gateway's miscoded 5.1.1")
POSTGREY = "postgrey default reply '450 4.2.0 ... Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html'"
PF_UNKNOWN_450 = ("Postfix unknown_local_recipient_reject_code = 450 while testing (postconf(5): 'set to 450 while "
                  "testing'): 'User unknown in local recipient table' under 4.1.1; the queue gives up after "
                  "maximal_queue_lifetime with the last status")
SM_ACCESS = "sendmail cf/README access database: 'REJECT' gives '550 5.7.1 <a>... Access denied'"
MLABS = ("Symantec / Broadcom Email Security.cloud (MessageLabs) relay refusal, qmail's wording '553 sorry, that domain "
         "isn't in my list of allowed rcpthosts (#5.7.1)' (qmail-smtpd.c err_nogateway)")


def ours_rejected(a: str) -> list[tuple]:
    return [(a, False, ("rejected",), S, False)]


CONTROL_ROWS = [
    # 5.7.x policy texts that name the recipient, a user or a mailbox, never its absence: soft.
    ("c63-exim-google-571-user-or-domain-policy", f"{EXIM_SRC}; {G_POLICY}",
     ex_remote("e1", "p.anand@vedanta-analytics.com", "550-5.7.1 The user or domain that you are sending to (or from) "
               "has a policy that\n    550-5.7.1 prohibited the mail that you sent. Please contact your domain\n    550 "
               "5.7.1 administrator for further details. a1b2c3d4e5-6v.123 - gsmtp", "aspmx.l.google.com"),
     policy("p.anand@vedanta-analytics.com")),
    ("c63-gmail-571-user-or-domain-policy", f"{GMAIL_SRC}; {G_POLICY}",
     g_remote("e2", "s.haas@bergwerk-consult.ch", "550 5.7.1 The user or domain that you are sending to (or from) has "
              "a policy that prohibited the mail that you sent. Please contact your domain administrator for further "
              "details. a1b2c3d4e5-6v.124 - gsmtp", "5.7.1", "aspmx.l.google.com", heading="Message blocked",
              lead="Your message to {a} has been blocked. See technical details below for more information."),
     policy("s.haas@bergwerk-consult.ch")),
    ("c63-exo-remote-571-notauthorized", f"{EXO_SRC}; {EXO_NOTAUTH}",
     exo_remote("e3", "board@meridian-capital.com", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
                "5.7.1", "meridiancapital-com.mail.protection.outlook.com"), policy("board@meridian-capital.com")),
    ("c63-exch-old-571-delivery-not-authorized", f"{EXO_OLD_SRC}; Exchange 2010+ '550 5.7.1 Delivery not authorized, message refused' (learn.microsoft.com "
     "'Exchange Server NDR 5.7.1')",
     exchange_old("e4", "hr@tollgate-manufacturing.com", explain=SECURITY_LEAD, diag="550 5.7.1 Delivery not "
                  "authorized, message refused", status="5.7.1", remote="mail.tollgate-manufacturing.com"),
     policy("hr@tollgate-manufacturing.com")),
    ("c63-exo-own-57703-tenant-block-list", f"{EXO_SRC}; {EXO_703}",
     exo("e5", "k.adeyemi@lagoon-fintech.ng", why="Your message can't be delivered because messages to "
         "k.adeyemi@lagoon-fintech.ng are blocked by your organization using Tenant Allow Block List.",
         fix="How to Fix It\nOnly an email admin in your organization can change the tenant allow/block list.",
         diag="550 5.7.703 Your message can't be delivered because messages to k.adeyemi@lagoon-fintech.ng are "
              "blocked by your organization using Tenant Allow Block List.", status="5.7.703"),
     policy("k.adeyemi@lagoon-fintech.ng")),
    ("c63-pf-yahoo-5579-policy", f"{POSTFIX_SRC}; {YAHOO} ('554 5.7.9 Message not accepted for policy reasons')",
     pf_remote("e6", "marco.bianchi77@yahoo.com", "554 5.7.9 Message not accepted for policy reasons.  See "
               "https://senders.yahooinc.com/error-codes", "5.7.9", "mta7.am0.yahoodns.net", command="end of DATA"),
     policy("marco.bianchi77@yahoo.com")),
    ("c63-pf-access-571-does-not-accept-mail-from-you", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("e7", "l.fischer@isarblick-immo.de", "550 5.7.1 <l.fischer@isarblick-immo.de>: Recipient address "
               "rejected: This recipient does not accept mail from your domain", "5.7.1", "mx.isarblick-immo.de"),
     policy("l.fischer@isarblick-immo.de")),
    ("c63-pf-access-571-access-denied", f"{POSTFIX_SRC}; {PF_ACCESS} (REJECT with no text: 'Access denied')",
     pf_remote("e8", "t.berg@nordkapp-fiske.no", "554 5.7.1 <t.berg@nordkapp-fiske.no>: Recipient address rejected: "
               "Access denied", "5.7.1", "mx.nordkapp-fiske.no"), policy("t.berg@nordkapp-fiske.no")),
    ("c63-pf-access-571-unknown-senders", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("e9", "d.cohen@sharon-biotech.co.il", "550 5.7.1 <d.cohen@sharon-biotech.co.il>: Recipient address "
               "rejected: this mailbox accepts mail only from known contacts; unknown sender", "5.7.1",
               "mx.sharon-biotech.co.il"), policy("d.cohen@sharon-biotech.co.il")),
    ("c63-pf-access-571-internal-only", f"{POSTFIX_SRC}; {PF_ACCESS}",
     pf_remote("e10", "payroll@kestrel-group.com", "550 5.7.1 <payroll@kestrel-group.com>: Recipient address rejected: "
               "user is not authorized to receive external mail", "5.7.1", "mx.kestrel-group.com"),
     policy("payroll@kestrel-group.com")),
    ("c63-sm-access-571-access-denied", f"{SENDMAIL_SRC}; {SM_ACCESS}",
     sendmail("e11", "info@calderwood-joinery.co.uk", remote="mail.calderwood-joinery.co.uk", rcpt_reply="550 5.7.1 "
              "<info@calderwood-joinery.co.uk>... Access denied", status="5.7.1"), policy("info@calderwood-joinery.co.uk")),
    ("c63-pf-messagelabs-rcpthosts-571", f"{POSTFIX_SRC}; {MLABS}",
     pf_remote("e12", "j.park@hanriver-semicon.kr", "553 sorry, that domain isn't in my list of allowed rcpthosts "
               "(#5.7.1)", "5.7.1", "cluster8.eu.messagelabs.com"), policy("j.park@hanriver-semicon.kr", ("norelaying",), S)),
    # 5.1.1 over a text that says OUR sender is unknown: the envelope sender's refusal, soft.
    ("c63-pf-511-our-sender-unknown-at-rcpt", f"{POSTFIX_SRC}; {PF_SENDER}",
     pf_remote("e13", "a.romero@pampa-agro.com.ar", f"550 5.1.1 <{OURS}>: Sender address rejected: User unknown in "
               "local recipient table", "5.1.1", "mx.pampa-agro.com.ar"), ours_rejected("a.romero@pampa-agro.com.ar")),
    ("c63-pf-511-our-sender-unknown-at-mail", f"{POSTFIX_SRC}; {PF_SENDER}",
     pf_remote("e14", "h.yilmaz@ege-marin.com.tr", f"550 5.1.1 <{OURS}>: Sender address rejected: User unknown in "
               "virtual mailbox table", "5.1.1", "mx.ege-marin.com.tr", command="MAIL FROM"),
     ours_rejected("h.yilmaz@ege-marin.com.tr")),
    ("c63-exim-511-our-sender-unknown", f"{EXIM_SRC}; {PF_SENDER}",
     ex_remote("e15", "b.dubois@lac-leman-horlogerie.ch", f"550 5.1.1 <{OURS}>: Sender address rejected: User "
               "unknown in relay recipient table", "mx.lac-leman-horlogerie.ch"),
     ours_rejected("b.dubois@lac-leman-horlogerie.ch")),
    # 5.1.x on a spam verdict: the content's refusal, soft.
    ("c63-pf-511-spam-content-filtering", f"{POSTFIX_SRC}; {CONTENT_FILTER}",
     pf_remote("e16", "g.mendes@serra-azul.com.br", "550 5.1.1 Message rejected as spam by Content Filtering.",
               "5.1.1", "mail.serra-azul.com.br", command="end of DATA"), policy("g.mendes@serra-azul.com.br")),
    ("c63-exim-510-spam-detected", f"{EXIM_SRC}; {CONTENT_FILTER}; a gateway's X.1.0",
     ex_remote("e17", "r.osei@accra-cocoa.com.gh", "550 5.1.0 Message rejected: spam detected (score 14.2)",
               "mx.accra-cocoa.com.gh", command="end of data"), policy("r.osei@accra-cocoa.com.gh")),
    # 4.x.x "user unknown" / "no such user" / greylisting: temporary, never hard.
    ("c63-pf-411-user-unknown-given-up", f"{POSTFIX_SRC}; {PF_UNKNOWN_450}",
     pf_remote("e18", "f.larsen@oresund-energi.dk", "450 4.1.1 <f.larsen@oresund-energi.dk>: Recipient address "
               "rejected: User unknown in local recipient table", "4.1.1", "mx.oresund-energi.dk"),
     policy("f.larsen@oresund-energi.dk")),
    ("c63-pf-411-user-unknown-delayed", f"{POSTFIX_SRC}; {PF_UNKNOWN_450}",
     pf_remote("e19", "s.virtanen@saimaa-wood.fi", "450 4.1.1 <s.virtanen@saimaa-wood.fi>: Recipient address "
               "rejected: User unknown in local recipient table", "4.1.1", "mx.saimaa-wood.fi", action="delayed"),
     [("s.virtanen@saimaa-wood.fi", False, (), ANY, True)]),
    ("c63-pf-qpsmtpd-410-no-such-user-given-up", f"{POSTFIX_SRC}; {QPSMTPD}",
     pf_remote("e20", "k.murphy@shannon-valves.ie", "450 4.1.0 No such user", "4.1.0", "mail.shannon-valves.ie"),
     policy("k.murphy@shannon-valves.ie")),
    ("c63-pf-qpsmtpd-410-no-such-user-delayed", f"{POSTFIX_SRC} (delay warning); {QPSMTPD}",
     pf_remote("e21", "z.horvath@balaton-wine.hu", "450 4.1.0 No such user", "4.1.0", "mail.balaton-wine.hu",
               action="delayed"), [("z.horvath@balaton-wine.hu", False, (), ANY, True)]),
    ("c63-pf-postgrey-420-given-up", f"{POSTFIX_SRC}; {POSTGREY}",
     pf_remote("e22", "n.costa@douro-cork.pt", "450 4.2.0 <n.costa@douro-cork.pt>: Recipient address rejected: "
               "Greylisted, see http://postgrey.schweikert.ch/help/douro-cork.pt.html", "4.2.0", "mx.douro-cork.pt"),
     policy("n.costa@douro-cork.pt")),
    # Hard controls from the same providers: the absence said plainly.
    ("c63-gmail-nosuchuser-control", f"{GMAIL_SRC}; {GREF} (550 5.1.1 NoSuchUser)",
     g_nosuch("e23", "oliver.grant.design@gmail.com"), hard("oliver.grant.design@gmail.com")),
    ("c63-exo-5110-control", f"{EXO_SRC} (550 5.1.10 RESOLVER.ADR.RecipientNotFound)",
     exo_unknown("e24", "m.jensen@fynbo-kontor.dk"), hard("m.jensen@fynbo-kontor.dk")),
    ("c63-pf-proofpoint-511-control", f"{POSTFIX_SRC}; {PP} ('550 5.1.1 User Unknown')",
     pf_remote("e25", "c.walker@bluehaven-insure.com", "550 5.1.1 User Unknown", "5.1.1",
               "mx0a-00123456.pphosted.com"), hard("c.walker@bluehaven-insure.com")),
]

ROWS = CONTROL_ROWS
