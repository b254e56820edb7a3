"""classifier/hints.py's out-of-office Subject (AUTO_REPLY_SUBJECT), on messages with no other
mark of an auto-reply: what vendors write stays an auto-reply; a subject that only shares a
word with one ("absence", "absent") is ordinary mail, and a failure notice so named a bounce."""

from __future__ import annotations

from pathlib import Path

from classifier import classify

FIXTURES = Path(__file__).parent / "fixtures"

# Subjects auto-responders write, or name their feature by, and the source of each.
AWAY = {
    "Automatic reply: Offer": "Outlook/Exchange Automatic Replies (autoreply_variants.py, exchange)",
    "Réponse automatique : Offre": "Outlook's French Automatic Replies (autoreply_variants.py, exchange_fr)",
    "Out of Office AutoReply: Offer": "Exchange 2003's Out of Office Assistant (HAND-MADE subject: 'out of "
                                      "office' as before)",
    "Absent du bureau": "Zimbra 8.8.15 French help: 'Aller à la page Préférences>Absent du bureau'",
    "Absente du bureau jusqu'au 30 août": "the same, feminine (HAND-MADE)",
    "Absence du bureau : Offre": "Microsoft support fr-FR: 'Réponses automatiques (anciennement gestionnaire "
                                 "d'absence du bureau)'",
    "I am on vacation": "Sun Java Communications Suite 5 Schema Reference, mailAutoReplySubject example "
                        "(docs.oracle.com/cd/E19563-01/819-4437/gahdk)",
    "Abwesenheitsnotiz: Angebot": "German away note (HAND-MADE: 'abwesenheit' as before)",
}
# HAND-MADE subjects of a person's mail that only share a word with an away message.
ORDINARY = ("Absence of records in the March export", "Absent recipient list", "Absentee ballots",
            "Absences next week", "Absent-minded pricing errors")


def _person(subject: str) -> bytes:
    return (f"From: Jane Roe <jane@partner.example>\nTo: sales@ourco.example\nSubject: {subject}\n"
            "Message-ID: <p1@partner.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hello,\n\nsee the figures for March.\n\nJane\n").encode()


def _gateway_notice(subject: str) -> bytes:
    """HAND-MADE: a gateway's failure notice from no mail-system address, the returned message
    attached: a bounce by its text and attachment, whatever its subject."""
    return f"""From: Mail Gateway <gateway@relay.example.net>
To: sales@ourco.example
Subject: {subject}
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain

Your message could not be delivered to bob@customer.example: 550 5.1.1 mailbox unknown.

--b1
Content-Type: message/rfc822

From: sales@ourco.example
To: bob@customer.example
Subject: offer
Message-ID: <o1@ourco.example>

hi
--b1--
""".encode()


def _reading(raw: bytes) -> tuple[bool, tuple[tuple[str, str], ...]]:
    result = classify(raw)
    return result.is_bounce, tuple((d.address, d.reason.value) for d in result.deliveries)


def test_an_away_subject_is_what_responders_write_and_no_word_it_shares():
    wrong = []
    for subject, source in AWAY.items():
        if _reading(_person(subject)) != (False, (("jane@partner.example", "vacation"),)):
            wrong.append(f"not an auto-reply: {subject!r} ({source})")
    for subject in ORDINARY:
        if _reading(_person(subject)) != (False, ()):
            wrong.append(f"ordinary mail read as an auto-reply: {subject!r}")
    for subject in ("Absent recipient", "Absence of delivery"):
        if _reading(_gateway_notice(subject)) != (True, (("bob@customer.example", "userunknown"),)):
            wrong.append(f"a failure notice not read as a bounce: {subject!r}")
    assert not wrong, "\n".join(wrong)


def test_a_failure_sentence_wrapped_at_any_word_still_names_a_bounce():
    """An auto-submitted notice with no SMTP code is a bounce by its failure sentence alone
    (hints._FAILURE_TEXT and _FAILED_FOR); a client or gateway that wraps the text may break it
    at any word ("could not be" / "delivered."), and it read as the sender's auto-reply (a
    false non-bounce: the dead address kept being mailed). Breaks before the verb were misses
    (recipients.INLINE read the sentence on one line, so "Your message to" / "<addr> could not be
    delivered" named nobody); recipients.wrapped_sentence reads it with its neighbour lines. A
    break that still misses is listed in KNOWN (checked both ways)."""
    raw = (FIXTURES / "srv-ndr-autoreply-no-code.eml").read_bytes()
    sentence = b"Your message to rosa.diaz@provider.example could not be delivered."
    assert sentence in raw
    known: set[str] = set()
    wrong = []
    for at in [i for i, c in enumerate(sentence) if c == ord(" ")]:
        wrapped = raw.replace(sentence, sentence[:at] + b"\n" + sentence[at + 1:])
        reading = _reading(wrapped)
        read = reading[0] is True and [a for a, _ in reading[1]] == ["rosa.diaz@provider.example"]
        if read == (sentence[:at].decode() in known):
            wrong.append(f"broken after {sentence[:at].decode()!r}: {reading} (known miss: {not read})")
    assert not wrong, "\n".join(wrong)


def _daemon(sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\nTo: seller@example.com\nSubject: {subject}\n"
            "Date: Tue, 10 Mar 2026 09:15:02 +0000\nMIME-Version: 1.0\nContent-Type: text/plain\n\n" + body).encode()


_EXO = ("postmaster@outlook.example", "Undeliverable: Quote")
_GMAIL = ("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)")
# HAND-MADE no-code notices whose failure sentence a client or gateway wrapped at 72-78
# columns, after the wordings the code cites: Microsoft 365's "Your message to <addr> couldn't
# be delivered." (recipients.INLINE[3]; fixtures/forwarded-ndr-attached.eml) and Gmail's
# "Delivery to the following recipient failed permanently:" list (test_reporters.py,
# formats.bare_address). (sender, subject, body, the recipients read)
WRAPPED = [
    (*_EXO, "Your message to\n<buyer@example.com> could not be delivered.\n\nbuyer wasn't found at "
     "example.com.\n", ["buyer@example.com"]),
    (*_EXO, "Your message to\nbuyer@example.com couldn't be delivered.\n\nbuyer wasn't found at example.com.\n",
     ["buyer@example.com"]),
    (*_EXO, "Your message\nto buyer@example.com couldn't be delivered.\n", ["buyer@example.com"]),
    (*_EXO, "Your message to buyer@example.com\ncouldn't be delivered.\n", ["buyer@example.com"]),
    (*_EXO, "Your message to buyer@example.com couldn't\nbe delivered.\n", ["buyer@example.com"]),
    # Two recipients, each wrapped: each its own line's address, none a neighbour's.
    (*_EXO, "Your message to\nbuyer@example.com couldn't be delivered.\nYour message to\n"
     "ops@example.net couldn't be delivered.\n", ["buyer@example.com", "ops@example.net"]),
    (*_GMAIL, "Delivery to the following recipient\nfailed permanently:\n\n     buyer@example.com\n\n"
     "The recipient's mailbox does not exist.\n", ["buyer@example.com"]),
    (*_GMAIL, "Delivery to the following\nrecipient failed permanently:\n\n     buyer@example.com\n", ["buyer@example.com"]),
    (*_GMAIL, "Delivery to\nthe following recipient failed permanently:\n\n     buyer@example.com\n",
     ["buyer@example.com"]),
    # No false recipient: the sender on the wrapped line ("from" is no "to"), or the original's
    # To: quoted under a wrapped sentence that names no address.
    (*_EXO, "Your message\nfrom <seller@example.com> could not be delivered.\n", []),
    (*_EXO, "Your message to\nJane Buyer could not be delivered.\n\nFrom: seller@example.com\n"
     "Subject: Quote\n", []),
    (*_EXO, "Your message could not be delivered to Jane\nBuyer.\n\nOriginal message:\n  "
     "From: seller@example.com\n  Date: Tue, 10 Mar 2026\n", []),
]


def test_a_wrapped_failure_sentence_names_its_own_lines_recipient():
    wrong = []
    for sender, subject, body, expected in WRAPPED:
        result = classify(_daemon(sender, subject, body))
        got = [d.address for d in result.deliveries if result.is_bounce]
        if got != expected:
            wrong.append(f"{body!r}: read {got}, expected {expected}")
    assert not wrong, "\n".join(wrong)


def test_gateway_digest_listing_an_ndr_is_no_bounce():
    """hints._held_digest: a gateway's automatic digest of mail held for the reader lists an NDR
    (its failure words, an SMTP code, an address) with Release links: no bounce. A daemon's
    notice with the same words stays one (HAND-MADE, review 54)."""
    listing = ("Review These Messages\n\nSender: postmaster@example.org\nSubject: Undeliverable: Hello\n"
               "Details: Delivery has failed to these recipients or groups: lead@example.org. 550 5.1.1 not found\n\n"
               "Release | Block Sender\n")
    digest = (f"From: Microsoft 365 <quarantine@messaging.microsoft.com>\nTo: seller@example.com\nSubject: You have "
              f"messages in quarantine\nAuto-Submitted: auto-generated\n\n{listing}").encode()
    assert not classify(digest).is_bounce
    daemon = digest.replace(b"Microsoft 365 <quarantine@messaging.microsoft.com>", b"MAILER-DAEMON@example.org")
    assert classify(daemon.replace(b"You have messages in quarantine", b"failure notice")).is_bounce
