"""The eighty-sixth review, part 2 (part 1, review_notices86.py, says what the review is): review 83's either/or
(mailbox_states.EITHER_OR / EITHER_STATE, suspend in eight languages) against plain absences that merely hold
"or" elsewhere; review 83's leavers named like our sender (departures.leavers, ours.our_people) against our
sender's unusual display names and prospects sharing pieces of them; review 83's 5.2.121 phrases and
soft_wordings.IP_NAMED_REFUSED; round 13's hints.AUTO_REPLY_SUBJECT "away from (the|my) (office|mail)" in
real bounces' Subjects. Expectations written BEFORE the classifier ran; all HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, gmail_own, own_postfix, relay_and_gmail, relayed
from tests.classifier.review_notices14_layouts import qmail
from tests.classifier.review_notices35_layouts import exim_local
from tests.classifier.review_notices67_layouts import GMAIL, PF

R, S = "recipient", "sender"
def _both(rid: str, *args, **kw) -> list[tuple]:
    return relay_and_gmail(f"r86-{rid}", *args, cites=(PF, GMAIL), **kw)
CTRL = "hand-made control: the rule's own case, which must keep its reading"


def soft(scope: str | None, *reasons: str, delay: bool = False) -> list[tuple]:
    return [(LEAD, False, reasons, scope, delay)]


def hard(*reasons: str) -> list[tuple]:
    return [(LEAD, True, reasons, R, False)]


# ---- 3. a plain absence with "or" elsewhere: hard; the either/or itself: suspend -------------------------
HELP = ("hand-made: a mailbox that does not exist, then a help sentence with 'or' ('check the address or contact "
        "the postmaster', in the reply's language): no state offered beside the absence")
NOT_A_STATE = "hand-made: an either/or whose other branch is no mailbox state (a typo, a wrong address)"
COMMA = ("hand-made: review 79's either/or ('User unknown or disabled', review_notices79 'unknown-or-disabled') "
         "with a comma before 'or'")
EITHER_ROWS = [
    *_both("en-unknown-check-or-contact", HELP, "550 5.1.1 User unknown. Please check the address or contact the "
           "postmaster", "5.1.1", hard("userunknown")),
    *_both("de-existiert-nicht-pruefen-oder", HELP, "550 5.1.1 Das Postfach existiert nicht. Bitte prüfen Sie die "
           "Adresse oder wenden Sie sich an den Postmaster", "5.1.1", hard("userunknown")),
    *_both("fr-inconnu-verifiez-ou", HELP, "550 5.1.1 Destinataire inconnu. Vérifiez l'adresse ou contactez le "
           "postmaster", "5.1.1", hard("userunknown")),
    *_both("es-no-existe-verifique-o", HELP, "550 5.1.1 El usuario no existe. Verifique la dirección o contacte con "
           "el administrador", "5.1.1", hard("userunknown")),
    *_both("en-does-not-exist-or-misspelled", NOT_A_STATE, "550 5.1.1 The email account does not exist or the "
           "address is misspelled", "5.1.1", hard("userunknown")),
    *_both("de-unbekannt-oder-falsch", NOT_A_STATE, "550 5.1.1 Empfänger unbekannt oder Adresse falsch geschrieben",
           "5.1.1", hard("userunknown")),
    *_both("es-desconocido-o-mal-escrita", NOT_A_STATE, "550 5.1.1 Usuario desconocido o dirección mal escrita",
           "5.1.1", hard("userunknown")),
    *_both("fr-inconnue-ou-erronee", NOT_A_STATE, "550 5.1.1 Adresse inconnue ou erronée", "5.1.1",
           hard("userunknown")),
    *_both("en-unknown-blocked-senders-or", HELP + " (a blocked sender named in the help)", "550 5.1.1 User unknown. "
           "Blocked or unwanted senders should contact the postmaster", "5.1.1", hard("userunknown")),
    # Controls: the either/or (review 83's own rows' words): suspend, soft. With a comma: the same either/or.
    # Round 3 (expectations before running): the comma either/or in French and Spanish; the comma before no state.
    *_both("fr-inconnu-virgule-ou-desactive", COMMA, "550 5.1.1 Destinataire inconnu, ou compte désactivé", "5.1.1",
           soft(R, "suspend")),
    *_both("es-desconocido-coma-o-desactivada", COMMA, "550 5.1.1 Usuario desconocido, o cuenta desactivada",
           "5.1.1", soft(R, "suspend")),
    *_both("es-desconocido-coma-o-incorrecta", NOT_A_STATE + " (a comma before 'o')", "550 5.1.1 Usuario "
           "desconocido, o dirección incorrecta", "5.1.1", hard("userunknown")),
    # Controls written after the mend (expectations before running): a comma and "or" beside no state stay hard.
    *_both("en-unknown-comma-or-misspelled", NOT_A_STATE + " (a comma before 'or')", "550 5.1.1 User unknown, or "
           "the address is misspelled", "5.1.1", hard("userunknown")),
    *_both("de-existiert-nicht-komma-oder-falsch", NOT_A_STATE + " (a comma before 'oder')", "550 5.1.1 Das Postfach "
           "existiert nicht, oder die Adresse ist falsch geschrieben", "5.1.1", hard("userunknown")),
    *_both("en-unknown-comma-or-it-is-blocked-sender", HELP + " (a comma, 'or it', then our sender blocked)", "550 "
           "5.1.1 User unknown, or check the address; senders blocked here are told so", "5.1.1", hard("userunknown")),
    *_both("de-existiert-nicht-oder-deaktiviert", CTRL, "550 5.1.1 Das Postfach existiert nicht oder ist "
           "deaktiviert", "5.1.1", soft(R, "suspend")),
    *_both("en-unknown-comma-or-disabled", COMMA, "550 5.1.1 User unknown, or account disabled", "5.1.1",
           soft(R, "suspend")),
    *_both("de-existiert-nicht-komma-oder-gesperrt", COMMA, "550 5.1.1 Das Postfach existiert nicht, oder es ist "
           "gesperrt", "5.1.1", soft(R, "suspend")),
]

# ---- 4. a leaver named like our sender ------------------------------------------------------------------
PF_OWN = ("Postfix bounce(8), our own relay's notice (tests/classifier/notices.own_postfix; review 83's "
          "'_our_named' layout: the notice's To and the original's From carry our sender's display name)")
LEFT = "{} left Example Corp; mail from this account is refused"


def _named(rid: str, source: str, leaver: str, expected: list[tuple], *, display: str, address: str) -> tuple:
    """Our relay's own refusal of our sender `display` <`address`> (review 83's layout), the reply naming `leaver`."""
    raw = own_postfix(LEFT.format(leaver), status="5.7.1").replace(b"seller@example.com", address.encode())
    shown = display.encode()
    raw = raw.replace(f"To: {address}".encode(), b"To: " + shown + f" <{address}>".encode()).replace(
        f"From: {address}".encode(), b"From: " + shown + f" <{address}>".encode())
    return (f"r86-left-{rid}", f"{source}; {PF_OWN}", raw, expected)


OURS_LEFT = [(LEAD, False, (), "", False)]
ODD_NAME = ("hand-made: our sender's display name as CRMs and mail clients write it (surname first with a comma, "
            "a company in parentheses, 'via' a tool, a bar, RFC 2047-encoded); the leaver is our sender")
OTHER = "hand-made control: another person left, sharing a piece of our sender's name: the prospect, hard"
LEAVER_ROWS = [
    _named("surname-comma-first", ODD_NAME, "Juergen Mueller", OURS_LEFT, display='"Mueller, Juergen"',
           address="j.mueller@example.com"),
    _named("company-in-parentheses", ODD_NAME, "Sam Sales", OURS_LEFT, display="Sam Sales (Example Corp)",
           address="s.sales@example.com"),
    _named("via-a-tool", ODD_NAME, "Sam Sales", OURS_LEFT, display="Sam Sales via Example CRM",
           address="s.sales@example.com"),
    _named("bar-company", ODD_NAME, "Sam Sales", OURS_LEFT, display="Sam Sales | Example Corp",
           address="s.sales@example.com"),
    _named("encoded-display-name", ODD_NAME, "Sam Sales", OURS_LEFT,
           display="=?UTF-8?Q?Sam_Sales_=E2=80=93_Vertrieb?=", address="s.sales@example.com"),
    _named("title-and-name", CTRL + " (review 83's title)", "Sam Sales", OURS_LEFT, display="Dr. Sam Sales",
           address="s.sales@example.com"),
    # Controls: another person who shares our first name, surname, company word or local-part pieces.
    _named("other-shares-company-word", OTHER, "Sam Example", hard("hasmoved", "userunknown"),
           display="Sam Sales (Example Corp)", address="s.sales@example.com"),
    _named("other-shares-first-name-comma", OTHER, "Juergen Schmidt", hard("hasmoved", "userunknown"),
           display='"Mueller, Juergen"', address="j.mueller@example.com"),
    _named("other-shares-surname-comma", OTHER, "Anna Mueller", hard("hasmoved", "userunknown"),
           display='"Mueller, Juergen"', address="j.mueller@example.com"),
    _named("other-longer-surname", OTHER, "Sam Salesberg", hard("hasmoved", "userunknown"),
           display="Sales Desk", address="sam.sales@example.com"),
    _named("other-middle-name", OTHER, "Sam James Sales", hard("hasmoved", "userunknown"), display="Sam Sales",
           address="sam.sales@example.com"),
    _named("other-first-name-of-via", OTHER, "Sam Lee", hard("hasmoved", "userunknown"),
           display="Sam Sales via Example CRM", address="s.sales@example.com"),
]
# Round 2, controls of review 86's own mend (ours._name_runs), expectations before running: our sender with a
# three-word name and a prospect who shares two of its words is another person (hard); a separator inside a
# name ("Jean-Luc") is no company.
LEAVER_ROWS += [
    _named("other-last-two-of-three", OTHER, "Maria Lee", hard("hasmoved", "userunknown"), display="Anna Maria Lee",
           address="anna.lee@example.com"),
    _named("other-first-two-of-three", OTHER, "Juan Garcia", hard("hasmoved", "userunknown"),
           display="Juan Garcia Lopez", address="jgl@example.com"),
    _named("other-first-two-of-three-via", OTHER, "Juan Garcia", hard("hasmoved", "userunknown"),
           display="Juan Garcia Lopez via Example CRM", address="jgl@example.com"),
    _named("three-word-name-via", ODD_NAME, "Juan Garcia Lopez", OURS_LEFT, display="Juan Garcia Lopez via Example CRM",
           address="jgl@example.com"),
    _named("hyphenated-first-name", CTRL, "Jean-Luc Martin", OURS_LEFT, display="Jean-Luc Martin",
           address="jl.martin@example.com"),
]

# ---- 5. 5.2.121's phrases; IP_NAMED_REFUSED ----------------------------------------------------------------
MS_NDR = ("Microsoft 'Email non-delivery reports and SMTP errors in Exchange Online' 5.2.121/5.2.122 (review 83's "
          "source), the recipient's hourly limit said in other words")
CLIENT_IP = ("Postfix smtpd_check.c 'Recipient address rejected: User unknown' (review 83's control), the client's IP "
             "noted with a refusal verb beside it")
SPAMHAUS = "Spamhaus 'mail from IP address <ip> refused: listed at zen.spamhaus.org' (review 83's Sisimai shape)"
RATE_IP_ROWS = [
    *_both("mailbox-reached-hourly-limit", MS_NDR, "550 5.2.2 This mailbox has reached its hourly message limit for "
           "incoming mail", "5.2.2", soft(R)),
    ("r86-recipients-hourly-limit-reached-postfix", MS_NDR + "; " + PF, relayed(
        "450 4.2.1 Recipient's hourly message limit reached, try again later", status="4.2.1"), soft(R, delay=True)),
    *_both("you-exceeded-hourly-limit", CTRL + " (" + MS_NDR + ", our side)", "550 5.2.121 You have exceeded your "
           "hourly message limit for this recipient", "5.2.121", soft(S, "speeding")),
    *_both("unknown-message-from-ip-rejected", CLIENT_IP, f"550 5.1.1 <{LEAD}>: User unknown; message from IP "
           "address 192.0.2.7 rejected", "5.1.1", hard("userunknown")),
    *_both("rejected-mail-from-ip-recipient-gone", CLIENT_IP, "550 5.1.1 Rejected mail from IP 192.0.2.7: recipient "
           "does not exist", "5.1.1", hard("userunknown")),
    # Controls written after the mend (expectations before running): the IP refusal beside "not found" said of
    # no recipient stays a block of our host.
    *_both("ip-refused-not-in-allow-list", CTRL + " (" + SPAMHAUS + ", an allow list)", "550 5.7.1 Mail from IP "
           "address 192.0.2.7 refused: address not found in our allow list", "5.7.1", soft(S, "blocked")),
    *_both("ip-refused-unknown-sender", CTRL + " (" + SPAMHAUS + ", the sender unknown)", "554 5.7.1 Mail from IP "
           "address 192.0.2.7 refused: sender address unknown", "5.7.1", soft(S)),
    # Round 3 attacks on review 86's own mend (expectations before running): our IP refused BECAUSE it sent to
    # unknown users (a directory-harvest block): missing users named, still a block of our host, never hard.
    *_both("ip-refused-for-user-unknown-errors", "hand-made: a directory-harvest block of our IP (" + SPAMHAUS + "'s "
           "shape, the cause our many unknown recipients)", "554 5.7.1 Mail from IP address 192.0.2.7 refused: too "
           "many user unknown errors from your host", "5.7.1", soft(S, "blocked")),
    *_both("ip-blocked-for-unknown-users", "hand-made: a directory-harvest block of our IP (" + SPAMHAUS + "'s "
           "shape)", "550 5.7.1 Connections from IP 192.0.2.7 blocked for sending to unknown users", "5.7.1",
           soft(S, "blocked")),
    # Controls of that round's mend (rule_wordings.floods takes "sending to unknown users"), expectations before
    # running: a reply that ALSO says this recipient is missing stays hard.
    *_both("sending-to-unknown-users-this-one-too", CTRL + " (Postfix's 'User unknown', a harvest warning beside it)",
           "550 5.1.1 Recipient unknown; stop sending to unknown users", "5.1.1", hard("userunknown")),
    *_both("sending-to-unknown-users-names-lead", CTRL + " (the missing recipient named)", f"550 5.1.1 You are sending "
           f"to unknown users: {LEAD} does not exist", "5.1.1", hard("userunknown")),
    *_both("ip-address-refused-listed", CTRL + " (" + SPAMHAUS + ")", "554 5.7.1 Mail from IP address 192.0.2.7 "
           "refused: listed at zen.spamhaus.org", "5.7.1", soft(S, "blocked")),
]

# ---- 6. "away from (the|my) (office|mail)" in a real bounce's Subject ---------------------------------------
VACATION = ("vacation 3.3.3's Subject 'away from my mail' (round 13, hints.AUTO_REPLY_SUBJECT), here in a bounce's "
            "Subject or its original's")


def _subject(raw: bytes, notice: str | None, original: str | None) -> bytes:
    """`raw` with the notice's Subject and/or the returned original's Subject replaced."""
    text = raw.decode()
    head, sep, rest = text.partition("\n\n")
    if notice is not None:
        head = "\n".join(f"Subject: {notice}" if ln.startswith("Subject:") else ln for ln in head.split("\n"))
    if original is not None:
        rest = "\n".join(f"Subject: {original}" if ln.startswith("Subject:") else ln for ln in rest.split("\n"))
    return (head + sep + rest).encode()


UNKNOWN = "550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in local recipient table"
_PF_RAW = relayed(UNKNOWN, status="5.1.1")
_GM_RAW = gmail_own(UNKNOWN, status="5.1.1", heading="Address not found", body="Your message wasn't delivered to "
                    f"{LEAD} because the address couldn't be found.", remote="mx.example.org")
_QM_RAW = qmail("r86-away", [(LEAD, "Remote host said: 550 5.1.1 User unknown")], to=LEAD)
_EX_RAW = exim_local("r86-away", "Unrouteable address")
AWAY_ROWS = [
    ("r86-away-notice-subject-postfix", f"{VACATION}; {PF}", _subject(_PF_RAW, "Undeliverable: Away from my mail",
                                                                       "Away from my mail"), hard("userunknown")),
    ("r86-away-original-subject-gmail", f"{VACATION}; {GMAIL}", _subject(_GM_RAW, None, "Away from the office until "
                                                                         "Monday"), hard("userunknown")),
    ("r86-away-notice-subject-gmail", f"{VACATION}; {GMAIL}", _subject(
        _GM_RAW, "Delivery Status Notification (Failure): Re: away from the office", None), hard("userunknown")),
    ("r86-away-original-subject-qmail", f"{VACATION}; qmail-send.c's bounce (review 14's builder)",
     _subject(_QM_RAW, None, "I am away from my mail"), hard("userunknown")),
    ("r86-away-notice-subject-qmail", f"{VACATION}; qmail-send.c's bounce (review 14's builder), a Subject a "
     "forwarding gateway rewrote", _subject(_QM_RAW, "failure notice (Re: away from the office)", None),
     hard("userunknown")),
    ("r86-away-original-subject-exim", f"{VACATION}; Exim deliver.c's bounce (review 35's exim_local)",
     _subject(_EX_RAW, None, "Away from my mail"), hard("userunknown", "hostunknown")),
    # Control: vacation(1)'s own reply is no bounce.
    ("r86-away-vacation-reply", CTRL + " (" + VACATION + ")", (
        "From: Dana Lee <lead@example.org>\nTo: seller@example.com\nSubject: away from my mail\n"
        "Date: Thu, 3 Dec 2026 10:01:00 +0000\nMessage-ID: <r86-vac@example.org>\nX-Hand-Made: yes\n\n"
        "I will not be reading my mail for a while.\nYour mail concerning \"Quick question\"\n"
        "will be read when I'm back.\n").encode(), []),
]

ROWS = EITHER_ROWS + LEAVER_ROWS + RATE_IP_ROWS + AWAY_ROWS
