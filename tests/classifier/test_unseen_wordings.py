"""Issue 13: mail the corpus lacks. Every fixture used here is HAND-MADE (its `X-Hand-Made`
header names the server or document whose wording it follows); the sentence tables below
are the servers' own reply texts and their translations, never corpus files.

- "The recipient does not exist" in other wordings and languages is `userunknown` and hard,
  and a policy-class status (5.7.x) does not overrule it.
- Disabled mailboxes, quota, relay and size refusals, DNS blocklists and missing domains get
  their own reasons; an unknown permanent status detail is read by its RFC 3463 subject.
- Sieve rejects sent as MDNs, prose notices with a labelled recipient line or naming the
  recipient only by display name, a DSN with one malformed address, an auto-replied bounce,
  a base64-encoded returned message; challenge-response requests and read receipts are not
  bounces.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import Reason, Scope, classify
from classifier.lexicon import no_such_domain, no_such_recipient
from classifier.reasons import reason_for

FIXTURES = Path(__file__).parent / "fixtures"

# file: (is_bounce, first address, reason, scope, hard, status)
CASES = {
    "yandex-no-such-user-5.7.1.eml": (True, "ivan@yandex.example", "userunknown", "recipient", True, "5.7.1"),
    "russian-userunknown.eml": (True, "olga@mail.example.ru", "userunknown", "recipient", True, "5.0.0"),
    "polish-userunknown.eml": (True, "jan.kowalski@example.pl", "userunknown", "recipient", True, "5.0.0"),
    "russian-mailboxfull.eml": (True, "petr@mail.example.ru", "mailboxfull", "recipient", False, "5.0.0"),
    "postfix-relay-denied.eml": (True, "buyer@partner.example", "norelaying", "sender", False, "5.7.1"),
    "postfix-size-mail-from.eml": (True, "buyer@partner.example", "mesgtoobig", "recipient", False, "5.3.4"),
    "spamhaus-blocked.eml": (True, "cto@corp.example", "blocked", "sender", False, "5.7.1"),
    "exchange-dns-domain-missing.eml": (True, "info@nonexistent.example", "hostunknown", "recipient", True, "5.4.310"),
    "unknown-address-detail-5.1.90.eml": (True, "ghost@corp.example", "userunknown", "recipient", True, "5.1.90"),
    "mailbox-deactivated-5.2.1.eml": (True, "former@corp.example", "suspend", "recipient", False, "5.2.1"),
    "dsn-one-malformed-address.eml": (True, '"bob smith"@example.org', "userunknown", "recipient", True, "5.1.1"),
    "base64-original.eml": (True, "lead@prospect.example", "userunknown", "recipient", True, "5.1.1"),
    "sieve-reject-mdn.eml": (True, "anna@example.org", "filtered", "recipient", False, None),
    "chinese-labelled-recipient.eml": (True, "zhang.wei@example.cn", "userunknown", "recipient", True, None),
    "domino-display-name.eml": (True, "jane.doe@example.com", "userunknown", "recipient", True, None),
    "auto-replied-bounce.eml": (True, "max@example.de", "userunknown", "recipient", True, "5.1.1"),
    "read-receipt-mdn.eml": (False, "anna@example.org", "delivered", "recipient", False, None),
    "challenge-response.eml": (False, "anna@example.org", "vacation", "recipient", False, None),
    # The delivery agent's own rejection reason beats the status a relay derived from its exit
    # code; a colleague's forward of a notice is read as the notice it carries.
    "dovecot-lda-rejection-in-dsn.eml": (True, "anna@example.net", "mailboxfull", "recipient", False, "5.1.1"),
    "forwarded-postfix-bounce.eml": (True, "lead@partner.example", "userunknown", "recipient", True, "5.1.1"),
    "forwarded-ndr-attached.eml": (True, "buyer@contoso.example", "userunknown", "recipient", True, "5.1.1"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hand_made_fixture(name):
    raw = (FIXTURES / name).read_bytes()
    assert b"X-Hand-Made: yes" in raw
    is_bounce, address, reason, scope, hard, status = CASES[name]
    result = classify(raw)
    assert result.is_bounce is is_bounce
    d = result.deliveries[0]
    assert (d.address, d.reason, d.scope, d.hard_bounce, d.status) == (
        address, Reason(reason), Scope(scope), hard, status)


# Notices of mail servers and groupware the corpus lacks, each HAND-MADE in its server's layout
# (the X-Hand-Made header names it): (file, address, reason or None, hard, status).
FORMATS = {
    "fmt-communigate.eml": ("lead@cgp.example.net", "userunknown", True, None),
    "fmt-communigate-quota.eml": ("buyer@cgp.example.net", "mailboxfull", False, None),
    "fmt-courier.eml": ("lead@partner.example", "userunknown", True, "5.1.1"),
    "fmt-domino-internet.eml": ("lead@acme.example", "userunknown", True, None),
    "fmt-domino-quota.eml": ("buyer@acme.example", "mailboxfull", False, None),
    "fmt-exchange-legacy.eml": ("lead@exchange.example.net", "userunknown", True, "5.1.1"),
    "fmt-gmx-de.eml": ("hans@web.example", "mailboxfull", False, None),
    "fmt-hmailserver.eml": ("buyer@partner.example", "mailboxfull", False, "5.2.2"),
    "fmt-masqmail.eml": ("lead@partner.example", "userunknown", True, "5.1.1"),
    "fmt-mdaemon.eml": ("cfo@partner.example", "userunknown", True, "5.1.1"),
    "fmt-opensmtpd.eml": ("lead@partner.example", "userunknown", True, "5.1.1"),
    "fmt-netscape.eml": ("lead@nms.example.net", "mailboxfull", False, None),
    "fmt-smtp32.eml": ("buyer@smtp32.example.net", "mailboxfull", False, None),
    "fmt-exchange55.eml": ("lead@ex55.example.net", "userunknown", True, None),
    "fmt-yahoo-old.eml": ("reader@yahoo.example", "suspend", False, None),
    "fmt-compuserve.eml": ("lead@compuserve.example", "userunknown", True, None),
    "fmt-aol-old.eml": ("leadperson@aol.example", "userunknown", True, None),
    # GWIA's bare "(user not found)" as its list line's status: its directory's verdict (older_servers, review
    # holdout51; the same words inside a reply at an unnamed stage stay the generic rules', CLASSIC_ENGLISH below).
    "fmt-groupwise.eml": ("lead@gw.example.net", "userunknown", True, None),
    "fmt-imail.eml": ("lead@imail.example.net", "userunknown", True, None),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_servers_without_a_corpus_sample(name):
    raw = (FIXTURES / name).read_bytes()
    assert b"X-Hand-Made: yes" in raw
    address, reason, hard, status = FORMATS[name]
    result = classify(raw)
    assert result.is_bounce
    assert [d.address for d in result.deliveries] == [address]
    d = result.deliveries[0]
    if reason is not None:
        assert (d.reason, d.hard_bounce, d.status) == (Reason(reason), hard, status)
    # The notice ends at its server's marker of the returned message: none of the original's
    # header lines is read as the failure's words (CompuServe's "------- Returned Message
    # --------", Microsoft KB Q153060).
    subject = result.original.subject
    assert not subject or f"Subject: {subject}" not in (d.diagnostic or "")


def test_one_malformed_address_does_not_stop_the_rest():
    result = classify((FIXTURES / "dsn-one-malformed-address.eml").read_bytes())
    assert [(d.address, d.reason.value) for d in result.deliveries] == [
        ('"bob smith"@example.org', "userunknown"), ("carol@example.org", "mailboxfull")]


@pytest.mark.parametrize(("name", "message_id"), [
    ("base64-original.eml", "hand-made-base64-0001@example.com"),
    ("sieve-reject-mdn.eml", "hand-made-sieve-0001@example.com"),
    ("chinese-labelled-recipient.eml", "hand-made-cn-0001@example.com"),
    ("domino-display-name.eml", "hand-made-domino-0001@example.com"),
])
def test_original_message_id(name, message_id):
    assert classify((FIXTURES / name).read_bytes()).original.message_id == message_id


def test_a_forwarded_message_from_a_person_is_not_a_bounce():
    raw = (b"From: Sam <sam@example.com>\nTo: seller@example.com\nSubject: Fwd: pricing\n\n"
           b"See below.\n\nBegin forwarded message:\n\n> From: Buyer <buyer@example.org>\n"
           b"> Subject: Re: pricing\n> Date: Thu, 12 Mar 2026 07:00:00 +0000\n>\n"
           b"> The address lead@example.org does not exist any more, the user is unknown here.\n")
    result = classify(raw)
    assert not result.is_bounce and result.deliveries == ()


# Replies that say the recipient does not exist: the servers' own texts and their translations.
NO_SUCH_RECIPIENT = [
    "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table",  # Postfix
    "550 5.1.1 User doesn't exist: a@example.org",  # Dovecot LMTP
    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",  # M365
    "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",  # Exchange
    "550 unknown user account",  # CommuniGate Pro
    "550 5.7.1 No such user!",  # Yandex
    "550 Message was not accepted -- invalid mailbox. Local mailbox a@example.ru is unavailable: user not found",
    "550 5.1.1 Der Empfänger existiert nicht",  # de
    "550 Unbekannter Empfänger",  # de
    "550 5.1.1 L'adresse du destinataire n'existe pas",  # fr
    "550 Utilisateur inconnu",  # fr
    "550 5.1.1 El usuario no existe",  # es
    "550 5.1.1 L'utente non esiste",  # it
    "550 5.1.1 Casella di posta inesistente",  # it
    "550 5.1.1 O usuário não existe",  # pt
    "550 5.1.1 Gebruiker bestaat niet",  # nl
    "550 5.1.1 Użytkownik nie istnieje",  # pl
    "550 5.1.1 Mottagaren finns inte",  # sv
    "550 5.1.1 Пользователь не существует",  # ru
    "550 5.1.1 Нет такого пользователя",  # ru
    "550 5.1.1 宛先のユーザーが存在しません",  # ja
    "550 5.1.1 收件人不存在",  # zh
    "550 5.1.1 用户不存在",  # zh
]
NOT_RECIPIENT = [
    "550 5.1.8 Sender address does not exist",
    "550 5.1.2 Domain example.invalid does not exist",
    "550 Die Domain existiert nicht",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "452 4.2.2 Mailbox full",
    "550 The account or domain may not exist, they may be blacklisted",
]


# The classic English sentences at a stage the report does not name stay `filtered`, as sisimai
# reads them (content filters after DATA say "user unknown" too; the labelled corpus follows),
# unless the remote reply carries its own code under the report's vague 5.0.0: "550 5.1.1 ..."
# says what 5.1.1 says (and a 5.7.1 does not overrule the wording: the Yandex fixture).
CLASSIC_ENGLISH = frozenset({NO_SUCH_RECIPIENT[4], NO_SUCH_RECIPIENT[6]})


@pytest.mark.parametrize("text", NO_SUCH_RECIPIENT)
def test_no_such_recipient_in_any_wording(text):
    assert no_such_recipient(text.lower())
    assert reason_for(status="5.0.0", reply_code="550", diagnostic=text, action="failed",
                      command="RCPT") is Reason.USERUNKNOWN
    unnamed = reason_for(status="5.0.0", reply_code="550", diagnostic=text, action="failed", command=None)
    assert unnamed is (Reason.FILTERED if text in CLASSIC_ENGLISH else Reason.USERUNKNOWN)


@pytest.mark.parametrize("text", NOT_RECIPIENT)
def test_other_things_missing_are_not_the_recipient(text):
    assert not no_such_recipient(text.lower())


def test_missing_domain_in_other_languages():
    assert no_such_domain("550 die domain example.de existiert nicht")
    assert reason_for(status=None, reply_code="550", diagnostic="550 Le domaine example.fr n'existe pas",
                      action="failed", command=None) is Reason.HOSTUNKNOWN


@pytest.mark.parametrize(("status", "reason"), [
    ("5.1.90", Reason.USERUNKNOWN), ("5.2.9", Reason.FILTERED), ("5.3.9", Reason.SYSTEMERROR),
    ("5.4.99", Reason.NETWORKERROR), ("5.7.99", Reason.SECURITYERROR),
])
def test_unknown_permanent_detail_is_read_by_its_subject(status, reason):
    assert reason_for(status=status, reply_code="550", diagnostic=f"550 {status} rejected [XY-12]",
                      action="failed", command="RCPT") is reason


@pytest.mark.parametrize(("text", "reason"), [
    ("552 5.2.2 Postfach voll", Reason.MAILBOXFULL),
    ("550 Boîte aux lettres pleine", Reason.MAILBOXFULL),
    ("550 Почтовый ящик переполнен", Reason.MAILBOXFULL),
    ("550 Account has been deactivated", Reason.SUSPEND),
    ("550 Konto gesperrt", Reason.SUSPEND),
    ("550 Relay access denied", Reason.NORELAYING),
    ("550 5.7.1 Unable to relay for a@example.org", Reason.NORELAYING),
])
def test_other_reasons_in_other_wordings(text, reason):
    assert reason_for(status=None, reply_code="550", diagnostic=text, action="failed", command="RCPT") is reason
