"""The fifty-first review: relay refusals and size refusals, each reply as the named server writes
it and laid out as it reaches a sender (our Postfix relay's RFC 3464 report, Exim's bounce after the
command that drew the reply, Sendmail's DSN with its transcript, qmail-send's bounce, Gmail's own DSN
and Exchange Online's own NDR quoting the remote reply). Expected readings were written from the
words and the taxonomy before the classifier ran:

- a relay refusal is norelaying, soft. Where the refusing host is the recipient domain's own MX (the
  domain is not hosted there) the address may still be fine: soft, any scope. Where the refusal is
  our own smarthost's (it wants our login, or its tenant does not know our connector), it is the
  sender's: scope sender, never hard.
- a size refusal is soft: mesgtoobig for the server's message size limit (x.3.4, "message size exceeds
  fixed limit"), exceedlimit or mesgtoobig for a per-recipient limit (x.2.3, "too large for this
  recipient"), mailboxfull where the words say the mailbox's storage (RFC 5321's "exceeded storage
  allocation"); a too-little-space 452 4.3.1 is systemfull and a delay; a limit on OUR sender or
  organisation (Exchange's SendSizeLimit.Sender / .Org) is the sender's.
review_notices51_dns.py holds the unroutable domains. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD
from tests.classifier.review_notices35_layouts import gm_remote, exo_remote, pf, sm_remote
from tests.classifier.review_notices42_layouts import SELLER, exim_after, qmail_remote
from tests.classifier.review_notices51_layouts import (
    BIG, BIG_OR_LIMIT, EXCH_RELAY, EXCH_RESP, EXCH_SIZE, EXIM_RELAY, EXIM_SIZE, FULL, G_RELAY, G_SIZE,
    MISC_RELAY, PF_RELAY, PF_SIZE, QMAIL_RELAY, QMAIL_SIZE, RELAY, RFC_SIZE, S, SM_RELAY, SM_SIZE, SMTPD_RELAY,
    YAHOO_SIZE, soft)

_AFTER = {"MAIL": f"MAIL FROM:<{SELLER}> SIZE=31457280", "RCPT": f"RCPT TO:<{LEAD}>", "DATA": "end of data"}


def _pf(name, reply, status, command):
    return pf(reply, status, command)


def _exim(name, reply, status, command):
    return exim_after(f"r51-{name}", reply, _AFTER[command], LEAD)


def _sm(name, reply, status, command):
    return sm_remote(f"r51-{name}", reply, status, command)


def _qmail(name, reply, status, command):
    return qmail_remote(f"r51-{name}", reply, command, LEAD)


def _gm(name, reply, status, command):
    return gm_remote(reply, status)


def _exo(name, reply, status, command):
    return exo_remote(reply, status)


LAYOUTS = {"pf": _pf, "exim": _exim, "sm": _sm, "qmail": _qmail, "gm": _gm, "exo": _exo}

# (name, source, reply, status, command, layouts, expected). A 4xx reply is laid out only where its
# generator reports it (our Postfix relay's delay notice), a 5xx one in final notices.
_REPLIES = [
    # ---- the recipient domain's MX refuses to relay: the domain is not hosted there. Soft, any scope.
    ("pf-relay-access-denied", PF_RELAY, f"554 5.7.1 <{LEAD}>: Relay access denied", "5.7.1", "RCPT",
     "pf exim sm qmail gm exo", soft(RELAY)),
    ("pf-relay-access-denied-550", PF_RELAY + " (relay_code = 550)", f"550 5.7.1 <{LEAD}>: Relay access denied",
     "5.7.1", "RCPT", "pf gm", soft(RELAY)),
    ("pf-relay-access-denied-454", PF_RELAY + " (soft_bounce / a 4xx relay_code: the reply is 454 4.7.1)",
     f"454 4.7.1 <{LEAD}>: Relay access denied", "4.7.1", "RCPT", "pf", soft(RELAY, delay=True)),
    ("exim-relay-not-permitted", EXIM_RELAY, "550 relay not permitted", "5.0.0", "RCPT", "pf exim sm gm",
     soft(RELAY)),
    ("exim-relay-not-permitted-auth", EXIM_RELAY, "550 relay not permitted, authentication required", "5.0.0",
     "RCPT", "pf exim", soft(RELAY)),
    ("sm-relaying-denied", SM_RELAY, f"550 5.7.1 <{LEAD}>... Relaying denied", "5.7.1", "RCPT",
     "pf exim sm qmail", soft(RELAY)),
    ("sm-relaying-denied-auth", SM_RELAY, f"550 5.7.1 <{LEAD}>... Relaying denied. Proper authentication required.",
     "5.7.1", "RCPT", "pf sm exo", soft(RELAY)),
    ("sm-relaying-denied-ip-lookup", SM_RELAY, f"550 5.7.1 <{LEAD}>... Relaying denied. IP name lookup failed "
     "[192.0.2.7]", "5.7.1", "RCPT", "pf sm", soft(RELAY + ("blocked", "requireptr"))),
    ("qmail-rcpthosts", QMAIL_RELAY, "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
     "5.7.1", "RCPT", "pf exim sm qmail gm exo", soft(RELAY)),
    ("exch-5754-non-accepted-domain", EXCH_RESP + "; " + EXCH_RELAY,
     "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", "5.7.54", "RCPT", "pf exim gm exo",
     soft(RELAY)),
    ("exch-571-unable-to-relay", EXCH_RELAY, "550 5.7.1 Unable to relay", "5.7.1", "RCPT", "pf exim sm",
     soft(RELAY)),
    ("iis-unable-to-relay-for", MISC_RELAY, f"550 5.7.1 Unable to relay for {LEAD}", "5.7.1", "RCPT", "pf qmail",
     soft(RELAY)),
    ("mdaemon-we-do-not-relay", MISC_RELAY, f"551 5.7.1 <{LEAD}>... We do not relay non-local mail", "5.7.1", "RCPT",
     "pf exim", soft(RELAY)),
    ("courier-relaying-denied", MISC_RELAY, "513 Relaying denied.", "5.7.1", "RCPT", "pf exim", soft(RELAY)),
    ("domino-relay-rejected", MISC_RELAY, "554 Relay rejected for policy reasons.", "5.7.1", "RCPT", "pf gm",
     soft(RELAY)),
    ("icewarp-relaying-not-allowed", MISC_RELAY, "550 5.7.1 Relaying not allowed", "5.7.1", "RCPT", "pf",
     soft(RELAY)),
    ("kerio-not-permitted-to-relay", MISC_RELAY, f"550 5.7.1 {SELLER} is not permitted to relay through this server "
     "without authentication", "5.7.1", "RCPT", "pf exim", soft(RELAY)),
    ("hmail-delivery-not-allowed", MISC_RELAY, "550 Delivery is not allowed to this address.", "5.0.0", "RCPT",
     "pf", soft(RELAY + ("filtered", "userunknown", "policyviolation", "securityerror", "rejected"))),
    ("smtpd-relay-denied-old", SMTPD_RELAY, f"550 5.7.1 <{LEAD}>: Relay denied", "5.7.1", "RCPT", "pf exim",
     soft(RELAY)),
    # ---- our own smarthost refuses us (its login, its tenant, its relay service): the sender's.
    ("exo-5764-tenant-attribution", EXCH_RELAY, "550 5.7.64 TenantAttribution; Relay Access Denied "
     "[BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]", "5.7.64", "RCPT", "pf exo", soft(RELAY, S)),
    ("gsmtp-relay-invalid-credentials", G_RELAY, "550 5.7.0 Mail relay denied [192.0.2.7]. Invalid credentials for "
     "relay for one of the domains in: example.com (as obtained from HELO and MAIL FROM). Email is being sent from a "
     "domain or IP address which isn't registered in your Workspace account. - gsmtp", "5.7.0", "MAIL", "pf exim",
     soft(RELAY + ("securityerror", "rejected"), S)),
    ("sm-relaying-denied-auth-at-mail", SM_RELAY + " (at MAIL FROM, a submission server's access rule)",
     f"550 5.7.1 <{SELLER}>... Relaying denied. Proper authentication required.", "5.7.1", "MAIL", "pf sm",
     soft(RELAY + ("securityerror", "rejected"), S)),
    ("pf-relay-access-denied-sender", PF_RELAY + " (smtpd_relay_restrictions at our relay's submission port, "
     "naming the sender as a milter's rewrite does)", f"554 5.7.1 <{SELLER}>: Relay access denied", "5.7.1", "MAIL",
     "pf", soft(RELAY, S)),
    # ---- size refusals: the server's limit at MAIL FROM with SIZE=, at RCPT, after DATA.
    ("pf-size-fixed-limit-mail", PF_SIZE, "552 5.3.4 Message size exceeds fixed limit", "5.3.4", "MAIL",
     "pf exim sm qmail gm exo", soft(BIG)),
    ("pf-size-file-too-big-data", PF_SIZE, "552 5.3.4 Error: message file too big", "5.3.4", "DATA",
     "pf exim sm qmail", soft(BIG)),
    ("pf-size-insufficient-storage", PF_SIZE, "452 4.3.1 Insufficient system storage", "4.3.1", "MAIL", "pf",
     soft(("systemfull",), delay=True)),
    ("exim-size-max-permitted-mail", EXIM_SIZE, "552 Message size exceeds maximum permitted", "5.3.4", "MAIL",
     "pf exim sm gm", soft(BIG)),
    ("exim-size-max-permitted-data", EXIM_SIZE, "552 Message size exceeds maximum permitted", "5.3.4", "DATA",
     "exim qmail exo", soft(BIG)),
    ("sm-size-fixed-max-mail", SM_SIZE, "552 5.2.3 Message size exceeds fixed maximum message size (10485760)",
     "5.2.3", "MAIL", "pf exim sm qmail gm", soft(BIG_OR_LIMIT)),
    ("sm-size-maximum-value", SM_SIZE, "552 5.3.4 Message size exceeds maximum value", "5.3.4", "DATA",
     "pf sm exo", soft(BIG)),
    ("sm-size-too-large-bytes-max", SM_SIZE, "552 5.2.3 Message is too large; 10485760 bytes max", "5.2.3", "DATA",
     "pf sm", soft(BIG_OR_LIMIT)),
    ("qmail-databytes", QMAIL_SIZE, "552 sorry, that message size exceeds my databytes limit (#5.3.4)", "5.3.4",
     "DATA", "pf exim qmail gm", soft(BIG)),
    ("exch-recip-size-limit", EXCH_RESP + "; " + EXCH_SIZE,
     "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", "5.2.3", "RCPT",
     "pf exim gm exo", soft(BIG_OR_LIMIT)),
    ("exch-routing-size-limit", EXCH_SIZE, "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size "
     "for route", "5.3.4", "DATA", "pf exo", soft(BIG)),
    ("exch-receive-connector-size", EXCH_SIZE, "552 5.3.4 Message size exceeds fixed maximum message size", "5.3.4",
     "MAIL", "pf exim sm gm", soft(BIG)),
    ("gmail-552-534", G_SIZE, "552-5.3.4 Your message exceeded Google's message size limits. For more information, "
     "visit https://support.google.com/mail/?p=MaxSizeError d2e1a72fcca58-7a1b2c3d4e5sm123456b3a.55 - gsmtp",
     "5.3.4", "DATA", "pf exim sm exo", soft(BIG)),
    ("gmail-552-523", G_SIZE, "552-5.2.3 Your message exceeded Google's message size limits. For more information, "
     "visit https://support.google.com/mail/?p=MaxSizeError a640c23a62f3a-b1c2d3e4f5sm987654ob.12 - gsmtp",
     "5.2.3", "DATA", "pf exim exo", soft(BIG_OR_LIMIT)),
    ("yahoo-size-exceeds-limit", YAHOO_SIZE, "552 message size exceeds limit", "5.3.4", "DATA", "pf exim",
     soft(BIG)),
    ("rfc-length-admin-limit", RFC_SIZE, "552 5.2.3 Message length exceeds administrative limit", "5.2.3", "DATA",
     "pf sm", soft(BIG_OR_LIMIT)),
    # ---- the boundary with a full mailbox: the words say the mailbox's storage, not the message's size.
    ("rfc-exceeded-storage-allocation", RFC_SIZE, "552 Requested mail action aborted: exceeded storage allocation",
     "5.2.2", "DATA", "pf exim qmail", soft(FULL)),
    ("size-would-exceed-quota", RFC_SIZE + "; Dovecot quota plugin ('Quota exceeded (mailbox for user is full)')",
     "552 5.2.2 Quota exceeded (mailbox for user is full)", "5.2.2", "DATA", "pf exim", soft(FULL)),
    # ---- a limit on OUR sender or organisation: the sender's, soft.
    ("exch-send-size-limit-sender", EXCH_RESP, "550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for "
     "this sender", "5.2.3", "RCPT", "pf exo", soft(BIG_OR_LIMIT, S)),
    ("exch-send-size-limit-org", EXCH_SIZE, "550 5.3.4 SendSizeLimit.Org; message too large for this organization",
     "5.3.4", "RCPT", "exo", soft(BIG_OR_LIMIT, S)),
]

ROWS = [(f"{name}-{lay}", source, LAYOUTS[lay](f"{name}-{lay}", reply, status, command), expected)
        for name, source, reply, status, command, lays, expected in _REPLIES for lay in lays.split()]
