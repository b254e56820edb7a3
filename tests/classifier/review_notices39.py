"""The thirty-ninth review's whole notices: Sisimai 5's phrase and code tables as an outside
opinion, where they go beyond Sisimai 4.25's (reviews 23 and 24 probed 4.25's: Debian
libsisimai-perl, /usr/share/perl5/Sisimai/Reason/*.pm and SMTP/Status.pm). Sisimai 5's LIBRARY
code only was read (go-sisimai reason/why-*.go, smtp/status/lib.go; p5-sisimai
lib/Sisimai/Reason/*.pm): no test, no sample mail, no expected result. Each string or pair a
5.x table holds and 4.25's does not (checked by running 4.25's own match() on it) became the
shortest whole reply a server sends with it, and so did each code whose reason changed and the
reply-code rules 5.x added. The entries are in review_notices39_hard.py (recipient side),
_soft.py (refusals of the sender, content, rates) and _new.py (the reasons 5.x added:
authfailure, badreputation, requireptr, notcompliantrfc, failedstarttls; the code tables).

(The check ran on the table's entry; a whole reply line sometimes also holds a wording 4.25
had.) Before these rows were kept, every entry was also probed without its enhanced code, without
its stage and in Gmail's DSN with 5.0.0 (474 readings, not rows): no false hard; bare "no such
user"-type lines read soft there, as the team's call has it (review_notices23.py).

Layouts: every entry in our Postfix relay's report (review_notices25.rows_relayed, a 4.x status
as a delay); the recipient-side and the new reasons' final ones also as Gmail's own DSN and
Exchange Online's NDR quote them (rows_quoted); a few notices of our own relay (no remote reply)
and one localised Exchange Online NDR. Expectations are this project's taxonomy's reading of the
words (/work/shared/classifier/taxonomy.md), written before the classifier ran, NOT Sisimai's
reason: where they differ the entry says "Sisimai 5: ...". All HAND-MADE;
test_review_notices39.py runs them."""

from __future__ import annotations

from tests.classifier.notices import exchange_own, own_postfix
from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices39_hard import (MAILBOXFULL, NOTACCEPT, SUSPEND, USERUNKNOWN,
                                                    USERUNKNOWN_BARE)
from tests.classifier.review_notices39_new import (AUTHFAILURE, BADREPUTATION, NOTCOMPLIANT, REPLY, REQUIREPTR,
                                                   STARTTLS, SYNTAX)
from tests.classifier.review_notices39_soft import (BLOCKED, CLOUDFLARE, FILTERED, OTHER, RATE, REJECTED, SPAM,
                                                    ZLEAD, ZOHO)

LEAD = "lead@example.org"
MX = "mx.example.org"
SUB = "smtp.example.net[198.51.100.2]"
GO = "go-sisimai {} (Sisimai 5) as outside opinion; absent from Sisimai 4.25 (libsisimai-perl)"
STATUS = GO.format("smtp/status/lib.go Name() / reason reply-code rules") + "; RFC 5248 / IANA code names"

TABLES = [
    ("r39", GO.format("reason/why-userunknown.go"), USERUNKNOWN, True),
    ("r39", GO.format("reason/why-userunknown.go"), USERUNKNOWN_BARE, False),
    ("r39", GO.format("reason/why-suspend.go, why-notaccept.go, status 4.2.1, reply 525"), SUSPEND, True),
    ("r39", GO.format("reason/why-mailboxfull.go"), MAILBOXFULL, True),
    ("r39", GO.format("reason/why-notaccept.go (521, 556), why-hasmoved.go"), NOTACCEPT, True),
    ("r39", GO.format("reason/why-blocked.go"), BLOCKED, False),
    ("r39", GO.format("reason/why-spamdetected.go, why-virusdetected.go, why-policyviolation.go"), SPAM, False),
    ("r39", GO.format("reason/why-rejected.go"), REJECTED, False),
    ("r39", GO.format("reason/why-filtered.go"), FILTERED, False),
    ("r39", GO.format("reason/why-contenterror.go, why-expired.go, why-norelaying.go, why-systemerror.go, "
                      "why-mesgtoobig.go"), OTHER, False),
    ("r39", GO.format("reason/why-toomanyconn.go, why-speeding.go, why-ratelimited.go"), RATE, False),
    ("r39", GO.format("reason/why-authfailure.go") + "; RFC 7372 / RFC 8617 code names", AUTHFAILURE, True),
    ("r39", GO.format("reason/why-badreputation.go") + " (weak: the reply lines around the phrases)",
     BADREPUTATION, True),
    ("r39", GO.format("reason/why-requireptr.go") + "; Postfix smtpd_check.c 'cannot find your hostname'",
     REQUIREPTR, True),
    ("r39", GO.format("reason/why-notcompliantrfc.go") + "; Google Workspace Admin Help 3726730", NOTCOMPLIANT,
     True),
    ("r39", GO.format("reason/why-failedstarttls.go") + "; RFC 5248, RFC 4954, RFC 8689", STARTTLS, False),
    ("r39", STATUS + "; RFC 3463 / RFC 4954", SYNTAX, False),
    ("r39", GO.format("smtp/reply/lib.go associated") + "; RFC 5321 section 4.2.2 / RFC 7504 reply texts", REPLY,
     False),
    ("r39", GO.format("rhost/for-cloudflare.go") + " (weak: the reply lines around the phrases)", CLOUDFLARE, False),
]

OWN = [
    # go-sisimai reason/why-expired.go and why-mailererror.go: our own relay's notices, no remote reply.
    ("r39-own-expired-cannot-connect", GO.format("reason/why-expired.go"),
     own_postfix("message expired, cannot connect to remote server", status="4.4.7"),
     [(LEAD, False, ("expired",), None, False)]),
    ("r39-own-expired-for-5-days", GO.format("reason/why-expired.go"),
     own_postfix("Your message could not be delivered for 5 days", status="4.4.7"),
     [(LEAD, False, ("expired",), None, False)]),
    ("r39-own-mailer-command-died", GO.format("reason/why-mailererror.go") + "; Postfix pipe(8)/local(8)",
     own_postfix('Command died with status 1: "/usr/bin/maildrop". Command output: maildrop: error writing to '
                 "mailbox", status="5.3.0"),
     [(LEAD, False, ("mailererror",), None, False)]),
    ("r39-own-mailer-x-unix", GO.format("reason/why-mailererror.go") + "; Postfix pipe(8)",
     own_postfix("x-unix; Command died with status 75: \"/usr/local/bin/handler\"", status="4.3.0",
                 action="failed"),
     [(LEAD, False, ("mailererror",), None, False)]),
    # Our relay's SMTP AUTH at its submission server refused (Postfix: "SASL authentication failed;
    # server X said: ...", no "host X said:"): the sender's account, never the recipient.
    # Reply 525 (Sisimai 5 Suspend's rule): RFC 5248 X.7.13, a disabled account after AUTH.
    ("r39-own-sasl-525-user-account-disabled", GO.format("reason/why-suspend.go (reply 525)") + "; RFC 5248",
     own_postfix(f"SASL authentication failed; server {SUB} said: 525 5.7.13 User Account Disabled",
                 status="5.7.13"),
     [(LEAD, False, ("suspend", "securityerror"), "sender", False)]),
    # Reply 538 (Sisimai 5 FailedSTARTTLS's rule): RFC 4954's X.7.11.
    ("r39-own-sasl-538-encryption-required", GO.format("reason/why-failedstarttls.go (reply 538)") + "; RFC 4954",
     own_postfix(f"SASL authentication failed; server {SUB} said: 538 5.7.11 Encryption required for requested "
                 "authentication mechanism", status="5.7.11"),
     [(LEAD, False, ("securityerror", "systemerror"), "sender", False)]),
    # 5.5.6: Sisimai 4.25 securityerror, Sisimai 5 syntaxerror (RFC 4954: an AUTH line too long).
    ("r39-own-sasl-556-auth-line-too-long", STATUS + "; RFC 4954",
     own_postfix(f"SASL authentication failed; server {SUB} said: 500 5.5.6 Authentication Exchange line is too "
                 "long", status="5.5.6"),
     [(LEAD, False, ("syntaxerror", "securityerror"), "sender", False)]),
    # smtp/reply/lib.go: 534 and 432 to AUTH (RFC 4954), our relay's login again.
    ("r39-own-sasl-534-mechanism-too-weak", GO.format("smtp/reply/lib.go associated (534)") + "; RFC 4954",
     own_postfix(f"SASL authentication failed; server {SUB} said: 534 5.7.9 Authentication mechanism is too weak",
                 status="5.7.9"),
     [(LEAD, False, ("securityerror",), "sender", False)]),
    ("r39-own-sasl-432-password-transition", GO.format("smtp/reply/lib.go associated (432)") + "; RFC 4954",
     own_postfix(f"SASL authentication failed; server {SUB} said: 432 4.7.12 A password transition is needed",
                 status="4.7.12", action="delayed"),
     [(LEAD, False, ("securityerror",), "sender", True)]),
    # go-sisimai reason/why-userunknown.go: Exchange Online's German NDR sentence ("... because the
    # address couldn't be found, or is unable to receive email").
    ("r39-exo-german-adresse-nicht-gefunden", GO.format("reason/why-userunknown.go") + "; Exchange Online NDR "
     "(de-DE) user text",
     exchange_own("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                  status="5.1.10", body=f"Ihre Nachricht hat {LEAD} nicht erreicht, weil die Adresse nicht "
                  "gefunden wurde oder keine E-Mails empfangen kann."),
     [(LEAD, True, ("userunknown",), "recipient", False)]),
]


def _rows() -> list[tuple]:
    out = rows_relayed("r39", GO.format("rhost/for-zoho.go") + " (its comments' replies)", "mx.zoho.com", ZLEAD, ZOHO)
    for prefix, source, entries, quoted in TABLES:
        out += rows_relayed(prefix, source, MX, LEAD, entries)
        if quoted:
            out += rows_quoted(prefix, source, MX, LEAD, entries)
    return out


ROWS = _rows() + OWN
