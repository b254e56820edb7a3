"""Wording of older and less common mail servers' own notices and replies (issue 13, the third
black-box review; later reviews added hosts', filters' and hosting panels' documented replies, below): data merged into
`classifier.phrases` beside `classifier.wordings`.

`classifier.phrases` and `classifier.wordings` are at the module size limit; these wordings
were read in the servers' own sources and documentation, each named beside it (the rows of
tests/classifier/review_notices3*.py quote them in whole notices). Matched like the phrase
tables: lowercase substrings of the whitespace-collapsed diagnostic, plus bounded patterns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier import gateway_wordings
from classifier.records import Reason, merged

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.USERUNKNOWN: (
        # "550 Requested action was not taken because this server doesn't handle mail for that
        # user": the recipient's mailbox "incorrectly typed or not found" (InMotion Hosting,
        # 'Email error 550', inmotionhosting.com/support/email/bounceback-errors/email-error-550).
        "doesn't handle mail for that user",
        # The twenty-third review (Sisimai::Reason::UserUnknown, libsisimai-perl 4.25, as an outside
        # opinion): the qmail badrcptto patch's "553 sorry, your envelope recipient is in my badrcptto
        # list (#5.7.1)" (its shorter "sorry, badrcptto" and the badrecipientto spelling are in
        # phrases.py), and "bad recipient address" (a pattern below) / "bad_recipient" (not "bad recipient" alone:
        # "too many bad recipients" is our client's RCPT flood, wordings.py).
        "in my badrcptto list", "bad_recipient", "bad-recipient",
    ),
    R.HOSTUNKNOWN: (
        # Apache James RemoteDelivery, when the recipient's domain has no DNS entry or no MX:
        # "There are no DNS entries for the hostname x.  I cannot determine where to send this
        # message." and "I found no MX record entries for the hostname x. ..." (its bounce after
        # giving up; "Temporary problem looking up mail server" is the network's, below).
        "there are no dns entries for the hostname", "found no mx record entries for the hostname",
        # XMail Errors.cpp ERR_INVALID_MAIL_DOMAIN: "Remote domain has no DNS/MX entries" (its notice's
        # reason when the recipient's domain resolves to nothing; the twentieth review).
        "domain has no dns/mx entries",
        # RFC 3463's own name for X.1.2, "Bad destination system address", written as the reply's
        # words; and "unroutable", the US spelling of Exim's word (Sisimai::Reason::HostUnknown).
        "bad destination system address", "unroutable address",
    ),
    R.HASMOVED: (
        # RFC 7293 (Require-Recipient-Valid-Since) X.7.17 "Mailbox owner has changed" and X.7.18
        # "Domain owner has changed", the IANA registry's texts, written as the reply's words: the
        # address now belongs to someone else (Sisimai::SMTP::Status maps both codes to hasmoved).
        "mailbox owner has changed", "domain owner has changed",
    ),
    R.SUSPEND: (
        # Sisimai::Reason::UserUnknown's "user not active" (libsisimai-perl 4.25): an account that is
        # there but not active, which the taxonomy reads as suspend ("inactive"), not a missing user.
        "user not active",
        # Exchange's transport SmtpResponse.MailboxOffline "550 5.2.1 Mailbox cannot be accessed" (the
        # mailbox exists, its database is not mounted): X.2.1's "not accepting messages", no filter.
        "mailbox cannot be accessed",
    ),
    R.NETWORKERROR: (
        # Apache James RemoteDelivery: "Temporary problem looking up mail server for host: x" (a
        # resolver that did not answer; its final bounce quotes the last one).
        "temporary problem looking up mail server",
        # A local socket's refused connect() as the sending MTA's runtime words it, never a remote
        # reply: Go's net package ("dial tcp 192.0.2.9:25: connect: connection refused", in maddy's
        # "No usable MXs, last err: ..." of internal/target/remote/connect.go) and Rust's io error
        # ("Connection refused (os error 111)", in Stalwart's "connection to 'x' failed: ...").
        "connect: connection refused", "connection refused (os error", "no usable mxs",
        # masqmail's own failed connect (src/deliver.c: "could not open connection to %s:%d :" and
        # the resolver's or strerror()'s words), never a remote reply.
        "could not open connection to",
        # Exchange Online's own failed connect to an outside server, "4.4.316 Connection refused
        # [Message=Socket error code 10061]" ("Email non-delivery reports and SMTP errors in
        # Exchange Online"): the receiving server's network, never a remote reply.
        "connection refused [message=socket error code",
    ),
    R.TOOMANYCONN: (
        # Stalwart queue/dsn.rs: "(too many concurrent connections to remote server)"; FTGate's
        # "451 4.5.1 [ip] Max concurrent sessions (#1.04)" (docs.ftgate.com 'Service Error Messages').
        "too many concurrent connections", "max concurrent sessions",
        # Exchange Server's Receive connector over MaxInboundConnection(PerSource): "421 4.3.2 The
        # maximum number of concurrent server connections has exceeded a per-source limit, closing
        # transmission channel" (as learn.microsoft.com/answers question 407670 quotes it).
        "maximum number of concurrent server connections has exceeded",
        # cPanel's Exim ACL dictionary_attack: more than four failed recipients on one connection
        # and it drops it, "Number of failed recipients exceeded.  Come back in a few hours." (our
        # connection's count, like "too many errors from your ip"; not this address).
        "number of failed recipients exceeded",
        # GoDaddy's "421 Connection refused, too many sessions from This IP. Please lower the number
        # of concurrent sessions. IB007" (classifier/remote/godaddy.py names its sources).
        "too many sessions from",
        # Postfix smtpd past smtpd_hard_error_limit ("the maximal number of errors a remote SMTP
        # client is allowed to make without delivering mail", postconf(5)) drops the client with
        # "421 4.7.0 <host> Error: too many errors" (SFR's MX quoted so, weak: bentonow.com/smtp-
        # errors/sfr): our connection's count, like "too many errors from your ip".
        "error: too many errors",
        # SendGrid's "SMTP Errors and Troubleshooting" example "450 too frequent connects from
        # X.X.X.X, please try again later.": the sending host's connection rate (the thirty-third review).
        "too frequent connects from",
    ),
    R.SPEEDING: (
        # cPanel's Exim ACL_CONNECT_BLOCK/ratelimit: "The server has reached its limit for processing
        # requests from your host.  Please try again later." (a per-host rate on port 25); iRedAPD's
        # throttle (libs/__init__.py SMTP_ACTIONS): "Quota exceeded (number of mails in total)",
        # "Quota exceeded (accumulated message size)": mails over a period, not a mailbox quota.
        "reached its limit for processing requests from your host", "quota exceeded (number of mails in total)",
        "quota exceeded (accumulated message size)",
        # A shared host's Exim refusing its own customer's mail: "Domain x has exceeded the max
        # defers and failures per hour (5/5 (38%)) allowed. Message discarded." = too many of the
        # sender's mails bounced within the hour, its sending is held for 60 minutes (adeska KB
        # 133, demo.adeska.de/kundenportal/knowledgebase/133): the sender's rate, not the address.
        "max defers and failures per hour",
        # Exchange Online's 5.2.121 (MC272450): our sender over its share of a mailbox's hourly limit, also in
        # our own tenant's NDR (review 83); said of the recipient (5.2.122) it is the recipient's scope
        # (severity._RECIPIENTS_RATE).
        "messages they can send to this recipient", "hourly message limit",
        # "SMTP 550 ("fromemail" max messages per session)": several emails sent simultaneously,
        # the sender exceeded the email limits, try later (Bluehost Help, 'What Does My Email
        # Bounce Mean?', bluehost.com/help/article/what-does-my-email-bounce-mean).
        "max messages per session",
        # GoDaddy's "550 This message has exceeded the max number of messages per session. Please
        # open a new session and try again. IB510".
        "max number of messages per session",
        # A provider's own submission server on its user's volume: StartMail's "550 5.7.1 Your mail
        # limit has been reached." (support.startmail.com 360006737337: the number of mails sent in
        # a period exceeded, outgoing mail held back for an hour); Netfabric's "MAX RCPT TO DAILY
        # LIMIT" (netfabric.freshdesk.com 6000236440: the plan's daily sends used up).
        "your mail limit has been reached", "max rcpt to daily limit",
    ),
    R.BLOCKED: (
        # cPanel's Exim ACL requirehelonoforge: "REJECTED - Bad HELO - Host impersonating [name]" (our
        # HELO named the receiving host itself): the sending host refused, at MAIL FROM.
        "bad helo - host impersonating",
        # 3strikes: "Sorry! We REJECT your request for a mail session, because - <ip> is currrently
        # sending large quantities of spam. See http://cbl.abuseat.org" (open-mail.org/3strikes/
        # SMTPmessages.txt): our IP's listing, not a verdict on the message; Baruwa's "Dictionary
        # attack detected" (a gateway's info page: address harvesting from the connecting client).
        "sending large quantities of spam", "dictionary attack detected",
    ),
    R.AUTHFAILURE: (
        # cPanel's Exim ACL dkim_bl: "DKIM: encountered the following problem validating <signer>:
        # <reason>" (dkim_status invalid:fail; reasons from Exim's src/dkim.c, "bodyhash_mismatch").
        "dkim: encountered the following problem validating",
        # Forpsi's inbound MX (and the platform behind it): "550 5.1.0 <id> blocked by SPF" = the
        # sender domain's SPF hardfail (support.forpsi.com kb a3302), under an address status.
        "blocked by spf",
        # Gmail's 2024 bulk-sender texts (Workspace Admin Help 3726730, review 31) where no Google
        # host or "- gsmtp" tag says whose they are: "550 5.7.27 This message was blocked because it
        # didn't pass SPF authentication" (a 5.7.27 status alone reads as RFC 7505's sender null MX),
        # "SPF/DKIM authentication didn't pass", "the sender is unauthenticated", "isn't aligned
        # with either the authenticated SPF or DKIM organizational domain" (5.7.32).
        "didn't pass spf authentication", "didn't pass dkim authentication", "authentication didn't pass",
        "the sender is unauthenticated", "aligned with either the authenticated spf or dkim",
    ),
    R.SECURITYERROR: (
        # rustls's certificate error as Stalwart's DSN quotes it: "TLS error from 'x': invalid peer
        # certificate: UnknownIssuer" (queue/dsn.rs Error::TlsError).
        "invalid peer certificate",
        # Exchange Online's 5.7.5 (its NDR table, review 30): our side's MTA-STS check of the receiving
        # host's certificate, "Remote certificate failed MTA-STS validation. Reason: ...NameMismatch".
        "certificate failed mta-sts validation",
    ),
    R.MAILBOXFULL: (
        # FTGate: "Allocated mailbox storage exceeded (#1.02)"; GNU Mailutils' mda: "user: message
        # would exceed maximum mailbox size for this recipient" (manual, 'Mailbox Quotas').
        "mailbox storage exceeded", "would exceed maximum mailbox size",
        # XMail Errors.cpp ERR_MAILBOX_SIZE: "User maximum mailbox size reached" (local delivery).
        "maximum mailbox size reached",
    ),
    R.MESGTOOBIG: (
        # "550 5.7.0 Message Size Violation": "the allowed size of the message was exceeded" (cyon,
        # 'SMTP-Error 550', cyon.ch/support/a/smtp-error-550); its 5.7.0 read a security refusal.
        "message size violation",
        # iRedAPD's throttle at end of data: "Quota exceeded (size of single mail message)".
        "quota exceeded (size of single mail message)",
    ),
    R.NORELAYING: (
        # Kerio Connect: "550 5.7.1 Relaying is denied" (GFI support, 'Outbound Email Delivery
        # Troubleshooting').
        "relaying is denied",
        # cPanel's /etc/eximrejects host_accept_relay text, lines joined with its "|" marks: "Host x is
        # not permitted| to relay through y.| Perhaps you have not logged into the pop/imap server
        # ...| does not have a reverse DNS entry." (the PTR clause is a guess; the refusal is relay).
        "is not permitted| to relay through",
        # SpamExperts' cloud MX (antispamcloud.com) taking mail for a domain it does not filter as
        # a submission: "550 message submission is for authorised users only!" (the eleventh
        # review; an NDR quoting it, pastebin.com/gW0meY1d); it was read onhold.
        "submission is for authorised users only",
    ),
    # The eleventh review's filters (tests/classifier/review_notices11.py):
    R.VIRUSDETECTED: (
        # ASSP: "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend." (a host's
        # KB quoting it, maxclicksonline.com 10095); it was read a security refusal.
        "appears infected with",
        # GoDaddy's "552 Virus infected message rejected. IB705" (it was read onhold).
        "virus infected",
    ),
    R.POLICYVIOLATION: (
        # ASSP: "500 These attachments are not allowed -- Please compress (zip,tar..) them before
        # mailing." (the same KB): a file-type rule, not the syntax error its 500 says.
        "these attachments are not allowed",
        # "550 5.7.1 Message rejected per organizational policy." (EmailEngine's bounce label
        # reference, bounces.postalsys.com/labels, policy_blocked; the thirty-third review).
        "organizational policy", "organisational policy",
    ),
    R.REJECTED: (
        # 3strikes: "- <rcpt> won't accept mail from <sender>, based on its current reputation."
        "based on its current reputation",
        # GoDaddy's refusals of the sender's From: "550 <sender> Blank From: addresses are not
        # allowed. Please provide a valid From. IB501", "... IP addresses are not allowed as a From:
        # Address. ... IB502".
        "blank from: addresses are not allowed", "are not allowed as a from: address",
    ),
    R.REQUIREPTR: (
        # GoDaddy's "421 Temporarily rejected. Reverse DNS for this IP failed. IB108".
        "reverse dns for this ip failed",
    ),
    # The twentieth review's servers (tests/classifier/review_notices20.py):
    R.FILTERED: (
        # XMail Errors.cpp ERR_FILTERED_MESSAGE: "Message rejected by server filters" (a filter's exit
        # code refused the message after it was accepted).
        "message rejected by server filters",
    ),
    R.EXPIRED: (
        # XMail QueueUtils.cpp QueUtResendMessage(), the spool file past its retries: "The maximum
        # number of delivery attempts has been reached" ("... of tentatives ..." in its 2001 releases).
        "maximum number of delivery attempts has been reached", "maximum number of tentatives has been reached",
        # Zoho Mail's own "[Status: Error, Address: <a>, ResponseCode 421, , Host not reachable.]" after
        # its retries (Sisimai 5's via-zoho.go reads it expired; the forty-third review): the
        # recipient's server out of reach until it gave up, not a missing host.
        "host not reachable",
    ),
}

# The twenty-first review's East Asian servers (tests/classifier/review_notices21.py names each
# page), merged into the table above.
_EAST_ASIA: Mapping[Reason, tuple[str, ...]] = {
    # A Chinese server's "550 user is locked. (邮箱被锁)", Korean portals' "550 5.1.1 Inactive mbox" and
    # "Suspended user" (the recipient's use stopped: not the 5.1.1's missing user).
    R.SUSPEND: ("user is locked", "inactive mbox", "suspended user"),
    # The same server's "550 black ip. (发信IP被禁止)"; Coremail's "IP is rejected"; NAVER's and other
    # Korean servers' "421 4.3.2 Your IP(...) is filtered and this connection will be closed".
    R.BLOCKED: ("black ip", "ip is rejected", "is filtered and this connection will be closed"),
    # A Korean portal's 24-hour ban: "Since you sent too many e-mails,you are not allowed to send
    # more e-mails within 24 hours" (read a security refusal under its 5.7.1).
    R.SPEEDING: ("sent too many e-mails",),
    # Coremail's "Requested action not taken: Local user only": it takes mail for its own users only.
    R.NORELAYING: ("local user only",),
    # ("550 You are registered as spammer (by user's reject list)", the recipient's own list: recipient_blocklists.)
    # HENNGE Email DLP: "maximum uncompressed data size exceed" (the unpacked attachment too large).
    R.MESGTOOBIG: ("uncompressed data size",),
    # Tencent: 'The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822
    # standard protocol.' (RFC 5322 written without its space).
    R.NOTCOMPLIANTRFC: ("please follow rfc5322",),
}
PHRASES = merged(PHRASES, _EAST_ASIA)

# The twenty-fifth review's MTA and provider words, from Sisimai 4.25's message tables
# (libsisimai-perl, Sisimai/Lhost/*.pm, read as an outside opinion; tests/classifier/
# review_notices25.py quotes each in a whole notice). Each was read onhold, or worse, before.
_SISIMAI_TABLES: Mapping[Reason, tuple[str, ...]] = {
    # au (KDDI)'s own notice: "Could not be delivered to: <x> As the remote domain doesnt exist."
    # Oracle (Sun) Messaging Server's own "Reason: Illegal host/domain name found" (Sisimai::Lhost::
    # MessagingServer's table): the recipient's domain is not one.
    R.HOSTUNKNOWN: ("as the remote domain doesnt exist", "illegal host/domain name found"),
    # Ipswitch IMail's "Invalid final delivery userid" (its directory has no such user).
    R.USERUNKNOWN: ("invalid final delivery userid",),
    # OpenSMTPD's relay with no secret for the smarthost (smtpd/mta.c): its own login setup.
    R.SECURITYERROR: ("could not retrieve credentials",),
    # A 452 (qmail's table): "Requested action not taken: mailbox unavailable (not enough free
    # space)": the mailbox has no room; read as RFC 5321's generic "mailbox unavailable", a false hard.
    R.MAILBOXFULL: ("mailbox unavailable (not enough free space)",),
    R.NETWORKERROR: (
        # Exim's transport when the connection it was to reuse is gone (deliver.c's table, via
        # Sisimai::Lhost::Exim): nothing about the recipient's domain. Lotus Notes' "Message has
        # exceeded maximum hop count" (a loop); Courier's "This domain's DNS violates RFC 1035."
        "no host found for existing smtp connection", "exceeded maximum hop count", "dns violates rfc 1035",
        # OpenSMTPD's routing results (smtpd/mta.c, Sisimai::Lhost::OpenSMTPD's table): the domain's
        # DNS or servers out of reach, never a domain known to be missing.
        "no mx found for destination", "no mx found for domain", "no valid route to remote mx",
        "no valid route to destination", "temporary failure in mx lookup", "all routes to destination blocked",
        "address family mismatch on destination mxs", "bad dns lookup error code", "loop detected",
        "could not retrieve source address",
    ),
    # Exim's router refusing a .forward's pipe or file (its configuration, not the address).
    R.SYSTEMERROR: ("delivery to pipe forbidden", "delivery to file forbidden"),
    # A .qmail or .forward program whose script names a missing interpreter; qmail-ldap's own
    # forwarder failing ("Permanent/Temporary error while executing qmail-forward", via-qmail.go).
    R.MAILERERROR: ("bad interpreter", "while executing qmail-forward"),
    # Facebook's POL-P3/P4, POL-T1..T3: "Facebook is not accepting messages from your mail server.
    # This will persist for 4 to 8 hours." (Sisimai::Lhost::Facebook's glosses): our server refused.
    R.BLOCKED: ("is not accepting messages from your mail server",),
    # Facebook's DNS-P3: "Your mail server does not have a reverse DNS record."
    R.REQUIREPTR: ("does not have a reverse dns record",),
    # Facebook's RCP-T4: "The attempted recipient address is currently deactivated. The user may or
    # may not reactivate it." (read as the 5.2.1 status's filter).
    R.SUSPEND: ("address is currently deactivated",),
}
PHRASES = merged(PHRASES, _SISIMAI_TABLES)

# Mail security gateways' and content filters' replies (reviews 29 and 48): classifier/gateway_wordings.py.
PHRASES = merged(PHRASES, gateway_wordings.PHRASES)

# Mailbox providers' and hosts' own replies the thirty-sixth review read
# (tests/classifier/review_notices36.py quotes each in whole notices).
_PROVIDER_PAGES: Mapping[Reason, tuple[str, ...]] = {
    # Zoho Mail (Sisimai::Rhost::Zoho's quotes, smtp.codes/zoho): "452 <a> Mailbox delivery restricted by
    # policy error", the receiving domain's filters ("has filters set-up that are blocking this message"):
    # a policy (a domain hosted at Zoho is no zoho.com address: the wording carries it, not remote/zoho.py).
    # Not its "552 5.1.1 <a> Mailbox delivery failure policy error": Sisimai 5 files that one under
    # userunknown, as its 5.1.1 says (the mailbox Zoho will not deliver to for good). Host Media's help (portal.hostmedia.uk 201204295): "554 Message not allowed",
    # refused "for policy reasons, usually SPF or DKIM related".
    R.POLICYVIOLATION: ("restricted by policy error", "message not allowed"),
    # Rackspace (postmaster.emailsrvr.com as smtp.codes/rackspace copies it): "450 4.2.1 <a>: Mailbox
    # received too much email in a short period of time (G30)", the mailbox's intake rate-limited for a
    # while (a list bomb), no disabled account whatever 4.2.1 says.
    R.SPEEDING: ("too much email in a short period",),
    # VirusFree's FAQ (virusfree.cz/en/faq): "554 Message refused by the scanner", its antispam and
    # antivirus scanner's verdict on the message; "421 Service temporarily not available" (its limit of
    # parallel connections): the receiving service for now, as "service currently unavailable".
    R.SPAMDETECTED: ("refused by the scanner",),
    R.SYSTEMERROR: ("service temporarily not available",),
}
PHRASES = merged(PHRASES, _PROVIDER_PAGES)

# Exchange Server's and Exchange Online's DSN texts as Sisimai 5's rhost/for-microsoft.go lists
# them (the forty-first review, tests/classifier/review_notices41.py): said by an Exchange server on
# the prospect's premises, or in Exchange Online's own NDR, where no Microsoft host is named.
_EXCHANGE_DSN: Mapping[Reason, tuple[str, ...]] = {
    # Receive connectors refuse RFC 2606's reserved names (.test, .example, .invalid, .localhost):
    # "550 5.1.4 Recipient address reserved by RFC 2606"; under 5.1.4 it read as a filter (soft).
    # Only the recipient's address: "Sender address reserved by RFC 2606", a HELO name so reserved, is
    # our side (the forty-fourth review).
    R.HOSTUNKNOWN: ("recipient address reserved by rfc 2606",),
    # Exchange Online's outbound failures under a 4.x status its NDR gives up with: "4.4.312 DNS
    # query failed", "4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)"
    # (read onhold); and Exchange's "5.4.4 Invalid arguments", grouped by Sisimai 5 with its
    # routing errors: nothing says the domain is gone (a false hard under 5.4.4's default).
    R.NETWORKERROR: ("dns query failed", "connection was closed abruptly", "(suspiciousremoteservererror)",
                     "4.4 invalid arguments"),
    # "550 5.2.14 Misconfigured forwarding address": the recipient's configuration (read filtered).
    R.SYSTEMERROR: ("misconfigured forwarding address",),
}
PHRASES = merged(PHRASES, _EXCHANGE_DSN)

# The forty-sixth review's servers (tests/classifier/review_notices46*.py quotes each in whole notices).
_REVIEW46: Mapping[Reason, tuple[str, ...]] = {
    # haraka-plugin-spf return_results: "sender <s> SPF SoftFail", "... SPF Permanent Error", "... SPF
    # record not found", "... SPF Temporary Error" (its "SPF Fail" was known); at MAIL FROM they read
    # as the sender refused, the temporary one as expired where a line width hid its stage.
    R.AUTHFAILURE: ("spf softfail", "spf permanent error", "spf record not found", "spf temporary error"),
    # haraka-plugin-headers: "Only one Subject header allowed. See RFC 5322, Section 3.6", "Required
    # header 'Date' missing" (and data.rfc5322_header_checks before it); read onhold.
    R.NOTCOMPLIANTRFC: ("see rfc 5322", "required header '"),
    # SmarterMail's own notice when no attempt reached the recipient's server: "Failed four Attempts
    # to connect to recipients mail server" (hosting KBs quoting it; read onhold).
    R.NETWORKERROR: ("attempts to connect to recipients mail server",),
}
PHRASES = merged(PHRASES, _REVIEW46)

# The eleventh round of real servers' notices (tests/classifier/real_cases_round11.py, fixtures/real/).
_REAL11: Mapping[Reason, tuple[str, ...]] = {
    # clamsmtp 1.10's and proxsmtp 1.10's "451 Local Error" (a string of both daemons, from their shared
    # SMTP pass-through code) when the scanner or filter cannot run (clamd unreachable, FilterTimeout);
    # RFC 5321's own 451 "Requested action aborted: local error in processing" (phrases.py): the
    # receiving system, for now (read as expired).
    R.SYSTEMERROR: ("local error",),
    # greylistd's Exim ACL (/usr/share/doc/greylistd/examples/exim4-acl-example.txt, the text Debian's
    # greylistd-setup-exim4 installs): "$sender_host_address is not yet authorized to deliver mail from
    # <$sender_address> to <$local_part@$domain>. Please try later.": our host greylisted (4.0.0).
    R.BLOCKED: ("is not yet authorized to deliver mail",),
}
PHRASES = merged(PHRASES, _REAL11)

# Security refusals that name our sending client's failed login (read by
# wordings.names_sending_client, for classifier.severity): OpenSMTPD's own "Could not retrieve
# credentials" (its relay has no secret for the smarthost: smtpd/mta.c), Gmail's answers to a
# failed login. (Not "Please turn on SMTP Authentication in your mail client": said by a recipient
# server not set up for the recipient's domain, the recipient's side: tests/classifier/scope_rows.py.)
SENDING_CLIENT_LOGIN = ("could not retrieve credentials", "username and password not accepted",
                        "application-specific password required", "invalid credentials for relay",
                        # Google's 'Send mail as' account whose SMTP server refused its login (its
                        # notice links support.google.com/mail/?p=CustomFromDenied; via-googleworkspace.go).
                        "?p=customfromdenied")

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # Postfix relocated(5)'s "User has moved to <text>" (smtpd_check.c, 5.1.6), "the recipient has moved"; not a
    # message or a queue that "has moved on (to the next relay / from this message)", nor a mailbox migrating "to
    # a new server" (a 4xx given up is for now), nor a service or a server "moved to smtp2.example.org", nor a
    # domain moving its mail "to a new mail provider" (the mailbox goes with it; review 78). A plain phrase in
    # classifier.phrases until review 72 (false hards).
    # Nor a gateway, a relay, an MX, a website (review 82: "Our inbound gateway has moved: ...").
    R.HASMOVED: (re.compile(r"(?<!message )(?<!queue )(?<!service )(?<!server )(?<!host )(?<!gateway )(?<!relay )"
                            r"(?<!\bmx )(?<!website )(?<!endpoint )has moved\b(?! on\b)"
                            r"(?! to (?:a |an |the )?(?:new|another|different) "
                            r"(?:server|host|system|platform|store|(?:e-?mail |mail )?(?:provider|hosting)))"),
                 # phrases' "has been replaced by", "no longer at this address" until review 82: not of a server, a
                 # service, a protocol version ("TLS 1.0 has been replaced by TLS 1.2", "The mail service is no longer
                 # at this address": an old MX's notice, false hards).
                 re.compile(r"(?<!server )(?<!service )(?<!host )(?<!\bmx )(?<!gateway )(?<!relay )(?<!version )"
                            r"(?<!\d )(?<!tls )(?<!ssl )has been replaced by|(?<!service is )(?<!server is )"
                            r"(?<!host is )(?<!office is )(?<!website is )no longer at this address")),
    # Apache James's DNSRBLHandler refuses a client on its blacklist zones with "5.7.1 Rejected:
    # unauthenticated e-mail from <ip> is restricted.  Contact the postmaster for details." (at
    # RCPT, unless authenticated): mail from our IP is refused, whatever the policy-class status.
    R.BLOCKED: (re.compile(r"\b(?:e-?mail|mail|messages?) from \[?\d{1,3}(?:\.\d{1,3}){3}\]? is restricted\b"),
                # A geographic filter on the sending host: "550 5.7.1 Mail from your region is not
                # allowed." (EmailEngine's label reference, geo_blocked; the thirty-third review).
                re.compile(r"\b(?:mail|messages?|e-?mails?|connections?) from your (?:region|country)\b"),
                # Barricade MX smtpf: "550 5.7.1 host %s [%s] black listed #120" (its access map's
                # Connect: REJECT, snertsoft.com/smtp/smtpf/reply.html); Baruwa: "The sender
                # xxx.xxx.xxx.xxx is banned" (a gateway's info page).
                re.compile(r"\bhost \S+ \[\d{1,3}(?:\.\d{1,3}){3}\] black listed\b"),
                re.compile(r"\bsender \[?\d{1,3}(?:\.\d{1,3}){3}\]? is banned\b"),
                # smtpf: "550 5.7.1 sender <%s> recipient <%s> black listed #137" (a From:To:
                # REJECT), read as the blocklisting of our sender it is, like "<rcpt> has
                # blacklisted <sender>".
                re.compile(r"\bsender <[^>]*> recipient <[^>]*> black listed\b"),
                # Barracuda Email Security Service: "550 permanent failure for one or more
                # recipients (<rcpt>:blocked)" (its recipient result; Sisimai::Reason::Blocked reads
                # the same shape), a block decision of the recipient's tenant, not a missing mailbox.
                re.compile(r"\(<?x@x>?:blocked\)")),
    # XMail SMTPSvr.cpp: "557 Access denied <list@domain> for user <sender>" when the sender may
    # not post to that mailing list: our envelope sender refused, the list address is fine.
    R.REJECTED: (re.compile(r"\baccess denied <[^<>\s]+> for user <[^<>\s]*>"),),
    # RFC 5321's 550 "mailbox unavailable" with the address between its words, "550 Mailbox
    # <x@y> unavailable" (Sisimai::Reason::UserUnknown's `mailbox [^ ]+[@][^ ]+ unavailable`; an
    # address reads "x@x" to the tables). Not "Mailbox <x@y> unavailable or access denied"
    # (Sisimai 5 UserUnknown's pair "mailbox ", "unavailable or access denied"; 4.25 Suspend's
    # "mailbox unavailable or access denied"): a closed or refused mailbox, no word that it does not
    # exist (the thirty-ninth review; a false hard).
    R.USERUNKNOWN: (re.compile(r"\bmailbox <?x@x>? (?:is )?unavailable\b(?! or access denied)"),
                    # Exchange Online's NDR to its user: "lead wasn't found at partner.example." (Microsoft
                    # Learn's NDR anatomy, status 5.1.1 / 5.1.10; the forty-third review's text-only NDR).
                    re.compile(r"\b\S+ wasn't found at [a-z0-9-]+(?:\.[a-z0-9-]+)+"),
                    # "bad recipient address" (the twenty-third review's phrase), but not the
                    # count of them ("too many bad recipient addresses": our client's RCPT flood,
                    # as sendmail's "Too many bad recipients"; the thirty-second review).
                    re.compile(r"(?<!many )\bbad recipient address\b")),
    # OpenSMTPD's own "Invalid domain name" (smtpd/mta.c, the resolver's EINVAL: the recipient's
    # domain cannot be a domain), whole: the same words inside a reply may be a sender check.
    R.HOSTUNKNOWN: (re.compile(r"^invalid domain name\.?$"),),
    # Ipswitch iMail's own "Delivery failed 5 attempts: <addr>" (Sisimai 5's via-imailserver.go reads
    # "Delivery failed " as expired): it gave up after its retries.
    R.EXPIRED: (re.compile(r"\bdelivery failed \d+ attempts\b"),),
}

