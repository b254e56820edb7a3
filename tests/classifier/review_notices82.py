"""The eighty-second review: an adversarial audit of the OLDEST hard-side tables, which no audit has attacked
(phrases.PHRASES/PATTERNS' userunknown and hostunknown entries, lexicon's shapes and bare "does not exist",
mta_wordings, the remote/*.py providers' recipient rules). A false hard unenrolls a live prospect (the worst
harm: taxonomy.md §4 keeps only a missing mailbox or domain, a moved mailbox, a domain taking no mail hard).

Each attack is a reply a real server would send holding the same words as a hard-side entry ("user unknown",
"domain not found", "does not exist", "mailbox unavailable", "unknown", "no longer", "access denied") about
something that is NOT the recipient's mailbox or domain: our envelope sender or its domain (Postfix's
smtpd_delay_reject answers sender checks at RCPT), our HELO host or IP, a command, parameter, charset or
attachment, our own DKIM/SPF/PTR records, a mailbox unavailable for now, a TLS version or service "no longer"
offered; or a 4xx (a delay: never hard). Beside each family a true-hard control in the same layout: the
recipient really does not exist and must stay hard. Non-English attacks in review_notices82_langs.py, whole
notices (auto-replies, a person's reply quoting a bounce, a digest, a challenge, the recipient only in the
quoted original) in review_notices82_whole.py; the second and later rounds (more phrase-table, hostunknown,
notaccept, hasmoved, mta_wordings and provider entries, a mistyped relayhost, the mends' controls) in
review_notices82_more.py.

Rows: (name, source, raw, expected), expected written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran. Layouts: review_notices25.rows_relayed (our relay's
Postfix report of the remote reply; 4.x as a delay) and rows_quoted (Gmail's own DSN, Exchange Online's NDR).
All HAND-MADE; test_review_notices82.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices82_langs import LANG_ROWS
from tests.classifier.review_notices82_more import MORE_ROWS
from tests.classifier.review_notices82_whole import WHOLE_ROWS

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
MX = "mx.partner.example"
UNK, HOST = ("userunknown",), ("hostunknown",)
ME = "seller@example.com"

# ---- 1. our envelope sender or its domain, refused in the recipient table's words ----------------------------
# Postfix smtpd_check.c: reject_unlisted_sender "Sender address rejected: User unknown in local recipient table /
# virtual mailbox table" (postconf(5) smtpd_reject_unlisted_sender, unknown_address_reject_code 550 / status
# 5.1.0 for a sender), reject_unknown_sender_domain "Sender address rejected: Domain not found" (5.1.8),
# reject_unverified_sender "Sender address rejected: undeliverable address: <the probe's answer>" (address
# verification README); with the default smtpd_delay_reject=yes all of them answer RCPT TO.
PF_SENDER = ("Postfix smtpd_check.c / postconf(5): reject_unlisted_sender, reject_unknown_sender_domain, "
             "reject_unverified_sender (ADDRESS_VERIFICATION_README), answered at RCPT under smtpd_delay_reject")
SENDER = [
    ("sender-unlisted-local", f"550 5.1.0 <{ME}>: Sender address rejected: User unknown in local recipient table",
     "5.1.0", "RCPT", False, (), S),
    ("sender-unlisted-virtual", f"550 5.1.0 <{ME}>: Sender address rejected: User unknown in virtual mailbox table",
     "5.1.0", "RCPT", False, (), S),
    ("sender-domain-not-found", f"550 5.1.8 <{ME}>: Sender address rejected: Domain not found", "5.1.8", "RCPT",
     False, (), S),
    ("sender-undeliverable", f"550 5.1.7 <{ME}>: Sender address rejected: undeliverable address: host "
     f"mx.example.com[192.0.2.9] said: 550 5.1.1 <{ME}>: Recipient address rejected: User unknown in virtual "
     "mailbox table (in reply to RCPT TO command)", "5.1.7", "RCPT", False, (), S),
    ("sender-unverified-450", f"450 4.1.7 <{ME}>: Sender address rejected: unverified address: host "
     f"mx.example.com[192.0.2.9] said: 550 5.1.1 <{ME}>: User unknown (in reply to RCPT TO command)", "4.1.7",
     "RCPT", False, (), ANY),
    ("sender-domain-not-found-450", f"450 4.1.8 <{ME}>: Sender address rejected: Domain not found", "4.1.8",
     "RCPT", False, (), ANY),
]
SENDER_CONTROLS = [
    ("rcpt-unlisted-local", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient "
     "table", "5.1.1", "RCPT", True, UNK, R),
    ("rcpt-unlisted-virtual", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
     "table", "5.1.1", "RCPT", True, UNK, R),
    ("rcpt-domain-not-found", f"550 5.1.2 <{LEAD}>: Recipient address rejected: Domain not found", "5.1.2", "RCPT",
     True, HOST, R),
]
# Exim acl.c's sender callout ("Verification failed for <s>", the callout's lines, "Sender verify failed"),
# Sendmail proto.m4 Basic_check_mail "Domain of sender address %s does not exist" (553 5.1.8), Microsoft 365's
# "550 5.1.8 Access denied, bad outbound sender" (Exchange Online NDR help: the sending account is blocked).
OTHER_SENDER = ("Exim acl.c sender verify callout; Sendmail cf/m4/proto.m4 Basic_check_mail; Microsoft Learn "
                "'Fix NDR error 550 5.1.8 in Exchange Online'")
SENDER_MTAS = [
    ("exim-sender-callout", f"550-Verification failed for <{ME}> 550-Called: 192.0.2.9 550-Sent: RCPT TO:<{ME}> "
     f"550-Response: 550 5.1.1 <{ME}>: Recipient address rejected: User unknown 550 Sender verify failed",
     "5.0.0", "RCPT", False, (), S),
    ("sendmail-sender-domain", f"553 5.1.8 <{ME}>... Domain of sender address {ME} does not exist", "5.1.8", "MAIL",
     False, (), S),
    ("m365-bad-outbound-sender", "550 5.1.8 Access denied, bad outbound sender", "5.1.8", "MAIL", False, (), S),
    # A closed list's access rule: the list exists, our sender is not a member.
    ("list-members-only", f"550 5.7.1 <list@partner.example>: Recipient address rejected: only members may post; "
     f"sender {ME} unknown to this list", "5.7.1", "RCPT", False, (), ANY),
]

# ---- 2. our HELO host, our IP, our client name --------------------------------------------------------------
# Postfix: reject_unknown_helo_hostname "<helo>: Helo command rejected: Host not found" (unknown_hostname_
# reject_code, 450 by default, often set to 550), reject_unknown_client_hostname "Client host rejected: cannot
# find your hostname, [ip]" (5.7.25 in Postfix 3.x), and a client with no name logged and quoted as
# "unknown[ip]" ("<unknown[192.0.2.10]>: Client host rejected: Access denied", access(5) REJECT).
PF_HELO = ("Postfix smtpd_check.c / postconf(5): reject_unknown_helo_hostname, reject_unknown_client_hostname, "
           "check_client_access REJECT ('unknown[ip]' for a client without a name)")
HELO = [
    ("helo-host-not-found-550", "550 5.7.1 <mail.example.com>: Helo command rejected: Host not found", "5.7.1",
     "RCPT", False, (), ANY),
    ("helo-host-not-found-450", "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", "4.7.1",
     "RCPT", False, (), ANY),
    ("client-no-hostname", "550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.10]", "5.7.25",
     "RCPT", False, (), ANY),
    ("client-unknown-access-denied", "554 5.7.1 <unknown[192.0.2.10]>: Client host rejected: Access denied",
     "5.7.1", "RCPT", False, (), ANY),
    ("helo-unknown-host-exim", "550 HELO name mail.example.com is an unknown host (no A record)", "5.0.0", "RCPT",
     False, (), ANY),
]

# ---- 3. a command, a parameter, a charset, an encoding, an attachment type ----------------------------------
# RFC 5321 §4.2.4 (500/502 unrecognised command, 501/555 parameters), RFC 3463 5.5.x/5.6.x; the texts HAND-MADE
# in the manner of Exchange's "500 5.3.3 Unrecognized command" and Sendmail's "555 5.5.4 %s parameter
# unrecognized" (srvrsmtp.c).
PROTO = "RFC 5321 4.2.4 / RFC 3463 5.5.x, 5.6.x replies; Sendmail srvrsmtp.c, Exchange wordings (HAND-MADE)"
UNKNOWN_THINGS = [
    ("unknown-command", "500 5.5.1 Unknown command", "5.5.1", "DATA", False, (), ANY),
    ("unknown-rcpt-parameter", f"501 5.5.4 <{LEAD}>: unknown RCPT TO parameter NOTIFY=SUCCESS,FAILURE", "5.5.4",
     "RCPT", False, (), ANY),
    ("unknown-mail-parameter", "555 5.5.4 Unknown MAIL FROM parameter SMTPUTF8", "5.5.4", "MAIL", False, (), ANY),
    ("unknown-charset", "554 5.6.0 Message rejected: unknown charset x-user-defined in header", "5.6.0", "DATA",
     False, (), ANY),
    ("unknown-encoding", "554 5.6.1 Unknown Content-Transfer-Encoding in message part 2", "5.6.1", "DATA", False,
     (), ANY),
    ("unknown-attachment-type", "552 5.7.0 Attachment type unknown: file quote.xyz does not exist in the list of "
     "allowed types", "5.7.0", "DATA", False, (), ANY),
]

# ---- 4. our own records, certificate, domain alias, route "does not exist" -----------------------------------
# DKIM (RFC 6376 §6.1.2: no key record), SPF (RFC 7208 §4.5: no SPF record), PTR (RFC 8601 iprev), a client
# certificate, Google's SMTP relay "Invalid credentials for relay ... isn't registered in your Workspace account"
# (Google Workspace Admin Help 3726730), a smarthost's transport name. HAND-MADE replies.
RECORDS = "RFC 6376 6.1.2, RFC 7208 4.5, RFC 8601 iprev; Google Workspace Admin Help 3726730 (SMTP relay); HAND-MADE"
OURS = [
    ("dkim-key-not-exist", "550 5.7.26 DKIM key for selector s1._domainkey.example.com does not exist", "5.7.26",
     "DATA", False, (), ANY),
    ("spf-record-not-exist", "550 5.7.23 SPF record for example.com does not exist", "5.7.23", "RCPT", False, (),
     ANY),
    ("ptr-not-exist", "550 5.7.25 The reverse DNS (PTR) record for 192.0.2.10 does not exist", "5.7.25", "RCPT",
     False, (), ANY),
    ("in-addr-not-exist", "550 5.7.25 Reverse lookup failed: 10.2.0.192.in-addr.arpa does not exist", "5.7.25",
     "RCPT", False, (), ANY),
    ("client-cert-not-exist", "550 5.7.1 Client certificate for mail.example.com does not exist in the trust store",
     "5.7.1", "RCPT", False, (), ANY),
    ("google-relay-not-registered", "550 5.7.0 Mail relay denied [192.0.2.10]. Invalid credentials for relay for "
     "one of the domains in: example.com (as obtained from HELO and MAIL FROM). Email is being sent from a domain "
     "or IP address which isn't registered in your Workspace account.", "5.7.0", "MAIL", False, (), S),
    ("domain-alias-not-exist", "550 5.7.1 Sender domain alias mail.example.com does not exist in this account",
     "5.7.1", "MAIL", False, (), S),
    ("transport-not-exist", "554 5.3.5 Transport smtp-relay-2 does not exist; check the relay's transport map",
     "5.3.5", "RCPT", False, (), ANY),
]
OURS_CONTROLS = [
    ("mailbox-not-exist", f"550 5.1.1 Mailbox {LEAD} does not exist", "5.1.1", "RCPT", True, UNK, R),
    ("domain-not-exist", "550 5.1.2 Domain partner.example does not exist", "5.1.2", "RCPT", True, HOST, R),
]

# ---- 5. "unavailable" for now, "access denied", "user unknown" in a 4xx --------------------------------------
# RFC 5321's 450/550 "Requested action not taken: mailbox unavailable" beside the cause; Postfix access(5)
# REJECT's generic "Recipient address rejected: Access denied" (access_map_reject_code 554, status 5.7.1) that
# admins put on internal-only addresses; Postfix's 450 for an unverified recipient (unverified_recipient_reject
# _code) and soft_bounce's 4xx for a missing one. HAND-MADE texts.
UNAVAIL = ("RFC 5321 4.2.2 'mailbox unavailable'; Postfix access(5) REJECT, unverified_recipient_reject_code, "
           "soft_bounce (postconf(5)); HAND-MADE")
FOR_NOW = [
    ("unavailable-migrating", "550 5.2.1 Mailbox is unavailable: it is being migrated, please try again later",
     "5.2.1", "RCPT", False, (), ANY),
    ("unavailable-locked", "550 5.2.0 Mailbox temporarily unavailable (locked by another process)", "5.2.0", "RCPT",
     False, (), ANY),
    ("unavailable-full", "550 5.2.2 Requested action not taken: mailbox unavailable (mailbox is full)", "5.2.2",
     "RCPT", False, ("mailboxfull",), R),
    ("unavailable-spam", "550 5.7.1 Requested action not taken: mailbox unavailable (message looks like spam)",
     "5.7.1", "DATA", False, (), ANY),
    ("unavailable-452", "452 4.2.2 Requested action not taken: mailbox unavailable, over quota", "4.2.2", "RCPT",
     False, (), ANY),
    ("access-map-reject", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1", "RCPT", False,
     (), ANY),
    ("user-unknown-450", f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table",
     "4.1.1", "RCPT", False, (), ANY),
    ("unverified-recipient-450", f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: host "
     f"{MX}[192.0.2.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", "4.1.1", "RCPT", False, (),
     ANY),
    ("ldap-down-451", "451 4.3.0 <lead@partner.example>: user unknown (directory lookup failed, try again later)",
     "4.3.0", "RCPT", False, (), ANY),
]
FOR_NOW_CONTROLS = [
    ("rfc5321-unavailable", "550 Requested action not taken: mailbox unavailable", "5.1.1", "RCPT", True, UNK, R),
    ("unavailable-no-such-user", "550 5.1.1 Requested action not taken: mailbox unavailable (no such user)", "5.1.1",
     "RCPT", True, UNK, R),
]

# ---- 6. "no longer" said of a service, a TLS version, a feature, our account --------------------------------
# Microsoft's "535 5.7.139 Authentication unsuccessful, basic authentication is disabled" and its TLS 1.0/1.1
# retirement notices (Microsoft Learn, "TLS 1.0 and 1.1 deprecation for Office 365"), the rest HAND-MADE.
NO_LONGER = "Microsoft Learn (5.7.139; TLS 1.0/1.1 deprecation); HAND-MADE 'no longer' refusals of a service"
SERVICE = [
    ("tls10-no-longer", "554 5.7.0 TLS 1.0 is no longer supported; please use TLS 1.2 or later", "5.7.0", "MAIL",
     False, (), ANY),
    ("service-no-longer-ip", "550 5.7.1 This service is no longer available to your IP address", "5.7.1", "RCPT",
     False, (), ANY),
    ("our-account-no-longer-active", "550 5.7.1 Your account is no longer active; please renew your subscription",
     "5.7.1", "MAIL", False, (), S),
    ("relaying-no-longer", "550 5.7.1 Relaying through this server is no longer permitted", "5.7.1", "RCPT", False,
     (), ANY),
    ("size-no-longer", "552 5.3.4 Messages over 10 MB are no longer accepted", "5.3.4", "DATA", False, (), ANY),
    ("freemail-no-longer", "550 5.7.1 Mail from free mail domains is no longer accepted here", "5.7.1", "DATA",
     False, (), ANY),
    ("recipient-no-longer-accepts-from", "550 5.7.1 The recipient no longer accepts mail from your domain", "5.7.1",
     "RCPT", False, (), ANY),
]
SERVICE_CONTROLS = [
    ("recipient-no-longer-exists", "550 5.1.1 The recipient no longer exists", "5.1.1", "RCPT", True, UNK, R),
    ("address-no-longer-valid", "550 5.1.1 This email address is wrong or no longer valid", "5.1.1", "RCPT", True,
     UNK, R),
]

# ---- 7. a provider's recipient rules (classifier/remote) on words that are about something else -------------
# GMX/WEB.DE/IONOS put RFC 5321's "Requested action not taken: mailbox unavailable" in front of the cause
# (gmx.py's own comments; IONOS help "SMTP-Fehlermeldungen"), HAND-MADE causes; Microsoft 365's DBEB
# "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)" (Microsoft Learn, "Fix NDR error 550
# 5.4.1") is the true-hard control beside a Postfix access map's same words.
GMX = "gmx.py's IONOS/GMX layout ('mailbox unavailable' before the cause); causes HAND-MADE"
GMX_MX = "mx00.gmx.net"
PROVIDERS = [
    ("gmx-unavailable-quota", "550-Requested action not taken: mailbox unavailable 550 Mailbox quota exceeded",
     "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("gmx-unavailable-spam", "550-Requested action not taken: mailbox unavailable 550 Message rejected as spam",
     "5.7.1", "DATA", False, (), ANY),
    ("gmx-unavailable-sender-domain", "550-Requested action not taken: mailbox unavailable 550 Sender domain does "
     "not exist", "5.1.8", "RCPT", False, (), ANY),
]
PROVIDER_CONTROLS = [
    ("gmx-unavailable", "550 Requested action not taken: mailbox unavailable", "5.1.1", "RCPT", True, UNK, R),
]
M365 = "Microsoft Learn 'Fix NDR error 550 5.4.1 in Exchange Online' (Directory-Based Edge Blocking)"
M365_MX = "partner-example.mail.protection.outlook.com"
M365_CONTROLS = [
    ("m365-dbeb", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM11FT012.eop-nam11.prod."
     "protection.outlook.com]", "5.4.1", "RCPT", True, UNK, R),
]

_QUOTED = ("sender-undeliverable", "client-unknown-access-denied", "spf-record-not-exist", "in-addr-not-exist",
           "access-map-reject", "unavailable-spam", "rcpt-unlisted-local", "mailbox-not-exist",
           "recipient-no-longer-accepts-from", "unknown-rcpt-parameter")
_ALL = SENDER + SENDER_CONTROLS + SENDER_MTAS + HELO + UNKNOWN_THINGS + OURS + OURS_CONTROLS + FOR_NOW + SERVICE
_SRC = {**{e[0]: PF_SENDER for e in SENDER + SENDER_CONTROLS}, **{e[0]: OTHER_SENDER for e in SENDER_MTAS},
        **{e[0]: PF_HELO for e in HELO}, **{e[0]: PROTO for e in UNKNOWN_THINGS},
        **{e[0]: RECORDS for e in OURS + OURS_CONTROLS}, **{e[0]: UNAVAIL for e in FOR_NOW},
        **{e[0]: NO_LONGER for e in SERVICE}}
ROWS = (rows_relayed("s", PF_SENDER, MX, LEAD, SENDER + SENDER_CONTROLS)
        + rows_relayed("m", OTHER_SENDER, MX, LEAD, SENDER_MTAS) + rows_relayed("h", PF_HELO, MX, LEAD, HELO)
        + rows_relayed("u", PROTO, MX, LEAD, UNKNOWN_THINGS) + rows_relayed("o", RECORDS, MX, LEAD, OURS + OURS_CONTROLS)
        + rows_relayed("n", UNAVAIL, MX, LEAD, FOR_NOW + FOR_NOW_CONTROLS)
        + rows_relayed("l", NO_LONGER, MX, LEAD, SERVICE + SERVICE_CONTROLS)
        + rows_relayed("p", GMX, GMX_MX, "lead@gmx.example", PROVIDERS + PROVIDER_CONTROLS)
        + rows_relayed("p", M365, M365_MX, LEAD, M365_CONTROLS)
        + [row for e in _ALL if e[0] in _QUOTED for row in rows_quoted("q", _SRC[e[0]], MX, LEAD, [e])]
        + LANG_ROWS + WHOLE_ROWS + MORE_ROWS)
