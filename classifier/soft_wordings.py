"""Soft refusals' wordings found by the twenty-fourth review (issue 13): the phrase tables of
Sisimai 4.25's soft-side reasons (libsisimai-perl, Sisimai/Reason/*.pm) read as an outside
opinion, each branch written out as a whole reply and put through the classifier
(tests/classifier/review_notices24.py quotes every one). Only what read wrongly is here; the
reason each gets is this project's taxonomy's reading of the words, not Sisimai's.

Data merged into `classifier.phrases` (PHRASES, PATTERNS), plus the word lists the rules read
beside a status: a refusal naming the sender (lexicon.sender_refused), a recipient's own choice
of senders said at RCPT (reasons: `filtered` at any stage), a refusal aimed at our sending
client's login (severity: the sender's fault), and the sending host named as the spam source.
Matched like the other tables: lowercase substrings of the whitespace-collapsed diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier import recipient_blocklists, sender_verification, store_and_callout_wordings
from classifier.records import Reason
from classifier.guard import Guarded

R = Reason

# The sending host named as the spam source ("Dynamic/zombied/spam IPs blocked", "You are
# sending spam", "x is currently sending spam see: ...", "Blocked for abuse"): a block of the host, like
# wordings.IP_REFUSED, whatever the word spam says.
HOST_AS_SPAM_SOURCE = ("spam ips blocked", "you are sending spam", "currently sending spam",
                       # AT&T's "blocked for abuse. see http://att.net/blocks" (remote/att.py reads it so
                       # from its own hosts; a phrase of spam in classifier.phrases from any other).
                       "blocked for abuse",
                       # SpamExperts' outgoing filter of the sender's own host (hosts' pages: "[CSR] Our system
                       # has detected an unusual amount of unsolicited email originating from your address",
                       # "[ITR] ... unusual activity from your account"): the sender's account held back.
                       "unsolicited email originating from your address", "unusual activity from your account",
                       # Zoho Mail's block of its own sending account ("550 5.4.6 Unusual sending activity detected",
                       # help.zoho.com; its Usage Policy: outgoing restricted after "unusual activity"): ours (triage 61).
                       "unusual sending activity",
                       # policyd-weight's $REJECTMSG: "Mail appeared to be SPAM or forged. Ask your Mail/DNS-
                       # Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs".
                       "correct helo and dns mx settings")

# The server found the user but cannot store for it (review 63): Dovecot LMTP's storage error on saving,
# "451 4.2.0 <x> Mailbox doesn't exist: INBOX" (lib-storage's "Mailbox doesn't exist: %s" of a folder: the
# user's store misconfigured or gone), and Zimbra's LMTP for an active account whose mailbox server is not
# this one and unknown ("450 4.2.0 Mailbox is not on this server", ZimbraLmtpBackend: "try again"). The
# account exists; never a missing mailbox, even given up under a relay's 5.0.0 (reasons, review 66);
# yet words of absence, so under a 5.1.x "no such user" status they agree with it (hard).
FOUND_USERS_STORE = ("mailbox doesn't exist: inbox", "mailbox is not on this server")

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.BLOCKED: (
        # The sending host or its IP named as what is refused (Sisimai::Reason::Blocked's
        # wordings: "Access from ip address x blocked", "Extreme bad IP profile", "Host network
        # not allowed" (Mimecast's own reads as its policy: remote/mimecast.py), "Server access
        # forbidden by your IP", "Server IP x listed as abusive", "Too many unwanted messages have
        # been sent from the following IP address above", "Bad sender IP address", "Sender IP
        # address rejected"; the DSBL list's address).
        "access from ip address", "extreme bad ip profile", "host network not allowed",
        "server access forbidden by your ip", "listed as abusive",
        "unwanted messages have been sent from the following ip", "bad sender ip address",
        "sender ip address rejected", "dsbl.org",
        # "Message rejected because the sending MTA or the sender has not passed validation";
        # "Your access to submit messages to this e-mail system has been rejected".
        "sending mta or the sender has not passed validation",
        "to submit messages to this e-mail system has been rejected",
        # "Error: no valid recipients from <IP>": the client's IP named as what takes no mail here
        # (beside it, "no valid recipients" is only the generic refusal: wordings.GENERIC_REFUSALS).
        "no valid recipients from",
    ) + HOST_AS_SPAM_SOURCE,
    R.NORELAYING: (
        # Sendmail's and older MTAs' relay refusals (Sisimai::Reason::NoRelaying): "x not local
        # host, not a gateway", "This is not an open relay, so get lost", "We don't handle mail
        # for x" (the MX does not take mail for that domain: not a missing mailbox).
        "not a gateway", "not an open relay", "not local host", "we don't handle mail for",
    ),
    R.SYSTEMERROR: (
        # RFC 5321's own text for 421, "Service not available, closing transmission channel": the
        # server shutting the session for now, whatever its status (wordings.FOR_NOW beside x.3.2).
        "closing transmission channel",
        # Cloudflare Email Routing's "Upstream error" (Sisimai 5 rhost/for-cloudflare.go): the
        # forwarding service's next hop failed, not the mailbox.
        "upstream error",
        # Dovecot's LMTP and LDA when its user database did not answer (lmtp-commands: "451 4.3.0
        # <x> Temporary user lookup failure"): the server's own directory trouble, not the mailbox.
        "temporary user lookup failure",
        # kopano-dagent's LMTP (spooler/DAgent.cpp): "503 5.1.1 Internal error during delivery", "450 4.5.0
        # <x> network or permissions error to storage server: 0x...": its own store trouble, whatever
        # the 5.1.1 says (review 64: a false hard).
        "internal error during delivery", "error to storage server",
        *FOUND_USERS_STORE,
        # Its "503 5.1.1 Failed to add user to recipients": the user WAS found, its own next step failed
        # (review 65: a false hard under 5.1.1).
        "failed to add user to recipients",
    ),
    R.POLICYVIOLATION: (
        # A list's refusal of a poster who is not a member ("You are not allowed to post to this
        # mailing list"): the list's policy, like "by non-member to a members-only list".
        "not allowed to post to this mailing list",
    ),
    R.SPAMDETECTED: (
        # "You're using a mass mailer" (Sisimai::Reason::SpamDetected): a verdict on the message.
        "using a mass mailer",
    ),
    R.SPEEDING: (
        # Amazon SES's own refusal of our account: "454 Throttling failure: Maximum sending rate
        # exceeded." / "Daily message quota exceeded." (its sending quota, not a mailbox's).
        "throttling failure",
        # Exim's ratelimit ACL example (its specification: "Sender rate overlimit - $sender_rate /
        # $sender_rate_period"); an ESP's per-second limit (Emailit: "452 4.4.5 Messages per second
        # limit exceeded"); Exchange Online's submission quota by its exception's name
        # ("STOREDRV.Submission.Exception:SubmissionQuotaExceededException").
        "rate overlimit", "messages per second limit", "submissionquotaexceeded",
        # postfwd's rate limits as sites word them ("Number messages per hour exceeded", "Number
        # recipients per hour exceeded"; a mail system's README of its postfwd rules).
        "per hour exceeded",
        # Modoboa's policy daemon (modoboa/policyd/core.py): "defer_if_permit Daily limit reached, retry
        # later", our authenticated account's or domain's daily message count used up (review 64).
        "daily limit reached, retry later",
    ),
    R.AUTHFAILURE: (
        # "Service permits 2 unverifyable sending IPs" (an SPF-style check of the sending IPs).
        "unverifyable sending ips",
        # Exim's SPF ACL example (its specification, "SPF"): "<ip> is not allowed to send mail from
        # <domain>. Please see http://www.open-spf.org/Why?scope=...": the domain's SPF record.
        "is not allowed to send mail from", "open-spf.org/why", "openspf.net/why",
        # Sisimai 5's AuthFailure table (the thirty-ninth review): "Sender Policy Framework
        # violation" at MAIL FROM; Outlook.com's 2025 bulk-sender refusal "550 5.7.515 Access
        # denied, sending domain x doesn't meet the required authentication level. The sender's
        # domain in the 5322.From address doesn't meet the authentication requirements ...".
        "sender policy framework violation", "doesn't meet the required authentication level",
        "doesn't meet the authentication requirements",
        # ... and the same refusal as Microsoft's announcement spells it ("550; 5.7.515 Access denied, sending
        # domain [SendingDomain] does not meet the required authentication level.", Defender for Office 365
        # blog, 2025-04-30): review bulk59, which also read it securityerror, the recipient's, in Gmail's DSN.
        "does not meet the required authentication level",
    ),
    R.SUSPEND: (
        # Sisimai 5's Suspend table (the thirty-ninth review): "Archived recipient" (4.25 read it as
        # userunknown; Orange's "Boite du destinataire archivee" is remote/orange.py's), "User or
        # domain is disabled": a mailbox closed or switched off, not one that does not exist.
        "archived recipient", "user or domain is disabled",
    ),
    R.SECURITYERROR: (
        # RFC 5248's X.7.10 (reply 523) "Encryption Needed": our client did not encrypt (Sisimai 5's
        # FailedSTARTTLS rule, a 5.2 name; securityerror in the taxonomy's 34).
        "encryption needed",
        # vSMTP's default Code554tls (config/default.rs): "554 Command refused due to lack of security", a
        # TLS requirement, at MAIL too (review 64: read as our sender refused).
        "refused due to lack of security",
    ),
}

# Our IP named as what is refused, "IP address <ip>" before or after the refusal ("Recipient refuses to accept
# your mail from IP address 192.0.2.7", "Mail from IP address 192.0.2.7 refused": Sisimai 5's Blocked "mail from
# <ip> refused" with the noun): a block of our host, blocked, the sender's (review 83). Only a dotted quad right
# after "from (the) IP (address)" and next to the refusal words: an address, "IP addresses outside its network"
# or the client's IP noted beside "User unknown" is no refusal of our host. wordings.IP_REFUSED reads the
# first shape too (our IP refused whatever else is said); the second, the mail named by the IP it came from,
# is only a block where no content verdict follows (comramo's "This email from IP <ip> has been rejected. The
# email message was detected as spam": spamdetected, review 36), so it is a blocked pattern alone.
IP_NAMED_REFUSED = (
    r"\b(?:refus\w{0,3}|reject\w{0,3}|block\w{0,3}|den(?:y|ies|ied)|(?:not|n't) accept)(?: to accept)?"
    r"(?: (?:your|the|all|any))?(?: (?:mail|messages?|e-?mails?|connections?))? from (?:the )?ip(?:[- ]address)? "
    r"\[?\d{1,3}(?:\.\d{1,3}){3}\b")
_MAIL_FROM_IP_REFUSED = (
    r"\b(?:mail|messages?|e-?mails?|connections?) from (?:the )?ip(?:[- ]address)? \[?\d{1,3}(?:\.\d{1,3}){3}\]?"
    r" (?:is |has been |was )?(?:refused|rejected|blocked|denied|not accepted)\b")
# ...and neither is a block where the same reply says the recipient does not exist: the client's IP is only
# noted beside the cause ("User unknown; message from IP address <ip> rejected", "Rejected mail from IP <ip>:
# recipient does not exist"; review 86).
# Not the missing users that are the block's cause ("too many user unknown errors", "sending to unknown users").
# Also the recipient's absence in other words ("Unknown recipient", "Invalid mailbox", "Address <a> not found";
# review 87: false softs), not an address that is no recipient's ("address not found in our allow list"), nor
# a count of them that is the block's cause ("invalid recipient count", "unknown recipient limit"; review 89).
# Review 128: one home for the recipient's absence in the words review 121 gave the IP-literal rule alone (Gmail's "The
# email account that you tried to reach does not exist", qmail's "no mailbox here by that name", "no such account")
# and in more servers' words (Yahoo's "This user doesn't have a yahoo.com account", Help SLN3444; Exchange's
# "RESOLVER.ADR.RecipNotFound" / "RecipientNotFound"; German, French and Spanish "user unknown"; "Address does not
# exist", "Unknown address"; Exim's "Unrouteable address" but in a sender verification, review 108): its other users
# ("sender IP <ip> blocked", "rejected mail from IP <ip>", "the sender is blocked") read a dead address as blocked
# beside them (false softs). Never OUR account or address ("your account does not exist", "sender address unknown"):
# "account" only after an article or the address (also "the mail account", "mailbox account"; Yahoo's shape without
# the domain, "user doesn't have an account", never the "sending user": review 131, read blocked beside "<ip> is
# blocked as well", false softs). Not an address family, an IP called an unknown address ("Unknown address: <ip>"),
# nor a check named after RecipientNotFound (review 131: the block beside them lost, false hards). Kept short: a
# Guarded pattern over 1,000 characters loses its required words for non-ASCII text (folded._LONGEST,
# test_prefilters): IP_NAMED_REFUSED's is at 998.
_ABSENT_OTHERWISE = (r"|(?:\b(?:the|an?)|>:?|(?<!your )\bmailbox) (?:\S*mail\S* )?account\b[^.;|]{0,40}? "
                     r"does ?n[o']t exist|no mailbox (?:here|by)|(?<!sending )user does ?n[o']t have an? "
                     r"(?:\S{1,80} )?account|(?:ex)?recip(?:ient)?notfound(?! check| rule)|"
                     r"(?:benutzer|empf\w{1,2}nger) unbekannt|utilisateur inconnu|usuario desconocido|(?<!sender )"
                     r"(?<!your |from )(?:address does ?n[o']t exist|unknown (?:e-?mail )?address\b(?! fam|:? \[?\d+\.))")
_UNROUTEABLE_NOT_OURS = r"(?!(?!.*?(?:sender verif|ation failed)).*?unroute?able address)"
_GUARD = (r"^(?!.*?(?<!many )(?<!to )\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient|account|address|person)|"
          r"(?:unknown|invalid) (?:recipient|mailbox)(?! (?:count|limit|rat|thresh))|"
          r"(?:(?:user|mailbox|recipient)(?= )|address(?= <?[^\s<>@]+@))"
          r"(?: <?[^\s<>@]{1,64}@[^\s<>]{1,255}?>?)?(?: is)? (?:does ?n[o']t exist|not found|unknown)\b" + _ABSENT_OTHERWISE + r"))"
          + _UNROUTEABLE_NOT_OURS)
NOT_BESIDE_NO_USER = _NOT_BESIDE_NO_USER = _GUARD + ".*?"

# An IPv4 literal (a CIDR block's too) or an IPv6 one ("IPv6:" as RFC 5321 4.1.3 writes it in an address literal),
# which holds "::" (also first: "::ffff:c000:219") or all eight groups (RFC 4291 2.2), a prefix ending "::/64" too
# (2.3): not a clock time ("12:30:45 blocked 0 hosts", review 121), a MAC address nor a session id ("ab:cd:ef
# blocked", review 128).
_IP_LITERAL = (r"(?:\d{1,3}(?:\.\d{1,3}){3}(?:/\d{1,2})?|(?:ipv6:)?(?:::[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5}|"
               r"(?=[0-9a-f:]*::|(?:[0-9a-f]{1,4}:){7}[0-9a-f])[0-9a-f]{1,4}:(?:[0-9a-f]{0,4}:){1,6}"
               r"(?:[0-9a-f]{1,4}|(?<=::)(?=/\d)))(?:/\d{1,3})?)")
# A block only supposed ("If <ip> is blocked", "If your IP <ip> is blocked", "In case ...", "whether ...", "unless
# ..."; reviews 121, 128): the supposition's word followed by the IP, at most after words naming it ("the address",
# "your IP", "ip="). Review 131: not any such word earlier in the clause ("unless you are a customer <ip> is blocked",
# "contact us if you need help - <ip> is blocked", a host "if-gw1": real blocks read as the missing user, false hards).
_NOT_SUPPOSED = (r"(?!.*?\b(?:if|whether|in case|unless) (?:(?:the|your|our|this|sender'?s?|sending|client|ip(?:v6)?"
                 r"|address|host|server|network)(?:[ =]|: ?))*[\[<]?(?:\d{1,3}\.\d|[0-9a-f]{0,4}::?[0-9a-f])).*?")
# ...the two together for rule_wordings' "sender/your IP <ip> blocked" (review 128: "If your IP <ip> is blocked, see
# ..." under 5.1.1 read blocked, a false soft).
# The two users whose patterns are past folded._LONGEST already (the IP literal's, rule_wordings' "sender IP <ip>
# blocked") also take "Adresse unbekannt", "destinataire inconnu", "destinatario desconocido" (review 131: read blocked
# beside the recipient's absence, false softs; the shared guard has no room left under 1,000 characters).
_NOR_ABSENT_ELSEWISE = r"(?!.*?(?<![\w-])(?:adresse|destinataire|destinatario) (?:unbekannt|inconnue?|desconocido)\b)"
NOT_BESIDE_NO_USER_NOR_SUPPOSED = _GUARD + _NOR_ABSENT_ELSEWISE + _NOT_SUPPOSED
NOT_SUPPOSED = "^" + _NOT_SUPPOSED  # ...and alone, for phrases' older "ip <ip> is blocked"

# Review 94: "550 5.1.1 The sender is blocked" (a false hard under a miscoded 5.1.1); never beside the recipient's
# absence ("The sender is blocked because the recipient does not exist": review 97, a false soft). And "The user
# blocked your address" (review 97: read userunknown under 5.1.1, a false hard); not "the user is blocked" (the
# account's own state: suspend, rule_wordings).
# Behind "blocked", which every match holds: the leading look-ahead reads the whole text (speed only).
_SENDER_BLOCKED = Guarded(re.compile(_NOT_BESIDE_NO_USER + r"(?:\bthe sender (?:is|has been) blocked\b|"
                                     r"\b(?:user|recipient) (?:has )?blocked (?:your|the sender)\b)"), ("blocked",))

PATTERNS: Mapping[Reason, tuple[re.Pattern[str] | Guarded, ...]] = {
    R.FILTERED: (_SENDER_BLOCKED,),
    # A count over a time ("only 5 recipients per 5 minutes allowed", postfwd's rule message as that
    # README gives it): a sending rate, not one message's recipient list.
    R.SPEEDING: (re.compile(r"\b\d+ (?:recipients|messages|mails|e-?mails) per (?:\d+ )?(?:seconds?|minutes?|hours?|days?)\b"),),
    R.BLOCKED: (
        # Behind the words every match holds ("from ip" / "from the ip"): the plain search's words would be " from ",
        # which most replies hold, and the leading look-ahead reads the whole text (speed only: the same matches).
        Guarded(re.compile(_NOT_BESIDE_NO_USER + IP_NAMED_REFUSED), ("from ip", "from the ip")),
        Guarded(re.compile(_NOT_BESIDE_NO_USER + _MAIL_FROM_IP_REFUSED), ("from ip", "from the ip")),
        # "Mail server at x is blocked"; a bare "550 blocked" (Sisimai's " said: 550 blocked").
        re.compile(r"\bmail server at \S{1,255} is blocked"),
        # AT&T's "521 <192.0.2.25> is blocked" (its Error Message Summary: "The sending system has been identified
        # as a source of spam"): an IPv4 literal said blocked is the sending host, also where a generic refusal
        # comes first ("550 <a> recipient rejected, 192.0.2.25 is blocked", review 119: read as the missing user, a
        # false hard); never beside the recipient's absence.
        # Review 121: also an IPv6 literal, a CIDR block and "ip=<addr>" (read as the missing user beside a generic
        # refusal at RCPT, false hards); never where the absence is said in words the guard above does not list
        # (Gmail's "The email account that you tried to reach does not exist", qmail's "no mailbox here by that
        # name"), a block only supposed ("If <ip> is blocked, see ...", "whether <ip> is blocked"), nor a list
        # check's note ("<ip> blocked-list score 0"): false softs of a dead address. Review 128: the guard is the
        # shared one (above), a supposition ("If your IP <ip> is blocked"), an IPv6 prefix "2001:db8::/32", "is
        # temporarily/currently blocked". Review 131: the supposition's word right before the IP or words naming it
        # (_NOT_SUPPOSED), and "Adresse unbekannt" / "destinataire inconnu" (_NOR_ABSENT_ELSEWISE).
        re.compile(_GUARD + _NOR_ABSENT_ELSEWISE + _NOT_SUPPOSED + r"(?<![^\s,;:(=])[\[<]?" + _IP_LITERAL
                   + r"[\]>]? (?:is |has been |was )?(?:(?:temporarily|currently|permanently|now) )?blocked\b(?![- ]list\b)"),
        re.compile(r"^[45]\d\d(?:[ -][45]\.\d\.\d{1,3})? blocked\.?$"),
        # Sisimai 5's Blocked pairs "mail from ", " refused:" / " refused, see ... orbs": "550 Mail
        # from 192.0.2.7 refused, see http://www.orbs.org/" (the sending IP named as refused).
        re.compile(r"\bmail from \[?\d{1,3}(?:\.\d{1,3}){3}\]? refused\b"),
    ),
    R.SPAMDETECTED: (
        # A content filter's score over its threshold: "550 5.7.1 Mail score (15.2) over MTA
        # threshold" (Sisimai 5 SpamDetected's pair "mail score (", " over ").
        re.compile(r"\bmail score \(-?[\d.]{1,10}\) over\b"),
    ),
    R.TOOMANYCONN: (
        # Sisimai 5's RateLimited pairs ("connection ", "limit"), ("too many ", "session"):
        # "421 4.7.0 Connection count limit exceeded", "Too many concurrent SMTP sessions".
        re.compile(r"\bconnection (?:count|number|concurrency|per ip) limit\b"),
        re.compile(r"\btoo many (?:concurrent |simultaneous |parallel )?(?:smtp )?sessions\b"),
    ),
    R.SYSTEMERROR: (
        # A filter daemon the receiving server could not reach: "451 4.3.0 Unable to connect to the
        # clamd daemon" (Sisimai 5 SystemError's pair "unable to connect ", "daemon"): its fault.
        re.compile(r"\bunable to connect to (?:the )?\S{1,40} daemon\b"),
        # kopano-dagent when its address book lookup failed ("503 5.1.1 Connection error: 0x80040115", a
        # MAPI code): no missing user, its server unreachable (review 64: a false hard under 5.1.1).
        re.compile(r"\bconnection error: 0x[0-9a-f]{8}\b"),
    ),
    R.REQUIREPTR: (
        # "554 Cannot resolve your address." (Sisimai 5's RequirePTR; classifier.phrases' blocked
        # list reads the same words otherwise): the sending IP has no name.
        re.compile(r"\bcannot resolve your address\b"),
    ),
}

# Refusals that name the envelope sender, at whatever stage the notice gives (none, in Gmail's own
# DSN): Sisimai::Reason::Rejected's wordings ("Sender rejected", "Null sender is not allowed",
# "Empty envelope senders not allowed", "Bogus mail from", "Sender is in my black list", "Sender
# is spammer", "This server does not accept mail from x", SecuMail's "valid-address-filter",
# "Envelope blocked – ...") and the BATV / backscatter checks of a bounce's empty or untagged return
# path (SonicWall "BATV failed to verify", MDaemon "Backscatter protection detected an invalid or
# expired email address", SpamWall "no third-party DSNs", "Returned mail not accepted here").
SENDER_REFUSED = re.compile("|".join(re.escape(p) for p in (
    "sender rejected", "sender email address rejected", "null sender is not allowed",
    "empty envelope senders not allowed", "bogus mail from", "sender is in my black list", "sender is spammer",
    "this server does not accept mail from", "valid-address-filter", "envelope blocked",
    "without a valid sender domain", "sender not pre-approved", "batv", "backscatter protection",
    "no third-party dsns", "returned mail not accepted here", "unsigned dsn for",
    # The sender's domain on a domain blocklist, our address refused by a spam filter, our address
    # not a registered user of the gateway, the MAIL FROM not owned by the logged-in user.
    "sender domain listed at", "sending address not accepted", "not a registered gateway user",
    "mail from not owned by user",
    # Other analysers' rule tables (review 27, PHPMailer-BMH 0101, 0210, 0226, 0206): NetEase's "554 sender is
    # rejected: 0,mx20,...", "550 Verify mailfrom failed,blocked", "550 Error: MAIL FROM is mismatched with
    # message header from address!", "501 x Sender email is not in my domain".
    "sender is rejected", "verify mailfrom failed", "mail from is mismatched with", "sender email is not in my domain",
    "domain has received too many bounces",  # the PHP BounceHandler list (node-bounce-handler): the sender's domain
    # KumoMTA's community rules (AuthenticationFailed): "553 Sender Domain Resolve Fail", "550 Domain may not
    # exist or DNS check failed" (a check of our domain: a receiving server does not doubt its own).
    "sender domain resolve fail", "domain may not exist or dns check failed",
    # Sisimai 5's Rejected table: "... Try sending this from a different address or alias using the
    # 'Send mail as' feature" (Google: our From is not one the logged-in account may send as).
    "from a different address or alias",
    # Fastmail's "551 5.7.1 Not authorised to send from this header address" (its help 'Why messages bounce back'):
    # our From header not one the sending account may use, the same refusal as Google's above (review 164).
    "not authorised to send from this", "not authorized to send from this",
    # qmail-smtpd.c err_bmf: "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)".
    "envelope sender is in my badmailfrom list",
    # rspamd multimap FROM_DOMAINS_BLACKLIST as NethServer words it (nethserver-mail PR #132): "554 5.7.1
    # Sender domain address rejected", our envelope sender's domain on the recipient's refused list.
    "sender domain address rejected",
    # Polish "invalid sender address" (sare.pl's 517 class: "Niewłaściwy adres nadawcy – adres nadawcy jest niepoprawny").
    "niewłaściwy adres nadawcy", "adres nadawcy jest niepoprawny",
    # ...unaccented and in the genitive ("z powodu niewłaściwego adresu nadawcy": review 120).
    "niewlasciwy adres nadawcy", "niewłaściwego adresu nadawcy", "niewlasciwego adresu nadawcy",
    # A reply speaks to the sending client: "your account" is ours, as "your address", "your domain" and
    # "your IP" are (lexicon._SENDER): "550-5.7.1 Your account is disabled for sending", "550 5.7.0 Your
    # account is over quota" (a smarthost's or provider's refusal of our own account; review 52 found them
    # read as the prospect's disabled or full mailbox). Gmail's own notice about our Gmail account keeps
    # its security reading (remote/google.py); the words "sender account ..." say the same.
    "your account is disabled", "your account has been disabled", "your account is suspended",
    "your account has been suspended", "your account is locked", "your account has been locked",
    "your account is blocked", "your account has been blocked", "your account is over quota",
    "sender account disabled", "sender account is disabled", "sender account has been disabled",
)) + r"|\bsender \S{1,255} has no a, aaaa,? or mx dns records"  # KumoMTA's "Sender x has no A, AAAA, or MX ..."
    + "|" + sender_verification.PATH_FAILED)  # our return path's check failed (review 156)

# The recipient's own choice of senders, said at RCPT as well as after DATA: `filtered` there
# too (taxonomy: "the recipient blocks the sender"), not a security default of x.7.1. AOL's "the
# recipient is only accepting mail from specific email addresses", Facebook's "Refused due to
# recipient preferences", "This account is protected by" (a challenge-response system), "You have
# been blocked by the recipient", Exchange's "the sender isn't on the recipient's list of senders
# to accept mail from", "x is not accepting any mail" (Sisimai::Reason::Filtered, ::Rejected).
RECIPIENT_CHOICE = ("only accepting mail from specific", "due to recipient preferences",
                    "this account is protected by", "you have been blocked by the recipient",
                    "on the recipient's list of senders", "is not accepting any mail",
                    # Willcom: "the following address recipient id refuse to receive mail".
                    "refuse to receive mail",
                    # Sisimai 5 why-filtered.go "user refuses to receive this mail"; Mimecast's "Envelope blocked -
                    # User Entry", a user's own blocked senders entry ("Policy Entry" is the administrator's).
                    "refuses to receive this mail", "envelope blocked - user entry",
                    # Review 56: the sender's address on the recipient's own list ("Your email address has been
                    # blocked by the recipient"), and Mimecast's "Rejected by header based manually Blocked Senders",
                    # a user's Managed Senders block list (the administrator's policy says "Blocked Senders").
                    "address has been blocked by the recipient", "manually blocked senders")
# Review 80: Interia's "550 5.7.1 Recipient doesn't want your mail" (its help pages: the recipient put the sender
# on the blocked list; wordings.py files it filtered) and "Recipient refuses to accept your mail"
# (Sisimai::Reason::Filtered's "refuses to accept"), said at RCPT under 5.7.1, where the status' securityerror
# default read them. Asked only through recipient_choice, never merged into the filtered phrase table: there
# the same words beside our IP ("...: your IP address has been blocked") would beat the block of our host.
_CHOICE_AT_RCPT = ("doesn't want your mail", "does not want your mail", "recipient refuses to accept your mail",
                   # Review 155: Exchange Online 5.7.124 "Sender not in allowed-senders list" (a group's delivery
                   # restriction, said at RCPT: relayed by a gateway it read the 5.7.x securityerror default);
                   # moved here from wordings' filtered table, where "your IP address is not in the allowed
                   # senders list" beat the block of our host.
                   "not in allowed-senders list", "not in allowed senders list", "not in the allowed senders list",
                   "not in the allowed-senders list")
_ANY_CHOICE = RECIPIENT_CHOICE + _CHOICE_AT_RCPT + store_and_callout_wordings.POST_RULE  # Cyrus lmtpd's ACL (round 20)
# The same words said of our host ("refuses to receive this mail from your IP address", "we refuse to receive mail
# from hosts without reverse DNS", "blocked by the recipient's server") are a block of our host, not a choice
# of the recipient's (review 56): recipient_blocklists.names_no_host asks ("your IP", "IP address", "reverse DNS",
# "client host", our mail server, a DNS list; not "an IP address" as a kind of entry in the recipient's own list, audit
# 38), and "by the recipient's server" (below).

# A security refusal aimed at our own client's login or sending account (severity: the sender's
# fault): "535 5.7.8 Authentication credentials invalid", Orange's "Authentification requise" and
# "Code d'authentification invalide", "You are not authorized to send mail, authentication is
# required", Amazon SES's "Account not subscribed to SES" and "User
# x is not authorized to perform ses:SendRawEmail" (Sisimai::Reason::SecurityError).
SENDING_CLIENT = ("authentication credentials invalid", "authentification requise", "authentification invalide",
                  "not authorized to send mail", "not subscribed to ses", "ses:sendrawemail",
                  # RFC 4954's answer to AUTH, "535 5.7.8 Authentication credentials invalid" however
                  # worded ("535 5.7.8 Authentication failure"); "Sender verification failure": our address.
                  "535 5.7.8", "535-5.7.8", "sender verification fail",
                  # The same 535 from Exchange Online ("535 5.7.3 Authentication unsuccessful", MS-SMTPNTLM
                  # 2.2.1.4; "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled
                  # for the Tenant") and ZeptoMail ("535 Authentication Failed.", its "SMTP Error Codes").
                  "535 5.7.3", "535 5.7.139", "authentication unsuccessful", "535 authentication failed",
                  # "530 5.7.0 STARTTLS is required to send mail" (Sisimai 5's FailedSTARTTLS table);
                  # RFC 5248's "523 5.7.10 Encryption Needed": our client sent in the clear.
                  "starttls is required", "encryption needed")


# RFC 5321's texts for 500, 502 and 503 (and their usual variants): the command itself was not
# understood or not in order. Said at MAIL FROM they are no refusal of our address (Sisimai 5's
# smtp/reply/lib.go: 500-504 syntaxerror; the thirty-ninth review). Not "syntax error" alone:
# "Syntax error in mailbox address" at MAIL is our address refused.
COMMAND_NOT_UNDERSTOOD = ("command unrecognized", "command not recognized", "unrecognized command",
                          "command not implemented", "bad sequence of commands")


def command_not_understood(text: str) -> bool:
    """Does lowercase `text` say the SMTP command itself was not understood (no address named)?"""
    return any(p in text for p in COMMAND_NOT_UNDERSTOOD) and not SENDER_REFUSED.search(text)


def found_users_store(text: str) -> bool:
    return any(p in text for p in FOUND_USERS_STORE)


def recipient_choice(text: str) -> bool:
    """Does lowercase `text` say the recipient chose not to take mail from this sender?"""
    return (any(p in text for p in _ANY_CHOICE) or bool(_SENDER_BLOCKED.search(text))
            or recipient_blocklists.own_list(text)) \
        and recipient_blocklists.names_no_host(text) and not recipient_blocklists.RECIPIENTS_HOST.search(text)


def host_as_spam_source(text: str) -> bool:
    """Does lowercase `text` name the sending host as the spam source (a host block)?"""
    return any(p in text for p in HOST_AS_SPAM_SOURCE)


# The recipient's choice read as `filtered` wherever the rules ask for its wording too.
PHRASES = {**PHRASES, R.FILTERED: RECIPIENT_CHOICE}
