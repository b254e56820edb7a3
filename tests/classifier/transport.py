"""What mail transport and mail clients do to a bounce on its way to our user, as functions
`bytes -> bytes` (tests/classifier/test_transport_invariance.py).

Each transform is one thing a real gateway, mailbox provider or client does that must not
change who failed, why, or how hard: re-encoding the notice's text parts, RFC 6533 UTF-8
reports, folded fields, subject tags and disclaimers, trace headers, line-ending and charset
label changes, a person forwarding the whole bounce as an attachment.

`roundtrip` (parse and write back only) is the control for a new transform: it changes no
reading on the corpus or the fixtures. Messages are rebuilt with the stdlib (`compat32` parse, `BytesGenerator` with
`maxheaderlen=0`, which writes headers and 8-bit bodies back verbatim), never with the
classifier's own parser, so a defect there cannot hide itself. A transform that finds
nothing of its kind in a message returns the message unchanged (the test skips those).
"""

from __future__ import annotations

import base64
import email
import email.header
import email.policy
import io
import quopri
import re
from collections.abc import Callable, Iterator
from email.generator import BytesGenerator
from email.message import Message

from tests.classifier.transport_headers import BANNER, DISCLAIMER, FORWARD_HEAD, GMAIL_TRACE, M365_TRACE

Transform = Callable[[bytes], bytes]

_POLICY = email.policy.compat32
_TEXT_TYPES = ("text/plain", "text/html")
_STATUS_TYPES = ("message/delivery-status", "message/global-delivery-status")


# ----------------------------------------------------------------- parse and write back

def parse(raw: bytes) -> Message:
    """The stdlib's tree of `raw` with LF line endings."""
    return email.message_from_bytes(raw.replace(b"\r\n", b"\n"), policy=_POLICY)


class _Generator(BytesGenerator):
    """BytesGenerator that also writes 8-bit bytes of a message/* part given as text (its
    own `_encode` is strict ASCII there; text parts already get this treatment)."""

    def _encode(self, s: str) -> bytes:
        return s.encode("ascii", "surrogateescape")


def write(msg: Message) -> bytes:
    out = io.BytesIO()
    _Generator(out, mangle_from_=False, maxheaderlen=0, policy=_POLICY).flatten(msg)
    return out.getvalue()


def roundtrip(raw: bytes) -> bytes:
    """Parse and write back, nothing else: the control for every tree-editing transform."""
    return write(parse(raw))


def notice_parts(msg: Message) -> Iterator[Message]:
    """The bounce's own parts, depth first, not entering attached messages (the original)."""
    yield msg
    if msg.is_multipart() and msg.get_content_maintype() == "multipart":
        for sub in msg.get_payload():
            yield from notice_parts(sub)


def _leaf_text(part: Message) -> str | None:
    """The decoded text of a text part, or None where its bytes are not its declared charset."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return None
    try:
        return data.decode(part.get_content_charset() or "us-ascii")
    except (UnicodeDecodeError, LookupError):
        return None


def _source(text: str) -> str:
    """`text` as the generator writes it back (ASCII, 8-bit bytes surrogate-escaped)."""
    return text.encode("utf-8", "surrogateescape").decode("ascii", "surrogateescape")


def _set_encoded(part: Message, text: str, cte: str) -> None:
    """`text` as the part's UTF-8 body in transfer encoding `cte` (base64, quoted-printable)."""
    data = text.encode("utf-8")
    body = base64.encodebytes(data) if cte == "base64" else quopri.encodestring(data)
    del part["Content-Transfer-Encoding"]
    part["Content-Transfer-Encoding"] = cte
    if part.get_content_maintype() == "text":
        part.set_param("charset", "utf-8")
    part.set_payload(body.decode("ascii"))


def _retype(part: Message, ctype: str) -> None:
    """`part.set_type(ctype)` without the MIME-Version header that set_type adds to a part."""
    had = "mime-version" in part
    part.set_type(ctype)
    if not had:
        del part["MIME-Version"]


def _edit(raw: bytes, edit: Callable[[Message], bool]) -> bytes:
    """`edit` the parsed tree; `raw` itself when it found nothing to change."""
    msg = parse(raw)
    return write(msg) if edit(msg) else raw


# ----------------------------------------------------------------- 1. transfer encodings

def _reencode_text(cte: str) -> Transform:
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if part.get_content_type() in _TEXT_TYPES and not part.is_multipart():
                text = _leaf_text(part)
                if text is not None and text.strip():
                    _set_encoded(part, text, cte)
                    done = True
        return done
    return lambda raw: _edit(raw, edit)


b64_text = _reencode_text("base64")
qp_text = _reencode_text("quoted-printable")


def _status_text(part: Message) -> str:
    """A delivery-status part's body as text (the stdlib keeps it as header blocks)."""
    body = write(part).replace(b"\r\n", b"\n").split(b"\n\n", 1)
    return body[1].decode("ascii", "surrogateescape") if len(body) > 1 else ""


def _encoded_status(cte: str) -> Transform:
    """The report as RFC 6533 message/global-delivery-status, which (unlike RFC 3464's)
    may carry a transfer encoding; gateways that re-encode every part do so."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if part.get_content_type() not in _STATUS_TYPES:
                continue
            text = _status_text(part)
            if "\n--" in "\n" + text:
                continue  # a boundary line inside: a broken source, whose next part lies in this one
            try:
                text = text.encode("ascii", "surrogateescape").decode("utf-8")
            except UnicodeDecodeError:
                continue  # not UTF-8: no message/global-delivery-status
            _retype(part, "message/global-delivery-status")
            _set_encoded(part, text, cte)
            done = True
        return done
    return lambda raw: _edit(raw, edit)


b64_status = _encoded_status("base64")
qp_status = _encoded_status("quoted-printable")


# ----------------------------------------------------------------- 2. RFC 6533 and header-only originals

def global_status(raw: bytes) -> bytes:
    """message/delivery-status renamed message/global-delivery-status (same fields, 8bit)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if part.get_content_type() == "message/delivery-status":
                text = _status_text(part)
                _retype(part, "message/global-delivery-status")
                part.set_payload(text)
                done = True
        return done
    return _edit(raw, edit)


def _plain_original(part: Message) -> bool:
    """An attached message whose headers the stdlib read whole, and not a report itself (a
    wrapper's inner bounce, formats/nested.py, is the bounce: its headers alone are not)."""
    cte = str(part.get("content-transfer-encoding", "7bit")).strip().lower()
    if part.get_content_type() != "message/rfc822" or not part.is_multipart() or cte not in ("7bit", "8bit", "binary"):
        return False  # (an encoded original, which RFC 2046 does not allow, is not read whole)
    inner = part.get_payload(0)
    return bool(inner.keys()) and not inner.defects and inner.get_content_type() != "multipart/report" \
        and not inner.get("x-failed-recipients")


def _headers_only(ctype: str) -> Transform:
    """The attached original (message/rfc822) replaced by its header block alone."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            if _plain_original(part):
                inner = part.get_payload(0)
                head = "".join(f"{k}: {v}\n" for k, v in inner.raw_items())
                _retype(part, ctype)
                part.set_payload(_source(head))
                done = True
        return done
    return lambda raw: _edit(raw, edit)


global_headers = _headers_only("message/global-headers")
rfc822_headers = _headers_only("text/rfc822-headers")


# ----------------------------------------------------------------- 3. folding and field-name case

def fold(value: str, width: int, used: int) -> str:
    """`value` folded at white space so that no line is longer than `width` where a space
    allows (a line of `used` characters before it); existing folds are kept."""
    out, line = [], used
    for word in re.split(r"(?<=\S)(?=[ \t])", value):
        if line + len(word) > width and line > used and word[:1] in " \t":
            out.append("\n")
            line = 0
        out.append(word)
        line = line + len(word) if "\n" not in word else len(word.rsplit("\n", 1)[1])
    return "".join(out)


def _status_blocks(msg: Message) -> Iterator[Message]:
    for part in notice_parts(msg):
        if part.get_content_type() == "message/delivery-status" and part.is_multipart():
            yield from part.get_payload()


def _rewrite_fields(raw: bytes, rename: Callable[[str, str], tuple[str, str]], top: tuple[str, ...] = ()) -> bytes:
    """Every delivery-status field, and the top-level headers named in `top`, through `rename`."""
    def edit(msg: Message) -> bool:
        done = False
        blocks = [msg] + list(_status_blocks(msg))
        for n, block in enumerate(blocks):
            fields = []
            for k, v in block._headers:
                if n or k.lower() in top:
                    k2, v2 = rename(k, v)
                    done = done or (k2, v2) != (k, v)
                    k, v = k2, v2
                fields.append((k, v))
            block._headers = fields
        return done
    return _edit(raw, edit)


def _folded(name: str, value: str) -> tuple[str, str]:
    if name.lower() in ("final-recipient", "original-recipient") and "; " in value:
        return name, value.replace("; ", ";\n\t", 1)  # the address on a line of its own
    return name, fold(value, 76, len(name) + 2).replace("\n ", "\n\t")


def fold_fields(raw: bytes) -> bytes:
    """DSN fields and the Subject folded (tab continuation, as Postfix and Exchange write
    them): long ones at 76 columns, recipient fields after their address type."""
    return _rewrite_fields(raw, _folded, top=("subject",))


def lower_headers(raw: bytes) -> bytes:
    """Every header and DSN field name in lower case (as some gateways and HTTP-based mail
    APIs write them back)."""
    def edit(msg: Message) -> bool:
        for part in msg.walk():
            part._headers = [(k.lower(), v) for k, v in part._headers]
        return True
    return _edit(raw, edit)


def upper_fields(raw: bytes) -> bytes:
    """DSN field names and their type labels in upper case ("FINAL-RECIPIENT: RFC822; ...")."""
    return _rewrite_fields(raw, lambda k, v: (k.upper(), re.sub(r"^(\w[\w-]*);", lambda m: m.group(0).upper(), v)))


# ----------------------------------------------------------------- 4. gateway tags, banners, disclaimers

def _header_block(raw: bytes) -> tuple[bytes, bytes]:
    raw = raw.replace(b"\r\n", b"\n")
    end = raw.find(b"\n\n")
    return (raw, b"") if end < 0 else (raw[: end + 1], raw[end + 1:])


def subject_tag(tag: str) -> Transform:
    """A gateway's tag in front of the Subject ("[EXTERNAL] ", "[SPAM] ", "*** SPAM *** ")."""
    def transform(raw: bytes) -> bytes:
        head, body = _header_block(raw)
        return re.sub(rb"(?im)^(subject:[ \t]*)", lambda m: m.group(1) + tag.encode(), head, count=1) + body
    return transform


def encoded_subject(raw: bytes) -> bytes:
    """The Subject as RFC 2047 UTF-8 encoded words, folded (as Exchange and some gateways
    write every Subject they pass on)."""
    head, body = _header_block(raw)
    m = re.search(rb"(?im)^subject:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)\n", head)
    if m is None or b"=?" in m.group(1):
        return raw
    try:
        value = " ".join(m.group(1).decode("utf-8").split())
    except UnicodeDecodeError:
        return raw
    words = email.header.Header(value, "utf-8", maxlinelen=76, header_name="Subject").encode()
    return head[: m.start(1)] + words.encode("ascii") + b"\n" + head[m.end():] + body


def _add_text(where: str, text: str) -> Transform:
    """`text` as a paragraph at the top or bottom of the notice's first text part (the plain
    one; the HTML one where there is none), in that part's own encoding."""
    def edit(msg: Message) -> bool:
        parts = [p for p in notice_parts(msg) if p.get_content_type() in _TEXT_TYPES and not p.is_multipart()]
        parts.sort(key=lambda p: p.get_content_type() != "text/plain")
        for part in parts[:1]:
            html = part.get_content_type() == "text/html"
            para = f"<p>{text}</p>" if html else text
            cte = str(part.get("content-transfer-encoding", "")).strip().lower()
            if cte in ("base64", "quoted-printable"):
                body = _leaf_text(part)
                if body is None:
                    return False
            else:
                body = part._payload  # get_payload() would decode 8-bit text with "replace"
            body = f"{para}\n\n{body}" if where == "top" else f"{body.rstrip()}\n\n{para}\n"
            if cte in ("base64", "quoted-printable"):
                _set_encoded(part, body, cte)
            else:
                part.set_payload(_source(body))
            return True
        return False
    return lambda raw: _edit(raw, edit)


banner = _add_text("top", BANNER)
disclaimer = _add_text("bottom", DISCLAIMER)


def _text_part(text: str, ctype: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; charset="utf-8"'
    part["Content-Transfer-Encoding"] = "8bit"
    part.set_payload(_source(text))
    return part


def alternative(raw: bytes) -> bytes:
    """The plain notice part as multipart/alternative with an HTML copy (gateways that write
    their banner in HTML convert plain text so)."""
    def edit(msg: Message) -> bool:
        for part in notice_parts(msg):
            # (A part whose headers are a message's, as some servers attach the original, is not.)
            if part is not msg and part.get_content_type() == "text/plain" and "message-id" not in part:
                text = _leaf_text(part)
                if text is None:
                    return False
                html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                for name in set(part.keys()):
                    del part[name]
                part["Content-Type"] = 'multipart/alternative; boundary="=_alt_0123456789"'
                part.set_payload([_text_part(text, "text/plain"),
                                  _text_part(f"<html><body><pre>{html}</pre></body></html>\n", "text/html")])
                return True
        return False
    return _edit(raw, edit)


# ----------------------------------------------------------------- 5. trace headers of the receiving side

def _mailbox(raw: bytes) -> str:
    """Our user's address: the bounce's To (where it was delivered), or a stand-in."""
    m = re.search(rb"(?im)^to:[^\n]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", _header_block(raw)[0])
    return m.group(1).decode() if m else "sales@ourco.example"


def _trace(template: str) -> Transform:
    def transform(raw: bytes) -> bytes:
        return template.format(to=_mailbox(raw)).encode() + raw.replace(b"\r\n", b"\n")
    return transform


trace_gmail = _trace(GMAIL_TRACE)
trace_m365 = _trace(M365_TRACE)


# ----------------------------------------------------------------- 6. line endings, white space, charset labels

def crlf_padded(raw: bytes) -> bytes:
    """CRLF line endings and a space (or tab) after every line that is not empty: relays that
    pad lines, Windows mail stores. Empty lines stay empty (they separate headers from bodies,
    and white space there would change the message's structure)."""
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    return b"\r\n".join(line + (b" " if i % 2 else b"\t") if line else line for i, line in enumerate(lines))


_LABELS = {"utf-8": "UTF8", "us-ascii": "utf-8", "iso-8859-1": "latin1"}


def charset_labels(raw: bytes) -> bytes:
    """Charset names spelled as other clients spell them (utf-8 as UTF8, us-ascii as utf-8)."""
    def edit(msg: Message) -> bool:
        done = False
        for part in notice_parts(msg):
            charset = part.get_param("charset")
            if isinstance(charset, str) and charset.lower() in _LABELS:
                part.set_param("charset", _LABELS[charset.lower()])
                done = True
        return done
    return _edit(raw, edit)


# ----------------------------------------------------------------- 7. forwarded as an attachment

def forward_attached(raw: bytes) -> bytes:
    """A person's forward of the whole bounce as an attachment (Outlook's "Forward as
    attachment", Gmail's forward of a downloaded .eml) with a short note of their own."""
    head, _ = _header_block(raw)
    m = re.search(rb"(?im)^subject:[ \t]*([^\n]*(?:\n[ \t][^\n]*)*)", head)
    subject = " ".join(m.group(1).decode("ascii", "replace").split()) if m else "bounce"
    inner = raw.replace(b"\r\n", b"\n").rstrip(b"\n")
    return FORWARD_HEAD.format(subject=subject).encode() + inner + b"\n--fwd-boundary-0123456789--\n"


TRANSFORMS: dict[str, Transform] = {
    "b64_text": b64_text,
    "qp_text": qp_text,
    "b64_status": b64_status,
    "qp_status": qp_status,
    "global_status": global_status,
    "global_headers": global_headers,
    "rfc822_headers": rfc822_headers,
    "fold_fields": fold_fields,
    "lower_headers": lower_headers,
    "upper_fields": upper_fields,
    "subject_tags": subject_tag("[EXTERNAL] *** SPAM *** "),
    "encoded_subject": encoded_subject,
    "banner": banner,
    "disclaimer": disclaimer,
    "alternative": alternative,
    "trace_gmail": trace_gmail,
    "trace_m365": trace_m365,
    "crlf_padded": crlf_padded,
    "charset_labels": charset_labels,
    "forward_attached": forward_attached,
}
