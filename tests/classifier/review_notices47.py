"""The forty-seventh review: the mailbox store speaks. Delivery agents' and mailbox stores' own
replies (Dovecot LMTP and its quota plugin, Cyrus lmtpd, Zimbra's LMTP server, Exchange's store) and
providers' replies about disabled, inactive, locked and over-quota accounts (Yahoo, Gmail, Outlook,
mail.ru, Yandex, GMX/WEB.DE, T-Online, iCloud, Rackspace, Fastmail), each reply laid out as it reaches
a sender: our Postfix relay's RFC 3464 report, Postfix's LMTP client's report, Exim's bounce (its
smtp transport's 'SMTP error from remote mail server after ...' or its lmtp transport's 'LMTP error
after end of data'), Postfix's plain notice, Gmail's own DSN and Exchange Online's own NDR. Expected
readings are the taxonomy's reading of the words (suspend and mailboxfull are soft; a missing user is
hard), written before the classifier ran. review_notices47_more.py holds the single rows (the agents'
own bounces: pipe(8) with maildrop and dovecot-lda, local(8)/virtual(8), Exim's appendfile, Courier,
Dovecot's rejection MDN) and the controls. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_notices35_layouts import exim_remote, exo_remote, gm_remote
from tests.classifier.review_notices37_layouts import postfix_plain
from tests.classifier.review_notices42_layouts import exim_own
from tests.classifier.review_notices47_layouts import LEAD, PF_LMTP, lmtp

R = "recipient"
FULL, OFF, UNKNOWN = ("mailboxfull",), ("suspend",), ("userunknown",)

DOVE_LMTP = ("Dovecot src/lmtp/lmtp-local.c (2.3): over quota '%s <%s> %s' with quota_full_tempfail ? '452 4.2.2' : "
             "'552 5.2.2' and the storage's error (also at RCPT with lmtp_rcpt_check_quota); other storage errors "
             "'451 4.2.0 <%s> %s'; '550 5.1.1 User doesn't exist: %s'; ERRSTR_TEMP_USERDB_FAIL '451 4.3.0 <%s> Temporary "
             "user lookup failure'; ERRSTR_TEMP_MAILBOX_FAIL '451 4.3.0 <%s> Temporary internal error'")
DOVE_QUOTA = ("Dovecot quota plugin quota_exceeded_message, default 'Quota exceeded (mailbox for user is full)' "
              "(src/plugins/quota, doc.dovecot.org quota plugin settings)")
DOVE_QUOTA1 = "Dovecot 1.x quota plugin's refusal 'Quota exceeded' (before quota_exceeded_message existed)"
DOVE_NOQUOTA = "Dovecot src/lib-storage/mail-error.h MAIL_ERRSTR_NO_QUOTA 'Not enough disk quota'"
DOVE_CUSTOM = ("Dovecot wiki2 Quota 'Custom Quota Exceeded Message' example ('quota_exceeded_message = Quota exceeded, "
               "please go to http://www.example.com/over_quota_help for instructions on how to fix this.')")
DOVE_NOTFOUND = ("Dovecot src/lib-storage/mail-error.h T_MAIL_ERR_MAILBOX_NOT_FOUND 'Mailbox doesn't exist: %s' (the "
                 "folder, here INBOX, of a user the userdb found) in LMTP's '451 4.2.0 <%s> %s'")
DOVE_QS = ("Dovecot quota-status policy service (doc.dovecot.org quota plugin: quota_status_overquota = \"552 5.2.2 "
           "Mailbox is full\") through Postfix check_policy_service at RCPT (smtpd_check.c '<%s>: Recipient address "
           "rejected: %s')")
EXIM_LMTP = "Exim src/src/transports/lmtp.c ('LMTP error after %s: %s', the command 'end of data') in deliver.c's bounce"
CYRUS = ("cyrus-imapd imap/lmtpengine.c send_lmtp_error: IMAP_QUOTA_EXCEEDED '452 4.2.2 Over quota SESSIONID=<%s>' "
         "(lmtp_over_quota_perm_failure: '552 5.2.2'), IMAP_MAILBOX_MOVED '451 4.2.1 Mailbox Moved', "
         "IMAP_MAILBOX_NONEXISTENT '550-Mailbox unknown.  Either there is no mailbox associated with this / "
         "550-name or you do not have authorization to see it. / 550 5.1.1 User unknown', IMAP_PERMISSION_DENIED "
         "'550 5.7.1 Permission denied', IMAP_NOSPACE '451 4.3.1 cannot create file: out of space'")
ZIMBRA = ("Zimbra zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java: MAILBOX_DISABLED(450, '4.2.1', "
          "'Mailbox disabled, not accepting messages'), MAILBOX_NOT_ON_THIS_SERVER(450, '4.2.0', 'Mailbox is not on "
          "this server'), TEMPORARY_FAILURE_OVER_QUOTA(452, '4.2.2', 'Over quota'); 'No such user here' (550 5.1.1)")
ZIMBRA_PERM = ("Zimbra's zimbraLmtpPermanentFailureWhenOverQuota TRUE (its admins' notes: 'zmprov mcf "
               "zimbraLmtpPermanentFailureWhenOverQuota TRUE'): the over-quota reply becomes permanent, '552 5.2.2 "
               "Over quota' (weak: the 552 form written after LmtpReply's 452 one)")
EXCH = ("Exchange Server transport SmtpResponse (Microsoft.Exchange.Data.Transport): MailboxDisabled 550 5.2.1 "
        "'Mailbox disabled, not accepting messages', MailboxOffline 550 5.2.1 'Mailbox cannot be accessed', "
        "MailboxOverQuota 550 5.2.2 'Mailbox full'")
EXO_FULL = ("Microsoft Learn 'Fix NDR error 5.2.2 in Exchange Online' ('554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:"
            "QuotaExceededException.MapiExceptionShutoffQuotaExceeded')")
YAHOO_OFF = ("suped.com 'Why did 50k Yahoo email addresses bounce with a disabled mailbox error' ('554 30 Sorry, your message "
             "to ...@yahoo.com cannot be delivered. This mailbox is disabled (554.30)')")
YAHOO_DD = ("help.szhot.com 170 and blackpearlmail 'Bounce Messages' ('554 delivery error: dd Sorry your message to x "
            "cannot be delivered. This account has been disabled or discontinued'); ubiquityhosting wiki ('554 delivery "
            "error: Sorry, your message to x cannot be delivered. This account is over quota.')")
YAHOO_ABORT = ("wordtothewise.com 2017/11 'Spike in Yahoo error codes' ('554 delivery error: dd Requested mail action "
               "aborted', seen for inactive accounts: the words themselves name no cause)")
G_SMTP = ("Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes' (550 5.2.1 'The email account that you "
          "tried to reach is disabled'; 452 4.2.2 'The recipient's inbox is out of storage space'; 552 5.2.2 '... out "
          "of storage space and inactive'; 450 4.2.1 'The user you are trying to contact is receiving mail too quickly'; "
          "550 5.2.1 '... receiving mail at a rate that prevents additional messages from being delivered')")
OUTLOOK = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (Hotmail: '550 Requested action not taken: "
           "mailbox unavailable' for an unknown recipient); Outlook.com's MX adds its 5.5.0 and the EOP host")
MAILRU = ("mail.ru's MX refusal 'Message was not accepted -- invalid mailbox.  Local mailbox %s is unavailable: %s' "
          "('account is disabled' / 'user not found'; weak: as public bounce copies show it); mailout.ru 2015/09 "
          "('Mailbox Full' / 'User quota exceeded')")
YANDEX = ("yandex.com/support/mail/bounces/yandex.html ('Policy rejection on the target address': the recipient's account "
          "is blocked; 'Mailbox size exceeded' / 'Mailbox size limit exceeded': full; 'No such user')")
GMX = ("sitepackage.de 'Typische Fehlermeldungen bei Unzustellbarkeit' (GMX '550 5.2.1 ... User is inactive'; WEB.DE "
       "'550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.', '550 Benutzer "
       "hat zuviele Mails auf dem Server. / User has too many messages on the server.'; T-Online '552 5.2.2 Over "
       "STORAGE quota'; Lycos '550 : Recipient address rejected: Account Closed')")
GMX_NEWS = ("newsroom.gmx.net 2017/09/28 'Unzustellbar' ('Requested mail action aborted: exceeded storage allocation, "
            "Quota exceeded': the recipient's mailbox has no space left)")
ICLOUD = ("chargebee KB 259969 ('5.2.2 <x@icloud.com>: the user is over quota') and suped.com 'troubleshoot bounces to "
          "iCloud' ('450 4.2.2 user is overquota')")
RACKSPACE = ("smtp.codes/rackspace ('450 4.2.1 <email>: Mailbox received too much email in a short period of time (G30)': "
             "Rackspace rate-limits inbound mail per mailbox)")
FASTMAIL = ("Fastmail locked.html as classifier/remote/fastmail.py cites it ('554 <a>; Recipient address rejected: Account "
            "locked for abuse or overuse; see http://mail.messagingengine.com/docs/locked.html')")

DOVECOT_HOST = "mail.example.org"
SESSION = "SESSIONID=<cyrus-2718-1733220000-1-9876543210>"

# (id, the reply as the agent or server writes it, its status, the SMTP/LMTP stage, expected reasons,
#  hard, the answering host, the layouts it is put in, source). Layouts: "lmtp" Postfix's LMTP
#  client (Action failed: the retries gave up for a 4xx), "lmtp-delay" the same while it retries,
#  "exim-lmtp" Exim's lmtp transport, "pf" our Postfix relay's DSN, "plain" its plain notice
#  (RCPT only), "exim" Exim's smtp transport, "gmail" Gmail's DSN, "exo" Exchange Online's NDR.
LMTP_ALL = ("lmtp", "exim-lmtp")
REMOTE_ALL = ("pf", "plain", "exim", "gmail")
WORDINGS = [
    # Dovecot LMTP and its quota plugin.
    ("dove-quota-552", f"552 5.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", "5.2.2", "DATA", FULL, False,
     DOVECOT_HOST, LMTP_ALL, f"{DOVE_LMTP}; {DOVE_QUOTA}"),
    ("dove-quota-452", f"452 4.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", "4.2.2", "DATA", FULL, False,
     DOVECOT_HOST, LMTP_ALL + ("lmtp-delay",), f"{DOVE_LMTP} (quota_full_tempfail = yes); {DOVE_QUOTA}"),
    ("dove-quota-rcpt", f"552 5.2.2 <{LEAD}> Quota exceeded (mailbox for user is full)", "5.2.2", "RCPT", FULL, False,
     DOVECOT_HOST, ("lmtp",), f"{DOVE_LMTP} (lmtp_rcpt_check_quota = yes: at RCPT); {DOVE_QUOTA}"),
    ("dove-quota-1x", f"552 5.2.2 <{LEAD}> Quota exceeded", "5.2.2", "DATA", FULL, False, DOVECOT_HOST, LMTP_ALL,
     f"{DOVE_LMTP}; {DOVE_QUOTA1}"),
    ("dove-no-quota", f"552 5.2.2 <{LEAD}> Not enough disk quota", "5.2.2", "DATA", FULL, False, DOVECOT_HOST, LMTP_ALL,
     f"{DOVE_LMTP}; {DOVE_NOQUOTA}"),
    ("dove-quota-custom", f"552 5.2.2 <{LEAD}> Quota exceeded, please go to http://www.example.com/over_quota_help for "
     "instructions on how to fix this.", "5.2.2", "DATA", FULL, False, DOVECOT_HOST, LMTP_ALL, f"{DOVE_LMTP}; {DOVE_CUSTOM}"),
    ("dove-user-doesnt-exist", f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", "5.1.1", "RCPT", UNKNOWN, True,
     DOVECOT_HOST, LMTP_ALL, DOVE_LMTP),
    ("dove-userdb-tempfail", f"451 4.3.0 <{LEAD}> Temporary user lookup failure", "4.3.0", "RCPT", (), False,
     DOVECOT_HOST, LMTP_ALL + ("lmtp-delay",), DOVE_LMTP + " (a control: the userdb could not be asked, for now)"),
    ("dove-temp-internal", f"451 4.3.0 <{LEAD}> Temporary internal error", "4.3.0", "DATA", (), False, DOVECOT_HOST,
     ("lmtp", "lmtp-delay"), DOVE_LMTP + " (a control: the agent's own trouble)"),
    ("dove-inbox-missing", f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX", "4.2.0", "DATA", (), False, DOVECOT_HOST,
     LMTP_ALL + ("lmtp-delay",), f"{DOVE_LMTP}; {DOVE_NOTFOUND}"),
    ("dove-quota-status", f"552 5.2.2 <{LEAD}>: Recipient address rejected: Mailbox is full", "5.2.2", "RCPT", FULL,
     False, "mx.example.org", ("pf", "plain", "exim", "gmail"), DOVE_QS),
    # Cyrus lmtpd.
    ("cyrus-over-quota-452", f"452 4.2.2 Over quota {SESSION}", "4.2.2", "DATA", FULL, False, "imap.example.org",
     LMTP_ALL + ("lmtp-delay",), CYRUS),
    ("cyrus-over-quota-552", f"552 5.2.2 Over quota {SESSION}", "5.2.2", "DATA", FULL, False, "imap.example.org",
     LMTP_ALL, CYRUS + " (lmtp_over_quota_perm_failure: yes)"),
    ("cyrus-mailbox-unknown", "550-Mailbox unknown.  Either there is no mailbox associated with this 550-name or you do "
     "not have authorization to see it. 550 5.1.1 User unknown", "5.1.1", "RCPT", UNKNOWN, True, "imap.example.org",
     LMTP_ALL, CYRUS + " (the LMTP_LONG_ERROR_MSGS form, its lines joined as a relay quotes them)"),
    ("cyrus-mailbox-moved", "451 4.2.1 Mailbox Moved", "4.2.1", "RCPT", (), False, "imap.example.org",
     LMTP_ALL + ("lmtp-delay",), CYRUS + " (a mailbox moved to another backend of a Murder: the mailbox lives)"),
    ("cyrus-permission-denied", "550 5.7.1 Permission denied", "5.7.1", "DATA", (), False, "imap.example.org",
     ("lmtp",), CYRUS + " (the mailbox's ACL gives the poster no 'p' right: a live mailbox's own setting)"),
    ("cyrus-out-of-space", "451 4.3.1 cannot create file: out of space", "4.3.1", "DATA", ("systemfull",), False,
     "imap.example.org", ("lmtp", "lmtp-delay"), CYRUS + " (a control: the server's disk, not the user's quota)"),
    # Zimbra's LMTP server (its Postfix MTA in front relays the refusal).
    ("zimbra-mailbox-disabled", "450 4.2.1 Mailbox disabled, not accepting messages", "4.2.1", "RCPT", OFF, False,
     "zimbra.example.org", LMTP_ALL + ("lmtp-delay",), ZIMBRA + " (zimbraAccountStatus maintenance)"),
    ("zimbra-over-quota-452", "452 4.2.2 Over quota", "4.2.2", "DATA", FULL, False, "zimbra.example.org",
     LMTP_ALL + ("lmtp-delay",), ZIMBRA),
    ("zimbra-over-quota-552", "552 5.2.2 Over quota", "5.2.2", "DATA", FULL, False, "zimbra.example.org", LMTP_ALL,
     ZIMBRA_PERM),
    ("zimbra-not-on-server", "450 4.2.0 Mailbox is not on this server", "4.2.0", "RCPT", (), False,
     "zimbra.example.org", LMTP_ALL + ("lmtp-delay",), ZIMBRA + " (the account lives on another mailbox server)"),
    ("zimbra-no-such-user", "550 5.1.1 No such user here", "5.1.1", "RCPT", UNKNOWN, True, "zimbra.example.org",
     LMTP_ALL, ZIMBRA),
    # Exchange's store, through the recipient's Exchange edge.
    ("exch-mailbox-disabled", "550 5.2.1 Mailbox disabled, not accepting messages", "5.2.1", "RCPT", OFF, False,
     "mail.example.org", ("pf", "plain", "exim", "gmail", "exo"), EXCH),
    ("exch-mailbox-offline", "550 5.2.1 Mailbox cannot be accessed", "5.2.1", "RCPT", OFF, False, "mail.example.org",
     ("pf", "exim", "gmail", "exo"), EXCH + " (MailboxOffline: the mailbox exists, its database is not mounted)"),
    ("exch-mailbox-full", "550 5.2.2 Mailbox full", "5.2.2", "RCPT", FULL, False, "mail.example.org",
     ("pf", "exim", "gmail", "exo"), EXCH),
    ("exo-shutoff-quota", "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
     "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message "
     "[BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]", "5.2.2", "DATA", FULL, False,
     "example-org.mail.protection.outlook.com", ("pf", "exim", "gmail", "exo"), EXO_FULL),
    # Providers.
    ("yahoo-disabled-55430", f"554 30 Sorry, your message to {LEAD} cannot be delivered. This mailbox is disabled "
     "(554.30).", "5.0.0", "RCPT", OFF, False, "mta7.am0.yahoodns.net", REMOTE_ALL + ("exo",), YAHOO_OFF),
    ("yahoo-dd-discontinued", f"554 delivery error: dd Sorry your message to {LEAD} cannot be delivered. This account "
     "has been disabled or discontinued [#102]. - mta1234.mail.bf1.yahoo.com", "5.0.0", "DATA", OFF, False,
     "mta7.am0.yahoodns.net", ("pf", "exim", "gmail"), YAHOO_DD),
    ("yahoo-dd-over-quota", f"554 delivery error: dd Sorry, your message to {LEAD} cannot be delivered. This account "
     "is over quota. - mta1234.mail.bf1.yahoo.com", "5.0.0", "DATA", FULL, False, "mta7.am0.yahoodns.net",
     ("pf", "exim", "gmail"), YAHOO_DD),
    ("yahoo-dd-aborted", "554 delivery error: dd Requested mail action aborted - mta1234.mail.gq1.yahoo.com", "5.0.0",
     "DATA", (), False, "mta7.am0.yahoodns.net", ("pf", "exim", "gmail"), YAHOO_ABORT),
    ("gmail-disabled", "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 "
     "https://support.google.com/mail/?p=DisabledUser d2si1234567qkb.123 - gsmtp", "5.2.1", "RCPT", OFF, False,
     "gmail-smtp-in.l.google.com", ("pf", "plain", "exim", "exo"), G_SMTP),
    ("gmail-out-of-storage", "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 "
     "recipient to 452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp d2si1234567qkb.124 - gsmtp", "4.2.2",
     "RCPT", FULL, False, "gmail-smtp-in.l.google.com", ("pf", "exim", "exo"), G_SMTP),
    ("gmail-storage-inactive", "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct "
     "the 552-5.2.2 recipient to 552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm d2si1234567qkb.125 - gsmtp",
     "5.2.2", "RCPT", ("mailboxfull", "suspend"), False, "gmail-smtp-in.l.google.com", ("pf", "plain", "exim", "exo"),
     G_SMTP),
    ("gmail-receiving-rate", "550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550 5.2.1 "
     "prevents additional messages from being delivered. Please resend your message at a later time. If the user is "
     "able to receive mail at that time, your message will be delivered. d2si1234567qkb.126 - gsmtp", "5.2.1", "DATA",
     ("speeding",), False, "gmail-smtp-in.l.google.com", ("pf", "exim", "exo"), G_SMTP + " (the recipient's rate)"),
    ("outlook-mailbox-unavailable", "550 5.5.0 Requested action not taken: mailbox unavailable. "
     "[BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]", "5.5.0", "RCPT", UNKNOWN, True,
     "eur.olc.protection.outlook.com", ("pf", "plain", "exim", "gmail"), OUTLOOK),
    ("mailru-account-disabled", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: account is disabled", "5.0.0", "RCPT", OFF, False, "mxs.mail.ru", REMOTE_ALL, MAILRU),
    ("mailru-user-not-found", f"550 Message was not accepted -- invalid mailbox.  Local mailbox {LEAD} is "
     "unavailable: user not found", "5.0.0", "RCPT", UNKNOWN, True, "mxs.mail.ru", REMOTE_ALL, MAILRU),
    ("mailru-quota", "552 User quota exceeded", "5.0.0", "DATA", FULL, False, "mxs.mail.ru", ("pf", "exim", "gmail"),
     MAILRU),
    ("yandex-policy-rejection", "550 5.7.1 Policy rejection on the target address", "5.7.1", "RCPT", OFF, False,
     "mx.yandex.ru", REMOTE_ALL + ("exo",), YANDEX),
    ("yandex-size-limit", "552 5.2.2 Mailbox size limit exceeded", "5.2.2", "DATA", FULL, False, "mx.yandex.ru",
     ("pf", "exim", "gmail"), YANDEX),
    ("yandex-no-such-user", "550 5.7.1 No such user!", "5.7.1", "RCPT", UNKNOWN, True, "mx.yandex.ru", REMOTE_ALL,
     YANDEX),
    ("gmx-user-inactive", f"550 5.2.1 <{LEAD}>: User is inactive", "5.2.1", "RCPT", OFF, False, "mx00.emig.gmx.net",
     REMOTE_ALL, GMX),
    ("webde-storage", "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage "
     "space.", "5.0.0", "RCPT", FULL, False, "mx-ha01.web.de", REMOTE_ALL, GMX),
    ("webde-too-many", "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
     "5.0.0", "RCPT", FULL, False, "mx-ha01.web.de", ("pf", "exim", "gmail"), GMX),
    ("gmx-storage-allocation", "552 Requested mail action aborted: exceeded storage allocation, Quota exceeded",
     "5.2.2", "DATA", FULL, False, "mx00.emig.gmx.net", ("pf", "exim", "gmail"), GMX_NEWS),
    ("tonline-storage-quota", "552 5.2.2 Over STORAGE quota", "5.2.2", "DATA", FULL, False, "mx00.t-online.de",
     ("pf", "exim", "gmail"), GMX),
    ("lycos-account-closed", f"550 <{LEAD}>: Recipient address rejected: Account Closed", "5.0.0", "RCPT", OFF, False,
     "mx.lycos.com", REMOTE_ALL, GMX + " (a closed account: the taxonomy's suspend, not a missing user)"),
    ("icloud-over-quota", f"552 5.2.2 <{LEAD}>: user is over quota", "5.2.2", "RCPT", FULL, False,
     "mx01.mail.icloud.com", ("pf", "exim", "gmail"), ICLOUD),
    ("icloud-overquota-450", f"450 4.2.2 <{LEAD}>: user is overquota", "4.2.2", "RCPT", FULL, False,
     "mx01.mail.icloud.com", ("pf", "exim", "gmail"), ICLOUD),
    ("rackspace-g30", f"450 4.2.1 <{LEAD}>: Mailbox received too much email in a short period of time (G30)", "4.2.1",
     "RCPT", ("speeding",), False, "mx1.emailsrvr.com", ("pf", "exim", "gmail"), RACKSPACE),
    ("fastmail-locked", f"554 {LEAD}; Recipient address rejected: Account locked for abuse or overuse; see "
     "http://mail.messagingengine.com/docs/locked.html", "5.0.0", "RCPT", OFF, False, "in1-smtp.messagingengine.com",
     ("pf", "exim", "gmail"), FASTMAIL),
]

_LAYOUT_SOURCE = {
    "lmtp": PF_LMTP, "lmtp-delay": PF_LMTP + " while it retries (Action: delayed)", "exim-lmtp": EXIM_LMTP,
    "pf": "Postfix bounce(8) RFC 3464 report (notices.relayed)",
    "plain": "Postfix bounce(8) plain notice (review 37's postfix_plain)",
    "exim": "Exim bounce (review 14/35: 'SMTP error from remote mail server after ...')",
    "gmail": "Gmail's own DSN quoting the reply (review 29)", "exo": "Exchange Online's own NDR quoting it (review 29)",
}


def _laid_out(layout: str, wid: str, reply: str, status: str, command: str, host: str) -> bytes:
    name = f"r47-{wid}-{layout}"
    final = "delayed" if layout == "lmtp-delay" else "failed"
    if layout in ("lmtp", "lmtp-delay"):
        return lmtp(reply, status=status, command=command, action=final, host=host)
    if layout == "exim-lmtp":
        return exim_own(name, f"LMTP error after {'end of data' if command == 'DATA' else f'RCPT TO:<{LEAD}>'}: "
                        f"{reply}", LEAD)
    if layout == "pf":
        return relayed(reply, status=status, command=command, remote=host, action="failed")
    if layout == "plain":
        return postfix_plain(name, reply)
    if layout == "exim":
        return exim_remote(name, reply, command, host=f"{host} [192.0.2.25]")
    if layout == "gmail":
        return gm_remote(reply, status, host)
    return exo_remote(reply, status, host)


def _rows(wid, reply, status, command, reasons, hard, host, layouts, source) -> list[tuple]:
    out = []
    for layout in layouts:
        delay = layout == "lmtp-delay"
        expected = [(LEAD, hard and not delay, reasons, R if reasons != ("speeding",) else "", delay)]
        out.append((f"{wid}-{layout}", f"{source}; laid out as {_LAYOUT_SOURCE[layout]}",
                    _laid_out(layout, wid, reply, status, command, host), expected))
    return out


ROWS = [row for w in WORDINGS for row in _rows(*w)]
