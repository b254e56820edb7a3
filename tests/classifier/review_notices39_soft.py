"""The thirty-ninth review's entries, part two: the soft-side tables of Sisimai 5 (go-sisimai
reason/why-blocked.go, why-spamdetected.go, why-policyviolation.go, why-rejected.go,
why-filtered.go, why-contenterror.go, why-expired.go, why-norelaying.go, why-systemerror.go,
why-virusdetected.go, why-mesgtoobig.go / why-emailtoolarge.go, why-toomanyconn.go,
why-speeding.go / why-ratelimited.go) that Sisimai 4.25's copy lacks, as
(name, reply, status, command, hard, reasons, scope) for review_notices25.rows_relayed. Expectations
from the words and the taxonomy, written before the classifier ran; "Sisimai 5: ..." marks a
reading that differs from Sisimai's. Replies HAND-MADE around the table's words."""

from __future__ import annotations

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
LEAD = "lead@example.org"
BL = ("blocked",)
SP = ("spamdetected",)

BLOCKED = [
    ("bl-spamcop-see-http", f"554 5.7.1 Service unavailable; Client host [{IP}] blocked using bl.spamcop.net; "
     f"Blocked - see https://www.spamcop.net/bl.shtml?{IP}", "5.7.1", "RCPT", False, BL, S),
    ("bl-mailfrom-domain-spamhaus", "550 5.7.1 MAILFROM domain is listed in Spamhaus DBL", "5.7.1", "MAIL", False,
     ("blocked", "rejected", "spamdetected"), S),
    ("bl-refused-see-http", f"554 5.7.1 Refused - see http://www.example.net/refused.html?ip={IP}", "5.7.1",
     "CONN", False, BL, S),
    ("bl-junkemailfilter-multi-blacklist", "550 Rejected - multi-blacklist - see "
     "http://www.junkemailfilter.com/spam/rejected.html", "5.0.0", "RCPT", False, BL, S),
    ("bl-was-blocked-by", f"554 5.7.1 Your IP {IP} was blocked by UCEPROTECT-Level1", "5.7.1", "CONN", False,
     BL, S),
    ("bl-listed-in-the-rbl", "550 5.7.1 Your IP address is listed in the RBL", "5.7.1", "RCPT", False, BL, S),
    ("bl-spamhaus-connections-will-not", f"554 Connections will not be accepted from {IP}, because the ip is in "
     f"Spamhaus's list; see http://www.spamhaus.org/query/bl?ip={IP}", "5.0.0", "CONN", False, BL, S),
    ("bl-att-dnsbl-rbl-is-blocked", f"553 5.3.0 flpd575 DNSBL:RBL 521< {IP} >_is_blocked.For assistance forward "
     "this email to abuse_rbl@abuse-att.net", "5.3.0", "CONN", False, BL, S),
    ("bl-refused-to-talk-blocked", f"554 5.7.1 Service unavailable; {IP} blocked", "5.7.1", "CONN", False, BL, S),
    ("bl-earthlink-ip-is-blocked", f"550 IP {IP} is blocked by EarthLink. Go to earthlink.net/block for details.",
     "5.0.0", "CONN", False, BL, S),
    ("bl-is-in-an-rbl-on", f"554 5.7.1 {IP} is in an RBL on mx.example.org, see http://www.example.org/rbl",
     "5.7.1", "CONN", False, BL, S),
    ("bl-mail-server-at-is-blocked", f"550 5.7.1 Mail server at {IP} is blocked", "5.7.1", "RCPT", False, BL, S),
    ("bl-mail-from-refused-colon", f"550 5.7.1 Mail from {IP} refused: listed at zen.spamhaus.org", "5.7.1",
     "RCPT", False, BL, S),
    ("bl-mail-from-refused-orbs", f"550 Mail from {IP} refused, see http://www.orbs.org/", "5.0.0", "RCPT", False,
     BL, S),
    ("bl-junkemailfilter-sorry-blocked-by-rbl", f"550 Sorry! Your IP address {IP} is blocked by RBL", "5.0.0",
     "RCPT", False, BL, S),
    ("bl-your-access-ip-rejected", f"554 5.7.1 Your access IP {IP} has been rejected", "5.7.1", "CONN", False,
     BL, S),
    # Sisimai 5 moved "no matches to nameserver query" from UserUnknown to Blocked: a DNS lookup of
    # our side found nothing. Never about the address: soft.
    ("bl-no-matches-to-nameserver-query", f"550 5.7.1 No matches to nameserver query for {IP}", "5.7.1", "MAIL",
     False, ("blocked", "requireptr", "rejected"), S),
    # Orange's "Service refused, please try later" (code 103): a deferral of our host.
    ("bl-orange-service-refused-103", "421 mwinf5c05 ME Service refuse. Veuillez essayer plus tard. Service "
     "refused, please try later. OFR_103 [103]", "4.0.0", "CONN", False,
     ("blocked", "toomanyconn", "speeding", "badreputation"), S),
]

SPAM = [
    ("sp-amavis-reject-id-spam", "554 5.7.0 Reject, id=12345-06 - spam", "5.7.0", "DATA", False, SP, ANY),
    ("sp-message-rejected-dash-spam", "554 5.7.1 Message rejected - SPAM", "5.7.1", "DATA", False, SP, ANY),
    ("sp-163-help-spam-16", f"554 DT:SPM 163 smtp14,EsCowACnVZY1fV5l, please see "
     f"http://mail.163.com/help/help_spam_16.htm?ip={IP}&hostid=smtp14&time=1700000000", "5.0.0", "DATA", False,
     SP, ANY),
    ("sp-cannot-be-forwarded-detected-as-spam", "550 5.7.1 Your message cannot be forwarded because it was "
     "detected as spam", "5.7.1", "DATA", False, SP, ANY),
    ("sp-classified-as-spam-and-rejected", "550 5.7.1 Your message is classified as SPAM and is rejected",
     "5.7.1", "DATA", False, SP, ANY),
    # Sisimai 5 moved this from Blocked (4.25) to SpamDetected.
    ("sp-possible-spam-virus-content", "554 5.7.1 The message was rejected for possible spam/virus content",
     "5.7.1", "DATA", False, ("spamdetected", "virusdetected"), ANY),
    # Sisimai 5: spamdetected. The words put the SENDER's domain on a list: blocked or rejected.
    ("sp-sender-domain-listed-at", "554 5.7.1 Sender domain listed at dbl.spamhaus.org", "5.7.1", "MAIL", False,
     ("blocked", "rejected", "spamdetected"), ANY),
    ("sp-too-many-spam-complaints", "550 5.7.1 Too many spam complaints from your domain", "5.7.1", "DATA",
     False, ("spamdetected", "blocked", "badreputation"), ANY),
    # Sisimai 5: spamdetected. Greylisting is a deferral of an unknown sender triple, no judgement of
    # the content: this project's wordings.py reads it as about the sender, never the address.
    ("sp-greylisted-please-try-again", "451 4.7.1 Greylisted, please try again in 300 seconds", "4.7.1", "RCPT",
     False, (), S),
    ("sp-mail-score-over", "550 5.7.1 Mail score (15.2) over MTA threshold", "5.7.1", "DATA", False, SP, ANY),
    ("sp-postini-filters-rate-percent", "550 5.7.1 Our filters rate at and above 95 percent probability of being "
     "spam. You can contact the recipient's administrator.", "5.7.1", "DATA", False, SP, ANY),
    ("sp-virus-phishing-malicious-url", "554 5.7.1 VIRUS Phishing/Malicious_URL detected", "5.7.1", "DATA", False,
     ("virusdetected", "spamdetected"), ANY),
    # Sisimai 5 moved "you're using a mass mailer" from SpamDetected to PolicyViolation.
    ("pv-using-a-mass-mailer", "554 5.7.1 Message rejected: you're using a mass mailer", "5.7.1", "DATA", False,
     ("policyviolation", "spamdetected"), ANY),
]

REJECTED = [
    ("rj-purported-responsible-address", "550 5.7.1 Can't determine Purported Responsible Address", "5.7.1",
     "MAIL", False, ("rejected", "authfailure"), S),
    # Mimecast: the recipient's own blocked-senders entry refuses us.
    ("rj-mimecast-envelope-blocked", "550 Envelope blocked - User Entry - "
     "https://community.mimecast.com/docs/DOC-1369#550", "5.0.0", "RCPT", False,
     ("rejected", "filtered", "blocked"), ANY),
    ("rj-send-mail-as-different-address", "553 5.7.1 news@example.com is not authorized to send as this address. "
     "Try sending this from a different address or alias using the 'Send mail as' feature", "5.7.1", "MAIL",
     False, ("rejected", "securityerror"), S),
    ("rj-qmail-sender-was-rejected", "553 sorry, your envelope sender was rejected (#5.7.1)", "5.7.1", "MAIL",
     False, ("rejected",), S),
    # SendGrid's drop for an address that once reported our mail as spam: a suppression (Sisimai 5.2
    # `suppressed`; no 5.1 name), soft, never the address.
    ("rj-sendgrid-spam-reporting-address", "550 spam reporting address", "5.0.0", None, False,
     ("rejected", "filtered", "spamdetected", "onhold", "undefined"), ANY),
    ("rj-messagelabs-your-address-blacklisted", "553 Your email address has been blacklisted", "5.0.0", "MAIL",
     False, ("rejected", "blocked"), S),
]

FILTERED = [
    ("fi-account-is-protected-by", f"550 5.7.1 <{LEAD}>: This account is protected by SpamArrest, please confirm "
     "your message", "5.7.1", "DATA", False, ("filtered", "policyviolation", "spamdetected"), ANY),
    ("fi-message-filtered", "550 5.7.1 Message filtered", "5.7.1", "DATA", False, ("filtered", "spamdetected"),
     ANY),
    ("fi-willcom-recipient-id-refuse", "550 Recipient id refuse to receive mail.", "5.0.0", "DATA", False,
     ("filtered",), ANY),
    ("fi-aol-only-accepting-specific-addresses", "554 5.7.1 The recipient is only accepting mail from specific "
     "email addresses", "5.7.1", "DATA", False, ("filtered", "policyviolation"), ANY),
    ("fi-user-refuses-to-receive", "550 5.7.1 User refuses to receive this mail", "5.7.1", "DATA", False,
     ("filtered",), ANY),
]

OTHER = [
    ("ce-duplicate-header", "554 5.6.0 Message contains duplicate header: Message-ID", "5.6.0", "DATA", False,
     ("contenterror", "notcompliantrfc"), ANY),
    ("ex-delivery-expired", "554 5.4.7 Delivery expired (message too old)", "5.4.7", "DATA", False,
     ("expired",), ANY),
    ("nr-no-relaying", "550 5.7.1 No relaying allowed", "5.7.1", "RCPT", False, ("norelaying",), ANY),
    ("nr-specified-domain-not-allowed", "553 5.7.1 Specified domain is not allowed.", "5.7.1", "RCPT", False,
     ("norelaying", "rejected"), ANY),
    ("nr-exchange-unable-to-relay", f"550 5.7.1 Unable to relay for {LEAD}", "5.7.1", "RCPT", False,
     ("norelaying",), ANY),
    # Amazon SES refusing its own customer's unverified From: our provider, not the recipient.
    ("nr-ses-email-address-not-verified", "554 Message rejected: Email address is not verified. The following "
     "identities failed the check in region US-EAST-1: news@example.com", "5.0.0", "DATA", False,
     ("norelaying", "rejected", "securityerror"), S),
    ("se-exchange-no-mdb", "451 4.3.2 Recipient deferred because there is no Mdb", "4.3.2", "RCPT", False,
     ("systemerror",), ANY),
    ("se-unable-to-connect-daemon", "451 4.3.0 Unable to connect to the clamd daemon", "4.3.0", "DATA", False,
     ("systemerror",), ANY),
    ("se-4-4-3-directory-server-failure", "451 4.4.3 Directory server failure", "4.4.3", "RCPT", False,
     ("systemerror", "networkerror"), ANY),
    ("mb-exceeded-maximum-incoming-size", "552 5.3.4 Your message exceeded the maximum incoming message size",
     "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
]

RATE = [
    ("rl-connection-count-limit", f"421 4.7.0 Connection count limit exceeded for {IP}", "4.7.0", "CONN", False,
     ("toomanyconn",), S),
    ("rl-temporarily-rate-limited", "421 4.7.0 Mail from your IP has been temporarily rate limited", "4.7.0",
     "RCPT", False, ("speeding",), S),
    ("rl-comcast-throttled", f"421 4.7.0 {IP} throttled; please see http://postmaster.comcast.net/"
     "smtp-error-codes.php#RL000001", "4.7.0", "CONN", False, ("speeding", "toomanyconn"), S),
    ("rl-too-many-concurrent-sessions", "421 4.7.0 Too many concurrent SMTP sessions from this host", "4.7.0",
     "CONN", False, ("toomanyconn",), S),
    ("rl-too-many-unique-recipients", "452 4.5.3 Too many unique recipients this hour", "4.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit"), S),
    ("rl-google-groups-captcha", "550 5.7.0 You have exceeded the allowable number of posts without solving a "
     "captcha", "5.7.0", "DATA", False, ("speeding", "policyviolation"), ANY),
    ("rl-please-try-again-slower", "451 4.7.1 <mx.example.org[192.0.2.2]>: Client host rejected: Please try "
     "again slower", "4.7.1", "RCPT", False, ("speeding",), S),
    # Gmail's own: the RECIPIENT receives too fast (4.2.1: Sisimai 4.25 suspend, 5 blocked / ratelimited).
    ("rl-gmail-receiving-at-a-rate", "450 4.2.1 The user you are trying to contact is receiving mail at a rate "
     "that prevents additional messages from being delivered. Please resend your message at a later time. - gsmtp",
     "4.2.1", "RCPT", False, ("speeding", "mailboxfull", "toomanyconn", "suspend"), ANY),
]

# go-sisimai rhost/for-zoho.go and rhost/for-cloudflare.go (Sisimai 5's provider tables; 4.25 had
# neither as a remote host): Zoho Mail's replies as the table's comments quote them, Cloudflare
# Email Routing's two phrases in a reply line written by hand.
ZLEAD = "lead@zoho.com"
ZOHO = [
    ("zo-dmarc-policy", "550 5.7.1 Email rejected per DMARC policy for example.com", "5.7.1", "DATA", False,
     ("authfailure", "policyviolation"), S),
    ("zo-greylisted-try-again", "451 4.7.1 Greylisted, try again after some time", "4.7.1", "RCPT", False, (), S),
    # Sisimai 5: rejected. The words judge the message spam.
    ("zo-flagged-as-spam", "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.", "5.7.1", "RCPT",
     False, ("spamdetected", "rejected", "blocked"), ANY),
    ("zo-rejected-by-destination-domain", "541 5.4.1 Mail rejected by destination domain", "5.4.1", "RCPT", False,
     ("rejected", "filtered", "blocked", "policyviolation", "networkerror"), ANY),
    ("zo-policy-violation-detected", "554 5.7.7 Email policy violation detected", "5.7.7", "DATA", False,
     ("policyviolation", "securityerror"), ANY),
    ("zo-delivery-restricted-by-policy", f"554 5.7.1 <{ZLEAD}> Mailbox delivery restricted by policy error",
     "5.7.1", "RCPT", False, ("policyviolation", "filtered"), ANY),
    ("zo-temporary-system-error", "452 4.3.1 Temporary System Error", "4.3.1", "RCPT", False,
     ("systemerror", "systemfull"), ANY),
    ("zo-user-does-not-exist", f"550 5.1.1 User does not exist - <{ZLEAD}>", "5.1.1", "RCPT", True,
     ("userunknown",), R),
    ("zo-virus-detected-by-zoho", "552 5.7.1 virus Eicar-Test-Signature detected by Zoho Mail", "5.7.1", "DATA",
     False, ("virusdetected",), ANY),
]
CLOUDFLARE = [
    ("cf-found-on-dnsbls", f"554 5.7.1 {IP} found on one or more DNSBLs, see "
     "https://developers.cloudflare.com/email-routing/postmaster/", "5.7.1", "RCPT", False, BL, S),
    ("cf-upstream-error", "451 4.3.0 Upstream error, please try again later", "4.3.0", "DATA", False,
     ("systemerror", "networkerror"), ANY),
]
