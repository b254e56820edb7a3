"""The forty-sixth review: mail servers the earlier reviews barely read, as the RECEIVING server
(their replies quoted in our Postfix relay's report, in Exim's bounce, in Gmail's DSN, and a 4xx
in the delay warnings) — Haraka's plugins (rcpt_to.in_host_list / qmail-deliverable's fall-through
to the core's "I cannot deliver mail for", rcpt-ldap, spf, karma, headers, dnsbl,
mail_from.blocklist, rspamd, the unrecognized-commands limit), chasquid's smtpsrv/conn.go,
Stalwart's inbound mail.rs / rcpt.rs / data.rs, maddy's checks. The other products, the sending
sides (their own notices) and the controls are in review_notices46_more.py. Expectations are
the taxonomy's reading of each reply's words, written before the classifier ran. All HAND-MADE.
test_review_notices46.py runs them."""

from __future__ import annotations

from tests.classifier import review_notices37_layouts as l37
from tests.classifier.notices import LEAD, relayed
from tests.classifier.review_notices32 import _gmail
from tests.classifier.review_notices42_layouts import exim_after

SELLER = "seller@example.com"
REMOTE = "mx.example.org"
UU = ("userunknown",)
AUTH = ("authfailure",)
BLOCK = ("blocked", "badreputation")
PTR = ("requireptr", "blocked")
RFC = ("notcompliantrfc", "contenterror", "policyviolation")
SIZE = ("mesgtoobig", "exceedlimit")
RELAY = ("norelaying",)
# Exim's words for the command a reply answered (transports/smtp.c "SMTP error from remote mail
# server after %s"), Postfix's (smtp_proto.c "in reply to %s command", replies.postfix_report).
AFTER = {"RCPT": f"RCPT TO:<{LEAD}>", "MAIL": f"MAIL FROM:<{SELLER}> SIZE=1514", "DATA": "end of data",
         "CONN": "initial connection", None: f"RCPT TO:<{LEAD}>"}
PF = "Postfix bounce(8) report (src/bounce/bounce_notify_util.c; smtp_proto.c 'host %s said: %s (in reply to %s command)')"
EXIM = "Exim's bounce (src/deliver.c; transports/smtp.c 'SMTP error from remote mail server after %s: %s')"
GMAIL = "Gmail's DSN quoting the remote server (shared/api/gmail.md section 9: 'The response was:')"


def receiver(pid: str, reply: str, status: str | None, command: str | None, hard: bool, reasons: tuple,
             source: str, *, layouts: str = "pxg") -> list[tuple]:
    """The reply quoted by each layout named in `layouts` (p: our Postfix relay, x: Exim, g: Gmail);
    a 4xx reply: Postfix's report with Action delayed, and at RCPT its delay notice and Exim's
    delay warning too (review 37's layouts)."""
    if reply[:1] == "4":
        rows = [(f"{pid}-postfix-delayed", f"{PF}, Action delayed; the words: {source}",
                 relayed(reply, status=status or "4.0.0", command=command, remote=REMOTE, action="delayed"),
                 [(LEAD, False, reasons, "", True)])]
        if command == "RCPT":
            said = reply.replace(LEAD, l37.DELAY_LEAD)
            late = [(l37.DELAY_LEAD, False, reasons, "", True)]
            rows += [(f"{pid}-postfix-delay-notice", f"{l37.POSTFIX_DELAY}; the words: {source}",
                      l37.postfix_delay(f"r46 {pid} pf", said, status or "4.0.0"), late),
                     (f"{pid}-exim-warning", f"{l37.EXIM_WARNING}; the words: {source}",
                      l37.exim_warning(f"r46 {pid} ex", said, status or "4.0.0"), late)]
        return rows
    want = [(LEAD, hard, reasons, "", False)]
    rows = []
    if "p" in layouts:
        rows.append((f"{pid}-postfix", f"{PF}; the words: {source}",
                     relayed(reply, status=status, command=command, remote=REMOTE), want))
    if "x" in layouts:
        rows.append((f"{pid}-exim", f"{EXIM}; the words: {source}",
                     exim_after(f"r46-{pid}", reply, AFTER[command], LEAD), want))
    if "g" in layouts:
        rows.append((f"{pid}-gmail", f"{GMAIL}; the words: {source}", _gmail(reply, status or "5.0.0"), want))
    return rows


# ---- Haraka's plugins ----------------------------------------------------------------------------
HK_CORE = ("haraka/Haraka connection.js rcpt_respond (no rcpt hook said OK: 550 'I cannot deliver mail for <rcpt>'); "
           "plugins/rcpt_to.in_host_list.js (a domain not in host_list: next() 'rcpt!local'); "
           "haraka/haraka-plugin-qmail-deliverable index.js do_qmd_response (a 'not deliverable' user: next(CONT))")
HK_LDAP = "haraka/haraka-plugin-rcpt-ldap index.js ldap_rcpt (DENY 'Sorry - no mailbox here by that name.'; DENYSOFT " \
          "'Backend failure. Please, retry later')"
HK_QMD = "haraka/haraka-plugin-qmail-deliverable index.js (DENYSOFT 'error validating email address', 'Split " \
         "transaction, retry soon')"
HK_SPF = "haraka/haraka-plugin-spf index.js return_results ('sender <s> SPF Fail' / 'SPF SoftFail' / 'SPF record not " \
         "found' / 'SPF Permanent Error', DENY at MAIL: 550; 'SPF Temporary Error', DENYSOFT: 450)"
HK_KARMA = "haraka/haraka-plugin-karma index.js should_we_deny (DENY 'very bad karma score: {score}' on the data hook: 554)"
HK_HEADERS = ("haraka/haraka-plugin-headers index.js (data_post DENY: 'Only one %s header allowed. See RFC 5322, "
              "Section 3.6', \"Required header '%s' missing\", 'The Date header is too far in the future', 'Phishing "
              "message appears to impersonate %s', 'Invalid Delivered-To header content'); Haraka's data_post deny: 550")
HK_LIMIT = "haraka/Haraka plugins/max_unrecognized_commands.js, now haraka-plugin-limit ('Too many unrecognized " \
           "commands', DENYDISCONNECT: 521)"
HK_DNSBL = "haraka/Haraka plugins/dnsbl.js check_ip (DENY with the zone's TXT record at connect: 554; spamcop's TXT)"
HK_BLOCK = "haraka/Haraka plugins/mail_from.blocklist.js (DENY 'Mail from you is not allowed here' at MAIL: 550)"
HK_RSPAMD = "haraka/Haraka docs/plugins/rspamd.md (reject.message default 'Detected as spam', data_post: 550)"

HARAKA = (
    receiver("haraka-no-plugin-vouched", f"550 I cannot deliver mail for <{LEAD}>", None, "RCPT", False, (), HK_CORE)
    + receiver("haraka-ldap-no-mailbox", "550 Sorry - no mailbox here by that name.", None, "RCPT", True, UU, HK_LDAP)
    + receiver("haraka-ldap-backend", "450 Backend failure. Please, retry later", None, "RCPT", False, (), HK_LDAP)
    + receiver("haraka-qmd-error", "450 error validating email address", None, "RCPT", False, (), HK_QMD)
    + receiver("haraka-qmd-split", "450 Split transaction, retry soon", None, "RCPT", False, (), HK_QMD)
    + receiver("haraka-spf-fail", f"550 sender <{SELLER}> SPF Fail", None, "MAIL", False, AUTH, HK_SPF)
    + receiver("haraka-spf-softfail", f"550 sender <{SELLER}> SPF SoftFail", None, "MAIL", False, AUTH, HK_SPF)
    + receiver("haraka-spf-none", f"550 sender <{SELLER}> SPF record not found", None, "MAIL", False, AUTH, HK_SPF)
    + receiver("haraka-spf-permerror", f"550 sender <{SELLER}> SPF Permanent Error", None, "MAIL", False, AUTH,
               HK_SPF)
    + receiver("haraka-spf-temperror", f"450 sender <{SELLER}> SPF Temporary Error", None, "MAIL", False, (),
               HK_SPF)
    + receiver("haraka-karma", "554 very bad karma score: -8", None, "DATA", False, (), HK_KARMA)
    + receiver("haraka-headers-duplicate", "550 Only one Subject header allowed. See RFC 5322, Section 3.6", None,
               "DATA", False, RFC, HK_HEADERS)
    + receiver("haraka-headers-missing", "550 Required header 'Date' missing", None, "DATA", False, RFC, HK_HEADERS)
    + receiver("haraka-headers-future-date", "550 The Date header is too far in the future", None, "DATA", False,
               (), HK_HEADERS, layouts="px")
    + receiver("haraka-headers-phish", "550 Phishing message appears to impersonate example.com", None, "DATA",
               False, (), HK_HEADERS, layouts="pg")
    + receiver("haraka-headers-delivered-to", "550 Invalid Delivered-To header content", None, "DATA", False, (),
               HK_HEADERS, layouts="px")
    + receiver("haraka-unrecognized", "521 Too many unrecognized commands", None, None, False, (), HK_LIMIT,
               layouts="pg")
    + receiver("haraka-dnsbl", "554 Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.7", None, "CONN", False,
               BLOCK, HK_DNSBL)
    + receiver("haraka-mail-blocklist", "550 Mail from you is not allowed here", None, "MAIL", False, (), HK_BLOCK,
               layouts="px")
    + receiver("haraka-rspamd", "550 Detected as spam", None, "DATA", False, ("spamdetected",), HK_RSPAMD)
)

# ---- chasquid's replies (internal/smtpsrv/conn.go) ----------------------------------------------
CQ = "albertito/chasquid internal/smtpsrv/conn.go ({})"
CHASQUID = (
    receiver("chasquid-user-unknown", "550 5.1.1 Destination address is unknown (user does not exist)", "5.1.1",
             "RCPT", True, UU, CQ.format("RCPT: local user does not exist"), layouts="xg")
    + receiver("chasquid-address-invalid", "550 5.1.3 Destination address is invalid", "5.1.3", "RCPT", True, UU,
               CQ.format("RCPT: normalize.Addr failed for a local domain"))
    + receiver("chasquid-relay-not-allowed", "503 5.7.1 Relay not allowed", "5.7.1", "RCPT", False, RELAY,
               CQ.format("RCPT: not a local domain, no AUTH"), layouts="xg")
    + receiver("chasquid-checking-address", "451 4.4.3 Temporary error checking address", "4.4.3", "RCPT", False,
               (), CQ.format("RCPT: the user lookup failed"))
    + receiver("chasquid-too-many-recipients", "452 4.5.3 Too many recipients", "4.5.3", "RCPT", False, (),
               CQ.format("RCPT: more than 100"))
    # Written first as systemerror (taxonomy: "mail loop"); read networkerror, and so is RFC 3463's
    # X.4.6 "routing loop detected" (subject 4, network and routing): both accepted, soft either way.
    + receiver("chasquid-loop", "554 5.4.6 Loop detected (50 hops)", "5.4.6", "DATA", False,
               ("systemerror", "networkerror"), CQ.format("checkData: more Received headers than max_received_headers"))
    + receiver("chasquid-too-big", "552 5.3.4 Message too big", "5.3.4", "DATA", False, SIZE,
               CQ.format("DATA: errMessageTooLarge"), layouts="xg")
)

# ---- Stalwart's inbound replies ------------------------------------------------------------------
ST = "stalwartlabs/mail-server crates/smtp/src/inbound/{}"
STALWART = (
    receiver("stalwart-rdns-failed", "550 5.7.25 Reverse DNS validation failed.", "5.7.25", "MAIL", False, PTR,
             ST.format("mail.rs: iprev strict"))
    + receiver("stalwart-rdns-temporary", "451 4.7.25 Temporary error validating reverse DNS.", "4.7.25", "MAIL",
               False, (), ST.format("mail.rs: iprev strict, TempError"))
    + receiver("stalwart-spf-failed", "550 5.7.23 SPF validation failed, status: Fail.", "5.7.23", "MAIL", False,
               AUTH, ST.format("mail.rs handle_spf"))
    + receiver("stalwart-spf-temporary", "451 4.7.24 Temporary SPF validation error.", "4.7.24", "MAIL", False, (),
               ST.format("mail.rs handle_spf"))
    + receiver("stalwart-dkim", "550 5.7.20 No passing DKIM signatures found.", "5.7.20", "DATA", False, AUTH,
               ST.format("data.rs: DKIM strict"))
    + receiver("stalwart-arc", "550 5.7.29 ARC validation failed.", "5.7.29", "DATA", False, AUTH,
               ST.format("data.rs: ARC strict"), layouts="pg")
    + receiver("stalwart-dmarc", "550 5.7.1 Email rejected per DMARC policy.", "5.7.1", "DATA", False,
               AUTH + ("policyviolation",), ST.format("data.rs: DMARC p=reject"))
    + receiver("stalwart-loop", "450 4.4.6 Too many Received headers. Possible loop detected.", "4.4.6", "DATA",
               False, (), ST.format("data.rs: max_received_headers"))
    + receiver("stalwart-too-big", "552 5.3.4 Message too big for system.", "5.3.4", "MAIL", False, SIZE,
               ST.format("mail.rs: SIZE above max_message_size"), layouts="px")
    + receiver("stalwart-mailbox-does-not-exist", "550 5.1.2 Mailbox does not exist.", "5.1.2", "RCPT", True, UU,
               ST.format("rcpt.rs: RcptType::Invalid"), layouts="xg")
    + receiver("stalwart-relay-not-allowed", "550 5.1.2 Relay not allowed.", "5.1.2", "RCPT", False, RELAY,
               ST.format("rcpt.rs: not a local domain, relay off"), layouts="xg")
    + receiver("stalwart-rate-limit", "451 4.4.5 Rate limit exceeded, try again later.", "4.4.5", "MAIL", False,
               ("speeding",), ST.format("mail.rs: is_allowed() false"))
    + receiver("stalwart-parse-failed", "550 5.7.7 Failed to parse message.", "5.7.7", "DATA", False, (),
               ST.format("data.rs: AuthenticatedMessage::parse failed"), layouts="pg")
)

# ---- maddy's checks (internal/check/...) ---------------------------------------------------------
MD = "foxcpp/maddy internal/check/{}"
MADDY = (
    receiver("maddy-no-ptr", "550 5.7.25 No PTR record found", "5.7.25", "MAIL", False, PTR,
             MD.format("dns/dns.go requireMatchingRDNS"))
    + receiver("maddy-rdns-mismatch", "550 5.7.25 rDNS name does not match source hostname", "5.7.25", "MAIL",
               False, PTR, MD.format("dns/dns.go requireMatchingRDNS"), layouts="pg")
    + receiver("maddy-sender-no-mx", "501 5.7.27 Domain in MAIL FROM does not have any MX records", "5.7.27", "MAIL",
               False, (), MD.format("dns/dns.go requireMXRecord (the SENDER's domain)"))
    + receiver("maddy-sender-null-mx", "501 5.7.27 Domain in MAIL FROM has null MX record", "5.7.27", "MAIL", False,
               (), MD.format("dns/dns.go requireMXRecord (the SENDER's domain)"))
    + receiver("maddy-ehlo-no-a", "550 5.7.0 No matching A/AAA records found for the EHLO hostname", "5.7.0", "MAIL",
               False, (), MD.format("dns/dns.go requireMatchingEHLO"), layouts="pg")
    + receiver("maddy-user-does-not-exist", "501 5.1.1 User does not exist", "5.1.1", "RCPT", True, UU,
               "foxcpp/maddy internal/storage/imapsql/delivery.go userDoesNotExist", layouts="xg")
    + receiver("maddy-dnsbl", "554 5.7.0 Client identity is listed in the used DNSBL", "5.7.0", "MAIL", False, BLOCK,
               MD.format("dnsbl/dnsbl.go"), layouts="xg")
)

ROWS = HARAKA + CHASQUID + STALWART + MADDY
