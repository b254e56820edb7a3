"""Notice layouts for the forty-fourth review (review_notices44*.py): the places where a hard-side
wording can stand although the recipient's address is live. The sender-verification and MAIL FROM
layouts are review 32's (review_notices32.py); the delay layouts review 37's; the person's mail and
the auto-reply review 34's. New here: a Postfix report whose returned original is whole (a
message/rfc822 part with its body), and Postfix's success report (bounce(8) with Action:
delivered, "Successful Mail Delivery Report", bounce_templates.c def_bounce_success_body:
"This is the mail system at host %s. Your message was successfully delivered to the destination(s)
listed below."). All HAND-MADE."""

from __future__ import annotations

from tests.classifier.notices import LEAD, relayed

_HEADERS_PART = ("--B0\nContent-Type: text/rfc822-headers\n\n"
                 f"From: sender@example.com\nTo: {LEAD}\nSubject: Hello\nMessage-ID: <hand-made-1@example.com>\n\n")


def with_body(raw: bytes, body: str) -> bytes:
    """`raw` (notices.relayed) with the whole original returned, `body` its text (RFC 3462 / 6522:
    message/rfc822 in place of text/rfc822-headers)."""
    text = raw.decode()
    assert _HEADERS_PART in text
    whole = ("--B0\nContent-Type: message/rfc822\n\n"
             f"From: sender@example.com\nTo: {LEAD}\nSubject: Hello\nMessage-ID: <hand-made-1@example.com>\n"
             f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n\n")
    return text.replace(_HEADERS_PART, whole).encode()


def success(body: str) -> bytes:
    """Postfix's success report (a DSN NOTIFY=SUCCESS), the original returned with `body`."""
    raw = relayed("250 2.0.0 Ok: queued as 4Q1xYz0AbC", status="2.0.0", action="delivered").decode()
    raw = raw.replace("Subject: Undelivered Mail Returned to Sender", "Subject: Successful Mail Delivery Report")
    raw = raw.replace("I'm sorry to have to inform you that your message could not\nbe delivered to one or more "
                      "recipients.", "Your message was successfully delivered to the destination(s)\nlisted below. "
                      "If the message was delivered to mailbox you will receive no\nfurther notifications. Otherwise "
                      "you may still receive notifications of\nmail delivery errors from other systems.")
    raw = raw.replace(" said: 250 2.0.0 Ok: queued as 4Q1xYz0AbC", ": delivery via mx.example.org[192.0.2.7]:25: "
                      "250 2.0.0 Ok: queued as 4Q1xYz0AbC")
    return with_body(raw.encode(), body)


def expanded(text: str, target: str, status: str, remote: str = "mx.other.example") -> bytes:
    """Postfix's report of an alias or .forward target that failed (bounce(8): "<target> (expanded
    from <lead>): host ... said: ...", the DSN's Final-Recipient the target, Original-Recipient the
    address mailed; src/global/bounce_log.c, dsn_util): the prospect's own address forwards there."""
    raw = relayed(text, status=status, address=target, remote=remote).decode()
    raw = raw.replace(f"<{target}>: host", f"<{target}> (expanded from <{LEAD}>): host")
    raw = raw.replace(f"Final-Recipient: rfc822; {target}\n",
                      f"Final-Recipient: rfc822; {target}\nOriginal-Recipient: rfc822; {LEAD}\n")
    return raw.encode()
