"""Notice layouts for the forty-second review (review_notices42*.py): the few whole-notice shapes
the earlier builders lack, each a thin wrapper over them. All HAND-MADE."""

from __future__ import annotations

from tests.classifier.replies import postfix_report
from tests.classifier.review_notices14_layouts import exim, qmail

SELLER = "seller@example.com"


def pf_verb(text: str, *, status: str | None, verb: str, address: str, remote: str = "mx.partner.example",
            action: str | None = None) -> bytes:
    """Our Postfix relay's report of a reply to a command replies.postfix_report does not name
    (src/smtp/smtp_proto.c: "host %s said: %s (in reply to %s command)", e.g. EHLO)."""
    raw = postfix_report(text, status=status, command=None, action=action, address=address, remote=remote)
    return raw.replace(f"said: {text}\n".encode(), f"said: {text} (in reply to {verb} command)\n".encode(), 1)


# qmail-remote.c's words before "Remote host said:" for each stage (its permanent-failure paths):
# the greeting, MAIL FROM, RCPT TO and the message after DATA.
_QMAIL_STAGE = {"CONN": "Connected to 192.0.2.25 but greeting failed.",
                "MAIL": "Connected to 192.0.2.25 but sender was rejected.",
                "RCPT": "192.0.2.25 does not like recipient.",
                "DATA": "192.0.2.25 failed after I sent the message."}


def qmail_remote(name: str, reply: str, stage: str, address: str) -> bytes:
    """qmail-send's bounce of qmail-remote's permanent refusal at `stage`."""
    tail = "\nGiving up on 192.0.2.25." if stage == "RCPT" else ""
    return qmail(name, [(address, f"{_QMAIL_STAGE[stage]}\nRemote host said: {reply}{tail}")], to=address,
                 host="mail.example.com")


def qmail_own(name: str, text: str, address: str) -> bytes:
    """qmail-send's bounce of a failure of its own (no remote reply), e.g. a message kept too long."""
    return qmail(name, [(address, text)], to=address, host="mail.example.com")


def exim_after(name: str, reply: str, after: str, address: str, host: str = "mx.partner.example [192.0.2.25]") -> bytes:
    """Exim's bounce of a remote refusal after any command (transports/smtp.c: "SMTP error from remote
    mail server after %s: %s", the command as Exim sent it, e.g. "EHLO mail.example.net")."""
    err = f"SMTP error from remote mail server after {after}: {reply}"
    return exim(name, [(address, host, err)], to=address, dsn=[(address, reply)])


def exim_own(name: str, text: str, address: str) -> bytes:
    """Exim's bounce of a failure of its own (deliver.c: the error under the address, no remote host;
    the plain-text form, as Exims without DSN support send it)."""
    return exim(name, [(address, None, text)], to=address, dsn=None)


def pf_sasl(text: str, *, status: str, address: str, remote: str, action: str | None = None) -> bytes:
    """Our Postfix relay's report of its smarthost refusing its login (src/smtp/smtp_sasl_glue.c:
    "SASL authentication failed; server %s said: %s", the reply as the diagnostic)."""
    raw = postfix_report(text, status=status, command=None, action=action, address=address, remote=remote)
    return raw.replace(f"host {remote}[".encode(), f"SASL authentication failed; server {remote}[".encode(), 1)
