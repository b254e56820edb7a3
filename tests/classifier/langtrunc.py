"""Localised and truncated variants of an RFC 3464 bounce
(tests/classifier/test_language_and_truncation.py).

A. `localised(raw, lang)`: the human-readable part of a multipart/report (its text/plain and
   text/html parts outside the returned original) replaced by a generic notice in `lang` that
   names each failed recipient and says delivery failed, as Exchange/Microsoft 365, Gmail and
   Domino write it in the sender's language; the message/delivery-status part is untouched.
   Applies only where every per-recipient block carries a Status and a Diagnostic-Code (the
   report then holds the facts on its own).
B. Truncations storage and gateways make: `no_original` (the returned original part removed,
   the multipart closed after the report), `cut_original` (the message cut in the middle of
   the returned original, no closing boundary: size-capped archives, some gateways),
   `headers_5` (the original replaced by text/rfc822-headers of its first 5 header fields).

Built with the first round's stdlib helpers (transport.py), never the classifier's parser.
Each returns `(message, None)` or `(None, why)` when it does not apply.
"""

from __future__ import annotations

import re
from email.message import Message

from tests.classifier.transport import _retype, _set_encoded, _source, notice_parts, parse, write

Result = tuple[bytes | None, str | None]

# HAND-MADE, every one: neutral sentences saying delivery to the address failed, written for
# these tests. No localised notice text with a citable source was found in the time given
# (Microsoft's localised NDR pages describe the codes, not the notice's own sentences), so
# none copies or claims to copy a vendor's wording. (Vendors' own localised words, each with
# its source, are read in test_localised_notices.py.)
NOTICES = {
    "de": ("Die Nachricht konnte nicht zugestellt werden.", "Zustellung fehlgeschlagen an: {}"),
    "fr": ("Le message n'a pas pu être remis.", "Échec de la remise à : {}"),
    "es": ("No se pudo entregar el mensaje.", "Error en la entrega a: {}"),
    "it": ("Impossibile recapitare il messaggio.", "Recapito non riuscito a: {}"),
    "pt": ("Não foi possível entregar a mensagem.", "Falha na entrega para: {}"),
    "nl": ("Het bericht kon niet worden bezorgd.", "Bezorging mislukt aan: {}"),
    "pl": ("Nie można dostarczyć wiadomości.", "Dostarczenie nie powiodło się do: {}"),
    "sv": ("Meddelandet kunde inte levereras.", "Leveransen misslyckades till: {}"),
    "ru": ("Не удалось доставить сообщение.", "Сбой доставки получателю: {}"),
    "ja": ("メッセージを配信できませんでした。", "配信に失敗しました: {}"),
    "zh": ("无法传递邮件。", "邮件传递失败: {}"),
    # The English control: what the report alone gives beside a notice that says no more.
    "en": ("The message could not be delivered.", "Delivery failed: {}"),
}
LANGS = tuple(lang for lang in NOTICES if lang != "en")

_ORIGINAL_TYPES = ("message/rfc822", "text/rfc822-headers", "message/global-headers")


def _report(msg: Message) -> Message | None:
    """The message/delivery-status part of a multipart/report, parsed into blocks."""
    for part in notice_parts(msg):
        if part.get_content_type() == "message/delivery-status" and part.is_multipart():
            return part
    return None


def recipients(raw: bytes) -> list[str] | None:
    """Each per-recipient block's Final-Recipient address, or None unless every block carries
    an address, a Status and a Diagnostic-Code (what A needs to hold the facts)."""
    msg = parse(raw)
    if msg.get_content_type() != "multipart/report":
        return None
    report = _report(msg)
    if report is None:
        return None
    blocks = report.get_payload()[1:]
    out = []
    for block in blocks:
        final = str(block.get("final-recipient") or block.get("original-recipient") or "")
        address = final.split(";", 1)[-1].strip().strip("<>")
        if "@" not in address or not block.get("status") or not block.get("diagnostic-code"):
            return None
        out.append(address)
    return out or None


# ----------------------------------------------------------------- A. localised human part

def notice_text(lang: str, addresses: list[str], html: bool = False) -> str:
    head, line = NOTICES[lang]
    if html:
        items = "".join(f"<p>{line.format(a)}</p>\n" for a in addresses)
        return f"<html><body>\n<p>{head}</p>\n{items}</body></html>\n"
    return head + "\n\n" + "".join(line.format(a) + "\n" for a in addresses)


def localised(raw: bytes, lang: str) -> Result:
    addresses = recipients(raw)
    if addresses is None:
        return None, "no RFC 3464 report with a Status and Diagnostic-Code per recipient"
    msg = parse(raw)
    parts = [p for p in notice_parts(msg)
             if p.get_content_type() in ("text/plain", "text/html") and not p.is_multipart()]
    if not parts:
        return None, "no human-readable part"
    for part in parts:
        html = part.get_content_type() == "text/html"
        cte = "base64" if lang in ("ru", "ja", "zh") else "quoted-printable"
        _set_encoded(part, notice_text(lang, addresses, html), cte)
    return write(msg), None


# ----------------------------------------------------------------- B. truncation

def _original(msg: Message) -> tuple[Message, Message] | None:
    """(multipart parent, returned-original part) of a report, the original after the
    delivery-status part."""
    for part in notice_parts(msg):
        if not part.is_multipart() or part.get_content_maintype() != "multipart":
            continue
        subs = part.get_payload()
        types = [s.get_content_type() for s in subs]
        if "message/delivery-status" not in types:
            continue
        after = subs[types.index("message/delivery-status") + 1:]
        for sub in after:
            if sub.get_content_type() in _ORIGINAL_TYPES:
                return part, sub
    return None


def has_original(raw: bytes) -> bool:
    return _original(parse(raw)) is not None


def no_original(raw: bytes) -> Result:
    msg = parse(raw)
    found = _original(msg)
    if found is None:
        return None, "no returned original after the report"
    parent, original = found
    parent.set_payload([s for s in parent.get_payload() if s is not original])
    return write(msg), None


def _field_lines(head: str) -> list[str]:
    """The header block's fields, each with its folded continuation lines."""
    fields: list[str] = []
    for line in head.split("\n"):
        if line[:1] in (" ", "\t") and fields:
            fields[-1] += "\n" + line
        elif line.strip():
            fields.append(line)
    return fields


def _original_text(original: Message) -> str | None:
    """The returned original as the generator writes it (its headers first)."""
    if original.get_content_type() == "message/rfc822" and original.is_multipart():
        return write(original.get_payload(0)).decode("ascii", "surrogateescape")
    payload = original.get_payload()
    if not isinstance(payload, str):
        return None
    # A text/rfc822-headers part may carry the body too, 8-bit (OpenSMTPD returns it there): its characters as the
    # bytes the generator writes, surrogate-escaped like the message/rfc822 branch above.
    return payload if payload.isascii() else payload.encode("utf-8", "surrogateescape").decode("ascii", "surrogateescape")


def cut_original(raw: bytes) -> tuple[bytes | None, str | None, bool]:
    """The message up to the middle of the returned original; whether the original's
    Message-ID field is still whole in what is left."""
    msg = parse(raw)
    found = _original(msg)
    if found is None:
        return None, "no returned original after the report", False
    text = _original_text(found[1])
    full = write(msg)
    if not text or len(text) < 40:
        return None, "returned original too short to cut", False
    body = text.encode("ascii", "surrogateescape")
    start = full.rfind(body)
    if start < 0:
        return None, "original not found verbatim in the written message", False
    cut = start + len(body) // 2
    kept = body[: len(body) // 2].decode("ascii", "surrogateescape")
    return full[:cut], None, _has_message_id(kept)


def _has_message_id(text: str) -> bool:
    """A Message-ID field, whole (followed by a line end), in the header block of `text`."""
    head = text.split("\n\n", 1)[0]
    if "\n\n" in text:  # the header block is whole: its last line ends too
        head += "\n"
    return re.search(r"(?im)^message-id[ \t]*:[^\n]*@[^\n]*>[ \t]*\n", head) is not None


def headers_5(raw: bytes) -> tuple[bytes | None, str | None, bool]:
    """The original replaced by text/rfc822-headers of its first 5 header fields; whether its
    Message-ID is among them."""
    msg = parse(raw)
    found = _original(msg)
    if found is None or found[1].get_content_type() != "message/rfc822":
        return None, "no message/rfc822 original after the report", False
    text = _original_text(found[1])
    if text is None:
        return None, "original not readable as a message", False
    fields = _field_lines(text.split("\n\n", 1)[0])
    if len(fields) <= 5:
        return None, "original has 5 header fields or fewer", False
    head = "\n".join(fields[:5]) + "\n"
    original = found[1]
    _retype(original, "text/rfc822-headers")
    original.set_payload(_source(head))
    return write(msg), None, _has_message_id(head + "\n")
