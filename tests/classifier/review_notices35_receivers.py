"""The thirty-fifth review's receivers' refusals that blame the SENDER (its IP, HELO name, envelope sender,
authentication or rate), as Postfix's smtpd, postscreen and policy services, Exim's ACLs and Sendmail's
rulesets word them, each carried in one or more layouts of the MTA that reports it (our Postfix relay's
report and its whole bounce(8) notice, Exim's bounce, Sendmail's DSN, Gmail's DSN, Exchange Online's NDR).
Many carry words a reader takes for the recipient's missing mailbox: Postfix's reject_unlisted_sender
("550 5.1.0 <sender>: Sender address rejected: User unknown in local recipient table"), its
reject_unverified_sender quoting the sender's own server ("... user unknown", Gmail's "The email account
that you tried to reach does not exist", Postfix's "Host or domain name not found"), Sendmail's "Domain of
sender address ... does not exist", pypolicyd-spf's "Recipient address rejected: ... SPF fail". Then
true recipient failures written close to them (the same restriction for the recipient; the same MTA and
layout), which must stay hard. Sources: review_notices35_layouts.py. Expectations from the words and
shared/classifier/taxonomy.md, written before the classifier ran. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.review_notices14_layouts import sendmail
from tests.classifier.review_notices35_layouts import (ANY, AUTH, BLOCK, EXIM_DMARC, EXIM_DNSBL, EXIM_RATE, EXIM_SPF,
                                                       EXIM_UNROUTE, G_SMTP, IP, OPENDMARC, PF_ACCESS, PF_ANVIL,
                                                       PF_CLIENT, PF_HELO, PF_LOGIN, PF_NONFQDN, PF_RBL, PF_UNKNOWN_DOMAIN,
                                                       PF_UNLISTED, PF_VERIFY, POLICYD_SPF, POSTSCREEN, RATE, REJ, R,
                                                       SELLER, SM_ACCESS, SM_DNSBL, SM_DOMAIN, SM_RATE, SM_UNKNOWN,
                                                       UNKNOWN, YAHOO_TS, exim_remote, exo_remote, gm_remote, hard, pf,
                                                       pf14, sm_remote, soft)

LEAD = "lead@example.org"
SENDER_REJ = REJ + ("blocked", "policyviolation", "securityerror")


def _layouts(name: str, source: str, reply: str, status: str, command: str, expected: list[tuple],
             which: str = "pf,pf14,exim,sm,gm,exo") -> list[tuple]:
    """One reply in several reporting layouts, one row each."""
    build = {
        "pf": lambda: pf(reply, status, command),
        "pf14": lambda: pf14(f"{name}-pf14", reply, status, command),
        "exim": lambda: exim_remote(f"{name}-exim", reply, command),
        "sm": lambda: sm_remote(f"{name}-sm", reply, status, command),
        "gm": lambda: gm_remote(reply, status),
        "exo": lambda: exo_remote(reply, status),
    }
    label = {"pf": "our Postfix relay's report", "pf14": "Postfix's whole bounce(8) notice", "exim": "Exim's bounce",
             "sm": "Sendmail's DSN", "gm": "Gmail's DSN", "exo": "Exchange Online's NDR"}
    return [(f"{name}-{k}", f"{source} ({label[k]})", build[k](), expected) for k in which.split(",")]


# ---- Postfix smtpd: the envelope sender ---------------------------------------------------------
UNLISTED_LOCAL = f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in local recipient table"
UNLISTED_VIRTUAL = f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in virtual mailbox table"
UNLISTED_RELAY = f"550 5.1.0 <{SELLER}>: Sender address rejected: User unknown in relay recipient table"
DOMAIN_550 = f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not found"
VERIFY_GMAIL = (f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable address: host "
                "aspmx.l.google.com[142.250.1.26] said: 550-5.1.1 The email account that you tried to reach does not "
                "exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For "
                "more information, go to https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp (in reply to "
                "RCPT TO command)")
VERIFY_EXO = (f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable address: host "
              "example-com.mail.protection.outlook.com[52.101.1.2] said: 550 5.4.1 Recipient address rejected: Access "
              "denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A5F.eurprd04.prod.outlook.com"
              "] (in reply to RCPT TO command)")
VERIFY_NX = ("550 5.1.7 <seller@nosuch-sender.example>: Sender address rejected: undeliverable address: Host or "
             "domain name not found. Name service error for name=nosuch-sender.example type=A: Host not found")
VERIFY_TRY = (f"450 4.1.7 <{SELLER}>: Sender address rejected: unverified address: Host or domain name not found. "
              "Name service error for name=example.com type=MX: Host not found, try again")
VERIFY_BOUNCED = (f"450 4.1.7 <{SELLER}>: Sender address rejected: unverified address: host mx.example.com[192.0.2.8]"
                  f" said: 550 5.1.1 <{SELLER}>: Recipient address rejected: User unknown in virtual alias table "
                  "(in reply to RCPT TO command)")

SENDER = (
    _layouts("pf-unlisted-sender-local", PF_UNLISTED, UNLISTED_LOCAL, "5.1.0", "MAIL", soft(SENDER_REJ))
    + _layouts("pf-unlisted-sender-virtual", PF_UNLISTED, UNLISTED_VIRTUAL, "5.1.0", "MAIL", soft(SENDER_REJ),
               "pf,exim,gm,exo")
    + _layouts("pf-unlisted-sender-relay", PF_UNLISTED, UNLISTED_RELAY, "5.1.0", "MAIL", soft(SENDER_REJ), "pf,sm")
    + _layouts("pf-unknown-sender-domain-550", PF_UNKNOWN_DOMAIN, DOMAIN_550, "5.1.8", "MAIL", soft(SENDER_REJ),
               "pf14,exim,sm,gm")
    + _layouts("pf-unverified-sender-gmail-no-such-user", PF_VERIFY + "; " + G_SMTP + " (the sender's own mailbox "
               "at Gmail is the one missing)", VERIFY_GMAIL, "5.1.7", "MAIL", soft(SENDER_REJ), "pf,pf14,exim,gm")
    + _layouts("pf-unverified-sender-exo-access-denied", PF_VERIFY + " (the sender's Microsoft 365 domain refusing "
               "the probe)", VERIFY_EXO, "5.1.7", "MAIL", soft(SENDER_REJ), "pf,exo")
    + _layouts("pf-unverified-sender-nxdomain", PF_VERIFY + " (the sender's domain has no address records)",
               VERIFY_NX, "5.1.7", "MAIL", soft(SENDER_REJ), "pf,exim,sm")
    + [("pf-unverified-sender-try-again", PF_VERIFY + " (a DNS failure of the sender's domain, temporary)",
        pf(VERIFY_TRY, "4.1.7", "MAIL"), soft(SENDER_REJ + ("networkerror",), delay=True)),
       ("pf-unverified-sender-bounced-450", PF_VERIFY + " (the default 450: the sender's server said 'User unknown')",
        pf(VERIFY_BOUNCED, "4.1.7", "RCPT"), soft(SENDER_REJ, delay=True)),
       ("pf-unverified-sender-bounced-450-given-up", PF_VERIFY + " (the same, given up after the retries)",
        pf(VERIFY_BOUNCED, "4.1.7", "RCPT", action="failed"), soft(SENDER_REJ)),
       ("pf-non-fqdn-sender", PF_NONFQDN,
        pf("504 5.5.2 <seller>: Sender address rejected: need fully-qualified address", "5.5.2", "MAIL"),
        soft(SENDER_REJ + ("syntaxerror",))),
       ("pf-sender-login-mismatch", PF_LOGIN + " (our own smarthost)",
        pf(f"553 5.7.1 <{SELLER}>: Sender address rejected: not owned by user seller2", "5.7.1", "MAIL",
           "smtp.example.com"), soft(SENDER_REJ)),
       ("pf-unauthenticated-sender-login", PF_LOGIN + " (our own smarthost)",
        pf(f"553 5.7.1 <{SELLER}>: Sender address rejected: not logged in", "5.7.1", "MAIL", "smtp.example.com"),
        soft(SENDER_REJ)),
       ("pf-sender-access-denied", PF_ACCESS,
        pf(f"554 5.7.1 <{SELLER}>: Sender address rejected: Access denied", "5.7.1", "MAIL"), soft(SENDER_REJ)),
       ("pf-sender-access-denied-exim", PF_ACCESS + " (Exim's bounce)",
        exim_remote("sender-access", f"554 5.7.1 <{SELLER}>: Sender address rejected: Access denied", "MAIL"),
        soft(SENDER_REJ)),
       ("pf-sender-domain-malformed-dns", PF_UNKNOWN_DOMAIN + " ('Malformed DNS server reply')",
        pf(f"450 4.1.8 <{SELLER}>: Sender address rejected: Malformed DNS server reply", "4.1.8", "MAIL"),
        soft(SENDER_REJ + ("networkerror",), delay=True)),
       ]
)

# ---- Postfix smtpd: the client, HELO, RHSBL, rates; postscreen; policy services and milters -------------
CLIENT = (
    [("pf-client-access-denied", PF_ACCESS,
      pf(f"554 5.7.1 <unknown[{IP}]>: Client host rejected: Access denied", "5.7.1", "RCPT"), soft(BLOCK)),
     ("pf-unknown-client-hostname-5725", PF_CLIENT,
      pf(f"550 5.7.25 Client host rejected: cannot find your hostname, [{IP}]", "5.7.25", "RCPT"),
      soft(("requireptr", "blocked"))),
     ("pf-unknown-reverse-hostname-5725-exim", PF_CLIENT + " (Exim's bounce)",
      exim_remote("rev-5725", f"550 5.7.25 Client host rejected: cannot find your reverse hostname, [{IP}]"),
      soft(("requireptr", "blocked"))),
     ("pf-unknown-client-hostname-4725", PF_CLIENT + " (the temporary default)",
      pf(f"450 4.7.25 Client host rejected: cannot find your hostname, [{IP}]", "4.7.25", "RCPT"),
      soft(("requireptr", "blocked"), delay=True)),
     ("pf-helo-host-not-found", PF_HELO,
      pf("450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", "4.7.1", "RCPT"),
      soft(BLOCK + ("requireptr",), delay=True)),
     ("pf-helo-invalid-name", PF_HELO,
      pf("501 5.5.2 <mail_example>: Helo command rejected: Invalid name", "5.5.2", "RCPT"),
      soft(BLOCK + ("syntaxerror",))),
     ("pf-rhsbl-sender", PF_RBL + " (the sender's domain listed)",
      pf(f"554 5.7.1 Service unavailable; Sender address [{SELLER}] blocked using dbl.spamhaus.org; "
         "https://www.spamhaus.org/query/domain/example.com", "5.7.1", "RCPT"), soft(BLOCK + REJ)),
     ("pf-rhsbl-sender-gmail", PF_RBL + " (Gmail's DSN)",
      gm_remote(f"554 5.7.1 Service unavailable; Sender address [{SELLER}] blocked using dbl.spamhaus.org; "
                "https://www.spamhaus.org/query/domain/example.com", "5.7.1"), soft(BLOCK + REJ)),
     ("pf-rhsbl-helo", PF_RBL + " (our HELO name's domain listed)",
      pf("554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using dbl.spamhaus.org",
         "5.7.1", "RCPT"), soft(BLOCK)),
     ("pf-anvil-too-many-connections", PF_ANVIL,
      pf(f"421 4.7.0 mx.example.org Error: too many connections from {IP}", "4.7.0", "CONN"),
      soft(RATE + ("blocked",), delay=True)),
     ("pf-anvil-too-much-mail", PF_ANVIL,
      pf(f"450 4.7.1 Error: too much mail from {IP}", "4.7.1", "MAIL"), soft(RATE + ("blocked",), delay=True)),
     ("pf-anvil-too-many-recipients", PF_ANVIL,
      pf(f"450 4.7.1 Error: too many recipients from {IP}", "4.7.1", "RCPT"),
      soft(RATE + ("blocked", "exceedlimit"), delay=True)),
     ("pf-anvil-too-many-recipients-given-up", PF_ANVIL + " (given up after the retries)",
      pf14("anvil-given-up", f"450 4.7.1 Error: too many recipients from {IP}", "4.7.1", "RCPT"),
      soft(RATE + ("blocked", "exceedlimit"))),
     ("postscreen-service-currently-unavailable", POSTSCREEN,
      pf("550 5.3.2 Service currently unavailable", "5.3.2", "RCPT"), soft((), ANY)),
     ("postscreen-service-currently-unavailable-exim", POSTSCREEN + " (Exim's bounce)",
      exim_remote("postscreen", "550 5.3.2 Service currently unavailable"), soft((), ANY)),
     ]
    + _layouts("policyd-spf-fail", POLICYD_SPF,
               f"550 5.7.23 <{LEAD}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized."
               f" Please see http://www.openspf.net/Why?s=mfrom;id={SELLER};ip={IP};r=<UNKNOWN>", "5.7.23", "RCPT",
               soft(AUTH), "pf,pf14,exim,sm,gm")
    + _layouts("policyd-spf-fail-571", POLICYD_SPF + " (older release: 5.7.1)",
               f"550 5.7.1 <{LEAD}>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. "
               f"Please see http://www.openspf.net/Why?s=mfrom;id={SELLER};ip={IP};r=<UNKNOWN>", "5.7.1", "RCPT",
               soft(AUTH), "pf,exo")
    + _layouts("opendmarc-reject", OPENDMARC, "550 5.7.1 rejected by DMARC policy for example.com", "5.7.1", "DATA",
               soft(AUTH + ("policyviolation",)), "pf,exim,gm,exo")
)

# ---- Exim ACLs; Sendmail rulesets ------------------------------------------------------------------
EXIM_BL = f"550-rejected because {IP} is in a black list at zen.spamhaus.org\n550 https://www.spamhaus.org/query/ip/{IP}"
EXIM_SPF_TEXT = (f"550 {IP} is not allowed to send mail from example.com. Please see http://www.open-spf.org/Why?"
                 f"scope=mfrom;identity={SELLER};ip={IP}")
EXIM_SM = (
    _layouts("exim-dnsbl-default", EXIM_DNSBL, EXIM_BL.replace("\n", " "), "5.7.1", "RCPT", soft(BLOCK),
             "pf,exim,gm")
    + _layouts("exim-spf-fail", EXIM_SPF, EXIM_SPF_TEXT, "5.7.1", "RCPT", soft(AUTH), "pf,exim,sm,gm,exo")
    + _layouts("exim-spf-fail-short", EXIM_SPF + " (without the link)",
               f"550 {IP} is not allowed to send mail from example.com", "5.7.1", "RCPT", soft(AUTH), "pf,exim")
    + _layouts("exim-dmarc-reject", EXIM_DMARC, "550 Rejected by sender's DMARC policy", "5.7.1", "DATA",
               soft(AUTH + ("policyviolation",)), "pf,exim,gm,exo")
    + _layouts("exim-ratelimit", EXIM_RATE + " (our smarthost's deny)", "550 Sender rate overlimit - 120.3 / 1h",
               "5.0.0", "RCPT", soft(("speeding",)), "pf,exim")
    + [("exim-ratelimit-defer", EXIM_RATE + " (its defer form)",
        pf("450 Sender rate overlimit - 120.3 / 1h", "4.0.0", "RCPT"), soft(("speeding",), delay=True))]
    + _layouts("sm-domain-of-sender-does-not-exist", SM_DOMAIN,
               "553 5.1.8 <seller@nosuch-sender.example>... Domain of sender address seller@nosuch-sender.example "
               "does not exist", "5.1.8", "MAIL", soft(SENDER_REJ), "pf,pf14,exim,sm,gm,exo")
    + [("sm-domain-of-sender-does-not-resolve", SM_DOMAIN,
        pf(f"451 4.1.8 Domain of sender address {SELLER} does not resolve", "4.1.8", "MAIL"),
        soft(SENDER_REJ + ("networkerror",), delay=True)),
       ("sm-domain-of-sender-does-not-resolve-sendmail", SM_DOMAIN + " (Sendmail's DSN, given up)",
        sm_remote("sm-nores", f"451 4.1.8 Domain of sender address {SELLER} does not resolve", "4.1.8", "MAIL"),
        soft(SENDER_REJ + ("networkerror",)))]
    + _layouts("sm-dnsbl-default", SM_DNSBL, f"550 5.7.1 Rejected: {IP} listed at zen.spamhaus.org", "5.7.1", "RCPT",
               soft(BLOCK), "pf,sm,gm")
    + _layouts("sm-access-reject-from", SM_ACCESS, f"550 5.7.1 <{SELLER}>... Access denied", "5.7.1", "MAIL",
               soft(SENDER_REJ), "pf,sm,exo")
    + [("sm-ratecontrol", SM_RATE, pf("421 4.3.2 Connection rate limit exceeded.", "4.3.2", "CONN"),
        soft(RATE, delay=True)),
       ("sm-conncontrol", SM_RATE, pf("421 4.3.2 Too many open connections.", "4.3.2", "CONN"),
        soft(RATE, delay=True)),
       ("yahoo-tss09-permanently-deferred", YAHOO_TS,
        pf(f"553 5.7.2 [TSS09] All messages from {IP} will be permanently deferred; Retrying will NOT succeed. See "
           "https://postmaster.yahooinc.com/error-codes", "5.7.2", "MAIL", "mta7.am0.yahoodns.net",
           "reader@yahoo.com"), soft(BLOCK + REJ, address="reader@yahoo.com"))]
)

# ---- controls: the recipient's own failures, written close to the rows above ------------------------
VERIFY_RCPT = (f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host mx2.example.org"
               f"[192.0.2.9] said: 550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient "
               "table (in reply to RCPT TO command)")
CONTROLS = (
    _layouts("control-pf-unlisted-recipient", PF_UNLISTED + " (the recipient: 5.1.1)",
             f"550 5.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table", "5.1.1", "RCPT",
             hard(), "pf,exim,sm,exo")
    + _layouts("control-pf-unverified-recipient", PF_VERIFY + " (the recipient, verified at the backend)",
               VERIFY_RCPT, "5.1.1", "RCPT", hard(), "pf,pf14,exim,gm")
    + [("control-pf-unverified-recipient-450", PF_VERIFY + " (the recipient, the temporary default)",
        pf(VERIFY_RCPT.replace("550 5.1.1", "450 4.1.1", 1).replace("undeliverable", "unverified"), "4.1.1", "RCPT"),
        soft(UNKNOWN, R, delay=True)),
       ("control-pf-unknown-recipient-domain-450", PF_UNKNOWN_DOMAIN + " (the recipient's domain, temporary)",
        pf("450 4.1.2 <lead@nosuch.example>: Recipient address rejected: Domain not found", "4.1.2", "RCPT",
           address="lead@nosuch.example"), soft(("hostunknown",), R, delay=True, address="lead@nosuch.example")),
       ("control-pf-unknown-recipient-domain-550", PF_UNKNOWN_DOMAIN + " (the recipient's domain, NXDOMAIN)",
        pf14("rcpt-nx", "550 5.1.2 <lead@nosuch.example>: Recipient address rejected: Domain not found", "5.1.2",
             "RCPT", address="lead@nosuch.example"), hard(("hostunknown",), address="lead@nosuch.example")),
       ("control-pf-recipient-access-denied", PF_ACCESS + " (the recipient's server refusing this recipient by its "
        "own table: not a missing address, soft)",
        pf(f"554 5.7.1 <{LEAD}>: Recipient address rejected: Access denied", "5.7.1", "RCPT"), soft((), ANY)),
       ("control-sm-user-unknown", SM_UNKNOWN,
        sm_remote("sm-unknown", f"550 5.1.1 <{LEAD}>... User unknown", "5.1.1", "RCPT"), hard()),
       ("control-sm-user-unknown-gmail", SM_UNKNOWN + " (Gmail's DSN)",
        gm_remote(f"550 5.1.1 <{LEAD}>... User unknown", "5.1.1"), hard()),
       ("control-exim-unrouteable", EXIM_UNROUTE,
        exim_remote("unroute", "550 Unrouteable address"), hard()),
       ("control-exim-callout-recipient", EXIM_UNROUTE + " (a recipient callout at the recipient's gateway)",
        exim_remote("callout-rcpt", f"550-Callout verification failed: 550 550 5.1.1 <{LEAD}>: Recipient address "
                    "rejected: User unknown in virtual mailbox table"), hard()),
       ("control-gmail-no-such-user-exim", G_SMTP + " (the recipient at Gmail; Exim's bounce)",
        exim_remote("gm-nsu", "550-5.1.1 The email account that you tried to reach does not exist. Please try "
                    "double-checking the recipient's email address for typos or unnecessary spaces. For more "
                    "information, go to https://support.google.com/mail/?p=NoSuchUser a1si2.3 - gsmtp",
                    host="aspmx.l.google.com [142.250.1.26]"), hard()),
       ("control-sm-sender-ok-then-user-unknown", SM_UNKNOWN + " (the transcript shows the sender accepted first)",
        sendmail("sm-ok-unknown", [(f"<{LEAD}>", "550 5.1.1 <lead@example.org>... User unknown", None)],
                 [(LEAD, None, "5.1.1", f"550 5.1.1 <{LEAD}>... User unknown")], to=LEAD,
                 transcript=f"... while talking to mx.example.org.:\n>>> MAIL From:<{SELLER}> SIZE=1514\n<<< 250 2.1.0 "
                 f"<{SELLER}>... Sender ok\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 <{LEAD}>... User unknown"), hard()),
       ]
)

ROWS = SENDER + CLIENT + EXIM_SM + CONTROLS
