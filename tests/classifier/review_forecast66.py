"""Forecast 66: a FORECAST of the classifier's accuracy on unseen real mail, by a stratified RANDOM sample drawn by
tests/classifier/forecast66_draw.py (random.Random(66)): (server, language, family, LAYOUT) in draw order, servers
weighted toward those forecast65 drew least, the family one of issue 13's thirteen, and the layout that writes the
notice (Postfix DSN, Exim, Exchange Online NDR, Gmail, Sendmail, qmail) drawn at random too. A draw with no sourced
wording is skipped there (SKIPPED, with why) and the draw goes on.

Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from the words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "f66-<draw index>-<what>"."""

from __future__ import annotations

from tests.classifier.review_asia59_layouts import g_delay, hostunknown
from tests.classifier.review_delay63_layouts import sendmail_plain
from tests.classifier.review_holdout50 import (ANY, AUTH, BLOCK, FULL, GIP, OURIP, PROBLEM, S, exo_remote, ex_remote,
                                               g_dns, g_remote, hard, later, pf_remote, soft)
from tests.classifier.review_nonbounce46_layouts import exim_autoreply
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, SELLER,
                                                       SENDMAIL_SRC, postfix, qmail, sendmail)

EXIM_UNROUTE = "Exim src/src/route.c ('Unrouteable address', the reply of an Exim relay's 'verify = recipient' ACL)"
DOVECOT_Q = "Dovecot LDA/LMTP quota_exceeded_message default 'Quota exceeded (mailbox for user is full)' (552 5.2.2)"
YANDEX_UU = "Yandex's RCPT reply '550 5.7.1 No such user!' (a public transcript, pastebin.com/UWADPXYL, as review audit cites)"
RBLSMTPD = ("ucspi-tcp rblsmtpd(1) (cr.yp.to/ucspi-tcp/rblsmtpd.html: answers with the list's TXT record; -b gives a "
            "553 permanent error) in front of qmail-smtpd")
ZOHO = ("smtp.codes/zoho (Zoho's published replies: '541 5.4.1 Mail rejected by destination domain', '550 5.7.1 Email "
        "rejected per DMARC policy for <domain>')")
PF_SENDER_DOM = ("Postfix src/smtpd/smtpd_check.c reject_unknown_sender_domain ('Sender address rejected: Domain not "
                 "found', 550 5.1.8 with unknown_address_reject_code 550)")
CYRUS_Q = ("Cyrus IMAP lmtpd (IMAP_QUOTA_EXCEEDED 'Over quota'; 552 5.2.2 with lmtp_over_quota_perm_failure: 1); WEAK: "
           "the wording as remembered, not confirmed by a source found in this review")
CYRUS_UU = ("Cyrus IMAP lmtpd (IMAP_MAILBOX_NONEXISTENT 'Mailbox unknown. Either there is no mailbox associated with "
            "this name or you do not have authorization to see it.', 550 5.1.1 User unknown)")
GREYMILTER = "milter-greylist milter-greylist.c ('451 4.7.1 Greylisting in action, please come back in %02d:%02d:%02d')"
YAHOO_TSS = ("Yahoo Sender Hub 'SMTP error codes' (senders.yahooinc.com: '421 4.7.0 [TSS04] Messages from <ip> "
             "temporarily deferred due to unexpected volume or user complaints')")
LIBERO = "Libero help 'Messaggi di errore più frequenti' (aiuto.libero.it: 'MAILBOX FULL (User quota exceeded)')"
HMAIL_RELAY = "hMailServer source/Server/SMTP/SMTPConnection.cpp (relay check: '550 Delivery is not allowed to this address.')"
EXO_5133 = ("Microsoft 'Fix NDR error 5.7.133 in Exchange Online' ('550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; "
            "authentication required; Delivery restriction check failed because the sender was not authenticated when "
            "sending to this group')")
EXO_571 = ("Microsoft 'Fix NDR error 5.7.1 in Exchange Online' ('550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized': "
           "the recipient does not accept mail from the sender)")
MC_SPOOF = ("Mimecast 'Mimecast SMTP Error Codes' (DOC-1369#550: '550 Rejected by header based Anti-Spoofing policy')")
POSTSCREEN = "Postfix src/postscreen/postscreen_smtpd.c ('450 4.3.2 Service currently unavailable' to a client failing its tests)"
PP_UU = "Proofpoint replies (review holdout50's PP: '550 5.1.1 User Unknown' from pphosted.com)"
EXIM_DEFER = "Exim src/src/smtp_in.c / acl.c ('451 Temporary local problem - please try later', the defer default)"
PF_LOCAL_FULL = ("Postfix src/local/mailbox.c + mailbox_size_limit ('cannot update mailbox %s for user %s. error "
                 "writing message: File too large', 5.2.2)")
EXIM_DNSBL = ("Exim specification ch. 'Access control lists', dnslists: the default message 'rejected because "
              "$sender_host_address is in a black list at $dnslist_domain'")
QMAIL_QQ = "qmail qmail.c ('Zqq temporary problem (#4.3.0)', said by qmail-smtpd as '451 qq temporary problem (#4.3.0)')"
GREF_RELAY = ("Google SMTP error reference (support.google.com/a/answer/3726730: '550 5.7.0 Mail relay denied <ip>. "
              "Invalid credentials for relay for one of the domains in: ...')")
GREF_RATE = ("Google SMTP error reference (support.google.com/a/answer/3726730: '450 4.2.1 The user you are trying to "
             "contact is receiving mail at a rate that prevents additional messages from being delivered. ...')")
EXIM_ACL = ("Exim's default configure acl_check_rcpt ('require message = unknown user / verify = recipient' for local "
            "domains; 'deny message = relay not permitted' otherwise)")
EXO_BUSY = ("Exchange Online 'Email non-delivery reports and SMTP errors in Exchange Online' (4.7.500-699 'Server busy. "
            "Please try again later from [ip]. (S77719)': throttling, retry)")
SM_REJECT = "sendmail cf/m4/proto.m4 access map REJECT (confREJECT_MSG default '550 5.7.1 Access denied')"
EXIM_AUTOREPLY = "Exim spec ch. 'The autoreply transport' (review nonbounce46_layouts.exim_autoreply)"
ZIMBRA_RBL = ("Zimbra's MTA is Postfix (admin guide 'MTA: RBL restrictions'); Postfix reject_rbl_client default reply "
              "(smtpd_check.c: 'Service unavailable; Client host [...] blocked using ...')")
QMAIL_GIVEUP = "qmail-send.c ('I'm not going to try again; this message has been in the queue too long.')"
YAHOO_BL = ("Yahoo Sender Hub 'SMTP error codes' (senders.yahooinc.com: '553 5.7.1 [BL21] Connections will not be "
            "accepted from <ip>, because the ip is in Spamhaus's list')")
GMX_POLICY = ("GMX / WEB.DE 'Reject due to policy restrictions' (postmaster.gmx.com/en/error-messages; DreamHost Help "
              "'Blocked email' quotes '550-Requested action not taken: mailbox unavailable 550-Reject due to policy "
              "restrictions.')")
GREF_UNSOL = ("Google SMTP error reference (support.google.com/a/answer/3726730: '421 4.7.0 Our system has detected an "
              "unusual rate of unsolicited mail originating from your IP address ... temporarily rate limited')")
ZOHO_MORE = "smtp.codes/zoho ('550 5.1.1 <address> User unknown', '452 4.3.1 Temporary System Error')"
PF_ACCESS_S = ("Postfix access(5) REJECT without text ('554 5.7.1 <address>: Sender address rejected: Access denied' / "
               "'Recipient address rejected: Access denied' from smtpd_check.c check_sender_access / check_recipient_access)")
SELLER_DOM = SELLER.split("@")[1]
NB: list = []


def qm(rid: str, a: str, reply: str) -> bytes:
    return qmail(rid, a, detail=f"203.0.113.25 does not like recipient.\nRemote host said: {reply}\nGiving up on "
                 "203.0.113.25.\n")


def sm_warn(rid: str, a: str, mx: str, reply: str) -> bytes:
    return sendmail_plain(rid, subject="Warning: could not send message for past 4 hours", fatal=[], transient=[f"<{a}>"],
                          transcript=f"... while talking to {mx}.:\n>>> RCPT To:<{a}>\n<<< {reply}\n<{a}>... Deferred: "
                          f"{reply}", to=a)


ROWS = [
    # 0 Exim / en / host or domain unknown / Gmail: an Exim relay's 'Unrouteable address' at RCPT.
    ("f66-00-exim-unrouteable-gmail", f"{GMAIL_SRC}; {EXIM_UNROUTE}",
     g_remote("h00", "t.berg@nordvik-cargo.no", "550 Unrouteable address", "5.0.0", "mail.nordvik-cargo.no"),
     hostunknown("t.berg@nordvik-cargo.no")),
    # 6 Dovecot / en / full mailbox / Exchange Online NDR.
    ("f66-06-dovecot-quota-exo", f"{EXO_SRC}; {DOVECOT_Q}",
     exo_remote("h06", "m.duval@atelier-lumen.fr", "552 5.2.2 <m.duval@atelier-lumen.fr> Quota exceeded (mailbox for "
                "user is full)", "5.2.2", "mx.atelier-lumen.fr"), soft("m.duval@atelier-lumen.fr", FULL)),
    # 7 Exim / en / host or domain unknown / qmail.
    ("f66-07-exim-unrouteable-qmail", f"{QMAIL_SRC}; {EXIM_UNROUTE}",
     qm("h07", "info@greyfield-tools.co.uk", "550 Unrouteable address"), hostunknown("info@greyfield-tools.co.uk")),
    # 12 Yandex / en / no such user / Sendmail.
    ("f66-12-yandex-nosuch-sendmail", f"{SENDMAIL_SRC}; {YANDEX_UU}",
     sendmail("h12", "o.petrova@yandex.ru", remote="mx.yandex.ru", rcpt_reply="550 5.7.1 No such user!", status="5.7.1"),
     hard("o.petrova@yandex.ru")),
    # 13 qmail / en / blocklist / Postfix DSN: rblsmtpd -b answering with Spamhaus's TXT.
    ("f66-13-rblsmtpd-postfix", f"{POSTFIX_SRC}; {RBLSMTPD}",
     pf_remote("h13", "sales@brightmoor-paper.com", f"553 https://www.spamhaus.org/query/ip/{OURIP}", "5.0.0",
               "mail.brightmoor-paper.com"), soft("sales@brightmoor-paper.com", BLOCK, ANY)),
    # 15 Zoho / en / policy refusal / Exchange Online NDR.
    ("f66-15-zoho-541-exo", f"{EXO_SRC}; {ZOHO}",
     exo_remote("h15", "k.iyer@veda-analytics.in", "541 5.4.1 Mail rejected by destination domain", "5.4.1",
                "mx.zoho.in"), soft("k.iyer@veda-analytics.in", (), ANY)),
    # 22 Postfix / en / sender-side refusal / Exim: our sender's domain not found, at MAIL FROM.
    ("f66-22-postfix-sender-domain-exim", f"{EXIM_SRC}; {PF_SENDER_DOM}",
     ex_remote("h22", "r.collins@fairhaven-dental.com", f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not "
               "found", "mx.fairhaven-dental.com", command="MAIL FROM"), soft("r.collins@fairhaven-dental.com", (), S)),
    # 23 Cyrus / en / full mailbox / qmail.
    ("f66-23-cyrus-over-quota-qmail", f"{QMAIL_SRC}; {CYRUS_Q}",
     qm("h23", "p.lindqvist@uppsala-bygg.se", "552 5.2.2 Over quota"), soft("p.lindqvist@uppsala-bygg.se", FULL)),
    # 24 Sendmail / en / greylisting / Postfix DSN (delay notice).
    ("f66-24-milter-greylist-postfix-delay", f"{POSTFIX_SRC}; {GREYMILTER}",
     pf_remote("h24", "j.moreau@lyon-optique.fr", "451 4.7.1 Greylisting in action, please come back in 00:29:47",
               "4.7.1", "smtp.lyon-optique.fr", action="delayed"), later("j.moreau@lyon-optique.fr")),
    # 25 Yahoo / en / delay warning / Sendmail.
    ("f66-25-yahoo-tss04-sendmail-warning", f"{SENDMAIL_SRC}; {YAHOO_TSS}",
     sm_warn("h25", "dkline77@yahoo.com", "mta5.am0.yahoodns.net", f"421 4.7.0 [TSS04] Messages from {OURIP} "
             "temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see "
             "https://postmaster.yahooinc.com/error-codes"), later("dkline77@yahoo.com")),
    # 27 Libero / en / full mailbox / Sendmail.
    ("f66-27-libero-full-sendmail", f"{SENDMAIL_SRC}; {LIBERO} (the 552 5.2.2 around it is ours)",
     sendmail("h27", "g.rinaldi@libero.it", remote="smtp-in.libero.it", rcpt_reply="552 5.2.2 <g.rinaldi@libero.it>: "
              "MAILBOX FULL (User quota exceeded)", status="5.2.2"), soft("g.rinaldi@libero.it", FULL)),
    # 34 hMailServer / en / relay denied / qmail.
    ("f66-34-hmail-relay-qmail", f"{QMAIL_SRC}; {HMAIL_RELAY}",
     qm("h34", "office@tamworth-joinery.co.uk", "550 Delivery is not allowed to this address."),
     soft("office@tamworth-joinery.co.uk", (), ANY)),
    # 37 Yandex / en / no such user / qmail.
    ("f66-37-yandex-nosuch-qmail", f"{QMAIL_SRC}; {YANDEX_UU}",
     qm("h37", "a.morozov@yandex.ru", "550 5.7.1 No such user!"), hard("a.morozov@yandex.ru")),
    # 40 Exchange Online / en / sender-side refusal / Gmail: a group that takes only authenticated senders.
    ("f66-40-exo-5-7-133-gmail", f"{GMAIL_SRC}; {EXO_5133}",
     g_remote("h40", "allstaff@harlow-council-supplies.co.uk", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; "
              "authentication required; Delivery restriction check failed because the sender was not authenticated "
              "when sending to this group [LO2P265MB1234.GBRP265.PROD.OUTLOOK.COM 2025-10-14T09:12:44.123Z "
              "08DE0A1B2C3D4E60]", "5.7.133", "harlow-council-supplies-co-uk.mail.protection.outlook.com",
              heading="Message not delivered", lead=PROBLEM),
     soft("allstaff@harlow-council-supplies.co.uk", (), ANY)),
    # 49 Mimecast / en / policy refusal / Sendmail.
    ("f66-49-mimecast-antispoof-sendmail", f"{SENDMAIL_SRC}; {MC_SPOOF}",
     sendmail("h49", "d.owens@ridgeway-law.co.uk", remote="eu-smtp-inbound-1.mimecast.com", rcpt_reply="550 Rejected by "
              "header based Anti-Spoofing policy: d.owens@ridgeway-law.co.uk - https://community.mimecast.com/docs/"
              "DOC-1369#550 [xK3dPqRsTuvwXyZ1a2b3cQ.uk45]", status="5.0.0"), soft("d.owens@ridgeway-law.co.uk", (), ANY)),
    # 52 Zimbra / en / delay warning / Postfix DSN: Zimbra's postscreen turning us away for now.
    ("f66-52-zimbra-postscreen-postfix-delay", f"{POSTFIX_SRC}; Zimbra's MTA is Postfix; {POSTSCREEN}",
     pf_remote("h52", "h.weber@alpen-logistik.at", "450 4.3.2 Service currently unavailable", "4.3.2",
               "zimbra.alpen-logistik.at", action="delayed"), later("h.weber@alpen-logistik.at")),
    # 55 Exchange Online / en / sender-side refusal / Gmail: the recipient takes no mail from us.
    ("f66-55-exo-not-authorized-gmail", f"{GMAIL_SRC}; {EXO_571}",
     g_remote("h55", "board@crestline-holdings.com", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized "
              "[BN8NAM11FT012.eop-nam11.prod.protection.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E61]",
              "5.7.1", "crestline-holdings-com.mail.protection.outlook.com", heading="Message not delivered",
              lead=PROBLEM), soft("board@crestline-holdings.com", (), ANY)),
    # 57 Proofpoint / en / no such user / Postfix DSN.
    ("f66-57-proofpoint-nosuch-postfix", f"{POSTFIX_SRC}; {PP_UU}",
     pf_remote("h57", "n.shah@westbrook-pharma.com", "550 5.1.1 User Unknown", "5.1.1", "mx0b-00234501.pphosted.com"),
     hard("n.shah@westbrook-pharma.com")),
    # 60 Exim / en / delay warning / Sendmail.
    ("f66-60-exim-451-sendmail-warning", f"{SENDMAIL_SRC}; {EXIM_DEFER}",
     sm_warn("h60", "c.doyle@kilkenny-stone.ie", "mail.kilkenny-stone.ie", "451 Temporary local problem - please try "
             "later"), later("c.doyle@kilkenny-stone.ie")),
    # 61 hMailServer / en / relay denied / Sendmail.
    ("f66-61-hmail-relay-sendmail", f"{SENDMAIL_SRC}; {HMAIL_RELAY}",
     sendmail("h61", "admin@pellworth-clinic.org", remote="mail.pellworth-clinic.org", rcpt_reply="550 Delivery is not "
              "allowed to this address.", status="5.0.0"), soft("admin@pellworth-clinic.org", (), ANY)),
    # 64 Zoho / en / sender-side refusal / Gmail: our DMARC.
    ("f66-64-zoho-dmarc-gmail", f"{GMAIL_SRC}; {ZOHO}",
     g_remote("h64", "v.nair@kochi-spices.in", f"550 5.7.1 Email rejected per DMARC policy for {SELLER_DOM}", "5.7.1",
              "mx.zoho.in", heading="Message blocked", lead=PROBLEM), soft("v.nair@kochi-spices.in", AUTH, ANY)),
    # 66 Zoho / en / sender-side refusal / qmail.
    ("f66-66-zoho-dmarc-qmail", f"{QMAIL_SRC}; {ZOHO}",
     qm("h66", "s.menon@malabar-textiles.in", f"550 5.7.1 Email rejected per DMARC policy for {SELLER_DOM}"),
     soft("s.menon@malabar-textiles.in", AUTH, ANY)),
    # 71 Postfix / en / full mailbox / Postfix DSN: its own local delivery over mailbox_size_limit.
    ("f66-71-postfix-local-file-too-large", f"{POSTFIX_SRC}; {PF_LOCAL_FULL}",
     postfix("h71", "e.hart@stroud-bakery.co.uk", reason="cannot update mailbox /var/mail/ehart for user ehart. error "
             "writing message: File too large", status="5.2.2", remote=None), soft("e.hart@stroud-bakery.co.uk", FULL)),
    # 79 Exim / en / blocklist / Gmail: Gmail's sending IP in ZEN at an Exim MX.
    ("f66-79-exim-dnslists-gmail", f"{GMAIL_SRC}; {EXIM_DNSBL}",
     g_remote("h79", "orders@harrowgate-wines.co.uk", f"550 rejected because {GIP} is in a black list at "
              "zen.spamhaus.org", "5.0.0", "mx.harrowgate-wines.co.uk", heading="Message blocked", lead=PROBLEM),
     soft("orders@harrowgate-wines.co.uk", BLOCK, ANY)),
    # 87 qmail / en / delay warning / Gmail.
    ("f66-87-qmail-qq-temporary-gmail-delay", f"{GMAIL_SRC}; {QMAIL_QQ}",
     g_delay("h87", "info@porto-azulejos.pt", "451 qq temporary problem (#4.3.0)", "mail.porto-azulejos.pt"),
     later("info@porto-azulejos.pt")),
    # 91 Cyrus / en / no such user / Gmail.
    ("f66-91-cyrus-mailbox-unknown-gmail", f"{GMAIL_SRC}; {CYRUS_UU}",
     g_remote("h91", "b.keller@uni-example-lab.de", "550-Mailbox unknown. Either there is no mailbox associated with "
              "this name or you do not have authorization to see it.\n550 5.1.1 User unknown", "5.1.1",
              "lmtp.uni-example-lab.de"), hard("b.keller@uni-example-lab.de")),
    # 92 Cyrus / en / full mailbox / Exim.
    ("f66-92-cyrus-over-quota-exim", f"{EXIM_SRC}; {CYRUS_Q}",
     ex_remote("h92", "l.fontaine@grenoble-instruments.fr", "552 5.2.2 Over quota", "mail.grenoble-instruments.fr"),
     soft("l.fontaine@grenoble-instruments.fr", FULL)),
    # 105 Cyrus / en / no such user / Gmail (the bare reply line).
    ("f66-105-cyrus-user-unknown-gmail", f"{GMAIL_SRC}; {CYRUS_UU}",
     g_remote("h105", "m.novak@brno-machinery.cz", "550 5.1.1 User unknown", "5.1.1", "mail.brno-machinery.cz"),
     hard("m.novak@brno-machinery.cz")),
    # 113 Yahoo / en / greylisting or temporary / qmail: qmail gives up on Yahoo's deferral after its queue lifetime.
    ("f66-113-yahoo-tss04-qmail-giveup", f"{QMAIL_SRC}; {QMAIL_GIVEUP}; {YAHOO_TSS}",
     qmail("h113", "rbaxter_62@yahoo.com", detail="67.195.204.72 does not like recipient.\nRemote host said: 421 4.7.0 "
           f"[TSS04] Messages from {OURIP} temporarily deferred due to unexpected volume or user complaints - "
           "4.16.55.1; see https://postmaster.yahooinc.com/error-codes\nGiving up on 67.195.204.72.\nI'm not going to "
           "try again; this message has been in the queue too long.\n"), soft("rbaxter_62@yahoo.com", (), ANY)),
    # 114 Gmail / en / relay denied / qmail: Google's SMTP relay refusing our relay.
    ("f66-114-google-relay-denied-qmail", f"{QMAIL_SRC}; {GREF_RELAY}",
     qm("h114", "team@orchard-bakes.com", f"550-5.7.0 Mail relay denied [{OURIP}]. Invalid credentials for\n550-5.7.0 "
        "relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM).\n550 5.7.0 "
        "https://support.google.com/a/answer/6140680#invalidcred a1b2c3d4e5f6.123 - gsmtp"),
     soft("team@orchard-bakes.com", (), ANY)),
    # 117 Exim / en / no such user / Postfix DSN.
    ("f66-117-exim-unknown-user-postfix", f"{POSTFIX_SRC}; {EXIM_ACL}",
     pf_remote("h117", "d.marsh@cobalt-survey.co.uk", "550 unknown user", "5.0.0", "mail.cobalt-survey.co.uk"),
     hard("d.marsh@cobalt-survey.co.uk")),
    # 121 Exchange Online / en / delay warning / Postfix DSN.
    ("f66-121-exo-server-busy-postfix-delay", f"{POSTFIX_SRC}; {EXO_BUSY}",
     pf_remote("h121", "k.obrien@tullamore-foods.ie", f"451 4.7.500 Server busy. Please try again later from [{OURIP}]. "
               "(S77719) [DB3PEPF0000885C.eurprd02.prod.outlook.com 2025-10-14T09:12:44.123Z 08DE0A1B2C3D4E62]",
               "4.7.500", "tullamore-foods-ie.mail.protection.outlook.com", action="delayed"),
     later("k.obrien@tullamore-foods.ie")),
    # 122 Yandex / en / no such user / Exchange Online NDR.
    ("f66-122-yandex-nosuch-exo", f"{EXO_SRC}; {YANDEX_UU}",
     exo_remote("h122", "i.volkova@yandex.ru", "550 5.7.1 No such user!", "5.7.1", "mx.yandex.ru"),
     hard("i.volkova@yandex.ru")),
    # 132 Sendmail / en / policy refusal / Exchange Online NDR: an access-map REJECT at RCPT.
    ("f66-132-sendmail-access-denied-exo", f"{EXO_SRC}; {SM_REJECT}",
     exo_remote("h132", "m.ortega@valencia-ceramica.es", "550 5.7.1 <m.ortega@valencia-ceramica.es>... Access denied",
                "5.7.1", "mail.valencia-ceramica.es"), soft("m.ortega@valencia-ceramica.es", (), ANY)),
    # 135 Gmail / en / greylisting or temporary / Sendmail: the recipient receiving too fast.
    ("f66-135-gmail-rate-sendmail-warning", f"{SENDMAIL_SRC}; {GREF_RATE}",
     sm_warn("h135", "tina.lowe.design@gmail.com", "gmail-smtp-in.l.google.com", "450-4.2.1 The user you are trying to "
             "contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. "
             "Please resend your\n450-4.2.1 message at a later time. If the user is able to receive mail at that\n"
             "450 4.2.1 time, your message will be delivered. a1b2c3d4e5f6.135 - gsmtp"),
     later("tina.lowe.design@gmail.com")),
    # 143 Exim / en / auto-reply (not a bounce): Exim's autoreply transport.
    ("f66-143-exim-autoreply", EXIM_AUTOREPLY,
     exim_autoreply("f66-143", "Priya Raman <p.raman@lakeshore-eng.com>", "Auto: Re: Quick question about your Q4 "
                    "logistics", "Thank you for your email. I am out of the office until Monday 20 October with "
                    "limited access to email. For urgent matters please contact our office on 0161 555 0199."), NB),
    # 144 Exim / en / relay denied / Postfix DSN.
    ("f66-144-exim-relay-not-permitted-postfix", f"{POSTFIX_SRC}; {EXIM_ACL}",
     pf_remote("h144", "accounts@millbrook-haulage.co.uk", "550 relay not permitted", "5.0.0",
               "mx.millbrook-haulage.co.uk"), soft("accounts@millbrook-haulage.co.uk", (), ANY)),
    # 147 Gmail / en / host or domain unknown / Gmail's own DNS notice.
    ("f66-147-gmail-own-nxdomain", f"{GMAIL_SRC} (DNS failure)",
     g_dns("h147", "sales@brightwell-instrumnts.com"), hostunknown("sales@brightwell-instrumnts.com")),
    # 163 Zimbra / en / blocklist / qmail.
    ("f66-163-zimbra-rbl-qmail", f"{QMAIL_SRC}; {ZIMBRA_RBL}",
     qm("h163", "frontdesk@aspen-ridge-lodge.com", f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked "
        f"using zen.spamhaus.org; https://www.spamhaus.org/query/ip/{OURIP}"),
     soft("frontdesk@aspen-ridge-lodge.com", BLOCK, ANY)),
    # --- Second batch (draws 164-219): committed before its own first run. ---
    # 177 Yahoo / en / blocklist / Postfix DSN: refused at connect.
    ("f66-177-yahoo-bl21-postfix", f"{POSTFIX_SRC}; {YAHOO_BL}",
     pf_remote("h177", "mgreer.1984@yahoo.com", f"553 5.7.1 [BL21] Connections will not be accepted from {OURIP}, "
               "because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", "5.7.1",
               "mta7.am0.yahoodns.net", command="MAIL FROM"), soft("mgreer.1984@yahoo.com", BLOCK, ANY)),
    # 182 Sendmail / en / policy refusal / Exim.
    ("f66-182-sendmail-access-denied-exim", f"{EXIM_SRC}; {SM_REJECT}",
     ex_remote("h182", "purchasing@denholm-steel.co.uk", "550 5.7.1 <purchasing@denholm-steel.co.uk>... Access denied",
               "mail.denholm-steel.co.uk"), soft("purchasing@denholm-steel.co.uk", (), ANY)),
    # 192 GMX / en / policy refusal / Exim.
    ("f66-192-gmx-policy-exim", f"{EXIM_SRC}; {GMX_POLICY}",
     ex_remote("h192", "f.schubert@gmx.de", "550-Requested action not taken: mailbox unavailable\n    550-Reject due to "
               "policy restrictions.\n    550 For explanation visit https://postmaster.gmx.net/en/case?c=r0701&i=ip&v="
               f"{OURIP}&r=1MxAbC-1uVwXy2Z3q", "mx00.emig.gmx.net"), soft("f.schubert@gmx.de", (), ANY)),
    # 202 Gmail / en / greylisting or temporary / qmail: given up after the queue lifetime.
    ("f66-202-gmail-unsolicited-rate-qmail-giveup", f"{QMAIL_SRC}; {QMAIL_GIVEUP}; {GREF_UNSOL}",
     qmail("h202", "harbourview.books@gmail.com", detail="142.250.102.26 does not like recipient.\nRemote host said: "
           f"421-4.7.0 [{OURIP} 15] Our system has detected an unusual rate of\n421-4.7.0 unsolicited mail originating "
           "from your IP address. To protect our\n421-4.7.0 users from spam, mail sent from your IP address has been "
           "temporarily\n421-4.7.0 rate limited. Please visit\n421-4.7.0  https://support.google.com/mail/?p="
           "UnsolicitedRateLimitError to\n421 4.7.0 review our Bulk Email Senders Guidelines. a1b2c3d4.202 - gsmtp\n"
           "Giving up on 142.250.102.26.\nI'm not going to try again; this message has been in the queue too long.\n"),
     soft("harbourview.books@gmail.com", (), ANY)),
    # 204 Zoho / en / no such user / Gmail.
    ("f66-204-zoho-user-unknown-gmail", f"{GMAIL_SRC}; {ZOHO_MORE}",
     g_remote("h204", "anand@tirupur-knits.in", "550 5.1.1 <anand@tirupur-knits.in> User unknown", "5.1.1", "mx.zoho.in"),
     hard("anand@tirupur-knits.in")),
    # 206 Zimbra / en / sender-side refusal / Exchange Online NDR.
    ("f66-206-zimbra-sender-access-exo", f"{EXO_SRC}; Zimbra's MTA is Postfix; {PF_ACCESS_S}",
     exo_remote("h206", "procurement@glenrock-mining.ca", f"554 5.7.1 <{SELLER}>: Sender address rejected: Access denied",
                "5.7.1", "zimbra.glenrock-mining.ca"), soft("procurement@glenrock-mining.ca", (), S)),
    # 208 Zoho / en / no such user / Postfix DSN.
    ("f66-208-zoho-user-unknown-postfix", f"{POSTFIX_SRC}; {ZOHO_MORE}",
     pf_remote("h208", "meera@coimbatore-pumps.in", "550 5.1.1 <meera@coimbatore-pumps.in> User unknown", "5.1.1",
               "mx.zoho.in"), hard("meera@coimbatore-pumps.in")),
    # 211 Zoho / en / delay warning / Gmail.
    ("f66-211-zoho-temporary-gmail-delay", f"{GMAIL_SRC}; {ZOHO_MORE}",
     g_delay("h211", "ravi@madurai-exports.in", "452 4.3.1 Temporary System Error", "mx.zoho.in"),
     later("ravi@madurai-exports.in")),
    # 215 Cyrus / en / full mailbox / qmail.
    ("f66-215-cyrus-over-quota-qmail-2", f"{QMAIL_SRC}; {CYRUS_Q}",
     qm("h215", "j.virtanen@tampere-metsa.fi", "552 5.2.2 Over quota"), soft("j.virtanen@tampere-metsa.fi", FULL)),
    # 217 Postfix / en / policy refusal / Sendmail: a recipient access REJECT.
    ("f66-217-postfix-recipient-access-sendmail", f"{SENDMAIL_SRC}; {PF_ACCESS_S}",
     sendmail("h217", "press@linden-hotels.de", remote="mail.linden-hotels.de", rcpt_reply="554 5.7.1 "
              "<press@linden-hotels.de>: Recipient address rejected: Access denied", status="5.7.1"),
     soft("press@linden-hotels.de", (), ANY)),
    # 219 Exim / en / no such user / qmail.
    ("f66-219-exim-unknown-user-qmail", f"{QMAIL_SRC}; {EXIM_ACL}",
     qm("h219", "g.brennan@shannon-aero.ie", "550 unknown user"), hard("g.brennan@shannon-aero.ie")),
]
