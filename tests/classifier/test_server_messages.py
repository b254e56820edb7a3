"""Issue 13: whole delivery reports built on the servers' reply texts (see test_server_wordings.py),
where the layout gives the stage or the receiving provider, and refusals that mention a user but
are no bad address. Every message and sentence is HAND-MADE after the server source or document
named beside it (its `X-Hand-Made` header names the layout), never another project's samples."""

from __future__ import annotations

import pytest

from classifier import classify, severity
from classifier.reasons import reason_for
from classifier.records import Reason as R
from tests.classifier.replies import postfix_report

UU, HU = R.USERUNKNOWN, R.HOSTUNKNOWN


# Whole messages, where the layout gives the stage or the receiving provider: a Postfix DSN
# ("in reply to RCPT TO command"), an Exim notice, and DSNs without any stage.
MESSAGES = [
    ("Exchange Online 5.4.1 (Microsoft NDR reference)", "lead@contoso.example", "5.4.1",
     "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM3NAM06FT001.eop-nam06.prod.protection."
     "outlook.com] (in reply to RCPT TO command)", "mail.protection.outlook.com", UU),
    ("Orange OFR_416 in a Postfix DSN", "lead@orange.example", "5.7.1",
     "550 5.7.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416] "
     "(in reply to RCPT TO command)", "smtp-in.orange.example", UU),
    ("Yandex 5.7.1 No such user! in a Postfix DSN", "ivan@yandex.example", "5.7.1",
     "550 5.7.1 No such user! (in reply to RCPT TO command)", "mx.yandex.example", UU),
    ("Exchange localised (de) NDR text under 5.0.0", "max@firma.example", "5.0.0",
     "550 Die eingegebene E-Mail-Adresse wurde nicht gefunden.", "mx.firma.example", UU),
    ("Gmail disabled account", "old@gmail.example", "5.2.1",
     "550-5.2.1 The email account that you tried to reach is disabled. - gsmtp (in reply to RCPT TO command)",
     "gmail-smtp-in.l.google.com", R.SUSPEND),
    ("Postfix relay refusal", "buyer@partner.example", "5.7.1",
     "554 5.7.1 <buyer@partner.example>: Relay access denied (in reply to RCPT TO command)", "mx.partner.example",
     R.NORELAYING),
    ("Spamhaus refusal at RCPT", "cto@corp.example", "5.7.1",
     "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org "
     "(in reply to RCPT TO command)", "mx.corp.example", R.BLOCKED),
    ("Size refusal at MAIL FROM", "buyer@partner.example", "5.3.4",
     "552 5.3.4 Message size exceeds fixed limit (in reply to MAIL FROM command)", "mx.partner.example",
     R.MESGTOOBIG),
]


@pytest.mark.parametrize(("source", "address", "status", "diagnostic", "remote", "reason"), MESSAGES,
                         ids=[m[0] for m in MESSAGES])
def test_whole_message(source, address, status, diagnostic, remote, reason):
    result = classify(postfix_report(diagnostic, status=status, action="failed", address=address, remote=remote))
    assert result.is_bounce
    d = result.deliveries[0]
    assert (d.address, d.reason) == (address, reason), source
    assert d.hard_bounce is (reason in (UU, HU))


# Refusals that mention a user, a recipient or something unknown but say nothing bad about the
# recipient's address: never hard, at any stage, with or without their status (a false hard
# costs a real prospect). (reply text, source of the wording)
NOT_HARD = [
    ("553 5.7.1 <s@example.com>: Sender address rejected: not owned by user u@example.com",
     "Postfix reject_sender_login_mismatch"),
    ("554 5.7.1 The user does not accept mail from this sender", "recipient-side sender block"),
    ("550 5.7.1 Command rejected: user does not accept mail from this sender", "recipient-side sender block"),
    ("550 5.7.1 The recipient does not accept mail from unknown senders", "Exchange sender restrictions"),
    ("421 4.7.0 [TSS04] Messages from 192.0.2.9 temporarily deferred due to unexpected volume or user complaints",
     "Yahoo TSS04"),
    ("550 5.7.1 [192.0.2.9] The user or domain that you are sending to (or from) has a policy that prohibited "
     "the mail that you sent.", "Gmail 5.7.1 policy"),
    ("450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages "
     "from being delivered.", "Gmail 4.2.1"),
    ("550 5.7.0 Requested action not taken: Local user only", "Coremail bounce hints"),
    ("550 User in blacklist", "Coremail bounce hints"),
    ("554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied", "Postfix check_client_access"),
    ("550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]", "Postfix reject_unknown_client"),
    ("550 5.7.1 Unknown IP address, not accepting mail for this user", "host allow-list refusal"),
    ("550 5.7.606 Access denied, banned sending IP [192.0.2.9]. To request removal from this list please visit "
     "https://sender.office.com/ and follow the directions.", "Exchange Online 5.7.606"),
    ("550 5.1.0 Sender rejected: address does not exist", "sender verification"),
    ("550 5.7.1 Recipient address rejected: Message rejected; the sender's domain does not exist",
     "sender domain check answering RCPT"),
    ("550 Die Adresse des Absenders existiert nicht", "sender verification (de)"),
    ("550 L'adresse de l'expéditeur n'existe pas", "sender verification (fr)"),
    ("550 No se encontró la dirección del remitente", "sender verification (es)"),
    ("550 Не удалось найти адрес отправителя", "sender verification (ru)"),
    ("451 4.1.1 Recipient address temporarily unknown, try again later", "temporary directory failure"),
    ("450 4.1.1 <a@example.org>: Recipient address rejected: unverified address: Address verification in progress",
     "Postfix reject_unverified_recipient, probe pending"),
]


@pytest.mark.parametrize(("text", "source"), NOT_HARD, ids=[n[1] for n in NOT_HARD])
@pytest.mark.parametrize("command", ["RCPT", "DATA", None])
@pytest.mark.parametrize("with_status", [True, False])
def test_a_mention_of_a_user_is_no_bad_address(text, source, command, with_status):
    status = text[4:9] if with_status and text[5:6] == "." else None
    action = "failed" if text[0] == "5" else "delayed"
    reason = reason_for(status=status, reply_code=text[:3], diagnostic=text, action=action, command=command)
    assert not severity.is_hard_bounce(reason, status, text[:3], text), (reason, source)


def _local_dsn(reporting: str, recipient: str, diagnostic: str) -> bytes:
    """A DSN whose failure no remote server reported: the reporting MTA's own delivery."""
    return (
        f"From: MAILER-DAEMON@{reporting}\nTo: sales@corp.example\nSubject: Undelivered Mail Returned to Sender\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=b1\n\n"
        f"--b1\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        f"--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {reporting}\n\n"
        f"Final-Recipient: rfc822; {recipient}\nAction: failed\nStatus: 5.0.0\n"
        f"Diagnostic-Code: X-Local; {diagnostic}\n\n--b1--\n"
    ).encode()


@pytest.mark.parametrize("diagnostic", ["user unknown", "Unrouteable address"])
def test_a_failure_reported_from_inside_the_recipients_domain_is_its_own_directory(diagnostic):
    """No filter between: the recipient's own server found no such mailbox (its domain exists),
    so neither `filtered` (a remote reply at an unnamed stage) nor `hostunknown` (Exim's words
    for an unknown domain too); from outside, the reading stays what it was."""
    inside = classify(_local_dsn("mx.partner.example", "gone@partner.example", diagnostic)).deliveries[0]
    outside = classify(_local_dsn("mx.corp.example", "gone@partner.example", diagnostic)).deliveries[0]
    assert (inside.reason, inside.hard_bounce) == (R.USERUNKNOWN, True)
    assert outside.reason is not R.USERUNKNOWN


@pytest.mark.parametrize(("status", "text", "source"), [
    ("4.4.7", "Message expired, connection dropped. The last endpoint attempted was 192.0.2.9: "
              "421 4.4.2 Connection dropped due to SocketError", "Exchange Online 4.4.7 with the remote's 4.4.2"),
    ("4.4.1", "... Deferred: Connection refused by [192.0.2.9]", "Sendmail 8 connect() refused"),
])
def test_an_outage_is_no_sender_block(status, text, source):
    """A dead or flaky remote host is nobody's refusal: never `blocked` (a sender-side reason
    that raises a sender alert), whatever `connection dropped` means in a block's wording."""
    reason = reason_for(status=status, reply_code=None, diagnostic=text, action="failed", command=None)
    assert reason is not R.BLOCKED and severity.scope_of(reason, sender_notice=False).value == "recipient", source
