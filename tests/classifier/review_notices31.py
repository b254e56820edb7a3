"""The thirty-first review's whole notices: the big consumer and business receivers' PUBLISHED
refusal texts as they stand today, where the earlier reviews left gaps.

- Google: "Gmail SMTP errors and codes" (Google Workspace Admin Help answer 3726730, the copy of
  2026-02-12 archived by azumakuniyuki/feb-2024-no-auth-no-entry,
  google-3726730-smtp-errors-and-codes/text/...-2026-02-15.txt): the 2024 bulk-sender requirement
  texts (4.7.23 - 4.7.32, 4.7.40, 5.7.24 - 5.7.32, 5.7.40), the rate limits and reputation blocks,
  "inactive", the RFC 5322 and header-size refusals. Review 25 probed Sisimai 4.25's older copy of
  that table (review_notices25.py); only what it lacks is here.
- Yahoo / AOL: senders.yahooinc.com "SMTP Error Codes" (the 2026-02-15 copy in the same archive:
  its categories, and its own sample "554 delivery error: dd This user doesn't have a yahoo.com
  account ... [-5]"), Yahoo Help SLN3436 ([TS03]), help.yahoo.com abuse-57 (the over quota dd line),
  and replies as the sender hub's readers quote them (smtpfieldmanual.com, smtp.codes, suped.com:
  weak, the tagged lines' exact words).
- Apple iCloud: "Postmaster information for iCloud Mail" (support.apple.com 102322, formerly
  HT204137) lists no codes; the tagged lines are as smtp.codes/icloud and suped.com quote them (weak).
- Comcast: postmaster.comcast.net "mail-error-codes" (its code table; the reply line around each
  code written by hand, as review 4 did); AT&T: worldnet.att.net "Error Message Summary".

Only the provider's sentences are theirs: statuses where the page gives none, host names, the
layouts (our Postfix relay's report, notices.relayed; Gmail's own DSN; Exchange Online's NDR;
qmail-send's bounce) are written here by hand. Expectations are the taxonomy's reading of each
sentence (shared/classifier/taxonomy.md), written before the classifier ran. All HAND-MADE;
test_review_notices31.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices25 import rows_quoted, rows_relayed

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"

# ---- Google (answer 3726730, 2026 copy) ---------------------------------------------------------
GMAIL = "lead@gmail.com"
GMX = "gmail-smtp-in.l.google.com"
GSRC = ("Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes' (copy of 2026-02-12, "
        "azumakuniyuki/feb-2024-no-auth-no-entry)")
SG = "To learn more about Gmail requirements for bulk email senders, visit https://support.google.com/a/answer/81126"
AUTH = ("authfailure",)
REP = ("badreputation", "blocked", "spamdetected")
RATE = ("speeding", "blocked", "spamdetected", "badreputation")
RFC = ("notcompliantrfc", "contenterror")

GOOGLE = [
    ("rate-no-ptr-4723", f"451-4.7.23 {IP} The sending IP address for this message doesn't have a PTR record, or the "
     "PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email "
     f"has been temporarily rate limited. {SG} - gsmtp", "4.7.23", "RCPT", False, ("requireptr",), S),
    ("rate-spf-suspicious-4724", "451-4.7.24 The SPF record of the sending domain has one or more suspicious "
     "entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited. "
     f"{SG} - gsmtp", "4.7.24", "DATA", False, ("authfailure", "speeding"), S),
    ("dmarc-temp-dns-4726", "451-4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC "
     "policy, but temporary DNS failures prevent authentication. Please contact the administrator of example.com "
     "domain if this was a legitimate email. - gsmtp", "4.7.26", "DATA", False,
     ("authfailure", "networkerror"), S),
    ("rate-unauthenticated-4726", "421-4.7.26 This email has been rate limited because it is unauthenticated. "
     "Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not "
     f"pass SPF example.com with ip: {IP} = did not pass. {SG} - gsmtp", "4.7.26", "DATA", False, AUTH, S),
    ("rate-spf-4727", "421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this "
     "message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: "
     f"SPF example.com with IP address: {IP} = Did not pass. {SG} - gsmtp", "4.7.27", "DATA", False, AUTH, S),
    ("rate-unusual-email-4728", "421-4.7.28 Gmail has detected an unusual rate of email. To protect our users from "
     f"spam, email has been temporarily rate limited. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("rate-unusual-ip-4728", f"421-4.7.28 Gmail has detected an unusual rate of email originating from your IP "
     f"address {IP}. To protect our users from spam, email sent from your IP address has been temporarily rate "
     f"limited. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("rate-netblock-4728", "421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating from "
     f"your IP Netblock {IP}. To protect our users from spam, email sent from your IP Netblock has been temporarily "
     f"rate limited. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("rate-dkim-domain-4728", "421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating from "
     "your DKIM domain example.com. To protect our users from spam, email sent from your domain has been "
     f"temporarily rate limited. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("rate-spf-domain-4728", "421-4.7.28 Gmail has detected an unusual rate of unsolicited email originating from "
     "your SPF domain example.com. To protect our users from spam, email sent from your domain has been "
     f"temporarily rate limited. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("rate-url-domain-4728", "421-4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of "
     "your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited. "
     f"{SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("unusual-amount-blocked-4728", "421-4.7.28 Gmail has detected an unusual amount of unsolicited email "
     "originating from your IP address. To protect our users from spam, email sent from your IP address has been "
     f"temporarily blocked. {SG} - gsmtp", "4.7.28", "DATA", False, RATE, S),
    ("same-message-id-4728", "421-4.7.28 Gmail has detected this sender exceeded the quota for sending messages "
     "that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. "
     "- gsmtp", "4.7.28", "DATA", False, ("speeding", "spamdetected", "policyviolation"), S),
    ("rate-no-tls-4729", "421-4.7.29 Your email has been rate limited because you're not using a TLS connection. "
     f"Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. {SG} - gsmtp", "4.7.29", "DATA",
     False, ("securityerror",), S),
    ("rate-dkim-4730", "421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for "
     "this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication "
     f"results: DKIM = Did not pass. {SG} - gsmtp", "4.7.30", "DATA", False, AUTH, S),
    ("rate-no-dmarc-4740", "421-4.7.40 Your email has been rate limited because the sending domain doesn't have a "
     "DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to "
     f"add a DMARC record to their sending domain. {SG} - gsmtp", "4.7.40", "DATA", False, AUTH, S),
    ("rate-not-aligned-4732", "421-4.7.32 Your email has been rate limited because the From: header (RFC5322) in "
     "this message isn't aligned with either the authenticated SPF or DKIM organizational domain. "
     f"{SG} - gsmtp", "4.7.32", "DATA", False, AUTH, S),
    ("rate-no-ptr-470", "421-4.7.0 The IP address sending this message does not have a PTR record, or the "
     "corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent "
     "from your IP address has been temporarily rate limited. - gsmtp", "4.7.0", "RCPT", False, ("requireptr",), S),
    ("low-ip-reputation-470", "421-4.7.0 This message is suspicious due to the very low reputation of the sending "
     "IP address. To protect our users from spam, email sent from your IP address has been temporarily rate "
     "limited. - gsmtp", "4.7.0", "DATA", False, REP + ("speeding",), S),
    ("low-domain-reputation-470", "421-4.7.0 This message is suspicious due to the very low reputation of the "
     "sending domain. To best protect our users from spam, the message has been blocked. - gsmtp", "4.7.0", "DATA",
     False, REP, S),
    ("suspicious-content-470", "421-4.7.0 This message is suspicious due to the nature of the content or the links "
     "within. To best protect our users from spam, the message has been blocked. - gsmtp", "4.7.0", "DATA", False,
     ("spamdetected",), ANY),
    ("connection-expired-470", "421-4.7.0 Connection expired, try reconnecting. - gsmtp", "4.7.0", "DATA", False,
     ("systemerror", "networkerror", "expired", "toomanyconn"), ANY),
    ("inbox-out-of-storage-422", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the "
     "recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp", "4.2.2", "RCPT", False,
     ("mailboxfull",), R),
    ("inactive-521", "550-5.2.1 The email account that you tried to reach is inactive. For more information, go to "
     "https://support.google.com/mail/?p=DisabledUser - gsmtp", "5.2.1", "RCPT", False, ("suspend",), R),
    ("out-of-storage-and-inactive-522", "552-5.2.2 The recipient's inbox is out of storage space and inactive. "
     "Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", "5.2.2", "RCPT",
     False, ("mailboxfull", "suspend"), R),
    ("attachments-count-534", "552-5.3.4 The number of attachments (600) exceeds Google's limit of 500 attachments. "
     "- gsmtp", "5.3.4", "DATA", False, ("mesgtoobig", "exceedlimit"), ANY),
    ("message-size-534", "552-5.3.4 The size of your message (31457280 bytes) exceeded Google's message size "
     "limits of 26214400 bytes. - gsmtp", "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    ("header-size-534", "552-5.3.4 Your message exceeded Google's message header size limits. Messages must not "
     "exceed 262144 total header bytes or 1000 header fields. - gsmtp", "5.3.4", "DATA", False,
     ("mesgtoobig", "contenterror", "notcompliantrfc"), ANY),
    ("subject-size-534", "552-5.3.4 Your message has a Subject: header that exceeds Google's message header size "
     "limits. - gsmtp", "5.3.4", "DATA", False, ("mesgtoobig", "contenterror", "notcompliantrfc"), ANY),
    ("too-many-recipients-sender-553", "550-5.5.3 Too many recipients for this sender. - gsmtp", "5.5.3", "RCPT",
     False, ("toomanyconn", "speeding", "exceedlimit"), S),
    ("ipv6-ptr-auth-571", "550-5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and "
     "authentication. - gsmtp", "5.7.1", "DATA", False, ("requireptr", "authfailure"), S),
    ("low-domain-reputation-571", "550-5.7.1 This message is likely suspicious due to the very low reputation of "
     "the sending domain. To best protect our users from spam, the message has been blocked. - gsmtp", "5.7.1",
     "DATA", False, REP, S),
    ("no-message-id-571", "550-5.7.1 Messages missing a valid Message-ID: header are not accepted. - gsmtp",
     "5.7.1", "DATA", False, RFC, ANY),
    ("no-from-571", "550-5.7.1 Messages missing a valid address in the From: header, or having no From: header, are "
     "not accepted. - gsmtp", "5.7.1", "DATA", False, RFC, ANY),
    ("unicode-header-571", "550-5.7.1 The message contains a unicode character in a disallowed header. - gsmtp",
     "5.7.1", "DATA", False, RFC, ANY),
    ("duplicate-headers-571", "550-5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. "
     "To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp", "5.7.1", "DATA", False,
     RFC, ANY),
    ("from-domain-noncompliant-571", "550-5.7.1 This message is not RFC 5322 compliant because the From: header has "
     "a non-compliant domain name. To reduce the amount of spam sent to Gmail, this message has been blocked. "
     "- gsmtp", "5.7.1", "DATA", False, RFC, ANY),
    ("encoded-word-571", "550-5.7.1 Encoded-word syntax is not permitted in message header To. To reduce the "
     "amount of spam sent to Gmail, this message has been blocked. - gsmtp", "5.7.1", "DATA", False, RFC, ANY),
    ("malformed-header-571", "550-5.7.1 This message is not RFC 5322 compliant. There is a malformed Date header. "
     "To reduce the amount of spam sent to Gmail, this message has been blocked. - gsmtp", "5.7.1", "DATA", False,
     RFC, ANY),
    ("rate-limited-571", "550-5.7.1 This email has been rate limited. For more information, go to "
     "https://support.google.com/mail/answer/22839 - gsmtp", "5.7.1", "DATA", False, ("speeding",), S),
    ("spf-suspicious-5724", "550-5.7.24 The SPF record of the sending domain has one or more suspicious entries. "
     "- gsmtp", "5.7.24", "DATA", False, AUTH, S),
    ("no-ptr-5725", "550-5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, "
     "or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP "
     f"addresses have a PTR record. {SG} - gsmtp", "5.7.25", "DATA", False, ("requireptr",), S),
    ("unauthenticated-5726", "550-5.7.26 This email has been blocked because the sender is unauthenticated. Gmail "
     f"requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass "
     f"SPF [example.com] with ip: [{IP}] = did not pass. - gsmtp", "5.7.26", "DATA", False, AUTH, S),
    ("spf-5727", "550-5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires "
     f"bulk email senders to authenticate their email with SPF. Authentication results: SPF with {IP} = did not "
     f"pass {SG} - gsmtp", "5.7.27", "DATA", False, AUTH, S),
    ("unusual-rate-5728", "550-5.7.28 There is an unusual rate of unsolicited email originating from your IP "
     "address. To protect our users from spam, email sent from your IP address has been blocked. - gsmtp",
     "5.7.28", "DATA", False, ("blocked", "spamdetected", "badreputation"), S),
    ("no-tls-5729", "550-5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail "
     f"requires all bulk email senders to use TLS/SSL for SMTP connections. {SG} - gsmtp", "5.7.29", "DATA", False,
     ("securityerror",), S),
    ("dkim-5730", "550-5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires "
     f"bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass {SG} "
     "- gsmtp", "5.7.30", "DATA", False, AUTH, S),
    ("not-aligned-5732", "550-5.7.32 Your email was blocked because the From: header (RFC5322) in this message "
     f"isn't aligned with either the authenticated SPF or DKIM organizational domain. {SG} - gsmtp", "5.7.32",
     "DATA", False, AUTH, S),
    ("no-dmarc-5740", "550-5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or "
     "the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record "
     "to their sending domain. - gsmtp", "5.7.40", "DATA", False, AUTH, S),
]



def _folded(code: str, status: str, lines: list[str]) -> str:
    """Gmail's multi-line reply as our relay joins it: every line but the last "code-status", the
    last "code status" (RFC 5321 4.2.1), the session id and " - gsmtp" at its end."""
    return " ".join(f"{code}-{status} {x}" for x in lines[:-1]) + f" {code} {status} {lines[-1]} x1si2.3 - gsmtp"


GQ = "mythicintel.com and managedserver.eu quoting Gmail's replies line by line (weak: the line breaks)"
# The same replies as Gmail sends them, broken over lines with the code on each (as those who got
# them quote them), with the help links of Gmail's own replies.
GOOGLE_FOLDED = [
    ("folded-spf-5727", _folded("550", "5.7.27", [
        "This mail has been blocked because the sender is", "unauthenticated. Gmail requires all senders to "
        "authenticate with", "either SPF or DKIM.", "", "Authentication results:", "SPF with IP 192.0.2.7 = did not "
        "pass", "", "This message was blocked because it didn't pass SPF", "authentication. For more information, go to",
        "https://support.google.com/mail/answer/81126#authentication"]), "5.7.27", "DATA", False, AUTH, S),
    ("folded-unsolicited-rate-4728", _folded("421", "4.7.28", [
        f"[{IP}] Our system has detected an unusual rate of", "unsolicited mail originating from your IP address. To "
        "protect our", "users from spam, mail sent from your IP address has been temporarily", "rate limited. Please "
        "visit", "https://support.google.com/mail/?p=UnsolicitedRateLimitError to", "review our Bulk Email Senders "
        "Guidelines."]), "4.7.28", "DATA", False, RATE, S),
    ("folded-unsolicited-blocked-5728", _folded("550", "5.7.28", [
        "There is an unusual rate of unsolicited email originating", "from your IP address. To protect our users from "
        "spam, email", "sent from your IP address has been blocked. To review our bulk", "email senders guidelines, "
        "go to", "https://support.google.com/mail/?p=UnsolicitedIPError"]), "5.7.28", "DATA", False,
     ("blocked", "spamdetected", "badreputation"), S),
    ("folded-dkim-5730", _folded("550", "5.7.30", [
        "This message was blocked because it didn't pass DKIM", "authentication. Gmail requires bulk email senders "
        "to", "authenticate their email with DKIM.", "Authentication results: DKIM = did not pass",
        "https://support.google.com/mail/answer/81126#authentication"]), "5.7.30", "DATA", False, AUTH, S),
    ("folded-inactive-521", _folded("550", "5.2.1", [
        "The email account that you tried to reach is inactive.", "For more information, go to",
        "https://support.google.com/mail/?p=DisabledUser"]), "5.2.1", "RCPT", False, ("suspend",), R),
    ("folded-does-not-exist-511", _folded("550", "5.1.1", [
        "The email account that you tried to reach does not exist. Please try", "double-checking the recipient's "
        "email address for typos or", "unnecessary spaces. For more information, go to",
        "https://support.google.com/mail/?p=NoSuchUser"]), "5.1.1", "RCPT", True, ("userunknown",), R),
]

# The same texts with no Google host and no "- gsmtp" (a partner's gateway in front of Google, or
# another receiver copying the wording): the generic tables read them (mta_wordings.py). The
# 5.7.27 status alone is RFC 7505's null MX (notaccept, hard): the words must win.
PARTNER = "lead@partner.example"
PMX = "mx.partner.example"
UNTAGGED = [
    ("untagged-spf-5727", "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail "
     "requires bulk email senders to authenticate their email with SPF.", "5.7.27", "DATA", False, AUTH, S),
    ("untagged-unauthenticated-5727", "550 5.7.27 This mail has been blocked because the sender is "
     "unauthenticated.", "5.7.27", "DATA", False, AUTH, S),
    ("untagged-dkim-5730", "550 5.7.30 This message was blocked because it didn't pass DKIM authentication.",
     "5.7.30", "DATA", False, AUTH, S),
    ("untagged-not-aligned-5732", "550 5.7.32 Your email was blocked because the From: header (RFC5322) in this "
     "message isn't aligned with either the authenticated SPF or DKIM organizational domain.", "5.7.32", "DATA",
     False, AUTH, S),
    ("untagged-rate-spf-4727", "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass "
     "for this message.", "4.7.27", "DATA", False, AUTH, S),
    ("untagged-rate-no-tls-4729", "421 4.7.29 Your email has been rate limited because you're not using a TLS "
     "connection.", "4.7.29", "DATA", False, ("securityerror", "speeding"), S),
]

# ---- Yahoo / AOL ----------------------------------------------------------------------------------
YAHOO = "lead@yahoo.com"
AOL = "lead@aol.com"
YMX = "mta6.am0.yahoodns.net"
YSRC = "senders.yahooinc.com 'SMTP Error Codes' (copy of 2026-02-15, azumakuniyuki/feb-2024-no-auth-no-entry)"
YQ = "smtpfieldmanual.com / smtp.codes / suped.com quoting Yahoo's replies (weak: the tagged lines' words)"
SEE = "see https://postmaster.yahooinc.com/error-codes"
DEFER = ("blocked", "badreputation", "spamdetected", "speeding")
YAHOO_REPLIES = [
    ("ts01-user-complaints", f"421 4.7.0 [TS01] Messages from {IP} temporarily deferred due to user complaints - "
     f"4.16.55.1; {SEE}", "4.7.0", "MAIL", False, DEFER, S),
    ("ts02-deferred", f"421 4.7.0 [TS02] Messages from {IP} temporarily deferred due to user complaints - 4.16.55.1; "
     f"{SEE}", "4.7.0", "MAIL", False, DEFER, S),
    ("tss11-permanently-deferred", f"553 5.7.1 [TSS11] All messages from {IP} will be permanently deferred; Retrying "
     f"will NOT succeed. {SEE}", "5.7.1", "MAIL", False, ("rejected", "blocked", "badreputation"), S),
    ("bl22-spamhaus", f"553 5.7.1 [BL22] Connections will not be accepted from {IP}, because the ip is in Spamhaus's "
     f"list; {SEE}", "5.7.1", "CONN", False, ("blocked",), S),
    ("bl23-spamhaus-xbl", f"553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; {SEE}",
     "5.7.1", "CONN", False, ("blocked",), S),
    ("gl01-deferred", f"421 4.7.0 [GL01] Message from {IP} temporarily deferred - 4.16.50. Please refer to "
     "https://postmaster.yahooinc.com/error-codes", "4.7.0", "MAIL", False, DEFER, S),
    ("unresolvable-from-domain-451", "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; "
     f"{SEE}", "4.0.0", "MAIL", False, ("rejected",), S),
    ("unresolvable-from-domain-554", f"554 5.7.1 Message not accepted due to unresolvable RFC.5322 from domain; {SEE}",
     "5.7.1", "DATA", False, ("rejected",), S),
    ("unauthenticated-579", "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo "
     f"requires all senders to authenticate with either SPF or DKIM. {SEE}", "5.7.9", "DATA", False, AUTH, S),
    ("policy-reasons-579", f"554 5.7.9 Message not accepted for policy reasons. {SEE}", "5.7.9", "DATA", False,
     ("policyviolation", "spamdetected"), ANY),
    ("ph01-content", f"554 Message not allowed - [PH01] Email not accepted for policy reasons. {SEE}", "5.0.0",
     "DATA", False, ("policyviolation", "spamdetected", "virusdetected"), ANY),
    ("headers-not-rfc", "554 Message not allowed - Headers are not RFC compliant[291]", "5.0.0", "DATA", False,
     RFC, ANY),
    ("resources-unavailable", "451 mta6.am0.yahoodns.net Resources temporarily unavailable. Please try again later "
     "[#4.16.1].", "4.0.0", "RCPT", False, ("systemerror", "toomanyconn", "speeding", "blocked"), ANY),
    ("dd-over-quota", f"554 delivery error: dd Sorry, your message to {YAHOO} cannot be delivered. This account is "
     "over quota. - mta1.mail.gq1.yahoo.com", "5.0.0", "RCPT", False, ("mailboxfull",), R),
]

# Yahoo's own page's sample: qmail-send at yahoo.com quoting the remote reply (its words, the
# original below it written by hand), and the same reply for an AOL recipient.
QMAIL_ROWS = [
    ("yahoo-qmail-dd-no-account", YSRC + " (its 'Sample Email failed delivery message', qmail-send layout)",
     qmail("yahoo-dd", [(YAHOO, "123.45.67.89 failed after I sent the message.\nRemote host said: 554 delivery "
                                "error: dd This user doesn't have a yahoo.com account (lead@yahoo.com) [-5] - "
                                "mta123.mail.mud.yahoo.com")], to=YAHOO, host="yahoo.com"),
     [(YAHOO, True, ("userunknown",), R, False)]),
    ("aol-relayed-dd-no-account", YSRC + " (the dd sentence for an aol.com recipient; our relay's report)",
     rows_relayed("x", YSRC, "mx-aol.mail.gm0.yahoodns.net", AOL,
                  [("x", f"554 delivery error: dd This user doesn't have a aol.com account ({AOL}) [0] - "
                         "mtaproxy101.aol.mail.gq1.yahoo.com", "5.0.0", "RCPT", True, ("userunknown",), R)])[0][2],
     [(AOL, True, ("userunknown",), R, False)]),
]

# ---- Apple iCloud ---------------------------------------------------------------------------------
ICLOUD = "lead@icloud.com"
AMX = "mx01.mail.icloud.com"
ASRC = ("smtp.codes/icloud and suped.com quoting iCloud's replies (weak); support.apple.com 102322 "
        "'Postmaster information for iCloud Mail' (no code list)")
APPLE_REPLIES = [
    ("cs01-local-policy", "550 5.7.1 [CS01] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/HT204137", "5.7.1", "DATA", False, ("policyviolation", "spamdetected"), ANY),
    ("cs02-local-policy", "554 5.7.1 [CS02] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/102322", "5.7.1", "DATA", False, ("policyviolation", "spamdetected"), ANY),
    ("hm08-local-policy", "550 5.7.1 [HM08] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/102322", "5.7.1", "DATA", False, ("policyviolation", "spamdetected"), ANY),
    ("hm07-local-policy", "554 5.7.1 [HM07] Message rejected due to local policy. Please visit "
     "https://support.apple.com/en-us/102322", "5.7.1", "DATA", False, ("policyviolation", "spamdetected"), ANY),
    ("deferred-excessive-volume", f"421 4.7.1 Messages to {ICLOUD} deferred due to excessive volume. Try again "
     "later - https://support.apple.com/en-us/HT204137", "4.7.1", "RCPT", False, ("speeding",), ANY),
    ("service-unavailable", "451 4.7.1 Service unavailable - try again later", "4.7.1", "RCPT", False,
     ("systemerror", "blocked", "speeding"), ANY),
    ("too-many-errors", "421 4.7.0 me.com Error: too many errors", "4.7.0", "DATA", False,
     ("toomanyconn", "syntaxerror", "blocked", "speeding", "systemerror"), ANY),
]
# Hide My Email: an iCloud+ user's relay address (privaterelay.appleid.com) whose forwarding the
# user turned off; tamingdns.com/bounce-decoder/apple (weak) quotes "550 5.7.1 Relay not permitted
# for user." for it. The words say relaying is refused (norelaying, soft); the gloss that the alias
# is off would be suspend: either is soft, so no rule is keyed to the weak gloss.
RELAY = "x7k2p9qz4m@privaterelay.appleid.com"
HIDE_MY_EMAIL = [
    ("hide-my-email-relay-not-permitted", "550 5.7.1 Relay not permitted for user.", "5.7.1", "RCPT", False,
     ("norelaying", "suspend", "filtered"), ANY),
]
TAMING = "tamingdns.com/bounce-decoder/apple quoting iCloud's Hide My Email refusal (weak)"


# ---- Yahoo's servers answering for AT&T's and Comcast's consumer domains -------------------------
# (bentonow.com/smtp-errors/yahoo, weak: AT&T's consumer domains' MX moved to
# mx-att.mail.am0.yahoodns.net in June 2025 and comcast.net mailboxes to Yahoo Mail): Yahoo's own
# sentences for their users, from its hosts, and quoted with no host (Exchange Online's NDR).
MIGRATED = "bentonow.com/smtp-errors/yahoo (weak: the June 2025 moves) with " + YSRC
MIGRATED_ROWS = (
    rows_relayed("yahoo-att", MIGRATED, "mx-att.mail.am0.yahoodns.net", "lead@att.net", [
        ("dd-no-account", "554 delivery error: dd This user doesn't have a att.net account (lead@att.net) [0] - "
         "mta1020.mail.gq1.yahoo.com", "5.0.0", "RCPT", True, ("userunknown",), R)])
    + rows_quoted("yahoo-att", MIGRATED, "mx-att.mail.am0.yahoodns.net", "lead@att.net", [
        ("dd-no-account", "554 delivery error: dd This user doesn't have a att.net account (lead@att.net) [0] - "
         "mta1020.mail.gq1.yahoo.com", "5.0.0", "RCPT", True, ("userunknown",), R)])
    + rows_relayed("yahoo-sbc", MIGRATED, "mx-att.mail.am0.yahoodns.net", "lead@sbcglobal.net", [
        ("disabled-554-30", "554 30 Sorry, your message to lead@sbcglobal.net cannot be delivered. This mailbox is "
         "disabled (554.30). - mta1020.mail.gq1.yahoo.com", "5.0.0", "RCPT", False, ("suspend",), R)])
    + rows_quoted("yahoo-comcast", MIGRATED, "mx-comcast.mail.am0.yahoodns.net", "lead@comcast.net", [
        ("dd-no-account", "554 delivery error: dd This user doesn't have a comcast.net account (lead@comcast.net) "
         "[0] - mta1031.mail.gq1.yahoo.com", "5.0.0", "RCPT", True, ("userunknown",), R)])
)

# ---- Comcast ----------------------------------------------------------------------------------------
COMCAST = "lead@comcast.net"
CMX = "mx1a1.comcast.net"
CSRC = ("postmaster.comcast.net 'mail-error-codes' (its code table; the reply line around the code written by hand, "
        "as review 4 did)")


def _cc(code: str, words: str) -> str:
    return (f"554 resimta-po-10v.sys.comcast.net comcast {IP} {words} Please see "
            f"http://postmaster.comcast.net/smtp-error-codes.php#{code}")


COMCAST_REPLIES = [
    ("bl000000-spam-patterns", _cc("BL000000", "Comcast block for spam."), "5.0.0", "CONN", False, ("blocked",), S),
    ("bl000010-cloudmark", _cc("BL000010", "found on one or more DNSBLs, see"), "5.0.0", "CONN", False,
     ("blocked",), S),
    ("bl000100-senderscore", _cc("BL000100", "found on one or more DNSBLs, see"), "5.0.0", "CONN", False,
     ("blocked",), S),
    ("es000010-dynamic", _cc("ES000010", "Dynamic IP Not Allowed."), "5.0.0", "CONN", False,
     ("blocked", "requireptr"), S),
    ("rl000001-rate", f"421 resimta-po-10v.sys.comcast.net comcast {IP} Too many emails sent in a short period of time."
     " Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000001", "4.0.0", "CONN", False,
     ("speeding",), S),
    ("not-our-customer", f"550 5.1.1 <{COMCAST}> Not our Customer", "5.1.1", "RCPT", True, ("userunknown",), R),
]

# ---- AT&T ---------------------------------------------------------------------------------------------
ATT = "lead@bellsouth.net"
ATTMX = "mx00.mail.bellsouth.net"
TSRC = ("worldnet.att.net/general-info/bls_info/block_enduser.html 'Error Message Summary' (and its "
        "mail_info/block_enduser.html: '550 Error. Blocked for abuse')")
ATT_REPLIES = [
    ("dns-lookup-failure", "421-failure in DNS look-up.", "4.0.0", "CONN", False, ("requireptr",), S),
    ("busy", "450 busy--Please try again later", "4.0.0", "RCPT", False,
     ("systemerror", "toomanyconn", "speeding"), ANY),
    ("ip-is-blocked", f"521 <{IP}> is blocked", "5.0.0", "CONN", False, ("blocked",), S),
    ("mailbox-suspended", "550 [suspend] Mailbox currently suspended--Please contact correspondent directly.",
     "5.0.0", "RCPT", False, ("suspend",), R),
    ("requires-valid-sender-domain", "550 [permfail] bellsouth.net requires valid sender domain", "5.0.0", "MAIL",
     False, ("rejected",), S),
    ("unauthorized-interface", f"550 unauthorized interface for <{IP}>", "5.0.0", "CONN", False, ("blocked",), S),
    ("blocked-by-ldap", f"550 <{IP}> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net", "5.0.0", "CONN", False,
     ("blocked",), S),
    ("blocked-for-abuse", "550 Error. Blocked for abuse", "5.0.0", "CONN", False, ("blocked",), S),  # mail_info page
]

ROWS = (rows_relayed("google", GSRC, GMX, GMAIL, GOOGLE)
        + rows_quoted("google", GSRC, GMX, GMAIL, GOOGLE)
        + rows_relayed("google", GSRC + "; " + GQ, GMX, GMAIL, GOOGLE_FOLDED)
        + rows_quoted("google", GSRC + "; " + GQ, GMX, GMAIL, GOOGLE_FOLDED)
        + rows_relayed("google", GSRC + " (untagged, another host)", PMX, PARTNER, UNTAGGED)
        + rows_quoted("google", GSRC + " (untagged, no Remote-MTA in the NDR)", PMX, PARTNER, UNTAGGED)
        + rows_relayed("yahoo", YSRC + "; " + YQ, YMX, YAHOO, YAHOO_REPLIES)
        + rows_quoted("yahoo", YSRC + "; " + YQ, YMX, YAHOO, YAHOO_REPLIES)
        + QMAIL_ROWS
        + rows_relayed("apple", TAMING, AMX, RELAY, HIDE_MY_EMAIL)
        + rows_quoted("apple", TAMING, AMX, RELAY, HIDE_MY_EMAIL)
        + MIGRATED_ROWS
        + rows_relayed("apple", ASRC, AMX, ICLOUD, APPLE_REPLIES)
        + rows_quoted("apple", ASRC, AMX, ICLOUD, APPLE_REPLIES)
        + rows_relayed("comcast", CSRC, CMX, COMCAST, COMCAST_REPLIES)
        + rows_quoted("comcast", CSRC, CMX, COMCAST, COMCAST_REPLIES)
        + rows_relayed("att", TSRC, ATTMX, ATT, ATT_REPLIES)
        + rows_quoted("att", TSRC, ATTMX, ATT, ATT_REPLIES))
