"""The forty-seventh review's single rows (review_notices47.py holds the table of replies and its
docstring): the delivery agents' own bounces, where no remote server answered (Postfix pipe(8) running
maildrop or dovecot-lda, local(8) and virtual(8); Exim's appendfile transport; Courier's DSN; Dovecot's
rejection MDN), and the controls: the sender's own quota and sending limit, a rate limit on our IP,
temporary lookup failures, a remote disk that is full, our own account disabled. All HAND-MADE,
expectations from the words and the taxonomy before the classifier ran."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, relayed
from tests.classifier.review_notices25_layouts import courier
from tests.classifier.review_notices35_layouts import exim_local
from tests.classifier.review_notices42_layouts import exim_own, qmail_own
from tests.classifier.review_notices43_layouts import courier_delay, exim_warning
from tests.classifier.review_notices47 import DOVE_NOQUOTA, DOVE_QUOTA, DOVE_QUOTA1, R
from tests.classifier.review_notices47_layouts import LEAD, PF_LOCAL, PF_PIPE, pf_mda
from tests.classifier.review_notices7 import mdn

S = "sender"
SELLER = "seller@example.com"
FULL = [(LEAD, False, ("mailboxfull",), R, False)]
FULL_DELAY = [(LEAD, False, (), "", True)]
HARD = [(LEAD, True, ("userunknown",), R, False)]
SOFT = [(LEAD, False, (), "", False)]
DELAY = [(LEAD, False, (), "", True)]
SENDER = [(LEAD, False, (), S, False)]
SENDER_DELAY = [(LEAD, False, (), S, True)]

MAILDROP = ("Courier maildrop's over-quota text 'maildrop: maildir over quota.' (Sisimai lib's per-agent table lists it "
            "as maildrop's mailboxfull; a Postfix queue listing shows 'temporary failure. Command output: maildrop: "
            "maildir over quota.')")
DOVE_LDA = ("dovecot-lda(1) '-e: If mail gets rejected, write the rejection reason to stderr and exit with EX_NOPERM' "
            "(doc.dovecot.org LDA), run by Postfix pipe(8)")
EXIM_APPEND = ("Exim src/src/transports/appendfile.c ('mailbox is full (MTA-imposed quota exceeded while writing to file "
               "%s)' / 'mailbox is full (quota exceeded while writing to file %s)', Sisimai lhost/exim citing "
               "appendfile.c:3049; newer releases 'MTA-imposed quota exceeded while writing to mailbox %s') and "
               "src/src/retry.c ('%s: retry timeout exceeded')")
COURIER = "Courier DSN (review 25's layout; courier-mta.org/courierdsn.html)"
DOVE_MDN = ("Dovecot src/lda/mail-send.c mail_send_rejection: an RFC 8098 MDN, 'Reporting-UA: %s; Dovecot Mail Delivery "
            "Agent', 'Disposition: automatic-action/MDN-sent-automatically; deleted', rejection_subject 'Rejected: %s', "
            "rejection_reason 'Your message to <%t> was automatically rejected:%n%r' (older: 'Your message was "
            "automatically rejected by Dovecot Mail Delivery Agent.%n%nThe following reason was given:%n%r')")
G_LIMITS = ("Google Workspace Admin Help 166852 'Gmail sending limits in Google Workspace' ('550 5.4.5 Daily user sending "
            "limit exceeded', 'You have reached a limit for sending mail'): our own account")
EXO_SUBMIT = ("Microsoft Learn 'Fix NDR error \"sender's submission quota was exceeded\" in Exchange Online' ('550 5.2.2 "
              "STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a "
              "permanent exception with message Cannot submit message.'): our own mailbox's limit")
PF_TEMP = "Postfix src/smtpd/smtpd_check.c ('451 4.3.0 <%s>: Temporary lookup failure', a table it could not read)"
YAHOO_TSS = ("smtp.codes/yahoo ('421 4.7.0 [TSS04] Messages from 0.0.0.0 temporarily deferred due to unexpected volume or "
             "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes'): our sending IP")
RFC5321_452 = "RFC 5321 4.2.2 '452 Requested action not taken: insufficient system storage' (the server's disk, 4.3.1)"
PF_SASL_OFF = ("Postfix smtpd_check.c sender restriction at our own submission relay ('553 5.7.1 <%s>: Sender address "
               "rejected: %s', here a smtpd_sender_restrictions map answering 'Account disabled'): our own account")

_DOVE_REJECT = f"Your message to <{LEAD}> was automatically rejected:\n"

ROWS = [
    # Postfix pipe(8) running maildrop or dovecot-lda.
    ("pipe-maildrop-noperm", f"{PF_PIPE}; {MAILDROP}",
     pf_mda("permission denied. Command output: maildrop: maildir over quota. ", status="5.7.0",
            diag="x-unix; maildrop: maildir over quota."), FULL),
    ("pipe-maildrop-tempfail-given-up", f"{PF_PIPE}; {MAILDROP}; after maximal_queue_lifetime (Action: failed)",
     pf_mda("temporary failure. Command output: maildrop: maildir over quota. ", status="4.3.0",
            diag="x-unix; maildrop: maildir over quota."), FULL),
    ("pipe-maildrop-tempfail-delay", f"{PF_PIPE}; {MAILDROP}; bounce(8)'s delay notice",
     pf_mda("temporary failure. Command output: maildrop: maildir over quota. ", status="4.3.0",
            diag="x-unix; maildrop: maildir over quota.", action="delayed"), FULL_DELAY),
    ("pipe-dovecot-lda-quota", f"{PF_PIPE}; {DOVE_LDA}; {DOVE_QUOTA}",
     pf_mda("permission denied. Command output: Quota exceeded (mailbox for user is full) ", status="5.7.0",
            diag="x-unix; Quota exceeded (mailbox for user is full)"), FULL),
    ("pipe-dovecot-lda-no-quota", f"{PF_PIPE}; {DOVE_LDA}; {DOVE_NOQUOTA}",
     pf_mda("permission denied. Command output: Not enough disk quota ", status="5.7.0",
            diag="x-unix; Not enough disk quota"), FULL),
    ("pipe-nouser", f"{PF_PIPE} (EX_NOUSER, no command output: the control)",
     pf_mda("user unknown", status="5.1.1", diag="X-Postfix; user unknown"), HARD),
    # Postfix local(8) and virtual(8).
    ("local-unknown-user", PF_LOCAL, pf_mda('unknown user: "lead"', status="5.1.1",
                                             diag='X-Postfix; unknown user: "lead"'), HARD),
    ("virtual-mbox-too-large", PF_LOCAL + " (virtual_mailbox_limit: EFBIG)",
     pf_mda("cannot update mailbox /var/mail/vhosts/example.org/lead for user lead. error writing message: File too "
            "large", status="5.2.2", diag="X-Postfix; cannot update mailbox /var/mail/vhosts/example.org/lead for user "
            "lead. error writing message: File too large"), FULL),
    ("local-mbox-too-large", PF_LOCAL + " (mailbox_size_limit: EFBIG)",
     pf_mda("cannot update mailbox /var/mail/lead for user lead. error writing message: File too large",
            status="5.2.2", diag="X-Postfix; cannot update mailbox /var/mail/lead for user lead. error writing message: "
            "File too large"), FULL),
    ("virtual-maildir-edquot", PF_LOCAL + " (a filesystem quota: EDQUOT)",
     pf_mda("maildir delivery failed: error writing message: Disk quota exceeded", status="5.2.2",
            diag="X-Postfix; maildir delivery failed: error writing message: Disk quota exceeded"), FULL),
    ("local-mbox-edquot-delay", PF_LOCAL + " (EDQUOT while the queue retries: bounce(8)'s delay notice)",
     pf_mda("cannot update mailbox /var/mail/lead for user lead. error writing message: Disk quota exceeded",
            status="4.2.2", diag="X-Postfix; cannot update mailbox /var/mail/lead for user lead. error writing "
            "message: Disk quota exceeded", action="delayed"), FULL_DELAY),
    # Exim's appendfile transport.
    ("exim-append-mta-quota", EXIM_APPEND,
     exim_local("r47-x1", "mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/lead): retry "
                "timeout exceeded"), FULL),
    ("exim-append-system-quota", EXIM_APPEND,
     exim_own("r47-x2", "mailbox is full (quota exceeded while writing to file /home/lead/Maildir/tmp/1733220000."
              "H123456P789.mail.example.net): retry timeout exceeded", LEAD), FULL),
    ("exim-append-newer", EXIM_APPEND + " (the newer message, no 'mailbox is full')",
     exim_local("r47-x3", "MTA-imposed quota exceeded while writing to mailbox /var/mail/lead: retry timeout exceeded"),
     FULL),
    ("exim-append-delay", EXIM_APPEND + "; Exim's delay warning (review 43's layout)",
     exim_warning("r47-x4", LEAD, "mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/lead)"),
     FULL_DELAY),
    # Courier.
    ("courier-maildrop", f"{COURIER}; {MAILDROP}", courier("r47-c1", LEAD, "maildrop: maildir over quota."), FULL),
    ("courier-maildrop-delay", f"Courier delay DSN (review 43's layout); {MAILDROP}",
     courier_delay("r47-c2", LEAD, "maildrop: maildir over quota."), FULL_DELAY),
    # Dovecot's rejection MDN (the LDA or LMTP refusing after accepting, quota_full_tempfail = no).
    ("dove-mdn-quota", f"{DOVE_MDN}; {DOVE_QUOTA}",
     mdn("r47q", "automatic-action/MDN-sent-automatically; deleted", _DOVE_REJECT + "Quota exceeded (mailbox for user "
         "is full)", ua="mail.example.org; Dovecot Mail Delivery Agent", subject="Rejected: Hello"), FULL),
    ("dove-mdn-no-quota", f"{DOVE_MDN}; {DOVE_NOQUOTA}",
     mdn("r47n", "automatic-action/MDN-sent-automatically; deleted", _DOVE_REJECT + "Not enough disk quota",
         ua="mail.example.org; Dovecot Mail Delivery Agent", subject="Rejected: Hello"), FULL),
    ("dove-mdn-old-quota", f"{DOVE_MDN} (the older rejection_reason); {DOVE_QUOTA1}",
     mdn("r47o", "automatic-action/MDN-sent-automatically; deleted", "Your message was automatically rejected by "
         "Dovecot Mail Delivery Agent.\n\nThe following reason was given:\nQuota exceeded",
         ua="mail.example.org; Dovecot Mail Delivery Agent", subject="Rejected: Hello"), FULL),
    # Controls: the sender's own limits, rate limits, lookups, the server's disk.
    ("control-gmail-sending-limit", G_LIMITS,
     gmail_own("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to "
               "https://support.google.com/a/answer/166852 x1sm1234567qkb.12 - gsmtp", status="5.4.5",
               heading="You have reached a limit for sending mail",
               body=f"Your message to {LEAD} was not sent because you reached a limit on the number of messages you "
               "can send. Try again later."), SENDER),
    ("control-exo-submission-quota", EXO_SUBMIT,
     exchange_own("550 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message "
                  "due to a permanent exception with message Cannot submit message.", status="5.2.2",
                  body="Your message couldn't be delivered because you've exceeded your submission quota. Wait a while "
                  "and try again."), SENDER),
    ("control-temp-lookup-delay", PF_TEMP, relayed(f"451 4.3.0 <{LEAD}>: Temporary lookup failure", status="4.3.0",
                                                   command="RCPT", action="delayed"), DELAY),
    ("control-temp-lookup-given-up", PF_TEMP + " (after the queue lifetime)",
     relayed(f"451 4.3.0 <{LEAD}>: Temporary lookup failure", status="4.3.0", command="RCPT", action="failed"), SOFT),
    ("control-yahoo-tss04", YAHOO_TSS,
     relayed("421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user "
             "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", status="4.7.0", command="CONN",
             remote="mta7.am0.yahoodns.net", action="delayed"), SENDER_DELAY),
    ("control-insufficient-storage", RFC5321_452,
     relayed("452 4.3.1 Insufficient system storage", status="4.3.1", command="RCPT", action="failed"),
     [(LEAD, False, ("systemfull",), R, False)]),
    ("control-own-account-disabled", PF_SASL_OFF,
     relayed(f"553 5.7.1 <{SELLER}>: Sender address rejected: Account disabled", status="5.7.1", command="MAIL",
             remote="smtp.example.com"), SENDER),
]

# Another analyser's rule table as an outside opinion (code only): Vda BounceProcessing's
# BounceClassifier.php, its soft 'quota' list and its hard 'inactive' / 'emaildoesntexist' lists (the
# library calls disabled accounts hard; the taxonomy reads them suspend, soft). Each rule written out
# as a whole reply at RCPT in our Postfix relay's report; the ones the classifier read wrongly before
# this review are the reason these rows exist (rule_wordings.py).
VDA = "Vda BounceProcessing src BounceClassifier.php $sourceRules"
_VDA_FULL = [
    ("quota-is-over", "550 Quota is over for this user"),
    ("disk-quota-exceed", f"450 Disk quota exceed for {LEAD}"),
    ("out-of-quota", f"451 Account {LEAD} out of quota. Try later"),
    ("exceeded-email-quota", "552 Recipient exceeded email quota"),
    ("not-enough-diskspace", "552 The user has not enough diskspace available"),
    ("522-mailbox-full-tag", "550 522_mailbox_full"),
    ("dropfile-quota", "552 recipient exceeded dropfile size quota"),
    ("no-more-mail", f"552 {LEAD} is not able to receive any more mail"),
    ("too-many-in-mailbox", "552 too many messages in this mailbox"),
    ("storage-full", "552 recipient storage full"),
    ("his-her-quota", "552 lead has exceeded his/her quota"),
    ("box-space", "552 mail box space not enough"),
    ("their-disk-quota", "552 User is over their disk quota"),
    ("quota-tag", "552 mailbox_quota_exceeded"),
    ("exceed-maximum-size", "552 Message will exceed maximum mailbox size. Mail rejected"),
    ("recipient-overquota-511", f"550 5.1.1 <{LEAD}> recipient overquota"),
    ("mailbox-overquota", f"554 <{LEAD}>: Recipient address rejected: mailbox overquota"),
    ("larger-than-space", "552 message is larger than the space available"),
]
_VDA_OFF = [
    ("noactivity", "550 NOACTIVITY: Sorry, no recipient activity since 2025-06-01"),
    ("rejected-inactive", f"540 5.7.1 <{LEAD}> recipient address rejected: Inactive"),
    ("locked-by-abuse-team", f"540 5.7.1 <{LEAD}> Recipient address rejected: Account locked by abuse team"),
    ("log-in-to-enable", f"554 5.7.1 User {LEAD} should log in to enable receiving the mail"),
    ("recipient-disabled-511", f"550 5.1.1 <{LEAD}> recipient disabled"),
    ("mailru-terminated", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is unavailable: "
     "user is terminated"),
]


def _status(reply: str) -> str:
    words = reply.split()
    return words[1] if words[1][:1].isdigit() and "." in words[1] else f"{reply[0]}.0.0"


ROWS += [(f"vda-{wid}", f"{VDA} (its 'quota' list)", relayed(reply, status=_status(reply), command="RCPT",
                                                                action="failed"), FULL) for wid, reply in _VDA_FULL]
ROWS += [(f"vda-{wid}", f"{VDA} (its 'inactive' list; mail.ru's 'user is terminated' in 'emaildoesntexist')",
          relayed(reply, status=_status(reply), command="RCPT", action="failed"),
          [(LEAD, False, ("suspend",), R, False)]) for wid, reply in _VDA_OFF]

VPOPMAIL = ("vpopmail vdelivermail.c checkuser() ('vdelivermail: account is locked email bounced %s@%s', exit 100) and "
            "its 'Sorry, no mailbox here by that name. vpopmail (#5.1.1)'; qmail-send's bounce of a local delivery "
            "(review 42's qmail_own layout)")
INDIMAIL = ("indimail qmail-local.c ('Recipient's mailbox is full, message returned to sender. (#5.2.2)'), in qmail-send's "
            "bounce (review 42's qmail_own layout)")
ROWS += [
    ("vpopmail-locked", VPOPMAIL, qmail_own("r47-v1", f"vdelivermail: account is locked email bounced {LEAD}", LEAD),
     [(LEAD, False, ("suspend",), R, False)]),
    ("vpopmail-no-mailbox", VPOPMAIL + " (the control)",
     qmail_own("r47-v2", "Sorry, no mailbox here by that name. vpopmail (#5.1.1)", LEAD), HARD),
    ("indimail-mailbox-full", INDIMAIL,
     qmail_own("r47-v3", "Recipient's mailbox is full, message returned to sender. (#5.2.2)", LEAD), FULL),
    ("qmail-maildir-overdrawn", f"{VDA} ('Sorry, the user's maildir has overdrawn his diskspace quota'), in qmail-send's "
     "bounce", qmail_own("r47-v4", "Sorry, the user's maildir has overdrawn his diskspace quota, please try again "
                         "later. (#5.2.2)", LEAD), FULL),
]
ROWS.append(("vda-account-deleted", f"{VDA} (its 'emaildoesntexist' list: '540 5.7.1 <x> Recipient address rejected: "
             "Account deleted by user')",
             relayed(f"540 5.7.1 <{LEAD}> Recipient address rejected: Account deleted by user", status="5.7.1",
                     command="RCPT", action="failed"), HARD))
