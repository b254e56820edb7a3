"""Notice layouts and shared names for the twenty-sixth review (review_notices26*.py): a plain-text
notice with its returned original inline after the notice's own end marker, a multipart/mixed one
with the original as message/rfc822, qmail's QSBMF notice, and the same notice with no original
returned. All HAND-MADE (each carries an X-Hand-Made header); the marker lines are the shapes
flufl.bounce's detectors recognise (flufl.bounce on PyPI, read as an outside opinion)."""

from __future__ import annotations

from tests.classifier.review_notices2 import R, UNKNOWN

FLUFL = "flufl.bounce {} (PyPI) as outside opinion"
SELLER = "seller@example.com"
OTHER = "colleague@partner.example"  # a second recipient the notice does not name: must not fail
QSBMF = "cr.yp.to/proto/qsbmf.txt (qmail-send bounce message format)"
EXIM_SPEC = "Exim specification ch. 'Message processing' (X-Failed-Recipients) and src/deliver.c's bounce text"
SENDMAIL = "sendmail savemail.c (freebsd/freebsd-src usr.sbin/sendmail/src/savemail.c, 8.x errbody)"
EXIM_WARN = "Exim src/deliver.c delay warning ('has not yet been delivered ... No action is required on your part')"

HAND_MADE = "X-Hand-Made: yes (review 26, a shape flufl.bounce's detectors recognise)\n"
FULL = ("mailboxfull",)
FILTERED = ("filtered",)  # team call: 'user unknown' text with no SMTP stage and no 5.1.x status


def returned(name: str, to: str) -> str:
    """The returned original: our message to `to` and to OTHER."""
    return (f"From: Seller <{SELLER}>\nTo: {to}, {OTHER}\nSubject: Quick question\n"
            f"Message-ID: <review26-{name}@example.com>\nDate: Thu, 3 Dec 2026 09:00:00 +0000\n\n"
            "Hello, a quick question about your order.\n")


def plain(name: str, to: str, body: str, *, sender: str = "MAILER-DAEMON@mx.example.net",
          subject: str = "Returned mail: see transcript for details", headers: str = "",
          original: str | None = "") -> bytes:
    """One text/plain notice; the original follows the body's own end marker (`original` is the
    line(s) before it; None: no original returned)."""
    tail = "" if original is None else f"{original}\n{returned(name, to)}" if original else returned(name, to)
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nDate: Thu, 3 Dec 2026 09:00:05 +0000\n"
            f"Message-ID: <n26-{name}@mx.example.net>\n{headers}{HAND_MADE}MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=us-ascii\n\n"
            f"{body}\n{tail}").encode()


def mixed(name: str, to: str, body: str, *, sender: str = "MAILER-DAEMON@mx.example.net",
          subject: str = "Undeliverable Message", headers: str = "", description: str = "",
          report: bool = False) -> bytes:
    """multipart/mixed (or multipart/report with no delivery-status part): the text part, then the
    original as message/rfc822."""
    kind = 'multipart/report; report-type=delivery-status' if report else "multipart/mixed"
    desc = f"Content-Description: {description}\n" if description else ""
    return (f"From: {sender}\nTo: {SELLER}\nSubject: {subject}\nDate: Thu, 3 Dec 2026 09:00:05 +0000\n"
            f"Message-ID: <n26-{name}@mx.example.net>\n{headers}{HAND_MADE}MIME-Version: 1.0\n"
            f'Content-Type: {kind}; boundary="B26"\n\nThis is a MIME-encapsulated message.\n\n'
            f"--B26\n{desc}Content-Type: text/plain; charset=us-ascii\n\n{body}\n"
            "--B26\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
            f"{returned(name, to)}\n--B26--\n").encode()


def hard(address: str, reasons: tuple = UNKNOWN) -> list[tuple]:
    return [(address, True, reasons, R, False)]


def soft(address: str, reasons: tuple = (), scope: str | None = R) -> list[tuple]:
    return [(address, False, reasons, scope, False)]


def delay(address: str, reasons: tuple = ()) -> list[tuple]:
    return [(address, False, reasons, None, True)]


def sm(note: str) -> str:
    return FLUFL.format("simplematch.py") + f" ({note})"


def sw(note: str) -> str:
    return FLUFL.format("simplewarning.py") + f" ({note})"


A = "lead@buyer.example"
B = "second.buyer@buyer.example"
TWO = f"{A}, {B}"
GONE = "lead@buyer-gone.example"


def qmail(name: str, intro: str, reply: str, address: str = A) -> bytes:
    return plain(name, address,
                 f"{intro}\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
                 "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                 f"<{address}>:\n{reply}\n\n", sender="MAILER-DAEMON@mx.example.net",
                 subject="failure notice", original="--- Below this line is a copy of the message.\n")


Q_SOURCE = FLUFL.format("qmail.py") + " (intro line '{}') ; " + QSBMF

def without_original(raw: bytes) -> bytes:
    """The same notice with no returned original (an MTA set to return nothing, or a gateway that
    stripped it): the notice's own words must name the recipient. The text part keeps its end
    marker line; a multipart notice loses its message/rfc822 part."""
    text = raw.decode()
    cut = "--B26\nContent-Description: Undelivered Message"
    if cut in text:
        return (text.split(cut)[0] + "--B26--\n").encode()
    return text[:text.index(f"From: Seller <{SELLER}>")].encode()
