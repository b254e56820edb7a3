"""Whole-notice layouts for review formats57 (review_formats57.py, review_formats57_more.py), each after its generator's
own source or document (named in each builder's docstring and in the rows' sources): RFC 3464 / RFC 6533 reports built
part by part (any human text, any status part, any returned part and encoding), RFC 5429 rejection MDNs with RFC 3798
fields as given, plain single-part notices, a notice forwarded as an attachment, replies and list or groupware notices.
All HAND-MADE; the rows say whose words they use."""

from __future__ import annotations

import base64
import quopri

from tests.classifier.review_layouts40_layouts import DATE, SELLER, headers_of, original

MARK = "X-Hand-Made: yes ({}, review formats57)\n"
HOST = "mail.partner.example"


def encode(text: str, cte: str) -> str:
    """`text` in the transfer encoding `cte` (8bit / 7bit as written)."""
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    return text


def parts_of(bound: str, parts: list[tuple[str, str]]) -> str:
    return "".join(f"--{bound}\n{ctype}\n\n{text}\n" for ctype, text in parts) + f"--{bound}--\n"


def message(head: str, bound: str, parts: list[tuple[str, str]], kind: str) -> bytes:
    """A whole MIME message: `head` (its own header lines), then `parts` under `kind` with boundary `bound`."""
    return (head + DATE + f'MIME-Version: 1.0\nContent-Type: {kind}; boundary="{bound}"\n\n'
            "This is a multi-part message in MIME format.\n\n" + parts_of(bound, parts)).encode("utf-8")


def fid(name: str) -> str:
    """The Message-ID of our original in row `name`'s notice."""
    return f"<f57-{name}@example.com>"


def report(name: str, text: str, fields: str, *, to: str, cc: str = "", report_type: str = "message/delivery-status",
           kind: str = "delivery-status", returned: str = "text/rfc822-headers", returned_cte: str = "",
           returned_text: str | None = None, extra: str = "", subject: str = "Undelivered Mail Returned to Sender",
           from_: str = "MAILER-DAEMON@mail.example.com (Mail Delivery System)", mid: str | None = None,
           text_type: str = "text/plain; charset=utf-8", text_cte: str = "") -> bytes:
    """An RFC 6522 multipart/report in Postfix bounce(8)'s outer layout (src/bounce/bounce_notify_util.c: From
    MAILER-DAEMON (Mail Delivery System), its Subject) with the human `text`, the status part's `fields` as written
    (per-message and per-recipient blocks), and the returned headers or message (`returned` its type, `returned_cte`
    its encoding, `returned_text` any other content); `extra` header lines a relay or filter added."""
    head = (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nMessage-Id: <f57r-{name}@mail.example.com>\n{extra}"
            + MARK.format("RFC 6522 report, Postfix bounce(8) outer layout"))
    mid = mid or fid(name)
    back = returned_text if returned_text is not None else (
        headers_of(name, to, cc=cc, mid=mid) if "headers" in returned else original(name, to, cc=cc, mid=mid))
    cte = f"\nContent-Transfer-Encoding: {returned_cte}" if returned_cte else ""
    tcte = f"\nContent-Transfer-Encoding: {text_cte}" if text_cte else ""
    return message(head, f"f57r-{name}", [(f"Content-Type: {text_type}{tcte}", encode(text, text_cte)),
                                         (f"Content-Type: {report_type}", fields),
                                         (f"Content-Type: {returned}{cte}", encode(back, returned_cte))],
                   f"multipart/report; report-type={kind}")


PF_TEXT = ("This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message "
           "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please "
           "send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own "
           "text from the attached returned message.\n\n                   The mail system\n\n")
PER_MESSAGE = ("Reporting-MTA: dns; mail.example.com\nX-Postfix-Queue-ID: 4R7kQ21xyz\nX-Postfix-Sender: rfc822; "
               f"{SELLER}\nArrival-Date: Thu,  3 Dec 2026 10:00:01 +0000 (UTC)\n\n")


def rcpt(final: str | None, action: str, status: str, diag: str | None = None, *, orig: str | None = None,
         remote: str | None = "mx.partner.example", ftype: str = "rfc822") -> str:
    """One per-recipient block (RFC 3464 2.3); `final` the address as written after '<ftype>; ' (None: no field)."""
    lines = [f"Original-Recipient: {orig}"] if orig else []
    if final is not None:
        lines.append(f"Final-Recipient: {ftype}; {final}" if ftype else f"Final-Recipient: {final}")
    lines += [f"Action: {action}", f"Status: {status}"]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    if diag:
        lines.append(f"Diagnostic-Code: smtp; {diag}")
    return "\n".join(lines) + "\n"


def fields(*blocks: str) -> str:
    return PER_MESSAGE + "\n".join(blocks)


def rejection_mdn(name: str, text: str, mdn_fields: str, *, to: str, returned: str | None = "message/rfc822",
                  returned_cte: str = "", extra: str = "", subject: str = "Rejected: Quick question",
                  from_: str = f"Mail Delivery Subsystem <MAILER-DAEMON@{HOST}>",
                  kind: str = "message/disposition-notification", text_cte: str = "8bit",
                  auto: str = "Auto-Submitted: auto-replied (rejected)\nPrecedence: bulk\n") -> bytes:
    """A Sieve rejection sent as an MDN (RFC 5429 2.1.1; Pigeonhole src/lib-sieve/plugins/... ext-reject.c
    act_reject_send / sieve_action_reject_mail: From the postmaster / MAILER-DAEMON, Subject "Rejected: <subject>",
    Auto-Submitted: auto-replied (rejected), Precedence: bulk, a text part, a message/disposition-notification part
    with the fields given, then the original; `returned` None: no returned part, as RFC 8098 3 allows; `auto` the
    marking header lines, which a recipient's own client's MDN leaves out)."""
    head = (f"From: {from_}\nTo: <{SELLER}>\nSubject: {subject}\nMessage-ID: <f57m-{name}@{HOST}>\n"
            f"{auto}{extra}" + MARK.format("RFC 5429 rejection MDN"))
    parts = [(f"Content-Type: text/plain; charset=utf-8\nContent-Disposition: inline\n"
              f"Content-Transfer-Encoding: {text_cte}", encode(text, text_cte)), (f"Content-Type: {kind}", mdn_fields)]
    if returned:
        cte = f"\nContent-Transfer-Encoding: {returned_cte}" if returned_cte else ""
        back = headers_of(name, to, mid=fid(name)) if "headers" in returned else original(name, to, mid=fid(name))
        parts.append((f"Content-Type: {returned}{cte}", encode(back, returned_cte)))
    return message(head, f"f57m-{name}", parts, "multipart/report; report-type=disposition-notification")


def mdn_fields(final: str | None, disposition: str, *, name: str, orig: str | None = None,
               ua: str = f"{HOST}; Dovecot Mail Delivery Agent") -> str:
    """RFC 3798 / 8098 MDN fields: Reporting-UA, Original-Recipient, Final-Recipient, Original-Message-ID, Disposition
    (None leaves a field out)."""
    out = f"Reporting-UA: {ua}\n" if ua else ""
    out += f"Original-Recipient: {orig}\n" if orig else ""
    out += f"Final-Recipient: {final}\n" if final else ""
    return out + f"Original-Message-ID: {fid(name)}\nDisposition: {disposition}\n"


def plain(name: str, subject: str, text: str, *, from_: str = f"Mail Delivery System <mailer-daemon@{HOST}>",
          extra: str = "", to: str = SELLER, cte: str = "8bit") -> bytes:
    """A single-part text/plain notice (a site's own, a list server's, a groupware's, a challenge's)."""
    return (f"From: {from_}\nTo: {to}\nSubject: {subject}\n{DATE}Message-ID: <f57p-{name}@{HOST}>\n{extra}"
            + MARK.format("plain notice") + f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: {cte}\n\n" + encode(text, cte)).encode("utf-8")


def with_original(name: str, subject: str, text: str, *, to: str, cc: str = "", extra: str = "",
                  from_: str = f"Mail Delivery System <mailer-daemon@{HOST}>") -> bytes:
    """A prose notice with our original attached (message/rfc822) under multipart/mixed."""
    head = (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <f57o-{name}@{HOST}>\n{extra}"
            + MARK.format("prose notice, original attached"))
    return message(head, f"f57o-{name}", [("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit",
                                          text), ("Content-Type: message/rfc822", original(name, to, cc=cc,
                                                                                         mid=fid(name)))],
                   "multipart/mixed")


def forwarded(name: str, inner: bytes, note: str, *, from_: str = "Pat Colleague <pat@example.com>",
              subject: str = "FW: Undelivered Mail Returned to Sender", cte: str = "") -> bytes:
    """`inner` (a whole notice) forwarded as an attachment (RFC 2046 5.2.1 message/rfc822; Outlook's "Forward as
    Attachment" and an Exchange inbox rule's "forward as attachment" both lay it out so), under a note."""
    body = inner.decode("utf-8")
    ctype = "Content-Type: message/rfc822" + (f"\nContent-Transfer-Encoding: {cte}" if cte else "")
    head = (f"From: {from_}\nTo: {SELLER}\nSubject: {subject}\nMessage-ID: <f57f-{name}@example.com>\n"
            + MARK.format("forwarded as attachment"))
    return message(head, f"f57f-{name}", [("Content-Type: text/plain; charset=utf-8", note),
                                         (ctype, encode(body, cte))], "multipart/mixed")


def answer(name: str, subject: str, text: str, *, sender: str, extra: str = "") -> bytes:
    """A reply to our original (In-Reply-To / References ours): a challenge, a list server's or a groupware's notice."""
    return plain(name, subject, text, from_=sender,
                 extra=f"In-Reply-To: {fid(name)}\nReferences: {fid(name)}\n{extra}")
