"""Groupware 60: a MEASUREMENT of the classifier on the OWN notices of groupware servers and hosted / privacy mail
services (non-delivery reports, delay warnings, Sieve rejections, success reports and vacation replies written by
the server itself): Zimbra's MTA reporting its LMTP store's replies, Dovecot / Open-Xchange (Pigeonhole Sieve reject
and vacation, LDA rejection, LMTP), Fastmail (its Postfix wording, its Cyrus store's Sieve reject and vacation),
Stalwart, MDaemon, CommuniGate Pro, SmarterMail (this module); Yandex, mail.ru, Zoho, 1&1 / IONOS, GoDaddy and Kerio
(review_groupware60_more.py). Whole notices, HAND-MADE after the generators' layouts (review_groupware60_layouts.py
and earlier reviews' builders) with the templates' and replies' words from the servers' sources and vendors' pages,
cited per row. Expected rows (address, hard, reasons, scope, delay; [] = no bounce) written from those words and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). Names "gw60-<vendor>-<what>"."""

from __future__ import annotations

from tests.classifier.review_delays58_layouts import STALWART_SRC, rcpt, stalwart
from tests.classifier.review_groupware60_layouts import (CYRUS_SRC, CYRUS_VAC_SRC, DOVECOT_LDA_SRC, DOVECOT_OLD_SRC,
                                                         FASTMAIL_OLD_SRC, MDAEMON_WARN_SRC, PIGEONHOLE_SRC, SUBJ,
                                                         VACATION_SRC, fastmail_old, mdaemon_warn, postfix_own,
                                                         sieve_reject, vacation)
from tests.classifier.review_holdout50 import ANY, FULL, S, hard, later, soft
from tests.classifier.review_holdout50_layouts import POSTFIX_SRC, postfix
from tests.classifier.review_holdout51_layouts import CGP_SRC, MDAEMON_SRC, communigate, mdaemon
from tests.classifier.review_providers36_layouts import smartermail

REFUSE = ("filtered", "rejected", "policyviolation", "blocked", "spamdetected")
ZIMBRA = ("Zimbra zm-mailbox com/zimbra/cs/lmtpserver/LmtpReply.java (the store's LMTP replies: NO_SUCH_USER '550 "
          "5.1.1 No such user here', PERMANENT_FAILURE_OVER_QUOTA '552 5.2.2 Over quota', TEMPORARY_FAILURE_OVER_QUOTA "
          "'452 4.2.2 Over quota', MAILBOX_DISABLED '450 4.2.1 Mailbox disabled, not accepting messages', "
          "TLS_REQUIRED '451 4.2.2 Server accepts messages only on TLS connection', PERMANENT_MESSAGE_REFUSED '550 "
          "5.7.1 Message rejected', PERMANENT_FAILURE '554 5.0.0 Permanent message delivery failure'); Zimbra's MTA is "
          "Postfix, so its report is Postfix's lmtp client quoting them")
DOVECOT_LMTP = "Dovecot src/lmtp/lmtp-local.c (ERRSTR_TEMP_MAILBOX_FAIL '451 4.3.0 <%s> Temporary internal error')"
DOVECOT_TEMPFAIL = ("Dovecot 15-lda.conf 'quota_full_tempfail' ('If user is over quota, return with temporary failure "
                    "instead of bouncing the mail') with the default quota_exceeded_message 'Quota exceeded (mailbox "
                    "for user is full)'")
FASTMAIL_HELP = ("Fastmail help 'Why messages bounce back' (fastmail.help 7010500320655: 'Common Fastmail bounce errors': "
                 "'550 5.1.1 ... Sorry, user address unknown', '551 5.7.1 Not authorised to send from this header "
                 "address')")
FASTMAIL_QUOTA = ("Fastmail blog 'Change in over quota handling' (fastmail.com/blog/change-in-over-quota-handling: "
                  "'we defer the email with a \"451 User is over quota, try again later\" response'; an alias with "
                  "several targets still gets 'a non-delivery notification for the over quota target')")
MAILRU_UU = ("mail.ru's RCPT reply 'Message was not accepted -- invalid mailbox.  Local mailbox <a> is unavailable: "
             "user not found' (sisimai lib/Sisimai/Lhost/MailRu.pm: 'user not found' = userunknown)")
TITAN_FULL = ("Titan 'Understanding Incoming Email Reject Codes' (support.titan.email 35175377981977: '552 5.2.2 "
              "user@example.com: Recipient address rejected: Quota exceeded (mailbox for user is full)')")
IONOS_RATE = ("IONOS help 'SMTP-Fehlermeldungen der IONOS Mailserver' (ionos.de/hilfe/e-mail/postmaster: '421 Rate "
              "limit reached. Please try again later' = too many messages in too short a time)")
ZOHO_CODES = ("Zoho's replies as smtp.codes/zoho lists them ('452 4.3.1 Temporary System Error': the domain at Zoho "
              "is not currently accepting email; '550 5.1.1 <a> User unknown')")
YANDEX_FULL = ("Yandex help 'Reasons for non-delivery' (yandex.com/support/mail/bounces: 'Mailbox size limit "
               "exceeded' = the recipient's mailbox is full)")
OVH_POLICY = ("OVH-hosted recipient's reply '554 5.7.1 Message rejected due to policy restrictions' (OVH guide 'Questions "
              "about SMTP, POP3 and IMAP', gids.ovh.nl/EmailSmtpPop3Imap)")

ZM_MTA, ZM_MBX = "zmta01.harrowgate-logistics.com", "zmbx01.harrowgate-logistics.com[10.20.1.5]"


def zm(rid: str, a: str, reply: str, status: str, cmd: str = "RCPT TO", action: str = "failed") -> bytes:
    """Zimbra's MTA (Postfix) reporting the store's LMTP reply."""
    return postfix(rid, a, reason=f"host {ZM_MBX} said: {reply} (in reply to {cmd} command)", status=status,
                   remote=ZM_MBX.split("[")[0], diag=reply, action=action, host=ZM_MTA)


ZIMBRA_ROWS = [
    ("gw60-zimbra-lmtp-no-such-user", f"{POSTFIX_SRC}; {ZIMBRA}",
     zm("z1", "t.hollis@harrowgate-logistics.com", "550 5.1.1 No such user here", "5.1.1"),
     hard("t.hollis@harrowgate-logistics.com")),
    ("gw60-zimbra-lmtp-over-quota-552", f"{POSTFIX_SRC}; {ZIMBRA}",
     zm("z2", "accounts@harrowgate-logistics.com", "552 5.2.2 Over quota", "5.2.2", cmd="end of DATA"),
     soft("accounts@harrowgate-logistics.com", FULL)),
    ("gw60-zimbra-lmtp-over-quota-452-delay", f"{POSTFIX_SRC} (delay template); {ZIMBRA}",
     zm("z3", "m.bryce@harrowgate-logistics.com", "452 4.2.2 Over quota", "4.2.2", action="delayed"),
     later("m.bryce@harrowgate-logistics.com")),
    ("gw60-zimbra-lmtp-mailbox-disabled-delay", f"{POSTFIX_SRC} (delay template); {ZIMBRA}",
     zm("z4", "j.okoro@harrowgate-logistics.com", "450 4.2.1 Mailbox disabled, not accepting messages", "4.2.1",
        action="delayed"), later("j.okoro@harrowgate-logistics.com")),
    ("gw60-zimbra-lmtp-tls-required-delay", f"{POSTFIX_SRC} (delay template); {ZIMBRA}",
     zm("z5", "p.quinn@harrowgate-logistics.com", "451 4.2.2 Server accepts messages only on TLS connection", "4.2.2",
        cmd="MAIL FROM", action="delayed"), later("p.quinn@harrowgate-logistics.com")),
    ("gw60-zimbra-lmtp-permanent-failure", f"{POSTFIX_SRC}; {ZIMBRA}",
     zm("z6", "e.ward@harrowgate-logistics.com", "554 5.0.0 Permanent message delivery failure", "5.0.0",
        cmd="end of DATA"), soft("e.ward@harrowgate-logistics.com", (), ANY)),
    ("gw60-zimbra-lmtp-message-rejected", f"{POSTFIX_SRC}; {ZIMBRA}",
     zm("z7", "l.fenn@harrowgate-logistics.com", "550 5.7.1 Message rejected", "5.7.1", cmd="end of DATA"),
     soft("l.fenn@harrowgate-logistics.com", (), ANY)),
]

DOVECOT_ROWS = [
    ("gw60-dovecot-sieve-reject-sender", PIGEONHOLE_SRC + " (the script's reason, the prospect's own filter)",
     sieve_reject("d1", "k.vogt@kestrel-design.de", human="Your message to <k.vogt@kestrel-design.de> was "
                  "automatically rejected:\nI do not accept unsolicited sales messages at this address.",
                  ua="Dovecot Mail Delivery Agent", host="mail.kestrel-design.de"),
     soft("k.vogt@kestrel-design.de", REFUSE, ANY)),
    ("gw60-dovecot-lda-reject-quota", DOVECOT_LDA_SRC + " (the reason: Dovecot's quota_exceeded_message default)",
     sieve_reject("d2", "info@kestrel-design.de", human="Your message to <info@kestrel-design.de> was automatically "
                  "rejected:\nQuota exceeded (mailbox for user is full)", ua="Dovecot Mail Delivery Agent",
                  host="mail.kestrel-design.de"), soft("info@kestrel-design.de", FULL)),
    ("gw60-dovecot-old-deliver-reject-quota", DOVECOT_OLD_SRC + " (Dovecot 1.x quota plugin's 'Quota exceeded')",
     sieve_reject("d3", "b.lindqvist@fjordline-trading.se", human="Your message was automatically rejected by Dovecot "
                  "Mail Delivery Agent.\n\nThe following reason was given:\nQuota exceeded",
                  ua="Dovecot Mail Delivery Agent", host="mail.fjordline-trading.se"),
     soft("b.lindqvist@fjordline-trading.se", FULL)),
    ("gw60-dovecot-lmtp-temp-internal-delay", f"{POSTFIX_SRC} (delay template); {DOVECOT_LMTP}",
     postfix("d4", "r.moreau@atelier-brun.fr", reason="host mbox02.atelier-brun.fr[private/dovecot-lmtp] said: 451 "
             "4.3.0 <r.moreau@atelier-brun.fr> Temporary internal error (in reply to end of DATA command)",
             status="4.3.0", remote="mbox02.atelier-brun.fr", diag="451 4.3.0 <r.moreau@atelier-brun.fr> Temporary "
             "internal error", action="delayed", host="mx1.atelier-brun.fr"), later("r.moreau@atelier-brun.fr")),
    ("gw60-dovecot-lmtp-quota-tempfail-delay", f"{POSTFIX_SRC} (delay template); {DOVECOT_TEMPFAIL}",
     postfix("d5", "s.aubert@atelier-brun.fr", reason="host mbox02.atelier-brun.fr[private/dovecot-lmtp] said: 452 "
             "4.2.2 <s.aubert@atelier-brun.fr> Quota exceeded (mailbox for user is full) (in reply to RCPT TO "
             "command)", status="4.2.2", remote="mbox02.atelier-brun.fr", diag="452 4.2.2 <s.aubert@atelier-brun.fr> "
             "Quota exceeded (mailbox for user is full)", action="delayed", host="mx1.atelier-brun.fr"),
     later("s.aubert@atelier-brun.fr")),
    ("gw60-ox-pigeonhole-vacation-de", VACATION_SRC + " (Open-Xchange App Suite's vacation notice is a Pigeonhole "
     "vacation rule; its subject set by the user; hand-made, weak)",
     vacation("d6", "Katrin Vogt <k.vogt@kestrel-design.de>", subject="Abwesenheitsnotiz", body="Vielen Dank für Ihre "
              "Nachricht. Ich bin bis zum 27.10. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. "
              "In dringenden Fällen wenden Sie sich bitte an info@kestrel-design.de.\n"), []),
    ("gw60-pigeonhole-vacation-en", VACATION_SRC + " (the reason text by hand)",
     vacation("d7", "Bo Lindqvist <b.lindqvist@fjordline-trading.se>", subject=f"Auto: {SUBJ}", body="I am on parental "
              "leave until January. Your message has not been forwarded; please write to office@fjordline-trading.se "
              "for anything urgent.\n"), []),
]

FM_OUT = "mailout.nyi.messagingengine.com"
FASTMAIL_ROWS = [
    ("gw60-fastmail-old-lmtpforward-unknown", FASTMAIL_OLD_SRC + " (the 'lmtpforward/outgoing' User unknown line)",
     fastmail_old("f1", "joe.bradley@fastmail.com", said="host xyz[/var/run/lmtpforward/outgoing] said: 550 5.1.1 "
                  "<joe.bradley@fastmail.com>: Recipient address rejected: User unknown in local recipient table (in "
                  "reply to end of DATA command)", status="5.1.1", diag="550 5.1.1 <joe.bradley@fastmail.com>: "
                  "Recipient address rejected: User unknown in local recipient table"),
     hard("joe.bradley@fastmail.com")),
    ("gw60-fastmail-old-connection-refused", FASTMAIL_OLD_SRC + " ('connect to m1.somemail.com[]: Connection refused':"
     " the other end refused our connection; given up after the retries)",
     fastmail_old("f2", "orders@pellham-tools.co.uk", said="connect to mx1.pellham-tools.co.uk[203.0.113.81]:25: "
                  "Connection refused", status="4.4.1"), soft("orders@pellham-tools.co.uk", (), ANY)),
    ("gw60-fastmail-own-sorry-user-unknown", f"{POSTFIX_SRC}; {FASTMAIL_HELP}",
     postfix_own("f3", "h.mistry@fastmail.fm", host=FM_OUT, said="host in1-smtp.messagingengine.com[103.168.172.222] "
                 "said: 550 5.1.1 <h.mistry@fastmail.fm>: Sorry, user address unknown (in reply to RCPT TO command)",
                 status="5.1.1", diag="550 5.1.1 <h.mistry@fastmail.fm>: Sorry, user address unknown",
                 remote="in1-smtp.messagingengine.com"), hard("h.mistry@fastmail.fm")),
    ("gw60-fastmail-not-authorised-header", f"{POSTFIX_SRC} (our relay through Fastmail's submission host); "
     f"{FASTMAIL_HELP}: our From is not one our Fastmail login may use, the sender's fault",
     postfix("f4", "c.ibarra@montclair-foods.com", reason="host smtp.fastmail.com[103.168.172.60] said: 551 5.7.1 Not "
             "authorised to send from this header address (in reply to end of DATA command)", status="5.7.1",
             remote="smtp.fastmail.com", diag="551 5.7.1 Not authorised to send from this header address"),
     soft("c.ibarra@montclair-foods.com", (), S)),
    ("gw60-fastmail-over-quota-451-delay", f"{POSTFIX_SRC} (delay template); {FASTMAIL_QUOTA}",
     postfix("f5", "anna.k@fastmail.com", reason="host in2-smtp.messagingengine.com[103.168.172.223] said: 451 User is "
             "over quota, try again later (in reply to RCPT TO command)", status="4.0.0",
             remote="in2-smtp.messagingengine.com", diag="451 User is over quota, try again later", action="delayed"),
     later("anna.k@fastmail.com")),
    ("gw60-fastmail-alias-target-over-quota", f"{POSTFIX_SRC}; {FASTMAIL_QUOTA}; Cyrus lmtpd's quota refusal "
     "('552 5.2.2 Over quota', IMAP_QUOTA_EXCEEDED's text; by hand)",
     postfix_own("f6", "team@pellham-tools.co.uk", host=FM_OUT, said="host lmtp.internal[/var/run/cyrus/lmtp] said: "
                 "552 5.2.2 Over quota (in reply to end of DATA command)", status="5.2.2",
                 diag="552 5.2.2 Over quota"), soft("team@pellham-tools.co.uk", FULL)),
    ("gw60-fastmail-cyrus-sieve-reject", CYRUS_SRC + " (subject 'Automatically rejected mail'; the reason by hand)",
     sieve_reject("f7", "d.osei@pellham-tools.co.uk", human="Your message was automatically rejected by Sieve, a mail\n"
                  "filtering language.\n\nThe following reason was given:\nPlease stop emailing me, I have not asked "
                  "for this.", ua="Cyrus 3.8.4/3.8.4", host="sloti31n12.messagingengine.com",
                  subject="Automatically rejected mail", frm="Mail Delivery Subsystem <MAILER-DAEMON@fastmail.com>"),
     soft("d.osei@pellham-tools.co.uk", REFUSE, ANY)),
    ("gw60-fastmail-cyrus-vacation", CYRUS_VAC_SRC,
     vacation("f8", "Dana Osei <d.osei@pellham-tools.co.uk>", subject=f"Auto: {SUBJ}", body="Thanks for your email. "
              "I'm travelling until 20 October with limited access to email.\n\nDana\n"), []),
]

STW = "mail.seller-host.example"
STALWART_ROWS = [
    ("gw60-stalwart-fail-mailru-user-not-found", f"{STALWART_SRC}; {MAILRU_UU}",
     stalwart("s1", kind="fail", failed=["<olga.sokolova@mail.ru> (host 'mxs.mail.ru' rejected command 'RCPT TO:"
              "<olga.sokolova@mail.ru>' with code 550 (5.0.0) 'Message was not accepted -- invalid mailbox.  Local "
              "mailbox olga.sokolova@mail.ru is unavailable: user not found')\n"],
              blocks=[rcpt("olga.sokolova@mail.ru", "failed", "5.0.0", "550 Message was not accepted -- invalid "
                           "mailbox.  Local mailbox olga.sokolova@mail.ru is unavailable: user not found",
                           "mxs.mail.ru")], host=STW), hard("olga.sokolova@mail.ru")),
    ("gw60-stalwart-fail-titan-quota", f"{STALWART_SRC}; {TITAN_FULL}",
     stalwart("s2", kind="fail", failed=["<sales@brightpeak-studio.com> (host 'mx1.titan.email' rejected command "
              "'RCPT TO:<sales@brightpeak-studio.com>' with code 552 (5.2.2) 'sales@brightpeak-studio.com: Recipient "
              "address rejected: Quota exceeded (mailbox for user is full)')\n"],
              blocks=[rcpt("sales@brightpeak-studio.com", "failed", "5.2.2", "552 5.2.2 sales@brightpeak-studio.com: "
                           "Recipient address rejected: Quota exceeded (mailbox for user is full)", "mx1.titan.email")],
              host=STW), soft("sales@brightpeak-studio.com", FULL)),
    ("gw60-stalwart-delay-ionos-rate-limit", f"{STALWART_SRC}; {IONOS_RATE}",
     stalwart("s3", kind="delay", delayed=["<m.krause@rheinfeld-bau.de> (host 'mx00.ionos.de' rejected command "
              "'MAIL FROM:<seller@example.com>' with code 421 (4.0.0) 'Rate limit reached. Please try again later')\n"],
              blocks=[rcpt("m.krause@rheinfeld-bau.de", "delayed", "4.0.0", "421 Rate limit reached. Please try again "
                           "later", "mx00.ionos.de")], host=STW), later("m.krause@rheinfeld-bau.de")),
    ("gw60-stalwart-mixed-two", f"{STALWART_SRC}; the failed line {MAILRU_UU}",
     stalwart("s4", kind="mixed", delayed=["<n.petrov@bk.ru> (connection to 'mxs.mail.ru' failed: Connection timed "
              "out)\n"], failed=["<n.petrova@bk.ru> (host 'mxs.mail.ru' rejected command 'RCPT TO:<n.petrova@bk.ru>' "
              "with code 550 (5.0.0) 'Message was not accepted -- invalid mailbox.  Local mailbox n.petrova@bk.ru is "
              "unavailable: user not found')\n"],
              blocks=[rcpt("n.petrov@bk.ru", "delayed", "4.0.0", None, "mxs.mail.ru"),
                      rcpt("n.petrova@bk.ru", "failed", "5.0.0", "550 Message was not accepted -- invalid mailbox.  "
                           "Local mailbox n.petrova@bk.ru is unavailable: user not found", "mxs.mail.ru")], host=STW),
     later("n.petrov@bk.ru") + hard("n.petrova@bk.ru")),
    ("gw60-stalwart-delivered", STALWART_SRC + " ('Successfully delivered message', Action: delivered)",
     stalwart("s5", kind="ok", delivered=["<l.ferreira@tagus-consult.pt> (delivered to 'mx.zoho.eu' with code 250 "
              "(2.0.0) 'Message accepted for delivery')\n"],
              blocks=[rcpt("l.ferreira@tagus-consult.pt", "delivered", "2.0.0", "250 Message accepted for delivery",
                           "mx.zoho.eu")], host=STW), []),
]

MDAEMON_ROWS = [
    ("gw60-mdaemon-warn-reverse-hostname", MDAEMON_WARN_SRC + " (the quoted 450 4.7.25 is Postfix's "
     "reject_unknown_client_hostname reply, as in the ticket)",
     mdaemon_warn("m1", "a.blin@tvsur-media.com.ar", mx="mx.tvsur-media.com.ar", reply="450 4.7.25 Client host "
                  "rejected: cannot find your hostname, [198.51.100.7]"), later("a.blin@tvsur-media.com.ar")),
    ("gw60-mdaemon-warn-zoho-temp-system-error", f"{MDAEMON_WARN_SRC}; {ZOHO_CODES}",
     mdaemon_warn("m2", "r.nair@lotusgrid.in", mx="mx.zoho.in", reply="452 4.3.1 Temporary System Error"),
     later("r.nair@lotusgrid.in")),
    ("gw60-mdaemon-fastmail-sorry-unknown", f"{MDAEMON_SRC}; {FASTMAIL_HELP}",
     mdaemon("m3", "will.t@fastmail.com", mx="in1-smtp.messagingengine.com", reply="550 5.1.1 <will.t@fastmail.com>: "
             "Sorry, user address unknown"), hard("will.t@fastmail.com")),
    ("gw60-mdaemon-yandex-mailbox-size", f"{MDAEMON_SRC}; {YANDEX_FULL}",
     mdaemon("m4", "sergey.volkov@yandex.ru", mx="mx.yandex.ru", reply="552 5.2.2 Mailbox size limit exceeded"),
     soft("sergey.volkov@yandex.ru", FULL)),
]

CGP_ROWS = [
    ("gw60-cgp-smtp-module-yandex-full", f"{CGP_SRC}; {YANDEX_FULL}",
     communigate("c1", "irina.k@yandex.ru", module="SMTP module(domain yandex.ru)",
                 detail="mx.yandex.ru: 552 5.2.2 Mailbox size limit exceeded"), soft("irina.k@yandex.ru", FULL)),
    ("gw60-cgp-smtp-module-zoho-user-unknown", f"{CGP_SRC}; {ZOHO_CODES}",
     communigate("c2", "helpdesk@lotusgrid.in", module="SMTP module(domain lotusgrid.in)",
                 detail="mx.zoho.in: 550 5.1.1 <helpdesk@lotusgrid.in> User unknown"), hard("helpdesk@lotusgrid.in")),
]

SMARTERMAIL = ("SmarterMail's own notice as hosts' knowledge bases quote it ('Could not deliver message to the following "
               "recipient(s):', 'Failed Recipient:', 'Reason: Remote host said: ...'; kb.indsoft.net a70)")
SM_ROWS = [
    ("gw60-smartermail-fastmail-unknown", f"{SMARTERMAIL}; {FASTMAIL_HELP}",
     smartermail("gw60-sm1", "k.lund@fastmail.com", "Remote host said: 550 5.1.1 <k.lund@fastmail.com>: Recipient "
                 "address rejected: User unknown in virtual mailbox table", host="mail.northwood-hvac.com"),
     hard("k.lund@fastmail.com")),
    ("gw60-smartermail-ovh-policy", f"{SMARTERMAIL}; {OVH_POLICY}",
     smartermail("gw60-sm2", "contact@vignoble-roux.fr", "Remote host said: 554 5.7.1 Message rejected due to policy "
                 "restrictions", host="mail.northwood-hvac.com"), soft("contact@vignoble-roux.fr", (), ANY)),
]

ROWS = ZIMBRA_ROWS + DOVECOT_ROWS + FASTMAIL_ROWS + STALWART_ROWS + MDAEMON_ROWS + CGP_ROWS + SM_ROWS
