"""Issue 13, the completeness sweep: the reply texts the receiving side of Postfix can emit, read
from its source (vdukhovni/postfix, postfix/src/...), each format string's printf arguments
filled with realistic example.* values. Exim's and Sendmail's are in source_replies_more.py;
test_source_replies.py runs them all inside the notice a sending Postfix writes.

A row: (source: file and function, command the reply answered or None, reply text,
expected reason or reasons, expected scope or None, DSN status or None).

- The expected reason was read from the words and shared/classifier/taxonomy.md before the row
  was run; where the taxonomy allows two, the row names both.
- Scope `S` (the sender's) where the reply is about OUR side: our client host, its HELO name,
  its TLS or SMTP AUTH, our envelope sender and its domain, our rate; `R` where it is about the
  recipient's mailbox; None where the words leave it open (a relay refusal by the recipient's
  MX is judged recipient-side in test_scope.py; content and protocol refusals).
- The status is the reply's own enhanced code when it has one; a row gives one only where the
  reply has none (local(8)/virtual(8)/pipe(8) texts arrive as X-Postfix diagnostics).
- `cmd` "LOCAL" marks a delivery agent's own failure (no remote answer: notices.own_postfix).

Verified 2026-12-03 against vdukhovni/postfix as stored in the search index (not one tagged
release; file versions vary): global/cleanup_strerror.c (CLEANUP_STAT_BAD's text corrected),
cleanup/cleanup_message.c cleanup_act (REJECT default text corrected to lower case),
postscreen/postscreen{,_early,_smtpd,_state,_send}.c (three citations corrected), milter/milter8.c
(citations corrected from milter.c), global/sys_exits.c, global/pipe_command.c, local/recipient.c,
local/mailbox.c (its "cannot update mailbox" prefix; the errno suffixes not re-read),
virtual/unknown.c, smtpd/smtpd_sasl_glue.c. Not settled: smtpd.c's anvil 421 text, whose stored
versions predate enhanced codes ("421 %s Error: too many connections from %s"); the row keeps 4.7.0.
"""

from __future__ import annotations

from classifier.records import Reason as R
from classifier.records import Scope

S, RC = Scope.SENDER, Scope.RECIPIENT
UU, HU = R.USERUNKNOWN, R.HOSTUNKNOWN
SC = "postfix src/smtpd/smtpd_check.c"
SD = "postfix src/smtpd/smtpd.c"
CL = "postfix src/global/cleanup_strerror.c via smtpd.c data_cmd"
PS = "postfix src/postscreen"
LO = "postfix src/local (local(8)) / src/global/sys_exits.c"
HELO_REFUSED = (R.BLOCKED, R.SYNTAXERROR)  # our client's HELO name refused: the IP/HELO (blocked) or syntax
NOT_NAMED = (R.UNDEFINED, R.ONHOLD, R.SYSTEMERROR)  # a deferral that names no cause
# A mail loop: sisimai (whose vocabulary the taxonomy is) files "too many hops" and "mail forwarding
# loop" under networkerror, the taxonomy's systemerror names loops: either.
LOOP = (R.SYSTEMERROR, R.NETWORKERROR)
# A rate or count limit on our client: speeding and toomanyconn are one `ratelimited` (taxonomy §3).
RATE = (R.SPEEDING, R.TOOMANYCONN)
# Words that name no cause under X.7.0-X.7.19: the code's default, securityerror (taxonomy §2).
BY_7 = (R.SECURITYERROR,)

ROWS: list[tuple] = [
    # --- smtpd_check.c: the client host ----------------------------------------------------------
    (f"{SC} reject_unknown_reverse_name, unknown_client_reject_code=550", "RCPT",
     "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]", R.REQUIREPTR, S, None),
    (f"{SC} reject_unknown_client (RFC 7372 4.7.25), temporary", "RCPT",
     "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.9]", R.REQUIREPTR, S, None),
    (f"{SC} reject_unknown_client, permanent", "RCPT",
     "550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.9]", R.REQUIREPTR, S, None),
    (f"{SC} reject_plaintext_session", "MAIL", "450 4.7.1 Session encryption is required", R.SECURITYERROR, S,
     None),
    (f"{SC} check_table_result REJECT (client access map)", "RCPT",
     "554 5.7.1 <mail.example.com[192.0.2.9]>: Client host rejected: Access denied", R.BLOCKED, S, None),
    (f"{SC} check_table_result DEFER (client access map)", "RCPT",
     "450 4.7.1 <mail.example.com[192.0.2.9]>: Client host rejected: Access denied", R.BLOCKED, S, None),
    (f"{SC} rbl_reject_reply, default_rbl_reply without a TXT reason", "RCPT",
     "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org", R.BLOCKED, S, None),
    (f"{SC} rbl_reject_reply, maps_rbl_reject_code=450 (or soft_bounce)", "RCPT",
     "450 4.7.1 Service unavailable; Client host [192.0.2.9] blocked using bl.spamcop.net", R.BLOCKED, S, None),
    (f"{SC} reject_rhsbl_client", "RCPT",
     "554 5.7.1 Service unavailable; Client host [mail.example.com] blocked using dbl.spamhaus.org; "
     "https://www.spamhaus.org/query/domain/example.com", R.BLOCKED, S, None),
    (f"{SC} reject_rhsbl_reverse_client", "RCPT",
     "554 5.7.1 Service unavailable; Unverified Client host [mail.example.com] blocked using dbl.spamhaus.org",
     R.BLOCKED, S, None),
    (f"{SC} permit_dnswl_addr, DNSWL lookup failed (defer_if_reject)", "RCPT",
     "450 4.7.1 <192.0.2.9>: Client host rejected: Service unavailable", (R.BLOCKED,) + NOT_NAMED, None, None),
    # --- smtpd_check.c: the HELO name --------------------------------------------------------
    (f"{SC} reject_invalid_hostaddr (HELO)", "RCPT",
     "501 5.5.2 <[192.0.2.300]>: Helo command rejected: invalid ip address", HELO_REFUSED, S, None),
    (f"{SC} reject_invalid_hostname (HELO)", "RCPT",
     "501 5.5.2 <mail_server>: Helo command rejected: Invalid name", HELO_REFUSED, S, None),
    (f"{SC} reject_non_fqdn_hostname (HELO)", "RCPT",
     "504 5.5.2 <mailhost>: Helo command rejected: need fully-qualified hostname", HELO_REFUSED, S, None),
    (f"{SC} reject_unknown_hostname (HELO), DNS retry", "RCPT",
     "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", R.BLOCKED, S, None),
    (f"{SC} reject_unknown_hostname (HELO), DNS_INVAL", "RCPT",
     "550 5.7.1 <mail.example.com>: Helo command rejected: Malformed DNS server reply", R.BLOCKED, S, None),
    (f"{SC} check_table_result REJECT (helo access map)", "RCPT",
     "554 5.7.1 <mail.example.com>: Helo command rejected: Access denied", R.BLOCKED, S, None),
    (f"{SC} reject_rhsbl_helo", "RCPT",
     "554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using dbl.spamhaus.org",
     R.BLOCKED, S, None),
    # --- smtpd_check.c: our envelope sender --------------------------------------------------
    (f"{SC} reject_unknown_mailhost (sender), DNS retry", "MAIL",
     "450 4.1.8 <seller@example.com>: Sender address rejected: Domain not found", R.REJECTED, S, None),
    (f"{SC} reject_unknown_mailhost (sender), DNS_INVAL", "MAIL",
     "550 5.1.8 <seller@example.com>: Sender address rejected: Malformed DNS server reply", R.REJECTED, S, None),
    (f"{SC} reject_unknown_mailhost (sender) nullMX (RFC 7505 X.7.27)", "MAIL",
     "550 5.7.27 <seller@example.com>: Sender address rejected: Domain example.com does not accept mail "
     "(nullMX)", R.REJECTED, S, None),
    (f"{SC} reject_non_fqdn_address (sender)", "MAIL",
     "504 5.5.2 <seller>: Sender address rejected: need fully-qualified address", R.REJECTED, S, None),
    (f"{SC} reject_unverified_address (sender), probe in progress", "RCPT",
     "450 4.1.7 <seller@example.com>: Sender address rejected: unverified address: Address verification in "
     "progress", R.REJECTED, S, None),
    (f"{SC} reject_unverified_address (sender), the probe bounced", "RCPT",
     "550 5.1.7 <seller@example.com>: Sender address rejected: undeliverable address: host mx.example.com"
     "[192.0.2.5] said: 550 5.1.1 <seller@example.com>: Recipient address rejected: User unknown in local "
     "recipient table", R.REJECTED, S, None),
    (f"{SC} reject_unverified_address (sender), verify service failure", "RCPT",
     "450 4.1.7 <seller@example.com>: Sender address rejected: address verification problem", R.REJECTED, S,
     None),
    (f"{SC} check_table_result REJECT (sender access map)", "MAIL",
     "554 5.7.1 <seller@example.com>: Sender address rejected: Access denied", R.REJECTED, S, None),
    (f"{SC} check_table_result REJECT with text (sender access map)", "MAIL",
     "550 5.7.1 <seller@example.com>: Sender address rejected: We do not accept mail from this sender",
     R.REJECTED, S, None),
    (f"{SC} reject_rhsbl_sender", "RCPT",
     "554 5.7.1 Service unavailable; Sender address [seller@example.com] blocked using dbl.spamhaus.org; "
     "https://www.spamhaus.org/query/domain/example.com", (R.BLOCKED, R.REJECTED), S, None),
    (f"{SC} reject_auth_sender_login_mismatch", "RCPT",
     "553 5.7.1 <seller@example.com>: Sender address rejected: not owned by user seller", R.REJECTED, S, None),
    (f"{SC} reject_unauth_sender_login_mismatch", "RCPT",
     "553 5.7.1 <seller@example.com>: Sender address rejected: not logged in", (R.REJECTED, R.SECURITYERROR),
     S, None),
    (f"{SC} check_rcpt_maps (reject_unlisted_sender, local)", "MAIL",
     "550 5.1.0 <seller@example.com>: Sender address rejected: User unknown in local recipient table",
     R.REJECTED, S, None),
    (f"{SC} check_rcpt_maps (reject_unlisted_sender, virtual)", "MAIL",
     "550 5.1.0 <seller@example.com>: Sender address rejected: User unknown in virtual mailbox table",
     R.REJECTED, S, None),
    (f"{SC} check_rcpt_maps (reject_unlisted_sender, no table named)", "MAIL",
     "550 5.1.0 <seller@example.com>: Sender address rejected: User unknown", R.REJECTED, S, None),
    # --- smtpd_check.c: the recipient --------------------------------------------------------
    (f"{SC} check_rcpt_maps, show_user_unknown_table_name=no", "RCPT",
     "550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown", UU, RC, None),
    (f"{SC} check_rcpt_maps, the retry transport (450)", "RCPT",
     "450 4.1.1 <lead@example.org>: Recipient address rejected: User unknown in local recipient table",
     (UU, R.ONHOLD, R.UNDEFINED), RC, None),
    (f"{SC} check_rcpt_maps, relocated_maps (5.1.6 via trivial-rewrite)", "RCPT",
     "550 5.1.6 <lead@example.org>: Recipient address rejected: User has moved to lead@example.net",
     R.HASMOVED, RC, None),
    (f"{SC} reject_unknown_mailhost (recipient), DNS retry", "RCPT",
     "450 4.1.2 <lead@example.org>: Recipient address rejected: Domain not found", (HU, R.NETWORKERROR), RC,
     None),
    (f"{SC} reject_unknown_mailhost (recipient), DNS_INVAL", "RCPT",
     "550 5.1.2 <lead@example.org>: Recipient address rejected: Malformed DNS server reply",
     (R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{SC} reject_unknown_mailhost (recipient) nullMX (RFC 7505 X.1.10)", "RCPT",
     "556 5.1.10 <lead@example.org>: Recipient address rejected: Domain example.org does not accept mail "
     "(nullMX)", R.NOTACCEPT, RC, None),
    (f"{SC} reject_non_fqdn_address (recipient)", "RCPT",
     "504 5.5.2 <lead>: Recipient address rejected: need fully-qualified address", R.SYNTAXERROR, None, None),
    (f"{SC} reject_non_fqdn_address (recipient), a domain with no dot", "RCPT",
     "504 5.5.2 <lead@partner9>: Recipient address rejected: need fully-qualified address", HU, RC, None),
    (f"{SC} reject_unverified_address (recipient), probe in progress", "RCPT",
     "450 4.1.1 <lead@example.org>: Recipient address rejected: unverified address: Address verification in "
     "progress", NOT_NAMED, None, None),
    (f"{SC} reject_unverified_address (recipient), the probe deferred", "RCPT",
     "450 4.1.1 <lead@example.org>: Recipient address rejected: unverified address: host mx2.example.org"
     "[192.0.2.8] said: 550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in local "
     "recipient table", (UU, R.ONHOLD, R.UNDEFINED), RC, None),
    (f"{SC} reject_unverified_address (recipient), a local probe found no user", "RCPT",
     "550 5.1.1 <lead@example.org>: Recipient address rejected: undeliverable address: unknown user: \"lead\"",
     UU, RC, None),
    (f"{SC} reject_unverified_address (recipient), the probe found the mailbox full (4.1.1 fixed to 5.1.1)",
     "RCPT", "550 5.1.1 <lead@example.org>: Recipient address rejected: undeliverable address: host "
     "mx2.example.org[192.0.2.8] said: 552 5.2.2 <lead@example.org>: Mailbox full", R.MAILBOXFULL, RC, None),
    (f"{SC} reject_unverified_address (recipient), verify service failure", "RCPT",
     "450 4.1.1 <lead@example.org>: Recipient address rejected: address verification problem", NOT_NAMED,
     None, None),
    (f"{SC} check_table_result REJECT (recipient access map)", "RCPT",
     "554 5.7.1 <lead@example.org>: Recipient address rejected: Access denied",
     (R.FILTERED, R.POLICYVIOLATION), None, None),
    (f"{SC} check_table_result DEFER_IF_PERMIT default text", "RCPT",
     "450 4.7.1 <lead@example.org>: Recipient address rejected: Service unavailable", NOT_NAMED + (R.BLOCKED,),
     None, None),  # 4.7.1's default is blocked (taxonomy §2)
    (f"{SC} generic_checks defer_if_permit", "RCPT",
     "450 4.7.0 <lead@example.org>: Recipient address rejected: defer_if_permit requested", NOT_NAMED + BY_7,
     None, None),
    (f"{SC} generic_checks defer (defer_code)", "RCPT",
     "450 4.3.2 <lead@example.org>: Recipient address rejected: Try again later", NOT_NAMED, None, None),
    (f"{SC} reject_rhsbl_recipient: the recipient's own domain is listed", "RCPT",
     "554 5.7.1 Service unavailable; Recipient address [lead@example.org] blocked using rhsbl.example.net",
     (R.POLICYVIOLATION, R.FILTERED, R.BLOCKED), None, None),
    (f"{SC} reject_unauth_destination via defer_unauth_destination", "RCPT",
     "454 4.7.1 <lead@example.org>: Relay access denied", R.NORELAYING, None, None),
    (f"{SC} check_relay_domains", "RCPT",
     "554 5.7.1 <lead@example.org>: Recipient address rejected: Relay access denied", R.NORELAYING, None, None),
    (f"{SC} reject_unauth_pipelining", "RCPT",
     "503 5.5.0 <lead@example.org>: Recipient address rejected: Improper use of SMTP command pipelining",
     (R.SYNTAXERROR, R.BLOCKED), None, None),
    (f"{SC} permit_mx_backup, MX lookup failed", "RCPT",
     "450 4.4.4 <lead@example.org>: Recipient address rejected: Unable to look up mail exchanger information: "
     "Host not found, try again", (R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{SC} all_auth_mx_addr", "RCPT",
     "450 4.4.4 <lead@example.org>: Recipient address rejected: Unable to look up host mx2.example.org as mail "
     "exchanger: Host not found", (R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{SC} has_my_addr", "RCPT",
     "450 4.4.4 <lead@example.org>: Recipient address rejected: Unable to look up mail exchanger host "
     "mx2.example.org: Name or service not known", (R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{SC} all_auth_mx_addr, permit_mx_backup_networks lookup error", "RCPT",
     "450 4.4.4 <lead@example.org>: Recipient address rejected: Unable to verify host mx2.example.org as mail "
     "exchanger", (R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{SC} smtpd_check_reject, a misconfigured reply code replaced", "RCPT", "450 4.7.1 Service unavailable",
     NOT_NAMED + (R.BLOCKED,), None, None),
    (f"{SC} reject_dict_retry", "RCPT", "451 4.3.0 <lead@example.org>: Temporary lookup failure",
     (R.SYSTEMERROR, R.NETWORKERROR), None, None),
    (f"{SC} reject_server_error", "RCPT", "451 4.3.5 Server configuration error", R.SYSTEMERROR, None, None),
    (f"{SC} smtpd_check_rewrite", "MAIL", "451 4.3.0 Temporary lookup error", (R.SYSTEMERROR, R.NETWORKERROR),
     None, None),
    # --- smtpd.c ----------------------------------------------------------------------------------
    (f"{SD} rcpt_cmd anvil recipient rate", "RCPT", "450 4.7.1 Error: too many recipients from 192.0.2.9",
     RATE, S, None),
    (f"{SD} rcpt_cmd smtpd_recipient_limit", "RCPT", "452 4.5.3 Error: too many recipients",
     (R.SPEEDING, R.EXCEEDLIMIT, R.TOOMANYCONN), None, None),
    (f"{SD} rcpt_cmd address syntax", "RCPT", "501 5.1.3 Bad recipient address syntax", (UU, R.SYNTAXERROR),
     None, None),
    (f"{SD} mail_cmd address syntax", "MAIL", "501 5.1.7 Bad sender address syntax", R.REJECTED, S, None),
    (f"{SD} mail_cmd smtpd_helo_required", "MAIL", "503 5.5.1 Error: send HELO/EHLO first", R.SYNTAXERROR,
     None, None),
    (f"{SD} mail_cmd anvil message rate (smtpd_client_message_rate_limit)", "MAIL",
     "450 4.7.1 Error: too much mail from 192.0.2.9", RATE, S, None),
    (f"{SD} rcpt_cmd out of sequence", "RCPT", "503 5.5.1 Error: need MAIL command", R.SYNTAXERROR, None, None),
    (f"{SD} rcpt_cmd syntax", "RCPT", "501 5.5.4 Syntax: RCPT TO:<address>", R.SYNTAXERROR, None, None),
    (f"{SD} mail_cmd unknown parameter", "MAIL", "555 5.5.4 Unsupported option: SMTPUTF8", R.SYNTAXERROR, None,
     None),
    (f"{SD} rcpt_cmd NOTIFY=", "RCPT", "501 5.5.4 Error: Bad NOTIFY parameter syntax", R.SYNTAXERROR, None, None),
    (f"{SD} rcpt_cmd ORCPT=", "RCPT", "501 5.5.4 Error: Bad ORCPT parameter syntax", R.SYNTAXERROR, None, None),
    (f"{SD} rcpt_cmd DSN disabled", "RCPT", "501 5.7.1 DSN support is disabled",
     (R.SYNTAXERROR, R.SECURITYERROR, R.POLICYVIOLATION), None, None),
    (f"{SD} data_cmd no recipient was accepted", "DATA", "554 5.5.1 Error: no valid recipients",
     (R.SYNTAXERROR, R.REJECTED, R.FILTERED, R.UNDEFINED, R.ONHOLD), None, None),
    (f"{SD} data_cmd CLEANUP_STAT_SIZE", "DATA", "552 5.3.4 Error: message file too big", R.MESGTOOBIG, None,
     None),
    (f"{SD} data_cmd CLEANUP_STAT_HOPS", "DATA", "554 5.4.0 Error: too many hops", LOOP, None, None),
    (f"{CL} CLEANUP_STAT_CONT without text", "DATA", "550 5.7.1 Error: message content rejected",
     (R.FILTERED, R.POLICYVIOLATION, R.SPAMDETECTED, R.CONTENTERROR), None, None),
    (f"{CL} CLEANUP_STAT_WRITE", "DATA", "451 4.3.0 Error: queue file write error", R.SYSTEMERROR, None, None),
    (f"{CL} CLEANUP_STAT_BAD", "DATA", "451 4.3.0 Error: internal protocol error", R.SYSTEMERROR, None, None),
    (f"{SD} data_cmd, cleanup lost while a milter is active", "DATA", "421 4.3.0 Mail system error",
     R.SYSTEMERROR, None, None),
    ("postfix src/cleanup/cleanup_message.c cleanup_act, header/body_checks REJECT without text "
     "(cleanup_stat_detail(CLEANUP_STAT_CONT))", "DATA",
     "550 5.7.1 message content rejected", (R.FILTERED, R.POLICYVIOLATION, R.SPAMDETECTED, R.CONTENTERROR),
     None, None),
    ("postfix src/milter/milter8.c milter8_event SMFIR_REJECT", "RCPT", "550 5.7.1 Command rejected",
     (R.FILTERED, R.POLICYVIOLATION, R.BLOCKED, R.REJECTED) + BY_7, None, None),
    ("postfix src/milter/milter8.c milter8_event SMFIR_TEMPFAIL (also milter_default_action=tempfail)", "DATA",
     "451 4.7.1 Service unavailable - try again later",
     NOT_NAMED + (R.BLOCKED,), None, None),
    (f"{SD} anvil connection count/rate", "CONN", "421 4.7.0 mx.example.org Error: too many connections from "
     "192.0.2.9", R.TOOMANYCONN, S, None),
    (f"{SD} error limit", "RCPT", "421 4.7.0 mx.example.org Error: too many errors",
     (R.SYNTAXERROR, R.TOOMANYCONN, R.BLOCKED, R.SYSTEMERROR) + BY_7, None, None),
    (f"{SD} timeout", "DATA", "421 4.4.2 mx.example.org Error: timeout exceeded", R.NETWORKERROR, None, None),
    (f"{SD} smtpd_tls_security_level=encrypt", "MAIL", "530 5.7.0 Must issue a STARTTLS command first",
     R.SECURITYERROR, S, None),
    ("postfix src/smtpd/smtpd_sasl_glue.c smtpd_sasl_authenticate", "MAIL",
     "535 5.7.8 Error: authentication failed: authentication failure", R.SECURITYERROR, S, None),
    # --- postscreen ---------------------------------------------------------------------------------
    (f"{PS}/postscreen_early.c psc_early_event PSC_DNSBL_FORMAT, dnsbl_action=enforce", "RCPT",
     "550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org", R.BLOCKED, S, None),
    # enforce / drop: a client on postscreen's block list (our IP); a client that failed a protocol
    # test gets "550 5.5.1 Protocol error" instead (postscreen_smtpd.c)
    (f"{PS}/postscreen.c, permanent access list BLACKLIST, blacklist_action=enforce", "RCPT",
     "550 5.3.2 Service currently unavailable",
     R.BLOCKED, S, None),
    (f"{PS}/postscreen.c, permanent access list BLACKLIST, blacklist_action=drop", "CONN",
     "521 5.3.2 Service currently unavailable",
     R.BLOCKED, S, None),
    (f"{PS}/postscreen_state.c psc_new_session_state default rcpt_reply (psc_rcpt_cmd)", "RCPT",
     "450 4.3.2 Service currently unavailable",
     (R.BLOCKED, R.SYSTEMERROR) + NOT_NAMED, None, None),
    (f"{PS}/postscreen.c post_queue_limit reached (also postscreen_send.c psc_send_socket)", "CONN",
     "421 4.3.2 All server ports are busy",
     (R.TOOMANYCONN, R.SYSTEMERROR), None, None),
    # --- local(8), virtual(8), pipe(8): a delivery agent's own failure ------------------------------
    ("postfix src/virtual/unknown.c deliver_unknown", "LOCAL", 'unknown user: "lead@example.org"', UU, RC, "5.1.1"),
    ("postfix src/local/recipient.c deliver_recipient (Delivered-To loop)", "LOCAL", "mail forwarding loop for lead@example.org",
     LOOP, None, "5.4.6"),
    ("postfix src/local/mailbox.c EDQUOT", "LOCAL",
     "cannot update mailbox /var/mail/lead for user lead. error writing message: Disk quota exceeded",
     R.MAILBOXFULL, RC, "5.2.2"),
    ("postfix src/local/mailbox.c EFBIG", "LOCAL",
     "cannot update mailbox /var/mail/lead for user lead. error writing message: File too large",
     (R.MAILBOXFULL, R.MESGTOOBIG), RC, "5.2.2"),
    ("postfix src/local/mailbox.c lock failure", "LOCAL",
     "cannot update mailbox /var/mail/lead for user lead. unable to lock for exclusive access: Resource "
     "temporarily unavailable", (R.SYSTEMERROR, R.MAILERERROR), None, "4.2.0"),
    (f"{LO} EX_NOUSER from a command", "LOCAL",
     'user unknown. Command output: procmail: Unknown user "lead"', UU, RC, "5.1.1"),
    (f"{LO} EX_NOHOST", "LOCAL", "host name unknown", HU, RC, "5.1.2"),
    (f"{LO} EX_UNAVAILABLE", "LOCAL", "service unavailable. Command output: delivery refused",
     (R.MAILERERROR, R.SYSTEMERROR), None, "5.3.0"),
    (f"{LO} EX_SOFTWARE", "LOCAL", "internal software error", (R.MAILERERROR, R.SYSTEMERROR), None, "5.3.0"),
    (f"{LO} EX_CANTCREAT", "LOCAL", "can't create user output file", (R.MAILERERROR, R.SYSTEMERROR), None,
     "5.2.0"),
    (f"{LO} EX_TEMPFAIL", "LOCAL", "temporary failure. Command output: lock busy",
     (R.MAILERERROR, R.SYSTEMERROR), None, "4.3.0"),
    (f"{LO} EX_NOPERM", "LOCAL", "permission denied. Command output: refused",
     (R.MAILERERROR, R.SECURITYERROR, R.SYSTEMERROR), None, "5.7.0"),
    (f"{LO} EX_CONFIG", "LOCAL", "local configuration error", (R.SYSTEMERROR, R.MAILERERROR), None, "5.3.5"),
    (f"{LO} EX_DATAERR", "LOCAL", "data format error", (R.CONTENTERROR, R.MAILERERROR), None, "5.6.0"),
    ("postfix src/global/pipe_command.c pipe_command, exit status outside sysexits", "LOCAL",
     'Command died with status 1: "/usr/bin/procmail". Command output: procmail: Error while writing',
     (R.MAILERERROR, R.SYSTEMERROR), None, "5.3.0"),
]
