"""Hand-made messages for what the corpus lacks. All HAND-MADE from documented wording
(shared/api/gmail.md §9, taxonomy §7), with anonymised example.* addresses:
Gmail's notices about the sender (sending limit, blocked as suspicious), localised bounces,
a DMARC reject, a delay notice, an out-of-office reply and a person's reply quoting a bounce;
and receiving providers' documented rejection wordings (Microsoft 365 / Outlook.com, Yahoo,
iCloud, Gmail, Proofpoint, Mimecast, Zoho, GMX); and bounces from mail servers absent from the
corpus (Haraka, maddy, Stalwart, a DSN-wrapping gateway), each file marked `X-Hand-Made`."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifier import Reason, Scope, classify

FIXTURES = Path(__file__).parent / "fixtures"

# file: (is_bounce, address, reason, scope, hard, permanent, status)
CASES = {
    "gmail-sending-limit.eml": (True, "prospect@example.org", "speeding", "sender", False, True, "5.4.5"),
    "gmail-blocked-suspicious.eml": (True, "lead@example.net", "spamdetected", "sender", False, True, None),
    "dmarc-reject.eml": (True, "buyer@example.org", "authfailure", "sender", False, True, "5.7.26"),
    "german-userunknown.eml": (True, "max.muster@example.de", "userunknown", "recipient", True, True, "5.1.1"),
    "french-mailboxfull.eml": (True, "jeanne.dupont@example.fr", "mailboxfull", "recipient", False, False, "4.2.2"),
    "spanish-userunknown.eml": (True, "lucia@example.es", "userunknown", "recipient", True, True, "5.1.1"),
    "japanese-userunknown.eml": (True, "taro@example.jp", "userunknown", "recipient", True, True, "5.1.1"),
    # A delay is reported as a bounce with a reason but permanent=False: the worker treats it as soft.
    "delay-notice.eml": (True, "slow@example.net", "expired", "recipient", False, False, "4.4.1"),
    "out-of-office-de.eml": (False, "max.muster@example.de", "vacation", "recipient", False, False, None),
    # Providers' own wording (classifier/remote/): the recipient's fault is hard only when the
    # address is bad; a refusal of our IP, tenant or reputation is the sender's (scope sender).
    "m365-recipient-not-found.eml": (True, "nobody@contoso.example", "userunknown", "recipient", True, True, "5.1.10"),
    "m365-dbeb-access-denied.eml": (True, "gone@fabrikam.example", "userunknown", "recipient", True, True, "5.4.1"),
    "m365-ip-not-accepted.eml": (True, "buyer@contoso.example", "blocked", "sender", False, True, "5.7.708"),
    "outlook-s3150-blocklist.eml": (True, "someone@hotmail.example", "blocked", "sender", False, True, "5.7.1"),
    "yahoo-policy-5.7.9.eml": (True, "reader@yahoo.com", "policyviolation", "recipient", False, True, "5.7.9"),
    "yahoo-tss04-deferred.eml": (True, "reader@yahoo.com", "badreputation", "sender", False, False, "4.7.0"),
    "icloud-cs01-policy.eml": (True, "fan@icloud.com", "policyviolation", "recipient", False, True, "5.7.1"),
    "gmail-unsolicited-spam.eml": (True, "lead@gmail.com", "spamdetected", "recipient", False, True, "5.7.1"),
    "proofpoint-dnsbl.eml": (True, "cfo@bank.example", "blocked", "sender", False, True, "5.7.0"),
    "mimecast-spoofing.eml": (True, "ceo@corp.example", "policyviolation", "recipient", False, True, "5.0.0"),
    "zoho-user-missing.eml": (True, "ghost@zoho.com", "userunknown", "recipient", True, True, "5.1.1"),
    "gmx-mailbox-disabled.eml": (True, "hans@gmx.de", "suspend", "recipient", False, True, "5.2.1"),
    # Mail servers that are not in the corpus at all, read by the generic layers: Haraka's plain
    # bounce (prose), maddy's and Stalwart's RFC 3464 reports, and a security gateway that wraps
    # the DSN it received in a notice of its own (the inner report is the bounce).
    "haraka-userunknown.eml": (True, "lead@prospect.example", "userunknown", "recipient", True, True, "5.1.1"),
    "maddy-mailboxfull.eml": (True, "buyer@shop.example", "mailboxfull", "recipient", False, True, "5.2.2"),
    "stalwart-blocked.eml": (True, "cto@corp.example", "blocked", "sender", False, True, "5.7.1"),
    "gateway-wrapped-dsn.eml": (True, "former.employee@partner.example", "userunknown", "recipient", True, True,
                                "5.1.1"),
}


@pytest.mark.parametrize(("name", "message_id"), [
    ("haraka-userunknown.eml", "hand-made-haraka-0001@example.com"),
    ("maddy-mailboxfull.eml", "hand-made-maddy-0001@example.com"),
    ("stalwart-blocked.eml", "hand-made-stalwart-0001@example.com"),
    ("gateway-wrapped-dsn.eml", "hand-made-gateway-0001@example.com"),
])
def test_servers_not_in_the_corpus_keep_the_original_message_id(name, message_id):
    assert classify((FIXTURES / name).read_bytes()).original.message_id == message_id


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture(name):
    is_bounce, address, reason, scope, hard, permanent, status = CASES[name]
    result = classify((FIXTURES / name).read_bytes())
    assert result.is_bounce is is_bounce
    d = result.deliveries[0]
    assert (d.address, d.reason, d.scope, d.hard_bounce, d.permanent, d.status) == (
        address, Reason(reason), Scope(scope), hard, permanent, status)


def test_sending_limit_keeps_the_original_message_id():
    result = classify((FIXTURES / "gmail-sending-limit.eml").read_bytes())
    assert result.original.message_id == "CAsent0001@mail.gmail.com"
    assert result.original.subject == "Quick question"


def test_reply_quoting_a_bounce_is_not_a_bounce():
    result = classify((FIXTURES / "reply-quoting-bounce.eml").read_bytes())
    assert not result.is_bounce
    assert result.deliveries == ()


@pytest.mark.parametrize("raw", [b"", b"\x00\xff\xfe", b"hello world", b"Subject: x\n\nbody",
                                 b"Content-Type: multipart/report; boundary=x\n\n--x\n"])
def test_junk_is_a_result_not_an_exception(raw):
    result = classify(raw)
    assert not result.is_bounce


def test_big_attachment_costs_little():
    head = (FIXTURES / "dmarc-reject.eml").read_bytes().replace(b"--b2--\n", b"")
    raw = head + b"--b2\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + \
        b"QUFB" * (30_000_000 // 4) + b"\n--b2--\n"
    result = classify(raw)
    assert result.is_bounce and result.deliveries[0].reason is Reason.AUTHFAILURE


@pytest.mark.parametrize("diagnostic, reason", [
    # Broad words alone must not decide: a blocklist named "spamhaus" is a block, not spam content;
    # "not listed in the directory" is an unknown user, not a blocklist.
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", "blocked"),
    ("550 5.1.1 Recipient is not listed in the public name and address book", "userunknown"),
    ("550 5.7.1 Message rejected as spam by content filter", "spamdetected"),
])
def test_wording_is_not_over_broad(diagnostic, reason):
    from classifier import reasons

    got = reasons.reason_for(status=diagnostic.split()[1], reply_code="550" if diagnostic[:3] == "550" else "554",
                             diagnostic=diagnostic, action="failed", command="RCPT")
    assert got is Reason(reason)
