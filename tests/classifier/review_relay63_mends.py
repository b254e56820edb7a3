"""Relay 63's mends (see test_review_relay63.py): rows written after the first run, each either FAILING without its
mend (checked by reverting it) or a CONTROL that reads the same before and after. Expectations from the servers'
words and shared/classifier/taxonomy.md. Mends: said_of_others._LISTS_OWN_TEXT (a DNS block list's own text after
its verdict on our host is not the recipient's missing user), route_words' HOSTUNKNOWN domain "not registered"
never "under / in your account" (Google Workspace's relay refusing our sending domain)."""

from __future__ import annotations

from tests.classifier.review_holdout50 import BLOCKED, S, ex_remote, g_remote, hard, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, GMAIL_SRC, POSTFIX_SRC
from tests.classifier.review_relay63 import GWS_RELAY, NR
from tests.classifier.review_relay63_more import BLOCK, CPANEL_RBL, EXIM_RBL, PF_RBL, PF_RECIP, TXT_FREE

OURIP = "198.51.100.7"
HU = ("hostunknown",)
PF_DOMAIN = "Postfix access(5) / smtpd_check.c recipient domain refusals in an admin's words ('domain ... not registered')"


def ours(a: str, reasons: tuple) -> list[tuple]:
    return [(a, False, reasons, S, False)]


def gone_domain(a: str) -> list[tuple]:
    return [(a, True, HU, "recipient", False)]


MEND_ROWS = [
    # Fail without said_of_others._LISTS_OWN_TEXT (read userunknown, hard).
    ("r63m-exim-cpanel-rbl-user-unknown-flood", f"{EXIM_SRC}; {CPANEL_RBL}; {TXT_FREE}",
     ex_remote("m1", "y.haddad@cedar-print.com.lb", f"550 JunkMail rejected - mail.example.com [{OURIP}]:51312 is in "
               "an RBL: invalid recipients / user unknown flood, see https://rbl.example.net/?ip=198.51.100.7",
               "server.cedar-print.com.lb"), ours("y.haddad@cedar-print.com.lb", BLOCK)),
    ("r63m-gmail-rbl-txt-unknown-users", f"{GMAIL_SRC}; {PF_RBL}; {TXT_FREE}",
     g_remote("m2", "a.svensson@gota-kanal.se", f"554 5.7.1 Service unavailable; Client host [{OURIP}] blocked using "
              "dnsbl.example-isp.net; listed for mail to unknown users (directory harvest)", "5.7.1",
              "mx.gota-kanal.se", heading="Message blocked", lead=BLOCKED), ours("a.svensson@gota-kanal.se", BLOCK)),
    # Fails without route_words' "under / in your" (read hostunknown, hard).
    ("r63m-exim-gws-domain-not-registered-under-account", f"{EXIM_SRC}; {GWS_RELAY}",
     ex_remote("m3", "b.fontaine@jura-horlogerie.ch", f"550-5.7.1 Invalid credentials for relay [{OURIP}]. The IP "
               "address you've\n    550-5.7.1 registered in your Workspace SMTP Relay service doesn't match domain "
               "of\n    550-5.7.1 the account this email is being sent from. If you are trying to\n    550 5.7.1 "
               "relay mail from a domain that isn't registered under your account - gsmtp", "smtp-relay.gmail.com"),
     ours("b.fontaine@jura-horlogerie.ch", NR + ("securityerror", "rejected"))),
    # Controls: read the same before and after.
    ("r63m-ctl-exim-black-list-at-unknown-users", f"{EXIM_SRC}; {EXIM_RBL}; {TXT_FREE}",
     ex_remote("m4", "o.petit@somme-agri.fr", f"550-Rejected because {OURIP} is in a black list at "
               "dnsbl.example.net\n    550 listed: too many unknown users from this host", "mx.somme-agri.fr"),
     ours("o.petit@somme-agri.fr", BLOCK)),
    ("r63m-ctl-pf-user-unknown-not-in-black-list", f"{POSTFIX_SRC}; {PF_RECIP}",
     pf_remote("m5", "g.moretti@adige-legno.it", "550 5.1.1 <g.moretti@adige-legno.it>... User unknown; this host is "
               "not in a black list at any provider", "5.1.1", "mx.adige-legno.it"), hard("g.moretti@adige-legno.it")),
    ("r63m-ctl-pf-unknown-virtual-mailbox-relay-at", f"{POSTFIX_SRC}; {PF_RECIP}",
     pf_remote("m6", "v.horak@morava-sklo.cz", "550 5.1.1 <v.horak@morava-sklo.cz>: Recipient address rejected: User "
               "unknown in virtual mailbox table (relay at mx.morava-sklo.cz)", "5.1.1", "mx.morava-sklo.cz"),
     hard("v.horak@morava-sklo.cz")),
    ("r63m-ctl-pf-domain-does-not-appear-registered", f"{POSTFIX_SRC}; {PF_DOMAIN}",
     pf_remote("m7", "info@kestrel-supplies.example", "550 5.1.2 <info@kestrel-supplies.example>: Recipient address "
               "rejected: that domain does not appear to be registered", "5.1.2", "relay.isp.example"),
     gone_domain("info@kestrel-supplies.example")),
    ("r63m-ctl-pf-domain-not-registered-in-the-dns", f"{POSTFIX_SRC}; {PF_DOMAIN}",
     pf_remote("m8", "sales@osprey-tools.example", "550 5.7.1 <sales@osprey-tools.example>: Recipient address "
               "rejected: the domain osprey-tools.example is not registered in the DNS", "5.7.1", "relay.isp.example"),
     gone_domain("sales@osprey-tools.example")),
]
