"""The fifty-third review: an adversarial false-hard / false-soft audit of the rules added in the hour
before it (0e80a1f..b057108): soft_wordings.SENDER_REFUSED's 'your account is disabled / suspended /
locked / blocked / over quota' and 'sender account disabled' (a refusal of OUR account: rejected,
scope sender), rule_wordings' 'no data record of requested type' kept only after 'query failed:'
(Postfix's NO_DATA now hostunknown, hard; review 51), and severity.scope_of's size refusal naming our
side's limit (review 51). For each: the positive control (the words as their source writes them)
and hand-made counter-examples placing the same words where they are not about the recipient's
mailbox being gone (said of the recipient's account by 'the account you tried to reach', a 4xx, the
sender's domain, our relay host, a delay) or where a real recipient failure stands beside them.
Each reply is laid out with review 52's layouts (review_notices52._rows: our Postfix relay's report,
Exim's bounce, Postfix's plain notice, MDaemon's DSN with its transcript, an RFC 3464 report naming no
stage). Expectations are the taxonomy's reading of the words, written before the classifier ran.
review_notices53_more.py holds the single notices (Exchange NDRs, qmail, encoded status parts).
All HAND-MADE; the source field names the rule audited and the server whose words are used."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, own_postfix, relayed
from tests.classifier.review_notices17 import postfix as r17_postfix
from tests.classifier.review_notices52 import _rows

SELLER = "seller@example.com"
R, S, ANY = "recipient", "sender", ""
UNKNOWN, HOST, OFF, FULL = ("userunknown",), ("hostunknown",), ("suspend",), ("mailboxfull",)
BIG = ("mesgtoobig", "exceedlimit")
CE = "counter-example (hand-made): "

OURS = ("soft_wordings.SENDER_REFUSED 'your account is ...' / 'sender account disabled' (commit 00ebc3a, review 52: "
        "a smarthost's or provider's refusal of our own account)")
GMAIL = ("Google 'Gmail SMTP errors and codes' (a/answer/3726730): '550 5.2.1 The email account that you tried to reach "
         "is disabled', '552 5.2.2 The email account that you tried to reach is over quota', '550 5.1.1 The email "
         "account that you tried to reach does not exist'")
YAHOO = "Yahoo Sender Hub 'SMTP error codes' ('554 delivery error: dd This user doesn't have a yahoo.com account')"
PF_SASL = "Postfix smtp_sasl_glue.c ('SASL authentication failed; server %s said: %s'), RFC 5248 5.7.13"

REMOTE = ("pf", "exim", "plain", "md")
# (id, the reply, status, stage, expected reasons, hard, scope, layouts, source): review 52's shape.
WORDINGS = [
    # ---- positive controls: our own account refused (scope sender, soft).
    ("ours-disabled-for-sending", "550 5.7.1 Your account is disabled for sending", "5.7.1", "MAIL", (), False, S,
     ("pf", "exim", "md"), f"{OURS}: the positive control, at MAIL FROM"),
    ("ours-over-quota-mail", "550 5.7.0 Your account is over quota", "5.7.0", "MAIL", (), False, S,
     ("pf", "exim", "md"), f"{OURS}: the positive control (our provider's sending quota)"),
    ("ours-suspended-rcpt", "554 5.7.1 Your account has been suspended, contact support", "5.7.1", "RCPT", (),
     False, S, ("pf", "exim", "plain"), f"{OURS}: our account, said at RCPT by a smarthost"),
    ("ours-sender-account-disabled", "554 5.7.1 Sender account disabled", "5.7.1", "RCPT", (), False, S,
     ("pf", "exim", "plain", "md"), f"{OURS}: 'sender account' names ours"),
    ("ours-locked-dsn", "550 5.7.1 Your account is locked. Please log in to unlock it.", "5.7.1", "RCPT", (),
     False, ANY, ("dsn",), f"{OURS}: no stage named; soft whoever"),
    # ---- the recipient's account in the words of the reply (not 'your'): not ours.
    ("gm-tried-to-reach-disabled", "550 5.2.1 The email account that you tried to reach is disabled.", "5.2.1",
     "RCPT", OFF, False, R, REMOTE, f"{GMAIL}; {CE}'account' of the recipient beside the new words"),
    ("gm-tried-to-reach-over-quota", "552 5.2.2 The email account that you tried to reach is over quota.",
     "5.2.2", "RCPT", FULL, False, R, REMOTE, f"{GMAIL}; {CE}the recipient's quota, 'account ... is over quota'"),
    ("trying-to-reach-suspended", "550 5.2.1 The account you are trying to reach has been suspended", "5.2.1",
     "RCPT", OFF, False, R, ("pf", "exim", "plain"), f"{OURS}; {CE}'the account you are trying to reach'"),
    ("recipient-account-disabled", f"550 5.2.1 <{LEAD}>: Recipient account is disabled", "5.2.1", "RCPT", OFF,
     False, R, ("pf", "exim"), f"{OURS}; {CE}the recipient's account so named"),
    ("recipients-account-locked", "550 5.2.1 The recipient's account is locked", "5.2.1", "RCPT", OFF, False, R,
     ("pf", "exim"), f"{OURS}; {CE}'the recipient's account is locked' (no 'your')"),
    ("mailbox-of-account-blocked", "550 5.2.1 Mailbox unavailable: this account has been blocked", "5.2.1", "RCPT",
     OFF + ("filtered",), False, R, ("pf", "exim"),
     f"{OURS}; {CE}'this account has been blocked' (no 'your'; 'blocked' leaves 5.2.1's default, filtered, taxonomy 2)"),
    ("account-you-tried-locked", "550 5.2.1 The account you tried to reach is locked", "5.2.1", "RCPT",
     OFF + ("filtered",), False, R, ("pf", "exim"),
     f"{OURS}; {CE}'the account you tried to reach' (no 'your'; 5.2.1's default, filtered, taxonomy 2)"),
    # ---- a real missing user beside 'your account' words: the user stays gone (hard).
    ("unknown-then-your-account", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown; if your account "
     "is locked, contact support", "5.1.1", "RCPT", UNKNOWN, True, R, ("pf", "exim", "plain", "md", "dsn"),
     f"{OURS}; {CE}a missing user whose reply ends with a help line for the server's own users"),
    ("gm-not-exist-your-account", "550 5.1.1 The email account that you tried to reach does not exist. If your "
     "account is blocked, visit the help centre.", "5.1.1", "RCPT", UNKNOWN, True, R, ("pf", "exim", "plain"),
     f"{GMAIL}; {CE}a missing user, a help line after it"),
    ("yahoo-dd-your-account", "554 delivery error: dd This user doesn't have a yahoo.com account (your account is "
     "not blocked)", "5.0.0", "RCPT", UNKNOWN, True, R, ("pf", "exim"),
     f"{YAHOO}; {CE}a missing user with the words negated after it (vague status)"),
    ("no-such-user-your-account-vague", "550 No such user here. Your account is not suspended; check the address",
     "5.0.0", "RCPT", UNKNOWN, True, R, ("pf", "exim", "dsn"),
     f"{OURS}; {CE}'no such user' first, the words after it, a vague 5.0.0 status"),
    ("unknown-then-over-quota-help", "550 5.1.1 User unknown. If your account is over quota, empty your mailbox first",
     "5.1.1", "RCPT", UNKNOWN, True, R, REMOTE, f"{OURS}; {CE}a missing user, then a help line naming 'your account'"),
    ("full-your-account-owner", f"552 5.2.2 {LEAD}: mailbox full (your account is over quota)", "5.2.2", "RCPT",
     FULL + ("rejected",), False, ANY, ("pf", "exim", "plain"),
     f"{OURS}; {CE}a full mailbox in words written for its owner: soft whoever is meant"),
    # ---- our own account, more wordings.
    ("ours-blocked-mail", "550 5.7.1 Your account has been blocked for sending spam", "5.7.1", "MAIL", (), False, S,
     ("pf", "exim", "md"), f"{OURS}: the positive control ('has been blocked')"),
    ("ours-over-quota-rcpt", "552 5.7.0 Your account is over quota", "5.7.0", "RCPT", (), False, S,
     ("pf", "exim", "plain"), f"{OURS}: our sending quota said at RCPT by our provider"),
    # ---- 4xx: never hard, soft whoever.
    ("ours-over-quota-451", "451 4.7.0 Your account is over quota, try again later", "4.7.0", "MAIL", (), False, S,
     ("pf", "exim"), f"{OURS}; at 4xx, our relay retrying (a delay in our relay's report)"),
    # ---- our login at our smarthost: ours either way.
    ("sasl-account-disabled", "SASL authentication failed; server smtp.relay.example[198.51.100.5] said: 535 5.7.8 "
     "Your account has been disabled", "5.7.8", "MAIL", (), False, S, ("pf",), f"{OURS}; {PF_SASL}"),
]

# 'no data record of requested type' in a remote server's reply (its own address verification).
_NODATA = "Host or domain name not found. Name service error for name={} type={}: Host found but no data record of requested type"
_VERIFY = ("Postfix smtpd_check.c reject_unverified_sender / reject_unverified_recipient and src/dns/dns_lookup.c "
           "(NO_DATA 'Host found but no data record of requested type')")
_WIN = "BounceParser's Windows resolver rule ('DNS query failed: no data record of requested type')"
_SIZE = ("Exchange Server transport SmtpResponse MessageTooLargeForOrganization ('RESOLVER.RST.SendSizeLimit.Org; "
         "message too large for this organization'), here in a remote server's reply")
WORDINGS += [
    ("nodata-sender-mail", f"553 5.1.8 <{SELLER}>: Sender address rejected: undeliverable address: "
     + _NODATA.format("example.com", "MX"), "5.1.8", "MAIL", (), False, S, ("pf", "exim", "md"),
     f"{_VERIFY}; {CE}our sender's domain"),
    ("nodata-recipient-rcpt", f"550 5.1.2 <{LEAD}>: Recipient address rejected: undeliverable address: "
     + _NODATA.format("example.org", "A"), "5.1.2", "RCPT", HOST, True, R, REMOTE,
     f"{_VERIFY}: the recipient's domain has no mail host (control)"),
    ("nodata-recipient-rcpt-450", f"450 4.1.2 <{LEAD}>: Recipient address rejected: unverified address: "
     + _NODATA.format("example.org", "A"), "4.1.2", "RCPT", (), False, ANY, ("pf", "exim"),
     f"{_VERIFY}; {CE}the probe deferred, 4xx"),
    ("win-query-failed-451", "451 4.4.0 DNS query failed: no data record of requested type", "4.4.0", "RCPT", (),
     False, ANY, ("pf", "exim"), f"{_WIN}: a temporary DNS fault (control)"),
    ("size-org-remote", "550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization", "5.2.3",
     "DATA", BIG, False, ANY, ("pf", "exim"), f"{_SIZE}: soft whichever side's limit"),
]

ROWS = [(f"r53-{r[0]}", r[1], r[2], r[3]) for w in WORDINGS for r in _rows(*w)]

# ---- 'no data record of requested type' (review 51: NO_DATA hard unless after 'query failed:').
D = "example.org"
NS = "Host or domain name not found. Name service error for name={} type={}: Host found but no data record of requested type"
PF_DNS = ("Postfix src/dns/dns_lookup.c dns_query ('Host or domain name not found. Name service error for name=%s "
          "type=%s: %s', dns_strerror NO_DATA 'Host found but no data record of requested type'); src/smtp/smtp_addr.c "
          "smtp_addr_one (DNS_NOTFOUND: 5.4.4, or 4.4.4 when a soft error came first) and dns_lookup_rv (the last "
          "address type's text: AAAA after A with inet_protocols = all)")
PF_VERIFY = ("Postfix smtpd_check.c reject_unverified_sender / reject_unverified_recipient ('Sender address rejected: "
             "undeliverable address: %s', 'Recipient address rejected: undeliverable address: %s')")
WIN = ("Windows resolver texts: 'DNS query failed: no data record of requested type' (BounceParser's rule) and "
       "Winsock WSANO_DATA 'Valid name, no data record of requested type'")
EXCH = ("Exchange Server transport SmtpResponse (decompiled listing): MessageTooLargeForSender 550 5.2.3 'RESOLVER.RST."
        "SendSizeLimit.Sender; message too large for this sender', MessageTooLargeForOrganization 550 5.2.3 'RESOLVER."
        "RST.SendSizeLimit.Org; message too large for this organization', MessageTooLargeForReceiver 'RESOLVER.RST."
        "RecipSizeLimit; message too large for this recipient'")
_EXO_BODY = ("Your message to lead@example.org couldn't be delivered.\n\nYour message is too large to send.")


def _hard(reasons=HOST):
    return [(LEAD, True, reasons, R, False)]


def _soft(reasons=(), scope=ANY, delay=False, address=LEAD):
    return [(address, False, reasons, scope, delay)]


ROWS += [
    # Postfix's own failure (no remote reply): the recipient's domain or its MX host.
    ("r53-nodata-domain-a", f"{PF_DNS}: the positive control", own_postfix(NS.format(D, "A"), status="5.4.4"),
     _hard()),
    ("r53-nodata-domain-aaaa", f"{PF_DNS}: the AAAA text after both lookups found no address",
     own_postfix(NS.format(D, "AAAA"), status="5.4.4"), _hard()),
    ("r53-nodata-mx-host-a", f"{PF_DNS}: the recipient's MX host has no address (smtp_addr_list)",
     own_postfix(NS.format("mx1." + D, "A"), status="5.4.4"), _hard()),
    ("r53-nodata-soft-444", f"{PF_DNS}; {CE}a soft error first keeps 4.4.4 (a final notice after the queue lifetime)",
     own_postfix(NS.format(D, "A"), status="4.4.4"), _soft()),
    ("r53-nodata-delayed", f"{PF_DNS}; {CE}our relay's delay notice (Action: delayed)",
     own_postfix(NS.format(D, "A"), status="4.4.4", action="delayed"), _soft(delay=True)),
    ("r53-nodata-delay-r17", f"{PF_DNS}; {CE}Postfix's delay notice (review 17's layout: 'THIS IS A WARNING ONLY')",
     r17_postfix("r53-nodata-delay-r17", "lead@example.net",
                 "<lead@example.net>: " + NS.format("example.net", "A"), delayed=True, status="4.4.4",
                 diagnostic="X-Postfix; " + NS.format("example.net", "A"), remote=None),
     [("lead@example.net", False, (), ANY, True)]),
    ("r53-nodata-sender-verify-450", f"{PF_VERIFY}; {PF_DNS}; {CE}our sender's domain, refused for now",
     relayed(f"450 4.1.7 <{SELLER}>: Sender address rejected: unverified address: " + NS.format("example.com", "A"),
             status="4.1.7", command="RCPT", action="delayed"), _soft(scope=S, delay=True)),
    ("r53-nodata-sender-verify-550", f"{PF_VERIFY}; {PF_DNS}; {CE}our sender's domain has no address",
     relayed(f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable address: " + NS.format("example.com", "A"),
             status="5.1.7", command="RCPT"), _soft(scope=S)),
    ("r53-nodata-sender-verify-mail", f"{PF_VERIFY}; {PF_DNS}; {CE}the same at MAIL FROM (smtpd_delay_reject = no)",
     relayed(f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable address: " + NS.format("example.com", "MX"),
             status="5.1.7", command="MAIL"), _soft(scope=S)),
    ("r53-nodata-recipient-verify", f"{PF_VERIFY}; {PF_DNS}: the recipient's domain, a remote probe (control)",
     relayed(f"550 5.1.2 <{LEAD}>: Recipient address rejected: undeliverable address: " + NS.format(D, "A"),
             status="5.1.2"), _hard()),
    ("r53-nodata-recipient-verify-450", f"{PF_VERIFY}; {PF_DNS}; {CE}the probe deferred (450)",
     relayed(f"450 4.1.2 <{LEAD}>: Recipient address rejected: unverified address: " + NS.format(D, "A"),
             status="4.1.2", action="delayed"), _soft(delay=True)),
    ("r53-win-query-failed", f"{WIN}: the Windows resolver's text (control: a DNS fault, soft)",
     relayed("550 5.4.4 DNS query failed: no data record of requested type", status="5.4.0", command=None),
     _soft()),
    ("r53-win-query-failed-4", f"{WIN}; at 4.4.0, given up",
     own_postfix("DNS query failed: no data record of requested type", status="4.4.0"), _soft()),
    ("r53-winsock-valid-name-4xx", f"{WIN}; {CE}Winsock's WSANO_DATA in a temporary reply",
     relayed("451 4.4.0 Valid name, no data record of requested type", status="4.4.0", command=None,
             action="delayed"), _soft(delay=True)),
    # Size refusals naming a side's limit.
    ("r53-size-sender-limit", f"{EXCH}: our mailbox's send limit, in our tenant's own NDR (control)",
     exchange_own("550 5.2.3 RESOLVER.RST.SendSizeLimit.Sender; message too large for this sender", status="5.2.3",
                  body=_EXO_BODY), _soft(BIG, S)),
    ("r53-size-org-limit", f"{EXCH}: our organisation's send limit, in our tenant's own NDR (control)",
     exchange_own("550 5.2.3 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization",
                  status="5.2.3", body=_EXO_BODY), _soft(BIG, S)),
    ("r53-size-recip-limit", f"{EXCH}: the recipient's receive limit (control: the recipient's side)",
     exchange_own("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", status="5.2.3",
                  body=_EXO_BODY), _soft(BIG, R)),
    ("r53-size-recip-limit-remote", f"{EXCH}: the recipient's receive limit in our relay's report (control)",
     relayed("550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient", status="5.2.3",
             command="DATA"), _soft(BIG, R)),
    ("r53-size-fixed-limit-remote", "Exchange receive connector '552 5.3.4 Message size exceeds fixed maximum message "
     "size' (control: the receiving server's limit)",
     relayed("552 5.3.4 Message size exceeds fixed maximum message size", status="5.3.4", command="DATA"),
     _soft(BIG, R)),
]
ROWS += [
    ("r53-nodata-relayhost-ours", f"{PF_DNS}; {CE}our relay's relayhost (a host of our own domain, example.com) has no "
     "address: every recipient fails alike, none of them is gone",
     own_postfix(NS.format("smtp.example.com", "A"), status="5.4.4"), _soft()),
]
