"""Review reasons53's rows from our own relays (review_reasons53.py says what the review measures and how): Postfix,
Exim, Sendmail and qmail sending for seller@example.com from 198.51.100.7, and Exchange on-premises for rep@example.net,
each quoting a remote reply or giving its own reason. Expectations written before the classifier ran (committed first)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, EXO_OLD_SRC, POSTFIX_SRC, QMAIL_SRC, SENDMAIL_SRC, \
    exchange_old, exim, postfix, qmail, sendmail
from tests.classifier.review_reasons53 import AMAVIS, ANY, EXCH_RELAY, EXIM_DNSL, MSDOC, PF_RBL, R, S, hard, later, soft

OURIP = "198.51.100.7"
PFSMTPD = "Postfix src/smtpd/smtpd_check.c"
PFSMTP = "Postfix src/smtp (smtp_connect.c / smtp_proto.c / smtp_addr.c)"
PFLOCAL = "Postfix src/local (local.c, mailbox.c, command.c) and src/global/pipe_command.c"
EXIM_SPEC = "Exim spec"
SM_SRC = "sendmail cf/feature/dnsbl.m4 and sendmail/srvrsmtp.c / parseaddr.c"


def pf_own(rid: str, a: str, reason: str, status: str, *, action: str = "failed") -> bytes:
    """Postfix's report of its own reason (no remote reply: Diagnostic-Code X-Postfix)."""
    return postfix(rid, a, reason=reason, status=status, remote=None, action=action)


def ex_said(rid: str, a: str, text: str, *, delay: int = 0) -> bytes:
    return exim(rid, a, detail=text, delay_hours=delay)


POSTFIX_ROWS = [
    ("r53-postfix-eop-spamhaus", f"{POSTFIX_SRC}; Exchange Online Protection's Spamhaus reply (smtpfieldmanual.com "
     "'Exchange Online Protection': '550 5.7.1 Service unavailable, Client host [...] blocked using Spamhaus')",
     pf_remote("p1", "d.frost@oakridge-builders.com", f"550 5.7.1 Service unavailable, Client host [{OURIP}] blocked "
               "using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/198.51.100.7 "
               "(AS16012611) [BN1NAM02FT012.eop-nam02.prod.protection.outlook.com]", "5.7.1",
               "oakridgebuilders-com.mail.protection.outlook.com"), soft("d.frost@oakridge-builders.com", ("blocked",), S)),
    ("r53-postfix-barracuda-brbl", f"{POSTFIX_SRC}; {PF_RBL} with Barracuda Reputation Block List "
     "(b.barracudacentral.org; barracudacentral.org/rbl)",
     pf_remote("p2", "service@highmoor-electric.com", f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked "
               f"using b.barracudacentral.org; https://www.barracudanetworks.com/reputation/?pr=1&ip={OURIP}", "5.7.1",
               "mail.highmoor-electric.com"), soft("service@highmoor-electric.com", ("blocked",), S)),
    ("r53-postfix-gmail-ptr", f"{POSTFIX_SRC}; Google 'SMTP errors and codes' 550 5.7.25 (PTR record), spamresource.com "
     "2025/12 quoting it whole",
     pf_remote("p3", "marco.bellini.it@gmail.com", f"550-5.7.25 [{OURIP}] The IP address sending this message does not "
               "have a PTR record setup, or the corresponding forward DNS entry does not match the sending IP. As a "
               "policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to "
               "https://support.google.com/a?p=sender-guidelines-ip 5b1f17b1804b1-46e6si44.210 - gsmtp", "5.7.25",
               "gmail-smtp-in.l.google.com"), soft("marco.bellini.it@gmail.com", ("requireptr",), S)),
    ("r53-postfix-remote-reverse-hostname-delay", f"{POSTFIX_SRC} (delay); {PFSMTPD} reject_unknown_client_hostname "
     "('Client host rejected: cannot find your reverse hostname', 450 4.7.25 by default)",
     pf_remote("p4", "k.lund@fjellvind-energi.no", f"450 4.7.25 Client host rejected: cannot find your reverse hostname, "
               f"[{OURIP}]", "4.7.25", "mx.fjellvind-energi.no", action="delayed"),
     later("k.lund@fjellvind-energi.no", ("requireptr",), S)),
    ("r53-postfix-remote-sender-domain-not-found", f"{POSTFIX_SRC}; {PFSMTPD} reject_unknown_sender_domain "
     "('Sender address rejected: Domain not found', 5.1.8; answered at RCPT under smtpd_delay_reject)",
     pf_remote("p5", "h.okoro@lagos-freight.com.ng", "550 5.1.8 <seller@example.com>: Sender address rejected: Domain "
               "not found", "5.1.8", "mail.lagos-freight.com.ng"), soft("h.okoro@lagos-freight.com.ng", ("rejected",), S)),
    ("r53-postfix-remote-sender-unverified", f"{POSTFIX_SRC}; {PFSMTPD} reject_unverified_sender ('Sender address "
     "rejected: undeliverable address: ...', 5.1.7, the probe's own reason quoted)",
     pf_remote("p6", "ana.reis@lusotextil.pt", "550 5.1.7 <seller@example.com>: Sender address rejected: undeliverable "
               "address: host mail.example.com[192.0.2.25] said: 550 5.1.1 <seller@example.com>: Recipient address "
               "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", "5.1.7",
               "mx.lusotextil.pt"), soft("ana.reis@lusotextil.pt", ("rejected",), S)),
    ("r53-postfix-size-at-mail-from", f"{POSTFIX_SRC}; Postfix smtpd.c mail_cmd (SIZE= above message_size_limit: '552 "
     "5.3.4 Message size exceeds fixed limit', in reply to MAIL FROM)",
     pf_remote("p7", "tenders@calder-rail.co.uk", "552 5.3.4 Message size exceeds fixed limit", "5.3.4",
               "mx.calder-rail.co.uk", command="MAIL FROM"), soft("tenders@calder-rail.co.uk", ("mesgtoobig",), ANY)),
    ("r53-postfix-size-after-data", f"{POSTFIX_SRC}; Postfix cleanup ('552 5.3.4 Error: message file too big', after "
     "end of DATA)",
     pf_remote("p8", "bids@meadowvale-constr.com", "552 5.3.4 Error: message file too big", "5.3.4",
               "mail.meadowvale-constr.com", command="end of DATA"), soft("bids@meadowvale-constr.com", ("mesgtoobig",), ANY)),
    ("r53-postfix-remote-unable-to-relay", f"{POSTFIX_SRC}; {EXCH_RELAY}",
     pf_remote("p9", "info@stonecrest-dental.com", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain",
               "5.7.54", "mail.stonecrest-dental.com"), soft("info@stonecrest-dental.com", ("norelaying",), ANY)),
    ("r53-postfix-own-tls-not-offered-delay", f"{POSTFIX_SRC} (delay); {PFSMTP} (smtp_tls_security_level=encrypt: "
     "'TLS is required, but was not offered by host ...')",
     pf_own("p10", "records@kingsbury-law.com", "delivery temporarily suspended: TLS is required, but was not offered "
            "by host mail.kingsbury-law.com[203.0.113.61]", "4.7.4", action="delayed"),
     later("records@kingsbury-law.com", ("securityerror", "systemerror"))),
    ("r53-postfix-own-connect-timeout-delay", f"{POSTFIX_SRC} (delay); {PFSMTP} ('delivery temporarily suspended: "
     "connect to ...: Connection timed out')",
     pf_own("p11", "orders@brightwater-pumps.com", "delivery temporarily suspended: connect to "
            "mail.brightwater-pumps.com[203.0.113.62]:25: Connection timed out", "4.4.1", action="delayed"),
     later("orders@brightwater-pumps.com", ("networkerror", "expired"))),
    ("r53-postfix-own-give-up-timeout", f"{POSTFIX_SRC} (maximal_queue_lifetime reached: the last deferral's reason, "
     "Action failed, Status 4.4.1)",
     pf_own("p12", "hello@saltmarsh-studio.com", "delivery temporarily suspended: connect to "
            "mx.saltmarsh-studio.com[203.0.113.63]:25: Connection timed out", "4.4.1"),
     soft("hello@saltmarsh-studio.com", ("expired", "networkerror"), ANY)),
    ("r53-postfix-own-greeting-timeout-delay", f"{POSTFIX_SRC} (delay); {PFSMTP} ('conversation with ... timed out "
     "while receiving the initial server greeting')",
     pf_own("p13", "reception@vilnius-dental.lt", "conversation with mx.vilnius-dental.lt[203.0.113.64] timed out while "
            "receiving the initial server greeting", "4.4.2", action="delayed"),
     later("reception@vilnius-dental.lt", ("networkerror",))),
    ("r53-postfix-own-dns-try-again-delay", f"{POSTFIX_SRC} (delay); {PFSMTP} ('Host or domain name not found. Name "
     "service error for name=... type=MX: Host not found, try again')",
     pf_own("p14", "team@quarry-lane.io", "Host or domain name not found. Name service error for name=quarry-lane.io "
            "type=MX: Host not found, try again", "4.4.3", action="delayed"), later("team@quarry-lane.io", ("networkerror",))),
    ("r53-postfix-own-null-mx", f"{POSTFIX_SRC}; {PFSMTP} (RFC 7505 null MX: 'Domain ... does not accept mail (nullMX)')",
     pf_own("p15", "noreply@parked-harbor.com", "Domain parked-harbor.com does not accept mail (nullMX)", "5.1.0"),
     hard("noreply@parked-harbor.com", ("notaccept",))),
    ("r53-postfix-remote-user-moved", f"{POSTFIX_SRC}; Postfix relocated(5) / trivial-rewrite resolve ('User has moved "
     "to ...', 5.1.6)",
     pf_remote("p16", "e.price@kelso-partners.com", "550 5.1.6 <e.price@kelso-partners.com>: Recipient address rejected: "
               "User has moved to emma.price@kelso-advisory.com", "5.1.6", "mx.kelso-partners.com"),
     hard("e.price@kelso-partners.com", ("hasmoved",))),
    ("r53-postfix-local-mailbox-size", f"{POSTFIX_SRC}; {PFLOCAL} (mailbox_size_limit: 'cannot update mailbox ... "
     "error writing message: File too large', 5.2.2)",
     postfix("p17", "jdoe@example-isp.net", reason="cannot update mailbox /var/mail/jdoe for user jdoe. error writing "
             "message: File too large", status="5.2.2", remote=None, host="mail.example-isp.net"),
     soft("jdoe@example-isp.net", ("mailboxfull",), R)),
    ("r53-postfix-local-procmail-died", f"{POSTFIX_SRC}; {PFLOCAL} ('Command died with status %d: \"%s\". Command "
     "output: ...', 5.3.0)",
     postfix("p18", "sales@example-isp.net", reason="Command died with status 1: \"/usr/bin/procmail\". Command output: "
             "procmail: Couldn't create \"/var/spool/mail/sales\"", status="5.3.0", remote=None,
             host="mail.example-isp.net"), soft("sales@example-isp.net", ("mailererror",), ANY)),
    ("r53-postfix-local-forwarding-loop", f"{POSTFIX_SRC}; {PFLOCAL} ('mail forwarding loop for %s', 5.4.6)",
     postfix("p19", "admin@example-isp.net", reason="mail forwarding loop for admin@example-isp.net", status="5.4.6",
             remote=None, host="mail.example-isp.net"), soft("admin@example-isp.net", ("systemerror", "networkerror"), ANY)),
    ("r53-postfix-remote-insufficient-storage-delay", f"{POSTFIX_SRC} (delay); Postfix smtpd.c ('452 4.3.1 "
     "Insufficient system storage')",
     pf_remote("p20", "payroll@dunmore-care.ie", "452 4.3.1 Insufficient system storage", "4.3.1", "mail.dunmore-care.ie",
               action="delayed", command="MAIL FROM"), later("payroll@dunmore-care.ie", ("systemfull",))),
    ("r53-postfix-remote-config-error-delay", f"{POSTFIX_SRC} (delay); {PFSMTPD} ('451 4.3.5 Server configuration error')",
     pf_remote("p21", "shipping@ardent-foods.ca", "451 4.3.5 Server configuration error", "4.3.5", "mx.ardent-foods.ca",
               action="delayed"), later("shipping@ardent-foods.ca", ("systemerror",))),
    ("r53-postfix-remote-amavis-banned", f"{POSTFIX_SRC}; {AMAVIS} (BANNED: a file type the recipient's policy bans)",
     pf_remote("p22", "accounts@silverton-mining.com.au", "554 5.7.0 Reject, id=30412-11 - BANNED: "
               "P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe", "5.7.0",
               "mx.silverton-mining.com.au", command="end of DATA"),
     soft("accounts@silverton-mining.com.au", ("policyviolation", "virusdetected", "securityerror", "filtered"), ANY)),
]

EXIM_ROWS = [
    ("r53-exim-remote-spamhaus-dnslist", f"{EXIM_SRC}; {EXIM_DNSL}",
     ex_remote("e1", "marketing@beaconhill-media.com", f"550 rejected because {OURIP} is in a black list at "
               "zen.spamhaus.org\n    https://www.spamhaus.org/query/ip/198.51.100.7", "mail.beaconhill-media.com"),
     soft("marketing@beaconhill-media.com", ("blocked",), S)),
    ("r53-exim-own-retry-timeout", f"{EXIM_SRC} (retry rules: 'retry timeout exceeded' after the last deferral)",
     ex_said("e2", "ceo@windmill-organics.nl", "retry timeout exceeded"),
     soft("ceo@windmill-organics.nl", ("expired",), ANY)),
    ("r53-exim-local-quota", f"{EXIM_SRC}; Exim appendfile transport quota ('mailbox is full (MTA-imposed quota "
     "exceeded while writing to ...)')",
     ex_said("e3", "anna@bergfeld-hof.at", "mailbox is full (MTA-imposed quota exceeded while writing to\n    "
             "/home/bergfeld/mail/bergfeld-hof.at/anna/new/1760433164.H1P2.mx1)"),
     soft("anna@bergfeld-hof.at", ("mailboxfull",), R)),
    ("r53-exim-pipe-child-failed", f"{EXIM_SRC}; Exim transports/pipe.c ('Child process of %s transport returned %d "
     "... from command: %s')",
     ex_said("e4", "tickets@helpdesk.example-hosting.net", "pipe to |/usr/local/bin/ticket-intake\n      generated by "
             "tickets@helpdesk.example-hosting.net\n    Child process of address_pipe transport returned 69 (could mean "
             "service or program unavailable) from command:\n    /usr/local/bin/ticket-intake"),
     soft("tickets@helpdesk.example-hosting.net", ("mailererror",), ANY)),
    ("r53-exim-remote-sender-verify", f"{EXIM_SRC}; Exim acl 'verify = sender/callout' ('Verification failed for <...>' "
     "'Sender verify failed', the callout's reply quoted)",
     exim("e5", "p.nowak@odra-transport.pl", detail="host mx.odra-transport.pl [203.0.113.70]\n    SMTP error from remote "
          "mail server after RCPT TO:<p.nowak@odra-transport.pl>:\n    550-Verification failed for <seller@example.com>\n"
          "    550-Called:   192.0.2.25\n    550-Sent:     RCPT TO:<seller@example.com>\n    550-Response: 550 5.1.1 "
          "<seller@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n"
          "    550 Sender verify failed"), soft("p.nowak@odra-transport.pl", ("rejected",), S)),
    ("r53-exim-remote-temporary-local-problem", f"{EXIM_SRC} (delay warning); Exim smtp_in.c / acl.c ('451 Temporary "
     "local problem - please try later')",
     ex_said("e6", "ops@keelson-shipping.gr", "SMTP error from remote mail server after RCPT TO:<ops@keelson-shipping.gr>:"
             " 451 Temporary local problem - please try later", delay=24),
     later("ops@keelson-shipping.gr", ("systemerror",))),
    ("r53-exim-all-mx-nonexistent", f"{EXIM_SRC} (dnslookup router: 'all relevant MX records point to non-existent hosts')",
     ex_said("e7", "sales@harbourline-tours.com", "all relevant MX records point to non-existent hosts"),
     hard("sales@harbourline-tours.com", ("hostunknown",))),
    ("r53-exim-remote-too-many-connections-delay", f"{EXIM_SRC} (delay warning); Exim smtp_in.c "
     "(smtp_accept_max_per_host: '421 Too many concurrent SMTP connections from this IP address; please try again later')",
     ex_said("e8", "admissions@larchwood-college.ac.uk", "SMTP error from remote mail server after initial connection:"
             " 421 Too many concurrent SMTP connections from this IP address; please try again later.", delay=24),
     later("admissions@larchwood-college.ac.uk", ("toomanyconn",), S)),
    ("r53-exim-remote-relay-not-permitted", f"{EXIM_SRC}; Exim default configure ACL ('relay not permitted')",
     ex_remote("e9", "info@tidemark-yachts.com", "550 relay not permitted", "mail.tidemark-yachts.com"),
     soft("info@tidemark-yachts.com", ("norelaying",), ANY)),
    ("r53-exim-remote-ratelimit-delay", f"{EXIM_SRC} (delay warning); {EXIM_SPEC} 'ratelimit' ACL condition example "
     "('Sender rate exceeds $sender_rate_limit messages per $sender_rate_period')",
     ex_said("e10", "procure@vantage-hospitals.in", "SMTP error from remote mail server after RCPT TO:"
             "<procure@vantage-hospitals.in>: 451 Sender rate exceeds 100 messages per 1h", delay=24),
     later("procure@vantage-hospitals.in", ("speeding",), S)),
]

SENDMAIL_ROWS = [
    ("r53-sendmail-dnsbl-listed", f"{SENDMAIL_SRC}; {SM_SRC} (FEATURE(dnsbl) default: 'Rejected: $&{{client_addr}} "
     "listed at ...')",
     sendmail("s1", "compras@andina-alimentos.co", remote="mail.andina-alimentos.co",
              rcpt_reply=f"550 5.7.1 Rejected: {OURIP} listed at zen.spamhaus.org", status="5.7.1"),
     soft("compras@andina-alimentos.co", ("blocked",), S)),
    ("r53-sendmail-sender-domain-missing", f"{SENDMAIL_SRC}; {SM_SRC} ('Domain of sender address %s does not exist', "
     "553 5.1.8; under FEATURE(delay_checks) answered at RCPT)",
     sendmail("s2", "ventas@costa-azul-hoteles.mx", remote="mx.costa-azul-hoteles.mx",
              rcpt_reply="553 5.1.8 <seller@example.com>... Domain of sender address seller@example.com does not exist",
              status="5.1.8"), soft("ventas@costa-azul-hoteles.mx", ("rejected",), S)),
    ("r53-sendmail-size-exceeds", f"{SENDMAIL_SRC}; {SM_SRC} (MaxMessageSize: '552 5.2.3 Message size exceeds maximum "
     "value')",
     sendmail("s3", "studio@lindenhaus-design.de", remote="mail.lindenhaus-design.de",
              rcpt_reply="552 5.2.3 Message size exceeds maximum value", status="5.2.3"),
     soft("studio@lindenhaus-design.de", ("mesgtoobig", "exceedlimit"), ANY)),
    ("r53-sendmail-relaying-denied", f"{SENDMAIL_SRC}; {SM_SRC} ('Relaying denied', with the reverse-lookup note "
     "'IP name lookup failed')",
     sendmail("s4", "desk@marlowe-press.com", remote="mail.marlowe-press.com",
              rcpt_reply=f"550 5.7.1 <desk@marlowe-press.com>... Relaying denied. IP name lookup failed [{OURIP}]",
              status="5.7.1"), soft("desk@marlowe-press.com", ("norelaying",), ANY)),
]

QMAIL_ROWS = [
    ("r53-qmail-no-host", f"{QMAIL_SRC} (qmail-remote: 'Sorry, I couldn't find any host named %s. (#5.1.2)')",
     qmail("q1", "info@olivegrove-estates.cy", detail="Sorry, I couldn't find any host named olivegrove-estates.cy. "
           "(#5.1.2)"), hard("info@olivegrove-estates.cy", ("hostunknown",))),
    ("r53-qmail-queue-too-long", f"{QMAIL_SRC} (qmail-send: 'I'm not going to try again; this message has been in the "
     "queue too long.')",
     qmail("q2", "admin@rockpool-surf.com.au", detail="Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
           "I'm not going to try again; this message has been in the queue too long."),
     soft("admin@rockpool-surf.com.au", ("expired",), ANY)),
    ("r53-qmail-remote-barracuda", f"{QMAIL_SRC}; {PF_RBL} (b.barracudacentral.org)",
     qmail("q3", "orders@prairie-seed.ca", detail=f"203.0.113.80 does not like recipient.\nRemote host said: 554 5.7.1 "
           f"Service unavailable; Client host [{OURIP}] blocked using b.barracudacentral.org; "
           f"https://www.barracudanetworks.com/reputation/?pr=1&ip={OURIP}\nGiving up on 203.0.113.80."),
     soft("orders@prairie-seed.ca", ("blocked",), S)),
]

EXCHANGE_ROWS = [
    ("r53-exchange-onprem-mailbox-full", f"{EXO_OLD_SRC}; Exchange 2010 '554 5.2.2 mailbox full' ({MSDOC})",
     exchange_old("o1", "m.koenig@hausbau-koenig.de", explain="The recipient's mailbox is full and can't accept "
                  "messages now. Please try resending your message later, or contact the recipient directly.",
                  diag="554 5.2.2 mailbox full", status="5.2.2"), soft("m.koenig@hausbau-koenig.de", ("mailboxfull",), R)),
    ("r53-exchange-onprem-queue-expired", f"{EXO_OLD_SRC}; Exchange 2007-2016 '#550 4.4.7 QUEUE.Expired; message "
     "expired' ({MSDOC})",
     exchange_old("o2", "it@marbella-resorts.es", explain="Microsoft Exchange has been trying to deliver this message "
                  "without success and has stopped trying. Please try sending this message again, or provide the "
                  "following diagnostic text to your system administrator.", diag="550 4.4.7 QUEUE.Expired; message "
                  "expired", status="4.4.7", remote="mail.marbella-resorts.es"),
     soft("it@marbella-resorts.es", ("expired",), ANY)),
    ("r53-exchange-onprem-remote-unable-to-relay", f"{EXO_OLD_SRC}; Exchange 2003-2010 '550 5.7.1 Unable to relay'",
     exchange_old("o3", "contact@greyfriars-wealth.co.uk", explain="The recipient's e-mail system refused to relay "
                  "the message.", diag="550 5.7.1 Unable to relay", status="5.7.1",
                  remote="mail.greyfriars-wealth.co.uk"), soft("contact@greyfriars-wealth.co.uk", ("norelaying",), ANY)),
]

ROWS = POSTFIX_ROWS + EXIM_ROWS + SENDMAIL_ROWS + QMAIL_ROWS + EXCHANGE_ROWS
