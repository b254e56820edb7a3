"""Review dns63, second wave (after the first run read 60/61 with no false hard): harder look-alikes, each a hard
DNS phrase ('all relevant MX records point to non-existent hosts', 'Host or domain name not found ... Host not found',
'Host unknown', 'couldn't find any host named', 'does not accept mail (nullMX)', 521) said about something that is
NOT the recipient's domain: OUR sender domain inside a sender verification, OUR smart host or relay route, OUR
sending IP (521 with a blocklist), a domain whose MX loops back to the sender; plus the temporary 'does not resolve'
of our sender domain. A third wave (below) after the second read right. Expected SOFT but two hard controls of the
third wave, written BEFORE the classifier ran on them (committed first). HAND-MADE."""

from __future__ import annotations

from tests.classifier import review_notices17 as r17
from tests.classifier.review_dns63 import RELAY, _pf_own
from tests.classifier.review_dns63_layouts import (EXCH_DNS, EXIM_DNS, EXIM_VERIFY, HARAKA_SPF, ORIGINAL_WORDS, PF_CONNECT,
                                                   PF_LOOP, PF_RELAYHOST, PF_SENDER, PF_TEMP_LOOKUP, PF_TEMPLATE,
                                                   PROVIDER_RELAYS, QMAIL_ROUTE, RBL_521, SM_SENDER, SM_SMART)
from tests.classifier.review_holdout50 import PROBLEM, ex_remote, exo_remote, g_remote, pf_remote
from tests.classifier.review_holdout50_layouts import (EXIM_SRC, EXO_SRC, GMAIL_SRC, POSTFIX_SRC, QMAIL_SRC, REP, SELLER,
                                                       exim, exo, postfix, qmail)
from tests.classifier.review_notices51_layouts import S, hard, sendmail_own, soft

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

# ---- third wave (written after the second read 12/12): DNS words in the returned original, the sender's domain in
# Gmail's and Exchange Online's notices (a reply and an expiry's last error), the receiver's own lookup trouble, our
# SPF's DNS, a localised Postfix template, and an MX host that does not exist in Exchange Online's 5.4.310.
SUBJ = "Quick question about your Q4 logistics"
DNS_SUBJ = "Host or domain name not found? Our DNS check does not accept mail delays"


def _subject(raw: bytes, subject: str) -> bytes:
    """The same notice for an original whose Subject is `subject` (its returned copy and any quote of it)."""
    return raw.replace(SUBJ.encode(), subject.encode())


D = "tagus-cargo.pt"
LED = (f"550 4.4.7 QUEUE.Expired; message expired [{{LED=450 4.1.8 <{REP}>: Sender address rejected: Domain not "
       f"found}};{{MSG=}};{{FQDN={MX}}};{{IP=203.0.113.25}};{{LRT=10/14/2025 9:02:11 AM}}]")
DE_TEMPLATE = {b"This is the mail system at host mail.example.com.": "Dies ist das Mailsystem auf dem Rechner "
               "mail.example.com.", b"I'm sorry to have to inform you that your message could not\nbe delivered to one "
               b"or more recipients. It's attached below.": "Leider konnte Ihre Nachricht an einen oder mehrere "
               "Empfänger nicht zugestellt werden. Sie ist unten angehängt.", b"For further assistance, please send "
               b"mail to postmaster.": "Wenn Sie Hilfe benötigen, schreiben Sie bitte an postmaster.", b"If you do so, "
               b"please include this problem report. You can\ndelete your own text from the attached returned message.":
               "Fügen Sie dabei bitte diesen Fehlerbericht bei. Ihren eigenen Text\nkönnen Sie aus der angehängten "
               "Nachricht löschen."}


def _german(raw: bytes) -> bytes:
    for en, de in DE_TEMPLATE.items():
        raw = raw.replace(en, de.encode())
    return raw.replace(b"charset=us-ascii", b"charset=utf-8", 1)
ROWS += [
    ("d63-pf-delay-original-subject-dns-words", PF_CONNECT + "; " + ORIGINAL_WORDS + "; " + POSTFIX_SRC,
     _subject(_pf_own("d63b1", C, f"connect to {MX}[203.0.113.25]:25: Connection timed out", "4.4.1",
                      action="delayed"), DNS_SUBJ), soft(address=C, delay=True)),
    ("d63-pf-expired-original-subject-dns-words", PF_CONNECT + "; " + ORIGINAL_WORDS + "; " + POSTFIX_SRC,
     _subject(_pf_own("d63b2", C, f"connect to {MX}[203.0.113.25]:25: Connection refused", "4.4.1"), DNS_SUBJ),
     soft(address=C)),
    ("d63-gm-remote-sender-domain-not-found", PF_SENDER.split(" and ")[0] + " (reject_unknown_sender_domain 550 "
     "5.1.8 'Sender address rejected: Domain not found'); " + GMAIL_SRC,
     g_remote("d63b3", C, f"550 5.1.8 <{SELLER}>: Sender address rejected: Domain not found", "5.1.8", MX,
              heading="Message not delivered", lead=PROBLEM), soft(scope=S, address=C)),
    ("d63-exo-447-led-sender-domain-not-found", EXCH_DNS + "; " + EXO_SRC,
     exo("d63b4", C, why="Your message couldn't be delivered. Microsoft 365 tried for a while but has now given up.",
         fix="How to Fix It\nTry sending the message again later.", diag=LED, status="4.4.7"), soft(address=C)),
    ("d63-exo-remote-sender-domain-not-found-550", PF_SENDER.split(" and ")[0] + "; " + EXO_SRC,
     exo_remote("d63b5", C, f"550 5.1.8 <{REP}>: Sender address rejected: Domain not found", "5.1.8", MX),
     soft(scope=S, address=C)),
    ("d63-pf-remote-temporary-lookup-failure-expired", PF_TEMP_LOOKUP + "; " + POSTFIX_SRC,
     pf_remote("d63b6", C, f"451 4.3.0 <{C}>: Temporary lookup failure", "4.3.0", MX), soft(address=C)),
    ("d63-pf-remote-haraka-spf-temperror-delayed", HARAKA_SPF + "; " + POSTFIX_SRC,
     pf_remote("d63b7", C, f"450 sender {SELLER} SPF Temporary Error", "4.0.0", MX, command="MAIL FROM",
               action="delayed"), soft(scope=S, address=C, delay=True)),
    ("d63-pf-german-template-nxdomain", PF_TEMPLATE + "; review_dns63_layouts.PF_DNS",
     _german(_pf_own("d63b8", "s.koch@lahnau-druck.de", "Host or domain name not found. Name service error for "
                     "name=lahnau-druck.de type=MX: Host not found", "5.4.4")), hard(address="s.koch@lahnau-druck.de")),
    ("d63-exo-5310-mx-host-does-not-exist", "Microsoft Learn 'Fix NDR error 550 5.4.310' (the MX record points to a "
     "host name that does not exist: the name in the reply is that host); review 51's rule (every MX names a host "
     "that does not exist: hostunknown); " + EXO_SRC,
     exo("d63b9", "q.martin@ardeche-bois.fr", why="The Domain Name System (DNS) reported that the recipient's domain "
         "does not exist.", fix="How to Fix It\nContact the recipient by some other means.",
         diag="550 5.4.310 DNS domain mail.hostco-legacy.net does not exist [Message=InfoDomainNonexistent] "
         "[LastAttemptedServerName=mail.hostco-legacy.net] [DB8PEPF00000A1B.eurprd02.prod.outlook.com]",
         status="5.4.310"), hard(address="q.martin@ardeche-bois.fr")),
]

# ---- fourth wave (written after the third read right and the readings showed the relay rows read soft because the
# relay's name is under OUR domain, example.com): the same relay failures with a third-party smarthost's name.
SENDGRID, MAILGUN, SES = "smtp.sendgrid.net", "smtp.mailgun.org", "email-smtp.eu-west-1.amazonaws.com"
ROWS += [
    ("d63-pf-relayhost-sendgrid-not-found-expired", PF_RELAYHOST + "; " + PROVIDER_RELAYS + "; " + POSTFIX_SRC,
     _pf_own("d63d1", C, f"Host or domain name not found. Name service error for name={SENDGRID} type=A: Host not "
             "found", "4.3.5"), soft(address=C)),
    ("d63-pf-relayhost-sendgrid-not-found-delayed", PF_RELAYHOST + "; " + PROVIDER_RELAYS + "; " + POSTFIX_SRC,
     _pf_own("d63d2", C, f"Host or domain name not found. Name service error for name={SENDGRID} type=A: Host not "
             "found", "4.3.5", action="delayed"), soft(address=C, delay=True)),
    ("d63-pf-relayhost-ses-aaaa-not-found-expired", PF_RELAYHOST + "; " + PROVIDER_RELAYS + "; " + POSTFIX_SRC,
     _pf_own("d63d3", C, f"Host or domain name not found. Name service error for name={SES} type=AAAA: Host not "
             "found", "4.3.5"), soft(address=C)),
    ("d63-pf-relayhost-mailgun-not-found-expired", PF_RELAYHOST + "; " + PROVIDER_RELAYS + "; " + POSTFIX_SRC,
     _pf_own("d63d4", "i.horvat@drava-mlin.hr", f"Host or domain name not found. Name service error for "
             f"name={MAILGUN} type=A: Host not found", "4.3.5"), soft(address="i.horvat@drava-mlin.hr")),
    ("d63-sm-own-smart-host-sendgrid-unknown", SM_SMART + "; " + PROVIDER_RELAYS,
     sendmail_own("d63d5", "550 5.1.2", f"Host unknown (Name server: {SENDGRID}: host not found)", "5.1.2", address=C),
     soft(address=C)),
    ("d63-qmail-smtproutes-mailgun-not-found", QMAIL_ROUTE + "; " + PROVIDER_RELAYS + "; " + QMAIL_SRC,
     qmail("d63d6", C, detail=f"Sorry, I couldn't find any host named {MAILGUN}. (#5.1.2)"), soft(address=C)),
]
