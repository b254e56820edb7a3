"""A second round of what happens to a bounce on its way into our user's mailbox, as
functions `bytes -> bytes` (tests/classifier/test_transport_invariance_more.py; the first
round, and the rules for writing one, are in tests/classifier/transport.py).

These are the changes of delivery and storage: a mailbox rule forwarding or redirecting the
bounce (Gmail, Microsoft 365), a mail client's "Redirect" (Resent-* fields), Dovecot's
delivery fields, a Google Group or Mailman list the bounce went through (list fields, subject
tag, footer), mbox, Takeout and IMAP storage (envelope line, ">From " escaping, status fields,
boundaries and Content-Type parameters written anew), relays re-folding headers or breaking
long lines, header order, a Message-ID Gmail adds, a missing final newline, an 8-bit Latin-1
original, and the original attached named, folded, base64/QP-encoded or as an .eml file;
inbound scanners' footers and Safe Links rewriting the notice's links.
None of them changes who failed, why, or how hard. Helpers are the first round's.
"""

from __future__ import annotations

import base64
import quopri
import re
import urllib.parse
from email.message import Message

from tests.classifier.transport import Transform, _add_text, _edit, _header_block, _leaf_text, _mailbox, \
    _plain_original, _set_encoded, notice_parts, parse, write
from tests.classifier.transport_more_headers import DOVECOT_TRACE, GMAIL_FORWARD, GROUP_FOOTER, GROUP_HEADERS, \
    M365_REDIRECT, MAILMAN_FOOTER, MAILMAN_HEADERS, MBOX_FROM, MBOX_STATUS, RESENT, TAKEOUT_HEAD, \
    MAILSCANNER_FOOTER, SYMANTEC_FOOTER

_FORWARDED_TO = "pat.seller@ourco.example"  # the rep a shared inbox forwards to


def _lf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n")


def _on_top(template: str) -> Transform:
    """Header lines put above the message's own (`{to}` our user, `{rep}` who it is
    forwarded to), everything else untouched."""
    def transform(raw: bytes) -> bytes:
        return template.format(to=_mailbox(raw), rep=_FORWARDED_TO).encode() + _lf(raw)
    return transform


# ----------------------------------------------------------------- 1-2. forwarding, redirect, resend

gmail_forward = _on_top(GMAIL_FORWARD)
m365_redirect = _on_top(M365_REDIRECT)
resent = _on_top(RESENT)
dovecot_delivery = _on_top(DOVECOT_TRACE)


# ----------------------------------------------------------------- 3. a Google Group or mailing list

def _footer(text: str) -> Transform:
    """`text` under the notice's first text part, in that part's own encoding (the first
    round's `_add_text`: plain part preferred, HTML where there is none)."""
    return _add_text("bottom", text)


_group_footer = _footer(GROUP_FOOTER)
# Footers inbound scanners put under every clean message: MailScanner ("Sign Clean Messages",
# its default inline signature) and Symantec Email Security.cloud.
mailscanner = _footer(MAILSCANNER_FOOTER)
symantec_footer = _footer(SYMANTEC_FOOTER)


def google_group(raw: bytes) -> bytes:
    """Delivered through a Google Group / collaborative inbox: list fields on top, the
    group's "[sales] " tag in front of the Subject, its footer under the text."""
    body = _group_footer(raw)
    head, rest = _header_block(body)
    head = re.sub(rb"(?im)^(subject:[ \t]*)", lambda m: m.group(1) + b"[sales] ", head, count=1)
    return GROUP_HEADERS.format(to=_mailbox(raw)).encode() + head + rest


def mailman(raw: bytes) -> bytes:
    """Through a Mailman 2.1 list (its Decorate handler): list fields and "[Sales] " tag; the
    footer appended to a plain text message, added as a last part to multipart/mixed, and
    otherwise (a multipart/report) the whole body wrapped in multipart/mixed with the
    footer as its second part."""
    msg = parse(raw)
    cte = str(msg.get("content-transfer-encoding", "7bit")).strip().lower()
    if not msg.is_multipart() and msg.get_content_type() == "text/plain" and cte in ("7bit", "8bit"):
        msg.set_payload(str(msg._payload).rstrip("\n") + "\n\n" + MAILMAN_FOOTER)
    elif msg.get_content_type() == "multipart/mixed" and msg.is_multipart():
        msg.attach(_footer_part())
    else:
        inner = Message()
        for name, value in [(k, v) for k, v in msg.raw_items() if k.lower().startswith("content-")]:
            inner[name] = value
        for name in {k for k, _ in msg.raw_items() if k.lower().startswith("content-")}:
            del msg[name]
        if "content-type" not in inner:
            inner["Content-Type"] = "text/plain; charset=us-ascii"
        inner.set_payload(msg._payload)
        msg["Content-Type"] = 'multipart/mixed; boundary="===============0123456789=="'
        msg.set_payload([inner, _footer_part()])
    head, body = _header_block(write(msg))
    head = re.sub(rb"(?im)^(subject:[ \t]*)", lambda m: m.group(1) + b"[Sales] ", head, count=1)
    fields = MAILMAN_HEADERS if not re.search(rb"(?im)^precedence:", head) else \
        MAILMAN_HEADERS.replace("Precedence: list\n", "")  # (CookHeaders adds one only where there is none)
    return head.rstrip(b"\n") + b"\n" + fields.encode() + body


def _footer_part() -> Message:
    part = Message()
    part["Content-Type"] = 'text/plain; charset="us-ascii"'
    part["MIME-Version"] = "1.0"
    part["Content-Transfer-Encoding"] = "7bit"
    part["Content-Disposition"] = "inline"
    part.set_payload(MAILMAN_FOOTER)
    return part


_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _safe_link(m: re.Match) -> str:
    return ("https://nam11.safelinks.protection.outlook.com/?url=" + urllib.parse.quote(m.group(0), safe="")
            + "&data=05%7C02%7Csales%40ourco.example%7C6f1c2b3a4d5e%7C0%7C0%7C638765432101234567&reserved=0")


def safe_links(raw: bytes) -> bytes:
    """Every link in the notice's text rewritten by Microsoft Defender for Office 365 Safe
    Links (plain text and HTML) as the message is delivered to the mailbox."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if part.get_content_type() not in ("text/plain", "text/html") or part.is_multipart():
                continue
            cte = str(part.get("content-transfer-encoding", "")).strip().lower()
            text = _leaf_text(part) if cte in ("base64", "quoted-printable") else part._payload
            if not isinstance(text, str) or not _URL.search(text):
                continue
            text = _URL.sub(_safe_link, text)
            if cte in ("base64", "quoted-printable"):
                _set_encoded(part, text, cte)
            else:
                part.set_payload(text)
            done = True
        return done
    return _edit(raw, edit)


# ----------------------------------------------------------------- 4. mbox and IMAP storage

def mbox(raw: bytes) -> bytes:
    """As an mbox file holds it (Thunderbird, Dovecot's mbox, `formail`): the envelope line,
    status fields the client keeps, Content-Length, and body lines starting "From " escaped
    as ">From " (the reader that splits the file does not unescape them for us)."""
    head, body = _header_block(_lf(raw))
    body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
    length = f"Content-Length: {len(body) - 1}\n".encode()
    return MBOX_FROM.encode() + head + MBOX_STATUS.encode() + length + body


def new_boundaries(raw: bytes) -> bytes:
    """Every multipart boundary replaced, the returned original's too (Exchange's IMAP and
    Outlook's store write a message back from their own copy of its MIME tree)."""
    def edit(msg: Message) -> bool:
        done = False
        for n, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart" and part.is_multipart() and part.get_boundary():
                part.set_boundary(f"_{n:03d}_SN7PR11MB6543namprd11prodoutlookcom_")
                done = True
        return done
    return _edit(raw, edit)


def takeout(raw: bytes) -> bytes:
    """As Google Takeout's mbox export holds a Gmail message: its own envelope line and the
    thread id and labels on top (our worker reading an export, a user's archive)."""
    head, body = _header_block(_lf(raw))  # (body lines escaped as in `mbox`)
    return TAKEOUT_HEAD.encode() + head + re.sub(rb"(?m)^(>*From )", rb">\1", body)


def named_original(raw: bytes) -> bytes:
    """The returned original's part given a file name and description (Exchange's and
    Outlook's store write message/rfc822 parts back as named attachments)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if _plain_original(part):
                del part["Content-Disposition"]
                del part["Content-Description"]
                part["Content-Description"] = "Undelivered Message"
                part["Content-Disposition"] = 'attachment; filename="Undelivered Message.eml"'
                done = True
        return done
    return _edit(raw, edit)


def folded_original(raw: bytes) -> bytes:
    """The returned original's identifying fields with their value on a continuation line
    ("Message-ID:\\n <...>", as Exchange writes them and relays re-fold them)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if _plain_original(part):
                inner = part.get_payload(0)
                fields = []
                for k, v in inner._headers:
                    if k.lower() in ("message-id", "references", "in-reply-to", "to", "subject") and "\n" not in v:
                        v, done = "\n " + v.strip(), True
                    fields.append((k, v))
                inner._headers = fields
        return done
    return _edit(raw, edit)


def mime_headers(raw: bytes) -> bytes:
    """Every Content-Type written again from its parsed form, as a store that keeps the MIME
    tree writes it (Exchange's IMAP, Outlook): each parameter quoted, on a line of its own,
    in reverse order ("boundary" or "charset" usually first)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in msg.walk():
            params = part.get_params(header="content-type")
            if not params or len(params) < 2 or any(not isinstance(v, str) for _, v in params[1:]):
                continue
            value = params[0][0] + "".join(f';\n\t{k}="{v}"' for k, v in reversed(params[1:]))
            part._headers = [(k, value if k.lower() == "content-type" else v) for k, v in part._headers]
            done = True
        return done
    return _edit(raw, edit)


# ----------------------------------------------------------------- 5. folding, order, line length, newline

def _fields(head: bytes) -> list[bytes]:
    return re.findall(rb"(?m)^[^ \t\n][^\n]*\n(?:[ \t][^\n]*\n)*", head)


def refold(raw: bytes) -> bytes:
    """Every top-level header unfolded and re-folded at 78 columns with one space (as
    Exchange and many relays write long fields again)."""
    head, body = _header_block(_lf(raw))
    out = []
    for field in _fields(head):
        name, _, value = field.partition(b":")
        words = b" ".join(value.split())
        line, lines = name + b":", []
        for word in words.split(b" "):
            if len(line) + 1 + len(word) > 78 and line.strip() and b":" != line[-1:]:
                lines.append(line)
                line = b" " + word
            else:
                line += b" " + word
        lines.append(line)
        out.append(b"\n".join(lines) + b"\n")
    new = b"".join(out)
    return raw if new == head else new + body


def shuffle_headers(raw: bytes) -> bytes:
    """The top-level header fields in another order (the Received lines kept in theirs, in
    their place): IMAP servers and clients that rewrite messages put fields in their own."""
    head, body = _header_block(_lf(raw))
    fields = _fields(head)
    trace = [f for f in fields if f[:9].lower() == b"received:"]
    other = [f for f in fields if f[:9].lower() != b"received:"]
    if len(other) < 3:
        return raw
    other = other[1::2] + other[0::2]  # a fixed permutation: every field moves
    return b"".join(trace + other) + body


def added_ids(raw: bytes) -> bytes:
    """A Message-ID and Date where the bounce had none, as Gmail adds them to a message it
    receives without ("<...@mx.google.com>")."""
    head, body = _header_block(_lf(raw))
    add = b""
    if not re.search(rb"(?im)^message-id:", head):
        add += b"Message-ID: <69a6a4ec.050a0220.1b2c3d.4e5fSMTPIN_ADDED_MISSING@mx.google.com>\n"
    if not re.search(rb"(?im)^date:", head):
        add += b"Date: Tue, 03 Mar 2026 01:02:04 -0800 (PST)\n"
    return raw if not add else head + add + body


def no_final_newline(raw: bytes) -> bytes:
    """The last line without its newline (stores and APIs that strip it)."""
    stripped = raw.rstrip(b"\r\n")
    return raw if stripped == raw else stripped


def wrap_998(raw: bytes) -> bytes:
    """Lines longer than RFC 5322's 998 characters broken there by a relay (a body line
    with a bare newline, as Postfix's smtp_line_length_limit does)."""
    lines = _lf(raw).split(b"\n")
    if all(len(line) <= 998 for line in lines):
        return raw
    out = []
    for line in lines:
        while len(line) > 998:
            out.append(line[:998])
            line = line[998:]
        out.append(line)
    return b"\n".join(out)


_LATIN1 = "Grüße aus Köln, à bientôt, señor.".encode("latin-1")


def latin1_original(raw: bytes) -> bytes:
    """An 8-bit Latin-1 line in the returned original's body (the original was written in
    ISO-8859-1 and returned whole, 8bit)."""
    def edit(msg: Message) -> bool:
        for part in notice_parts(msg):
            if _plain_original(part):
                inner = part.get_payload(0)
                if inner.is_multipart():
                    return False
                inner.set_payload(inner._payload + _LATIN1.decode("ascii", "surrogateescape") + "\n")
                return True
        return False
    return _edit(raw, edit)


# ----------------------------------------------------------------- 6. the original attached encoded

def _attached_original(ctype: str, name: str | None, cte: str = "base64") -> Transform:
    """The returned original (message/rfc822) in transfer encoding `cte`, typed `ctype`."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if _plain_original(part):
                data = write(part.get_payload(0))
                for key in set(part.keys()):
                    if key.lower() in ("content-type", "content-transfer-encoding", "content-disposition"):
                        del part[key]
                part["Content-Type"] = ctype + (f'; name="{name}"' if name else "")
                part["Content-Transfer-Encoding"] = cte
                if name:
                    part["Content-Disposition"] = f'attachment; filename="{name}"'
                body = base64.encodebytes(data) if cte == "base64" else quopri.encodestring(data)
                part.set_payload(body.decode("ascii"))
                done = True
        return done
    return lambda raw: _edit(raw, edit)


b64_original = _attached_original("message/rfc822", None)
qp_original = _attached_original("message/rfc822", None, "quoted-printable")
octet_original = _attached_original("application/octet-stream", "original.eml")


TRANSFORMS: dict[str, Transform] = {
    "gmail_forward": gmail_forward,
    "m365_redirect": m365_redirect,
    "resent": resent,
    "dovecot_delivery": dovecot_delivery,
    "google_group": google_group,
    "mailman": mailman,
    "mailscanner": mailscanner,
    "symantec_footer": symantec_footer,
    "safe_links": safe_links,
    "mbox": mbox,
    "new_boundaries": new_boundaries,
    "mime_headers": mime_headers,
    "refold": refold,
    "shuffle_headers": shuffle_headers,
    "added_ids": added_ids,
    "no_final_newline": no_final_newline,
    "takeout": takeout,
    "named_original": named_original,
    "folded_original": folded_original,
    "wrap_998": wrap_998,
    "latin1_original": latin1_original,
    "b64_original": b64_original,
    "qp_original": qp_original,
    "octet_original": octet_original,
}
