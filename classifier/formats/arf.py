"""RFC 5965 abuse/feedback reports (ARF): spam complaints, not bounces.

Also Apple Mail's unsubscribe requests (`X-Apple-Unsubscribe`), an opt-out by the recipient.
The complained-about recipient is in the feedback part (`Original-Rcpt-To`, `Removal-Recipient`)
or, failing that, in the `To:` of the returned message.
"""

from __future__ import annotations

from classifier.formats import Fact
from classifier.parse import ADDRESS, Mail, decode_header, parse_fields, part_text

NAME = "arf"
HINTS = ()


def _is_arf(mail: Mail) -> bool:
    if mail.content_type == "multipart/report":
        rtype = str(mail.msg.get_param("report-type", "") or "").lower()
        if rtype == "feedback-report":
            return True
    if mail.parts_of("message/feedback-report"):
        return True
    # Microsoft's junk-mail reporting program (JMRP) sends the complained-about message
    # with its own recipient header instead of an RFC 5965 report.
    original = mail.original_headers
    return original is not None and bool(original.get("x-hmxmroriginalrecipient")) and \
        "complaint about message" in mail.subject.lower()


def _unsubscribe_request(mail: Mail) -> tuple[Fact, ...] | None:
    """Apple Mail's "Unsubscribe" button mails the List-Unsubscribe address a message marked
    `X-Apple-Unsubscribe: true` from the person who no longer wants the mail: an opt-out
    (RFC 5965's `opt-out` feedback type), never a bounce nor an auto-reply."""
    if mail.header("x-apple-unsubscribe").strip().lower() != "true":
        return None
    m = ADDRESS.search(mail.header("from"))
    return (Fact(address=m.group(0), reason="feedback", feedback_type="opt-out"),) if m else None


def parse(mail: Mail) -> tuple[Fact, ...] | None:
    if not _is_arf(mail):
        return _unsubscribe_request(mail)
    fields: dict[str, list[str]] = {}
    for part in mail.parts_of("message/feedback-report"):
        for block in parse_fields(part_text(part)):
            for k, v in block:
                fields.setdefault(k, []).append(v)
    ftype = (fields.get("feedback-type") or ["abuse"])[0].strip().lower() or "abuse"
    addresses: list[str] = []
    for name in ("original-rcpt-to", "removal-recipient"):
        for value in fields.get(name, []):
            addresses += ADDRESS.findall(value)
    if not addresses and mail.original_headers is not None:
        addresses = ADDRESS.findall(str(mail.original_headers.get("x-hmxmroriginalrecipient", "")))
    if not addresses and mail.original_headers is not None:
        addresses = ADDRESS.findall(decode_header(mail.original_headers.get("to")))
    if not addresses:
        addresses = ADDRESS.findall(mail.header("to"))[:1]
    seen: list[str] = []
    for a in addresses:
        if a.lower() not in seen:
            seen.append(a.lower())
    return tuple(Fact(address=a, reason="feedback", feedback_type=ftype) for a in seen) or None
