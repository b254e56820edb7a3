"""The forty-second review's whole notices, part B: Sisimai 5's DECISION LOGIC, not its tables, as
an outside opinion (sisimai/go-sisimai, library code only: reason/find.go Find() and anotherone(),
reason/lib.go classorder, the ProbesInto ("true") functions of reason/why-*.go, smtp/status/lib.go
Name(), smtp/failure/lib.go IsHardBounce(); none of its tests or sample mails opened). Each block
names the branch it exercises and what Sisimai 5 does there; each row is a whole notice in our
relay's report (notices.relayed / review_notices42_layouts.pf_verb), Gmail's own DSN, Exchange
Online's NDR, Exim's or qmail's bounce (review_notices42_layouts). Expectations are this project's
taxonomy's (shared/classifier/taxonomy.md) and the team's recorded judgement calls (an English "no
such user" from a stage the notice does not name and with no 5.1.x status reads filtered, soft; a
4xx "user unknown" likewise; the same words at a named RCPT read userunknown, hard), written
before the classifier ran; where Sisimai's logic would read otherwise the block says so. The
replies are the servers' own words where a source is named, else ordinary replies written by hand
(marked so). All HAND-MADE; test_review_notices42.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, own_postfix, relayed
from tests.classifier.review_notices14_layouts import exim, qmail
from tests.classifier.review_notices35_layouts import exim_remote
from tests.classifier.review_notices42_layouts import exim_after, exim_own, pf_verb, qmail_own, qmail_remote

R, S, ANY = "recipient", "sender", None
A = "lead@partner.example"
MX = "mx.partner.example"
GO = "sisimai/go-sisimai {} (Sisimai 5's decision logic, library code only) as outside opinion"
PF = "; Postfix's own words (src/smtpd/smtpd_check.c, src/smtp/smtp_proto.c)"
HAND = "; the reply line written by hand (weak: an ordinary reply of that kind)"


def _exp(hard: bool, reasons: tuple, scope: str | None, delay: bool = False) -> list[tuple]:
    return [(A, hard, reasons, scope, delay)]


def pf(name, src, reply, status, command, exp, action=None):
    return (name, src, relayed(reply, status=status, command=command, remote=MX, address=A, action=action), exp)


def gm(name, src, reply, status, exp, action="failed"):
    heading = "Message delayed" if action == "delayed" else "Message not delivered"
    body = f"Your message wasn't delivered to {A} because the remote server returned an error."
    return (name, src, gmail_own(reply, status=status, heading=heading, body=body, address=A, remote=MX,
                                 action=action), exp)


def ex(name, src, reply, status, exp):
    return (name, src, exchange_own(reply, status=status, body=f"Your message to {A} couldn't be delivered.",
                                    address=A), exp)


def xm(name, src, reply, command, exp):
    return (name, src, exim_remote(name, reply, command, host=f"{MX} [192.0.2.25]", address=A), exp)


def qm(name, src, reply, stage, exp):
    return (name, src, qmail_remote(name, reply, stage, A), exp)


HARD_USER = _exp(True, ("userunknown",), R)
FILTERED = _exp(False, ("filtered",), R)
REJECTED = _exp(False, ("rejected",), S)

# (1) status.Name() decides: a 5.1.1 (5.1.0, 5.1.3) is userunknown whatever the stage (why-userunknown.go:
# tempreason == userunknown returns true unless the words match another cause), also after DATA.
S1 = GO.format("reason/why-userunknown.go ProbesInto") + PF
UNK_VIRTUAL = f"550 5.1.1 <{A}>: Recipient address rejected: User unknown in virtual mailbox table"
B1 = [
    pf("st511-rcpt-relayed", S1, UNK_VIRTUAL, "5.1.1", "RCPT", HARD_USER),
    gm("st511-gmail", S1, UNK_VIRTUAL, "5.1.1", HARD_USER),
    ex("st511-exo", S1, UNK_VIRTUAL, "5.1.1", HARD_USER),
    pf("st511-after-data-relayed", S1 + HAND, f"550 5.1.1 <{A}>... User unknown", "5.1.1", "DATA", HARD_USER),
    xm("st511-exim", S1 + HAND, "550 5.1.1 No such user here", "RCPT", HARD_USER),
    pf("st510-address-rejected-relayed", S1 + "; Sisimai's userunknown list's '5.1.0 address rejected.' (reply line "
       "by hand)", "550 5.1.0 Address rejected.", "5.1.0", "RCPT", HARD_USER),
    gm("st510-address-rejected-gmail", S1 + "; Sisimai's userunknown list's '5.1.0 address rejected.' (reply line "
       "by hand)", "550 5.1.0 Address rejected.", "5.1.0", HARD_USER),
    qm("st511-qmail", S1, f"550 5.1.1 <{A}>: Recipient address rejected: User unknown in local recipient table",
       "RCPT", HARD_USER),
]

# (2) ...unless the words name another cause: why-userunknown.go tests a 5.1.1's text against the
# blocked, mailboxfull, hasmoved, rejected (sender) and notaccept lists first, and classorder puts
# MailboxFull, Suspend and HasMoved before UserUnknown. Taxonomy: "message text overrides" the code.
S2 = GO.format("reason/why-userunknown.go exclusions, reason/lib.go classorder") + HAND
B2 = [
    pf("st511-mailbox-full-relayed", S2, f"550 5.1.1 <{A}>: mailbox full", "5.1.1", "RCPT",
       _exp(False, ("mailboxfull",), R)),
    gm("st511-mailbox-full-gmail", S2, f"550 5.1.1 <{A}>: mailbox full", "5.1.1", _exp(False, ("mailboxfull",), R)),
    pf("st511-client-blocked-relayed", S2, "550 5.1.1 Service unavailable; Client host [192.0.2.7] blocked using "
       "zen.spamhaus.org", "5.1.1", "RCPT", _exp(False, ("blocked",), S)),
    ex("st511-client-blocked-exo", S2, "550 5.1.1 Service unavailable; Client host [192.0.2.7] blocked using "
       "zen.spamhaus.org", "5.1.1", _exp(False, ("blocked",), S)),
    pf("st511-user-has-moved-relayed", S2, f"550 5.1.1 <{A}>: Recipient address rejected: User has moved to "
       "lead@newpartner.example", "5.1.1", "RCPT", _exp(True, ("hasmoved",), R)),
    pf("st511-sender-rejected-at-mail", S2, "550 5.1.1 <seller@example.com>: Sender address rejected: User unknown "
       "in local recipient table", "5.1.1", "MAIL", REJECTED),
    pf("st511-mailbox-disabled-relayed", S2, f"550 5.1.1 <{A}>: This mailbox is disabled", "5.1.1", "RCPT",
       _exp(False, ("suspend",), R)),
    ex("st511-account-suspended-exo", S2, f"550 5.1.1 {A}: this account has been suspended", "5.1.1",
       _exp(False, ("suspend",), R)),
]

# (3) No 5.1.x status: UserUnknown only when the command is RCPT and the words match
# (why-userunknown.go: fo.Command == RCPT && IncludedIn).
S3 = GO.format("reason/why-userunknown.go ProbesInto (the RCPT branch)")
B3 = [
    pf("rcpt-no-such-user-relayed", S3 + HAND, "550 No such user here", None, "RCPT", HARD_USER),
    xm("rcpt-unknown-user-exim", S3 + HAND, "550 Unknown user", "RCPT", HARD_USER),
    qm("rcpt-user-unknown-qmail", S3 + HAND, "550 user unknown", "RCPT", HARD_USER),
    pf("rcpt-invalid-recipient-relayed", S3 + HAND, f"550 Invalid recipient <{A}>", None, "RCPT", HARD_USER),
]

# (4) The same words from a stage the notice does not name: why-filtered.go reads them filtered when
# the command is not one before DATA (an empty command included); the team's standing call agrees.
S4 = GO.format("reason/why-filtered.go ProbesInto (command not in ExceptDATA)") + HAND
B4 = [
    gm("nostage-no-such-user-gmail", S4, "550 No such user here", "5.0.0", FILTERED),
    ex("nostage-unknown-user-exo", S4, "550 Unknown user", "5.0.0", FILTERED),
    gm("nostage-invalid-recipient-gmail", S4, f"550 Invalid recipient <{A}>", "5.0.0", FILTERED),
    pf("nostage-user-unknown-relayed", S4, "550 user unknown", None, None, FILTERED),
]

# (5) ...and after DATA: filtered (a content or recipient filter answering with those words).
S5 = GO.format("reason/why-filtered.go ProbesInto; reason/why-rejected.go (DATA, not userunknown)") + HAND
B5 = [
    pf("data-no-such-user-relayed", S5, "550 No such user here", None, "DATA", FILTERED),
    xm("data-unknown-user-exim", S5, "550 Unknown user", "DATA", FILTERED),
    qm("data-no-such-user-qmail", S5, "554 no such user", "DATA", FILTERED),
]

# (6) "User unknown" about OUR sender address: at MAIL FROM, or at RCPT when the receiver delays its
# sender checks to RCPT (Postfix's smtpd_delay_reject, reject_unlisted_sender's "Sender address
# rejected: User unknown in local recipient table"). Taxonomy: rejected, the sender's. Sisimai: at
# MAIL, rejected; at RCPT under 5.1.0, its UserUnknown probe steps aside (sender words), Rejected
# looks only when the status names no explicit reason, and anotherone() falls back to 5.1.0's
# userunknown: a HARD bounce of a live recipient (its false hard; ours must not follow).
S6 = GO.format("reason/why-rejected.go, reason/find.go anotherone()") + PF
# Exim's sender-verify refusal at RCPT (a multi-line reply, each line indented in the bounce as
# Exim prints a remote's multi-line response, folded in the DSN's Diagnostic-Code).
CALLOUT = ("550-Verification failed for <seller@example.com>", "550-Called:   192.0.2.40",
           "550-Sent:     RCPT TO:<seller@example.com>", "550-Response: 550 5.1.1 No such user",
           "550 Sender verify failed")
SENDER_UNK = "550 5.1.0 <seller@example.com>: Sender address rejected: User unknown in local recipient table"
B6 = [
    pf("sender-unknown-at-mail-relayed", S6, SENDER_UNK, "5.1.0", "MAIL", REJECTED),
    pf("sender-unknown-at-rcpt-relayed", S6, SENDER_UNK, "5.1.0", "RCPT", REJECTED),
    gm("sender-unknown-gmail", S6, SENDER_UNK, "5.1.0", REJECTED),
    ex("sender-unknown-exo", S6, SENDER_UNK, "5.1.0", REJECTED),
    (lambda n: (n, S6 + HAND, exim_after(n, "550 Unknown user", "MAIL FROM:<seller@example.com> SIZE=1834", A),
                REJECTED))("sender-unknown-user-exim-mail"),
    qm("sender-user-unknown-qmail-mail", S6 + HAND, "550 User unknown", "MAIL", REJECTED),
    pf("sender-access-denied-at-rcpt", S6, "554 5.7.1 <seller@example.com>: Sender address rejected: Access denied",
       "5.7.1", "RCPT", REJECTED),
    gm("sender-access-denied-gmail", S6, "554 5.7.1 <seller@example.com>: Sender address rejected: Access denied",
       "5.7.1", REJECTED),
    pf("sender-domain-not-found-at-rcpt", S6, "550 5.1.8 <seller@example.com>: Sender address rejected: Domain not "
       "found", "5.1.8", "RCPT", REJECTED),
    ("sender-verify-failed-exim", S6 + "; Exim's callout words (acl.c, verify.c)", exim(
        "sender-verify-failed-exim", [(A, f"{MX} [192.0.2.25]", f"SMTP error from remote mail server after RCPT "
                                      f"TO:<{A}>:\n    " + "\n    ".join(CALLOUT))], to=A,
        dsn=[(A, "\n ".join(CALLOUT))]), REJECTED),
    pf("sender-rejected-after-data", S6 + HAND, "550 5.7.1 Sender rejected", "5.7.1", "DATA", REJECTED),
]

# (7) A 4xx "user unknown": Sisimai's status table gives 4.1.1 no reason, so the RCPT branch decides
# (userunknown) and an unnamed stage reads filtered; IsHardBounce() makes userunknown hard even so.
# The team: named RCPT and given up (Action: failed) hard; unnamed stage filtered; a delay is a delay.
S7 = GO.format("smtp/status/lib.go Name(), reason/why-userunknown.go, smtp/failure/lib.go") + PF
UNK_450 = f"450 4.1.1 <{A}>: Recipient address rejected: User unknown in local recipient table"
B7 = [
    pf("unk450-rcpt-delayed", S7, UNK_450, "4.1.1", "RCPT", _exp(False, ("userunknown",), R, True)),
    pf("unk450-rcpt-given-up", S7, UNK_450, "4.1.1", "RCPT", HARD_USER, action="failed"),
    gm("unk450-gmail-given-up", S7, UNK_450, "4.1.1", FILTERED),
    gm("unk450-gmail-delayed", S7, UNK_450, "4.1.1", _exp(False, (), R, True), action="delayed"),
    xm("unk450-exim-retry-timeout", S7 + "; Exim's ': retry timeout exceeded' (deliver.c)",
       f"{UNK_450}: retry timeout exceeded", "RCPT", HARD_USER),
]

# (8) Suspend before UserUnknown (classorder), a 525 reply suspend (why-suspend.go), a bare 5.2.1
# filtered (status table); a 4.2.1 is blocked in Sisimai's table, suspend in ours (taxonomy section 2).
S8 = GO.format("reason/why-suspend.go, smtp/status/lib.go Name()")
B8 = [
    pf("disabled-521-relayed", S8 + HAND, f"550 5.2.1 <{A}>: Recipient address rejected: Mailbox disabled",
       "5.2.1", "RCPT", _exp(False, ("suspend",), R)),
    pf("reply525-relayed", S8 + "; RFC 5248's 5.7.13 'User Account Disabled' (reply code by hand)",
       "525 5.7.13 User account disabled", "5.7.13", "RCPT", _exp(False, ("suspend",), R)),
    gm("reply525-gmail", S8 + "; RFC 5248's 5.7.13 'User Account Disabled' (reply code by hand)",
       f"525 5.7.13 <{A}>: user account disabled", "5.7.13", _exp(False, ("suspend",), R)),
    pf("bare-521-relayed", S8 + HAND, f"550 5.2.1 <{A}>: Mailbox unavailable", "5.2.1", "RCPT",
       _exp(False, ("filtered", "suspend"), R)),
    pf("disabled-421-delayed", S8 + HAND, f"450 4.2.1 <{A}>: Recipient address rejected: mailbox temporarily "
       "disabled", "4.2.1", "RCPT", _exp(False, ("suspend",), R, True)),
]

# (9) MailboxFull first in classorder, by status (x.2.2) or words; ExceedLimit by 5.2.3; MesgTooBig
# by 5.3.4 / size words; a delayed full mailbox keeps its reason (Find() turns only an
# undecided delay into expired).
S9 = GO.format("reason/why-mailboxfull.go, why-exceedlimit.go, reason/lib.go classorder")
SIZE = ("mesgtoobig", "exceedlimit")
B9 = [
    pf("full-522-relayed", S9 + HAND, f"552 5.2.2 <{A}>: Recipient address rejected: Mailbox full", "5.2.2", "RCPT",
       _exp(False, ("mailboxfull",), R)),
    gm("full-522-gmail", S9 + HAND, "552 5.2.2 Quota exceeded (mailbox for user is full)", "5.2.2",
       _exp(False, ("mailboxfull",), R)),
    pf("full-422-delayed", S9 + HAND, f"452 4.2.2 <{A}>: Mailbox full: over quota", "4.2.2", "RCPT",
       _exp(False, ("mailboxfull",), R, True)),
    pf("length-523-relayed", S9 + "; RFC 3463 X.2.3 'Message length exceeds administrative limit'",
       "552 5.2.3 Message length exceeds administrative limit", "5.2.3", "DATA", _exp(False, SIZE, ANY)),
    pf("sendmail-size-523-at-mail", S9 + "; Sendmail's words (srvrsmtp.c, 'Message size exceeds fixed maximum "
       "message size')", "552 5.2.3 Message size exceeds fixed maximum message size (10485760)", "5.2.3", "MAIL",
       _exp(False, SIZE, ANY)),
    ex("size-534-exo", S9 + HAND, "552 5.3.4 Message size exceeds fixed limit", "5.3.4", _exp(False, SIZE, ANY)),
    qm("qmail-databytes", S9 + "; qmail-smtpd.c's words", "552 sorry, that message size exceeds my databytes limit "
       "(#5.3.4)", "DATA", _exp(False, SIZE, ANY)),
]

# (10) Action: delayed, expired: Find() returns expired for a delay nothing else explains; a final
# notice after the queue lifetime reads expired by x.4.7 / x.4.1 or words.
S10 = GO.format("reason/find.go Find() (delayed => expired), reason/why-expired.go")
TIMEOUT = f"delivery temporarily suspended: connect to {MX}[192.0.2.25]:25: Connection timed out"
B10 = [
    ("timeout-delayed-own", S10 + PF, own_postfix(TIMEOUT, status="4.4.1", address=A, action="delayed"),
     _exp(False, ("expired", "networkerror"), ANY, True)),
    ("timeout-given-up-own", S10 + PF, own_postfix(TIMEOUT, status="4.4.1", address=A),
     _exp(False, ("expired", "networkerror"), ANY)),
    ("lost-greeting-delayed-own", S10 + PF, own_postfix(
        f"delivery temporarily suspended: lost connection with {MX}[192.0.2.25] while receiving the initial server "
        "greeting", status="4.4.2", address=A, action="delayed"), _exp(False, ("expired", "networkerror"), ANY, True)),
    gm("did-not-accept-delayed-gmail", S10 + "; Gmail's own words", "The recipient server did not accept our "
       "requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.partner.example "
       "192.0.2.25: timed out]", "4.4.1", _exp(False, ("expired", "networkerror", "blocked"), ANY, True),
       action="delayed"),
    ("exim-retry-time-not-reached", S10 + "; Exim's words (deliver.c)", exim_own(
        "exim-retry", "retry time not reached for any host after a long failure period", A),
     _exp(False, ("expired",), ANY)),
    ("qmail-queue-too-long", S10 + "; qmail-send.c's words", qmail_own(
        "qmail-queue", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; "
        "this message has been in the queue too long.", A), _exp(False, ("expired",), ANY)),
]

# (11) A refusal at the greeting or EHLO with no status reason: anotherone() reads EHLO/HELO blocked.
S11 = GO.format("reason/find.go anotherone() (EHLO/HELO => blocked)")
B11 = [
    (lambda n: (n, S11 + HAND, pf_verb("550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)", status=None,
                                       verb="EHLO", address=A), _exp(False, ("blocked",), S)))("ehlo-invalid-helo-relayed"),
    (lambda n: (n, S11 + HAND, exim_after(n, "550 Rejected", "EHLO mail.example.net", A),
                _exp(False, ("blocked",), S)))("ehlo-rejected-exim"),
    pf("greeting-not-accepting-from-ip", S11 + HAND, "554 mx.partner.example ESMTP not accepting connections from "
       "192.0.2.7", None, "CONN", _exp(False, ("blocked",), S)),
    qm("greeting-poor-reputation-qmail", S11 + HAND, "554 Your access to this mail system has been rejected due to "
       "the sending MTA's poor reputation.", "CONN", _exp(False, ("blocked", "badreputation"), S)),
]

# (12) HostUnknown steps aside for DNS failures (why-hostunknown.go: a hostunknown status with
# network words is not hostunknown). "Host or domain name not found" with "try again" is temporary.
S12 = GO.format("reason/why-hostunknown.go ProbesInto") + "; Postfix's own words (src/dns/dns_lookup.c)"
TRY = ("delivery temporarily suspended: Host or domain name not found. Name service error for name=partner.example "
       "type=MX: Host not found, try again")
B12 = [
    ("dns-try-again-delayed-own", S12, own_postfix(TRY, status="4.4.3", address=A, action="delayed"),
     _exp(False, ("networkerror",), ANY, True)),
    ("dns-try-again-given-up-own", S12, own_postfix(TRY, status="4.4.3", address=A),
     _exp(False, ("networkerror", "expired"), ANY)),
    ("dns-host-not-found-own", S12, own_postfix(
        "Host or domain name not found. Name service error for name=partner.example type=A: Host not found",
        status="5.4.4", address=A), [(A, True, ("hostunknown",), R, False)]),
]

# (13) The status-subject fallbacks (anotherone(): 5.6 contenterror, 5.7 securityerror) and the
# syntax ones (why-syntaxerror.go; 5.1.3 userunknown by the status table; X-Unix mailererror).
S13 = GO.format("reason/find.go anotherone() fallbacks") + HAND
B13 = [
    pf("st570-transaction-failed", S13, "554 5.7.0 Transaction failed", "5.7.0", "DATA",
       _exp(False, ("securityerror", "policyviolation", "blocked", "spamdetected"), ANY)),
    ex("st560-invalid-header-exo", S13, "554 5.6.0 Message contains invalid header", "5.6.0",
       _exp(False, ("contenterror", "notcompliantrfc"), ANY)),
    pf("syntax-mail-from-relayed", S13, "501 5.5.4 Syntax: MAIL FROM:<address>", "5.5.4", "MAIL",
       _exp(False, ("syntaxerror",), ANY)),
    pf("bad-recipient-syntax-513", S13 + "; Postfix's words (smtpd.c)", "501 5.1.3 Bad recipient address syntax",
       "5.1.3", "RCPT", HARD_USER),
    ("procmail-not-found-own", S13 + "; Postfix's own words (src/global/pipe_command.c)", own_postfix(
        'Command died with status 127: "/usr/bin/procmail". Command output: sh: 1: /usr/bin/procmail: not found',
        status="5.3.0", address=A), _exp(False, ("mailererror", "systemerror"), ANY)),
]

# (14) NotAccept: hard under a 5 class, soft under a 4 one (smtp/failure/lib.go IsHardBounce); the
# status table reads 5.3.2 and 5.7.27 notaccept. Taxonomy: a 5.7.27 is the SENDER's null MX (RFC
# 7505), the envelope sender refused (rejected, soft); Sisimai's table makes it a hard notaccept.
S14 = GO.format("smtp/failure/lib.go IsHardBounce(), smtp/status/lib.go Name()")
B14 = [
    pf("host-does-not-accept-521", S14 + "; RFC 7504's '521 Host does not accept mail' (host name by hand)",
       "521 5.3.2 mx.partner.example does not accept mail", "5.3.2", "CONN", [(A, True, ("notaccept",), R, False)]),
    pf("service-shutting-down-432-delayed", S14 + "; RFC 5321's 421 text (status by hand)", "421 4.3.2 Service "
       "shutting down, closing transmission channel", "4.3.2", "CONN",
       _exp(False, ("notaccept", "systemerror"), ANY, True)),
    ("null-mx-own", S14 + "; Postfix's own words (src/smtp/smtp_addr.c)", own_postfix(
        "Domain partner.example does not accept mail (nullMX)", status="5.1.10", address=A),
     [(A, True, ("notaccept",), R, False)]),
    pf("sender-null-mx-5727-at-mail", S14 + "; RFC 7505 section 4.2's 'Sender address has null MX' (reply line by "
       "hand)", "550 5.7.27 Sender address has null MX", "5.7.27", "MAIL", REJECTED),
]

# (15) The rest of classorder's first pass: HasMoved, NoRelaying, RequirePTR, Speeding and
# TooManyConn before Blocked; Filtered by the x.2.0 / x.2.4 statuses; a full mailbox given up keeps
# its reason (MailboxFull's status test comes before anything about the queue).
S15 = GO.format("reason/lib.go classorder, reason/why-*.go ProbesInto")
B15 = [
    pf("moved-516-relayed", S15 + "; Postfix's relocated(5) words (src/smtpd/smtpd_check.c)", f"550 5.1.6 <{A}>: "
       "Recipient address rejected: User has moved to lead@newpartner.example", "5.1.6", "RCPT",
       [(A, True, ("hasmoved",), R, False)]),
    gm("moved-516-gmail", S15 + "; Postfix's relocated(5) words (src/smtpd/smtpd_check.c)", f"550 5.1.6 <{A}>: "
       "Recipient address rejected: User has moved to lead@newpartner.example", "5.1.6",
       [(A, True, ("hasmoved",), R, False)]),
    pf("moved-416-delayed", S15 + HAND, f"450 4.1.6 <{A}>: Recipient address rejected: User has moved",
       "4.1.6", "RCPT", _exp(False, ("hasmoved",), R, True)),
    pf("relay-access-denied-rcpt", S15 + "; Postfix's words (smtpd_check.c)", f"554 5.7.1 <{A}>: Relay access "
       "denied", "5.7.1", "RCPT", _exp(False, ("norelaying",), ANY)),
    qm("relay-rcpthosts-qmail", S15 + "; qmail-smtpd.c's words", "553 sorry, that domain isn't in my list of allowed "
       "rcpthosts (#5.7.1)", "RCPT", _exp(False, ("norelaying",), ANY)),
    pf("no-ptr-4725-delayed", S15 + "; Postfix's words (reject_unknown_client_hostname)", "450 4.7.25 Client host "
       "rejected: cannot find your hostname, [192.0.2.7]", "4.7.25", "RCPT", _exp(False, ("requireptr",), S, True)),
    xm("no-ptr-5725-exim", S15 + "; Postfix's words (reject_unknown_client_hostname)", "550 5.7.25 Client host "
       "rejected: cannot find your hostname, [192.0.2.7]", "RCPT", _exp(False, ("requireptr",), S)),
    pf("too-many-connections-421", S15 + HAND, "421 4.7.0 mx.partner.example Error: too many connections from "
       "192.0.2.7", "4.7.0", "CONN", _exp(False, ("toomanyconn",), S, True)),
    pf("rate-limit-451-delayed", S15 + HAND, "451 4.7.1 Rate limit exceeded for 192.0.2.7, please slow down",
       "4.7.1", "RCPT", _exp(False, ("speeding",), S, True)),
    pf("full-422-given-up", S15 + HAND, f"452 4.2.2 <{A}>: Mailbox full", "4.2.2", "RCPT",
       _exp(False, ("mailboxfull",), R), action="failed"),
    ex("bare-520-exo", S15 + HAND, "550 5.2.0 Mailbox unavailable", "5.2.0", _exp(False, ("filtered", "suspend",
                                                                                          "onhold"), R)),
    pf("list-expansion-524", S15 + "; RFC 3463 X.2.4 'Mailing list expansion problem'", "550 5.2.4 Mailing list "
       "expansion problem", "5.2.4", "RCPT", _exp(False, ("filtered", "systemerror"), ANY)),
]

# (16) Sisimai decides each recipient alone (Find() per siba.Fact): two recipients of one notice,
# one refused at RCPT as unknown, the other for another cause, each keeps its own reading.
S16 = GO.format("reason/find.go Find(), once per recipient") + HAND
B_ = "sales@partner.example"
B16 = [
    ("two-qmail-unknown-and-full", S16 + "; qmail-remote.c's stage sentences", qmail(
        "two-qmail", [(A, "192.0.2.25 does not like recipient.\nRemote host said: 550 5.1.1 user unknown\nGiving up "
                          "on 192.0.2.25."),
                      (B_, "192.0.2.25 does not like recipient.\nRemote host said: 552 5.2.2 mailbox full\nGiving up "
                           "on 192.0.2.25.")], to=f"{A}, {B_}", host="mail.example.com"),
     [(A, True, ("userunknown",), R, False), (B_, False, ("mailboxfull",), R, False)]),
    ("two-exim-unknown-and-spam", S16 + "; Exim's transports/smtp.c words", exim(
        "two-exim", [(A, f"{MX} [192.0.2.25]", f"SMTP error from remote mail server after RCPT TO:<{A}>: 550 5.1.1 "
                                               "No such user"),
                     (B_, f"{MX} [192.0.2.25]", "SMTP error from remote mail server after end of data: 550 5.7.1 "
                                                "Message rejected as spam by Content Filtering.")],
        to=f"{A}, {B_}", dsn=[(A, "550 5.1.1 No such user"),
                              (B_, "550 5.7.1 Message rejected as spam by Content Filtering.")]),
     [(A, True, ("userunknown",), R, False), (B_, False, ("spamdetected",), ANY, False)]),
    gm("inbox-out-of-storage-gmail-delayed", S9 + "; Google's words (answer 3726730)", "452-4.2.2 The recipient's "
       "inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp "
       "- gsmtp", "4.2.2", _exp(False, ("mailboxfull",), R, True), action="delayed"),
    pf("temporary-lookup-failure-delayed", GO.format("smtp/status/lib.go Name()") + "; Postfix's words "
       "(smtpd_check.c)", f"451 4.3.0 <{A}>: Temporary lookup failure", "4.3.0", "RCPT",
       _exp(False, ("systemerror",), ANY, True)),
]

# (17) The reporting MTA's own failures (a Diagnostic-Code type other than SMTP, or none): Find()
# skips the first pass and anotherone() reads the status table, then the wording lists.
S17 = GO.format("reason/find.go (DiagnosticType not SMTP: anotherone() only)")
B17 = [
    ("exim-unrouteable-own", S17 + "; Exim's words (routers: 'Unrouteable address')", exim_own(
        "exim-unrouteable", "Unrouteable address", A), [(A, True, ("hostunknown",), R, False)]),
    ("exim-retry-timeout-own", S17 + "; Exim's words (deliver.c)", exim_own(
        "exim-retry-timeout", "retry timeout exceeded", A), _exp(False, ("expired",), ANY)),
    ("exim-mailbox-full-own", S17 + "; Exim's appendfile words ('mailbox is full', deliver.c's retry text)",
     exim_own("exim-mailbox-full", "mailbox is full: retry timeout exceeded", A), _exp(False, ("mailboxfull",), R)),
    ("qmail-local-no-mailbox", S17 + "; qmail-local.c's words", qmail_own(
        "qmail-local-none", "Sorry, no mailbox here by that name. (#5.1.1)", A), HARD_USER),
    ("qmail-vpopmail-over-quota", S17 + "; vpopmail's vdelivermail words (weak: as its users quote them)",
     qmail_own("qmail-vpop-quota", "The users mailfolder is over the allowed quota (size). (#5.2.2)", A),
     _exp(False, ("mailboxfull",), R)),
    ("postfix-local-unknown-user", S17 + "; Postfix local(8)'s words (src/local/local.c)", own_postfix(
        'unknown user: "lead"', status="5.1.1", address=A), HARD_USER),
    ("postfix-forwarding-loop", S17 + "; Postfix's words (src/local/recipient.c)", own_postfix(
        f"mail forwarding loop for {A}", status="5.4.6", address=A),
     _exp(False, ("networkerror", "systemerror"), ANY)),
    ("postfix-file-too-large", S17 + "; Postfix local(8)'s words (src/local/mailbox.c)", own_postfix(
        "cannot update mailbox /var/mail/lead for user lead. error writing message: File too large",
        status="5.2.2", address=A), _exp(False, ("mailboxfull",), R)),
]

LOGIC_ROWS = B1 + B2 + B3 + B4 + B5 + B6 + B7 + B8 + B9 + B10 + B11 + B12 + B13 + B14 + B15 + B16 + B17
