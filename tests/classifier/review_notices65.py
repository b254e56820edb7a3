"""The sixty-fifth review: an adversarial audit of the rules review 64 added (ZoneMTA's "DNS server
returned answer with no data" read hostunknown; SYSTEMERROR among the words that overrule a 5.1.1
status; kopano-dagent's, Modoboa's and vSMTP's phrases). Each row quotes the replies as their
SOURCE writes them (read, not sampled mail; no other project's corpus was read): ZoneMTA's
resolve-mx.js in its two wordings and its successor mx-connect's (the same Node/c-ares texts,
dns-errors.js), kopano-dagent's other LMTP replies under 5.1.1, real 5.1.1 replies beside system-ish
words, our own relay's resolver failures, Gmail's DNS errors.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written
from the words, the status subject and shared/classifier/taxonomy.md BEFORE the classifier ran.
All notices HAND-MADE in the cited layouts; test_review_notices65.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, own_postfix, relayed
from tests.classifier.review_notices64 import GMAIL as _GMAIL, PF as _PF, both as _both, hard, lmtp, soft, zonemta

# ZoneMTA wrote "DNS error when resolving MX for <d>: " first, then "... MX server for <d>: " (resolve-mx.js at
# f80970c); its successor zone-eu/mx-connect (lib/resolve-mx.js createDnsError) writes "DNS Error: DNS error
# occurred while resolving the Mail Exchange (MX) server for the specified domain (<d>). <text>", temporary
# unless the error is ENODATA/ENOTFOUND. Each step's text is Node's (dns-errors.js: ENODATA "DNS server returned
# answer with no data", ENOTFOUND "Domain name not found", ESERVFAIL, ETIMEOUT, EREFUSED, ECONNREFUSED).
_ZONE_OLD = "zone-eu/zone-mta lib/sender/resolve-mx.js (491228b) + dns-errors.js"
_ZONE_NEW = "zone-eu/zone-mta lib/sender/resolve-mx.js (f80970c: 'MX server for') + dns-errors.js"
_MXC = "zone-eu/mx-connect lib/resolve-mx.js createDnsError + lib/dns-errors.js"
_MXC_IP = "zone-eu/mx-connect lib/resolve-ip.js filterAddress (a lookup of the MX host's address failed)"
_MXC_TEXT = "DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server for the specified domain " \
            "(example.org). "
_KOPANO = "Kopano-dev/kopano-core spooler/DAgent.cpp HandlerLMTP (kopano-dagent LMTP replies)"
_VERIFY = "Postfix smtpd reject_unverified_recipient ('Recipient address rejected: undeliverable address: host ... said:')"
_VSMTP = "viridIT/vSMTP src/config/default.rs (Code554tls)"


def _verify_quote(reply: str, host: str) -> str:
    return (f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host {host} said: {reply} "
            "(in reply to RCPT TO command)")


def _gmail_quote(rid: str, source: str, reply: str, status: str, expected: list[tuple]) -> tuple:
    body = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            f"The response was:\n\n{reply}")
    return (rid, f"{source}; {_GMAIL}", gmail_own(reply, status=status, heading="Message not delivered",
                                                  remote="mx.example.org", body=body), expected)


ROWS: list[tuple] = [
    # ---- ZoneMTA: the domain with no MX, no A and no AAAA (ENODATA at every step) in its later wording.
    zonemta("z65-mx-server-no-data", _ZONE_NEW + " (ENODATA on MX, A and AAAA: no mail host at all)",
            "550 DNS error when resolving MX server for example.org: DNS server returned answer with no data",
            hard("hostunknown"), mx=None),
    zonemta("z65-mx-server-not-found", _ZONE_NEW + " (ENOTFOUND: NXDOMAIN)",
            "550 DNS error when resolving MX server for example.org: Domain name not found", hard("hostunknown"),
            mx=None),
    zonemta("z65-mx-server-servfail", _ZONE_NEW + " (ESERVFAIL at the MX step: '450', err.temporary, given up)",
            "450 DNS error when resolving MX server for example.org: DNS server returned general failure", soft(),
            mx=None),
    # ---- The A and AAAA steps answer "550" for ANY resolver error (only the MX step writes 450): a
    # resolver that failed, perhaps ours, said with 550. The words are a failed lookup, never a dead domain.
    zonemta("z65-a-step-servfail-550", _ZONE_OLD + " (ESERVFAIL at the A fallback: '550 ' + message)",
            "550 DNS error when resolving MX for example.org: DNS server returned general failure", soft(), mx=None),
    zonemta("z65-a-step-timeout-550", _ZONE_OLD + " (ETIMEOUT at the A fallback)",
            "550 DNS error when resolving MX for example.org: Timeout while contacting DNS servers", soft(), mx=None),
    zonemta("z65-a-step-refused-550", _ZONE_OLD + " (EREFUSED at the AAAA fallback: a resolver refusing us)",
            "550 DNS error when resolving MX for example.org: DNS server refused query", soft(), mx=None),
    zonemta("z65-a-step-our-resolver-down", _ZONE_OLD + " (ECONNREFUSED at the A fallback: our own resolver down)",
            "550 DNS error when resolving MX for example.org: Could not contact DNS servers", soft(), mx=None),
    zonemta("z65-a-step-misformatted-reply", _ZONE_OLD + " (EBADRESP at the A fallback)",
            "550 DNS error when resolving MX for example.org: Misformatted DNS reply", soft(), mx=None),
    # The rule's words under a 4xx: resolve-mx.js's MX-step template ('450 ' + message, err.temporary) with the
    # ENODATA text. ZoneMTA itself sends ENODATA on to the A fallback, so this is the rule's reach tested,
    # not a reply seen: a reply that says "try later" is no domain known dead.
    zonemta("z65-no-data-under-450", _ZONE_OLD + " (the MX step's 450 template with the ENODATA text)",
            "450 DNS error when resolving MX for example.org: DNS server returned answer with no data", soft(),
            mx=None),
    # ---- mx-connect (ZoneMTA's and WildDuck's resolver since): no SMTP code at all.
    zonemta("z65-mxc-no-data", _MXC + " (ENODATA at the AAAA fallback: not temporary)",
            _MXC_TEXT + "DNS server returned answer with no data", hard("hostunknown"), mx=None),
    zonemta("z65-mxc-not-found", _MXC + " (ENOTFOUND)", _MXC_TEXT + "Domain name not found", hard("hostunknown"),
            mx=None),
    zonemta("z65-mxc-servfail", _MXC + " (ESERVFAIL: temporary, given up)",
            _MXC_TEXT + "DNS server returned general failure", soft(), mx=None),
    zonemta("z65-mxc-timeout", _MXC + " (ETIMEOUT: temporary, given up)",
            _MXC_TEXT + "Timeout while contacting DNS servers", soft(), mx=None),
    zonemta("z65-mxc-mx-host-lookup-failed", _MXC_IP + " (ESERVFAIL on the MX host's A record)",
            'DNS Error: Unable to resolve the IP address for the specified host [mx.example.org] of the Mail Exchange '
            '(MX) server for the domain "example.org". DNS server returned general failure', soft(), mx=None),
    # ---- Gmail's own DNS errors (its 4.0.0 with Action failed, taxonomy section 4); a delay never hard.
    ("gmail-dns-no-data-delayed", "Gmail's delay DSN (shared/api/gmail.md section 9: 'DNS Error: ...' lines)",
     gmail_own("DNS Error: DNS server returned answer with no data", status="4.0.0", heading="Delivery delayed",
               body=f"There was a temporary problem delivering your message to {LEAD}. Gmail will retry for 46 "
                    "more hours. You'll be notified if the delivery fails permanently.\n\nThe response was:\n\n"
                    "DNS Error: DNS server returned answer with no data", action="delayed"),
     soft(delay=True)),
    ("gmail-dns-servfail-final", "Gmail's own DSN (shared/api/gmail.md section 9: 'DNS Error: ...' lines)",
     gmail_own("DNS Error: DNS server returned general failure", status="4.0.0", heading="Address not found",
               body=f"Your message wasn't delivered to {LEAD} because the domain example.org couldn't be found.\n\n"
                    "The response was:\n\nDNS Error: DNS server returned general failure"), soft()),
    # ---- Our own relay's resolver failing (Postfix dns_strerror: TRY_AGAIN is "Host not found, try again").
    ("pf-own-resolver-try-again", "Postfix src/dns/dns_strerror.c TRY_AGAIN + smtp_addr.c 'Name service error'; "
     "own_postfix layout", own_postfix("Host or domain name not found. Name service error for name=example.org "
                                       "type=MX: Host not found, try again", status="4.4.3"), soft()),
    zonemta("z65-mx-server-no-data-idn", _ZONE_NEW + " (delivery.decodedDomain in its A-label form)",
            "550 DNS error when resolving MX server for xn--bcher-kva.example: DNS server returned answer with no data",
            [("lead@xn--bcher-kva.example", True, ("hostunknown",), "recipient", False)], mx=None,
            address="lead@xn--bcher-kva.example"),
    zonemta("z65-mxc-loopback-mx", "zone-eu/mx-connect lib/resolve-mx.js filterAddress + lib/tools.js isInvalid "
            "(blockLocalAddresses: the domain's host resolves to a loopback address)",
            'DNS Error: Unable to deliver email to the IP address [127.0.0.1] resolved for the Mail Exchange (MX) '
            'server of "example.org". IP address in disallowed loopback range', soft(), mx=None),
    # ---- Our own relay's resolver: the recipient's domain answered NODATA for every type (Postfix bounces it
    # 5.4.4, review 51: hard) against our relayhost's own name not found (ours, never the recipient's).
    ("pf-own-recipient-no-data", "Postfix src/dns/dns_strerror.c NO_DATA ('Host found but no data record of "
     "requested type'), smtp_addr.c; own_postfix layout",
     own_postfix("Host or domain name not found. Name service error for name=example.org type=AAAA: Host found but "
                 "no data record of requested type", status="5.4.4"), hard("hostunknown")),
    ("pf-own-relayhost-not-found", "Postfix smtp_addr.c 'Name service error for name=<relayhost>' (HOST_NOT_FOUND, "
     "5.4.4) for main.cf relayhost = smtp.example.com, our own; own_postfix layout",
     own_postfix("Host or domain name not found. Name service error for name=smtp.example.com type=A: Host not found",
                 status="5.4.4"), soft(scope="sender")),
    ("exo-dns-domain-nonexistent", "Exchange Online NDR 5.4.310 ('DNS domain does not exist', learn.microsoft.com "
     "'Fix email delivery issues for error code 5.4.310'); " + _PF,
     relayed("550 5.4.310 DNS domain example.org does not exist [Message=InfoDomainNonexistent] "
             "[LastAttemptedServerName=example.org]", status="5.4.310", command=None), hard("hostunknown")),
    # ---- kopano-dagent's other 5.1.1 replies: its lookup SUCCEEDED, then its own step failed.
    lmtp("k65-failed-add-user", _KOPANO + " (ResolveUser ok, AddServerRecipient failed)",
         "503 5.1.1 Failed to add user to recipients", "5.1.1", soft("systemerror")),
    lmtp("k65-internal-error-searching", _KOPANO + " (no delivery status kept for the recipient)",
         "503 5.1.1 Internal error while searching recipient delivery status", "5.1.1", soft("systemerror"),
         command="DATA"),
    lmtp("k65-connection-error-upper", _KOPANO + " (later source: 'Connection error: ' + stringify_hex(hr), "
         "'0x%08X')", "503 5.1.1 Connection error: 0x8004011D", "5.1.1", soft("systemerror", "networkerror")),
    # The same replies behind a site's Postfix doing address verification, in Gmail's own DSN.
    _gmail_quote("k65-verify-connection-error-gmail", f"{_VERIFY}; {_KOPANO}",
                 _verify_quote("503 5.1.1 Connection error: 0x80040115", "kopano.example.org[private/dagent]"),
                 "5.1.1", soft("systemerror", "networkerror")),
    _gmail_quote("k65-verify-failed-add-user-gmail", f"{_VERIFY}; {_KOPANO}",
                 _verify_quote("503 5.1.1 Failed to add user to recipients", "kopano.example.org[private/dagent]"),
                 "5.1.1", soft("systemerror")),
    # ... and its real missing user, quoted by that verification: still hard.
    _gmail_quote("k65-verify-user-does-not-exist-gmail", f"{_VERIFY}; {_KOPANO} (MAPI_E_NOT_FOUND)",
                 _verify_quote("503 5.1.1 User does not exist", "kopano.example.org[private/dagent]"), "5.1.1",
                 hard()),
    # ---- Real 5.1.1 "no such user" replies whose text carries system-ish words: the false-soft risk of
    # SYSTEMERROR among the words that overrule 5.1.1. All must stay hard.
    ("exo-recipient-not-found-admin-text",
     "Exchange Online NDR 'More Info for Email Admins' for 5.1.1 (learn.microsoft.com, 'Fix email delivery issues "
     "for error code 5.1.1 in Exchange Online'); tests/classifier/notices.exchange_own layout",
     exchange_own("550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                  status="5.1.1", body=f"Your message to {LEAD} couldn't be delivered.\n{LEAD.split('@')[0]} wasn't "
                  "found at example.org.\n\nMore Info for Email Admins\nThis error occurs because the sender sent a "
                  "message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at "
                  "the destination domain. The error is reported by the recipient domain's email server, but most "
                  "often it must be fixed by the person who sent the message."), hard()),
    *_both("cyrus-mailbox-unknown", "cyrusimap/cyrus-imapd imap/lmtpengine.c convert_lmtp IMAP_MAILBOX_NONEXISTENT "
           "(its three-line 550), through the site's LMTP", "550-Mailbox unknown.  Either there is no mailbox "
           "associated with this 550-name or you do not have authorization to see it. 550 5.1.1 User unknown",
           "5.1.1", hard()),
    *_both("dovecot-user-doesnt-exist-verify", f"{_VERIFY}; dovecot/core src/lmtp/lmtp-local.c "
           "('550 5.1.1 <x> User doesn't exist: x')",
           _verify_quote(f"550 5.1.1 <{LEAD}> User doesn't exist: {LEAD}", "mail.example.org[private/dovecot-lmtp]"),
           "5.1.1", hard()),
    # Dovecot's directory down, said for now by the verifying front: soft, never the mailbox.
    ("dovecot-lookup-failure-verify-final", f"Postfix smtpd reject_unverified_recipient (4xx: 'unverified address'); "
     f"dovecot/core src/lmtp/lmtp-local.c ('451 4.3.0 <x> Temporary user lookup failure'); {_PF}",
     relayed(f"450 4.1.1 <{LEAD}>: Recipient address rejected: unverified address: host "
             f"mail.example.org[private/dovecot-lmtp] said: 451 4.3.0 <{LEAD}> Temporary user lookup failure "
             "(in reply to RCPT TO command)", status="4.1.1", action="failed"), soft()),
    lmtp("zimbra-no-such-user-here", "Zimbra zm-mailbox LmtpReply NO_SUCH_USER ('550 5.1.1 No such user here')",
         "550 5.1.1 No such user here", "5.1.1", hard()),
    # ---- vSMTP's TLS refusal at RCPT (review 64 read it at MAIL): a security requirement, soft, any scope.
    *_both("vsmtp-lack-of-security-rcpt", _VSMTP + " at RCPT", "554 Command refused due to lack of security", "5.7.0",
           soft("securityerror", scope="")),
]
