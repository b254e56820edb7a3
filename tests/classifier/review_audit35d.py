"""Audit 35d: an ADVERSARIAL AUDIT of the HARD readings (severity.is_hard_bounce) that the provider modules of
classifier/remote/ make (microsoft.py's status-only 5.1.10 and its RESOLVER.ADR / "not found by SMTP address lookup" /
"mailbox unavailable" wordings, the generic reading of Gmail's "The email account that you tried to reach does not
exist", Yahoo's, Mimecast's, Proofpoint's, Apple's and Mail.ru's user-unknown wordings), where a false hard marks a
live prospect bounced and unenrolls it. Each attacked where the RECIPIENT is not known to be missing: our sender or our
tenant refused (Exchange Online's 5.1.8 "bad outbound sender", 5.7.708, 5.7.750, our tenant's connector 5.7.64), a 4xx
of the same code family, a help line quoting the code, the provider's own DSN about OUR account (Gmail's daily limit,
a disabled account), a forwarded chain, a person's reply; and controls that truly are hard.

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the vendors'
words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All
HAND-MADE; test_review_audit35d.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own
from tests.classifier.review_audit35 import GMAIL, PERSON, delay, gmail_delay, hard, soft
from tests.classifier.review_audit35_layouts import person_reply
from tests.classifier.review_notices25 import rows_relayed

R, S, ANY = "recipient", "sender", None
LEAD = "lead@partner.example"
NOT_BOUNCE: list[tuple] = []


def relay_at(source: str, mx: str, entries: list[tuple]) -> list[tuple]:
    """Our relay's report (Postfix bounce(8)) of each reply from the provider's host `mx` (named "a35d-<name>")."""
    return rows_relayed("a35d", source, mx, LEAD, entries)


# ---- (1) Microsoft: Exchange Online / EOP / Outlook.com -----------------------------------------------------------
EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (5.1.1/5.1.10 "
       "RESOLVER.ADR.RecipientNotFound 'Recipient not found by SMTP address lookup'; 5.4.1 DBEB 'Recipient address "
       "rejected: Access denied'; 5.1.8 'Access denied, bad outbound sender' (the sending account blocked for spam); "
       "5.7.64 'TenantAttribution; Relay Access Denied' (the sender's own tenant's connector); 5.7.606-649 'Access "
       "denied, banned sending IP'; 5.7.708 'Access denied, traffic not accepted from this IP'; 5.7.750 'Client "
       "blocked from sending from unregistered domains')")
EOP_MX = "partner-example.mail.protection.outlook.com"
MS_RELAYED = [
    # Controls: the recipient truly missing.
    ("ms-5110", f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address lookup",
     "5.1.10", "RCPT", True, ("userunknown",), R),
    ("ms-511", "550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "5.1.1", "RCPT",
     True, ("userunknown",), R),
    ("ms-541-dbeb", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", "5.4.1", "RCPT", True,
     ("userunknown",), R),
    # The same family as a 4xx (a directory lookup that could not finish): a delay, never hard.
    ("ms-4110", "451 4.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup, the "
     "directory is not reachable; try again later", "4.1.10", "RCPT", False, (), ANY),
    # Our sending account or IP refused: the sender's, soft.
    ("ms-518-bad-outbound", "550 5.1.8 Access denied, bad outbound sender AS(42004)", "5.1.8", "MAIL", False,
     ("rejected",), S),
    ("ms-57708", "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", "5.7.708",
     "MAIL", False, ("blocked",), S),
    ("ms-57750", "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
     "5.7.750", "MAIL", False, ("blocked",), S),
    # Our own tenant's outbound connector refused to relay: nothing said of the lead's mailbox.
    ("ms-57064-tenant", "550 5.7.64 TenantAttribution; Relay Access Denied [BN8PR12MB1234.namprd12.prod.outlook."
     "com]", "5.7.64", "RCPT", False, (), ANY),
    # A help line quoting the hard code and its words, under a refusal of our IP.
    ("ms-57606-help-quotes-5110", "550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from "
     "this list please visit https://sender.office.com/ and follow the directions. This is not a 5.1.10 'Recipient "
     "not found by SMTP address lookup' refusal: the recipient exists.", "5.7.606", "RCPT", False, ("blocked",), S),
    ("ms-5541-help-quotes-dbeb", "550 5.7.1 Service unavailable, Client host [192.0.2.25] blocked using Spamhaus. To "
     "request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.25 AS(1430). (Unlike a 5.4.1 "
     "Recipient address rejected: Access denied, this refusal is of your host.)", "5.7.1", "RCPT", False, (), S),
    # Outlook.com's "mailbox unavailable" words as a 4xx: a delay.
    ("ms-outlook-450-unavailable", "451 4.5.0 Requested action not taken: mailbox unavailable (S2017062302) - try "
     "again later", "4.5.0", "RCPT", False, (), ANY),
]
EXO_NDR_LAYOUT = "Exchange Online's NDR to its own sending user (notices.exchange_own, the NDR anatomy of the same page)"
MS_ROWS = [
    ("a35d-exo-own-518", f"{EXO}; {EXO_NDR_LAYOUT}",
     exchange_own("550 5.1.8 Access denied, bad outbound sender AS(42004)", status="5.1.8", address=LEAD,
                  body="Your message couldn't be delivered because you weren't recognized as a valid sender. The most "
                  "common reason for this is that your email address is suspected of sending spam and it's no "
                  "longer allowed to send email. Contact your email admin for assistance."),
     soft("rejected", scope=S)),
    ("a35d-exo-own-57708", f"{EXO}; {EXO_NDR_LAYOUT}",
     exchange_own("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.",
                  status="5.7.708", address=LEAD, body="Your message wasn't delivered because your organization's "
                  "email server isn't allowed to send to this recipient's organization right now."),
     soft("blocked", scope=S)),
    ("a35d-exo-own-57750", f"{EXO}; {EXO_NDR_LAYOUT}",
     exchange_own("550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
                  status="5.7.750", address=LEAD, body="Your message wasn't delivered because your organization "
                  "sends from a domain that isn't registered with Microsoft 365."),
     soft("blocked", scope=S)),
    ("a35d-exo-own-5110-control", f"{EXO}; {EXO_NDR_LAYOUT}",
     exchange_own(f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address lookup",
                  status="5.1.10", address=LEAD, remote=EOP_MX, body=f"Your message to {LEAD} couldn't be delivered."
                  f"\nlead wasn't found at partner.example."),
     hard("userunknown")),
    # A forwarded chain: the lead's own mailbox forwards to an old address, and THAT one is missing (named).
    ("a35d-exo-own-forward-chain", f"{EXO}; {EXO_NDR_LAYOUT}; Exchange's forwarding (ForwardingSmtpAddress)",
     exchange_own("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient lead@old-host.example not found by SMTP "
                  "address lookup", status="5.1.10", address=LEAD, body=f"Your message to {LEAD} couldn't be "
                  "delivered.\nThe mailbox forwards to lead@old-host.example, which wasn't found at old-host.example."),
     soft(scope=ANY)),
]

# ---- (2) Google: Gmail / Workspace ---------------------------------------------------------------------------------
GOOG = ("Google Workspace Admin Help answer 3726730 'SMTP error reference' (550 5.1.1 'The email account that you "
        "tried to reach does not exist...'; 553 5.1.7 'The sender address <x> is not a valid RFC 5321 address'; 450 "
        "4.2.1 'The user you are trying to contact is receiving mail at a rate...'; 550 5.7.1 'Invalid credentials for "
        "relay'; 550 5.4.5 'Daily user sending limit exceeded'); Gmail Help 22839 'You have reached a limit for "
        "sending mail'")
NOSUCH = ("550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
          "recipient's email address for typos or unnecessary spaces. For more information, go to "
          "https://support.google.com/mail/?p=NoSuchUser - gsmtp")
GMX = "aspmx.l.google.com"
G_RELAYED = [
    ("g-511-control", NOSUCH, "5.1.1", "RCPT", True, ("userunknown",), R),
    # The same words under a 4xx (a relay's deferral of Gmail's answer): a delay.
    ("g-411", "450-4.1.1 The email account that you tried to reach does not exist (directory lookup timed out, "
     "try again later) - gsmtp", "4.1.1", "RCPT", False, (), ANY),
    ("g-421-rate", "450-4.2.1 The user you are trying to contact is receiving mail at a rate that prevents "
     "additional messages from being delivered. Please resend your message at a later time. - gsmtp", "4.2.1",
     "RCPT", False, (), ANY),
    # Our sender refused in the 5.1.x family.
    ("g-517-sender", "553-5.1.7 The sender address <seller@example.com> is not a valid RFC 5321 address. - gsmtp",
     "5.1.7", "MAIL", False, (), S),
    # Google's SMTP relay refusing OUR account's relay credentials.
    ("g-relay-creds", "550-5.7.1 Invalid credentials for relay [192.0.2.25]. The IP address you've registered in "
     "your G Suite SMTP Relay service doesn't match domain of the account this email is being sent from. - gsmtp",
     "5.7.1", "MAIL", False, (), S),
    # A help line quoting the NoSuchUser text under a refusal of our IP.
    ("g-help-quotes-511", "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from "
     "your IP address. To protect our users from spam, mail sent from your IP address has been blocked. (Note: "
     "this is not 'The email account that you tried to reach does not exist'.) - gsmtp", "5.7.1", "RCPT", False,
     (), S),
]
LIMIT_BODY = "You have reached a limit for sending mail. Your message was not sent."
G_ROWS = [
    ("a35d-g-own-511-control", f"{GOOG}; Gmail's own DSN (shared/api/gmail.md section 9)",
     gmail_own(NOSUCH, status="5.1.1", heading="Address not found", address=LEAD, remote=GMX,
               body=f"Your message wasn't delivered to {LEAD} because the address couldn't be found, or is unable to "
               "receive mail."), hard("userunknown")),
    ("a35d-g-own-daily-limit", f"{GOOG}; Gmail's own DSN about OUR account",
     gmail_own("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail's sending limits go to "
               "https://support.google.com/a/answer/166852", status="5.4.5", heading="Message not delivered",
               address=LEAD, body=LIMIT_BODY), soft("speeding", scope=S)),
    ("a35d-g-own-limit-help-511", f"{GOOG}; Gmail's own DSN about OUR account, a help line quoting 5.1.1's words",
     gmail_own("550 5.4.5 Daily user sending limit exceeded.", status="5.4.5", heading="Message not delivered",
               address=LEAD, body=LIMIT_BODY + " Messages to addresses that bounce with 'The email account that you "
               "tried to reach does not exist' also count toward this limit."), soft("speeding", scope=S)),
    ("a35d-g-own-account-disabled", f"{GOOG}; Gmail's own DSN about OUR account (SENDER_NOTICES 'your account has "
     "been disabled')",
     gmail_own("550 5.7.1 Your account has been disabled.", status="5.7.1", heading="Message not delivered",
               address=LEAD, body="Your message wasn't sent because your account has been disabled. The email "
               "account that you tried to send from does not exist in an active state; sign in for details."),
     soft(scope=S)),
    ("a35d-g-delay-511-words", f"{GOOG}; {GMAIL}", gmail_delay("450-4.1.1 The email account that you tried to reach "
     "does not exist (lookup timed out) - gsmtp", "4.1.1", address=LEAD), delay(scope=ANY)),
    ("a35d-g-person-reply", f"{GOOG}; {PERSON}", person_reply("d-g", f"Lena Lead <{LEAD}>", "Your mail to my old "
     "Gmail got 'The email account that you tried to reach does not exist' because I closed it. This address works."),
     NOT_BOUNCE),
]

# ---- (3) Other providers' user-unknown wordings -----------------------------------------------------------------
OTHERS = ("Yahoo Sender Hub 'SMTP error codes' (554 'delivery error: dd This user doesn't have a yahoo.com account'; "
          "421 4.7.0 [TSS04]); Mimecast 'SMTP error codes' DOC-1369 (550 'Invalid Recipient', 550 'Administrative "
          "prohibition'); Proofpoint Essentials '550 5.1.1 User unknown'; Apple iCloud 'Postmaster information' "
          "(550 5.1.1 '<x>: inactive email address'); Mail.ru postmaster ('user not found')")
OTHER_RELAYED = [
    ("y-dd-control", "554 delivery error: dd This user doesn't have a yahoo.com account (lead@yahoo.com) [0] - "
     "mta1234.mail.bf1.yahoo.com", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("y-tss04-help", "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or "
     "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (mailbox not found is another "
     "error)", "4.7.0", "RCPT", False, (), ANY),
    ("mc-invalid-control", "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("mc-admin-help", "550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/"
     "DOC-1369#550 (this is not an Invalid Recipient refusal)", "5.0.0", "RCPT", False, (), ANY),
    ("mc-451-invalid", "451 Invalid Recipient - lookup in progress, try again later", "4.0.0", "RCPT", False, (),
     ANY),
    ("pp-user-unknown-control", "550 5.1.1 User unknown", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("pp-sender-verify", "550 5.7.1 Sender address rejected: <seller@example.com>: sender verify failed: user "
     "unknown", "5.7.1", "MAIL", False, (), S),
    ("ap-inactive-control", f"550 5.1.1 <{LEAD}>: inactive email address", "5.1.1", "RCPT", True, ("userunknown",),
     R),
    ("ru-sender-not-found", "550 5.7.1 Message was not accepted: sender seller@example.com user not found in "
     "your authenticated account", "5.7.1", "MAIL", False, (), S),
]
_HOSTS = {"y": "mta7.am0.yahoodns.net", "mc": "eu-smtp-inbound-1.mimecast.com", "pp": "mx0a-001.pphosted.com",
          "ap": "mx01.mail.icloud.com", "ru": "mxs.mail.ru"}

ROWS: list[tuple] = (
    relay_at(EXO, EOP_MX, MS_RELAYED) + MS_ROWS + relay_at(GOOG, GMX, G_RELAYED) + G_ROWS
    # Added with the mend (after the run): the same help line from a host no provider module knows, the generic
    # phrase tables alone (help_mentions' "'...' refusal").
    + rows_relayed("a35d-plain", EXO, "mx.partner.example", LEAD, [MS_RELAYED[8]])
    + [row for entry in OTHER_RELAYED for row in relay_at(OTHERS, _HOSTS[entry[0].split("-")[0]], [entry])]
)
