"""`reasons.reason_for` on the mail servers' own reply texts (issue 13). Every sentence here is
HAND-MADE after the wording of the server or document named beside it (its source code or its
documentation, never another project's bounce samples); addresses are example.* ones."""

from __future__ import annotations

import pytest

from classifier import severity
from classifier.reasons import reason_for
from classifier.records import Reason as R

# (reply text, status, SMTP command, reason, source of the wording)
SERVER_WORDINGS = [
    # Postfix smtpd_check.c: sender restrictions answer RCPT TO under the default
    # smtpd_delay_reject=yes, so "Sender address rejected" reaches us after RCPT: the sender's fault.
    ("550 5.1.0 <s@example.com>: Sender address rejected: User unknown in local recipient table", "5.1.0", "RCPT",
     R.REJECTED, "Postfix reject_unlisted_sender"),
    ("450 4.1.8 <s@example.com>: Sender address rejected: Domain not found", "4.1.8", "RCPT",
     R.REJECTED, "Postfix reject_unknown_sender_domain"),
    ("550 5.1.0 <s@example.com>: Sender address rejected: Domain not found", "5.1.0", "RCPT",
     R.REJECTED, "Postfix reject_unknown_sender_domain, unknown_address_reject_code=550"),
    ("550 5.7.1 <s@example.com>: Sender address rejected: blocked using dbl.example.org", "5.7.1", "RCPT",
     R.BLOCKED, "Postfix reject_rhsbl_sender"),
    ("550 5.1.2 <a@nowhere.example>: Recipient address rejected: Domain not found", "5.1.2", "RCPT",
     R.HOSTUNKNOWN, "Postfix reject_unknown_recipient_domain"),
    ("5.2.2 cannot update mailbox /var/mail/a for user a. error writing message: File too large", None, None,
     R.MAILBOXFULL, "Postfix local(8) past mailbox_size_limit"),
    # Sendmail: check_mail ruleset and the access database's REJECT for a recipient (cf/m4/proto.m4).
    ("553 5.1.8 <s@nowhere.example>... Domain of sender address s@nowhere.example does not exist", "5.1.8", "RCPT",
     R.REJECTED, "Sendmail check_mail"),
    ("550 5.2.1 <a@example.org>... Mailbox disabled for this recipient", "5.2.1", "RCPT",
     R.SUSPEND, "Sendmail proto.m4 access REJECT"),
    # Exim routers/dnslookup.c and transports/smtp.c: the domain's MX hosts do not exist.
    ("all relevant MX records point to non-existent hosts", None, None, R.HOSTUNKNOWN, "Exim dnslookup router"),
    ("all host address lookups failed permanently", None, None, R.HOSTUNKNOWN, "Exim smtp transport"),
    # Dovecot lib-storage mail-error.h, the reasons its LDA and LMTP give for a full mailbox.
    ("Not enough disk space", None, None, R.MAILBOXFULL, "Dovecot MAIL_ERRSTR_NO_SPACE"),
    ("Not enough disk quota", None, None, R.MAILBOXFULL, "Dovecot MAIL_ERRSTR_NO_QUOTA"),
    # CommuniGate Pro: its LOCAL delivery module answers for its own accounts.
    ("Failed to deliver to '<a@example.org>' LOCAL module(account a) reports: unknown user account", None, None,
     R.USERUNKNOWN, "CommuniGate Pro LOCAL module"),
    ("Failed to deliver to '<a@example.org>' LOCAL module(account a) reports: account is full (quota exceeded)",
     None, None, R.MAILBOXFULL, "CommuniGate Pro LOCAL module"),
    # Disabled, closed and expired mailboxes (taxonomy: suspend), not a filter or a block.
    ("550 5.2.1 This account has been closed", "5.2.1", "RCPT", R.SUSPEND, "closed account"),
    ("550 5.2.1 Mailbox has expired", "5.2.1", "RCPT", R.SUSPEND, "expired mailbox"),
    ("550 5.2.1 Mailbox a@example.org is inactive", "5.2.1", "RCPT", R.SUSPEND, "inactive mailbox"),
    ("550 5.2.1 Mailbox deactivated due to inactivity", "5.2.1", "RCPT", R.SUSPEND, "deactivated mailbox"),
    ("552 5.2.2 Account a@example.org is full", "5.2.2", "RCPT", R.MAILBOXFULL, "full account"),
    ("Unable to deliver message - recipient's mail file exceeds quota", None, None, R.MAILBOXFULL,
     "HCL Domino mail file quota"),
    # Spamhaus DBL, SURBL and URIBL list the domains of a message's links: its content, not the
    # sending host (a host list named at RCPT stays a block of the sender).
    ("554 5.7.1 Message rejected because it contains a URL listed in dbl.spamhaus.org", "5.7.1", "DATA",
     R.SPAMDETECTED, "Spamhaus DBL (URI blocklist)"),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org", "5.7.1", "RCPT",
     R.BLOCKED, "Postfix reject_rbl_client"),
    # Exchange Online NDR codes (Microsoft Learn, "Email non-delivery reports in Exchange Online").
    ("550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
     "5.1.90", None, R.SPEEDING, "Exchange Online 5.1.90"),
    ("550 5.7.511 Access denied, banned sender[192.0.2.9]", "5.7.511", "RCPT", R.BLOCKED, "Exchange Online 5.7.511"),
    ("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", "5.7.708", "RCPT",
     R.BLOCKED, "Exchange Online 5.7.708"),
    # Exchange's recipient resolver (its categorizer's directory lookup) under a relay's vague status and no stage:
    # no filter speaks there (as a local delivery program's "unknown user"; session 33).
    ("550 5.0.0 RESOLVER.ADR.RecipNotFound; not found", "5.0.0", None, R.USERUNKNOWN, "Exchange resolver, 5.0.0"),
    ("550 5.0.0 RESOLVER.ADR.ExRecipNotFound; not found", None, None, R.USERUNKNOWN, "Exchange resolver, no status"),
    # "Too many recipients" (RFC 5321 4.5.3.1.8's recipients buffer; Postfix, Sendmail and Exchange say it under 4.5.3
    # or 5.5.3) under a misused mailbox status: our message's count was refused, the address not (a false hard).
    ("550 5.1.0 Too many recipients", "5.1.0", None, R.TOOMANYCONN, "too many recipients under 5.1.0"),
    ("550 5.1.1 Too many recipients in this message", "5.1.1", "RCPT", R.TOOMANYCONN, "too many recipients under 5.1.1"),
    ("550 5.1.1 User unknown; too many recipients", "5.1.1", "RCPT", R.USERUNKNOWN, "a missing user beside the count"),
    # ...and a reverse-DNS requirement under the same misused status: our host refused. (Not the security words: their
    # table holds "verification failed", Exim's callout of the RECIPIENT under 5.1.1, review 156.)
    ("550 5.1.1 Reverse DNS lookup failed for your IP", "5.1.1", "RCPT", R.REQUIREPTR, "PTR check, 5.1.1"),
    ("550 5.1.1 Recipient address rejected: not authorized", "5.1.1", "RCPT", R.USERUNKNOWN, "a refused recipient"),
    # Sendmail queue.c: the queue lifetime ran out.
    ("Cannot send message for 5 days", "4.4.7", None, R.EXPIRED, "Sendmail queue timeout"),
    # Mail systems of Chinese providers (Coremail's bounce-hint list).
    ("550 unavailable mail user", "5.0.0", "RCPT", R.USERUNKNOWN, "Coremail"),
    ("550 user disabled", "5.0.0", "RCPT", R.SUSPEND, "Coremail"),
]


@pytest.mark.parametrize(("text", "status", "command", "reason", "source"), SERVER_WORDINGS,
                         ids=[w[4] + ": " + w[0][:40] for w in SERVER_WORDINGS])
def test_server_wording(text, status, command, reason, source):
    got = reason_for(status=status, reply_code=text[:3] if text[:1] in "45" else None, diagnostic=text,
                     action="failed", command=command)
    assert got is reason, source


def test_a_refused_sender_is_never_a_hard_bounce():
    """A false hard costs a real prospect: whatever a sender check says about the *sender*
    not existing, the recipient's address is fine."""
    for text, status in [("550 5.1.0 <s@example.com>: Sender address rejected: User unknown in local recipient table",
                          "5.1.0"),
                         ("553 5.1.8 <s@example.com>... Domain of sender address s@example.com does not exist",
                          "5.1.8")]:
        reason = reason_for(status=status, reply_code=text[:3], diagnostic=text, action="failed", command="RCPT")
        assert not severity.is_hard_bounce(reason, status, text[:3], text)


def test_a_recipient_refusal_ahead_of_a_sender_mention_stays_the_recipients():
    text = "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown; sender address rejected later"
    assert reason_for(status="5.1.1", reply_code="550", diagnostic=text, action="failed",
                      command="RCPT") is R.USERUNKNOWN


# Refusals that name something missing other than the recipient: the sender, its domain, its
# host's DNS, a record, a signature. None of them says the recipient's address is bad.
NOT_THE_RECIPIENT = [
    "550 5.7.1 Helo command rejected: Host not found",  # Postfix reject_unknown_helo_hostname
    "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.9]",  # Postfix
    "553 5.1.3 Invalid address format in MAIL FROM",
    "550 Your PTR record does not exist",
    "550 5.7.1 DNS records for your domain could not be found",
    "550 5.7.1 The sender's domain does not exist",
    "550 5.7.1 Invalid sender: address does not exist",
    "550 5.7.1 Envelope sender unknown",
    "550 5.7.1 Absender unbekannt",
    "550 5.7.1 Remitente desconocido",
    "550 5.7.1 Отправитель не существует",
    "550 5.7.1 发件人不存在",
    "550 5.7.1 送信者のアドレスが存在しません",
    "550 5.7.1 Message rejected: your IP address not found in our allow list",
]


@pytest.mark.parametrize("text", NOT_THE_RECIPIENT)
@pytest.mark.parametrize("command", ["RCPT", None])
def test_other_things_missing_are_never_a_hard_bounce(text, command):
    status = text[4:9] if text[4:5] == "5" else None
    reason = reason_for(status=status, reply_code=text[:3], diagnostic=text, action="failed", command=command)
    assert not severity.is_hard_bounce(reason, status, text[:3], text), reason
