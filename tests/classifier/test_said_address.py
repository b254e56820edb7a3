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
