"""Layouts and sources of the sixty-seventh review (tests/classifier/review_notices67.py): the
refusal an admin writes for a departed employee's or a retired address, in each product that lets
an admin phrase it, and the notice our side then gets. All notices HAND-MADE in the cited layouts.

Where each product lets an admin write the words, and the code it then carries:
- Exim: a redirect router's `:fail: <text>` (spec, "The redirect router", special items; its own
  example `X.Employee: :fail: Gone away, no forwarding address`): 550 at RCPT (Postfix then writes
  Status 5.0.0), or the text alone in Exim's own notice after it accepted the message (Status
  5.0.0); a text that starts "550 5.1.6 " gives its own codes. `:defer: <text>` is 451 (temporary).
- Postfix: access(5) `REJECT <text>` / `5NN <text>` at RCPT ("554 5.7.1 <a>: Recipient address
  rejected: <text>", x.7.1 as Postfix writes access-map refusals); `4NN <text>` defers; error(8) as
  a transport(5) / virtual entry `error:5.1.1 <text>` (our own relay's notice; 5.0.0 without a code).
- Sendmail: virtusertable `error:5.1.1:550 <text>` (cf/README, "virtusertable"), quoted at RCPT.
- Exchange / Microsoft 365: mail flow rule "Reject the message with the explanation"
  (RejectMessageReasonText; RejectMessageEnhancedStatusCode 5.7.1 by default, or 5.7.10-5.7.999:
  Exchange 2010 help "Understanding the RejectMessage transport rule action"); the tenant's NDR.
- Google Workspace: a compliance/routing rule "Reject message" with a custom rejection notice (Admin
  Help 1346936, 7282433: the custom message is what the sender sees); as Gmail quotes a remote's 550 5.7.1.
- qmail: a .qmail line `|bouncesaying '<text>'` (bouncesaying(1): its example 'This address no
  longer accepts mail.'); qmail-send's QSBMF notice (cr.yp.to/proto/qsbmf.txt), no codes."""

from __future__ import annotations

from tests.classifier.notices import LEAD

PF = "Postfix bounce(8) layout (src/bounce/bounce_notify_util.c; tests/classifier/notices.relayed)"
GMAIL = "Gmail's own DSN (shared/api/gmail.md section 9), the body quoting the reply"
EXIM_FAIL = ("Exim spec 'The redirect router' (:fail: <text>, 550 at RCPT; its example 'X.Employee: :fail: Gone away, "
             "no forwarding address'; a leading '550 5.1.6 ' is used as the codes)")
EXIM_DEFER = "Exim spec 'The redirect router' (:defer: <text>, 451: temporary)"
PF_ACCESS = "Postfix access(5) (REJECT <text> / 5NN <text> at RCPT: 'Recipient address rejected: <text>', x.7.1)"
PF_ACCESS_4 = "Postfix access(5) (4NN <text>: a deferral)"
PF_ERROR = "Postfix error(8) via transport(5)/virtual 'error:5.1.1 <text>' (our own relay's notice, no Remote-MTA)"
SM_VIRT = "Sendmail cf/README 'virtusertable' (error:5.1.1:550 <text>, quoted at RCPT by our relay)"
EXO_RULE = ("Exchange mail flow rule 'Reject the message with the explanation' (RejectMessageReasonText; "
            "RejectMessageEnhancedStatusCode default 5.7.1, or 5.7.10-5.7.999: Exchange 2010 help 'RejectMessage "
            "transport rule action'); the tenant's NDR in tests/classifier/notices.exchange_own's layout")
GWS_RULE = ("Google Workspace Admin Help 1346936 / 7282433 (a rule's 'Reject message' with a custom rejection notice, "
            "which is what the sender sees; 550 5.7.1 as Gmail's other policy refusals: weak)")
QMAIL = "qmail bouncesaying(1) ('|bouncesaying <text>' in .qmail); qmail-send QSBMF notice (cr.yp.to/proto/qsbmf.txt)"


def hard(*reasons: str) -> list[tuple]:
    """Gone for good (taxonomy section 4): a departed person's address or a retired one."""
    return [(LEAD, True, reasons or ("hasmoved", "userunknown"), "recipient", False)]


def soft(*reasons: str, delay: bool = False) -> list[tuple]:
    return [(LEAD, False, reasons, "", delay)]


def exim_own(rid: str, text: str, *, address: str = LEAD) -> bytes:
    """Exim's own notice after it accepted the message and a redirect router failed the address
    (`:fail: <text>`): the address, the text indented under it, a DSN part with Status 5.0.0 and no
    Diagnostic-Code (as fixtures/real/exim-redirect-fail-text-after-accept.eml shows Exim 4.96 writes it)."""
    body = "\n    ".join(text.splitlines())
    return (
        "Return-Path: <>\nX-Failed-Recipients: " + address + "\nAuto-Submitted: auto-replied\n"
        "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nTo: seller@example.com\n"
        "References: <r67-orig@example.com>\nContent-Type: multipart/report; report-type=delivery-status; "
        "boundary=1796425349-eximdsn-67\nMIME-Version: 1.0\n"
        "Subject: Mail delivery failed: returning message to sender\n"
        f"Message-Id: <E1r67-{rid}@mx.example.org>\nDate: Fri, 04 Dec 2026 23:02:29 +0000\n"
        "X-Hand-Made: yes (Exim 4.96 notice layout)\n\n"
        "--1796425349-eximdsn-67\nContent-type: text/plain; charset=utf-8\n\n"
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\n"
        "recipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {address}\n    {body}\n\n"
        "--1796425349-eximdsn-67\nContent-type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.org\n\n"
        f"Action: failed\nFinal-Recipient: rfc822;{address}\nStatus: 5.0.0\n\n"
        "--1796425349-eximdsn-67\nContent-type: text/rfc822-headers\n\n"
        f"From: Seller <seller@example.com>\nTo: {address}\nSubject: Follow-up\n"
        "Message-ID: <r67-orig@example.com>\n\n--1796425349-eximdsn-67--\n"
    ).encode()


def qmail_own(text: str, *, address: str = LEAD) -> bytes:
    """qmail-send's notice (QSBMF) of a `bouncesaying` line: the address, the program's text, no codes."""
    return (
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.org\nTo: seller@example.com\n"
        "Subject: failure notice\nDate: 4 Dec 2026 23:02:40 -0000\nMessage-ID: <r67-qmail@mx.example.org>\n"
        "X-Hand-Made: yes (qmail-send QSBMF layout)\n\n"
        "Hi. This is the qmail-send program at mx.example.org.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{address}>:\n{text}\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "Return-Path: <seller@example.com>\nFrom: Seller <seller@example.com>\n"
        f"To: {address}\nSubject: Follow-up\nMessage-ID: <r67-orig-q@example.com>\n\nHello\n"
    ).encode()


def oof(subject: str, body: str, extra: str) -> bytes:
    """An auto-reply from the departed person's mailbox (not a bounce; review 34's layouts)."""
    return (f"From: Lena Lead <{LEAD}>\nTo: seller@example.com\nSubject: {subject}\n"
            "Date: Fri, 04 Dec 2026 10:15:02 +0100\nMessage-ID: <r67-oof@example.org>\n"
            f"In-Reply-To: <r67-orig@example.com>\nReferences: <r67-orig@example.com>\n{extra}"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{body}\n").encode()
