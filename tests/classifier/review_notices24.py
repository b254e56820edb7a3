"""The twenty-fourth review's whole notices: the soft-side reasons' phrase tables of Sisimai 4.25
(Debian libsisimai-perl, /usr/share/perl5/Sisimai/Reason/*.pm: Blocked, SpamDetected, Filtered,
Rejected, PolicyViolation, SecurityError, MesgTooBig, ExceedLimit, NoRelaying, NetworkError,
TooManyConn, VirusDetected, ContentError, SyntaxError, SystemFull, SystemError, Expired,
MailerError, OnHold) read as an outside opinion: wordings Sisimai's author collected from real
mail servers. Each branch was written out as the shortest plausible whole reply holding it (the
real server's own full wording where one was found: SOURCES), and the expectation written from
the words and this project's taxonomy (shared/classifier/taxonomy.md), NOT copied from Sisimai's
reason (the tables review_notices24_blocked.py, _content.py, _other.py). Then the probe: each reply
in our Postfix relay's report of the remote answer (notices.relayed, with its status and with none:
"5.0.0"), and in Gmail's own DSN, which names no SMTP stage (notices.gmail_own); a refused greeting
also as Postfix words it ("refused to talk to me"); a row with no stage is our relay's own failure
(notices.own_postfix) and Gmail's with no Remote-MTA. Of 450 branches (1368 rows, and four
controls) 74 read otherwise than their words say before the fixes (158 rows),
two of them as a false hard ("Error: no valid recipients from <IP>" at RCPT, fixed; Postfix's
"5.7.1 Recipient address rejected: Access denied", left: a judgement call against a corpus label);
the fixes are classifier/soft_wordings.py's, and the six branches left (eleven rows) are the
judgement calls of test_review_notices24.py. All HAND-MADE."""

from __future__ import annotations

import re

from tests.classifier.notices import gmail_own, own_postfix, relayed
from tests.classifier.review_notices24_blocked import BLOCKED
from tests.classifier.review_notices24_content import FILTERED, POLICY, REJECTED, SPAMDETECTED
from tests.classifier.review_notices24_other import (CONTENT, EXCEEDLIMIT, EXPIRED, MAILER, MESGTOOBIG, NETWORK,
                                                     NORELAYING, ONHOLD, SECURITY, SYNTAX, SYSTEMERROR, SYSTEMFULL,
                                                     TOOMANYCONN, VIRUS)

LEAD = "lead@example.org"
MX = "mx.example.org"
SISIMAI = "Sisimai::Reason::{} (libsisimai-perl 4.25) as outside opinion, branch '{}'"
HARD = frozenset({"userunknown", "hostunknown", "hasmoved"})

TABLES = {
    "Blocked": BLOCKED, "SpamDetected": SPAMDETECTED, "Filtered": FILTERED, "Rejected": REJECTED,
    "PolicyViolation": POLICY, "SecurityError": SECURITY, "MesgTooBig": MESGTOOBIG, "ExceedLimit": EXCEEDLIMIT,
    "NoRelaying": NORELAYING, "NetworkError": NETWORK, "TooManyConn": TOOMANYCONN, "VirusDetected": VIRUS,
    "ContentError": CONTENT, "SyntaxError": SYNTAX, "SystemFull": SYSTEMFULL, "SystemError": SYSTEMERROR,
    "Expired": EXPIRED, "MailerError": MAILER, "OnHold": ONHOLD,
}

# The real servers' own wording behind a branch, where it was found (source code, documentation).
SOURCES = {
    "blocked using": "Postfix src/smtpd/smtpd_check.c reject_rbl_client ('Service unavailable; Client host [x] "
                     "blocked using <list>', as fail2ban's postfix-rbl filter quotes it)",
    "cannot find your hostname": "Postfix src/smtpd/smtpd_check.c reject_unknown_client_hostname, its test data: "
                                 "'450 4.7.1 Client host rejected: cannot find your hostname, [131.155.210.17]'",
    "helo command rejected:": "Postfix src/smtpd/smtpd_check.c reject_non_fqdn_helo_hostname ('Helo command "
                              "rejected: need fully-qualified hostname'; its test data '554 5.7.1 <x>: Helo command "
                              "rejected: Access denied')",
    "rejecting open proxy": "Sendmail srvrsmtp.c (as Sisimai's comment names it)",
    "sorry, that domain isn't in my list of allowed rcpthosts": "qmail-smtpd.c err_nogateway ('553 sorry, that "
                                                                "domain isn't in my list of allowed rcpthosts (#5.7.1)')",
    "that domain isn't in my list of allowed rcpthost": "qmail-smtpd.c err_nogateway (with the cert patch's tail)",
    "sorry, you don't authenticate or the domain isn't in my list of allowed rcpthosts": "qmail-smtpd.c with the "
                                                                                        "SMTP AUTH patch",
    "smtp error from remote mail server after initial connection:": "Exim's transport error text "
                                                                    "(src/transports/smtp.c)",
    "relay access denied": "Postfix src/smtpd/smtpd_check.c reject_unauth_destination ('554 5.7.1 <x>: Relay "
                           "access denied')",
    "relaying denied (sendmail)": "Sendmail cf/m4/proto.m4 ('550 5.7.1 <x>... Relaying denied')",
    "relaying denied. ip name lookup failed (sendmail)": "Sendmail cf/m4/proto.m4 ('Relaying denied. IP name lookup "
                                                         "failed [ip]')",
    "sender verify failed (exim callout)": "Exim src/acl.c ('Sender verify failed')",
    "host name lookup failure (sendmail err.c)": "Sendmail sendmail/err.c errstring, TRY_AGAIN: 'Name server: %s: "
                                                 "host name lookup failure'",
    "connection refused by (sendmail err.c)": "Sendmail sendmail/err.c errstring, ECONNREFUSED: 'Connection refused "
                                              "by %s'",
    "too many smtp sessions for this host (sendmail)": "Sendmail sendmail/daemon.c (as Sisimai's comment names it)",
    "mail forwarding loop for": "Postfix local(8) 'mail forwarding loop for x'",
    "loops back to myself": "Postfix smtp(8) 'mail for x loops back to myself'",
    "queue file write error": "Postfix smtpd(8) '451 4.3.0 Error: queue file write error'",
    "host not found, try again": "Postfix src/dns/dns_strerror.c TRY_AGAIN 'Host not found, try again' in its "
                                 "'Host or domain name not found. Name service error for name=x type=y: ...'",
    "our system has detected that this message is": "Google 'Gmail SMTP errors and codes' (550-5.7.1 ... likely "
                                                    "unsolicited mail)",
    "not currently accepting mail from your ip": "Outlook.com's S3150 reply (Microsoft 'Outlook.com error codes')",
    "temporarily deferred due to unexpected volume or user complaints": "Yahoo postmaster error codes (TSS04)",
    "message not accepted for policy reasons": "Yahoo's 554 5.7.9 reply and its help page SLN7253",
    "email rejected due to security policies (mimecast)": "Mimecast SMTP Error Codes (its 554 page, linked from "
                                                          "Sisimai's comment; classifier/remote/mimecast.py reads it "
                                                          "as virusdetected: 'a virus signature or a spam score')",
    "message rejected: email address is not verified": "Amazon SES 'Email address is not verified' (SES docs)",
    "throttling failure: maximum sending rate exceeded": "Amazon SES sending-quota errors (SES docs)",
    "throttling failure: daily message quota exceeded": "Amazon SES sending-quota errors (SES docs)",
    "daily message quota exceeded final": "Amazon SES sending-quota errors (SES docs)",
    "reply code 500": "RFC 5321 4.2.2 reply texts", "reply code 501": "RFC 5321 4.2.2 reply texts",
    "reply code 502": "RFC 5321 4.2.2 reply texts", "reply code 503": "RFC 5321 4.2.2 reply texts",
    "reply code 504": "RFC 5321 4.2.2 reply texts",
    "service not available, closing transmission channel": "RFC 5321 4.2.2's text for 421",
    "local error in processing": "RFC 5321 4.2.2's text for 451",
}
# Branches whose meaning is their SMTP stage (a bare "Access denied" to MAIL FROM): no Gmail row,
# whose DSN names no stage.
STAGE_ONLY = frozenset({"access denied (in reply to mail from command)", "fully qualified email address required (mcafee)"})


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _gmail(reply: str, status: str, remote: str | None) -> bytes:
    body = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            f"The response was:\n\n{reply}")
    return gmail_own(reply, status=status, heading="Message not delivered", body=body, remote=remote)


def layouts(module: str, branch: str, reply: str, status: str | None, command: str | None,
            reasons: tuple, scope: str | None) -> list[tuple]:
    """The rows of one branch: (layout, raw, expected rows)."""
    hard = all(r in HARD for r in reasons)
    temporary = (status or "").startswith("4") and module != "Expired"
    final = [(LEAD, hard, reasons, scope, False)]
    if command is None:
        out = [("own", own_postfix(reply, status=status or "5.0.0"), final)]
    else:
        out = [("relayed", relayed(reply, status=status, command=command, remote=MX,
                                   action="delayed" if temporary else "failed"),
                [(LEAD, hard and not temporary, reasons, scope, temporary)]),
               ("no-status", relayed(reply, status=None, command=command, remote=MX), final)]
    if command == "CONN":
        # notices.relayed's "(in reply to initial greeting command)" is no Postfix text: smtp_proto.c
        # writes "host %s refused to talk to me: %s" for a refused greeting (review_notices22's layout).
        greeting = relayed(reply, status=status, command=None, remote=MX,
                           action="delayed" if temporary else "failed").replace(b"] said: ", b"] refused to talk to me: ")
        out.append(("greeting", greeting, [(LEAD, hard and not temporary, reasons, scope, temporary)]))
    if branch in STAGE_ONLY:
        return out
    # Gmail names no stage: an English "no such user" with no 5.1.x status there is the team's
    # `filtered` (common.md); with one, the status says it.
    gmail = final
    if hard and not (status or "").startswith("5.1."):
        gmail = [(LEAD, False, ("filtered",), scope, False)]
    out.append(("gmail", _gmail(reply, status or "5.0.0", None if command is None else MX), gmail))
    return out


def _rows() -> list[tuple]:
    rows = []
    for module, table in TABLES.items():
        for branch, reply, status, command, reasons, scope in table:
            source = SISIMAI.format(module, branch)
            if branch in SOURCES:
                source += f"; the server's own wording: {SOURCES[branch]}"
            for layout, raw, expected in layouts(module, branch, reply, status, command, reasons, scope):
                rows.append((f"{module.lower()}-{slug(branch)}-{layout}", f"{source} ({layout})", raw, expected))
    return rows


# Controls beside the judgement calls: the same words where the taxonomy reads them hard, and a
# sender refusal at RCPT (Postfix checks the sender there by default).
CONTROLS = [
    ("control-exchange-dbeb-access-denied", "Microsoft Learn 'Email non-delivery reports and SMTP errors in "
     "Exchange Online' (5.4.1 Recipient address rejected: Access denied, directory-based edge blocking: the "
     "recipient does not exist); classifier/remote/microsoft.py",
     relayed("550 5.4.1 [lead@example.org]: Recipient address rejected: Access denied", status="5.4.1",
             remote="example-org.mail.protection.outlook.com"),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("control-postfix-user-unknown", "Postfix src/smtpd/smtpd_check.c reject_unlisted_recipient ('550 5.1.1 <x>: "
     "Recipient address rejected: User unknown in virtual mailbox table')",
     relayed("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
             status="5.1.1", remote=MX),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
    ("control-postfix-sender-rejected-at-rcpt", "Postfix src/smtpd/smtpd_check.c reject_unknown_sender_domain "
     "('<s>: Sender address rejected: Domain not found', answered at RCPT with smtpd_delay_reject)",
     relayed("450 4.1.8 <seller@example.com>: Sender address rejected: Domain not found", status="4.1.8",
             remote=MX, action="delayed"),
     [(LEAD, False, ("rejected",), "sender", True)]),
    ("control-gmail-ip-blocked-spamhaus", "Postfix reject_rbl_client's reply in Gmail's own DSN (no stage)",
     _gmail("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "5.7.1", MX),
     [(LEAD, False, ("blocked",), "sender", False)]),
]

ROWS = _rows() + CONTROLS
