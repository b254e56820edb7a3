"""The thirty-ninth review's entries, part three: the reasons Sisimai 5 added (go-sisimai
reason/why-authfailure.go, why-badreputation.go, why-requireptr.go, why-notcompliantrfc.go,
why-failedstarttls.go; 4.25 read most of these wordings as blocked or securityerror) and the
code tables that changed (smtp/status/lib.go Name(): 4.7.24-4.7.26, 5.5.2, 5.5.6, 5.7.20-5.7.30;
the reply-code rules of why-failedstarttls.go (523, 524, 538) and why-syntaxerror.go (501-507);
smtp/reply/lib.go's reply-code associations, new in 5.2.2),
as (name, reply, status, command, hard, reasons, scope) for review_notices25.rows_relayed. The
taxonomy's names: authfailure, badreputation, requireptr, notcompliantrfc; Sisimai 5.2's
failedstarttls has no 5.1 name (securityerror here: "a security requirement (TLS) was not met";
systemerror tolerated, as 5.1 read it). Expectations from the words and the taxonomy, written before
the classifier ran. Replies HAND-MADE around the table's words (and the RFC's code names)."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
AU = ("authfailure",)
PTR = ("requireptr",)
REP = ("badreputation", "blocked")
TLS = ("securityerror", "systemerror")

AUTHFAILURE = [
    ("au-spf-pobox-why", "550 5.7.1 Please see http://spf.pobox.com/why.html?sender=news%40example.com&ip="
     f"{IP}&receiver=mx.example.org", "5.7.1", "MAIL", False, AU, S),
    ("au-bad-spf-records-for", f"550 5.7.1 Bad SPF records for [example.com:{IP}]", "5.7.1", "MAIL", False, AU, S),
    ("au-gmail-dmarc-policy-5726", "550 5.7.26 Unauthenticated email from example.com is not accepted due to "
     "domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. "
     "- gsmtp", "5.7.26", "DATA", False, ("authfailure", "policyviolation"), S),
    ("au-opendmarc-rejected-by-dmarc-policy", "550 5.7.1 rejected by DMARC policy for example.com", "5.7.1",
     "DATA", False, ("authfailure", "policyviolation"), S),
    ("au-outlook-required-authentication-level", "550 5.7.515 Access denied, sending domain example.com doesn't "
     "meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the "
     "authentication requirements defined for the sender.", "5.7.515", "DATA", False, AU, S),
    ("au-please-inspect-your-spf-settings", "550 5.7.1 SPF check failed. Please inspect your SPF settings, and "
     "try again.", "5.7.1", "MAIL", False, AU, S),
    ("au-spf-fail-parenthesised", "550 5.7.23 Sender Policy Framework (SPF) Fail", "5.7.23", "MAIL", False, AU, S),
    ("au-spf-violation", "550 5.7.1 Sender Policy Framework violation", "5.7.1", "MAIL", False, AU, S),
    ("au-spf-domain-authentication-fail", "554 5.7.1 SPF (Sender Policy Framework) domain authentication fail",
     "5.7.1", "MAIL", False, AU, S),
    ("au-spf-check-fail", "550 5.7.1 SPF check: fail", "5.7.1", "MAIL", False, AU, S),
    ("au-orange-not-allowed-401", f"550 5.7.1 {IP} is not allowed to send mail. OFR_401 [401]", "5.7.1", "MAIL",
     False, AU + ("blocked",), S),
    ("au-mailru-per-its-spf-record", f"550 5.7.1 {IP} is not allowed to send from <example.com> per it's SPF "
     "Record. Please inspect your SPF settings, and try again.", "5.7.1", "MAIL", False, AU, S),
    # Status codes smtp/status/lib.go maps to authfailure (RFC 7372, RFC 8617: the registry's names).
    ("au-5720-no-passing-dkim", "550 5.7.20 No passing DKIM signature found", "5.7.20", "DATA", False, AU, S),
    ("au-5721-no-acceptable-dkim", "550 5.7.21 No acceptable DKIM signature found", "5.7.21", "DATA", False, AU,
     S),
    ("au-5722-no-author-matched-dkim", "550 5.7.22 No valid author-matched DKIM signature found", "5.7.22", "DATA",
     False, AU, S),
    ("au-5723-spf-validation-failed", "550 5.7.23 SPF validation failed", "5.7.23", "MAIL", False, AU, S),
    ("au-5724-spf-validation-error", "550 5.7.24 SPF validation error", "5.7.24", "MAIL", False, AU, S),
    ("au-4724-spf-validation-error", "451 4.7.24 SPF validation error", "4.7.24", "MAIL", False, AU, S),
    ("au-5726-multiple-checks-failed", "550 5.7.26 Multiple authentication checks failed", "5.7.26", "DATA", False,
     AU, S),
    ("au-4726-must-pass-spf-or-dkim", "421 4.7.26 Must pass either SPF or DKIM validation", "4.7.26", "DATA", False,
     AU, S),
    ("au-5729-arc-validation-failure", "550 5.7.29 ARC validation failure", "5.7.29", "DATA", False, AU, S),
]

BADREPUTATION = [
    ("br-poor-email-reputation-score", f"550 5.7.1 Your IP {IP} has a poor email reputation score", "5.7.1",
     "CONN", False, REP, S),
    ("br-outlook-4-7-650-rate-limited-ip-reputation", f"451 4.7.650 The mail server [{IP}] has been temporarily "
     "rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
     "4.7.650", "RCPT", False, REP + ("speeding",), S),
    ("br-ip-domain-reputation-problems", "550 5.7.1 Rejected due to IP/domain reputation problems", "5.7.1",
     "RCPT", False, REP, S),
    ("br-gmail-very-low-reputation", f"550 5.7.1 [{IP}] Our system has detected that this message is likely "
     "suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, "
     "the message has been blocked. - gsmtp", "5.7.1", "DATA", False, REP + ("spamdetected",), S),
    ("br-t-online-none-bad-reputation", f"554 IP={IP} - None/Bad Reputation of the sender IP. (Ask your "
     "postmaster for help or to contact tosa@rx.t-online.de to clarify.)", "5.0.0", "CONN", False, REP, S),
    ("br-yahoo-tss04-unexpected-volume", f"421 4.7.0 [TSS04] Messages from {IP} temporarily deferred due to "
     "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", "4.7.0",
     "RCPT", False, REP + ("speeding",), S),
    ("br-sending-mta-poor-reputation", "550 5.7.1 Message rejected because of the sending MTA's poor reputation",
     "5.7.1", "RCPT", False, REP, S),
]

REQUIREPTR = [
    ("rp-ip-name-lookup-failed", f"550 Access denied. IP name lookup failed [{IP}]", "5.0.0", "CONN", False, PTR, S),
    ("rp-all-mail-servers-must-have-ptr", "554 5.7.1 All mail servers must have a PTR record with a valid Reverse "
     "DNS entry.", "5.7.1", "CONN", False, PTR, S),
    ("rp-bad-dns-ptr-resource-record", f"550 5.7.1 Bad DNS PTR resource record for {IP}", "5.7.1", "CONN", False,
     PTR, S),
    ("rp-postfix-cannot-find-your-hostname", f"550 5.7.25 Client host rejected: cannot find your hostname, [{IP}]",
     "5.7.25", "RCPT", False, PTR, S),
    ("rp-postfix-cannot-find-your-hostname-4", f"450 4.7.25 Client host rejected: cannot find your hostname, "
     f"[{IP}]", "4.7.25", "RCPT", False, PTR, S),
    ("rp-cannot-resolve-your-address", "554 Cannot resolve your address.", "5.0.0", "CONN", False, PTR, S),
    ("rp-fix-reverse-dns-for", f"550 5.7.1 Fix reverse DNS for {IP}", "5.7.1", "RCPT", False, PTR, S),
    ("rp-gmail-5725-missing-ptr", f"550 5.7.25 [{IP}] The IP address sending this message does not have a PTR "
     "record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail "
     "does not accept messages from IPs with missing PTR records. - gsmtp", "5.7.25", "RCPT", False, PTR, S),
    ("rp-no-ptr-record-found", "550 5.7.1 No PTR Record found.", "5.7.1", "CONN", False, PTR, S),
    ("rp-custom-reverse-dns-from-isp", f"554 5.7.1 Please get a custom reverse DNS name from your ISP for your "
     f"host {IP}", "5.7.1", "CONN", False, PTR, S),
    ("rp-reverse-dns-failed", f"550 5.7.1 Reverse DNS failed for {IP}", "5.7.1", "CONN", False, PTR, S),
    ("rp-reverse-dns-required", "550 5.7.1 Reverse DNS required", "5.7.1", "CONN", False, PTR, S),
    ("rp-sender-ip-reverse-lookup-rejected", "550 5.7.1 Sender IP reverse lookup rejected", "5.7.1", "RCPT", False,
     PTR, S),
    ("rp-no-reverse-dns-servers-devices", "554 5.7.1 This system will not accept messages from servers/devices "
     "with no reverse DNS", "5.7.1", "CONN", False, PTR, S),
    ("rp-unresolvable-relay-host-name", "550 5.7.1 Unresolvable relay host name", "5.7.1", "RCPT", False, PTR, S),
    ("rp-mailru-dynamic-or-generic-ptr", "550 We do not accept mail from hosts with dynamic IP or generic dns "
     "PTR-records. Please get a custom reverse DNS name from your ISP for your host.", "5.0.0", "CONN", False,
     PTR + ("blocked",), S),
    ("rp-domain-mismatches-client-ip", f"550 5.7.1 Domain example.com mismatches client IP {IP}", "5.7.1", "RCPT",
     False, PTR + ("blocked",), S),
    ("rp-dns-lookup-failure-try-again", f"451 4.7.1 DNS lookup failure: {IP} - try again later", "4.7.1", "RCPT",
     False, PTR + ("networkerror", "blocked"), S),
    ("rp-reverse-lookup-failed-permanently", f"550 5.7.25 Reverse DNS lookup for host {IP} failed permanently",
     "5.7.25", "RCPT", False, PTR, S),
    ("rp-invalid-rdns-record", f"550 Server access {IP} forbidden by invalid RDNS record of your mail server",
     "5.0.0", "CONN", False, PTR, S),
    ("rp-unverifyable-sending-ips", "550 5.7.1 Service permits no unverifyable sending IPs", "5.7.1", "RCPT",
     False, PTR + ("blocked", "authfailure"), S),
    ("rp-5725-reverse-dns-validation-failed", "550 5.7.25 Reverse DNS validation failed", "5.7.25", "RCPT", False,
     PTR, S),
]

RFC = ("notcompliantrfc", "contenterror")
NOTCOMPLIANT = [
    ("nc-gmail-not-rfc-5322-compliant", f"550 5.7.1 [{IP}] Our system has detected that this message is not RFC "
     "5322 compliant: 'From' header is missing. To reduce the amount of spam sent to Gmail, this message has been "
     "blocked. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp",
     "5.7.1", "DATA", False, RFC, ANY),
    ("nc-gmail-rfc-url-missing-from", "550 5.7.1 Messages missing a valid address in From: header, or having no "
     "From: header, are not accepted. For more information, go to "
     "https://support.google.com/mail/?p=RfcMessageNonCompliant - gsmtp", "5.7.1", "DATA", False, RFC, ANY),
    ("nc-multiple-from-headers", "554 5.7.1 Message rejected: message has multiple From headers", "5.7.1", "DATA",
     False, RFC, ANY),
]

STARTTLS = [
    ("tl-starttls-is-required", "530 5.7.0 STARTTLS is required to send mail", "5.7.0", "MAIL", False, TLS, S),
    ("tl-523-encryption-needed", "523 5.7.10 Encryption Needed", "5.7.10", "MAIL", False, TLS, S),
    ("tl-5730-requiretls-support-required", "550 5.7.30 REQUIRETLS support required", "5.7.30", "DATA", False,
     TLS, ANY),
]

SYNTAX = [
    ("sx-5-5-2-syntax-error", "500 5.5.2 Syntax error, command unrecognized", "5.5.2", "MAIL", False,
     ("syntaxerror",), ANY),
    ("sx-501-parameters", "501 5.5.4 Syntax error in parameters or arguments", "5.5.4", "MAIL", False,
     ("syntaxerror", "systemerror"), ANY),
    ("sx-503-bad-sequence", "503 5.5.1 Bad sequence of commands", "5.5.1", "RCPT", False,
     ("syntaxerror", "systemerror"), ANY),
    ("sx-504-parameter-not-implemented", "504 5.5.4 Command parameter not implemented", "5.5.4", "MAIL", False,
     ("syntaxerror", "systemerror"), ANY),
    # 5.7.28 (IANA: "mail flood detected"): Sisimai 5 spamdetected.
    ("sp-5728-mail-flood-detected", "550 5.7.28 The message appears to be part of a mail flood of similar "
     "abusive messages", "5.7.28", "DATA", False, ("spamdetected", "blocked"), ANY),
]

# go-sisimai smtp/reply/lib.go `associated` (Sisimai 5.2.2): a reason for a bare reply code. Each
# row is the RFC's own text for the code with no enhanced status (RFC 5321 section 4.2.2, RFC 7504),
# as a server that writes no RFC 3463 code answers.
REPLY = [
    ("rc-451-local-error-in-processing", "451 Requested action aborted: local error in processing", "4.0.0",
     "DATA", False, ("systemerror",), ANY),
    ("rc-452-insufficient-system-storage", "452 Requested action not taken: insufficient system storage", "4.0.0",
     "RCPT", False, ("systemfull",), ANY),
    ("rc-552-exceeded-storage-allocation", "552 Requested mail action aborted: exceeded storage allocation",
     "5.0.0", "DATA", False, ("mailboxfull", "systemfull"), ANY),
    ("rc-500-syntax-error", "500 Syntax error, command unrecognized", "5.0.0", "MAIL", False,
     ("syntaxerror",), ANY),
    ("rc-502-command-not-implemented", "502 Command not implemented", "5.0.0", "RCPT", False,
     ("syntaxerror",), ANY),
    ("rc-521-host-does-not-accept-mail", "521 mx.example.org does not accept mail", "5.0.0", "CONN", True,
     ("notaccept",), R),
    ("rc-556-domain-does-not-accept-mail", "556 Domain does not accept mail", "5.0.0", "RCPT", True,
     ("notaccept",), R),
]
