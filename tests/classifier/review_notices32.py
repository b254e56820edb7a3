"""The thirty-second review: an adversarial false-hard audit of the wordings reviews 23-31 added to
the hard side of the tables (userunknown, hostunknown, hasmoved: mta_wordings.py, rule_wordings.py,
lexicon_more.py, phrases.py's HOSTUNKNOWN phrases that had sat inside a comment before, and the
remote rules for Microsoft's 5.7.504 and Yahoo's "this user doesn't have a yahoo." account). Each
phrase is put where the same words speak of something other than the recipient's missing mailbox
or domain, in the layouts real servers write for that:

- Exim's sender verification callout (acl.c / verify.c; Exim specification, "Callout
  verification"): "550-Verification failed for <sender>", "550-Called: ip", "550-Sent: RCPT
  TO:<sender>", "550-Response: <the sender's server's answer>", "550 Sender verify failed"; in our
  relay's report and as Gmail's DSN quotes it (no SMTP stage named);
- Postfix's reject_unverified_sender (postconf(5) unverified_sender_reject_code, 450 by default,
  550 when set; ADDRESS_VERIFICATION_README): "<code> 4.1.7|5.1.7 <sender>: Sender address rejected:
  unverified address: host <mx>[ip] said: <its answer> (in reply to RCPT TO command)";
- a reply to MAIL FROM in Postfix smtpd's sender-restriction shape (smtpd_check.c: "553 5.1.8
  <sender>: Sender address rejected: <text>"), the phrase as the text.

In every one the phrase names the SENDER's mailbox or domain: the recipient is live (soft). The
phrases' own words are the sources their reviews cite (tests/classifier/review_notices23.py .. 31).
Then single rows where the words occur beside a cause that is not the recipient: sendmail's
RCPT-flood count (srvrsmtp.c "421 4.7.0 <host> Too many bad recipients; closing connection")
worded as addresses, which the new "bad recipient address" phrase read as a missing user (a false
hard, fixed: mta_wordings.py pattern); a sender's "From address ... not known here", which the new
"address ... not known here" pattern read as a missing user (a false hard, fixed: the pattern now
has its sibling's sender look-behinds, rule_wordings.py); Postfix's own DNS answers (smtp(8)
"Host or domain name not found. Name service error for name=x type=MX: Host not found, try
again" is a temporary failure; without ", try again" NXDOMAIN, hard); Exim's local sender
verification of an unroutable sender domain ("550-Verification failed for <s>", "550-Unrouteable
address", "550 Sender verify failed"). Controls keep the intended hard readings. All HAND-MADE;
the probe ran before the rows' expectations were checked against the classifier (an audit),
each expectation is the taxonomy's reading of the words. test_review_notices32.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, gmail_own, own_postfix, relayed
from tests.classifier.review_notices2 import R, S, UNKNOWN

SELLER = "seller@example.com"
CALLOUT = "Exim specification 'Callout verification' / src/acl.c: a failed sender callout's reply lines"
UNVERIFIED = "Postfix postconf(5) reject_unverified_sender, unverified_sender_reject_code; ADDRESS_VERIFICATION_README"
SMTPD = "Postfix smtpd_check.c sender restriction reply shape ('Sender address rejected: ...'), at MAIL FROM"

# (id, the added wording as a server writes it, the review that added it)
PHRASES = [
    ("badrcptto", "sorry, your envelope recipient is in my badrcptto list (#5.7.1)", "review 23, qmail badrcptto"),
    ("bad-recipient-address", "Bad recipient address", "review 23"),
    ("bad_recipient", "bad_recipient", "review 23"),
    ("mailbox-unavailable", f"Mailbox <{SELLER}> unavailable", "review 23, RFC 5321 550 text"),
    ("imail-userid", "Invalid final delivery userid", "review 25, Ipswitch IMail"),
    ("no-user-here", "no user here by that name", "review 27, BounceParser"),
    ("no-one-here", "No one with that email address here", "review 27, BounceHandler list"),
    ("mail-drop", "No such mail drop defined", "review 27, BounceHandler list"),
    ("employee", f"{SELLER} is no longer an employee", "review 27, BounceHandler list"),
    ("ldap", f"{SELLER} was not found in LDAP server", "review 27, BounceHandler list"),
    ("address-invalid", "We are sorry but the address is invalid", "review 27, BounceHandler list"),
    ("sconosciuto", "destin. Sconosciuto", "review 27, BounceHandler list"),
    ("errato", "Destinatario errato", "review 27, BounceHandler list"),
    ("not-known-here", f"address {SELLER} not known here", "review 27, BounceParser"),
    ("not-recognized", "e-mail address not recognized", "review 27, BounceParser"),
    ("no-such-id", "No such ID", "review 27, KumoMTA community rules"),
    ("domino-fr", "Utilisateur seller non répertorié dans l'annuaire Domino", "review 25, Domino"),
    ("ms-access-denied", "Recipient address rejected: Access denied", "review 30, Microsoft 5.7.504"),
    ("yahoo-user", "This user doesn't have a yahoo.com account", "review 31, Yahoo"),
    ("bad-destination", "Bad destination system address", "review 23, RFC 3463 X.1.2"),
    ("unroutable", "Unroutable address", "review 23, Exim's word, US spelling"),
    ("au-remote", "As the remote domain doesnt exist", "review 25, au (KDDI)"),
    ("illegal-host", "Illegal host/domain name found", "review 25, Oracle Messaging Server"),
    ("invalid-domain", "Invalid domain name", "review 25, OpenSMTPD"),
    ("domain-not-reachable", "domain is not reachable", "phrases.py, out of its comment"),
    ("domain-must-exist", "Sender domain must exist", "phrases.py, out of its comment"),
    ("host-domain-not-found", "Host or domain name not found", "phrases.py, out of its comment"),
    ("mailbox-owner", "Mailbox owner has changed", "review 23, RFC 7293 X.7.17"),
    ("domain-owner", "Domain owner has changed", "review 23, RFC 7293 X.7.18"),
]


def _callout(p: str) -> str:
    return (f"550-Verification failed for <{SELLER}>\n550-Called:   192.0.2.7\n550-Sent:     RCPT TO:<{SELLER}>\n"
            f"550-Response: 550 {p}\n550 Sender verify failed")


def _gmail(diag: str, status: str) -> bytes:
    body = (f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
            f"The response was:\n\n{diag}")
    return gmail_own(diag, status=status, heading="Message not delivered", body=body, remote="mx.example.org")


def _unverified(p: str, code: str, status: str) -> str:
    return (f"{code} {status} <{SELLER}>: Sender address rejected: unverified address: host mx.example.com"
            f"[192.0.2.7] said: 550 5.1.1 <{SELLER}>: {p} (in reply to RCPT TO command)")


SOFT = [(LEAD, False, (), "", False)]
SOFT_DELAY = [(LEAD, False, (), "", True)]


def _sender_rows() -> list[tuple]:
    rows = []
    for pid, p, review in PHRASES:
        src = f"{{}}; the phrase: {review}"
        rows += [
            (f"{pid}-exim-callout", src.format(CALLOUT), relayed(_callout(p), status="5.0.0"), SOFT),
            (f"{pid}-exim-callout-gmail", src.format(CALLOUT + ", as Gmail's DSN quotes it"),
             _gmail(_callout(p).replace("\n", " "), "5.0.0"), SOFT),
            (f"{pid}-unverified-550", src.format(UNVERIFIED),
             relayed(_unverified(p, "550", "5.1.7"), status="5.1.7"), SOFT),
            (f"{pid}-unverified-450", src.format(UNVERIFIED),
             relayed(_unverified(p, "450", "4.1.7"), status="4.1.7", action="delayed"), SOFT_DELAY),
            (f"{pid}-mail-from", src.format(SMTPD),
             relayed(f"553 5.1.8 <{SELLER}>: Sender address rejected: {p}", status="5.1.8", command="MAIL"), SOFT),
        ]
    return rows


OTHER = [
    # The false hards found and fixed.
    ("too-many-bad-recipient-addresses", "sendmail srvrsmtp.c '421 4.7.0 %s Too many bad recipients; closing "
     "connection' (BadRcptThrottle), its count worded as addresses: HAND-MADE variant; was userunknown, hard",
     relayed("550 5.7.1 Too many bad recipient addresses from your IP", status="5.7.1"),
     [(LEAD, False, (), S, False)]),
    ("from-address-not-known-here", "BounceParser's 'address ... not known here' said of the From address "
     "(HAND-MADE; the sibling pattern 'address not recognized' already excludes from/return/sender's); was "
     "userunknown, hard",
     relayed(f"550 5.7.1 From address {SELLER} not known here", status="5.7.1"), SOFT),
    # Controls: the same words where they do mean the recipient, and the sendmail text itself.
    ("sendmail-rcpt-flood", "sendmail srvrsmtp.c '421 4.7.0 %s Too many bad recipients; closing connection'",
     relayed("421 4.7.0 mx.example.org Too many bad recipients; closing connection", status="4.7.0", action="failed"),
     [(LEAD, False, (), S, False)]),
    ("bad-recipient-address-control", "review 23's phrase at RCPT under 5.1.1 (Sisimai::Reason::UserUnknown)",
     relayed(f"550 5.1.1 <{LEAD}>: Bad recipient address", status="5.1.1"), [(LEAD, True, UNKNOWN, R, False)]),
    ("address-not-known-here-control", "BounceParser's 'address ... not known here' of the recipient, at RCPT",
     relayed(f"550 5.1.1 address {LEAD} not known here", status="5.1.1"), [(LEAD, True, UNKNOWN, R, False)]),
    ("postfix-dns-try-again", "Postfix smtp(8) dns_lookup: 'Name service error for name=%s type=%s: Host not found, "
     "try again' (TRY_AGAIN: a temporary DNS failure), after the queue lifetime",
     own_postfix("Host or domain name not found. Name service error for name=example.org type=MX: Host not found, "
                 "try again", status="4.4.3"), [(LEAD, False, (), "", False)]),
    ("postfix-dns-nxdomain-control", "Postfix smtp(8) dns_lookup: 'Host not found' (NXDOMAIN), 5.4.4",
     own_postfix("Host or domain name not found. Name service error for name=example.org type=A: Host not found",
                 status="5.4.4"), [(LEAD, True, ("hostunknown",), R, False)]),
    ("exim-local-sender-verify-unrouteable", "Exim acl.c/verify.c: a sender that does not route, '550-Verification "
     "failed for <s>' / '550-Unrouteable address' / '550 Sender verify failed'",
     relayed(f"550-Verification failed for <{SELLER}>\n550-Unrouteable address\n550 Sender verify failed",
             status="5.0.0"), SOFT),
    ("exim-local-sender-verify-unroutable", "the same, in the US spelling review 23 added",
     relayed(f"550-Verification failed for <{SELLER}>\n550-Unroutable address\n550 Sender verify failed",
             status="5.0.0"), SOFT),
    ("exim-unrouteable-at-rcpt-control", "Exim's router result at RCPT from the recipient's own server: the "
     "recipient's address routes nowhere (a .forward/alias target failing would be said so: these words are not)",
     relayed("550 Unrouteable address", status="5.0.0"), [(LEAD, True, UNKNOWN, R, False)]),
    ("exchange-domain-not-reachable-control", "Exchange's 'The mail could not be delivered to the recipient because "
     "the domain is not reachable' (Sisimai::Lhost::Exchange2007's hostunknown table, reporters/outlook.py)",
     relayed("554 The mail could not be delivered to the recipient because the domain is not reachable. Please "
             "check the domain and try again", status="5.0.0"), [(LEAD, True, ("hostunknown",), R, False)]),
]

ROWS = _sender_rows() + OTHER
