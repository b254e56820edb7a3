"""Review old37: servers the earlier reviews had not covered, their texts read from the servers' OWN sources: Mox
(mjl-/mox smtpserver/server.go and analyze.go: its replies at MAIL, RCPT and after DATA, and its own DSN for the
recipients it refused after DATA), Apache James 3.x's RemoteDelivery bounce (remote/delivery/Bouncer.java, with the
Jakarta Mail exceptions' words it prints), Postfix 3.8-3.9's smtpd_forbid_bare_newline refusal ("Error: bare <LF>
received", smtpd.c; postconf(5) smtpd_forbid_bare_newline_reject_code, 550 by default). Each reply as our Postfix
relay reports it (notices.relayed) and, where final and at RCPT or DATA, as Gmail's DSN and Exchange Online's NDR
quote it (review_notices25.rows_quoted).

Rows: (name, source, raw, expected); expected rows (address, hard, reasons, scope, delay) written from the servers'
words and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed first). All HAND-MADE;
test_review_old37.py runs them."""

from __future__ import annotations

from tests.classifier.notices import relayed
from tests.classifier.review_audit35 import delay, gmail_delay, hard, soft
from tests.classifier.review_audit35_layouts import person_reply
from tests.classifier.review_notices14_layouts import exim
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_old37_layouts import LEAD, OTHER, james3, mox_dsn

R, S, ANY = "recipient", "sender", None
MX = "mx.partner.example"
MOX = "mjl-/mox smtpserver/server.go"
MOXA = "mjl-/mox smtpserver/analyze.go"
ID = "V2x3kq1cEd8"

# ---- (1) Mox's replies: (name, reply, status, command, hard, reasons, scope) ---------------------------------------
MOX_REPLIES = [
    ("no-such-user", "550 5.1.1 no such user", "5.1.1", "DATA", True, ("userunknown",), R),
    ("storage-full", "452 4.2.2 account storage full", "4.2.2", "DATA", False, ("mailboxfull",), R),
    ("high-rate", "452 4.2.2 more than 200 messages in past 1m0s from your ip/network", "4.2.2", "DATA", False,
     ("speeding",), S),
    ("dmarc-policy", "550 5.7.26 rejecting per dmarc policy", "5.7.26", "DATA", False, ("authfailure",), S),
    ("alias-members-only", "550 5.7.2 not allowed to send to destination", "5.7.2", "DATA", False,
     ("filtered", "policyviolation", "securityerror"), R),
    ("bare-cr-lf", f"500 5.5.2 invalid bare \\r or \\n, may be smtp smuggling ({ID})", "5.5.2", "DATA", False,
     ("syntaxerror", "contenterror", "notcompliantrfc"), ANY),
    ("domain-not-served", "550 5.1.1 not accepting email for domain", "5.1.1", "RCPT", False, ("norelaying",), ANY),
    ("error-processing", "451 4.3.0 error processing", "4.3.0", "DATA", False, ("systemerror",), ANY),
    ("data-too-large", f"451 4.3.4 error copying data to file ({ID})", "4.3.4", "DATA", False,
     ("mesgtoobig", "systemerror"), ANY),
    ("one-rcpt-without-spf", "452 4.5.3 only one recipient allowed without spf pass", "4.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit", "authfailure", "securityerror"), ANY),
    ("max-recipients", "452 4.5.3 max of 1000 recipients reached", "4.5.3", "RCPT", False,
     ("toomanyconn", "speeding", "exceedlimit"), ANY),
    ("size-param", "552 5.2.3 message too large", "5.2.3", "MAIL", False, ("mesgtoobig", "exceedlimit"), ANY),
    ("mailfrom-null-mx", "550 5.7.27 mailfrom domain not configured for mail", "5.7.27", "MAIL", False,
     ("rejected",), S),
    ("mailfrom-mx-temp", "451 4.4.0 cannot verify mx records for mailfrom domain", "4.4.0", "MAIL", False,
     ("rejected", "networkerror"), S),
    ("requiretls-plain", "530 5.7.10 requiretls only allowed on tls-encrypted connections", "5.7.10", "MAIL", False,
     ("securityerror",), ANY),
    ("too-many-failures", "550 5.1.0 too many failures", "5.1.0", "MAIL", False, (), ANY),
]
MOX_ROWS = (rows_relayed("o37-mox", f"{MOX} / {MOXA} (xsmtpUserErrorf, addError, analysis)", MX, LEAD, MOX_REPLIES)
            + rows_quoted("o37-mox", f"{MOX} / {MOXA}", MX, LEAD, MOX_REPLIES))

# The temporary ones again as Gmail's delay DSN quotes them (a delay: the reason read, nothing final).
GMAIL_DELAY = "Gmail's delay DSN layout (shared/api/gmail.md section 9)"
MOX_DELAY_ROWS = [(f"o37-mox-{name}-gmail-delay", f"{MOX} / {MOXA}; {GMAIL_DELAY}", gmail_delay(reply, status),
                   delay(*reasons, scope=scope))
                  for name, reply, status, _cmd, _hard, reasons, scope in MOX_REPLIES if status.startswith("4")]

# ---- (2) Mox's own DSN after DATA ----------------------------------------------------------------------------------
MD = f"{MOX} deliver(): the DSN for the recipients refused after DATA (dsnMsg, its TextBody's swapped arguments)"
MOX_DSN_ROWS = [
    ("o37-moxdsn-no-such-user", f"{MD}; processRecipient 'no such user'",
     mox_dsn("mdu", [(LEAD, 550, "1.1", "no such user")]), hard("userunknown")),
    ("o37-moxdsn-storage-full", f"{MD}; 'account storage full' (452 4.2.2, Action failed)",
     mox_dsn("mdf", [(LEAD, 452, "2.2", "account storage full")]), soft("mailboxfull")),
    ("o37-moxdsn-high-rate", f"{MD}; {MOXA} checkCount 'more than %d messages in past %s from your ip/network' "
     "(452 4.2.2)",
     mox_dsn("mdr", [(LEAD, 452, "2.2", "more than 200 messages in past 1m0s from your ip/network")]),
     soft("speeding", scope=S)),
    ("o37-moxdsn-size-rate", f"{MD}; {MOXA} checkSize 'more than %d bytes in past %s from your ip/network'",
     mox_dsn("mds", [(LEAD, 452, "2.2", "more than 3145728000 bytes in past 24h0m0s from your ip/network")]),
     soft("speeding", scope=S)),
    ("o37-moxdsn-dmarc", f"{MD}; {MOXA} 'rejecting per dmarc policy' (550 5.7.26)",
     mox_dsn("mdd", [(LEAD, 550, "7.26", "rejecting per dmarc policy")]), soft("authfailure", scope=S)),
    ("o37-moxdsn-alias", f"{MD}; an alias's 'not allowed to send to destination' (550 5.7.2)",
     mox_dsn("mda", [(LEAD, 550, "7.2", "not allowed to send to destination")]),
     soft("filtered", "policyviolation", "securityerror")),
    ("o37-moxdsn-error-processing", f"{MD}; {MOXA} junk verdicts hidden as 'error processing' (451 4.3.0)",
     mox_dsn("mde", [(LEAD, 451, "3.0", "error processing")]), soft("systemerror", scope=ANY)),
    ("o37-moxdsn-two", f"{MD} ('Multiple delivery failures occurred.')",
     mox_dsn("md2", [(LEAD, 550, "1.1", "no such user"), (OTHER, 452, "2.2", "account storage full")]),
     hard("userunknown") + soft("mailboxfull", address=OTHER)),
    ("o37-moxdsn-dmarc-and-rate", f"{MD} (two refusals of OUR sending: a DMARC policy and the rate from our IP)",
     mox_dsn("mdx", [(LEAD, 550, "7.26", "rejecting per dmarc policy"),
                     (OTHER, 452, "2.2", "more than 200 messages in past 1m0s from your ip/network")]),
     soft("authfailure", scope=S) + soft("speeding", scope=S, address=OTHER)),
    ("o37-moxdsn-quoted-by-person", "a person's reply (RFC 5322, no notice) quoting Mox's DSN words",
     person_reply("mqp", f"Lena Lead <{LEAD}>", "Your first mail came back to you with 'Permanent delivery failure "
                  "to: no such user' because my alias was not set up yet. It works now."), []),
]

# ---- (3) Our relay giving up on Mox's disguised refusal ------------------------------------------------------------
EXPIRED_ROWS = [
    ("o37-mox-error-processing-expired", f"{MOXA} ('error processing' for junk, SPF and reputation refusals alike); "
     "our Postfix's final report after the queue lifetime",
     relayed("451 4.3.0 error processing", status="4.3.0", command="DATA", remote=MX, action="failed", address=LEAD),
     soft("expired", "systemerror", scope=ANY)),
]

# ---- (4) Apache James 3.x RemoteDelivery -----------------------------------------------------------------------------
JB = ("apache/james-project server/mailet/mailets/.../remote/delivery/Bouncer.java explanationText (3.x); the "
      "Jakarta Mail exception text it prints")
JAMES_ROWS = [
    ("o37-james3-invalid-addresses", f"{JB}: SendFailedException's own message 'Invalid Addresses' (the remote's reply "
     "not kept): refused at RCPT, the cause not said",
     james3("jia", [LEAD], "Remote mail server told me: Invalid Addresses"), soft(scope=ANY)),
    ("o37-james3-user-unknown", f"{JB}: SMTPAddressFailedException's message (the remote's reply); Postfix's "
     "'User unknown in virtual mailbox table'",
     james3("jiu", [LEAD], f"Remote mail server told me: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown "
                           "in virtual mailbox table"), hard("userunknown")),
    ("o37-james3-socket-reset", f"{JB}: 'Socket exception: ' + SocketException ('Connection reset')",
     james3("jsr", [LEAD], "Socket exception: Connection reset"), soft("networkerror", "expired", scope=ANY)),
    ("o37-james3-connect-refused", f"{JB}: ConnectException's text ('Connection refused (Connection refused)', Java 8+)",
     james3("jcr", [LEAD], "Connection refused (Connection refused)"), soft("networkerror", "expired", scope=ANY)),
    ("o37-james3-size", f"{JB}: 'Remote mail server told me: ' + the remote's size refusal",
     james3("jsz", [LEAD], "Remote mail server told me: 552 5.3.4 Message size exceeds fixed maximum message size"),
     soft("mesgtoobig", scope=ANY)),
    ("o37-james3-relay", f"{JB}; Postfix's 'Relay access denied'",
     james3("jrl", [LEAD], f"Remote mail server told me: 554 5.7.1 <{LEAD}>: Relay access denied"),
     soft("norelaying", scope=ANY)),
    ("o37-james3-sender-rejected", f"{JB}; a MAIL FROM refusal of our sender (SMTPSendFailedException)",
     james3("jsd", [LEAD], "Remote mail server told me: 553 5.7.1 <seller@example.com>: Sender address rejected: "
                           "not owned by user seller@example.com"), soft("rejected", scope=S)),
    ("o37-james3-blocklisted", f"{JB}; Postfix's reject_rbl_client text",
     james3("jbl", [LEAD], "Remote mail server told me: 554 5.7.1 Service unavailable; Client host [192.0.2.25] "
                           "blocked using zen.spamhaus.org"), soft("blocked", scope=ANY)),
    ("o37-james3-two", f"{JB}: two recipients, one reason for both",
     james3("jtw", [LEAD, OTHER], "Remote mail server told me: 452 4.2.2 Mailbox full"),
     soft("mailboxfull") + soft("mailboxfull", address=OTHER)),
    ("o37-james3-no-dns", f"{JB}: a plain MessagingException ('There are no DNS entries for the hostname %s.  I cannot "
     "determine where to send this message.', MailDelivrer.handleNoTargetServer)",
     james3("jnd", [LEAD], "There are no DNS entries for the hostname partner.example.  I cannot determine where to "
                           "send this message."), hard("hostunknown")),
    ("o37-james3-read-timeout", f"{JB}: a SocketTimeoutException (no prefix: neither SendFailed, UnknownHost, Connect "
     "nor Socket exception) 'Read timed out'",
     james3("jrt", [LEAD], "Read timed out"), soft("networkerror", "expired", scope=ANY)),
    ("o37-james3-mail-connect", f"{JB}: Jakarta Mail's MailConnectException ('Couldn't connect to host, port: %s, %d; "
     "timeout %d')",
     james3("jmc", [LEAD], "Couldn't connect to host, port: mx.partner.example, 25; timeout -1"),
     soft("networkerror", "expired", scope=ANY)),
    ("o37-james3-spam", f"{JB}; a content filter's '550 5.7.1 Message rejected as spam by Content Filtering.'",
     james3("jsp", [LEAD], "Remote mail server told me: 550 5.7.1 Message rejected as spam by Content Filtering."),
     soft("spamdetected", scope=ANY)),
    ("o37-james3-disabled", f"{JB}; RFC 3463 X.2.1 'Mailbox disabled, not accepting messages'",
     james3("jdi", [LEAD], f"Remote mail server told me: 550 5.2.1 <{LEAD}>... Mailbox disabled, not accepting "
                           "messages"), soft("suspend")),
    ("o37-james3-mox-no-such-user", f"{JB}; Mox's own '550 5.1.1 no such user' ({MOX}) after DATA",
     james3("jmx", [LEAD], "Remote mail server told me: 550 5.1.1 no such user"), hard("userunknown")),
    ("o37-james3-mox-rate", f"{JB}; Mox's rate refusal ({MOXA}) kept by James until its retries ran out",
     james3("jmr", [LEAD], "Remote mail server told me: 452 4.2.2 more than 200 messages in past 1m0s from your "
                           "ip/network"), soft("speeding", scope=S)),
    ("o37-james3-mox-null-mx", f"{JB}; Mox's cmdMail refusal of a sender domain with a null MX ({MOX}, 5.7.27)",
     james3("jmn", [LEAD], "Remote mail server told me: 550 5.7.27 mailfrom domain not configured for mail"),
     soft("rejected", scope=S)),
    ("o37-james3-mox-too-many-failures", f"{JB}; Mox's cmdMail 'too many failures' (550 5.1.0) after ten bad "
     f"transactions ({MOX}): our connection's record, no recipient named",
     james3("jmt", [LEAD], "Remote mail server told me: 550 5.1.0 too many failures"), soft(scope=ANY)),
]

# ---- (4b) Exim 4.93+'s line-length limit ------------------------------------------------------------------------------
EXL = ("Exim 4.93+ (message_linelength_limit, spec chapter 'Generic options for transports'): 'message has lines too "
       "long for transport (received %d, limit %d)' in our own relay's bounce (review_notices14_layouts.exim, "
       "deliver.c's layout, with and without its DSN part): OUR message's form, nothing of the recipient's")
EXIM_ROWS = [
    ("o37-exim-lines-too-long", EXL,
     exim("elt", [(LEAD, None, "message has lines too long for transport (received 9176, limit 998)")], to=LEAD),
     soft("contenterror", "notcompliantrfc", "syntaxerror", scope=ANY)),
    ("o37-exim-lines-too-long-remote-host", EXL + "; after the remote host was chosen (its host line printed)",
     exim("elh", [(LEAD, f"{MX} [192.0.2.7]", "message has lines too long for transport (received 2162, limit 2048)")],
          to=LEAD, dsn=[(LEAD, "message has lines too long for transport (received 2162, limit 2048)")]),
     soft("contenterror", "notcompliantrfc", "syntaxerror", scope=ANY)),
]

# ---- (5) Postfix 3.8-3.9 smtpd_forbid_bare_newline -------------------------------------------------------------------
PF = ("Postfix 3.8.4+/3.9 smtpd.c 'Error: bare <LF> received' (postconf(5) smtpd_forbid_bare_newline, "
      "smtpd_forbid_bare_newline_reject_code 550): OUR message's line endings refused")
BARE_LF = [("bare-lf", f"550 5.5.2 {MX} Error: bare <LF> received", "5.5.2", "DATA", False,
            ("syntaxerror", "contenterror", "notcompliantrfc"), ANY)]
POSTFIX_ROWS = rows_relayed("o37-pf39", PF, MX, LEAD, BARE_LF) + rows_quoted("o37-pf39", PF, MX, LEAD, BARE_LF)

# Added with the mend (after the run): the new wordings where they must NOT decide, beside a cause named.
MEND_ROWS = rows_relayed("o37-mend", "mox_wordings' 'error processing' and java_mail_wordings' exception texts beside "
                         "a named cause (Postfix's virtual(5) refusal, a full mailbox)", MX, LEAD, [
    ("error-processing-user-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: error processing request: "
     "User unknown in virtual mailbox table", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("error-processing-mailbox-full", "552 5.2.2 error processing message: mailbox full", "5.2.2", "DATA", False,
     ("mailboxfull",), R),
    ("read-timeout-then-unknown", f"550 5.1.1 <{LEAD}>... User unknown (after an earlier Read timed out)", "5.1.1",
     "RCPT", True, ("userunknown",), R),
])

ROWS: list[tuple] = (MOX_ROWS + MOX_DELAY_ROWS + MOX_DSN_ROWS + EXPIRED_ROWS + JAMES_ROWS + EXIM_ROWS
                     + POSTFIX_ROWS + MEND_ROWS)
