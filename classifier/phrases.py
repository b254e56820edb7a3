"""Wording and status tables per reason: data only, read by `classifier.reasons`.

The tables hold wording real mail servers use (MTAs, big providers, several languages);
they are matched as lowercase substrings of the whitespace-collapsed diagnostic, plus a few
bounded regular expressions. Wording that says "the recipient does not exist" in other
languages lives in `classifier.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier import aiosmtpd_wordings, cause_words, exim_wordings, go_smtp_wordings, haraka_wordings, java_mail_wordings, lexicon_more, mailbox_states, mox_wordings, mta_wordings, older_servers, opensmtpd_wordings, portal_wordings, recipient_blocklists, route_words, rule_wordings, slimta_wordings, small_server_wordings, smtp_server_wordings, soft_wordings, state_words, store_and_callout_wordings, store_wordings, twisted_wordings, wordings
from classifier.guard import Guarded
from classifier.records import Reason, merged

R = Reason

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.USERUNKNOWN: (
        # Exchange/M365, Domino, CommuniGate, Dovecot, Barracuda, mail.ru, Yandex wordings (issue 13).
        "recipnotfound", "recipient not found by smtp address lookup", "unknown user account",
        "not listed in domino directory", "no such local user", "mailbox unknown", "account does not exist",
        "no such account", "user is unknown", "recipient is unknown", "unknown or invalid recipient",
        "not a known recipient", "no valid mailbox", "invalid user", "unknown-recipient", "nosuchuser",
        "user_unknown", "recipient no longer on server", "address not found", "no mailbox here",
        "mailbox name not allowed", "recipient address is invalid",
        "#5.1.1 bad address", "550 address invalid", "5.1.0 address rejected", "address does not exist",
        "address not present in directory", "address unknown", "can't accept user", "does not exist.",
        "destination addresses were unknown", "destination server rejected recipients",
        "email address does not exist", "email address could not be found", "invalid address",
        "invalid mailbox", "invalid recipient", "is not a known user", "is not a valid mailbox",
        "is not an active address at this host", "mailbox does not exist", "mailbox invalid",
        "mailbox is unavailable", "mailbox not present", "mailbox not found", "mailbox unavailable",
        "no account by that name", "no mail box available for this user",
        "no mailbox by that name is currently available", "no mailbox found", "no such address",
        "no such mailbox", "no such person", "no such recipient", "no such user", "not a valid recipient",
        "not a valid user", "not a local address", "not our customer", "recipient address rejected: invalid user",
        "recipient address rejected: unknown user", "recipient address rejected: user unknown",
        "recipient address rejected: userunknown", "recipient address rejected: invalid-recipient",
        "recipient does not exist", "recipient is not local", "recipient not exist", "recipient not found",
        "recipient unknown", "requested action not taken: mailbox unavailable", "recipientnotfound",
        "resolver.adr.recipientnotfound", "resolver.adr.recipient notfound", "sorry, user unknown",
        "sorry, badrcptto", "sorry, no mailbox here by that name", "your envelope recipient has been denied",
        "the email account that you tried to reach does not exist", "the user's email name is not found",
        "there is no one at this address",
        "this email address is wrong or no longer valid", "in my badrecipientto list",
        "not in my validrcptto list", "unknown mailbox", "unknown recipient", "unknown user", "user does not exist",
        "user missing home directory", "user not exist", "user not found", "user not known", "user unknown",
        "user doesn't exist", "address doesn't exist", "address couldn't be found", "couldn't be found",
        "unknown or illegal alias", "invalid or unknown virtual user", "the recipient's e-mail address was not found",
        "the email address you entered couldn't be found", "mailbox is inactive", "not a valid address",
        "bad destination mailbox address", "no valid recipients", "recipient rejected",
        "recipient address rejected: access denied", "recipient address rejected.",
        "addressee unknown", "unrouteable address: no such user",
        # Chinese mail systems (Coremail's bounce-hint pages, Hong Kong hosts' bounce guides).
        "unavailable mail user", "don't exists that user", "recipient does not have an account", "not user of this server",
        # Other languages: classifier.lexicon, which reads the same sentences in their shape.
    ),
    R.HOSTUNKNOWN: (
        "nonexistentdomain", "nonexistent domain", "non-existent domain", "nxdomain", "domain name not found",
        "domain could not be found", "domain name does not exist", "unroutable domain",
        "unrouteable domain", "domain does not exist",  # the first: T-Online's (telekom.de/hilfe, fehler-mailer-daemon)
        "domain is not reachable", "domain must exist", "host or domain name not found", "host unknown", "host unreachable",
        "mail domain mentioned in email address is unknown", "name or service not known", "no such domain",
        "recipient address rejected: unknown domain", "recipient domain must exist", "the account or domain may not exist",
        "unknown host", "unrouteable address", "domain not found", "dns error: domain name not found",
        "the domain you attempted to contact does not exist", "unknown domain",
        # Exim (routers/dnslookup.c, transports/smtp.c): MX hosts that do not exist.
        "all relevant mx records point to non-existent hosts", "all host address lookups failed permanently",
        "domaine inconnu", "domäne existiert nicht", "dominio inexistente", "host sconosciuto",  # it: Outlook.com
        # Gmail 553 5.1.2 (support.google.com/a/answer/3726730).
        "able to find the recipient domain",
    ),
    R.HASMOVED: (),  # "has moved" (a mailbox moving to a new server is none), "no longer at this address": mta_wordings
    R.NOTACCEPT: (
        "couldn't find a mail exchanger or ip address", "indicated no smtp service", "returned null mx",
        "doesn't receive email according to", "does not receive email according to",
        "host/domain does not accept mail", "host does not accept mail", "name server: .: host not found",
        "no mx record found for domain=",
        "does not accept mail", "does not accept email", "null mx", "domain does not receive email",
        "accepts no mail", "doesn't receive email", "does not receive email",
    ),
    R.MAILBOXFULL: (
        "over its storage limit", "over storage quota", "storage quota", "exceeded its storage", "quota full",
        "has reached its quota", "reached its storage limit", "mailbox size exceeded", "exceeds its quota",
        "has exceeded its quota", "mailbox limit exceeded", "would exceed quota", "mailbox has reached",
        "quota überschritten", "speicherkapazität", "boîte aux lettres pleine", "boite aux lettres pleine",
        "quota dépassé", "quota depasse", "buzón está lleno", "cuota excedida", "cuota superada", "spazio disponibile superato",
        "casella di posta piena", "quota superata", "spazio esaurito", "caixa postal cheia", "caixa de correio cheia",
        "cota excedida", "quota excedida", "postvak vol", "mailbox vol", "mailbox is vol", "quotum overschreden",
        "skrzynka pełna", "skrzynka jest pełna", "skrzynka odbiorcza jest pełna", "brevlådan är full",
        "postlådan är full", "ящик переполнен", "переполнен", "превышена квота", "квота превышена",
        "容量超過", "容量を超え", "邮箱空间不足", "信箱已滿", "信箱已满", "邮箱容量已满",
        "account disabled temporarly for exceeding receiving limits", "account is exceeding their quota",
        "account is over quota", "account is temporarily over quota", "boite du destinataire pleine",
        "delivery failed: over quota", "disc quota exceeded", "disk quota exceeded", "does not have enough space",
        "exceeded storage allocation", "exceeding its mailbox quota", "full mailbox", "is over disk quota",
        "is over quota", "mail file size exceeds the maximum size allowed for mail delivery",
        "mail quota exceeded", "mailbox exceeded the local limit", "mailbox full", "mailbox has exceeded",
        "mailbox is full", "mailbox over quota", "mailbox quota usage exceeded", "mailbox size limit exceeded",
        "maildir over quota", "userdisk quota", "domaindisk quota", "mailfolder is full",
        "not enough storage space", "over the allowed quota", "quota exceeded", "quota violation for",
        "recipient reached disk quota", "would exceed maximum allowed storage", "the user's space has been used up",
        "is over quota", "user has exceeded quota", "user has too many messages on the server",
        "user is over", "user over quota", "over quota", "inbox is full", "out of storage space",
        "the email account that you tried to reach is over quota", "mailbox is over its quota",
        # Dovecot lib-storage (mail-error.h) errors of its "no quota" class, which its LDA and
        # LMTP give as the rejection reason.
        "not enough disk space", "not enough disk quota",
        # Postfix local(8)/virtual(8) past mailbox_size_limit: "cannot update mailbox ... for
        # user ... error writing message: File too large".
        "error writing message: file too large",
        # Ipswitch IMail (SMTP32): "User mailbox exceeds allowed size: a@b".
        "mailbox exceeds allowed size", "postfach voll", "postfach ist voll", "speicherplatz", "buzón lleno",
        "buzon lleno", "boîte pleine", "boite pleine", "casella piena", "caixa cheia",
        "容量オーバー", "メールボックスが一杯", "メールボックスがいっぱい", "邮箱已满",
    ),
    R.SUSPEND: (
        "account has expired", "account expired", "mailbox expired", "expired account", "account is inactive",
        "inactive mailbox", "mailbox inactive", "account deactivated", "account has been deactivated",
        "mailbox has been deactivated", "mailbox is locked", "mailbox locked", "mailbox is suspended",
        "suspended account", "user is inactive", "inactive user", "account is not active", "account not active",
        "mailbox not active", "account is blocked", "mailbox is blocked", "account has been locked",
        "konto deaktiviert", "postfach deaktiviert", "postfach gesperrt", "postfach ist gesperrt",
        "compte désactivé", "compte desactive", "compte suspendu", "compte bloqué", "boîte désactivée",
        "cuenta desactivada", "cuenta deshabilitada", "cuenta bloqueada", "account disattivato", "casella disattivata",
        "casella sospesa", "account sospeso", "conta desativada", "conta suspensa", "conta bloqueada",
        "account gedeactiveerd", "account geblokkeerd", "mailbox gedeactiveerd", "konto zablokowane",
        "konto wyłączone", "konto nieaktywne", "konto zawieszone", "kontot är inaktiverat", "kontot är avstängt",
        "учетная запись отключена", "ящик заблокирован", "ящик отключен", "аккаунт заблокирован",
        "учетная запись заблокирована", "アカウントが停止", "利用停止", "账号已停用", "账户已冻结", "已被冻结",
        "邮箱已停用", "帐号被冻结", "帳號已停用",
        " is currently suspended", " temporary locked", "boite du destinataire archivee",
        "email account that you tried to reach is disabled", "email account that you tried to reach is inactive",
        "invalid/inactive user", "is a deactivated mailbox", "mailbox currently suspended", "mailbox is frozen",
        "mailbox unavailable or access denied", "recipient rejected: temporarily inactive",
        "recipient suspend the service", "this account has been disabled or discontinued", "this mailbox is disabled",
        "user suspended", "account is locked", "account locked", "account has been disabled", "account is disabled",
        "account disabled", "account has been suspended", "account is suspended", "account inactive",
        "mailbox disabled", "mailbox is disabled", "mailbox has been disabled", "inactive account",
        "user account is unavailable", "the account has been blocked", "konto gesperrt", "cuenta suspendida",
        # Closed, expired, no longer active, stopped for inactivity (issue 13, review states63: read filtered before).
        "account has been closed", "account is closed", "account closed", "mailbox is closed", "mailbox closed",
        "mailbox has expired", "mailbox is expired", "account is expired", "no longer active",
        "user has been suspended", "account has been terminated", "blocked for inactivity", "locked for inactivity",
        "due to inactivity", "disabled for inactivity", "suspended for inactivity", "has been deactivated",
        "mailbox is no longer in use", "user disabled", "user is disabled", "user is forbidden", "user is forbided",
        # mail.ru: "Local mailbox x is unavailable: user is terminated" (help.mail.ru error list).
        "user is terminated", "account is terminated",
    ),
    R.EXCEEDLIMIT: ("message too large", "exceeds the recipient's limit", "too many recipients for this message"),
    R.MESGTOOBIG: (
        "size exceeds", "exceeds size limit", "message exceeds maximum fixed size", "message is larger than",
        "maximum message size", "message size limit", "exceeds maximum allowed size", "exceeded the size limit",
        "message length exceeds", "message is bigger than", "message trop volumineux", "taille du message",
        "nachricht zu groß", "nachricht ist zu groß", "mensaje demasiado grande", "messaggio troppo grande",
        "mensagem muito grande", "bericht te groot", "wiadomość jest za duża", "сообщение слишком большое",
        "размер сообщения превышает", "邮件过大", "邮件大小超过", "line limit exceeded",
        "exceeded maximum inbound message size", "max message size exceeded", "message file too big",
        "message length exceeds administrative limit", "message size exceeds", "message too big",
        "message is too big", "message is too large", "size limit", "message exceeds the maximum size",
        "is larger than the current system limit", "mail size too large", "message size too large",
        "the message was too big", "message exceeded the maximum size",
    ),
    R.FILTERED: (
        "because the recipient is only accepting mail from specific email addresses", "bounced address",
        "due to extended inactivity new mail is not currently being accepted for this mailbox",
        "has restricted sms e-mail", "is not accepting any mail", "refused due to recipient preferences",
        "resolver.rst.notauthorized", "this account is protected by", "user reject",
        "refuse to receive mail", "you have been blocked by the recipient", "recipient has blocked",
        "rejected by recipient", "blocked by the recipient", "sender is on the recipient's block list",
        "the recipient does not accept mail from", "message filtered",
        "message rejected due to user rules", "user refuses to receive this mail", "access denied, rejected by recipient",
    ),
    R.REJECTED: (
        "<> invalid sender", "access denied (in reply to mail from command)", "administrative prohibition",
        "batv failed to verify", "batv validation failure", "backscatter protection detected",
        "bogus mail from", "connections not accepted from servers without a valid sender domain",
        "denied [bouncedeny]", "delivery not authorized, message refused", "domain of sender address ",
        "emetteur invalide", "empty envelope senders not allowed", "error: no third-party dsns",
        "from: domain is invalid", "fully qualified email address required", "invalid domain, see <url:",
        "is not a registered gateway user", "mail from not owned by user",
        "message rejected: email address is not verified", "null sender is not allowed",
        "returned mail not accepted here", "rule imposed mailbox access for", "sender email address rejected",
        "sender is spammer", "sender not pre-approved", "sender rejected", "sender domain is empty",
        "sender verify failed", "syntax error: empty email address", "rejected by batv defense",
        "unsigned dsn for", "unroutable sender address", "address that has been blacklisted",
        "sender address rejected", "sender denied", "sender address is not allowed",
        "your envelope sender has been denied", "sender domain must exist", "sender blocked",
        "envelope sender", "mail from address rejected", "invalid sender", "sender unknown",
        "sender verification failed", "sender address invalid",
    ),
    R.BLOCKED: (
        "spamhaus", "spamcop", "abuseat.org", "uceprotect", "barracudacentral", "sorbs.net", "blocked by dnsbl",
        "on our block list", "on our blocklist", "listed on", "is listed",
        "cannot resolve your address", "client host rejected",
        # Not "connection refused by" / "connection dropped": Sendmail's refused connect() and
        # Exchange's "421 4.4.2 Connection dropped" are outages (real notices: fixtures/real/).
        "confirm this mail server", "connection reset by peer",
        "connection was dropped by remote host", "domain does not exist:", "go away", "hosts with dynamic ip",
        "is blocked by earthlink", "is not allowed to send mail from", "no access from mail server",
        "not currently accepting mail from your ip", "please use the smtp server of your isp",
        "rejecting open proxy", "your remotehost looks suspiciously like spammer",
        "is blacklisted", "is blocklisted", "your network is temporary blacklisted",
        "your server requires confirmation", "we do not accept mail from dynamic ips",
        "www.spamcop.net/bl.", "blocked using", "dnsbl", "blacklist", "blocklist", "block list",
        "your ip address is", "from your ip", "ip address is listed", "ip address has been", "ip is listed",
        "ip is blocked", "banned sending ip", "invalid ip for sending mail", "not accepting connections from",
        "service unavailable; client host", "has been blocked", "not allowed to connect",
        "messages from .+ temporarily deferred due to user complaints", "temporarily deferred due to user complaints",
        "host rejected", "ip blocked", "sending ip is", "my name was rejected", "refused to talk to me",
        # Sendmail's greeting when its access map or rate control refuses the connecting host.
        "esmtp not accepting connections",
        # Exchange Online 5.7.511, 5.7.750, 5.7.708: the sending host or tenant refused.
        "banned sender", "client blocked from sending", "traffic not accepted from this ip",
    ),
    R.BADREPUTATION: (
        "a poor email reputation score", "temporarily rate limited due to ip reputation",
        "ip/domain reputation problems", "likely suspicious due to the very low reputation",
        "deferred due to unexpected volume or user complaints",
        "poor reputation", "low reputation", "bad reputation", "reputation of the sending",
    ),
    R.REQUIREPTR: (
        "all mail servers must have a ptr record", "ip name lookup failed", "bad dns ptr resource record", "cannot find your hostname",
        "fix reverse dns for ", "ips with missing ptr records", "no ptr record found", "custom reverse dns name",
        "ptr record setup", "reverse dns failed", "reverse dns required", "sender ip reverse lookup rejected",
        "does not have a ptr record", "forward dns entry does not point to the sending ip",
        "with no reverse dns", "unresolvable relay host name", "generic dns ptr-records", "mismatches client ip",
        "invalid rdns", "reverse dns lookup", "no reverse dns", "reverse dns entry", "missing ptr",
        "rdns record", "ptr record", "reverse lookup",
    ),
    R.AUTHFAILURE: (
        "//spf.pobox.com", "bad spf records for", "dmarc policy", "please inspect your spf settings",
        "sender policy framework (spf) fail", "spf (sender policy framework) domain authentication fail",
        "spf check: fail", "per it's spf record", "spf validation", "spf fail", "spf check failed",
        "failed spf", "dkim check failed", "dkim verification failed", "dkim fail", "dmarc", "sender's spf policy",
        "does not have authentication information", "fails to pass authentication", "unauthenticated email", "sender authentication",
        "authentication check", "5.7.26", "spf: fail", "does not pass spf", "spf-fail", "spf=fail", "per its spf record",
        # Sender ID's "purported responsible address": lexicon_more.PATTERNS (a verdict only beside a failure)
    ),
    R.NOTCOMPLIANTRFC: (
        "this message is not rfc 5322 compliant", "rfcmessagenoncompliant", "not rfc 5322 compliant",
        "multiple from headers", "multiple 'from' headers", "multiple addresses in from",
    ),
    R.POLICYVIOLATION: (
        "an illegal attachment on your message", "because the recipient is not accepting mail with ",
        "by non-member to a members-only list", "closed mailing list", "denied by policy",
        "email not accepted for policy reasons", "email rejected due to security policies",
        "header are not accepted", "header error", "local policy violation",
        "message bounced due to organizational settings", "message given low priority",
        "not accepted for policy reasons", "rejected due to local policy", "messages with multiple addresses",
        "rejected for policy reasons", "protocol violation", "is not subscribed to this group",
        "rejected by organization policy", "its content presents a potential",
        "we do not accept messages containing images or other attachments", "allowable number of posts",
        "you're using a mass mailer", "policy violation", "violates policy", "blocked by policy",
        "rejected by policy", "prohibited by policy", "against policy", "policy reasons", "policy rejection",
        "organization's policy", "transport rule", "delivery restriction", "refused by policy",
    ),
    R.SPAMDETECTED: (
        " - spam", "help_spam_16.htm", "554 5.7.0 reject, id=", "appears to be unsolicited",
        "blacklisted url in message", "block for spam", "no spam please", "blocked by spamassassin",
        "att.net/blocks", "bulk email", "detected as spam", "considered unsolicited bulk e-mail",
        "content filter rejection", "identified this email as a bulk email", "denied due to spam list",
        "high probability of spam", "is classified as spam", "listed in work.drbl.imedia.ru",
        "mail content denied", "may consider spam", "considered as spam", "contains spam",
        "message content rejected", "looks like spam", "seems to be a spam",
        "spamprofiler", "message rejected as spam", "rejected because of unacceptable content",
        "suspected spam", "possible spam", "email server thinks this email is spam", "probable spam",
        "reject bulk.advertising", "spamassassin score", "rejecting banned content", "rejecting mail content",
        "spam-like characteristics", "due to spam filter", "spam blocked", "spam check", "spam content",
        "spam detected", "spam email", "spam message", "spam not accepted", "spam refused", "spam rejection",
        "spam score", "spambouncer", "spamming not allowed", "too much spam", "rejected by spam filter",
        "rejected due to classification as bulk mail", "looked like spam", "appears to be spam",
        "identified as spam", "scored as spam", "classified as spam", "recurrent pattern detection",
        "spam message not queued", "dont accept spam", "don't accept spam", "similar to spam",
        "uribl policy", "spam-like", "considered spam", "probably spam", "your message as spam",
        "temporarily blocked by our filter", "triggered a spam block", "spam contents",
        "failed several antispam checks", "unsolicited", "junk mail", "junk e-mail",
        "message is suspicious", "suspicious due to", "rejected as suspicious",
    ),
    R.VIRUSDETECTED: (
        "potentially executable attachment", "prohibited virus", "used by recent viruses",
        "virus detected", "malicious_url detected", "infected with a virus", "contains a virus",
        "virus found", "malware", "infected attachment", "infected by virus", "infected by a virus",
    ),
    R.CONTENTERROR: (
        "header size exceeds maximum permitted", "improper use of 8-bit data in message header", "duplicate header",
        "message header size, or recipient list, exceeds policy limit", "mime complexity exceeds",
        "too many received: headers", "invalid mime headers", "improperly-formatted binary content",
        "unnecessary base64 encoding", "illegal characters in header", "malformed message",
    ),
    R.SECURITYERROR: (
        "account not subscribed to ses", "authentication credentials invalid", "authentication failure",
        "authentication required", "authentication turned on in your email client", "incorrect authentication data",
        "executable files are not allowed in compressed files", "insecure mail relay",
        "recipient address rejected: access denied", "you don't authenticate",
        "tls required but not supported", "unauthenticated senders not allowed", "verification failure",
        "authentication is required", "authentication failed", "authentification requise",
        "is a dead domain", "is not authorized to perform ses:sendrawemail", "must issue a starttls", "smtp authentication",
        "tls is required", "requires tls", "encryption required", "must use tls", "no verified certificate",
    ),
    R.NORELAYING: (
        "relaying is prohibited", "relay not authorized", "relaying not permitted", "not authorized to relay",
        "relay rejected", "cannot relay", "can't relay", "relaying disallowed", "denied relay", "relay access is denied",
        "this system is not configured to relay", "relaying to", "relay to <", "relais refusé", "relais non autorisé",
        "relaying verweigert", "relay nicht erlaubt", "retransmisión denegada", "retransmissão negada",
        "insecure mail relay", "requires authentication when attempting to send to a non-local",
        "not allowed to relay", "relay access denied", "relay denied", "relay not permitted",
        "relaying denied", "relaying not allowed", "relaying mail to", "isn't in my list of allowed rcpthost", "rcpthosts autorizados",
        "unable to relay", "relay not allowed", "we do not relay", "not permitted to relay",
        # hMailServer SMTPConnection.cpp, when the IP range allows no relaying.
        "delivery is not allowed to this address",
        "relay prohibited", "relaying prohibited", "no relaying", "relay attempt",
    ),
    R.SYNTAXERROR: (
        "syntax error", "command unrecognized", "command not recognized", "bad sequence of commands",
        "unrecognized command", "line too long", "malformed address:", "smtp protocol error",
    ),
    R.SYSTEMERROR: (
        "aliasing/forwarding loop broken", "can't create user output file", "could not load drd for domain",
        "internal error reading data", "internal server error", "interrupted system call", "too much load",
        "encountered an error while being processed", "would create a mail loop", "local configuration error",
        "local error in processing", "loop was found in the mail exchanger", "loops back to myself",
        "mail system configuration error", "queue file write error", "there is no mdb", "temporary lookup failure",
        "remote server is misconfigured", "server configuration error", "service currently unavailable",
        "system config error", "temporary local problem", "timeout waiting for input", "transaction failed ",
        "internal error", "system error", "server error", "unable to contact ldap server", "internal protocol error",
    ),
    # RFC 5321's 452 text "insufficient system storage" is the server's disk (4.3.1), not a quota;
    # "no space left to finish writing" is procmail's ENOSPC (src/mailfold.c, procmail(1)).
    R.SYSTEMFULL: ("mail system full", "exceeded storage allocation", "insufficient disk space", "disk full", "spool full",
                   "insufficient system storage", "no space left to finish writing", "no space left on device", "space shortage"),
    R.MAILERERROR: (
        "procmail:", "bin/procmail", "bin/maildrop", "command failed:", "command died with status",
        "command output:", "mailer error", "pipe to |/", "delivery program", "local delivery failed",
    ),
    R.NETWORKERROR: (
        "could not connect and send the mail to", "dns records for the destination computer could not be found",
        "hop count exceeded", "host is unreachable", "host not found, try again", "mail forwarding loop for ",
        "malformed name server reply", "malformed or unexpected name server reply", "malformed dns server reply",
        "maximum forwarding loop count exceeded", "message looping", "routing loop", "no route to host",
        "too many hops", "unable to resolve route ", "unrouteable mail domain", "network error", "tried all mxs",
        "dns lookup failed", "dns failure", "temporary dns", "dns error", "mail loop",
        "wasn't able to establish an smtp connection", "unable to establish an smtp connection",
        # Sendmail's resolver failures (TRY_AGAIN): "Name server: host.: host name lookup failure".
        "host name lookup failure", "name server timeout", "lost input connection",
    ),
    R.TOOMANYCONN: (
        "all available ips are at maximum connection limit", "connection rate limit exceeded",
        "exceeds per-domain connection limit", "has exceeded the max emails per hour ",
        "daily message quota exceeded", "maximum sending rate exceeded", "too many connections",
        "too many concurrent smtp connections", "too many errors from your ip", "too many recipients",
        "too many smtp sessions", "trop de connexions", "we have already made numerous attempts",
        "too many simultaneous connections", "connection limit", "too many open connections",
    ),
    R.SPEEDING: (
        "please try again slower", "receiving mail at a rate that prevents additional messages",
        "à un rythme qui empêche", "a uma taxa que impede",  # Gmail's 4.2.1, its fr and pt help's words
        "rate limit", "rate-limit", "ratelimit", "sending rate", "too many messages", "too fast", "too much mail from",
        "throttled", "throttling", "sending limit", "limit for sending", "sending quota",
        "daily user sending limit exceeded", "daily sending quota",
        # Exchange Online NDRs (Microsoft Learn, "NDRs in Exchange Online"): 5.1.90, the sender's
        # own daily recipient limit; 5.2.121/5.2.122, the recipient's hourly receive limit.
        "daily limit for message recipients", "message receive limit", "messages they can receive per hour",
    ),
    R.EXPIRED: (
        "connection timed out", "could not find a gateway for", "delivery time expired", "giving up on",
        "it has not been collected after", "message expired after sitting in queue",
        "message timed out", "retry time not reached for any host after a long failure period",
        "server did not respond", "in the queue too long", "within the allowed queue period",
        "retry timeout exceeded", "delivery expired", "message expired", "could not be delivered within",
        "did not accept our requests to connect", "giving up", "has been in the queue",
        "maximum time in queue", "message delayed too long", "queue time expired", "envelope expired",
        "have been failing for a long time", "message will be retried for",
        # Sendmail's queue timeout (queue.c: "Cannot send message for %s").
        "cannot send message for",
    ),
}
PHRASES = merged(PHRASES, *(m.PHRASES for m in (wordings, mta_wordings, lexicon_more, soft_wordings, rule_wordings, store_wordings, older_servers, portal_wordings, haraka_wordings, twisted_wordings, smtp_server_wordings, slimta_wordings, store_and_callout_wordings, go_smtp_wordings, opensmtpd_wordings, aiosmtpd_wordings, mox_wordings, java_mail_wordings, exim_wordings, small_server_wordings)))

# Bounded regular expressions for wording with variable parts.
PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    R.USERUNKNOWN: (
        re.compile(r"(?:user|mailbox|recipient|account|address) [^ ]{1,120} (?:does not exist|not found|unknown)"),
        re.compile(r"<[^ >]{1,200}>[.:]* (?:not found|no such user|user unknown|unknown user)"),
        re.compile(r"no [^ ]{1,120} in name directory"),
        re.compile(r"unknown e-?mail address"),
        re.compile(r"unknown local-?part"),
        re.compile(r"this user doesn't have an? [^ ]{1,80} account"),
    ),
    # Other languages' "mailbox full", "account disabled", "relaying denied", "message too big".
    R.MAILBOXFULL: (mailbox_states.MAILBOX_FULL,
                    re.compile(r"(?:account|mailbox|mail box|inbox) [^ ]{1,200} is (?:full|over quota)"),
                    re.compile(r"\bexceeds? (?:its |the |their |his |her )?(?:storage |disk |mailbox )?quota"),),
    R.SUSPEND: (mailbox_states.ACCOUNT_DISABLED, mailbox_states.EITHER_STATE,  # review 79
                re.compile(r"(?:mailbox|account|user) [^ ]{1,200} (?:is|has been) "
                           r"(?:disabled|suspended|deactivated|inactive)"),),
    R.NORELAYING: (mailbox_states.RELAY_REFUSED,),
    R.MESGTOOBIG: (mailbox_states.MESSAGE_TOO_BIG,),
    R.REQUIREPTR: (re.compile(r"domain [^ ]{1,200} mismatches client ip"),),
    R.BLOCKED: (
        # Never a block only supposed ("If your IP <ip> is blocked, see ...": review 128, a false soft under 5.1.1).
        re.compile(soft_wordings.NOT_SUPPOSED + r"\bip [0-9.]{7,15} is blocked"),
        re.compile(r"\brbl\b"),
        re.compile(r"(?<!not )(?<!n't )\blisted (?:in|at|on|by) "),
    ),
    R.HOSTUNKNOWN: (
        re.compile(r"(?:^|[ :])(?!\d{1,3}(?:\.\d{1,3}){3} )[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6} does not exist"),  # no IP (r. 82)
        # DragonFly Mail Agent (dma): "DNS lookup failure: host example.org not found".
        re.compile(r"dns lookup failure: host [^ ]{1,255} not found"),
    ),
}
PATTERNS = merged(PATTERNS, *(m.PATTERNS for m in (wordings, mta_wordings, lexicon_more, soft_wordings, rule_wordings, store_wordings, aiosmtpd_wordings, mox_wordings, cause_words, recipient_blocklists, state_words, route_words, small_server_wordings)))

# Reasons an RFC 3463 status implies on its own (taxonomy §2, §6), by the full code: the class
# matters (4.2.1 is a disabled mailbox for now, 5.2.1 usually a filter; 4.7.1 is a block, 5.7.1
# says only "refused by policy"). Codes not listed (x.0.0, 4.3.0, 4.7.0, 5.5.0...) imply nothing.
BY_STATUS: Mapping[str, Reason] = {
    # No 4.1.6: a temporary X.1.6 (registry: "only useful for permanent failures") is never the always-hard hasmoved.
    "4.1.4": R.FILTERED, "4.1.7": R.REJECTED, "4.1.8": R.REJECTED, "4.1.9": R.SYSTEMERROR, "4.1.10": R.NOTACCEPT,
    "4.2.1": R.SUSPEND, "4.2.2": R.MAILBOXFULL, "4.2.3": R.EXCEEDLIMIT, "4.2.4": R.FILTERED,
    "4.3.1": R.SYSTEMFULL, "4.3.2": R.NOTACCEPT, "4.3.3": R.SYSTEMERROR, "4.3.4": R.MESGTOOBIG,
    "4.3.5": R.SYSTEMERROR, "4.4.1": R.EXPIRED, "4.4.2": R.NETWORKERROR, "4.4.3": R.SYSTEMERROR,
    "4.4.4": R.NETWORKERROR, "4.4.5": R.SYSTEMFULL, "4.4.6": R.NETWORKERROR, "4.4.7": R.EXPIRED, "4.4.8": R.NETWORKERROR,
    # IANA: X.5.1/2/4 a command, its syntax or arguments not understood, X.5.6 an AUTH line too long (RFC 4954).
    **{f"4.5.{n}": R.SYNTAXERROR for n in (1, 2, 4, 6)}, "4.5.3": R.TOOMANYCONN, "4.5.5": R.SYSTEMERROR,
    "4.6.0": R.CONTENTERROR, "4.6.2": R.CONTENTERROR, "4.6.5": R.CONTENTERROR,
    "4.7.1": R.BLOCKED, "4.7.2": R.BLOCKED, "4.7.5": R.SECURITYERROR, "4.7.6": R.SECURITYERROR,
    "4.7.7": R.SECURITYERROR, "4.7.12": R.SECURITYERROR, "4.7.15": R.SECURITYERROR,
    # A permanent detail means the same temporarily (RFC 7372's; RFC 7505's X.7.27, the sender's null MX; review 37).
    "4.7.16": R.MESGTOOBIG, "4.7.24": R.AUTHFAILURE, "4.7.25": R.BLOCKED, "4.7.26": R.AUTHFAILURE,
    **{f"4.7.{n}": R.AUTHFAILURE for n in (20, 21, 22, 23)}, "4.7.27": R.REJECTED,  # not 4.7.29: Gmail's TLS
    "4.7.28": R.SPAMDETECTED, "4.7.650": R.BADREPUTATION,
    "5.1.0": R.USERUNKNOWN, "5.1.1": R.USERUNKNOWN, "5.1.2": R.HOSTUNKNOWN, "5.1.3": R.USERUNKNOWN,
    "5.1.4": R.FILTERED, "5.1.6": R.HASMOVED, "5.1.7": R.REJECTED, "5.1.8": R.REJECTED,
    "5.1.9": R.SYSTEMERROR, "5.1.10": R.NOTACCEPT, "5.2.0": R.FILTERED, "5.2.1": R.FILTERED,
    "5.2.2": R.MAILBOXFULL, "5.2.3": R.EXCEEDLIMIT, "5.2.4": R.FILTERED,
    "5.3.0": R.SYSTEMERROR, "5.3.1": R.SYSTEMFULL, "5.3.2": R.NOTACCEPT, "5.3.3": R.SYSTEMERROR, "5.3.4": R.MESGTOOBIG,
    "5.3.5": R.SYSTEMERROR, "5.4.0": R.NETWORKERROR, "5.4.3": R.SYSTEMERROR, "5.4.4": R.HOSTUNKNOWN, "5.4.7": R.EXPIRED,
    "5.5.1": R.SYNTAXERROR, "5.5.2": R.SYNTAXERROR, "5.5.3": R.TOOMANYCONN, "5.5.4": R.SYNTAXERROR,
    "5.5.5": R.SYSTEMERROR, "5.5.6": R.SYNTAXERROR,
    **{f"5.6.{n}": R.CONTENTERROR for n in (0, 1, 2, 3, 5, 6, 7, 8, 9)},
    **{f"5.7.{n}": R.SECURITYERROR for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 14, 15, 19)},
    "5.7.13": R.SUSPEND, "5.7.16": R.MESGTOOBIG, "5.7.17": R.HASMOVED, "5.7.18": R.HASMOVED,
    "5.7.20": R.AUTHFAILURE, "5.7.21": R.AUTHFAILURE, "5.7.22": R.AUTHFAILURE, "5.7.23": R.AUTHFAILURE,
    "5.7.24": R.AUTHFAILURE, "5.7.25": R.REQUIREPTR, "5.7.26": R.AUTHFAILURE, "5.7.27": R.REJECTED,
    "5.7.28": R.SPAMDETECTED, "5.7.29": R.AUTHFAILURE,
}
