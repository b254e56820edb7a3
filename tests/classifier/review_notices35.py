"""The thirty-fifth review: failures that are the SENDER's fault (taxonomy section 7: a scope, not a
reason), where a reading as the recipient's hard bounce would unenroll every prospect a blocked sender
mails. This module holds the notices our user's OWN provider or host writes about our sending: Gmail's and
Google Workspace's own DSNs (the sending limit; the admin's content-compliance and routing rules; a
message Gmail itself blocked), Google's SMTP relay and SMTP login refusals, Microsoft 365's submission
quota and SMTP AUTH refusals, iCloud's daily limit, Zoho's outgoing block and ZeptoMail's relay refusal,
cPanel's per-domain hourly limits (emails, defers and failures) in Exim's own bounce and delay warning,
a reseller relay's domain sending quota worded as a recipient refusal, SpamExperts' outgoing filter,
and an ESP's SMTP rate limits. review_notices35_receivers.py holds the receivers' refusals that blame
the sender (and the recipient-side controls); review_notices35_more.py the mass-harm shape (one notice,
several prospects, the sender's reason) and the other MTAs' layouts.

Checked first, and not repeated here: tests/classifier/test_scope.py and scope_rows.py (Gmail's 5.4.5
limit notice, the relay limits, Exchange Online's 5.1.8/5.7.750/5.7.705/5.1.90/5.7.233/5.7.57/5.7.60,
smarthost relay and login refusals), test_real_servers_scope.py, review_notices30 (Microsoft's whole
table, own-NDR codes included), 31 (Gmail's 2024 bulk-sender texts, Yahoo, iCloud and Comcast receiving),
32 (reject_unverified_sender and Exim callouts naming the sender's missing mailbox), 24 (cPanel's max
emails per hour as a bare reply) and 15 (hosts' and Fastmail's pages). Searched and NOT found in the
stored corpora with a reply's own words: Fastmail's and Proton's sending-limit replies, GoDaddy's relay
limit reply (its help page 40685 names the sections only), Yahoo's and AOL's own notices to their own
senders over a limit, Outlook.com's "WASCL" outbound-spam text.

Every expectation was written from the words and shared/classifier/taxonomy.md BEFORE the classifier
ran: the recipient's address is fine (soft), the scope is the sender's. Only the quoted sentences are the
sources'; statuses where a source gives none, host names and the layouts are written here by hand (the
layouts: review_notices35_layouts.py). All HAND-MADE; test_review_notices35.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own
from tests.classifier.review_notices17 import exim_warning
from tests.classifier.review_notices35_layouts import (APPLE, CPANEL_DEFER, CPANEL_MAX, EMAILIT, G_AUTH, G_BLOCKED,
                                                       G_LIMITS, G_POLICY, G_RELAY, MAILHOSTBOX, MS_57, MS_AUTH,
                                                       MS_AUTH_DISABLED, MS_QUOTA, RATE, SEC, SPAMEXPERTS, ZEPTO,
                                                       ZOHO_ACT, exim_local, exim_remote, exo_remote, gm_remote, pf,
                                                       pf14, sm_remote, soft)

LIMIT_BODY = "You have reached a limit for sending mail. Your message was not sent."
BLOCKED_BODY = f"Your message to {LEAD} has been blocked. See technical details below for more information."
POLICY = ("policyviolation", "filtered", "securityerror", "rejected")
SPAMMY = ("spamdetected", "blocked", "badreputation", "policyviolation", "speeding", "securityerror")
NOT_DELIVERED = f"Your message to {LEAD} couldn't be delivered."


def _own(diag: str, status: str, heading: str, body: str) -> bytes:
    return gmail_own(diag, status=status, heading=heading, body=body)


# ---- Google: Gmail's / Workspace's own DSN about our sending (no Remote-MTA) ----------------------
GOOGLE = [
    ("gmail-limit-text-only", G_LIMITS + " (the sentence alone as the diagnostic, Status 5.0.0)",
     _own(LIMIT_BODY, "5.0.0", "Message not delivered", LIMIT_BODY), soft(("speeding",))),
    ("gmail-limit-554-user-quota", G_LIMITS + " (the 5.4.5 'Daily user sending quota exceeded' form)",
     _own("550 5.4.5 Daily user sending quota exceeded. a1si2.3 - gsmtp", "5.4.5", "Message not delivered",
          LIMIT_BODY), soft(("speeding",))),
    ("gmail-limit-address-not-found-heading", G_LIMITS + " (under Gmail's generic heading; the body names the "
     "recipient, whose address is fine)",
     _own("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to "
          "https://support.google.com/a/answer/166852 a1si2.3 - gsmtp", "5.4.5", "Address not found",
          f"Your message wasn't delivered to {LEAD} because you have reached a limit for sending mail."),
     soft(("speeding",))),
    ("workspace-policy-default", G_POLICY + " (the default text; our admin's rule, no remote server)",
     _own("Rejected due to policy associated with sender.", "5.0.0", "Message blocked", BLOCKED_BODY),
     soft(POLICY)),
    ("workspace-policy-default-571", G_POLICY + " (the same with a reply code and status)",
     _own("550 5.7.1 Rejected due to policy associated with sender. - gcdp a1si2.3 - gsmtp", "5.7.1",
          "Message blocked", BLOCKED_BODY), soft(POLICY)),
    ("workspace-policy-custom", G_POLICY + " (a custom rejection text our admin wrote for outbound attachments)",
     _own("550 5.7.1 Messages with .zip attachments may not be sent outside example.com. Contact IT. - gcdp "
          "a1si2.3 - gsmtp", "5.7.1", "Message blocked", BLOCKED_BODY), soft(POLICY)),
    ("workspace-policy-encryption", G_POLICY + " (the S/MIME rule: no recipient key)",
     _own("A policy required encryption but was unable to encrypt the message.", "5.0.0", "Message blocked",
          BLOCKED_BODY), soft(POLICY)),
    ("gmail-message-blocked-69585", G_BLOCKED,
     _own("Message rejected. See https://support.google.com/mail/answer/69585 for more information.", "5.0.0",
          "Message blocked", BLOCKED_BODY), soft(SPAMMY + ("rejected",))),
]

# ---- Google's SMTP relay and SMTP login refusing our relay ---------------------------------------
RELAY_TEXT = ("550 5.7.1 Invalid credentials for relay [192.0.2.7]. The IP address you've registered in your "
              "G Suite SMTP Relay service doesn't match domain of the account this email is being sent from. If you "
              "are trying to relay mail from a domain that isn't registered under your G Suite account or has empty "
              "envelope-from, you must configure your mail server either to use SMTP AUTH to identify the sending "
              "domain or to present one of your domain names in the HELO or EHLO command. For more information, "
              "please visit https://support.google.com/a/answer/6140680#invalidcred a1si2.3 - gsmtp")
BAD_CRED = ("535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8 "
            "https://support.google.com/mail/?p=BadCredentials a1si2.3 - gsmtp")
GOOGLE_RELAY = [
    ("gsuite-relay-invalid-credentials", G_RELAY,
     pf(RELAY_TEXT, "5.7.1", "MAIL", "smtp-relay.gmail.com"), soft(("norelaying", "securityerror", "rejected"))),
    ("gsuite-relay-invalid-credentials-exim", G_RELAY + " (our Exim relay's bounce)",
     exim_remote("relay-cred", RELAY_TEXT, "MAIL", "smtp-relay.gmail.com [142.250.1.28]"),
     soft(("norelaying", "securityerror", "rejected"))),
    ("gmail-smtp-bad-credentials", G_AUTH + " (our relay's login to smtp.gmail.com)",
     pf(BAD_CRED, "5.7.8", None, "smtp.gmail.com"), soft(SEC)),
]

# ---- Microsoft 365 / Exchange Online -------------------------------------------------------------
QUOTA_TEXT = ("554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message "
              "due to a permanent exception with message Cannot submit message.")
MICROSOFT = [
    ("exo-own-storedrv-submission-quota", MS_QUOTA,
     exchange_own(QUOTA_TEXT, status="5.2.0", body=NOT_DELIVERED + " The message can't be submitted because the "
                  "sender's submission quota was exceeded."), soft(("speeding",))),
    ("exo-own-storedrv-submission-quota-bare", MS_QUOTA + " (without the user text)",
     exchange_own(QUOTA_TEXT, status="5.2.0", body=NOT_DELIVERED), soft(("speeding",))),
    ("exo-smtp-auth-535-573", MS_AUTH + " (our relay's login to smtp.office365.com)",
     pf("535 5.7.3 Authentication unsuccessful [BN6PR03CA0021.namprd03.prod.outlook.com]", "5.7.3", None,
        "smtp.office365.com"), soft(SEC)),
    ("exo-smtp-auth-disabled-57139", MS_AUTH_DISABLED,
     pf("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
        "https://aka.ms/smtp_auth_disabled for more information. [BN8PR12CA0001.namprd12.prod.outlook.com]",
        "5.7.139", None, "smtp.office365.com"), soft(SEC)),
    ("exo-gcc-high-5757-whole", MS_57 + " (Postfix's whole bounce(8) notice)",
     pf14("gcc-5757", "530 5.7.57 Client not authenticated to send mail. [BN1P110CA0052.NAMP110.PROD.OUTLOOK.COM "
          "2023-11-29T14:52:57.126Z 08DBE7319275F6BA]", "5.7.57", "MAIL", "smtp.office365.us[20.35.242.130]"),
     soft(SEC)),
    ("exo-5757-sendmail", MS_57 + " (our Sendmail relay's DSN)",
     sm_remote("sm-5757", "530 5.7.57 Client not authenticated to send mail. [BN8PR12CA0001.namprd12.prod.outlook"
               ".com]", "5.7.57", "MAIL"), soft(SEC)),
]

# ---- iCloud, Zoho / ZeptoMail ---------------------------------------------------------------------
ICLOUD_LIMIT = "550 5.7.1 seller@icloud.com: You have exceeded your daily sending limit. Please try again later."
ZOHO_LIMIT = "550 5.4.6 Unusual sending activity detected."
OTHERS = [
    ("icloud-daily-sending-limit", APPLE + " (our relay through smtp.mail.me.com)",
     pf(ICLOUD_LIMIT, "5.7.1", "MAIL", "smtp.mail.me.com"), soft(("speeding",))),
    ("icloud-daily-sending-limit-rcpt", APPLE + " (the same refusal at RCPT TO)",
     pf(ICLOUD_LIMIT, "5.7.1", "RCPT", "smtp.mail.me.com"), soft(("speeding",))),
    ("icloud-daily-sending-limit-exim", APPLE + " (our Exim relay's bounce)",
     exim_remote("icloud-limit", ICLOUD_LIMIT, "MAIL", "p00-smtp.mail.me.com [17.57.154.1]"), soft(("speeding",))),
    ("zoho-unusual-sending-activity", ZOHO_ACT,
     pf(ZOHO_LIMIT, "5.4.6", "MAIL", "smtp.zoho.com"), soft(SPAMMY)),
    ("zoho-unusual-sending-activity-rcpt", ZOHO_ACT + " (at RCPT TO, Zoho's EU host)",
     pf(ZOHO_LIMIT, "5.4.6", "RCPT", "smtp.zoho.eu"), soft(SPAMMY)),
    ("zoho-unusual-sending-activity-sendmail", ZOHO_ACT + " (our Sendmail relay's DSN)",
     sm_remote("zoho", ZOHO_LIMIT, "5.4.6", "MAIL"), soft(SPAMMY + ("rejected",))),
    ("zeptomail-relaying-disallowed", ZEPTO,
     pf("553 Relaying disallowed as seller@other-brand.example", "5.0.0", "MAIL", "smtp.zeptomail.com"),
     soft(("norelaying", "rejected", "securityerror"))),
    ("zeptomail-authentication-failed", ZEPTO,
     pf("535 Authentication Failed.", "5.7.8", None, "smtp.zeptomail.com"), soft(SEC)),
]

# ---- cPanel (Exim) per-domain hourly limits: the host's OWN failure, no remote server --------------
MAX_EMAILS = "Domain example.com has exceeded the max emails per hour (125/100 (125%)) allowed.  Message discarded."
# cPanel's hourly limit is in Sisimai::Reason::TooManyConn's own list ("has exceeded the max emails per
# hour"), and the taxonomy takes sisimai's words: either name of the newer "ratelimited".
MAX_DEFERS = "Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded."
CPANEL = [
    ("cpanel-max-emails-discarded", CPANEL_MAX, exim_local("max-emails", MAX_EMAILS), soft(RATE)),
    ("cpanel-max-emails-quoted-domain", CPANEL_MAX + " (the domain in quotes, as thread 697029 shows it)",
     exim_local("max-emails-q", 'Domain "example.com" has exceeded the max emails per hour (3/2 (150%)) allowed. '
                "Message discarded."), soft(RATE)),
    ("cpanel-max-defers-failures", CPANEL_DEFER, exim_local("max-defers", MAX_DEFERS), soft(RATE)),
    ("cpanel-max-defers-failures-no-domain", CPANEL_DEFER + " (ultrawebhosting 414's copy, no domain named)",
     exim_local("max-defers-nodom", "Domain has exceeded the max defers and failures per hour (10/10 (58%)) "
                "allowed. Message discarded."), soft(RATE)),
    ("cpanel-max-defers-failures-other-lead", CPANEL_DEFER + " (the prospect's address looks like a typo; the "
     "words still blame the sending domain's failures, not this address)",
     exim_local("max-defers-typo", MAX_DEFERS, address="lead@exmaple.org"), soft(RATE, address="lead@exmaple.org")),
    ("cpanel-max-emails-reattempted-warning", CPANEL_MAX + " (below the discard threshold: Exim's delay warning)",
     exim_warning("max-emails-warn", f"  {LEAD}\n    Delay reason: Domain \"example.com\" has exceeded the max "
                  "emails per hour (2/2 (100%)) allowed. Message will be reattempted later\n",
                  f"Action: delayed\nFinal-Recipient: rfc822;{LEAD}\nStatus: 4.0.0\n", hours="1 hour"),
     soft(RATE, delay=True)),
]

# ---- relays and filters in front of our own sending ---------------------------------------------
QUOTA_RCPT = f"550 5.4.5 <{LEAD}>: Recipient address rejected: Domain Sending Quota Exceeded"
CSR = ("550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your "
       "address. Contact your service provider for support")
ITR = "550 5.7.1 [ITR] Our system has detected unusual activity from your account. (0.50) See http://endsp.am/1bsbIfq"
RELAYS = [
    ("mailhostbox-domain-sending-quota", MAILHOSTBOX,
     pf(QUOTA_RCPT, "5.4.5", "RCPT", "outbound-us2.mailhostbox.com"), soft(("speeding",))),
    ("mailhostbox-domain-sending-quota-exim", MAILHOSTBOX + " (our Exim relay's bounce)",
     exim_remote("mhb-quota", QUOTA_RCPT, "RCPT", "us2.outbound.mailhostbox.com [199.79.62.75]"),
     soft(("speeding",))),
    ("mailhostbox-domain-sending-quota-gmail", MAILHOSTBOX + " (Gmail's DSN, our Workspace routing through it)",
     gm_remote(QUOTA_RCPT, "5.4.5", "outbound-us2.mailhostbox.com"), soft(("speeding",))),
    ("spamexperts-csr", SPAMEXPERTS, exim_remote("csr", CSR, "DATA", "smtp.antispamcloud.com [192.0.2.40]"),
     soft(SPAMMY)),
    ("spamexperts-csr-postfix", SPAMEXPERTS + " (our Postfix relay's report)",
     pf(CSR, "5.7.1", "DATA", "smtp.antispamcloud.com"), soft(SPAMMY)),
    ("spamexperts-vrcsr", SPAMEXPERTS + " (the [VRCSR] variant as pastebin.com/2U6P9WFm logs it)",
     pf(CSR.replace("[CSR]", "[VRCSR]"), "5.7.1", "DATA", "smtp.antispamcloud.com"), soft(SPAMMY)),
    ("spamexperts-itr", SPAMEXPERTS, exim_remote("itr", ITR, "DATA", "smtp.antispamcloud.com [192.0.2.40]"),
     soft(SPAMMY)),
    ("spamexperts-itr-exchange", SPAMEXPERTS + " (Exchange Online's NDR: our tenant's outbound connector)",
     exo_remote(ITR, "5.7.1", "smtp.antispamcloud.com"), soft(SPAMMY)),
    ("esp-messages-per-second", EMAILIT, pf("452 4.4.5 Messages per second limit exceeded", "4.4.5", "MAIL",
                                            "smtp.emailit.com"), soft(RATE, delay=True)),
    ("esp-daily-message-limit", EMAILIT, pf("452 4.5.3 Daily message limit exceeded", "4.5.3", "MAIL",
                                            "smtp.emailit.com"), soft(RATE + ("exceedlimit",), delay=True)),
    ("esp-daily-message-limit-failed", EMAILIT + " (given up after the retries: Action failed)",
     pf("452 4.5.3 Daily message limit exceeded", "4.5.3", "MAIL", "smtp.emailit.com", action="failed"),
     soft(RATE + ("exceedlimit",))),
]

ROWS = GOOGLE + GOOGLE_RELAY + MICROSOFT + OTHERS + CPANEL + RELAYS
