"""The hundred-and-forty-eighth review: a FRESH look at one family the issue names, "Disabled, expired or inactive
mailboxes, and quota wordings the tables do not know, read as blocked, filtered, exceedlimit or onhold".

Step 1, the census (counted BEFORE choosing: `grep -ic` of each server's own wording over
tests/classifier/review_notices*.py, so a count is lines, near enough rows; "files" how many review modules carry it).
Review 47 (review_notices47.py) is this family's main home: Dovecot LMTP, Cyrus's and Zimbra's LMTP, Exchange, Yahoo,
Gmail, mail.ru, Yandex, GMX/web.de, iCloud already sit there.

| server / provider (its own wording)                                   | lines | files | this review |
|-----------------------------------------------------------------------|------:|------:|-------------|
| Dovecot lda/lmtp "Quota exceeded (mailbox for user is full)"           |    25 |    11 | no          |
| Dovecot quota-status service (its DEFAULT replies, no overquota set)   |     6 |     3 | YES (1)     |
| Dovecot 2.4 "Too many messages in the mailbox" / "Mail size is larger" |     0 |     0 | YES (1, 3)  |
| Cyrus "Over quota" (LMTP, SESSIONID)                                   |    33 |    21 | no          |
| Cyrus "Delivery to mailbox is disabled" / "currently reserved" / moved |     0 |     0 | YES (2)     |
| Cyrus IMAP_NOSPACE "mail system storage has been exceeded"             |     0 |     0 | YES (2)     |
| Courier/maildrop "maildir over quota"                                  |    12 |     3 | no          |
| qmail/vpopmail "user is over quota", "account is locked"               |     4 |     3 | no (r47)    |
| Exim appendfile "mailbox is full", quota_warn                          |    75 |    39 | no          |
| Postfix local/virtual EDQUOT "Disk quota exceeded" (Linux)             |     8 |     8 | no          |
| Postfix local/virtual EDQUOT "Disc quota exceeded" (BSD libc spelling) |     0 |     0 | YES (4)     |
| Postfix "Mailbox full"                                                 |   183 |    75 | no          |
| Zimbra "Over quota", "Mailbox disabled, not accepting messages"        |    15 |    11 | no (r47)    |
| Exchange/M365 5.2.2 "mailbox full" / 5.2.1 "disabled" / 5.7.13 / 4.2.2 | 106/57/44/135 | 50/26/13/52 | no |
| Gmail "over quota" / "disabled" / "inactive"                           | 16/17 |  10/13 | no          |
| Yahoo/AOL "mailbox is disabled", "552 1", "dd ... over quota"          |    15 |    11 | no (r47)    |
| Outlook.com / iCloud                                                   | 9 / 11 (with a quota or state word) | | no |
| GMX/web.de "Postfach voll", "User is inactive"                         | 12/6  |   4/3 | no          |
| Orange/Free/SFR, Libero/Virgilio "casella piena"                        | 12/15 |  14/5 | no          |
| Yandex/Mail.ru "Mailbox size exceeded", "заблокирована"                | 13/17 |  24/6 | no          |
| cPanel/Exim "account has been suspended"                               |    12 |    12 | no (no source) |
| MDaemon / Kerio / SmarterMail / hMailServer (quota or state words)     | 6/1/2/1 | | SmarterMail/Kerio/hMailServer: no wording found in the stores |
| older wordings in bouncehammer's MailboxFull table ("Recipient reached disk quota", "mailbox would exceed maximum allowed storage", "delivery failed: over quota") | 0 | 0 | YES (5) |
| OUR account over its sending quota / suspended for spam (controls)    | 5/0   |       | YES (6)     |

So this review takes the least covered whose words the stores hold: (1) Dovecot's quota-status policy service with its
DEFAULT replies through Postfix's check_policy_service (no quota_status_overquota set: "554 5.2.2 <rcpt>: Recipient
address rejected: <quota_exceeded_message>"; Postfix's own x.7.1 when a configured reply carries no enhanced code;
"REJECT Unknown user"; DEFER_IF_PERMIT), (2) Cyrus lmtpd's disabled / reserved / moved / no-space replies while the
relay retries and after it gives up, (3) Dovecot's rejection MDN with its 2.4 quota errors, (4) Postfix local(8) on a
BSD (strerror(EDQUOT) "Disc quota exceeded"), (5) three older quota wordings from bouncehammer's table, (6) CONTROLS:
our own account over its sending quota or suspended (ours), message too big (mesgtoobig), 4xx delays.

Found and mended (classifier/store_wordings.py, new; classifier/reasons._not_the_mailbox): Dovecot 2.4's "Too many
messages in the mailbox" read speeding with OUR scope (a full mailbox taken for our rate: the prospect not marked, an
account alert raised); its "Mail size is larger than the maximum size allowed by server configuration" under the
quota-status service's 5.2.2 read mailboxfull (and filtered in its rejection MDN): the message's size; MailEnable's
"522 5.7.1 MailDomain <domain> Disk quota has been exceeded" (round three) read securityerror. Rounds two and four
are controls on those mends (our rate's "too many messages", a size said of the mailbox's space, our own domain's
post office over quota at MAIL FROM and at RCPT). One judgement call (test_review_notices148.JUDGEMENT).

Rows: (name, source, raw, expected), each expectation written from the words, the status and
shared/classifier/taxonomy.md BEFORE the classifier ran on them (mailbox full = mailboxfull, soft; disabled / inactive /
suspended / locked = suspend, soft; only a deletion's words are hard). All HAND-MADE; test_review_notices148.py runs
them. Our sender: sender@example.com (relay copy) / seller@example.com (the other layouts); the prospect
lead@example.org."""

from __future__ import annotations

from tests.classifier.review_notices25 import both_layouts, rows_relayed
from tests.classifier.review_notices47_layouts import PF_LMTP, PF_LOCAL, lmtp, pf_mda
from tests.classifier.review_notices7 import mdn

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
LEAD = "lead@example.org"
FULL, SUSP, UNK = ("mailboxfull",), ("suspend",), ("userunknown",)
BIG = ("mesgtoobig", "exceedlimit")

both = both_layouts("r148", MX, LEAD)

# ---- 1. Dovecot's quota-status service, its DEFAULT replies, through Postfix at RCPT ----------------------------------
QS = ("dovecot/core src/plugins/quota/quota-status.c (client_handle_request: over quota and no quota_status_overquota "
      "set -> '554 5.2.2 %s' of quota_alloc_result_errstr; quota_status_toolarge for a mail over the maximum; "
      "nouser_reply default 'REJECT Unknown user'; a temporary failure 'action=DEFER_IF_PERMIT %s'), "
      "src/plugins/quota/quota.c quota_alloc_result_errstr ('Mail size is larger than the maximum size allowed by server "
      "configuration', quota_exceeded_message, 2.4 'Too many messages in the mailbox', 'Blocked by an ongoing background "
      "quota calculation'), as Postfix smtpd_check.c writes a policy answer at RCPT ('<%s>: Recipient address rejected: "
      "%s'; a REJECT or a code without an enhanced one gets x.7.1; DEFER_IF_PERMIT '450 4.7.1')")
QS_CPANEL = ("a cPanel server's userdb answer as its Dovecot debug log shows it (pastebin WMBN15Tp: 'quota_status_overquota="
             "552 5.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded')")
QS_CONF = ("a published dovecot.conf ('quota_status_overquota = \"552 Mailbox is full\"', 'quota_exceeded_message = Quota "
           "exceeded (mailbox is full).'): the configured reply without an enhanced code, Postfix adding its 5.7.1")
QS_LOG = ("a PHPMailer session log (pastebin HJQ7Mvep: 'RCPT TO:<x> / 554 5.7.1 <x>: Recipient address rejected: Quota "
          "exceeded'): a quota policy answering REJECT, Postfix's 5.7.1")
QS_ROWS = [
    ("default-quota-message", f"554 5.2.2 <{LEAD}>: Recipient address rejected: Quota exceeded (mailbox for user is "
     "full)", "5.2.2", "RCPT", False, FULL, R),
    ("message-count", f"554 5.2.2 <{LEAD}>: Recipient address rejected: Too many messages in the mailbox", "5.2.2", "RCPT",
     False, FULL, R),
    ("c-mail-too-large", f"554 5.2.2 <{LEAD}>: Recipient address rejected: Mail size is larger than the maximum size "
     "allowed by server configuration", "5.2.2", "RCPT", False, BIG, ANY),
    ("c-background-calc", f"450 4.7.1 <{LEAD}>: Recipient address rejected: Blocked by an ongoing background quota "
     "calculation", "4.7.1", "RCPT", False, (), R),
    ("c-nouser", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Unknown user", "5.7.1", "RCPT", True, UNK, R),
]
QS_CPANEL_ROWS = [
    ("cpanel-overquota", f"552 5.2.2 <{LEAD}>: Recipient address rejected: Mailbox is full / Blocks limit exceeded / "
     "Inode limit exceeded", "5.2.2", "RCPT", False, FULL, R),
]
QS_CONF_ROWS = [
    ("no-enhanced-code", f"552 5.7.1 <{LEAD}>: Recipient address rejected: Mailbox is full", "5.7.1", "RCPT", False,
     FULL, R),
]
QS_LOG_ROWS = [
    ("reject-quota-exceeded", f"554 5.7.1 <{LEAD}>: Recipient address rejected: Quota exceeded", "5.7.1", "RCPT", False,
     FULL, R),
]

# ---- 2. Cyrus lmtpd: a disabled, reserved or moved mailbox, the store's own disk ------------------------------------
CYRUS = ("cyrusimap/cyrus-imapd imap/lmtpengine.c send_lmtp_error (IMAP_MAILBOX_MOVED, IMAP_MAILBOX_RESERVED, "
         "IMAP_MAILBOX_DISABLED -> LMTP_MAILBOX_DISABLED; IMAP_NOSPACE -> LMTP_SERVER_FULL), imap/lmtp_err.et "
         "(LMTP_MAILBOX_DISABLED '451 4.2.1 %s', LMTP_SERVER_FULL '451 4.3.1 %s'), imap/imap_err.et ('Delivery to mailbox "
         "is disabled', 'Mailbox is currently reserved', 'Mailbox has been moved to another server', 'mail system storage "
         "has been exceeded'); " + PF_LMTP)
CYRUS_HOST = "imap.partner.example"
GAVE_UP = " (the relay gave up after its retries: Action failed, the 4.x status kept)"
RETRYING = " (bounce(8)'s delay notice while it retries)"


def _cyrus(name: str, text: str, status: str, final: tuple, delay: tuple, why: str = "") -> list[tuple]:
    """One Cyrus reply after end of DATA, given up (`final`: hard, reasons, scope) and while retried (`delay`)."""
    return [
        (f"r148-cyrus-{name}", CYRUS + GAVE_UP + why,
         lmtp(text, status=status, action="failed", host=CYRUS_HOST, socket="192.0.2.30"),
         [(LEAD, final[0], final[1], final[2], False)]),
        (f"r148-cyrus-{name}-delay", CYRUS + RETRYING + why,
         lmtp(text, status=status, action="delayed", host=CYRUS_HOST, socket="192.0.2.30"),
         [(LEAD, False, delay[0], delay[1], True)]),
    ]


CYRUS_ROWS = (
    _cyrus("disabled", "451 4.2.1 Delivery to mailbox is disabled", "4.2.1", (False, SUSP, R), (SUSP, R))
    + _cyrus("reserved", "451 4.2.1 Mailbox is currently reserved", "4.2.1", (False, (), R), ((), R),
             " (a mailbox the store has reserved for a move or rename: it lives)")
    + _cyrus("moved-server", "451 4.2.1 Mailbox has been moved to another server", "4.2.1", (False, (), R), ((), R),
             " (a Murder moved the mailbox to another backend: the address lives, no x.1.6)")
    + _cyrus("c-no-space", "451 4.3.1 mail system storage has been exceeded", "4.3.1", (False, ("systemfull",), ANY),
             (("systemfull",), ANY), " (a control: the store's disk, not the user's quota)")
)

# ---- 3. Dovecot's rejection MDN with the 2.4 quota errors ----------------------------------------------------------
DOVE_MDN = ("Dovecot src/lda/mail-send.c mail_send_rejection (an RFC 8098 MDN: 'Reporting-UA: %s; Dovecot Mail Delivery "
            "Agent', 'Disposition: automatic-action/MDN-sent-automatically; deleted', rejection_subject 'Rejected: %s', "
            "rejection_reason 'Your message to <%t> was automatically rejected:%n%r'), the reason from "
            "src/plugins/quota/quota.c quota_alloc_result_errstr")
_REJECT = f"Your message to <{LEAD}> was automatically rejected:\n"
_DOVE_UA = "mail.partner.example; Dovecot Mail Delivery Agent"
_DISP = "automatic-action/MDN-sent-automatically; deleted"
MDN_ROWS = [
    ("r148-mdn-message-count", DOVE_MDN + " (2.4 QUOTA_ALLOC_RESULT_OVER_QUOTA_MAILBOX_LIMIT)",
     mdn("r148a", _DISP, _REJECT + "Too many messages in the mailbox", ua=_DOVE_UA, subject="Rejected: Hello"),
     [(LEAD, False, FULL, R, False)]),
    ("r148-mdn-custom-full", DOVE_MDN + "; " + QS_CONF + " (its quota_exceeded_message)",
     mdn("r148b", _DISP, _REJECT + "Quota exceeded (mailbox is full).", ua=_DOVE_UA, subject="Rejected: Hello"),
     [(LEAD, False, FULL, R, False)]),
    ("r148-mdn-c-mail-too-large", DOVE_MDN + " (QUOTA_ALLOC_RESULT_OVER_MAXSIZE, quota_max_mail_size: a control, the "
     "message's size)",
     mdn("r148c", _DISP, _REJECT + "Mail size is larger than the maximum size allowed by server configuration",
         ua=_DOVE_UA, subject="Rejected: Hello"),
     [(LEAD, False, BIG, ANY, False)]),
]

# ---- 4. Postfix local(8)/virtual(8) on a BSD: strerror(EDQUOT) is "Disc quota exceeded" ------------------------------
BSD = (PF_LOCAL + "; FreeBSD lib/libc/gen/errlst.c (EDQUOT 'Disc quota exceeded', the BSD spelling Linux writes 'Disk')")
_MBOX = "cannot update mailbox /var/mail/lead for user lead. error writing message: Disc quota exceeded"
_MAILDIR = "maildir delivery failed: error writing message: Disc quota exceeded"
BSD_ROWS = [
    ("r148-bsd-mbox-edquot", BSD, pf_mda(_MBOX, status="5.2.2", diag=f"X-Postfix; {_MBOX}"),
     [(LEAD, False, FULL, R, False)]),
    ("r148-bsd-maildir-edquot", BSD + " (virtual(8) into a maildir)",
     pf_mda(_MAILDIR, status="5.2.2", diag=f"X-Postfix; {_MAILDIR}"), [(LEAD, False, FULL, R, False)]),
    ("r148-bsd-mbox-edquot-delay", BSD + RETRYING,
     pf_mda(_MBOX, status="4.2.2", diag=f"X-Postfix; {_MBOX}", action="delayed"), [(LEAD, False, FULL, R, True)]),
    ("r148-bsd-mbox-edquot-old-status", BSD + " (a status without its detail: the words alone say full)",
     pf_mda(_MBOX, status="5.0.0", diag=f"X-Postfix; {_MBOX}"), [(LEAD, False, FULL, R, False)]),
]

# ---- 5. Older quota wordings: bouncehammer's table (read as an outside opinion, its phrases only) -------------------
KANADZUCHI = ("yaslama/bouncehammer src/lib/Kanadzuchi/Mail/Why/MailboxFull.pm (its table: 'recipient reached disk "
              "quota', 'recipient rejected: mailbox would exceed maximum allowed storage', 'delivery failed: over "
              "quota'); the reply lines around them by hand, no enhanced code (Postfix's x.0.0)")
OLD_ROWS = [
    ("reached-disk-quota", "552 Recipient reached disk quota", "5.0.0", "DATA", False, FULL, R),
    ("would-exceed-storage", "550 Recipient rejected: mailbox would exceed maximum allowed storage", "5.0.0", "RCPT",
     False, FULL, R),
    ("delivery-failed-over-quota", "554 delivery failed: over quota", "5.0.0", "DATA", False, FULL, R),
    ("reached-disk-quota-452", "452 Recipient reached disk quota", "4.0.0", "RCPT", False, FULL, R),
]

# ---- 6. CONTROLS: our own account's sending quota or suspension (ours), a message too big, a recipient's delay ------
OURS_SES = ("Amazon SES Developer Guide 'SMTP response codes' ('454 Throttling failure: Daily message quota exceeded.', "
            "'454 Throttling failure: Maximum sending rate exceeded.'): OUR sending account, at MAIL FROM; taxonomy §7")
OURS_WORDS = ("the issue's controls ('your account is over its sending quota', 'sending quota exceeded', 'your account has "
              "been suspended for spam') as our relay's smarthost answers our MAIL FROM (Postfix smtp_proto.c '(in reply "
              "to MAIL FROM command)'); taxonomy §7: the sender's scope")
SES_HOST, SMARTHOST = "email-smtp.us-east-1.amazonaws.com", "smtp.relay.example.com"
OURS_ROWS = [
    ("ses-daily-quota", "454 Throttling failure: Daily message quota exceeded.", "4.0.0", "MAIL", False, (), S),
    ("ses-max-rate", "454 Throttling failure: Maximum sending rate exceeded.", "4.0.0", "MAIL", False, (), S),
]
OURS_TEXT_ROWS = [
    ("over-sending-quota", "550 5.7.1 Your account is over its sending quota", "5.7.1", "MAIL", False, (), S),
    ("sending-quota-exceeded", "554 5.7.0 Sending quota exceeded for this account", "5.7.0", "MAIL", False, (), S),
    ("suspended-for-spam", "553 5.7.1 Your account has been suspended for spam", "5.7.1", "MAIL", False, (), S),
    ("suspended-for-spam-final", "550 5.7.1 Your account has been suspended for spam. Contact support.", "5.7.1",
     "MAIL", False, (), S),
]
SIZE = ("cyrusimap/cyrus-imapd imap/imap_err.et IMAP_MESSAGE_TOO_LARGE 'Message size exceeds fixed limit'; aiosmtpd "
        "smtp.py '552 Error: message size exceeds fixed maximum message size' (RFC 5321 4.5.3.1.10's 552): the "
        "message's size, not the mailbox")
SIZE_ROWS = [
    ("c-size-fixed-limit", "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "DATA", False, ("mesgtoobig",), ANY),
    ("c-size-fixed-maximum", "552 Error: message size exceeds fixed maximum message size", "5.0.0", "MAIL", False,
     ("mesgtoobig",), ANY),
]

# ---- 7. Round two: CONTROLS on this review's mends (written before the classifier ran on them) ---------------------
# store_wordings' "too many messages in the mailbox" (full) must leave "too many messages" of OUR rate a rate; its
# "mail size is larger than the maximum size allowed" (the message) must leave a size said of the mailbox's space full.
RATE = ("Postfix src/smtpd/smtpd.c, smtpd_client_message_rate_limit ('%d 4.7.0 Error: too many messages from %s', "
        "smtpd_client_event_limit_exceptions aside, var_smtpd_rate_code 450 by default): OUR sending host's message rate "
        "at MAIL FROM")
SPACE = ("Vda BounceProcessing's quota list as classifier/rule_wordings.py quotes it ('message is larger than the space "
         "available': the mailbox's space, not a size limit), the reply line by hand")
ROUND2_RATE = [
    ("c-too-many-messages-from-ip", "450 4.7.0 Error: too many messages from 192.0.2.7", "4.7.0", "MAIL", False,
     ("speeding", "toomanyconn"), S),
]
ROUND2_SPACE = [
    ("c-larger-than-space", "552 5.2.2 Message is larger than the space available", "5.2.2", "DATA", False, FULL, R),
    ("c-larger-than-space-in-mailbox", f"554 5.2.2 <{LEAD}>: Recipient address rejected: Mail size is larger than the "
     "space left in the mailbox", "5.2.2", "RCPT", False, FULL, R),
    ("c-mailbox-count-and-size", f"552 5.2.2 <{LEAD}>: Recipient address rejected: Too many messages in the mailbox "
     "(quota exceeded)", "5.2.2", "RCPT", False, FULL, R),
]

# ---- 8. Round three: a store's DOMAIN quota (MailEnable) said of our domain or the recipient's; 1&1's over quota -------
ME_DOMAIN = ("a MailEnable server's failure notice as a user posted it (pastebin a3CnB5k5: 'ME_REASON: 522 5.7.1 MailDomain "
             "<the sender's own domain> Disk quota has been exceeded', the post office's disk quota), here as our relay "
             "reports it: OUR domain named at MAIL FROM is ours (taxonomy §7), the recipient's domain named at RCPT is the "
             "recipient's side, full")
IONOS = ("1&1 (IONOS) mx01.1and1.es's multi-line refusal as a user posted a bounce of it (pastebin dS0JkYBA: '552-Requested "
         "mail action aborted: exceeded storage allocation 552-Quota exceeded. 552 For explanation visit "
         "http://postmaster.1and1.com/en/error-messages?ip=...&c=quot', at RCPT)")
ROUND3_OURS = [
    ("me-our-domain-disk-quota", "522 5.7.1 MailDomain example.com Disk quota has been exceeded", "5.7.1", "MAIL", False,
     (), S),
]
ROUND4_OURS_RCPT = [
    # Round four, a control on round three's mend (store_wordings' "disk quota has been exceeded"): OUR domain's post
    # office over its quota, the smarthost answering only at RCPT (a pipelined reply), is still ours.
    ("me-our-domain-disk-quota-at-rcpt", "522 5.7.1 MailDomain example.com Disk quota has been exceeded", "5.7.1",
     "RCPT", False, (), S),
]
ROUND3_THEIRS = [
    ("me-their-domain-disk-quota", "522 5.7.1 MailDomain example.org Disk quota has been exceeded", "5.7.1", "RCPT",
     False, ("mailboxfull", "systemfull"), R),
]
ROUND3_IONOS = [
    ("ionos-quot", "552-Requested mail action aborted: exceeded storage allocation 552-Quota exceeded. 552 For explanation "
     "visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.7&c=quot", "5.0.0", "RCPT", False, FULL, R),
]

ROWS: list[tuple] = (
    both("qs", QS, QS_ROWS) + both("qs", QS_CPANEL, QS_CPANEL_ROWS) + both("qs", QS_CONF, QS_CONF_ROWS)
    + both("qs", QS_LOG, QS_LOG_ROWS)
    + CYRUS_ROWS + MDN_ROWS + BSD_ROWS
    + both("old", KANADZUCHI, OLD_ROWS)
    + rows_relayed("r148-ours", OURS_SES, SES_HOST, LEAD, OURS_ROWS)
    + rows_relayed("r148-ours", OURS_WORDS, SMARTHOST, LEAD, OURS_TEXT_ROWS)
    + both("size", SIZE, SIZE_ROWS)
    + rows_relayed("r148-r2", RATE, MX, LEAD, ROUND2_RATE) + both("r2", SPACE, ROUND2_SPACE)
    + rows_relayed("r148-r3", ME_DOMAIN, SMARTHOST, LEAD, ROUND3_OURS) + both("r3", ME_DOMAIN, ROUND3_THEIRS)
    + both("r3", IONOS, ROUND3_IONOS)
    + rows_relayed("r148-r4", ME_DOMAIN, SMARTHOST, LEAD, ROUND4_OURS_RCPT)
)
