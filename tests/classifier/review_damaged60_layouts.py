"""Damaged 60's builders: real notices (review_holdout50_layouts.py's generators) DAMAGED the way mail systems damage
them on the way, each damage a byte-level edit that fails loudly when the text it edits is absent (so a layout change
cannot leave a row undamaged), plus the few whole notices the holdout layouts lack (two recipients in one Postfix
report, a success report, Sun/Oracle IMTA's message/partial fragments, a person's forwards, header-only returns).
HAND-MADE; the mechanism each damage follows is cited per row in review_damaged60.py / review_damaged60_more.py."""

from __future__ import annotations

import base64
import quopri

from tests.classifier.review_holdout50_layouts import DATE, SELLER, _orig

PF_HOST = "mail.example.com"


def pf_boundary(rid: str, host: str = PF_HOST) -> bytes:
    """Postfix's boundary for a notice built with review_holdout50_layouts.postfix."""
    return f"4C1B3{rid}.1760433164/{host}".encode()


GMAIL_OUTER = b"000000000000a1b2"
EXO_BOUNDARY = b"_000_ndr_"


def edit(raw: bytes, old: bytes, new: bytes, count: int = 1) -> bytes:
    """`raw` with `old` replaced (its first `count` occurrences; 0 = all); `old` must be there."""
    assert old in raw, old
    return raw.replace(old, new) if count == 0 else raw.replace(old, new, count)


def cut_after(raw: bytes, marker: bytes, keep: int) -> bytes:
    """`raw` cut `keep` bytes into the first `marker` (a size limit or a partial fetch ending mid-field)."""
    at = raw.index(marker)
    return raw[:at + keep]


def without_close(raw: bytes, boundary: bytes) -> bytes:
    """The closing delimiter `--boundary--` dropped (and what followed it)."""
    at = raw.index(b"--" + boundary + b"--")
    return raw[:at]


def part_span(raw: bytes, ctype: bytes, boundary: bytes) -> tuple[int, int]:
    """(start, end) of the body of the first part whose headers hold `ctype`, up to the next delimiter."""
    head = raw.index(ctype)
    start = raw.index(b"\n\n", head) + 2
    end = raw.index(b"\n--" + boundary, start)
    return start, end


def reencoded(raw: bytes, ctype: bytes, boundary: bytes, cte: str, body: bytes | None = None) -> bytes:
    """The part's body transfer-encoded by a gateway (`cte`: base64 or quoted-printable, or 'b64-crlf': base64 of
    the body with CRLF line ends, as a Windows gateway encodes canonical text, RFC 2045 6.8), its header added."""
    start, end = part_span(raw, ctype, boundary)
    text = raw[start:end] if body is None else body
    if cte == "b64-crlf":
        enc, cte = base64.encodebytes(text.replace(b"\n", b"\r\n")), "base64"
    elif cte == "base64":
        enc = base64.encodebytes(text)
    else:
        enc = quopri.encodestring(text)
    head_end = start - 1
    return raw[:head_end] + f"Content-Transfer-Encoding: {cte}\n".encode() + raw[head_end:start] + enc + raw[end:]


def qp_broken(text: bytes, breaks: list[bytes]) -> bytes:
    """Quoted-printable of `text` with a soft line break put where each of `breaks` has its '|', as an encoder that
    wraps at 76 characters wherever the 76th falls (RFC 2045 6.7 rule 5) leaves it."""
    out = text.replace(b"=", b"=3D")
    for b in breaks:
        whole = b.replace(b"|", b"")
        assert whole in out, whole
        out = out.replace(whole, b.replace(b"|", b"=\n"), 1)
    return out


def line_ends(raw: bytes, eol: bytes) -> bytes:
    """Every LF line end made `eol` (bare CR, CRLF, CR CR LF)."""
    return raw.replace(b"\n", eol)


def postfix_multi(rid: str, rows: list[tuple[str, str, str, str | None, str | None]], *, blank: bool = True,
                  head_blank: bool = True, host: str = PF_HOST) -> bytes:
    """Postfix's failure report for several recipients (rows: address, text, status, reply, remote MTA); `blank`
    False drops the blank lines between the per-recipient groups, `head_blank` False the one after the per-message
    fields (RFC 3464 2.1 wants both)."""
    b = f"4C1B3{rid}.1760433164/{host}"
    lines = "".join(f"<{a}>: {t}\n\n" for a, t, _s, _r, _m in rows)
    groups = []
    for a, t, s, reply, mta in rows:
        remote = f"Remote-MTA: dns; {mta}\n" if mta else ""
        code = f"smtp; {reply}" if reply else f"X-Postfix; {t}"
        groups.append(f"Final-Recipient: rfc822; {a}\nOriginal-Recipient: rfc822;{a}\nAction: failed\nStatus: {s}\n"
                      f"{remote}Diagnostic-Code: {code}\n")
    sep = "\n" if blank else ""
    return (
        f"Return-Path: <>\nFrom: MAILER-DAEMON@{host} (Mail Delivery System)\nTo: {SELLER}\nDate: {DATE}\n"
        f"Subject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
        f"Message-Id: <20251014091244.{rid}@{host}>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        f"report-type=delivery-status;\n\tboundary=\"{b}\"\n\nThis is a MIME-encapsulated message.\n\n--{b}\n"
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
        "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
        f"the attached returned message.\n\n                   The mail system\n\n{lines}"
        f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: 4C1B3{rid}\nX-Postfix-Sender: rfc822; {SELLER}\n"
        f"Arrival-Date: {DATE}\n" + ("\n" if head_blank else "") + sep.join(groups) + "\n"
        f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n"
        + _orig(SELLER, ", ".join(r[0] for r in rows), f"{rid}@example.com") + f"\n--{b}--\n"
    ).encode()


def postfix_success(rid: str, address: str, mx: str) -> bytes:
    """Postfix's success report (bounce(5) success_template, 'Successful Mail Delivery Report', Action: relayed)."""
    b = f"4C1B3{rid}.1760433164/{PF_HOST}"
    return (
        f"Return-Path: <>\nFrom: MAILER-DAEMON@{PF_HOST} (Mail Delivery System)\nTo: {SELLER}\nDate: {DATE}\n"
        f"Subject: Successful Mail Delivery Report\nAuto-Submitted: auto-replied\n"
        f"Message-Id: <20251014091244.{rid}@{PF_HOST}>\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        f"report-type=delivery-status;\n\tboundary=\"{b}\"\n\nThis is a MIME-encapsulated message.\n\n--{b}\n"
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        f"This is the mail system at host {PF_HOST}.\n\nYour message was successfully delivered to the "
        "destination(s)\nlisted below. If the message was delivered to mailbox you will\nreceive no further "
        "notifications. Otherwise you may still receive\nnotifications of mail delivery errors from other systems."
        f"\n\n                   The mail system\n\n<{address}>: delivery via {mx}[203.0.113.25]:25: 250 2.0.0 "
        f"Ok: queued as 4dQk2b0Jx1z9\n\n--{b}\nContent-Description: Delivery report\n"
        f"Content-Type: message/delivery-status\n\nReporting-MTA: dns; {PF_HOST}\nX-Postfix-Queue-ID: 4C1B3{rid}\n"
        f"X-Postfix-Sender: rfc822; {SELLER}\nArrival-Date: {DATE}\n\nFinal-Recipient: rfc822; {address}\n"
        f"Original-Recipient: rfc822;{address}\nAction: relayed\nStatus: 2.0.0\nRemote-MTA: dns; {mx}\n"
        f"Diagnostic-Code: smtp; 250 2.0.0 Ok: queued as 4dQk2b0Jx1z9\n\n--{b}\nContent-Description: Message "
        f"Headers\nContent-Type: text/rfc822-headers\n\nFrom: Sam Seller <{SELLER}>\nTo: {address}\n"
        f"Subject: Quick question about your Q4 logistics\nMessage-ID: <{rid}@example.com>\n\n--{b}--\n"
    ).encode()


def partial(notice: bytes, at: bytes, frag_id: str) -> tuple[bytes, bytes]:
    """A notice split by Sun/Oracle IMTA's maxblocks fragmentation into two message/partial messages (RFC 2046
    5.2.2): the first carries the enclosed message's Content-* / MIME-Version / Message-ID / Subject, the second
    only the rest of the body; the outer headers of both are the notice's others; the cut at the line `at`."""
    head, body = notice.split(b"\n\n", 1)
    fields, cur = [], b""
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            cur += b"\n" + line
        else:
            if cur:
                fields.append(cur)
            cur = line
    fields.append(cur)
    inner_names = (b"content-", b"mime-version", b"message-id", b"subject")
    inner = [f for f in fields if f.lower().startswith(inner_names)]
    outer = [f for f in fields if not f.lower().startswith(inner_names)]
    subject = next(f for f in fields if f.lower().startswith(b"subject"))
    cut = body.index(at)
    top = b"\n".join(outer) + b"\n" + subject + b"\nMIME-Version: 1.0\n"
    one = (top + f"Message-ID: <{frag_id}.1@frag.example.com>\nContent-Type: message/partial; id=\"{frag_id}\"; "
           "number=1; total=2\n\n".encode() + b"\n".join(inner) + b"\n\n" + body[:cut])
    two = (top + f"Message-ID: <{frag_id}.2@frag.example.com>\nContent-Type: message/partial; id=\"{frag_id}\"; "
           "number=2; total=2\n\n".encode() + body[cut:])
    return one, two


def forward_attached(notice: bytes, person: str, note: str, *, to: str = SELLER) -> bytes:
    """A person's 'Forward as attachment' (Outlook, Thunderbird): their note, the notice as message/rfc822."""
    return (
        f"From: {person}\nTo: {to}\nDate: Tue, 14 Oct 2025 11:02:10 +0000\nSubject: FW: Undelivered Mail Returned "
        "to Sender\nMessage-ID: <fwd-att-77@colleague.example.com>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/mixed; boundary=\"fwd_att_b\"\n\n--fwd_att_b\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{note}\n\n--fwd_att_b\nContent-Type: message/rfc822\n"
        "Content-Disposition: attachment; filename=\"Undelivered Mail Returned to Sender.eml\"\n\n"
    ).encode() + notice + b"\n--fwd_att_b--\n"


def flattened(raw: bytes, ctype_value: bytes) -> bytes:
    """The whole notice relabelled text/plain (a client that forwarded or stored the raw body as text): the top
    Content-Type value `ctype_value` (with its folded parameters) replaced, the body left as it was."""
    return edit(raw, b"Content-Type: " + ctype_value, b"Content-Type: text/plain; charset=us-ascii")


def gmail_limit(rid: str) -> bytes:
    """Gmail's own notice that OUR account hit its sending limit (taxonomy 7), built as its DSN is."""
    words = ("550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to  "
             "https://support.google.com/a/answer/166852 d75a77b69052e-4f1c2b3a9d8si1234567qtb.61 - gsmtp")
    return (
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: " + SELLER + "\n"
        "Auto-Submitted: auto-replied\nSubject: Delivery Status Notification (Failure)\n"
        f"Message-ID: <{rid}.dsn@mx.google.com>\nDate: {DATE}\nMIME-Version: 1.0\nContent-Type: multipart/report; "
        "boundary=\"000000000000a1b2\"; report-type=delivery-status\n\n--000000000000a1b2\n"
        "Content-Type: text/plain; charset=\"UTF-8\"\n\n** Message not delivered **\n\nYou have reached a limit for "
        "sending mail. Your message was not sent.\n\nLearn more here: https://support.google.com/mail/answer/22839"
        f"\n\nThe response was:\n{words}\n\n--000000000000a1b2\nContent-Type: message/delivery-status\n\n"
        f"Reporting-MTA: dns; googlemail.com\nArrival-Date: {DATE}\n\nFinal-Recipient: rfc822; "
        f"j.whitfield@corran-marine.co.uk\nAction: failed\nStatus: 5.4.5\nDiagnostic-Code: smtp; {words}\n"
        f"Last-Attempt-Date: {DATE}\n\n--000000000000a1b2\nContent-Type: message/rfc822\n\n"
        + _orig(SELLER, "j.whitfield@corran-marine.co.uk", f"CA{rid}x9Kq@mail.gmail.com") + "\n--000000000000a1b2--\n"
    ).encode()
