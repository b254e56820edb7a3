"""The fifty-eighth review: an adversarial audit of the lead's 'refusal that names only us' rule
(classifier/ours.py, hooked in engine._delivery): a reading that blames the recipient's mailbox or
domain turns into `rejected`, scope sender, when the reply names our address or domain and nothing
of the prospect's. Part one, the worst error: a FALSE SOFT, a prospect's address that is really
gone read soft because the reply also names our address or domain in another role (a log's
"from=<...>", "sent by", an envelope sender, a URL, an ESP's bounce address, a +tag), because we
send from a free-mail domain whose provider hosts the prospect (outlook.com, googlemail.com host
names), because our domain and the prospect's are one under the other, or because the prospect's
domain is written in its other IDNA form, in uppercase, beside a quoted local part, or for several
recipients of one notice. Part two (review_notices58_more.py): real refusals of our address,
domain or relayhost must still read soft (the second worst error, a false hard), and controls.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words and shared/classifier/taxonomy.md (sections 2, 4, 7) BEFORE the classifier ran. All
notices HAND-MADE after the cited layout; where the words placed around a server's reply are this
review's own, the source says so. test_review_notices58.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, gmail_own, own_postfix, relayed
from tests.classifier.review_notices14_layouts import sendmail
from tests.classifier.review_notices35_layouts import pf_batch
from tests.classifier.review_notices42_layouts import qmail_own
from tests.classifier.review_notices58_more import MORE_ROWS

LEAD = "lead@example.org"  # notices.relayed's and the layouts' prospect
PARTNER = "lead@partner.example"
R = "recipient"

_PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
_PF_DNS = ("Postfix src/smtp/smtp_addr.c ('Host or domain name not found. Name service error for name=%s type=%s: %s') "
           "with src/dns/dns_strerror.c (HOST_NOT_FOUND 'Host not found'); notices.own_postfix's layout")
_EXO_MX = ("Microsoft Learn 'Add DNS records to connect your domain' (a Microsoft 365 domain's MX "
           "'<domain-key>.mail.protection.outlook.com')")
_G_MX = ("Google Workspace Admin Help answer 174125 'Google Workspace MX record values' (the older five-record set: "
         "ASPMX.L.GOOGLE.COM ... ASPMX2.GOOGLEMAIL.COM, ASPMX3.GOOGLEMAIL.COM)")
_SM_HOST = "sendmail's 'Host unknown' (sendmail/deliver.c, EX_NOHOST via sysexits; 550 5.1.2)"
_PF_LOG = "Postfix src/smtpd/smtpd_check.c log_whatsup ('...; from=<%s> to=<%s> proto=%s helo=<%s>')"
_G_CODES = ("Google Workspace Admin Help answer 3726730 'Gmail SMTP errors and codes' (550 5.2.1 'The email account "
            "that you tried to reach is inactive' / ?p=DisabledUser; '- gsmtp' on every error)")
_GMAIL = "shared/api/gmail.md section 9 (Gmail's own DSN, tests/classifier/notices.gmail_own)"
_EXO = ("Microsoft Learn 'Email non-delivery reports and SMTP errors in Exchange Online' (5.4.310 'DNS domain does "
        "not exist'; 5.1.10 RESOLVER.ADR.RecipientNotFound) (tests/classifier/notices.exchange_own)")
_QMAIL = ("qmail-remote.c ('Sorry, I couldn't find any host named %s. (#5.1.2)'; "
          "tests/classifier/review_notices42_layouts)")
_RFC7505 = "RFC 7505 section 4.2 (a null MX: '550 5.7.27 ... does not accept mail')"


def _seller(raw: bytes, seller: str, old: str = "sender@example.com") -> bytes:
    """The notice as it reads when our address is `seller` (the original's From, the notice's To)."""
    return raw.replace(old.encode(), seller.encode())


def _hard(reasons: tuple = (), address: str = LEAD) -> tuple:
    return (address, True, reasons, R, False)


HOST = ("hostunknown",)
UNKNOWN = ("userunknown",)

# ---- free mail: the provider's host names are the prospect's MX too -------------------------------------
FREE_MAIL = [
    ("pf-mx-host-nxdomain-outlook-seller", f"{_PF_DNS}; {_EXO_MX}: we send From outlook.com through our own relay, "
     "the prospect's Microsoft 365 MX host is gone",
     _seller(own_postfix("Host or domain name not found. Name service error for name=partner-example.mail.protection."
                         "outlook.com type=A: Host not found", status="5.4.4", address=PARTNER),
             "seller@outlook.com", "seller@example.com"), [_hard(HOST, PARTNER)]),
    ("pf-mx-host-nxdomain-googlemail-seller", f"{_PF_DNS}; {_G_MX}: a googlemail.com seller, the prospect's "
     "Workspace MX",
     _seller(own_postfix("Host or domain name not found. Name service error for name=aspmx2.googlemail.com type=AAAA: "
                         "Host not found", status="5.4.4", address=PARTNER),
             "seller@googlemail.com", "seller@example.com"), [_hard(HOST, PARTNER)]),
    ("pf-mx-host-nxdomain-hotmail-seller", f"{_PF_DNS}; {_EXO_MX} (a hotmail.com seller: another of Microsoft's "
     "domains than the host's)",
     _seller(own_postfix("Host or domain name not found. Name service error for name=partner-example.mail.protection."
                         "outlook.com type=A: Host not found", status="5.4.4", address=PARTNER),
             "seller@hotmail.com", "seller@example.com"), [_hard(HOST, PARTNER)]),
    ("gmail-inactive-gmail-seller", f"{_PF}; {_G_CODES}: a gmail.com seller, the prospect on Workspace",
     _seller(relayed("550-5.2.1 The email account that you tried to reach is inactive. For more 550-5.2.1 information, "
                     "go to 550 5.2.1 https://support.google.com/mail/?p=DisabledUser k16si977pjq.5 - gsmtp",
                     status="5.2.1", address=PARTNER, remote="aspmx.l.google.com"), "seller@gmail.com"),
     [(PARTNER, False, ("suspend",), R, False)]),
    ("gmail-own-nxdomain-gmail-seller", _GMAIL + "; its DNS error for the prospect's domain, a gmail.com seller",
     _seller(gmail_own("DNS Error: DNS type 'mx' lookup of partner.example responded with code NXDOMAIN Domain name "
                       "not found: partner.example", status="5.1.2", heading="Address not found",
                       body=f"Your message wasn't delivered to {PARTNER} because the domain partner.example couldn't "
                       "be found. Check for typos or unnecessary spaces and try again.", address=PARTNER),
             "seller@gmail.com", "seller@example.com"), [_hard(HOST, PARTNER)]),
    ("exo-own-5.4.310-outlook-seller", _EXO + "; an outlook.com seller, the host in brackets Microsoft's",
     _seller(exchange_own("550 5.4.310 DNS domain partner.example does not exist [Message=InfoDomainNonexistent] "
                          "[LastAttemptedServerName=partner.example] [BN8PR12MB1234.namprd12.prod.outlook.com]",
                          status="5.4.310", body=f"Your message to {PARTNER} couldn't be delivered.\npartner.example "
                          "couldn't be found.", address=PARTNER), "seller@outlook.com", "seller@example.com"),
     [_hard(HOST, PARTNER)]),
    ("exo-own-5.1.10-outlook-seller-prospect-on-m365", _EXO + "; an outlook.com seller, the prospect on Microsoft 365",
     _seller(exchange_own("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                          status="5.1.10", body=f"Your message to {PARTNER} couldn't be delivered.", address=PARTNER,
                          remote="partner-example.mail.protection.outlook.com"), "seller@outlook.com",
             "seller@example.com"), [_hard(UNKNOWN, PARTNER)]),
    ("sm-host-unknown-name-server-outlook-seller", f"Sendmail savemail.c errbody (review 14's layout); {_SM_HOST} "
     "with its '(Name server: %s: host not found)'; an outlook.com seller",
     _seller(sendmail("r58-nameserver", [(f"<{PARTNER}>", "550 Host unknown", None)],
                      [(PARTNER, None, "5.1.2", "SMTP; 550 5.1.2 Host unknown (Name server: partner-example.mail."
                        "protection.outlook.com: host not found)")], to=PARTNER), "seller@outlook.com",
             "seller@example.com"), [_hard(HOST, PARTNER)]),
]

# ---- our address or domain named in another role than the refused one ------------------------------------
ROLES = [
    ("pf-host-unknown-log-from", f"{_PF}; {_SM_HOST}; this review's own placing of a log's from= field after it "
     f"({_PF_LOG})",
     relayed("550 5.1.2 Host unknown (from=<sender@example.com>)", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-domain-and-our-address", f"{_PF}; {_SM_HOST}; the prospect's domain and our address after it "
     "(this review's own)",
     relayed("550 5.1.2 Host unknown: example.org (sender@example.com)", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-sent-by-us", f"{_PF}; {_SM_HOST}; 'sent by' our address (this review's own)",
     relayed("550 5.1.2 Host unknown, message sent by sender@example.com", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-relayed-via-our-domain", f"{_PF}; {_SM_HOST}; 'relayed via' our domain (this review's own)",
     relayed("550 5.1.2 Host unknown, relayed via example.com", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-envelope-sender", f"{_PF}; {_SM_HOST}; our envelope sender named (this review's own)",
     relayed("550 5.1.2 Host unknown; envelope sender sender@example.com", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-url-with-our-address", f"{_PF}; {_SM_HOST}; a status page URL carrying our address in its query "
     "(this review's own)",
     relayed("550 5.1.2 Host unknown, see https://status.example.net/lookup?from=sender@example.com", status="5.1.2"),
     [_hard(HOST)]),
    ("pf-host-unknown-plus-tag-envelope", f"{_PF}; {_SM_HOST}; our sub-addressed envelope sender (the notice's To) as "
     "the envelope (this review's own)",
     relayed("550 5.1.2 Host unknown; envelope sender sender+r58@example.com", status="5.1.2").replace(
         b"To: sender@example.com\nSubject: Undelivered", b"To: sender+r58@example.com\nSubject: Undelivered"),
     [_hard(HOST)]),
    ("pf-host-unknown-esp-verp-return-path", f"{_PF}; {_SM_HOST}; an ESP's VERP bounce address (the notice's To) that "
     "spells the prospect's domain (this review's own)",
     relayed("550 5.1.2 Host unknown (return path bounces+r58-lead=example.org@em.example.net)",
             status="5.1.2").replace(b"To: sender@example.com\nSubject: Undelivered",
                                     b"To: bounces+r58-lead=example.org@em.example.net\nSubject: Undelivered"),
     [_hard(HOST)]),
    ("pf-host-unknown-uppercase", f"{_PF}; {_SM_HOST} in capitals, the prospect's domain and our address beside it "
     "(this review's own)",
     relayed("550 5.1.2 HOST UNKNOWN: EXAMPLE.ORG (SENDER@EXAMPLE.COM)", status="5.1.2"), [_hard(HOST)]),
    ("pf-host-unknown-idn-unicode-form", f"{_PF}; {_SM_HOST}; the prospect's IDN domain in Unicode in the reply, "
     "its A-label in the address, our address after it (this review's own)",
     relayed("550 5.1.2 Host unknown: b\u00fccher.example (sender@example.com)", status="5.1.2",
             address="lead@xn--bcher-kva.example"), [_hard(HOST, "lead@xn--bcher-kva.example")]),
    ("pf-quoted-local-part-sent-by-us", f"{_PF}; a quoted local part (RFC 5321 Quoted-string) refused, 'sent by' us "
     "(this review's own)",
     relayed('550 5.1.1 "lead x"@example.org: no such address, sent by sender@example.com', status="5.1.1",
             address='"lead x"@example.org'), [_hard(UNKNOWN, '"lead x"@example.org')]),
    ("pf-batch-host-unknown-log-from", "Postfix bounce(8) of one message to two prospects (review 35's pf_batch); "
     f"{_SM_HOST} with a log's from= field ({_PF_LOG})",
     pf_batch("r58-batch", lambda a: "550 5.1.2 Host unknown (from=<seller@example.com>)", "5.1.2",
              ("lead@example.org", "cfo@example.org")), [_hard(HOST), _hard(HOST, "cfo@example.org")]),
    ("qmail-no-host-named", _QMAIL + "; the prospect's domain named, our seller its sender",
     qmail_own("r58-qmail-nohost", "Sorry, I couldn't find any host named example.org. (#5.1.2)", LEAD),
     [_hard(HOST)]),
]

# ---- our domain and the prospect's: one under the other ----------------------------------------------------
NESTED = [
    ("pf-null-mx-parent-domain-of-recipient", f"{_PF}; {_RFC7505}: we (example.com) mail a prospect under our own "
     "domain; the named domain names both sides (as the lead's mail-to-our-own-domain rule)",
     relayed("550 5.7.27 Domain example.com does not accept mail (nullMX)", status="5.7.27",
             address="lead@eu.example.com"), [("lead@eu.example.com", True, ("notaccept",), R, False)]),
    ("pf-host-unknown-recipient-subdomain-host", f"{_PF}; {_SM_HOST}; a host of the prospect's domain, which is under "
     "ours (this review's own)",
     relayed("550 5.1.2 Host unknown: mx.eu.example.com", status="5.1.2", address="lead@eu.example.com"),
     [("lead@eu.example.com", True, HOST, R, False)]),
    ("pf-obsolete-child-of-our-domain-seller", f"{_PF}; PowerMTA's bad-domain wording (review 45) naming the "
     "prospect's parent domain; our seller sends from a subdomain of it (mail.partner.example)",
     _seller(relayed("550 5.0.0 Domain partner.example is obsolete", status="5.0.0", address="lead@partner.example"),
             "sales@mail.partner.example"), [(PARTNER, True, HOST, R, False)]),
]

ROWS = FREE_MAIL + ROLES + NESTED + MORE_ROWS
