"""The sixty-sixth review: an ADVERSARIAL AUDIT of the rules review 63 added, looking for real harm (a false
hard unenrols a real prospect; a false hard for our own domain's words unenrols every prospect of a send):

- classifier/reply_lines.py (a permanent multi-line reply read without a temporary reply it quotes, where
  the rest says no such user): a generic 5xx whose only user words are RFC 5321's whole 550 text beside the
  quoted 4xx cause; relays' give-ups after a 4xx "User unknown"; a 5xx quoting another 5xx; continuation
  lines that start with digits ("550-4.2.2", "450 messages"); two recipients whose lines follow each other;
- the final line of a long continued reply: a generic footer last with the cause early or in the middle,
  a final line that quotes the reply code itself, two recipients; a 1 MB reply must stay fast (the test);
- soft_wordings' Dovecot "Mailbox doesn't exist: INBOX" and Zimbra "Mailbox is not on this server": under a
  no-such-user status (stay hard) and a 4xx given up under a relay's 5.0.0 (the account exists: soft);
- ours.py: "message de / Nachricht von / mensaje de <us>" before our refused address or the recipient's
  words, and "(mail from <our domain>)" beside a domain's words in languages the guard did not list.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written from the
server's words and shared/classifier/taxonomy.md (section 4: userunknown and hostunknown hard; mailboxfull,
suspend, systemerror, expired and every policy reason soft; section 7: a refusal of our side is scope
sender) BEFORE the classifier ran. All notices HAND-MADE in the cited layouts (X-Hand-Made headers);
test_review_notices66.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, exchange_own, gmail_own, relayed
from tests.classifier.review_notices47_layouts import lmtp
from tests.classifier.review_notices61 import exim, postfix
from tests.classifier.review_notices63 import _DOVE, _EXIM, _GMAIL, _PF, _POLICY, _RFC, _ROLE, _ZIMBRA, SOFT_INSIDE

US = "sender@example.com"  # notices.relayed's sender (its From and the notice's To)
ANN, BOB = "ann@example.org", "bob@example.org"
R = "recipient"
_OWN = "this review's own wording in that layout"
_RFC550 = ("RFC 5321 4.2.2's whole 550 text, 'Requested action not taken: mailbox unavailable (e.g., mailbox not "
           "found, no access, or command rejected for policy reasons)', as servers and libraries that answer with the "
           "RFC's texts write it (.NET SmtpStatusCode.MailboxUnavailable's description, SMTP reply-code tables)")
_EXO = ("Exchange Online NDR anatomy ('Email non-delivery reports and SMTP errors in Exchange Online'): 'Remote Server "
        "returned', the 4.4.7 QUEUE.Expired text with its [{LED=...}] last error details")
_EXIM_CALLOUT = "Exim src/verify.c: a recipient callout's refusal, 'Callout verification failed:' and the reply quoted"
_PF_VERIFY = "Postfix smtpd_check.c reject_unverified_recipient ('550 5.1.1 <a>: Recipient address rejected: %s')"


def _hard(address: str = LEAD) -> tuple:
    return (address, True, ("userunknown",), R, False)


def _soft(reasons: tuple, *, address: str = LEAD, scope: str = R) -> tuple:
    return (address, False, reasons, scope, False)


def _mark(raw: bytes, rid: str) -> bytes:
    """Review 61's builder marks its notices as its own: say whose rows these are."""
    return raw.replace(b"(review 61)", b"(review 66, review 61's Exim layout)").replace(b"r61-", f"r66-{rid}-".encode())


def _gm(reply: str, status: str) -> bytes:
    return gmail_own(reply, status=status, heading="Message not delivered", remote="mx.example.org",
                     body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
                     f"The response was:\n\n{reply}")


def _exo(diagnostic: str, status: str) -> bytes:
    return exchange_own(diagnostic, status=status, body=f"Delivery has failed to these recipients or groups:\n\n{LEAD}")


# ---- 1. reply_lines: a permanent reply quoting a temporary one -------------------------------------------------
_FULL_550 = "Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command " \
    "rejected for policy reasons)"
RFC_QUOTA = [f"550-{_FULL_550}", "550 5.0.0 Delivery gave up after the last answer 452 4.2.2 Mailbox full, quota exceeded"]
FULL_4XX = ["452-4.2.2 Mailbox full, quota exceeded", "452 4.2.2 Please try again later"]
UNKNOWN = ["550 5.1.1 No such user here"]
QUOTED = [
    # The RFC's generic 550 text names a missing mailbox only as an example beside policy: the quoted full
    # mailbox is the one cause named (was hard after review 63, mailboxfull before).
    ("pf-rfc5321-550-quotes-quota", f"{_RFC}; {_RFC550}; {_PF}; {_OWN}", relayed(" ".join(RFC_QUOTA), status="5.0.0"),
     [_soft(("mailboxfull",))]),
    ("exim-rfc5321-550-quotes-quota", f"{_RFC}; {_RFC550}; {_EXIM}; {_OWN}",
     _mark(exim("q1", [(LEAD, RFC_QUOTA, "5.0.0")]), "q1"), [_soft(("mailboxfull",))]),
    ("gmail-rfc5321-550-quotes-quota", f"{_RFC}; {_RFC550}; {_GMAIL}; {_OWN}", _gm("\n".join(RFC_QUOTA), "5.0.0"),
     [_soft(("mailboxfull",))]),
    # Controls: the RFC's text alone at RCPT under a vague status stays the project's hard (Exchange Online's
    # "550 5.5.0 Requested action not taken: mailbox unavailable" for no such user); under 5.7.1 the status
    # speaks (review 37), a policy refusal.
    ("pf-rfc5321-550-alone", f"{_RFC550}; {_PF}", relayed(f"550 {_FULL_550}", status="5.0.0"), [_hard()]),
    ("pf-rfc5321-550-policy-status", f"{_RFC550} under RFC 3463 5.7.1; {_PF}",
     relayed(f"550 5.7.1 {_FULL_550}", status="5.7.1"), [_soft(())]),
    # Relays' give-ups after a 4xx "User unknown": reasons.py keeps them hard (a server set to answer 450).
    ("pf-gave-up-4xx-user-unknown", "Postfix smtpd_check.c 'Recipient address rejected: User unknown in local "
     "recipient table' under unknown_local_recipient_reject_code = 450; " + _PF + " (given up after the queue lifetime)",
     relayed(f"450 4.1.1 <{LEAD}>: Recipient address rejected: User unknown in local recipient table", status="4.1.1",
             action="failed"), [_hard()]),
    ("exim-gave-up-4xx-user-unknown", f"{_EXIM} (Status 5.0.0 after the retry timeout); Postfix's 450 'User unknown "
     "in local recipient table'", _mark(exim("q2", [(LEAD, [f"450 4.1.1 <{LEAD}>: Recipient address rejected: User "
                                                           "unknown in local recipient table"], "5.0.0")]), "q2"),
     [_hard()]),
    # A 5xx quoting another 5xx: Exim's recipient callout (hard), Postfix's address verification quoting a
    # probe's 4xx under a 550 (no user words of its own: the quoted full mailbox, soft).
    ("exim-callout-quotes-5xx-unknown", f"{_EXIM_CALLOUT}; {_EXIM}",
     _mark(exim("q3", [(LEAD, ["550-Callout verification failed:", f"550 550 5.1.1 <{LEAD}>: Recipient address "
                               "rejected: User unknown in relay recipient table"], "5.0.0")]), "q3"), [_hard()]),
    ("pf-verify-quotes-4xx-quota", f"{_PF_VERIFY} with unverified_recipient_defer_code = 550; {_PF}", relayed(
        f"550 5.1.1 <{LEAD}>: Recipient address rejected: undeliverable address: host mx2.example.org[192.0.2.8] said: "
        f"452 4.2.2 <{LEAD}>: Mailbox full (in reply to RCPT TO command)", status="5.1.1"), [_soft(("mailboxfull",))]),
    # Digits that start a continuation line's text are no quote: a count, an enhanced status of class 4.
    ("pf-450-messages-not-a-quote", f"{_RFC}; {_PF}; a rate limit's words ({_OWN})",
     relayed("550-5.7.1 Your host sent more than 450 messages in an hour 550 5.7.1 Rate limit exceeded, try again "
             "tomorrow", status="5.7.1"), [(LEAD, False, (), "", False)]),
    ("pf-550-with-4-2-2-lines", f"{_RFC}; RFC 3463 2 (a class-4 detail under a 5xx code: a server's mismatch); {_PF}",
     relayed("550-4.2.2 Mailbox over quota 550 4.2.2 Mailbox over quota", status="4.2.2", action="failed"),
     [_soft(("mailboxfull",))]),
    # Two recipients, one's lines after the other's, no blank line between (review 61's layouts).
    ("exim-bob-full-then-ann-unknown", f"{_EXIM}; {_RFC}; two entries, no blank line",
     _mark(exim("q4", [(BOB, FULL_4XX, "5.0.0"), (ANN, SOFT_INSIDE, "5.0.0")]), "q4"),
     [_soft(("mailboxfull",), address=BOB), _hard(ANN)]),
    ("pf-ann-unknown-then-bob-full", f"{_PF}; {_RFC}; two paragraphs",
     _mark(postfix("q5", [(ANN, SOFT_INSIDE, "5.1.1"), (BOB, FULL_4XX, "4.2.2")]), "q5"),
     [_hard(ANN), _soft(("mailboxfull",), address=BOB)]),
    # Exchange's expiry: "550 4.4.7" opens with a class-4 detail, its last error a full mailbox (soft).
    ("exo-queue-expired-led-quota", _EXO, _exo(
        "550 4.4.7 QUEUE.Expired; message expired [{LED=452 4.2.2 The recipient's mailbox is full};{MSG=};"
        "{FQDN=mx.example.org};{IP=192.0.2.7};{LRT=12/3/2026 10:00:00 AM}]", "4.4.7"), [_soft(("mailboxfull", "expired"))]),
]

# ---- 2. A long continued reply's final line -------------------------------------------------------------------
_LONG = f"{_EXIM}; {_RFC}; RFC 5321 4.5.3.1.5 (a reply line at most 512 octets); the policy lines review 63's own"


def _long(first: str, last: str, middle: str = "") -> list[str]:
    lines = list(_POLICY)
    if middle:
        lines[40] = middle  # past the 2,000 characters read before review 63's final line
    return [first, *lines, last]


_FOOTER = "550 Please contact postmaster"
LONG = [
    ("exim-long-spam-first-footer-last", _LONG + "; a generic footer last",
     _mark(exim("l1", [(LEAD, _long("550-5.7.1 Message rejected as spam by the content filter", _FOOTER), "5.0.0")]),
           "l1"), [_soft(("spamdetected",))]),
    ("pf-long-spam-first-footer-last", f"{_PF}; {_RFC}; a generic footer last",
     relayed(" ".join(_long("550-5.7.1 Message rejected as spam by the content filter", _FOOTER)), status="5.0.0"),
     [_soft(("spamdetected",))]),
    ("exim-long-unknown-middle-footer-last", _LONG + "; the cause on line 42, a generic footer last",
     _mark(exim("l2", [(LEAD, _long("550-Message rejected by the recipient's mail system", _FOOTER,
                                    "550-5.1.1 The mailbox does not exist"), "5.0.0")]), "l2"), [_hard()]),
    # The final line quotes the reply code itself: its start is after the last "550-", not the last "550 ".
    ("exim-long-last-line-quotes-code", _LONG + "; the final line naming the code again (" + _OWN + ")",
     _mark(exim("l3", [(LEAD, _long("550-Message rejected by the recipient's mail system",
                                    "550 5.1.1 No such user here (the mailbox server answered 550 too)"), "5.0.0")]),
           "l3"), [_hard()]),
    ("exim-long-ann-spam-then-bob-unknown", _LONG + "; two entries, no blank line", _mark(exim("l4", [
        (ANN, _long("550-5.7.1 Message rejected as spam", "550 5.7.1 See the policy text above"), "5.0.0"),
        (BOB, UNKNOWN, "5.1.1")]), "l4"), [_soft(("spamdetected",), address=ANN), _hard(BOB)]),
]

# ---- 3. Dovecot's missing INBOX, Zimbra's other server: permanent codes and relays' give-ups ----------------------
_SYS = ("systemerror",)
SERVERS = [
    ("lmtp-inbox-under-5-1-1", f"{_DOVE}; RFC 3463 5.1.1 with lib-storage's words (a deleted account, {_OWN})",
     lmtp(f"550 5.1.1 <{LEAD}> Mailbox doesn't exist: INBOX", status="5.1.1", action="failed"), [_hard()]),
    ("lmtp-zimbra-words-under-5-1-1", f"{_ZIMBRA}; RFC 3463 5.1.1 with its words ({_OWN})",
     lmtp("550 5.1.1 Mailbox is not on this server", status="5.1.1", command="RCPT", action="failed",
          host="zimbra.example.org"), [_hard()]),
    # The 4xx given up by a relay whose DSN says 5.0.0 (Exim) or nothing: the account exists (was hard).
    ("exim-dovecot-inbox-gave-up", f"{_DOVE}; {_EXIM} (Status 5.0.0 after the retry timeout)",
     _mark(exim("s1", [(LEAD, [f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX"], "5.0.0")]), "s1"), [_soft(_SYS)]),
    ("pf-dovecot-inbox-gave-up-5-0-0", f"{_DOVE}; {_PF} (a relay's 5.0.0 status)",
     relayed(f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX", status="5.0.0"), [_soft(_SYS)]),
    ("exim-zimbra-gave-up", f"{_ZIMBRA}; {_EXIM} (Status 5.0.0 after the retry timeout)",
     _mark(exim("s2", [(LEAD, ["450 4.2.0 Mailbox is not on this server"], "5.0.0")]), "s2"), [_soft(_SYS)]),
    # Controls that must stay hard: Exchange Online's recipient not found; lib-storage's words naming a user.
    ("exo-recipient-not-found", f"{_EXO} (5.1.10 RESOLVER.ADR.RecipientNotFound)",
     _exo(f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {LEAD} not found by SMTP address lookup", "5.1.10"),
     [_hard()]),
    ("pf-mailbox-doesnt-exist-user", f"{_PF}; lib-storage's 'Mailbox doesn't exist: %s' naming the user ({_OWN})",
     relayed("550 5.1.1 Mailbox doesn't exist: lead", status="5.1.1"), [_hard()]),
]

# ---- 4. ours.py: our name in a role, refused, or beside a domain's words -----------------------------------------
_MAIL_FROM = "'(mail from <domain>)' closing it, as review 63's rows place it"


def _pf(rid: str, reply: str, status: str, expected: list[tuple], cite: str, command: str = "RCPT") -> tuple:
    return (rid, f"{_PF}; {cite}", relayed(reply, status=status, command=command), expected)


_SENDER = [_soft(("rejected",), scope="sender")]
_HOST_HARD = [(LEAD, True, ("hostunknown",), R, False)]
ROLES = [
    # Our address refused after the role words: the sender's noun says whose (scope sender).
    _pf("pf-fr-message-de-us-expediteur-inconnu", f"550 5.1.0 Message de <{US}> refus\u00e9 : exp\u00e9diteur inconnu",
        "5.1.0", _SENDER, f"lexicon's 'expéditeur'; {_ROLE}"),
    _pf("pf-fr-message-de-us-expediteur-inconnu-mail", f"550 5.1.0 Message de <{US}> refus\u00e9 : exp\u00e9diteur "
        "inconnu", "5.1.0", _SENDER, f"lexicon's 'expéditeur', at MAIL FROM; {_ROLE}", command="MAIL"),
    _pf("pf-de-nachricht-von-us-absender-unbekannt", f"550 5.1.0 Nachricht von <{US}> abgelehnt: Absender unbekannt",
        "5.1.0", _SENDER, f"lexicon's 'Absender'; {_ROLE}"),
    # The recipient's noun after the role: the prospect's (hard).
    _pf("pf-fr-message-de-us-destinataire-inconnu", f"550 5.1.1 Message de <{US}> : destinataire inconnu", "5.1.1",
        [_hard()], f"lexicon's French 'destinataire inconnu'; {_ROLE}"),
    _pf("pf-es-mensaje-de-us-destinatario-desconocido", f"550 5.1.1 Mensaje de <{US}> rechazado: destinatario "
        "desconocido", "5.1.1", [_hard()], f"lexicon's Spanish; {_ROLE}"),
    # "(mail from <our domain>)" beside a domain's words in other languages: what was not found may be ours.
    _pf("pf-de-domaene-mail-from-our-domain", "550 Dom\u00e4ne nicht gefunden (mail from example.com)", "5.0.0", _SENDER,
        f"German 'Domäne' ({_OWN}); {_MAIL_FROM}"),
    _pf("pf-nl-domein-mail-from-our-domain", "550 5.1.2 Domein bestaat niet (mail from example.com)", "5.1.2", _SENDER,
        f"Dutch 'domein' ({_OWN}); {_MAIL_FROM}"),
    _pf("pf-pl-domena-mail-from-our-domain", "550 5.1.2 Domena nie istnieje (mail from example.com)", "5.1.2", _SENDER,
        f"Polish 'domena' ({_OWN}); {_MAIL_FROM}"),
    _pf("pf-fr-hote-mail-from-our-domain", "550 5.1.2 H\u00f4te inconnu (mail from example.com)", "5.1.2", _SENDER,
        f"French 'hôte' ({_OWN}); {_MAIL_FROM}"),
    _pf("pf-ru-domen-mail-from-our-domain", "550 5.1.2 \u0414\u043e\u043c\u0435\u043d \u043d\u0435 \u043d\u0430\u0439"
        "\u0434\u0435\u043d (mail from example.com)", "5.1.2", _SENDER, f"Russian 'домен' ({_OWN}); {_MAIL_FROM}"),
    # Controls: an account's state in other languages keeps the note a role (soft, the recipient's).
    _pf("pf-de-konto-gesperrt-mail-from-our-domain", "550 5.2.1 Konto gesperrt (mail from example.com)", "5.2.1",
        [_soft(("suspend",))], f"RFC 3463 5.2.1; German 'Konto gesperrt' ({_OWN}); {_MAIL_FROM}"),
    # Our domain after the role words beside a domain's words under a vague status: the domain not found is
    # most likely ours (the common sender-domain check), as review 63 reads the "(mail from)" note.
    _pf("pf-fr-message-de-our-domain-domaine-inexistant", "550 Message de example.com refus\u00e9 : domaine "
        "inexistant", "5.0.0", _SENDER, f"Postfix reject_unknown_sender_domain's check in French words; {_ROLE}"),
    _pf("pf-de-nachricht-von-us-domain-existiert-nicht", f"550 Nachricht von <{US}> abgelehnt: Domain existiert nicht",
        "5.0.0", _SENDER, f"Postfix reject_unknown_sender_domain's check in German words; {_ROLE}"),
    # The lead's mend of the two calls above (ours.py: a domain missing after "message from <us>" is ours
    # unless the status names the destination, X.1.x): the English, a policy status, and controls.
    _pf("pf-en-message-from-us-domain-does-not-exist", f"550 Message from <{US}> rejected: domain does not exist",
        "5.0.0", _SENDER, f"Postfix reject_unknown_sender_domain's check in English words; {_OWN}"),
    _pf("pf-en-message-from-us-domain-unknown-571", "550 5.7.1 Message from example.com refused: unknown domain",
        "5.7.1", _SENDER, f"RFC 3463 5.7.1 (policy); {_OWN}"),
    _pf("pf-en-message-from-us-domain-512-control", f"550 5.1.2 Message from <{US}> rejected: domain does not exist",
        "5.1.2", _HOST_HARD, f"RFC 3463 5.1.2 (bad destination system address): the prospect's domain; {_OWN}"),
    _pf("pf-en-message-from-us-to-lead-domain-control", f"550 Message from <{US}> to <{LEAD}> rejected: domain does "
        "not exist", "5.0.0", _HOST_HARD, f"the prospect's address named: the words may be its domain's; {_OWN}"),
    _pf("pf-en-message-from-us-user-unknown-control", f"550 Message from <{US}> rejected: user unknown", "5.0.0",
        [_hard()], f"a mailbox's words: the role stays (review 59); {_OWN}"),
]

ROWS: list[tuple] = QUOTED + LONG + SERVERS + ROLES
