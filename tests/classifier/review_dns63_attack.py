"""Review dns63, second wave (after the first run read 60/61 with no false hard): harder look-alikes, each a hard
DNS phrase ('all relevant MX records point to non-existent hosts', 'Host or domain name not found ... Host not found',
'Host unknown', 'couldn't find any host named', 'does not accept mail (nullMX)', 521) said about something that is
NOT the recipient's domain: OUR sender domain inside a sender verification, OUR smart host or relay route, OUR
sending IP (521 with a blocklist), a domain whose MX loops back to the sender; plus the temporary 'does not resolve'
of our sender domain. Expected SOFT, written BEFORE the classifier ran on them (committed first). HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices17 as r17
from tests.classifier.review_dns63 import RELAY, _pf_own
from tests.classifier.review_dns63_layouts import (EXIM_DNS, EXIM_VERIFY, PF_LOOP, PF_SENDER, QMAIL_ROUTE, RBL_521,
                                                   SM_SENDER, SM_SMART)
from tests.classifier.review_holdout50 import ex_remote, pf_remote
from tests.classifier.review_holdout50_layouts import EXIM_SRC, POSTFIX_SRC, QMAIL_SRC, SELLER, exim, postfix, qmail
from tests.classifier.review_notices51_layouts import S, sendmail_own, soft

C = "v.ferreira@tagus-cargo.pt"  # the recipient; its domain is fine
MX = "mx.tagus-cargo.pt"
OURS = SELLER.split("@")[1]

ROWS = [
    # ---- our sender domain, in the receiver's words
    ("d63-ex-remote-sender-verify-mx-nonexistent", EXIM_VERIFY + "; " + EXIM_DNS + "; " + EXIM_SRC,
     ex_remote("d63a1", C, f"550-Verification failed for <{SELLER}>\n    550-all relevant MX records point to "
               "non-existent hosts\n    550 Sender verify failed", MX), soft(scope=S, address=C)),
    ("d63-pf-remote-unverified-sender-host-not-found", PF_SENDER + "; " + POSTFIX_SRC,
     pf_remote("d63a2", C, f"550 5.1.7 <{SELLER}>: Sender address rejected: undeliverable address: Host or domain "
               f"name not found. Name service error for name={OURS} type=MX: Host not found", "5.1.7", MX),
     soft(scope=S, address=C)),
    ("d63-pf-remote-sender-nullmx-556", PF_SENDER + "; " + POSTFIX_SRC,
     pf_remote("d63a3", C, f"556 5.7.27 <{SELLER}>: Sender address rejected: Domain {OURS} does not accept mail "
               "(nullMX)", "5.7.27", MX, command="MAIL FROM"), soft(scope=S, address=C)),
    ("d63-pf-remote-sender-does-not-resolve-451-delayed", SM_SENDER + "; " + POSTFIX_SRC,
     pf_remote("d63a4", C, f"451 4.1.8 Domain of sender address {SELLER} does not resolve", "4.1.8", MX,
               command="MAIL FROM", action="delayed"), soft(scope=S, address=C, delay=True)),
    ("d63-pf-remote-sender-does-not-resolve-451-expired", SM_SENDER + "; " + POSTFIX_SRC,
     pf_remote("d63a5", C, f"451 4.1.8 Domain of sender address {SELLER} does not resolve", "4.1.8", MX,
               command="MAIL FROM"), soft(scope=S, address=C)),
    # ---- our sending IP refused with 521 (RFC 7504 allows it for a refused client)
    ("d63-pf-remote-521-blocklisted-client", RBL_521 + "; " + POSTFIX_SRC,
     postfix("d63a6", C, reason=f"host {MX}[203.0.113.25] refused to talk to me: 521 5.7.1 Service unavailable; Client "
             "host [198.51.100.7] blocked using zen.spamhaus.org", status="5.7.1", remote=MX,
             diag="521 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org"),
     soft(scope=S, address=C)),
    # ---- the recipient's domain exists, its MX loops back to us
    ("d63-pf-own-loops-back-to-myself", PF_LOOP + "; " + POSTFIX_SRC,
     _pf_own("d63a7", C, "mail for tagus-cargo.pt loops back to myself", "5.4.6"), soft(address=C)),
    # ---- our smart host or relay route does not resolve
    ("d63-sm-own-smart-host-unknown", SM_SMART,
     sendmail_own("d63a8", "550 5.1.2", f"Host unknown (Name server: {RELAY}: host not found)", "5.1.2", address=C),
     soft(address=C)),
    ("d63-sm-expired-smart-host-lookup-failure", SM_SMART,
     r17.sendmail_expired("d63a9", C, f"Deferred: Name server: {RELAY}.: host name lookup failure"), soft(address=C)),
    ("d63-qmail-smtproutes-relay-not-found", QMAIL_ROUTE + "; " + QMAIL_SRC,
     qmail("d63a10", C, detail=f"Sorry, I couldn't find any host named {RELAY}. (#5.1.2)"), soft(address=C)),
    ("d63-ex-warning-smarthost-lookup-failed", EXIM_DNS + " (host_find_failed = defer); Exim deliver.c delay warning; "
     + EXIM_SRC, exim("d63a11", C, detail=f"lookup of host \"{RELAY}\" failed in smarthost router", delay_hours=24),
     soft(address=C, delay=True)),
    ("d63-pf-own-relayhost-aaaa-not-found-expired", "Postfix relayhost (review_dns63_layouts.PF_RELAYHOST); "
     + POSTFIX_SRC, _pf_own("d63a12", C, f"Host or domain name not found. Name service error for name={RELAY} "
                            "type=AAAA: Host not found", "4.3.5"), soft(address=C)),
]
