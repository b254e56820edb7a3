"""The completeness sweep, continued (rows as in source_replies.py): Exim (Exim/exim src/src/*.c and
its default configure) and Sendmail (sendmail/srvrsmtp.c, collect.c, recipient.c, alias.c,
deliver.c, and cf/m4/proto.m4 with the features whose error texts it writes), printf arguments
filled with example.* values. A multi-line reply is joined with spaces, as a Postfix DSN quotes it.

Verified 2026-12-03 against the stored Exim/exim sources (src/src/smtp_in.c, daemon.c, acl.c,
verify.c, receive.c, configure.default) and Sendmail 8.14-8.18 sources (hrs-allbsd/sendmail and
deepin-community/sendmail mirrors, plus stored copies of srvrsmtp.c 8.1016, deliver.c 8.1030,
recipient.c, collect.c, usersmtp.c, cf/m4/proto.m4, cf/feature/{dnsbl,enhdnsbl}.m4). Corrected:
Sendmail's alias-loop status (5.4.6), the unqualified-sender text, enhdnsbl's tempfail status
(4.4.3), and the citations of MSG_TEMPFAIL, the milter replies, the hop count (deliver.c), the
read error (usersmtp.c), "Mailbox disabled" (proto.m4 confRCPTREJ_MSG) and the Exim connection
limits and AUTH failure. Not re-read: the 421 of FEATURE(ratecontrol)/FEATURE(conncontrol) (their
m4 files are not stored; proto.m4 gives the text and 4.3.2).
"""

from __future__ import annotations

from classifier.records import Reason as R
from tests.classifier.source_replies import BY_7, HELO_REFUSED, LOOP, NOT_NAMED, RATE, RC, S, UU

EI = "exim src/src/smtp_in.c"
EA = "exim src/src/acl.c"
EV = "exim src/src/verify.c"
SM = "sendmail srvrsmtp.c"
PM = "sendmail cf/m4/proto.m4"

EXIM: list[tuple] = [
    (f"{EI} smtp_start_session, smtp_accept_reserve: host not in smtp_reserve_hosts", "CONN",
     "421 mx.example.org: Too many concurrent SMTP connections; please try again later", R.TOOMANYCONN, S, None),
    ("exim src/src/daemon.c handle_smtp_call, smtp_accept_max_per_host", "CONN",
     "421 Too many concurrent SMTP connections from this IP address; please try again later.",
     R.TOOMANYCONN, S, None),
    (f"{EI} smtp_start_session, smtp_load_reserve with smtp_reserve_hosts set", "CONN",
     "421 mx.example.org: Too much load; please try again later", (R.TOOMANYCONN, R.SYSTEMERROR), None, None),
    (f"{EI} smtp_start_session, host_reject_connection", "CONN", "554 SMTP service not available",
     (R.BLOCKED, R.NOTACCEPT), S, None),
    (f"{EI} check_helo", "MAIL", "501 Syntactically invalid HELO argument(s)", HELO_REFUSED, S, None),
    (f"{EI} MAIL: spool space check", "MAIL", "452 Space shortage, please try later", R.SYSTEMFULL, None, None),
    (f"{EI} MAIL: unqualified sender", "MAIL", "501 <seller>: sender address must contain a domain", R.REJECTED,
     S, None),
    (f"{EI} qualify_recipient: unqualified recipient", "RCPT",
     "501 <lead>: recipient address must contain a domain", R.SYNTAXERROR, None, None),
    (f"{EI} RCPT: sender rejected earlier (pipelining)", "RCPT", "503 sender not yet given", R.SYNTAXERROR, None,
     None),
    (f"{EI} RCPT: recipients_max with recipients_max_reject", "RCPT", "552 too many recipients",
     (R.EXCEEDLIMIT, R.POLICYVIOLATION) + RATE, None, None),
    (f"{EI} RCPT: recipients_max", "RCPT", "452 too many recipients", (R.EXCEEDLIMIT,) + RATE, None, None),
    (f"{EI} DATA: recipients_max_reject", "DATA", "554 Too many recipients",
     (R.EXCEEDLIMIT, R.POLICYVIOLATION) + RATE, None, None),
    (f"{EI} DATA: no valid recipient (pipelining)", "DATA", "503 Valid RCPT command must precede DATA",
     R.SYNTAXERROR, None, None),
    (f"{EI} STARTTLS: local TLS problem", "MAIL", "454 TLS currently unavailable",
     (R.SECURITYERROR, R.SYSTEMERROR), None, None),
    (f"{EI} STARTTLS: handshake failed, later commands", "MAIL", "554 Security failure",
     (R.SECURITYERROR, R.SYSTEMERROR), None, None),
    (f"{EI} EOF_CMD", "DATA", "421 mx.example.org lost input connection", R.NETWORKERROR, None, None),
    (f"{EI} SYNC_FAILURE", "MAIL", "554 SMTP synchronization error", (R.SYNTAXERROR, R.BLOCKED, R.SYSTEMERROR),
     None, None),
    (f"{EI} TOO_MANY_NONMAIL_CMD", "MAIL", "554 Too many nonmail commands", (R.SYNTAXERROR, R.BLOCKED), None,
     None),
    (f"{EI} unknown command limit", "MAIL", "500 Too many unrecognized commands", R.SYNTAXERROR, None, None),
    (f"{EI} AUTH command, authenticator returns FAIL: a failed SMTP AUTH of our relay", None,
     "535 Incorrect authentication data", R.SECURITYERROR, S, None),
    (f"{EI} smtp_handle_acl_fail, FAIL without a message", "RCPT", "550 Administrative prohibition",
     (R.POLICYVIOLATION, R.BLOCKED, R.FILTERED, R.REJECTED), None, None),
    (f"{EI} smtp_handle_acl_fail, DEFER without a message", "RCPT", "451 Temporary local problem - please try "
     "later", (R.SYSTEMERROR,) + NOT_NAMED, None, None),
    (f"{EI} smtp_handle_acl_fail with sender_verified_failed (router)", "RCPT",
     "550-Verification failed for <seller@example.com> 550-Unrouteable address 550 Sender verify failed",
     R.REJECTED, S, None),
    (f"{EI} smtp_handle_acl_fail with sender_verified_failed (callout)", "RCPT",
     "550-Verification failed for <seller@example.com> 550-Called:   192.0.2.5 550-Sent:     "
     "RCPT TO:<seller@example.com> 550-Response: 550 5.1.1 <seller@example.com>: Recipient address rejected: "
     "User unknown in local recipient table 550 Sender verify failed", R.REJECTED, S, None),
    (f"{EV} do_callout, sender callout deferred with smtp_return_error_details (via {EA} acl_verify)", "RCPT",
     "451-Could not complete sender verify callout for <seller@example.com>. 451-The mail server(s) for the "
     "domain may be temporarily unreachable, or 451-they may be permanently unreachable from this server. In the "
     "latter case, 451-you need to change the address or create an MX record for its domain 451-if it is "
     "supposed to be generally accessible from the Internet. 451 Talk to your mail administrator for details.",
     R.REJECTED, S, None),
    (f"{EA} acl_verify, verify = certificate", "RCPT", "550 no verified certificate", R.SECURITYERROR, S, None),
    (f"{EA} acl_verify, verify = not_blind with smtp_return_error_details", "DATA",
     "550 Rejected after DATA: bcc recipient detected", (R.FILTERED, R.POLICYVIOLATION, R.CONTENTERROR), None,
     None),
    (f"{EV} verify_check_header_address, no header names a valid sender", "DATA",
     "550 Rejected after DATA: there is no valid sender in any header line",
     (R.REJECTED, R.CONTENTERROR, R.NOTCOMPLIANTRFC), None, None),
    (f"{EI} check_helo (EHLO)", "MAIL", "501 Syntactically invalid EHLO argument(s)", HELO_REFUSED, S, None),
    (f"{EI} MAIL: second MAIL FROM", "MAIL", "503 sender already given", R.SYNTAXERROR, None, None),
    (f"{EA} acl_verify, sender verify deferred", "RCPT", "451 Could not complete sender verify", R.REJECTED, S,
     None),
    (f"{EA} acl_verify, sender verify callout deferred", "RCPT", "451 Could not complete sender verify callout",
     R.REJECTED, S, None),
    (f"{EV} do_callout, recipient callout refused (addr->user_message)", "RCPT",
     "550-Callout verification failed: 550 550 5.1.1 <lead@example.org>: Recipient address rejected: User "
     "unknown in virtual mailbox table", UU, RC, None),
    (f"{EV} do_callout with smtp_return_error_details", "RCPT",
     "550 response to \"RCPT TO:<lead@example.org>\" from mx2.example.org [192.0.2.8] was: 550 5.1.1 "
     "<lead@example.org>: Recipient address rejected: User unknown", UU, RC, None),
    (f"{EI} VRFY-style FAIL reply for the address", "RCPT", "550 <lead@example.org> is not deliverable",
     (UU, R.UNDEFINED, R.ONHOLD), None, None),
    ("exim src/src/configure.default acl_check_rcpt deny message", "RCPT", "550 Restricted characters in address",
     (R.SYNTAXERROR, R.POLICYVIOLATION, R.FILTERED, R.REJECTED), None, None),
    ("Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt, local_sender_blacklist", "RCPT",
     "550-sender envelope address seller@example.com is locally blacklisted here. 550 If you think this is "
     "wrong, get in touch with postmaster", R.REJECTED, S, None),
    ("Debian exim4-config conf.d/acl/30_exim4-config_check_rcpt, local_host_blacklist", "RCPT",
     "550-sender IP address 192.0.2.9 is locally blacklisted here. 550 If you think this is wrong, get in "
     "touch with postmaster", R.BLOCKED, S, None),
    ("exim src/src/receive.c receive_msg, received_headers_max", "DATA",
     "550 Too many \"Received\" headers - suspected mail loop", LOOP, None, None),
]

SENDMAIL: list[tuple] = [
    (f"{SM} EHLO: traffic before the greeting's reply", "CONN", "554 5.5.0 SMTP protocol error",
     (R.SYNTAXERROR, R.BLOCKED), None, None),
    (f"{SM} HELO name check", "MAIL", "501 Invalid domain name", HELO_REFUSED, S, None),
    (f"{SM} MAIL before HELO (PRIV_NEEDMAILHELO)", "MAIL", "503 5.0.0 Polite people say HELO first",
     R.SYNTAXERROR, None, None),
    (f"{SM} second MAIL", "MAIL", "503 5.5.0 Sender already specified", R.SYNTAXERROR, None, None),
    (f"{SM} SRV_REQ_AUTH", "MAIL", "530 5.7.0 Authentication required", R.SECURITYERROR, S, None),
    (f"{SM} MAIL SIZE over MaxMessageSize", "MAIL",
     "552 5.2.3 Message size exceeds fixed maximum message size (10485760)", (R.MESGTOOBIG, R.EXCEEDLIMIT),
     None, None),
    (f"{SM} RCPT flood (BadRcptShutdown)", "RCPT",
     "421 4.7.0 mx.example.org Too many bad recipients; closing connection",
     (R.TOOMANYCONN, R.SPEEDING, R.BLOCKED), None, None),
    (f"{SM} RCPT before MAIL", "RCPT", "503 5.0.0 Need MAIL before RCPT", R.SYNTAXERROR, None, None),
    (f"{SM} MaxRcptPerMsg", "RCPT", "452 4.5.3 Too many recipients", (R.EXCEEDLIMIT,) + RATE, None, None),
    (f"{SM} RCPT without an address", "RCPT", "501 5.0.0 Missing recipient", R.SYNTAXERROR, None, None),
    (f"{SM} RCPT: recipient() marked the address bad", "RCPT", "550 5.1.1 <lead@example.org>... Addressee unknown",
     UU, RC, None),
    (f"{SM} MSG_TEMPFAIL (its #define; a milter or check ruleset tempfail)", "MAIL", "451 4.3.2 Please try again later",
     NOT_NAMED, None, None),
    (f"{SM} smtp(): milter init/connect SMFIR_SHUTDOWN", "MAIL", "421 4.7.0 mx.example.org closing connection", NOT_NAMED + (R.BLOCKED,),
     None, None),
    (f"{SM} smtp_data without MAIL", "DATA", "503 5.0.0 Need MAIL command", R.SYNTAXERROR, None, None),
    (f"{SM} smtp_data without an accepted RCPT", "DATA", "503 5.0.0 Need RCPT (recipient)", R.SYNTAXERROR, None,
     None),
    (f"{SM} MAXBADCOMMANDS", "MAIL", "421 4.7.0 mx.example.org Too many bad commands; closing connection",
     (R.SYNTAXERROR, R.BLOCKED) + BY_7, None, None),
    (f"{SM} CMDERROR", "MAIL", "500 5.5.1 Command unrecognized: \"XCLIENT NAME=mail.example.com\"",
     R.SYNTAXERROR, None, None),
    (f"{SM} CMDUNIMPL", "DATA", "502 5.5.1 Command not implemented: \"BDAT 1024 LAST\"", R.SYNTAXERROR, None,
     None),
    (f"{SM} smtp_data milter reject after the body", "DATA", "554 5.7.1 Command rejected",
     (R.FILTERED, R.POLICYVIOLATION, R.SPAMDETECTED) + BY_7, None, None),
    ("sendmail parseaddr.c prescan, address over MAXNAME", "RCPT",
     "553 5.1.1 <lead@example.org>... Address too long", (UU, R.SYNTAXERROR), None, None),
    (f"{SM} STARTTLS switch failed", "MAIL", "454 4.3.3 TLS not available: can't switch to encrypted layer",
     (R.SECURITYERROR, R.SYSTEMERROR), None, None),
    (f"{SM} MILTER_REPLY SMFIR_REJECT", "RCPT", "550 5.7.1 Command rejected",
     (R.FILTERED, R.POLICYVIOLATION, R.BLOCKED, R.REJECTED) + BY_7, None, None),
    ("sendmail collect.c collect(), EF_TOOBIG (MaxMessageSize)", "DATA",
     "552 5.2.3 Message exceeds maximum fixed size (10485760)", (R.MESGTOOBIG, R.EXCEEDLIMIT), None, None),
    ("sendmail deliver.c sendall(), e_hopcount > MaxHopCount", "DATA",
     "554 5.4.6 Too many hops 26 (25 max): from <seller@example.com> via mx.example.org, to <lead@example.org>",
     LOOP, None, None),
    ("sendmail recipient.c recipient(), aliaslevel > MaxAliasRecursion (usrerrenh 5.4.6)", "RCPT",
     "554 5.4.6 <lead@example.org>... aliasing/forwarding loop broken (11 aliases deep; 10 max)", LOOP,
     None, None),
    (f"{PM} Rcpt_ok, FEATURE(blocklist_recipients) access REJECT: confRCPTREJ_MSG default", "RCPT",
     "550 5.2.1 <lead@example.org>... Mailbox disabled for this recipient", (R.SUSPEND, R.FILTERED), RC, None),
    ("sendmail deliver.c giveresponse(), exit status without a sysexits text", "DATA", "554 5.3.0 unknown mailer error 1",
     (R.MAILERERROR, R.SYSTEMERROR), None, None),
    ("sendmail usersmtp.c reply(), read error from the next hop", "DATA", "451 4.4.1 reply: read error from mx2.example.org.",
     (R.NETWORKERROR, R.EXPIRED), None, None),  # 4.4.1's default is expired (taxonomy §2)
    (f"{PM} Basic_check_mail, <PERM> resolve", "MAIL",
     "553 5.1.8 <seller@example.com>... Domain of sender address seller@example.com does not exist",
     R.REJECTED, S, None),
    (f"{PM} Basic_check_mail, <TEMP> resolve", "MAIL",
     "451 4.1.8 Domain of sender address seller@example.com does not resolve", R.REJECTED, S, None),
    (f"{PM} Basic_check_mail, unqualified sender from a remote client", "MAIL",
     "553 5.5.4 <seller>... Domain name required for sender address seller", R.REJECTED, S, None),
    (f"{PM} Basic_check_mail, access db From: REJECT", "MAIL", "550 5.7.1 <seller@example.com>... Access denied", R.REJECTED, S,
     None),
    (f"{PM} Basic_check_relay, access db Connect: REJECT", "CONN", "550 5.7.1 Access denied", (R.BLOCKED, R.POLICYVIOLATION) + BY_7,
     None, None),
    (f"{PM} access db From:/Connect: REJECT reported at RCPT under FEATURE(delay_checks)", "RCPT", "550 5.7.1 <lead@example.org>... Access denied",
     (R.FILTERED, R.POLICYVIOLATION, R.BLOCKED) + BY_7, None, None),
    (f"{PM} Basic_check_rcpt, confRELAY_MSG default when AUTH is in use", "RCPT",
     "550 5.7.1 <lead@example.org>... Relaying denied. Proper authentication required.", R.NORELAYING, None, None),
    (f"{PM} Relay_ok: client name possibly forged", "RCPT",
     "550 5.7.1 <lead@example.org>... Relaying denied. IP name possibly forged [192.0.2.9]",
     (R.NORELAYING, R.BLOCKED, R.REQUIREPTR), None, None),
    (f"{PM} Relay_ok: client name lookup failed", "RCPT",
     "550 5.7.1 <lead@example.org>... Relaying denied. IP name lookup failed [192.0.2.9]",
     (R.NORELAYING, R.BLOCKED, R.REQUIREPTR), None, None),
    ("sendmail cf/feature/dnsbl.m4 _DNSBL_MSG_, its default before 8.12 (now \"Rejected: ... listed at\")",
     "RCPT",
     "550 5.7.1 Mail from 192.0.2.9 refused by blackhole site zen.spamhaus.org", R.BLOCKED, S, None),
    (f"{PM} check_rcpt, FEATURE(block_bad_helo) (_BLOCK_BAD_HELO_)", "MAIL", "550 5.7.1 bogus HELO name used: localhost", R.BLOCKED, S,
     None),
    (f"{PM} Basic_check_relay, FEATURE(require_rdns) (_REQUIRE_RDNS_)", "CONN", "550 5.7.1 Fix reverse DNS for 192.0.2.9", R.REQUIREPTR, S,
     None),
    ("sendmail cf/feature/enhdnsbl.m4 _EDNSBL_MSG_TMP_ (third argument `t`)", "RCPT",
     "451 4.4.3 Temporary lookup failure of 192.0.2.9 at zen.spamhaus.org",
     (R.BLOCKED, R.NETWORKERROR, R.SYSTEMERROR), None, None),
    (f"{PM} RateControl (FEATURE(ratecontrol); its 421 _RATE_CONTROL_REPLY not re-read)", "CONN", "421 4.3.2 Connection rate limit exceeded.",
     (R.SPEEDING, R.TOOMANYCONN), S, None),
    (f"{PM} ConnControl (FEATURE(conncontrol); its 421 _CONN_CONTROL_REPLY not re-read)", "CONN", "421 4.3.2 Too many open connections.", R.TOOMANYCONN, S,
     None),
]
