"""classifier/dns_names.py: the host a DNS failure names (read once, for ours.py and the
planner's relay rule, sync/planner/relay.py) and whether it is the recipient's own. The
wordings follow review dns63's sources (tests/classifier/review_dns63_layouts.py: SM_DNS,
PF_DNS, QMAIL_DNS)."""

from __future__ import annotations

import pytest

from classifier.dns_names import named_host, of_recipient


@pytest.mark.parametrize("text, host", [
    ("550 5.1.2 <a@one.example>... Host unknown (Name server: smtp.sendgrid.net: host not found)",
     "smtp.sendgrid.net"),
    ("Host unknown (Name server: SMTP.SendGrid.net.: host not found)", "smtp.sendgrid.net"),  # case, final dot
    ("Host or domain name not found. Name service error for name=smtp.mailgun.org type=MX: Host not found",
     "smtp.mailgun.org"),
    ("Host or domain name not found. Name service error\n for name=mx2.alder-ridge.com type=A: Host not found",
     "mx2.alder-ridge.com"),  # a wrapped diagnostic
    ("Sorry, I couldn't find any host named smtp.mailgun.org. (#5.1.2)", "smtp.mailgun.org"),
    ("all relevant MX records point to non-existent hosts", None),  # Exim names none
    ("name=a.example.net type=MX: Host not found; name=b.example.net type=A: Host not found", None),  # which one?
    ("", None),
    (None, None),
])
def test_named_host(text, host):
    assert named_host(text) == host


@pytest.mark.parametrize("host, address, theirs", [
    ("their.example", "a@their.example", True),  # the domain itself
    ("mx.their.example", "a@their.example", True),  # under it
    ("corp.example", "a@eu.corp.example", True),  # above it
    ("mx.corp.example", "a@eu.corp.example", True),  # beside it under one parent
    ("mx.xn--mller-kva.example", "a@müller.example", True),  # the other IDNA form
    ("smtp.sendgrid.net", "a@their.example", False),
    ("mx1.example.net", "a@other.net", False),  # a one-label parent relates nothing
    ("mx.hostco-legacy.net", "a@fjell-sag.no", False),  # a hosting company's MX: not by name
])
def test_of_recipient(host, address, theirs):
    assert of_recipient(host, address) is theirs
