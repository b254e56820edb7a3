"""Delays 58: a MEASUREMENT of the classifier on DELAY notices and warnings (the message not yet delivered, still being
retried) against the final failures that look like them (the queue lifetime ran out: soft but final), plus DSNs whose
Action is delayed while their diagnostic quotes a 5xx, notices holding one delayed and one failed recipient, and
success / relay reports that are no bounce at all. A delay read as final marks a fine contact bounced (read hard, it
unenrolls a prospect: the costliest error); a final failure read as a delay keeps mailing a dead address.

Whole notices built with holdout 50's / 51's builders and review_delays58_layouts.py, after the generators' own
sources and documentation (cited per row). Expected rows (address, hard, reasons, scope, delay; [] = no bounce) were
written from the servers' words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed
first). Names "d58-<generator>-<what>"."""

from __future__ import annotations

from tests.classifier.review_delays58_layouts import (COURIER_SRC, EXCH_DELAY_SRC, EXCH_RELAY_SRC, OPENSMTPD_SRC,
                                                      SENDMAIL_WARN_SRC, STALWART_SRC, SUBJ, ZOHO_SRC, courier,
                                                      exch_delay_text, exim_warn_many, opensmtpd_error,
                                                      opensmtpd_warning, plain, postfix_text, qmail_many, rcpt, report,
                                                      sendmail_text, stalwart)
from tests.classifier.review_holdout50 import ANY, GMX, PROBLEM, hard, later, soft
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC,
                                                       QMAIL_SRC, REP, exchange_old, exim, exo, gmail, postfix)
from tests.classifier.review_holdout51_layouts import postfix_success

NB: list = []
EXP = ("expired", "networkerror")                    # a final failure after the queue lifetime: either reading
EXPS = ("expired", "networkerror", "systemerror")

# Where the wordings come from (beyond the layout sources).
PF_SOFT = ("Postfix postconf(5) soft_bounce ('the SMTP server's 5xx reply codes are changed to 4xx', the message stays "
           "queued: a delay notice whose diagnostic is the 5xx)")
PF_5XX_GREET = ("Postfix postconf(5) smtp_skip_5xx_greeting (default yes: a server greeting with 5XX is skipped and "
                "the recipient deferred) and smtp_proto.c 'host %s refused to talk to me: %s'")
PF_DNS = "Postfix smtp_addr.c ('Host or domain name not found. Name service error for name=%s type=%s: %s')"
PF_TLS = "Postfix smtp_proto.c ('TLS is required, but was not offered by host %s')"
PF_CONN = "Postfix smtp_connect.c ('connect to %s[%s]:%d: Connection timed out', 'delivery temporarily suspended: %s')"
POSTGREY = "postgrey(8) default --greylist-text 'Greylisted, see http://postgrey.schweikert.ch/help/%r.html'"
DOVECOT = "Dovecot quota plugin quota_exceeded_message default 'Quota exceeded (mailbox for user is full)'"
GREF = "Google 'Gmail SMTP errors and codes' (support.google.com/a/answer/3726730)"
G7720 = ("Gmail's 'The recipient server did not accept our requests to connect. Learn more at "
         "https://support.google.com/mail/answer/7720' (support.google.com/mail/answer/7720)")
YAHOO = "Yahoo Sender Hub 'SMTP Error Codes' (senders.yahooinc.com/smtp-error-codes: [TS01]-[TS03], 421 4.7.0)"
OLC = "Outlook.com postmaster 'Troubleshooting' (sendersupport.olc.protection.outlook.com/pm/troubleshooting)"
EXIM_WARN = ("Exim spec 'warn_message_file' / delay_warning (default warning text 'has not yet been delivered to one "
             "or more of its recipients', 'Delay reason:') and src/src/deliver.c")
EXIM_RETRY = ("Exim src/src/deliver.c / retry.c ('retry timeout exceeded', 'all hosts for '%s' have been failing for "
              "a long time (and retry time not reached)')")
QMAIL_LONG = ("qmail-send.c / qmail-remote.c ('I'm not going to try again; this message has been in the queue too "
              "long.', 'Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)', 'Giving up on %s.')")
EXO_447 = ("learn.microsoft.com 'Fix NDR error code 4.4.7 in Exchange Online' (the message expired in the queue; "
           "'550 4.4.7 QUEUE.Expired; message expired')")
EXO_44316 = ("learn.microsoft.com 'Email non-delivery reports and SMTP errors in Exchange Online' (4.4.316 Connection "
             "refused [Message=Socket error code 10061])")
EXO_440 = ("learn.microsoft.com 'Fix NDR error 4.4.0 / 451 4.4.0 Primary target IP address responded with ...' "
           "(Exchange's last-error text in a delay DSN)")
SENDMAIL_EXPIRE = ("sendmail queue.c/savemail.c ('Cannot send message for %s', 'Message could not be delivered for %s',"
                   " 'Message will be deleted from queue'), Action: failed, Status 4.4.7")
SENDMAIL_OK = ("sendmail savemail.c errbody() ('----- The following addresses had successful delivery notifications "
               "-----', '(relayed to non-DSN-aware mailer)'), deliver.c 'Return receipt'")


def g_delay(rid: str, a: str, reply: str, status: str, mx: str | None, hours: int = 46) -> bytes:
    lead = (f"There was a temporary problem delivering your message to {a}. Gmail will retry for {hours} more hours. "
            "You'll be notified if the delivery fails permanently.")
    return gmail(rid, a, heading="Delivery incomplete", lead=lead, response=reply, diag=reply, status=status,
                 remote=mx, action="delayed")


def pf(rid: str, a: str, line: str, status: str, *, action: str, diag: str | None = None, mx: str | None = None):
    return postfix(rid, a, reason=line, status=status, remote=mx, diag=diag, action=action)


def said(mx: str, reply: str, cmd: str = "RCPT TO") -> str:
    return f"host {mx}[203.0.113.{len(mx) % 200 + 20}] said: {reply} (in reply to {cmd} command)"


def exch_delay(rid: str, a: str, *, last_error: str = "", diag: str = "400 4.4.7 Message delayed") -> bytes:
    return report(rid, frm="Microsoft Outlook <postmaster@example.net>", subject=f"Delivery delayed:{SUBJ}",
                  text=exch_delay_text([a], last_error=last_error), host="EXCH02.corp.example.net", to_orig=a,
                  sender=REP, extra="X-MS-Exchange-Message-Is-Ndr:\n", blocks=[rcpt(a, "delayed", "4.4.7", diag)])


P = "mail.example.com"
POSTFIX_ROWS = [
    ("d58-postfix-delay-timeout", f"{POSTFIX_SRC} (delay template); {PF_CONN}",
     pf("p1", "ops@harbourline-ship.com", "connect to mx2.harbourline-ship.com[203.0.113.40]:25: Connection timed out",
        "4.4.1", action="delayed"), later("ops@harbourline-ship.com")),
    ("d58-postfix-delay-postgrey", f"{POSTFIX_SRC} (delay template); {POSTGREY}",
     pf("p2", "k.adeyemi@fernhill-dental.co.uk", said("mx.fernhill-dental.co.uk", "450 4.2.0 <k.adeyemi@fernhill-dental."
        "co.uk>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/fernhill-dental.co.uk."
        "html"), "4.2.0", action="delayed", diag="450 4.2.0 <k.adeyemi@fernhill-dental.co.uk>: Recipient address "
        "rejected: Greylisted, see http://postgrey.schweikert.ch/help/fernhill-dental.co.uk.html",
        mx="mx.fernhill-dental.co.uk"), later("k.adeyemi@fernhill-dental.co.uk")),
    ("d58-postfix-delay-softbounce-550", f"{POSTFIX_SRC} (delay template); {PF_SOFT}",
     pf("p3", "m.ferreira@tallis-stone.pt", said("mail.tallis-stone.pt", "550 5.1.1 <m.ferreira@tallis-stone.pt>: "
        "Recipient address rejected: User unknown in virtual mailbox table"), "4.1.1", action="delayed",
        diag="550 5.1.1 <m.ferreira@tallis-stone.pt>: Recipient address rejected: User unknown in virtual mailbox table",
        mx="mail.tallis-stone.pt"), later("m.ferreira@tallis-stone.pt")),
    ("d58-postfix-delay-5xx-greeting", f"{POSTFIX_SRC} (delay template); {PF_5XX_GREET}",
     pf("p4", "buyers@orchard-vale.com", "host mx1.orchard-vale.com[203.0.113.18] refused to talk to me: 554 5.7.1 "
        "Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net", "4.7.1", action="delayed",
        diag="554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using bl.spamcop.net",
        mx="mx1.orchard-vale.com"), later("buyers@orchard-vale.com")),
    ("d58-postfix-delay-dns-tryagain", f"{POSTFIX_SRC} (delay template); {PF_DNS}",
     pf("p5", "info@oakridge-vet.com", "Host or domain name not found. Name service error for name=oakridge-vet.com "
        "type=MX: Host not found, try again", "4.4.3", action="delayed"), later("info@oakridge-vet.com")),
    ("d58-postfix-delay-dovecot-quota", f"{POSTFIX_SRC} (delay template); {DOVECOT}",
     pf("p6", "s.nakamura@kestrel-arch.com", said("mail.kestrel-arch.com", "452 4.2.2 <s.nakamura@kestrel-arch.com> "
        "Quota exceeded (mailbox for user is full)"), "4.2.2", action="delayed", diag="452 4.2.2 <s.nakamura@kestrel-"
        "arch.com> Quota exceeded (mailbox for user is full)", mx="mail.kestrel-arch.com"),
     later("s.nakamura@kestrel-arch.com")),
    ("d58-postfix-delay-tls-required", f"{POSTFIX_SRC} (delay template); {PF_TLS}",
     pf("p7", "legal@plover-law.com", "TLS is required, but was not offered by host mx.plover-law.com[203.0.113.77]",
        "4.7.4", action="delayed"), later("legal@plover-law.com")),
    ("d58-postfix-delay-yahoo-ts03", f"{POSTFIX_SRC} (delay template); {YAHOO}",
     pf("p8", "gary.whitlock55@yahoo.com", said("mta6.am0.yahoodns.net", "421 4.7.0 [TS03] All messages from "
        "198.51.100.7 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/"
        "error-codes", "MAIL FROM"), "4.7.0", action="delayed", diag="421 4.7.0 [TS03] All messages from 198.51.100.7 "
        "will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/error-codes",
        mx="mta6.am0.yahoodns.net"), later("gary.whitlock55@yahoo.com")),
    ("d58-postfix-expired-timeout", f"{POSTFIX_SRC} (failure after maximal_queue_lifetime); {PF_CONN}",
     pf("p9", "orders@quillon-press.com", "connect to mx.quillon-press.com[203.0.113.90]:25: Connection timed out",
        "4.4.1", action="failed"), soft("orders@quillon-press.com", EXP)),
    ("d58-postfix-expired-suspended", f"{POSTFIX_SRC} (failure after maximal_queue_lifetime); {PF_CONN}",
     pf("p10", "hello@brackenfold.com", "delivery temporarily suspended: lost connection with mx.brackenfold.com"
        "[203.0.113.12] while receiving the initial server greeting", "4.4.2", action="failed"),
     soft("hello@brackenfold.com", EXP)),
    ("d58-postfix-expired-dns-tryagain", f"{POSTFIX_SRC} (failure after maximal_queue_lifetime); {PF_DNS}",
     pf("p11", "studio@tamsin-florals.com", "Host or domain name not found. Name service error for name=tamsin-florals"
        ".com type=MX: Host not found, try again", "4.4.3", action="failed"), soft("studio@tamsin-florals.com", EXPS)),
    ("d58-postfix-expired-451-greylist", f"{POSTFIX_SRC} (failure after maximal_queue_lifetime)",
     pf("p12", "r.bianchi@castelmonte-vini.it", said("mx.castelmonte-vini.it", "451 4.7.1 Please try again later"),
        "4.7.1", action="failed", diag="451 4.7.1 Please try again later", mx="mx.castelmonte-vini.it"),
     soft("r.bianchi@castelmonte-vini.it", (), ANY)),
    ("d58-postfix-two-delayed", f"{POSTFIX_SRC} (delay template, two recipients); {PF_CONN}; {POSTGREY}",
     report("p13", frm=f"MAILER-DAEMON@{P} (Mail Delivery System)", subject="Delayed Mail (still being retried)",
            text=postfix_text(P, ["<a.kowalski@wisla-trans.pl>: connect to mx.wisla-trans.pl[203.0.113.50]:25: "
                                  "Connection refused", "<b.nowak@wisla-trans.pl>: connect to mx.wisla-trans.pl"
                                  "[203.0.113.50]:25: Connection refused"], delay=True), host=P, 
            blocks=[rcpt("a.kowalski@wisla-trans.pl", "delayed", "4.4.1"),
                    rcpt("b.nowak@wisla-trans.pl", "delayed", "4.4.1")]),
     later("a.kowalski@wisla-trans.pl") + later("b.nowak@wisla-trans.pl")),
]

GMAIL_ROWS = [
    ("d58-gmail-delay-connect", f"{GMAIL_SRC} ('** Delivery incomplete **'); {G7720}",
     g_delay("g1", "d.okafor@larkspur-vineyards.com", "The recipient server did not accept our requests to connect. "
             "Learn more at https://support.google.com/mail/answer/7720 \n[mx.larkspur-vineyards.com. 203.0.113.71: "
             "timed out]", "4.4.1", None), later("d.okafor@larkspur-vineyards.com")),
    ("d58-gmail-delay-dns-servfail", f"{GMAIL_SRC} (delay); Gmail's 'DNS Error: DNS type 'mx' lookup of ... responded "
     "with code ...' wording (holdout 50's NXDOMAIN row), here SERVFAIL",
     g_delay("g2", "accounts@pellham-audio.com", "DNS Error: DNS type 'mx' lookup of pellham-audio.com responded with "
             "code SERVFAIL", "4.4.3", None), later("accounts@pellham-audio.com")),
    ("d58-gmail-delay-olc-reputation", f"{GMAIL_SRC} (delay); {OLC} (451 4.7.650, S775)",
     g_delay("g3", "h.brandt@outlook.com", "451 4.7.650 The mail server [209.85.220.41] has been temporarily rate "
             "limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) "
             "[Name=Protocol Filter Agent][AGT=PFA]", "4.7.650", "outlook-com.olc.protection.outlook.com"),
     later("h.brandt@outlook.com")),
    ("d58-gmail-delay-overquota-temp", f"{GMAIL_SRC} (delay); {GREF} (452 4.2.2 OverQuotaTemp)",
     g_delay("g4", "lucia.moretti.design@gmail.com", "452-4.2.2 The recipient's inbox is out of storage space.\n "
             "452-4.2.2 Please direct the recipient to\n 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp "
             "a1si8877 - gsmtp", "4.2.2", GMX), later("lucia.moretti.design@gmail.com")),
    ("d58-gmail-delay-yahoo-ts01", f"{GMAIL_SRC} (delay); {YAHOO}",
     g_delay("g5", "pat.kearney@yahoo.co.uk", "421 4.7.0 [TS01] Messages from 209.85.220.41 temporarily deferred due "
             "to user complaints - 4.16.55.1; see https://senders.yahooinc.com/error-codes", "4.7.0",
             "mx-eu.mail.am0.yahoodns.net"), later("pat.kearney@yahoo.co.uk")),
    ("d58-gmail-final-connect", f"{GMAIL_SRC} ('** Message not delivered **' after the retries); {G7720}",
     gmail("g6", "c.dumont@vervier-textiles.be", heading="Message not delivered",
           lead=PROBLEM.format(a="c.dumont@vervier-textiles.be"), response="The recipient server did not accept our "
           "requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n[mx.vervier-textiles.be. "
           "203.0.113.81: timed out]", diag="The recipient server did not accept our requests to connect. Learn more "
           "at https://support.google.com/mail/answer/7720 [mx.vervier-textiles.be. 203.0.113.81: timed out]",
           status="4.4.1"), soft("c.dumont@vervier-textiles.be", EXP)),
    ("d58-gmail-final-yahoo-ts01", f"{GMAIL_SRC} ('** Message not delivered **' after the retries); {YAHOO}",
     gmail("g7", "rob.tierney@yahoo.com", heading="Message not delivered", lead=PROBLEM.format(a="rob.tierney@yahoo.com"),
           response="421 4.7.0 [TS01] Messages from 209.85.220.41 temporarily deferred due to user complaints - "
           "4.16.55.1; see https://senders.yahooinc.com/error-codes", diag="421 4.7.0 [TS01] Messages from "
           "209.85.220.41 temporarily deferred due to user complaints - 4.16.55.1; see https://senders.yahooinc.com/"
           "error-codes", status="4.7.0", remote="mta7.am0.yahoodns.net"), soft("rob.tierney@yahoo.com", (), ANY)),
]

EXIM_ROWS = [
    ("d58-exim-delay-451-local", f"{EXIM_SRC}; {EXIM_WARN}",
     exim("e1", "t.lindqvist@norrsken-bygg.se", detail="SMTP error from remote mail server after RCPT TO:<t.lindqvist"
          "@norrsken-bygg.se>:\n    host mx.norrsken-bygg.se [203.0.113.23]: 451 4.3.0 Temporary local problem - "
          "please try later", delay_hours=24), later("t.lindqvist@norrsken-bygg.se")),
    ("d58-exim-delay-timeout", f"{EXIM_SRC}; {EXIM_WARN}",
     exim("e2", "admin@wrenfield.org", detail="host mx.wrenfield.org [203.0.113.33]: Connection timed out",
          delay_hours=24), later("admin@wrenfield.org")),
    ("d58-exim-delay-gmail-overquota", f"{EXIM_SRC}; {EXIM_WARN}; {GREF} (452 4.2.2 OverQuotaTemp)",
     exim("e3", "anika.v.rao@gmail.com", detail="SMTP error from remote mail server after RCPT TO:<anika.v.rao@gmail"
          ".com>:\n    host gmail-smtp-in.l.google.com [142.250.102.27]: 452-4.2.2 The recipient's inbox is out of "
          "storage space.\n    452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp x12si5 - gsmtp",
          delay_hours=24), later("anika.v.rao@gmail.com")),
    ("d58-exim-delay-two", f"{EXIM_WARN} (several addresses)",
     exim_warn_many("e4", [("j.moreau@cevennes-bois.fr", "host mx.cevennes-bois.fr [203.0.113.44]: Connection refused"),
                           ("l.girard@cevennes-bois.fr", "host mx.cevennes-bois.fr [203.0.113.44]: Connection "
                            "refused")]),
     later("j.moreau@cevennes-bois.fr") + later("l.girard@cevennes-bois.fr")),
    ("d58-exim-expired-retry-timeout", f"{EXIM_SRC}; {EXIM_RETRY}",
     exim("e5", "sales@greyholt-timber.co.uk", detail="retry timeout exceeded"), soft("sales@greyholt-timber.co.uk",
                                                                                     EXP)),
    ("d58-exim-expired-all-hosts", f"{EXIM_SRC}; {EXIM_RETRY}",
     exim("e6", "office@ballynoe-farm.ie", detail="all hosts for 'ballynoe-farm.ie' have been failing for a long time "
          "(and retry time not reached)"), soft("office@ballynoe-farm.ie", EXP)),
    ("d58-exim-expired-451-retry", f"{EXIM_SRC}; {EXIM_RETRY} (the last error, then ': retry timeout exceeded')",
     exim("e7", "f.haas@bergwerk-gmbh.de", detail="SMTP error from remote mail server after RCPT TO:<f.haas@bergwerk-"
          "gmbh.de>:\n    host mx.bergwerk-gmbh.de [203.0.113.55]: 451 4.7.1 Greylisting in action, please come back "
          "later: retry timeout exceeded"), soft("f.haas@bergwerk-gmbh.de", (), ANY)),
]

_SM_HOST = "smtp.example.org"


def sm(rid: str, *, subject: str, text: str, blocks: list[str], to: str = "") -> bytes:
    return report(rid, frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{_SM_HOST}>", subject=subject, text=text,
                  blocks=blocks, host=_SM_HOST, to_orig=to, auto="auto-generated (failure)")


SENDMAIL_ROWS = [
    ("d58-sendmail-delay-timeout", SENDMAIL_WARN_SRC,
     sm("s1", subject="Warning: could not send message for past 4 hours", to="q.tran@tollgate-eng.com",
        text=sendmail_text(fatal=[], transient=["<q.tran@tollgate-eng.com>"], transcript="<q.tran@tollgate-eng.com>... "
                           "Deferred: Connection timed out with mx.tollgate-eng.com.\nWarning: message still undelivered "
                           "after 4 hours\nWill keep trying until message is 5 days old"),
        blocks=[rcpt("q.tran@tollgate-eng.com", "delayed", "4.4.1", remote="mx.tollgate-eng.com")]),
     later("q.tran@tollgate-eng.com")),
    ("d58-sendmail-delay-451-rcpt", SENDMAIL_WARN_SRC,
     sm("s2", subject="Warning: could not send message for past 4 hours", to="n.patel@saffronhill-foods.co.uk",
        text=sendmail_text(fatal=[], transient=["<n.patel@saffronhill-foods.co.uk>"], transcript="... while talking to "
                           "mx.saffronhill-foods.co.uk.:\n>>> RCPT To:<n.patel@saffronhill-foods.co.uk>\n<<< 451 4.7.1 "
                           "<n.patel@saffronhill-foods.co.uk>... Please try again later\n<n.patel@saffronhill-foods.co.uk>"
                           "... Deferred: 451 4.7.1 Please try again later\nWarning: message still undelivered after 4 "
                           "hours\nWill keep trying until message is 5 days old"),
        blocks=[rcpt("n.patel@saffronhill-foods.co.uk", "delayed", "4.7.1", "451 4.7.1 Please try again later",
                     "mx.saffronhill-foods.co.uk")]), later("n.patel@saffronhill-foods.co.uk")),
    ("d58-sendmail-expired-5days", SENDMAIL_EXPIRE,
     sm("s3", subject="Returned mail: Cannot send message for 5 days", to="e.sorensen@fjordlys-design.dk",
        text=sendmail_text(fatal=["<e.sorensen@fjordlys-design.dk>\n    (reason: 451 4.3.0 Temporary system error)"],
                           transient=[], transcript="... while talking to mx.fjordlys-design.dk.:\n>>> DATA\n<<< 451 "
                           "4.3.0 Temporary system error\n<e.sorensen@fjordlys-design.dk>... Deferred: 451 4.3.0 "
                           "Temporary system error\nMessage could not be delivered for 5 days\nMessage will be deleted "
                           "from queue"),
        blocks=[rcpt("e.sorensen@fjordlys-design.dk", "failed", "4.4.7", "451 4.3.0 Temporary system error",
                     "mx.fjordlys-design.dk")]), soft("e.sorensen@fjordlys-design.dk", EXPS)),
    ("d58-sendmail-one-failed-one-delayed", f"{SENDMAIL_WARN_SRC}; sendmail savemail.c (both sections in one report)",
     sm("s4", subject="Returned mail: see transcript for details", 
        text=sendmail_text(fatal=["<w.achterberg@duinzicht-bv.nl>\n    (reason: 550 5.1.1 <w.achterberg@duinzicht-bv."
                                  "nl>... User unknown)"], transient=["<i.jansen@polderwind.nl>"],
                           transcript="... while talking to mx.duinzicht-bv.nl.:\n>>> RCPT To:<w.achterberg@duinzicht-"
                           "bv.nl>\n<<< 550 5.1.1 <w.achterberg@duinzicht-bv.nl>... User unknown\n550 5.1.1 <w.achterberg"
                           "@duinzicht-bv.nl>... User unknown\n<i.jansen@polderwind.nl>... Deferred: Connection refused "
                           "by mx.polderwind.nl."),
        blocks=[rcpt("w.achterberg@duinzicht-bv.nl", "failed", "5.1.1", "550 5.1.1 <w.achterberg@duinzicht-bv.nl>... "
                     "User unknown", "mx.duinzicht-bv.nl"),
                rcpt("i.jansen@polderwind.nl", "delayed", "4.0.0", remote="mx.polderwind.nl")]),
     hard("w.achterberg@duinzicht-bv.nl") + later("i.jansen@polderwind.nl")),
    ("d58-sendmail-delay-two", SENDMAIL_WARN_SRC,
     sm("s5", subject="Warning: could not send message for past 1 day", 
        text=sendmail_text(fatal=[], transient=["<marta.ruiz@almendro-agro.es>", "<jorge.vidal@almendro-agro.es>"],
                           transcript="<marta.ruiz@almendro-agro.es>,<jorge.vidal@almendro-agro.es>... Deferred: "
                           "Connection reset by mx.almendro-agro.es.\nWarning: message still undelivered after 1 day\n"
                           "Will keep trying until message is 5 days old"),
        blocks=[rcpt("marta.ruiz@almendro-agro.es", "delayed", "4.4.2", remote="mx.almendro-agro.es"),
                rcpt("jorge.vidal@almendro-agro.es", "delayed", "4.4.2", remote="mx.almendro-agro.es")]),
     later("marta.ruiz@almendro-agro.es") + later("jorge.vidal@almendro-agro.es")),
]

QMAIL_ROWS = [
    ("d58-qmail-expired-noconn", QMAIL_LONG,
     qmail_many("q1", [("bookings@ashcombe-inn.co.uk", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"
                        "\nI'm not going to try again; this message has been in the queue too long.")]),
     soft("bookings@ashcombe-inn.co.uk", EXP)),
    ("d58-qmail-expired-remote-451", f"{QMAIL_SRC}; {QMAIL_LONG}",
     qmail_many("q2", [("v.petrov@kamenka-steel.ru", "203.0.113.66 does not like recipient.\nRemote host said: 451 "
                        "4.7.1 Service unavailable - try again later\nGiving up on 203.0.113.66.\nI'm not going to try "
                        "again; this message has been in the queue too long.")]), soft("v.petrov@kamenka-steel.ru", (), ANY)),
    ("d58-qmail-expired-conn-died", QMAIL_LONG,
     qmail_many("q3", [("team@mirabel-events.ca", "Connected to 203.0.113.8 but connection died. (#4.4.2)\nI'm not "
                        "going to try again; this message has been in the queue too long.")]),
     soft("team@mirabel-events.ca", EXP)),
    ("d58-qmail-unknown-beside-expired", f"{QMAIL_SRC}; {QMAIL_LONG} (two addresses in one bounce)",
     qmail_many("q4", [("g.oduya@lakeshore-clinic.com", "203.0.113.91 does not like recipient.\nRemote host said: 550 "
                        "5.1.1 <g.oduya@lakeshore-clinic.com>: Recipient address rejected: User unknown in local "
                        "recipient table\nGiving up on 203.0.113.91."),
                       ("frontdesk@lakeshore-spa.com", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
                        "I'm not going to try again; this message has been in the queue too long.")]),
     hard("g.oduya@lakeshore-clinic.com") + soft("frontdesk@lakeshore-spa.com", EXP)),
]

EXCH_ROWS = [
    ("d58-exch-delay-plain", EXCH_DELAY_SRC, exch_delay("x1", "c.ibarra@montsant-logistica.es"),
     later("c.ibarra@montsant-logistica.es")),
    ("d58-exch-delay-last-error", f"{EXCH_DELAY_SRC}; {EXO_440}",
     exch_delay("x2", "o.lindgren@skarholmen.se", last_error="Remote Server at mx.skarholmen.se (203.0.113.37) returned "
                "'400 4.4.7 Message delayed'\n451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to "
                "connect.\" Attempted failover to alternate host, but that did not succeed. Either there are no "
                "alternate hosts, or delivery failed to all alternate hosts."), later("o.lindgren@skarholmen.se")),
    ("d58-exch-delay-quoted-550", f"{EXCH_DELAY_SRC}; {EXO_440} (the last error quoting a 5xx greeting)",
     exch_delay("x3", "procurement@ridgeway-aero.com", last_error="Remote Server at mx.ridgeway-aero.com "
                "(203.0.113.47) returned '400 4.4.7 Message delayed'\n451 4.4.0 Primary target IP address responded "
                "with: \"554 5.7.1 mx.ridgeway-aero.com ESMTP not accepting messages.\" Attempted failover to alternate "
                "host, but that did not succeed."), later("procurement@ridgeway-aero.com")),
    ("d58-exch-delay-44316", f"{EXCH_DELAY_SRC}; {EXO_44316} (as the last error of a delay)",
     exch_delay("x9", "t.nguyen@mekong-freight.vn", last_error="LastError: 451 4.4.316 Connection refused [Message="
                "Socket error code 10061] [LastAttemptedServerName=mx.mekong-freight.vn] [LastAttemptedIP=203.0.113.62:25]"),
     later("t.nguyen@mekong-freight.vn")),
    ("d58-exch-delay-two", EXCH_DELAY_SRC,
     report("x10", frm="Microsoft Outlook <postmaster@example.net>", subject=f"Delivery delayed:{SUBJ}", sender=REP,
            text=exch_delay_text(["a.costa@douro-cortica.pt", "b.sousa@douro-cortica.pt"]), 
            host="EXCH02.corp.example.net", extra="X-MS-Exchange-Message-Is-Ndr:\n",
            blocks=[rcpt("a.costa@douro-cortica.pt", "delayed", "4.4.7", "400 4.4.7 Message delayed"),
                    rcpt("b.sousa@douro-cortica.pt", "delayed", "4.4.7", "400 4.4.7 Message delayed")]),
     later("a.costa@douro-cortica.pt") + later("b.sousa@douro-cortica.pt")),
    ("d58-exch-expired-queue", f"{EXO_OLD_SRC}; {EXO_447}",
     exchange_old("x4", "a.hughes@pendle-works.co.uk", explain="The message couldn't be delivered because the "
                  "destination server couldn't be reached before the message expired.", diag="550 4.4.7 QUEUE.Expired; "
                  "message expired", status="4.4.7"), soft("a.hughes@pendle-works.co.uk", EXP)),
    ("d58-exo-expired-44316", f"{EXO_SRC}; {EXO_44316}",
     exo("x5", "f.mensah@volta-agro.com.gh", why="Your message couldn't be delivered. Despite repeated attempts to "
         "deliver your message, the recipient's email system refused to accept a connection from your email system.",
         fix="How to Fix It\nContact the recipient by some other means and ask them to have their email admin check the"
         " problem.", diag="550 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName="
         "mx.volta-agro.com.gh] [LastAttemptedIP=203.0.113.58:25]", status="4.4.316"),
     soft("f.mensah@volta-agro.com.gh", EXP)),
    ("d58-exo-expired-de", f"{EXO_SRC} (German); {EXO_447}",
     exo("x6", "k.vogel@auental-druck.de", why="", fix="", diag="550 4.4.7 QUEUE.Expired; message expired",
         status="4.4.7", lang="de"), soft("k.vogel@auental-druck.de", EXP)),
    ("d58-exo-expired-fr", f"{EXO_SRC} (French); {EXO_447}",
     exo("x7", "p.lefevre@garonne-bois.fr", why="", fix="", diag="550 4.4.7 QUEUE.Expired; message expired",
         status="4.4.7", lang="fr"), soft("p.lefevre@garonne-bois.fr", EXP)),
    ("d58-exo-expired-es", f"{EXO_SRC} (Spanish); {EXO_447}",
     exo("x8", "r.salas@ebro-envases.es", why="", fix="", diag="550 4.4.7 QUEUE.Expired; message expired",
         status="4.4.7", lang="es"), soft("r.salas@ebro-envases.es", EXP)),
]

_STW = "mx.halden-optics.no"
OTHER_ROWS = [
    ("d58-stalwart-delay-timeout", STALWART_SRC,
     stalwart("w1", kind="delay", delayed=[f"<s.berg@halden-optics.no> (connection to '{_STW}' failed: I/O error: "
                                           "Connection timed out)\n"],
              blocks=[rcpt("s.berg@halden-optics.no", "delayed", "4.0.0", remote=_STW)]),
     later("s.berg@halden-optics.no")),
    ("d58-stalwart-final-timeout-500", f"{STALWART_SRC} (an error without a reply after expiry: Status 5.0.0)",
     stalwart("w2", kind="fail", failed=[f"<e.holm@halden-optics.no> (connection to '{_STW}' failed: I/O error: "
                                         "Connection timed out)\n"],
              blocks=[rcpt("e.holm@halden-optics.no", "failed", "5.0.0", remote=_STW)]),
     soft("e.holm@halden-optics.no", EXP)),
    ("d58-stalwart-mixed", STALWART_SRC,
     stalwart("w3", kind="mixed", delayed=["<d.quinn@corrib-marine.ie> (connection to 'mx.corrib-marine.ie' failed: "
                                           "I/O error: Connection refused)\n"],
              failed=["<m.byrne@shannon-tools.ie> (host 'mx.shannon-tools.ie' rejected command 'RCPT TO:<m.byrne@"
                      "shannon-tools.ie>' with code 550 (5.1.1) 'User unknown')\n"],
              blocks=[rcpt("d.quinn@corrib-marine.ie", "delayed", "4.0.0", remote="mx.corrib-marine.ie"),
                      rcpt("m.byrne@shannon-tools.ie", "failed", "5.1.1", "550 5.1.1 User unknown",
                           "mx.shannon-tools.ie")]),
     later("d.quinn@corrib-marine.ie") + hard("m.byrne@shannon-tools.ie")),
    ("d58-opensmtpd-delay-network", OPENSMTPD_SRC,
     opensmtpd_warning("o1", ["h.yilmaz@bosphorus-tekstil.com.tr: Network error on destination MXs"]),
     later("h.yilmaz@bosphorus-tekstil.com.tr")),
    ("d58-opensmtpd-delay-greylist", OPENSMTPD_SRC,
     opensmtpd_warning("o2", ["n.kaya@ege-zeytin.com.tr: 450 4.2.0 <n.kaya@ege-zeytin.com.tr>: Recipient address "
                              "rejected: Greylisted, see http://postgrey.schweikert.ch/help/ege-zeytin.com.tr.html"],
                       after="10 minutes"), later("n.kaya@ege-zeytin.com.tr")),
    ("d58-opensmtpd-envelope-expired", OPENSMTPD_SRC,
     opensmtpd_error("o3", ["b.aksoy@kapadokya-tur.com.tr: Envelope expired"]), soft("b.aksoy@kapadokya-tur.com.tr",
                                                                                    EXP)),
    ("d58-courier-delay", COURIER_SRC,
     courier("4D025E3A.00001792", banner="DELAYS IN DELIVERING YOUR MESSAGE", prose="There were temporary delays in "
             "delivering your message to the following recipients. Delivery attempts will continue.",
             entries=["<y.tanaka@shirakawa-seiki.co.jp>:\n    mx.shirakawa-seiki.co.jp [203.0.113.99]:\n>>> RCPT TO:"
                      "<y.tanaka@shirakawa-seiki.co.jp>\n<<< 451 4.3.2 Please try again later"],
             blocks=[rcpt("y.tanaka@shirakawa-seiki.co.jp", "delayed", "4.3.2", "451 4.3.2 Please try again later",
                          "mx.shirakawa-seiki.co.jp")]), later("y.tanaka@shirakawa-seiki.co.jp")),
    ("d58-zoho-expired-unreachable", ZOHO_SRC,
     plain("z1", frm="mailer-daemon@mail.zoho.com", subject="Undelivered Mail Returned to Sender",
           body="This message was created automatically by mail delivery software.\n\nA message that you sent could not"
           " be delivered to one or more of its recipients. This is a permanent error.\nThe following address(es) "
           "failed:\n\n  priya@kaveri-spices.in\n    Host not reachable\n", to_orig="priya@kaveri-spices.in",
           extra="X-ZohoMail: Si CHF_MF_NL SS_10 UW48 UB48 FMWL\nX-Failed-Recipients: priya@kaveri-spices.in\n"),
     soft("priya@kaveri-spices.in", EXP)),
]

NONBOUNCE_ROWS = [
    ("d58-nb-postfix-success-relayed", "Postfix bounce(8) success template ('Successful Mail Delivery Report', Action: "
     "relayed)", postfix_success("n1", "c.mbeki@karoo-wines.co.za", host=P), NB),
    ("d58-nb-sendmail-relayed-nondsn", SENDMAIL_OK,
     report("n2", frm=f"Mail Delivery Subsystem <MAILER-DAEMON@{_SM_HOST}>", subject="Return receipt", host=_SM_HOST,
            text="The original message was received at Tue, 14 Oct 2025 05:10:02 GMT\nfrom relay.example.com "
            "[198.51.100.7]\n\n   ----- The following addresses had successful delivery notifications -----\n"
            "<t.andersen@vesterhav.dk>  (relayed to non-DSN-aware mailer)\n\n   ----- Transcript of session follows "
            "-----\n<t.andersen@vesterhav.dk>... relayed; expect no further notifications\n",
            blocks=[rcpt("t.andersen@vesterhav.dk", "relayed", "2.0.0", remote="mx.vesterhav.dk")],
            to_orig="t.andersen@vesterhav.dk"), NB),
    ("d58-nb-stalwart-delivered", STALWART_SRC,
     stalwart("n3", kind="ok", delivered=["<l.ferrand@aubrac-fromages.fr> (delivered to 'mx.aubrac-fromages.fr' with "
                                          "code 250 (2.0.0) 'Ok: queued as 4XkP2b1Qz')\n"],
              blocks=[rcpt("l.ferrand@aubrac-fromages.fr", "delivered", "2.0.0", "250 2.0.0 Ok: queued as 4XkP2b1Qz",
                           "mx.aubrac-fromages.fr")]), NB),
    ("d58-nb-exchange-relayed", EXCH_RELAY_SRC,
     report("n4", frm="Microsoft Outlook <postmaster@example.net>", subject=f"Relayed: {SUBJ}", host="EXCH02.corp."
            "example.net", sender=REP, to_orig="g.romano@lagodigarda-hotels.it", extra="X-MS-Exchange-Message-Is-Ndr:\n",
            text="Delivery to these recipients or groups is complete, but no delivery notification was sent by the "
            "destination server:\n\ng.romano@lagodigarda-hotels.it (g.romano@lagodigarda-hotels.it)\n\nSubject: "
            f"{SUBJ}\n", blocks=[rcpt("g.romano@lagodigarda-hotels.it", "relayed", "2.0.0")]), NB),
    ("d58-nb-postfix-delivered-mailbox", "Postfix bounce(8) success template, local delivery (Action: delivered)",
     report("n5", frm=f"MAILER-DAEMON@{P} (Mail Delivery System)", subject="Successful Mail Delivery Report", host=P,
            text=f"This is the mail system at host {P}.\n\nYour message was successfully delivered to the destination(s)"
            "\nlisted below. If the message was delivered to mailbox you will\nreceive no further notifications. "
            "Otherwise you may still receive\nnotifications of mail delivery errors from other systems.\n\n"
            "                   The mail system\n\n<j.ortiz@example.com>: delivered to mailbox\n",
            blocks=[rcpt("j.ortiz@example.com", "delivered", "2.0.0")], to_orig="j.ortiz@example.com"), NB),
    ("d58-nb-courier-success", f"{COURIER_SRC} (a success report: Action delivered)",
     courier("5E11A0B2.00002A01", banner="DELIVERY STATUS NOTIFICATION", prose="Your message was successfully "
             "delivered to the following recipients.", entries=["<h.sato@kiso-mokuzai.co.jp>: delivered"],
             blocks=[rcpt("h.sato@kiso-mokuzai.co.jp", "delivered", "2.0.0", "250 2.0.0 Ok", "mx.kiso-mokuzai.co.jp")]),
     NB),
]

ROWS = POSTFIX_ROWS + GMAIL_ROWS + EXIM_ROWS + SENDMAIL_ROWS + QMAIL_ROWS + EXCH_ROWS + OTHER_ROWS + NONBOUNCE_ROWS
