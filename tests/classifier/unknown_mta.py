"""Plain-text delivery-failure notices as MTAs we have no module for could write them
(tests/classifier/test_unknown_mta_notices.py): a combinatorial, seeded sample.

Every notice is HAND-MADE from four kinds of ingredient, each taken from a real MTA's own source
or documentation (named beside it), never from another project's sample bounces or a
classifier's rule table:

- `INTROS`: the sentences a notice opens with (qmail-send, Sendmail, Exim, Postfix, masqmail in
  English and French, OpenSMTPD, hMailServer / Exchange 5.5).
- `LAYOUTS`: how a notice lays out each failed recipient and its reason (qmail's `<addr>:`
  paragraph, OpenSMTPD's `addr: reason`, Exim's indented address and reason, Exim's and Postfix's
  remote-reply sentences, hMailServer's labelled lines, Sendmail's list and session transcript,
  masqmail's list of addresses with one shared reason, python-slimta's "- addr" list and the
  destination host's one reply).
- `REPLIES`: the remote or local reply, with the reason and hard/soft already established for it
  by the cited tables of tests/classifier/test_server_wordings.py (each row names its source
  there). A reply the table reads at a given SMTP stage is combined only with layouts that
  state that stage; a reply without an SMTP code only with layouts for a local delivery.
- `SUBJECTS`, `SENDERS`, `MARKERS`: the notice's headers and where it returns the original.

The MTA's own words are the ingredients; the combinations are ours: "the same ingredients in an
order some unknown MTA could use". Expected readings follow the reply's table row and
/work/shared/classifier/taxonomy.md §4 (hard: userunknown, hostunknown, hasmoved).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from classifier.records import Reason as R

SENDER = "rep@sales.example.com"
RECIPIENTS = ("lead@prospect.example", "buyer.two@partner.example")
HOST = "mail.example.net"

# (key, source, text) -- text ends where the recipients begin.
INTROS: tuple[tuple[str, str, str], ...] = (
    ("qmail", "qmail 1.03 qmail-send.c (bounce text)",
     "Hi. This is the qmail-send program at mail.example.net.\n"
     "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
     "This is a permanent error; I've given up. Sorry it didn't work out.\n"),
    ("sendmail", "Sendmail 8 savemail.c errbody()",
     "The original message was received at Thu, 3 Dec 2026 09:10:11 GMT\n"
     "from client.example.com [192.0.2.10]\n"),
    ("exim", "Exim 4 src/deliver.c (default bounce text)",
     "This message was created automatically by mail delivery software.\n\n"
     "A message that you sent could not be delivered to one or more of its\n"
     "recipients. This is a permanent error. The following address(es) failed:\n"),
    ("postfix", "Postfix bounce_template.c default failure template",
     "This is the mail system at host mail.example.net.\n\n"
     "I'm sorry to have to inform you that your message could not\n"
     "be delivered to one or more recipients. It's attached below.\n"),
    ("masqmail", "masqmail tpl/failmsg.tpl",
     "This message was sent to you by the mailer daemon (masqmail 0.3.6)\nat mail.example.net.\n\n"
     "Sorry, but your mail could not be delivered to all recipients.\n"
     "Delivery to the following recipients failed permanently and has been given\nup:\n"),
    ("masqmail-fr", "masqmail tpl/failmsg.tpl.fr (its French template, first paragraphs)",
     "Ce message vous a été envoyé par le serveur de messagerie\n(masqmail 0.3.6) sur mail.example.net.\n\n"
     "J'ai le regret de vous informer que votre courrier n'a pas pu être transmis à\n"
     "tous ses destinataires.\n"),
    ("opensmtpd", "OpenSMTPD smtpd/bounce.c notice_error",
     "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n"
     "An error has occurred while attempting to deliver a message for\n"
     "the following list of recipients:\n"),
    ("hmailserver", "hMailServer default SEND_FAILED_NOTIFICATION (hm_servermessages); Exchange 5.5 the same",
     "Your message did not reach some or all of the intended recipients.\n\n"
     "   Sent: Thu, 3 Dec 2026 10:11:12 +0100\n   Subject: Hello\n\n"
     "The following recipient(s) could not be reached:\n"),
)


@dataclass(frozen=True)
class Reply:
    key: str
    source: str  # the row of tests/classifier/test_server_wordings.py it is taken from
    text: str  # "a@example.org" stands for the recipient
    reason: R
    stage: str | None  # the SMTP command the table reads it at; None: whatever the stage

    @property
    def smtp(self) -> bool:
        return self.text[:3].isdigit()

    def names_address(self) -> bool:
        return "a@example.org" in self.text

    def said(self, address: str) -> str:
        return self.text.replace("a@example.org", address).replace("/var/mail/a)", "/var/mail/lead)")

    @property
    def hard(self) -> bool:
        return self.reason in (R.USERUNKNOWN, R.HOSTUNKNOWN, R.HASMOVED)


UU, MF = R.USERUNKNOWN, R.MAILBOXFULL
REPLIES: tuple[Reply, ...] = (
    Reply("pf-virtual", "postfix smtpd_check.c reject_unlisted_recipient, 5.7.1 via smtpd_reject_footer/access map",
          "550 5.7.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table", UU, None),
    Reply("sm-local", "sendmail mail.local: user unknown", "550 5.1.1 <a@example.org>... User unknown", UU, None),
    Reply("qmail-local", "qmail-local.c", "Sorry, no mailbox here by that name. (#5.1.1)", UU, None),
    Reply("ex-5110", "Exchange Online NDR 5.1.10",
          "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", UU, None),
    Reply("ex-full", "Exchange NDR 5.2.2 mailbox full",
          "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
          MF, None),
    Reply("exim-quota", "exim appendfile.c quota",
          "mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/a)", MF, None),
    Reply("gmail-disabled", "Gmail 550 5.2.1 disabled, unnamed stage",
          "550 5.2.1 The email account that you tried to reach is disabled. - gsmtp", R.SUSPEND, None),
    Reply("exim-mx", "exim dnslookup router", "all relevant MX records point to non-existent hosts", R.HOSTUNKNOWN,
          None),
    Reply("pf-domain", "postfix smtpd_check.c reject_unknown_recipient_domain",
          "550 5.1.2 <a@example.org>: Recipient address rejected: Domain not found", R.HOSTUNKNOWN, "RCPT"),
    Reply("sm-full", "sendmail mailbox full (mail.local EX_CANTCREAT/quota)",
          "552 5.2.2 <a@example.org>... Mailbox full", MF, "RCPT"),
    Reply("spamhaus", "postfix smtpd_check.c reject_rbl_client (Spamhaus)",
          "554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; "
          "https://www.spamhaus.org/query/ip/192.0.2.9", R.BLOCKED, "RCPT"),
    Reply("pf-relay", "postfix smtpd_check.c permit_mynetworks/reject_unauth_destination",
          "554 5.7.1 <a@example.org>: Relay access denied", R.NORELAYING, "RCPT"),
    Reply("ex-541", "Exchange NDR 5.4.1 directory-based edge blocking",
          "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM3NAM.prod.protection.outlook.com]",
          UU, "RCPT"),
    Reply("cpanel", "cPanel Exim ACL for unknown local parts", "550 No Such User Here", UU, "RCPT"),
    Reply("dovecot-quota", "dovecot quota plugin quota_exceeded_message default",
          "552 5.2.2 <a@example.org> Quota exceeded (mailbox for user is full)", MF, "RCPT"),
    Reply("zimbra-closed", "Zimbra account status closed (RFC 3463 x.2.1 text)",
          "550 5.2.1 Mailbox disabled, not accepting messages", R.SUSPEND, "RCPT"),
)


def _qmail(pairs: list[tuple[str, Reply]]) -> str:
    """qmail-send.c: "<addr>:" on its own line, the reason below, a blank line between."""
    return "".join(f"<{a}>:\n{r.said(a)}\n\n" for a, r in pairs)


def _opensmtpd(pairs: list[tuple[str, Reply]]) -> str:
    """OpenSMTPD smtpd/bounce.c: "%s: %s" (the recipient, its error line), a blank line after."""
    return "".join(f"{a}: {r.said(a)}\n\n" for a, r in pairs)


def _exim_local(pairs: list[tuple[str, Reply]]) -> str:
    """Exim src/deliver.c: the address indented two spaces, its reason four."""
    return "".join(f"  {a}\n    {r.said(a)}\n" for a, r in pairs)


def _exim_remote(pairs: list[tuple[str, Reply]]) -> str:
    """Exim src/deliver.c + transports/smtp.c: "SMTP error from remote mail server after RCPT TO:<addr>:"."""
    return "".join(f"  {a}\n    host mx.partner.example [192.0.2.7]\n"
                   f"    SMTP error from remote mail server after RCPT TO:<{a}>:\n    {r.said(a)}\n" for a, r in pairs)


def _postfix_said(pairs: list[tuple[str, Reply]]) -> str:
    """Postfix smtp_proto.c/bounce: "<addr>: host H[ip] said: reply (in reply to RCPT TO command)"."""
    return "".join(f"<{a}>: host mx.partner.example[192.0.2.7] said: {r.said(a)} (in reply to RCPT TO\n"
                   f"    command)\n\n" for a, r in pairs)


def _hmailserver(pairs: list[tuple[str, Reply]]) -> str:
    """hMailServer SMTPClientConnection.cpp: the address, then Error Type / sent / replied lines."""
    return "".join(f"{a}\n   Error Type: SMTP\n   Remote server (192.0.2.7) issued an error.\n"
                   f"   hMailServer sent: RCPT TO:<{a}>\n   Remote server replied: {r.said(a)}\n\n" for a, r in pairs)


def _verdict(address: str, reply: Reply) -> str:
    """Sendmail's verdict line for a remote reply: its code and status, "<addr>...", its words."""
    words = reply.said(address).split(" ", 1)[1]
    status = ""
    if words[:1].isdigit() and words[1:2] == ".":
        status, words = words.split(" ", 1)
        status += " "
    words = words.replace(f"<{address}>: ", "").replace(f"<{address}>... ", "").replace(f"<{address}> ", "")
    return f"{reply.text[:3]} {status}<{address}>... {words}"


def _sendmail(pairs: list[tuple[str, Reply]]) -> str:
    """Sendmail 8 savemail.c: the list of failed addresses, then the session transcript with
    ">>>" commands, "<<<" replies and the verdict line per recipient (deliver.c, usersmtp.c)."""
    head = "   ----- The following addresses had permanent fatal errors -----\n"
    head += "".join(f"<{a}>\n    (reason: {r.text[:3]} {_verdict(a, r).split('... ', 1)[1]})\n" for a, r in pairs)
    session = "\n   ----- Transcript of session follows -----\n... while talking to mx.partner.example.:\n"
    session += "".join(f">>> RCPT To:<{a}>\n<<< {r.said(a)}\n{_verdict(a, r)}\n" for a, r in pairs)
    return head + session + "\n"


def _masqmail(pairs: list[tuple[str, Reply]]) -> str:
    """masqmail tpl/failmsg.tpl: the failed addresses, then one shared error message."""
    listed = "".join(f"{a}\n" for a, _ in pairs)
    return (f"\n{listed}\nThis error message may give you a hint about what caused the\nfailure:\n\n"
            f"{pairs[0][1].said(pairs[0][0])}\n\n")


def _slimta(pairs: list[tuple[str, Reply]]) -> str:
    """python-slimta slimta/bounce.py default_header_template: "Delivery failed for:", the
    recipients as a "- " list, then "Destination host responded:" and the one reply."""
    listed = "\n- ".join(a for a, _ in pairs)
    return f"Delivery failed for:\n- {listed}\n\nDestination host responded:\n{pairs[0][1].said(pairs[0][0])}\n\n"


@dataclass(frozen=True)
class Layout:
    key: str
    write: object  # Callable[[list[tuple[str, Reply]]], str]
    stage: str | None  # the SMTP command the layout states
    local: bool  # a local delivery's layout: takes replies without an SMTP code
    shared: bool = False  # one reason for every listed recipient


LAYOUTS: tuple[Layout, ...] = (
    Layout("qmail-paragraph", _qmail, None, True),
    Layout("opensmtpd-colon", _opensmtpd, None, True),
    Layout("exim-indented", _exim_local, None, True),
    Layout("exim-remote", _exim_remote, "RCPT", False),
    Layout("postfix-said", _postfix_said, "RCPT", False),
    Layout("hmailserver-labelled", _hmailserver, "RCPT", False),
    Layout("sendmail-transcript", _sendmail, "RCPT", False),
    Layout("masqmail-shared", _masqmail, None, True, shared=True),
    Layout("slimta-bulleted", _slimta, None, False, shared=True),
)

# (source, From)
SENDERS = (
    ("qmail-send.c / OpenSMTPD bounce.c", f"MAILER-DAEMON@{HOST}"),
    ("Exim deliver.c", f"Mail Delivery System <Mailer-Daemon@{HOST}>"),
    ("Sendmail savemail.c", f"Mail Delivery Subsystem <MAILER-DAEMON@{HOST}>"),
    ("RFC 5321 4.5.1 (postmaster)", f"postmaster@{HOST}"),
)
# (source, Subject)
SUBJECTS = (
    ("qmail-send.c", "failure notice"),
    ("Exim deliver.c", "Mail delivery failed: returning message to sender"),
    ("Sendmail savemail.c", "Returned mail: see transcript for details"),
    ("Postfix bounce_template.c", "Undelivered Mail Returned to Sender"),
    ("masqmail tpl/failmsg.tpl", "Mail Delivery Failure Notice"),
    ("OpenSMTPD bounce.c", "Delivery status notification: error"),
    ("hMailServer MESSAGE_UNDELIVERABLE", "Message undeliverable"),
    ("Exchange (learn.microsoft.com NDR reference)", "Undeliverable: Hello"),
)
# (source, the line before the returned original); None: the original attached as message/rfc822,
# "": no original returned.
MARKERS = (
    ("qmail-send.c", "--- Below this line is a copy of the message."),
    ("Exim deliver.c", "------ This is a copy of the message, including all the headers. ------"),
    ("OpenSMTPD bounce.c", "Below is a copy of the original message:"),
    ("Sendmail savemail.c", "   ----- Original message follows -----"),
    ("masqmail tpl/failmsg.tpl", None),
    ("none", ""),
)


@dataclass(frozen=True)
class Case:
    id: str
    raw: bytes
    recipients: tuple[str, ...]
    reason: R
    hard: bool


def _compatible(layout: Layout, reply: Reply) -> bool:
    if not reply.smtp and not layout.local:
        return False  # a remote layout quotes an SMTP reply
    if reply.stage and layout.stage != reply.stage:
        return False  # the table reads this reply at a stage: only a layout naming it
    if layout.shared and reply.names_address():
        return False  # one shared reason naming one address is no reason for the other
    return True


def _original(recipients: tuple[str, ...]) -> str:
    return (f"Return-Path: <{SENDER}>\nFrom: Sales Rep <{SENDER}>\nTo: {', '.join(recipients)}\n"
            "Subject: Hello\nMessage-ID: <hand-made-unknown-mta@sales.example.com>\n"
            "Date: Thu, 3 Dec 2026 09:10:00 +0000\n\nHi there, a quick question about your plans.\n")


def build(intro: str, layout: Layout, reply: Reply, recipients: tuple[str, ...], *, sender: str, subject: str,
          marker: str | None, failed_header: bool, auto_submitted: bool = True) -> bytes:
    body = intro + "\n" + layout.write([(a, reply) for a in recipients])  # type: ignore[operator]
    head = (f"From: {sender}\nTo: {SENDER}\nSubject: {subject}\nDate: Thu, 3 Dec 2026 10:11:12 +0000\n"
            "Message-ID: <notice-1@mail.example.net>\n"
            + ("Auto-Submitted: auto-replied\n" if auto_submitted else "")  # RFC 3834; qmail-send writes none
            + "X-Hand-Made: yes (tests/classifier/unknown_mta.py: MTA sources cited there)\nMIME-Version: 1.0\n")
    if failed_header:
        head += f"X-Failed-Recipients: {', '.join(recipients)}\n"
    if marker is None:
        return (head + 'Content-Type: multipart/mixed; boundary="U0"\n\n--U0\n'
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
                f"{body}\n--U0\nContent-Type: message/rfc822\n\n{_original(recipients)}\n--U0--\n").encode()
    if marker:
        body += f"\n{marker}\n\n{_original(recipients)}"
    return (head + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + body).encode()


def cases(seed: int = 13) -> list[Case]:
    """Every intro x layout x compatible reply x (1, 2 recipients), each with seeded From,
    Subject, original (a marker and the copy, attached, or none), X-Failed-Recipients and
    Auto-Submitted choices."""
    rng = random.Random(seed)
    out = []
    for ikey, _, intro in INTROS:
        for layout in LAYOUTS:
            for reply in REPLIES:
                if not _compatible(layout, reply):
                    continue
                for n in (1, 2):
                    recipients = RECIPIENTS[:n]
                    sender = rng.choice(SENDERS)[1]
                    subject = rng.choice(SUBJECTS)[1]
                    mkey, marker = rng.choice(MARKERS)
                    failed = rng.random() < 0.3
                    auto = rng.random() < 0.5
                    raw = build(intro, layout, reply, recipients, sender=sender, subject=subject, marker=marker,
                                failed_header=failed, auto_submitted=auto)
                    cid = f"{ikey}-{layout.key}-{reply.key}-{n}{'-xfr' if failed else ''}"
                    out.append(Case(cid, raw, recipients, reply.reason, reply.hard))
    return out
