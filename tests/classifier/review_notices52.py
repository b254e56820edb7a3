"""The fifty-second review: an adversarial false-hard / false-soft audit of the wordings and rules
reviews 45-48 added (rule_wordings.py's PowerMTA, Mautic and Postal wordings, RECIPIENT_FLOOD and Vda's
quota and inactive lists; mta_wordings' 'mailbox cannot be accessed' and _REVIEW46; remote/mailru.py's
suspend rule; gateway_wordings.py; soft_wordings' 'sender domain address rejected'; reporters/gmail.py's
words-over-status; formats' chasquid 'MAIL+RCPT' stage and MDaemon transcripts). For each wording that
can make a reading hard, or turn a hard one soft: the positive control (the wording as its source
writes it, the real reading) and hand-made counter-examples placing the same words where they are not
about the recipient's mailbox being gone: said of the sender's address or domain, of our IP or our
smarthost login, of a From or DKIM signing domain, of a feature ('catch-all recipient disabled'), of a
forwarding target, at 4xx, or as a substring of a longer phrase. Each reply is laid out as it reaches a
sender: our Postfix relay's RFC 3464 report (notices.relayed), Exim's bounce (review 35), Postfix's
plain notice (review 37), MDaemon's DSN with its transcript and chasquid's DSN (review 46), Gmail's own
DSN (review 29), our own relay's report of our smarthost's refusal (notices.own_postfix).
Expectations are the taxonomy's reading of the words, written before the classifier ran: a counter-
example is never hard. review_notices52_more.py holds single notices (auto-replies, people, ticket
systems, returned originals, MailScanner). All HAND-MADE: the counter-examples' wording is this review's
own, built around the audited phrase; the source field names the rule audited and says so."""

from __future__ import annotations

from tests.classifier.notices import LEAD, own_postfix, relayed
from tests.classifier.review_notices35_layouts import exim_remote, gm_remote
from tests.classifier.review_notices37_layouts import postfix_plain
from tests.classifier.review_notices46_layouts import chasquid, mdaemon

SELLER = "seller@example.com"
R, S, ANY = "recipient", "sender", ""
UNKNOWN, HOST, NOTACCEPT = ("userunknown",), ("hostunknown",), ("notaccept", "userunknown")
OFF, FULL = ("suspend",), ("mailboxfull",)

PMTA = ("PowerMTA default config <bounce-category-patterns> (as blog.csdn.net/csdn515/article/details/77112232 "
        "copies it; review 45)")
MAUTIC = ("mautic/mautic app/bundles/EmailBundle/MonitoredEmail/Processor/Bounce/DsnParser.php rule 0198 'user not a "
          "member of domain' (review 45)")
POSTAL = "postalserver/postal app/lib/smtp_server/client.rb '550 Route does not accept incoming messages' (review 45)"
VDA = "Vda BounceProcessing src BounceClassifier.php $sourceRules (review 47)"
EXCH = ("Exchange Server transport SmtpResponse MailboxOffline '550 5.2.1 Mailbox cannot be accessed' (review 47)")
FLOOD = ("rule_wordings.RECIPIENT_FLOOD, review 45 (PowerMTA's 'other' rule for 'Too many invalid recipients'; "
         "Sendmail's BadRcptShutdown 'Too many bad recipients')")
NETH = "NethServer/nethserver-mail PR #132 (rspamd FROM_DOMAINS_BLACKLIST 'Sender domain address rejected'; review 48)"
HARAKA_SPF = "haraka-plugin-spf return_results ('sender <s> SPF record not found' ...; review 46)"
CQ = "albertito/chasquid internal/courier/smtp.go ('MAIL+RCPT %v': one error for its MAIL FROM and RCPT TO; review 46)"
PF_LOGIN = ("Postfix smtpd_check.c reject_sender_login_mismatch (our smarthost's check of our login against the "
            "envelope sender)")
CE = "counter-example (hand-made): "

# (id, the reply, status, stage, expected reasons, hard, scope, layouts, source). Layouts: "pf" our relay's
# report naming the stage, "dsn" the same naming none, "exim" Exim's bounce, "plain" Postfix's plain notice
# (RCPT), "md" MDaemon's DSN with its transcript, "cq" chasquid's DSN ('MAIL+RCPT ' / 'DATA ' prefix), "gm"
# Gmail's own DSN.
REMOTE = ("pf", "exim", "plain", "md")
WORDINGS = [
    # ---- 'address (is) no longer valid' (PowerMTA bad-mailbox) -> userunknown.
    ("addr-no-longer-valid", "550 Address no longer valid", "5.0.0", "RCPT", UNKNOWN, True, R,
     REMOTE + ("cq",), f"{PMTA} bad-mailbox /no longer (valid|available)/: the positive control"),
    ("addr-is-no-longer-valid-lead", f"550 <{LEAD}>: Recipient address is no longer valid", "5.0.0", "RCPT", UNKNOWN,
     True, R, ("pf", "exim"), f"{PMTA}: the recipient's address, so named (positive control)"),
    ("ip-addr-no-longer-valid", "550 5.7.1 Your IP address is no longer valid for relaying", "5.7.1", "RCPT", (),
     False, ANY, ("pf", "exim", "plain", "cq", "dsn"), f"{PMTA}; {CE}our sending IP 'no longer valid' for a relay"),
    ("client-ip-no-longer-valid", "554 5.7.1 Client IP address no longer valid for this service", "5.7.1", "RCPT",
     (), False, ANY, ("pf", "exim"), f"{PMTA}; {CE}our client's IP"),
    ("ip-no-longer-valid-421", "421 4.7.0 Your IP address is no longer valid, try again later", "4.7.0", "RCPT", (),
     False, ANY, ("pf", "exim"), f"{PMTA}; {CE}our IP, at 4xx"),
    ("your-email-no-longer-valid", "550 5.7.1 Your email address is no longer valid on this service", "5.7.1",
     "RCPT", (), False, ANY, ("pf", "exim", "plain"), f"{PMTA}; {CE}'your' address is ours (a smarthost's words)"),
    ("reply-to-no-longer-valid", "550 5.7.1 Reply-To address is no longer valid", "5.7.1", "DATA", (), False, ANY,
     ("pf", "exim", "md"), f"{PMTA}; {CE}our message's Reply-To header"),
    ("bounce-addr-no-longer-valid", "550 5.7.1 Bounce address no longer valid", "5.7.1", "MAIL", (), False, S,
     ("pf", "exim", "md"), f"{PMTA}; {CE}our envelope (bounce) address, at MAIL FROM"),
    ("sender-addr-no-longer-valid-rcpt", "550 5.7.1 Sender address no longer valid", "5.7.1", "RCPT", (), False, ANY,
     ("pf", "exim", "cq"), f"{PMTA}; {CE}our sender's address, said at RCPT"),
    ("cert-no-longer-valid", "454 4.7.0 TLS certificate no longer valid", "4.7.0", "RCPT", (), False, ANY,
     ("pf", "exim"), f"{PMTA}; {CE}a certificate 'no longer valid' (substring)"),
    ("token-no-longer-valid", "535 5.7.8 Authentication token no longer valid", "5.7.8", "MAIL", (), False, S,
     ("pf", "exim"), f"{PMTA}; {CE}our login's token"),
    ("link-no-longer-valid", "550 5.7.1 The verification link in this message is no longer valid", "5.7.1", "DATA",
     (), False, ANY, ("pf", "exim"), f"{PMTA}; {CE}a link in our message"),
    ("redirect-addr-no-longer-valid", "550 Redirect address is no longer valid", "5.0.0", "RCPT", (), False, ANY,
     ("pf", "exim"), f"{PMTA}; {CE}the recipient's redirect target (review 44's call on forwards: soft)"),
    ("forwarding-addr-no-longer-valid", "550 Forwarding address no longer valid", "5.0.0", "RCPT", (), False, ANY,
     ("pf", "exim"), f"{PMTA}; {CE}a forwarding target (review 45's own look-behind)"),
    # ---- 'user not a member of domain' (Mautic / BMH 0198) -> userunknown.
    ("not-member", f"550 User not a member of domain: <{LEAD}>", "5.0.0", "RCPT", UNKNOWN, True, R,
     REMOTE + ("cq",), f"{MAUTIC}: the positive control"),
    ("auth-user-not-member", "553 5.7.1 Authenticated user not a member of domain example.com", "5.7.1", "RCPT",
     (), False, ANY, ("pf", "exim", "plain", "cq", "dsn"), f"{MAUTIC}; {PF_LOGIN}; {CE}our login against our domain"),
    ("sender-user-not-member", "553 5.7.1 Sender user not a member of domain example.com", "5.7.1", "MAIL", (),
     False, S, ("pf", "exim", "md"), f"{MAUTIC}; {CE}our sender, at MAIL FROM"),
    ("smtp-user-not-member", "550 5.7.1 SMTP user not a member of domain example.com", "5.7.1", "RCPT", (), False,
     ANY, ("pf", "exim"), f"{MAUTIC}; {CE}our SMTP login"),
    # ---- 'domain no longer in use' (PowerMTA bad-domain) -> hostunknown.
    ("domain-no-longer-in-use", "550 Domain no longer in use", "5.0.0", "RCPT", HOST, True, R, REMOTE + ("cq",),
     f"{PMTA} bad-domain 'domain no longer in use': the positive control"),
    ("your-domain-no-longer-in-use", "550 5.7.1 Your domain no longer in use on this relay", "5.7.1", "RCPT", (),
     False, ANY, ("pf", "exim", "plain", "cq"), f"{PMTA}; {CE}'your' domain is ours"),
    ("sender-domain-no-longer-in-use", "550 5.7.1 Sender domain no longer in use", "5.7.1", "RCPT", (), False, ANY,
     ("pf", "exim", "cq", "dsn"), f"{PMTA}; {CE}the sender's domain, said at RCPT (chasquid: MAIL+RCPT)"),
    ("from-domain-no-longer-in-use", "550 5.7.1 Header From domain no longer in use", "5.7.1", "DATA", (), False,
     ANY, ("pf", "exim", "md", "dsn"), f"{PMTA}; {CE}our message's From: domain"),
    ("signing-domain-no-longer-in-use", "550 5.7.1 DKIM signing domain no longer in use", "5.7.1", "DATA", (),
     False, ANY, ("pf", "exim"), f"{PMTA}; {CE}our DKIM d= domain"),
    # ---- 'domain (x )?is obsolete' (PowerMTA bad-domain) -> hostunknown.
    ("domain-obsolete", "550 Domain example.org is obsolete", "5.0.0", "RCPT", HOST, True, R, REMOTE + ("gm",),
     f"{PMTA} bad-domain /domain (\\S+ +)?(is +)?obsolete/: the positive control"),
    ("recipient-domain-obsolete", "550 Recipient domain example.org is obsolete", "5.0.0", "RCPT", HOST, True, R,
     ("pf", "exim"), f"{PMTA}: the recipient's domain, so named (positive control)"),
    ("from-domain-obsolete", "550 5.7.1 From domain example.com is obsolete", "5.7.1", "DATA", (), False, ANY,
     ("pf", "exim", "md", "dsn"), f"{PMTA}; {CE}our From: domain"),
    ("header-from-domain-obsolete", "550 5.7.1 Header From domain example.com is obsolete", "5.7.1", "DATA", (),
     False, ANY, ("pf", "exim", "plain"), f"{PMTA}; {CE}our header From: domain"),
    ("dkim-domain-obsolete", "554 5.7.1 DKIM signing domain example.com is obsolete", "5.7.1", "DATA", (), False,
     ANY, ("pf", "exim", "md", "dsn"), f"{PMTA}; {CE}our DKIM d= domain"),
    ("dkim-key-domain-obsolete", "550 5.7.1 DKIM key for domain example.com is obsolete", "5.7.1", "DATA", (),
     False, ANY, ("pf", "exim"), f"{PMTA}; {CE}our DKIM key"),
    ("sender-domain-obsolete", "550 5.7.1 Sender domain example.com is obsolete", "5.7.1", "RCPT", (), False, ANY,
     ("pf", "exim"), f"{PMTA}; {CE}the sender's domain, said at RCPT"),
    ("tls-obsolete", "454 4.7.0 TLS protocol version is obsolete", "4.7.0", "RCPT", (), False, ANY, ("pf", "exim"),
     f"{PMTA}; {CE}'obsolete' of TLS (no 'domain')"),
    ("domain-obsolete-451", "451 4.4.0 Domain example.org is obsolete, try again later", "4.4.0", "RCPT", (), False,
     ANY, ("pf",), f"{PMTA}; {CE}at 4xx, while our relay retries (a delay)"),
    # ---- 'route does not accept incoming messages' (Postal) -> notaccept.
    ("route-rejects", "550 Route does not accept incoming messages", "5.0.0", "RCPT", NOTACCEPT, True, R,
     REMOTE + ("cq",), f"{POSTAL}: the positive control"),
    ("route-rejects-451", "451 Route does not accept incoming messages", "4.0.0", "RCPT", (), False, ANY, ("pf",),
     f"{POSTAL}; {CE}at 4xx (notaccept is soft at 4xx, taxonomy section 4), while our relay retries"),
    # ---- Vda 'recipient disabled' -> suspend (beats its 5.1.1).
    ("recipient-disabled", f"550 5.1.1 <{LEAD}> recipient disabled", "5.1.1", "RCPT", OFF, False, R,
     REMOTE + ("cq",), f"{VDA} ('recipient disabled'): the positive control"),
    ("catch-all-recipient-disabled", f"550 5.1.1 <{LEAD}>: User unknown; catch-all recipient disabled for this "
     "domain", "5.1.1", "RCPT", UNKNOWN, True, R, ("pf", "exim", "plain", "md"),
     f"{VDA}; {CE}a missing user whose domain's catch-all is off (the words of a feature: a false soft)"),
    ("bcc-recipient-disabled", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown (BCC recipient "
     "disabled)", "5.1.1", "RCPT", UNKNOWN, True, R, ("pf", "exim"), f"{VDA}; {CE}a feature's name inside"),
    # ---- Vda quota / inactive wordings beating a 5.1.1.
    ("recipient-overquota", f"550 5.1.1 <{LEAD}> recipient overquota", "5.1.1", "RCPT", FULL, False, R,
     ("pf", "exim", "md"), f"{VDA} ('recipient overquota'): the positive control"),
    ("no-recipient-activity", "550 NOACTIVITY: Sorry, no recipient activity since 2024-01-01", "5.0.0", "RCPT",
     OFF, False, R, ("pf", "exim"), f"{VDA} ('no recipient activity'): the positive control"),
    ("inactive-sender", f"553 5.7.1 <{SELLER}>: Sender address rejected: Inactive", "5.7.1", "MAIL", (), False, S,
     ("pf", "exim", "md"), f"{VDA} ('address rejected: inactive'); {CE}our sender's account, at MAIL FROM"),
    ("account-locked-smarthost", "535 5.7.8 Authentication failed: account locked by administrator", "5.7.8",
     "MAIL", (), False, S, ("pf", "exim"), f"{VDA} ('account locked by'); {CE}our smarthost login"),
    ("mailbox-cannot-be-accessed", "550 5.2.1 Mailbox cannot be accessed", "5.2.1", "RCPT", OFF, False, R,
     ("pf", "exim", "md"), f"{EXCH}: the positive control"),
    # ---- RECIPIENT_FLOOD (a hard reading turned soft).
    ("flood-alone", "550 5.7.1 Too many invalid recipients", "5.7.1", "RCPT", (), False, ANY, ("pf", "exim"),
     f"{FLOOD}: the control (a count, not this address)"),
    ("flood-beside-unknown", f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in virtual mailbox table "
     "(too many unknown users)", "5.1.1", "RCPT", UNKNOWN, True, R, ("pf", "exim", "plain"),
     f"{FLOOD}; {CE}a missing user named beside the count: stays hard"),
    ("flood-excessive", "550 5.1.1 User unknown - excessive invalid recipients will be blocked", "5.1.1", "RCPT",
     UNKNOWN, True, R, ("pf", "exim"), f"{FLOOD}; {CE}the 'excessive' form beside a missing user"),
    # ---- soft_wordings' 'sender domain address rejected', Haraka's SPF wordings.
    ("neth-sender-domain", "554 5.7.1 Sender domain address rejected", "5.7.1", "RCPT", ("rejected",), False, S,
     ("pf", "exim"), f"{NETH}: the positive control"),
    ("spf-record-not-found-mail", f"550 5.7.1 sender <{SELLER}> SPF record not found", "5.7.1", "MAIL", (), False,
     S, ("pf", "exim"), f"{HARAKA_SPF}: the positive control"),
    # ---- chasquid's 'MAIL+RCPT' read as RCPT: a refusal of the sender inside it.
    ("cq-sender-domain-missing", f"550 5.1.8 Domain of sender address {SELLER} does not exist", "5.1.8", "MAIL",
     (), False, S, ("cq", "pf"), f"{CQ}; {CE}a refusal of our MAIL FROM behind the RCPT reading"),
    ("cq-sender-not-found", f"553 5.1.8 <{SELLER}>: Sender address rejected: Domain not found", "5.1.8", "MAIL",
     (), False, S, ("cq",), f"{CQ}; Postfix smtpd_check.c reject_unknown_sender_domain, in chasquid's MAIL+RCPT"),
    ("cq-unknown-user", "550 5.1.1 Destination address is unknown (user does not exist)", "5.1.1", "RCPT", UNKNOWN,
     True, R, ("cq",), f"{CQ}; chasquid's own 'Destination address is unknown' (positive control)"),
    ("cq-domain-obsolete-ours", "550 5.7.1 Domain example.com is obsolete", "5.7.1", "MAIL", (), False, ANY,
     ("cq", "md"), f"{PMTA}; {CQ}; {CE}the bare words naming only our own domain (example.com), in MAIL+RCPT"),
    # ---- Gmail's words over a vague 5.2.1 / 5.7.1 (soft either way: scope).
    ("gm-account-disabled-sending", "550-5.7.1 Your account is disabled for sending", "5.7.1", "RCPT",
     ("rejected",), False, S, ("gm", "pf", "exim"),
     "reporters/gmail.py review 45 rule; " + CE + "our own account's words under 5.7.1 ('your account': the client's, "
     "soft_wordings.SENDER_REFUSED, fixed after this review)"),
    ("your-account-suspended", "550 5.2.1 Your account has been suspended", "5.2.1", "RCPT", ("rejected",), False,
     S, ("pf", "exim", "plain"), CE + "a reply to the sending client naming 'your account' under a mailbox status"),
    ("sender-account-disabled", "554 5.7.1 Sender account disabled", "5.7.1", "RCPT", ("rejected",), False, S,
     ("pf", "exim"), CE + "the sender's account, so named"),
    ("account-you-tried-disabled", "550 5.2.1 The email account that you tried to reach is disabled", "5.2.1", "RCPT",
     OFF, False, R, ("pf", "exim", "gm"), "Google 'Gmail SMTP errors and codes' (a/answer/3726730): the positive "
     "control, the recipient's account"),
]

_STAGE = {"MAIL": "MAIL FROM", "RCPT": "RCPT TO", "DATA": "end of DATA"}
_LAYOUT = {"pf": "our Postfix relay's RFC 3464 report (notices.relayed)", "dsn": "an RFC 3464 report naming no stage",
           "exim": "Exim's bounce (review 35's exim_remote)", "plain": "Postfix's plain notice (review 37)",
           "md": "MDaemon's DSN with its session transcript (review 46)", "cq": "chasquid's DSN (review 46)",
           "gm": "Gmail's own DSN (review 29)"}


def _laid_out(name: str, layout: str, reply: str, status: str, command: str) -> tuple[bytes, bool]:
    """The notice, and whether it is a delay (our relay retrying a 4xx)."""
    delay = reply[:1] == "4" and layout in ("pf", "dsn")
    action = "delayed" if delay else "failed"
    if layout == "pf":
        return relayed(reply, status=status, command=command, action=action), delay
    if layout == "dsn":
        return relayed(reply, status=status, command=None, action=action), delay
    if layout == "exim":
        return exim_remote(name, reply, command), False
    if layout == "plain":
        return postfix_plain(name, reply), False
    if layout == "md":
        return mdaemon(name, LEAD, reply, command), False
    if layout == "cq":
        return chasquid(name, [(LEAD, f"{'DATA' if command == 'DATA' else 'MAIL+RCPT'} {reply}")]), False
    return gm_remote(reply, status), False


def _rows(wid, reply, status, command, reasons, hard, scope, layouts, source) -> list[tuple]:
    out = []
    for layout in layouts:
        name = f"r52-{wid}-{layout}"
        raw, delay = _laid_out(name, layout, reply, status, command)
        # A sender-stage row laid out where no stage is named keeps only its hard/soft expectation.
        where = scope if layout in ("pf", "exim", "md") or scope != S else ANY
        out.append((f"{wid}-{layout}", f"{source}; laid out as {_LAYOUT[layout]}", raw,
                    [(LEAD, hard and not delay, reasons if not delay else (), where, delay)]))
    return out


ROWS = [row for w in WORDINGS for row in _rows(*w)]

# Our own relay's report of our smarthost's refusal (no remote MX of the prospect's answered): each
# wording there is about our account, IP or domain, never the prospect's mailbox.
_SMART = "host smtp.relay.example[198.51.100.5] said: {} (in reply to RCPT TO command)"
OWN = [
    ("own-ip-no-longer-valid", "550 5.7.1 Your IP address is no longer valid for relaying", PMTA),
    ("own-auth-user-not-member", "553 5.7.1 Authenticated user not a member of domain example.com", MAUTIC),
    ("own-domain-no-longer-in-use", "550 5.7.1 Your domain no longer in use on this relay", PMTA),
    ("own-account-locked", "554 5.7.1 Account locked by administrator", VDA),
    ("own-account-over-quota", "550 5.7.0 Your account is over quota", VDA),
    ("own-email-no-longer-valid", "550 5.7.1 Your email address is no longer valid", PMTA),
]
# Where the words name our account ("your account"), the scope is the sender's too.
_OURS = ("own-account-over-quota",)
ROWS += [(wid, f"{src}; {CE}our smarthost's refusal in our own relay's report (notices.own_postfix)",
          own_postfix(_SMART.format(reply), status="5.0.0"), [(LEAD, False, (), S if wid in _OURS else ANY, False)])
         for wid, reply, src in OWN]
