"""Audit 43: a short ADVERSARIAL AUDIT of the rules merged on 2026-12-07 (git log fb5f9274..5a647151: audit 42's
mends, review novel42's small_server_wordings and state words, the lead's re-reads), each attacked in other contexts:
(1) departures._DELETED's bare "user / recipient (was) deleted" said of a login or API user, a user who deleted
    something, a recipient deleted from a header or a series, in conditions, schedules, quoted subjects;
(2) formats.broken.folded_reply: Postfix reports of two recipients where each entry's folded reply follows, Exim's
    indented per-address lines, sendmail's transcript;
(3) small_server_wordings (SimpleLogin, LBBS, Archiveopteryx) and the new state / absence words (fi, da, no, hu, tr)
    said of OUR account, login, password, card, subscription, API key;
(4) audit 42's mends (retired_address._OTHER_THINGS and KEPT, unasserted's long reminders, cause_words' notaccept
    restriction words, route_words._NOT_OUR_NAME): true absences they must not make soft.

Rows: (name, source, raw, expected), expected as in review_check (address, hard, reasons, scope, delay), written from
the servers' words, their documents and shared/classifier/taxonomy.md BEFORE the classifier ran on them (committed
first). All HAND-MADE; test_review_audit43.py runs them. "Attack" in a source marks a variant written to probe a rule."""

from __future__ import annotations

from tests.classifier.review_audit35 import hard
from tests.classifier.review_audit41b import ADMIN, IP, MX
from tests.classifier.review_layouts40_layouts import LEAD, OTHER, block, dsn
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_notices25_layouts import SELLER, original
from tests.classifier.review_old36_layouts import postfix1, sendmail86

R, S, ANY = "recipient", "sender", None

at = relayed_for("a43", MX, LEAD)

ESP = ("an ESP's or submission server's refusal of OUR login (Postfix smtpd SASL '535 5.7.8 Error: authentication "
       "failed', Amazon SES / SendGrid account and API key refusals); attack variants")

# ---- (1) departures._DELETED: a bare user / recipient deleted -------------------------------------------------------
DELETED_ROWS = at("d", f"{ADMIN}; attack on departures._DELETED's bare 'user / recipient deleted'", [
    ("api-user-deleted", "535 5.7.8 Authentication failed: API user deleted", "5.7.8", "MAIL", False, (), ANY),
    ("submission-user-deleted-from-auth-db", "550 5.7.1 Relaying denied: user deleted from SMTP auth database",
     "5.7.1", "RCPT", False, (), ANY),
    ("user-deleted-our-message", "550 5.7.1 Rejected: the user deleted our earlier message and blocked the sender",
     "5.7.1", "DATA", False, (), ANY),
    ("recipient-deleted-you-from-contacts", "550 5.7.1 Recipient deleted you from the contact list", "5.7.1", "DATA",
     False, (), ANY),
    ("recipient-deleted-sender-from-allowed", "550 5.7.1 Recipient deleted sender from allowed senders", "5.7.1",
     "DATA", False, (), ANY),
    ("recipient-deleted-series", "550 5.7.1 Meeting request refused: recipient deleted series", "5.7.1", "DATA",
     False, (), ANY),
    ("bcc-recipient-deleted-by-gateway", "550 5.6.0 Header error: Bcc recipient deleted by gateway, resend without "
     "it", "5.6.0", "DATA", False, (), ANY),
    ("recipient-deleted-contact", "550 5.7.1 Recipient deleted contact; sender is no longer trusted", "5.7.1", "DATA",
     False, (), ANY),
    ("if-user-was-deleted", "550 5.7.1 Held for review; if the user was deleted, the administrator will return it",
     "5.7.1", "DATA", False, (), ANY),
    ("user-is-deleted-at-month-end", "550 5.2.1 Mailbox disabled: user is deleted at the end of the month", "5.2.1",
     "RCPT", False, (), R),
    ("subject-user-deleted-question", "550 5.7.1 Subject \"User deleted?\" matched a content filter", "5.7.1", "DATA",
     False, (), ANY),
    ("recipient-deleted-quoted-in-quote", "550 5.7.1 Quote \"recipient deleted\" found in attachment: phishing lure",
     "5.7.1", "DATA", False, (), ANY),
    # True absences in new contexts: must stay hard.
    ("tp-recipient-deleted-5-1-1", "550 5.1.1 Recipient deleted", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("tp-this-user-has-been-deleted", "550 5.0.0 This user has been deleted", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("tp-user-addr-deleted", f"550 User <{LEAD}> deleted", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("tp-user-permanently-deleted", "550 5.0.0 User was permanently deleted", "5.0.0", "RCPT", True,
     ("userunknown",), R),
])

# ---- (2) folded replies beside real second recipients -----------------------------------------------------------
PFX = ("Postfix bounce(8) text (src/bounce/bounce_notify_util.c: '<rcpt>: host x[ip] said: <reply>', long lines "
       "folded with indented continuations) with a remote sendmail's reply (sendmail/deliver.c '... User unknown')")


def exim(name: str, entries: str, failed: str) -> bytes:
    """Exim's bounce (src/src/deliver.c: "The following address(es) failed:", each address two spaces in, its host
    and "SMTP error from remote mail server after RCPT TO:<x>:" and the reply four spaces in)."""
    return (f"X-Failed-Recipients: {failed}\nAuto-Submitted: auto-replied\n"
            f"From: Mail Delivery System <Mailer-Daemon@mail.example.net>\nTo: {SELLER}\n"
            f"Subject: Mail delivery failed: returning message to sender\nMessage-Id: <E1a43-{name}@mail.example.net>\n"
            "X-Hand-Made: yes (Exim deliver.c bounce, audit 43)\nContent-Type: text/plain; charset=us-ascii\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            f"{entries}\n------ This is a copy of the message, including all the headers. ------\n\n"
            f"Return-path: <{SELLER}>\n{original(name, LEAD)}").encode()


def _ex(address: str, reply: str) -> str:
    return (f"  {address}\n    host {MX} [192.0.2.7]\n    SMTP error from remote mail server after RCPT TO:<{address}>:\n"
            f"    {reply}\n")


SAID = f"host {MX}[192.0.2.7] said:"
FOLD_ROWS = [
    ("a43-f-two-entries-each-folded", f"{PFX}; attack: two recipients, each entry's reply folded under its 'said:'",
     postfix1("tw", f"<{LEAD}>: {SAID}\n    550 <{LEAD}>... User unknown\n\n<{OTHER}>: {SAID}\n"
                    f"    550 <{OTHER}>... User unknown\n"),
     hard("userunknown") + hard("userunknown", address=OTHER)),
    ("a43-f-folded-then-second-full", f"{PFX}; attack: the first folded, the second recipient's own entry (mailbox "
     "full) right after",
     postfix1("tf", f"<{LEAD}>: {SAID}\n    550 <{LEAD}>... User unknown\n<{OTHER}>: {SAID} 552 5.2.2 Mailbox full "
                    "(in reply to RCPT TO command)\n"),
     hard("userunknown") + [(OTHER, False, ("mailboxfull",), R, False)]),
    ("a43-f-folded-names-other-both-blocks", f"{PFX}; RFC 3464 blocks for both: the folded reply about lead names "
     "other (an alias's answer), and other failed too (full)",
     dsn("fb", f"<{LEAD}>: {SAID}\n    550 <{OTHER}>... User unknown\n\n<{OTHER}>: {SAID} 552 5.2.2 Mailbox full (in "
               "reply to RCPT TO command)\n",
         [block(f"rfc822; {LEAD}", "failed", "5.1.1", f"550 <{OTHER}>... User unknown"),
          block(f"rfc822; {OTHER}", "failed", "5.2.2", "552 5.2.2 Mailbox full")], to=f"{LEAD}, {OTHER}"),
     hard("userunknown") + [(OTHER, False, ("mailboxfull",), R, False)]),
    ("a43-f-exim-two-addresses", "Exim deliver.c bounce, two failed addresses (one unknown, one full); attack on the "
     "indented reply lines",
     exim("ex", _ex(LEAD, f"550 5.1.1 <{LEAD}>... User unknown") + _ex(OTHER, f"552 5.2.2 <{OTHER}>... Mailbox full"),
          f"{LEAD}, {OTHER}"),
     hard("userunknown") + [(OTHER, False, ("mailboxfull",), R, False)]),
    ("a43-f-exim-full-names-other", "Exim deliver.c bounce, one address: the remote reply about lead (full) names "
     "another address; no second recipient",
     exim("eo", _ex(LEAD, f"552 5.2.2 <{OTHER}>... Mailbox full"), LEAD), [(LEAD, False, ("mailboxfull",), R, False)]),
    ("a43-f-sendmail-transcript", "sendmail 8.6 savemail.c transcript ('>>> RCPT To:', '<<< 550 ... User unknown', "
     "the verdict line); true positive",
     sendmail86("st", LEAD, f"... while talking to {MX}.:\n>>> RCPT To:<{LEAD}>\n<<< 550 5.1.1 <{LEAD}>... User "
                            f"unknown\n550 5.1.1 <{LEAD}>... User unknown", subject="Returned mail: User unknown"),
     hard("userunknown")),
]

# ---- (3) small servers' words and the new state / absence words said of OUR side ---------------------------------
SMALL = ("SimpleLogin app/email/status.py ('550 SL E502 Email not exist'), Archiveopteryx smtp/smtpmailrcpt.cpp "
         "('<address> rejects mail'), LBBS nets/net_smtp.c; attack variants")
SMALL_ROWS = at("s", SMALL, [
    ("sender-email-not-exist", "553 5.1.8 Sender email not exist", "5.1.8", "MAIL", False, (), ANY),
    ("reply-to-email-not-exist", "550 5.7.1 Reply-To email not exist, message refused", "5.7.1", "DATA", False, (),
     ANY),
    ("tp-simplelogin-e502", "550 SL E502 Email not exist", "5.0.0", "RCPT", True, ("userunknown",), R),
    ("tp-addr-rejects-mail-no-such-mailbox", f"550 5.1.1 <{LEAD}> rejects mail: no such mailbox", "5.1.1", "RCPT",
     True, ("userunknown",), R),
    ("tp-user-unknown-our-ip-blackholed", f"550 5.1.1 User unknown; your IP address {IP} is blackholed by "
     "bl.example.org", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("our-account-not-authorized-external", "550 5.7.1 Your account is not authorized to receive external mail "
     "replies", "5.7.1", "MAIL", False, (), ANY),
])
STATE_ROWS = at("sl", f"{ESP}; the languages' ordinary words, hand-made", [
    ("fi-kayttajatilisi-poistettu-kaytosta", "550 5.7.1 Käyttäjätilisi on poistettu käytöstä", "5.7.1", "MAIL", False,
     (), S),
    ("fi-salasanasi-vanhentunut", "535 5.7.8 Todennus epäonnistui: salasanasi on vanhentunut", "5.7.8", "MAIL",
     False, (), S),
    ("fi-korttisi-vanhentunut", "550 5.7.1 Lähetys estetty: maksukorttisi on vanhentunut", "5.7.1", "MAIL", False, (),
     S),
    ("da-din-konto-deaktiveret", "550 5.7.1 Din konto er deaktiveret", "5.7.1", "MAIL", False, (), S),
    ("da-abonnement-deaktiveret", "550 5.7.1 Dit abonnement er deaktiveret; forny det for at sende", "5.7.1", "MAIL",
     False, (), S),
    ("no-kontoen-din-sperret", "550 5.7.1 Kontoen din er sperret for utsending", "5.7.1", "MAIL", False, (), S),
    ("hu-api-kulcs-le-van-tiltva", "535 5.7.8 Az API-kulcsod le van tiltva", "5.7.8", "MAIL", False, (), S),
    ("tr-abonelik-suresi-doldu", "550 5.7.1 Aboneliğinizin süresi doldu", "5.7.1", "MAIL", False, (), S),
    ("your-storage-limit-reached", "550 5.7.1 Your account storage limit reached; sent copies cannot be saved",
     "5.7.1", "MAIL", False, (), S),
    ("da-auth-ukendt-bruger", "535 5.7.8 Godkendelse mislykkedes: ukendt bruger", "5.7.8", "MAIL", False, (), S),
    ("no-auth-ukjent-bruker", "535 5.7.8 Autentisering feilet: ukjent bruker", "5.7.8", "MAIL", False, (), S),
    ("hu-auth-nincs-ilyen-felhasznalo", "535 5.7.8 Sikertelen hitelesítés: nincs ilyen felhasználó", "5.7.8", "MAIL",
     False, (), S),
    # True positives: the recipient's own box.
    ("tp-fi-vastaanottajan-tili-poistettu", "550 5.2.1 Vastaanottajan sähköpostitili on poistettu käytöstä", "5.2.1",
     "RCPT", False, ("suspend",), R),
    ("tp-da-ukendt-modtager", "550 5.1.1 Ukendt modtager", "5.1.1", "RCPT", True, ("userunknown",), R),
    ("tp-hu-nincs-ilyen-postafiok", "550 5.1.1 Nincs ilyen postafiók", "5.1.1", "RCPT", True, ("userunknown",), R),
])

# ---- (4) audit 42's mends: true absences they must not make soft ------------------------------------------------
MENDS = f"{ADMIN}; attack on audit 42's exclusions (false softs)"
MEND_ROWS = at("m", MENDS, [
    ("sorry-colon-that-address", "550 5.7.1 Sorry: that address is no longer in use", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    ("rejected-comma-that-address", "550 5.1.1 Recipient rejected, that address is no longer in use", "5.1.1",
     "RCPT", True, ("userunknown",), R),
    ("staff-member-address", "550 5.7.1 Former staff member address no longer in use", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    ("no-longer-in-use-as-of", "550 5.7.1 This address is no longer in use as of 1 March 2026", "5.7.1", "RCPT", True,
     ("userunknown",), R),
    ("no-longer-in-use-for-a-year", "550 5.7.1 This address has been no longer in use for over a year", "5.7.1",
     "RCPT", True, ("userunknown",), R),
    ("please-be-advised-address", "550 5.0.0 Please be advised that this address is no longer in use", "5.0.0",
     "RCPT", True, ("userunknown",), R),
    ("kindly-inform-user-deleted", "550 5.0.0 We would like to kindly inform you that the user has been deleted",
     "5.0.0", "RCPT", True, ("userunknown",), R),
    ("nine-word-reminder-that-if", "550 5.7.1 We would very kindly like to remind all senders that if the user has "
     "left the company the administrator will tell you", "5.7.1", "DATA", False, (), ANY),
    ("notaccept-only-through-web-form", "550 5.7.1 We do not accept mail at this address; reach us only through "
     "our web form", "5.7.1", "RCPT", True, ("notaccept", "userunknown"), R),
    ("domain-unregistered-see-link", "550 5.0.0 The recipient domain partner.example is not registered; details in "
     "the link below", "5.0.0", "RCPT", True, ("hostunknown",), R),
    ("domain-not-in-dns-not-from-header", "550 5.0.0 The recipient's domain does not exist in DNS (checked the To "
     "address, not your From header)", "5.0.0", "RCPT", True, ("hostunknown",), R),
])

ROWS = DELETED_ROWS + FOLD_ROWS + SMALL_ROWS + STATE_ROWS + MEND_ROWS

# ---- Controls of the mends (written with them, after the first run): nearby words that must NOT change reading --
MEND = "the mend's control (audit 43)"
CONTROL_ROWS = at("c", f"{ADMIN}; {MEND}", [
    # bare_deleted: the deletion ending its clause, a past day, "from this server": gone; our login's user: not.
    ("user-deleted-from-this-server", "550 5.0.0 User deleted from this server", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("recipient-deleted-on-date", "550 5.0.0 Recipient was deleted on 1 March 2026", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("user-addr-was-deleted-period", f"550 5.0.0 The user {LEAD} was deleted.", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("submission-user-deleted", "535 5.7.8 Authentication failed: submission user deleted", "5.7.8", "MAIL", False,
     (), ANY),
    ("recipient-deleted-your-invitation", "550 5.7.1 The recipient deleted your invitation", "5.7.1", "DATA", False,
     (), ANY),
    # retired_address: another thing's address before ": that" still not the recipient's; "as a" kept use.
    ("backup-failed-colon-that", "550 5.7.1 Delivery to the backup target failed: that address is no longer in use",
     "5.7.1", "RCPT", False, (), ANY),
    ("no-longer-in-use-as-a-contact", "550 5.7.1 This address is no longer in use as a sales contact", "5.7.1", "RCPT",
     False, (), ANY),
    ("no-longer-in-use-for-2-months", "550 5.7.1 This address has been no longer in use for 2 months", "5.7.1",
     "RCPT", True, ("userunknown",), R),
    # cause_words: a relay named after "through" is still a route, not the address gone.
    ("only-through-partner-relay", "550 5.7.1 We do not accept mail here, only through our partner relay "
     "mx2.partner.example", "5.7.1", "RCPT", False, (), ANY),
    ("only-via-the-contact-form", "550 5.7.1 We do not accept mail at this address; write only via the contact form",
     "5.7.1", "RCPT", True, ("notaccept", "userunknown"), R),
]) + [
    ("a43-c-exim-own-address-unknown", f"Exim deliver.c bounce; {MEND}: the reply names the address itself",
     exim("eu", _ex(LEAD, f"550 5.1.1 <{LEAD}>... User unknown"), LEAD), hard("userunknown")),
]
ROWS = ROWS + CONTROL_ROWS

# Batch b of controls (after the full suite: audit 41b's run-on "User deleted please note that if ..." read onhold).
CONTROL_ROWS_B = at("cb", f"{ADMIN}; {MEND}", [
    ("user-deleted-contact-admin", "550 5.0.0 User deleted contact the administrator for help", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("recipient-deleted-see-note", "550 5.0.0 Recipient deleted see our help page", "5.0.0", "RCPT", True,
     ("userunknown",), R),
    ("recipient-deleted-please-attack", "550 5.7.1 The recipient deleted please-reply requests", "5.7.1", "DATA",
     False, (), ANY),
])
ROWS = ROWS + CONTROL_ROWS_B
