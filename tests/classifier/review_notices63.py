"""The sixty-third review: the leftovers earlier reviews kept as strict xfails, mended where the rule
lives, with rows around each mend (controls that must not move, and adversarial rows looking for a
false hard, which unenrols a real prospect):

- a permanent multi-line reply (RFC 5321 4.2.1: one reply, its code the permanent one) whose middle
  line quotes a temporary over-quota answer and whose last line says there is no such user (review 61's
  "exim-soft-inside"): the permanent reply's own words decide, not the quoted 4xx (classifier/reasons.py);
- a 70-line reply whose cause is on its last line, past the 2,000 characters the wording is read in
  (review 61's "exim-long"): the reply's final line (RFC 5321 4.5.3.1.5: at most 512 octets) is read too;
- Dovecot's "Mailbox doesn't exist: INBOX" and Zimbra's "Mailbox is not on this server" (review 62's
  onhold leftovers): both the receiving server's own trouble with a user it found (systemerror);
- our address after the role word "message from" in other languages ("message de", "Nachricht von",
  "mensaje de", "messaggio da", "mensagem de", "bericht van") and "(mail from <our domain>)" closing a
  reply (review 59's two ours.py calls): a role, no refusal of us.

Rows: (name, source, raw, expected); expected [(address, hard, reasons, scope, delay)], written from the
server's words and shared/classifier/taxonomy.md (section 4: userunknown hard, mailboxfull, systemerror,
suspend and every policy reason soft) BEFORE the classifier ran. All notices HAND-MADE in the cited
layouts (X-Hand-Made headers); test_review_notices63.py runs them."""

from __future__ import annotations

from tests.classifier.notices import LEAD, gmail_own, relayed
from tests.classifier.review_notices47_layouts import lmtp
from tests.classifier.review_notices61 import exim

SELLER = "seller@example.com"  # review 61's Exim layout's sender
US = "sender@example.com"  # notices.relayed's sender (its From and the notice's To)
R = "recipient"
_RFC = "RFC 5321 4.2.1 (a multi-line reply is one reply: '<code>-' lines, the last '<code> <text>')"
_EXIM = ("Exim src/deliver.c bounce, each line of the remote reply kept and indented under 'SMTP error from remote "
         "mail server after RCPT TO:<a>:' (review 61's exim builder; the DSN's Diagnostic-Code its first line)")
_PF = ("Postfix bounce(8) layout (notices.relayed); src/smtp/smtp_chat.c smtp_chat_resp keeps a multi-line reply's "
       "lines (up to line_length_limit, 2048), shown joined in the report")
_GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), 'The response was:' then the reply"
_OWN = "this review's own middle line"
_DOVE = ("Dovecot src/lmtp/lmtp-local.c: a storage error on saving, '451 4.2.0 <%s> %s', here lib-storage/mail-error.h "
         "T_MAIL_ERR_MAILBOX_NOT_FOUND 'Mailbox doesn't exist: %s' for INBOX, the user found by the userdb at RCPT "
         "(its store misconfigured or gone), through Postfix's LMTP client (review 47's lmtp)")
_ZIMBRA = ("Zimbra zm-mailbox lmtpserver/ZimbraLmtpBackend.java getAddressStatus: an active account whose mailbox "
           "server is not this one and unknown ('try again for address ...: mailbox is not on this server'), "
           "LmtpReply.MAILBOX_NOT_ON_THIS_SERVER(450, '4.2.0', 'Mailbox is not on this server')")
_ROLE = ("this review's own placing of the role words 'message from' in that language (the translations of "
         "lexicon's languages) before our address; the state words the language's own")


def _hard(address: str = LEAD) -> tuple:
    return (address, True, ("userunknown",), R, False)


def _soft(reasons: tuple, *, delay: bool = False, scope: str = R) -> list[tuple]:
    return [(LEAD, False, reasons, scope, delay)]


def _mark(raw: bytes) -> bytes:
    """Review 61's builder marks its notices as its own: say whose rows these are."""
    return raw.replace(b"(review 61)", b"(review 63, review 61's Exim layout)").replace(b"r61-", b"r63-")


def _gm(reply: str, status: str) -> bytes:
    return gmail_own(reply, status=status, heading="Message not delivered", remote="mx.example.org",
                     body=f"Your message wasn't delivered to {LEAD} because the remote server returned an error.\n\n"
                     f"The response was:\n\n{reply}")


# ---- 1. A permanent multi-line reply quoting a temporary one: the permanent reply's words decide --------------
SOFT_INSIDE = ["550-Requested action not taken",
               "550-(an earlier 452 4.2.2 over quota notice was sent to this address)",
               "550 5.1.1 No such user here"]
CYRUS_INSIDE = ["550-Mailbox unknown.  Either there is no mailbox associated with this",
                "550-name or you do not have authorization to see it. (452 4.2.2 Over quota was answered before)",
                "550 5.1.1 User unknown"]
REVERSED = ["452-4.2.2 Mailbox full, quota exceeded",
            "452-(an earlier 550 5.1.1 No such user here was answered for a typo)",
            "452 4.2.2 Please try again later"]
GMAIL_FULL = ["552-5.2.2 The email account that you tried to reach is over quota and inactive.",
              "552-5.2.2 Please direct the recipient to", "552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm"]
GENERIC_ONLY = ["550-Requested action not taken: mailbox unavailable",
                "550 5.0.0 Delivery gave up after the last answer 452 4.2.2 Mailbox full, quota exceeded"]
UNKNOWN_QUOTA_LINE = ["550-5.1.1 No such user here", "550 5.1.1 (452 4.2.2 Over quota)"]
CALLOUT_QUOTA = [f"550-Verification failed for <{SELLER}>", "550-Called:   192.0.2.9",
                 f"550-Sent:     RCPT TO:<{SELLER}>",
                 f"550-Response: 452 4.2.2 <{SELLER}>: Mailbox full, quota exceeded", "550 Sender verify failed"]
MULTI = [
    ("exim-unknown-quotes-quota", f"{_RFC}; {_EXIM}; {_OWN}",
     _mark(exim("q1", [(LEAD, SOFT_INSIDE, "5.0.0")])), [_hard()]),
    ("pf-unknown-quotes-quota", f"{_RFC}; {_PF}; {_OWN}", relayed(" ".join(SOFT_INSIDE), status="5.1.1"), [_hard()]),
    ("gmail-unknown-quotes-quota", f"{_RFC}; {_GMAIL}; {_OWN}", _gm("\n".join(SOFT_INSIDE), "5.1.1"), [_hard()]),
    ("pf-cyrus-unknown-quotes-quota", f"{_RFC}; cyrus-imapd imap/lmtpengine.c IMAP_MAILBOX_NONEXISTENT's long form; "
     f"{_PF}; {_OWN} (a quote inside the middle line)", relayed(" ".join(CYRUS_INSIDE), status="5.1.1"), [_hard()]),
    # The last line repeats the quote after the missing user's words: the reply says no such user.
    ("pf-unknown-then-quoted-quota", f"{_RFC}; {_PF}; {_OWN}", relayed(" ".join(UNKNOWN_QUOTA_LINE), status="5.1.1"),
     [_hard()]),
    # Controls: a temporary reply quoting a permanent one (still retried, soft); Gmail's own over-quota reply;
    # a permanent reply whose only words of a mailbox are RFC 5321's generic ones beside the quoted full
    # mailbox (a relay's give-up: never hard); our sender's callout answered over quota.
    ("pf-4xx-quotes-5xx-delayed", f"{_RFC}; {_PF} (Action: delayed); {_OWN}",
     relayed(" ".join(REVERSED), status="4.2.2", action="delayed"), _soft(("mailboxfull",), delay=True)),
    ("pf-4xx-quotes-5xx-final", f"{_RFC}; {_PF} (given up after the queue lifetime); {_OWN}",
     relayed(" ".join(REVERSED), status="4.2.2", action="failed"), _soft(("mailboxfull",))),
    ("exim-4xx-quotes-5xx", f"{_RFC}; {_EXIM}; {_OWN}", _mark(exim("q2", [(LEAD, REVERSED, "4.2.2")])),
     _soft(("mailboxfull",))),
    ("pf-gmail-over-quota", f"{_PF}; Gmail's 552-5.2.2 OverQuotaPerm reply (support.google.com/mail/?p=OverQuotaPerm)",
     relayed(" ".join(GMAIL_FULL), status="5.2.2"), _soft(("mailboxfull",))),
    ("pf-generic-refusal-quotes-quota", f"{_RFC}; {_PF}; RFC 5321 4.2.2's 550 text; {_OWN} (a relay's give-up)",
     relayed(" ".join(GENERIC_ONLY), status="5.0.0"), _soft(("mailboxfull",))),
    # Adversarial: a permanent policy refusal quoting a temporary "no such user yet" names no missing user of
    # its own: never hard.
    ("pf-policy-quotes-4xx-unknown", f"{_RFC}; {_PF}; {_OWN}",
     relayed("550-5.7.1 Message refused by local policy 550 5.7.1 (451 4.1.1 No such user yet was answered before)",
             status="5.7.1"), _soft(())),
    ("exim-cyrus-unknown-quotes-quota", f"{_RFC}; cyrus-imapd IMAP_MAILBOX_NONEXISTENT's long form; {_EXIM}; {_OWN}",
     _mark(exim("q4", [(LEAD, CYRUS_INSIDE, "5.0.0")])), [_hard()]),
    ("exim-callout-answered-quota", f"{_EXIM}; Exim's callout verification reply lines ('550-Response:')",
     _mark(exim("q3", [(LEAD, CALLOUT_QUOTA, "5.0.0")])), _soft(("rejected",), scope="sender")),
]

# ---- 2. A long reply: its final line past the first 2,000 characters ---------------------------------------
_POLICY = [f"550-Line {n:02d} of the site policy text, see https://example.org/policy#{n}" for n in range(68)]


def _long(last: str, code: str = "550") -> list[str]:
    return [f"{code}-Message rejected by the recipient's mail system",
            *(line.replace("550-", f"{code}-") for line in _POLICY), last]


_LONG = f"{_EXIM}; {_RFC}; RFC 5321 4.5.3.1.5 (a reply line at most 512 octets); the 68 policy lines this review's own"
LONG = [
    ("exim-long-unknown", _LONG, _mark(exim("l1", [(LEAD, _long("550 5.1.1 No such user here"), "5.0.0")])),
     [_hard()]),
    ("exim-long-unknown-bare", _LONG + " (no enhanced status)",
     _mark(exim("l2", [(LEAD, _long("550 No such user here"), "5.0.0")])), [_hard()]),
    # Controls: the last line's cause soft; a long temporary reply with a missing user's words (still soft:
    # a 4xx is retried); the policy lines' own text never read as a cause.
    ("exim-long-full", _LONG, _mark(exim("l3", [(LEAD, _long("550 5.2.2 Mailbox full, quota exceeded"), "5.0.0")])),
     _soft(("mailboxfull",))),
    ("exim-long-spam", _LONG, _mark(exim("l4", [(LEAD, _long("550 5.7.1 Message rejected as spam"), "5.0.0")])),
     _soft(("spamdetected",))),
    ("exim-long-4xx-unknown", _LONG + " (a 4xx reply, the mailbox for now)",
     _mark(exim("l5", [(LEAD, _long("451 4.1.1 Temporary lookup failure: no such user yet", "451"), "4.0.0")])),
     _soft(())),
    ("exim-long-no-cause", _LONG + " (the last line names no cause)",
     _mark(exim("l6", [(LEAD, _long("550 See the policy text above"), "5.0.0")])), _soft(())),
]

# ---- 3. Dovecot's missing INBOX, Zimbra's mailbox on another server: the server's own trouble ----------------
_SYS = ("systemerror",)
SERVERS = [
    ("dovecot-inbox-missing-final", _DOVE + " (given up after the queue lifetime)",
     lmtp(f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX", status="4.2.0", action="failed"), _soft(_SYS)),
    ("dovecot-inbox-missing-delayed", _DOVE + " (while retried)",
     lmtp(f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX", status="4.2.0", action="delayed"),
     _soft(_SYS, delay=True)),
    ("dovecot-inbox-missing-gmail", f"{_DOVE}; {_GMAIL}", _gm(f"451 4.2.0 <{LEAD}> Mailbox doesn't exist: INBOX",
                                                              "4.2.0"), _soft(_SYS)),
    ("zimbra-not-on-server-final", _ZIMBRA + " (given up after the queue lifetime)",
     lmtp("450 4.2.0 Mailbox is not on this server", status="4.2.0", command="RCPT", action="failed",
          host="zimbra.example.org"), _soft(_SYS)),
    ("zimbra-not-on-server-delayed", _ZIMBRA + " (while retried)",
     lmtp("450 4.2.0 Mailbox is not on this server", status="4.2.0", command="RCPT", action="delayed",
          host="zimbra.example.org"), _soft(_SYS, delay=True)),
    ("zimbra-not-on-server-gmail", f"{_ZIMBRA}; {_GMAIL}", _gm("450 4.2.0 Mailbox is not on this server", "4.2.0"),
     _soft(_SYS)),
    # Controls that must stay hard: a mailbox (the account) that does not exist, and "not on this server"
    # under a no-such-user status (the server says the address is not its own).
    ("pf-mailbox-does-not-exist", f"{_PF}; Dovecot lmtp '550 5.1.1 <user> User doesn't exist' family, the "
     "common 'Mailbox does not exist' wording (RFC 3463 5.1.1)",
     relayed(f"550 5.1.1 <{LEAD}>: Mailbox does not exist", status="5.1.1"), [_hard()]),
    ("pf-mailbox-doesnt-exist-no-folder", f"{_PF}; a 5.1.1 'Mailbox doesn't exist' naming no folder",
     relayed("550 5.1.1 Mailbox doesn't exist", status="5.1.1"), [_hard()]),
    ("pf-not-on-server-5-1-1", f"{_PF}; RFC 3463 5.1.1 beside 'not on this server' (this review's own)",
     relayed(f"550 5.1.1 <{LEAD}>: Recipient mailbox is not on this server", status="5.1.1"), [_hard()]),
    # Adversarial: Dovecot's folder error naming INBOX under a permanent no-such-user status stays hard.
    ("pf-user-unknown-then-inbox", f"{_PF}; a 5.1.1 reply naming the user as unknown beside the folder words "
     "(this review's own)", relayed(f"550 5.1.1 <{LEAD}> User unknown; Mailbox doesn't exist: INBOX",
                                    status="5.1.1"), [_hard()]),
]

# ---- 4. Our address or domain named in a role (review 59's two calls) -----------------------------------------
_MB = "Orange's 'boîte pleine' and the mailbox-full words of classifier/mailbox_states (RFC 3463 5.2.2)"


def _role(rid: str, reply: str, status: str, reasons: tuple, cite: str) -> tuple:
    return (rid, f"{_PF}; {cite}; {_ROLE}", relayed(reply, status=status), _soft(reasons))


ROLES = [
    _role("pf-de-nachricht-von", f"552 5.2.2 Postfach voll, Nachricht von {US} nicht zugestellt", "5.2.2",
          ("mailboxfull",), _MB),
    _role("pf-es-mensaje-de", f"552 5.2.2 Buz\u00f3n lleno; mensaje de {US} no entregado", "5.2.2",
          ("mailboxfull",), _MB),
    _role("pf-it-messaggio-da", f"552 5.2.2 Casella piena, messaggio da {US} non recapitato", "5.2.2",
          ("mailboxfull",), _MB),
    _role("pf-pt-mensagem-de", f"552 5.2.2 Caixa postal cheia; mensagem de {US} n\u00e3o entregue", "5.2.2",
          ("mailboxfull",), _MB),
    _role("pf-nl-bericht-van", f"552 5.2.2 Mailbox vol, bericht van {US} niet afgeleverd", "5.2.2",
          ("mailboxfull",), _MB),
    _role("pf-fr-message-de-suspend", f"550 5.2.1 Compte d\u00e9sactiv\u00e9 (message de {US})", "5.2.1",
          ("suspend",), "RFC 3463 5.2.1 (mailbox disabled)"),
    ("gmail-fr-boite-pleine-message-de", f"{_GMAIL}; {_MB}; {_ROLE}",
     _gm(f"552 5.2.2 Bo\u00eete pleine pour message de {SELLER}", "5.2.2"), _soft(("mailboxfull",))),
    ("pf-closed-mail-from-our-domain-bare", f"{_PF}; 'This account has been closed' (5.2.1); '(mail from "
     "example.com)' closing it (this review's own)", relayed("550 This account has been closed (mail from example.com)",
                                                             status="5.2.1"), _soft(("suspend",))),
    # Controls, our side refused, which must stay the sender's: RFC 7505's words for the sender's null MX
    # (review 58), the sender's word before us in German, a "(mail from <us>)" beside a sender-domain check.
    ("pf-mail-from-our-domain-not-accepted", f"{_PF}; RFC 7505 section 4.2 ('Mail from <domain> not accepted', "
     "review 58)", relayed("550 5.7.27 Mail from example.com not accepted", status="5.7.27"),
     _soft(("rejected", "notaccept"), scope="sender")),
    ("pf-de-absender-refused",
     f"{_PF}; lexicon's 'Absender' (the sender's word) before our address (this review's own)",
     relayed(f"553 5.1.8 Absender {US} abgelehnt: Domain existiert nicht", status="5.1.8"),
     _soft(("rejected",), scope="sender")),
    ("pf-sender-domain-mail-from-us", f"{_PF}; Postfix smtpd_check.c 'Sender address rejected: Domain not found' "
     "with '(mail from <domain>)' closing it (this review's own)",
     relayed(f"450 4.1.8 <{US}>: Sender address rejected: Domain not found (mail from example.com)",
             status="4.1.8", action="failed"), _soft(("rejected",), scope="sender")),
    # Adversarial: "(mail from <our domain>)" beside a domain's words may name what was not found (ours):
    # the note is a role only where the reply speaks of a mailbox or an account, so these stay ours (soft).
    ("pf-domain-not-found-mail-from-our-domain", f"{_PF}; Postfix's 'Domain not found' wording (smtpd_check.c, "
     "reject_unknown_sender_domain) without its 'Sender address rejected:' and with '(mail from <domain>)' (this "
     "review's own)", relayed("550 Domain not found (mail from example.com)", status="5.0.0"),
     _soft(("rejected",), scope="sender")),
    ("pf-no-such-domain-mail-from-our-domain",
     f"{_PF}; 'No such domain' with '(mail from <domain>)' (this review's own)",
     relayed("550 5.1.2 No such domain (mail from example.com)", status="5.1.2"), _soft(("rejected",), scope="sender")),
    # Adversarial: the recipient's own words after the role stay the recipient's, hard where they say so, as
    # review 59 reads the English ("550 5.1.2 Host unknown; message from <us> not delivered": hard).
    ("pf-fr-inconnu-message-de", f"{_PF}; 'Utilisateur inconnu' (classifier/lexicon's French); {_ROLE}",
     relayed(f"550 5.1.1 Utilisateur inconnu, message de {US} refus\u00e9", status="5.1.1"), [_hard()]),
    ("pf-fr-domaine-inconnu-message-de", f"{_PF}; RFC 3463 5.1.2 with French words of a missing domain; {_ROLE}; "
     "review 59's 'pf-host-unknown-message-from-us' the English", relayed(
         f"550 5.1.2 Domaine inconnu, message de {US} non remis", status="5.1.2"),
     [(LEAD, True, ("hostunknown",), R, False)]),
]

ROWS: list[tuple] = MULTI + LONG + SERVERS + ROLES
