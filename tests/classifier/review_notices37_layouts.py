"""Notice layouts for the thirty-seventh review (review_notices37*.py: the fallback for wordings no
table knows). Each builder takes one remote reply line (the reply code, the enhanced status, a
sentence that names no cause) and lays it out as its generator writes it; the RFC 3464 report is
notices.relayed (Postfix's bounce(8) with its DSN part), Exim's and qmail's notices are review 14's
builders (after Exim src/deliver.c and notqmail qmail-send.c / qmail-remote.c). New here: a Postfix
relay's plain report (the text part and the returned message, no delivery-status part: Postfix
before 2.3 and relays that strip the report part). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import relayed
import re

from tests.classifier import review_notices17 as r17
from tests.classifier.review_notices14_layouts import exim, line_wrap, qmail
from tests.classifier.review_notices26_layouts import mixed

LEAD = "lead@example.org"
HOST = "mx.example.org [192.0.2.25]"

POSTFIX_DSN = ("Postfix bounce(8) RFC 3464 report (src/bounce/bounce_notify_util.c: 'host %s said: %s', "
               "Final-Recipient, Action, Status, Remote-MTA, Diagnostic-Code), as tests/classifier/notices.relayed")
POSTFIX_PLAIN = ("Postfix bounce(8) notice text (bounce_templates.c def_bounce_fail_body; smtp_proto.c 'host %s said: "
                 "%s (in reply to %s command)') with the returned message and no delivery-status part (weak: the "
                 "part list of Postfix before 2.3 as relays still pass it on, written by hand)")
EXIM_PLAIN = ("Exim src/src/deliver.c bounce without a DSN part ('This message was created automatically by mail "
              "delivery software.', 'This is a permanent error.'; transports/smtp.c 'SMTP error from remote mail "
              "server after RCPT TO:<%s>: %s'), as review_notices14_layouts.exim")
EXIM_DSN = ("Exim src/src/deliver.c bounce WITH its DSN part, whose Status is always 5.0.0 (print_dsn_addr_action) "
            "and whose Diagnostic-Code carries the remote reply, as review_notices14_layouts.exim")
QMAIL = ("notqmail qmail-send.c bounce ('This is a permanent error; I've given up.'), qmail-remote.c ('%s does not "
         "like recipient.' / 'Remote host said: %s'; a temporary failure given up after queuelifetime adds "
         "qmail-send's 'I'm not going to try again; this message has been in the queue too long.'), as "
         "review_notices14_layouts.qmail")


def slug(name: str) -> str:
    """A row name as the builders' Message-ID parts spell it (no blanks)."""
    return re.sub(r"[^A-Za-z0-9.-]+", "-", name)


def dsn(name: str, reply: str, status: str, action: str, address: str = LEAD) -> bytes:
    """An RFC 3464 report: Status and Action as given, the reply as Diagnostic-Code; no SMTP stage named."""
    return relayed(reply, status=status, command=None, action=action, address=address)


def postfix_plain(name: str, reply: str, address: str = LEAD) -> bytes:
    """Postfix's notice text about a refusal at RCPT, the returned message after it, no DSN part."""
    body = ("This is the mail system at host mail.example.com.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "                   The mail system\n\n"
            + "\n".join(line_wrap(f"<{address}>: host mx.example.org[192.0.2.25] said: {reply} (in reply to RCPT TO "
                                  "command)")) + "\n")
    return mixed(slug(name), address, body, sender="MAILER-DAEMON@mail.example.com",
                 subject="Undelivered Mail Returned to Sender", description="Notification")


def exim_plain(name: str, reply: str, address: str = LEAD) -> bytes:
    err = f"SMTP error from remote mail server after RCPT TO:<{address}>: {reply}"
    return exim(slug(name), [(address, HOST, err)], to=address, dsn=None)


def exim_dsn(name: str, reply: str, address: str = LEAD) -> bytes:
    err = f"SMTP error from remote mail server after RCPT TO:<{address}>: {reply}"
    return exim(slug(name), [(address, HOST, err)], to=address, dsn=[(address, reply)])


def qmail_notice(name: str, reply: str, address: str = LEAD) -> bytes:
    """qmail-remote's report of the reply; a 4xx one is a temporary failure qmail-send gave up on."""
    tail = ("\nI'm not going to try again; this message has been in the queue too long." if reply[:1] == "4"
            else "\nGiving up on 192.0.2.25.")
    report = f"192.0.2.25 does not like recipient.\nRemote host said: {reply}{tail}"
    return qmail(slug(name), [(address, report)], to=address)


POSTFIX_DELAY = ("Postfix bounce(8) delay notice (bounce_templates.c def_bounce_delay_body: 'THIS IS A WARNING ONLY.  "
                 "YOU DO NOT NEED TO RESEND YOUR MESSAGE.'; DSN Action: delayed), as review_notices17.postfix")
EXIM_WARNING = ("Exim src/deliver.c delay warning as plain text, no DSN part (an older Exim: 'has not yet been "
                "delivered ... after more than 24 hours', 'Delay reason: SMTP error from remote mail server after "
                "RCPT TO:<%s>:'), as review_notices17.exim_warning")
DELAY_LEAD = r17.LEAD  # the address review 17's delay layouts write


def postfix_delay(name: str, reply: str, status: str) -> bytes:
    human = "\n".join(line_wrap(f"<{DELAY_LEAD}>: host mx.example.org[192.0.2.25] said: {reply} (in reply to RCPT TO "
                                "command)"))
    return r17.postfix(slug(name), DELAY_LEAD, human, delayed=True, status=status, diagnostic=f"smtp; {reply}",
                       remote="mx.example.org")


def exim_warning(name: str, reply: str, status: str) -> bytes:
    block = (f"  {DELAY_LEAD}\n    host mx.example.org [192.0.2.25]\n    Delay reason: SMTP error from remote mail "
             f"server after RCPT TO:<{DELAY_LEAD}>:\n    {reply}\n")
    return r17.exim_warning(slug(name), "The address to which the message has not yet been delivered is:\n\n"
                            + block, "", report=False)


DELAYS = (("postfix-delay", postfix_delay, POSTFIX_DELAY), ("exim-warning", exim_warning, EXIM_WARNING))


# The layouts of a final notice (no Action field outside the RFC 3464 report: each says it gave up).
PLAIN = (("postfix-plain", postfix_plain, POSTFIX_PLAIN), ("exim-plain", exim_plain, EXIM_PLAIN),
         ("qmail", qmail_notice, QMAIL))
