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
    false non-bounce: the dead address kept being mailed). Breaks before the verb are known
    misses (checked both ways): the plain-text reader finds the recipient by a sentence on one
    line (prose._INLINE), so "Your message to" / "<addr> could not be delivered" names nobody."""
    raw = (FIXTURES / "srv-ndr-autoreply-no-code.eml").read_bytes()
    sentence = b"Your message to rosa.diaz@provider.example could not be delivered."
    assert sentence in raw
    known = {"Your message", "Your message to", "Your message to rosa.diaz@provider.example",
             "Your message to rosa.diaz@provider.example could"}
    wrong = []
    for at in [i for i, c in enumerate(sentence) if c == ord(" ")]:
        wrapped = raw.replace(sentence, sentence[:at] + b"\n" + sentence[at + 1:])
        reading = _reading(wrapped)
        read = reading[0] is True and [a for a, _ in reading[1]] == ["rosa.diaz@provider.example"]
        if read == (sentence[:at].decode() in known):
            wrong.append(f"broken after {sentence[:at].decode()!r}: {reading} (known miss: {not read})")
    assert not wrong, "\n".join(wrong)
