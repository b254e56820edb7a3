"""The ninetieth review: an adversarial audit of the rules merged from reviews 88 and 89, part 1 (part 2:
review_notices90_lines.py). Review 88's classifier/generic_refusal.py reads a generic refusal ("mailbox
unavailable", "Recipient rejected", "550 5.1.1 ...") beside a cause word as that cause (soft). These notices put a
DEAD address's generic refusal beside a cause word that is no cause: a provider's signature or footer ("Protected
by SpamAssassin", "virus-free", "Policy: https://..."), a server's name with "spam"/"policy"/"virus" in it, "rate"
inside a word ("corporate", "separated"), "mail system", help lines cause_words does not know ("Spam complaints:",
"Abuse:"), a non-English refusal with a cause word in another sentence; beside them, the true causes that must stay
soft. And review 88's lexicon._SENDER gap ("accepted"/"ok"/"passed"/"recipient" not crossed) met with our SENDER
really refused with those words between (must stay ours, soft). Expectations written from the words and
taxonomy.md BEFORE the classifier ran; all HAND-MADE, in our relay's Postfix report, Gmail's own DSN and Exchange
Online's NDR (review_notices25's layouts)."""

from __future__ import annotations

from tests.classifier.review_notices25 import rows_quoted, rows_relayed
from tests.classifier.review_notices88 import ANY, LEAD, MX, OURS, R, S, UNK  # the review it audits


def _rows(prefix: str, source: str, entries: list[tuple], relay_only: bool = False) -> list[tuple]:
    """Our relay's report of each; Gmail's and Exchange Online's only of the 5.1.x ones: those layouts name no SMTP
    stage, and a bare generic refusal under 5.0.0 reads filtered there whatever stands beside it (review 82's kept
    judgement; review 88's rows in our relay's layout only)."""
    out = rows_relayed(f"r90-{prefix}", source, MX, LEAD, entries)
    quoted = [e for e in entries if e[2].startswith("5.1.")]
    return out if relay_only else out + rows_quoted(f"r90-{prefix}", source, MX, LEAD, quoted)


# ---- 1. a dead address's generic refusal beside a cause word that is no cause -----------------------------------
SIG = ("RFC 5321 4.2.2's 550 'Requested action not taken: mailbox unavailable' / Postfix's 'Recipient address "
       "rejected' shape followed by a provider's signature, footer or server name (filter vendors' taglines: "
       "SpamAssassin, Spamhaus, 'virus-free'), hand-made")
FOOTERS = [
    ("unavailable-protected-by-spamassassin", "550 5.1.1 Mailbox unavailable. Protected by SpamAssassin",
     "5.1.1", "RCPT", True, UNK, R),
    ("unavailable-server-spamfilter", "550 Requested action not taken: mailbox unavailable "
     "(mx.spamfilter.unknown-host.example)", "5.0.0", "RCPT", True, UNK, R),
    ("recipient-rejected-policy-gw", "550 5.1.1 Recipient rejected by policy-gw.unknown-host.example", "5.1.1",
     "RCPT", True, UNK, R),
    ("unavailable-virus-free-footer", "550 Mailbox unavailable. This mail server is scanned virus-free by ExampleAV",
     "5.0.0", "RCPT", True, UNK, R),
    ("unavailable-policy-url", "550 Mailbox unavailable. Policy: https://unknown-host.example/mail-policy",
     "5.0.0", "RCPT", True, UNK, R),
    ("recipient-rejected-protected-by-spamhaus", "550 5.1.1 Recipient rejected. This server is protected by "
     "Spamhaus", "5.1.1", "RCPT", True, UNK, R),
    ("unavailable-corporate-mail-system", "550 Mailbox unavailable - corporate mail system of unknown-host.example",
     "5.0.0", "RCPT", True, UNK, R),
    ("unavailable-separated-departments", "550 5.1.1 Mailbox unavailable (accounts of separated staff are removed)",
     "5.1.1", "RCPT", True, UNK, R),
    ("unavailable-spam-complaints-colon", "550 Mailbox unavailable. Spam complaints: abuse@unknown-host.example",
     "5.0.0", "RCPT", True, UNK, R),
    ("unavailable-abuse-colon", "550 5.1.1 Mailbox unavailable. Abuse: abuse@unknown-host.example", "5.1.1", "RCPT",
     True, UNK, R),
    ("5-1-1-unavailable-antispam-gateway", "550 5.1.1 Mailbox unavailable [antispam-gw1.unknown-host.example]",
     "5.1.1", "RCPT", True, UNK, R),
]
# The same footers under 5.1.1, which Gmail's and Exchange Online's layouts read by its status (hard there too).
FOOTERS_511 = [
    ("5-1-1-unavailable-policy-url", "550 5.1.1 Mailbox unavailable. Policy: https://unknown-host.example/policy",
     "5.1.1", "RCPT", True, UNK, R),
    ("5-1-1-unavailable-spam-complaints-colon", "550 5.1.1 Mailbox unavailable. Spam complaints: "
     "abuse@unknown-host.example", "5.1.1", "RCPT", True, UNK, R),
    ("5-1-1-recipient-rejected-virus-free", "550 5.1.1 Recipient rejected. Scanned virus-free by ExampleAV",
     "5.1.1", "RCPT", True, UNK, R),
    ("5-1-1-unavailable-spam-reports-host", "550 5.1.1 Mailbox unavailable. Spam reports: "
     "https://spam.unknown-host.example/report", "5.1.1", "RCPT", True, UNK, R),
]
L10N = ("RFC 5321's generic refusal as Exchange's and Postfix's localised bounce templates put it (German "
        "'Postfach nicht verfügbar', French 'Boîte aux lettres indisponible') beside a footer sentence naming the "
        "server's spam filter, hand-made")
LANGS = [
    ("de-unavailable-spamfilter-footer", "550 5.1.1 Mailbox unavailable / Postfach nicht verfügbar. Dieser Server "
     "wird durch einen Spamfilter geschützt.", "5.1.1", "RCPT", True, UNK, R),
    ("es-unavailable-politica-footer", "550 5.1.1 Mailbox unavailable / Buzón no disponible. Política de uso: "
     "https://unknown-host.example/politica", "5.1.1", "RCPT", True, UNK, R),
    ("fr-unavailable-antispam-footer", "550 5.1.1 Mailbox unavailable / Boîte aux lettres indisponible. Ce serveur "
     "est protégé par un antispam.", "5.1.1", "RCPT", True, UNK, R),
]
# The true causes beside the same footers' words: the cause speaks (soft), review 88's reading kept.
CONTROLS = [
    ("unavailable-rejected-as-spam-by-spamassassin", "550 Mailbox unavailable - message rejected as spam by "
     "SpamAssassin", "5.0.0", "RCPT", False, (), ANY),
    ("unavailable-ip-listed-spamhaus", "550 Mailbox unavailable: your IP 192.0.2.7 is listed by Spamhaus",
     "5.0.0", "RCPT", False, (), ANY),
    ("unavailable-virus-found-footer", "550 Mailbox unavailable - virus found in message. Scanned by ExampleAV",
     "5.0.0", "RCPT", False, (), ANY),
    ("unavailable-rate-limit", "550 Mailbox unavailable: rate limit exceeded for your IP", "5.0.0", "RCPT", False,
     (), ANY),
]
# Controls of review 90's mend (host names, help labels and signatures are no cause words): a cause said in words
# beside a host name, a URL or a signature stays the cause (soft).
CONTROLS_NAMED = [
    ("unavailable-listed-on-zen-spamhaus", "550 Mailbox unavailable: your IP 192.0.2.7 is listed on "
     "zen.spamhaus.org", "5.0.0", "RCPT", False, (), ANY),
    ("recipient-rejected-spam-score-host", "550 Recipient rejected: spam score too high "
     "(spamd.unknown-host.example)", "5.0.0", "RCPT", False, (), ANY),
    ("unavailable-mailbox-full-complaints", "552 Mailbox unavailable - mailbox full. Complaints: "
     "postmaster@unknown-host.example", "5.2.2", "RCPT", False, ("mailboxfull",), R),
    ("recipient-rejected-spam-then-signature", "550 Recipient rejected: message rejected as spam. This server is "
     "protected by SpamAssassin", "5.0.0", "RCPT", False, (), ANY),
    ("5-1-1-unavailable-virus-found-host", "550 5.1.1 Mailbox unavailable - virus found in message "
     "(av1.unknown-host.example)", "5.1.1", "RCPT", False, (), ANY),
]
CONTROLS_HARD = [  # the absence in words beside a real filter's name: hard, as before review 88
    ("5-1-1-user-unknown-protected-by-spamassassin", "550 5.1.1 User unknown. Protected by SpamAssassin", "5.1.1",
     "RCPT", True, UNK, R),
]

# ---- 2. our sender refused with "ok"/"accepted"/"recipient" between -------------------------------------------
# Exim's sender callout ('Sender verify failed', spec ch. 42 "Callout verification") and an ACL 'message =' naming
# the sender with a question's answer; Postfix reject_unverified_sender's 'Sender address rejected'.
CALLOUT = ("Exim spec ch. 42 sender callout verification ('Sender verify failed') and an ACL 'message =' "
           "wording naming our sender, hand-made")
SENDER = [
    ("mail-from-ok-no-sender-does-not-exist", f"550 5.1.7 MAIL FROM <{OURS}> ok? no: sender address does not exist",
     "5.1.7", "RCPT", False, (), S),
    ("sender-verify-recipient-callout-ok", "550 5.1.7 Sender verify failed: recipient callout ok, sender unknown",
     "5.1.7", "RCPT", False, (), S),
    ("sender-accepted-format-but-not-found", f"550 5.1.7 Sender <{OURS}> accepted as syntax, but sender address "
     "not found", "5.1.7", "RCPT", False, (), S),
]
SENDER_MAIL = [
    ("mail-from-ok-no-at-mail", f"550 5.1.7 MAIL FROM <{OURS}> ok? no: sender address does not exist", "5.1.7",
     "MAIL", False, (), S),
]
SENDER_CONTROLS = [  # the recipient's absence after our side was accepted: the recipient's (review 88's rows)
    ("sender-verify-ok-recipient-does-not-exist", f"550 5.1.1 Sender verify ok, recipient {LEAD} does not exist",
     "5.1.1", "RCPT", True, UNK, R),
]

ROWS = (_rows("footer", SIG, FOOTERS) + _rows("footer", SIG, FOOTERS_511) + _rows("lang", L10N, LANGS) + _rows("cause", SIG, CONTROLS) + _rows("named", SIG, CONTROLS_NAMED)
        + _rows("hard", SIG, CONTROLS_HARD, True) + _rows("sender", CALLOUT, SENDER)
        + _rows("sender-mail", CALLOUT, SENDER_MAIL, True) + _rows("sender-c", CALLOUT, SENDER_CONTROLS))
