"""Review dns63's controls (see review_dns63.py): notices that name a host or domain that did not resolve, or a DNS
failure, where the recipient's address is NOT shown bad: our own relayhost or smarthost route, our HELO name, client
host or sender domain at the receiver, temporary failures and their expiry, an MX pointing back at the sender, MX hosts
that refuse or do not answer. Expected SOFT (a false hard here unenrolls a live prospect), written BEFORE the
classifier ran on them (committed first). HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices17 as r17
from tests.classifier.notices import LEAD
from tests.classifier.review_dns63 import (BADRCPT, EXO_FAIL_LANG, G_DELAY_LANG, G_PROBLEM, G_TEMP, RELAY, X312,
                                           _g, _pf_own)
from tests.classifier.review_dns63_layouts import (EXCH_DNS, EXIM_DNS, EXIM_VERIFY, EXO_LOCAL, G_DNS, G_LOCAL,
                                                   HARAKA_FROM, PF_CONNECT, PF_DNS, PF_HELO, PF_RELAYHOST, PPS_SENDER,
                                                   QMAIL_DNS, SM_DNS)
from tests.classifier.review_holdout50 import ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_OLD_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, SELLER,
                                                       exchange_old, exim, exo)
from tests.classifier.review_notices51_layouts import GAVE_UP, NET, S, exo_local, gmail_local, soft

B = "p.lang@harborline-freight.com"  # the recipient of most controls; its domain is fine
D = "harborline-freight.com"
MX = f"mx1.{D}"
NS_RELAY = f"Host or domain name not found. Name service error for name={RELAY} type=A: Host not found"
SERVFAIL = f"DNS Error: DNS type 'mx' lookup of {D} responded with code SERVFAIL"
CONNECT = f"The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [{MX}. 203.0.113.25: {{how}}]"
EXO_SLOW = ("Your message couldn't be delivered. Microsoft 365 tried to deliver it for a while but the recipient's "
            "email server didn't respond.", "How to Fix It\nTry sending the message again later. If the problem "
            "continues, contact the recipient by some other means and ask them to tell their email admin.")
OLD_LOOP = ("The recipient's e-mail system couldn't be reached because its domain's DNS records point back at this "
            "server (a mail loop). Please contact the recipient by some other means.")
EXO_DELAY = ("Delivery is delayed to these recipients or groups.", "This message hasn't been delivered yet. Delivery "
             "will continue to be attempted.")

ROWS = [
    # ---- our own relayhost does not resolve: Postfix defers with 4.3.5, then returns the message
    ("d63-pf-relayhost-not-found-expired", PF_RELAYHOST + "; " + POSTFIX_SRC,
     _pf_own("d63c1", B, NS_RELAY, "4.3.5"), soft(address=B)),
    ("d63-pf-relayhost-not-found-delayed", PF_RELAYHOST + "; " + POSTFIX_SRC,
     _pf_own("d63c2", B, NS_RELAY, "4.3.5", action="delayed"), soft(address=B, delay=True)),
    ("d63-pf-relayhost-native-lookup-expired", PF_RELAYHOST + "; " + POSTFIX_SRC,
     _pf_own("d63c3", B, "unable to look up host smtp.gmail.com: No address associated with hostname", "4.3.5"),
     soft(address=B)),
    ("d63-ex-manualroute-host-lookup-failed", EXIM_DNS + " (manualroute to our smarthost, host_find_failed = fail); "
     + EXIM_SRC, exim("d63c4", B, detail=f"lookup of host \"{RELAY}\" failed in smarthost router"), soft(address=B)),
    # ---- temporary DNS failures and unanswered MX hosts
    ("d63-pf-own-aaaa-try-again-expired", PF_DNS + "; " + POSTFIX_SRC,
     _pf_own("d63c5", B, f"Host or domain name not found. Name service error for name={D} type=AAAA: Host not found, "
             "try again", "4.4.3"), soft(GAVE_UP, address=B)),
    ("d63-pf-own-connection-refused-expired", PF_CONNECT + "; " + POSTFIX_SRC,
     _pf_own("d63c6", B, f"connect to {MX}[203.0.113.25]:25: Connection refused", "4.4.1"), soft(GAVE_UP, address=B)),
    ("d63-pf-own-connection-timed-out-delayed", PF_CONNECT + "; " + POSTFIX_SRC,
     _pf_own("d63c7", B, f"connect to {MX}[203.0.113.25]:25: Connection timed out", "4.4.1", action="delayed"),
     soft(NET, address=B, delay=True)),
    ("d63-ex-warning-host-lookup-dns-timeout", EXIM_DNS + "; Exim deliver.c delay warning; " + EXIM_SRC,
     exim("d63c8", B, detail=f"host lookup for {D} did not complete (DNS timeout?)", delay_hours=24),
     soft(NET, address=B, delay=True)),
    ("d63-sm-name-server-timeout-expired", SM_DNS,
     r17.sendmail_expired("d63c9", B, "Deferred: Name server timeout"), soft(GAVE_UP, address=B)),
    ("d63-qmail-toolong-no-smtp-connection", QMAIL_DNS,
     r17.qmail_toolong("d63c10", B, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"),
     soft(GAVE_UP, address=B)),
    # ---- our HELO name or client host does not resolve at the receiver (reported at RCPT)
    ("d63-pf-remote-helo-host-not-found-550", PF_HELO + "; " + POSTFIX_SRC,
     pf_remote("d63c11", B, "550 5.7.1 <mail.example.com>: Helo command rejected: Host not found", "5.7.1", MX),
     soft(scope=S, address=B)),
    ("d63-pf-remote-helo-host-not-found-450-delayed", PF_HELO + "; " + POSTFIX_SRC,
     pf_remote("d63c12", B, "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", "4.7.1", MX,
               action="delayed"), soft(scope=S, address=B, delay=True)),
    ("d63-pf-remote-cannot-find-your-hostname-550", PF_HELO + "; " + POSTFIX_SRC,
     pf_remote("d63c13", B, "550 5.7.25 Client host rejected: cannot find your hostname, [198.51.100.7]", "5.7.25", MX),
     soft(scope=S, address=B)),
    # ---- our sender domain fails the receiver's checks
    ("d63-ex-remote-sender-verify-unrouteable", EXIM_VERIFY + "; " + EXIM_SRC,
     ex_remote("d63c14", B, f"550-Verification failed for <{SELLER}>\n    550-Unrouteable address\n    550 Sender "
               "verify failed", MX), soft(scope=S, address=B)),
    ("d63-ex-remote-sender-verify-callout-451-delayed", EXIM_VERIFY + "; Exim deliver.c delay warning; " + EXIM_SRC,
     exim("d63c15", B, detail=f"host {MX} [203.0.113.30]\n    SMTP error from remote mail server after RCPT TO:<{B}>:"
          "\n    451 Could not complete sender verify callout", delay_hours=24), soft(scope=S, address=B, delay=True)),
    ("d63-pf-remote-haraka-no-mx-from-550", HARAKA_FROM + "; " + POSTFIX_SRC,
     pf_remote("d63c16", B, "550 No MX for your FROM address", "5.0.0", MX, command="MAIL FROM"),
     soft(scope=S, address=B)),
    ("d63-pf-remote-haraka-no-mx-from-450-delayed", HARAKA_FROM + "; " + POSTFIX_SRC,
     pf_remote("d63c17", B, "450 No MX for your FROM address", "4.0.0", MX, command="MAIL FROM", action="delayed"),
     soft(scope=S, address=B, delay=True)),
    ("d63-pf-remote-pphosted-sender-domain-5-1-8", PPS_SENDER + "; " + POSTFIX_SRC,
     pf_remote("d63c18", B, "553 5.1.8 Domain of sender address does not exist", "5.1.8", "mxa-00123401.gslb.pphosted.com",
               command="MAIL FROM"), soft(scope=S, address=B)),
    # ---- Gmail: temporary DNS, connections, the BadRcptDomain link in a delay
    ("d63-gm-servfail-delayed-badrcptdomain-link", G_DNS + "; " + GMAIL_SRC,
     _g("d63c19", B, SERVFAIL, "Delivery incomplete", G_TEMP, action="delayed", learn=BADRCPT),
     soft(NET, address=B, delay=True)),
    ("d63-gm-mx-timeout-failed", G_DNS + "; " + GMAIL_SRC,
     _g("d63c20", B, f"DNS Error: DNS type 'mx' lookup of {D} timed out", "Message not delivered", G_PROBLEM),
     soft(GAVE_UP, address=B)),
    ("d63-gm-connect-refused-failed", G_DNS + "; " + GMAIL_SRC,
     _g("d63c21", B, CONNECT.format(how="connection refused"), "Message not delivered", G_PROBLEM),
     soft(GAVE_UP, address=B)),
    ("d63-gm-connect-timed-out-delayed", G_DNS + "; " + GMAIL_SRC,
     _g("d63c22", B, CONNECT.format(how="timed out"), "Delivery incomplete", G_TEMP, action="delayed"),
     soft(NET, address=B, delay=True)),
    # ---- Exchange: expiry after connection failures, an MX loop, a retried DNS query
    ("d63-exo-447-expired-led-4317", EXCH_DNS + "; " + EXO_SRC,
     exo("d63c23", B, why=EXO_SLOW[0], fix=EXO_SLOW[1], status="4.4.7",
         diag=f"550 4.4.7 QUEUE.Expired; message expired [{{LED=450 4.4.317 Cannot connect to remote server "
         f"[Message=SocketError] [LastAttemptedServerName={MX}] [LastAttemptedServerIP=203.0.113.25:25]}}]"),
     soft(GAVE_UP, address=B)),
    ("d63-exch-old-544-mxloopback", EXCH_DNS + "; " + EXO_OLD_SRC,
     exchange_old("d63c24", B, explain=OLD_LOOP, diag="554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error",
                  status="5.4.4"), soft(address=B)),
    ("d63-exo-440-errorretry-delayed", EXCH_DNS + "; " + EXO_SRC,
     exo("d63c25", B, why=EXO_DELAY[0], fix=EXO_DELAY[1], status="4.4.0", action="delayed",
         diag="451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry"),
     soft(NET, address=B, delay=True)),
]
ROWS += [(f"d63-exo-5312-expired-{lang}", EXCH_DNS + "; " + EXO_LOCAL,
                  exo_local(X312, "5.4.312", text, subject), soft(GAVE_UP))
                 for lang, (subject, text) in EXO_FAIL_LANG.items()]
ROWS += [(f"d63-gm-servfail-delayed-{lang}", G_DNS + "; " + G_LOCAL,
                  gmail_local("DNS Error: DNS type 'mx' lookup of example.org responded with code SERVFAIL", "4.0.0",
                              heading, body.format(a=LEAD), action="delayed"), soft(NET, delay=True))
                 for lang, (heading, body) in G_DELAY_LANG.items()]
