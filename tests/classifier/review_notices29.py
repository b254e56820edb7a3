"""The twenty-ninth review's whole notices: the rejection replies and own notices of the email
security gateways in front of business domains (Cisco Secure Email / IronPort AsyncOS, Barracuda
Email Security Service and Gateway, Trend Micro Email Security / HES / IMSVA / Deep Discovery Email
Inspector, Proofpoint Essentials and PPS, Symantec/Broadcom Email Security.cloud (MessageLabs),
Sophos Firewall / UTM Email Protection, VIPRE Email Security, Mailprotector, Rspamd-based filters),
each wording taken from the vendor's own page (or, where the vendor publishes none, a public page
quoting its reply), written into our layouts (tests/classifier/notices.py: our Postfix relay's
report, Gmail's own DSN, Exchange Online's NDR, Email Security.cloud's own notice). What is already
covered (review_notices2_gateways.py, review_notices11.py's Sophos XGEMAIL rows, the server wording
tables) is not repeated; where a wording is, it comes here only in another layout.

Expectations are the taxonomy's reading of the words (shared/classifier/taxonomy.md: blocked = our
IP or host refused; spamdetected = the content judged spam; policyviolation = another receiver
policy; userunknown only where the gateway says the recipient does not exist), written before the
classifier ran. A gateway's "blocked" / "denied" / "policy" without a subject may be any of the
blocklist / spam / policy family; such rows accept the family and pin hard/soft. Only the replies
and their hosts are the vendors'; statuses, IPs (documentation ranges) and layouts are written here.
All HAND-MADE; test_review_notices29.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN
from tests.classifier.review_notices29_layouts import (
    IP, FAMILY, BLOCK, CISCO_HAT, CISCO_SPF, CISCO_RATE, BARRACUDA_ESS, BARRACUDA_CACHE, BARRACUDA_BRBL,
    TREND_QIL, TREND_DDEI, TREND_WFBS, TREND_DEFER, PP_POLICY, PPE_RELAY, SPAMBRELLA, PP_IPCHECK, PP_SPAM,
    BROADCOM_OUT, BROADCOM_EXT, SOPHOS_RBL, VIPRE, MAILPROTECTOR, RSPAMD, NETH, HARAKA, HORNET, TREND_DB,
    PP_DNSBL, HORNET_CODES, SMTP_CODES, ZODIAC, MAILSPHERE, HALON, PROTON_RSPAMD, CISCO_MX, ESS, HES, PPE, PPS,
    VIPRE_MX, gmail, exo, ml, halon, soft, HAT, HAT_TALOS, ESS_X, BRBL, QIL)

# ---- Cisco Secure Email (AsyncOS) -------------------------------------------------------------
CISCO = [
    ("cisco-hat-poor-reputation-greeting", CISCO_HAT, relayed(HAT, status=None, command="CONN", remote=CISCO_MX),
     soft(BLOCK, S)),
    ("cisco-hat-poor-reputation-gmail", CISCO_HAT + " (as Gmail quotes it)", gmail(HAT, "5.0.0", CISCO_MX),
     soft(BLOCK, S)),
    ("cisco-hat-poor-reputation-exo", CISCO_HAT + " (as Exchange Online quotes it)", exo(HAT, "5.0.0", CISCO_MX),
     soft(BLOCK, S)),
    ("cisco-hat-talos-multiline", CISCO_HAT + " (the multi-line reply with Talos's page)",
     relayed(HAT_TALOS, status=None, command="CONN", remote=CISCO_MX), soft(BLOCK, S)),
    ("cisco-spf-defer", CISCO_SPF,
     relayed("451 #4.4.3 Temporary error occurred during SPF verification.", status="4.4.3", command="MAIL",
             remote=CISCO_MX), soft((), None, True)),
    ("cisco-recipients-per-hour", CISCO_RATE,
     relayed("452 Too many recipients received this hour", status="4.5.3", remote=CISCO_MX),
     soft(("speeding", "toomanyconn"), None, True)),
    ("cisco-recipients-per-hour-final-gmail", CISCO_RATE + " (Gmail gave up after its retries: a final 4.x report)",
     gmail("452 Too many recipients received this hour", "4.5.3", CISCO_MX), soft(("speeding", "toomanyconn"))),
]

# ---- Barracuda --------------------------------------------------------------------------------
BARRACUDA = [
    ("barracuda-ess-blocked-relayed", BARRACUDA_ESS, relayed(ESS_X, status=None, command="DATA", remote=ESS),
     soft(FAMILY)),
    ("barracuda-ess-blocked-exo", BARRACUDA_ESS + " (as Exchange Online quotes it)", exo(ESS_X, "5.0.0", ESS),
     soft(FAMILY)),
    ("barracuda-ess-blocked-rcpt-5.7.1", BARRACUDA_ESS + " (at RCPT, with a 5.7.1 our relay wrote)",
     relayed(ESS_X, status="5.7.1", remote=ESS), soft(FAMILY)),
    ("barracuda-brbl-gmail", BARRACUDA_BRBL + " (as Gmail quotes it)", gmail(BRBL, "5.0.0", ESS), soft(BLOCK, S)),
    ("barracuda-brbl-exo", BARRACUDA_BRBL + " (as Exchange Online quotes it)", exo(BRBL, "5.7.1", ESS),
     soft(BLOCK, S)),
    ("barracuda-ess-destination-not-authenticated", BARRACUDA_CACHE,
     relayed("530 5.7.1 Client was not authenticated", status="5.7.1", command="MAIL", remote="mail.somedomain.example"),
     soft(("securityerror", "blocked", "rejected"))),
]

# ---- Trend Micro ------------------------------------------------------------------------------
TREND = [
    ("trend-hes-ers-qil", TREND_QIL, relayed(QIL, status="5.7.1", remote=HES), soft(BLOCK, S)),
    ("trend-hes-ers-qil-gmail", TREND_QIL + " (as Gmail quotes it)", gmail(QIL, "5.7.1", HES), soft(BLOCK, S)),
    ("trend-hes-ers-qil-temporary", TREND_QIL + " (the QIL's temporary form)",
     relayed(f"450 4.7.1 <{LEAD}>: Recipient address rejected: ERS-QIL.", status="4.7.1", remote=HES),
     soft(BLOCK, S, True)),
    ("trend-ers-deferred-database", TREND_DEFER,
     relayed(f"450 Mail from {IP} deferred using Trend Micro Email Reputation database. Please see "
             f"https://www.mail-abuse.com/cgi-bin/lookup?{IP}", status="4.7.1", command="MAIL", remote=HES),
     soft(BLOCK, S, True)),
    ("trend-wfbs-ers-blocked-gmail", TREND_WFBS + " (as Gmail quotes it)",
     gmail("550 Your email messages have been blocked by Trend Micro Email Reputation Service.", "5.0.0",
            "mail.partner.example"), soft(BLOCK, S)),
    ("trend-ddei-block-permanently-rcpt", TREND_DDEI + " (a sender filter, not the address: never hard though 521)",
     relayed("521 Block permanently (Sender Filtering/Authentication)", status=None, remote="ddei.partner.example"),
     soft(FAMILY + ("authfailure", "securityerror"))),
    ("trend-ddei-block-permanently-gmail", TREND_DDEI + " (as Gmail quotes it, no stage)",
     gmail("521 Block permanently (Sender Filtering/Authentication)", "5.0.0", "ddei.partner.example"),
     soft(FAMILY + ("authfailure", "securityerror"))),
    ("trend-ddei-block-temporarily", TREND_DDEI,
     relayed("421 Block temporarily (Sender Filtering/Authentication)", status="4.0.0", command="MAIL",
             remote="ddei.partner.example"), soft((), None, True)),
]

# ---- Proofpoint -------------------------------------------------------------------------------
PROOFPOINT = [
    ("proofpoint-local-policy-violation", PP_POLICY,
     relayed("550 5.7.0 Local Policy Violation", status="5.7.0", command="MAIL", remote=PPS),
     soft(("blocked", "badreputation", "policyviolation"))),
    ("proofpoint-local-policy-violation-gmail", PP_POLICY + " (as Gmail quotes it)",
     gmail("550 5.7.0 Local Policy Violation", "5.7.0", PPS), soft(("blocked", "badreputation", "policyviolation"))),
    ("ppe-relay-access-denied", PPE_RELAY,
     relayed(f"554 5.7.1 <{LEAD}>: Relay access denied", status="5.7.1", remote=PPE), soft(("norelaying",))),
    ("ppe-sender-rejected-5.1.0-mail", SPAMBRELLA + " (5.1.0 here names the sender, not a mailbox)",
     relayed("550 5.1.0 sender rejected", status="5.1.0", command="MAIL", remote=PPE),
     soft(("rejected", "blocked", "authfailure"), S)),
    ("ppe-sender-rejected-5.1.0-gmail", SPAMBRELLA + " (as Gmail quotes it: no stage, status 5.1.0)",
     gmail("550 5.1.0 sender rejected", "5.1.0", PPE), soft(("rejected", "blocked", "authfailure"), S)),
    ("ppe-insufficient-resources", SPAMBRELLA,
     relayed("452 4.3.1 Insufficient system resources", status="4.3.1", remote=PPE),
     soft(("systemfull",), None, True)),
    ("proofpoint-ipcheck-gmail", PP_IPCHECK + " (as Gmail quotes it)",
     gmail(f"554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip={IP}", "5.7.0", PPS), soft(BLOCK, S)),
    ("proofpoint-spam-content-exo", PP_SPAM + " (as Exchange Online quotes it)",
     exo("550 5.7.1 Message blocked due to spam content in the message.", "5.7.1", PPS), soft(("spamdetected",))),
]

# ---- Symantec / Broadcom Email Security.cloud's own notice -----------------------------------
MESSAGELABS = [
    ("ml-denied-mode-normal", BROADCOM_OUT, ml("554 Denied (Mode: normal)", "5.0.0"), soft(FAMILY)),
    ("ml-denied-by-policy", BROADCOM_OUT, ml("550 Denied by policy", "5.0.0"), soft(FAMILY)),
    ("ml-content-restrictions", BROADCOM_OUT, ml("550 5.7.1 Message rejected due to content restrictions", "5.7.1"),
     soft(("policyviolation", "filtered", "spamdetected"))),
    ("ml-sender-denied-5.1.0", BROADCOM_OUT + " (5.1.0 about the sender)", ml("554 5.1.0 Sender denied", "5.1.0"),
     soft(("rejected", "blocked"))),
    ("ml-envelope-sender-rejected", BROADCOM_OUT, ml("553 Envelope sender rejected", "5.0.0"), soft(("rejected",))),
    ("ml-sender-verify-failed", BROADCOM_OUT, ml("550 Sender verify failed", "5.0.0"), soft(("rejected",))),
    ("ml-vba-macros", BROADCOM_OUT, ml("552 MS-Office file containing VBA macros found inside of the email", "5.0.0"),
     soft(("policyviolation", "virusdetected", "filtered", "contenterror"))),
    ("ml-spam-content-filtering", BROADCOM_OUT, ml("550 5.7.1 Message rejected as spam by Content Filtering.", "5.7.1"),
     soft(("spamdetected",))),
    ("ml-exceeded-max-time", BROADCOM_OUT, ml("554 5.4.7 [internal] exceeded max time without delivery", "5.4.7"),
     soft(("expired",))),
    ("ml-spf-not-authorized", BROADCOM_OUT, ml("550 SPF check failed. Sender not authorized", "5.0.0"),
     soft(("authfailure",))),
    ("ml-recipient-no-such-user", BROADCOM_OUT,
     ml("554 5.7.1 Recipient address rejected: No such user", "5.7.1"), [(LEAD, True, UNKNOWN, R, False)]),
    ("ml-sender-on-domain-blacklist-551", BROADCOM_EXT + " (551, yet the sender is the one refused)",
     ml("551 Sender is on domain's blacklist", "5.0.0"), soft(("rejected", "filtered", "blocked"))),
    ("ml-ip-on-block-list", BROADCOM_EXT,
     ml("550 5.7.1 Recipient not authorized, your IP has been found on a block list", "5.7.1"), soft(BLOCK)),
    ("ml-banned-content", BROADCOM_EXT, ml("554 Rejected due to banned content", "5.0.0"),
     soft(("policyviolation", "spamdetected", "filtered", "virusdetected"))),
    ("ml-spam-content", BROADCOM_EXT, ml("554 Rejected due to spam content", "5.0.0"), soft(("spamdetected",))),
    ("ml-unsafe-content-phishing", BROADCOM_EXT,
     ml("550 Message contained unsafe content (Heuristics.Phishing.Email.SpoofedDomain)", "5.0.0"),
     soft(("virusdetected", "spamdetected", "policyviolation"))),
    ("ml-mail-relay-denied", BROADCOM_EXT, ml('550 "5.7.0" Mail relay denied', "5.7.0"), soft(("norelaying",))),
    ("ml-permission-denied", BROADCOM_EXT, ml("550 Permission denied", "5.0.0"), soft()),
]

MESSAGELABS += [
    ("ml-unable-to-relay", BROADCOM_OUT, ml("550 5.7.1 Unable to Relay", "5.7.1"), soft(("norelaying",))),
    ("ml-mailbox-is-full", BROADCOM_OUT, ml("552 Mailbox is full", "5.0.0"), soft(("mailboxfull",))),
    ("ml-exceeded-storage-allocation", BROADCOM_OUT + " (filed under 'The recipient's mailbox is full')",
     ml("552 Requested mail action aborted: exceeded storage allocation", "5.0.0"),
     soft(("mailboxfull", "systemfull"))),
    ("ml-size-exceeds-fixed-limit", BROADCOM_OUT, ml("552 Message size exceeds fixed limit", "5.0.0"),
     soft(("mesgtoobig",))),
    ("ml-user-unknown-no-stage", BROADCOM_OUT + " ('550 User unknown' with no stage and no 5.1.x: the team's call "
     "reads such English words filtered, soft)", ml("550 User unknown", "5.0.0"), soft(("filtered", "userunknown"))),
    ("ml-user-unknown-5.1.1", BROADCOM_OUT + " (the same words under a 5.1.1 status)", ml("550 User unknown", "5.1.1"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("symantec-421-temporarily-unavailable", MAILSPHERE,
     relayed("421 Service Temporarily Unavailable", status="4.0.0", command="CONN", remote="cluster5.eu.messagelabs.com"),
     soft((), None, True)),
]

# ---- Sophos, VIPRE, Mailprotector --------------------------------------------------------------
OTHERS = [
    ("sophos-xgs-rbl-listed", SOPHOS_RBL,
     relayed("550 5.7.1 Rejected - listed in bl.spamcop.net", status="5.7.1", remote="mail.partner.example"),
     soft(BLOCK, S)),
    ("vipre-domain-not-configured", VIPRE + " ('Your domain is not configured to use this MX host': a domain the "
     "service does not filter)",
     relayed("550 Your domain is not configured to use this MX host.", status=None, remote=VIPRE_MX),
     soft(("norelaying", "notaccept", "systemerror"))),
    ("vipre-tls-required", VIPRE,
     relayed("550 Your sender domain is required to send via an encrypted SMTP session", status=None, command="MAIL",
             remote=VIPRE_MX), soft(("securityerror",))),
    ("vipre-sender-verify-failed", VIPRE, relayed("550 Sender Verify Failed", status=None, command="MAIL",
                                                  remote=VIPRE_MX), soft(("rejected",))),
    ("mailprotector-greylisted", MAILPROTECTOR,
     relayed(f"450 4.2.0 <{LEAD}>: Recipient address rejected: Greylisted, see http://postgrey.example/", status="4.2.0",
             remote="inbound.mailprotector.example"), soft(("blocked",), None, True)),
    ("mailprotector-submission-rate", MAILPROTECTOR,
     relayed("421 4.4.2 Message submission rate for this client has exceeded the configured limit", status="4.4.2",
             command="MAIL", remote="destination-1834.routing.emailservice.example"),
     soft(("speeding", "toomanyconn"), None, True)),
]

# ---- Rspamd-based filters ----------------------------------------------------------------------
RSPAMD_ROWS = [
    ("rspamd-spam-message-rejected", RSPAMD,
     relayed("554 5.7.1 Spam message rejected", status="5.7.1", command="DATA", remote="mail.partner.example"),
     soft(("spamdetected",))),
    ("rspamd-spam-message-rejected-gmail", RSPAMD + " (as Gmail quotes it)",
     gmail("554 5.7.1 Spam message rejected", "5.7.1", "mail.partner.example"), soft(("spamdetected",))),
    ("rspamd-greylist-try-again", RSPAMD,
     relayed("451 4.7.1 Try again later", status="4.7.1", command="DATA", remote="mail.partner.example"),
     soft((), None, True)),
    ("rspamd-multimap-forbidden-extension", NETH,
     relayed("554 5.7.1 Forbidden attachment name extension", status="5.7.1", command="DATA",
             remote="mail.partner.example"), soft(("policyviolation", "filtered", "virusdetected"))),
    ("rspamd-multimap-matched-map", NETH,
     relayed("554 5.7.1 Matched map: FORBIDDEN_FILE_EXTENSION", status="5.7.1", command="DATA",
             remote="mail.partner.example"), soft(("policyviolation", "filtered", "virusdetected"))),
    ("rspamd-from-blacklist-sender-rejected", NETH,
     relayed("554 5.7.1 Sender address rejected", status="5.7.1", command="DATA", remote="mail.partner.example"),
     soft(("rejected", "filtered"))),
    ("haraka-rspamd-detected-as-spam", HARAKA,
     relayed("550 5.7.1 Detected as spam", status="5.7.1", command="DATA", remote="mail.partner.example"),
     soft(("spamdetected",))),
]

# ---- the second round: Hornetsecurity, Trend's database wording, Proofpoint's DNSBL page, Rspamd at Proton
SECOND = [
    ("hornet-bad-reputation", HORNET,
     relayed(f"554 5.5.4 Your IP {IP} address has a bad reputation. To unblock visit http://cloud-security.net/unblock?"
             f"a=2906&b=lead@example.org&c=seller@example.com&d=6&e={IP}-mx-gate24-hz3", status="5.5.4",
             remote="mx17a.antispameurope.com"), soft(BLOCK, S)),
    ("hornet-bad-reputation-gmail", HORNET + " (as Gmail quotes it)",
     gmail(f"554 5.5.4 Your IP {IP} address has a bad reputation. To unblock visit http://cloud-security.net/unblock?"
            f"a=2906&d=6&e={IP}-mx-gate24-hz3", "5.5.4", "mx17a.antispameurope.com"), soft(BLOCK, S)),
    ("trend-ers-database-blocked", TREND_DB,
     relayed(f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using ASHB2VH2LBAJDLPVLNZ7XFLPCMMA4HP.r.mail-"
             f"abuse.com; Mail from {IP} blocked using Trend Micro Email Reputation database. Please see "
             f"<http://www.mail-abuse.com/cgi-bin/lookup?{IP}>", status="5.7.1", remote="mail5.partner.example"),
     soft(BLOCK, S)),
    ("proofpoint-dnsbl-lookup-greeting", PP_DNSBL,
     relayed(f"554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip={IP}", status="5.7.0",
             command="CONN", remote="mx01.mail.icloud.com"), soft(BLOCK, S)),
    ("barracuda-cuda-nsu-user-unknown", SMTP_CODES,
     relayed(f"550 cuda_nsu 5.1.1 <{LEAD}> Recipient address rejected: User unknown", status="5.1.1", remote=ESS),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("barracuda-cuda-nsu-user-unknown-gmail", SMTP_CODES + " (as Gmail quotes it)",
     gmail(f"550 cuda_nsu 5.1.1 <{LEAD}> Recipient address rejected: User unknown", "5.1.1", ESS),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("barracuda-550-blocked", SMTP_CODES, relayed("550 Blocked", status=None, command="DATA", remote=ESS),
     soft(FAMILY)),
    ("barracuda-rejecting-spoofed-message", SMTP_CODES,
     relayed("550 rejecting spoofed message", status=None, command="DATA", remote=ESS),
     soft(("policyviolation", "spamdetected", "authfailure", "rejected"))),
    ("proton-rejected-by-rspamd-filter", PROTON_RSPAMD,
     relayed("554 5.7.1 rejected by rspamd filter", status="5.7.1", command="DATA", remote="mailsec.protonmail.ch"),
     soft(("spamdetected", "filtered"))),
]

# Hornetsecurity's own codes (HORNET_CODES): (code, its reply text, status, stage, reasons, scope, delay, hard)
_HX = "mx01.hornetsecurity.com"
HORNET_TABLE = [
    ("550", "unknown recipient (SMTP check)", "5.1.1", "RCPT", UNKNOWN, R, False, True),
    ("550", "explicit blocking of sender or recipient address", "5.2.2", "RCPT", ("rejected", "filtered", "blocked"),
     None, False, False),
    ("550", "recipient address rejected: multi-recipient bounce", "5.5.3", "RCPT", ("rejected", "policyviolation"),
     None, False, False),
    ("552", "message size (content filter)", "5.5.2", "DATA", ("mesgtoobig",), None, False, False),
    ("554", "email rejected due to Content Filter Size Limit", "5.5.3", "DATA", ("mesgtoobig",), None, False, False),
    ("554", "IP sender address with a negative reputation", "5.5.4", "RCPT", BLOCK, S, False, False),
    ("554", "email rejection due to Spam", "5.5.5", "DATA", ("spamdetected",), None, False, False),
    ("554", "loop detection", "5.5.6", "DATA", ("networkerror", "systemerror"), None, False, False),
    ("554", "email rejected due to content of attachment", "5.5.7", "DATA", ("policyviolation", "filtered"), None,
     False, False),
    ("554", "signature of spam in mail header resp. subject", "5.6.1", "DATA", ("spamdetected",), None, False, False),
    ("554", "spam link signature detected", "5.6.2", "DATA", ("spamdetected",), None, False, False),
    ("554", "spam text signature detected", "5.6.3", "DATA", ("spamdetected",), None, False, False),
    ("554", "virus email blocked", "5.6.4", "DATA", ("virusdetected",), None, False, False),
    ("554", "TLS encryption required by customer rule", "5.6.5", "MAIL", ("securityerror",), None, False, False),
    ("554", "Rejected by custom Compliance Filter Rule", "5.6.9", "DATA", ("policyviolation", "filtered"), None, False,
     False),
    ("450", "early spam detection (temporarily blocked)", "4.5.5", "DATA", ("spamdetected",), None, True, False),
    ("450", "temporary failure in MTA - please retry", "4.5.6", "DATA", ("systemerror",), None, True, False),
]
HORNET_ROWS = [
    (f"hornet-{code}-{status}", HORNET_CODES,
     relayed(f"{code} {status} {words}", status=status, command=stage, remote=_HX),
     [(LEAD, hard, reasons, scope, delay)])
    for code, words, status, stage, reasons, scope, delay, hard in HORNET_TABLE
] + [
    # The same codes as Gmail quotes them: no stage; a 5.2.2 that is no full mailbox, a 5.5.x no syntax error.
    (f"hornet-{code}-{status}-gmail", HORNET_CODES + " (as Gmail quotes it)",
     gmail(f"{code} {status} {words}", status, _HX), [(LEAD, hard, reasons, scope, delay)])
    for code, words, status, stage, reasons, scope, delay, hard in HORNET_TABLE
    if status in ("5.2.2", "5.5.4", "5.5.5", "5.5.7", "5.6.4")
]

HALON_ROWS = [
    ("halon-recipient-rejected-5.1.1", HALON, halon("h1", "550 5.1.1 yG4QZNGttZRyvyG4QZgw6k Recipient Rejected [503]"),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("halon-spam-message-rejected", HALON, halon("h2", "552 Spam Message Rejected"), soft(("spamdetected",))),
    ("halon-quoting-ers-qil", HALON + " (carrying Trend Micro's QIL refusal, TREND_QIL)", halon("h3", QIL),
     soft(BLOCK, S)),
]

# The same refusals in Exchange Online's NDR (the layout a Microsoft 365 sender gets back).
EXO_MORE = [
    ("trend-hes-ers-qil-exo", TREND_QIL + " (as Exchange Online quotes it)", exo(QIL, "5.7.1", HES), soft(BLOCK, S)),
    ("trend-ddei-block-permanently-exo", TREND_DDEI + " (as Exchange Online quotes it)",
     exo("521 Block permanently (Sender Filtering/Authentication)", "5.0.0", "ddei.partner.example"),
     soft(FAMILY + ("authfailure", "securityerror"))),
    ("ppe-sender-rejected-5.1.0-exo", SPAMBRELLA + " (as Exchange Online quotes it)",
     exo("550 5.1.0 sender rejected", "5.1.0", PPE), soft(("rejected", "blocked", "authfailure"), S)),
    ("hornet-550-5.2.2-exo", HORNET_CODES + " (as Exchange Online quotes it)",
     exo("550 5.2.2 explicit blocking of sender or recipient address", "5.2.2", _HX),
     soft(("rejected", "filtered", "blocked"))),
    ("barracuda-cuda-nsu-user-unknown-exo", SMTP_CODES + " (as Exchange Online quotes it)",
     exo(f"550 cuda_nsu 5.1.1 <{LEAD}> Recipient address rejected: User unknown", "5.1.1", ESS),
     [(LEAD, True, UNKNOWN, R, False)]),
    ("symantec-zodiac-500", ZODIAC,
     relayed("500 5.7.1 Symantec Zodiac", status="5.7.1", remote="cluster9.us.messagelabs.com"), soft(BLOCK)),
]

# Controls for the Hornetsecurity codes: the RFC 3463 meaning stands where another host says it, or
# where Hornetsecurity's own words say what the code says (RFC 3463 X.2.2, mailbox full).
CONTROLS = [
    ("control-other-host-5.2.2-mailbox-full", "RFC 3463 X.2.2 (mailbox full) from a host that is no Hornetsecurity MX",
     relayed("552 5.2.2 Mailbox full", status="5.2.2", remote="mx.partner.example"), soft(("mailboxfull",))),
    ("control-hornet-host-over-quota", HORNET_CODES + " (its downstream's quota refusal passed on: words of a full "
     "mailbox)", relayed("452 4.2.2 Over quota", status="4.2.2", remote=_HX), soft(("mailboxfull",), None, True)),
    ("control-other-host-5.5.4-syntax", "RFC 3463 X.5.4 (invalid command arguments) from a host that is no "
     "Hornetsecurity MX", relayed("501 5.5.4 Invalid command arguments", status="5.5.4", command="MAIL",
                                  remote="mx.partner.example"), soft(("syntaxerror",))),
    ("control-exim-blocked-word-no-address", "sisimai's Blocked pattern needs the '(<rcpt>:blocked)' shape: a plain "
     "'blocked' sentence about a mailbox keeps its own reading",
     relayed(f"550 5.2.1 <{LEAD}>: mailbox blocked by its owner", status="5.2.1", remote="mx.partner.example"),
     soft(("suspend", "filtered", "blocked", "rejected"))),
]

ROWS = CISCO + BARRACUDA + TREND + PROOFPOINT + MESSAGELABS + OTHERS + RSPAMD_ROWS + SECOND + HORNET_ROWS + EXO_MORE + CONTROLS + HALON_ROWS
