"""classifier.said_address: the address a reply says missing is ours only when every one it names after an address
noun is our own and the recipient's is nowhere (review 105)."""

from __future__ import annotations

from classifier.said_address import ours_named

OURS = (frozenset({"seller@example.com"}), frozenset({"example.com"}))
LEAD = "lead@partner.example"


def own():
    return OURS


def test_our_address_named() -> None:
    assert ours_named("550 5.7.1 Dear sender, recipient server reports: address seller@example.com does not exist",
                      LEAD, own)
    assert ours_named("550 5.1.1 Der Empfängerserver meldet: Adresse <seller@example.com> existiert nicht.", LEAD,
                      own)


def test_not_ours() -> None:
    # The lead's address anywhere, another address, no address after a noun: the rule stays out.
    assert not ours_named(f"550 5.1.1 address {LEAD} does not exist", LEAD, own)
    assert not ours_named(f"550 5.1.1 address seller@example.com does not exist ({LEAD})", LEAD, own)
    assert not ours_named("550 5.1.1 address other@partner.example does not exist", LEAD, own)
    assert not ours_named("550 5.1.1 seller@example.com: user unknown", LEAD, own)
    # Mail to our own domain: the recipient's own address is never "ours" here.
    assert not ours_named("550 5.1.1 address seller@example.com does not exist", "seller@example.com", own)


def test_our_domain_said_missing() -> None:
    # Review 106: our domain (or a host under it) said missing, the prospect's domain nowhere: ours.
    assert ours_named("550 5.7.1 Dear sender, recipient server reports: domain example.com does not exist", LEAD,
                      own)
    assert ours_named("550 5.7.1 Domain <mail.example.com> not found", LEAD, own)
    assert ours_named("550 5.7.1 El servidor del destinatario informa: el dominio example.com no existe", LEAD, own)


def test_our_domain_not_said_missing() -> None:
    # The prospect's domain said missing or named anywhere, ours only in a role or beside other words: not ours.
    assert not ours_named("550 5.1.2 domain partner.example does not exist", LEAD, own)
    assert not ours_named("550 5.1.2 domain example.com does not exist (mail to partner.example)", LEAD, own)
    assert not ours_named("550 5.1.2 recipient domain does not exist (message from domain example.com)", LEAD, own)
    assert not ours_named("550 5.1.2 domain not found -- sent from example.com", LEAD, own)
    assert not ours_named("550 5.1.1 domain example.com: user unknown", LEAD, own)
    assert not ours_named("550 5.1.2 domain example.community does not exist", LEAD, own)
    # Mail to our own domain (or one related to it): the domain names both sides.
    assert not ours_named("550 5.1.2 domain example.com does not exist", "kim@example.com", own)
    assert not ours_named("550 5.1.2 domain example.com does not exist", "kim@eu.example.com", own)


def test_address_at_our_domain() -> None:
    # Review 106: another address at our domain said missing (a callout on a role address of ours): ours.
    assert ours_named("550 5.7.1 could not verify the address info@example.com: user unknown", LEAD, own)
    # ...not where the prospect's domain is named, nor at a third domain, nor at a mail provider's domain we send
    # from (free mail: an address at gmail.com is anyone's).
    assert not ours_named("550 5.1.1 address info@example.com does not exist (partner.example)", LEAD, own)
    assert not ours_named("550 5.1.1 address info@third.example does not exist", LEAD, own)
    gmail = (frozenset({"seller@gmail.com"}), frozenset({"gmail.com"}))
    assert not ours_named("550 5.1.1 address old.lead@gmail.com does not exist", LEAD, lambda: gmail)
    assert not ours_named("550 5.1.2 domain gmail.com does not exist", LEAD, lambda: gmail)


def test_german_polite_your_address() -> None:
    # Review 106: the polite "Ihre" inside a sentence is the reader's (ours); lowercase "ihre" is her / their.
    assert ours_named("550 5.1.1 Laut dem Empfängerserver existiert Ihre Adresse nicht", LEAD, own)
    assert not ours_named("550 5.1.1 Die Empfängerin ist unbekannt, leider existiert ihre Adresse nicht", LEAD, own)
    assert not ours_named("550 5.1.1 Leider existiert Ihre Empfängeradresse nicht", LEAD, own)
    assert not ours_named("550 5.1.1 Leider existiert Ihre Adresse nicht (partner.example)", LEAD, own)


def test_recipient_missing_in_its_own_words_stands() -> None:
    # Review 106's audit: the recipient said missing beside ours said missing keeps the recipient's reading.
    assert not ours_named("550 5.1.1 Recipient mailbox does not exist (domain example.com unknown)", LEAD, own)
    assert not ours_named("550 5.1.1 Recipient mailbox does not exist; address info@example.com unknown", LEAD, own)
    assert not ours_named("550 5.1.1 Recipient mailbox does not exist; address seller@example.com unknown", LEAD,
                          own)
    assert not ours_named("550 5.1.1 Der Empfänger ist unbekannt, und leider existiert Ihre Adresse nicht", LEAD, own)


def test_prospects_name_whole_and_in_both_idn_forms() -> None:
    # Review 109: the prospect's domain inside ours (ample.com in example.com) or only as its host's name is not
    # the prospect's named; our domain with the DNS root's dot is ours; the prospect's IDN domain in Unicode is named.
    assert ours_named("550 5.7.1 recipient server reports: domain example.com does not exist", "lead@ample.com", own)
    assert ours_named("550 5.7.1 mx1.partner.example: domain example.com does not exist", LEAD, own)
    assert ours_named("550 5.1.2 recipient server reports: domain example.com. does not exist", LEAD, own)
    assert not ours_named("550 5.1.2 domain example.com unknown; domain müller.example does not exist",
                          "lead@xn--mller-kva.example", own)
    assert not ours_named("550 5.1.2 domain example.com unknown; domain xn--mller-kva.example does not exist",
                          "lead@müller.example", own)
    # Another address at the prospect's domain names that domain ("@" before it): not ours.
    assert not ours_named("550 5.1.1 address info@example.com unknown; other@partner.example too", LEAD, own)


def test_more_words_for_ours_missing() -> None:
    # Review 109: our address after "mailbox" / "user" / "account", or said missing in more words, is ours; the
    # prospect's in the same words is not.
    for reply in ("mailbox seller@example.com does not exist", "user seller@example.com unknown",
                  "address seller@example.com no longer exists", "adres seller@example.com bestaat niet",
                  "Leider existiert Ihre E-Mail-Adresse bei uns nicht"):
        assert ours_named("550 5.1.1 " + reply, LEAD, own), reply
        assert not ours_named("550 5.1.1 " + reply.replace("seller@example.com", LEAD) + f" ({LEAD})", LEAD, own)
    assert not ours_named("550 5.1.1 Leider existiert Ihre angeschriebene Adresse bei uns nicht", LEAD, own)
