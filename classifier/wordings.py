"""More wording per reason (issue 13, third round): data merged into `classifier.phrases`.

`classifier.phrases` is at the module size limit; wordings found since live here, each with
the source it was read from (a server's source file or a provider's published error list; the
rows of tests/classifier/test_server_wordings_more.py quote them). Matched like the phrase
tables: lowercase substrings of the whitespace-collapsed diagnostic, plus bounded patterns.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier import absent_things, go_smtp_wordings, lexicon, mailbox_states, mta_wordings, soft_wordings
from classifier.records import Reason

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.SUSPEND: (
        # qmail-ldap qmail-lspawn.c (QLX_DISABLED): "Mailaddress is administratively disabled. (#5.2.1)".
        "administratively disabled",
        # hMailServer RecipientParser.cpp: "550 Alias is not active.", "550 Distribution list is
        # not active.", "550 Domain has been disabled." (an account, alias or list switched off).
        "alias is not active", "list is not active", "domain has been disabled",
    ),
    R.USERUNKNOWN: (
        # hMailServer RecipientParser.cpp: "550 Recipient not in route list." (a routed domain's
        # list of valid addresses does not hold it).
        "recipient not in route list",
    ),
    R.HOSTUNKNOWN: (
        # Haraka outbound/hmail.js: "Nowhere to deliver mail to for domain: x" (no MX and no
        # address), "No Such Domain: x" (NXDOMAIN).
        "nowhere to deliver mail to for domain",
        # Exim routers/dnslookup.c: "unknown mail domain" (the name its comment gives the
        # message for a domain the DNS does not know).
        "unknown mail domain",
        # SmarterMail's own notice for a mistyped domain: "Failed to connect to the recipients mail
        # server. No MX records were found for the 'x' domain." (hosting KBs quoting it).
        "no mx records were found for",
    ),
    R.NETWORKERROR: (
        # Haraka outbound/hmail.js: "Temporary MX lookup error for x" (not maddy's permanent "554 5.4.4
        # MX lookup error": its status says); Exim dnslookup.c: "host lookup did not complete" (DEFER).
        "temporary mx lookup error", "host lookup did not complete",
        # Courier's courieresmtp names a failed connect by the network's state, "Network is down"
        # (fixtures/real/courier-connection-refused-*.eml), as "host is unreachable" in phrases.
        "network is down", "network is unreachable",
        # Exchange transport's own 5.4.4 answers (Microsoft.Exchange.Transport AckReason) for a
        # route or DNS answer it cannot use, not a missing domain: "ROUTING.NoNextHop; unable to
        # route", "ROUTING.NoConnectorForAddressType", "SMTPSEND.DNS.InvalidData; DNS returned an
        # invalid response for this domain", "SMTPSEND.DNS.MxLoopback; DNS records for this domain
        # are configured in a loop".
        "routing.nonexthop", "routing.noconnectorforaddresstype", "smtpsend.dns.invaliddata",
        "smtpsend.dns.mxloopback",
    ),
    R.REQUIREPTR: (
        # Postfix smtpd_check.c reject_unknown_reverse_client_hostname: "Client host rejected:
        # cannot find your reverse hostname, [192.0.2.9]".
        "cannot find your reverse hostname",
    ),
    R.CONTENTERROR: (
        # hMailServer SMTPConnection.cpp: "554 Rejected - Message containing bare LF's.".
        "containing bare lf",
        # Debian exim4-config's acl_check_data (conf.d/acl/40_exim4-config_check_data): "deny !verify
        # = header_syntax, message = header syntax" (an address header that does not parse).
        "header syntax",
    ),
    R.SYSTEMERROR: (
        # hMailServer RecipientParser.cpp: "550 Mail server configuration error. Too many
        # recursive forwards."; Postfix "mail transport unavailable" (a master.cf transport down).
        "too many recursive forwards", "mail transport unavailable",
        # qmail-local.c: "This message is looping: it already has my Delivered-To line. (#5.4.6)";
        # qmail-remote.c: "Although I'm listed as a best-preference MX or A for that host, it isn't
        # in my control/locals file" (#5.4.6): a mail loop and a misconfiguration.
        "already has my delivered-to line", "listed as a best-preference mx",
        # MIMEDefang's Debian default filter (/etc/mail/mimedefang-filter): action_tempfail("Problem
        # running virus-scanner") when its scanner cannot be reached: the receiver's own fault.
        "problem running virus-scanner",
    ),
    R.MAILBOXFULL: (
        # SmarterMail's notice when the recipient's domain is over its disk allocation: "The domain
        # size limit has been exceeded" (a storage quota; "size limit" alone is a message size).
        "domain size limit has been exceeded",
        # WEB.DE "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed
        # storage space."
        "exhausted allowed storage",
        # STRATO FAQ #2420: "mailbox full, quota exceeded, mailbox is overquota" (one word).
        "mailbox is overquota",
    ),
    R.SPEEDING: (
        # Exchange SmtpResponse.SubmissionQuotaExceeded "550 5.2.2 Submission quota exceeded", and
        # Exchange Online's "the sender's submission quota was exceeded": the sender's own limit.
        "submission quota",
        # Gmail 450 4.2.1 "The user you are trying to contact is receiving mail too quickly".
        "too quickly",
        # Postfix smtpd.c, smtpd_client_recipient_rate_limit: "450 4.7.1 Error: too many recipients
        # from 192.0.2.9" (anvil's count per client and time unit, not one message's recipients).
        "too many recipients from",
        # Outlook.com RP-001 "We have limits for how many messages can be sent per hour and per day";
        # Exchange Online 5.7.508 "[ip] has exceeded permitted limits within /64 range".
        "how many messages can be sent", "exceeded permitted limits",
        # QQ Mail "550 Ip frequency limited" / "Domain frequency limited".
        "frequency limited",
        # Gmail 450 4.2.1 "Peak SMTP relay limit exceeded for this customer" (the sending
        # Workspace customer's relay limit, not the recipient's mailbox).
        "relay limit exceeded",
        # Exchange AckReason SenderRecipientThrottlingMessageRejected: "450 4.5.0 Message rejected.
        # Excessive message rate from sender to recipient."
        "excessive message rate",
    ),
    R.MESGTOOBIG: (
        # IceWarp's 5xx table: "501 5.7.1 Message is too long" (the size limit, under a policy status).
        "message is too long", "message too long",
        # Mimecast "552 Maximum email size exceeded".
        "email size exceeded", "maximum email size",
        # The table's "message exceeds the maximum size" without its article.
        "message exceeds maximum size",
        # aiosmtpd smtp.py over data_size_limit (as Python's old smtpd module): "552 Error: Too much
        # mail data", the message's size. (Docomo's full-mailbox use of the line: remote/docomo.py.)
        "too much mail data",
    ),
    R.BLOCKED: (
        # Postfix smtpd_check.c: "<host>: Helo command rejected: Host not found / need fully-qualified
        # hostname / Invalid name": the sending host's HELO name is what is refused.
        "helo command rejected",
        # postfwd's documented HELO rule, "action=REJECT invalid helo '$$helo_name'" (postfwd.txt).
        "invalid helo",
        # Gmail 550 5.7.1 "The IP you're using to send mail is not authorized to send email directly
        # to our servers"; 421 4.7.0 "IP not in whitelist for RCPT domain".
        "the ip you're using to send mail", "not authorized to send email directly", "ip not in whitelist",
        "ip not in allowlist",
        # Outlook.com SC-001 "Hotmail does not relay dynamically-assigned IP ranges"; SC-004 "A block
        # has been placed against your IP address".
        "dynamically-assigned ip", "dynamic ip range", "against your ip",
        # Chinese providers (NetEase, QQ): "IP 被列入黑名单" (listed in the blacklist).
        "黑名单", "黑名單",
        # Greylisting: the sending host and sender deferred until they retry (Axigen "451 Temporary
        # rejected by greylisting"); for now, about the sender, never the address.
        "greylist", "graylist",
        "too many bad recipients",  # Debian exim4-config check_rcpt, Sendmail BadRcptShutdown: our client's RCPT flood
    ),
    R.SPAMDETECTED: (
        # rspamd's reply for its GTUBE rule, "554 5.7.1 Gtube pattern" (src/libmime/scan_result.c);
        # GTUBE is the anti-spam test string (SpamAssassin's rule of that name).
        "gtube",
        # NetEase 163.com "554 DT:SPM ... 被系统识别为垃圾邮件" (recognised as junk mail); the same
        # word in traditional Chinese, Korean, Japanese and Russian.
        "垃圾邮件", "垃圾郵件", "스팸", "迷惑メール", "спам", "podejrzenie spamu",  # (Polish "suspected spam": langs45)
        # STRATO FAQ #2420 "Suspected phishing attempt": content judged to be a phishing mail.
        "suspected phishing",
    ),
    R.AUTHFAILURE: (
        # Exchange Sender ID agent: "550 5.7.1 Sender ID (PRA) Not Permitted".
        "sender id (pra)",
        # OpenDKIM's milter refusing per On-NoSignature / On-BadSignature: "550 5.7.0 no DKIM
        # signature data", "bad DKIM signature data" (the generic 5.7.0 would say securityerror).
        "no dkim signature data", "bad dkim signature data",
        # The SPF project's "why was this refused" page: postfix-policyd-spf-perl's default
        # explanation for a failed check ("550 Please see http://www.openspf.org/Why?s=mfrom;id=...",
        # Mail::SPF default_authority_explanation), postfix-policyd-spf-python's Reason_Message
        # ("... Please see http://www.openspf.net/Why?s=mfrom;..."); and postfix-policyd-spf-perl's
        # deferral on an SPF temperror, "DEFER_IF_PERMIT SPF-Result=<explanation>".
        "openspf.org/why", "openspf.net/why", "spf-result=",
    ),
    R.SECURITYERROR: (
        # Exchange Online 5.7.57 "Client was not authenticated to send anonymous mail during MAIL FROM";
        # 5.7.1 "Client was not authenticated".
        "client was not authenticated", "not authenticated to send",
    ),
    R.HASMOVED: (
        # RFC 5321 §3.4: "551 User not local; please try <forward-path>", the mailbox went
        # elsewhere and the server will not forward to it.
        "user not local; please try",
        # Exchange's French DSN text for an address that changed with no forwarding address
        # set up ("l'adresse électronique du destinataire a changé. ... Aucune adresse de
        # transfert n'a été configurée"; uitranslation.com, fr-fr).
        "l'adresse électronique du destinataire a changé",
    ),
    R.MAILERERROR: (
        # Go's os/exec when the program cannot be started: chasquid's pipe aliases report
        # "fork/exec /path/to/program: no such file or directory".
        "fork/exec ",
    ),
    R.FILTERED: (
        # (Exchange Online 5.7.124's "Sender not in allowed-senders list": soft_wordings._CHOICE_AT_RCPT, review 155.)
        # hMailServer RecipientParser.cpp: "550 Not authorized sender." / "550 Not authorized
        # owner." (a distribution list that takes mail from its members or owner only).
        "not authorized sender.", "not authorized owner.",
        # Interia: "550 5.7.1 Recipient doesn't want your mail" (the recipient blocks the sender).
        "doesn't want your mail", "does not want your mail",
        # Aruba PEC: a certified mailbox not open to ordinary mail ("... non abilitato alla
        # ricezione di posta non certificata").
        "non abilitato alla ricezione",
        # Sophos Central Email XGEMAIL_0009 "... is in the user block list" (the recipient's own list).
        "in the user block list", "in the user's block list",
    ),
    R.NOTCOMPLIANTRFC: (
        # Exchange Online 5.7.512 "message must be RFC 5322 section 3.6.2 compliant".
        "rfc 5322 section", "must be rfc 5322",
        # Gmail 550 5.7.1 "Messages missing a valid address in From: header, or having no From:
        # header, are not accepted."
        "missing a valid address in from: header",
        # Debian exim4-config's acl_check_data: "maximum allowed line length is 998 octets, got N"
        # (RFC 5322 section 2.1.1's limit on a line).
        "maximum allowed line length",
    ),
    R.POLICYVIOLATION: (
        # Gmail 550 5.7.1 "The user or domain that you are sending to (or from) has a policy that
        # prohibited the mail that you sent"; Exchange Online 5.7.703 "... blocked by your
        # organization's tenant recipient block policy".
        "a policy that prohibit", "recipient block policy",
        # Exchange Online 5.7.520 "Your organization does not allow external forwarding".
        "does not allow external forwarding",
    ),
    R.REJECTED: (
        # Debian exim4-config: "No verifiable sender address in message headers" (CHECK_DATA_VERIFY_HEADER_SENDER),
        # "sender envelope address x is locally blacklisted here" (check_rcpt's local_sender_blacklist).
        "no verifiable sender address", "sender envelope address",
    ),
    R.TOOMANYCONN: (
        # Apache James MaxRcptHandler: "452 4.5.3 Requested action not taken: max recipients reached"
        # (the table's "too many recipients", as a count reached).
        "max recipients reached", "maximum recipients reached",
        # Sophos Central Email XGEMAIL_0013 "exceeded the maximum number of recipients allowed ...".
        "maximum number of recipients",
    ),
    R.NORELAYING: (
        # Libero/Virgilio "550 Relay Disabled"; Trend Micro InterScan "550 domain of forward-path is
        # not allowed" (the recipient's domain is not one it relays for).
        "relay disabled", "relaying disabled", "forward-path is not allowed",
    ),
}

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    R.SPEEDING: (
        # A limit per stretch of time: postfwd's documented rate/size/rcpt actions, "450 4.7.1
        # sorry, max 3 requests per 5 minutes", "... max 1.5mb per hour", "... max 3 recipients per
        # hour", "REJECT limit of 500 recipients per hour for sender x exceeded" (postfwd.txt): how
        # much our client or sender sends in a while, not one message's size.
        re.compile(r"\b(?:max(?:imum)?|limit of) (?:of )?\d+(?:[.,]\d+)? ?(?:requests|messages|mails|emails|recipients|"
                   r"rcpts|bytes|[kmg]b) per (?:\d+ )?(?:second|minute|hour|day)s?\b"),
    ),
    R.MAILERERROR: (
        # A program's exit as Go's os/exec words it, "exit status 2": chasquid's pipe aliases.
        re.compile(r"\bexit status \d{1,3}\b"),
        # The shell that runs a pipe alias could not find the program: dash's "/bin/sh: 1:
        # /usr/local/bin/x: not found" (Courier returns it as the reason), bash's "line 1: x:
        # command not found".
        re.compile(r"/bin/(?:ba|da)?sh: (?:line )?\d{1,6}: \S{1,200}: (?:command )?not found"),
    ),
    R.NETWORKERROR: (
        # Haraka outbound/hmail.js: "DNS lookup failure: example.org" (any DNS error but NXDOMAIN:
        # transient); not dma's "DNS lookup failure: host x not found" (a missing domain).
        re.compile(r"dns lookup failure: (?!host )"),
    ),
    R.MESGTOOBIG: (
        # A size limit stated as a number: "does not accept mail larger than 10MB", "messages
        # bigger than 25 MB are not accepted" (a size refusal, not a domain that takes no mail).
        # Sophos Central Email XGEMAIL_0012 "it exceeded the allowed size".
        re.compile(r"\bexceed(?:s|ed)? the (?:allowed|maximum|permitted) (?:message )?size\b"),
        re.compile(r"\b(?:larger|bigger) than \d+(?:[.,]\d+)? ?(?:[kmg]i?b|[kmg]bytes|(?:kilo|mega|giga)bytes|bytes)\b"),
    ),
    R.HOSTUNKNOWN: (
        # Exim routers/dnslookup.c: 'mail domain "x" is syntactically invalid' (no such domain can
        # exist: the address can never be delivered).
        re.compile(r'mail domain "[^"]{1,255}" is syntactically invalid'),
        # Postfix smtpd_check.c reject_non_fqdn_recipient: "504 5.5.2 <lead@partner9>: Recipient address rejected:
        # need fully-qualified address": a domain no Internet address can have (a bare <lead>: syntax, 5.5.2).
        re.compile(r"@[^\s<>@]{1,255}>: recipient address rejected: need fully-qualified address"),
        # "The domain does not exist" in the other languages (Seznam "Doména neexistuje", NAVER
        # "도메인을 찾을 수 없습니다", GMX "Domain existiert nicht"...), whatever the status.
        absent_things.OfNoThing(lexicon.DOMAIN_MISSING),  # (not a thing of the domain: langs45)
    ),
    R.SUSPEND: (
        # indimail qmail-smtpd.c: "<address> is inactive on this domain (#5.2.1)": the address
        # itself, not a noun, is what is disabled.
        re.compile(r"@[^ ]{1,200} (?:is|has been) (?:inactive|disabled|suspended|deactivated)\b"),
    ),
    R.BLOCKED: (
        # Yahoo [TSS09] "All messages from 192.0.2.9 will be permanently deferred", [TS01]
        # "Messages from 192.0.2.9 temporarily deferred due to user complaints"; SendGrid's example
        # "421 Message from (X.X.X.X) temporarily deferred" ('SMTP Errors and Troubleshooting').
        re.compile(r"messages? from [\[(]?\d{1,3}(?:\.\d{1,3}){3}[\])]? (?:\w+ ){0,3}(?:deferred|blocked|refused|rejected)"),
        # Trend Micro WFBS: "Your email messages have been blocked by Trend Micro Email Reputation
        # Service" (its reputation list of sending IPs, the RBL+ of the ERS refusals).
        re.compile(r"\bblocked by (?:[^ ]{1,40} ){0,4}reputation (?:service|database|list)"),
        mailbox_states.IP_BLOCKED,
    ),
    R.AUTHFAILURE: (
        # Sophos Central Email XGEMAIL_0001-0002: "Message didn't contain a valid DKIM signature.",
        # "Message failed an SPF check." (an authentication check named and failed).
        re.compile(r"\bfail(?:ed|s)? (?:an? |the )?(?:spf|dkim|dmarc) (?:check|test|verification|validation)\b"),
        re.compile(r"\b(?:no|contain an?|have an?|without an?) valid dkim signature\b"),
        # An SPF verdict refusing the sending host: Cisco AsyncOS's default "550 #5.7.1 SPF
        # unauthorized mail is prohibited.", Interia's "[SPF] 192.0.2.9 is not allowed to send mail
        # from example.com".
        re.compile(r"\bspf\b[^|]{0,80}?\b(?:not allowed|unauthori[sz]ed|not authori[sz]ed|not permitted)\b"),
        # RFC 7208 §6.2's example explanation, which domains publish with exp=: "%{i} is not one of
        # %{d}'s designated mail servers." (an SPF fail, in the sending domain's words).
        re.compile(r"\bnot one of \S{1,255} designated mail servers?\b"),
    ),
    R.SECURITYERROR: (
        # Sophos Central Email XGEMAIL_0006 "the TLS version used doesn't match the version configured".
        re.compile(r"\btls version\b"),
        # Zimbra LmtpReply TLS_REQUIRED "451 4.2.2 Server accepts messages only on TLS connection".
        re.compile(r"\bonly (?:on|over|via|with|through) (?:an? )?(?:tls|ssl|encrypted)\b"),
    ),
    R.REJECTED: (
        # Sophos Central Email XGEMAIL_0005 "Sender domain failed a DBL test." (the sender's domain on a
        # domain blocklist: the envelope sender refused, not our host).
        re.compile(r"\bsender(?:'s)? domain (?:failed an? (?:dbl|rbl|dnsbl|blocklist) |is (?:black|block)listed)"),
    ),
    R.NORELAYING: (
        # Sophos Central Email XGEMAIL_0010 "the recipient's domain isn't a Sophos Email protected
        # domain" (a gateway asked to take mail for a domain it does not serve).
        re.compile(r"\b(?:isn't|is not|not) an? (?:[^ ]{1,40} ){0,3}protected domain\b"),
    ),
    R.SPAMDETECTED: (
        # The word itself, but not as a label of a host's name ("host mx49-spam.example.co.jp said:
        # 553 5.1.1 unknown user" is no spam refusal; test_host_name_invariance.py).
        re.compile(r"(?<!\.)\bspam\b(?![\w-]{0,63}\.[a-z0-9])"),  # a label is at most 63 characters
    ),
    R.VIRUSDETECTED: (
        # A ClamAV signature name as clamav-milter's RejectMsg (%v) or Exim's $malware_name quotes
        # it, {platform}.{category}.{name} (docs.clamav.net, "Signature Names"): "Trojan" is one of
        # its malware categories (and CARO's, after which vendors name theirs). Only beside a
        # scanner's words: a host or domain may be named trojan-something (a connection timeout
        # to mx1.trojan-battery.example is no virus).
        re.compile(r"\btrojan\b.{0,200}\b(?:virus|malware|infected|scan)|"
                   r"\b(?:virus|malware|infected|scan)\w*\b.{0,200}\btrojan\b"),
    ),
    R.POLICYVIOLATION: (
        # Gmail gcdp: "This message violates example.com email policy".
        re.compile(r"\bviolates (?:[^ ]{1,80} ){0,3}policy\b"),
        # MIMEDefang's Debian default filter: action_bounce("MIME type message/partial not accepted
        # here"): a well-formed type the site refuses by rule.
        re.compile(r"\bmime type [^ ]{1,100} not accepted\b"),
    ),
}

# Words the reason rules (classifier/reasons.py) weigh beside a status.
# A local delivery agent's or mail router's own directory saying "no such user" (Sendmail's
# mail.local, vpopmail's vdeliver, Lotus Notes/Domino's Name & Address Book lookup, also in its
# Japanese edition): no filter speaks there, whatever the SMTP stage.
LOCAL_DELIVERY_UNKNOWN = ("mail.local: unknown user", "vdeliver: invalid or unknown virtual user",
                          "user not listed in public name & address book", "not listed in domino directory",
                          "ディレクトリのリストにありません",
                          # X.411's non-delivery diagnostic for an O/R name (an X.400 address)
                          # the destination's directory does not hold (RFC 2156 gateways
                          # write it as text: "Diagnostic: unrecognised-OR-name").
                          "unrecognised-or-name", "unrecognized-or-name",
                          # Exchange's own NDR sentence for its recipient resolver's 5.1.1 (RESOLVER.ADR.RecipNotFound;
                          # Microsoft Learn's NDR pages), kept when a relay drops the status with the DSN part (review
                          # 50), and the resolver's own token, also under a relay's vague 5.0.0 (session 33).
                          "the email address you entered couldn't be found",
                          "resolver.adr.recipnotfound", "resolver.adr.exrecipnotfound", "resolver.adr.recipientnotfound")
# A server's own local delivery module answering for its own accounts (CommuniGate Pro's
# "LOCAL module(account x) reports:"): a "no such user" there is its directory speaking.
LOCAL_AGENT = ("local module(",)
# The destination domain is there but runs no mail service.
NO_MAIL_SERVICE = ("couldn't find a mail exchanger or ip address", "null mx", "returned null mx",
                   "indicated no smtp service", "does not accept mail")
# Exim's words when no router takes an address: at RCPT, from the domain's own server (and the US spelling).
UNROUTEABLE = ("unrouteable address", "unroutable address")
# ...and quoted as a remote server's SMTP reply, that answer can only have come at RCPT (Exim's
# recipient verification), even where the notice names no stage (nullmailer's reports).
UNROUTEABLE_REPLY = re.compile(r"\b5\d\d[ -](?:5\.\d\.\d{1,3} )?unrout(?:e?)able address")
# A resolver's temporary failure (Postfix: "Host not found, try again", and dns_lookup.c's
# "Malformed or unexpected name server reply": an answer it could not use; Exim: "host lookup
# did not complete").
DNS_TRY_AGAIN = ("host not found, try again", "host lookup did not complete", "try again later",
                 "malformed or unexpected name server reply",
                 # Postfix smtpd_check.c permit_mx_backup/has_my_addr (450 4.4.4): "Unable to look up
                 # mail exchanger information: ..." / "... mail exchanger host x: ...".
                 "unable to look up mail exchanger", "unable to look up host")
# Refusals at RCPT that name no cause ("no such user" phrases only for want of another); RFC 5321 4.2.2's
# whole 550 text lists a missing mailbox as one example beside policy ("(e.g., mailbox not found, ...)").
GENERIC_REFUSALS = ("requested action not taken: mailbox unavailable", "mailbox unavailable",
                    "recipient rejected", "no valid recipients", "mailbox not found, no access",
                    "mailbox is unavailable", "recipient address rejected.")  # review 82
# RFC 5321 §4.2.2's text for 450, a mailbox unavailable for now.
RFC5321_450 = "requested mail action not taken: mailbox unavailable"
# A mailbox store's own fault (Exchange's store driver answers them with X.3.2, "system not accepting network
# messages"; "451 4.3.2 Recipient deferred because there is no Mdb"): its domain still takes mail.
STORE_FAULT = ("storedrv", "mailbox server", "mailbox database", "mdb propert", "there is no mdb")
# ...and an X.3.2 whose words say the service is down for now (postscreen's "450 4.3.2 Service
# currently unavailable" to a new client, postscreen_state.c; smtpd's "450 4.3.2 <a>: Recipient
# address rejected: Try again later"; RFC 5321's "421 Service not available, closing transmission channel"): no domain that takes no mail.
FOR_NOW = ("currently unavailable", "temporarily unavailable", "try again later", "closing transmission channel")
# "550/521 5.3.2 Service currently unavailable" is what postscreen answers a client on its block
# list (postfix src/postscreen/postscreen.c, postscreen_blacklist_action = enforce / drop), and
# what other daemons answer an address on their own IP block lists: the sending host is refused.
CLIENT_REFUSED_532 = "service currently unavailable"
PORTS_BUSY = "ports are busy"  # postscreen.c "421 4.3.2 All screening/server ports are busy": its concurrency limit
FROM_SOMEONE = ("accept mail from", "accept email from", "accept e-mail from", "accept messages from",
                "accepts no mail from", "receive email from", "receive mail from",
                # Exchange Online 5.7.510 "example.org does not accept email over IPv6": it does over IPv4.
                "over ipv6", "via ipv6",
                # A condition on the message ("does not accept mail with attachments", "... messages
                # containing executables"): the domain takes other mail.
                "accept mail with", "accept messages with", "accept email with", "accept e-mail with",
                "accept mail containing", "accept messages containing", "accept email containing")
BLOCKLIST = re.compile(r"\b(?:dnsbl|rbl|blocklist(?:ed)?|blacklist(?:ed)?|block list|blocked using|"
                       r"listed (?:in|at|on|by)|spamhaus|spamcop|abuseat|uceprotect|barracudacentral|sorbs)\b")
# Blocklists of the domains in a message's links (SURBL, URIBL, Spamhaus DBL) judge its
# content, not the sending host: spam, whatever their names say.
URI_LIST = ("surbl", "uribl", "dbl.spamhaus", "url listed", "uri listed", "urls listed", "contains a url",
            "contains a link", "blacklisted url", "contains a blocklisted url",
            # invaluement's ivmURI and Abusix's dblack zone list the domains in a message's body (review 49);
            # a body domain said to be listed, not any "domain in the message body" (the From header's; review 56).
            "ivmuri", "dblack.mail.abusix", "url in message body", "domain in the message body is listed",
            "domain in the message body is blacklisted")
# ...unless the reply says what the list was asked about: Postfix's $rbl_class (smtpd_check.c) names the
# client, the HELO name or the envelope sender looked up in a domain list, never the body (review 56).
LOOKED_UP = ("client host [", "helo command [", "sender address [")

# The refusal names the sending host's IP as what is refused ("mail sent from your IP address has been
# blocked") or as a spam source (3strikes: "<ip> is currrently sending large quantities of spam"): a block
# of the host, even when the reason given is spam (Gmail "... originating from your IP address").
IP_REFUSED = re.compile(r"\b(?:from|sent from|originating from) your ip\b|\b(?:your|this) ip(?: address)? (?:is|has been|was) "
                        r"(?:temporarily )?(?:blocked|blacklisted|blocklisted|listed|banned|rejected)|\d\]? is curr+ently sending\b|"
                        + soft_wordings.IP_NAMED_REFUSED)  # "... from IP address <ip>" (review 83)
# A quota the sender used up (submission or sending quota, iRedAPD's throttle, Exchange's exception name), not the mailbox.
SENDER_QUOTA = re.compile(r"\b(?:submission|sending|send|outbound(?: mail)?|daily message) quota\b|submissionquotaexceeded|\bsender's (?:\w+ )?quota\b|\bquota exceeded \((?:number of mails|accumulated message size|size of single mail)")

# A security refusal aimed at the sending client (its missing TLS or SMTP AUTH), not at the
# recipient: Gmail "421-4.7.0 TLS required for RCPT domain, closing connection" (Google "Gmail
# SMTP errors and codes"), Postfix smtpd.c "530 5.7.0 Must issue a STARTTLS command first",
# Exchange Online "530 5.7.57 Client not authenticated to send mail". A recipient's own rule
# (Exchange "RESOLVER.RST.AuthRequired; authentication required": a group that takes mail only
# from authenticated senders) names no client and stays the recipient's.
SENDING_CLIENT_SECURITY = ("tls required", "must issue a starttls command first", "client not authenticated",
                           # Postfix smtpd_sasl_glue.c, Exim's plaintext/ cram_md5 authenticators,
                           # Postfix reject_plaintext_session, Exim acl.c "verify = certificate".
                           "error: authentication failed", "incorrect authentication data",
                           "session encryption is required", "no verified certificate",
                           "smtp auth failed")  # IONOS: "535 ... SMTP AUTH failed with the remote server"
# RFC 4954's "530 5.7.0 Authentication required", however a server words it around that: Gmail's
# "530-5.7.0 Authentication Required. Learn more at", aiosmtpd's "530 5.7.0", Node's smtp-server
# "530 Error: authentication Required", a bare "530 Authentication required": our client was
# asked to log in (a submission server or smarthost without our credentials), whoever the recipient.
SENDING_CLIENT_AUTH = re.compile(r"\b530[ -](?:[245]\.\d{1,3}\.\d{1,3}[ ,:-]+)?(?:error:? )?authentication required")
_SENDING_CLIENT_WORDS = SENDING_CLIENT_SECURITY + soft_wordings.SENDING_CLIENT + mta_wordings.SENDING_CLIENT_LOGIN + go_smtp_wordings.SENDING_CLIENT


def names_sending_client(low: str) -> bool:
    """Does lowercase `low`, a security refusal, name our sending client (its TLS, its SMTP AUTH, its login)?"""
    return any(w in low for w in _SENDING_CLIENT_WORDS) or SENDING_CLIENT_AUTH.search(low) is not None
