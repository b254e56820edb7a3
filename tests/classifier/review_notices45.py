"""The forty-fifth review: bulk senders' MTAs' own bounce classification rules as an outside
opinion. Here PowerMTA's default <bounce-category-patterns> (its shipped config's rules, as
copied in blog.csdn.net/csdn515/article/details/77112232 and gist ron813c/fe45d890: bad-mailbox,
inactive-mailbox, quota-issues, invalid-sender, bad-domain, relaying-issues, policy-related,
protocol-errors, routing-errors, "Too many ... recipients" as other). Each pattern is written out
as the reply a server says in those words (the server named where one is known), at the stage it
is said, in our Postfix relay's RFC 3464 report and in Exim's or Sendmail's bounce; the
invalid-sender patterns are the controls where the words are about OUR sender (soft, never the
prospect's fault), a 4xx form of a bad-mailbox pattern is a delay, and a few bad-mailbox
wordings are put in Exim's sender-verification callout (review 32's layout: the words then name
the seller's address). Expectations are the taxonomy's reading of the words, written before the
classifier ran. review_notices45_more.py holds Mautic's, the bounce_email gem's, Momentum's and
Postal's rows; test_review_notices45.py runs both. All HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices37_layouts as l37
from tests.classifier.notices import LEAD, gmail_own, relayed
from tests.classifier.review_notices2 import R, UNKNOWN
from tests.classifier.review_notices32 import CALLOUT, SELLER, _callout
from tests.classifier.review_notices35_layouts import exim_remote, sm_remote

PMTA = ("PowerMTA default config <bounce-category-patterns> (as blog.csdn.net/csdn515/article/details/77112232 "
        "copies it)")
HOST = ("hostunknown",)
GONE = ("userunknown", "hasmoved")
DEAD_DOMAIN = ("hostunknown", "notaccept", "hasmoved")
SUSPEND = ("suspend",)
FULL = ("mailboxfull",)
SENDER = ("rejected",)


def hard(reasons: tuple = UNKNOWN) -> list[tuple]:
    return [(LEAD, True, tuple(reasons), R, False)]


def soft(reasons: tuple = (), scope: str = "") -> list[tuple]:
    return [(LEAD, False, tuple(reasons), scope, False)]


def delay(reasons: tuple = (), address: str = LEAD) -> list[tuple]:
    return [(address, False, tuple(reasons), "", True)]


# (id, the PowerMTA pattern and category, the reply as a server says it, status, SMTP command,
#  expected, layouts: p = our Postfix relay's DSN, e = Exim's bounce, s = Sendmail's DSN)
PHRASES = [
    # bad-mailbox: /(No such|bad|invalid|unknown|illegal|unavailable) (local +)?(user|mailbox|...)/
    ("no-such-local-user", "bad-mailbox 'No such local user'", "550 No such local user", "5.0.0", "RCPT",
     hard(), "pe"),
    ("unknown-mailbox", "bad-mailbox 'unknown mailbox'", "550 <lead@example.org>: unknown mailbox", "5.0.0", "RCPT",
     hard(), "ps"),
    ("illegal-recipient", "bad-mailbox 'illegal recipient'", "553 illegal recipient lead@example.org", "5.0.0", "RCPT",
     hard(), "pe"),
    ("invalid-mailbox", "bad-mailbox 'invalid mailbox'", "550 Invalid mailbox: lead@example.org", "5.0.0", "RCPT",
     hard(), "ps"),
    ("bad-address", "bad-mailbox 'bad address'", "501 #5.1.1 bad address lead@example.org", "5.1.1", "RCPT",
     hard(), "pe"),
    # bad-mailbox: /(user|mailbox|...) +(\S+@\S+ +)?(not (a +)?valid|not known|not here|not found|does not exist|...)/
    ("recipient-not-found", "bad-mailbox '(recipient) (a@b) not found'", "550 Recipient lead@example.org not found",
     "5.0.0", "RCPT", hard(), "ps"),
    ("user-not-known", "bad-mailbox '(user) not known'", "550 User not known", "5.0.0", "RCPT", hard(), "pe"),
    ("mailbox-does-not-exist", "bad-mailbox '(mailbox) does not exist'", "550 Mailbox does not exist", "5.0.0", "RCPT",
     hard(), "ps"),
    ("address-not-here", "bad-mailbox '(address) not here'", "550 Address lead@example.org not here", "5.0.0", "RCPT",
     hard(), "pe"),
    # bad-mailbox: /\S+@\S+ +(is +)?(not (a +)?valid|...)/
    ("at-not-valid", "bad-mailbox 'a@b is not a valid ...'", "550 lead@example.org is not a valid mailbox", "5.0.0",
     "RCPT", hard(), "ps"),
    ("no-mailbox-here", "bad-mailbox 'no mailbox here by that name' (qmail/vpopmail chkuser's wording)",
     "553 sorry, no mailbox here by that name. (#5.1.1)", "5.1.1", "RCPT", hard(), "pe"),
    ("not-our-customer", "bad-mailbox 'not our customer'", "551 not our customer", "5.0.0", "RCPT", hard(), "ps"),
    ("no-longer-valid", "bad-mailbox 'no longer (valid|available)'", "550 Address no longer valid", "5.0.0", "RCPT",
     hard(GONE), "pe"),
    ("no-longer-available", "bad-mailbox 'no longer (valid|available)'",
     "550 5.1.6 lead@example.org is no longer available", "5.1.6", "RCPT", hard(GONE), "ps"),
    ("have-account", "bad-mailbox 'have a \\S+ account' (Yahoo's old 'This user doesn't have a yahoo.com account')",
     "554 delivery error: dd This user doesn't have a yahoo.com account (lead@example.org) [0] - "
     "mta1234.mail.ne1.yahoo.com", "5.0.0", "DATA", hard(), "pe"),
    # other: /Too many (bad|invalid|unknown|...) (user|recipient|...)/: about the sender's list, not this address
    ("too-many-invalid-5xx", "other 'Too many invalid recipients' (a refusal of the sender, not of this address)",
     "550 5.7.1 Too many invalid recipients", "5.7.1", "RCPT", soft(), "pe"),
    ("too-many-unknown-users", "other 'Too many unknown users'",
     "554 5.7.1 Too many unknown users from your IP, try again later", "5.7.1", "RCPT", soft(), "ps"),
    ("too-many-bad-rcpt-4xx", "other 'Too many bad recipients' under 4xx", "452 4.5.3 Too many bad recipients",
     "4.5.3", "RCPT", delay(), "p"),
    # inactive-mailbox: /(user|mailbox|...) (has|has been|is)? *(currently|temporarily +)?(disabled|expired|inactive|not activated)/
    ("user-is-inactive", "inactive-mailbox '(user) is inactive' (eyou MTA)", "553 user is inactive", "5.0.0", "RCPT",
     soft(SUSPEND), "pe"),
    ("mailbox-has-been-disabled", "inactive-mailbox '(mailbox) has been disabled'", "550 Mailbox has been disabled",
     "5.0.0", "RCPT", soft(SUSPEND), "ps"),
    ("account-expired", "inactive-mailbox '(account) expired'", "550 Account expired", "5.0.0", "RCPT",
     soft(SUSPEND), "pe"),
    ("account-not-activated", "inactive-mailbox '(account) not activated'",
     "550 <lead@example.org>... User account not activated", "5.0.0", "RCPT", soft(SUSPEND), "ps"),
    ("mailbox-temporarily-disabled", "inactive-mailbox '(mailbox) temporarily disabled' under 4xx",
     "452 4.2.1 mailbox temporarily disabled: lead@example.org", "4.2.1", "RCPT", delay(), "p"),
    ("conta-inativa", "inactive-mailbox '(conta|usu.rio) inativ(a|o)' (Portuguese)", "550 5.2.1 Conta inativa",
     "5.2.1", "RCPT", soft(SUSPEND), "pe"),
    ("usuario-inativo", "inactive-mailbox '(conta|usu.rio) inativ(a|o)' (Portuguese)",
     "550 Usuario inativo: lead@example.org", "5.0.0", "RCPT", soft(SUSPEND), "ps"),
    ("account-inactive", "inactive-mailbox 'Account Inactive' (the later copy's line)",
     "550 lead@example.org Account Inactive", "5.0.0", "RCPT", soft(SUSPEND), "pe"),
    # quota-issues: /quota/, /limit exceeded/, /mailbox +(is +)?full/, /\bstorage\b/
    ("quota", "quota-issues /quota/", "552 5.2.2 Quota exceeded (mailbox for user is full)", "5.2.2", "RCPT",
     soft(FULL), "pe"),
    ("mailbox-full-4xx", "quota-issues 'mailbox is full' under 4xx", "452 4.2.2 Mailbox is full", "4.2.2", "RCPT",
     delay(FULL), "p"),
    ("storage", "quota-issues /\\bstorage\\b/", "552 recipient storage full, try again later", "5.0.0", "RCPT",
     soft(FULL), "ps"),
    ("system-storage", "quota-issues /\\bstorage\\b/ (RFC 5321's 452 text: the server's disk, not the mailbox)",
     "452 4.3.1 Insufficient system storage", "4.3.1", "RCPT", delay(("systemfull",)), "p"),
    ("limit-exceeded-rate", "quota-issues /limit exceeded/ said of the sender's rate (Sendmail FEATURE(ratecontrol))",
     "421 4.3.2 Connection rate limit exceeded.", "4.3.2", "CONN", delay(), "p"),
    ("limit-exceeded-size", "quota-issues /limit exceeded/ said of the message's size (Momentum's reply)",
     "552 5.3.4 message size limit exceeded", "5.3.4", "DATA", soft(("mesgtoobig", "exceedlimit")), "pe"),
    # invalid-sender: the controls; every one names OUR sender or its domain, never the prospect
    ("sender-verify-failed", "invalid-sender 'sender verify failed' (Exim's callout summary line)",
     "550 Sender verify failed", "5.0.0", "RCPT", soft(), "pe"),
    ("sender-not-verified", "invalid-sender 'sender could not be verified'",
     "450 4.1.7 <seller@example.com>: Sender address could not be verified", "4.1.7", "RCPT", delay(), "p"),
    ("sender-domain-must-exist", "invalid-sender 'sender domain must exist' (qmail's 'your envelope sender domain "
     "must exist')", "553 sorry, your envelope sender domain must exist (#5.7.1)", "5.7.1", "MAIL", soft(), "pe"),
    ("unable-verify-sender", "invalid-sender 'unable to verify sender'",
     "550 5.7.1 Unable to verify sender address <seller@example.com>", "5.7.1", "MAIL", soft(), "ps"),
    ("requires-valid-sender-domain", "invalid-sender 'requires valid sender domain'",
     "553 5.1.8 This server requires valid sender domain", "5.1.8", "MAIL", soft(), "pe"),
    ("bad-senders-system-address", "invalid-sender 'bad sender's system address' (RFC 3463 X.1.8's name)",
     "553 5.1.8 Bad sender's system address", "5.1.8", "MAIL", soft(), "ps"),
    ("no-mx-envelope-sender", "invalid-sender 'No MX for envelope sender domain'",
     "550 5.7.1 No MX for envelope sender domain example.com", "5.7.1", "MAIL", soft(), "pe"),
    ("no-mail-hosts", "invalid-sender 'no mail hosts for domain'",
     "553 5.1.8 <seller@example.com>: Sender rejected: no mail hosts for domain example.com", "5.1.8", "MAIL",
     soft(), "ps"),
    ("domain-no-dns-mx", "invalid-sender 'Your domain has no DNS/MX entries'",
     "550 Your domain has no DNS/MX entries", "5.0.0", "MAIL", soft(), "pe"),
    ("aol-dns-failure", "invalid-sender 'REQUESTED ACTION NOT TAKEN: DNS FAILURE' (AOL's refusal of a sender domain)",
     "550 REQUESTED ACTION NOT TAKEN: DNS FAILURE", "5.0.0", "MAIL", soft(), "ps"),
    ("domain-of-sender", "invalid-sender 'Domain of sender address' (Sendmail proto.m4 check_mail)",
     "553 5.1.8 <seller@example.com>... Domain of sender address seller@example.com does not exist", "5.1.8",
     "MAIL", soft(), "pe"),
    ("return-mx", "invalid-sender 'return MX does not exist'", "553 return MX does not exist", "5.0.0", "MAIL",
     soft(), "ps"),
    ("invalid-sender-domain", "invalid-sender 'Invalid sender domain'", "550 5.7.1 Invalid sender domain",
     "5.7.1", "MAIL", soft(), "pe"),
    ("verification-failed", "invalid-sender 'Verification failed' (Exim's callout's first line)",
     "550 Verification failed for <seller@example.com>", "5.0.0", "RCPT", soft(), "ps"),
    # bad-domain: /domain (retired|bad|invalid|unknown|illegal|unavailable)/, /domain no longer in use/, /domain .. obsolete/
    ("domain-retired", "bad-domain 'domain retired'", "550 5.1.2 Domain retired: example.org", "5.1.2", "RCPT",
     hard(DEAD_DOMAIN), "pe"),
    ("domain-no-longer-in-use", "bad-domain 'domain no longer in use'", "550 Domain no longer in use", "5.0.0",
     "RCPT", hard(DEAD_DOMAIN), "ps"),
    ("domain-obsolete", "bad-domain 'domain (x )?(is )?obsolete'", "550 Domain example.org is obsolete", "5.0.0",
     "RCPT", hard(DEAD_DOMAIN), "pe"),
    ("domain-unknown", "bad-domain 'domain unknown'", "550 5.1.2 <lead@example.org>: domain unknown", "5.1.2",
     "RCPT", hard(HOST), "ps"),
    # relaying-issues, policy-related, protocol-errors, routing-errors
    ("relay-access-denied", "relaying-issues /\\brelay(ing)?/", "554 5.7.1 <lead@example.org>: Relay access denied",
     "5.7.1", "RCPT", soft(("norelaying",)), "pe"),
    ("recipient-access-denied", "policy-related /denied/ (Postfix check_recipient_access REJECT)",
     "554 5.7.1 <lead@example.org>: Recipient address rejected: Access denied", "5.7.1", "RCPT", soft(), "ps"),
    ("prohibit", "policy-related /prohibit/", "550 5.7.1 Delivery prohibited by policy", "5.7.1", "DATA", soft(), "pe"),
    ("banned", "policy-related /banned/", "550 5.7.1 Your IP address is banned", "5.7.1", "CONN", soft(), "ps"),
    ("suspicious-activity", "policy-related 'suspicious activity'",
     "554 5.7.1 Message rejected because of suspicious activity", "5.7.1", "DATA", soft(), "pe"),
    ("bad-sequence", "protocol-errors 'bad sequence'", "503 5.5.1 Bad sequence of commands", "5.5.1", "DATA",
     soft(), "ps"),
    ("syntax-error", "protocol-errors 'syntax error'", "501 5.5.2 Syntax error in parameters or arguments", "5.5.2",
     "MAIL", soft(), "pe"),
    ("unrouteable", "routing-errors /\\bunrouteable\\b/ (a remote Exim's router finding no route for the "
     "recipient: verify.c 'Unrouteable address')", "550 Unrouteable address", "5.0.0", "RCPT",
     hard(("userunknown", "hostunknown")), "ps"),
    ("unable-to-route-4xx", "routing-errors /^[45]\\.4\\.4/ under 4xx", "451 4.4.4 Unable to route: try again later",
     "4.4.4", "RCPT", delay(), "p"),
]

_HOSTS = {"e": "exim", "s": "sendmail", "p": "postfix"}


def _row(pid, what, reply, status, command, expected, layout) -> tuple:
    source = f"{PMTA}: {what}"
    name = f"pmta-{pid}-{_HOSTS[layout]}"
    if layout == "p":
        raw = relayed(reply, status=status, command=command)
    elif layout == "e":
        raw = exim_remote(f"r45-{pid}", reply, command)
    else:
        raw = sm_remote(f"r45-{pid}", reply, status, command)
    return name, f"{source}; {_HOSTS[layout]} layout", raw, expected


ROWS = [_row(*p[:6], layout) for p in PHRASES for layout in p[6]]

# A bad-mailbox wording inside Exim's sender-verification callout: the words are the SELLER's
# server's answer about the seller's address (review 32's layout), the prospect is live.
CALLED = ["no-such-local-user", "unknown-mailbox", "recipient-not-found", "at-not-valid", "not-our-customer",
          "no-longer-valid"]
_REPLY = {p[0]: p[2].split(" ", 1)[1].replace("lead@example.org", SELLER) for p in PHRASES}
ROWS += [(f"pmta-{pid}-callout", f"{CALLOUT}; the words: {PMTA}", relayed(_callout(_REPLY[pid]), status="5.0.0"),
          soft()) for pid in CALLED]

# The same bad-mailbox wordings under a 4xx code in a delay notice (review 37's layouts): never final.
DELAYED = ["no-such-local-user", "mailbox-does-not-exist", "not-our-customer", "domain-no-longer-in-use"]
ROWS += [(f"pmta-{pid}-{kind}", f"{src}; the words: {PMTA}",
          build(f"r45 {pid} {kind}", "450 4.2.0 " + _REPLY[pid].replace(SELLER, l37.DELAY_LEAD), "4.2.0"),
          delay((), l37.DELAY_LEAD)) for pid in DELAYED for kind, build, src in l37.DELAYS]

# Controls for the wordings this review added (classifier/rule_wordings.py): a real missing user stays
# hard beside a warning about bad-address counts; the new missing-domain and missing-address words
# said of OUR sender's domain or address stay soft.
PF_SENDER = "Postfix smtpd_check.c sender restriction reply shape ('<s>: Sender address rejected: ...')"
ROWS += [
    ("pmta-flood-beside-unknown", f"{PMTA}: 'Too many ... recipients' beside Postfix's own 'User unknown in "
     "virtual mailbox table' (smtpd_check.c); the missing user is still named",
     relayed("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in virtual mailbox table; too "
             "many invalid recipients will block your IP", status="5.1.1"), hard()),
    ("pmta-domain-no-longer-in-use-sender", f"{PF_SENDER}; the words: {PMTA} bad-domain 'domain no longer in use'",
     relayed(f"553 5.1.8 <{SELLER}>: Sender address rejected: Domain no longer in use", status="5.1.8",
             command="MAIL"), soft()),
    ("pmta-domain-no-longer-in-use-sender-rcpt", f"{PF_SENDER} at RCPT (smtpd_delay_reject); the words: {PMTA}",
     relayed(f"553 5.1.8 <{SELLER}>: Sender address rejected: Domain no longer in use", status="5.1.8"), soft()),
    ("pmta-domain-obsolete-sender", f"{PF_SENDER}; the words: {PMTA} bad-domain 'domain ... is obsolete'",
     relayed(f"553 5.1.8 <{SELLER}>: Sender address rejected: Sender domain example.com is obsolete",
             status="5.1.8"), soft()),
    ("pmta-address-no-longer-valid-sender", f"{PF_SENDER}; the words: {PMTA} bad-mailbox 'no longer valid'",
     relayed(f"553 5.1.7 <{SELLER}>: Sender address rejected: sender address no longer valid", status="5.1.7"),
     soft()),
    ("pmta-flood-gmail", f"{PMTA}: other 'Too many invalid recipients', as Gmail's DSN quotes it (no stage named)",
     gmail_own("550 5.7.1 Too many invalid recipients", status="5.7.1", heading="Message not delivered",
               body="Your message wasn't delivered to lead@example.org because the remote server returned an "
                    "error.", remote="mx.example.org"), soft()),
]

# The wordings this review added (classifier/rule_wordings.py) inside Exim's sender-verification
# callout (review 32's layout: the seller's own server answering about the seller), and a forwarding
# target's address said to be no longer valid: soft.
ADDED = [("domain-no-longer-in-use", "Domain no longer in use"),
         ("user-not-member", f"User not a member of domain: <{SELLER}>"),
         ("domain-obsolete", "Domain example.com is obsolete"),
         ("route-rejects", "Route does not accept incoming messages"),
         ("conta-inativa", "Conta inativa")]
ROWS += [(f"pmta-added-{pid}-callout", f"{CALLOUT}; the words: {PMTA} / review 45's additions",
          relayed(_callout(words), status="5.0.0"), soft()) for pid, words in ADDED]
ROWS += [("pmta-forwarding-no-longer-valid", f"{PMTA} bad-mailbox 'no longer (valid|available)' said of a "
          "forwarding target (the recipient's configuration, review 44's call on forwards): soft",
          relayed("550 Forwarding address no longer valid", status="5.0.0"), soft())]
