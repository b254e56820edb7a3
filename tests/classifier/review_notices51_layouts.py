"""Sources, constants and the few notice shapes of the fifty-first review (review_notices51*.py):
relay refusals, size refusals and unroutable domains. Every layout is an earlier review's builder;
the only new ones are thin wrappers: Exchange Online's and Gmail's own notices with their user
text in the sender's language (the diagnostic stays English, as both write it), and the
Sendmail notice of a failure of its own (no remote reply). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own
from tests.classifier.review_notices14_layouts import sendmail

R, S, ANY = "recipient", "sender", None
UNKNOWN_HOST = ("hostunknown",)
NOTACCEPT = ("notaccept",)
RELAY = ("norelaying",)
BIG = ("mesgtoobig",)
BIG_OR_LIMIT = ("mesgtoobig", "exceedlimit")
FULL = ("mailboxfull",)
NET = ("networkerror", "expired")
GAVE_UP = ("expired", "networkerror")


def soft(reasons: tuple = (), scope: str | None = ANY, delay: bool = False, address: str = LEAD) -> list[tuple]:
    return [(address, False, tuple(reasons), scope, delay)]


def hard(reasons: tuple = UNKNOWN_HOST, address: str = LEAD) -> list[tuple]:
    return [(address, True, tuple(reasons), R, False)]


# ---- sources ---------------------------------------------------------------------------------------
PF_RELAY = ("Postfix src/smtpd/smtpd_check.c reject_unauth_destination / permit_auth_destination: "
            "'%d %s <%s>: Relay access denied' with relay_code (554) and 5.7.1")
PF_SIZE = ("Postfix src/smtpd/smtpd.c mail_cmd: a MAIL FROM SIZE= above message_size_limit gets '552 5.3.4 Message "
           "size exceeds fixed limit'; after DATA cleanup's CLEANUP_STAT_SIZE '552 5.3.4 Error: message file too big'; "
           "too little queue space '452 4.3.1 Insufficient system storage'")
PF_CLIENT_SIZE = ("Postfix src/smtp/smtp_proto.c: the server's EHLO SIZE below the message: 'message size %lu exceeds "
                  "size limit %.0f of server %s' with 5.3.4")
PF_DNS = ("Postfix src/dns/dns_lookup.c dns_lookup_x 'Host or domain name not found. Name service error for name=%s "
          "type=%s: %s' with dns_strerror's HOST_NOT_FOUND 'Host not found' (5.4.4, src/smtp/smtp_addr.c) or "
          "TRY_AGAIN 'Host not found, try again' (4.4.3); NO_DATA 'Host found but no data record of requested type'; "
          "DNS_NULLMX 'Domain %s does not accept mail (nullMX)' (5.1.10)")
PF_DOMAIN = ("Postfix src/smtpd/smtpd_check.c reject_unknown_recipient_domain: '%d %s <%s>: Recipient address rejected: "
             "Domain not found' (unknown_address_reject_code 450 by default, 4.1.2/5.1.2) and, for a temporary DNS "
             "failure, unknown_address_tempfail_action; RFC 7505 null MX '556 5.1.10 ... Domain %s does not accept mail "
             "(nullMX)'")
PF_DELAY = ("Postfix bounce(8) delay notice (bounce_templates.c def_bounce_delay_body 'THIS IS A WARNING ONLY'; DSN "
            "Action: delayed); the final notice after maximal_queue_lifetime keeps the last temporary reason")
EXIM_RELAY = ("Exim src/src/configure.default acl_check_rcpt: 'require message = relay not permitted / domains = "
              "+local_domains : +relay_to_domains' (cPanel's 'relay not permitted, authentication required')")
EXIM_SIZE = ("Exim src/src/smtp_in.c: MAIL FROM SIZE= above message_size_limit '552 Message size exceeds maximum "
             "permitted'; src/src/receive.c after DATA the same reply (log 'message too big: read=%d max=%d'); "
             "transports' message_size_limit 'message is too big (transport limit = %d)' (deliver.c)")
EXIM_DNS = ("Exim src/src/routers/dnslookup.c ('all relevant MX records point to non-existent hosts', 'an MX or SRV "
            "record indicated no SMTP service'), src/src/route.c 'Unrouteable address', src/src/transports/smtp.c "
            "'all host address lookups failed permanently' / 'retry time not reached for any host', and the router's "
            "DEFER 'host lookup did not complete' (dnslookup.c, HOST_FIND_AGAIN)")
SM_RELAY = ("Sendmail cf/m4/proto.m4 Rule set Relay_ok / check_rcpt: '550 5.7.1 <%s>... Relaying denied', 'Relaying "
            "denied. Proper authentication required.' (FEATURE(`delay_checks') with AUTH), 'Relaying denied. IP name "
            "lookup failed [%s]'")
SM_SIZE = ("Sendmail sendmail/srvrsmtp.c MAIL: '552 5.2.3 Message size exceeds fixed maximum message size (%ld)'; "
           "sendmail/collect.c after DATA 'Message size exceeds maximum value' (552 5.3.4, as its bounces quote it); "
           "deliver.c a mailer's M= limit '552 5.2.3 Message is too large; %ld bytes max'")
SM_DNS = ("Sendmail sendmail/deliver.c / domain.c: '550 5.1.2 %s... Host unknown (Name server: %s: host not found)' "
          "for NXDOMAIN; TRY_AGAIN 'Deferred: Name server: %s: host name lookup failure' (4.4.3), returned after "
          "Timeout.queuereturn as 'Cannot send message for 5 days'")
QMAIL_RELAY = "notqmail qmail-smtpd.c err_nogateway: '553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)'"
QMAIL_SIZE = "notqmail qmail-smtpd.c err_size: '552 sorry, that message size exceeds my databytes limit (#5.3.4)'"
QMAIL_DNS = ("notqmail qmail-remote.c perm_dns 'Sorry, I couldn't find any host named %s. (#5.1.2)', temp_dns 'Sorry, "
             "I couldn't find any host by that name. (#4.1.2)', 'CNAME lookup failed temporarily. (#4.4.3)'; qmail-send "
             "'I'm not going to try again; this message has been in the queue too long.'")
SMTPD_DNS = ("OpenSMTPD usr.sbin/smtpd/mta.c mta_on_mx: DNS_ENONAME PERMFAIL 'Domain does not exist', DNS_ENOTFOUND "
             "TEMPFAIL 'No MX found for domain', 'Temporary failure in MX lookup'; bounce.c's error and delay notices")
SMTPD_RELAY = ("OpenSMTPD usr.sbin/smtpd/smtp_session.c: a recipient matching no 'match ... action' rule '550 Invalid "
               "recipient: <%s>' (5.1.1; 5.7.1 'Relay denied' in its older smtpd, before the match rules)")
EXCH_RESP = ("Exchange Server transport SmtpResponse (Microsoft.Exchange.Data.Transport, as its decompiled listing "
             "shows): UnableToRelay 550 5.7.54 'SMTP; Unable to relay recipient in non-accepted domain', "
             "MessageTooLargeForReceiver 550 5.2.3 'RESOLVER.RST.RecipSizeLimit; message too large for this "
             "recipient', MessageTooLargeForSender 550 5.2.3 'RESOLVER.RST.SendSizeLimit.Sender; message too large "
             "for this sender'")
EXCH_RELAY = ("Microsoft Learn 'Fix NDR error 550 5.7.54' / 'Unable to relay' (Exchange 2013+: '550 5.7.54 SMTP; Unable "
              "to relay recipient in non-accepted domain'; Exchange 2010 '550 5.7.1 Unable to relay') and 'Fix NDR error "
              "550 5.7.64 TenantAttribution; Relay Access Denied' (the sending tenant's inbound connector)")
EXCH_SIZE = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (5.2.3 'RESOLVER.RST."
             "RecipSizeLimit; message too large for this recipient'; 5.3.4 'ROUTING.SizeLimit; message size exceeds "
             "fixed maximum size for route' and 'SendSizeLimit.Org') and Exchange receive connectors' '552 5.3.4 "
             "Message size exceeds fixed maximum message size'")
EXO_DNS = ("Microsoft Learn 'Fix NDR error 5.4.310' ('550 5.4.310 DNS domain x does not exist [Message="
           "InfoDomainNonexistent] [LastAttemptedServerName=x]'), 'Fix NDR errors 5.4.312' ('DNS query failed', the "
           "domain's DNS temporarily failing: ErrorRetry, ServFail), '5.4.316' / '4.4.316' ('Message expired, "
           "connection refused' / 'Connection refused'), '4.4.7 Message delayed' / '550 4.4.7 QUEUE.Expired; message "
           "expired'; user text 'the domain ... isn't properly registered at their domain registrar'")
EXO_LOCAL = ("Exchange Online NDR user text in the sender's language (pastebin.com/VQWvQ0TH: es 'No se pudo entregar a "
             "estos destinatarios o grupos: ... El sistema de nombres de dominio (DNS) ha informado que el dominio del "
             "destinatario no existe.'; the other languages as Microsoft's localised NDR templates read, weak: "
             "translated from the English template's sentences)")
G_SIZE = ("Google Workspace Admin Help 3726730 'Gmail SMTP errors and codes' (552 5.2.3 and 552 5.3.4 'Your message "
          "exceeded Google's message size limits. For more information, visit https://support.google.com/mail/?p="
          "MaxSizeError')")
G_RELAY = ("Google Workspace Admin Help 6140680 'SMTP relay service error messages' ('550 5.7.0 Mail relay denied "
           "<ip>. Invalid credentials for relay for one of the domains in: <domain>'), our smarthost")
G_DNS = ("Gmail's own DSN for DNS failures (taxonomy section 4: Status 4.0.0 with Action: failed; 'DNS Error: DNS type "
         "'mx' lookup of x responded with code NXDOMAIN Domain name not found: x' / 'code SERVFAIL'; heading 'Address "
         "not found', 'the domain x couldn't be found'; delays 'Gmail will retry for N more hours')")
G_LOCAL = ("Gmail's own DSN headings and first sentence in the sender's UI language (weak: as Google's localised "
           "notices read; the DSN part and 'DNS Error' diagnostic stay English)")
YAHOO_SIZE = ("Yahoo Sender Hub 'SMTP error codes' (552 'message size exceeds') and Outlook.com's MX '552 5.3.4 "
              "Message size exceeds fixed maximum message size' (weak: as public bounce copies show them)")
MISC_RELAY = ("relay refusals as other servers word them: Courier courier/module.esmtp 'Relaying denied.' (513); "
              "MDaemon '551 5.7.1 ... We do not relay non-local mail'; IIS SMTP '550 5.7.1 Unable to relay for %s'; "
              "Domino '554 Relay rejected for policy reasons.'; hMailServer '550 Delivery is not allowed to this "
              "address.'; IceWarp '550 5.7.1 Relaying not allowed'; 'not permitted to relay' (Kerio, weak)")
RFC_SIZE = ("RFC 5321 4.2.2 / 4.2.3 '552 Requested mail action aborted: exceeded storage allocation' and RFC 3463 "
            "X.2.3 'Message length exceeds administrative limit', X.3.4 'Message too big for system'; RFC 1870 SIZE")


# ---- the new wrappers ----------------------------------------------------------------------------------
def exo_local(diagnostic: str, status: str, body: str, subject: str, address: str = LEAD) -> bytes:
    """Exchange Online's own NDR (notices.exchange_own) with its subject and user text in the
    sender's language; the administrators' part and the DSN stay English."""
    raw = exchange_own(diagnostic, status=status, body=body, address=address)
    raw = raw.replace(b"Subject: Undeliverable: Quick question", f"Subject: {subject}: Quick question".encode("utf-8"))
    return raw.replace(b"charset=us-ascii", b"charset=utf-8", 1)


def gmail_local(diagnostic: str, status: str, heading: str, body: str, *, action: str = "failed",
                address: str = LEAD) -> bytes:
    """Gmail's own DSN (notices.gmail_own) whose heading and sentence are in the sender's language."""
    return gmail_own(diagnostic, status=status, heading=heading, body=body, action=action, address=address)


def sendmail_own(name: str, code: str, text: str, status: str, address: str = LEAD) -> bytes:
    """Sendmail's DSN of a failure of its own (review 14's savemail.c builder): the reason under
    the address, the transcript's one line ("550 5.1.2 <a>... Host unknown ..."), the DSN fields; our
    host (mail.example.com), not one of the recipient's domain."""
    return sendmail(name, [(f"<{address}>", text, None)], [(address, None, status, f"{code} {text}")], to=address,
                    transcript=f"{code} <{address}>... {text}", host="mail.example.com")


def postfix_many(name: str, rows: list[tuple[str, str, str, str | None]]) -> bytes:
    """Postfix's bounce(8) notice of one message failing at several domains (notices.own_postfix's
    layout, one line and one DSN block per recipient): `rows` are (address, status, text, remote);
    a remote's reply is "host %s[%s] said: %s (in reply to RCPT TO command)" with Remote-MTA and an
    smtp diagnostic, our own failure the text alone with an X-Postfix one."""
    lines, blocks = [], []
    for address, status, text, remote in rows:
        said = f"host {remote}[192.0.2.25] said: {text} (in reply to RCPT TO command)" if remote else text
        lines.append(f"<{address}>: {said}")
        blocks.append(f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: {status}\n"
                      + (f"Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {text}\n" if remote
                         else f"Diagnostic-Code: X-Postfix; {text}\n"))
    return ("From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\nTo: seller@example.com\n"
            "Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
            f"Message-Id: <r51-{name}@mail.example.com>\nX-Hand-Made: yes (Postfix bounce(8) layout)\nMIME-Version: 1.0\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B51"\n\n'
            "--B51\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host mail.example.com.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
            + "\n\n".join(lines) + "\n\n--B51\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mail.example.com\n\n" + "\n".join(blocks) + "\n--B51\nContent-Type: "
            "text/rfc822-headers\n\nFrom: seller@example.com\nTo: " + ", ".join(r[0] for r in rows)
            + f"\nSubject: Hello\nMessage-ID: <r51-{name}-orig@example.com>\n\n--B51--\n").encode()
