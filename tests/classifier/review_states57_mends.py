"""Review states57's mend rows and controls (HAND-MADE, written and committed before the mends ran on them):
hMailServer's two no-mail-server texts (source/Server/SMTP/ExternalDelivery.cpp: 'No mail servers appear to exists
for the recipient's address.' when DNS answered with no mail server, hostunknown, hard; 'Unable to find the
recipient's email server. The DNS query has failed.' when the query itself failed, networkerror, soft) and the
paraphrase of qmail's rcpthosts refusal ('553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)', an
ISP's as viws.ru quotes it: norelaying, not the 5.7.1's securityerror). The controls keep their readings: hMailServer's
own relay host not found (our configuration, no word on the recipient), qmail's envelope-sender refusal under the
same 5.7.1, and a client host (ours) said not among the allowed hosts."""

from __future__ import annotations

from tests.classifier.review_holdout50 import ANY, HU, R, S, pf_remote, soft
from tests.classifier.review_holdout50_layouts import POSTFIX_SRC, QMAIL_SRC, qmail
from tests.classifier.review_holdout51_layouts import HMAIL_SRC
from tests.classifier.review_states57 import HMAIL_DNS, hmail_dns

VIWS = "viws.ru 'Why are letters not sent' ('553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)')"
DNS_FAILED = ("networkerror", "expired", "systemerror")

ROWS = [
    ("st57-m-hmail-no-mail-servers-2", f"{HMAIL_SRC}; {HMAIL_DNS} (DNS answered: no mail server)",
     hmail_dns("m1", "accounts@ostrava-steelworks.cz", "No mail servers appear to exists for the recipient's address."
               "\n   Additional information: Please check that you have not misspelled the recipient's email address.",
               host="mail.example-clinic.com.au"), [("accounts@ostrava-steelworks.cz", True, HU, R, False)]),
    ("st57-m-hmail-dns-query-failed-2", f"{HMAIL_SRC}; {HMAIL_DNS} (the query failed: temporary, given up)",
     hmail_dns("m2", "info@patagonia-lodges.cl", "Unable to find the recipient's email server. The DNS query has "
               "failed.", host="mail.example-clinic.com.au"), soft("info@patagonia-lodges.cl", DNS_FAILED, ANY)),
    ("st57-m-postfix-allowed-hosts", f"{POSTFIX_SRC}; {VIWS}",
     pf_remote("m3", "office@tatra-travel.pl", "553 Sorry, this domain is not in my list of allowed hosts (#5.7.1)",
               "5.7.1", "mx.tatra-travel.pl"), soft("office@tatra-travel.pl", ("norelaying",), ANY)),
    # Controls.
    ("st57-m-ctl-hmail-relay-host-not-found", f"{HMAIL_SRC}; {HMAIL_DNS} ('The host specified as SMTP relay server "
     "could not be found': our own relay setting)",
     hmail_dns("m4", "sales@harbour-lights.co.nz", "The host specified as SMTP relay server could not be found. Please "
               "contact your server administrator."), soft("sales@harbour-lights.co.nz", (), ANY)),
    ("st57-m-ctl-qmail-envelope-sender", f"{QMAIL_SRC}; qmail-smtpd.c ('553 sorry, your envelope sender domain must "
     "exist (#5.7.1)': our domain, same 5.7.1)",
     qmail("m5", "b.novak@ljubljana-wood.si", detail="Connected to 203.0.113.64 but sender was rejected.\nRemote host "
           "said: 553 sorry, your envelope sender domain must exist (#5.7.1)\nGiving up on 203.0.113.64."),
     soft("b.novak@ljubljana-wood.si", ("rejected",), S)),
    ("st57-m-ctl-postfix-your-host-not-allowed", f"{POSTFIX_SRC}; a client-host ACL refusal at MAIL FROM (our host "
     "named, not the recipient's domain)",
     pf_remote("m6", "k.lund@aarhus-design.dk", "550 5.7.1 Your host is not in my list of allowed hosts", "5.7.1",
               "mx.aarhus-design.dk", command="MAIL FROM"),
     soft("k.lund@aarhus-design.dk", ("rejected", "blocked", "securityerror"), S)),
]
