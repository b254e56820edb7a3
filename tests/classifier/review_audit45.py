"""Audit 45: an ADVERSARIAL audit of the classifier's newest mends (git log fb5f9274..2af83ca9: audits 43, 43b, 44,
review novel42 and layouts42's mends), HAND-MADE rows written before the classifier ran on them (committed first):
(1) retired_address: a verdict's "that" after an address written out in other shapes (a long TLD, a colon, brackets,
    an IP), a "for <time>" spell the _SPELL reading misses, and true absences whose tail holds a spell's word;
(2) bare_deleted.NOUN: "user / recipient deleted" said of our sender (Postfix's "Sender address rejected:"), a
    message, an attachment, our ESP user, a list's moderator, a quoted phrase; true absences ending otherwise;
(3) the fi/da/no/hu/tr words (lexicon_more, mailbox_states) said of our sender or quoted, and true absences in
    those languages the new words miss; small_server_wordings' phrases of our From and beside a true absence;
(4) whole notices: Exim's "after MAIL FROM:<ours>:" above a folded reply (formats.broken.folded_reply), Mox's DSN
    with doubled blank lines and a wrapped error, parse's HTML stub rule in multipart/mixed, a cut at 50 columns.
Rows: (name, source, raw, expected) as review_check reads them; "attack" in a source marks a variant made to probe.
Expectations follow the servers' words and shared/classifier/taxonomy.md; test_review_audit45.py runs them."""

from __future__ import annotations

from tests.classifier.review_audit41b import ADMIN, MX
from tests.classifier.review_audit43 import exim
from tests.classifier.review_audit43b import LONG, NO_MAILBOX, qmail
from tests.classifier.review_layouts42_layouts import LEAD, OTHER, SELLER, multipart, original, plain_part, prose, \
    text_part
from tests.classifier.review_notices25 import relayed_for
from tests.classifier.review_old37_layouts import mox_dsn

R, S, ANY = "recipient", "sender", None
UU = ("userunknown",)
at = relayed_for("a45", MX, LEAD)


def hard(*reasons: str, address: str = LEAD) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def soft(*reasons: str, address: str = LEAD, scope: str | None = R) -> list[tuple]:
    return [(address, False, reasons, scope, False)]


PFS = ("Postfix smtpd_check.c check_sender_access: '<%s>: Sender address rejected: %s' with an access(5) 'REJECT "
       "<text>' (http://www.postfix.org/access.5.html); the admin's text hand-made")
PFR = PFS.replace("check_sender_access", "check_recipient_access").replace("Sender", "Recipient")
FILTER = ("a content or virus filter's reply at DATA (amavisd-new's and ClamAV milters' '554 5.7.1' / '550 5.7.1' "
          "texts, an admin's wording); attack")
LANGS = f"{ADMIN}; the languages' ordinary words (Danish, Norwegian, Hungarian, Turkish, Finnish), hand-made"

# ---- (1) retired_address ---------------------------------------------------------------------------------------
RETIRED_ROWS = at("r", f"{ADMIN}; attack on retired_address's verdict 'that' (_not_other) and KEPT/_SPELL", [
    ("reply-to-long-tld", "550 5.7.1 Rejected: your Reply-To header names billing@acme.company; sorry, that address "
     "is no longer in use", "5.7.1", "DATA", False, (), ANY),
    ("reply-to-colon-then-verdict", "550 5.7.1 Rejected: your Reply-To header names billing@example.com: sorry, that "
     "address is no longer in use", "5.7.1", "DATA", False, (), ANY),
    ("sender-in-parens", "550 5.7.1 Your envelope sender (bounces@mailer.example.com) was refused, sorry, that "
     "address is no longer in use", "5.7.1", "MAIL", False, (), ANY),
    ("relay-ip-retired", "554 5.7.1 Your relay 203.0.113.9 was retired; sorry, that address is no longer in use",
     "5.7.1", "MAIL", False, (), ANY),
    ("for-two-weeks-returning", "550 5.2.1 Sorry, that address is no longer in use for two weeks, returning on 4 "
     "January", "5.2.1", "RCPT", False, (), R),
    ("for-14-days-parental-leave", "550 5.2.1 Unfortunately, this address is no longer in use for 14 days (parental "
     "leave); please write again in January", "5.2.1", "RCPT", False, (), R),
    # True absences (false softs): the recipient's own address named before 'that'; a spell's word in a later clause.
    ("tp-recipient-named-then-that", f"550 5.7.1 {LEAD}; sorry, that address is no longer in use", "5.7.1", "RCPT",
     True, UU, R),
    ("tp-for-some-years-remove-from-list", "550 5.7.1 This address is no longer in use for some years already, "
     "please remove it from your list", "5.7.1", "RCPT", True, UU, R),
    ("tp-for-many-years-mail-from-outside", "550 5.7.1 Sorry, that address is no longer in use for many years, mail "
     "from outside is refused", "5.7.1", "RCPT", True, UU, R),
    # Controls: the same words where the reading must stay.
    ("c-mailbox-closed-sorry-that", "550 5.7.1 Mailbox closed; sorry, that address is no longer in use", "5.7.1",
     "RCPT", True, UU, R),
    ("c-for-two-years-since", "550 5.7.1 Sorry, that address is no longer in use for two years, since the office "
     "closed", "5.7.1", "RCPT", True, UU, R),
])

# ---- (2) bare_deleted ------------------------------------------------------------------------------------------
DELETED_ROWS = at("d", f"{PFS}; attack on bare_deleted.NOUN", [
    ("sender-address-rejected-user-deleted", f"553 5.7.1 <{SELLER}>: Sender address rejected: user deleted", "5.7.1",
     "MAIL", False, (), S),
]) + at("d", f"{PFR}; the control of the row above", [
    ("c-recipient-address-rejected-user-deleted", f"550 5.7.1 <{LEAD}>: Recipient address rejected: user deleted",
     "5.7.1", "RCPT", True, UU, R),
]) + at("d", f"{FILTER} on bare_deleted.NOUN (a deletion ending its clause said of a message)", [
    ("spam-message-to-user-was-deleted", "550 5.7.1 Spam detected: your message to the user was deleted.", "5.7.1",
     "DATA", False, (), ANY),
    ("virus-attachment-for-recipient-deleted", "554 5.7.1 Virus found: the attachment sent to the recipient was "
     "deleted.", "5.7.1", "DATA", False, (), ANY),
    ("quoted-phrase-single-quotes", "554 5.7.1 Message refused: phishing phrase 'recipient deleted.' in the subject",
     "5.7.1", "DATA", False, (), ANY),
    ("list-moderator-user-deleted", "550 5.7.1 Post not delivered: list moderator user deleted.", "5.7.1", "DATA",
     False, (), ANY),
]) + at("d", "an ESP's refusal of OUR login or account (Postfix smtpd SASL '535 5.7.8 Error: authentication failed', "
        "an ESP's account texts); attack on bare_deleted._OURS", [
    ("esp-your-user-was-deleted", "535 5.7.8 Authentication failed: your user was deleted", "5.7.8", "MAIL", False,
     (), ANY),
    ("domain-admin-user-deleted", "550 5.7.0 Domain admin user deleted; outbound mail for example.com is disabled",
     "5.7.0", "MAIL", False, (), ANY),
]) + at("d", f"{ADMIN}; true absences bare_deleted's _ENDS may miss (false softs)", [
    ("tp-user-deleted-dash", "550 5.0.0 User deleted - mail refused", "5.0.0", "RCPT", True, UU, R),
    ("tp-recipient-deleted-in-year", "550 5.0.0 Recipient deleted in 2025", "5.0.0", "RCPT", True, UU, R),
    ("tp-user-deleted-from-ldap", "550 5.0.0 User deleted from LDAP", "5.0.0", "RCPT", True, UU, R),
    ("tp-user-deleted-weeks-ago", "550 5.0.0 The user was deleted 3 weeks ago", "5.0.0", "RCPT", True, UU, R),
    ("tp-user-deleted-ticket", "550 5.0.0 User deleted [HR-4471]", "5.0.0", "RCPT", True, UU, R),
    ("tp-recipient-deleted-permanently", f"550 5.0.0 Recipient <{LEAD}> deleted permanently", "5.0.0", "RCPT", True,
     UU, R),
    ("c-the-user-was-deleted-stop", "550 5.7.1 The user was deleted.", "5.7.1", "RCPT", True, UU, R),
])

# ---- (3) the fi/da/no/hu/tr words; small servers' phrases ------------------------------------------------------
LANG_ROWS = at("l", f"{PFS}; {LANGS}; attack on lexicon_more's da/no/hu absence words said of our sender", [
    ("da-sender-rejected-ukendt-bruger", f"553 5.7.1 <{SELLER}>: Sender address rejected: ukendt bruger", "5.7.1",
     "MAIL", False, (), S),
]) + at("l", f"{PFR}; {LANGS}; the control of the row above", [
    ("c-da-recipient-rejected-ukendt-bruger", f"550 5.7.1 <{LEAD}>: Recipient address rejected: ukendt bruger",
     "5.7.1", "RCPT", True, UU, R),
]) + at("l", f"{LANGS}; attack: the absence words of our sender address or in a quoted subject", [
    ("no-avsender-avvist-ukjent-bruker", "553 5.1.8 Avsenderadressen er avvist: ukjent bruker", "5.1.8", "MAIL",
     False, (), S),
    ("hu-felado-nincs-ilyen-felhasznalo", "553 5.1.8 A feladó címe elutasítva: nincs ilyen felhasználó", "5.1.8",
     "MAIL", False, (), S),
    ("da-subject-ukendt-modtager-quoted", "550 5.7.1 Beskeden er afvist: emnet 'Ukendt modtager' ligner phishing",
     "5.7.1", "DATA", False, (), ANY),
]) + at("l", f"{LANGS}; true absences the new words miss (false softs)", [
    ("tp-da-ukendt-adresse", "550 5.0.0 Ukendt adresse", "5.0.0", "RCPT", True, UU, R),
    ("tp-no-mottakeren-finnes-ikke", "550 5.0.0 Mottakeren finnes ikke", "5.0.0", "RCPT", True, UU, R),
    ("tp-hu-nincs-ilyen-email-cim", "550 5.0.0 Nincs ilyen e-mail cím", "5.0.0", "RCPT", True, UU, R),
    ("tp-tr-boyle-bir-kullanici-yok", "550 5.0.0 Böyle bir kullanıcı yok", "5.0.0", "RCPT", True, UU, R),
    ("tp-fi-tuntematon-vastaanottaja", "550 5.0.0 Tuntematon vastaanottaja", "5.0.0", "RCPT", True, UU, R),
    ("tp-fi-tili-on-poistettu", "550 5.0.0 Vastaanottajan sähköpostitili on poistettu", "5.0.0", "RCPT", True, UU,
     R),
    ("tp-hu-postafiok-torolve", "550 5.0.0 A postafiók törölve", "5.0.0", "RCPT", True, UU, R),
    ("c-fi-tili-poistettu-kaytosta-suspend", "550 5.2.1 Vastaanottajan tili on poistettu käytöstä", "5.2.1", "RCPT",
     False, ("suspend",), R),
])
SMALL = ("SimpleLogin app/email/status.py ('550 SL E502 Email not exist'), LBBS nets/net_smtp.c ('User unauthorized "
         "to receive external mail'), Archiveopteryx smtp/smtpmailrcpt.cpp ('<address> rejects mail'); attack variants")
SMALL_ROWS = at("s", SMALL, [
    ("from-email-not-exist", "550 5.7.1 From email not exist in your verified senders", "5.7.1", "MAIL", False, (),
     ANY),
    ("c-recipient-email-not-exist", "550 5.7.1 Recipient email not exist", "5.7.1", "RCPT", True, UU, R),
    ("tp-no-such-user-not-allowed-external", "550 5.1.1 No such user here (former staff are not allowed to receive "
     "external mail)", "5.1.1", "RCPT", True, UU, R),
    ("tp-addr-rejects-mail-account-deleted", f"550 5.7.1 <{LEAD}> rejects mail: account deleted", "5.7.1", "RCPT",
     True, UU, R),
])

# ---- (4) whole notices -----------------------------------------------------------------------------------------
EXIM = ("Exim deliver.c bounce ('The following address(es) failed:', each address two spaces in) with transports/"
        "smtp.c's 'SMTP error from remote mail server after MAIL FROM:<%s> SIZE=%d:' and the reply four spaces in")


def _exim_entry(command: str, reply: str) -> str:
    return f"  {LEAD}\n    host {MX} [192.0.2.7]\n    SMTP error from remote mail server after {command}:\n    {reply}\n"


MOX = ("mjl-/mox smtpserver/server.go deliver() DSN (the error above, the address under 'Error:'), re-wrapped by a "
       "relay (the review grid's blank_lines and wrap_50_flush)")


def _mox(name: str, entries: list[tuple[str, int, str, str]]) -> bytes:
    """Mox's DSN with each gap between the parts doubled (a relay's blank lines)."""
    return mox_dsn(name, entries).replace(b"\n\nError:\n\n", b"\n\n\n\nError:\n\n\n")


STUB = ("RFC 2046 5.1.3 multipart/mixed from a gateway: a short plain notice mentioning HTML beside a text/html "
        "part; attack on parse's HTML stub rule (_READ_THE_HTML)")
ORIGINAL_HTML = ("<html><body><p>Hello Lena,</p><p>a quick question about your procurement plans for 2027: could we "
                 "talk on Thursday?</p><p>Best, Sam</p></body></html>")
NDR_HTML = ("<html><body><p><b>Delivery has failed to these recipients or groups:</b></p><p><a href=\""
            f"mailto:{LEAD}\">{LEAD}</a><br>The email address you entered couldn't be found.</p><p>Remote Server "
            "returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p></body></html>")


def _mixed(name: str, plain: str, html: str) -> bytes:
    return prose(name, "Undeliverable: Quick question", multipart("multipart/mixed", f"a45m-{name}", [
        text_part(plain), text_part(html, ctype="text/html"), plain_part("message/rfc822", original(name, LEAD))]),
        to=LEAD, returned=False)


QM = "qmail-1.03 qmail-send.c bounce text ('Hi. This is the qmail-send program at', '<addr>:' then the reason)"
WHOLE_ROWS = [
    ("a45-w-exim-mail-from-folded-da", f"{EXIM}; {PFS}; {LANGS}: our sender refused at MAIL FROM (every recipient "
     "fails for it), the reply folded under Exim's line; attack on folded_reply and the Danish words",
     exim("w1", _exim_entry(f"MAIL FROM:<{SELLER}> SIZE=1834",
                            f"553 5.7.1 <{SELLER}>: Sender address rejected: ukendt bruger"), LEAD),
     soft(scope=S)),
    ("a45-w-exim-rcpt-folded-da", f"{EXIM.replace('MAIL FROM:<%s> SIZE=%d', 'RCPT TO:<%s>')}; {PFR}; {LANGS}: the "
     "control of the row above",
     exim("w2", _exim_entry(f"RCPT TO:<{LEAD}>", f"550 5.7.1 <{LEAD}>: Recipient address rejected: ukendt bruger"),
          LEAD), hard(*UU)),
    ("a45-w-mox-full-wrapped-then-unknown", f"{MOX}: two recipients, the first's error (storage full, 452 4.2.2) "
     "wrapped flush, the second's 'no such user'; attack",
     _mox("w3", [(LEAD, 452, "2.2", "account storage full; the mailbox holds\n1024 MB of 1024 MB"),
                 (OTHER, 550, "1.1", "no such user")]),
     soft("mailboxfull") + hard(*UU, address=OTHER)),
    ("a45-w-mox-unknown-wrapped", f"{MOX}: one recipient, 'no such user' wrapped flush onto a second line",
     _mox("w4", [(LEAD, 550, "1.1", "no such user (the account was\nremoved)")]), hard(*UU)),
    ("a45-w-stub-mixed-plain-is-notice-original-html", f"{STUB}: the plain part IS the notice (its reason and code) and "
     "says the original follows in HTML format; the HTML part is the original's body (false soft if the plain is "
     "dropped)",
     _mixed("w5", "Delivery to Lena Lead failed permanently: no such user (550 5.1.1).\nYour original message "
            "follows in HTML format.\n", ORIGINAL_HTML), hard(*UU)),
    ("a45-w-stub-mixed-html-file", f"{STUB}: a stub saying the report is an HTML file (no 'HTML format' words), the "
     "HTML part an Exchange NDR (Microsoft 'Email non-delivery reports in Exchange Online' 5.1.1 text)",
     _mixed("w6", "This delivery report is attached as an HTML file. Open it in your browser to read it.\n", NDR_HTML),
     hard(*UU)),
    ("a45-w-stub-alternative-control", "RFC 2046 5.1.4 multipart/alternative: the stub plain part ('This message is "
     "in HTML format.') and the Exchange NDR as HTML (review layouts42's rule); the control",
     prose("w7", "Undeliverable: Quick question", multipart("multipart/alternative", "a45a-w7", [
         text_part("This message is in HTML format. Please view it in an HTML-capable mail program.\n"),
         text_part(NDR_HTML, ctype="text/html")]), to=LEAD), hard(*UU)),
    ("a45-w-qmail-cut-at-50-undisclosed", f"{QM}; a relay re-wrapping at 50 columns flush (the invariance grid's "
     "wrap_50_flush): the recipient cut inside the brackets; To undisclosed-recipients:; (RFC 5322 3.4)",
     qmail("w8", f"<{LONG[:49]}\n{LONG[49:]}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;"), hard(*UU, address=LONG)),
    ("a45-w-qmail-whole-control", f"{QM}; the recipient whole on its line, To undisclosed; the control",
     qmail("w9", f"<{LEAD}>:\n{NO_MAILBOX}", to="undisclosed-recipients:;"), hard(*UU)),
]

ROWS = RETIRED_ROWS + DELETED_ROWS + LANG_ROWS + SMALL_ROWS + WHOLE_ROWS

# ---- the mends' controls (audit 45): nearby notices that must NOT change -----------------------------------------
MEND = "the mend's control (audit 45)"
CONTROL_ROWS = at("c", f"{ADMIN}; {MEND}: retired_address's _SPELL / _SURELY_SINCE", [
    ("for-over-a-year-maternity-leave-still-hard", "550 5.7.1 That address is no longer in use for over a year, since "
     "she left on maternity leave", "5.7.1", "RCPT", True, UU, R),
    ("for-two-years-remove-from-list-still-hard", "550 5.7.1 Sorry, that address is no longer in use for two years, "
     "please remove it from your list", "5.7.1", "RCPT", True, UU, R),
    ("for-two-weeks-back-on-not-hard", "550 5.7.1 Sorry, that address is no longer in use for two weeks, back on 4 "
     "January", "5.7.1", "RCPT", False, (), R),
]) + at("c", f"{ADMIN}; {MEND}: bare_deleted's _ENDS and _OURS", [
    ("typographic-quote-not-hard", "554 5.7.1 Message refused: phishing phrase “user deleted.” in the subject",
     "5.7.1", "DATA", False, (), ANY),
    ("api-user-deleted-from-ldap-not-hard", "535 5.7.8 Authentication failed: API user deleted from LDAP", "5.7.8",
     "MAIL", False, (), ANY),
    ("smtp-user-deleted-dash-not-hard", "535 5.7.8 Authentication failed: SMTP user deleted - check your credentials",
     "5.7.8", "MAIL", False, (), ANY),
    ("user-deleted-this-message-weeks-ago-not-hard", "550 5.7.1 Duplicate: the user deleted this message 3 weeks ago",
     "5.7.1", "DATA", False, (), ANY),
]) + at("c", f"{LANGS}; {MEND}: deleted_nordic and lexicon_more's words of OUR side, a list, a schedule, a message", [
    ("fi-tilisi-poistettu-not-hard", "535 5.7.8 Tilisi on poistettu", "5.7.8", "MAIL", False, (), ANY),
    ("da-din-konto-slettet-not-hard", "550 5.7.1 Din konto er slettet", "5.7.1", "MAIL", False, (), ANY),
    ("no-kontoen-din-slettet-not-hard", "550 5.7.1 Kontoen din er slettet", "5.7.1", "MAIL", False, (), ANY),
    ("hu-fiokod-torolve-not-hard", "550 5.7.1 A fiókod törölve", "5.7.1", "MAIL", False, (), ANY),
    ("tr-hesabiniz-silindi-not-hard", "550 5.7.1 Hesabınız silindi", "5.7.1", "MAIL", False, (), ANY),
    ("da-adressen-slettet-fra-listen-not-hard", "550 5.7.1 Adressen er slettet fra listen over godkendte afsendere",
     "5.7.1", "DATA", False, (), ANY),
    ("fi-tili-poistetaan-schedule-not-hard", "550 5.2.1 Vastaanottajan tili poistetaan 30 päivän kuluttua", "5.2.1",
     "RCPT", False, (), ANY),
    ("fi-viestisi-poistettu-not-hard", "550 5.7.1 Viestisi on poistettu virustarkistuksessa", "5.7.1", "DATA", False,
     (), ANY),
    ("fi-auth-tuntematon-kayttaja-not-hard", "535 5.7.8 Tunnistautuminen epäonnistui: tuntematon käyttäjä", "5.7.8",
     "MAIL", False, (), ANY),
    ("hu-sender-nincs-ilyen-cim-not-hard", "553 5.1.8 A feladó címe elutasítva: nincs ilyen e-mail cím", "5.1.8",
     "MAIL", False, (), S),
    ("tp-tr-alicinin-hesabi-silindi", "550 5.0.0 Alıcının hesabı silindi", "5.0.0", "RCPT", True, UU, R),
    ("tp-da-kontoen-er-slettet", "550 5.0.0 Kontoen er slettet", "5.0.0", "RCPT", True, UU, R),
]) + at("c", f"{PFS}; {LANGS}; {MEND}: lexicon_more's 'ukendt adresse' of our sender", [
    ("da-sender-ukendt-adresse-not-hard", f"553 5.1.8 <{SELLER}>: Sender address rejected: ukendt adresse", "5.1.8",
     "MAIL", False, (), S),
])
GATEWAY_FOOTER = ("<html><body><p>Service notice: our mail service will be upgraded on Saturday night. Messages may "
                  "be delayed for up to 4 hours.</p></body></html>")
CONTROL_ROWS += [
    ("a45-c-mixed-plain-names-failure-html-file", f"{STUB}; {MEND}: the plain names the failure and points to an "
     "'HTML file'; the HTML part a gateway's footer: the plain stays the notice",
     _mixed("c1", "Delivery failed: no such user (550 5.1.1). The full report is attached as an HTML file.\n",
            GATEWAY_FOOTER), hard(*UU)),
    ("a45-c-short-line-bracket-host-not-cut", f"{QM}-like site text; {MEND}: a line of 45 columns ending at the "
     "recipient in brackets, the next line a host closing them (audit 44's w2 shape, under _WRAP_COLUMN 48)",
     qmail("c2", f"We could not deliver to <{LEAD}\nmx2.partner.example> today.\n<{LEAD}>:\n{NO_MAILBOX}",
           to="undisclosed-recipients:;"), hard(*UU)),
]
ROWS = ROWS + CONTROL_ROWS
