"""The sixty-fourth review: a black-box false-soft hunt on mail software no earlier review cited
(checked by grep over tests/classifier before writing): Kopano/Zarafa's delivery agent
(kopano-dagent's LMTP replies), Go-Guerrilla's canned SMTP replies, WildDuck's MX plugin
(haraka-plugin-wildduck) and its auto-replies, ZoneMTA's own bounce notice and its DNS errors,
Mireka's DSN (the reply's words only in its Status field's comment) and RCPT answer, vSMTP's default
replies, Mailu's front end (nginx auth replies), Modoboa's policy daemon and its notice. Each row quotes the replies as
their SOURCE writes them (read, not sampled mail; no other project's corpus was read).

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words, the status subject and shared/classifier/taxonomy.md BEFORE the classifier ran.
All notices HAND-MADE in the cited layouts; test_review_notices64.py runs them."""

from __future__ import annotations

from functools import partial

from tests.classifier.notices import LEAD, gmail_own, relay_and_gmail, relayed

SELLER = "seller@example.com"
PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), the body quoting the reply"
both = partial(relay_and_gmail, cites=(PF, GMAIL))

_KOPANO = "Kopano-dev/kopano-core spooler/DAgent.cpp HandlerLMTP (kopano-dagent LMTP replies)"
_KOPANO_DELIVER = "Kopano-dev/kopano-core spooler/DAgent.cpp ProcessDeliveryToServer (wstrDeliveryStatus)"
_GG = "flashmob/go-guerrilla response/enhanced.go Canned replies"
_GG_RCPT = (_GG + " (FailRcptCmd '550 5.1.1 User unknown in local recipient table'); client.go sends it with "
            "' ' + the validator's error (backends.NoSuchUser, 'no such user')")
_WD = "nodemailer/haraka-plugin-wildduck index.js real_rcpt_handler / hook_queue (haraka-dsn texts)"
_ZONE = ("zone-eu/zone-mta plugins/core/email-bounce.js generateBounceMessage (Status always 5.0.0, the last "
         "response as Diagnostic-Code)")
_ZONE_DNS = "zone-eu/zone-mta lib/sender/resolve-mx.js + lib/sender/dns-errors.js"
_VSMTP = "viridIT/vSMTP src/config/default.rs (impl Default for Codes)"
_MAILU = "Mailu/Mailu core/admin/mailu/internal/nginx.py STATUSES (INBOUND_TLS_ENFORCE)"
_MODOBOA = "modoboa/modoboa modoboa/policyd/core.py FAILURE_ACTION 'defer_if_permit Daily limit reached, retry later'"


def hard(reason: str = "userunknown") -> list[tuple]:
    return [(LEAD, True, (reason,), "recipient", False)]


def soft(*reasons: str, scope: str = "recipient", delay: bool = False) -> list[tuple]:
    return [(LEAD, False, tuple(reasons), scope, delay)]


def lmtp(rid: str, source: str, reply: str, status: str, expected: list[tuple], *, command: str = "RCPT",
         action: str | None = None) -> tuple:
    """Our relay's report of kopano-dagent's LMTP answer (Postfix's lmtp client, private/dagent)."""
    return (f"{rid}-lmtp", f"{source}; {PF} (lmtp transport)",
            relayed(reply, status=status, command=command, remote="kopano.example.org", action=action), expected)


def zonemta(rid: str, source: str, response: str, expected: list[tuple], *, mx: str | None = "mx.example.org",
            address: str = LEAD) -> tuple:
    """ZoneMTA's own bounce (plugins/core/email-bounce.js, HAND-MADE): its text part, a delivery-status
    part whose Status is always 5.0.0 (whatever the response), the response as Diagnostic-Code, a
    Remote-MTA only when an MX answered, the original's headers."""
    remote = f"Remote-MTA: dns; {mx}\n" if mx else ""
    raw = (
        "From: Mail Delivery Subsystem <mailer-daemon@mta1.seller-host.example>\n"
        "To: seller@example.com\nX-Sending-Zone: default\n"
        f"X-Failed-Recipients: {address}\nAuto-Submitted: auto-replied\n"
        "Subject: Delivery Status Notification (Failure)\n"
        "In-Reply-To: <zone-orig-1@example.com>\nReferences: <zone-orig-1@example.com>\n"
        f"Message-ID: <{rid}@mta1.seller-host.example>\nX-Hand-Made: yes (ZoneMTA email-bounce.js layout)\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="--_NmP-z1"\n\n'
        "----_NmP-z1\nContent-Type: text/plain\nContent-Description: Notification\n\n"
        f"Delivery to the following recipient failed permanently:\n    {address}\n\n"
        f"Technical details of permanent failure:\n\n{response}\n\n\n"
        "----_NmP-z1\nContent-Type: message/delivery-status\nContent-Description: Delivery report\n\n"
        "Reporting-MTA: dns; mta1.seller-host.example\nX-ZoneMTA-Queue-ID: 17b1c2d3e4f0001a2b\n"
        f"X-ZoneMTA-Sender: rfc822; {SELLER}\nArrival-Date: Fri, 04 Dec 2026 09:12:00 +0000\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.0.0\n{remote}"
        f"Diagnostic-Code: smtp; {response}\n\n"
        "----_NmP-z1\nContent-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
        f"From: Seller <{SELLER}>\nTo: {address}\nSubject: Quick question\nMessage-ID: <zone-orig-1@example.com>\n\n"
        "----_NmP-z1--\n"
    )
    return (f"{rid}-zonemta", f"{source}; {_ZONE}", raw.encode(), expected)


def wildduck_autoreply(rid: str, subject: str, text: str) -> tuple:
    """WildDuck's auto-reply (nodemailer/wildduck lib/autoreply.js, HAND-MADE): empty envelope sender,
    From the user, Subject 'Auto: ' + its own subject or 'Auto: Re: ' + ours, Auto-Submitted:
    auto-replied, In-Reply-To / References ours, the user's own text."""
    raw = (f"From: Lena Lead <{LEAD}>\nTo: {SELLER}\nSubject: {subject}\nAuto-Submitted: auto-replied\n"
           "In-Reply-To: <orig-64@example.com>\nReferences: <orig-64@example.com>\n"
           f"Message-ID: <{rid}@example.org>\nX-Hand-Made: yes (WildDuck autoreply.js layout)\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{text}\n")
    return (rid, "nodemailer/wildduck lib/autoreply.js (MailComposer data: subject, Auto-Submitted, inReplyTo)",
            raw.encode(), [])


_KOPANO_VERIFIED = (f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host "
                    "kopano.example.org[private/dagent] said: 503 5.1.1 User does not exist (in reply to RCPT TO "
                    "command)")
_MIREKA = ("hontvari/mireka src/mireka/transmission/dsn/DsnMailCreator.java (Status: code + ' (' + the status's "
           "message + ')'; a Diagnostic-Code only when the remote's status differs from it: taken here as the "
           "remote's own enhanced reply, so none)")
_MIREKA_RCPT = "hontvari/mireka src/mireka/smtp/UnknownUserException.java ('550 5.1.1 User unknown <' + recipient + '>')"


def mireka(rid: str, source: str, status: str, message: str, expected: list[tuple], *,
           diagnostic: str | None = None) -> tuple:
    """Mireka's DSN (DsnMailCreator, HAND-MADE): 'Delivery Status Notification', a text part that names
    the recipient only as '(unrecoverable error)', the reply's words only in the Status field's comment
    (and a Diagnostic-Code when the remote's status differed), the original as message/rfc822."""
    diag = f"Diagnostic-Code: smtp; {diagnostic}\r\n" if diagnostic else ""
    raw = (
        "MIME-Version: 1.0\r\nDate: Fri, 4 Dec 2026 10:00:00 +0000\r\n"
        f"Message-ID: <{rid}@mail.seller-host.example>\r\nSubject: Delivery Status Notification\r\n"
        "From: Mail Delivery Subsystem <mailer-daemon@mail.seller-host.example>\r\nTo: seller@example.com\r\n"
        "X-Hand-Made: yes (Mireka DsnMailCreator layout)\r\n"
        'Content-Type: multipart/report; boundary="mimepart_m1"; report-type=delivery-status\r\n\r\n'
        "--mimepart_m1\r\nContent-Type: text/plain\r\n\r\n"
        "This is an automatically generated Delivery Status Notification.\r\n\r\n"
        "The original message was received at Fri, 4 Dec 2026 09:58:00 +0000\r\nfrom seller@example.com\r\n\r\n"
        "    ----- The following addresses had delivery problems -----\r\n"
        f"<{LEAD}>  (unrecoverable error)\r\n\r\n"
        "--mimepart_m1\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.seller-host.example\r\nArrival-Date: Fri, 4 Dec 2026 09:58:00 +0000\r\n\r\n"
        f"Final-Recipient: rfc822; {LEAD}\r\nAction: failed\r\nStatus: {status} ({message})\r\n"
        f"Remote-MTA: dns; mx.example.org\r\n{diag}Last-Attempt-Date: Fri, 4 Dec 2026 10:00:00 +0000\r\n"
        "Final-Log-ID: 1733306400000.7\r\n\r\n"
        "--mimepart_m1\r\nContent-Type: message/rfc822\r\n\r\n"
        f"From: Seller <{SELLER}>\r\nTo: {LEAD}\r\nSubject: Quick question\r\nMessage-ID: <mireka-orig@example.com>\r\n"
        "\r\nHello\r\n--mimepart_m1--\r\n"
    )
    return (f"{rid}-mireka", f"{source}; {_MIREKA}", raw.encode(), expected)


_VERIFY = ("Postfix smtpd reject_unverified_recipient: 'Recipient address rejected: undeliverable address: "
           "host ... said: ...' quoting kopano-dagent")

# Written "recipient" before the run; the project reads a relaying refusal as our client's (scope
# sender) and the taxonomy names none for it: any scope, soft either way.
_RELAY_SCOPE = ""

ROWS: list[tuple] = [
    # ---- Kopano / Zarafa kopano-dagent, reached over LMTP by the site's Postfix (our relay's report).
    lmtp("kopano-user-does-not-exist", _KOPANO + " (MAPI_E_NOT_FOUND)", "503 5.1.1 User does not exist", "5.1.1",
         hard()),
    # The same answer quoted by the site's Postfix front (address verification), in Gmail's own DSN.
    ("kopano-verify-quote-gmail", f"{_VERIFY}; {_KOPANO}; {GMAIL}",
     gmail_own(_KOPANO_VERIFIED, status="5.1.1", heading="Message not delivered", remote="mx.example.org",
               body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
                    f"The response was:\n\n{_KOPANO_VERIFIED}"), hard()),
    lmtp("kopano-bad-destination-syntax", _KOPANO, "503 5.1.3 Bad destination mailbox address syntax", "5.1.3",
         hard()),
    lmtp("kopano-ambiguous", _KOPANO + " (MAPI_AMBIGUOUS)", "503 5.1.4 Destination mailbox address ambiguous", "5.1.4",
         soft()),
    # A lookup that failed for the server's own reasons, said with 5.1.1: the words are no missing user.
    lmtp("kopano-connection-error", _KOPANO + " (lookup failed: 'Connection error: ' + hr)",
         "503 5.1.1 Connection error: 0x80040115", "5.1.1", soft("systemerror", "networkerror")),
    lmtp("kopano-internal-error-data", _KOPANO + " (tmpfile / plugin manager failed)",
         "503 5.1.1 Internal error during delivery", "5.1.1", soft("systemerror"), command="DATA"),
    lmtp("kopano-quota-exceeded", _KOPANO_DELIVER + " (MAPI_E_STORE_FULL)", f"552 5.2.2 {LEAD} Quota exceeded",
         "5.2.2", soft("mailboxfull"), command="DATA"),
    lmtp("kopano-temporarily-unavailable", _KOPANO_DELIVER, f"450 4.2.0 {LEAD} Mailbox temporarily unavailable",
         "4.2.0", soft(delay=True), command="DATA"),
    lmtp("kopano-storage-server-error", _KOPANO_DELIVER + " (no store: 'network or permissions error')",
         f"450 4.5.0 {LEAD} network or permissions error to storage server: 0x80040115", "4.5.0",
         soft("systemerror", "networkerror", delay=True), command="DATA"),
    lmtp("kopano-temporarily-unavailable-final", _KOPANO_DELIVER + " (given up after the queue lifetime)",
         f"450 4.2.0 {LEAD} Mailbox temporarily unavailable", "4.2.0", soft(), command="DATA", action="failed"),
    lmtp("kopano-get-session-failed", _KOPANO + " ('421 internal error: GetSession failed' at greeting)",
         "421 internal error: GetSession failed", "4.0.0", soft("systemerror", delay=True), command="CONN"),
    # The same answers where the relay kept no enhanced status (Status 5.0.0): the words alone, with
    # LMTP's odd 503 reply code.
    lmtp("kopano-user-does-not-exist-no-status", _KOPANO + " (the reply quoted, Status 5.0.0)",
         "503 5.1.1 User does not exist", None, hard()),
    lmtp("kopano-quota-no-status", _KOPANO_DELIVER + " (Status 5.0.0)", f"552 5.2.2 {LEAD} Quota exceeded", None,
         soft("mailboxfull"), command="DATA"),
    # Our sender refused (its syntax), at MAIL: never the recipient's fault.
    lmtp("kopano-bad-sender-syntax", _KOPANO + " (MAIL FROM parse failed)", "503 5.1.7 Bad sender's mailbox address "
         "syntax", "5.1.7", soft("rejected", scope="sender"), command="MAIL"),
    # ---- Go-Guerrilla (a receiving MX): its canned replies.
    *both("guerrilla-user-unknown", _GG_RCPT, "550 5.1.1 User unknown in local recipient table no such user",
           "5.1.1", hard()),
    *both("guerrilla-remailer-bare", "flashmob/go-guerrilla remailer processor (FailRcptCmd with an empty "
           "comment) + the error", "550 5.1.1  no such user", "5.1.1", hard()),
    *both("guerrilla-no-such-user-no-status", _GG_RCPT + " (Status 5.0.0)",
           "550 5.1.1 User unknown in local recipient table no such user", "5.0.0", hard()),
    *both("guerrilla-relay-denied", _GG + " (ErrorRelayDenied: 454 4.1.1 'Error: Relay access denied: ' + host)",
           "454 4.1.1 Error: Relay access denied: example.org", "4.1.1", soft("norelaying", scope=_RELAY_SCOPE),
           action="failed"),
    *both("guerrilla-backend-not-running", _GG + " (FailBackendNotRunning)",
           "554 5.5.0 Transaction failed - backend not running", "5.5.0", soft("systemerror"), command="DATA"),
    *both("guerrilla-transaction-timeout", _GG + " (FailBackendTimeout)", "554 5.5.0 Error: transaction timeout",
           "5.5.0", soft(), command="DATA"),
    ("guerrilla-shutdown-delay-postfix", f"{_GG} (ErrorShutdown); {PF}",
     relayed("421 4.3.0 Server is shutting down. Please try again later. Sayonara!", status="4.3.0",
             command="RCPT"), soft(delay=True)),
    # ---- WildDuck's MX plugin (haraka-plugin-wildduck): haraka-dsn replies and its own.
    *both("wildduck-no-such-user", _WD + " (DSN.no_such_user)", "550 5.1.1 No such user", "5.1.1", hard()),
    *both("wildduck-no-such-user-no-status", _WD + " (Status 5.0.0)", "550 5.1.1 No such user", "5.0.0", hard()),
    *both("wildduck-mbox-disabled", _WD + " (userData.disabled: DSN.mbox_disabled)",
           "550 5.2.1 Mailbox disabled, not accepting messages", "5.2.1", soft("suspend")),
    *both("wildduck-mbox-full", _WD + " (over quota: DSN.mbox_full)", "550 5.2.2 Mailbox full", "5.2.2",
           soft("mailboxfull")),
    *both("wildduck-rcpt-too-fast", _WD + " (DSN.rcpt_too_fast, DENYSOFT)", "450 4.2.1 The user you are trying to "
           "contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend "
           "your message at a later time. If the user is able to receive mail at that time, your message will be "
           "delivered.", "4.2.1", soft(), action="failed"),
    *both("wildduck-failed-to-process", _WD + " (hook_rcpt timeout: DENYSOFT '... [ERRC03]')",
           "450 Failed to process recipient, try again [ERRC03]", "4.0.0", soft(), action="failed"),
    *both("wildduck-spam-blocked", _WD + " (defaultSpamRejectMessage)", "550 5.7.1 Our system has detected that "
           "this message is likely unsolicited mail. To reduce the amount of spam this message has been blocked.",
           "5.7.1", soft("spamdetected"), command="DATA"),
    # ---- ZoneMTA's own bounce (Status 5.0.0 whatever the answer).
    zonemta("zone-remote-user-unknown", "Postfix smtpd 'User unknown in virtual mailbox table'",
            f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table", hard()),
    zonemta("zone-kopano-behind", _KOPANO, "503 5.1.1 User does not exist", hard()),
    zonemta("zone-guerrilla", _GG_RCPT, "550 5.1.1 User unknown in local recipient table no such user", hard()),
    zonemta("zone-wildduck-no-such-user", _WD, "550 5.1.1 No such user", hard()),
    zonemta("zone-dns-domain-not-found", _ZONE_DNS + " (ENOTFOUND on MX, A, AAAA)",
            "550 DNS error when resolving MX for example.org: Domain name not found", hard("hostunknown"), mx=None),
    zonemta("zone-dns-no-data", _ZONE_DNS + " (ENODATA on MX, A, AAAA: no mail host at all)",
            "550 DNS error when resolving MX for example.org: DNS server returned answer with no data",
            hard("hostunknown"), mx=None),
    zonemta("zone-dns-servfail", _ZONE_DNS + " (ESERVFAIL: '450 ...', temporary, given up)",
            "450 DNS error when resolving MX for example.org: DNS server returned general failure", soft(), mx=None),
    zonemta("zone-dns-timeout", _ZONE_DNS + " (ETIMEOUT, given up)",
            "450 DNS error when resolving MX for example.org: Timeout while contacting DNS servers", soft(), mx=None),
    zonemta("zone-blocked-mx-host", _ZONE_DNS + " (filterAddress: an MX at a blocked address)",
            "550 Can not connect to blocked MX host [127.0.0.1] for example.org", soft(), mx=None),
    zonemta("zone-mailbox-full-given-up", "haraka-dsn mbox_full as WildDuck answers it, retried then given up",
            "452 4.2.2 Mailbox full", soft("mailboxfull")),
    zonemta("zone-mbox-disabled", _WD, "550 5.2.1 Mailbox disabled, not accepting messages", soft("suspend")),
    zonemta("zone-kopano-quota", _KOPANO_DELIVER, f"552 5.2.2 {LEAD} Quota exceeded", soft("mailboxfull")),
    zonemta("zone-kopano-connection-error", _KOPANO, "503 5.1.1 Connection error: 0x80040115",
            soft("systemerror", "networkerror")),
    zonemta("zone-blocklisted", "Postfix reject_rbl_client text",
            "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org",
            # Written "recipient" before the run; taxonomy 7 makes a blocked sending host scope sender.
            soft("blocked", scope="sender")),
    zonemta("zone-sender-refused", "Postfix check_sender_access REJECT text",
            f"553 5.7.1 <{SELLER}>: Sender address rejected: Access denied", soft("rejected", scope="sender")),
    zonemta("zone-relay-denied", _GG + " (ErrorRelayDenied)", "454 4.1.1 Error: Relay access denied: example.org",
            soft("norelaying", scope=_RELAY_SCOPE)),
    zonemta("zone-guerrilla-backend", _GG + " (FailBackendNotRunning)",
            "554 5.5.0 Transaction failed - backend not running", soft("systemerror")),
    zonemta("zone-wildduck-spam", _WD + " (defaultSpamRejectMessage)", "550 5.7.1 Our system has detected that this "
            "message is likely unsolicited mail. To reduce the amount of spam this message has been blocked.",
            soft("spamdetected")),
    zonemta("zone-wildduck-failed-to-process", _WD + " (DENYSOFT '[ERRC01]', given up)",
            "450 Failed to process recipient, try again [ERRC01]", soft()),
    # ---- Mireka: its own RCPT answer, and its DSN whose only words are in the Status comment.
    *both("mireka-user-unknown", _MIREKA_RCPT, f"550 5.1.1 User unknown <{LEAD}>", "5.1.1", hard()),
    mireka("mireka-dsn-user-unknown", _MIREKA_RCPT, "5.1.1", f"User unknown <{LEAD}>", hard()),
    mireka("mireka-dsn-kopano", _KOPANO, "5.1.1", "User does not exist", hard()),
    mireka("mireka-dsn-no-such-user", _WD, "5.1.1", "No such user", hard()),
    mireka("mireka-dsn-mailbox-full", _WD + " (DSN.mbox_full)", "5.2.2", "Mailbox full", soft("mailboxfull")),
    mireka("mireka-dsn-disabled", _WD + " (DSN.mbox_disabled)", "5.2.1", "Mailbox disabled, not accepting messages",
           soft("suspend")),
    mireka("mireka-dsn-kopano-connection-error", _KOPANO, "5.1.1", "Connection error: 0x80040115",
           soft("systemerror", "networkerror")),
    mireka("mireka-dsn-blocked", "Postfix reject_rbl_client text", "5.7.1",
           "Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org",
           soft("blocked", scope="sender")),
    # The remote gave a bare reply code: Mireka's own 5.0.0 status, the reply as Diagnostic-Code.
    mireka("mireka-dsn-bare-550", "Exim's 'Unknown local part' reply without an enhanced code", "5.0.0",
           "Unknown local part lead in <example.org>", hard(),
           diagnostic="550 Unknown local part lead in <example.org>"),
    # ---- vSMTP's default replies (config/default.rs Codes): a rule's deny, TLS, counts, storage.
    *both("vsmtp-deny", _VSMTP + " (Code554, a rule's deny at RCPT)", "554 permanent problems with the remote server",
           "5.0.0", soft()),
    *both("vsmtp-lack-of-security", _VSMTP + " (Code554tls)", "554 Command refused due to lack of security", "5.7.0",
           soft("securityerror", scope=""), command="MAIL"),
    *both("vsmtp-too-many-recipients", _VSMTP + " (Code452TooManyRecipients, given up)",
           "452 Requested action not taken: to many recipients", "4.5.3",
           # Written "recipient" before the run: the count is of our own transaction's recipients, ours.
           soft(scope="sender"), action="failed"),
    *both("vsmtp-insufficient-storage", _VSMTP + " (Code452, given up)",
           "452 Requested action not taken: insufficient system storage", "4.3.1", soft("systemfull"), action="failed"),
    # ---- Mailu's front end refuses plain-text inbound SMTP (INBOUND_TLS_ENFORCE): a TLS requirement.
    *both("mailu-starttls-first", _MAILU, "530 5.7.0 Must issue a STARTTLS command first", "5.7.0",
           soft("securityerror", scope=""), command="MAIL"),
    # ---- Modoboa's policy daemon: our relay's account over its daily sending limit (said at RCPT).
    ("modoboa-daily-limit-delay-postfix", f"{_MODOBOA}; {PF} (smarthost answer)",
     relayed(f"450 4.7.1 <{LEAD}>: Recipient address rejected: Daily limit reached, retry later", status="4.7.1",
             remote="smarthost.example.com"), soft("speeding", scope="sender", delay=True)),
    ("modoboa-daily-limit-final-postfix", f"{_MODOBOA}; {PF} (given up)",
     relayed(f"450 4.7.1 <{LEAD}>: Recipient address rejected: Daily limit reached, retry later", status="4.7.1",
             remote="smarthost.example.com", action="failed"), soft("speeding", scope="sender")),
    # Modoboa's notice to its super admins that a limit was reached: an ordinary message (aiosmtplib,
    # From the configured sender address), no bounce of anyone.
    ("modoboa-limit-notice", "modoboa/modoboa modoboa/policyd/core.py notify_limit_reached + "
     "templates/policyd/notifications/limit_reached.html",
     (f"From: postmaster@seller-host.example\nTo: {SELLER}\nSubject: [modoboa] Sending limit reached\n"
      "Message-ID: <modoboa-notice-1@seller-host.example>\nX-Hand-Made: yes (Modoboa policyd notification)\n"
      'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n'
      f"Daily limit of the following account has been reached: {SELLER}.\n").encode(), []),
    # Mailu's front end refusing our client's login at the submission port (a sender-side refusal).
    ("mailu-auth-invalid-postfix", f"{_MAILU} ('authentication': 535 5.7.8); {PF} (our relay's smarthost login)",
     relayed("535 5.7.8 Authentication credentials invalid", status="5.7.8", command=None,
             remote="smtp.seller-host.example"), soft(scope="sender")),
    # ---- Controls: WildDuck auto-replies (no bounce, whatever the person wrote).
    wildduck_autoreply("wildduck-autoreply-away", "Auto: Re: Quick question",
                       "Thanks for your message. I am away until Monday 14 December with limited access to email."),
    wildduck_autoreply("wildduck-autoreply-left", "Auto: No longer with Example",
                       "I no longer work at Example and this mailbox is not monitored. Please write to "
                       "office@example.org instead."),
]
