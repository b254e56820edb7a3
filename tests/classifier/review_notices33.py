"""The thirty-third review's whole notices: the receivers' replies that email service providers'
and marketing platforms' PUBLISHED bounce documentation quotes, each in a notice our sender could
get (our Postfix relay's report, notices.relayed; Gmail's own DSN and Exchange Online's NDR quoting
the remote reply, review_notices25.rows_quoted).

- Twilio SendGrid: "SMTP Errors and Troubleshooting" (twilio.com/docs/sendgrid/for-developers/
  sending-email/smtp-errors-and-troubleshooting, its "example errors" column); the v3 bounces API's
  reasons as a customer pasted them (pastebin.com/YyqDGuTa, weak).
- Mailgun (Sinch): help.mailgun.com "Classified Bounces List" (25099259504411, its "Sample Error
  Message" column) and "Bounce Classification" (23504153869723, its Spamcop sample); the old API
  docs' bounces example (documentation.mailgun.net/api-bounces.html).
- Mandrill (Mailchimp Transactional): its hard_bounce webhook example ("diag", bounce_description
  bad_mailbox), as influxdata/telegraf's mandrill webhook test copies it (weak).
- Iterable: "Email Bounce Event Properties" (support.iterable.com 28534979433236, its bounceMessage).
- SparkPost (Bird): "Bounce Classification Codes" (support.sparkpost.com) and its blog's Office 365
  reply, reclassified as an invalid recipient (sparkpost.com/blog/tag/bounce-codes).
- Braze: "Deliverability pitfalls and spam traps" (braze.com/docs, its Microsoft block message).
- Amazon SES: "Return bounce response action" (docs.aws.amazon.com/ses/latest/dg/
  receiving-email-action-bounce.html: the templates' reply codes, status codes and names, the
  sentence written from the name), the mailbox simulator's bounce (its notification as pasted,
  pastebin.com/E3zEbMNp, weak).

The ESPs' own category for each reply (SendGrid's "Invalid Address", Mailgun's BLACKLISTED,
Mandrill's bad_mailbox, SES's Permanent/General) is an outside opinion: every expectation is the
taxonomy's reading of the reply's words (shared/classifier/taxonomy.md), written before the
classifier ran; where the two disagree the comment says so. Weaker sources (a customer's table of
replies seen through SES, a filtering vendor's KB, EmailEngine's label examples, Q&A lists) are in
review_notices33_more.py. Host names, statuses where the page gives none and the layouts are
written here by hand. All HAND-MADE; test_review_notices33.py runs them."""

from __future__ import annotations

from tests.classifier.review_notices33_more import MORE_ROWS
from tests.classifier.review_notices33_more import both as _both

R, S, ANY = "recipient", "sender", None
IP = "192.0.2.7"
LEAD = "lead@partner.example"
MX = "mx.partner.example"
DEFER = ("blocked", "badreputation", "spamdetected", "speeding")

# ---- Twilio SendGrid ---------------------------------------------------------------------------
SG = ("Twilio SendGrid docs 'SMTP Errors and Troubleshooting' (twilio.com/docs/sendgrid/for-developers/"
      "sending-email/smtp-errors-and-troubleshooting): its example errors")
SENDGRID = [
    # SendGrid: "temporarily deferred because of recipient server policy - often too many messages or
    # connections": our IP is named, so the sender is the one deferred.
    ("421-temporarily-deferred", f"421 Message from ({IP}) temporarily deferred", "4.0.0", "RCPT", False, DEFER, S),
    ("450-too-frequent-connects", f"450 too frequent connects from {IP}, please try again later.", "4.0.0",
     "CONN", False, ("toomanyconn", "speeding", "blocked"), S),
    ("451-temporary-local-problem", "451 Temporary local problem - please try later", "4.0.0", "RCPT", False,
     ("systemerror",), ANY),
    # SendGrid glosses it as "insufficient system storage" (the 452 code's RFC text); the words are
    # a per-hour recipient throttle.
    ("452-too-many-recipients-hour", "452 Too many recipients received this hour (throttled)", "4.0.0", "RCPT",
     False, ("speeding", "exceedlimit", "toomanyconn"), ANY),
    ("550-mailbox-unavailable", "550 Requested action not taken: mailbox unavailable", "5.0.0", "RCPT", True,
     ("userunknown",), R),
]
SGP = "SendGrid v3 bounces API reasons as a customer pasted them (pastebin.com/YyqDGuTa, weak)"
SENDGRID_PASTED = [
    ("no-such-user-here", "550 No Such User Here", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("invalid-recipient-511", f"550 Invalid recipient <{LEAD}> (#5.1.1)", "5.1.1", "RCPT", True, ("userunknown",), R),
]

# ---- Mailgun -----------------------------------------------------------------------------------
MGA = "Mailgun API docs, bounces example (documentation.mailgun.net/api-bounces.html)"
MAILGUN_API = [
    ("virtual-mailbox-table", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox "
     "table", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("virtual-alias-table", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual alias table",
     "5.1.1", "RCPT", True, ("userunknown",), R),
]
MGC = ("help.mailgun.com 'Classified Bounces List' (25099259504411, Sample Error Message column; Mailgun's "
       "category, BLACKLISTED / ESPBLOCK, an outside opinion)")
MAILGUN_CLASSIFIED = [
    # "having a domain present in the Spamhaus DBL": a domain in the message or its envelope is
    # listed; a refusal of our mail, never of the recipient.
    ("apple-spamhaus-dbl", "550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL "
     "-- see https://www.spamhaus.org/dbl/", "5.7.1", "DATA", False, ("blocked", "spamdetected", "policyviolation"),
     ANY),
    # 553 with 5.3.0 (system error by code): the words say our IP is on AT&T's DNSBL.
    ("att-dnsbl-rbl", f"553 5.3.0 flpd568 DNSBL:RBL 521< {IP} >_is_blocked.For assistance forward this error to "
     "abuse_rbl@abuse-att.net", "5.3.0", "CONN", False, ("blocked",), S),
    ("barracuda-banned-content", "554 rejecting banned content", "5.0.0", "DATA", False,
     ("spamdetected", "policyviolation", "filtered", "contenterror"), ANY),
    ("cloudmark-csi-global", f"554 mcc-ibgw-6001a.ext.cloudfilter.net cmsmtp [{IP}] is listed on Cloudmark "
     "CSI-Global. Please visit https://csi.cloudmark.com/en/reset AUP#RBL", "5.0.0", "CONN", False, ("blocked",), S),
    ("cloudmark-sender-intelligence", f"550 5.7.1 Service unavailable; client [{IP}] blocked using Cloudmark Sender "
     "Intelligence (Visit https://csi.cloudmark.com/reset-request/ if you feel this is in error.). Please provide "
     f"the following IP address when reporting problems: [{IP}]", "5.7.1", "RCPT", False, ("blocked",), S),
]
MGB = "help.mailgun.com 'Bounce Classification' (23504153869723): its Spamcop blocklisting sample"
MAILGUN_SPAMCOP = [
    ("spamcop-client-host", f"554 5.7.1 Service unavailable; Client host [mail.example.com] blocked by "
     f"bl.spamcop.net; {IP} (example.com:blocked)", "5.7.1", "RCPT", False, ("blocked",), S),
]

# ---- Mandrill, Iterable, Braze ---------------------------------------------------------------------
GMAIL = "lead@gmail.com"
GMX = "gmail-smtp-in.l.google.com"
MDR = ("Mandrill hard_bounce webhook example (diag; bounce_description bad_mailbox), as "
       "influxdata/telegraf plugins/inputs/webhooks/mandrill copies it (weak)")
MANDRILL = [
    ("diag-does-not-exist", "550 5.1.1 The email account that you tried to reach does not exist. Please try "
     "double-checking the recipient's email address for typos or unnecessary spaces.", "5.1.1", "RCPT", True,
     ("userunknown",), R),
]
ITB = "Iterable 'Email Bounce Event Properties' (support.iterable.com 28534979433236): its bounceMessage"
ITERABLE = [
    ("bouncemessage-nosuchuser", "550-5.1.1 The email account that you tried to reach does not exist. Please try "
     "550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more "
     "information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp", "5.1.1", "RCPT", True,
     ("userunknown",), R),
]
OUTLOOK = "lead@outlook.com"
OMX = "outlook-com.olc.protection.outlook.com"
BRZ = ("Braze docs 'Deliverability pitfalls and spam traps' (braze.com/docs/user_guide/channels/email/email_setup/"
       "deliverability_pitfalls_and_spam_traps): its free-domain block message")
BRAZE = [
    ("microsoft-s3150", f"550 5.7.1 Unfortunately, messages from [{IP}] weren't sent. Please contact your Internet "
     "service provider since part of their network is on our block list (S3150). You can also refer your provider "
     "to: http://mail.live.com/mail/troubleshooting.aspx#errors.", "5.7.1", "RCPT", False, ("blocked",), S),
]

# ---- SparkPost (Bird) --------------------------------------------------------------------------
# SparkPost's blog on reclassifying Office 365's "550 5.4.1 [x]: Recipient address rejected: Access
# denied [host]" from Mail Block (50) to Invalid Recipient (10, hard) after research: Exchange Online's
# directory-based edge blocking, which Microsoft documents as a recipient missing from the directory
# (review 30's DBEB rows). Here with the Exchange Online Protection host in the reply.
SPB = ("sparkpost.com/blog/tag/bounce-codes (its Office 365 5.4.1 reply, reclassified as Invalid Recipient); "
       "support.sparkpost.com 'Bounce Classification Codes'")
EOP = "partner-example.mail.protection.outlook.com"
SPARKPOST = [
    ("o365-dbeb-access-denied", f"550 5.4.1 [{LEAD}]: Recipient address rejected: Access denied "
     "[CY1GCC01FT007.eop-gcc01.prod.protection.outlook.com]", "5.4.1", "RCPT", True, ("userunknown",), R),
]

# ---- Amazon SES --------------------------------------------------------------------------------
# A domain receiving through SES whose receipt rule bounces: the templates' reply code, status code
# and name (the sentence is the name). "Unknown Failure" and "Temporary Failure" say nothing of the
# cause: any reason, never hard.
SESB = ("Amazon SES docs 'Return bounce response action' (docs.aws.amazon.com/ses/latest/dg/"
        "receiving-email-action-bounce.html): its templates' codes and names")
SES_TEMPLATES = [
    ("mailbox-does-not-exist", "550 5.1.1 Mailbox does not exist", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("message-too-large", "552 5.3.4 Message too large", "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    ("mailbox-full", "552 5.2.2 Mailbox full", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("message-content-rejected", "500 5.6.1 Message content rejected", "5.6.1", "DATA", False,
     ("contenterror", "policyviolation", "spamdetected", "filtered"), ANY),
    ("unknown-failure", "554 5.0.0 Unknown failure", "5.0.0", "DATA", False, (), ANY),
    ("temporary-failure", "450 4.0.0 Temporary failure", "4.0.0", "RCPT", False, (), ANY),
]
SESS = "Amazon SES mailbox simulator's bounce notification (diagnosticCode) as pasted (pastebin.com/E3zEbMNp, weak)"
SES_SIMULATOR = [
    ("simulator-user-unknown", "550 5.1.1 user unknown", "5.1.1", "RCPT", True, ("userunknown",), R),
]


ROWS = (_both("sendgrid", SG, MX, LEAD, SENDGRID)
        + _both("sendgrid", SGP, MX, LEAD, SENDGRID_PASTED)
        + _both("mailgun", MGA, MX, LEAD, MAILGUN_API)
        + _both("mailgun", MGC, MX, LEAD, MAILGUN_CLASSIFIED)
        + _both("mailgun", MGB, MX, LEAD, MAILGUN_SPAMCOP)
        + _both("mandrill", MDR, GMX, GMAIL, MANDRILL)
        + _both("iterable", ITB, GMX, GMAIL, ITERABLE)
        + _both("braze", BRZ, OMX, OUTLOOK, BRAZE)
        + _both("sparkpost", SPB, EOP, LEAD, SPARKPOST)
        + _both("ses", SESB, "inbound-smtp.us-east-1.amazonaws.com", LEAD, SES_TEMPLATES)
        + _both("ses", SESS, "inbound-smtp.us-east-1.amazonaws.com", "bounce@simulator.amazonses.com",
                SES_SIMULATOR)
        + MORE_ROWS)
