"""The fortieth review's whole notices: Sisimai 5's provider (Rhost) tables as an outside opinion,
what review 25 (Sisimai 4.25's tables, review_notices25.py) could not see because 4.25 lacked them
or held older copies: Mimecast's SMTP error table, Zoho's, Cloudflare Email Routing's and Apple
iCloud's phrases here; Yahoo's, Tencent QQ's, Facebook's, MessageLabs', NTT docomo's, Cox's,
Spectrum's, GoDaddy's, Orange's, AOL's and Google Workspace's in review_notices40_more.py; the notices of
MTAs Sisimai 5 newly parses (Deutsche Telekom's Smail fork, Mimecast's own, dma) in
review_notices40_lhost.py. Read in sisimai/go-sisimai rhost/for-*.go and lhost/via-*.go (library
code only: none of Sisimai's sample mails, tests or expected results were opened). Each table
entry is one whole notice: the shortest reply carrying the entry's words, from the provider's MX,
in our relay's report (notices.relayed, a 4.x reply as a delay) and, when final and to the
recipient or the message, as Gmail's own DSN and Exchange Online's NDR quote it (review 25's
rows_relayed / rows_quoted). The words are the provider's as Sisimai's table and comments quote
them (its comments cite the provider's page); status codes, hosts and reply lines around them are
written here by hand. Sisimai's reason was NOT copied: each expectation is this project's
taxonomy's reading (shared/classifier/taxonomy.md), written before the classifier ran; where it
differs from Sisimai's the entry says so ("Sisimai: x"). All HAND-MADE;
test_review_notices40.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices40_lhost import LHOST_ROWS
from tests.classifier.review_notices40_more import MORE_ROWS

R, S, ANY = "recipient", "sender", None
GO = "sisimai/go-sisimai rhost/{} (Sisimai 5's table, library code only) as outside opinion"

# ---- Mimecast: its table keys each phrase to a reply code (for-mimecast.go cites Mimecast's "SMTP
# Error Codes" pages, community.mimecast.com 842605754 and email-security-cloud-gateway-mimecast-
# smtp-error-codes). Mimecast's replies end with its doc link and a log tag.
MC = "lead@mimecast-customer.example"
MC_MX = "eu-smtp-inbound-1.mimecast.com"
MSRC = GO.format("for-mimecast.go") + "; Mimecast 'SMTP Error Codes' as its comments quote it"


def _mc(code: str, text: str) -> str:
    return f"{code} {text} - https://community.mimecast.com/docs/DOC-1369#{code} [x7Qp2LkAQ-2fTz1c.uk292]"


TLS_ = ("securityerror", "systemerror", "failedstarttls")
BLOCKED_BY_RECIPIENT = ("rejected", "filtered", "blocked", "policyviolation")
MIMECAST_REPLIES = [
    ("spf-sender-invalid", _mc("550", "SPF Sender Invalid - envelope rejected"), "5.7.1", "RCPT", False,
     ("authfailure",), S),
    ("dkim-sender-invalid", _mc("550", "DKIM Sender Invalid - envelope rejected"), "5.7.1", "DATA", False,
     ("authfailure",), S),
    ("dmarc-sender-invalid", _mc("550", "DMARC Sender Invalid - envelope rejected"), "5.7.1", "DATA", False,
     ("authfailure", "policyviolation"), S),
    # Greylisting or a poor reputation, the page says; the words say only "temporarily unavailable".
    ("internal-resources-unavailable", _mc("451", "Internal resources are temporarily unavailable"), "4.3.0",
     "RCPT", False, ("systemerror", "blocked", "badreputation"), ANY),
    ("local-ct-ip-reputation", _mc("550", "Local CT IP Reputation - (reject)"), "5.7.1", "CONN", False,
     ("badreputation", "blocked"), S),
    # The page: the sender's IP is blocked by a Blocked Senders policy; the words name the sender's address.
    ("sender-address-blocked", _mc("421", "Sender Address Blocked"), "4.7.1", "MAIL", False,
     ("blocked", "rejected"), S),
    ("recipient-temporarily-unavailable", _mc("451", "Recipient Temporarily Unavailable"), "4.3.0", "RCPT", False,
     ("systemerror", "blocked", "onhold", "undefined"), ANY),
    ("ip-temporarily-blacklisted", _mc("451", "IP Temporarily Blacklisted"), "4.7.1", "CONN", False,
     ("blocked",), S),
    # Journaling (a customer's own archive feed): Sisimai lists the phrase twice, expired and onhold.
    ("journal-past-expiration", _mc("550", "Journal messages past the expiration"), "5.0.0", "DATA", False,
     ("expired", "onhold", "undefined", "systemerror"), ANY),
    # TLS required by the receiver's policy (Sisimai 5.2: failedstarttls; 5.1's names: securityerror/systemerror).
    ("route-requires-tls", _mc("553", "This route requires encryption (TLS)"), "5.7.0", "MAIL", False, TLS_, ANY),
    ("route-requires-tls12", _mc("553", "This route requires TLS version 1.2 or greater"), "5.7.0", "MAIL", False,
     TLS_, ANY),
    ("route-requires-ciphers", _mc("553", "This route requires high-strength ciphers"), "5.7.0", "MAIL", False,
     TLS_, ANY),
    ("certificate-config-invalid", _mc("554", "Configuration is invalid for this certificate"), "5.7.0", "CONN",
     False, TLS_, ANY),
    ("maximum-size", _mc("554", "Maximum email size exceeded"), "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    # The recipient domain's MX points at Mimecast's outbound host: the recipient's misconfiguration.
    ("incorrect-hostname-451", _mc("451", "The incorrect hostname used for inbounds"), "4.4.0", "RCPT", False,
     ("networkerror", "systemerror"), ANY),
    ("incorrect-hostname-550", _mc("550", "The incorrect hostname used for inbounds"), "5.4.0", "RCPT", False,
     ("networkerror", "systemerror"), ANY),
    ("mail-loop", _mc("554", "Mail loop detected"), "5.4.6", "DATA", False, ("systemerror", "networkerror"), ANY),
    ("open-relay-not-allowed", _mc("451", "Open relay not allowed"), "4.7.1", "RCPT", False, ("norelaying",), ANY),
    ("open-relay-is-not-allowed", _mc("451", "Open relay is not allowed"), "4.7.1", "RCPT", False,
     ("norelaying",), ANY),
    # Inbound mail turned off for the whole account: notaccept, soft because 4xx (taxonomy section 4).
    ("account-inbounds-disabled", _mc("451", "Account inbounds disabled"), "4.3.2", "RCPT", False,
     ("notaccept", "suspend", "systemerror"), R),
    ("account-outbounds-disabled", _mc("451", "Account outbounds disabled"), "4.3.2", "MAIL", False,
     ("onhold", "securityerror", "systemerror", "rejected", "undefined"), ANY),
    ("hostname-not-authorized", _mc("451", "Hostname is not authorized"), "4.7.1", "CONN", False,
     ("onhold", "blocked", "securityerror", "undefined"), ANY),
    ("journal-message-past-expiration", _mc("550", "Journal message past expiration"), "5.0.0", "DATA", False,
     ("expired", "onhold", "undefined", "systemerror"), ANY),
    ("anti-spoofing-inbound", _mc("550", "Anti-Spoofing policy - Inbound not allowed"), "5.7.1", "DATA", False,
     ("policyviolation", "authfailure", "rejected"), ANY),
    ("header-anti-spoofing", _mc("550", "Rejected by header-based Anti-Spoofing policy"), "5.7.1", "DATA", False,
     ("policyviolation", "authfailure", "rejected"), ANY),
    ("content-examination", _mc("550", "Message bounced due to Content Examination Policy"), "5.7.1", "DATA", False,
     ("policyviolation", "spamdetected", "filtered"), ANY),
    # A Geographical Restriction policy refusing our network: the sender's side.
    ("host-network-not-allowed", _mc("554", "Host network not allowed"), "5.7.1", "CONN", False,
     ("blocked", "policyviolation"), S),
    ("host-network-comma-not-allowed", _mc("554", "Host network, not allowed"), "5.7.1", "CONN", False,
     ("blocked", "policyviolation"), S),
    # Blocked Senders policies, the recipient's organisation's or the recipient's own (Managed Senders).
    ("administrative-prohibition", _mc("550", "Administrative prohibition envelope blocked"), "5.7.1", "RCPT", False,
     BLOCKED_BY_RECIPIENT, ANY),
    ("envelope-blocked-user-entry", _mc("550", "Envelope blocked - User Entry"), "5.7.1", "RCPT", False,
     BLOCKED_BY_RECIPIENT, ANY),
    ("envelope-blocked-user-domain-entry", _mc("550", "Envelope blocked - User Domain Entry"), "5.7.1", "RCPT",
     False, BLOCKED_BY_RECIPIENT, ANY),
    ("header-manually-blocked", _mc("550", "Rejected by header-based Manually Blocked Senders - Block for manual "
                                    "block"), "5.7.1", "DATA", False, BLOCKED_BY_RECIPIENT, ANY),
    ("header-blocked-senders", _mc("550", "Rejected by header-based Blocked Senders - Block policy for Header From"),
     "5.7.1", "DATA", False, BLOCKED_BY_RECIPIENT, ANY),
    ("envelope-from-block-policy", _mc("550", "Envelope Rejected - Block policy for Envelope From address"), "5.7.1",
     "MAIL", False, BLOCKED_BY_RECIPIENT, ANY),
    ("incorrect-authentication-data", _mc("535", "Incorrect authentication data"), "5.7.8", "AUTH", False,
     ("securityerror",), S),
    ("submitter-failed-to-authenticate", _mc("550", "Submitter failed to authenticate"), "5.7.1", "MAIL", False,
     ("securityerror",), S),
    ("unable-to-process-connection", _mc("451", "Unable to process connection at this time"), "4.3.2", "CONN",
     False, ("systemerror", "toomanyconn"), ANY),
    ("message-ended-early", _mc("451", "Message ended early"), "4.3.0", "DATA", False,
     ("systemerror", "contenterror", "networkerror"), ANY),
    ("unable-to-process-command", _mc("451", "Unable to process command"), "4.3.0", "RCPT", False,
     ("systemerror",), ANY),
    ("unable-to-process-email", _mc("451", "Unable to process an email at this time"), "4.3.0", "DATA", False,
     ("systemerror",), ANY),
    ("account-service-unavailable", _mc("451", "Account service is temporarily unavailable"), "4.3.2", "CONN", False,
     ("toomanyconn", "systemerror", "blocked"), ANY),
    ("too-many-recipients", _mc("452", "Too many recipients"), "4.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit"), ANY),
    ("outbound-thread-limit", _mc("550", "Exceeding outbound thread limit"), "5.7.1", "MAIL", False,
     ("toomanyconn", "speeding"), S),
    # An address that is no valid SMTP address: the address itself is bad (5.1.3, taxonomy: userunknown).
    ("invalid-address", _mc("501", "Invalid Address"), "5.1.3", "RCPT", True, ("userunknown",), R),
    # The page glosses 503 "User unknown" as a bad sequence or a missing login; the words say no such user.
    ("user-unknown-503", _mc("503", "User unknown"), "5.1.1", "RCPT", True, ("userunknown",), R),
    ("invalid-recipient", _mc("550", "Invalid Recipient"), "5.1.1", "RCPT", True, ("userunknown",), R),
]

# ---- Zoho Mail (for-zoho.go; its comments quote Postfix's reports of mx.zoho.com's replies).
ZO = "lead@zylker-customer.example"
ZO_MX = "mx.zoho.com"
ZSRC = GO.format("for-zoho.go") + " (the replies its comments quote)"
ZOHO_REPLIES = [
    ("dmarc-policy", "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1", "DATA", False,
     ("authfailure", "policyviolation"), S),
    # Sisimai: blocked. Greylisting asks the sending host to come back: temporary, the sender's side.
    ("greylisted", "451 4.7.1 Greylisted, try again after some time", "4.7.1", "RCPT", False,
     ("blocked", "policyviolation", "systemerror", "speeding"), ANY),
    # Sisimai: rejected. The words say the message was judged spam (taxonomy: spamdetected).
    ("flagged-as-spam", "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.", "5.7.1", "RCPT",
     False, ("spamdetected",), ANY),
    # Sisimai: rejected (the sender). The words: the recipient's domain refused it; whose fault unsaid.
    ("rejected-by-destination-domain", "541 5.4.1 Mail rejected by destination domain", "5.4.1", "RCPT", False,
     ("filtered", "rejected", "blocked", "policyviolation"), ANY),
    ("policy-violation-detected", "554 5.7.7 Email policy violation detected", "5.7.7", "DATA", False,
     ("policyviolation",), ANY),
    ("delivery-restricted-by-policy", "550 5.7.1 Mailbox delivery restricted by policy error", "5.7.1", "RCPT",
     False, ("policyviolation", "filtered"), ANY),
    ("temporary-system-error", "452 4.3.1 Temporary System Error", "4.3.1", "RCPT", False,
     ("systemerror", "systemfull"), ANY),
    ("user-does-not-exist", f"550 5.1.1 User does not exist - <{ZO}>", "5.1.1", "RCPT", True, ("userunknown",), R),
    # Sisimai: mailererror (its catch-all key for this). The words: a virus was found.
    ("virus-detected", "552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail", "5.7.1", "DATA", False,
     ("virusdetected",), ANY),
]

# ---- Cloudflare Email Routing (for-cloudflare.go cites developers.cloudflare.com/email-routing/
# postmaster/); the reply lines around its two phrases by hand.
CF = "lead@routed-domain.example"
CF_MX = "route1.mx.cloudflare.net"
CSRC = GO.format("for-cloudflare.go") + " (its two phrases; the reply lines by hand)"
CLOUDFLARE_REPLIES = [
    ("dnsbl", "550 5.7.1 [192.0.2.7] Our system has detected that the sending IP is found on one or more DNSBLs. "
     "https://developers.cloudflare.com/email-routing/postmaster/", "5.7.1", "RCPT", False, ("blocked",), S),
    # The forwarding destination (the user's real mailbox) failed: a temporary relay problem.
    ("upstream-error", "451 4.3.0 Upstream error, please try again later. "
     "https://developers.cloudflare.com/email-routing/postmaster/", "4.3.0", "DATA", False,
     ("systemerror", "networkerror"), ANY),
]

# ---- Apple iCloud (for-apple.go, its comments quoting iCloud's replies). Review 31 wrote iCloud's
# tagged policy lines and the "excessive volume" deferral; only what it lacks is here.
IC = "lead@icloud.com"
IC_MX = "mx01.mail.icloud.com"
ASRC = GO.format("for-apple.go") + " (the replies its comments quote)"
APPLE_REPLIES = [
    ("dmarc-policy", "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See "
     "https://support.apple.com/en-us/HT204137 for", "5.7.1", "DATA", False, ("authfailure", "policyviolation"), S),
    ("hme1-spf-and-dkim", "554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication "
     "checks. See https://support.apple.com/en-us/HT204137 for mailing best practices", "5.7.1", "DATA", False,
     ("authfailure",), S),
    ("proofpoint-dnsbl", "550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.7",
     "5.7.0", "CONN", False, ("blocked",), S),
    # A domain in the message is on Spamhaus's domain list: the sender's content (Sisimai: blocked).
    ("spamhaus-dbl", "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see "
     "https://www.spamhaus.org/dbl/", "5.7.1", "DATA", False, ("blocked", "spamdetected"), S),
    ("spamhaus-sbl", "550 5.7.1 Mail from IP 192.0.2.7 was rejected due to listing in Spamhaus SBL. For details "
     "please see http://www.spamhaus.org/query/bl?ip=192.0.2.7", "5.7.1", "CONN", False, ("blocked",), S),
    ("not-accepting-connections", "554 p00-icloudmta-smtpin001.me.com ESMTP not accepting connections", "5.0.0",
     "CONN", False, ("blocked", "systemerror", "toomanyconn"), ANY),
    ("no-longer-on-server", f"550 5.1.6 recipient no longer on server: {IC}", "5.1.6", "RCPT", True,
     ("hasmoved", "userunknown"), R),
    ("over-quota", f"552 5.2.2 <{IC}>: user is over quota", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("relay-access-denied", f"554 5.7.1 <{IC}>: Relay access denied", "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("sender-domain-not-found", "450 4.1.8 <seller@example.com>: Sender address rejected: Domain not found",
     "4.1.8", "RCPT", False, ("rejected",), S),
    # Sisimai: userunknown (hard). The taxonomy reads "inactive" as suspend (soft), even under 5.1.1.
    ("inactive-email-address", f"550 5.1.1 <{IC}>: inactive email address", "5.1.1", "RCPT", False,
     ("suspend",), R),
    ("user-does-not-exist", f"550 5.1.1 <{IC}>: user does not exist", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("unknown-or-illegal-alias", f"550 5.1.1 unknown or illegal alias: {IC}", "5.1.1", "RCPT", True,
     ("userunknown",), R),
]

TABLES = [("mimecast", MSRC, MC_MX, MC, MIMECAST_REPLIES), ("zoho", ZSRC, ZO_MX, ZO, ZOHO_REPLIES),
          ("cloudflare", CSRC, CF_MX, CF, CLOUDFLARE_REPLIES), ("apple", ASRC, IC_MX, IC, APPLE_REPLIES)]

ROWS = ([row for prefix, src, mx, to, table in TABLES for row in rows_relayed("r40-" + prefix, src, mx, to, table)]
        + [row for prefix, src, mx, to, table in TABLES for row in rows_quoted("r40-" + prefix, src, mx, to, table)]
        + MORE_ROWS + LHOST_ROWS)
