"""Wordings found by the twenty-seventh review (issue 13): other bounce analysers' rule tables read
as an outside opinion, code only (Perl's Mail::DeliveryStatus::BounceParser 1.543, its
`_std_reason()`; PHPMailer-BMH's phpmailer-bmh_rules.php, `bmhBodyRules` / `bmhDSNRules`; the PHP
BounceHandler's phrase list as eNichers/node-bounce-handler lib/responses.js keeps it; KumoMTA's
community bounce rules, assets/community/bounces.toml; Dada Mail's bounce_handler_rules.pl; the forty-seventh
review's from Vda BounceProcessing's BounceClassifier.php quota and inactive lists), each rule
written out as a whole reply and put through the classifier (tests/classifier/review_notices27.py
quotes every one; the fortieth review's from Sisimai 5's provider tables are marked; the forty-fifth
review's from bulk senders' MTAs' own rules, PowerMTA's default bounce-category-patterns, Mautic's
MonitoredEmail rules and Postal's replies, tests/classifier/review_notices45*.py, are marked too; so are
the seventy-sixth's from mailing-list software, CiviCRM's civicrm_mailing_bounce_pattern rows and OpenEMM's
bav.rule, tests/classifier/review_notices76*.py).
Only what read wrongly is here; the reason each gets is this project's taxonomy's
reading of the words, not the analysers' category (both call disabled accounts, relay refusals and
timeouts hard).

Data merged into `classifier.phrases` (PHRASES, PATTERNS), plus the conditions on a message that
keep "does not accept email in ..." from reading as a domain that takes no mail (`reasons`).
Matched like the other tables: lowercase substrings of the whitespace-collapsed diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.guard import Worded
from classifier.records import Reason
from classifier.soft_wordings import NOT_BESIDE_NO_USER, NOT_BESIDE_NO_USER_NOR_SUPPOSED

R = Reason

# "The user does not accept email in non-Western (non-Latin) character sets" (BMH rule 0043): a
# condition on the message, like reasons' FROM_SOMEONE; never `notaccept` (it was a false hard).
MESSAGE_CONDITIONS = ("accept email in", "accept mail in", "accept e-mail in", "accept messages in",
                      # Review 130: who or how the message was sent ("does not accept mail sent on behalf of other
                      # domains": the recipient's filter, not a domain that takes no mail, a false hard).
                      "accept mail sent by", "accept mail sent on behalf", "accept mail sent via", "accept mail sent from",
                      "accept messages sent by", "accept messages sent on behalf", "accept email sent on behalf")
# ...nor a domain or host the reply calls "your" ("550 5.7.27 The domain of your address does not
# accept mail", "556 Your domain does not accept mail"): an SMTP reply speaks to the client, so
# that is the SENDER's (RFC 7505's X.7.27), not the recipient's (the forty-fourth review).
CLIENTS_OWN = Worded(re.compile(r"\byour (?:e-?mail |sender |sending |own )?(?:domain|address|server|host|mail server)\b"))  # speed only: skipped without "your "

# A content filter's verdict in a blocklist's words: "550 5.7.1 Blocked using spam pattern: x"
# (BounceParser's spam list): the message matched, not the sending host (`reasons`, before the
# "blocked using <list>" reading).
CONTENT_VERDICTS = ("blocked using spam pattern",)

# The fortieth review (Sisimai 5's provider tables, sisimai/go-sisimai rhost/for-*.go, read the
# same way; tests/classifier/review_notices40.py): the receiver's own list of blocked senders
# naming our address or domain, not our IP: Symantec Email Security.cloud's "553 Sorry, your email
# address (x) has been blocked", "553-Sorry, your domain has been blacklisted" (Broadcom knowledge
# articles 165165, 173082): the envelope sender refused (`reasons`, at MAIL FROM), not a blocked
# host ("your IP address has been blocked" stays one), at whatever stage the words are found.
# Sisimai 5's Rejected table "sender address has been blacklisted" is the same (review 49).
# guard.Worded: searched only where " has been bl" is (every match holds it), as few replies do; speed only.
SENDER_BLOCKED = Worded(re.compile(r"(?:your (?:e-?mail address|domain)|\bsender address)(?: \([^)]{1,300}\))? has been "
                                   r"(?:blocked|blacklisted)"))

# Review 45: a count of bad addresses ("550 5.7.1 Too many invalid recipients", "554 Too many unknown
# users from your IP"; PowerMTA's default rules file them as "other", apart from bad-mailbox, and its
# backoff list has Yahoo's "Excessive unknown recipients - possible Open Relay"): the sending host
# refused for its list's quality, not this address, which the "invalid recipient" and "unknown user"
# phrases inside would read as missing (a false hard): `reasons` reads no missing user in them. Not a
# `blocked` phrase: beside a 5.1.1 and words that the user is unknown, that would beat the missing user.
# ...and our host blocked for sending to them ("Connections from IP <ip> blocked for sending to unknown users": a
# directory-harvest block of ours, never the prospect's mailbox; review 86).
RECIPIENT_FLOOD = tuple(f"{many} {bad} {who}" for many in ("too many", "excessive", "sending to")
                        for bad in ("bad", "invalid", "unknown", "illegal", "unavailable", "nonexistent", "non-existent")
                        for who in ("recipients", "users", "addresses", "mailboxes", "rcpts", "accounts")) + tuple(
    # ...and the count named by its measure ("invalid recipient count", "unknown recipient limit exceeded"; review
    # 89: our IP refused for it read hard userunknown).
    f"{bad} {who} {count}" for bad in ("bad", "invalid", "unknown", "nonexistent") for who in ("recipient", "user",
    "address", "mailbox", "rcpt") for count in ("count", "limit", "ratio", "rate", "threshold"))

PHRASES: Mapping[Reason, tuple[str, ...]] = {
    R.FILTERED: (
        # ...the recipient's own choice of what it takes; "553 User refused to receive this mail." (BMH 0156).
        "in non-western (non-latin) character sets", "user refused to receive",
        # Review 76: CiviCRM's Spam pattern "blocked by a user configured filter" (the recipient's own rule).
        "blocked by a user configured filter",
    ),
    R.SUSPEND: (
        # A disabled, locked or never activated account (BMH 0152 "<x> is now disabled with MTA
        # service", 0177 and BounceParser's usa.net "account not activated", 0228 "User status is
        # locked", CommuniGate's "mail receiving disabled" (BMH 0194), Verizon's "VS10-RT Possible
        # forgery or deactivated due to abuse (#5.1.1)" (BMH 0196): its 5.1.1 is no missing mailbox
        # when the words say deactivated). BounceParser's everyone.net "account discontinued" is
        # mailbox_states' (its one home since review 73's 'discontinued' state; review 75).
        # 21cn's "<x> is now disabled with SMTP service" (help.szhot.com's bounce glosses; review 137).
        "disabled with mta service", "disabled with smtp service", "account not activated", "user status is locked",
        "mail receiving disabled", "deactivated due to abuse",
        # KumoMTA's community rules (InactiveMailbox): Microsoft's "DisabledUser" tag.
        "disableduser",
        # Dada Mail's rules: "550 user inactive".
        "user inactive",
        # The BounceHandler list's 5.2.1 entries: "mail is not currently being accepted for this mailbox",
        # Spanish "El usuario esta en estado: inactivo", Italian "Questo indirizzo e' bloccato per inutilizzo".
        "not currently being accepted for this mailbox", "estado: inactivo", "bloccato per inutilizzo",
        # Vda BounceProcessing's BounceClassifier (its 'inactive' list, review 47): "550 NOACTIVITY: Sorry, no
        # recipient activity since ...", "540 5.7.1 <x> recipient address rejected: Inactive", "... Account
        # locked by abuse team", "554 5.7.1 User x should log in to enable receiving the mail", "550 5.1.1 <x>
        # recipient disabled" (its 5.7.1 read securityerror, its 5.1.1 a missing user: a false hard). "Account locked by",
        # not "account locked": a smarthost's "authentication failed: account locked" is our login. ("Recipient
        # disabled" is a pattern below: said of the address, not of a feature.)
        "no recipient activity", "address rejected: inactive", "account locked by", "log in to enable receiving",
        # Review 45: PowerMTA's default inactive-mailbox rule "(conta|usu.rio) inativ(a|o)" (Portuguese:
        # an inactive account or user).
        "conta inativa", "usuario inativo", "usuário inativo",
    ),
    R.USERUNKNOWN: (
        # BounceParser's "no user here by that name" (qmail's "no mailbox here by that name" twin); the
        # PHP BounceHandler's list (node-bounce-handler lib/responses.js): "No one with that email
        # address here", "No such mail drop defined", "x is no longer an employee", "x was not found in
        # LDAP server", "We are sorry but the address is invalid", Italian "destin. Sconosciuto" and
        # "Destinatario errato" (read as the answer to RCPT or beside a 5.1.x status, like the others).
        "no user here by that name", "no one with that email address here", "no such mail drop defined",
        "no longer an employee", "was not found in ldap server", "sorry but the address is invalid",
        "destin. sconosciuto", "destinatario errato",
        # Review 76: CiviCRM's Invalid pattern "no e-?mail address registered" (the answer to RCPT, like the others).
        "no e-mail address registered", "no email address registered",
        # Review 136: qpsmtpd's qmail_deliverable plugin, "550 fail, no mailbox by that name. qd (#5.1.1)" (its
        # rcpt_handler: Qmail::Deliverable found no mailbox), read onhold without its trailing code.
        "no mailbox by that name",
    ),
    R.NOTACCEPT: (
        # Review 45: Postal's "550 Route does not accept incoming messages" (app/lib/smtp_server/client.rb:
        # the address is a route set to Reject, so it takes no mail at all).
        "route does not accept incoming messages",
    ),
    R.BLOCKED: (
        # "554 Please visit http://antispam.x/denyip.php?IP=x (#5.7.1)" (BMH 0144: the page that
        # lists the sending IP); "554 5.7.1 reject: Client host bypassing service provider's mail
        # relay" (BMH 0229: our host sent direct instead of through its provider).
        "denyip", "client host bypassing",
        # The BounceHandler list's 5.7.1 entries naming our host: "dial-up or dynamic-ip denied",
        # "Connection refused due to abuse", "You are not allowed access from your location".
        "dynamic-ip denied", "connection refused due to abuse", "not allowed access from your location",
        # KumoMTA's community rules (SpamBlock): Invaluement's sender IP list, "550 Blocked by ivmSIP";
        # "550 Your IP or Email address blocked by the FakeMail User".
        "ivmsip", "blocked by the fakemail user",
        # Review 40: Symantec Email Security.cloud's "501 Connection rejected by policy [7.7] 20805"
        # (Broadcom knowledge article 164955: the sending IP's negative reputation), our connection
        # refused, not the message's policy (the generic "rejected by policy").
        "connection rejected by policy",
    ),
    R.SPAMDETECTED: (
        # "SpamTrap=reject mode, dsn=5.7.1, Message blocked by ... SpamTrap Technology" (BMH 0200),
        # McAfee's "MCSpamSignature" and the JunkEmailFilter service's name (BounceParser's spam list),
        # "Mail data refused by AISP, rule [n]" (BMH 0218).
        "spamtrap=reject", "spamtrap technology", "mcspamsignature", "refused by aisp", "junkemailfilter",
        # Polish "Wiadomosc zostala odrzucona przez system antyspamowy" (the BounceHandler list).
        "odrzucona przez system antyspamowy",
        # Review 76: CiviCRM's Spam pattern "message looks suspicious".
        "message looks suspicious",
    ),
    R.POLICYVIOLATION: (
        # KumoMTA's community rules (PolicyRelated): "550 5.7.1 Rejected - Content Policy".
        "rejected - content policy",
        # Review 40: Zoho Mail's "541 5.4.1 Mail rejected by destination domain" and "550 5.7.1 Mailbox
        # delivery restricted by policy error" (Sisimai 5 rhost/for-zoho.go): the receiving domain's
        # policy, not the 5.4.1 status's network subject nor the 5.7.1 status's security guess, also
        # where an NDR quotes them without Zoho's host.
        "rejected by destination domain", "restricted by policy",
        # Review 76: CiviCRM's Spam patterns "does not conform to our e-?mail policy", "attachment blocking
        # filter", "hostile content" (a 5.7.1 reply's security guess otherwise).
        "does not conform to our e-mail policy", "does not conform to our email policy", "attachment blocking",
        "hostile content",
    ),
    R.NOTCOMPLIANTRFC: (
        # "Message does not comply with required standards" (the BounceHandler list). Review 155: Gmail's older
        # "this message is not RFC 2822 compliant" (RFC 5322's predecessor; the 5322 wording is phrases'), a
        # spam verdict otherwise ("To reduce the amount of spam sent to Gmail" follows it).
        "does not comply with required standards", "not rfc 2822 compliant",
    ),
    R.NORELAYING: (
        # "You are trying to use me as a relay, but I have not been configured to let you do this"
        # (BounceParser), "500 Unauthorized relay msg rejected" (BMH 0215: not a syntax error),
        # "553 Specified domain is not allowed." (BMH 0180: a domain it takes no mail for, soft).
        "as a relay, but i have not been configured", "unauthorized relay", "specified domain is not allowed",
        # KumoMTA's community rules (RoutingErrors): "550 x isn't allowed to relay".
        "isn't allowed to relay",
    ),
    R.MAILBOXFULL: (
        # KumoMTA's community rules (QuotaIssues): "552 Mailbox limit exeeded for this email address" (the
        # server's own spelling), "552 extended quota violation", "550 account is overquota".
        "mailbox limit exeeded", "account is overquota",
        # Dada Mail's rules (Earthlink's "Quota violation"; KumoMTA's "extended quota violation").
        "quota violation",
        # Vda BounceProcessing's BounceClassifier (its soft 'quota' list, review 47): "550 Quota is over for
        # this user", "450 Disk quota exceed for x", "Sorry, the user's maildir has overdrawn his diskspace
        # quota", "451 Account x out of quota. Try later", "Recipient exceeded email quota", "The user has
        # not enough diskspace available", "522_mailbox_full", "recipient exceeded dropfile size quota",
        # "not able to receive any more mail", "too many messages on/in this mailbox" (a mailbox's message
        # count, not our rate), "recipient storage full", "exceeded his/her quota", "exceeded the space
        # quota", "mail box space not enough", "over (their) disk quota", "mailbox_quota_exceeded", "over the
        # maximum allowed mailbox size", "Message will exceed maximum mailbox size", "message is larger than
        # the space available" (the mailbox's space, not a size limit), "550 5.1.1 x recipient overquota"
        # (words that beat its 5.1.1: a false hard), "554 ... mailbox overquota", "user is overquota" (one
        # word). "Out of quota" and "exceeded email quota" only in the shapes said of a recipient: a relay
        # can say them of our sending account.
        "quota is over for this user", "disk quota exceed", "overdrawn his diskspace quota", "out of quota. try later",
        "recipient exceeded email quota", "not enough diskspace", "522_mailbox_full", "dropfile size quota",
        "not able to receive any more mail", "too many messages on this mailbox", "too many messages in this mailbox",
        "recipient storage full", "exceeded his/her quota", "exceeded the space quota", "mail box space not enough",
        "over disk quota", "over their disk quota", "mailbox_quota_exceeded", "maximum allowed mailbox size",
        "exceed maximum mailbox size", "larger than the space available", "recipient overquota", "mailbox overquota",
        "user is overquota",
        # ("Recipient storage full", above, is also review 45's: "552 recipient storage full, try again
        # later", PowerMTA's /\bstorage\b/ quota rule; Mautic's DsnParser rule 0145 sample.)
    ),
    R.CONTENTERROR: (
        # "552 MessageWall: MIME/REJECT: Invalid structure" (BMH 0212).
        "mime/reject",
    ),
    R.MESGTOOBIG: (
        # "552 Message Rejected Class=size" (BounceParser's message_too_large).
        "rejected class=size",
        # Postal's "552 Message too large (maximum size %dMB)" (review 45; smtp_server/client.rb over
        # max_message_size): the server's size limit, read exceedlimit under a bare 5.0.0 (review 136).
        # The bare "message too large" stays sisimai's exceedlimit.
        "message too large (maximum size",
    ),
    R.SYSTEMERROR: (
        # The receiving store's own faults, said for now (BMH 0172, 0173, 0120, 0141, 0112):
        # vpopmail's "Unable to switch to /var/vpopmail/domains/x: input/output error. (#4.3.0)" (its
        # own words: Postfix's local(8) writes "x-unix; input/output error" for a mailbox over its
        # size limit, a full mailbox by its 5.2.2) and "can not open new email file errno=13",
        # sendmail's "I/O error", "System(u) busy, try again later". (Not Yahoo's "Resources
        # temporarily unavailable": qmail's notice of it after its queue lifetime is an expiry; nor
        # "No such file or directory", which local delivery programs say of a missing program or
        # folder: mailererror. tests/classifier/test_review_notices27.py.)
        # ("i/o error" is a pattern below: not in Stalwart's report of its own failed connect.)
        "unable to switch to", "can not open new email file", "system(u) busy",
        # KumoMTA's community rules (TransientFailure): "451 Temporarily unable to process your email".
        "temporarily unable to process your email",
    ),
    R.MAILERERROR: (
        # sendmail's "x... Deferred: No such file or directory" (BMH 0141): the local delivery program
        # or its folder missing (Postfix's pipe and maildrop say the same through x-unix).
        "no such file or directory",
    ),
    R.NETWORKERROR: (
        # Windows' resolver: "DNS query failed: no data record of requested type" (BounceParser). Only
        # after "query failed": Postfix's "Host or domain name not found. Name service error for name=x
        # type=A: Host found but no data record of requested type" (dns_strerror NO_DATA, 5.4.4) is a
        # domain with no MX and no address, which no retry mends (review 51).
        "query failed: no data record of requested type",
    ),
}

# A local delivery program's own failure, which qmail-ldap writes under 5.4.4 ("Permanent error while
# executing qmail-forward. (#5.4.4)", qmail-ldap-1.03-20040101.patch as Sisimai 5's via-qmail.go
# lists it): 5.4.4 is no word of the recipient's domain here (reasons._coded; the forty-third review).
LOCAL_PROGRAM = ("while executing qmail-forward",)

# What may stand before an address or domain that a missing-mailbox or retired-domain wording names (review
# 52): the reply's start, its code, a colon or bracket, or a word that makes it the recipient's. Not "ip",
# "your", "sender", "from", "signing", "forwarding", "reply-to": those say it of someone else's.
_ALONE = r"(?:^|[\d:;,.>)\]-] |\b(?:recipient|recipient's|destination|this|the|that) )"

PATTERNS: Mapping[Reason, tuple[re.Pattern[str], ...]] = {
    # Review delays58: Stalwart's queue/dsn.rs reports its own failed connect as "<a> (connection to '<host>'
    # failed: <the client library's error>)", e.g. "I/O error: Connection timed out" (the error of reaching the
    # host, Status 4.0.0 while retried, 5.0.0 when it gave up): the network's, never the receiving store's "I/O
    # error" (sendmail's, vpopmail's input/output error above), which it read as systemerror.
    # (Any blank between the words, the colon optional: a notice's width may break the line after it, and a line's
    # closing colon is dropped where the lines are joined; the whole grid's wrap_72.)
    R.SYSTEMERROR: (re.compile(r"(?<!' failed:\s)(?<!' failed\s)i/o\serror"),),
    R.NETWORKERROR: (re.compile(r"\bconnection\s+to\s+'[^'\s]{1,255}'\s+failed:?\s"),),
    R.USERUNKNOWN: (
        # BounceParser's "address ... not known here", "e-mail address not recognized" (never the
        # sender's address: that one is refused at MAIL FROM or names the sender).
        re.compile(r"(?<!sender )(?<!sender's )(?<!from )(?<!return )\baddress (?:[^ ]{1,200} )?not known here"),
        re.compile(r"(?<!sender )(?<!sender's )(?<!from )(?<!return )(?<!\bip )(?<!client )\b(?:e-?mail )?address not "
                   r"recognized"),  # nor the client's, nor an IP address (review 82)
        # KumoMTA's community rules (InvalidRecipient): "550 No such ID".
        re.compile(r"^5\d\d(?:[ -]5\.\d\.\d{1,3})? no such id\b"),
        # Review 45: PowerMTA's default bad-mailbox rule /no longer (valid|available)/ as an address is
        # said to be ("550 Address no longer valid"). Review 52: only where the address stands alone or is
        # the recipient's (the reply's start, after its code or a colon, "recipient", "this", "the"): an
        # "IP address", "your e-mail address" (ours), a sender's, reply-to, forwarding or redirect address
        # "no longer valid" is no missing mailbox (false hards: "Your IP address is no longer valid for relaying").
        re.compile(_ALONE + r"(?:e-?mail )?address (?:is )?no longer valid\b"),
        # Review 45: "550 User not a member of domain: <x>" (Mautic's DsnParser rule 0198, BMH's sample); review
        # 52: not an "authenticated user" or "sender user" (our smarthost's login check, a false hard).
        re.compile(_ALONE + r"user not a member of domain\b"),
        # Review 76: "user x not known at this site" (OpenEMM bav.rule [hard], CiviCRM Invalid, Sympa's %equiv:
        # 5.1.1); a user or recipient, never a sender's (review 77: nor the sending, authenticated or "your" user,
        # which Postfix's smtpd_delay_reject answers at RCPT TO).
        re.compile(r"(?<!sender )(?<!from )(?<!sending )(?<!authenticated )(?<!auth )(?<!your )"
                   r"\b(?:user|recipient|addressee) (?:[^ ]{1,200} )?not known at this site\b"),
    ),
    R.MAILERERROR: (
        # Review 155: Exim's pipe failure, transport.c "Child process of <transport> transport returned <n>
        # (could mean ...)": the local delivery program's exit (taxonomy's mailererror), not the store's own
        # fault its 5.3.0 otherwise reads; the transport's name is the admin's (address_pipe, procmail_pipe).
        re.compile(r"\bchild process of \S{1,100} transport returned \d"),
    ),
    R.HOSTUNKNOWN: (
        # Review 45: PowerMTA's default bad-domain rules /domain (\S+ +)?(is +)?obsolete/ ("550 Domain
        # example.org is obsolete") and "domain no longer in use" (a retired domain). Review 52: only the
        # domain standing alone or the recipient's: a "From domain", "DKIM signing domain", "DKIM key for
        # domain", "sender domain" or "your domain" so said is ours (false hards).
        re.compile(_ALONE + r"domain (?:[^ ]{1,200} )?is obsolete\b"),
        re.compile(_ALONE + r"domain no longer in use\b"),
        # ZoneMTA (lib/sender/resolve-mx.js) when MX, A and AAAA all answer ENODATA: "550 DNS error when
        # resolving MX for example.org: DNS server returned answer with no data" (Node's dns text), the
        # domain with no mail host at all, like Postfix's "Host found but no data record" (review 51;
        # review 64: a false soft, "dns error" read it networkerror). Review 65: its later "... MX server
        # for x:" and mx-connect's "DNS error occurred while resolving the Mail Exchange (MX) server for the
        # specified domain (x)." (false softs too); never after a 4xx code, a reply that says "try later".
        re.compile(r"(?<!\b4\d\d )dns error (?:when resolving mx (?:server )?for \S{1,255}:|occurred while resolving "
                   r"the mail exchange \(mx\) server for the specified domain \(\S{1,255}\)\.) "
                   r"dns server returned answer with no data\b"),
    ),
    R.MAILBOXFULL: (
        # "The message to x is bounced because : Quota exceed the hard limit" (BMH 0168).
        re.compile(r"\bquota exceed the (?:hard |soft )?limit"),
        # Review 76: CiviCRM's Quota pattern "doesn.t have enough disk space left", said of the address or its
        # mailbox (a server short of disk is systemfull).
        re.compile(r"(?:@[\w.-]{1,255}>?|\b(?:user|mailbox|recipient|account)) doesn.t have enough disk space left\b"),
        # Review 76: CiviCRM's Quota pattern "not able to receive more mail"; review 77: not said of a server or
        # system ("the server is not able to receive more mail": its disk, systemfull by its 4.3.1).
        re.compile(r"(?<!server is )(?<!system is )(?<!host is )(?<!server )(?<!system )\bnot able to receive more mail"),
        # Forecast67: GoDaddy's "Account storage limit" (help 3568: the recipient's account has reached its storage
        # limit), the whole reply after its code; not a limit OF something ("... for attachments") nor a check of it.
        re.compile(r"(?:^|\d )account storage limit(?: (?:reached|exceeded))?(?=\s*(?:[.;]|$))"),
    ),
    R.SUSPEND: (
        # Vda BounceProcessing's "550 5.1.1 <x> recipient disabled" (review 47): the address, after itself or
        # the code; not a feature of a live mailbox ("User unknown; catch-all recipient disabled", review 52:
        # a false soft of a missing user).
        re.compile(r"(?:^|[\d:;,.>)\]-] |@[\w.-]{1,255} )recipient disabled\b"),
        # "553 mailbox x is restricted" (BMH 0201, 0209): the mailbox's own state ("... restricted
        # to" is a list of allowed senders: the filter's words read that).
        re.compile(r"\b(?:mailbox|account) (?:[^ ]{1,200} )?is restricted\b(?! to)"),
        # Review 97: "550 5.1.1 User blocked" (a false hard under a miscoded 5.1.1): the account blocked, said
        # after the code or the address; not the user blocking someone ("user blocked your address"), nor beside the
        # user's absence.
        re.compile(NOT_BESIDE_NO_USER + r"(?:^|[\d:;,.>)\]-] |@[\w.-]{1,255} )user (?:is |has been )?blocked\b"
                   r"(?! (?:you|your|the|this|mail|messages?|e-?mails?|by|from)\b)"),
    ),
    R.POLICYVIOLATION: (
        # "550 Content reject. FAAAANsG60M9BmDT.1" (BMH 0165): the receiver's content rule; not SES's "message content
        # rejected" (reporters/receivingses.py). Forecast67: QQ's "550 Error: content rejected" (its bounce help), too.
        re.compile(r"\bcontent reject\b(?!ed)|\berror: content rejected(?=\s*(?:[.;]|$|https?:))"),
        # Review 94: "Message blocked by content policy" (a false hard under a miscoded 5.1.1): the receiver's rule.
        re.compile(r"\b(?:blocked|rejected|refused) by (?:\w+ )?(?:content|message|mail) polic(?:y|ies)\b"),
    ),
    R.BLOCKED: (
        # Review 94: "Access denied - sender IP 192.0.2.25 blocked" (a false hard under a miscoded 5.1.1): our host.
        # Never beside the recipient's absence ("User unknown; note: sender IP <ip> blocked previously": review 97), nor
        # a block only supposed ("If your IP <ip> is blocked, see ...", review 128).
        re.compile(NOT_BESIDE_NO_USER_NOR_SUPPOSED + r"\b(?:sender|sending|client|your) ip(?: address)? "
                   r"(?:\[?[\d.:a-f]{3,45}\]? )?(?:is |has been |was )?blocked\b"),
        # Review 158: Microsoft's 5.7.124 wording "not in (the) allowed(-)senders list" (review 155: the recipient's
        # choice, soft_wordings._CHOICE_AT_RCPT) said of OUR IP or host ("Your IP 192.0.2.25 is not in the allowed
        # senders list", "Client host mail.example.com[ip] not in allowed senders list") read securityerror on the
        # recipient's side: the receiver refused our sending host, as "client host rejected" says. Same guards.
        re.compile(NOT_BESIDE_NO_USER_NOR_SUPPOSED + r"\b(?:(?:sender|sending|client|your) ip(?: address)?|ip address|"
                   r"client host|sending host)\b[^;]{0,80}?\bnot (?:in|on) (?:the |our )?allowed[- ]senders? list\b"),
    ),
    R.BADREPUTATION: (
        # Review 138: a third party's "550 Message rejected due to sender IP reputation ([ip])" (Broadcom KB 161393's
        # list of rejections from recipients' servers) read the missing user beside a generic refusal at RCPT or under
        # a miscoded 5.1.1 (false hards; Sisimai 4.25 read none): our sending IP's reputation. Not beside the
        # recipient's absence, nor a refusal only supposed ("if ... due to sender IP reputation").
        # Review 142: nor a refusal only said possible ("<lead> does not exist; mail may also be rejected due to ...").
        # Review 145: after any modal's "be rejected / refused" ("might also", "would otherwise"; false softs), that one
        # only: a real refusal beside it still reads ("Rejected due to ...; later attempts will also be rejected ...").
        # Review 147: a TENTATIVE modal (may / might / could / can / would) earlier in its clause, up to ; : ! ? or a
        # full stop ("Your message may be spam: rejected due to ..." still reads), not any "be rejected": "will / is
        # to be rejected due to ..." is the server's refusal (false hards under 5.1.1), and "may be rejected outright
        # due to ..." only a possibility (a false soft). Not a modal of fact, "could not be completed, rejected due
        # to ...", "can not be accepted", "would like to inform you" (round three), nor its contraction ("can't /
        # couldn't be accepted, rejected due to ...": review 153, a false hard under 5.1.1).
        re.compile(NOT_BESIDE_NO_USER_NOR_SUPPOSED + r"(?:(?<![\s\S])|(?<=[;:!?])|(?<=[.;:!?] ))"
                   r"(?:(?!\b(?:may|might|could|can|would)\b(?! not\b| like\b|n?['’]t\b)|\.\s)[^;:!?])*?"
                   r"\bdue to (?:the )?sender(?:'s)? ip(?: address)? reputation\b"),
        # Review 142: "554 5.7.1 Rejected: your sender reputation is too low" read securityerror on the recipient's
        # side: the reader's (our) sending reputation. Same guards.
        re.compile(NOT_BESIDE_NO_USER_NOR_SUPPOSED
                   + r"\b(?:your|the) sender(?:'s)? reputation is (?:too )?(?:low|poor)\b"),
    ),
    R.NORELAYING: (
        # Review 76: CiviCRM's Relay pattern "relayed mail to .+? not allowed".
        re.compile(r"\brelayed mail to \S{1,255} not allowed\b"),
    ),
}


def floods(text: str) -> bool:
    """Does lowercase `text` name only a count of bad addresses, or our sending to them (RECIPIENT_FLOOD)?"""
    return ("too many " in text or "excessive " in text or "sending to " in text or " count" in text or " limit" in text
            or " ratio" in text or " rate" in text or " threshold" in text) and any(p in text for p in RECIPIENT_FLOOD)
