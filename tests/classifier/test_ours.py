"""Refusals that name only our side (classifier/ours.py): the sender's address or domain named and
nothing of the prospect's turns a reading that blames the recipient's mailbox or domain (ours.
RECIPIENT_STATES) into our sender refused; any sign of the recipient keeps the reading. Other readings
(a security or policy refusal naming our address) keep theirs: review 35's sendmail access-db row. Whole notices, HAND-MADE in the layouts of tests/classifier/
notices.py (our Postfix relay's report, whose original is From and whose notice is To
sender@example.com; our own relay's, seller@example.com). The replies' words are each cited source's; where they are this test's own
(placing them beside the recipient), the row says so."""

from __future__ import annotations

import pytest

from classifier import classify
from classifier.fields import mta_host
from tests.classifier.notices import LEAD, own_postfix, relayed

S, R = "sender", "recipient"
OURS = [
    # PowerMTA's bad-domain wording (review 45) in chasquid's MAIL+RCPT reply, naming our domain.
    ("domain-obsolete", relayed("550 5.7.1 Domain example.com is obsolete", status="5.7.1", command="MAIL")),
    # Baruwa's banned-domain reply (review 48) naming our From domain.
    ("domain-banned", relayed("550 The domain example.com is banned", status="5.0.0")),
    # RFC 7505 section 4.2: a null MX on the SENDER's domain, refused at RCPT.
    ("null-mx-ours", relayed("550 5.7.27 Domain example.com does not accept mail (nullMX)", status="5.7.27")),
    # This test's own wording of RFC 7505's refusal, naming our domain after "Mail from" with no
    # colon (not a transcript's "MAIL FROM:<...>", which names the sender in another role).
    ("null-mx-mail-from", relayed("550 5.7.27 Mail from example.com not accepted (null MX)", status="5.7.27")),
    # Postfix's NO_DATA text (dns_strerror) for our own relayhost: every recipient of the send fails.
    ("relayhost-no-data", own_postfix(
        "Host or domain name not found. Name service error for name=smtp.example.com type=A: Host found but no "
        "data record of requested type", status="5.4.4")),
    # This test's own: our address named by a 'disabled' refusal (mailbox_states' words), nothing else.
    ("our-address-disabled", relayed("550 5.2.1 <sender@example.com>: account disabled", status="5.2.1")),
]
THEIRS = [
    # The recipient named beside our address (this test's own wording around Postfix's reply).
    ("recipient-named", relayed("550 5.1.1 <lead@example.org>: Recipient address rejected: User unknown in virtual "
                                "mailbox table (from sender@example.com)", status="5.1.1"), "userunknown"),
    # The recipient's domain named (PowerMTA's bad-domain wording, review 45's positive control).
    ("recipient-domain", relayed("550 Domain example.org is obsolete", status="5.0.0"), "hostunknown"),
    # MailMarshal's 'Original Sender:' line pasted before a plain user unknown (review 14's layout).
    ("original-sender-line", relayed("550 5.1.1 User unknown Original Sender: <sender@example.com>",
                                     status="5.1.1"), "userunknown"),
    # Our domain and a host of the recipient's domain both named: the words cannot tell whose (own).
    ("both-named", relayed("550 Domain example.com is obsolete at mx.example.org", status="5.0.0"), "hostunknown"),
    # Another address than ours named (a forwarding target; this test's own wording).
    ("other-address", relayed("550 5.1.1 <lead.old@example.net>: forwarding target does not exist",
                              status="5.1.1"), "userunknown"),
    # A pasted header block: our From line there is no refusal of us (this test's own layout).
    ("pasted-from-line", relayed("From: sender@example.com Subject: Hello 550 5.2.1 mailbox disabled",
                                 status="5.2.1"), "suspend"),
    # Postfix's NXDOMAIN for the recipient's MX host: the recipient's domain, hard.
    ("recipient-mx-nxdomain", own_postfix(
        "Host or domain name not found. Name service error for name=mx.example.org type=MX: Host not found, try "
        "again", status="5.4.4"), None),
]
# Mail to our own domain: a domain named is both sides', so only our exact address counts.
SAME_DOMAIN = relayed("550 Domain example.com is obsolete", status="5.0.0", address="colleague@example.com")


@pytest.mark.parametrize("name,raw", OURS, ids=[r[0] for r in OURS])
def test_a_reply_naming_only_us_refuses_us(name, raw):
    (d,) = classify(raw).deliveries
    assert (d.address, d.hard_bounce, d.scope.value) == (LEAD, False, S), (d.reason, d.diagnostic)
    assert d.reason.value in ("rejected", "securityerror", "policyviolation", "blocked"), d.reason


@pytest.mark.parametrize("name,raw,reason", THEIRS, ids=[r[0] for r in THEIRS])
def test_any_sign_of_the_recipient_keeps_the_reading(name, raw, reason):
    (d,) = classify(raw).deliveries
    assert d.scope.value == R, (d.reason, d.diagnostic)
    if reason:
        assert d.reason.value == reason


def test_mail_to_our_own_domain_reads_a_named_domain_as_the_recipients():
    (d,) = classify(SAME_DOMAIN).deliveries
    assert (d.address, d.hard_bounce, d.scope.value) == ("colleague@example.com", True, R), d.reason


@pytest.mark.parametrize("field, host", [
    ("dns; mx.Partner.Example.", "mx.partner.example"),
    ("dns;[192.0.2.7]", "192.0.2.7"),
    ("mx.partner.example", "mx.partner.example"),  # no type: the value is the host
    ("", ""),
    (None, ""),
])
def test_an_mta_field_is_read_to_one_bare_host_name(field, host):
    # fields.mta_host: the one reading ours, engine and remote compare with domains.
    assert mta_host(field) == host
