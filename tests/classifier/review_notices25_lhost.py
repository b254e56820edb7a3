"""The twenty-fifth review's second half (review_notices25.py holds the first and runs both):
Sisimai 4.25's MTA tables (libsisimai-perl, Sisimai/Lhost/*.pm, read as an outside opinion: code
only), each entry the MTA's own words in its own notice (review_notices25_layouts.py,
review_notices14_layouts.py) or a reply in our relay's report. Expectations are the taxonomy's
reading of the words, written before the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices14_layouts import exim, qmail
from tests.classifier.review_notices25_layouts import biglobe, courier, domino, exchange2007, kddi, notes, opensmtpd

R, S, ANY = "recipient", "sender", None
SIS = "Sisimai::{} (libsisimai-perl 4.25) as outside opinion"

# Exim's own failures (Sisimai::Lhost::Exim's table, the words Exim's routers and transports
# write: src/src/deliver.c, routers/*.c, transports/appendfile.c).
EXIM_TO = "lead@partner.example"
ESRC = SIS.format("Lhost::Exim") + "; Exim src/src (deliver.c, routers, transports) writes the words"


def _exim(name: str, error: str, *, host: str | None = None, to: str = EXIM_TO) -> bytes:
    return exim(f"r25-{name}", [(to, host, error)], to=to)


EXIM_ROWS = [
    ("exim-unrouteable", ESRC, _exim("unrouteable", "Unrouteable address"), [(EXIM_TO, True, ("hostunknown",), R, False)]),
    ("exim-all-lookups-failed", ESRC, _exim("lookups", "all host address lookups failed permanently"),
     [(EXIM_TO, True, ("hostunknown",), R, False)]),
    ("exim-mx-non-existent-hosts", ESRC, _exim("mxne", "all relevant MX records point to non-existent hosts"),
     [(EXIM_TO, True, ("hostunknown",), R, False)]),
    ("exim-no-smtp-service", ESRC, _exim("nosmtp", "an MX or SRV record indicated no SMTP service"),
     [(EXIM_TO, True, ("notaccept",), R, False)]),
    # Exim's transport lost the continued connection it was to reuse: a local delivery hiccup,
    # nothing about the recipient's domain.
    ("exim-no-host-for-existing-connection", ESRC, _exim("nohostconn", "no host found for existing SMTP connection"),
     [(EXIM_TO, False, ("networkerror", "systemerror"), ANY, False)]),
    ("exim-mailbox-full", ESRC, _exim("full", "mailbox is full (MTA-imposed quota exceeded while writing to "
                                      "/var/mail/lead)"), [(EXIM_TO, False, ("mailboxfull",), R, False)]),
    ("exim-delivery-to-pipe-forbidden", ESRC, _exim("pipe", "delivery to pipe forbidden"),
     [(EXIM_TO, False, ("systemerror", "mailererror"), ANY, False)]),
    ("exim-delivery-to-file-forbidden", ESRC, _exim("file", "delivery to file forbidden"),
     [(EXIM_TO, False, ("systemerror", "mailererror"), ANY, False)]),
    ("exim-local-delivery-failed", ESRC, _exim("local", "local delivery failed"),
     [(EXIM_TO, False, ("systemerror", "mailererror"), ANY, False)]),
    ("exim-too-many-received", ESRC, _exim("loop", 'Too many "Received" headers - suspected mail loop'),
     [(EXIM_TO, False, ("systemerror", "networkerror", "contenterror"), ANY, False)]),
    ("exim-retry-time-not-reached", ESRC + " (transports/smtp.c)", _exim("retrynr", "retry time not reached for any "
                                                                       "host after a long failure period"),
     [(EXIM_TO, False, ("expired", "networkerror"), ANY, False)]),
    ("exim-all-hosts-failing", ESRC + " (retry.c)", _exim("failing", "all hosts have been failing for a long time "
                                                          "and were last tried after this message arrived"),
     [(EXIM_TO, False, ("expired", "networkerror"), ANY, False)]),
    # Exim's lmtp transport quoting the local store's (Dovecot's LMTP) refusal.
    ("exim-lmtp-user-doesnt-exist", ESRC + " (transports/lmtp.c 'LMTP error after %s'; Dovecot LMTP's reply)",
     _exim("lmtp1", f"LMTP error after RCPT TO:<{EXIM_TO}>: 550 5.1.1 <{EXIM_TO}> User doesn't exist: {EXIM_TO}"),
     [(EXIM_TO, True, ("userunknown",), R, False)]),
    ("exim-lmtp-quota", ESRC + " (transports/lmtp.c; Dovecot LMTP's reply)",
     _exim("lmtp2", f"LMTP error after end of data: 552 5.2.2 <{EXIM_TO}> Quota exceeded (mailbox for user is "
                    "full)"), [(EXIM_TO, False, ("mailboxfull",), R, False)]),
    ("exim-retry-timeout", SIS.format("Lhost::Exim / Lhost::MailRu / Lhost::GMX"),
     _exim("retry", "retry timeout exceeded"), [(EXIM_TO, False, ("expired",), ANY, False)]),
]

# qmail's own words (Sisimai::Lhost::qmail's table; qmail-remote.c and qmail-local.c).
QM_TO = "lead@partner.example"
QSRC_ = SIS.format("Lhost::qmail") + "; qmail-1.03 qmail-remote.c / qmail-local.c write the sentences"
QMAIL_ROWS = [
    ("qmail-no-mailbox-here", QSRC_, qmail("r25-nombx", [(QM_TO, "Sorry, no mailbox here by that name. (#5.1.1)")],
                                           to=QM_TO), [(QM_TO, True, ("userunknown",), R, False)]),
    # qmail-remote: "%s does not like recipient.\nRemote host said: %s" prints every refusal at RCPT;
    # the remote's words decide (here a blocklist: our IP, not the address).
    ("qmail-does-not-like-recipient-blocklist", QSRC_ + " (qmail-remote.c:249 'does not like recipient.')",
     qmail("r25-dnlr", [(QM_TO, "192.0.2.25 does not like recipient.\nRemote host said: 554 5.7.1 Service unavailable; "
                         "Client host [198.51.100.7] blocked using zen.spamhaus.org\nGiving up on 192.0.2.25.")],
           to=QM_TO), [(QM_TO, False, ("blocked",), S, False)]),
    ("qmail-does-not-like-recipient-user-unknown", QSRC_ + " (qmail-remote.c:249)",
     qmail("r25-dnlr2", [(QM_TO, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 <lead@partner."
                          "example>: Recipient address rejected: User unknown in virtual mailbox table\n"
                          "Giving up on 192.0.2.25.")], to=QM_TO), [(QM_TO, True, ("userunknown",), R, False)]),
    ("qmail-does-not-like-recipient-full", QSRC_ + " (qmail-remote.c:249)",
     qmail("r25-dnlr3", [(QM_TO, "192.0.2.25 does not like recipient.\nRemote host said: 552 5.2.2 Mailbox full\n"
                          "Giving up on 192.0.2.25.")], to=QM_TO), [(QM_TO, False, ("mailboxfull",), R, False)]),
    ("qmail-no-host-named", QSRC_, qmail("r25-nohost", [(QM_TO, "Sorry, I couldn't find any host named "
                                                         "partner.example. (#5.1.2)")], to=QM_TO),
     [(QM_TO, True, ("hostunknown",), R, False)]),
    ("qmail-no-mx-or-ip", QSRC_ + "; the taxonomy lists 5.4.4 under hostunknown",
     qmail("r25-nomx", [(QM_TO, "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)")], to=QM_TO),
     [(QM_TO, True, ("hostunknown",), R, False)]),
    ("qmail-no-smtp-connection", QSRC_,
     qmail("r25-noconn", [(QM_TO, "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n"
                           "I'm not going to try again; this message has been in the queue too long.")], to=QM_TO),
     [(QM_TO, False, ("networkerror", "expired"), ANY, False)]),
    ("qmail-best-preference-mx", QSRC_,
     qmail("r25-bestmx", [(QM_TO, "Sorry. Although I'm listed as a best-preference MX or A for that host,\nit isn't "
                           "in my control/locals file, so I don't treat it as local. (#5.4.6)")], to=QM_TO),
     [(QM_TO, False, ("networkerror", "systemerror"), ANY, False)]),
    ("qmail-databytes", QSRC_ + " (qmail-smtpd.c's 552 databytes reply as qmail-remote reports it)",
     qmail("r25-size", [(QM_TO, "192.0.2.25 failed after I sent the message.\nRemote host said: 552 sorry, that "
                         "message size exceeds my databytes limit (#5.3.4)")], to=QM_TO),
     [(QM_TO, False, ("mesgtoobig",), ANY, False)]),
    ("qmail-not-enough-free-space", QSRC_ + " (the 452 reply in Sisimai's table)",
     qmail("r25-space", [(QM_TO, "192.0.2.25 does not like recipient.\nRemote host said: 452 Requested action not "
                          "taken: mailbox unavailable (not enough free space)\nGiving up on 192.0.2.25.")], to=QM_TO),
     [(QM_TO, False, ("systemfull", "mailboxfull"), ANY, False)]),
    ("qmail-bad-interpreter", QSRC_ + " (a .qmail program's error as qmail-local returns it)",
     qmail("r25-interp", [(QM_TO, "/home/lead/bin/filter: bad interpreter: No such file or directory")], to=QM_TO),
     [(QM_TO, False, ("mailererror", "systemerror"), ANY, False)]),
]

# Domino's and Lotus Notes' own notices.
DOM = "lead@example.co.jp"
DOSRC = SIS.format("Lhost::Domino") + " (its table's words; layout after its markers)"
NOSRC = SIS.format("Lhost::Notes") + " (its table's words; layout after its markers)"
DOMINO_ROWS = [
    ("domino-not-listed", DOSRC, domino("r25-dom1", DOM, f"User lead ({DOM}) not listed in Domino Directory"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("domino-not-listed-nab", DOSRC, domino("r25-dom2", DOM, f"User lead ({DOM}) not listed in public Name & "
                                            "Address Book"), [(DOM, True, ("userunknown",), R, False)]),
    ("domino-not-listed-fr", DOSRC, domino("r25-dom3", DOM, f"Utilisateur lead ({DOM}) non répertorié dans "
                                           "l'annuaire Domino"), [(DOM, True, ("userunknown",), R, False)]),
    ("domino-not-listed-ja", DOSRC, domino("r25-dom4", DOM, f"ユーザー lead ({DOM}) は Domino ディレクトリには見つかりません"),
     [(DOM, True, ("userunknown",), R, False)]),
    # "Cannot route mail to user": the router found the person but no way to deliver (a missing
    # mail file or server route); not that the address does not exist.
    ("domino-cannot-route", DOSRC, domino("r25-dom5", DOM, f"Cannot route mail to user ({DOM})"),
     [(DOM, False, ("filtered", "systemerror", "networkerror", "onhold"), ANY, False)]),
    ("domino-several-matches", DOSRC, domino("r25-dom6", DOM, f"Several matches found in Domino Directory ({DOM})"),
     [(DOM, False, ("systemerror", "filtered", "onhold"), ANY, False)]),
    ("notes-not-listed", NOSRC, notes("r25-notes1", DOM, "User not listed in public Name & Address Book"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("notes-not-listed-ja", NOSRC, notes("r25-notes2", DOM, "宛先がディレクトリのリストにありません"),
     [(DOM, True, ("userunknown",), R, False)]),
    ("notes-hop-count", NOSRC, notes("r25-notes3", DOM, "Message has exceeded maximum hop count"),
     [(DOM, False, ("networkerror", "systemerror"), ANY, False)]),
]

# Courier's own DNS failures (courier/module.esmtp's words as Sisimai::Lhost::Courier lists them).
CO_TO = "lead@partner.example"
COSRC = SIS.format("Lhost::Courier") + " (courier module.esmtp's words; layout per courier-mta.org/courierdsn.html)"
COURIER_ROWS = [
    ("courier-no-such-domain", COSRC, courier("r25-co1", CO_TO, "partner.example: No such domain."),
     [(CO_TO, True, ("hostunknown",), R, False)]),
    ("courier-dns-violates-rfc1035", COSRC, courier("r25-co2", CO_TO, "partner.example: This domain's DNS violates "
                                                     "RFC 1035."),
     [(CO_TO, False, ("systemerror", "networkerror"), ANY, False)]),
    ("courier-dns-lookup-failed", COSRC, courier("r25-co3", CO_TO, "partner.example: DNS lookup failed."),
     [(CO_TO, False, ("networkerror", "systemerror"), ANY, False)]),
]

# BIGLOBE's, au's own notices.
BG = "lead@biglobe.ne.jp"
BSRC = SIS.format("Lhost::Biglobe") + " (its table's words; layout after its markers)"
KDSRC = SIS.format("Lhost::KDDI") + " (its table's words; layout after its markers)"
EZ = "lead@ezweb.ne.jp"
JP_ROWS = [
    ("biglobe-user-unknown", BSRC + "; the team's call: English 'User unknown' with no stage and no 5.1.x is filtered",
     biglobe("r25-bg1", BG, "Mail Delivery Failed... User unknown"), [(BG, False, ("filtered",), R, False)]),
    ("biglobe-mailbox-limit", BSRC, biglobe("r25-bg2", BG, "The number of messages in recipient's mailbox exceeded "
                                            "the local limit."), [(BG, False, ("mailboxfull",), R, False)]),
    ("kddi-mailbox-full", KDSRC, kddi("r25-kd1", EZ, "As their mailbox is full."),
     [(EZ, False, ("mailboxfull",), R, False)]),
    ("kddi-remote-domain-doesnt-exist", KDSRC, kddi("r25-kd2", "lead@partner.example",
                                                    "As the remote domain doesnt exist."),
     [("lead@partner.example", True, ("hostunknown",), R, False)]),
]

# Replies other MTA tables hold, in our relay's report.
MISC_SRC = SIS.format("Lhost::{}") + " (its table's words; the reply line around them written by hand)"
MISC = "lead@partner.example"
MISC_MX = "mx.partner.example"
MISC_REPLIES = [
    # Sisimai::Lhost::ReceivingSES: Amazon SES inbound's "Mailbox does not exist" (Sisimai: filtered).
    ("receivingses-mailbox-does-not-exist", MISC_SRC.format("ReceivingSES"), "550 5.1.1 Mailbox does not exist",
     "5.1.1", "RCPT", True, ("userunknown",), R),
    ("receivingses-message-too-large", MISC_SRC.format("ReceivingSES"), "552 5.3.4 Message too large", "5.3.4",
     "DATA", False, ("mesgtoobig",), ANY),
    ("receivingses-mailbox-full", MISC_SRC.format("ReceivingSES"), "552 5.2.2 Mailbox full", "5.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("receivingses-content-rejected", MISC_SRC.format("ReceivingSES"), "554 5.6.0 Message content rejected", "5.6.0",
     "DATA", False, ("contenterror", "spamdetected", "policyviolation"), ANY),
    ("einsundeins-size", MISC_SRC.format("EinsUndEins"), "552 Mail size limit exceeded", "5.3.4", "DATA", False,
     ("mesgtoobig",), ANY),
    ("mcafee-user-unknown", MISC_SRC.format("McAfee"), f"550 Unknown user {MISC}", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("mcafee-user-not-exist", MISC_SRC.format("McAfee"), f"550 <{MISC}>... User not exist", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("messagelabs-smtp-auth", MISC_SRC.format("MessageLabs"), "553 Please turn on SMTP Authentication in your mail "
     "client.", "5.0.0", "RCPT", False, ("securityerror", "norelaying"), S),
    ("imail-virus", MISC_SRC.format("IMailServer"), "550 Requested action not taken: virus detected", "5.0.0",
     "DATA", False, ("virusdetected",), ANY),
    ("imail-mailbox-size", MISC_SRC.format("IMailServer"), "552 User mailbox exceeds allowed size", "5.0.0", "RCPT",
     False, ("mailboxfull",), R),
    ("verizon-no-such-user", MISC_SRC.format("Verizon"), "550 - Requested action not taken: no such user here",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("outlook-mailbox-unavailable", MISC_SRC.format("Outlook"), "550 Requested action not taken: mailbox unavailable "
     "(-2147467259:...)", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("amavis-spam", MISC_SRC.format("Amavis"), "554 5.7.0 Reject, id=12345-06 - spam", "5.7.0", "DATA", False,
     ("spamdetected",), ANY),
    ("amavis-infected", MISC_SRC.format("Amavis"), "554 5.7.0 Reject, id=12345-06 - infected (Eicar-Test-Signature)",
     "5.7.0", "DATA", False, ("virusdetected",), ANY),
    ("amavis-bad-header", MISC_SRC.format("Amavis"), "554 5.6.0 Reject, id=12345-06 - bad header: Improper use of "
     "control character", "5.6.0", "DATA", False, ("contenterror", "notcompliantrfc"), ANY),
    ("amavis-size", MISC_SRC.format("Amavis"), "552 5.3.4 Reject, id=12345-06 - message size exceeds recipient's "
     "size limit", "5.3.4", "DATA", False, ("mesgtoobig", "exceedlimit"), ANY),
    # Facebook's codes (Sisimai::Lhost::Facebook's glosses): our server refused, not a dead domain.
    ("facebook-pol-p3", MISC_SRC.format("Facebook"), "554 5.7.1 POL-P3 Facebook is not accepting messages from your "
     "mail server. This will persist for 4 to 8 hours.", "5.7.1", "CONN", False, ("blocked",), S),
    ("facebook-rcp-p1", MISC_SRC.format("Facebook"), "550 5.1.1 RCP-P1 The attempted recipient address does not "
     "exist.", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("facebook-rcp-t4", MISC_SRC.format("Facebook"), "550 5.2.1 RCP-T4 The attempted recipient address is currently "
     "deactivated. The user may or may not reactivate it.", "5.2.1", "RCPT", False, ("suspend",), R),
    ("facebook-dns-p3", MISC_SRC.format("Facebook"), "550 5.7.1 DNS-P3 Your mail server does not have a reverse DNS "
     "record.", "5.7.1", "CONN", False, ("requireptr",), S),
    # Exchange 2007's RESOLVER / SMTPSEND codes as Sisimai::Lhost::Exchange2007 lists them.
    ("exchange-nonexistent-domain", MISC_SRC.format("Exchange2007"), "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; "
     "nonexistent domain", "5.4.4", None, True, ("hostunknown",), R),
    ("exchange-mx-loopback", MISC_SRC.format("Exchange2007"), "554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error",
     "5.4.4", None, False, ("networkerror", "systemerror"), ANY),
    ("exchange-recip-limit", MISC_SRC.format("Exchange2007"), "550 5.5.3 RESOLVER.ADR.RecipLimit; too many "
     "recipients", "5.5.3", "RCPT", False, ("toomanyconn", "speeding", "exceedlimit"), ANY),
    ("exchange-ambiguous", MISC_SRC.format("Exchange2007"), "550 5.1.4 RESOLVER.ADR.Ambiguous; ambiguous address",
     "5.1.4", "RCPT", False, ("filtered", "systemerror"), ANY),
    ("exchange-auth-required", MISC_SRC.format("Exchange2007"), "550 5.7.1 RESOLVER.RST.AuthRequired; authentication "
     "required", "5.7.1", "RCPT", False, ("securityerror", "filtered", "rejected"), ANY),
    ("exchange-recip-size-limit", MISC_SRC.format("Exchange2007"), "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message "
     "too large for this recipient", "5.2.3", "DATA", False, ("mesgtoobig", "exceedlimit"), ANY),
    ("exchange-bad-primary", MISC_SRC.format("Exchange2007"), "550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary "
     "SMTP address is invalid", "5.2.0", "RCPT", False, ("systemerror", "filtered", "onhold"), ANY),
    ("zoho-host-not-reachable", MISC_SRC.format("Zoho"), "Host not reachable", "4.4.1", None, False,
     ("networkerror", "expired"), ANY),
    ("aol-malformed-ns-reply", MISC_SRC.format("Aol"), "DNS Error: type=MX: Malformed or unexpected name server "
     "reply", "5.4.4", None, False, ("networkerror", "systemerror"), ANY),
    # "Please check the domain and try again": the words blame the domain the sender typed, the status
    # 5.4.4 (written here) is the taxonomy's hostunknown, and our Outlook reporter reads the sentence so.
    ("outlook-domain-not-reachable", MISC_SRC.format("Outlook"), "550 The mail could not be delivered to the "
     "recipient because the domain is not reachable. Please check the domain and try again", "5.4.4", None, True,
     ("hostunknown",), ANY),
    ("verizon-no-valid-recipients-mm", MISC_SRC.format("Verizon"), "No valid recipients for this MM", "5.0.0",
     None, True, ("userunknown",), R),
    ("imail-invalid-final-userid", MISC_SRC.format("IMailServer"), "550 Invalid final delivery userid", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("amazonses-delivery-expired", MISC_SRC.format("AmazonSES"), "Delivery expired", "5.4.7", None, False,
     ("expired",), ANY),
    ("qmail-not-enough-free-space-550", MISC_SRC.format("qmail"), "550 Requested action not taken: mailbox "
     "unavailable (not enough free space)", "5.0.0", "RCPT", False, ("mailboxfull", "systemfull"), ANY),
    ("aol-host-not-found", MISC_SRC.format("Aol"), "Host or domain name not found. Name service error for "
     "name=partner.example type=MX: Host not found", "5.4.4", None, True, ("hostunknown",), R),
]

# Gmail's own DNS failures (Sisimai::Lhost::Gmail's and GSuite's tables): Gmail's own DSN, no
# remote server, "Status: 4.0.0 / Action: failed" for DNS failures (taxonomy §4).
GM = "lead@partner.example"
GMSRC = SIS.format("Lhost::Gmail / Lhost::GSuite") + " (Gmail's own words; the DSN layout per notices.gmail_own)"
GMAIL_ROWS = [
    ("gmail-domain-not-found", GMSRC, gmail_own("DNS Error: Domain name not found", status="5.0.0",
                                                heading="Address not found", body=f"Your message wasn't delivered to "
                                                f"{GM} because the domain partner.example couldn't be found.",
                                                address=GM), [(GM, True, ("hostunknown",), R, False)]),
    ("gmail-nxdomain", GMSRC, gmail_own("DNS Error: DNS type 'mx' lookup of partner.example responded with code "
                                        "NXDOMAIN Domain name not found: partner.example", status="5.0.0",
                                        heading="Address not found", body=f"Your message wasn't delivered to {GM} "
                                        "because the domain partner.example couldn't be found.", address=GM),
     [(GM, True, ("hostunknown",), R, False)]),
    ("gmail-could-not-contact-dns", GMSRC, gmail_own("DNS Error: Could not contact DNS servers", status="4.0.0",
                                                     heading="Message not delivered", body="There was a temporary "
                                                     "problem delivering your message to " + GM + ". Gmail will retry "
                                                     "for 47 more hours.", address=GM, action="delayed"),
     [(GM, False, ("networkerror", "expired"), ANY, True)]),
    ("gmail-did-not-accept-connect", GMSRC, gmail_own("The recipient server did not accept our requests to connect. "
                                                      "Learn more at https://support.google.com/mail/answer/7720 "
                                                      "[mx.partner.example 192.0.2.25: timed out]", status="4.4.1",
                                                      heading="Message not delivered", body="Your message wasn't "
                                                      f"delivered to {GM}.", address=GM),
     [(GM, False, ("networkerror", "expired", "blocked"), ANY, False)]),
    ("gsuite-null-mx", GMSRC, gmail_own("DNS Error: Null MX", status="5.1.10", heading="Address not found",
                                        body=f"Your message wasn't delivered to {GM} because the domain "
                                        "partner.example doesn't accept email.", address=GM),
     [(GM, True, ("notaccept",), R, False)]),
]

# Exchange 2007/2010's own NDRs in English, French and Italian (Sisimai::Lhost::Exchange2007's
# markers and its RESOLVER / QUEUE / SMTPSEND code table, as outside opinion).
EX = "lead@example.co"
EXSRC = SIS.format("Lhost::Exchange2007") + " (its code table and localised markers; layout after them)"
EX_LINES = [
    ("recip-not-found", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", True, ("userunknown",), R),
    ("queue-expired", "550 4.4.7 QUEUE.Expired; message expired", False, ("expired",), ANY),
    ("nonexistent-domain", "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", True,
     ("hostunknown",), R),
    # An MX pointing back at the sending server itself: the recipient domain's DNS set up wrong,
    # not a domain that does not exist (its 5.4.4 reads hostunknown by the status alone).
    ("mx-loopback", "554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS config error", False,
     ("networkerror", "systemerror"), ANY),
    ("recip-size-limit", "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", False,
     ("mesgtoobig", "exceedlimit"), ANY),
    ("not-authorized", "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", False,
     ("filtered", "rejected", "securityerror"), ANY),
]
EX_ROWS = [(f"exchange2007-{lang}-{name}", EXSRC, exchange2007(f"r25-ex-{lang}-{name}", lang, EX, line),
            [(EX, hard, reasons, scope, False)])
           for lang in ("en", "fr", "it") for name, line, hard, reasons, scope in EX_LINES]

# Exchange Online's statuses as Sisimai::Lhost::Office365 maps them, with Microsoft's own texts
# ("Email non-delivery reports and SMTP errors in Exchange Online", Microsoft Learn), in
# Exchange Online's own NDR.
O365SRC = SIS.format("Lhost::Office365") + " (its status table); the texts: Microsoft Learn 'Email non-delivery " \
    "reports and SMTP errors in Exchange Online'"
O365 = "lead@partner.example"
O365_LINES = [
    ("5-4-316-expired", "550 5.4.316 Message expired, connection refused(Socket error code 10061)", "5.4.316",
     False, ("expired", "networkerror"), ANY),
    ("5-4-312-dns-query-failed", "550 5.4.312 Message expired, DNS query failed(ServerFailure)", "5.4.312", False,
     ("expired", "networkerror"), ANY),
    ("5-4-6-routing-loop", "554 5.4.6 Routing loop detected", "5.4.6", False,
     ("networkerror", "systemerror"), ANY),
    ("5-7-508-exceeded-limits", "550 5.7.508 Access denied, [192.0.2.7] has exceeded permitted limits within "
     "/24 range", "5.7.508", False, ("toomanyconn", "speeding", "blocked"), S),
    ("5-7-509-dmarc", "550 5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification and "
     "has a DMARC policy of reject.", "5.7.509", False, ("authfailure", "policyviolation"), S),
    ("5-7-23-spf", "550 5.7.23 The message was rejected because of Sender Policy Framework violation", "5.7.23",
     False, ("authfailure",), S),
    ("5-6-11-bare-linefeeds", "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which "
     "cannot be sent via DATA and receiving system does not support BDAT", "5.6.11", False,
     ("contenterror", "notcompliantrfc"), ANY),
    ("5-7-124-not-allowed-sender", "550 5.7.124 Sender not in allowed-senders list", "5.7.124", False,
     ("filtered", "rejected"), ANY),
]
O365_ROWS = [(f"office365-{name}", O365SRC,
              exchange_own(line, status=status, body=f"Your message to {O365} couldn't be delivered.",
                           address=O365, remote="mx.partner.example"),
              [(O365, hard, reasons, scope, False)]) for name, line, status, hard, reasons, scope in O365_LINES]

# OpenSMTPD's own words (Sisimai::Lhost::OpenSMTPD's table; smtpd/mta.c writes them) in its own
# bounce. "No MX found for ..." and "Destination seem to reject all mails" are routing results:
# the domain's DNS or servers, for now, never a domain known to be missing.
OS = "lead@partner.example"
OSSRC = SIS.format("Lhost::OpenSMTPD") + " (its table's words; layout after OpenSMTPD's smtpd/bounce.c)"
OS_LINES = [
    ("domain-does-not-exist", "Domain does not exist", True, ("hostunknown",), R),
    ("invalid-domain-name", "Invalid domain name", True, ("hostunknown",), R),
    ("envelope-expired", "Envelope expired", False, ("expired",), ANY),
    ("network-error-on-mxs", "Network error on destination MXs", False, ("networkerror", "expired"), ANY),
    ("no-mx-for-destination", "No MX found for destination", False, ("networkerror", "expired"), ANY),
    ("no-valid-route", "No valid route to remote MX", False, ("networkerror", "expired"), ANY),
    ("mx-lookup-temporary", "Temporary failure in MX lookup", False, ("networkerror", "expired"), ANY),
    ("all-routes-blocked", "All routes to destination blocked", False, ("networkerror", "expired", "blocked"), ANY),
    ("loop-detected", "Loop detected", False, ("networkerror", "systemerror"), ANY),
    ("no-credentials", "Could not retrieve credentials", False, ("securityerror",), S),
    ("reject-all-mails", "Destination seem to reject all mails", False, ("blocked", "networkerror", "onhold"), ANY),
]
OS_ROWS = [(f"opensmtpd-{name}", OSSRC, opensmtpd(f"r25-os-{name}", OS, error), [(OS, hard, reasons, scope, False)])
           for name, error, hard, reasons, scope in OS_LINES]


def _misc_rows() -> list[tuple]:
    out = []
    for name, source, reply, status, command, hard, reasons, scope in MISC_REPLIES:
        delay = status.startswith("4") and not name.startswith("zoho")
        action = "failed" if name.startswith(("zoho", "aol", "exchange-nonexistent", "exchange-mx", "outlook-domain",
                                              "verizon", "amazonses")) else None
        out.append((name, source, relayed(reply, status=status, command=command, remote=MISC_MX, address=MISC,
                                          action=action), [(MISC, hard, reasons, scope, delay)]))
    return out



LHOST_ROWS = (EXIM_ROWS + QMAIL_ROWS + DOMINO_ROWS + COURIER_ROWS + JP_ROWS + _misc_rows() + GMAIL_ROWS + EX_ROWS
              + O365_ROWS + OS_ROWS)
